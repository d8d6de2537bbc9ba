package browsertest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// downloadsMu serialises tests that download: the download behaviour and
// events belong to the whole browser.
var downloadsMu sync.Mutex

// download clicks the button and returns the suggested file name and the
// bytes of the file the browser saved.
func download(tb *tab, selector string) (string, []byte) {
	tb.t.Helper()
	downloadsMu.Lock()
	defer downloadsMu.Unlock()
	dir := tb.t.TempDir()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true),
	}); err != nil {
		tb.t.Fatalf("Browser.setDownloadBehavior: %v", err)
	}
	begin := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(selector), chromedp.NodeVisible)); err != nil {
		tb.t.Fatalf("clicking %s: %v", selector, err)
	}
	var name, guid string
	for ev, err := range begin {
		if err != nil {
			tb.t.Fatalf("clicking %s started no download: %v", selector, err)
		}
		name, guid = ev.SuggestedFilename, ev.GUID
		break
	}
	for ev, err := range progress {
		if err != nil {
			tb.t.Fatalf("download of %s did not finish: %v", name, err)
		}
		if ev.GUID != guid {
			continue
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			tb.t.Fatalf("download of %s was canceled", name)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, guid))
	if err != nil {
		tb.t.Fatalf("reading the downloaded %s: %v", name, err)
	}
	return name, b
}

func ptr[T any](v T) *T { return &v }

// TestChartImageDownloads clicks "Tải ảnh PNG" and "Tải ảnh SVG" under the
// main chart of xep-loai-dang-vien and checks the files.
func TestChartImageDownloads(t *testing.T) {
	tb := newTab(t, mainSite, 1280)
	tb.open("/chi-tieu/xep-loai-dang-vien/")
	tb.initCharts(0)
	const id = "bd-xep-loai-dang-vien"

	if got := eval[string](tb, `document.querySelector('button[data-action="png"][data-for="`+id+`"]').textContent.trim()`); got != "Tải ảnh PNG" {
		t.Errorf("PNG button text = %q", got)
	}
	name, b := download(tb, `button[data-action="png"][data-for="`+id+`"]`)
	if name != "xep-loai-dang-vien.png" {
		t.Errorf("PNG file name = %q, want xep-loai-dang-vien.png", name)
	}
	if ct := http.DetectContentType(b); ct != "image/png" {
		t.Errorf("the PNG download is %s", ct)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the PNG download does not decode: %v", err)
	}
	sz := img.Bounds().Size()
	if sz.X < 800 || sz.X > 4000 || sz.Y < 400 || sz.Y > 3000 || sz.X < sz.Y {
		t.Errorf("the PNG is %v px: not a plausible landscape chart", sz)
	}
	if n := colours(img); n < 8 {
		t.Errorf("the PNG has only %d colours: blank?", n)
	}

	name, b = download(tb, `button[data-action="svg"][data-for="`+id+`"]`)
	if name != "xep-loai-dang-vien.svg" {
		t.Errorf("SVG file name = %q, want xep-loai-dang-vien.svg", name)
	}
	root, text, err := parseXML(b)
	if err != nil {
		t.Fatalf("the SVG download is not XML: %v\n%.300s", err, b)
	}
	if root != "svg" {
		t.Errorf("the SVG's root element is <%s>", root)
	}
	// The caption travels with the image as its title.
	for _, s := range []string{"Xếp loại chất lượng đảng viên, 2021 – 2022", "Hoàn thành tốt nhiệm vụ trở lên", "Không hoàn thành nhiệm vụ", "Tổng số", "2021", "2022", "đảng viên"} {
		if !strings.Contains(text, s) {
			t.Errorf("the SVG lacks the text %q", s)
		}
	}
	if !viThousands.MatchString(text) || enThousands.MatchString(text) {
		t.Errorf("the SVG's axis labels are not Vietnamese numbers (1.000):\n%s", text)
	}
	tb.checkClean("downloads")
}

func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r >> 8, g >> 8, bl >> 8, a >> 8}] = true
			if len(seen) > 64 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// parseXML parses a whole XML document and returns its root element's name
// and the character data of its text elements (not of <style>).
func parseXML(b []byte) (root, text string, err error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var sb strings.Builder
	var open []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			open = append(open, tok.Name.Local)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			if len(open) > 0 && (open[len(open)-1] == "text" || open[len(open)-1] == "tspan" || open[len(open)-1] == "title") {
				sb.Write(tok)
				sb.WriteByte('\n')
			}
		}
	}
	if root == "" {
		return "", "", errors.New("no root element")
	}
	return root, sb.String(), nil
}

// needPoppler finds pdfinfo and pdftotext (poppler-utils).
func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if onCI() {
				t.Fatalf("CI=true and %s is missing (apt-get install poppler-utils)", tool)
			}
			t.Skipf("skipping the PDF check: %s is missing (apt-get install poppler-utils)", tool)
		}
	}
}

// pdfFacts returns the page count and the text of a PDF.
func pdfFacts(t *testing.T, pdf []byte) (int, string) {
	t.Helper()
	f := filepath.Join(t.TempDir(), "page.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", f).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, info)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	// A4, portrait or landscape (595 × 842 pt).
	if !regexp.MustCompile(`(?m)^Page size:\s+(59[45]\.\d+ x 84[12]\.\d+|84[12]\.\d+ x 59[45]\.\d+) pts`).Match(info) {
		t.Errorf("the PDF is not A4 (595 × 842 pt):\n%s", info)
	}
	n, _ := strconv.Atoi(string(m[1]))
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return n, strings.Join(strings.Fields(string(text)), " ")
}

// TestPrintToPDF prints an indicator page and a report page on A4 and
// checks the page count and the text.
func TestPrintToPDF(t *testing.T) {
	needBrowser(t)
	needPoppler(t)
	for _, c := range []struct {
		path       string
		scrolled   bool // the charts were drawn on screen before printing
		noECharts  bool // printed before ECharts arrived (it is blocked)
		minP, maxP int
		want       []string
	}{
		// "5.000" is the top of the chart's y-axis and "Trong đó: …" the
		// last name of its legend: the chart is printed whole, vector text.
		{"/chi-tieu/xep-loai-dang-vien/", true, false, 1, 8, []string{"Xếp loại chất lượng đảng viên", "4.116", "94,5 %", "Bảng số liệu", "5.000", "Trong đó: Hoàn thành xuất sắc nhiệm vụ"}},
		// Printed once ECharts has come (the site script loads it after the
		// first paint), never scrolled: the charts are drawn for print.
		{"/bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/", false, false, 4, 80, []string{"4.116", "Xếp loại chất lượng đảng viên", "Chú thích", "Trong đó: Hoàn thành xuất sắc nhiệm vụ"}},
		// Printed before ECharts came: each chart's text alternative, with
		// its figures, stands in its place.
		{"/chi-tieu/xep-loai-dang-vien/", false, true, 1, 8, []string{"Biểu đồ cột chồng: Xếp loại chất lượng đảng viên", "Bảng số liệu", "4.116"}},
	} {
		t.Run(strings.Trim(c.path, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, 1280)
			if c.noECharts {
				if _, err := chromedp.Call(tb.ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/vendor/echarts/*", Block: true}}}); err != nil {
					t.Fatalf("blocking ECharts: %v", err)
				}
			}
			tb.open(c.path)
			switch {
			case c.scrolled:
				tb.initCharts(0)
			case c.noECharts:
				time.Sleep(300 * time.Millisecond) // the script's attempt fails
				if eval[bool](tb, `typeof window.echarts !== 'undefined'`) {
					t.Fatal("ECharts came although it is blocked")
				}
				// on screen too, each chart's text alternative stands in its place
				if shown := eval[[]bool](tb, `Array.from(document.querySelectorAll('.chart__canvas[id]')).map(el => { const f = el.querySelector('.chart__fallback'); return !!f && f.offsetHeight > 0; })`); len(shown) == 0 || slices.Contains(shown, false) {
					t.Errorf("without ECharts, the charts' text alternatives shown on screen: %v, want all", shown)
				}
			default:
				if !eval[bool](tb, `(async () => { for (let i = 0; i < 250 && !window.echarts; i++) await new Promise(r => setTimeout(r, 20)); return !!window.echarts; })()`) {
					t.Fatal("ECharts never came")
				}
			}
			pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPrintBackground()))
			if err != nil {
				t.Fatalf("printing: %v", err)
			}
			if dir := os.Getenv("CHITIEU_PDF_DIR"); dir != "" { // to look at them
				os.WriteFile(filepath.Join(dir, strings.ReplaceAll(strings.Trim(c.path, "/"), "/", "-")+".pdf"), pdf, 0o644)
			}
			n, text := pdfFacts(t, pdf)
			if n < c.minP || n > c.maxP {
				t.Errorf("%s prints on %d A4 pages, want %d…%d", c.path, n, c.minP, c.maxP)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF of %s lacks %q", c.path, w)
				}
			}
			if strings.Contains(text, "4,116") {
				t.Errorf("the PDF of %s has 4,116", c.path)
			}
			if c.noECharts {
				tb.mu.Lock()
				var others []string
				for _, p := range tb.problems {
					if !strings.Contains(p, "/vendor/echarts/") { // the blocked request
						others = append(others, p)
					}
				}
				tb.problems = others
				tb.mu.Unlock()
			}
			tb.checkClean(c.path + " (print)")
		})
	}
}

// TestEmbed checks the embed page of xep-loai-dang-vien and the copyable
// iframe code on the indicator page.
func TestEmbed(t *testing.T) {
	const id = "xep-loai-dang-vien"
	embed := "/chi-tieu/" + id + "/nhung/"
	t.Run("embed page", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t, mainSite, 600)
		tb.viewport(600, 420) // the iframe's height
		tb.open(embed)
		tb.initCharts(0)
		l := eval[chartLayout](tb, chartLayoutJS)
		if len(l.Charts) != 1 {
			t.Fatalf("%d charts on the embed page, want 1", len(l.Charts))
		}
		if c := l.Charts[0]; !c.Inst || c.W <= 0 || c.H < 150 || c.Right > l.InnerWidth {
			t.Errorf("the embedded chart is not drawn to size: %+v (viewport %v)", c, l.InnerWidth)
		}
		if n := eval[int](tb, `document.querySelectorAll('nav, .site-header, .site-nav, .site-footer, .breadcrumb').length`); n != 0 {
			t.Errorf("the embed page has %d site navigation element(s)", n)
		}
		back := eval[[]string](tb, `Array.from(document.querySelectorAll('a[href]')).map(a => a.href)`)
		want := mainSite.url + "/chi-tieu/" + id + "/"
		found := false
		for _, h := range back {
			found = found || h == want
		}
		if !found {
			t.Errorf("the embed page does not link back to %s: links %v", want, back)
		}
		if h := eval[string](tb, `document.querySelector('h1') ? document.querySelector('h1').textContent : ''`); !strings.Contains(h, "Xếp loại chất lượng đảng viên") {
			t.Errorf("the embed page's heading = %q", h)
		}
		tb.checkClean(embed)
	})
	t.Run("iframe code", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t, mainSite, 1280)
		tb.open("/chi-tieu/" + id + "/")
		code := eval[string](tb, `document.getElementById('ma-nhung').value`)
		src := mainSite.url + embed
		if !strings.Contains(code, `<iframe src="`+src+`"`) || !strings.Contains(code, `title="Xếp loại chất lượng đảng viên"`) {
			t.Errorf("the embed code does not hold the embed URL %s and the title:\n%s", src, code)
		}
		// The code works: an iframe made from it draws the chart.
		ok := eval[bool](tb, fmt.Sprintf(`(async () => {
		  const f = document.createElement('iframe');
		  f.src = %q; f.width = 600; f.height = 420; f.title = 'thử';
		  document.body.appendChild(f);
		  await new Promise(r => f.addEventListener('load', r));
		  f.scrollIntoView({block: 'center', behavior: 'instant'}); // charts are drawn when in view
		  for (let i = 0; i < 100; i++) {
		    const d = f.contentDocument;
		    const el = d && d.querySelector('.chart__canvas');
		    if (el && f.contentWindow.echarts && f.contentWindow.echarts.getInstanceByDom(el)) return true;
		    await new Promise(r => setTimeout(r, 50));
		  }
		  return false;
		})()`, src))
		if !ok {
			t.Errorf("an iframe of %s did not draw its chart", src)
		}
		tb.checkClean("/chi-tieu/" + id + "/ with the iframe")
	})
}
