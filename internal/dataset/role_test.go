package dataset

import "testing"

// TestRole: the role of a series from the indicator's tong and thanh_phan
// columns (README: "A series left out is a “trong đó” (a subset)").
func TestRole(t *testing.T) {
	tests := []struct {
		name        string
		total, plan string
		parts       []string
		series      string
		want        Role
	}{
		{"the total", "Tổng số", "", nil, "Tổng số", RoleTotal},
		{"the plan", "", "Kế hoạch", nil, "Kế hoạch", RolePlan},
		{"a total, no parts listed: every other series is a part", "Tổng số", "", nil, "A", RolePart},
		{"a listed part", "Tổng số", "", []string{"A", "B"}, "A", RolePart},
		{"left out of the listed parts: trong đó", "Tổng số", "", []string{"A", "B"}, "A1", RoleSubset},
		// kiem-tra-giam-sat-ct03: parts listed, no total series; the
		// committee's "trong đó" lines are inside its part, not added to it.
		{"parts without a total: a listed part", "", "", []string{"A", "B"}, "B", RolePart},
		{"parts without a total: left out is trong đó", "", "", []string{"A", "B"}, "A: x", RoleSubset},
		{"neither total nor parts", "", "", nil, "A", RoleOther},
	}
	for _, tt := range tests {
		ind := &Indicator{Total: tt.total, Plan: tt.plan, Parts: tt.parts}
		if got := ind.Role(tt.series); got != tt.want {
			t.Errorf("%s: Role(%q) = %q, want %q", tt.name, tt.series, got, tt.want)
		}
	}
}
