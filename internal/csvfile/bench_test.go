package csvfile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// benchExport returns an export of about 10 MB in the long layout, as
// Excel writes it in a Vietnamese locale: ";" separator, CRLF, a quoted
// decimal comma in every value, a quoted note with a separator and a
// doubled quote on every tenth row.
func benchExport() []byte {
	var b strings.Builder
	b.WriteString("Mã chỉ tiêu;Kỳ;Chuỗi;Giá trị;Ghi chú\r\n")
	for i := 0; b.Len() < 10<<20; i++ {
		note := ""
		if i%10 == 0 {
			note = `"Số liệu ""sơ bộ""; cập nhật sau"`
		}
		fmt.Fprintf(&b, "CT%05d;%d;Xã %d;\"%d,%d\";%s\r\n", i/60, 2015+i%10, i%60, i%997, i%10, note)
	}
	return []byte(b.String())
}

// BenchmarkRead reads a 10 MB export (go test -bench Read -benchmem).
func BenchmarkRead(b *testing.B) {
	data := benchExport()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var dl diag.List
		if t := Read("x.csv", data, &dl); t == nil || dl.Len() != 0 {
			b.Fatalf("table %v, diagnostics %v", t != nil, codes(&dl))
		}
	}
}
