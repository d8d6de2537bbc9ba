// Package chart turns an indicator and its derived measures into the ECharts
// options that the site draws: one main chart of the figures, one chart per
// target with its threshold, and a small "spark" chart for the dashboard card
// (drawn in Go as an inline SVG: the home page loads no chart library).
//
// Every option is built with go-echarts' option model and handed over as
// plain JSON data (map[string]any): nothing here renders HTML or JavaScript,
// no option holds a function, and every text that comes from a CSV stays an
// ordinary JSON string, so that json.Marshal (which escapes <, > and &) can
// put it inside a page safely. Formatters are the site script's business.
//
// # Chart kinds
//
// The main chart follows ind.ChartKind when the clerk set one ("cot",
// "cot-chong", "duong", "tron"), otherwise the data:
//
//   - a plan (ind.Plan != ""): bars of the actual figures and of the plan side
//     by side, period by period;
//   - parts of a total over several periods: stacked bars of the parts, the
//     total as a line with diamond markers over them; "trong đó" subsets are
//     separate, unstacked bars named "Trong đó: …" so that nobody adds them to
//     the total;
//   - parts of a total in one period: a pie of the parts (subsets left out),
//     or a bar per series when the parts cannot make a pie (negative or all
//     zero);
//   - no total: one period gives a bar per series, 2 to 4 periods grouped
//     bars, 5 periods or more lines.
//
// "tron" is honoured only when the latest period gives at least two
// non-negative slices; otherwise the automatic choice applies. Percentages
// get a 0–100 value axis unless a value (or a stack, or a threshold) exceeds
// 100.
package chart

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Kinds of Spec.
const (
	KindMain   = "main"   // the figures of the indicator
	KindTarget = "target" // one target's measure against its threshold
	KindSpark  = "spark"  // the dashboard card's small chart
)

// Spec is one chart as the site needs it. The JSON names are a contract with
// the Hugo templates and the site script.
type Spec struct {
	ID       string         `json:"id"`       // deterministic: "bd-<id>", "bd-<id>-mt<n>", "sp-<id>"
	Kind     string         `json:"kind"`     // KindMain, KindTarget or KindSpark
	Caption  string         `json:"caption"`  // Vietnamese caption
	Alt      string         `json:"alt"`      // Vietnamese text alternative with the key numbers
	Unit     string         `json:"unit"`     // unit of the values ("%" for percentages)
	Percent  bool           `json:"percent"`  // values are percentages
	Filename string         `json:"filename"` // base name for PNG/SVG downloads
	Option   map[string]any `json:"option"`   // the ECharts option, as plain JSON data (nil for a spark)
	// SVG is a spark drawn at build time (sparksvg.go): escaped markup the
	// home page prints as it is, so that it loads no chart library.
	SVG string `json:"svg,omitempty"`
	// Decimals of the values drawn and ShareDecimals of the shares (a
	// pie's labels): the indicator's rule (indicator.decimals), for the
	// site script's formatters.
	Decimals      int `json:"decimals"`
	ShareDecimals int `json:"shareDecimals"`
	// ShareBasis names the denominator of a pie's shares: the total series
	// (ShareBase is its value, as written), or "" for the sum of the slices.
	ShareBasis string `json:"shareBasis,omitempty"`
	ShareBase  string `json:"shareBase,omitempty"`
	// EmbedHeight is the height (px) a frame of the embed width
	// (EmbedWidth) needs to show the chart whole, when it is known to need
	// more than a usual frame: bars lying down, a row each, their names
	// wrapping. 0 for the others, which fit the site's default height.
	EmbedHeight int `json:"embedHeight,omitempty"`
}

// Palette is the Okabe–Ito colour-blind-safe palette, in the order series
// take it (yellow late: it is faint on white).
var Palette = []string{
	"#0072B2", // blue
	"#E69F00", // orange
	"#009E73", // bluish green
	"#CC79A7", // reddish purple
	"#56B4E9", // sky blue
	"#D55E00", // vermillion
	"#F0E442", // yellow
	"#000000", // black
}

// ErrNoData is returned (wrapped) when an indicator has nothing to draw.
var ErrNoData = errors.New("chart: no values to draw")

// Build returns the charts of ind: the main chart first, then one chart per
// target that has results, and separately the spark chart for the dashboard.
// It fails, and never panics, when a value is NaN or infinite or when there
// is nothing to draw.
func Build(ind *indicator.Indicator, w *sitewords.Catalogue) (charts []Spec, spark Spec, err error) {
	if ind == nil || ind.Indicator == nil {
		return nil, Spec{}, errors.New("chart: nil indicator")
	}
	if w == nil {
		return nil, Spec{}, errors.New("chart: no words catalogue")
	}
	in, err := prepare(ind)
	if err != nil {
		return nil, Spec{}, err
	}
	in.w = w
	main, err := buildMain(in)
	if err != nil {
		return nil, Spec{}, fmt.Errorf("chart %s: %w", ind.ID, err)
	}
	charts = append(charts, main)
	for i := range ind.Targets {
		t := &ind.Targets[i]
		if len(t.Results) == 0 {
			continue
		}
		s, err := buildTarget(in, i, t)
		if err != nil {
			return nil, Spec{}, fmt.Errorf("chart %s, target %d: %w", ind.ID, i+1, err)
		}
		charts = append(charts, s)
	}
	spark, err = buildSpark(in)
	if err != nil {
		return nil, Spec{}, fmt.Errorf("chart %s (spark): %w", ind.ID, err)
	}
	return charts, spark, nil
}

// row is a series across the periods of the indicator.
type row struct {
	name  string
	role  dataset.Role
	cells []*indicator.Cell // one per period, nil where there is no value
}

// input is the indicator reduced to what the charts draw.
type input struct {
	ind     *indicator.Indicator
	w       *sitewords.Catalogue // the words, in the language of the charts
	slug    string               // the indicator id, safe as a file name
	periods []string             // period labels, in time order
	rows    []row
}

// prepare collects periods and rows and refuses non-finite numbers.
func prepare(ind *indicator.Indicator) (*input, error) {
	in := &input{ind: ind, slug: slug(ind.ID)}
	in.periods = ind.PeriodLabels
	if len(in.periods) == 0 {
		for _, p := range ind.Periods {
			in.periods = append(in.periods, p.Label)
		}
	}
	if len(ind.Rows) > 0 {
		for _, r := range ind.Rows {
			cells := make([]*indicator.Cell, len(in.periods))
			copy(cells, r.Cells)
			in.rows = append(in.rows, row{name: r.Series, role: r.Role, cells: cells})
		}
	} else {
		in.rows = rowsFromObservations(ind.Indicator, in.periods)
	}
	for _, r := range in.rows {
		for j, c := range r.cells {
			if c != nil && !finite(c.Value) {
				return nil, fmt.Errorf("chart %s: value not finite (%v) in series %q, period %q", ind.ID, c.Value, r.name, in.periods[j])
			}
		}
	}
	for i, t := range ind.Targets {
		if !finite(t.Threshold.Value) {
			return nil, fmt.Errorf("chart %s: threshold of target %d not finite (%v)", ind.ID, i+1, t.Threshold.Value)
		}
		for _, r := range t.Results {
			if !finite(r.Value) {
				return nil, fmt.Errorf("chart %s: result of target %d not finite (%v), period %q", ind.ID, i+1, r.Value, r.Period)
			}
		}
	}
	return in, nil
}

// rowsFromObservations builds the rows from the raw observations, for an
// indicator whose derived rows have not been computed.
func rowsFromObservations(d *dataset.Indicator, periods []string) []row {
	series := d.Series
	if len(series) == 0 {
		seen := map[string]bool{}
		for _, o := range d.Observations {
			if !seen[o.Series] {
				seen[o.Series] = true
				series = append(series, o.Series)
			}
		}
	}
	var rows []row
	for _, s := range series {
		r := row{name: s, role: d.Role(s), cells: make([]*indicator.Cell, len(periods))}
		for j, p := range periods {
			for _, o := range d.Observations {
				if o.Series == s && o.Period.Label == p {
					r.cells[j] = &indicator.Cell{Value: o.Value.Value, Decimals: o.Value.Decimals}
					break
				}
			}
		}
		rows = append(rows, r)
	}
	return rows
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// slug keeps ASCII letters, digits, '-', '_' and '.' of s and turns anything
// else into '-', so that ids and file names never carry markup or paths.
func slug(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "chi-tieu"
	}
	return b.String()
}

// chart is what every go-echarts chart offers that finish needs.
type chart interface {
	Validate()
	JSON() map[string]interface{}
}

// common returns the global options every chart shares.
func common(alt string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithColorsOpts(opts.Colors(Palette)),
		charts.WithAriaOpts(&opts.Aria{
			Enabled: opts.Bool(true),
			Label:   &opts.AriaLabel{Enabled: opts.Bool(true), Description: alt},
			Decal:   &opts.AriaDecal{Show: opts.Bool(true)},
		}),
	}
}

// finish validates c, takes its JSON and returns it as plain JSON data, with
// the keys go-echarts cannot express set on the map. A value that JSON cannot
// carry (NaN, ±Inf) is an error, never an empty option.
func finish(c chart, post func(map[string]any)) (map[string]any, error) {
	c.Validate()
	raw, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("chart: option cannot be written as JSON: %w", err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("chart: option cannot be read back: %w", err)
	}
	for _, k := range []string{"title", "toolbox"} {
		if v, ok := m[k].(map[string]any); ok && len(v) == 0 {
			delete(m, k)
		}
	}
	m["color"] = append([]any(nil), toAny(Palette)...)
	aria, _ := m["aria"].(map[string]any)
	if aria == nil {
		aria = map[string]any{}
		m["aria"] = aria
	}
	aria["enabled"] = true
	decal, _ := aria["decal"].(map[string]any)
	if decal == nil {
		decal = map[string]any{}
		aria["decal"] = decal
	}
	decal["show"] = true
	if post != nil {
		post(m) // adds only strings, booleans and finite constants
	}
	return m, nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// seriesList returns the "series" array of an option.
func seriesList(m map[string]any) []any {
	s, _ := m["series"].([]any)
	return s
}

// notDueDecal is the pattern of values whose target is not yet due: sparse
// diagonal stripes, visible without colour.
func notDueDecal() map[string]any {
	return map[string]any{
		"symbol":     "none",
		"dashArrayX": []any{1.0, 0.0},
		"dashArrayY": []any{3.0, 5.0},
		"rotation":   -math.Pi / 4,
		"color":      "rgba(0, 0, 0, 0.45)",
	}
}

// markNotDue sets the not-yet-due decal on the data items of series si
// whose index is in idx.
func markNotDue(m map[string]any, si int, idx []int) {
	ss := seriesList(m)
	if si >= len(ss) {
		return
	}
	s, _ := ss[si].(map[string]any)
	data, _ := s["data"].([]any)
	for _, j := range idx {
		if j >= len(data) {
			continue
		}
		item, _ := data[j].(map[string]any)
		if item == nil {
			continue
		}
		st, _ := item["itemStyle"].(map[string]any)
		if st == nil {
			st = map[string]any{}
			item["itemStyle"] = st
		}
		st["decal"] = notDueDecal()
	}
}

// fitGrid lays out the plot of a chart with axes so that every text fits:
// instead of ECharts' containLabel (which keeps axis labels, not axis names,
// inside), the grid shrinks until the axis labels and names lie inside
// outerBounds (ECharts 6), whose bottom leaves room for the legend row. The
// site script raises both bottoms when the legend wraps to more rows.
func fitGrid(m map[string]any) {
	m["grid"] = []any{map[string]any{
		"left": 8.0, "right": 16.0, "top": 40.0, "bottom": 48.0,
		"outerBoundsMode":    "auto",
		"outerBoundsContain": "all",
		"outerBounds":        map[string]any{"left": 2.0, "right": 2.0, "top": 2.0, "bottom": 30.0},
	}}
}

// axis returns the first axis of kind k ("xAxis", "yAxis") of an option.
func axis(m map[string]any, k string) map[string]any {
	as, _ := m[k].([]any)
	if len(as) == 0 {
		return nil
	}
	a, _ := as[0].(map[string]any)
	return a
}

// unitName sets the value axis name (the unit) to start at the axis line
// and run over the plot, rather than be centred on the line and stick out
// of the chart on the left.
func unitName(a map[string]any) {
	if a == nil {
		return
	}
	if n, _ := a["name"].(string); n == "" {
		return
	}
	a["nameTextStyle"] = map[string]any{"align": "left"}
}
