package indicator

import (
	"math"
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/period"
)

// Decimals of every computed percentage (shares, attainment, target measures).
const Decimals = 2

// round2 rounds a computed percentage half away from zero to Decimals.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// pct is a share for a message: "94,5 %", "94.5 %" in English.
func pct(v float64) diag.Parts { return diag.Parts{diag.Num{Value: v, Decimals: Decimals}, " %"} }

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
		if ind := computeOne(d, diags, ref); ind != nil {
			out = append(out, ind)
		}
	}
	return out
}

// Check derives and checks the measures of every indicator of ds as
// Compute does, with the same diagnostics, but keeps none of them: each
// indicator's table is let go once it is checked, so that checking a large
// export does not hold its figures twice, as observations and as tables.
// It returns how many indicators Compute would return.
func Check(ds *dataset.Dataset, diags *diag.List, ref period.Period) int {
	n := 0
	for _, d := range ds.Indicators {
		if computeOne(d, diags, ref) != nil {
			n++
		}
	}
	return n
}

// computeOne derives the measures of d and checks its figures, as Compute
// says; nil for an indicator without observations.
func computeOne(d *dataset.Indicator, diags *diag.List, ref period.Period) *Indicator {
	if len(d.Observations) == 0 {
		return nil
	}
	ind := &Indicator{Indicator: d}
	w := &warner{ind: ind, diags: diags}
	for _, p := range d.Periods {
		ind.PeriodLabels = append(ind.PeriodLabels, p.Label)
	}
	asOf := d.Periods[len(d.Periods)-1]
	ind.AsOf = asOf.Label
	ind.ValueDecimals, ind.ShareDecimals = decimals(d)
	ind.Rows = rows(d, ind.ValueDecimals, ind.ShareDecimals)
	for _, t := range d.Targets {
		ind.Targets = append(ind.Targets, evaluate(d, t, ind.ValueDecimals, ind.ShareDecimals))
	}
	ind.Status = overall(ind.Targets)
	ind.Latest = headline(d, ind.Targets, ind.ShareDecimals)
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
	return ind
}

// share is part as a percentage of whole, rounded to n decimals.
func share(part, whole float64, n int) *float64 {
	if whole <= 0 {
		return nil
	}
	v := roundTo(part/whole*100, n)
	return &v
}

// rows are the table: every value written with vd decimals, every share and
// attainment rounded to sd (see decimals).
func rows(d *dataset.Indicator, vd, sd int) []Row {
	var out []Row
	for _, s := range d.Series {
		r := Row{Series: s, Role: d.Role(s), Cells: make([]*Cell, len(d.Periods))}
		for i, p := range d.Periods {
			o, ok := d.Value(p, s)
			if !ok {
				continue
			}
			c := &Cell{Value: o.Value.Value, Decimals: vd}
			if o.Reported != nil {
				v := o.Reported.Value
				c.Reported, c.ReportedDecimals = &v, o.Reported.Decimals
			}
			if d.Total != "" && s != d.Total && s != d.Plan {
				if t, ok := d.Value(p, d.Total); ok {
					c.Share = share(o.Value.Value, t.Value.Value, sd)
				}
			}
			if d.Plan != "" && s != d.Plan && s != d.Total {
				if pl, ok := d.Value(p, d.Plan); ok {
					c.Attainment = share(o.Value.Value, pl.Value.Value, sd)
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

// what names what a target measures, in the data's own words.
func what(d *dataset.Indicator, t dataset.Target) string {
	if len(t.Series) == 1 && t.Series[0] == "" {
		return "“" + d.Title + "”"
	}
	return quoted(t.Series)
}

// evaluate computes a target's measure and status in every period it can:
// a share or an attainment rounded to sd decimals, a value written with vd
// (see decimals); the status judges the figure as written.
func evaluate(d *dataset.Indicator, t dataset.Target, vd, sd int) Target {
	out := Target{Target: t, What: what(d, t), Unit: "%"}
	if t.Measure == dataset.MeasureValue {
		out.Unit = d.Unit
	}
	var ends []period.Period
	for _, p := range d.Periods {
		v, _, ok := sum(d, p, t.Series)
		if !ok {
			continue
		}
		dec := vd
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
			v, dec = roundTo(v/b.Value.Value*100, sd), sd
		}
		r := Result{Period: p.Label, Value: v, Decimals: dec}
		if t.Measure == dataset.MeasureShare && v > 100 {
			// Parts above their total are no achievement: judge the report's
			// own percentages when it prints them all (issue 10).
			r.Note = NotePartsExceedTotal
			if l := reportedSum(d, t.Series, p.Label); l != nil {
				r.Value, r.Decimals, r.Note = l.Value, l.Decimals, NoteReportedShares
			}
		}
		r.Status = status(t, p, r.Value)
		out.Results = append(out.Results, r)
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
