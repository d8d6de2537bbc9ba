package browsertest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// englishSample are the English pages the page-by-page tests visit besides
// every Vietnamese one: one of each layout, the indicators with targets
// (English names of chi-tieu.csv's ten_en and chuoi_en: other lengths in
// legends and labels) and one without an English title. The Nu checker
// reads every page, English ones included.
var englishSample = []string{
	"/en/", "/en/chi-tieu/", "/en/cap-nhat/", "/en/tim-kiem/", "/en/tong-hop/", "/en/404.html",
	"/en/chi-tieu/ban-chi-dao-03/", "/en/chi-tieu/xep-loai-dang-vien/nhung/",
	"/en/chi-tieu/xep-loai-to-chuc-co-so-dang/", "/en/chi-tieu/xep-loai-dang-vien/",
	"/en/chi-tieu/ket-nap-dang-vien/", "/en/chi-tieu/ty-le-ket-nap-dang-vien/",
	"/en/chi-tieu/trinh-do-chuyen-mon-cap-uy-vien/", "/en/chi-tieu/trinh-do-ly-luan-chinh-tri-cap-uy-vien/",
	"/en/chi-tieu/trinh-do-chuyen-mon-can-bo-cong-chuc-xa/",
}

// englishPages returns englishSample, failing the test when one of them
// was not built (or the build made no English pages at all).
func englishPages(t *testing.T) []string {
	t.Helper()
	built := map[string]bool{}
	for _, p := range mainSite.english {
		built[p] = true
	}
	if len(mainSite.english) < len(mainSite.pages)/2 {
		t.Errorf("%d English pages for %d Vietnamese ones", len(mainSite.english), len(mainSite.pages))
	}
	for _, p := range englishSample {
		if !built[p] {
			t.Errorf("the build has no English page %s", p)
		}
	}
	return englishSample
}

// TestChartNumbersAreEnglish: the charts of the English page of
// xep-loai-dang-vien and of its embed page draw English numbers (4,116;
// 94.5 %), never the Vietnamese ones: the site script formats with the
// page's <html lang>.
func TestChartNumbersAreEnglish(t *testing.T) {
	for _, w := range []int64{375, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, w)
			// The embed page first: an article in English shows its chart
			// with English numbers too.
			tb.open("/en/chi-tieu/xep-loai-dang-vien/nhung/")
			tb.initCharts(0)
			embed := readChartTexts(tb, "bd-xep-loai-dang-vien", 0, []float64{4116, 1000, 0})
			if got := strings.Join(embed.Formatted, " | "); got != "4,116 | 1,000 | 0" {
				t.Errorf("embed page: y-axis formatter on 4116, 1000, 0 = %q, want %q", got, "4,116 | 1,000 | 0")
			}
			if m := viThousands.FindString(strings.Join(embed.Texts, "\n")); m != "" {
				t.Errorf("the English embed page draws a Vietnamese number %q", m)
			}
			tb.checkClean("en/xep-loai-dang-vien/nhung")
			tb.open("/en/chi-tieu/xep-loai-dang-vien/")
			tb.initCharts(0)
			main := readChartTexts(tb, "bd-xep-loai-dang-vien", 0, []float64{4116, 1000, 0})
			if got := strings.Join(main.Formatted, " | "); got != "4,116 | 1,000 | 0" {
				t.Errorf("y-axis formatter on 4116, 1000, 0 = %q, want %q", got, "4,116 | 1,000 | 0")
			}
			tip := strings.Join(main.Tooltip, "\n")
			if !strings.Contains(tip, "4,116") || !strings.Contains(tip, "3,889") {
				t.Errorf("tooltip of 2021 lacks 4,116 or 3,889:\n%s", tip)
			}
			if !strings.Contains(tip, "Good or better") {
				t.Errorf("tooltip of 2021 lacks the English series name “Good or better”:\n%s", tip)
			}
			all := strings.Join(main.Texts, "\n")
			if m := viThousands.FindString(all); m != "" {
				t.Errorf("the English chart draws a Vietnamese number %q:\n%s", m, all)
			}
			pct := readChartTexts(tb, "bd-xep-loai-dang-vien-mt1", 0, []float64{94.5, 80, 100})
			if got := strings.Join(pct.Formatted, " | "); got != "94.5 % | 80 % | 100 %" {
				t.Errorf("y-axis formatter of the percent chart on 94.5, 80, 100 = %q, want %q", got, "94.5 % | 80 % | 100 %")
			}
			if tip := strings.Join(pct.Tooltip, "\n"); !strings.Contains(tip, "94.48 %") {
				t.Errorf("tooltip of the percent chart for 2021 does not show 94.48 %%:\n%s", tip)
			}
			tb.checkClean("en/xep-loai-dang-vien")
		})
	}
}

// TestLanguageSwitch: at 375 and 1280 px the header's switch is on screen
// and takes an indicator page to the same page in the other language and
// back; the page does not scroll sideways.
func TestLanguageSwitch(t *testing.T) {
	needBrowser(t)
	for _, w := range []int64{375, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, w)
			steps := []struct{ from, link, to, lang string }{
				{"/chi-tieu/xep-loai-dang-vien/", "English", "/en/chi-tieu/xep-loai-dang-vien/", "en"},
				{"/en/chi-tieu/xep-loai-dang-vien/", "Tiếng Việt", "/chi-tieu/xep-loai-dang-vien/", "vi"},
				{"/en/", "Tiếng Việt", "/", "vi"},
			}
			for _, s := range steps {
				tb.open(s.from)
				box := eval[[]float64](tb, `(() => {
				  const a = document.querySelector('.site-lang a');
				  if (!a) return [];
				  const r = a.getBoundingClientRect();
				  return [r.left, r.right, r.top, r.bottom, document.documentElement.scrollWidth, window.innerWidth];
				})()`)
				if len(box) != 6 {
					t.Fatalf("%s: no language switch in the header", s.from)
				}
				if box[0] < 0 || box[1] > box[5] || box[3] <= box[2] || box[2] < 0 {
					t.Errorf("%s at %d px: the switch lies at %v, not on screen", s.from, w, box[:4])
				}
				if box[4] > box[5] {
					t.Errorf("%s at %d px: the page is %v px wide, wider than the window", s.from, w, box[4])
				}
				if got := eval[string](tb, `document.querySelector('.site-lang a').textContent.trim()`); got != s.link {
					t.Errorf("%s: the switch says %q, want %q", s.from, got, s.link)
				}
				if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(".site-lang a"), chromedp.NodeVisible)); err != nil {
					t.Fatalf("%s: clicking the switch: %v", s.from, err)
				}
				deadline := time.Now().Add(5 * time.Second)
				for tb.location() != s.to && time.Now().Before(deadline) {
					time.Sleep(50 * time.Millisecond)
				}
				if got := tb.location(); got != s.to {
					t.Errorf("the switch of %s led to %s, want %s", s.from, got, s.to)
					continue
				}
				if got := eval[string](tb, `document.documentElement.lang`); got != s.lang {
					t.Errorf("%s: <html lang=%q>, want %q", s.to, got, s.lang)
				}
			}
			tb.checkClean("language switch")
		})
	}
}
