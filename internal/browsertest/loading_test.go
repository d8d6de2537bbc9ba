package browsertest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestChartLoadingNote holds the request for ECharts, as a slow link from a
// server that does not compress would: each chart's box must say, in the
// page's language, that its chart is on the way (not stay an empty frame),
// and give way to the chart once ECharts has come.
func TestChartLoadingNote(t *testing.T) {
	for _, c := range []struct{ path, note string }{
		{"/chi-tieu/xep-loai-dang-vien/", "Đang tải biểu đồ…"},
		{"/en/chi-tieu/xep-loai-dang-vien/", "Loading the chart…"},
	} {
		t.Run(strings.Trim(c.path, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, 375)
			paused := make(chan fetch.RequestID, 4)
			if err := chromedp.Listen(tb.ctx, func(ev any) {
				if e, ok := ev.(*fetch.EventRequestPaused); ok {
					paused <- e.RequestID
				}
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(tb.ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/vendor/echarts/*"}}}); err != nil {
				t.Fatalf("holding ECharts' request: %v", err)
			}
			// page.Navigate does not wait for the load event, which the held
			// request may delay.
			if _, err := chromedp.Call(tb.ctx, page.Navigate, page.NavigateParams{URL: tb.site.url + c.path}); err != nil {
				t.Fatalf("opening %s: %v", c.path, err)
			}
			var id fetch.RequestID
			select {
			case id = <-paused:
			case <-time.After(15 * time.Second):
				t.Fatal("the page never asked for ECharts")
			}
			time.Sleep(time.Second) // past the note's delay
			const notesJS = `Array.from(document.querySelectorAll('.chart__canvas[id]')).map(el => {
			  const p = el.querySelector('.chart__loading');
			  return p && p.offsetHeight > 0 && getComputedStyle(p).visibility === 'visible' ? p.textContent : '';
			})`
			notes := eval[[]string](tb, notesJS)
			if len(notes) == 0 {
				t.Fatalf("%s has no chart", c.path)
			}
			if dir := os.Getenv("CHITIEU_SCREENSHOTS"); dir != "" { // to look at it
				if b, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot()); err == nil {
					os.WriteFile(filepath.Join(dir, "loading-"+strings.ReplaceAll(strings.Trim(c.path, "/"), "/", "-")+".png"), b, 0o644)
				}
			}
			for i, n := range notes {
				if n != c.note {
					t.Errorf("chart %d of %s says %q while ECharts is on its way, want %q", i+1, c.path, n, c.note)
				}
			}
			if _, err := chromedp.Call(tb.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
				t.Fatalf("letting ECharts come: %v", err)
			}
			tb.initCharts(0)
			if notes := eval[[]string](tb, notesJS); slices.ContainsFunc(notes, func(n string) bool { return n != "" }) {
				t.Errorf("once the charts are drawn, their boxes still say %q", notes)
			}
			tb.checkClean(c.path)
		})
	}
}
