package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/tayson/chitieu/internal/indicator"
)

// NotDueLabel is the text shown on a value whose target is not yet due.
const NotDueLabel = "Chưa đến hạn"

// thresholdText writes a target's threshold: "Chỉ tiêu > 80 %",
// "Chỉ tiêu ≥ 1.200 hộ (đến 2025)".
func thresholdText(t *indicator.Target) string {
	pct := t.Unit == "%"
	s := "Chỉ tiêu " + opSymbol(t.Op) + " " + withUnit(t.Threshold.Value, t.Threshold.Decimals, pct)
	if !pct && t.Unit != "" {
		s += " " + t.Unit
	}
	if !t.Annual && t.Due.Label != "" {
		s += " (đến " + t.Due.Label + ")"
	}
	return s
}

// measureName is what a target measures, for legends and texts.
func measureName(t *indicator.Target) string {
	if t.Label != "" {
		return t.Label
	}
	return "Kết quả"
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
	thr := thresholdText(t)
	name := measureName(t)
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
	fmt.Fprintf(&b, "Biểu đồ cột: %s qua các kỳ; đường ngang nét đứt là %s", name, lowerFirst(thr))
	if t.Annual {
		b.WriteString(", áp dụng hằng năm")
	}
	b.WriteString(". ")
	var parts []string
	for _, r := range t.Results {
		s := r.Period + ": " + withUnit(r.Value, r.Decimals, pct)
		if !pct && t.Unit != "" {
			s += " " + t.Unit
		}
		if l := statusWords[r.Status]; l != "" {
			s += " (" + l + ")"
		}
		parts = append(parts, s)
	}
	b.WriteString(strings.Join(parts, "; "))
	b.WriteString(".")
	if t.Wording != "" {
		b.WriteString(" Chỉ tiêu theo báo cáo: “" + t.Wording + "”.")
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
		data[j].Label = &opts.Label{Show: opts.Bool(true), Position: "insideBottom", Formatter: NotDueLabel, Color: "#1b1b1f"}
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

// statusWords are the statuses in the alt text. (The site's words come from
// i18n/vi.toml; the alt text is still worded here, until chart specs carry
// codes only.)
var statusWords = map[indicator.Status]string{
	indicator.StatusMet: "đạt", indicator.StatusExceeded: "vượt", indicator.StatusNotMet: "chưa đạt",
	indicator.StatusNearly: "đạt trên 80 %", indicator.StatusNotDue: "chưa đến hạn", indicator.StatusAtRisk: "khó đạt",
}
