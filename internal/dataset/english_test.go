package dataset

import (
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/diag"
)

// TestEnglishColumns: chi-tieu.csv's optional ten_en, don_vi_en and
// chuoi_en give the English names; a chuoi_en item that is not
// name=English, or that names a series the figures lack, is a warning at
// its cell, and the rest is kept.
func TestEnglishColumns(t *testing.T) {
	fsys := fstest.MapFS{
		"chi-tieu.csv": {Data: []byte("ma,ten,don_vi,tong,ten_en,don_vi_en,chuoi_en\n" +
			"dang-vien,Đảng viên,người,Tổng số,Party members,people,Tổng số=Total; Nữ=Women; Nam; Tổng=Sum\n")},
		"so-lieu.csv": {Data: []byte("ma,ky,chuoi,gia_tri\ndang-vien,2022,Tổng số,10\ndang-vien,2022,Nữ,4\n")},
	}
	var diags diag.List
	ds := Load(fsys, "du-lieu", &diags)
	if ds == nil || diags.HasErrors() || len(ds.Indicators) != 1 {
		t.Fatalf("not loaded: %v", diags.Items())
	}
	ind := ds.Indicators[0]
	if ind.TitleEN != "Party members" || ind.UnitEN != "people" {
		t.Errorf("TitleEN %q, UnitEN %q", ind.TitleEN, ind.UnitEN)
	}
	if len(ind.SeriesEN) != 3 || ind.SeriesEN["Tổng số"] != "Total" || ind.SeriesEN["Nữ"] != "Women" {
		t.Errorf("SeriesEN = %v", ind.SeriesEN)
	}
	codes := map[string]int{}
	for _, d := range diags.Items() {
		codes[d.Code]++
		if d.Severity != diag.Warning || d.Line != 2 {
			t.Errorf("%s: severity %v at line %d, want a warning on line 2", d.Code, d.Severity, d.Line)
		}
	}
	if codes[CodeBadEnglishName] != 1 || codes[CodeUnknownEnglishSeries] != 1 || len(codes) != 2 {
		t.Errorf("diagnostics %v, want one %s (“Nam”) and one %s (“Tổng”)", codes, CodeBadEnglishName, CodeUnknownEnglishSeries)
	}
}
