package browsertest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

type chartBox struct {
	ID    string  `json:"id"`
	Kind  string  `json:"kind"`
	Inst  bool    `json:"inst"`
	Child string  `json:"child"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Left  float64 `json:"left"`
	Right float64 `json:"right"`
}

type chartLayout struct {
	InnerWidth  float64    `json:"innerWidth"`
	ScrollWidth float64    `json:"scrollWidth"`
	Charts      []chartBox `json:"charts"`
}

const chartLayoutJS = `(() => {
  const res = {innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, charts: []};
  document.querySelectorAll('.chart__canvas[id]').forEach(el => {
    const inst = window.echarts ? window.echarts.getInstanceByDom(el) : null;
    const kid = el.querySelector('canvas, svg');
    const r = kid ? kid.getBoundingClientRect() : {width: 0, height: 0, left: 0, right: 0};
    const m = el.className.match(/chart__canvas--([a-z]+)/);
    res.charts.push({id: el.id, kind: m ? m[1] : '', inst: !!inst, child: kid ? kid.tagName.toLowerCase() : '',
      w: r.width, h: r.height, left: r.left + window.scrollX, right: r.right + window.scrollX});
  });
  return res;
})()`

// minHeight is the least height (px) a drawn chart of each kind may have.
var minHeight = map[string]float64{"main": 150, "target": 150, "embed": 150}

// TestChartsFit draws every chart of a report page and of every indicator
// page at phone and desktop width, and checks each is a rendered ECharts
// instance of sensible size inside the viewport, with no horizontal scroll.
func TestChartsFit(t *testing.T) {
	needBrowser(t)
	// (the home page draws its trends as inline SVG: TestHomeSparks)
	pages := append([]string{"/bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/"}, mainSite.indicatorPages()...)
	if len(pages) < 40 {
		t.Fatalf("only %d indicator pages: %v", len(pages)-1, pages)
	}
	for _, w := range []int64{375, 1280} {
		for _, p := range pages {
			t.Run(fmt.Sprintf("%d%s", w, p), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, w)
				tb.open(p)
				tb.initCharts(0)
				l := eval[chartLayout](tb, chartLayoutJS)
				if l.InnerWidth != float64(w) {
					t.Errorf("window.innerWidth = %v, want %d", l.InnerWidth, w)
				}
				if l.ScrollWidth > l.InnerWidth {
					t.Errorf("%s at %d px: the page scrolls sideways (scrollWidth %v > innerWidth %v)", p, w, l.ScrollWidth, l.InnerWidth)
				}
				// a page with figures has at least one chart
				want := 1
				if len(l.Charts) < want {
					t.Fatalf("%s: %d chart containers, want at least %d", p, len(l.Charts), want)
				}
				for _, c := range l.Charts {
					min, ok := minHeight[c.Kind]
					switch {
					case !ok:
						t.Errorf("%s: chart %s has unknown kind %q", p, c.ID, c.Kind)
					case !c.Inst || c.Child == "":
						t.Errorf("%s at %d px: chart %s not drawn (instance %v, child %q)", p, w, c.ID, c.Inst, c.Child)
					case c.W <= 0 || c.H < min:
						t.Errorf("%s at %d px: chart %s (%s) is %.0f×%.0f px, want a width > 0 and a height ≥ %.0f", p, w, c.ID, c.Kind, c.W, c.H, min)
					case c.Left < 0 || c.Right > l.InnerWidth+0.5:
						t.Errorf("%s at %d px: chart %s spans x = %.1f…%.1f, outside the viewport 0…%v", p, w, c.ID, c.Left, c.Right, l.InnerWidth)
					}
				}
				tb.checkClean(p)
			})
		}
	}
}

// chartTextsJS returns the texts ECharts draws for the chart with the given
// DOM id (axis labels, legend, the richText tooltip: all in the canvas), and
// the outputs of its axis formatters for a few values.
const chartTextsJS = `(async (id, dataIndex, probe) => {
  const el = document.getElementById(id);
  el.scrollIntoView({block: 'center', behavior: 'instant'});
  const inst = window.echarts.getInstanceByDom(el);
  if (!inst) return null;
  const texts = [];
  const visit = (e) => {
    if (!e || e.invisible || e.ignore) return;
    if (e.style && typeof e.style.text === 'string' && e.style.text !== '') texts.push(e.style.text);
    if (e.getTextContent) visit(e.getTextContent());
    if (e.childrenRef) e.childrenRef().forEach(visit);
  };
  const opt = inst.getOption();
  const y = [].concat(opt.yAxis || [])[0] || {};
  const fmt = y.axisLabel && y.axisLabel.formatter;
  const formatted = typeof fmt === 'function' ? probe.map(v => fmt(v)) : [];
  inst.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: dataIndex});
  await new Promise(r => setTimeout(r, 300));
  inst.getZr().storage.getRoots().forEach(visit);
  const tooltip = [];
  inst.getZr().storage.getRoots().forEach(e => {
    // the richText tooltip is a text root of its own, shown after showTip
    if (e.type === 'text' && !e.invisible && e.style && /\S/.test(e.style.text || '')) tooltip.push(e.style.text);
  });
  inst.dispatchAction({type: 'hideTip'});
  return {texts, formatted, tooltip};
})`

type chartTexts struct {
	Texts     []string `json:"texts"`
	Formatted []string `json:"formatted"`
	Tooltip   []string `json:"tooltip"`
}

func readChartTexts(tb *tab, id string, dataIndex int, probe []float64) chartTexts {
	tb.t.Helper()
	var args []string
	for _, v := range probe {
		args = append(args, fmt.Sprint(v))
	}
	r := eval[*chartTexts](tb, fmt.Sprintf("%s(%q, %d, [%s])", chartTextsJS, id, dataIndex, strings.Join(args, ",")))
	if r == nil {
		tb.t.Fatalf("chart %s has no ECharts instance", id)
	}
	return *r
}

var (
	viThousands = regexp.MustCompile(`(^|[^\d,.])\d{1,3}(\.\d{3})+([^\d.]|$)`) // 4.116
	enThousands = regexp.MustCompile(`\d,\d{3}([^\d]|$)`)                      // 4,116
)

// TestChartNumbersAreVietnamese reads what the charts of xep-loai-dang-vien
// draw: axis labels and tooltips use the Vietnamese formats (4.116; 94,5 %),
// never the English ones.
func TestChartNumbersAreVietnamese(t *testing.T) {
	for _, w := range []int64{375, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, w)
			tb.open("/chi-tieu/xep-loai-dang-vien/")
			tb.initCharts(0)

			// The main chart: counts of party members (total 4.116 in 2021).
			main := readChartTexts(tb, "bd-xep-loai-dang-vien", 0, []float64{4116, 1000, 0})
			if got := strings.Join(main.Formatted, " | "); got != "4.116 | 1.000 | 0" {
				t.Errorf("y-axis formatter of the main chart on 4116, 1000, 0 = %q, want %q", got, "4.116 | 1.000 | 0")
			}
			all := strings.Join(main.Texts, "\n")
			tip := strings.Join(main.Tooltip, "\n")
			if !strings.Contains(tip, "4.116") {
				t.Errorf("tooltip of 2021 does not show the total 4.116:\n%s", tip)
			}
			if !strings.Contains(tip, "3.889") || !strings.Contains(tip, "2021") {
				t.Errorf("tooltip of 2021 lacks 2021 or 3.889:\n%s", tip)
			}
			if !viThousands.MatchString(all) {
				t.Errorf("no axis label with a Vietnamese thousands separator (like 1.000) among the drawn texts:\n%s", all)
			}
			if m := enThousands.FindString(all); m != "" {
				t.Errorf("the chart draws an English number %q:\n%s", m, all)
			}
			if strings.Contains(all, "4,116") {
				t.Errorf("the chart draws 4,116")
			}

			// The target chart: a percentage (94,48 % in 2021, target ≥ 80 %).
			pct := readChartTexts(tb, "bd-xep-loai-dang-vien-mt1", 0, []float64{94.5, 80, 100})
			if got := strings.Join(pct.Formatted, " | "); got != "94,5 % | 80 % | 100 %" {
				t.Errorf("y-axis formatter of the percent chart on 94.5, 80, 100 = %q, want %q", got, "94,5 % | 80 % | 100 %")
			}
			tip = strings.Join(pct.Tooltip, "\n")
			if !strings.Contains(tip, "94,48 %") {
				t.Errorf("tooltip of the percent chart for 2021 does not show 94,48 %%:\n%s", tip)
			}
			all = strings.Join(pct.Texts, "\n")
			if !strings.Contains(all, "100 %") || strings.Contains(all, "94.48") {
				t.Errorf("percent axis labels not in the form “100 %%”, or an English decimal drawn:\n%s", all)
			}
			tb.checkClean("xep-loai-dang-vien")
		})
	}
}
