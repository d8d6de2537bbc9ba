package browsertest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tayson/chitieu/internal/build"
)

const (
	repoSite = "../.."
	repoData = "../../du-lieu"

	// csp is sent with every response of the test server: no inline script
	// or style, no eval, nothing from another host.
	csp = "default-src 'self'"

	// pageTimeout bounds everything one test does in one tab.
	pageTimeout = 90 * time.Second
)

// onCI reports whether a missing tool must fail the tests instead of
// skipping them: CI set to any true value strconv.ParseBool reads ("true",
// "1", "TRUE"…), as CI services set it.
func onCI() bool {
	ci, _ := strconv.ParseBool(os.Getenv("CI"))
	return ci
}

var (
	tmpRoot string

	// The site built from du-lieu/, served on 127.0.0.1.
	mainSite *servedSite
	// mainErr is why the site could not be built or served.
	mainErr error

	// browserCtx is the chromedp context of the one browser of the package.
	browserCtx context.Context
	// browserErr is why the browser is missing (a failure on CI, a skip elsewhere).
	browserErr error
)

// servedSite is a built site and the test server that serves it.
type servedSite struct {
	dir   string   // the built folder
	url   string   // "http://127.0.0.1:PORT"
	pages []string // URL path of every Vietnamese HTML page, "/" first, then sorted
	// english are the English pages (/en/…): the same templates and
	// charts with other words, visited as a sample (englishSample), so
	// that the suite does not take twice as long.
	english []string
	// redirects are the old addresses of moved pages (Hugo aliases).
	redirects []string
}

func TestMain(m *testing.M) {
	// Most of a page visit is spent waiting for the browser: unless -parallel
	// was given, run more tabs at once than there are cores.
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", "6")
	}
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	tmpRoot, err = os.MkdirTemp("", "chitieu-browsertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmpRoot)

	mainSite, mainErr = buildAndServe(repoData, filepath.Join(tmpRoot, "site"))

	path, err := findChromium()
	if err != nil {
		browserErr = err
	} else {
		cancel, err := startBrowser(path, filepath.Join(tmpRoot, "profile"))
		if err != nil {
			browserErr = fmt.Errorf("starting %s: %w", path, err)
		} else {
			defer cancel()
		}
	}
	return m.Run()
}

// findChromium finds Debian's chromium (or CHITIEU_CHROMIUM).
func findChromium() (string, error) {
	if p := os.Getenv("CHITIEU_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHITIEU_CHROMIUM=%s: %w", p, err)
		}
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium found (install Debian's: apt-get install chromium, or set CHITIEU_CHROMIUM)")
}

func startBrowser(path, profile string) (context.CancelFunc, error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		// Without these Chromium calls home, and this machine's closed
		// network refuses the connections.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions"),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("font-render-hinting", "none"),
		chromedp.WindowSize(1280, 800),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	cancel := func() { cancelCtx(); cancelAlloc() }
	startCtx, stop := context.WithTimeout(ctx, 60*time.Second)
	defer stop()
	// The first Do starts the browser; it lives as long as ctx.
	done := make(chan error, 1)
	go func() { done <- chromedp.Do(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			cancel()
			return nil, err
		}
	case <-startCtx.Done():
		cancel()
		return nil, errors.New("the browser did not start within 60 s")
	}
	browserCtx = ctx
	return cancel, nil
}

// needBrowser skips the test when there is no browser (outside CI) and fails
// it on CI; it also fails when the site did not build.
func needBrowser(t *testing.T) {
	t.Helper()
	needSite(t)
	if browserErr != nil {
		if onCI() {
			t.Fatalf("CI=true and the browser tests cannot run: %v", browserErr)
		}
		t.Skipf("skipping the browser tests: %v (on CI, with CI=true, this is a failure)", browserErr)
	}
}

func needSite(t *testing.T) {
	t.Helper()
	if mainErr != nil {
		t.Fatalf("building the site: %v", mainErr)
	}
}

// buildAndServe builds the site from the exports in src into out and serves
// it on a random port of 127.0.0.1 with the CSP header on every response.
func buildAndServe(src, out string) (*servedSite, error) {
	return buildAndServeSite(src, repoSite, out)
}

// buildAndServeSite is buildAndServe with another Hugo site than the
// repository's.
func buildAndServeSite(src, site, out string) (*servedSite, error) {
	res, err := build.Build(build.Options{Src: src, Site: site, Out: out, BaseURL: "/"})
	if err != nil {
		var b strings.Builder
		if res != nil && res.Diags != nil {
			res.Diags.WriteText(&b, "en")
		}
		return nil, fmt.Errorf("%w\n%s", err, b.String())
	}
	s := &servedSite{dir: out}
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = "/" + filepath.ToSlash(rel)
		if strings.HasSuffix(rel, "/index.html") {
			rel = strings.TrimSuffix(rel, "index.html")
		}
		// A page's old address (a Hugo alias) only redirects to it: the
		// page itself is visited at its own address.
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), `http-equiv="refresh"`) {
			s.redirects = append(s.redirects, rel)
			return nil
		}
		if strings.HasPrefix(rel, "/en/") {
			s.english = append(s.english, rel)
			return nil
		}
		s.pages = append(s.pages, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(s.pages, func(i, j int) bool {
		if (s.pages[i] == "/") != (s.pages[j] == "/") {
			return s.pages[i] == "/"
		}
		return s.pages[i] < s.pages[j]
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	files := http.FileServer(http.Dir(out))
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", csp)
			files.ServeHTTP(w, r)
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go srv.Serve(ln) // lives as long as the test binary
	s.url = "http://" + ln.Addr().String()
	return s, nil
}

// indicatorPages are the pages /chi-tieu/<id>/ (not the list, not the embeds).
func (s *servedSite) indicatorPages() []string {
	var out []string
	for _, p := range s.pages {
		parts := strings.Split(strings.Trim(p, "/"), "/")
		if len(parts) == 2 && parts[0] == "chi-tieu" {
			out = append(out, p)
		}
	}
	return out
}

// cspListener runs in every document before the page's own scripts (scripts
// added through DevTools are not subject to the page's CSP).
const cspListener = `(function () {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') +
      ' in ' + (e.sourceFile || e.documentURI) + ':' + e.lineNumber + (e.sample ? ' «' + e.sample + '»' : ''));
  }, true);
}());`

// tab is one browser tab with a record of what went wrong in it.
type tab struct {
	t      *testing.T
	ctx    context.Context // chromedp context of the tab, with pageTimeout
	site   *servedSite
	width  int64
	height int64

	mu       sync.Mutex
	problems []string
	requests []string
	urls     map[network.RequestID]string
}

// newTab opens a tab with the given viewport width (height 800) that records
// console errors, exceptions, failed requests and requests to other hosts.
func newTab(t *testing.T, s *servedSite, width int64) *tab {
	t.Helper()
	needBrowser(t)
	tctx, cancelTab := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(tctx, pageTimeout)
	t.Cleanup(func() { cancelTimeout(); cancelTab() })
	tb := &tab{t: t, ctx: ctx, site: s, width: width, height: 800, urls: map[network.RequestID]string{}}
	host := strings.TrimPrefix(s.url, "http://")
	if err := chromedp.Listen(ctx, func(ev any) { tb.event(ev, host) }); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tb.viewport(width, tb.height)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspListener}); err != nil {
		t.Fatalf("adding the CSP listener: %v", err)
	}
	return tb
}

func (tb *tab) event(ev any, host string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
			var parts []string
			for _, a := range ev.Args {
				if a.Value != nil {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			tb.problems = append(tb.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(parts, " ")))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		tb.problems = append(tb.problems, fmt.Sprintf("uncaught exception: %s (%s:%d)", msg, d.URL, d.LineNumber+1))
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		if e.Level == cdplog.EntryLevelError || e.Level == cdplog.EntryLevelWarning {
			tb.problems = append(tb.problems, fmt.Sprintf("log %s %s: %s %s", e.Source, e.Level, e.Text, e.URL))
		}
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		tb.urls[ev.RequestID] = u
		tb.requests = append(tb.requests, u)
		if pu, err := url.Parse(u); err == nil && (pu.Scheme == "http" || pu.Scheme == "https" || pu.Scheme == "ws" || pu.Scheme == "wss") && pu.Host != host {
			tb.problems = append(tb.problems, "request to another host: "+u)
		} else if err == nil && pu.Scheme != "http" && pu.Scheme != "data" && pu.Scheme != "blob" && pu.Scheme != "about" {
			tb.problems = append(tb.problems, "request with an unexpected scheme: "+u)
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			tb.problems = append(tb.problems, fmt.Sprintf("HTTP %d for %s", ev.Response.Status, ev.Response.URL))
		}
	case *network.EventLoadingFailed:
		tb.problems = append(tb.problems, fmt.Sprintf("request failed: %s %s%s", tb.urls[ev.RequestID], ev.ErrorText, map[bool]string{true: " (blocked: " + string(ev.BlockedReason) + ")", false: ""}[ev.BlockedReason != ""]))
	}
}

// viewport emulates a screen of the given size (mobile below 600 px).
func (tb *tab) viewport(width, height int64) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: 1, Mobile: width < 600,
	})
	if err != nil {
		tb.t.Fatalf("setting the viewport to %d×%d: %v", width, height, err)
	}
	tb.width, tb.height = width, height
}

// open navigates to a path of the site and waits for the load event.
func (tb *tab) open(path string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(tb.site.url+path)); err != nil {
		tb.t.Fatalf("opening %s: %v", path, err)
	}
}

// eval evaluates a JavaScript expression (a promise is awaited) and decodes its result.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %.80q…: %v", expr, err)
	}
	return v
}

// initChartsJS scrolls every chart into view, waits until ECharts draws it,
// waits settle ms more (ECharts' entry animation is 1 s), then scrolls back
// to the top. It returns the ids of the charts that never got an instance.
const initChartsJS = `(async (settle) => {
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  const missing = [];
  const els = Array.from(document.querySelectorAll('.chart__canvas[id]'));
  for (const el of els) {
    el.scrollIntoView({block: 'center', behavior: 'instant'});
    let inst = null;
    for (let i = 0; i < 150; i++) {
      inst = window.echarts && window.echarts.getInstanceByDom(el);
      if (inst) break;
      await sleep(20);
    }
    if (!inst) missing.push(el.id);
  }
  window.scrollTo({top: 0, behavior: 'instant'});
  if (els.length && settle) await sleep(settle);
  return missing;
})`

// initCharts draws every chart of the page (they are drawn lazily, when
// scrolled to) and waits settle for their animations.
func (tb *tab) initCharts(settle time.Duration) {
	tb.t.Helper()
	if missing := eval[[]string](tb, fmt.Sprintf("%s(%d)", initChartsJS, settle.Milliseconds())); len(missing) > 0 {
		tb.t.Errorf("%s at %d px: no ECharts instance after scrolling to chart(s) %s", tb.location(), tb.width, strings.Join(missing, ", "))
	}
}

func (tb *tab) location() string {
	loc, err := chromedp.Run(tb.ctx, chromedp.Location())
	if err != nil {
		return "?"
	}
	return strings.TrimPrefix(loc, tb.site.url)
}

// checkClean fails the test with every problem recorded so far: console
// errors and warnings, uncaught exceptions, CSP violations, failed requests
// and requests to other hosts.
func (tb *tab) checkClean(what string) {
	tb.t.Helper()
	viol := eval[[]string](tb, `window.__cspViolations || ['the CSP listener did not run']`)
	tb.mu.Lock()
	problems := append(append([]string(nil), tb.problems...), prefixed("CSP violation: ", viol)...)
	tb.problems = nil
	tb.mu.Unlock()
	if len(problems) > 0 {
		tb.t.Errorf("%s at %d px:\n  %s", what, tb.width, strings.Join(problems, "\n  "))
	}
}

func prefixed(p string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = p + s
	}
	return out
}
