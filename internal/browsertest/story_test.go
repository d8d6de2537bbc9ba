package browsertest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// filterState is what a visitor sees of the home page's summary table and
// cards.
type filterState struct {
	Rows, RowsShown, RowsShownOff int // table rows; shown; shown without the status
	Cards, CardsShown, CardsOff   int // cards; shown; shown without the status
	Banner                        bool
}

const filterStateJS = `((st) => {
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none';
  const rows = Array.from(document.querySelectorAll('#bang-tong-hop tbody tr'));
  const cards = Array.from(document.querySelectorAll('.card'));
  const banner = document.querySelector('.loc__dang-loc--' + st);
  return {
    Rows: rows.length, RowsShown: rows.filter(shown).length,
    RowsShownOff: rows.filter(r => shown(r) && !r.classList.contains('hang--' + st)).length,
    Cards: cards.length, CardsShown: cards.filter(shown).length,
    CardsOff: cards.filter(c => shown(c) && !c.classList.contains('co-' + st)).length,
    Banner: !!banner && shown(banner),
  };
})(%q)`

// TestHomeFilters: each count of the home page links to #loc-STATUS, which
// shows only the targets and the indicators with that status, with a line
// saying so; a link clears it. Pure CSS (:target), so it works with
// JavaScript off too, at phone and desktop widths.
func TestHomeFilters(t *testing.T) {
	needBrowser(t)
	html, err := os.ReadFile(filepath.Join(mainSite.dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	statuses := regexp.MustCompile(`href="#loc-([a-z0-9-]+)"`).FindAllStringSubmatch(string(html), -1)
	if len(statuses) < 2 {
		t.Fatalf("the home page links to %d filters", len(statuses))
	}
	st := statuses[len(statuses)-1][1] // e.g. chua-den-han
	for _, w := range []int64{375, 1280} {
		for _, js := range []bool{true, false} {
			t.Run(fmt.Sprintf("%d/js=%v", w, js), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, w)
				if !js {
					if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
						t.Fatal(err)
					}
				}
				tb.open("/#loc-" + st)
				// The site script marks the page with the class "js": the
				// case without JavaScript must really run without it.
				if ran := eval[bool](tb, `document.documentElement.classList.contains('js')`); ran != js {
					t.Fatalf("site script ran: %v, want %v", ran, js)
				}
				f := eval[filterState](tb, fmt.Sprintf(filterStateJS, st))
				if f.Rows < 2 || f.RowsShown == 0 || f.RowsShown == f.Rows || f.RowsShownOff != 0 {
					t.Errorf("#loc-%s: table rows %d, shown %d, shown without the status %d", st, f.Rows, f.RowsShown, f.RowsShownOff)
				}
				if f.CardsShown == 0 || f.CardsShown == f.Cards || f.CardsOff != 0 {
					t.Errorf("#loc-%s: cards %d, shown %d, shown without the status %d", st, f.Cards, f.CardsShown, f.CardsOff)
				}
				if !f.Banner {
					t.Errorf("#loc-%s: no line says the list is filtered", st)
				}
				// "Hiện tất cả" / "Tất cả" link to the section's heading.
				tb.open("/#tong-hop-tieu-de")
				f = eval[filterState](tb, fmt.Sprintf(filterStateJS, st))
				if f.RowsShown != f.Rows || f.CardsShown != f.Cards || f.Banner {
					t.Errorf("unfiltered: %+v", f)
				}
			})
		}
	}
}

// TestSummaryTablePrints: the summary table, at /tong-hop/, prints on one
// landscape A4 page with every target, its results and its status. The
// bound is one page: the review's table is what a meeting hands out, and
// eight targets with three periods fit on one page at 8,5 pt.
func TestSummaryTablePrints(t *testing.T) {
	needBrowser(t)
	needPoppler(t)
	tb := newTab(t, mainSite, 1280)
	tb.open("/tong-hop/")
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatalf("printing: %v", err)
	}
	if dir := os.Getenv("CHITIEU_PDF_DIR"); dir != "" {
		os.WriteFile(filepath.Join(dir, "tong-hop.pdf"), pdf, 0o644)
	}
	n, text := pdfFacts(t, pdf)
	if n != 1 {
		t.Errorf("the summary table prints on %d pages, want 1", n)
	}
	text = strings.Join(strings.Fields(text), " ")
	for _, w := range []string{"Bảng tổng hợp kết quả thực hiện chỉ tiêu", "Thực hiện", "Đánh giá", "2021", "6 tháng đầu năm 2023", "Vượt", "Chưa đến hạn", "100% cán bộ, công chức cấp xã"} {
		if !strings.Contains(text, w) {
			t.Errorf("the printed summary lacks %q", w)
		}
	}
}

// TestOldAddresses: a report page that moved keeps its old address, which
// leads to the page (portal articles link to it).
func TestOldAddresses(t *testing.T) {
	needBrowser(t)
	if len(mainSite.redirects) == 0 {
		t.Fatal("no old addresses in the build")
	}
	for _, old := range mainSite.redirects {
		t.Run(strings.Trim(old, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, 1280)
			tb.open(old)
			// The redirect navigates the tab: an evaluation may race with
			// it, so errors are retried until the new page has loaded.
			var path string
			for range 50 {
				p, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.readyState === 'complete' && document.querySelector('h1') ? location.pathname : ''`))
				if err == nil && p != "" && p != old {
					path = p
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if path == old || !strings.HasSuffix(path, strings.TrimPrefix(old, "/bao-cao")) {
				t.Errorf("%s leads to %s", old, path)
			}
			if title := eval[string](tb, `document.querySelector('h1') ? document.querySelector('h1').textContent : ''`); title == "" {
				t.Errorf("%s leads to a page without a heading", old)
			}
		})
	}
}

// searchState is what the search page shows.
type searchState struct {
	Shown, All int
	Titles     []string // of the entries shown
	Status, Q  string   // the status line; ?q= in the address
	Bad        []string // shown entries whose folded words lack a word of the query
}

const searchStateJS = `((words) => {
  const items = Array.from(document.querySelectorAll('#ket-qua > li'));
  const shown = items.filter(li => li.getClientRects().length > 0);
  return {
    Shown: shown.length, All: items.length,
    Titles: shown.map(li => li.querySelector('a').textContent.trim()),
    Status: document.getElementById('tim-kiem-so').textContent,
    Q: new URLSearchParams(location.search).get('q') || '',
    Bad: shown.filter(li => !words.every(w => li.dataset.f.includes(w))).map(li => li.dataset.f.slice(0, 60)),
  };
})(%s)`

// TestSearch: /tim-kiem/ finds indicators, report pages and footnotes with
// or without tones ("dang vien", "Đảng viên"), from ?q= on load and as one
// types (keeping ?q= in the address), at phone and desktop widths, under
// the strict CSP; without JavaScript it lists every entry.
func TestSearch(t *testing.T) {
	needBrowser(t)
	for _, w := range []int64{375, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, w)
			tb.open("/tim-kiem/?q=dang%20vien")
			a := eval[searchState](tb, fmt.Sprintf(searchStateJS, `["dang","vien"]`))
			if a.Shown == 0 || a.Shown == a.All || len(a.Bad) > 0 || !strings.Contains(a.Status, fmt.Sprint(a.Shown)) {
				t.Errorf("?q=dang vien: %d of %d shown, status %q, not matching %v", a.Shown, a.All, a.Status, a.Bad)
			}
			if !slices.Contains(a.Titles, "Xếp loại chất lượng đảng viên") {
				t.Errorf("?q=dang vien does not find “Xếp loại chất lượng đảng viên”: %v", a.Titles)
			}
			tb.open("/tim-kiem/?q=" + url.QueryEscape("Đảng viên"))
			b := eval[searchState](tb, fmt.Sprintf(searchStateJS, `["dang","vien"]`))
			if !slices.Equal(a.Titles, b.Titles) {
				t.Errorf("“Đảng viên” and “dang vien” find different entries: %d, %d", len(b.Titles), len(a.Titles))
			}
			// Typing: results as one types, and the address keeps the query.
			eval[bool](tb, `(() => { const q = document.getElementById('q'); q.value = 'ket nap'; q.dispatchEvent(new Event('input')); return true; })()`)
			c := eval[searchState](tb, fmt.Sprintf(searchStateJS, `["ket","nap"]`))
			if c.Q != "ket nap" || len(c.Bad) > 0 || !slices.Contains(c.Titles, "Kết nạp đảng viên mới so với kế hoạch năm") {
				t.Errorf("typing “ket nap”: ?q=%q, %v, not matching %v", c.Q, c.Titles, c.Bad)
			}
			// A footnote, by the number of the decision it cites.
			tb.open("/tim-kiem/?q=372-QĐ")
			d := eval[searchState](tb, fmt.Sprintf(searchStateJS, `["372-qd"]`))
			if d.Shown == 0 || len(d.Bad) > 0 || !slices.ContainsFunc(d.Titles, func(s string) bool { return strings.HasPrefix(s, "Chú thích 2 — ") }) {
				t.Errorf("?q=372-QĐ: %v", d.Titles)
			}
			tb.open("/tim-kiem/?q=khongcotunay")
			if e := eval[searchState](tb, fmt.Sprintf(searchStateJS, `[]`)); e.Shown != 0 || !strings.Contains(e.Status, "Không có kết quả") {
				t.Errorf("no match: %d shown, %q", e.Shown, e.Status)
			}
			tb.checkClean("/tim-kiem/")
		})
	}
	t.Run("without JavaScript", func(t *testing.T) {
		t.Parallel()
		tb := newTab(t, mainSite, 375)
		if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		tb.open("/tim-kiem/?q=dang%20vien")
		s := eval[searchState](tb, fmt.Sprintf(searchStateJS, `[]`))
		if s.Shown != s.All || s.All < 46 {
			t.Errorf("without JavaScript %d of %d entries are listed", s.Shown, s.All)
		}
	})
}
