package dataset

import (
	"testing"

	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// TestValue: Value finds each figure whether the observations are in their
// order (binary search) or not (a map), and nothing else.
func TestValue(t *testing.T) {
	p := func(s string) period.Period {
		t.Helper()
		x, err := period.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	o := func(per, series string, v float64) Observation {
		pp := p(per)
		return Observation{Period: &pp, Series: series, Value: number.Number{Value: v}}
	}
	for _, tc := range []struct {
		name   string
		search bool // the observations are in order: Value searches them
		obs    []Observation
	}{
		{"in order", true, []Observation{o("2021", "Tổng số", 1), o("2021", "Nữ", 2), o("Quý I/2022", "Nữ", 3), o("2022", "Tổng số", 4), o("2022", "Nữ", 5)}},
		{"not in order", false, []Observation{o("2022", "Nữ", 5), o("2021", "Tổng số", 1), o("Quý I/2022", "Nữ", 3), o("2022", "Tổng số", 4), o("2021", "Nữ", 2)}},
		{"a series not in Series", false, []Observation{o("2021", "Tổng số", 1), o("2021", "Nữ", 2), o("Quý I/2022", "Nữ", 3), o("2022", "Tổng số", 4), o("2022", "Nam", 5)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ind := &Indicator{Series: []string{"Tổng số", "Nữ"}, Observations: tc.obs}
			for _, want := range tc.obs {
				got, ok := ind.Value(*want.Period, want.Series)
				if !ok || got.Value.Value != want.Value.Value {
					t.Errorf("Value(%s, %s) = %v, %v; want %v", want.Period.Label, want.Series, got.Value.Value, ok, want.Value.Value)
				}
			}
			for _, absent := range []struct{ per, series string }{{"2023", "Nữ"}, {"Quý I/2022", "Tổng số"}, {"2021", "Nam"}, {"2020", "Tổng số"}} {
				if got, ok := ind.Value(p(absent.per), absent.series); ok {
					t.Errorf("Value(%s, %s) = %v, want none", absent.per, absent.series, got.Value.Value)
				}
			}
			if searched := ind.ranks != nil; searched != tc.search {
				t.Errorf("searched: %v, want %v", searched, tc.search)
			}
			// A figure added later is found too.
			ind.Observations = append(ind.Observations, o("2023", "Nữ", 6))
			if got, ok := ind.Value(p("2023"), "Nữ"); !ok || got.Value.Value != 6 {
				t.Errorf("after append: %v, %v", got.Value.Value, ok)
			}
		})
	}
}
