package chart

import (
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/period"
	"github.com/tayson/chitieu/internal/sitewords"
)

// headline returns the row a dashboard card shows when the indicator has no
// target: the latest figure's series, else the total, else the first series
// that is neither a subset nor a plan, else the first series.
func (in *input) headline() *row {
	if l := in.ind.Latest; l != nil {
		for i := range in.rows {
			if in.rows[i].name == l.Series {
				return &in.rows[i]
			}
		}
	}
	for i := range in.rows {
		if in.rows[i].role == dataset.RoleTotal {
			return &in.rows[i]
		}
	}
	for i := range in.rows {
		if r := in.rows[i].role; r != dataset.RoleSubset && r != dataset.RolePlan {
			return &in.rows[i]
		}
	}
	if len(in.rows) > 0 {
		return &in.rows[0]
	}
	return nil
}

// point is one value of a spark chart; ok is false where there is none.
type point struct {
	period   string
	value    float64
	decimals int
	ok       bool
	notDue   bool
	apart    bool // a period of another kind than the trend's (a half-year among years): marked, not joined
}

// comparable marks the points a trend may join: a percentage (a share, an
// attainment: a state) compares across any periods; a count (a flow) only
// across periods of one kind, the kind of its latest whole year if it has
// one, so that a half-year's admissions are never drawn as a fall from a
// whole year's. It returns the number of points on the trend.
func comparable(pts []point, ind *indicator.Indicator, percent bool) int {
	kinds := map[string]period.Kind{}
	for _, p := range ind.Periods {
		kinds[p.Label] = p.Kind
	}
	ref := period.Kind(0)
	if !percent {
		for _, p := range pts {
			if p.ok && kinds[p.period] == period.Year {
				ref = period.Year
			}
		}
		if ref == 0 {
			for _, p := range pts {
				if p.ok {
					ref = kinds[p.period]
				}
			}
		}
	}
	n := 0
	for i := range pts {
		pts[i].apart = ref != 0 && pts[i].ok && kinds[pts[i].period] != ref
		if pts[i].ok && !pts[i].apart {
			n++
		}
	}
	return n
}

func buildSpark(in *input) (Spec, error) {
	ind := in.ind
	spec := Spec{
		ID:       "sp-" + in.slug,
		Kind:     KindSpark,
		Unit:     ind.Unit,
		Percent:  ind.IsPercent(),
		Filename: in.slug + "-sp",
	}
	var pts []point
	var what, thr string
	var threshold *float64
	if len(ind.Targets) > 0 && len(ind.Targets[0].Results) > 0 {
		t := &ind.Targets[0]
		spec.Unit, spec.Percent = t.Unit, t.Unit == "%"
		what, thr = in.measureName(t), in.thresholdText(t)
		v := t.Threshold.Value
		threshold = &v
		for _, r := range t.Results {
			pts = append(pts, point{period: r.Period, value: r.Value, decimals: r.Decimals, ok: true, notDue: r.Status == indicator.StatusNotDue})
		}
	} else if r := in.headline(); r != nil {
		what = in.legendName(*r)
		if r.name == "" && r.role != dataset.RoleSubset || r.role == dataset.RoleOther && len(in.rows) == 1 {
			what = ind.Title
		}
		for j, c := range r.cells {
			p := point{period: in.periods[j]}
			if c != nil {
				p.value, p.decimals, p.ok = c.Value, c.Decimals, true
			}
			pts = append(pts, p)
		}
	}
	if len(pts) == 0 {
		return Spec{}, ErrNoData
	}
	if comparable(pts, ind, spec.Percent) < 2 {
		// One figure is no trend: the card shows the figure alone.
		return Spec{}, nil
	}
	periods := make([]string, len(pts))
	var texts []string
	for j, p := range pts {
		periods[j] = p.period
		if !p.ok {
			texts = append(texts, in.w.T(sitewords.KeySparkNoData, sitewords.Args{"period": p.period}))
			continue
		}
		s := p.period + ": " + in.w.Figure(p.value, p.decimals, spec.Percent)
		if p.notDue {
			s += " (" + lowerFirst(in.statusWord(indicator.StatusNotDue)) + ")"
		}
		if p.apart {
			s += in.w.T(sitewords.KeySparkApart, nil)
		}
		texts = append(texts, s)
	}
	spec.Caption = what + ", " + periodSpan(periods)
	head := in.w.T(sitewords.KeySparkHead, sitewords.Args{"name": what}) + in.unitPhrase(spec.Unit)
	if thr != "" {
		head += ", " + lowerFirst(thr)
	}
	spec.Alt = head + ". " + strings.Join(texts, "; ") + "."

	spec.SVG = sparkSVG(spec.ID, pts, threshold, spec.Percent, spec.Alt)
	return spec, nil
}
