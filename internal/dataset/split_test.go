package dataset_test

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
)

// TestSplitNumber: a note of digits alone right after a whole number is
// refused only where an unquoted decimal comma can have made it.
func TestSplitNumber(t *testing.T) {
	base, err := os.ReadFile("testdata/broken/00-khong-loi/chi-tieu.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data string
		refused    bool
	}{
		{"comma file, unquoted decimal comma", "ma,ky,chuoi,gia_tri,ty_le_bao_cao,ghi_chu\nket-nap-dang-vien,2021,Kết nạp,192,102,67\n", true},
		{"comma file, percent sign kept", "ma,ky,chuoi,gia_tri,ty_le_bao_cao,ghi_chu\nket-nap-dang-vien,2021,Kết nạp,192,102,67%\n", true},
		{"comma file, value split, no reported column", "ma,ky,chuoi,gia_tri,ghi_chu\nket-nap-dang-vien,2021,Kết nạp,19,2\n", true},
		{"comma file, quoted", "ma,ky,chuoi,gia_tri,ty_le_bao_cao,ghi_chu\nket-nap-dang-vien,2021,Kết nạp,192,\"102,67\",67\n", false},
		{"comma file, note says what it counts", "ma,ky,chuoi,gia_tri,ty_le_bao_cao,ghi_chu\nket-nap-dang-vien,2021,Kết nạp,192,102,67 người\n", false},
		{"comma file, note not next to a number", "ma,ky,chuoi,ghi_chu,gia_tri\nket-nap-dang-vien,2021,Kết nạp,67,192\n", false},
		{"semicolon file", "ma;ky;chuoi;gia_tri;ty_le_bao_cao;ghi_chu\nket-nap-dang-vien;2021;Kết nạp;192;102;67\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"chi-tieu.csv": {Data: base},
				"so-lieu.csv":  {Data: []byte(tt.data)},
			}
			diags := &diag.List{}
			dataset.Load(fsys, "du-lieu", diags)
			var got []diag.Diagnostic
			for _, d := range diags.Items() {
				if d.Code == "so-bi-tach-o" {
					got = append(got, d)
				}
			}
			if !tt.refused {
				if len(got) != 0 {
					t.Fatalf("refused a legitimate row: %s", got[0].What.VI)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != diag.Error || got[0].File != "du-lieu/so-lieu.csv" || got[0].Line != 2 {
				t.Fatalf("want one error at so-lieu.csv line 2, got %+v", got)
			}
		})
	}
}
