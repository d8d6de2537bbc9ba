package indicator

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// Decimals of every computed percentage (shares, attainment, target measures).
const Decimals = 2

// round2 rounds a computed percentage half away from zero to Decimals.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

func pct(v float64) string { return number.VI(v, Decimals) + " %" }

// Compute derives the measures of every indicator of ds and checks its
// figures against each other; what disagrees is added to diags as a warning.
//
// ref is the period of the latest report (zero if there is none): a target
// whose deadline falls by then should have its figures, even if the
// indicator's own figures stop earlier. No other date matters: the latest
// row of the whole folder never re-dates an indicator.
func Compute(ds *dataset.Dataset, diags *diag.List, ref period.Period) []*Indicator {
	out := make([]*Indicator, 0, len(ds.Indicators))
	for _, d := range ds.Indicators {
		if len(d.Observations) == 0 {
			continue
		}
		ind := &Indicator{Indicator: d}
		w := &warner{ind: ind, diags: diags}
		for _, p := range d.Periods {
			ind.PeriodLabels = append(ind.PeriodLabels, p.Label)
		}
		asOf := d.Periods[len(d.Periods)-1]
		ind.AsOf = asOf.Label
		ind.Rows = rows(d)
		for _, t := range d.Targets {
			ind.Targets = append(ind.Targets, evaluate(d, t))
		}
		ind.Status = overall(ind.Targets)
		ind.Latest = latest(d, ind.Targets)
		if !d.Invalid {
			w.partsAddUp()
			w.reportedShares()
			due := asOf
			if ref.Kind != 0 && ref.End > due.End {
				due = ref
			}
			w.overdueTargets(due)
			w.outliers()
		}
		out = append(out, ind)
	}
	return out
}

func share(part, whole float64) *float64 {
	if whole <= 0 {
		return nil
	}
	v := round2(part / whole * 100)
	return &v
}

func rows(d *dataset.Indicator) []Row {
	var out []Row
	for _, s := range d.Series {
		r := Row{Series: s, Role: d.Role(s), Cells: make([]*Cell, len(d.Periods))}
		for i, p := range d.Periods {
			o, ok := d.Value(p, s)
			if !ok {
				continue
			}
			c := &Cell{Value: o.Value.Value, Decimals: o.Value.Decimals}
			if o.Reported != nil {
				v := o.Reported.Value
				c.Reported, c.ReportedDecimals = &v, o.Reported.Decimals
			}
			if d.Total != "" && s != d.Total && s != d.Plan {
				if t, ok := d.Value(p, d.Total); ok {
					c.Share = share(o.Value.Value, t.Value.Value)
				}
			}
			if d.Plan != "" && s != d.Plan && s != d.Total {
				if pl, ok := d.Value(p, d.Plan); ok {
					c.Attainment = share(o.Value.Value, pl.Value.Value)
				}
			}
			r.Cells[i] = c
		}
		out = append(out, r)
	}
	return out
}

// sum adds the values of series in period p; ok is false if one is missing.
func sum(d *dataset.Indicator, p period.Period, series []string) (v float64, decimals int, ok bool) {
	for _, s := range series {
		o, found := d.Value(p, s)
		if !found {
			return 0, 0, false
		}
		v += o.Value.Value
		decimals = max(decimals, o.Value.Decimals)
	}
	return v, decimals, true
}

func quoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "“" + s + "”"
	}
	return strings.Join(q, " + ")
}

// label says in words what a target measures.
func label(d *dataset.Indicator, t dataset.Target) string {
	what := quoted(t.Series)
	if len(t.Series) == 1 && t.Series[0] == "" {
		what = "“" + d.Title + "”"
	}
	switch t.Measure {
	case dataset.MeasureShare:
		return "Tỷ lệ " + what + " so với “" + t.Denominator + "”"
	case dataset.MeasureAttainment:
		return "Tỷ lệ " + what + " so với kế hoạch"
	}
	return what
}

// evaluate computes a target's measure and status in every period it can.
func evaluate(d *dataset.Indicator, t dataset.Target) Target {
	out := Target{Target: t, Label: label(d, t), Unit: "%"}
	if t.Measure == dataset.MeasureValue {
		out.Unit = d.Unit
	}
	var ends []period.Period
	for _, p := range d.Periods {
		v, dec, ok := sum(d, p, t.Series)
		if !ok {
			continue
		}
		switch t.Measure {
		case dataset.MeasureShare, dataset.MeasureAttainment:
			base := t.Denominator
			if t.Measure == dataset.MeasureAttainment {
				base = d.Plan
			}
			b, found := d.Value(p, base)
			if !found || b.Value.Value <= 0 {
				continue
			}
			v, dec = round2(v/b.Value.Value*100), Decimals
		}
		out.Results = append(out.Results, Result{Period: p.Label, Value: v, Decimals: dec, Status: status(t, p, v)})
		ends = append(ends, p)
	}
	if n := len(out.Results); n > 0 {
		out.Status = out.Results[n-1].Status
		if out.Status == StatusNotDue && !t.Annual {
			if pr := project(t, out.Unit == "%", out.Results, ends); pr != nil {
				out.Projection = pr
				if met, _ := meets(t.Op, pr.Value, t.Threshold.Value); !met {
					out.Status = StatusAtRisk
					out.Results[n-1].Status = StatusAtRisk
				}
			}
		}
	}
	return out
}

// project extends the average monthly change between the first and the
// latest result of a target due by a deadline to that deadline. It needs two
// results at least six months apart; comparing a half-year count with a
// full year's would be no trend, so both must be of one kind of period
// unless the measure is a percentage (a state, not a flow: a share, an
// attainment, a rate).
func project(t dataset.Target, percent bool, rs []Result, ps []period.Period) *Projection {
	last := len(rs) - 1
	first := -1
	for i := 0; i < last; i++ {
		if percent || ps[i].Kind == ps[last].Kind {
			first = i
			break
		}
	}
	if first < 0 || ps[last].End-ps[first].End < 6 || t.Due.End <= ps[last].End {
		return nil
	}
	rate := (rs[last].Value - rs[first].Value) / float64(ps[last].End-ps[first].End)
	return &Projection{From: rs[first].Period, To: rs[last].Period, Due: t.Due.Label,
		Value: round2(rs[last].Value + rate*float64(t.Due.End-ps[last].End))}
}

// meets reports whether v satisfies the target, and whether it does so with room to spare.
func meets(op string, v, threshold float64) (met, beyond bool) {
	const eps = 1e-9
	switch op {
	case ">=":
		return v >= threshold-eps, v > threshold+eps
	case ">":
		return v > threshold+eps, v > threshold+eps
	case "<=":
		return v <= threshold+eps, v < threshold-eps
	case "<":
		return v < threshold-eps, v < threshold-eps
	default: // "="
		return math.Abs(v-threshold) <= eps, false
	}
}

// status is the state of target t given its measure v in period p.
//
// An annual target is judged on whole years only: a part of a year (e.g. the
// first half) is not yet due. A target due by a period is judged at its
// deadline: before it, it is not yet due (evaluate may then find it at
// risk). A missed target whose measure reaches 80 % of a "more than"
// threshold is "đạt trên 80 %".
func status(t dataset.Target, p period.Period, v float64) Status {
	if t.Annual && p.Partial() || !t.Annual && p.End < t.Due.End {
		return StatusNotDue
	}
	met, beyond := meets(t.Op, v, t.Threshold.Value)
	switch {
	case met && beyond:
		return StatusExceeded
	case met:
		return StatusMet
	case (t.Op == ">=" || t.Op == ">") && t.Threshold.Value > 0 && v >= NearlyShare*t.Threshold.Value:
		return StatusNearly
	}
	return StatusNotMet
}

// overall is the dashboard status: the least favourable of the targets'.
func overall(ts []Target) Status {
	rank := map[Status]int{StatusNone: 0, StatusExceeded: 1, StatusMet: 2, StatusNotDue: 3, StatusAtRisk: 4, StatusNearly: 5, StatusNotMet: 6}
	best := StatusNone
	for _, t := range ts {
		if rank[t.Status] > rank[best] {
			best = t.Status
		}
	}
	return best
}

// latest is the headline figure: the first target's measure in its latest
// period, so that the dashboard shows the figure the target is about (a share,
// an attainment); without targets, the total, else the first series.
func latest(d *dataset.Indicator, targets []Target) *Latest {
	if len(targets) > 0 {
		t := targets[0]
		if n := len(t.Results); n > 0 {
			r := t.Results[n-1]
			return &Latest{Period: r.Period, Series: t.Label, Value: r.Value, Decimals: r.Decimals, Unit: t.Unit}
		}
	}
	series := d.Total
	if series == "" && len(d.Series) > 0 {
		series = d.Series[0]
	}
	for i := len(d.Periods) - 1; i >= 0; i-- {
		if o, ok := d.Value(d.Periods[i], series); ok {
			return &Latest{Period: d.Periods[i].Label, Series: series, Value: o.Value.Value, Decimals: o.Value.Decimals, Unit: d.Unit}
		}
	}
	return nil
}

// warner adds the consistency warnings of one indicator.
type warner struct {
	ind   *Indicator
	diags *diag.List
}

func (w *warner) warn(pos dataset.Pos, code, value string, what, fix diag.Text) {
	w.diags.Add(diag.Diagnostic{Severity: diag.Warning, File: pos.File, Line: pos.Line, Col: pos.Col, Code: code, Value: value, What: what, Fix: fix})
	w.ind.Warnings = append(w.ind.Warnings, what.VI)
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
		var terms []string
		for _, ps := range parts {
			o, _ := d.Value(p, ps)
			terms = append(terms, number.VI(o.Value.Value, o.Value.Decimals))
		}
		eq := strings.Join(terms, " + ") + " = " + number.VI(s, dec)
		w.warn(total.Pos, "tong-khong-khop", number.VI(total.Value.Value, total.Value.Decimals),
			diag.T(fmt.Sprintf("“%s”, kỳ %s: các thành phần cộng lại %s, khác tổng số %s.", d.Title, p.Label, eq, number.VI(total.Value.Value, total.Value.Decimals)),
				fmt.Sprintf("“%s”, %s: the parts add up to %s, not to the total %s.", d.ID, p.Label, eq, number.VI(total.Value.Value, total.Value.Decimals))),
			diag.T("Nếu báo cáo ghi như vậy thì giữ nguyên (trang web sẽ nêu điểm này); nếu không, kiểm tra lại các ô.", "If the report says so, keep it (the site points it out); otherwise check the cells."))
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

// partsBasis names the sum of an indicator's parts as a denominator.
const partsBasis = "tổng các thành phần"

// reportedShares compares every percentage the report prints with the one
// computed from the counts, and the denominators used across periods.
func (w *warner) reportedShares() {
	d := w.ind.Indicator
	type basis struct {
		period, name string
		pos          dataset.Pos
		value        string
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
		type cand struct {
			name  string
			whole float64
		}
		var cands []cand
		if d.Total != "" && o.Series != d.Total {
			if t, ok := d.Value(o.Period, d.Total); ok {
				cands = append(cands, cand{d.Total, t.Value.Value})
			}
		}
		if d.Plan != "" && o.Series != d.Plan {
			if t, ok := d.Value(o.Period, d.Plan); ok {
				cands = append(cands, cand{d.Plan, t.Value.Value})
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
				if t, ok := d.Value(o.Period, s); ok && t.Value.Value > o.Value.Value {
					cands = append(cands, cand{s, t.Value.Value})
				}
			}
		}
		if d.Total != "" {
			if s, ok := sumOfParts(o.Period); ok {
				cands = append(cands, cand{partsBasis + " (" + number.VI(s, 0) + ")", s})
			}
		}
		matched := ""
		for _, c := range cands {
			if c.whole > 0 && matches(rep, dec, o.Value.Value/c.whole*100) {
				matched = c.name
				break
			}
		}
		value := number.VI(o.Value.Value, o.Value.Decimals)
		if matched != "" {
			bases[o.Series] = append(bases[o.Series], basis{o.Period.Label, matched, o.ReportedPos, value + " (" + number.VI(rep, dec) + " %)"})
			if strings.HasPrefix(matched, partsBasis) {
				w.warn(o.ReportedPos, "ty-le-tren-tong-thanh-phan", number.VI(rep, dec),
					diag.T(fmt.Sprintf("“%s”, kỳ %s, “%s”: báo cáo ghi %s %%, tính trên %s chứ không phải trên “%s” (%s / %s = %s).", d.Title, o.Period.Label, o.Series, number.VI(rep, dec), matched, primary.name, value, number.VI(primary.whole, 0), pct(o.Value.Value/primary.whole*100)),
						fmt.Sprintf("“%s”, %s, “%s”: the report's %s %% is computed on the sum of the parts, not on “%s” (%s / %s = %s).", d.ID, o.Period.Label, o.Series, number.VI(rep, dec), primary.name, value, number.VI(primary.whole, 0), pct(o.Value.Value/primary.whole*100))),
					diag.T("Giữ đúng số của báo cáo; trang web hiển thị cả tỷ lệ báo cáo và tỷ lệ tính lại.", "Keep the report's figure; the site shows both the reported and the recomputed share."))
			}
			continue
		}
		computed := o.Value.Value / primary.whole * 100
		hint, hintEN := "", ""
		if math.Abs(rep-math.Trunc(computed*math.Pow(10, float64(dec)))/math.Pow(10, float64(dec))) < 1e-9 {
			hint, hintEN = " (có vẻ tỷ lệ bị cắt bớt chữ số thay vì làm tròn)", " (it looks truncated rather than rounded)"
		}
		w.warn(o.ReportedPos, "ty-le-bao-cao-khac", number.VI(rep, dec),
			diag.T(fmt.Sprintf("“%s”, kỳ %s, “%s”: báo cáo ghi %s %%, nhưng %s / %s = %s%s.", d.Title, o.Period.Label, o.Series, number.VI(rep, dec), value, number.VI(primary.whole, 0), pct(computed), hint),
				fmt.Sprintf("“%s”, %s, “%s”: the report prints %s %%, but %s / %s = %s%s.", d.ID, o.Period.Label, o.Series, number.VI(rep, dec), value, number.VI(primary.whole, 0), pct(computed), hintEN)),
			diag.T("Giữ đúng số của báo cáo; trang web hiển thị cả tỷ lệ báo cáo và tỷ lệ tính lại.", "Keep the report's figure; the site shows both the reported and the recomputed share."))
	}
	names := make([]string, 0, len(bases))
	for s := range bases {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		bs := bases[s]
		distinct := map[string]bool{}
		for _, b := range bs {
			distinct[b.name] = true
		}
		if len(distinct) < 2 {
			continue
		}
		var parts []string
		for _, b := range bs {
			parts = append(parts, fmt.Sprintf("%s: %s tính trên “%s”", b.period, b.value, b.name))
		}
		last := bs[len(bs)-1]
		w.warn(last.pos, "mau-so-khac-nhau", "",
			diag.T(fmt.Sprintf("“%s”, “%s”: cùng một tỷ lệ được tính trên các mẫu số khác nhau giữa các kỳ (%s), nên không so sánh trực tiếp được.", d.Title, s, strings.Join(parts, "; ")),
				fmt.Sprintf("“%s”, “%s”: the same share is computed against different denominators in different periods (%s).", d.ID, s, strings.Join(parts, "; "))),
			diag.T("Giữ đúng số của báo cáo; khi so sánh, dùng tỷ lệ tính lại trên cùng mẫu số (cột “Tỷ lệ”).", "Keep the report's figures; compare the recomputed shares, which use one denominator."))
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
					w.warn(t.Pos, "thieu-so-lieu-nam", fmt.Sprint(y),
						diag.T(fmt.Sprintf("“%s”: chỉ tiêu hằng năm nhưng không có số liệu năm %d.", d.Title, y), fmt.Sprintf("“%s”: an annual target but no figures for %d.", d.ID, y)),
						diag.T(fmt.Sprintf("Thêm số liệu năm %d vào tệp số liệu.", y), fmt.Sprintf("Add the figures for %d.", y)))
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
			w.warn(t.Pos, "het-han-chua-co-so-lieu", t.Due.Label,
				diag.T(fmt.Sprintf("“%s”: chỉ tiêu đến hạn %s đã qua nhưng chưa có số liệu của kỳ đó.", d.Title, t.Due.Label), fmt.Sprintf("“%s”: the target was due by %s, which has passed, and there are no figures for it.", d.ID, t.Due.Label)),
				diag.T("Thêm số liệu của kỳ "+t.Due.Label+" để đánh giá chỉ tiêu.", "Add the figures for "+t.Due.Label+" so the target can be assessed."))
		}
	}
}

// outliers: a value an order of magnitude away from the rest of its series
// is probably a typo (856 for 85,6).
func (w *warner) outliers() {
	d := w.ind.Indicator
	// In one pass (per series it was quadratic), by index (a copy of every
	// observation weighed hundreds of megabytes on a 200 MB export).
	bySeries := map[string][]int{}
	for i, o := range d.Observations {
		if !o.Period.Partial() && o.Period.Kind != period.Range {
			bySeries[o.Series] = append(bySeries[o.Series], i)
		}
	}
	var others []float64
	for _, s := range d.Series {
		obs := bySeries[s]
		if len(obs) < 3 {
			continue
		}
		for i, oi := range obs {
			o := &d.Observations[oi]
			others = others[:0]
			for j, xi := range obs {
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
			w.warn(o.Pos, "gia-tri-bat-thuong", number.VI(v, o.Value.Decimals),
				diag.T(fmt.Sprintf("“%s”, kỳ %s, “%s”: %s khác xa các kỳ khác (trung vị %s); có thể gõ nhầm hoặc nhầm dấu thập phân.", d.Title, o.Period.Label, s, number.VI(v, o.Value.Decimals), number.VI(med, o.Value.Decimals)),
					fmt.Sprintf("“%s”, %s, “%s”: %s is far from the other periods (median %s); maybe a typo or a misplaced decimal separator.", d.ID, o.Period.Label, s, number.VI(v, o.Value.Decimals), number.VI(med, o.Value.Decimals))),
				diag.T("Kiểm tra lại ô này với báo cáo gốc.", "Check this cell against the source report."))
		}
	}
}
