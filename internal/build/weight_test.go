package build

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// Budgets of a first visit (the page and everything it makes the browser
// fetch, each gzipped at compress/gzip's default level, as a server that
// compresses sends them), in bytes. The home page draws its trends as inline
// SVG and loads no chart library; an indicator page loads the site's own
// ECharts build (static/vendor/echarts, scripts/echarts-bundle).
const (
	homeBudget      = 60 * 1024
	indicatorBudget = 220 * 1024
)

var (
	tagRe  = regexp.MustCompile(`(?is)<(script|link|img|source|iframe)\b([^>]*)>`)
	attrRe = regexp.MustCompile(`(?is)\b([a-z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)`)
	cssURL = regexp.MustCompile(`url\(\s*['"]?([^'")]+)['"]?\s*\)`)
	// a chart's JSON payload (layouts/_partials/bieu-do.html)
	chartRe = regexp.MustCompile(`(?s)<script type="?application/json"? class="?chart__data"?[^>]*>(.*?)</script>`)
)

// fetched lists the local files a browser fetches to show the page at rel
// (a path under out): its scripts, stylesheets, icons and images, and what
// the stylesheets load (fonts, images). Links to other pages, feeds and
// downloads are not fetched.
func fetched(t *testing.T, out, rel string) []string {
	t.Helper()
	seen := map[string]bool{}
	var files []string
	var add func(ref, from string)
	add = func(ref, from string) {
		ref = html.UnescapeString(strings.TrimSpace(ref))
		u, err := url.Parse(ref)
		if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
			if err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Host != "") {
				t.Errorf("%s references another host: %s", rel, ref)
			}
			return
		}
		p := u.Path
		if !strings.HasPrefix(p, "/") {
			p = path.Join(path.Dir("/"+from), p)
		}
		p = strings.TrimPrefix(path.Clean(p), "/")
		if seen[p] {
			return
		}
		seen[p] = true
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s references %s, which the build does not hold: %v", rel, ref, err)
			return
		}
		files = append(files, p)
		if strings.HasSuffix(p, ".css") {
			for _, m := range cssURL.FindAllStringSubmatch(string(b), -1) {
				if !strings.HasPrefix(m[1], "data:") && !strings.HasPrefix(m[1], "#") {
					add(m[1], p)
				}
			}
		}
	}
	page, err := os.ReadFile(filepath.Join(out, rel))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range tagRe.FindAllStringSubmatch(string(page), -1) {
		attrs := map[string]string{}
		for _, a := range attrRe.FindAllStringSubmatch(m[2], -1) {
			attrs[strings.ToLower(a[1])] = strings.Trim(a[2], `"'`)
		}
		switch strings.ToLower(m[1]) {
		case "link":
			rels := strings.Fields(strings.ToLower(attrs["rel"]))
			if slices.Contains(rels, "stylesheet") || slices.Contains(rels, "icon") || slices.Contains(rels, "preload") || slices.Contains(rels, "modulepreload") {
				add(attrs["href"], rel)
			}
		default:
			if s, ok := attrs["src"]; ok {
				add(s, rel)
			}
			// the site script loads ECharts once the page has painted
			if s, ok := attrs["data-echarts"]; ok {
				add(s, rel)
			}
		}
	}
	return files
}

func gzSize(t *testing.T, b []byte) int {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

// firstVisit returns the gzipped and raw bytes of a first visit to the page
// at rel, and a line per file.
func firstVisit(t *testing.T, out, rel string) (gz, raw int, lines []string) {
	t.Helper()
	for _, p := range append([]string{rel}, fetched(t, out, rel)...) {
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		g := gzSize(t, b)
		gz, raw = gz+g, raw+len(b)
		lines = append(lines, fmt.Sprintf("%8d %8d  %s", g, len(b), p))
	}
	return gz, raw, lines
}

// TestLightPages builds the repository's site and checks what a first
// visit costs: the home page within homeBudget with no chart library, every
// indicator page within indicatorBudget; and that the ECharts build the
// pages load holds every chart type and component their charts use.
func TestLightPages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "")

	t.Run("home", func(t *testing.T) {
		gz, raw, lines := firstVisit(t, out, "index.html")
		t.Logf("home page, first visit: %d bytes gzipped (%d raw)\n  gzipped      raw  file\n%s", gz, raw, strings.Join(lines, "\n"))
		if gz > homeBudget {
			t.Errorf("a first visit to the home page is %d bytes gzipped, over the budget of %d:\n%s", gz, homeBudget, strings.Join(lines, "\n"))
		}
		if len(lines) < 3 {
			t.Errorf("the home page fetches %d files; the stylesheet or the script is missing:\n%s", len(lines), strings.Join(lines, "\n"))
		}
		for _, l := range lines {
			if strings.Contains(l, "echarts") {
				t.Errorf("the home page loads a chart library: %s", l)
			}
		}
		page, _ := os.ReadFile(filepath.Join(out, "index.html"))
		if n := strings.Count(string(page), `<svg class="spark"`) + strings.Count(string(page), `<svg class=spark`); n == 0 {
			t.Error("the home page draws no trend (no <svg class=\"spark\">)")
		}
	})

	pages, err := filepath.Glob(filepath.Join(out, "chi-tieu", "*", "index.html"))
	if err != nil || len(pages) < 40 {
		t.Fatalf("%d indicator pages in the build (%v)", len(pages), err)
	}
	t.Run("indicator pages", func(t *testing.T) {
		worst, worstPage := 0, ""
		var worstLines []string
		for _, p := range pages {
			rel, _ := filepath.Rel(out, p)
			gz, _, lines := firstVisit(t, out, filepath.ToSlash(rel))
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "vendor/echarts/") }) {
				t.Errorf("%s loads no ECharts", rel)
			}
			if gz > worst {
				worst, worstPage, worstLines = gz, rel, lines
			}
		}
		t.Logf("heaviest indicator page %s, first visit: %d bytes gzipped\n  gzipped      raw  file\n%s", worstPage, worst, strings.Join(worstLines, "\n"))
		if worst > indicatorBudget {
			t.Errorf("a first visit to %s is %d bytes gzipped, over the budget of %d:\n%s", worstPage, worst, indicatorBudget, strings.Join(worstLines, "\n"))
		}
	})

	t.Run("bundle holds what the charts use", func(t *testing.T) {
		need := map[string][]string{} // install name -> pages that need it
		var walk func(string, string) error
		walk = func(dir, rel string) error {
			entries, err := os.ReadDir(dir)
			if err != nil {
				return err
			}
			for _, e := range entries {
				p := filepath.Join(dir, e.Name())
				if e.IsDir() {
					if err := walk(p, path.Join(rel, e.Name())); err != nil {
						return err
					}
					continue
				}
				if !strings.HasSuffix(e.Name(), ".html") {
					continue
				}
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				for _, m := range chartRe.FindAllStringSubmatch(string(b), -1) {
					var payload struct {
						Option map[string]any `json:"option"`
					}
					if err := json.Unmarshal([]byte(m[1]), &payload); err != nil {
						t.Errorf("%s: chart JSON: %v", path.Join(rel, e.Name()), err)
						continue
					}
					for _, inst := range installsFor(t, payload.Option) {
						need[inst] = append(need[inst], path.Join(rel, e.Name()))
					}
				}
			}
			return nil
		}
		if err := walk(out, ""); err != nil {
			t.Fatal(err)
		}
		if len(need) == 0 {
			t.Fatal("no chart JSON found in the build")
		}
		// The site script draws on canvas, saves SVG with the SVG renderer
		// and titles saved images.
		js, err := os.ReadFile(filepath.Join(repoSite, "assets", "js", "chitieu.js"))
		if err != nil {
			t.Fatal(err)
		}
		for re, inst := range map[string]string{`renderer:\s*'canvas'`: "CanvasRenderer", `renderer:\s*'svg'`: "SVGRenderer", `o\.title\s*=`: "TitleComponent"} {
			if regexp.MustCompile(re).Match(js) {
				need[inst] = append(need[inst], "assets/js/chitieu.js")
			}
		}
		have := bundleInstalls(t)
		var missing []string
		for inst, where := range need {
			if !have[inst] {
				sort.Strings(where)
				where = slices.Compact(where)
				missing = append(missing, fmt.Sprintf("%s (needed by %s)", inst, strings.Join(where[:min(3, len(where))], ", ")))
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("the ECharts build (scripts/echarts-bundle/entry.js) lacks %s: add it there and run scripts/build-echarts.sh --update", strings.Join(missing, "; "))
		}
		// The vendored file is the pinned build of that entry
		// (scripts/build-echarts.sh --check rebuilds it and compares).
		sums, err := os.ReadFile(filepath.Join(repoSite, "static", "vendor", "echarts", "SHA256SUMS"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
			want, name, ok := strings.Cut(line, "  ")
			if !ok {
				t.Fatalf("bad line in SHA256SUMS: %q", line)
			}
			b, err := os.ReadFile(filepath.Join(out, "vendor", "echarts", name))
			if err != nil {
				t.Errorf("the published site lacks vendor/echarts/%s: %v", name, err)
				continue
			}
			if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != want {
				t.Errorf("vendor/echarts/%s is not the pinned build (run scripts/build-echarts.sh)", name)
			}
		}
	})
}

// seriesInstall names the ECharts install each series type needs.
var seriesInstall = map[string]string{
	"line": "LineChart", "bar": "BarChart", "pie": "PieChart", "scatter": "ScatterChart",
	"effectScatter": "EffectScatterChart", "radar": "RadarChart", "funnel": "FunnelChart",
	"gauge": "GaugeChart", "heatmap": "HeatmapChart", "treemap": "TreemapChart", "sunburst": "SunburstChart",
	"boxplot": "BoxplotChart", "candlestick": "CandlestickChart", "sankey": "SankeyChart", "graph": "GraphChart",
	"map": "MapChart", "tree": "TreeChart", "parallel": "ParallelChart", "themeRiver": "ThemeRiverChart",
	"pictorialBar": "PictorialBarChart", "lines": "LinesChart", "custom": "CustomChart",
}

// optionInstall names the install a top-level option key needs; "" for the
// keys ECharts' core reads itself.
var optionInstall = map[string]string{
	"series": "", "color": "", "animation": "", "backgroundColor": "", "textStyle": "",
	"animationDuration": "", "animationDurationUpdate": "", "darkMode": "", "media": "", "useUTC": "",
	"grid": "GridComponent", "xAxis": "GridComponent", "yAxis": "GridComponent",
	"tooltip": "TooltipComponent", "axisPointer": "AxisPointerComponent",
	"legend": "LegendComponent", "title": "TitleComponent", "aria": "AriaComponent",
	"dataset": "DatasetComponent", "dataZoom": "DataZoomComponent", "visualMap": "VisualMapComponent",
	"toolbox": "ToolboxComponent", "graphic": "GraphicComponent", "polar": "PolarComponent",
	"radiusAxis": "PolarComponent", "angleAxis": "PolarComponent", "radar": "RadarComponent",
	"geo": "GeoComponent", "parallel": "ParallelComponent", "parallelAxis": "ParallelComponent",
	"singleAxis": "SingleAxisComponent", "calendar": "CalendarComponent", "timeline": "TimelineComponent",
	"brush": "BrushComponent", "matrix": "MatrixComponent", "thumbnail": "ThumbnailComponent",
}

// installsFor returns the installs a chart's option needs. A key it does
// not know fails the test: the table above, and maybe the bundle, must learn it.
func installsFor(t *testing.T, o map[string]any) []string {
	var out []string
	for k := range o {
		inst, ok := optionInstall[k]
		if !ok {
			t.Errorf("chart option key %q is unknown to TestLightPages: say in optionInstall which ECharts install it needs", k)
			continue
		}
		if inst != "" {
			out = append(out, inst)
		}
	}
	series, _ := o["series"].([]any)
	for _, s := range series {
		m, _ := s.(map[string]any)
		typ, _ := m["type"].(string)
		inst, ok := seriesInstall[typ]
		if !ok {
			t.Errorf("series type %q has no known ECharts install", typ)
			continue
		}
		out = append(out, inst)
		for k, inst := range map[string]string{"markLine": "MarkLineComponent", "markPoint": "MarkPointComponent", "markArea": "MarkAreaComponent", "labelLayout": "LabelLayout", "universalTransition": "UniversalTransition"} {
			if _, ok := m[k]; ok {
				out = append(out, inst)
			}
		}
	}
	return out
}

// bundleInstalls reads the names passed to use([...]) in the bundle's entry.
func bundleInstalls(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoSite, "scripts", "echarts-bundle", "entry.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)\buse\(\[(.*?)\]\)`).FindSubmatch(b)
	if m == nil {
		t.Fatal("scripts/echarts-bundle/entry.js has no use([...])")
	}
	have := map[string]bool{}
	for _, n := range regexp.MustCompile(`[A-Za-z]+`).FindAll(m[1], -1) {
		have[string(n)] = true
	}
	return have
}
