package browsertest

import (
	"fmt"
	"regexp"
	"testing"
)

type sparkBox struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Role  string  `json:"role"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Left  float64 `json:"left"`
	Right float64 `json:"right"`
	// the width of what is drawn, and whether it lies inside the image
	LineW float64 `json:"lineW"`
	In    bool    `json:"in"`
}

type homeFacts struct {
	InnerWidth  float64    `json:"innerWidth"`
	ScrollWidth float64    `json:"scrollWidth"`
	ECharts     bool       `json:"echarts"`
	Scripts     []string   `json:"scripts"`
	Canvases    int        `json:"canvases"`
	Sparks      []sparkBox `json:"sparks"`
}

const homeFactsJS = `(() => {
  const res = {innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
    echarts: typeof window.echarts !== 'undefined',
    scripts: Array.from(document.scripts).filter(s => s.src).map(s => s.src),
    canvases: document.querySelectorAll('.chart__canvas, canvas').length, sparks: []};
  document.querySelectorAll('svg.spark').forEach(svg => {
    const r = svg.getBoundingClientRect();
    const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const name = ids.map(id => { const e = document.getElementById(id); return e ? e.textContent : ''; }).join(' ');
    // the union of what is drawn: the trend's lines and dots
    const marks = Array.from(svg.querySelectorAll('polyline, circle, polygon')).map(e => e.getBoundingClientRect());
    const line = marks.length > 0;
    const lr = line ? {left: Math.min(...marks.map(m => m.left)), right: Math.max(...marks.map(m => m.right)),
      top: Math.min(...marks.map(m => m.top)), bottom: Math.max(...marks.map(m => m.bottom))} : {left: 0, right: 0, top: 0, bottom: 0};
    lr.width = lr.right - lr.left;
    res.sparks.push({id: svg.id, name, role: svg.getAttribute('role') || '',
      w: r.width, h: r.height, left: r.left + window.scrollX, right: r.right + window.scrollX,
      lineW: lr.width,
      in: !!line && lr.left >= r.left - 3 && lr.right <= r.right + 3 && lr.top >= r.top - 3 && lr.bottom <= r.bottom + 3});
  });
  return res;
})()`

// TestHomeSparks: the home page loads no chart library; its trends are
// inline SVG images, named with their figures, of a card's width and a
// readable height, inside the viewport, at phone and desktop width.
func TestHomeSparks(t *testing.T) {
	needBrowser(t)
	digit := regexp.MustCompile(`\d`)
	for _, w := range []int64{375, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, w)
			tb.open("/")
			f := eval[homeFacts](tb, homeFactsJS)
			if f.ECharts || f.Canvases > 0 {
				t.Errorf("the home page draws with ECharts (window.echarts %v, %d canvases)", f.ECharts, f.Canvases)
			}
			for _, s := range f.Scripts {
				if regexp.MustCompile(`echarts`).MatchString(s) {
					t.Errorf("the home page loads %s", s)
				}
			}
			if f.ScrollWidth > f.InnerWidth {
				t.Errorf("the home page scrolls sideways at %d px (scrollWidth %v)", w, f.ScrollWidth)
			}
			if len(f.Sparks) == 0 {
				t.Fatal("no svg.spark on the home page")
			}
			for _, s := range f.Sparks {
				switch {
				case s.Role != "img" || !digit.MatchString(s.Name):
					t.Errorf("spark %s: role %q, name %q: want an image named with its figures", s.ID, s.Role, s.Name)
				case s.W < 150 || s.H < 30:
					t.Errorf("spark %s is %.0f×%.0f px, want at least 150×30", s.ID, s.W, s.H)
				case s.Left < 0 || s.Right > f.InnerWidth+0.5:
					t.Errorf("spark %s spans x = %.1f…%.1f, outside the viewport 0…%v", s.ID, s.Left, s.Right, f.InnerWidth)
				case s.LineW < s.W/10 || !s.In:
					t.Errorf("spark %s: what it draws is %.0f px wide (of %.0f), inside the image: %v", s.ID, s.LineW, s.W, s.In)
				}
			}
			tb.checkClean("/")
		})
	}
}
