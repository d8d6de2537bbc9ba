package indicator

import (
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
)

// English returns ind with the English names of chi-tieu.csv's optional
// columns (ten_en, don_vi_en, chuoi_en) in place of the Vietnamese ones,
// for the English site; a name without an English one stays as it is.
// Figures, codes and statuses are shared with ind; ind is not changed.
func English(ind *Indicator) *Indicator {
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
	d.Observations = append([]dataset.Observation(nil), d.Observations...)
	for i := range d.Observations {
		d.Observations[i].Series = name(d.Observations[i].Series)
	}
	out := *ind
	out.Indicator = &d
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
		out.Latest = &c
	}
	return &out
}
