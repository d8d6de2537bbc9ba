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
	"slices"
	"strings"
	"time"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/hugorun"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/publish"
	"github.com/tayson/chitieu/internal/sitedata"
)

// Options says what to build from and where.
type Options struct {
	Src     string // folder of CSV exports
	Site    string // the Hugo site: hugo.toml, layouts, content, static…
	Out     string // the published folder
	BaseURL string // "/" or an absolute URL, possibly with a sub-path
	Strict  bool   // warnings count as errors
	Log     io.Writer
}

// Result is what Check and Build found and did.
type Result struct {
	Diags      *diag.List
	Dataset    *dataset.Dataset
	Indicators []*indicator.Indicator
	Pages      int
	Duration   time.Duration
}

// ErrInvalid is returned when the exports have errors (or warnings, with
// Strict): the diagnostics say which.
var ErrInvalid = errors.New("dữ liệu chưa qua được kiểm tra (xem các thông báo ở trên), không xuất bản")

// Check reads and checks the exports in src without writing anything.
func Check(src string) *Result {
	res := &Result{Diags: &diag.List{}}
	info, err := os.Stat(src)
	if err != nil || !info.IsDir() {
		res.Diags.Add(diag.Make(diag.Error, "khong-co-thu-muc", diag.Args{"dir": src}).At(src, 0, 0, ""))
		return res
	}
	res.Dataset = dataset.Load(os.DirFS(src), filepath.ToSlash(src), res.Diags)
	if res.Dataset != nil {
		res.Indicators = indicator.Compute(res.Dataset, res.Diags)
	}
	return res
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

// Build checks the exports and, if they pass, publishes the site into
// opts.Out, replacing the previous one whole. On any error the previous
// site is left as it was. An output folder that replacing would destroy
// (the exports, the site, a folder with files chitieu did not publish…) is
// refused before anything is written: ErrOutRefused, with diagnostics.
func Build(opts Options) (res *Result, err error) {
	start := time.Now()
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
	res = Check(opts.Src)
	if res.Diags.HasErrors() || res.Dataset == nil || (opts.Strict && res.Diags.Len() > 0) {
		return res, ErrInvalid
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
	site := filepath.Join(work, "site")
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(opts.Site, p), filepath.Join(site, p)); err != nil {
			return res, err
		}
	}
	data, err := sitedata.Build(res.Dataset, res.Indicators, res.Diags.Count(diag.Warning))
	if err != nil {
		return res, err
	}
	if err := sitedata.WriteHugoData(site, data); err != nil {
		return res, err
	}
	staged, err := sess.Stage()
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
	if err := hugorun.Build(hugorun.Options{Source: site, Destination: staged, BaseURL: base, CacheDir: filepath.Join(work, "cache")}, logw); err != nil {
		return res, fmt.Errorf("hugo: %w", err)
	}
	var order []string
	for _, g := range data.Groups {
		order = append(order, g.Indicators...)
	}
	if err := sitedata.WriteOpenData(staged, data, order, "Sơ kết giữa nhiệm kỳ Chương trình hành động số 03-CTr/HU", base); err != nil {
		return res, err
	}
	if _, err := os.Stat(filepath.Join(staged, "index.html")); err != nil {
		return res, errors.New("hugo không tạo trang chủ index.html")
	}
	res.Pages = countPages(staged)
	// The manifest comes last: it lists every file of the publication.
	if _, err := publish.WriteManifest(staged); err != nil {
		return res, err
	}
	if testHookStaged != nil {
		testHookStaged(staged)
	}
	if err := sess.Replace(staged); err != nil {
		return refused(res, opts.Out, err)
	}
	res.Duration = time.Since(start)
	return res, nil
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

func countPages(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			n++
		}
		return nil
	})
	return n
}
