package number

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// canonical is the plain Vietnamese form: no thousands separators, decimal comma.
var canonical = regexp.MustCompile(`^-?[0-9]+(,[0-9]+)?$`)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"4116", "4.116", "4 116", "94,5", "94,5%", "94,5 %", "94.5", "-3",
		"1.234.567", "1.234,5", "1,234.5", "1,2,3", "1e5", "NaN", "Inf", "", "12.34", "1.23.4",
		"4\u00a0116", "−0,5", ",5", "0,0001", "99999999999999999999999,9"} {
		for _, c := range []Convention{Unknown, DecimalComma, DecimalPoint} {
			f.Add(s, int(c))
		}
	}
	f.Fuzz(func(t *testing.T, s string, c int) {
		conv := Convention(c)
		if c < 0 || c > 2 {
			conv = Unknown
		}
		_ = Evidence(s)
		n, _, err := Parse(s, conv)
		if err != nil {
			if n != (Number{}) || err.What.VI == "" || err.What.EN == "" || err.Code == "" {
				t.Fatalf("Parse(%q): bad error %+v, number %+v", s, err, n)
			}
			return
		}
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
			t.Fatalf("Parse(%q) = %v", s, n.Value)
		}
		if n.Decimals < 0 {
			t.Fatalf("Parse(%q) decimals %d", s, n.Decimals)
		}
		if conv != DecimalPoint && canonical.MatchString(s) {
			back := strings.Replace(strconv.FormatFloat(n.Value, 'f', n.Decimals, 64), ".", ",", 1)
			m, _, err := Parse(back, DecimalComma)
			if err != nil || m.Value != n.Value {
				t.Fatalf("Parse(%q) = %v, formatted %q, reparsed %v, %v", s, n.Value, back, m.Value, err)
			}
			// Format (with thousands dots) must read back too.
			g := Format(n.Value, n.Decimals, DecimalComma)
			m, _, err = Parse(g, DecimalComma)
			if err != nil || m.Value != n.Value {
				t.Fatalf("Parse(%q) = %v, Format %q, reparsed %v, %v", s, n.Value, g, m.Value, err)
			}
		}
	})
}
