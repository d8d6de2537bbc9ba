package indicator

import (
	"testing"
)

// TestEnglishLeavesVietnamese: the English copy of an indicator names its
// periods in English, and the Vietnamese indicator, whose observations
// share their periods, keeps its own.
func TestEnglishLeavesVietnamese(t *testing.T) {
	inds, _ := compute(t)
	vi := inds["ket-nap"]
	if vi == nil || len(vi.Observations) == 0 {
		t.Fatal("ket-nap has no figures")
	}
	before := make([]string, len(vi.Observations))
	for i, o := range vi.Observations {
		before[i] = o.Period.Label
	}
	en := English(vi, func(s string) string { return "EN " + s })
	for i, o := range vi.Observations {
		if o.Period.Label != before[i] {
			t.Errorf("Vietnamese observation %d: period %q, was %q", i, o.Period.Label, before[i])
		}
		if want := "EN " + before[i]; en.Observations[i].Period.Label != want {
			t.Errorf("English observation %d: period %q, want %q", i, en.Observations[i].Period.Label, want)
		}
	}
}
