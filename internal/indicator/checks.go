package indicator

// The consistency checks of an indicator's figures against each other (parts
// that do not add up, reported percentages that differ from the counts,
// different denominators across periods, overdue targets, outliers): warnings
// for the office, apart from the derived measures of compute.go.

import (
	"fmt"
	"math"
	"sort"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// warner adds the consistency warnings of one indicator.
type warner struct {
	ind   *Indicator
	diags *diag.List
}

// warn adds the warning key of the catalogue about the indicator
// (argument "indicator": its title, its id in English) at pos.
func (w *warner) warn(pos dataset.Pos, key, value string, args diag.Args) {
	d := w.ind.Indicator
	args["indicator"] = diag.Lang{VI: d.Title, EN: d.ID}
	msg := diag.Make(diag.Warning, key, args).At(pos.File, int(pos.Line), int(pos.Col), value)
	w.diags.Add(msg)
	w.ind.Warnings = append(w.ind.Warnings, msg.What.VI)
}

// partsAddUp: the parts of a total should add up to it.
func (w *warner) partsAddUp() {
	d := w.ind.Indicator
	if d.Total == "" {
		return
	}
	var parts []string
	for _, s := range d.Series {
		if d.Role(s) == dataset.RolePart {
			parts = append(parts, s)
		}
	}
	if len(parts) < 2 {
		return
	}
	for _, p := range d.Periods {
		total, ok := d.Value(p, d.Total)
		if !ok {
			continue
		}
		s, dec, ok := sum(d, p, parts)
		if !ok || math.Abs(s-total.Value.Value) < 1e-9 {
			continue
		}
		var eq diag.Parts
		for i, ps := range parts {
			o, _ := d.Value(p, ps)
			if i > 0 {
				eq = append(eq, " + ")
			}
			eq = append(eq, diag.Num{Value: o.Value.Value, Decimals: o.Value.Decimals})
		}
		eq = append(eq, " = ", diag.Num{Value: s, Decimals: dec})
		w.warn(total.Pos, CodePartsDoNotAddUp, number.VI(total.Value.Value, total.Value.Decimals),
			diag.Args{"period": p.Label, "sum": eq, "total": diag.Num{Value: total.Value.Value, Decimals: total.Value.Decimals}})
	}
}

func optional(v *float64) (float64, bool) {
	if v == nil {
		return 0, false
	}
	return *v, true
}

// matches reports whether a percentage printed with decimals equals x once rounded.
func matches(reported float64, decimals int, x float64) bool {
	return math.Abs(reported-x) <= 0.5*math.Pow(10, -float64(decimals))+1e-9
}

// reportedShares compares every percentage the report prints with the one
// computed from the counts, and the denominators used across periods.
func (w *warner) reportedShares() {
	d := w.ind.Indicator
	// A denominator: a series, or the sum of the parts (parts set).
	type cand struct {
		name  string
		whole float64
		parts bool
	}
	type basis struct {
		period string
		c      cand
		pos    dataset.Pos
		value  diag.Parts // the count and its reported share
	}
	bases := map[string][]basis{}
	// The parts and their sum in each period are worked out once: per
	// observation they made the check quadratic in rows.
	var parts []string
	for _, s := range d.Series {
		if d.Role(s) == dataset.RolePart {
			parts = append(parts, s)
		}
	}
	partsSum := map[string]*float64{}
	sumOfParts := func(p period.Period) (float64, bool) {
		if v, done := partsSum[p.Label]; done {
			return optional(v)
		}
		var v *float64
		if s, _, ok := sum(d, p, parts); ok && len(parts) > 1 {
			v = &s
		}
		partsSum[p.Label] = v
		return optional(v)
	}
	for _, o := range d.Observations {
		if o.Reported == nil || d.IsPercent() {
			continue
		}
		rep, dec := o.Reported.Value, o.Reported.Decimals
		var cands []cand
		if d.Total != "" && o.Series != d.Total {
			if t, ok := d.Value(*o.Period, d.Total); ok {
				cands = append(cands, cand{d.Total, t.Value.Value, false})
			}
		}
		if d.Plan != "" && o.Series != d.Plan {
			if t, ok := d.Value(*o.Period, d.Plan); ok {
				cands = append(cands, cand{d.Plan, t.Value.Value, false})
			}
		}
		if len(cands) == 0 {
			continue
		}
		primary := cands[0]
		// A part's share is of the total (or the plan); another series
		// larger than it can be the base only of a subset's ("trong đó")
		// or of a series outside the parts.
		if d.Role(o.Series) != dataset.RolePart {
			for _, s := range d.Series {
				if s == o.Series || s == d.Total || s == d.Plan {
					continue
				}
				if t, ok := d.Value(*o.Period, s); ok && t.Value.Value > o.Value.Value {
					cands = append(cands, cand{s, t.Value.Value, false})
				}
			}
		}
		if d.Total != "" {
			if s, ok := sumOfParts(*o.Period); ok {
				cands = append(cands, cand{"", s, true})
			}
		}
		var matched *cand
		for i, c := range cands {
			if c.whole > 0 && matches(rep, dec, o.Value.Value/c.whole*100) {
				matched = &cands[i]
				break
			}
		}
		value := diag.Num{Value: o.Value.Value, Decimals: o.Value.Decimals}
		reported := diag.Num{Value: rep, Decimals: dec}
		args := diag.Args{"period": o.Period.Label, "series": o.Series, "reported": reported, "value": value, "whole": diag.Num{Value: primary.whole}}
		if matched != nil {
			bases[o.Series] = append(bases[o.Series], basis{o.Period.Label, *matched, o.Reported.Pos, diag.Parts{value, " (", reported, " %)"}})
			if matched.parts {
				args["parts"], args["primary"], args["share"] = diag.Num{Value: matched.whole}, primary.name, pct(o.Value.Value/primary.whole*100)
				w.warn(o.Reported.Pos, CodeShareOfParts, number.VI(rep, dec), args)
			}
			continue
		}
		computed := o.Value.Value / primary.whole * 100
		args["share"] = pct(computed)
		key := CodeShareDiffers
		if math.Abs(rep-math.Trunc(computed*math.Pow(10, float64(dec)))/math.Pow(10, float64(dec))) < 1e-9 {
			key += "/cat-bot" // truncated rather than rounded
		}
		w.warn(o.Reported.Pos, key, number.VI(rep, dec), args)
	}
	names := make([]string, 0, len(bases))
	for s := range bases {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		bs := bases[s]
		distinct := map[cand]bool{}
		for _, b := range bs {
			distinct[cand{b.c.name, 0, b.c.parts}] = true
		}
		if len(distinct) < 2 {
			continue
		}
		var list diag.Parts
		for i, b := range bs {
			if i > 0 {
				list = append(list, "; ")
			}
			var name any = b.c.name
			if b.c.parts {
				name = diag.Parts{diag.Word("tong-cac-thanh-phan"), " (", diag.Num{Value: b.c.whole}, ")"}
			}
			list = append(list, b.period+": ", b.value, " ", diag.Word("tinh-tren"), " “", name, "”")
		}
		last := bs[len(bs)-1]
		w.warn(last.pos, CodeDenominatorsDiffer, "", diag.Args{"series": s, "bases": list})
	}
}

// overdueTargets: a target whose deadline has passed should have data for it.
func (w *warner) overdueTargets(asOf period.Period) {
	d := w.ind.Indicator
	for _, t := range w.ind.Targets {
		if t.Annual {
			first := 0
			have := map[int]bool{}
			for _, p := range d.Periods {
				if p.Kind == period.Year {
					have[p.StartYear()] = true
					if first == 0 || p.StartYear() < first {
						first = p.StartYear()
					}
				}
			}
			lastWhole := asOf.EndYear()
			if asOf.Partial() {
				lastWhole--
			}
			for y := first; first > 0 && y <= lastWhole; y++ {
				if !have[y] {
					w.warn(t.Pos, CodeMissingYear, fmt.Sprint(y), diag.Args{"year": y})
				}
			}
			continue
		}
		if t.Due.End > asOf.End {
			continue
		}
		found := false
		for _, r := range t.Results {
			for _, p := range d.Periods {
				if p.Label == r.Period && p.End >= t.Due.End {
					found = true
				}
			}
		}
		if !found {
			w.warn(t.Pos, CodeOverdue, t.Due.Label, diag.Args{"due": t.Due.Label})
		}
	}
}

// outliers: a value an order of magnitude away from the rest of its series
// is probably a typo (856 for 85,6).
func (w *warner) outliers() {
	d := w.ind.Indicator
	bySeries := map[string][]int{} // in one pass: per series it was quadratic
	for i, o := range d.Observations {
		if !o.Period.Partial() && o.Period.Kind != period.Range {
			bySeries[o.Series] = append(bySeries[o.Series], i)
		}
	}
	var others []float64 // one buffer: a series of many rows allocated per row
	for _, s := range d.Series {
		idx := bySeries[s]
		if len(idx) < 3 {
			continue
		}
		for i, oi := range idx {
			o := d.Observations[oi]
			others = others[:0]
			for j, xi := range idx {
				if j != i {
					others = append(others, d.Observations[xi].Value.Value)
				}
			}
			sort.Float64s(others)
			med := others[len(others)/2]
			if len(others)%2 == 0 {
				med = (others[len(others)/2-1] + others[len(others)/2]) / 2
			}
			v := o.Value.Value
			if med <= 0 || v <= 0 || (v/med < 8 && med/v < 8) {
				continue
			}
			w.warn(o.Pos, CodeOutlier, number.VI(v, o.Value.Decimals), diag.Args{
				"period": o.Period.Label, "series": s, "value": diag.Num{Value: v, Decimals: o.Value.Decimals}, "median": diag.Num{Value: med, Decimals: o.Value.Decimals},
			})
		}
	}
}
