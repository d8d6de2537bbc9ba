package browsertest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// chartTextBoxesJS measures every text ECharts has drawn in every chart of
// the page: axis labels and names, legend entries, series and markLine
// labels. It walks each instance's display list (what zrender paints, after
// label layout: a label hidden by hideOverlap is not drawn and not counted)
// and takes each line of text (a tspan) with its font's real extent from
// canvas measureText, in the chart's own pixels (0…width, 0…height of the
// container). The richText tooltip is hidden then and not counted.
const chartTextBoxesJS = `(() => {
  const ctx = document.createElement('canvas').getContext('2d');
  const res = [];
  document.querySelectorAll('.chart__canvas[id]').forEach(el => {
    const inst = window.echarts && window.echarts.getInstanceByDom(el);
    if (!inst) { res.push({id: el.id, missing: true}); return; }
    const zr = inst.getZr();
    zr.refreshImmediately();
    const chart = {id: el.id, w: zr.getWidth(), h: zr.getHeight(), texts: []};
    const owners = new Map();
    const hidden = e => { for (; e; e = e.parent) { if (e.invisible || e.ignore) return true; } return false; };
    zr.storage.getDisplayList(true).forEach(e => {
      const st = e.style;
      if (e.type !== 'tspan' || !st || typeof st.text !== 'string' || !/\S/.test(st.text)) return;
      if (hidden(e) || st.opacity === 0) return;
      ctx.font = st.font || '12px sans-serif';
      const m = ctx.measureText(st.text);
      const w = m.width, asc = m.fontBoundingBoxAscent, desc = m.fontBoundingBoxDescent;
      const x = st.x || 0, y = st.y || 0;
      const align = st.textAlign || 'left', base = st.textBaseline || 'alphabetic';
      const x0 = (align === 'center' || align === 'middle') ? x - w / 2 : (align === 'right' || align === 'end') ? x - w : x;
      const y0 = base === 'top' || base === 'hanging' ? y : base === 'middle' ? y - (asc + desc) / 2 : base === 'bottom' || base === 'ideographic' ? y - asc - desc : y - asc;
      const pts = [[x0, y0], [x0 + w, y0], [x0, y0 + asc + desc], [x0 + w, y0 + asc + desc]].map(p => {
        const t = e.transform;
        return t ? [t[0] * p[0] + t[2] * p[1] + t[4], t[1] * p[0] + t[3] * p[1] + t[5]] : p;
      });
      const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
      let b = {x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys)};
      // What a clip path (a scrolling legend's window, a grid's clip) cuts
      // off is not drawn.
      for (let a = e; a && b; a = a.parent) {
        const cp = a.getClipPath && a.getClipPath();
        if (!cp) continue;
        const r = cp.getBoundingRect().clone();
        const t = cp.getComputedTransform ? cp.getComputedTransform() : cp.transform;
        if (t) r.applyTransform(t);
        b = {x0: Math.max(b.x0, r.x), y0: Math.max(b.y0, r.y), x1: Math.min(b.x1, r.x + r.width), y1: Math.min(b.y1, r.y + r.height)};
        if (b.x1 - b.x0 < 1 || b.y1 - b.y0 < 1) b = null;
      }
      if (!b) return;
      const owner = e.parent || e;
      if (!owners.has(owner)) owners.set(owner, owners.size);
      chart.texts.push(Object.assign({text: st.text, owner: owners.get(owner)}, b));
    });
    res.push(chart);
  });
  return res;
})()`

type textBox struct {
	Text  string  `json:"text"`
	Owner int     `json:"owner"` // lines of one label share their owner
	X0    float64 `json:"x0"`
	Y0    float64 `json:"y0"`
	X1    float64 `json:"x1"`
	Y1    float64 `json:"y1"`
}

type chartTextBoxes struct {
	ID      string    `json:"id"`
	Missing bool      `json:"missing"`
	W       float64   `json:"w"`
	H       float64   `json:"h"`
	Texts   []textBox `json:"texts"`
}

// textSlack is how far (px) two texts may overlap, or a text leave its
// chart, before it counts: anti-aliasing and font metrics, not layout.
const textSlack = 2

// textProblems lists the overlapping pairs of texts and the texts outside
// the chart of c.
func textProblems(c chartTextBoxes) []string {
	var out []string
	for i, a := range c.Texts {
		if a.X0 < -textSlack || a.Y0 < -textSlack || a.X1 > c.W+textSlack || a.Y1 > c.H+textSlack {
			out = append(out, fmt.Sprintf("%q leaves the chart: x %.0f…%.0f, y %.0f…%.0f of %.0f×%.0f", a.Text, a.X0, a.X1, a.Y0, a.Y1, c.W, c.H))
		}
		for _, b := range c.Texts[i+1:] {
			if a.Owner == b.Owner {
				continue
			}
			dx := min(a.X1, b.X1) - max(a.X0, b.X0)
			dy := min(a.Y1, b.Y1) - max(a.Y0, b.Y0)
			if dx > textSlack && dy > textSlack {
				out = append(out, fmt.Sprintf("%q and %q overlap by %.0f×%.0f px", a.Text, b.Text, dx, dy))
			}
		}
	}
	return out
}

// TestChartTextsDoNotCollide draws every chart of every page at 320, 375,
// 768 and 1280 px (embeds at 375 and 1280 px only) and measures the texts ECharts drew in each: no two texts
// may overlap (by more than textSlack px both ways), and none may leave its
// chart. Labels that ECharts hides to avoid a collision are not drawn and do
// not count; their values stay in the tooltip, the legend and the table.
func TestChartTextsDoNotCollide(t *testing.T) {
	needBrowser(t)
	english := englishPages(t)
	for _, w := range []int64{320, 375, 768, 1280} {
		pages := mainSite.pages
		if w == 375 || w == 1280 {
			pages = append(append([]string(nil), pages...), english...)
		}
		for _, p := range pages {
			if (w == 320 || w == 768) && strings.HasSuffix(p, "/nhung/") {
				continue // an embed draws its page's charts; 375 and 1280 px cover it
			}
			t.Run(fmt.Sprintf("%d%s", w, p), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, w)
				tb.open(p)
				// ECharts' entry animation (1 s) moves labels with their bars.
				tb.initCharts(1200 * time.Millisecond)
				for _, c := range eval[[]chartTextBoxes](tb, chartTextBoxesJS) {
					if c.Missing {
						continue // initCharts has reported it
					}
					if probs := textProblems(c); len(probs) > 0 {
						t.Errorf("%s at %d px, chart %s:\n  %s", p, w, c.ID, strings.Join(probs, "\n  "))
					}
				}
				tb.checkClean(p)
			})
		}
	}
}

// TestDocumentNumberStaysWhole narrows every title that names "03-CTr/HU"
// (at 320 px, then 120 to 320 px wide): the number is always drawn on one
// line (no break at its hyphen or slash) and still reads as "03-CTr/HU";
// the 404 page's title is Vietnamese.
func TestDocumentNumberStaysWhole(t *testing.T) {
	tb := newTab(t, mainSite, 320)
	for _, p := range []string{"/", "/bao-cao/", "/chi-tieu/"} {
		tb.open(p)
		got := eval[[]string](tb, `Array.from(document.querySelectorAll('h1, h2, .site-title')).
		  filter(e => e.textContent.includes('03-CTr/HU')).
		  map(e => {
		    const r = document.createRange();
		    const tn = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
		    for (let n = tn.nextNode(); n; n = tn.nextNode()) {
		      const i = n.data.indexOf('03-CTr/HU');
		      if (i < 0) continue;
		      r.setStart(n, i); r.setEnd(n, i + 9);
		      // narrowed step by step, the title wraps at every place there
		      // is; the number must never be one of them
		      let most = 0;
		      for (let w = 120; w <= 320; w += 4) {
		        e.style.maxWidth = w + 'px';
		        most = Math.max(most, new Set(Array.from(r.getClientRects()).map(b => Math.round(b.top))).size);
		      }
		      e.style.maxWidth = '';
		      return most + ' ' + e.tagName;
		    }
		    return '0 ' + e.tagName + ' (not one text node: ' + e.innerHTML + ')';
		  })`)
		if len(got) == 0 {
			t.Errorf("%s: no title names 03-CTr/HU", p)
		}
		for _, g := range got {
			if !strings.HasPrefix(g, "1 ") {
				t.Errorf("%s at 320 px: 03-CTr/HU in a %s is drawn on %s line(s), want 1", p, g[strings.Index(g, " ")+1:], g[:strings.Index(g, " ")])
			}
		}
	}
	tb.open("/404.html")
	if title := eval[string](tb, `document.title`); !strings.HasPrefix(title, "Không tìm thấy trang") {
		t.Errorf("the 404 page's title is %q, want it to begin with “Không tìm thấy trang”", title)
	}
}

// a4Width is an A4 sheet's width in CSS px (210 mm at 96 px an inch).
const a4Width = 794

// TestPrintedChartTextsDoNotCollide measures the charts as printed: every
// page with charts, at an A4 sheet's width under print media, after the
// site script has drawn them for print (beforeprint: every chart, even
// those never scrolled to, at the fixed size the print stylesheet scales to
// the text width). No two texts may overlap and none may leave its chart.
func TestPrintedChartTextsDoNotCollide(t *testing.T) {
	needBrowser(t)
	for _, p := range mainSite.pages {
		if strings.HasSuffix(p, "/nhung/") {
			continue // an embed is not printed; its page is
		}
		t.Run("A4"+p, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, a4Width)
			tb.open(p)
			if n := eval[int](tb, `document.querySelectorAll('.chart__canvas[id]').length`); n == 0 {
				return
			}
			// the charts in view have drawn, and finished their entry
			time.Sleep(1200 * time.Millisecond)
			if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
				t.Fatalf("emulating print: %v", err)
			}
			eval[any](tb, `(async () => { window.dispatchEvent(new Event('beforeprint')); await new Promise(r => setTimeout(r, 300)); return null; })()`)
			for _, c := range eval[[]chartTextBoxes](tb, chartTextBoxesJS) {
				if c.Missing {
					t.Errorf("%s printed: chart %s was not drawn for print", p, c.ID)
					continue
				}
				if probs := textProblems(c); len(probs) > 0 {
					t.Errorf("%s printed on A4, chart %s (%.0f×%.0f):\n  %s", p, c.ID, c.W, c.H, strings.Join(probs, "\n  "))
				}
			}
			tb.checkClean(p + " (print)")
		})
	}
}
