package period

import (
	"strings"
	"testing"
)

func ym(y, m int) int { return y*12 + m - 1 }

func TestParseAccepted(t *testing.T) {
	tests := []struct {
		in         string
		label      string
		kind       Kind
		start, end int
		partial    bool
	}{
		{"2021", "2021", Year, ym(2021, 1), ym(2021, 12), false},
		{"Năm 2021", "2021", Year, ym(2021, 1), ym(2021, 12), false},
		{"  năm   2021 ", "2021", Year, ym(2021, 1), ym(2021, 12), false},
		{"NAM 2021", "2021", Year, ym(2021, 1), ym(2021, 12), false},
		{"1900", "1900", Year, ym(1900, 1), ym(1900, 12), false},
		{"2200", "2200", Year, ym(2200, 1), ym(2200, 12), false},
		{"6 tháng đầu năm 2023", "6 tháng đầu năm 2023", Half, ym(2023, 1), ym(2023, 6), true},
		{"6 tháng cuối năm 2023", "6 tháng cuối năm 2023", Half, ym(2023, 7), ym(2023, 12), false},
		{"6 thang dau nam 2023", "6 tháng đầu năm 2023", Half, ym(2023, 1), ym(2023, 6), true},
		{"06 Tháng Đầu Năm 2023", "6 tháng đầu năm 2023", Half, ym(2023, 1), ym(2023, 6), true},
		{"Quý I/2023", "Quý I/2023", Quarter, ym(2023, 1), ym(2023, 3), true},
		{"Quý 2/2023", "Quý II/2023", Quarter, ym(2023, 4), ym(2023, 6), true},
		{"Quý III năm 2023", "Quý III/2023", Quarter, ym(2023, 7), ym(2023, 9), true},
		{"quý iv / 2023", "Quý IV/2023", Quarter, ym(2023, 10), ym(2023, 12), false},
		{"Quy IV 2023", "Quý IV/2023", Quarter, ym(2023, 10), ym(2023, 12), false},
		{"Tháng 3/2023", "Tháng 3/2023", Month, ym(2023, 3), ym(2023, 3), true},
		{"03/2023", "Tháng 3/2023", Month, ym(2023, 3), ym(2023, 3), true},
		{"12/2023", "Tháng 12/2023", Month, ym(2023, 12), ym(2023, 12), false},
		{"Tháng 3 năm 2023", "Tháng 3/2023", Month, ym(2023, 3), ym(2023, 3), true},
		{"2020 - 2025", "2020 - 2025", Range, ym(2020, 1), ym(2025, 12), false},
		{"2020-2025", "2020 - 2025", Range, ym(2020, 1), ym(2025, 12), false},
		{"2020–2025", "2020 - 2025", Range, ym(2020, 1), ym(2025, 12), false},
		{"2020 — 2025", "2020 - 2025", Range, ym(2020, 1), ym(2025, 12), false},
		{"2021 – 6 tháng đầu năm 2023", "2021 - 6 tháng đầu năm 2023", Range, ym(2021, 1), ym(2023, 6), true},
		{"Từ năm 2021 đến 6 tháng đầu năm 2023", "2021 - 6 tháng đầu năm 2023", Range, ym(2021, 1), ym(2023, 6), true},
		{"tu nam 2021 den nam 2022", "2021 - 2022", Range, ym(2021, 1), ym(2022, 12), false},
		{"Giai đoạn 2021 - 2025", "2021 - 2025", Range, ym(2021, 1), ym(2025, 12), false},
		{"Nhiệm kỳ 2020 – 2025", "2020 - 2025", Range, ym(2020, 1), ym(2025, 12), false},
		{"Giai đoạn từ 2021 đến 2025", "2021 - 2025", Range, ym(2021, 1), ym(2025, 12), false},
		{"Quý I/2023 - Quý III/2023", "Quý I/2023 - Quý III/2023", Range, ym(2023, 1), ym(2023, 9), true},
		{"2021 - 2021", "2021 - 2021", Range, ym(2021, 1), ym(2021, 12), false},
		// macOS writes decomposed (NFD) Vietnamese: the label comes back NFC.
		{"Qu\u0079\u0301 I/2023", "Quý I/2023", Quarter, ym(2023, 1), ym(2023, 3), true},
		{"Năm\u00a02021", "2021", Year, ym(2021, 1), ym(2021, 12), false},
	}
	for _, tt := range tests {
		p, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %s", tt.in, err.What.EN)
			continue
		}
		if p.Typed != strings.Join(strings.Fields(strings.ReplaceAll(tt.in, "\u00a0", " ")), " ") && !strings.Contains(tt.in, "\u0301") {
			t.Errorf("Parse(%q).Typed = %q, want the input as typed", tt.in, p.Typed)
		}
		want := Period{Label: tt.label, Kind: tt.kind, Start: tt.start, End: tt.end, Typed: p.Typed}
		if p != want {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, p, want)
		}
		if p.Partial() != tt.partial {
			t.Errorf("Parse(%q).Partial() = %v, want %v", tt.in, p.Partial(), tt.partial)
		}
		if p.StartYear() != tt.start/12 || p.EndYear() != tt.end/12 {
			t.Errorf("Parse(%q) years %d–%d", tt.in, p.StartYear(), p.EndYear())
		}
	}
}

func TestParseRejected(t *testing.T) {
	tests := []struct {
		in   string
		code string
		has  string // substring of the Vietnamese explanation
	}{
		{"", CodeEmpty, "trống"},
		{"   ", CodeEmpty, "trống"},
		{"abc", CodeInvalid, "không phải là một kỳ"},
		{"1899", CodeYear, "1900–2200"},
		{"2201", CodeYear, "1900–2200"},
		{"Năm 23", CodeYear, "1900–2200"},
		{"Quý V/2023", CodeInvalid, "không phải là một kỳ"},
		{"Quý 5/2023", CodeInvalid, "quý phải là"},
		{"Tháng 13/2023", CodeMonth, "tháng 13"},
		{"00/2023", CodeMonth, "tháng 00"},
		{"2025 - 2020", CodeBackwards, "kết thúc trước"},
		{"6 tháng đầu năm 2023 - 2022", CodeBackwards, "kết thúc trước"},
		{"2023 - 6 tháng đầu năm 2023", CodeBackwards, "kết thúc trước"},
		{"Từ 2025 đến 2021", CodeBackwards, "kết thúc trước"},
		{"2020 - 2022 - 2025", CodeInvalid, "không phải là một kỳ"},
		{"2020 -", CodeInvalid, "không phải là một kỳ"},
		{"01/03/2023", CodeInvalid, "ngày cụ thể"},
		{"6 tháng giữa năm 2023", CodeInvalid, "không phải là một kỳ"},
		{"9 tháng đầu năm 2023", CodeInvalid, "không phải là một kỳ"},
		{"2023/03", CodeInvalid, "không phải là một kỳ"},
		{"2021/13", CodeMonth, "tháng 13"},
		{"Quý I/1800", CodeYear, "1900–2200"},
	}
	for _, tt := range tests {
		p, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) = %+v, want error %s", tt.in, p, tt.code)
			continue
		}
		if err.Code != tt.code || !strings.Contains(err.What.VI, tt.has) {
			t.Errorf("Parse(%q) = %s %q, want %s containing %q", tt.in, err.Code, err.What.VI, tt.code, tt.has)
		}
		if err.What.EN == "" || err.Expected.VI == "" || err.Expected.EN == "" || err.Fix.VI == "" || err.Fix.EN == "" {
			t.Errorf("Parse(%q): incomplete error %+v", tt.in, err)
		}
	}
	// The generic error lists the accepted forms with examples.
	_, err := Parse("abc")
	for _, ex := range []string{"2021", "6 tháng đầu năm 2023", "Quý I/2023", "Tháng 3/2023", "03/2023", "2020 - 2025", "Từ năm 2021 đến 6 tháng đầu năm 2023", "Giai đoạn", "Nhiệm kỳ"} {
		if !strings.Contains(err.Expected.VI, ex) {
			t.Errorf("Expected text lacks example %q", ex)
		}
	}
}

func mustParse(t *testing.T, s string) Period {
	t.Helper()
	p, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %s", s, err.What.EN)
	}
	return p
}

func TestCompareContains(t *testing.T) {
	tests := []struct {
		a, b     string
		cmp      int
		contains bool
	}{
		{"2021", "2022", -1, false},
		{"2022", "2021", 1, false},
		{"2021", "Năm 2021", 0, true},     // the same period, however written
		{"2021", "2021 - 2021", -1, true}, // same months, another kind
		{"2021", "2021", 0, true},
		{"2023", "Quý II/2023", -1, true},
		{"Quý II/2023", "2023", 1, false},
		{"6 tháng đầu năm 2023", "2023", -1, false},
		{"2020 - 2025", "Tháng 3/2024", -1, true},
		{"2021 – 6 tháng đầu năm 2023", "6 tháng cuối năm 2023", -1, false},
		{"2021 – 6 tháng đầu năm 2023", "Quý II/2023", -1, true},
	}
	for _, tt := range tests {
		a, b := mustParse(t, tt.a), mustParse(t, tt.b)
		if got := a.Compare(b); got != tt.cmp {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.cmp)
		}
		if got := a.Contains(b); got != tt.contains {
			t.Errorf("Contains(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.contains)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Year: "year", Half: "half", Quarter: "quarter", Month: "month", Range: "range", 0: "invalid"} {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
}

// TestSamePeriod: a period is its meaning, never its spelling. Every label of
// a group is the same period, with one canonical label that reads back as
// itself; labels of different groups are different periods.
func TestSamePeriod(t *testing.T) {
	groups := []struct {
		canonical string
		labels    []string
	}{
		{"2022", []string{"2022", "Năm 2022", "nam 2022", "NĂM  2022"}},
		{"Quý I/2023", []string{"Quý I/2023", "Quý 1/2023", "quy i/2023", "Quý I năm 2023", "Quý 01/2023"}},
		{"6 tháng cuối năm 2023", []string{"6 tháng cuối năm 2023", "6 thang cuoi nam 2023", "06 tháng cuối năm 2023"}},
		{"2020 - 2025", []string{"2020 - 2025", "Từ năm 2020 đến 2025", "2020–2025", "Giai đoạn 2020 - 2025", "Nhiệm kỳ 2020 – 2025", "tu nam 2020 den nam 2025"}},
		{"2021 - 6 tháng đầu năm 2023", []string{"2021 - 6 tháng đầu năm 2023", "Từ năm 2021 đến 6 tháng đầu năm 2023", "Năm 2021 – 6 thang dau nam 2023"}},
		{"Quý I/2023 - Quý III/2023", []string{"Quý I/2023 - Quý III/2023", "Quý 1/2023 - Quý 3/2023", "Tháng 1/2023 - Quý III/2023"}},
		{"Tháng 3/2023", []string{"Tháng 3/2023", "03/2023", "Tháng 3 năm 2023", "thang 3/2023"}},
		{"6 tháng cuối năm 2021 - 6 tháng đầu năm 2023", []string{"6 tháng cuối năm 2021 - 6 tháng đầu năm 2023", "Tháng 7/2021 - 6 tháng đầu năm 2023"}},
	}
	var firsts []Period
	for _, g := range groups {
		var first Period
		for i, l := range g.labels {
			p, err := Parse(l)
			if err != nil {
				t.Errorf("Parse(%q): %s", l, err.What.EN)
				continue
			}
			if p.Label != g.canonical {
				t.Errorf("Parse(%q).Label = %q, want %q", l, p.Label, g.canonical)
			}
			if i == 0 {
				first = p
				firsts = append(firsts, p)
			} else if !p.Same(first) || p.Compare(first) != 0 {
				t.Errorf("%q and %q are not the same period: %+v, %+v", l, g.labels[0], p, first)
			}
		}
		again, err := Parse(g.canonical)
		if err != nil || again.Label != g.canonical || !again.Same(first) {
			t.Errorf("the canonical label %q does not read back as itself: %+v %v", g.canonical, again, err)
		}
	}
	for i := range firsts {
		for j := range firsts {
			if i != j && (firsts[i].Same(firsts[j]) || firsts[i].Compare(firsts[j]) == 0 || firsts[i].Label == firsts[j].Label) {
				t.Errorf("%q and %q are taken for the same period", firsts[i].Typed, firsts[j].Typed)
			}
		}
	}
}

// TestDateLike: dates that spreadsheets put in the period column are
// explained as dates, with the period to write instead.
func TestDateLike(t *testing.T) {
	tests := []struct{ in, code, says string }{
		{"2021-03-31", CodeISODate, "“Tháng 3/2021”"},
		{"2021-03", CodeISODate, "“Tháng 3/2021”"},
		{"2021-12-31T00:00:00", CodeISODate, "“2021”"},
		{"44286", CodeSerial, "31/03/2021"},
		{"44561", CodeSerial, "“2021”"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) accepted", tt.in)
			continue
		}
		if err.Code != tt.code || !strings.Contains(err.What.VI+err.Expected.VI+err.Fix.VI, tt.says) {
			t.Errorf("Parse(%q) = %s %q, want %s saying %s", tt.in, err.Code, err.What.VI+" | "+err.Fix.VI, tt.code, tt.says)
		}
	}
	// Not dates: a range of years, a five-digit number outside Excel's dates.
	if p, err := Parse("2020-2025"); err != nil || p.Kind != Range {
		t.Errorf("Parse(2020-2025) = %+v, %v", p, err)
	}
	if _, err := Parse("12345"); err == nil || err.Code != CodeYear {
		t.Errorf("Parse(12345) = %v, want %s", err, CodeYear)
	}
}
