package period

import (
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2021", "Năm 2021", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "Quý I/2023",
		"Quý 2/2023", "Quý III năm 2023", "Tháng 3/2023", "03/2023", "Tháng 3 năm 2023", "2020 - 2025",
		"2021 – 6 tháng đầu năm 2023", "Từ năm 2021 đến 6 tháng đầu năm 2023", "Giai đoạn 2021-2025",
		"Nhiệm kỳ 2020 — 2025", "2025 - 2020", "01/03/2023", "Quý V/2023", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			if p != (Period{}) || err.Code == "" || err.What.VI == "" || err.What.EN == "" || err.Expected.VI == "" {
				t.Fatalf("Parse(%q): bad error %+v, period %+v", s, err, p)
			}
			return
		}
		if p.Kind < Year || p.Kind > Range || p.Start > p.End || p.StartYear() < MinYear || p.EndYear() > MaxYear {
			t.Fatalf("Parse(%q) = %+v", s, p)
		}
		if p.Label == "" || !utf8.ValidString(p.Label) && utf8.ValidString(s) {
			t.Fatalf("Parse(%q) label %q", s, p.Label)
		}
		if !p.Contains(p) || p.Compare(p) != 0 {
			t.Fatalf("Parse(%q) not reflexive", s)
		}
		// The canonical label reads back as the same period and as itself.
		q, err := Parse(p.Label)
		if err != nil || !q.Same(p) || q.Label != p.Label {
			t.Fatalf("Parse(%q) = %+v, reparse of label = %+v, %v", s, p, q, err)
		}
	})
}
