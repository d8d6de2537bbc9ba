// Package search builds the site search's index at build time: one entry per
// indicator, per report page and per footnote, each with its text folded
// (lower case, Vietnamese tones and đ/Đ removed) so that "dang vien",
// "ket nap" and "Đảng viên" find what they should. The search page lists
// every entry (complete without JavaScript) and its script hides those that
// do not match the folded query (assets/js/tim-kiem.js folds the same way).
//
// Entries carry codes and the data's own text; the words around them (the
// kinds, "Chú thích 3") come from the site's i18n.
package search

import (
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/report"
)

// The kinds of entry.
const (
	KindIndicator = "noi-dung"  // an indicator's page
	KindPage      = "bao-cao"   // a report page
	KindFootnote  = "chu-thich" // a footnote of a report page
)

// Entry is one search result.
type Entry struct {
	Kind    string `json:"kind"`
	Title   string `json:"title"`             // the indicator's or page's title (a footnote's page)
	N       int    `json:"n,omitempty"`       // a footnote's number
	URL     string `json:"url"`               // site-relative, without a leading "/"
	Context string `json:"context,omitempty"` // the indicator's section, the page's report
	Snippet string `json:"snippet,omitempty"` // the start of a footnote
	Folded  string `json:"folded"`            // every searchable word, folded
	// Lang is "vi" on a page in another language for an entry whose title
	// is Vietnamese (the report's pages, a title without an English name).
	Lang string `json:"lang,omitempty"`
}

// Fold lower-cases s, removes Vietnamese tones and marks (NFD, then every
// nonspacing mark), writes đ and Đ as d and collapses white space.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Build returns the entries of inds (in order) and of the report pages.
func Build(inds []*indicator.Indicator, pages []report.Page) []Entry {
	var out []Entry
	for _, ind := range inds {
		words := []string{ind.Title, ind.Group, ind.ID, ind.Unit, ind.Source, ind.Notes}
		words = append(words, ind.Series...)
		for _, t := range ind.Targets {
			words = append(words, t.Wording)
		}
		out = append(out, Entry{Kind: KindIndicator, Title: ind.Title, URL: "chi-tieu/" + ind.ID + "/", Context: ind.Group, Folded: Fold(strings.Join(words, " "))})
	}
	reports := map[string]string{} // folder → its report's title
	for _, p := range pages {
		if path.Base(p.Path) == "_index.md" {
			reports[path.Dir(p.Path)] = p.Title
		}
	}
	for _, p := range pages {
		if !strings.HasPrefix(p.Path, "bao-cao/") {
			continue
		}
		url := pageURL(p.Path)
		ctx := ""
		if path.Base(p.Path) != "_index.md" {
			ctx = reports[path.Dir(p.Path)]
		}
		text := footnote.ReplaceAllString(p.Body, "")
		out = append(out, Entry{Kind: KindPage, Title: p.Title, URL: url, Context: ctx, Folded: Fold(p.Title + " " + plain(text))})
		for _, m := range footnote.FindAllStringSubmatch(p.Body, -1) {
			n, _ := strconv.Atoi(m[1])
			t := plain(m[2])
			out = append(out, Entry{Kind: KindFootnote, Title: p.Title, N: n, URL: url + "#cn-" + m[1], Context: ctx,
				Snippet: cut(t, 200), Folded: Fold(t)})
		}
	}
	return out
}

var (
	footnote  = regexp.MustCompile(`(?s)\{\{[<%]\s*chu-thich\s+"?([0-9]+)"?\s*[>%]\}\}(.*?)\{\{[<%]\s*/chu-thich\s*[>%]\}\}`)
	shortcode = regexp.MustCompile(`\{\{[<%].*?[>%]\}\}`)
	link      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	marks     = regexp.MustCompile(`(?m)^\s*(#+|[-*+>]|[0-9]+\.)\s+|[*_` + "`" + `]`)
)

// plain turns Markdown into its words.
func plain(md string) string {
	s := shortcode.ReplaceAllString(md, " ")
	s = link.ReplaceAllString(s, "$1")
	s = marks.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// cut shortens s to at most n characters, at a word, with "…".
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	t := string(r[:n])
	if i := strings.LastIndexByte(t, ' '); i > n/2 {
		t = t[:i]
	}
	return t + "…"
}

// pageURL is Hugo's address of a content file: "bao-cao/a/b.md" → "bao-cao/a/b/",
// "bao-cao/a/_index.md" → "bao-cao/a/".
func pageURL(p string) string {
	if path.Base(p) == "_index.md" {
		return path.Dir(p) + "/"
	}
	return strings.TrimSuffix(p, ".md") + "/"
}
