package browsertest

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"
)

// TestEveryPage visits every HTML page of the build at 1280 px under
// "Content-Security-Policy: default-src 'self'", draws every chart, and
//   - fails on a console error or warning, an uncaught exception, a CSP
//     violation, a failed request or a request to another host;
//   - runs axe-core (WCAG 2.1 A and AA, and best practices): no violation.
//
// (One visit for both checks: loading ECharts is most of a visit's time.)
func TestEveryPage(t *testing.T) {
	needBrowser(t)
	if len(mainSite.pages) < 50 {
		t.Fatalf("only %d HTML pages in the build: %v", len(mainSite.pages), mainSite.pages)
	}
	for _, p := range append(append([]string(nil), mainSite.pages...), englishPages(t)...) {
		t.Run(strings.Trim(p, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, 1280)
			tb.open(p)
			tb.initCharts(0)
			tb.checkClean(p)
			tb.mu.Lock()
			n := len(tb.requests)
			tb.mu.Unlock()
			if n < 3 { // the page, its stylesheet, its script at least
				t.Errorf("%s: only %d requests recorded; is the network listener working?", p, n)
			}
			checkAxe(tb, p)
		})
	}
}

// TestCSPIsEnforced makes sure the test server's CSP is in force and the
// listeners of TestEveryPageLoadsCleanly see a violation: an inline script
// must be blocked and reported.
func TestCSPIsEnforced(t *testing.T) {
	tb := newTab(t, mainSite, 1280)
	tb.open("/")
	got := eval[string](tb, `(async () => {
	  const s = document.createElement('script');
	  s.textContent = 'window.__inline = 1';
	  document.body.appendChild(s);
	  await new Promise(r => setTimeout(r, 100));
	  return String(window.__inline) + ' ' + (window.__cspViolations || []).length;
	})()`)
	if got != "undefined 1" {
		t.Errorf("an inline script under the CSP: got %q (window.__inline, violations), want %q", got, "undefined 1")
	}
	tb.mu.Lock()
	logged := strings.Join(tb.problems, "\n")
	tb.problems = nil
	tb.mu.Unlock()
	if !strings.Contains(logged, "Content Security Policy") {
		t.Errorf("the blocked inline script was not seen on the console/log: %q", logged)
	}
}

//go:embed testdata/axe-core/axe.min.js
var axeSource string

type axeResult struct {
	Violations []struct {
		ID      string `json:"id"`
		Impact  string `json:"impact"`
		Help    string `json:"help"`
		HelpURL string `json:"helpUrl"`
		Nodes   []struct {
			Target         []any  `json:"target"`
			FailureSummary string `json:"failureSummary"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes int `json:"passes"`
}

const axeRunJS = `(async () => {
  const r = await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
    resultTypes: ['violations']
  });
  return {
    passes: r.passes.length,
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.slice(0, 8).map(n => ({target: n.target, failureSummary: n.failureSummary}))
    }))
  };
})()`

// runAxe injects axe-core through DevTools (the page's CSP does not apply to
// it) and returns its violations.
func runAxe(tb *tab) axeResult {
	tb.t.Helper()
	if ok := eval[bool](tb, axeSource+"\n;typeof window.axe === 'object' && typeof window.axe.run === 'function'"); !ok {
		tb.t.Fatal("axe-core did not load into the page")
	}
	return eval[axeResult](tb, axeRunJS)
}

func (r axeResult) String() string {
	var b strings.Builder
	for _, v := range r.Violations {
		fmt.Fprintf(&b, "\n  %s (%s): %s — %s", v.ID, v.Impact, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n      %v: %s", n.Target, strings.ReplaceAll(n.FailureSummary, "\n", " "))
		}
	}
	return b.String()
}

func checkAxe(tb *tab, p string) {
	tb.t.Helper()
	r := runAxe(tb)
	if r.Passes == 0 {
		tb.t.Errorf("%s: axe reported no passing rule; did it run?", p)
	}
	if len(r.Violations) > 0 {
		tb.t.Errorf("%s at %d px: %d axe violation(s):%s", p, tb.width, len(r.Violations), r)
	}
}

// TestAccessibilityPhone runs axe-core at 375 px on a page of each layout
// (TestEveryPage runs it on every page at 1280 px).
func TestAccessibilityPhone(t *testing.T) {
	needBrowser(t)
	for _, p := range []string{"/", "/chi-tieu/", "/chi-tieu/xep-loai-dang-vien/", "/chi-tieu/xep-loai-dang-vien/nhung/", "/bao-cao/", "/bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/", "/cap-nhat/", "/tim-kiem/", "/tong-hop/", "/404.html", "/en/", "/en/chi-tieu/xep-loai-dang-vien/", "/en/chi-tieu/ban-chi-dao-03/", "/en/tim-kiem/"} {
		t.Run(strings.Trim(p, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, mainSite, 375)
			tb.open(p)
			tb.initCharts(0)
			checkAxe(tb, p)
			tb.checkClean(p)
		})
	}
}
