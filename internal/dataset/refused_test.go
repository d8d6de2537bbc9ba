package dataset

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
)

// TestRefusedFileRowsChecked: a file refused for its header still has the
// mistakes of its rows reported (a stray quote on line 3), as when every
// file was read whole before it was used.
func TestRefusedFileRowsChecked(t *testing.T) {
	const indicators = "ma,ten,don_vi\nct,Chỉ tiêu,người\n"
	const figures = "ma,ky,gia_tri\nct,2021,1\n"
	tests := []struct {
		name  string
		files map[string]string
		file  string // where the stray quote is
	}{
		{"chi-tieu.csv without ten", map[string]string{"chi-tieu.csv": "ma,don_vi\nct,người\nct2,ng\"ười\n", "so-lieu.csv": figures}, "chi-tieu.csv"},
		{"figures of no layout", map[string]string{"chi-tieu.csv": indicators, "so-lieu.csv": figures, "x.csv": "a,b\n1,2\n3,4\"\n"}, "x.csv"},
		{"figures without ma", map[string]string{"chi-tieu.csv": indicators, "so-lieu.csv": "ky,gia_tri\n2021,1\n2022,2\"\n"}, "so-lieu.csv"},
		{"muc-tieu.csv without toan_tu", map[string]string{"chi-tieu.csv": indicators, "so-lieu.csv": figures,
			"muc-tieu.csv": "ma,phep_do,nguong,han\nct,gia_tri,1,2025\nct,gia_tri,\"2\"x,2025\n"}, "muc-tieu.csv"},
		{"no chi-tieu.csv", map[string]string{"so-lieu.csv": "ma,ky,gia_tri\nct,2021,1\nct,2022,2\"\n"}, "so-lieu.csv"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for n, text := range tt.files {
			fsys[n] = &fstest.MapFile{Data: []byte(text)}
		}
		var dl diag.List
		Load(fsys, "d", &dl)
		var got []string
		for _, d := range dl.Items() {
			got = append(got, fmt.Sprintf("%s:%d %s", d.File, d.Line, d.Code))
		}
		want := "d/" + tt.file + ":3 " + csvfile.CodeBadQuote
		if !slices.Contains(got, want) && !slices.Contains(got, want+"/sau-ngoac-dong") {
			t.Errorf("%s: %v, want %s among them", tt.name, got, want)
		}
	}
}
