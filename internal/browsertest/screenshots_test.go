package browsertest

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// maxShotHeight caps a full-page screenshot.
const maxShotHeight = 2400

// TestScreenshots writes the README's screenshots (home, an indicator page, a
// report page at 375 and 1280 px), and others to look at (an embed page
// with bars lying down…), to $CHITIEU_SCREENSHOTS, else to a temp
// dir, and checks each is a PNG of the viewport's width and the page's height
// (capped at 2400 px).
func TestScreenshots(t *testing.T) {
	needBrowser(t)
	dir := os.Getenv("CHITIEU_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct{ name, path string }{
		{"home", "/"},
		{"indicator", "/chi-tieu/xep-loai-dang-vien/"},
		{"report", "/bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/"},
		{"en-home", "/en/"},
		{"en-indicator", "/en/chi-tieu/xep-loai-dang-vien/"},
		{"embed", "/chi-tieu/khen-thuong/nhung/"},
		{"cap-nhat", "/cap-nhat/"},
		{"tim-kiem", "/tim-kiem/?q=dang%20vien"},
	} {
		for _, w := range []int64{375, 1280} {
			file := fmt.Sprintf("%s-%d.png", s.name, w)
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, w)
				tb.open(s.path)
				// Draw the charts of the first 2400 px, let them finish
				// animating, then make the viewport the height of the shot.
				h := eval[int64](tb, `Math.ceil(document.documentElement.scrollHeight)`)
				if h > maxShotHeight {
					h = maxShotHeight
				}
				tb.viewport(w, h)
				eval[any](tb, `(async () => { await document.fonts.ready; return null; })()`)
				tb.initCharts(1200)
				if got := eval[int64](tb, `Math.ceil(document.documentElement.scrollHeight)`); got < h {
					h = got
					tb.viewport(w, h)
				}
				// A fresh frame after the last resize.
				if err := chromedp.Do(tb.ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
				b, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatalf("screenshot: %v", err)
				}
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("the screenshot is not a PNG: %v", err)
				}
				if sz := img.Bounds().Size(); sz.X != int(w) || sz.Y != int(h) {
					t.Errorf("%s is %v px, want %d×%d", file, sz, w, h)
				}
				if n := colours(img); n < 16 {
					t.Errorf("%s has only %d colours: blank?", file, n)
				}
				if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
					t.Fatal(err)
				}
				tb.checkClean(s.path)
			})
		}
	}
}
