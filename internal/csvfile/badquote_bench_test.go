package csvfile

import (
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// badQuoteExport returns a wide export of about 1 MB typed by hand with a
// stray quote in every cell: 40 columns, 1000 rows.
func badQuoteExport(cell string) string {
	var b strings.Builder
	for i := range 1000 {
		for j := range 40 {
			if j > 0 {
				b.WriteByte(';')
			}
			if i == 0 {
				b.WriteString("Cột")
				continue
			}
			b.WriteString(cell)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

// BenchmarkRecordsBadQuotes compares reader with the old scanner on
// exports with a quoting mistake in every cell.
func BenchmarkRecordsBadQuotes(b *testing.B) {
	for _, cell := range []string{`Số 5" nhà`, `"12,5"x`, ` "12,5" `} {
		text := badQuoteExport(cell)
		b.Run("reader/"+cell, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				newReader("x.csv", text, &diag.List{}).all()
			}
		})
		b.Run("old/"+cell, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				oldRecords("x.csv", text, &diag.List{})
			}
		})
	}
}
