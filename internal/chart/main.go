package chart

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/sitewords"
)

// layout is the shape of a main chart.
type layout int

const (
	layoutBars         layout = iota // grouped bars, one group per period
	layoutStacked                    // stacked bars of the parts, total as a line
	layoutLine                       // one line per series
	layoutPie                        // parts of the latest period
	layoutBarPerSeries               // one period: a bar per series
	layoutPlan                       // actual and plan side by side
)

// String names the layout (for tests and messages).
func (l layout) String() string {
	return [...]string{"bars", "stacked", "line", "pie", "bar-per-series", "plan"}[l]
}

// shape is what the choice of a main chart depends on.
type shape struct {
	kind     string // ind.ChartKind
	periods  int    // number of periods
	hasPlan  bool   // the indicator has a plan series
	hasParts bool   // a total and at least one part
	pieOK    bool   // the latest period gives ≥ 2 non-negative slices, not all zero
}

// chooseLayout applies the rules of the package comment.
func chooseLayout(s shape) layout {
	switch s.kind {
	case dataset.ChartBar:
		if s.hasPlan {
			return layoutPlan
		}
		if s.periods == 1 {
			return layoutBarPerSeries
		}
		return layoutBars
	case dataset.ChartStacked:
		return layoutStacked
	case dataset.ChartLine:
		return layoutLine
	case dataset.ChartPie:
		if s.pieOK {
			return layoutPie
		}
	}
	switch {
	case s.hasPlan:
		return layoutPlan
	case s.hasParts && s.periods >= 2:
		return layoutStacked
	case s.hasParts && s.pieOK:
		return layoutPie
	case s.periods <= 1:
		return layoutBarPerSeries
	case s.periods >= 5:
		return layoutLine
	}
	return layoutBars
}

// hasParts reports whether the indicator has a total and a part of it.
func (in *input) hasParts() bool {
	if in.ind.Total == "" {
		return false
	}
	for _, r := range in.rows {
		if r.role == dataset.RolePart {
			return true
		}
	}
	return false
}

// slices returns the rows a pie would show: the parts when there is a total,
// else every row that is neither a subset, a total nor a plan.
func (in *input) slices() []row {
	parts := in.hasParts()
	var out []row
	for _, r := range in.rows {
		switch {
		case parts && r.role == dataset.RolePart:
			out = append(out, r)
		case !parts && (r.role == dataset.RoleOther || r.role == dataset.RolePart):
			out = append(out, r)
		}
	}
	return out
}

// pieOK reports whether the latest period's slices make a pie.
func (in *input) pieOK() bool {
	if len(in.periods) == 0 {
		return false
	}
	last := len(in.periods) - 1
	n, sum := 0, 0.0
	for _, r := range in.slices() {
		c := r.cells[last]
		if c == nil {
			continue
		}
		if c.Value < 0 {
			return false
		}
		n++
		sum += c.Value
	}
	return n >= 2 && sum > 0
}

// legendName is the name of a row in legends and texts.
func (in *input) legendName(r row) string {
	name := r.name
	if name == "" {
		name = in.w.T(sitewords.KeyValue, nil)
	}
	if r.role == dataset.RoleSubset {
		return in.subsetName(name)
	}
	return name
}

func buildMain(in *input) (Spec, error) {
	ind := in.ind
	if len(in.rows) == 0 || len(in.periods) == 0 {
		return Spec{}, ErrNoData
	}
	l := chooseLayout(shape{
		kind:     ind.ChartKind,
		periods:  len(in.periods),
		hasPlan:  ind.Plan != "",
		hasParts: in.hasParts(),
		pieOK:    in.pieOK(),
	})
	spec := Spec{
		ID:       "bd-" + in.slug,
		Kind:     KindMain,
		Unit:     ind.Unit,
		Percent:  ind.IsPercent(),
		Filename: in.slug,
		Decimals: ind.ValueDecimals, ShareDecimals: ind.ShareDecimals,
	}
	span := periodSpan(in.periods)
	if l == layoutPie {
		span = in.periods[len(in.periods)-1]
	}
	spec.Caption = fmt.Sprintf("%s, %s", ind.Title, span)
	spec.Alt = mainAlt(in, l)
	var err error
	switch l {
	case layoutPie:
		spec.Option, spec.ShareBasis, spec.ShareBase, err = pieOption(in, spec.Alt)
	case layoutBarPerSeries:
		spec.Option, err = barPerSeriesOption(in, spec.Alt)
		spec.EmbedHeight = lyingBarsHeight(in)
	default:
		spec.Option, err = rectOption(in, l, spec.Alt)
	}
	if err != nil {
		return Spec{}, err
	}
	return spec, nil
}

// chartName is the name of a layout, for alternatives.
func (in *input) chartName(l layout) string {
	key := sitewords.KeyChartBar
	switch l {
	case layoutStacked:
		key = sitewords.KeyChartStacked
	case layoutLine:
		key = sitewords.KeyChartLine
	case layoutPie:
		key = sitewords.KeyChartPie
	case layoutPlan:
		key = sitewords.KeyChartPlan
	}
	return in.w.T(key, nil)
}

// mainAlt says what the main chart shows, period by period.
func mainAlt(in *input, l layout) string {
	ind := in.ind
	pct := ind.IsPercent()
	var b strings.Builder
	b.WriteString(in.chartName(l))
	b.WriteString(": ")
	b.WriteString(ind.Title)
	b.WriteString(in.unitPhrase(ind.Unit))
	b.WriteString(". ")
	switch l {
	case layoutStacked:
		b.WriteString(in.w.T(sitewords.KeyStackedParts, nil))
		if in.ind.Total != "" {
			b.WriteString(in.w.T(sitewords.KeyStackedTotal, nil))
		}
		for _, r := range in.rows {
			if r.role == dataset.RoleSubset {
				b.WriteString(in.w.T(sitewords.KeyStackedSubset, nil))
				break
			}
		}
		b.WriteString(". ")
	case layoutPie:
		last := len(in.periods) - 1
		var parts []string
		for _, r := range in.slices() {
			if c := r.cells[last]; c != nil {
				s := in.legendName(r) + " " + in.w.Figure(c.Value, c.Decimals, pct)
				if c.Share != nil && !pct {
					s += " (" + in.w.Figure(*c.Share, ind.ShareDecimals, true) + ")"
				}
				parts = append(parts, s)
			}
		}
		b.WriteString(sentence(in.periods[last], parts))
		return b.String()
	}
	for j, p := range in.periods {
		var parts []string
		for _, r := range in.rows {
			c := r.cells[j]
			if c == nil {
				parts = append(parts, in.w.T(sitewords.KeyNoData, sitewords.Args{"name": in.legendName(r)}))
				continue
			}
			v := in.w.Figure(c.Value, c.Decimals, pct)
			if len(in.rows) == 1 && r.name == "" {
				parts = append(parts, v) // a single unnamed series: the title names it
				continue
			}
			parts = append(parts, in.legendName(r)+" "+v)
		}
		if j > 0 {
			b.WriteString(" ")
		}
		b.WriteString(sentence(p, parts))
	}
	return b.String()
}

// rowOpts gives a subset series the CSV's series name as its ECharts id, so
// that the site can still find it by that name although its legend name
// reads "Trong đó: …".
func (in *input) rowOpts(r row, more ...charts.SeriesOpts) []charts.SeriesOpts {
	if name := in.legendName(r); name != r.name && r.name != "" {
		more = append(more, charts.WithSeriesId(r.name))
	}
	return more
}

// values returns the values of r as go-echarts data items, "-" (ECharts'
// "no value") where there is none.
func values[T any](r row, item func(v any) T) []T {
	out := make([]T, len(r.cells))
	for j, c := range r.cells {
		if c == nil {
			out[j] = item("-")
		} else {
			out[j] = item(c.Value)
		}
	}
	return out
}

func barData(r row) []opts.BarData {
	return values(r, func(v any) opts.BarData { return opts.BarData{Value: v} })
}

func lineData(r row) []opts.LineData {
	return values(r, func(v any) opts.LineData { return opts.LineData{Value: v} })
}

// yAxis is the value axis: 0–100 for percentages unless max exceeds 100;
// ticks at whole numbers only when every value is one (counts: no 0,5
// đảng viên).
func yAxis(unit string, percent bool, min, max float64, integers bool) opts.YAxis {
	y := opts.YAxis{Type: "value", Name: unit}
	if integers && !percent {
		y.MinInterval = 1
	}
	if percent {
		if max <= 100 {
			y.Max = 100
		}
		if min >= 0 {
			y.Min = 0
		}
	}
	return y
}

// rectOption builds bars, stacked bars, lines or plan bars over the periods.
func rectOption(in *input, l layout, alt string) (map[string]any, error) {
	ind := in.ind
	tooltip := opts.Tooltip{Trigger: "axis"}
	if l != layoutLine {
		tooltip.AxisPointer = &opts.AxisPointer{Type: "shadow"}
	}
	lo, hi := in.extent(l)
	global := append(common(alt),
		charts.WithTooltipOpts(tooltip),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Bottom: "0"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(yAxis(ind.Unit, ind.IsPercent(), lo, hi, in.integers())),
	)
	post := func(m map[string]any) {
		fitGrid(m)
		unitName(axis(m, "yAxis"))
	}
	if l == layoutLine {
		c := charts.NewLine()
		c.SetGlobalOptions(global...)
		c.SetXAxis(in.periods)
		for i, r := range in.rows {
			c.AddSeries(in.legendName(r), lineData(r), in.rowOpts(r, charts.WithLineChartOpts(opts.LineChart{
				Symbol:     symbols[i%len(symbols)],
				SymbolSize: 8,
				ShowSymbol: opts.Bool(true),
			}))...)
		}
		return finish(c, post)
	}

	c := charts.NewBar()
	c.SetGlobalOptions(global...)
	c.SetXAxis(in.periods)
	var total *row
	var separate []row // bars beside the stack: subsets and plan
	for i := range in.rows {
		r := in.rows[i]
		switch {
		case l == layoutStacked && r.role == dataset.RoleTotal:
			total = &in.rows[i]
		case l == layoutStacked && (r.role == dataset.RoleSubset || r.role == dataset.RolePlan):
			separate = append(separate, r)
		case l == layoutPlan && r.role == dataset.RolePlan:
			separate = append(separate, r)
		case l == layoutStacked:
			c.AddSeries(in.legendName(r), barData(r), charts.WithBarChartOpts(opts.BarChart{Stack: "phan"}))
		default:
			c.AddSeries(in.legendName(r), barData(r), in.rowOpts(r)...)
		}
	}
	for _, r := range separate {
		c.AddSeries(in.legendName(r), barData(r), in.rowOpts(r)...)
	}
	if total != nil {
		line := charts.NewLine()
		line.AddSeries(in.legendName(*total), lineData(*total),
			charts.WithLineChartOpts(opts.LineChart{Symbol: "diamond", SymbolSize: 10, ShowSymbol: opts.Bool(true)}),
			charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2, Color: "#000000"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: "#000000"}),
		)
		c.Overlap(line)
	}
	return finish(c, post)
}

// symbols tell lines apart without colour.
var symbols = []string{"circle", "rect", "triangle", "diamond", "roundRect", "pin", "arrow"}

// extent returns the smallest and largest value the chart draws (stacks
// summed for the stacked layout).
func (in *input) extent(l layout) (lo, hi float64) {
	first := true
	see := func(v float64) {
		if first || v < lo {
			lo = v
		}
		if first || v > hi {
			hi = v
		}
		first = false
	}
	for j := range in.periods {
		pos, neg := 0.0, 0.0
		for _, r := range in.rows {
			c := r.cells[j]
			if c == nil {
				continue
			}
			see(c.Value)
			if l == layoutStacked && (r.role == dataset.RolePart || r.role == dataset.RoleOther) {
				if c.Value >= 0 {
					pos += c.Value
				} else {
					neg += c.Value
				}
			}
		}
		if l == layoutStacked {
			see(pos)
			see(neg)
		}
	}
	return lo, hi
}

// integers reports whether every value of the indicator is a whole number.
func (in *input) integers() bool {
	for _, r := range in.rows {
		for _, c := range r.cells {
			if c != nil && c.Value != math.Trunc(c.Value) {
				return false
			}
		}
	}
	return true
}

// pieOption builds the pie of the latest period's slices. Each slice
// carries its share ("share" on its data item) on the denominator the
// table uses: the total when there is one (its name and value are
// returned, for the caption), else the sum of the slices; rounded to the
// indicator's share decimals. The site labels the slices with it, so that a
// pie of parts that exceed their total does not print shares the table
// contradicts.
func pieOption(in *input, alt string) (opt map[string]any, basis, base string, err error) {
	last := len(in.periods) - 1
	var data []opts.PieData
	var shares []any
	sum := 0.0
	for _, r := range in.slices() {
		if c := r.cells[last]; c != nil {
			sum += c.Value
		}
	}
	whole := sum
	if t := in.ind.Total; t != "" {
		for _, r := range in.rows {
			if r.role == dataset.RoleTotal && r.cells[last] != nil && r.cells[last].Value > 0 {
				whole, basis, base = r.cells[last].Value, t, in.w.Number(r.cells[last].Value, r.cells[last].Decimals)
			}
		}
	}
	for _, r := range in.slices() {
		if c := r.cells[last]; c != nil {
			data = append(data, opts.PieData{Name: in.legendName(r), Value: c.Value})
			var sh any
			if whole > 0 && !in.ind.IsPercent() {
				p := math.Pow(10, float64(in.ind.ShareDecimals))
				sh = math.Round(c.Value/whole*100*p) / p
			}
			shares = append(shares, sh)
		}
	}
	if basis == "" && !in.ind.IsPercent() && sum > 0 {
		base = in.w.Number(sum, in.ind.ValueDecimals)
	}
	c := charts.NewPie()
	c.SetGlobalOptions(append(common(alt),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Bottom: "0"}),
	)...)
	c.AddSeries(in.periods[last], data, charts.WithPieChartOpts(opts.PieChart{
		Radius: []string{"0%", "62%"},
		Center: []string{"50%", "45%"},
	}))
	opt, err = finish(c, func(m map[string]any) {
		// Labels of small neighbouring slices would be drawn over each
		// other: ECharts moves them apart, and hides those that still
		// collide (their values stay in the tooltip, legend and table).
		for _, s := range seriesList(m) {
			if s, ok := s.(map[string]any); ok {
				s["avoidLabelOverlap"] = true
				s["labelLayout"] = map[string]any{"hideOverlap": true}
				// the height ECharts lays labels out with (it would guess
				// it from the font, short of the accents of Vietnamese)
				s["label"] = map[string]any{"lineHeight": 16.0}
				items, _ := s["data"].([]any)
				for i, it := range items {
					if it, ok := it.(map[string]any); ok && i < len(shares) && shares[i] != nil {
						it["share"] = shares[i]
					}
				}
			}
		}
	})
	return opt, basis, base, err
}

// barPerSeriesOption builds one bar per series for a single period.
func barPerSeriesOption(in *input, alt string) (map[string]any, error) {
	ind := in.ind
	last := len(in.periods) - 1
	names := make([]string, len(in.rows))
	data := make([]opts.BarData, len(in.rows))
	lo, hi := in.extent(layoutBarPerSeries)
	for i, r := range in.rows {
		names[i] = in.legendName(r)
		if c := r.cells[last]; c != nil {
			data[i] = opts.BarData{Value: c.Value}
		} else {
			data[i] = opts.BarData{Value: "-"}
		}
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(alt),
		charts.WithTooltipOpts(opts.Tooltip{Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "shadow"}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Bottom: "0"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(yAxis(ind.Unit, ind.IsPercent(), lo, hi, in.integers())),
	)...)
	c.SetXAxis(names)
	c.AddSeries(in.periods[last], data)
	return finish(c, func(m map[string]any) {
		// Long Vietnamese series names do not fit under bars side by side:
		// the bars lie down, one per row, names on the left (wrapped to
		// the width the site script gives them, whole in the tooltip and
		// the table), the first series at the top.
		x, y := axis(m, "xAxis"), axis(m, "yAxis")
		if x == nil || y == nil {
			return
		}
		x["axisLabel"] = map[string]any{"interval": 0.0, "width": 120.0, "overflow": "break", "lineHeight": 14.0}
		x["inverse"] = true
		if n, _ := y["name"].(string); n != "" {
			y["nameLocation"] = "middle"
			y["nameGap"] = 28.0
		}
		m["xAxis"], m["yAxis"] = m["yAxis"], m["xAxis"]
		fitGrid(m)
	})
}

// The frame an embedded chart of bars lying down needs, at EmbedWidth px:
// the caption above and the source line and legend below take some
// embedChrome px; each bar takes a row of its name's lines (the axis label
// wraps at some embedLabelChars characters, embedLabelLine px a line) and
// embedBarGap px between bars.
const (
	EmbedWidth      = 420
	embedChrome     = 220
	embedLabelChars = 21
	embedLabelLine  = 14
	embedBarGap     = 10
)

// lyingBarsHeight is the EmbedHeight of a chart of a bar per series lying
// down: every series' row as tall as the longest name's lines.
func lyingBarsHeight(in *input) int {
	chars := 0
	for _, r := range in.rows {
		chars = max(chars, utf8.RuneCountInString(in.legendName(r)))
	}
	lines := (chars + embedLabelChars - 1) / embedLabelChars
	return embedChrome + len(in.rows)*(lines*embedLabelLine+embedBarGap)
}
