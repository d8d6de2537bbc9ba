package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/sitewords"
)

// statusWord is a status in words, as the site's catalogue writes it
// ("Chưa đến hạn").
func (in *input) statusWord(s indicator.Status) string {
	if s == "" {
		return ""
	}
	return in.w.T("status_"+string(s), nil)
}

// thresholdText writes a target's threshold: "Chỉ tiêu > 80 %",
// "Chỉ tiêu ≥ 1.200 hộ (đến 2025)".
func (in *input) thresholdText(t *indicator.Target) string {
	v := in.w.WithUnit(t.Threshold.Value, t.Threshold.Decimals, t.Unit)
	s := in.w.T(sitewords.KeyThreshold, sitewords.Args{"op": opSymbol(t.Op), "value": v})
	if !t.Annual && t.Due.Label != "" {
		s = in.w.T(sitewords.KeyThresholdDue, sitewords.Args{"threshold": s, "due": t.Due.Label})
	}
	return s
}

// measureName is what a target measures, for legends and texts.
func (in *input) measureName(t *indicator.Target) string {
	if l := TargetLabel(in.w, t.Measure, t.What, t.Denominator); l != "" {
		return l
	}
	return in.w.T(sitewords.KeyTargetResult, nil)
}

// TargetLabel words what a target measures from its measure, what it
// measures (indicator.Target.What, the data's names in quotes) and the
// denominator of a share: "Tỷ lệ “A” so với “B”".
func TargetLabel(w *sitewords.Catalogue, m dataset.Measure, what, denominator string) string {
	switch m {
	case dataset.MeasureShare:
		return w.T(sitewords.KeyLabelShare, sitewords.Args{"what": what, "base": denominator})
	case dataset.MeasureAttainment:
		return w.T(sitewords.KeyLabelAttainment, sitewords.Args{"what": what})
	}
	return what
}

// niceCeil rounds v > 0 up to a round number: 1, 1,2, 1,5, 2, 2,5, 3, 4, 5,
// 6 or 8 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 || !finite(v) {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if v <= m*p*(1+1e-12) {
			return m * p
		}
	}
	return 10 * p
}

// targetAxis is the value axis of a chart that draws values vs a threshold,
// stretched so that the threshold line is always inside the plot.
func targetAxis(unit string, percent bool, values []float64, threshold float64) opts.YAxis {
	lo, hi := threshold, threshold
	integers := threshold == math.Trunc(threshold)
	for _, v := range values {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		integers = integers && v == math.Trunc(v)
	}
	y := yAxis(unit, percent, lo, hi, integers)
	maxV := math.Inf(-1)
	for _, v := range values {
		maxV = math.Max(maxV, v)
	}
	if y.Max == nil && threshold > 0 && threshold >= maxV {
		y.Max = niceCeil(threshold * 1.1)
	}
	if y.Min == nil && threshold < 0 && threshold <= lo {
		y.Min = -niceCeil(-threshold * 1.1)
	}
	return y
}

// resultValues returns the periods and values of a target's results and the
// indexes of those not yet due.
func resultValues(t *indicator.Target) (periods []string, values []float64, notDue []int) {
	for j, r := range t.Results {
		periods = append(periods, r.Period)
		values = append(values, r.Value)
		if r.Status == indicator.StatusNotDue {
			notDue = append(notDue, j)
		}
	}
	return periods, values, notDue
}

func buildTarget(in *input, i int, t *indicator.Target) (Spec, error) {
	pct := t.Unit == "%"
	suffix := fmt.Sprintf("-mt%d", i+1)
	thr := in.thresholdText(t)
	name := in.measureName(t)
	periods, values, notDue := resultValues(t)

	spec := Spec{
		ID:       "bd-" + in.slug + suffix,
		Kind:     KindTarget,
		Caption:  name + " — " + lowerFirst(thr),
		Unit:     t.Unit,
		Percent:  pct,
		Filename: in.slug + suffix,
		Decimals: in.ind.ValueDecimals, ShareDecimals: in.ind.ShareDecimals,
	}
	if pct {
		spec.Decimals = in.ind.ShareDecimals
	}
	var b strings.Builder
	b.WriteString(in.w.T(sitewords.KeyTargetAlt, sitewords.Args{"name": name, "threshold": lowerFirst(thr)}))
	if t.Annual {
		b.WriteString(in.w.T(sitewords.KeyTargetAnnual, nil))
	}
	b.WriteString(". ")
	var parts []string
	for _, r := range t.Results {
		s := r.Period + ": " + in.w.WithUnit(r.Value, r.Decimals, t.Unit)
		if l := in.statusWord(r.Status); l != "" {
			s += " (" + lowerFirst(l) + ")"
		}
		parts = append(parts, s)
	}
	b.WriteString(strings.Join(parts, "; "))
	b.WriteString(".")
	if t.Wording != "" {
		b.WriteString(in.w.T(sitewords.KeyTargetWording, sitewords.Args{"wording": t.Wording}))
	}
	spec.Alt = b.String()

	data := make([]opts.BarData, len(values))
	for j, v := range values {
		data[j] = opts.BarData{Value: v}
	}
	for _, j := range notDue {
		data[j].ItemStyle = &opts.ItemStyle{Opacity: opts.Float(0.5)}
		// inside the bar, at its foot: above it the label would meet the
		// target line's label when the value is near the threshold
		data[j].Label = &opts.Label{Show: opts.Bool(true), Position: "insideBottom", Formatter: in.statusWord(indicator.StatusNotDue), Color: "#1b1b1f"}
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(spec.Alt),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "shadow"}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Bottom: "0"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(targetAxis(t.Unit, pct, values, t.Threshold.Value)),
	)...)
	c.SetXAxis(periods)
	c.AddSeries(name, data,
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: thr, YAxis: t.Threshold.Value}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
			Symbol:    []string{"none", "none"},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", Formatter: "{b}"},
			LineStyle: &opts.LineStyle{Type: "dashed", Width: 2, Color: "#000000"},
		}),
	)
	opt, err := finish(c, func(m map[string]any) {
		markNotDue(m, 0, notDue)
		fitGrid(m)
		unitName(axis(m, "yAxis"))
	})
	if err != nil {
		return Spec{}, err
	}
	spec.Option = opt
	return spec, nil
}

// lowerFirst lowers the first letter of s ("Chỉ tiêu" → "chỉ tiêu").
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
