package indicator

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/period"
)

// The report's own figures (section II.1), as the office exports them.
var reportFS = fstest.MapFS{
	"chi-tieu.csv": {Data: []byte(`ma,ten,nhom,don_vi,tong,thanh_phan,ke_hoach
to-chuc,Xếp loại tổ chức cơ sở đảng,1.1.1,tổ chức,Tổng số,Hoàn thành tốt nhiệm vụ trở lên ; Hoàn thành nhiệm vụ ; Không hoàn thành nhiệm vụ,
dang-vien,Xếp loại đảng viên,1.1.2,đảng viên,Tổng số,Hoàn thành tốt nhiệm vụ trở lên ; Hoàn thành nhiệm vụ ; Không hoàn thành nhiệm vụ,
ket-nap,Kết nạp đảng viên,1.2,người,,,Kế hoạch
llct,Trình độ lý luận chính trị của cấp ủy viên cơ sở,1.3,đồng chí,Tổng số,,
`)},
	"xep-loai.csv": {Data: []byte(`ma,chuoi,2021,2021 (%),2022,2022 (%)
to-chuc,Tổng số,58,,58,
to-chuc,Hoàn thành tốt nhiệm vụ trở lên,56,"96,5",55,"94,8"
to-chuc,Hoàn thành xuất sắc nhiệm vụ,13,"23,2",18,31
to-chuc,Hoàn thành nhiệm vụ,2,,3,
to-chuc,Không hoàn thành nhiệm vụ,0,,0,
dang-vien,Tổng số,"4.116",,"4.241",
dang-vien,Hoàn thành tốt nhiệm vụ trở lên,"3.889","94,5","4.022","94,8"
dang-vien,Hoàn thành xuất sắc nhiệm vụ,519,"12,6",550,13
dang-vien,Hoàn thành nhiệm vụ,211,"5,1",196,"4,6"
dang-vien,Không hoàn thành nhiệm vụ,16,"0,38",23,"0,5"
`)},
	"so-lieu.csv": {Data: []byte(`ma;ky;chuoi;gia_tri;ty_le_bao_cao
ket-nap;2021;Kết nạp;192;102,67
ket-nap;2021;Kế hoạch;187;
ket-nap;2022;Kết nạp;199;102,05
ket-nap;2022;Kế hoạch;195;
ket-nap;6 tháng đầu năm 2023;Kết nạp;68;33,5
ket-nap;6 tháng đầu năm 2023;Kế hoạch;203;
llct;6 tháng đầu năm 2023;Tổng số;323;
llct;6 tháng đầu năm 2023;Cao cấp;59;17,71
llct;6 tháng đầu năm 2023;Trung cấp;266;79,8
llct;6 tháng đầu năm 2023;Sơ cấp;8;2,4
`)},
	"muc-tieu.csv": {Data: []byte(`ma,chuoi,phep_do,mau_so,toan_tu,nguong,han,dien_giai
to-chuc,Hoàn thành tốt nhiệm vụ trở lên,ty_le,,>,80,hằng năm,trên 80% hoàn thành tốt nhiệm vụ
to-chuc,Hoàn thành xuất sắc nhiệm vụ,ty_le,Hoàn thành tốt nhiệm vụ trở lên,>=,20,hằng năm,20% hoàn thành xuất sắc so với hoàn thành tốt
to-chuc,Hoàn thành tốt nhiệm vụ trở lên + Hoàn thành nhiệm vụ,ty_le,,>=,100,hằng năm,100% hoàn thành nhiệm vụ
dang-vien,Hoàn thành tốt nhiệm vụ trở lên,ty_le,,>=,80,hằng năm,80% trở lên
ket-nap,Kết nạp,dat_ke_hoach,,>=,100,hằng năm,đạt kế hoạch
llct,Cao cấp + Trung cấp,ty_le,,>=,100,2025,100% từ trung cấp trở lên
`)},
}

func compute(t *testing.T) (map[string]*Indicator, *diag.List) {
	t.Helper()
	var diags diag.List
	ds := dataset.Load(reportFS, "du-lieu", &diags)
	if diags.HasErrors() || ds == nil {
		var b strings.Builder
		diags.WriteText(&b, "vi")
		t.Fatalf("load: %s", b.String())
	}
	out := map[string]*Indicator{}
	for _, ind := range Compute(ds, &diags, period.Period{}) {
		out[ind.ID] = ind
	}
	return out, &diags
}

func cellOf(t *testing.T, ind *Indicator, series, period string) *Cell {
	t.Helper()
	for _, r := range ind.Rows {
		if r.Series != series {
			continue
		}
		for i, p := range ind.PeriodLabels {
			if p == period && r.Cells[i] != nil {
				return r.Cells[i]
			}
		}
	}
	t.Fatalf("%s: no cell %q %q", ind.ID, series, period)
	return nil
}

// TestDerivedMeasures checks shares and attainment against the report's own percentages.
func TestDerivedMeasures(t *testing.T) {
	inds, _ := compute(t)
	tests := []struct {
		ind, series, period string
		share, attainment   float64 // 0: not checked
	}{
		{"dang-vien", "Hoàn thành tốt nhiệm vụ trở lên", "2021", 94.48, 0}, // report: 94,5
		{"dang-vien", "Hoàn thành tốt nhiệm vụ trở lên", "2022", 94.84, 0}, // report: 94,8
		{"dang-vien", "Hoàn thành xuất sắc nhiệm vụ", "2021", 12.61, 0},    // report: 12,6
		{"dang-vien", "Không hoàn thành nhiệm vụ", "2021", 0.39, 0},        // report: 0,38 (truncated)
		{"to-chuc", "Hoàn thành tốt nhiệm vụ trở lên", "2021", 96.6, 0},    // 56 / 58 = 96,55…, 1 decimal as the report (96,5)
		{"to-chuc", "Hoàn thành xuất sắc nhiệm vụ", "2022", 31.0, 0},       // 18 / 58 = 31,03…; report: 31
		{"ket-nap", "Kết nạp", "2021", 0, 102.67},                          // report: 102,67
		{"ket-nap", "Kết nạp", "2022", 0, 102.05},                          // report: 102,05
		{"ket-nap", "Kết nạp", "6 tháng đầu năm 2023", 0, 33.5},            // report: 33,5
	}
	for _, tt := range tests {
		c := cellOf(t, inds[tt.ind], tt.series, tt.period)
		if tt.share != 0 && (c.Share == nil || *c.Share != tt.share) {
			t.Errorf("%s %s %s: share = %v, want %v", tt.ind, tt.series, tt.period, deref(c.Share), tt.share)
		}
		if tt.attainment != 0 && (c.Attainment == nil || *c.Attainment != tt.attainment) {
			t.Errorf("%s %s %s: attainment = %v, want %v", tt.ind, tt.series, tt.period, deref(c.Attainment), tt.attainment)
		}
	}
	if c := cellOf(t, inds["dang-vien"], "Tổng số", "2021"); c.Share != nil || c.Value != 4116 {
		t.Errorf("total cell = %+v, want value 4116 and no share", c)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestTargetStatuses(t *testing.T) {
	inds, _ := compute(t)
	type res struct {
		period string
		value  float64
		status Status
	}
	tests := []struct {
		ind    string
		target int
		want   []res
		status Status
	}{
		{"to-chuc", 0, []res{{"2021", 96.6, StatusExceeded}, {"2022", 94.8, StatusExceeded}}, StatusExceeded},
		{"to-chuc", 1, []res{{"2021", 23.2, StatusExceeded}, {"2022", 32.7, StatusExceeded}}, StatusExceeded},
		{"to-chuc", 2, []res{{"2021", 100, StatusMet}, {"2022", 100, StatusMet}}, StatusMet},
		{"dang-vien", 0, []res{{"2021", 94.48, StatusExceeded}, {"2022", 94.84, StatusExceeded}}, StatusExceeded},
		// The first half of a year cannot be judged against an annual target.
		{"ket-nap", 0, []res{{"2021", 102.67, StatusExceeded}, {"2022", 102.05, StatusExceeded}, {"6 tháng đầu năm 2023", 33.5, StatusNotDue}}, StatusNotDue},
		// Due by 2025: mid-2023 is before the deadline.
		// (59 + 266) / 323 = 100,62 % is the parts exceeding their total, no
		// result: the report's own 17,71 % + 79,8 % = 97,51 % is judged.
		{"llct", 0, []res{{"6 tháng đầu năm 2023", 97.51, StatusNotDue}}, StatusNotDue}, // due by 2025
	}
	for _, tt := range tests {
		tg := inds[tt.ind].Targets[tt.target]
		if len(tg.Results) != len(tt.want) {
			t.Errorf("%s target %d: %d results, want %d: %+v", tt.ind, tt.target, len(tg.Results), len(tt.want), tg.Results)
			continue
		}
		for i, w := range tt.want {
			g := tg.Results[i]
			if g.Period != w.period || g.Value != w.value || g.Status != w.status {
				t.Errorf("%s target %d result %d = %+v, want %+v", tt.ind, tt.target, i, g, w)
			}
		}
		if tg.Status != tt.status {
			t.Errorf("%s target %d: status %q, want %q", tt.ind, tt.target, tg.Status, tt.status)
		}
	}
	if got := inds["ket-nap"].Status; got != StatusNotDue {
		t.Errorf("ket-nap overall status = %q, want %q", got, StatusNotDue)
	}
}

func TestStatusRules(t *testing.T) {
	due := dataset.Target{Op: ">=", Annual: false}
	tests := []struct {
		name   string
		op     string
		annual bool
		value  float64
		thr    float64
		period string
		dueBy  string
		want   Status
	}{
		{"equal meets >=", ">=", true, 80, 80, "2021", "", StatusMet},
		{"above exceeds >=", ">=", true, 80.01, 80, "2021", "", StatusExceeded},
		{"just below: met at 80 % or more", ">=", true, 79.99, 80, "2021", "", StatusNearly},
		{"equal misses >, at 80 % or more", ">", true, 4, 4, "2021", "", StatusNearly},
		{"at 80 % of the threshold", ">=", true, 64, 80, "2021", "", StatusNearly},
		{"below 80 % of the threshold misses", ">=", true, 63.9, 80, "2021", "", StatusNotMet},
		{"at most: no 80 % rule", "<=", true, 2, 1, "2021", "", StatusNotMet},
		{"partial year not due", ">", true, 1, 4, "6 tháng đầu năm 2023", "", StatusNotDue},
		{"before deadline not due", ">=", false, 97.5, 100, "2023", "2025", StatusNotDue},
		{"at deadline, at 80 % or more", ">=", false, 97.5, 100, "2025", "2025", StatusNearly},
		{"at deadline missed", "=", false, 97.5, 100, "2025", "2025", StatusNotMet},
		{"after deadline met", ">=", false, 100, 100, "2025", "2024", StatusMet},
		{"early success is judged at the deadline", ">=", false, 100, 100, "2023", "2025", StatusNotDue},
		{"at most", "<=", true, 0, 0, "2022", "", StatusMet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg := due
			tg.Op, tg.Annual = tt.op, tt.annual
			tg.Threshold.Value = tt.thr
			if tt.dueBy != "" {
				tg.Due = mustPeriod(t, tt.dueBy)
			}
			if got := status(tg, mustPeriod(t, tt.period), tt.value); got != tt.want {
				t.Errorf("status = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReportInconsistencies: the report's real inconsistencies are warnings.
func TestReportInconsistencies(t *testing.T) {
	_, diags := compute(t)
	if diags.HasErrors() {
		t.Fatal("unexpected errors")
	}
	want := []struct{ code, contains string }{
		{"tong-khong-khop", "59 + 266 + 8 = 333"},                   // parts ≠ 323
		{"mau-so-khac-nhau", "Hoàn thành xuất sắc nhiệm vụ"},        // 23,2 % of 56 vs 31 % of 58
		{"ty-le-bao-cao-khac", "0,38 %, nhưng 16 / 4.116 = 0,39 %"}, // truncated
		{"ty-le-bao-cao-khac", "17,71 %, nhưng 59 / 323 = 18,27 %"}, // computed on 333
	}
	items := diags.Items()
	for _, w := range want {
		found := false
		for _, d := range items {
			if d.Code == w.code && strings.Contains(d.What.VI, w.contains) {
				found = true
				if d.Severity != diag.Warning || d.File == "" || d.Line == 0 {
					t.Errorf("%s: %+v should be a located warning", w.code, d)
				}
			}
		}
		if !found {
			t.Errorf("no %s warning containing %q", w.code, w.contains)
		}
	}
	// Figures that agree with the report are not flagged.
	for _, d := range items {
		if strings.Contains(d.What.VI, "94,5 %") || strings.Contains(d.What.VI, "102,67") {
			t.Errorf("false alarm: %s", d.What.VI)
		}
	}
}

func mustPeriod(t *testing.T, s string) period.Period {
	t.Helper()
	p, err := period.Parse(s)
	if err != nil {
		t.Fatalf("period %q: %v", s, err.What.EN)
	}
	return p
}

func TestLatest(t *testing.T) {
	inds, _ := compute(t)
	tests := []struct {
		id   string
		want Latest
	}{
		// The first target's measure in its latest period (its label is
		// worded by the site: Series is what it measures), with the
		// indicator's share decimals (the report prints 0,38 and 102,67:
		// two).
		{"dang-vien", Latest{Period: "2022", Series: "“Hoàn thành tốt nhiệm vụ trở lên”", Measure: dataset.MeasureShare, Denominator: "Tổng số", Value: 94.84, Decimals: 2, Unit: "%", Basis: BasisTarget}},
		{"ket-nap", Latest{Period: "6 tháng đầu năm 2023", Series: "“Kết nạp”", Measure: dataset.MeasureAttainment, Value: 33.5, Decimals: 2, Unit: "%", Basis: BasisTarget}},
		// (56 + 2) / 58 = 100 %, 1 decimal as the report prints 96,5.
		{"to-chuc", Latest{Period: "2022", Series: "“Hoàn thành tốt nhiệm vụ trở lên”", Measure: dataset.MeasureShare, Denominator: "Tổng số", Value: 94.8, Decimals: 1, Unit: "%", Basis: BasisTarget}},
		// (59 + 266) / 323 would be 100,62 %: the report's own 17,71 % +
		// 79,8 % instead, pointing to the note.
		{"llct", Latest{Period: "6 tháng đầu năm 2023", Series: "“Cao cấp” + “Trung cấp”", Measure: dataset.MeasureShare, Denominator: "Tổng số", Value: 97.51, Decimals: 2, Unit: "%", Basis: BasisReported, Note: NotePartsExceedTotal}},
	}
	for _, tt := range tests {
		if got := inds[tt.id].Latest; got == nil || *got != tt.want {
			t.Errorf("%s: latest = %+v, want %+v", tt.id, got, tt.want)
		}
	}
	// Without targets: the total in the last period that has it.
	d := inds["dang-vien"].Indicator
	if got := figure(d); got == nil || got.Value != 4241 || got.Series != "Tổng số" || got.Unit != "đảng viên" || got.Basis != BasisTotal {
		t.Errorf("latest without targets = %+v", got)
	}
}

// TestAtRisk: a target due later is "khó đạt" when the average change from
// its first to its latest result, carried to the deadline, does not reach
// the threshold; "chưa đến hạn" when it does, or with no trend to carry.
func TestAtRisk(t *testing.T) {
	fsys := fstest.MapFS{
		"chi-tieu.csv": {Data: []byte("ma,ten,don_vi\nx,X,%\n")},
		"muc-tieu.csv": {Data: []byte("ma,chuoi,phep_do,mau_so,toan_tu,nguong,han\nx,,gia_tri,,>=,100,2025\n")},
	}
	tests := []struct {
		name string
		rows string
		want Status
		proj float64 // 0: no projection
	}{
		// +4 points in 24 months, 24 more months to go: 84 + 4 = 88.
		{"slow: at risk", "x,2021,80\nx,2023,84\n", StatusAtRisk, 88},
		// 96 + 6 = 102.
		{"on course", "x,2021,90\nx,2023,96\n", StatusNotDue, 102},
		{"one result: no trend", "x,2023,50\n", StatusNotDue, 0},
		// First half of 2023 to the end of 2023 is 6 months: 90 → 95, 24 months more: 95 + 20.
		{"mixed kinds of a state", "x,6 tháng đầu năm 2023,90\nx,2023,95\n", StatusNotDue, 115},
		{"falling", "x,2021,99\nx,2022,98\n", StatusAtRisk, 95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fstest.MapFS{"so-lieu.csv": {Data: []byte("ma,ky,gia_tri\n" + tt.rows)}}
			for k, v := range fsys {
				f[k] = v
			}
			var diags diag.List
			ds := dataset.Load(f, "d", &diags)
			if ds == nil || diags.HasErrors() {
				t.Fatalf("load: %v", diags.Items())
			}
			tg := Compute(ds, &diags, period.Period{})[0].Targets[0]
			if tg.Status != tt.want {
				t.Errorf("status %q, want %q (projection %+v)", tg.Status, tt.want, tg.Projection)
			}
			switch {
			case tt.proj == 0 && tg.Projection != nil:
				t.Errorf("projection %+v, want none", tg.Projection)
			case tt.proj != 0 && (tg.Projection == nil || tg.Projection.Value != tt.proj || tg.Projection.Due != "2025"):
				t.Errorf("projection %+v, want %v by 2025", tg.Projection, tt.proj)
			}
		})
	}
}

// TestCheckAsCompute: Check warns exactly as Compute does, and counts the
// indicators Compute returns (the report's four all have figures).
func TestCheckAsCompute(t *testing.T) {
	run := func(f func(*dataset.Dataset, *diag.List) int) (int, string) {
		var diags diag.List
		ds := dataset.Load(reportFS, "du-lieu", &diags)
		if ds == nil || diags.HasErrors() {
			t.Fatal("load failed")
		}
		n := f(ds, &diags)
		var b strings.Builder
		diags.WriteText(&b, "vi")
		return n, b.String()
	}
	nc, computed := run(func(ds *dataset.Dataset, l *diag.List) int { return len(Compute(ds, l, period.Period{})) })
	nk, checked := run(func(ds *dataset.Dataset, l *diag.List) int { return Check(ds, l, period.Period{}) })
	if nc != 4 || nk != 4 {
		t.Errorf("Compute gives %d indicators, Check counts %d; want 4", nc, nk)
	}
	if !strings.Contains(computed, "59 + 266 + 8 = 333") || checked != computed {
		t.Errorf("Check says\n%s\nCompute says\n%s", checked, computed)
	}
}
