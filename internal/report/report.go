// Package report checks the report's pages (the Markdown files under the
// site's content/) against the indicators, before Hugo runs: a chart
// shortcode that cites an indicator missing from chi-tieu.csv is an error at
// its own content/…md:line:column, so that "chitieu check" refuses what
// "chitieu build" would refuse.
package report

import (
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/tayson/chitieu/internal/diag"
)

// shortcode matches a call of one of the site's chart shortcodes,
// {{< bieu-do "id" >}} or {{% bieu-do id %}}, but not the escaped form
// {{</* bieu-do "id" */>}} that documents it.
var shortcode = regexp.MustCompile(`\{\{[<%]\s*(bieu-do)((?:\s+[^\s>%]+)*)\s*[>%]\}\}`)

// Check reads every .md file under content/ in site (a folder of the Hugo
// site, e.g. os.DirFS("."); label is how the user names it, "." for the
// current folder) and reports each chart shortcode whose indicator is not one
// of ids.
func Check(site fs.FS, label string, ids []string, diags *diag.List) {
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	fs.WalkDir(site, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return nil
		}
		b, err := fs.ReadFile(site, p)
		if err != nil {
			return nil
		}
		file := path.Join(label, p)
		if label == "." || label == "" {
			file = p
		}
		checkPage(file, string(b), known, ids, diags)
		return nil
	})
}

func checkPage(file, text string, known map[string]bool, ids []string, diags *diag.List) {
	for _, m := range shortcode.FindAllStringSubmatchIndex(text, -1) {
		args := strings.Fields(text[m[4]:m[5]])
		at := m[0]
		id := ""
		if len(args) > 0 {
			id = strings.Trim(args[0], `"'`+"`")
			at = m[4] + strings.Index(text[m[4]:m[5]], args[0])
		}
		line, col := position(text, at)
		name := text[m[2]:m[3]]
		switch {
		case id == "":
			diags.Add(diag.Make(diag.Error, "bao-cao-thieu-ma", diag.Args{"shortcode": name}).At(file, line, col, text[m[0]:m[1]]))
		case !known[id]:
			hint := closest(id, ids)
			d := diag.Make(diag.Error, "bao-cao-chi-tieu-khong-co", diag.Args{"id": id, "shortcode": name, "hint": hint})
			if hint == "" {
				d = diag.Make(diag.Error, "bao-cao-chi-tieu-khong-co-goi-y", diag.Args{"id": id, "shortcode": name})
			}
			diags.Add(d.At(file, line, col, id))
		}
	}
}

// position returns the 1-based line and column (in characters) of byte i.
func position(text string, i int) (line, col int) {
	before := text[:i]
	line = strings.Count(before, "\n") + 1
	col = len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

// closest suggests the id of ids nearest to s, if it is near enough.
func closest(s string, ids []string) string {
	best, bestD := "", 4
	for _, id := range ids {
		if d := editDistance(s, id); d < bestD {
			best, bestD = id, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
