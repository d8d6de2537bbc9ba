package browsertest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// embedFrameJS puts the embed page src in an iframe of w×h CSS px on the
// (blank) page of the tab, waits until its chart is drawn and its animation
// is over, and measures it from inside: what a portal's reader sees.
const embedFrameJS = `(async (src, w, h) => {
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  document.body.innerHTML = '';
  document.body.style.margin = '0';
  const f = document.createElement('iframe');
  f.width = w; f.height = h; f.style.border = '0'; f.style.display = 'block';
  f.src = src;
  document.body.appendChild(f);
  await new Promise(r => f.addEventListener('load', r, {once: true}));
  const win = f.contentWindow, doc = f.contentDocument;
  let el = null;
  for (let i = 0; i < 200; i++) {
    el = doc.querySelector('.chart__canvas[id]');
    if (el && win.echarts && win.echarts.getInstanceByDom(el)) break;
    await sleep(20);
  }
  await sleep(1200);
  const inst = el && win.echarts && win.echarts.getInstanceByDom(el);
  const de = doc.documentElement;
  const vis = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && win.getComputedStyle(e).visibility !== 'hidden'; };
  const title = (doc.querySelector('.nhung-trang__tieu-de') || {}).textContent || '';
  const name = title.split(',')[0].trim();
  const titles = Array.from(doc.querySelectorAll('h1, h2, figcaption, p')).filter(e => vis(e) && name && e.textContent.includes(name)).length;
  const cr = el ? el.getBoundingClientRect() : {width: 0, height: 0};
  const a = doc.querySelector('.nhung-trang__nguon a');
  const ar = a ? a.getBoundingClientRect() : null;
  const sel = inst ? ((inst.getOption().legend || [])[0] || {}).selected || {} : {};
  return {
    drawn: !!inst, titles, title,
    chartW: cr.width, chartH: cr.height, frameW: de.clientWidth, frameH: de.clientHeight,
    scrollW: de.scrollWidth, scrollH: de.scrollHeight,
    link: ar ? {x0: ar.left, y0: ar.top, x1: ar.right, y1: ar.bottom} : null,
    note: !!doc.querySelector('.chart__loc'), selected: sel,
  };
})`

type embedMeasure struct {
	Drawn   bool    `json:"drawn"`
	Titles  int     `json:"titles"`
	Title   string  `json:"title"`
	ChartW  float64 `json:"chartW"`
	ChartH  float64 `json:"chartH"`
	FrameW  float64 `json:"frameW"`
	FrameH  float64 `json:"frameH"`
	ScrollW float64 `json:"scrollW"`
	ScrollH float64 `json:"scrollH"`
	Link    *struct {
		X0, Y0, X1, Y1 float64
	} `json:"link"`
	Note     bool            `json:"note"`
	Selected map[string]bool `json:"selected"`
}

// embedTextsJS is chartTextBoxesJS run on the document of the tab's iframe.
var embedTextsJS = strings.TrimSuffix(strings.Replace(chartTextBoxesJS, "(() => {", "((document, window) => {", 1), "})()") +
	"})(document.querySelector('iframe').contentDocument, document.querySelector('iframe').contentWindow)"

// minEmbedChartShare is the least share of the frame the chart takes.
const minEmbedChartShare = 0.6

// offeredEmbedHeight reads the iframe height the indicator page's embed
// code offers.
func offeredEmbedHeight(t *testing.T, id string) int64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(mainSite.dir, "chi-tieu", id, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`&lt;iframe .*? height=&#34;(\d+)&#34;`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s: no iframe height in the embed code", id)
	}
	h, _ := strconv.ParseInt(string(m[1]), 10, 64)
	return h
}

// TestEmbedFits puts every embed page in an iframe as a portal article
// would: 300×400, then 420 and 800 px wide at the height its indicator
// page's embed code offers. In each: the title once, the chart at least 60 %
// of the frame, the source link inside the frame, no scrollbars, and no
// chart text overlapping another or leaving the chart. ?chuoi= works in the
// frame too.
func TestEmbedFits(t *testing.T) {
	needBrowser(t)
	var embeds []string
	for _, p := range mainSite.pages {
		if strings.HasSuffix(p, "/nhung/") {
			embeds = append(embeds, p)
		}
	}
	if len(embeds) == 0 {
		t.Fatal("no embed pages")
	}
	for _, p := range embeds {
		id := strings.TrimSuffix(strings.TrimPrefix(p, "/chi-tieu/"), "/nhung/")
		h := offeredEmbedHeight(t, id)
		for _, size := range [][2]int64{{300, 400}, {420, h}, {800, h}} {
			t.Run(fmt.Sprintf("%s/%dx%d", id, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, 1280)
				tb.open("/404.html")
				m := eval[embedMeasure](tb, fmt.Sprintf("%s(%q, %d, %d)", embedFrameJS, mainSite.url+p, size[0], size[1]))
				checkEmbed(t, p, size, m)
				for _, c := range eval[[]chartTextBoxes](tb, embedTextsJS) {
					if probs := textProblems(c); len(probs) > 0 && !c.Missing {
						t.Errorf("%s in %d×%d, chart %s:\n  %s", p, size[0], size[1], c.ID, strings.Join(probs, "\n  "))
					}
				}
				tb.checkClean(p)
			})
		}
	}
	t.Run("chuoi", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t, mainSite, 1280)
		tb.open("/404.html")
		const p = "/chi-tieu/xep-loai-dang-vien/nhung/"
		size := [2]int64{420, offeredEmbedHeight(t, "xep-loai-dang-vien")}
		m := eval[embedMeasure](tb, fmt.Sprintf("%s(%q, %d, %d)", embedFrameJS, mainSite.url+p+"?chuoi="+url.QueryEscape("Tổng số"), size[0], size[1]))
		if !m.Selected["Tổng số"] || m.Selected["Hoàn thành nhiệm vụ"] || !m.Note {
			t.Errorf("?chuoi=Tổng số in an embed: legend selection %v, filter note %v; want only Tổng số, with the note", m.Selected, m.Note)
		}
		checkEmbed(t, p+"?chuoi=", size, m)
		tb.checkClean(p)
	})
}

func checkEmbed(t *testing.T, p string, size [2]int64, m embedMeasure) {
	t.Helper()
	at := fmt.Sprintf("%s in %d×%d", p, size[0], size[1])
	if !m.Drawn {
		t.Errorf("%s: the chart was not drawn", at)
		return
	}
	if m.Titles != 1 {
		t.Errorf("%s: the title %q is shown %d times, want once", at, m.Title, m.Titles)
	}
	if share := m.ChartW * m.ChartH / (m.FrameW * m.FrameH); share < minEmbedChartShare {
		t.Errorf("%s: the chart (%.0f×%.0f) is %.0f %% of the frame (%.0f×%.0f), want %.0f %% or more", at, m.ChartW, m.ChartH, share*100, m.FrameW, m.FrameH, minEmbedChartShare*100)
	}
	if m.Link == nil || m.Link.X0 < 0 || m.Link.Y0 < 0 || m.Link.X1 > m.FrameW+1 || m.Link.Y1 > m.FrameH+1 {
		t.Errorf("%s: the source link is not inside the frame: %+v", at, m.Link)
	}
	if m.ScrollW > m.FrameW || m.ScrollH > m.FrameH {
		t.Errorf("%s: scrollbars: the page is %.0f×%.0f in a %.0f×%.0f frame", at, m.ScrollW, m.ScrollH, m.FrameW, m.FrameH)
	}
}
