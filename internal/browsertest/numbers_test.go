package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNumbersFollowOneRule: an indicator's percentages are written with one
// number of decimals wherever they appear (headline, chart tooltip and
// labels, table, download), and a pie labels its slices on the table's
// denominator, which its caption names. Expected figures worked out by hand
// from du-lieu/ (the report writes these shares with one decimal, except
// 17,71 % of trinh-do-ly-luan-chinh-tri-cap-uy-vien: two there).
func TestNumbersFollowOneRule(t *testing.T) {
	needBrowser(t)
	tb := newTab(t, mainSite, 1280)

	// xep-loai-to-chuc-co-so-dang: (56 + 2) / 58 in 2022 = 100,0 %;
	// 56 / 58 in 2021 = 96,55… → 96,6 %; 2 / 58 = 3,45… → 3,4 %.
	tb.open("/chi-tieu/xep-loai-to-chuc-co-so-dang/")
	tb.initCharts(0)
	if got := eval[string](tb, `document.querySelector('.chi-tieu__moi-nhat .card__number').textContent`); got != "100,0 %" {
		t.Errorf("xep-loai-to-chuc-co-so-dang: headline %q, want 100,0 %%", got)
	}
	table := eval[string](tb, `document.getElementById('bang').textContent`)
	for _, want := range []string{"96,6 %", "3,4 %", "94,8 %"} {
		if !strings.Contains(table, want) {
			t.Errorf("xep-loai-to-chuc-co-so-dang: the table lacks %s", want)
		}
	}
	if strings.Contains(table, "96,55") {
		t.Errorf("xep-loai-to-chuc-co-so-dang: the table writes 96,55 (two decimals)")
	}
	// target 2 (> 80 %), its 2021 result: 96,6 %
	tip := strings.Join(readChartTexts(tb, "bd-xep-loai-to-chuc-co-so-dang-mt2", 0, nil).Tooltip, "\n")
	if !strings.Contains(tip, "96,6 %") || strings.Contains(tip, "96,55") {
		t.Errorf("xep-loai-to-chuc-co-so-dang: the target's tooltip for 2021 is not 96,6 %%:\n%s", tip)
	}
	csv, err := os.ReadFile(filepath.Join(mainSite.dir, "data", "xep-loai-to-chuc-co-so-dang.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), ";56;96,5;96,6;") {
		t.Errorf("the CSV download does not write 56 (96,5 reported) with its share 96,6:\n%s", csv)
	}

	// the summary table: 94,8 % of the 80 % target = 118,5 % (one decimal)
	sum, err := os.ReadFile(filepath.Join(mainSite.dir, "tong-hop", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sum), "118,5 %") || strings.Contains(string(sum), "118,50 %") {
		t.Errorf("the summary table does not write the ratio 94,8 / 80 as 118,5 %%")
	}

	// trinh-do-ly-luan-chinh-tri-cap-uy-vien: 59 / 323 = 18,266… → 18,27 %
	// in the table and on the pie, whose caption names “Tổng số” (323).
	tb.open("/chi-tieu/trinh-do-ly-luan-chinh-tri-cap-uy-vien/")
	tb.initCharts(1200)
	if got := eval[string](tb, `document.querySelector('.chi-tieu__moi-nhat .card__number').textContent`); got != "97,51 %" {
		t.Errorf("trinh-do-ly-luan-chinh-tri-cap-uy-vien: headline %q, want the report's 17,71 %% + 79,8 %% = 97,51 %%", got)
	}
	if eval[string](tb, `(document.querySelector('.chi-tieu__luu-y a') || {}).hash || ''`) == "" {
		t.Errorf("trinh-do-ly-luan-chinh-tri-cap-uy-vien: the headline does not point to the note")
	}
	texts := strings.Join(readChartTexts(tb, "bd-trinh-do-ly-luan-chinh-tri-cap-uy-vien", 0, nil).Texts, "\n")
	if !strings.Contains(texts, "Cao cấp: 59 (18,27 %)") {
		t.Errorf("trinh-do-ly-luan-chinh-tri-cap-uy-vien: the pie does not label Cao cấp 59 (18,27 %%):\n%s", texts)
	}
	if table := eval[string](tb, `document.getElementById('bang').textContent`); !strings.Contains(table, "18,27 %") {
		t.Errorf("trinh-do-ly-luan-chinh-tri-cap-uy-vien: the table lacks 18,27 %%")
	}
	if got := eval[string](tb, `document.querySelector('.chart__mau-so').textContent`); !strings.Contains(got, "“Tổng số” (323)") {
		t.Errorf("trinh-do-ly-luan-chinh-tri-cap-uy-vien: the pie's caption says %q, want it to name “Tổng số” (323)", got)
	}
	tb.checkClean("numbers")
}
