package browsertest

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"
)

// TestEveryPageLoadsCleanly visits every HTML page of the build under
// "Content-Security-Policy: default-src 'self'", draws every chart, and fails
// on a console error or warning, an uncaught exception, a CSP violation, a
// failed request or a request to another host.
func TestEveryPageLoadsCleanly(t *testing.T) {
	needBrowser(t)
	if len(mainSite.pages) < 50 {
		t.Fatalf("only %d HTML pages in the build: %v", len(mainSite.pages), mainSite.pages)
	}
	for _, p := range mainSite.pages {
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

// TestAccessibility runs axe-core (WCAG 2.1 A and AA, and best practices) on
// every page, at phone and desktop width for the home, indicator and report
// pages' layouts, with every chart drawn.
func TestAccessibility(t *testing.T) {
	needBrowser(t)
	for _, p := range mainSite.pages {
		for _, w := range []int64{375, 1280} {
			if w == 375 && !(p == "/" || p == "/chi-tieu/xep-loai-dang-vien/" || p == "/bao-cao/phan-thu-nhat-ii/" || p == "/chi-tieu/" || strings.HasSuffix(p, "/nhung/") && strings.Contains(p, "xep-loai-dang-vien")) {
				continue
			}
			t.Run(fmt.Sprintf("%s@%d", strings.Trim(p, "/"), w), func(t *testing.T) {
				t.Parallel()
				tb := newTab(t, mainSite, w)
				tb.open(p)
				tb.initCharts(0)
				r := runAxe(tb)
				if r.Passes == 0 {
					t.Errorf("%s: axe reported no passing rule; did it run?", p)
				}
				if len(r.Violations) > 0 {
					t.Errorf("%s at %d px: %d axe violation(s):%s", p, w, len(r.Violations), r)
				}
			})
		}
	}
}
