package chart

import (
	"html"
	"math"
	"strconv"
	"strings"
)

// The spark's drawing box (SVG user units). The card scales it to its width
// (width 100 %, height from the aspect ratio: some 64 px on a card of 300 px).
const (
	sparkW   = 300.0
	sparkH   = 64.0
	sparkPad = 6.0 // room for the markers at the edges
)

// sparkSVG draws a spark as an inline SVG built at build time, so that the
// home page needs no chart library: the trend as a polyline (broken where a
// period has no value, as ECharts draws "-"), a dot per value (hollow when
// not yet due), a hollow diamond for a period that stands apart, the
// target's threshold as a dashed line and the foot of the range as a faint
// one. The value range is the main chart's:
// a percentage from 0 to 100 unless a value leaves it, a count from 0 (or
// its least negative value) to a round number above its greatest.
//
// The SVG is an image with a name (role="img", <title> read through
// aria-labelledby: the figures in words, alt), drawn with presentation
// attributes only (no style attribute: the site's CSP forbids inline
// styles), and every text in it is escaped.
func sparkSVG(id string, pts []point, threshold *float64, percent bool, alt string) string {
	lo, hi := 0.0, 0.0
	for _, p := range pts {
		if p.ok {
			lo, hi = math.Min(lo, p.value), math.Max(hi, p.value)
		}
	}
	if threshold != nil {
		lo, hi = math.Min(lo, *threshold), math.Max(hi, *threshold)
	}
	if percent && hi <= 100 && lo >= 0 {
		hi = 100
	} else {
		hi, lo = niceCeil(hi), -niceCeil(-lo)
	}
	if hi-lo <= 0 {
		hi = lo + 1
	}
	n := float64(len(pts))
	x := func(j int) float64 { return sparkPad + (float64(j)+0.5)*(sparkW-2*sparkPad)/n }
	y := func(v float64) float64 { return sparkPad + (hi-v)/(hi-lo)*(sparkH-2*sparkPad) }

	var b strings.Builder
	tid := html.EscapeString(id + "-t")
	b.WriteString(`<svg class="spark" id="` + html.EscapeString(id) + `" viewBox="0 0 ` + svgNum(sparkW) + ` ` + svgNum(sparkH) +
		`" role="img" aria-labelledby="` + tid + `" focusable="false" xmlns="http://www.w3.org/2000/svg">`)
	b.WriteString(`<title id="` + tid + `">` + html.EscapeString(alt) + `</title>`)
	// The foot of the value range (0 for most), faint: what the height of
	// the trend is measured from.
	by := svgNum(y(lo))
	b.WriteString(`<line class="spark__truc" x1="0" x2="` + svgNum(sparkW) + `" y1="` + by + `" y2="` + by +
		`" stroke="#c4c4c4" stroke-width="1"/>`)
	if threshold != nil {
		ty := svgNum(y(*threshold))
		b.WriteString(`<line class="spark__nguong" x1="0" x2="` + svgNum(sparkW) + `" y1="` + ty + `" y2="` + ty +
			`" stroke="#000000" stroke-width="1" stroke-dasharray="4 3"/>`)
	}
	// The trend: runs of consecutive values on it.
	var run []string
	flush := func() {
		if len(run) > 1 {
			b.WriteString(`<polyline class="spark__duong" points="` + strings.Join(run, " ") +
				`" fill="none" stroke="` + Palette[0] + `" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`)
		}
		run = run[:0]
	}
	for j, p := range pts {
		if !p.ok || p.apart {
			flush()
			continue
		}
		run = append(run, svgNum(x(j))+","+svgNum(y(p.value)))
	}
	flush()
	for j, p := range pts {
		if !p.ok {
			continue
		}
		cx, cy := svgNum(x(j)), svgNum(y(p.value))
		switch {
		case p.apart:
			d := 3.5
			xs, ys := x(j), y(p.value)
			b.WriteString(`<polygon class="spark__rieng" points="` +
				svgNum(xs) + "," + svgNum(ys-d) + " " + svgNum(xs+d) + "," + svgNum(ys) + " " + svgNum(xs) + "," + svgNum(ys+d) + " " + svgNum(xs-d) + "," + svgNum(ys) +
				`" fill="#ffffff" stroke="` + Palette[1] + `" stroke-width="1.5"/>`)
		case p.notDue:
			b.WriteString(`<circle class="spark__chua-den-han" cx="` + cx + `" cy="` + cy + `" r="2.5" fill="#ffffff" stroke="` + Palette[0] + `" stroke-width="1.5"/>`)
		default:
			b.WriteString(`<circle cx="` + cx + `" cy="` + cy + `" r="2.5" fill="` + Palette[0] + `"/>`)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// svgNum writes a coordinate with at most two decimals, without trailing zeros.
func svgNum(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}
