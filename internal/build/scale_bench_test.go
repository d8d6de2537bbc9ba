package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oneIndicator writes an export of one indicator with n rows: a total and
// n/10-1 parts (one per commune, say) over 10 years, the parts adding up to
// the total, with a reported percentage on every part.
func oneIndicator(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	series := n / 10
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	// The parts are listed (thanh_phan), as a clerk may: every check asks
	// each observation's role.
	var parts []string
	for s := 1; s < series; s++ {
		parts = append(parts, fmt.Sprintf("Xã số %d", s))
	}
	write("chi-tieu.csv", "ma,ten,nhom,don_vi,tong,thanh_phan\nxa,Số đảng viên theo xã,1. Xã,đảng viên,Tổng số,"+strings.Join(parts, ";")+"\n")
	var b strings.Builder
	b.WriteString("ma,ky,chuoi,gia_tri,ty_le_bao_cao\n")
	for y := 2016; y < 2026; y++ {
		fmt.Fprintf(&b, "xa,%d,Tổng số,%d,\n", y, 100*(series-1))
		for s := 1; s < series; s++ {
			fmt.Fprintf(&b, "xa,%d,Xã số %d,100,\"%s\"\n", y, s, strings.Replace(fmt.Sprintf("%.2f", 10000.0/float64(100*(series-1))), ".", ",", 1))
		}
	}
	write("so-lieu.csv", b.String())
	return dir
}

// BenchmarkCheckRows: check of one indicator with many series (6.000 and
// 48.000 rows): must grow linearly with the rows.
func BenchmarkCheckRows(b *testing.B) {
	for _, n := range benchRows {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := oneIndicator(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if res := Check(src, ""); res.Diags.HasErrors() {
					var w strings.Builder
					res.Diags.WriteText(&w, "en")
					b.Fatal(w.String()[:min(2000, w.Len())])
				}
			}
		})
	}
}

var benchRows = []int{1000, 6000, 48000}
