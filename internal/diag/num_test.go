package diag_test

import (
	"math"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
)

// TestNumAgreesWithNumber: a Num argument is written as number.Format
// writes it, the Vietnamese way in Vietnamese and the English way in
// English.
func TestNumAgreesWithNumber(t *testing.T) {
	for _, n := range []diag.Num{{4116, 0}, {94.5, 1}, {0.38, 2}, {-1234567.891, 3}, {0, 0}, {1e21, 0}, {999.995, 2}, {12, -1}, {math.NaN(), 1}} {
		got := [2]string{fillOne(n, "vi"), fillOne(n, "en")}
		want := [2]string{number.Format(n.Value, n.Decimals, number.DecimalComma), number.Format(n.Value, n.Decimals, number.DecimalPoint)}
		if got != want {
			t.Errorf("Num%v = %q, want %q", n, got, want)
		}
	}
}

// fillOne fills a one-argument phrase with a through the catalogue.
func fillOne(a diag.Num, lang string) string {
	return diag.Fill("{a}", lang, diag.Args{"a": a})
}
