package chart

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestChooseLayout(t *testing.T) {
	tests := []struct {
		name string
		s    shape
		want layout
	}{
		{"parts over years", shape{periods: 2, hasParts: true, pieOK: true}, layoutStacked},
		{"parts in one year", shape{periods: 1, hasParts: true, pieOK: true}, layoutPie},
		{"parts in one year, no pie", shape{periods: 1, hasParts: true}, layoutBarPerSeries},
		{"one year, no total", shape{periods: 1, pieOK: true}, layoutBarPerSeries},
		{"two years, no total", shape{periods: 2}, layoutBars},
		{"four years, no total", shape{periods: 4}, layoutBars},
		{"five years, no total", shape{periods: 5}, layoutLine},
		{"plan", shape{periods: 6, hasPlan: true}, layoutPlan},
		{"plan wins over parts", shape{periods: 2, hasPlan: true, hasParts: true}, layoutPlan},
		{"cot", shape{kind: dataset.ChartBar, periods: 6, hasParts: true}, layoutBars},
		{"cot, one year", shape{kind: dataset.ChartBar, periods: 1, hasParts: true, pieOK: true}, layoutBarPerSeries},
		{"cot with plan", shape{kind: dataset.ChartBar, periods: 2, hasPlan: true}, layoutPlan},
		{"cot-chong without total", shape{kind: dataset.ChartStacked, periods: 3}, layoutStacked},
		{"duong", shape{kind: dataset.ChartLine, periods: 2, hasParts: true}, layoutLine},
		{"tron", shape{kind: dataset.ChartPie, periods: 3, hasParts: true, pieOK: true}, layoutPie},
		{"tron refused falls back", shape{kind: dataset.ChartPie, periods: 3, hasParts: true}, layoutStacked},
		{"tron refused, no total", shape{kind: dataset.ChartPie, periods: 6}, layoutLine},
		{"unknown kind is auto", shape{kind: "xyz", periods: 2}, layoutBars},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseLayout(tt.s); got != tt.want {
				t.Errorf("chooseLayout(%+v) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func nan() float64 { return math.NaN() }

// TestMainChart checks the series the main chart draws for each kind of
// indicator.
func TestMainChart(t *testing.T) {
	onePeriod := func() *indicator.Indicator {
		ind := ratings()
		ind.PeriodLabels = ind.PeriodLabels[1:]
		ind.Periods = ind.Periods[1:]
		for i := range ind.Rows {
			ind.Rows[i].Cells = ind.Rows[i].Cells[1:]
		}
		return ind
	}
	plan := func() *indicator.Indicator {
		ind := simple("thu-ngan-sach", "tỷ đồng", 3, map[string][]float64{
			"Thực hiện": {410, 452.5, 480}, "Kế hoạch": {400, 430, 470},
		}, "Thực hiện", "Kế hoạch")
		ind.Plan = "Kế hoạch"
		for i := range ind.Rows {
			ind.Rows[i].Role = ind.Role(ind.Rows[i].Series)
		}
		return ind
	}
	forced := func(ind *indicator.Indicator, kind string) *indicator.Indicator {
		ind.ChartKind = kind
		return ind
	}
	negPie := func() *indicator.Indicator {
		ind := onePeriod()
		ind.Rows[3].Cells[0].Value = -1
		return ind
	}
	type want struct {
		name, typ, stack string
	}
	tests := []struct {
		name   string
		ind    *indicator.Indicator
		series []want
	}{
		{"stacked parts, subset beside, total as line", ratings(), []want{
			{sGood, "bar", "phan"},
			{sDone, "bar", "phan"},
			{sFailed, "bar", "phan"},
			{"Trong đó: " + sExcel, "bar", ""},
			{sTotal, "line", ""},
		}},
		{"one period: pie of the parts only", onePeriod(), []want{{"2022", "pie", ""}}},
		{"one period, negative part: bar per series", negPie(), []want{{"2022", "bar", ""}}},
		{"three years, no total: grouped bars", simple("a", "người", 3, map[string][]float64{
			"Nam": {1, 2, 3}, "Nữ": {4, 5, 6},
		}, "Nam", "Nữ"), []want{{"Nam", "bar", ""}, {"Nữ", "bar", ""}}},
		{"six years: lines", simple("b", "người", 6, map[string][]float64{
			"Nam": {1, 2, 3, 4, 5, 6}, "Nữ": {4, 5, 6, 7, 8, nan()},
		}, "Nam", "Nữ"), []want{{"Nam", "line", ""}, {"Nữ", "line", ""}}},
		{"plan beside actual", plan(), []want{{"Thực hiện", "bar", ""}, {"Kế hoạch", "bar", ""}}},
		{"cot: every series side by side", forced(ratings(), dataset.ChartBar), []want{
			{sTotal, "bar", ""}, {sGood, "bar", ""}, {"Trong đó: " + sExcel, "bar", ""}, {sDone, "bar", ""}, {sFailed, "bar", ""},
		}},
		{"duong: every series as a line", forced(ratings(), dataset.ChartLine), []want{
			{sTotal, "line", ""}, {sGood, "line", ""}, {"Trong đó: " + sExcel, "line", ""}, {sDone, "line", ""}, {sFailed, "line", ""},
		}},
		{"tron over years: latest year", forced(ratings(), dataset.ChartPie), []want{{"2022", "pie", ""}}},
		{"cot-chong without total stacks every series", forced(simple("c", "hộ", 2, map[string][]float64{
			"Nghèo": {10, 8}, "Cận nghèo": {20, 15},
		}, "Nghèo", "Cận nghèo"), dataset.ChartStacked), []want{{"Nghèo", "bar", "phan"}, {"Cận nghèo", "bar", "phan"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, _ := mustBuild(t, tt.ind)
			main := cs[0]
			if main.Kind != KindMain || main.ID != "bd-"+tt.ind.ID || main.Filename != tt.ind.ID {
				t.Errorf("main spec: kind %q id %q filename %q", main.Kind, main.ID, main.Filename)
			}
			ss := seriesOf(t, main.Option)
			if len(ss) != len(tt.series) {
				t.Fatalf("got %d series, want %d: %v", len(ss), len(tt.series), ss)
			}
			for i, w := range tt.series {
				got := want{name: str(ss[i]["name"]), typ: str(ss[i]["type"]), stack: str(ss[i]["stack"])}
				if got != w {
					t.Errorf("series %d = %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

func str(v any) string { s, _ := v.(string); return s }

// TestPieSlices checks that a pie holds the parts and neither the total
// nor the "trong đó" subset.
func TestPieSlices(t *testing.T) {
	ind := ratings()
	ind.ChartKind = dataset.ChartPie
	cs, _ := mustBuild(t, ind)
	var names []string
	var sum float64
	for _, d := range dig(cs[0].Option, "series", 0, "data").([]any) {
		names = append(names, str(dig(d, "name")))
		sum += dig(d, "value").(float64)
	}
	if want := []string{sGood, sDone, sFailed}; !reflect.DeepEqual(names, want) {
		t.Errorf("slices %v, want %v", names, want)
	}
	if sum != 58 {
		t.Errorf("slices add up to %v, want the total 58", sum)
	}
	if got := dig(cs[0].Option, "tooltip", "trigger"); got != "item" {
		t.Errorf("pie tooltip trigger %v, want item", got)
	}
	if !strings.Contains(cs[0].Alt, sGood+" 55 (94,83 %)") {
		t.Errorf("pie alt lacks the share of the part: %s", cs[0].Alt)
	}
	// The slices' labels use the table's denominator, the total (58), and
	// say so: 55 / 58 = 94,83 %, 3 / 58 = 5,17 %.
	var shares []any
	for _, d := range dig(cs[0].Option, "series", 0, "data").([]any) {
		shares = append(shares, dig(d, "share"))
	}
	if want := []any{94.83, 5.17, 0.0}; !reflect.DeepEqual(shares, want) {
		t.Errorf("slice shares %v, want %v", shares, want)
	}
	if cs[0].ShareBasis != sTotal || cs[0].ShareBase != "58" || cs[0].ShareDecimals != 2 {
		t.Errorf("share basis %q (%q), %d decimals; want %q (58), 2", cs[0].ShareBasis, cs[0].ShareBase, cs[0].ShareDecimals, sTotal)
	}
}

// TestSubsetNotStacked checks that a subset never shares the parts' stack
// and reads as included in another series.
func TestSubsetNotStacked(t *testing.T) {
	cs, _ := mustBuild(t, ratings())
	for _, s := range seriesOf(t, cs[0].Option) {
		name := str(s["name"])
		if strings.Contains(name, sExcel) {
			if s["stack"] != nil {
				t.Errorf("subset %q is stacked in %v", name, s["stack"])
			}
			if !strings.HasPrefix(name, "Trong đó: ") {
				t.Errorf("subset name %q does not say it is included", name)
			}
			if s["id"] != sExcel {
				t.Errorf("subset id = %v, want the CSV name %q", s["id"], sExcel)
			}
		}
	}
	if !strings.Contains(cs[0].Alt, "không cộng thêm") {
		t.Errorf("alt does not say the subset is not added: %s", cs[0].Alt)
	}
	// A subset already named "Trong đó …" keeps its name.
	if got := (&input{w: vi}).subsetName("Trong đó: đảng viên nữ"); got != "Trong đó: đảng viên nữ" {
		t.Errorf("subsetName = %q", got)
	}
}

func TestPercentAxis(t *testing.T) {
	tests := []struct {
		name     string
		values   []float64
		min, max any
	}{
		{"within 0–100", []float64{45.5, 97.2}, 0.0, 100.0},
		{"exactly 100", []float64{100, 99}, 0.0, 100.0},
		{"above 100", []float64{96, 112.4}, 0.0, nil},
		{"negative", []float64{-3, 12}, nil, 100.0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := simple("ty-le", "%", 2, map[string][]float64{"Tỷ lệ": tt.values}, "Tỷ lệ")
			cs, _ := mustBuild(t, ind)
			if !cs[0].Percent || cs[0].Unit != "%" {
				t.Errorf("spec percent %v unit %q", cs[0].Percent, cs[0].Unit)
			}
			y := dig(cs[0].Option, "yAxis", 0)
			if got := dig(y, "min"); got != tt.min {
				t.Errorf("yAxis.min = %v, want %v", got, tt.min)
			}
			if got := dig(y, "max"); got != tt.max {
				t.Errorf("yAxis.max = %v, want %v", got, tt.max)
			}
		})
	}
	// Not a percentage: no fixed range.
	cs, _ := mustBuild(t, ratings())
	if y := dig(cs[0].Option, "yAxis", 0); dig(y, "max") != nil {
		t.Errorf("count axis has a max: %v", y)
	}
}

func TestTargetChart(t *testing.T) {
	tests := []struct {
		name      string
		mod       func(*indicator.Target)
		label     string
		threshold float64
		yMax      any
	}{
		{"share above 80 %, every year", func(*indicator.Target) {}, "Chỉ tiêu > 80 %", 80, 100.0},
		{"count due by 2025, threshold above the bars", func(tg *indicator.Target) {
			tg.Unit = "hộ"
			tg.Op = ">="
			tg.Annual = false
			tg.Due = period.Period{Label: "2025", Kind: period.Year, Start: 2025 * 12, End: 2025*12 + 11}
			tg.Threshold = number.Number{Value: 1200}
			tg.Results[0].Value, tg.Results[0].Decimals = 950, 0
			tg.Results[1].Value, tg.Results[1].Decimals = 1010, 0
		}, "Chỉ tiêu ≥ 1.200 hộ (đến 2025)", 1200, 1500.0},
		{"share at most 2,5 %", func(tg *indicator.Target) {
			tg.Op = "<="
			tg.Threshold = number.Number{Value: 2.5, Decimals: 1, Percent: true}
		}, "Chỉ tiêu ≤ 2,5 %", 2.5, 100.0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := ratings()
			tt.mod(&ind.Targets[0])
			cs, _ := mustBuild(t, ind)
			if len(cs) != 2 {
				t.Fatalf("got %d charts, want main + 1 target", len(cs))
			}
			tc := cs[1]
			if want := (&input{w: vi}).measureName(&ind.Targets[0]) + " — " + lowerFirst(tt.label); tc.Caption != want {
				t.Errorf("caption %q, want %q", tc.Caption, want)
			}
			if tc.Kind != KindTarget || tc.ID != "bd-xep-loai-to-chuc-mt1" || tc.Filename != "xep-loai-to-chuc-mt1" {
				t.Errorf("target spec kind %q id %q filename %q", tc.Kind, tc.ID, tc.Filename)
			}
			ml := dig(tc.Option, "series", 0, "markLine")
			if got := dig(ml, "data", 0, "yAxis"); got != tt.threshold {
				t.Errorf("markLine yAxis = %v, want %v", got, tt.threshold)
			}
			if got := dig(ml, "data", 0, "name"); got != tt.label {
				t.Errorf("markLine name = %q, want %q", got, tt.label)
			}
			if got := dig(ml, "label", "formatter"); got != "{b}" {
				t.Errorf("markLine label formatter = %v, want {b}", got)
			}
			if got := dig(tc.Option, "yAxis", 0, "max"); got != tt.yMax {
				t.Errorf("yAxis.max = %v, want %v (threshold must stay visible)", got, tt.yMax)
			}
			if !strings.Contains(tc.Alt, strings.ToLower(tt.label[:1])+tt.label[1:]) {
				t.Errorf("alt %q lacks %q", tc.Alt, tt.label)
			}
			if got := dig(tc.Option, "xAxis", 0, "data"); !reflect.DeepEqual(got, []any{"2021", "2022"}) {
				t.Errorf("x axis = %v", got)
			}
		})
	}
}

func TestTargetWithoutResultsIsSkipped(t *testing.T) {
	ind := ratings()
	second := ind.Targets[0]
	second.Results = nil
	ind.Targets = append([]indicator.Target{second}, ind.Targets...)
	cs, _ := mustBuild(t, ind)
	if len(cs) != 2 || cs[1].ID != "bd-xep-loai-to-chuc-mt2" {
		t.Fatalf("charts: %d, ids %v", len(cs), ids(cs))
	}
}

func ids(cs []Spec) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func TestNotDueMarked(t *testing.T) {
	ind := ratings()
	ind.Targets[0].Results = append(ind.Targets[0].Results,
		indicator.Result{Period: "6 tháng đầu năm 2023", Value: 93.1, Decimals: 1, Status: indicator.StatusNotDue})
	cs, sp := mustBuild(t, ind)
	data := dig(cs[1].Option, "series", 0, "data").([]any)
	for j, d := range data {
		decal := dig(d, "itemStyle", "decal")
		if j < 2 {
			if decal != nil || dig(d, "label") != nil {
				t.Errorf("due value %d is marked: %v", j, d)
			}
			continue
		}
		if decal == nil {
			t.Errorf("not-due value has no decal: %v", d)
		}
		if got := dig(d, "itemStyle", "opacity"); got != 0.5 {
			t.Errorf("not-due opacity = %v, want 0.5", got)
		}
		if got := dig(d, "label", "formatter"); got != "Chưa đến hạn" {
			t.Errorf("not-due label = %v", got)
		}
	}
	if !strings.Contains(cs[1].Alt, "6 tháng đầu năm 2023: 93,1 % (chưa đến hạn)") {
		t.Errorf("alt: %s", cs[1].Alt)
	}
	if c := parseSpark(t, sp).Circles; len(c) != 3 || c[2].Fill != "#ffffff" || c[0].Fill == "#ffffff" {
		t.Errorf("spark: the not-due value is not the one hollow dot: %+v", c)
	}
}

// allSpecs builds a few indicators of every layout and returns all their specs.
func allSpecs(t *testing.T) []Spec {
	inds := []*indicator.Indicator{
		ratings(),
		simple("a", "người", 3, map[string][]float64{"Nam": {1, 2, 3}}, "Nam"),
		simple("b", "%", 6, map[string][]float64{"Nam": {1, 2, 3, 4, 5, 6}}, "Nam"),
		simple("c", "hộ", 1, map[string][]float64{"Nghèo": {3}, "Cận nghèo": {4}}, "Nghèo", "Cận nghèo"),
	}
	pie := ratings()
	pie.ChartKind = dataset.ChartPie
	inds = append(inds, pie)
	var out []Spec
	for _, ind := range inds {
		cs, sp := mustBuild(t, ind)
		out = append(out, cs...)
		if sp.Option != nil {
			out = append(out, sp)
		}
	}
	return out
}

func TestAccessibility(t *testing.T) {
	palette := toAny(Palette)
	for _, s := range allSpecs(t) {
		t.Run(s.ID, func(t *testing.T) {
			o := s.Option
			if dig(o, "aria", "enabled") != true {
				t.Error("aria.enabled is not true")
			}
			if dig(o, "aria", "decal", "show") != true {
				t.Error("aria.decal.show is not true")
			}
			if got := dig(o, "aria", "label", "description"); got != s.Alt || s.Alt == "" {
				t.Errorf("aria.label.description = %v, want the alt %q", got, s.Alt)
			}
			if !reflect.DeepEqual(o["color"], palette) {
				t.Errorf("color = %v, want the Okabe–Ito palette", o["color"])
			}
			if _, ok := o["title"]; ok {
				t.Errorf("title inside the canvas: %v", o["title"])
			}
			trigger := dig(o, "tooltip", "trigger")
			if dig(o, "series", 0, "type") == "pie" {
				if trigger != "item" {
					t.Errorf("pie tooltip trigger %v", trigger)
				}
			} else if trigger != "axis" {
				t.Errorf("tooltip trigger %v", trigger)
			}
			if s.Kind != KindSpark {
				if dig(o, "legend", "show") != true {
					t.Error("legend not shown")
				}
				for _, ser := range seriesOf(t, o) {
					if str(ser["name"]) == "" {
						t.Errorf("series without a name: %v", ser)
					}
				}
			}
			if s.Caption == "" || s.Filename == "" {
				t.Errorf("caption %q filename %q", s.Caption, s.Filename)
			}
		})
	}
}

func TestAltVietnameseNumbers(t *testing.T) {
	ind := simple("dan-so", "người", 2, map[string][]float64{"Dân số": {4116, 4230.5}}, "Dân số")
	ind.Rows[0].Cells[1].Decimals = 1
	cs, _ := mustBuild(t, ind)
	for _, want := range []string{"2016: Dân số 4.116.", "2017: Dân số 4.230,5.", "(đơn vị: người)"} {
		if !strings.Contains(cs[0].Alt, want) {
			t.Errorf("alt %q lacks %q", cs[0].Alt, want)
		}
	}
	cs, _ = mustBuild(t, ratings())
	if !strings.Contains(cs[1].Alt, "2021: 96,55 % (vượt); 2022: 94,83 % (vượt)") {
		t.Errorf("target alt %q", cs[1].Alt)
	}
}

func TestDeterministic(t *testing.T) {
	marshal := func() []byte {
		var b bytes.Buffer
		for range 2 {
			cs, sp := mustBuild(t, ratings())
			j, err := json.Marshal(append(cs, sp))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(j)
		}
		return b.Bytes()
	}
	first := marshal()
	for range 5 {
		if got := marshal(); !bytes.Equal(got, first) {
			t.Fatal("two builds of the same indicator differ")
		}
	}
	// go-echarts' random chart id must not leak into an option.
	for _, k := range []string{"chartId", "ChartID", "chartID"} {
		if bytes.Contains(first, []byte(k)) {
			t.Errorf("output holds %s", k)
		}
	}
}

func TestNonFinite(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*indicator.Indicator)
	}{
		{"NaN cell", func(i *indicator.Indicator) { i.Rows[1].Cells[0].Value = math.NaN() }},
		{"+Inf cell", func(i *indicator.Indicator) { i.Rows[0].Cells[1].Value = math.Inf(1) }},
		{"-Inf subset cell", func(i *indicator.Indicator) { i.Rows[2].Cells[1].Value = math.Inf(-1) }},
		{"NaN result", func(i *indicator.Indicator) { i.Targets[0].Results[1].Value = math.NaN() }},
		{"Inf threshold", func(i *indicator.Indicator) { i.Targets[0].Threshold.Value = math.Inf(1) }},
		{"NaN observation without rows", func(i *indicator.Indicator) {
			i.Rows = nil
			i.Observations = []dataset.Observation{{Period: &i.Periods[0], Series: sTotal, Value: number.Number{Value: math.NaN()}}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := ratings()
			tt.mod(ind)
			cs, sp, err := Build(ind, vi)
			if err == nil {
				t.Fatalf("no error; got %d charts and spark %q", len(cs), sp.ID)
			}
			if cs != nil || sp.Option != nil {
				t.Error("charts returned along with the error")
			}
		})
	}
}

func TestNothingToDraw(t *testing.T) {
	tests := map[string]*indicator.Indicator{
		"nil":         nil,
		"nil dataset": {},
		"no rows":     {Indicator: &dataset.Indicator{ID: "x"}},
	}
	for name, ind := range tests {
		t.Run(name, func(t *testing.T) {
			if _, _, err := Build(ind, vi); err == nil {
				t.Error("no error")
			}
		})
	}
	if _, _, err := Build(&indicator.Indicator{Indicator: &dataset.Indicator{ID: "x"}}, vi); !errors.Is(err, ErrNoData) {
		t.Errorf("err = %v, want ErrNoData", err)
	}
}

func TestRowsFromObservations(t *testing.T) {
	ind := ratings()
	var obs []dataset.Observation
	for _, r := range ind.Rows {
		for j, c := range r.Cells {
			obs = append(obs, dataset.Observation{Period: &ind.Periods[j], Series: r.Series, Value: number.Number{Value: c.Value}})
		}
	}
	want, _ := mustBuild(t, ratings())
	ind.Rows, ind.PeriodLabels, ind.Observations = nil, nil, obs
	got, _ := mustBuild(t, ind)
	if !reflect.DeepEqual(got[0].Option["series"], want[0].Option["series"]) {
		t.Errorf("charts from observations differ:\n%v\n%v", got[0].Option["series"], want[0].Option["series"])
	}
}

// payloads are hostile texts a CSV may carry.
var payloads = []string{
	`</script><script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`__f__alert(1)__f__`,
}

func TestPayloadsInert(t *testing.T) {
	for _, p := range payloads {
		t.Run(p, func(t *testing.T) {
			ind := ratings()
			ind.ID = "x" + p
			ind.Title = p
			ind.Unit = p
			ind.Total = p + sTotal
			ind.Parts = []string{p + sGood, p + sDone, p + sFailed}
			for i := range ind.Rows {
				ind.Rows[i].Series = p + ind.Rows[i].Series
			}
			for i := range ind.PeriodLabels {
				ind.PeriodLabels[i] = p + ind.PeriodLabels[i]
				ind.Periods[i].Label = ind.PeriodLabels[i]
			}
			tg := &ind.Targets[0]
			tg.What, tg.Wording, tg.Unit = p, p, p
			tg.Annual = false
			tg.Due = period.Period{Label: p}
			for i := range tg.Results {
				tg.Results[i].Period = p + tg.Results[i].Period
			}
			ind.Latest.Series = p + sTotal
			var specs []Spec
			for _, kind := range []string{"", dataset.ChartBar, dataset.ChartLine, dataset.ChartPie} {
				ind.ChartKind = kind
				cs, sp := mustBuild(t, ind)
				specs = append(specs, append(cs, sp)...)
			}
			raw, err := json.Marshal(specs)
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"</script", "<script", "<img", "<", ">"} {
				if bytes.Contains(raw, []byte(bad)) {
					t.Errorf("JSON holds %q", bad)
				}
			}
			if strings.Contains(p, "<") && !bytes.Contains(raw, []byte(`\u003c`)) {
				t.Error("HTML escaping of < is off")
			}
			// Every occurrence of the text survives, inside JSON strings only.
			var tree any
			if err := json.Unmarshal(raw, &tree); err != nil {
				t.Fatal(err)
			}
			inStrings := countInStrings(tree, p)
			if inStrings == 0 {
				t.Errorf("payload %q lost", p)
			}
			if p == payloads[2] {
				if n := bytes.Count(raw, []byte(p)); n != inStrings {
					t.Errorf("%q appears %d times in the JSON, %d in string values", p, n, inStrings)
				}
			}
			for _, s := range specs {
				for _, c := range s.ID + s.Filename {
					if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
						t.Errorf("id/filename %q/%q holds %q", s.ID, s.Filename, c)
						break
					}
				}
			}
		})
	}
}

// countInStrings counts the occurrences of p in the string values (and keys)
// of a decoded JSON tree.
func countInStrings(v any, p string) int {
	switch x := v.(type) {
	case string:
		return strings.Count(x, p)
	case []any:
		n := 0
		for _, e := range x {
			n += countInStrings(e, p)
		}
		return n
	case map[string]any:
		n := 0
		for k, e := range x {
			n += strings.Count(k, p) + countInStrings(e, p)
		}
		return n
	}
	return 0
}

// TestSourceRules keeps the package away from go-echarts' renderers, from
// unescaped JSON and from JavaScript functions in options.
func TestSourceRules(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"Render(", "RenderSnippet", "RenderContent", "JSONNotEscaped", "SetEscapeHTML", "types.FuncStr", "opts.FuncOpts", "__f__", "ChartID", "template."}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range banned {
			if bytes.Contains(src, []byte(b)) {
				t.Errorf("%s uses %s", f, b)
			}
		}
	}
}

func TestNiceCeil(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{0, 0}, {-5, 0}, {1, 1}, {1.1, 1.2}, {88, 100}, {132, 150}, {1320, 1500}, {2.4, 2.5}, {0.3, 0.3}, {4999, 5000}, {5001, 6000}, {8001, 10000},
	}
	for _, tt := range tests {
		if got := niceCeil(tt.in); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("niceCeil(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestGolden compares the charts of the organisation-ratings indicator with
// testdata/ratings.golden.json (go test -run Golden -update rewrites it).
func TestGolden(t *testing.T) {
	cs, sp := mustBuild(t, ratings())
	got, err := json.MarshalIndent(struct {
		Charts []Spec `json:"charts"`
		Spark  Spec   `json:"spark"`
	}{cs, sp}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "ratings.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("charts differ from %s (go test -run Golden -update to accept):\n%s", path, got)
	}
}

func BenchmarkBuild(b *testing.B) {
	ind := ratings()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Build(ind, vi); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEmbedHeight checks the frame height a chart asks of an embed code:
// none for charts that fit any frame, and for bars lying down a row per
// series as tall as the longest name wraps to (21 characters a line of
// 14 px, 10 px between bars, 220 px for the caption, source and legend).
func TestEmbedHeight(t *testing.T) {
	one := simple("mot-ky", "người", 1, map[string][]float64{
		"Nam": {1}, "Nữ, dân tộc thiểu số và người có công": {-2},
	}, "Nam", "Nữ, dân tộc thiểu số và người có công")
	one.AllowNegative = true
	tests := []struct {
		name string
		ind  *indicator.Indicator
		want int
	}{
		// "Nữ, dân tộc thiểu số và người có công" is 37 characters: two
		// lines, 2×14 + 10 = 38 px a bar, two bars.
		{"one period, a negative part: bars lying down", one, 220 + 2*38},
		{"three years: grouped bars stand", simple("a", "người", 3, map[string][]float64{
			"Nam": {1, 2, 3}, "Nữ": {4, 5, 6},
		}, "Nam", "Nữ"), 0},
		{"stacked parts", ratings(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, _ := mustBuild(t, tt.ind)
			if got := cs[0].EmbedHeight; got != tt.want {
				t.Errorf("EmbedHeight = %d, want %d", got, tt.want)
			}
		})
	}
}
