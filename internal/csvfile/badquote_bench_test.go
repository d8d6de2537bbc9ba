package csvfile

import (
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// badQuoteExport returns a wide export of about 0.4 MB typed by hand, cell
// written the same way in each of its 40 columns and 999 rows.
func badQuoteExport(cell string) []byte {
	var b strings.Builder
	for i := range 1000 {
		for j := range 40 {
			if j > 0 {
				b.WriteByte(';')
			}
			if i == 0 {
				b.WriteString("Cột " + string(rune('A'+j%26)) + string(rune('a'+j/26)))
				continue
			}
			b.WriteString(cell)
		}
		b.WriteString("\r\n")
	}
	return []byte(b.String())
}

// BenchmarkReadBadQuotes reads exports with a quote in every cell: a stray
// one, text after a closing one, spaces around a quoted cell (no mistake).
func BenchmarkReadBadQuotes(b *testing.B) {
	for _, cell := range []string{`Số 5" nhà`, `"12,5"x`, ` "12,5" `} {
		data := badQuoteExport(cell)
		b.Run(cell, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if Read("x.csv", data, &diag.List{}) == nil {
					b.Fatal("no table")
				}
			}
		})
	}
}
