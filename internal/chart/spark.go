package chart

import (
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
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
		what, thr = measureName(t), thresholdText(t)
		v := t.Threshold.Value
		threshold = &v
		for _, r := range t.Results {
			pts = append(pts, point{period: r.Period, value: r.Value, decimals: r.Decimals, ok: true, notDue: r.Status == indicator.StatusNotDue})
		}
	} else if r := in.headline(); r != nil {
		what = legendName(*r)
		if what == "Giá trị" || r.role == dataset.RoleOther && len(in.rows) == 1 {
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
	periods := make([]string, len(pts))
	var values []float64
	var texts []string
	for j, p := range pts {
		periods[j] = p.period
		if !p.ok {
			texts = append(texts, p.period+": không có số liệu")
			continue
		}
		values = append(values, p.value)
		s := p.period + ": " + withUnit(p.value, p.decimals, spec.Percent)
		if p.notDue {
			s += " (" + strings.ToLower(NotDueLabel) + ")"
		}
		texts = append(texts, s)
	}
	spec.Caption = what + ", " + periodSpan(periods)
	head := "Biểu đồ nhỏ: " + what + unitPhrase(spec.Unit)
	if thr != "" {
		head += ", " + lowerFirst(thr)
	}
	spec.Alt = head + ". " + strings.Join(texts, "; ") + "."

	var y opts.YAxis
	if threshold != nil {
		y = targetAxis("", spec.Percent, values, *threshold)
	} else {
		lo, hi := 0.0, 0.0
		for i, v := range values {
			if i == 0 || v < lo {
				lo = v
			}
			if i == 0 || v > hi {
				hi = v
			}
		}
		y = yAxis("", spec.Percent, lo, hi)
	}
	y.Name = ""
	y.Show = opts.Bool(false)
	global := append(common(spec.Alt),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "4", Right: "4", Top: "6", Bottom: "4"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Show: opts.Bool(false)}),
		charts.WithYAxisOpts(y),
	)
	var mark []charts.SeriesOpts
	if threshold != nil {
		mark = []charts.SeriesOpts{
			charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: thr, YAxis: *threshold}),
			charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
				Symbol:    []string{"none", "none"},
				Label:     &opts.Label{Show: opts.Bool(false)},
				LineStyle: &opts.LineStyle{Type: "dashed", Width: 1, Color: "#000000"},
			}),
		}
	}
	var err error
	if len(pts) >= 2 {
		c := charts.NewLine()
		c.SetGlobalOptions(global...)
		c.SetXAxis(periods)
		data := make([]opts.LineData, len(pts))
		for j, p := range pts {
			switch {
			case !p.ok:
				data[j] = opts.LineData{Value: "-"}
			case p.notDue:
				data[j] = opts.LineData{Value: p.value, Symbol: "emptyCircle"}
			default:
				data[j] = opts.LineData{Value: p.value}
			}
		}
		c.AddSeries(what, data, append(mark,
			charts.WithLineChartOpts(opts.LineChart{Symbol: "circle", SymbolSize: 5, ShowSymbol: opts.Bool(true)}),
			charts.WithLineStyleOpts(opts.LineStyle{Width: 2}),
		)...)
		spec.Option, err = finish(c, nil)
	} else {
		c := charts.NewBar()
		c.SetGlobalOptions(global...)
		c.SetXAxis(periods)
		data := []opts.BarData{{Value: "-"}}
		var notDue []int
		if pts[0].ok {
			data[0].Value = pts[0].value
		}
		if pts[0].notDue {
			data[0].ItemStyle = &opts.ItemStyle{Opacity: opts.Float(0.5)}
			notDue = []int{0}
		}
		c.AddSeries(what, data, append(mark, charts.WithBarChartOpts(opts.BarChart{BarWidth: "40%"}))...)
		spec.Option, err = finish(c, func(m map[string]any) { markNotDue(m, 0, notDue) })
	}
	if err != nil {
		return Spec{}, err
	}
	return spec, nil
}
