package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Target is where a build wants to publish, with the folders it must never
// replace. Paths are as the user typed them (relative to the working
// folder or absolute): refusals quote them so.
type Target struct {
	Out       string   // the output folder (-out)
	Src       string   // the folder of exports (-src)
	Site      string   // the site folder (-site), holding hugo.toml
	SiteParts []string // the site's inputs, relative to Site: "content", "hugo.toml"…
}

// Refusal says why an output folder will not be replaced: a code of the
// diag catalogue and its arguments.
type Refusal struct {
	Code string
	Args map[string]any
}

func (r *Refusal) Error() string {
	keys := make([]string, 0, len(r.Args))
	for k := range r.Args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("thư mục xuất bản bị từ chối: " + r.Code)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%v", k, r.Args[k])
	}
	return b.String()
}

func refuse(code string, args map[string]any) *Refusal { return &Refusal{Code: code, Args: args} }

// maxListed is how many foreign paths a refusal names.
const maxListed = 5

// Validate decides, without writing anything, whether t.Out may be replaced
// by a new publication. It returns the cleaned absolute path of the output
// with symlinks resolved, which the build then uses, or a *Refusal (or
// another error, e.g. an unreadable folder).
//
// Refused: an empty path; a filesystem root; the home folder or a folder
// holding it; the exports' folder, a folder inside it or holding it; the
// site folder or a folder holding it; a folder inside one of the site's
// inputs; the working folder or a folder holding it; a path that exists but
// is not a folder; and a non-empty folder that chitieu did not publish (see
// CheckContent).
func Validate(t Target) (string, error) {
	a := map[string]any{"out": t.Out}
	if strings.TrimSpace(t.Out) == "" {
		return "", refuse("xuat-ban-duong-dan-trong", a)
	}
	out, err := resolve(t.Out)
	if err != nil {
		return "", err
	}
	if filepath.Dir(out) == out {
		return "", refuse("xuat-ban-thu-muc-goc", a)
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if h, err := resolve(home); err == nil && within(h, out) {
			a["home"] = home
			return "", refuse("xuat-ban-thu-muc-nha", a)
		}
	}
	var site string
	if t.Site != "" {
		if site, err = resolve(t.Site); err != nil {
			return "", err
		}
		a["site"] = t.Site
		switch {
		case site == out:
			return "", refuse("xuat-ban-trung-thu-muc-trang", a)
		case within(site, out):
			return "", refuse("xuat-ban-chua-thu-muc-trang", a)
		}
	}
	if t.Src != "" {
		src, err := resolve(t.Src)
		if err != nil {
			return "", err
		}
		a["src"] = t.Src
		switch {
		case src == out:
			return "", refuse("xuat-ban-trung-thu-muc-du-lieu", a)
		case within(src, out):
			return "", refuse("xuat-ban-chua-thu-muc-du-lieu", a)
		case within(out, src):
			return "", refuse("xuat-ban-nam-trong-thu-muc-du-lieu", a)
		}
	}
	if t.Site != "" {
		for _, p := range t.SiteParts {
			if within(out, filepath.Join(site, p)) {
				a["part"] = filepath.Join(t.Site, p)
				return "", refuse("xuat-ban-nam-trong-nguon-trang", a)
			}
		}
	}
	if wd, err := os.Getwd(); err == nil {
		if w, err := resolve(wd); err == nil && within(w, out) {
			return "", refuse("xuat-ban-chua-thu-muc-hien-tai", a)
		}
	}
	if err := checkLockFile(out, t.Out); err != nil {
		return "", err
	}
	if err := CheckContent(out, t.Out); err != nil {
		return "", err
	}
	return out, nil
}

// CheckContent checks that the folder out (an absolute, resolved path) may
// be replaced: it is missing; or an empty folder; or chitieu's own
// publication, every file of which is listed in its manifest with the same
// SHA-256 (files listed but missing are fine); or a publication of an
// earlier chitieu, before the manifest existed (see legacy). Anything else
// is a *Refusal quoting typed, the path as the user gave it.
func CheckContent(out, typed string) error {
	a := map[string]any{"out": typed}
	info, err := os.Lstat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return refuse("xuat-ban-khong-phai-thu-muc", a)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	m, err := ReadManifest(out)
	if errors.Is(err, ErrNoManifest) {
		if legacy(out, entries) {
			return nil
		}
		return refuse("xuat-ban-thu-muc-khong-rong", a)
	}
	if err != nil {
		return err
	}
	foreign, err := foreignFiles(out, m)
	if err != nil {
		return err
	}
	if len(foreign) > 0 {
		a["count"] = len(foreign)
		list := foreign[:min(len(foreign), maxListed)]
		if len(foreign) > maxListed {
			list = append(list, "…")
		}
		a["files"] = strings.Join(list, ", ")
		return refuse("xuat-ban-co-tep-la", a)
	}
	return nil
}

// foreignFiles lists the files of out (slash-separated, sorted) that m does
// not list with their current size and SHA-256: a replacement would lose
// them. Folders are not listed: an empty one holds nothing to lose.
func foreignFiles(out string, m *Manifest) ([]string, error) {
	var foreign []string
	buf := make([]byte, 64<<10)
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(out, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == ManifestName {
			return nil
		}
		f, ok := m.Lookup(rel)
		if !ok || !d.Type().IsRegular() {
			foreign = append(foreign, rel)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Size() != f.Size {
			foreign = append(foreign, rel)
			return nil
		}
		_, sum, err := hashFile(p, buf)
		if err != nil {
			return err
		}
		if sum != f.SHA256 {
			foreign = append(foreign, rel)
		}
		return nil
	})
	sort.Strings(foreign)
	return foreign, err
}

// legacyTop is every top-level entry of a site published by chitieu before
// the manifest existed (Hugo's output and the open data), and the sections
// added with it (cap-nhat, tong-hop, tim-kiem, en: the English pages), so
// that a publication whose manifest was lost is recognised too.
var legacyTop = map[string]bool{
	"404.html": true, "bao-cao": true, "chi-tieu": true, "css": true, "data": true,
	"favicon.svg": true, "index.html": true, "js": true, "vendor": true,
	"cap-nhat": true, "tong-hop": true, "tim-kiem": true, "en": true,
}

// legacy reports whether out, which has no manifest, is a publication of an
// earlier chitieu: index.html, the open-data index data/index.json,
// chi-tieu/ and vendor/echarts/, and nothing at the top that chitieu's site
// does not produce.
func legacy(out string, entries []fs.DirEntry) bool {
	for _, e := range entries {
		if !legacyTop[e.Name()] {
			return false
		}
	}
	isDir := func(p string) bool {
		info, err := os.Lstat(filepath.Join(out, p))
		return err == nil && info.IsDir()
	}
	if info, err := os.Lstat(filepath.Join(out, "index.html")); err != nil || !info.Mode().IsRegular() {
		return false
	}
	if !isDir("chi-tieu") || !isDir("vendor") || !isDir(filepath.Join("vendor", "echarts")) || !isDir("data") {
		return false
	}
	b, err := os.ReadFile(filepath.Join(out, "data", "index.json"))
	if err != nil {
		return false
	}
	// The open-data index (package sitedata): an object with an array of
	// indicators and a "format" object describing their fields.
	var idx struct {
		Indicators []json.RawMessage `json:"indicators"`
		Format     *struct {
			Observations string `json:"observations"`
			Targets      string `json:"targets"`
		} `json:"format"`
	}
	if err := json.Unmarshal(b, &idx); err != nil {
		return false
	}
	return idx.Indicators != nil && idx.Format != nil && idx.Format.Observations != "" && idx.Format.Targets != ""
}

// resolve returns p as a cleaned absolute path with every symlink of its
// longest existing prefix resolved.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		r, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// within reports whether path p is dir or inside it; both are cleaned
// absolute paths ("/a/public2" is not within "/a/public").
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	if !strings.HasSuffix(dir, string(filepath.Separator)) {
		dir += string(filepath.Separator)
	}
	return strings.HasPrefix(p, dir)
}
