package browsertest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/tayson/chitieu/internal/synth"
)

var (
	synthOnce sync.Once
	synthSite *servedSite
	synthErr  error
)

// synthetic builds and serves the performance bench's synthetic exports
// (internal/synth: long Vietnamese titles and series names, a total and
// six parts over ten years, targets) with the repository's site, less its
// report (whose charts cite the repository's own indicators), as
// scripts/bench.sh does.
func synthetic(t *testing.T) *servedSite {
	t.Helper()
	needBrowser(t)
	synthOnce.Do(func() {
		src, site := filepath.Join(tmpRoot, "synth-src"), filepath.Join(tmpRoot, "synth-site")
		if synthErr = errors.Join(os.MkdirAll(src, 0o755), os.MkdirAll(site, 0o755)); synthErr != nil {
			return
		}
		if synthErr = synth.Write(src, synth.Options{Indicators: 10, Parts: 6, Seed: 3}); synthErr != nil {
			return
		}
		for _, p := range []string{"hugo.toml", "layouts", "assets", "static", "i18n", "content", "archetypes"} {
			from := filepath.Join(repoSite, p)
			fi, err := os.Stat(from)
			switch {
			case os.IsNotExist(err):
				continue
			case err != nil:
				synthErr = err
			case fi.IsDir():
				synthErr = os.CopyFS(filepath.Join(site, p), os.DirFS(from))
			default:
				var b []byte
				if b, synthErr = os.ReadFile(from); synthErr == nil {
					synthErr = os.WriteFile(filepath.Join(site, p), b, 0o644)
				}
			}
			if synthErr != nil {
				return
			}
		}
		if synthErr = os.RemoveAll(filepath.Join(site, "content", "bao-cao", "so-ket-giua-nhiem-ky")); synthErr != nil {
			return
		}
		synthSite, synthErr = buildAndServeSite(src, site, filepath.Join(tmpRoot, "synth-out"))
	})
	if synthErr != nil {
		t.Fatalf("building the synthetic site: %v", synthErr)
	}
	return synthSite
}

// TestSyntheticChartTextsDoNotCollide: the bench's synthetic indicators
// (long Vietnamese labels, many series) at 320 and 1280 px, printed on A4,
// and embedded in a 300×400 frame: no chart text overlaps another or leaves
// its chart.
func TestSyntheticChartTextsDoNotCollide(t *testing.T) {
	s := synthetic(t)
	pages := s.indicatorPages()
	if len(pages) < 10 {
		t.Fatalf("%d synthetic indicator pages, want 10", len(pages))
	}
	report := func(t *testing.T, tb *tab, what string, boxes []chartTextBoxes) {
		t.Helper()
		for _, c := range boxes {
			if c.Missing {
				t.Errorf("%s: chart %s was not drawn", what, c.ID)
				continue
			}
			if probs := textProblems(c); len(probs) > 0 {
				t.Errorf("%s, chart %s (%.0f×%.0f):\n  %s", what, c.ID, c.W, c.H, strings.Join(probs, "\n  "))
			}
		}
		tb.checkClean(what)
	}
	for _, p := range pages {
		for _, w := range []int64{320, 1280} {
			t.Run(fmt.Sprintf("%d%s", w, p), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, s, w)
				tb.open(p)
				tb.initCharts(1200 * time.Millisecond)
				report(t, tb, fmt.Sprintf("%s at %d px", p, w), eval[[]chartTextBoxes](tb, chartTextBoxesJS))
			})
		}
		t.Run("A4"+p, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, s, a4Width)
			tb.open(p)
			time.Sleep(1200 * time.Millisecond)
			if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
				t.Fatalf("emulating print: %v", err)
			}
			eval[any](tb, `(async () => { window.dispatchEvent(new Event('beforeprint')); await new Promise(r => setTimeout(r, 300)); return null; })()`)
			report(t, tb, p+" printed on A4", eval[[]chartTextBoxes](tb, chartTextBoxesJS))
		})
		t.Run("nhung300x400"+p, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, s, 1280)
			tb.open("/404.html")
			m := eval[embedMeasure](tb, fmt.Sprintf("%s(%q, 300, 400)", embedFrameJS, s.url+p+"nhung/"))
			checkEmbed(t, p+"nhung/", [2]int64{300, 400}, m)
			report(t, tb, p+"nhung/ in 300×400", eval[[]chartTextBoxes](tb, embedTextsJS))
		})
	}
}
