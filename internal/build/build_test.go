package build

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/sitedata"
)

const (
	repoSite = "../.."
	repoData = "../../du-lieu"
)

// TestMain lets the test binary act as a build that a test kills half-way.
func TestMain(m *testing.M) {
	if out := os.Getenv("CHITIEU_TEST_KILLED_BUILD"); out != "" {
		testHookStaged = func(string) {
			fmt.Println("STAGED")
			time.Sleep(time.Hour) // the parent kills us here
		}
		if _, err := Build(Options{Src: os.Getenv("CHITIEU_TEST_SRC"), Site: repoSite, Out: out}); err != nil {
			fmt.Println("ERROR", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func build(t *testing.T, src, out, base string) *Result {
	t.Helper()
	res, err := Build(Options{Src: src, Site: repoSite, Out: out, BaseURL: base, Date: "2026-05-20"})
	if err != nil {
		var b strings.Builder
		if res != nil && res.Diags != nil {
			res.Diags.WriteText(&b, "en")
		}
		t.Fatalf("build: %v\n%s", err, b.String())
	}
	return res
}

// treeHash maps every file of dir to a hash of its content.
func treeHash(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sum := sha256.Sum256(b)
		out[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func diffTrees(a, b map[string]string) []string {
	var d []string
	for k, v := range a {
		if b[k] != v {
			d = append(d, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			d = append(d, k)
		}
	}
	sort.Strings(d)
	return d
}

var chartJSON = regexp.MustCompile(`(?s)<script type="?application/json"?[^>]*>(.*?)</script>`)

// TestBuildSite builds the repository's own data and checks every indicator
// page, its chart data and its downloads against the dataset.
func TestBuildSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := build(t, repoData, out, "/")
	if res.Diags.HasErrors() {
		t.Fatal("the repository's data has errors")
	}
	// What was published, from check (Build releases its copy before Hugo).
	checked := Check(repoData, repoSite)
	if len(checked.Indicators) < 20 {
		t.Fatalf("%d indicators, want at least 20", len(checked.Indicators))
	}
	if res.Published != len(checked.Indicators) {
		t.Errorf("published %d indicators, check found %d", res.Published, len(checked.Indicators))
	}
	var index sitedata.Index
	readJSON(t, filepath.Join(out, "data", "index.json"), &index)
	if len(index.Indicators) != len(checked.Indicators) {
		t.Errorf("index.json has %d indicators, want %d", len(index.Indicators), len(checked.Indicators))
	}
	inIndex := map[string]sitedata.OpenData{}
	for _, od := range index.Indicators {
		inIndex[od.ID] = od
	}
	for _, ind := range checked.Indicators {
		page, err := os.ReadFile(filepath.Join(out, "chi-tieu", ind.ID, "index.html"))
		if err != nil {
			t.Errorf("%s: no page: %v", ind.ID, err)
			continue
		}
		html := string(page)
		// The chart data: valid JSON with an option holding series.
		blocks := chartJSON.FindAllStringSubmatch(html, -1)
		if len(blocks) < 1+len(ind.Targets) {
			t.Errorf("%s: %d chart data blocks, want at least %d", ind.ID, len(blocks), 1+len(ind.Targets))
		}
		for _, b := range blocks {
			var spec struct {
				Option map[string]any `json:"option"`
			}
			if err := json.Unmarshal([]byte(b[1]), &spec); err != nil {
				t.Errorf("%s: chart data is not JSON: %v", ind.ID, err)
				continue
			}
			if s, _ := spec.Option["series"].([]any); len(s) == 0 {
				t.Errorf("%s: a chart option has no series", ind.ID)
			}
		}
		// Every figure is on the page, the Vietnamese way, and in index.json exactly.
		od, ok := inIndex[ind.ID]
		if !ok {
			t.Errorf("%s: not in index.json", ind.ID)
			continue
		}
		if len(od.Observations) != len(ind.Observations) {
			t.Errorf("%s: index.json has %d observations, want %d", ind.ID, len(od.Observations), len(ind.Observations))
		}
		// One number of decimals per indicator: the most typed in its
		// values; for percentages at least one, or as many as the report
		// prints.
		decimals := 0
		for _, o := range ind.Observations {
			decimals = max(decimals, o.Value.Decimals)
			if ind.Unit == "%" {
				decimals = max(decimals, 1)
				if o.Reported != nil {
					decimals = max(decimals, o.Reported.Decimals)
				}
			}
		}
		for i, o := range ind.Observations {
			text := number.Format(o.Value.Value, decimals, number.DecimalComma)
			if !strings.Contains(html, ">"+text+"<") && !strings.Contains(html, ">"+text+" ") {
				t.Errorf("%s: page lacks %s (%s, %s)", ind.ID, text, o.Period.Label, o.Series)
			}
			if i < len(od.Observations) {
				g := od.Observations[i]
				if g.Value != o.Value.Value || g.Period != o.Period.Label || g.Series != o.Series {
					t.Errorf("%s: index.json observation %d = %+v, want %s %s %v", ind.ID, i, g, o.Period.Label, o.Series, o.Value.Value)
				}
			}
		}
		// Downloads: the JSON equals the index entry; the CSV reads back.
		var single sitedata.OpenData
		readJSON(t, filepath.Join(out, "data", ind.ID+".json"), &single)
		if single.ID != ind.ID || len(single.Observations) != len(ind.Observations) {
			t.Errorf("%s: data/%s.json has %q with %d observations", ind.ID, ind.ID, single.ID, len(single.Observations))
		}
		csvb, err := os.ReadFile(filepath.Join(out, "data", ind.ID+".csv"))
		if err != nil {
			t.Errorf("%s: no CSV download: %v", ind.ID, err)
		} else if lines := strings.Count(string(csvb), "\n"); lines != len(ind.Observations)+1 {
			t.Errorf("%s: CSV download has %d lines, want %d", ind.ID, lines, len(ind.Observations)+1)
		}
		for _, link := range []string{"/data/" + ind.ID + ".csv", "/data/" + ind.ID + ".json"} {
			if !strings.Contains(html, link) {
				t.Errorf("%s: page does not link %s", ind.ID, link)
			}
		}
	}
	// The report's headline figures, as the report prints them.
	page := readFile(t, filepath.Join(out, "chi-tieu", "xep-loai-dang-vien", "index.html"))
	for _, s := range []string{"4.116", "3.889", "94,5", "4.241"} {
		if !strings.Contains(page, s) {
			t.Errorf("xep-loai-dang-vien page lacks %q", s)
		}
	}
	for _, p := range []string{"index.html", "bao-cao/index.html", "404.html"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("missing %s", p)
		}
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func readJSON(t *testing.T, p string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(readFile(t, p)), v); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
}

var urlAttr = regexp.MustCompile(`(?:href|src|action|content)="([^"]*)"`)

// TestBuildSubPath: under a sub-path every link stays under it, and no page
// refers to another host. With the full address known, each page names its
// translation for search engines at that address (a relative hreflang
// alternate is ignored by them).
func TestBuildSubPath(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "https://portal.example/so-ket/")
	checked := 0
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		for _, m := range urlAttr.FindAllStringSubmatch(readFile(t, p), -1) {
			u := m[1]
			switch {
			case u == "", strings.HasPrefix(u, "#"), strings.HasPrefix(u, "data:"):
			case strings.HasPrefix(u, "https://portal.example/so-ket/"), strings.HasPrefix(u, "/so-ket/"):
				checked++
			case strings.HasPrefix(u, "/"), strings.Contains(u, "://"):
				if !strings.Contains(m[0], "content=") { // meta content is text, not a URL
					t.Errorf("%s: %q leaves the sub-path /so-ket/", p, u)
				}
			default:
				checked++ // relative
			}
		}
		return nil
	})
	if checked < 100 {
		t.Errorf("only %d URLs checked", checked)
	}
	for _, p := range []string{"chi-tieu/xep-loai-dang-vien/index.html", "en/chi-tieu/xep-loai-dang-vien/index.html"} {
		page := readFile(t, filepath.Join(out, p))
		for _, want := range []string{
			`<link rel="alternate" hreflang="vi" href="https://portal.example/so-ket/chi-tieu/xep-loai-dang-vien/">`,
			`<link rel="alternate" hreflang="en" href="https://portal.example/so-ket/en/chi-tieu/xep-loai-dang-vien/">`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
	}
	idx := readFile(t, filepath.Join(out, "data", "index.json"))
	if !strings.Contains(idx, `"url": "https://portal.example/so-ket/chi-tieu/`) {
		t.Error("index.json URLs are not under the base URL")
	}
}

// TestBuildDeterministic: the same input gives byte-identical output.
func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	build(t, repoData, a, "/")
	build(t, repoData, b, "/")
	if d := diffTrees(treeHash(t, a), treeHash(t, b)); len(d) > 0 {
		t.Errorf("two builds differ in %d files: %v", len(d), d[:min(len(d), 10)])
	}
}

// copyData copies the repository's exports into a new folder.
func copyData(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "du-lieu")
	if err := os.CopyFS(dst, os.DirFS(repoData)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestFailedBuildKeepsSite: a bad export or a broken template publishes
// nothing and leaves the previous site byte for byte.
func TestFailedBuildKeepsSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "/")
	before := treeHash(t, out)

	bad := copyData(t)
	f := filepath.Join(bad, "so-lieu.csv")
	b, _ := os.ReadFile(f)
	os.WriteFile(f, append(b, []byte("xep-loai-dang-vien,2023,Tổng số,12a,,\n")...), 0o644)
	res, err := Build(Options{Src: bad, Site: repoSite, Out: out})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad export: err = %v, want ErrInvalid", err)
	}
	if res.Diags.Count(diag.Error) == 0 {
		t.Error("bad export: no error reported")
	}
	if d := diffTrees(before, treeHash(t, out)); len(d) > 0 {
		t.Errorf("a rejected export changed the site: %v", d)
	}

	// A template error in Hugo, after the data passed.
	site := filepath.Join(t.TempDir(), "site")
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(repoSite, p), filepath.Join(site, p)); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(site, "layouts", "home.html"), []byte(`{{ define "main" }}{{ .Nope.Broken }}{{ end }}`), 0o644)
	if _, err := Build(Options{Src: repoData, Site: site, Out: out}); err == nil {
		t.Fatal("broken template: build succeeded")
	}
	if d := diffTrees(before, treeHash(t, out)); len(d) > 0 {
		t.Errorf("a failed Hugo build changed the site: %v", d)
	}
	assertNoLeftovers(t, out)
}

func assertNoLeftovers(t *testing.T, out string) {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if e.IsDir() && strings.Contains(e.Name(), ".chitieu-") {
			t.Errorf("leftover folder %s", e.Name())
		}
	}
}

// TestKilledBuildKeepsSite kills a build (SIGKILL, then SIGINT) once its new
// site is complete but not yet published: the old site stays as it was, and
// the next build removes what the killed one left.
func TestKilledBuildKeepsSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "/")
	before := treeHash(t, out)
	// The webmaster's look-alikes beside the site: never chitieu's to remove.
	parent := filepath.Dir(out)
	os.MkdirAll(filepath.Join(parent, ".public.chitieu-backup-2024", "chi-tieu"), 0o755)
	os.WriteFile(filepath.Join(parent, ".public.chitieu-backup-2024", "index.html"), []byte("backup"), 0o644)
	os.Mkdir(filepath.Join(parent, ".public.chitieu-backup-empty"), 0o755)
	os.Mkdir(filepath.Join(parent, ".public.chitieu-stage-mine"), 0o755)
	userDirs := []string{".public.chitieu-backup-2024", ".public.chitieu-backup-empty", ".public.chitieu-stage-mine"}
	userBefore := snapshot(t, parent)
	// A different input, so that publishing it would change the site.
	src := copyData(t)
	f := filepath.Join(src, "chi-tieu.csv")
	b, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(b), "Xếp loại chất lượng đảng viên", "Xếp loại chất lượng đảng viên (mới)", 1)), 0o644)

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CHITIEU_TEST_KILLED_BUILD="+out, "CHITIEU_TEST_SRC="+src)
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		if strings.TrimSpace(line) != "STAGED" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child said %q, want STAGED", line)
		}
		cmd.Process.Signal(sig)
		cmd.Wait()
		if d := diffTrees(before, treeHash(t, out)); len(d) > 0 {
			t.Errorf("%v: a killed build changed the site: %v", sig, d)
		}
	}
	// The killed builds left their folders; the next build cleans them up,
	// and only them.
	chitieuDirs := func() []string {
		entries, _ := os.ReadDir(parent)
		var names []string
		for _, e := range entries {
			if e.IsDir() && strings.Contains(e.Name(), ".chitieu-") {
				names = append(names, e.Name())
			}
		}
		return names
	}
	if left := chitieuDirs(); len(left) <= len(userDirs) {
		t.Fatalf("the killed builds left nothing (%v): the test did not kill them mid-way", left)
	}
	for range 3 {
		build(t, src, out, "/")
		if left := chitieuDirs(); !slices.Equal(left, userDirs) {
			t.Errorf("beside the site: %v, want only the user's %v", left, userDirs)
		}
		after := snapshot(t, parent)
		for p, h := range userBefore {
			if strings.HasPrefix(p, ".public.chitieu-") && after[p] != h {
				t.Errorf("the user's %s was removed or changed", p)
			}
		}
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "chi-tieu", "xep-loai-dang-vien", "index.html")), "(mới)") {
		t.Error("the build after the killed ones did not publish")
	}
}

// Payloads in every text field of the exports must stay text everywhere.
var payloads = []string{
	`</script><script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`__f__alert(1)__f__`,
	`=HYPERLINK("http://evil.example","x")`,
}

func TestPayloadsAreInert(t *testing.T) {
	src := copyData(t)
	f := filepath.Join(src, "chi-tieu.csv")
	b, _ := os.ReadFile(f)
	lines := strings.Split(string(b), "\n")
	// Append the payloads to the title, group, unit, source and notes of the
	// indicator on line 2 (columns ma,ten,nhom,don_vi,…).
	p := strings.Join(payloads, " ")
	q := `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
	lines = append(lines[:len(lines)-1], fmt.Sprintf("tan-cong,%s,%s,%s,,,,,%s,%s", q, q, q, q, q), "")
	os.WriteFile(f, []byte(strings.Join(lines, "\n")), 0o644)
	formula := `"=HYPERLINK(""http://evil.example"",""x"")"`
	obs := fmt.Sprintf("ma,ky,chuoi,gia_tri\ntan-cong,2021,%s,5\ntan-cong,2022,%s,7\ntan-cong,2022,%s,3\n", q, q, formula)
	os.WriteFile(filepath.Join(src, "tan-cong.csv"), []byte(obs), 0o644)

	out := filepath.Join(t.TempDir(), "public")
	build(t, src, out, "/")
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, "vendor") {
			return err
		}
		if strings.HasSuffix(path, ".csv") {
			// A CSV download is text for spreadsheets, never HTML: what matters
			// there is that no cell starts a formula.
			if regexp.MustCompile(`(^|;|\n)"?=`).MatchString(readFile(t, path)) {
				t.Errorf("%s: a cell starts with a formula", path)
			}
			return nil
		}
		s := readFile(t, path)
		for _, bad := range []string{"<script>alert(1)", "<img src=x", "</script><script>"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains raw %q", path, bad)
			}
		}
		return nil
	})
	page := readFile(t, filepath.Join(out, "chi-tieu", "tan-cong", "index.html"))
	if !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("the payload is not shown as text on the page")
	}
	csv := readFile(t, filepath.Join(out, "data", "tan-cong.csv"))
	if !strings.Contains(csv, `'=HYPERLINK`) {
		t.Errorf("the formula series is not neutralised in the CSV download:\n%s", csv)
	}
}

// TestBuildRelativePaths: the README's command uses the defaults, relative
// to the working folder (-out public, -site ., -src du-lieu).
func TestBuildRelativePaths(t *testing.T) {
	site, err := filepath.Abs(repoSite)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if _, err := Build(Options{Src: filepath.Join(site, "du-lieu"), Site: site, Out: "public"}); err != nil {
		t.Fatalf("build with -out public: %v", err)
	}
	if _, err := os.Stat(filepath.Join("public", "index.html")); err != nil {
		t.Errorf("no public/index.html: %v", err)
	}
	assertNoLeftovers(t, "public")
}

// TestCheckOnly: the check command's CheckOnly says what CheckProgress
// says, counts the same indicators (the repository's 46), and keeps none.
func TestCheckOnly(t *testing.T) {
	text := func(l *diag.List) string {
		var b strings.Builder
		l.WriteText(&b, "vi")
		return b.String()
	}
	kept := CheckProgress(repoData, repoSite, nil)
	only := CheckOnly(repoData, repoSite, nil)
	if kept.Checked != 46 || only.Checked != 46 || len(kept.Indicators) != 46 || only.Indicators != nil {
		t.Errorf("CheckProgress: %d checked, %d kept; CheckOnly: %d checked, %d kept; want 46, 46; 46, none",
			kept.Checked, len(kept.Indicators), only.Checked, len(only.Indicators))
	}
	if a, b := text(kept.Diags), text(only.Diags); a == "" || a != b {
		t.Errorf("CheckOnly says\n%s\nCheckProgress says\n%s", b, a)
	}
}

// TestSiteMemoryLimit: the limit of making a site is 950 MiB up to 10.000
// indicators in two languages, and grows with the site past that
// (48 KiB an indicator and language). Worked by hand.
func TestSiteMemoryLimit(t *testing.T) {
	tests := []struct {
		indicators, languages int
		want                  int64
	}{
		{46, 2, 950 << 20},
		{10000, 2, 950 << 20},       // 937,5 MiB of pages: the least limit
		{20000, 2, 1875 << 20},      // 20.000 × 2 × 48 KiB
		{20000, 1, 950 << 20},       // 937,5 MiB
		{30000, 0, 1_474_560_000},   // no [languages]: one; 1.406,25 MiB
		{100000, 3, 14_745_600_000}, // 13,7 GiB: no overflow
	}
	for _, tt := range tests {
		if got := siteMemoryLimit(tt.indicators, tt.languages); got != tt.want {
			t.Errorf("siteMemoryLimit(%d, %d) = %d MiB, want %d MiB", tt.indicators, tt.languages, got>>20, tt.want>>20)
		}
	}
}
