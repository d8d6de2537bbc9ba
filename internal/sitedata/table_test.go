package sitedata

import (
	"path/filepath"
	"testing"

	"github.com/tayson/chitieu/internal/sitewords"
)

// TestCellsHTML: a row's cells as the data table prints them, with the
// words of the site's catalogues, against markup written by hand (the
// markup layouts/_partials/bang-so-lieu.html printed cell by cell before).
func TestCellsHTML(t *testing.T) {
	const indent = "\n          "
	full := &Cell{Text: "3.889", ShareText: "94,48 %", ReportedText: "94,5 %", AttainmentText: "101,2 %"}
	tests := []struct {
		lang    string
		cells   []*Cell
		periods int
		want    string
	}{
		{"vi", []*Cell{{Text: "4.116"}}, 1,
			indent + `<td class="num"><span class="cell__value">4.116</span></td>`},
		{"vi", []*Cell{full}, 1,
			indent + `<td class="num"><span class="cell__value">3.889</span>` +
				`<span class="cell__extra cell__share">94,48 %<span class="sr-only"> so với tổng số</span></span>` +
				`<span class="cell__extra cell__reported"><abbr title="báo cáo ghi" aria-hidden="true">BC</abbr><span class="sr-only">báo cáo ghi</span> 94,5 %</span>` +
				`<span class="cell__extra cell__attain"><abbr title="đạt so với kế hoạch" aria-hidden="true">KH</abbr><span class="sr-only">đạt so với kế hoạch</span> 101,2 %</span></td>`},
		// no share, but the report's percentage
		{"en", []*Cell{{Text: "16", ReportedText: "0.38 %"}}, 1,
			indent + `<td class="num"><span class="cell__value">16</span>` +
				`<span class="cell__extra cell__reported"><abbr title="as reported" aria-hidden="true">R</abbr><span class="sr-only">as reported</span> 0.38 %</span></td>`},
		// the attainment of the plan alone
		{"vi", []*Cell{{Text: "12", AttainmentText: "104,0 %"}}, 1,
			indent + `<td class="num"><span class="cell__value">12</span>` +
				`<span class="cell__extra cell__attain"><abbr title="đạt so với kế hoạch" aria-hidden="true">KH</abbr><span class="sr-only">đạt so với kế hoạch</span> 104,0 %</span></td>`},
		// no figure in a period, and a period past the row's cells
		{"vi", []*Cell{nil, {Text: "2"}}, 3,
			indent + `<td class="num"><span aria-hidden="true">–</span><span class="sr-only">không có số liệu</span></td>` +
				indent + `<td class="num"><span class="cell__value">2</span></td>` +
				indent + `<td class="num"><span aria-hidden="true">–</span><span class="sr-only">không có số liệu</span></td>`},
		// escaped as html/template escapes a printed string
		{"en", []*Cell{{Text: `<b>&'"+`}}, 1,
			indent + `<td class="num"><span class="cell__value">&lt;b&gt;&amp;&#39;&#34;&#43;</span></td>`},
		{"vi", nil, 0, ""},
	}
	for _, tt := range tests {
		w, err := sitewords.Load(filepath.Join("..", ".."), tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := cellsHTML(tt.cells, tt.periods, wordsOfCells(w)); got != tt.want {
			t.Errorf("%s cellsHTML(%d periods)\n got %s\nwant %s", tt.lang, tt.periods, got, tt.want)
		}
	}
}
