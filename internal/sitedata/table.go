package sitedata

import (
	"strings"

	"github.com/tayson/chitieu/internal/sitewords"
)

// The data table's cells are written here, once, rather than by the
// template cell by cell: with ten periods and four series a table was some
// six hundred template actions, 1,0 s of the 4,1 s of user time of a
// 1.000-indicator build (without the table, 3,1 s); written here, the
// build takes 3,4 s, and 10.000 indicators some 5 s less. The table's frame
// (caption, heads, the series' names) stays in
// layouts/_partials/bang-so-lieu.html, which prints a row's cells as they
// come from Row.HTML.

// cellWords are what the cells say besides their figures, in one
// language, escaped for HTML.
type cellWords struct {
	ofTotal, reported, reportedAbbr, attained, attainedAbbr, noData string
}

// wordsOfCells looks w's cellWords up (once per catalogue and build:
// buildAll, AddCut).
func wordsOfCells(w *sitewords.Catalogue) *cellWords {
	t := func(key string) string { return escapeHTML(w.T(key, nil)) }
	return &cellWords{
		ofTotal: t(sitewords.KeyCellOfTotal), reported: t(sitewords.KeyCellReported), reportedAbbr: t(sitewords.KeyCellReportedAbbr),
		attained: t(sitewords.KeyCellAttained), attainedAbbr: t(sitewords.KeyCellAttainedAbbr), noData: t(sitewords.KeyCellNoData),
	}
}

// htmlEscaper escapes as html/template escapes a string printed in text or
// in a quoted attribute (its htmlReplacementTable), so that the page is the
// same, byte for byte, as when the template printed the cells.
var htmlEscaper = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)

func escapeHTML(s string) string { return htmlEscaper.Replace(s) }

// cellsHTML writes a row's cells as the data table prints them: a <td> for
// each of the indicator's periods, each on a line of its own at the
// template's indent. A cell is its figure, then, where there are, its share
// of the total, the percentage the report printed and the attainment of the
// plan, each with its words for screen readers; "–" where there is no
// figure.
func cellsHTML(cells []*Cell, periods int, cw *cellWords) string {
	var b strings.Builder
	extra := func(class, text, word, abbr string) {
		if text == "" {
			return
		}
		b.WriteString(`<span class="cell__extra `)
		b.WriteString(class)
		b.WriteString(`">`)
		if abbr != "" {
			b.WriteString(`<abbr title="`)
			b.WriteString(word)
			b.WriteString(`" aria-hidden="true">`)
			b.WriteString(abbr)
			b.WriteString(`</abbr><span class="sr-only">`)
			b.WriteString(word)
			b.WriteString(`</span> `)
			b.WriteString(escapeHTML(text))
		} else {
			b.WriteString(escapeHTML(text))
			b.WriteString(`<span class="sr-only"> `)
			b.WriteString(word)
			b.WriteString(`</span>`)
		}
		b.WriteString(`</span>`)
	}
	for i := range periods {
		var c *Cell
		if i < len(cells) {
			c = cells[i]
		}
		b.WriteString("\n          <td class=\"num\">")
		if c == nil {
			b.WriteString(`<span aria-hidden="true">–</span><span class="sr-only">`)
			b.WriteString(cw.noData)
			b.WriteString(`</span>`)
		} else {
			b.WriteString(`<span class="cell__value">`)
			b.WriteString(escapeHTML(c.Text))
			b.WriteString(`</span>`)
			extra("cell__share", c.ShareText, cw.ofTotal, "")
			extra("cell__reported", c.ReportedText, cw.reported, cw.reportedAbbr)
			extra("cell__attain", c.AttainmentText, cw.attained, cw.attainedAbbr)
		}
		b.WriteString("</td>")
	}
	return b.String()
}
