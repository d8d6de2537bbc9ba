// Package report reads the report's pages (the Markdown files under the
// site's content/) before Hugo runs: the period each report reports on (its
// front matter "ky", which the pages of its folder inherit) and the
// indicators its chart shortcodes cite. A citation of an indicator missing
// from chi-tieu.csv, or a "ky" that is no period, is an error at its own
// content/…md:line:column, so that "chitieu check" refuses what
// "chitieu build" would refuse.
//
// A dated report shows, forever, the data up to its period: the build gives
// its pages charts computed on the figures of that period and before only.
package report

import (
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/period"
)

// shortcode matches a call of one of the site's chart shortcodes,
// {{< bieu-do "id" >}} or {{% bieu-do id %}}, but not the escaped form
// {{</* bieu-do "id" */>}} that documents it.
var shortcode = regexp.MustCompile(`\{\{[<%]\s*(bieu-do)((?:\s+[^\s>%]+)*)\s*[>%]\}\}`)

// Page is one page of the site's content.
type Page struct {
	Path   string         // relative to content/, with "/" ("bao-cao/so-ket/phan-i.md"), as Hugo's .File.Path
	Title  string         // its front matter's title
	Period *period.Period // the period of its report ("ky", own or inherited), if any
	Cites  []string       // the indicators its charts cite, in order, once each
	Body   string         // its Markdown after the front matter (for the site search)
}

// Scan reads every .md file under content/ in site (a folder of the Hugo
// site, e.g. os.DirFS("."); label is how the user names it, "." for the
// current folder). It reports an unreadable "ky" and returns the pages in
// path order.
func Scan(site fs.FS, label string, diags *diag.List) []Page {
	type raw struct {
		page Page
		ky   *period.Period
	}
	var pages []raw
	dirKy := map[string]*period.Period{} // folder (relative to content/) → its _index.md's ky
	walk(site, label, func(file, rel, text string) {
		pg := raw{page: Page{Path: rel, Body: body(text)}}
		pg.page.Title, _, _, _ = frontMatter(text, "title")
		if typed, line, col, ok := frontMatter(text, "ky"); ok {
			if per, perr := period.Parse(typed); perr != nil {
				diags.Add(perr.At(diag.Error, file, line, col, typed))
			} else {
				pg.ky = &per
				if path.Base(rel) == "_index.md" {
					dirKy[path.Dir(rel)] = &per
				}
			}
		}
		seen := map[string]bool{}
		for _, c := range citations(text) {
			if c.id != "" && !seen[c.id] {
				seen[c.id] = true
				pg.page.Cites = append(pg.page.Cites, c.id)
			}
		}
		pages = append(pages, pg)
	})
	out := make([]Page, 0, len(pages))
	for _, r := range pages {
		p := r.page
		p.Period = r.ky
		for dir := path.Dir(p.Path); p.Period == nil; dir = path.Dir(dir) {
			p.Period = dirKy[dir]
			if dir == "." || dir == "/" {
				break
			}
		}
		out = append(out, p)
	}
	return out
}

// body returns text without its front matter.
func body(text string) string {
	for _, delim := range []string{"---", "+++"} {
		if strings.HasPrefix(text, delim+"\n") || strings.HasPrefix(text, delim+"\r\n") {
			rest := text[len(delim):]
			if i := strings.Index(rest, "\n"+delim); i >= 0 {
				rest = rest[i+len(delim)+1:]
				return strings.TrimLeft(rest, "\r\n")
			}
		}
	}
	return text
}

// walk calls fn with every .md page under content/ in site: its place in
// messages (file), its path relative to content/ (rel) and its text.
func walk(site fs.FS, label string, fn func(file, rel, text string)) {
	fs.WalkDir(site, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return nil
		}
		if b, err := fs.ReadFile(site, p); err == nil {
			fn(place(label, p), strings.TrimPrefix(p, "content/"), string(b))
		}
		return nil
	})
}

func place(label, p string) string {
	if label == "." || label == "" {
		return p
	}
	return path.Join(label, p)
}

// frontMatter finds a top-level key of a page's YAML (---) or TOML (+++)
// front matter and returns its value, unquoted, and where the value stands.
func frontMatter(text, key string) (value string, line, col int, ok bool) {
	delim := ""
	switch {
	case strings.HasPrefix(text, "---\n"), strings.HasPrefix(text, "---\r\n"):
		delim = "---"
	case strings.HasPrefix(text, "+++\n"), strings.HasPrefix(text, "+++\r\n"):
		delim = "+++"
	default:
		return "", 0, 0, false
	}
	lines := strings.Split(text, "\n")
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r")
		if l == delim {
			break
		}
		sep := ":"
		if delim == "+++" {
			sep = "="
		}
		k, v, found := strings.Cut(l, sep)
		if !found || strings.TrimSpace(k) != key || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			continue
		}
		trimmed := strings.TrimLeft(v, " \t")
		at := len([]rune(l[:len(l)-len(trimmed)])) + 1
		v = strings.TrimSpace(trimmed)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		return v, i + 1, at, true
	}
	return "", 0, 0, false
}

// citation is one chart shortcode of a page.
type citation struct {
	name, id  string
	line, col int
	text      string // the whole shortcode
}

func citations(text string) []citation {
	var out []citation
	for _, m := range shortcode.FindAllStringSubmatchIndex(text, -1) {
		args := strings.Fields(text[m[4]:m[5]])
		at := m[0]
		c := citation{name: text[m[2]:m[3]], text: text[m[0]:m[1]]}
		if len(args) > 0 {
			c.id = strings.Trim(args[0], `"'`+"`")
			at = m[4] + strings.Index(text[m[4]:m[5]], args[0])
		}
		c.line, c.col = position(text, at)
		out = append(out, c)
	}
	return out
}

// Check reads the pages under content/ of site (see Scan) and reports each
// chart shortcode whose indicator is not one of ids.
func Check(site fs.FS, label string, ids []string, diags *diag.List) {
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	walk(site, label, func(file, _, text string) {
		for _, c := range citations(text) {
			switch {
			case c.id == "":
				diags.Add(diag.Make(diag.Error, "bao-cao-thieu-ma", diag.Args{"shortcode": c.name}).At(file, c.line, c.col, c.text))
			case !known[c.id]:
				hint := dataset.Closest(c.id, ids)
				d := diag.Make(diag.Error, "bao-cao-chi-tieu-khong-co", diag.Args{"id": c.id, "shortcode": c.name, "hint": hint})
				if hint == "" {
					d = diag.Make(diag.Error, "bao-cao-chi-tieu-khong-co-goi-y", diag.Args{"id": c.id, "shortcode": c.name})
				}
				diags.Add(d.At(file, c.line, c.col, c.id))
			}
		}
	})
}

// position returns the 1-based line and column (in characters) of byte i.
func position(text string, i int) (line, col int) {
	before := text[:i]
	line = strings.Count(before, "\n") + 1
	col = len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}
