// Package build runs the whole pipeline: CSV exports → dataset → indicators
// → site data and charts → Hugo → the published folder.
//
// Nothing is written anywhere until the exports have passed every check, and
// the published folder is only ever replaced whole (package publish).
package build

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/tayson/chitieu/internal/changes"
	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/hugorun"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/period"
	"github.com/tayson/chitieu/internal/publish"
	"github.com/tayson/chitieu/internal/report"
	"github.com/tayson/chitieu/internal/search"
	"github.com/tayson/chitieu/internal/sitedata"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Options says what to build from and where.
type Options struct {
	Src     string // folder of CSV exports
	Site    string // the Hugo site: hugo.toml, layouts, content, static…
	Out     string // the published folder
	BaseURL string // "/" or an absolute URL, possibly with a sub-path
	Strict  bool   // warnings count as errors
	// Notes publishes the data notes (the inconsistencies check finds) on
	// the indicator pages even when hugo.toml keeps them for the office
	// (params.publishDataNotes = false, the default): the preview sets it.
	Notes bool
	Log   io.Writer
	// Progress, when set, says what the build is doing when a stage takes
	// a while.
	Progress *Progress

	// Date is the publication date, 2026-11-27 (or 27/11/2026): the date of
	// the entry /cap-nhat/ adds when the figures changed. Empty: from
	// SOURCE_DATE_EPOCH, else today in Vietnam.
	Date string
	// Previous is the open data of the publication this build replaces,
	// when Out does not hold it: a downloaded index.json (with cap-nhat.json
	// beside it) or a folder holding data/index.json. Empty: Out's.
	Previous string
}

// Result is what Check and Build found and did.
type Result struct {
	Diags *diag.List
	// Dataset and Indicators are Check's; Build releases them before Hugo
	// runs (at 10.000 indicators they weigh hundreds of megabytes), keeping
	// their number in Published.
	Dataset    *dataset.Dataset
	Indicators []*indicator.Indicator
	Checked    int           // the indicators with figures that were computed and checked
	Published  int           // the indicators Build published
	Report     []report.Page // the site's content pages, with their report periods
	Pages      int
	Duration   time.Duration
}

// ErrInvalid is returned when the exports have errors (or warnings, with
// Strict): the diagnostics say which.
var ErrInvalid = errors.New("dữ liệu chưa qua được kiểm tra (xem các thông báo ở trên), không xuất bản")

// Check reads and checks the exports in src, and the report pages of the
// Hugo site in site against them, without writing anything: it refuses
// everything Build refuses before Hugo runs. site may be "" (no report
// pages, no programme period).
func Check(src, site string) *Result { return CheckProgress(src, site, nil) }

// CheckProgress is Check saying on p what it is doing when a stage takes a
// while (a 200 MB export takes seconds).
func CheckProgress(src, site string, p *Progress) *Result { return check(src, site, p, true) }

// CheckOnly is CheckProgress for the check command, which publishes
// nothing: the indicators are computed and checked one at a time and let
// go (Indicators stays nil, Checked counts them), with the same
// diagnostics, so that the figures of a large export are not held twice,
// as observations and as the site's tables.
//
// It runs under MemoryLimit, as Build checks the exports, unless
// GOMEMLIMIT says otherwise: checking a 200 MB export leaves about 0,9 GB
// live (its observations), and the garbage of computing its tables would
// otherwise let the heap grow to twice that.
func CheckOnly(src, site string, p *Progress) *Result {
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(MemoryLimit))
	}
	return check(src, site, p, false)
}

// check is CheckProgress, keeping the computed indicators if keep is set.
func check(src, site string, p *Progress, keep bool) *Result {
	res := &Result{Diags: &diag.List{}}
	info, err := os.Stat(src)
	if err != nil || !info.IsDir() {
		res.Diags.Add(diag.Make(diag.Error, "khong-co-thu-muc", diag.Args{"dir": src}).At(src, 0, 0, ""))
		return res
	}
	done := p.stage("buoc-doc")
	res.Dataset = dataset.Load(os.DirFS(src), filepath.ToSlash(src), res.Diags)
	done(true)
	if res.Dataset == nil {
		return res
	}
	if site != "" {
		done := p.stage("buoc-doi-chieu")
		if prog, ok := programme(site, res.Diags); ok {
			res.Dataset.CheckWithin(prog, res.Diags)
		}
		var ids []string
		for _, ind := range res.Dataset.Indicators {
			ids = append(ids, ind.ID)
		}
		res.Report = report.Scan(os.DirFS(site), filepath.ToSlash(site), res.Diags)
		report.Check(os.DirFS(site), filepath.ToSlash(site), ids, res.Diags)
		done(true)
	}
	done = p.stage("buoc-tinh")
	if keep {
		res.Indicators = indicator.Compute(res.Dataset, res.Diags, latestReport(res.Report))
		res.Checked = len(res.Indicators)
	} else {
		res.Checked = indicator.Check(res.Dataset, res.Diags, latestReport(res.Report))
	}
	done(true)
	return res
}

// config is what chitieu reads of the site's hugo.toml: [params] and the
// languages.
type config struct {
	DefaultContentLanguage string              `toml:"defaultContentLanguage"`
	Languages              map[string]struct{} `toml:"languages"`
	Params                 struct {
		Period           string `toml:"period"`           // the programme's period, "2020 - 2025"
		ReportTitle      string `toml:"reportTitle"`      // the review's title (the open data's)
		PublishDataNotes bool   `toml:"publishDataNotes"` // data notes on the public pages
		HomeCards        int    `toml:"homeCards"`        // more indicators than this: group pages (sitedata.SetGroupPages)
		EmbedHeight      int    `toml:"embedHeight"`      // the embed code's frame height (sitedata.SetEmbedHeight)
	} `toml:"params"`
}

// siteConfig reads the site's hugo.toml; a missing or broken file gives the
// defaults (Hugo itself reports a broken hugo.toml, with its place).
func siteConfig(site string) config {
	var c config
	if b, err := os.ReadFile(filepath.Join(site, "hugo.toml")); err == nil {
		toml.Unmarshal(b, &c)
	}
	return c
}

// programme reads the programme's period from the site's hugo.toml
// ([params] period = "2020 - 2025"), if it gives one.
func programme(site string, diags *diag.List) (period.Period, bool) {
	c := siteConfig(site)
	if c.Params.Period == "" {
		return period.Period{}, false
	}
	p, perr := period.Parse(c.Params.Period)
	if perr != nil {
		diags.Add(perr.At(diag.Error, filepath.ToSlash(filepath.Join(site, "hugo.toml")), 0, 0, c.Params.Period))
		return period.Period{}, false
	}
	return p, true
}

// testHookStaged, when set by a test, runs once the new site is complete in
// its staging folder, just before it replaces the published one.
var testHookStaged func(staged string)

// siteParts are what is copied from the site folder into a build.
var siteParts = []string{"hugo.toml", "content", "layouts", "assets", "static", "i18n", "archetypes"}

// siteInputs are the site's inputs, which -out may not lie inside: the
// parts copied, and Hugo's data folder (generated into the copy).
var siteInputs = append(slices.Clone(siteParts), "data")

// ErrOutRefused is returned when the output folder may not be replaced
// (package publish): the diagnostics say why. Nothing was written.
var ErrOutRefused = errors.New("thư mục xuất bản không thể thay thế an toàn (xem các thông báo ở trên), không xuất bản")

// MemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// checking the exports runs under (check, and the first stage of build)
// unless GOMEMLIMIT says otherwise: near it, Go collects garbage more often
// rather than let the heap grow to twice what is live (GOGC's default). A
// 200 MB export then peaks near 1,3 GB instead of 1,75 GB, in about the
// same time; its figures alone are 0,8 GB live, and under 1.000 MiB the
// check took two to three times as long (scripts/bench-check.sh). It is
// soft: larger exports go past it and are still checked.
const MemoryLimit = 1400 << 20

// SiteMemoryLimit is the least soft memory limit of the rest of a build,
// once the exports are checked: the site data, the open data and Hugo's
// run. At 10.000 indicators (two languages) their live heap stays under
// 0,5 GB (each language's site data let go before the next is made, the
// embed pages rendered as output formats); under this limit the build
// peaks at 981–990 MiB instead of 1.114–1.197 MiB under 1.400 MiB, in the
// same CPU time (scripts/bench.sh, and GOMEMLIMIT in interleaved runs).
const SiteMemoryLimit = 950 << 20

// PageMemory is the memory a build's limit grows by for each indicator in
// each language above SiteMemoryLimit (siteMemoryLimit): twice the live
// heap an indicator's pages in one language take at Hugo's peak (0,46–0,5
// GB for the 20.000 of 10.000 indicators in two languages). A fixed limit
// would make a larger site's build superlinear: at 20.000 indicators, with
// twice the live heap, 950 MiB took 115,7 s and 156 s of user CPU against
// 74,5 s and 96 s under 1.400 MiB (and 83,5 s and 88 s under this rule).
const PageMemory = 48 << 10

// siteMemoryLimit is the soft memory limit of making a site of the given
// number of indicators and languages: SiteMemoryLimit, or PageMemory for
// each of its indicators in each language if that is more.
func siteMemoryLimit(indicators, languages int) int64 {
	return max(SiteMemoryLimit, int64(indicators)*int64(max(languages, 1))*PageMemory)
}

// HugoCacheMemory is the heap above which the embedded Hugo shrinks its
// in-memory caches (hugorun.Options.CacheMemory; HUGO_MEMORYLIMIT
// overrides it). Hugo's own default, a quarter of the machine's memory,
// let the cache of transform.Unmarshal keep 3.000 decoded files of page
// data at 10.000 indicators, some 80 MB of a live heap of 0,6–0,75 GB,
// though the pages that read a file are rendered one after the other (its
// indicators' pages in id order; their embed pages, an output format, in a
// pass of their own); under this limit it keeps 8 MB, at no cost in time
// (heap profiles of the Hugo run at its peak, CHITIEU_HEAPPROFILE).
const HugoCacheMemory = 512 << 20

// Build checks the exports and, if they pass, publishes the site into
// opts.Out, replacing the previous one whole. On any error the previous
// site is left as it was. An output folder that replacing would destroy
// (the exports, the site, a folder with files chitieu did not publish…) is
// refused before anything is written: ErrOutRefused, with diagnostics.
func Build(opts Options) (res *Result, err error) {
	start := time.Now()
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(MemoryLimit))
	}
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	if _, err := os.Stat(filepath.Join(opts.Site, "hugo.toml")); err != nil {
		return &Result{Diags: &diag.List{}}, fmt.Errorf("không tìm thấy trang nguồn (hugo.toml) trong %q: chạy lệnh từ thư mục gốc của kho, hoặc dùng -site", opts.Site)
	}
	// The output is resolved to an absolute path: Hugo resolves some paths
	// (its cache) only when absolute, and the defaults ("public", ".") are
	// relative. Messages quote it as the user typed it.
	out, err := publish.Validate(publish.Target{Out: opts.Out, Src: opts.Src, Site: opts.Site, SiteParts: siteInputs})
	if err != nil {
		return refused(&Result{Diags: &diag.List{}}, opts.Out, err)
	}
	res = CheckProgress(opts.Src, opts.Site, opts.Progress)
	if res.Diags.HasErrors() || res.Dataset == nil || (opts.Strict && res.Diags.Len() > 0) {
		return res, ErrInvalid
	}
	cfg := siteConfig(opts.Site)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(siteMemoryLimit(len(res.Indicators), len(cfg.Languages)))
	}
	sess, err := publish.Begin(out, opts.Out)
	if err != nil {
		return refused(res, opts.Out, err)
	}
	defer func() {
		if cerr := sess.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	work, err := sess.Work()
	if err != nil {
		return res, err
	}
	done := opts.Progress.stage("buoc-chuan-bi")
	defer func() { done(err == nil) }()
	site := filepath.Join(work, "site")
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(opts.Site, p), filepath.Join(site, p)); err != nil {
			return res, err
		}
	}
	vi, err := sitewords.Load(site, "vi")
	if err != nil {
		return res, err
	}
	data, err := sitedata.Build(res.Dataset, res.Indicators, res.Diags.Count(diag.Warning), vi)
	if err != nil {
		return res, err
	}
	if err := addCuts(data, res); err != nil {
		return res, err
	}
	data.Search = search.Build(res.Indicators, res.Report)
	if err := writeSiteData(site, "", data, opts, cfg); err != nil {
		return res, err
	}
	history, err := whatChanged(opts, data, site, res.Diags)
	if err != nil {
		return res, err
	}
	base := opts.BaseURL
	if base == "" {
		base = "/"
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	var order []string
	for _, g := range data.Groups {
		order = append(order, g.Indicators...)
	}
	// The open data is written before Hugo runs, beside the pages, and
	// moved among them after. The Vietnamese site data is then let go
	// before the next language's is made: at 10.000 indicators each weighs
	// about 190 MB, and both at once set the build's peak. The open data's
	// title is the site's (hugo.toml, the one place).
	open := filepath.Join(work, "open")
	if err := sitedata.WriteOpenData(open, data, order, cfg.Params.ReportTitle, base); err != nil {
		return res, err
	}
	viSearch := data.Search
	data = nil
	if err := otherLanguages(opts, cfg, site, res, viSearch); err != nil {
		return res, err
	}
	res.Published = len(res.Indicators)
	res.Dataset, res.Indicators = nil, nil
	// Collected, and given back to the system: Hugo's pages take their
	// place.
	debug.FreeOSMemory()
	done(true)
	done = opts.Progress.stage("buoc-hugo")
	staged, err := sess.Stage()
	if err != nil {
		return res, err
	}
	if err := hugorun.Build(hugorun.Options{Source: site, Destination: staged, BaseURL: base, CacheDir: filepath.Join(work, "cache"), CacheMemory: HugoCacheMemory}, logw); err != nil {
		// Hugo names the files of the private copy it built; a message
		// names the repository's own file.
		return res, fmt.Errorf("hugo: %s", ownPaths(err.Error(), site, opts.Site))
	}
	done(true)
	done = opts.Progress.stage("buoc-xuat-ban")
	if err := moveInto(open, staged); err != nil {
		return res, err
	}
	if err := changes.Write(staged, changes.HistoryFile, history); err != nil {
		return res, err
	}
	if _, err := os.Stat(filepath.Join(staged, "index.html")); err != nil {
		return res, errors.New("hugo không tạo trang chủ index.html")
	}
	// The manifest comes last: it lists every file of the publication,
	// the pages counted among them (rather than by another walk of 60.000
	// files at 10.000 indicators).
	m, err := publish.WriteManifest(staged)
	if err != nil {
		return res, err
	}
	res.Pages = countPages(m)
	if testHookStaged != nil {
		testHookStaged(staged)
	}
	if err := sess.Replace(staged); err != nil {
		return refused(res, opts.Out, err)
	}
	res.Duration = time.Since(start)
	return res, nil
}

// moveInto moves every file under src to the same place under dst (same
// file system), replacing a file of the same name; a folder missing in dst
// is moved whole.
func moveInto(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		from, to := filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())
		if e.IsDir() {
			if info, err := os.Stat(to); err == nil && info.IsDir() {
				if err := moveInto(from, to); err != nil {
					return err
				}
				continue
			}
		}
		if err := os.Rename(from, to); err != nil {
			return err
		}
	}
	return nil
}

// ownPaths rewrites the paths of the private copy of the site (copy) in msg
// as the user's site folder (site, as given: "." gives content/…).
func ownPaths(msg, copy, site string) string {
	own := filepath.Clean(site) + string(filepath.Separator)
	if filepath.Clean(site) == "." {
		own = ""
	}
	msg = strings.ReplaceAll(msg, copy+string(filepath.Separator), own)
	return strings.ReplaceAll(msg, copy, filepath.Clean(site))
}

// latestReport is the period of the latest dated report, or zero.
func latestReport(pages []report.Page) period.Period {
	var latest period.Period
	for _, p := range pages {
		if p.Period != nil && (latest.Kind == 0 || p.Period.Compare(latest) > 0) {
			latest = *p.Period
		}
	}
	return latest
}

// otherLanguages writes the site data of every language of hugo.toml but
// the default one (data/chitieu_<lang>.json): the same figures, worded and
// written by i18n/<lang>.toml. The report stays in Vietnamese: no cuts.
func otherLanguages(opts Options, c config, site string, res *Result, viSearch []search.Entry) error {
	def := c.DefaultContentLanguage
	if def == "" {
		def = "vi"
	}
	langs := make([]string, 0, len(c.Languages))
	for l := range c.Languages {
		if l != def {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	for _, l := range langs {
		w, err := sitewords.Load(site, l)
		if err != nil {
			return err
		}
		data, err := sitedata.Build(res.Dataset, res.Indicators, res.Diags.Count(diag.Warning), w)
		if err != nil {
			return err
		}
		data.LatestReport = w.Period(latestReport(res.Report).Label)
		data.Search = localSearch(res, w, viSearch)
		if err := writeSiteData(site, l, data, opts, c); err != nil {
			return err
		}
	}
	return nil
}

// writeSiteData writes one language's site data as hugo.toml configures
// it, the same for every language: the data notes kept for the office unless
// published, group pages above params.homeCards indicators, embed codes at
// least params.embedHeight high.
func writeSiteData(site, lang string, data *sitedata.Site, opts Options, c config) error {
	if !opts.Notes && !c.Params.PublishDataNotes {
		data.HideNotes()
	}
	data.SetGroupPages(c.Params.HomeCards)
	data.SetEmbedHeight(c.Params.EmbedHeight)
	return sitedata.WriteHugoData(site, lang, data)
}

// localSearch is the search of the English pages: the indicators by their
// English names where they have them, found by their Vietnamese words too;
// the report's pages and footnotes, Vietnamese. vi is the Vietnamese
// pages' search, built from the same indicators in the same order.
func localSearch(res *Result, w *sitewords.Catalogue, vi []search.Entry) []search.Entry {
	en := make([]*indicator.Indicator, len(res.Indicators))
	for i, ind := range res.Indicators {
		en[i] = indicator.English(ind, w.Period)
	}
	entries := search.Build(en, res.Report)
	for i := range entries {
		if entries[i].Kind != search.KindIndicator {
			entries[i].Lang = "vi"
			continue
		}
		if i < len(vi) && entries[i].Folded != vi[i].Folded {
			entries[i].Folded += " " + vi[i].Folded
		}
		if i < len(res.Indicators) && res.Indicators[i].TitleEN == "" {
			entries[i].Lang = "vi"
		}
	}
	return entries
}

// addCuts gives every dated report its figures as they stood at the end of
// its period: the indicators its pages cite, computed on the observations
// up to then, so that figures added later never change a report.
func addCuts(data *sitedata.Site, res *Result) error {
	cites := map[string][]string{} // period label → cited ids
	periods := map[string]period.Period{}
	for _, p := range res.Report {
		if p.Period == nil {
			continue
		}
		data.Pages[p.Path] = p.Period.Label
		periods[p.Period.Label] = *p.Period
		cites[p.Period.Label] = append(cites[p.Period.Label], p.Cites...)
	}
	data.LatestReport = latestReport(res.Report).Label
	for label, p := range periods {
		cut := res.Dataset.Until(p)
		// The warnings of the figures up to then are among the full
		// dataset's, reported already.
		inds := indicator.Compute(cut, &diag.List{}, p)
		if err := data.AddCut(label, inds, cites[label]); err != nil {
			return err
		}
	}
	return nil
}

// refused turns a *publish.Refusal into a diagnostic about the output folder
// (as the user typed it) and ErrOutRefused; other errors pass through.
func refused(res *Result, typed string, err error) (*Result, error) {
	var r *publish.Refusal
	if !errors.As(err, &r) {
		return res, err
	}
	file := typed
	if strings.TrimSpace(file) == "" {
		file = "-out"
	}
	res.Diags.Add(diag.Make(diag.Error, r.Code, r.Args).At(file, 0, 0, ""))
	return res, ErrOutRefused
}

// copyPart copies a file or folder of the site, if it exists.
func copyPart(src, dst string) error {
	info, err := os.Stat(src)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if info.IsDir() {
		return os.CopyFS(dst, os.DirFS(src))
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// countPages is how many pages (.html files) m lists.
func countPages(m *publish.Manifest) int {
	n := 0
	for _, f := range m.Files {
		if strings.HasSuffix(f.Path, ".html") {
			n++
		}
	}
	return n
}
