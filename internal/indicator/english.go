package indicator

import (
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/period"
)

// English returns ind with the English names of chi-tieu.csv's optional
// columns (ten_en, don_vi_en, chuoi_en) in place of the Vietnamese ones,
// for the English site; a name without an English one stays as it is.
// Period labels are written by periodName ("6 tháng đầu năm 2023" → "H1
// 2023"). Figures, codes and statuses are shared with ind; ind is not
// changed.
func English(ind *Indicator, periodName func(string) string) *Indicator {
	if ind == nil || ind.Indicator == nil {
		return ind
	}
	d := *ind.Indicator
	name := func(s string) string {
		if en := d.SeriesEN[s]; en != "" {
			return en
		}
		return s
	}
	names := func(ss []string) []string {
		if ss == nil {
			return nil
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = name(s)
		}
		return out
	}
	unit := func(u string) string {
		if u == ind.Unit && u != "%" && d.UnitEN != "" {
			return d.UnitEN
		}
		return u
	}
	if d.TitleEN != "" {
		d.Title = d.TitleEN
	}
	d.Unit = unit(d.Unit)
	d.Series, d.Parts = names(d.Series), names(d.Parts)
	d.Total, d.Plan = name(d.Total), name(d.Plan)
	d.Periods = append([]period.Period(nil), d.Periods...)
	for i := range d.Periods {
		d.Periods[i].Label = periodName(d.Periods[i].Label)
	}
	d.Observations = append([]dataset.Observation(nil), d.Observations...)
	// Observations share their periods: the English ones are new copies,
	// shared the same way; the Vietnamese stay as they are.
	periods := map[*period.Period]*period.Period{}
	for i := range d.Observations {
		o := &d.Observations[i]
		o.Series = name(o.Series)
		en, ok := periods[o.Period]
		if !ok {
			p := *o.Period
			p.Label = periodName(p.Label)
			en = &p
			periods[o.Period] = en
		}
		o.Period = en
	}
	out := *ind
	out.Indicator = &d
	out.AsOf = periodName(out.AsOf)
	out.PeriodLabels = make([]string, len(ind.PeriodLabels))
	for i, p := range ind.PeriodLabels {
		out.PeriodLabels[i] = periodName(p)
	}
	out.Rows = append([]Row(nil), ind.Rows...)
	for i := range out.Rows {
		out.Rows[i].Series = name(out.Rows[i].Series)
	}
	out.Targets = append([]Target(nil), ind.Targets...)
	for i := range out.Targets {
		t := &out.Targets[i]
		t.Target.Series = names(t.Target.Series)
		t.Denominator = name(t.Denominator)
		t.What = what(&d, t.Target)
		t.Unit = unit(t.Unit)
		t.Due.Label = periodName(t.Due.Label)
		t.Results = append([]Result(nil), t.Results...)
		for j := range t.Results {
			t.Results[j].Period = periodName(t.Results[j].Period)
		}
		if p := t.Projection; p != nil {
			t.Projection = &Projection{From: periodName(p.From), To: periodName(p.To), Value: p.Value, Due: periodName(p.Due)}
		}
	}
	if l := ind.Latest; l != nil {
		c := *l
		switch c.Basis {
		case BasisTarget, BasisReported:
			if len(out.Targets) > 0 {
				c.Series = out.Targets[0].What
				c.Denominator = out.Targets[0].Denominator
			}
		case BasisSum:
			c.Series = strings.Join(names(strings.Split(c.Series, " + ")), " + ")
		default:
			c.Series = name(c.Series)
		}
		c.Unit = unit(c.Unit)
		c.Period = periodName(c.Period)
		out.Latest = &c
	}
	return &out
}
