package chart

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Series names of the organisation-ratings indicator.
const (
	sTotal  = "Tổng số"
	sGood   = "Hoàn thành tốt nhiệm vụ trở lên"
	sExcel  = "Hoàn thành xuất sắc nhiệm vụ"
	sDone   = "Hoàn thành nhiệm vụ"
	sFailed = "Không hoàn thành nhiệm vụ"
)

func f64(v float64) *float64 { return &v }

func cell(v float64, dec int) *indicator.Cell { return &indicator.Cell{Value: v, Decimals: dec} }

func years(ys ...int) []period.Period {
	out := make([]period.Period, len(ys))
	for i, y := range ys {
		out[i] = period.Period{Label: fmt.Sprint(y), Kind: period.Year, Start: y * 12, End: y*12 + 11}
	}
	return out
}

func labels(ps []period.Period) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Label
	}
	return out
}

// ratings is the organisation-ratings indicator of 2021/2022 as the compute
// code derives it: a total of 58, three parts, one "trong đó" subset and a
// target of more than 80 % good-or-better every year.
func ratings() *indicator.Indicator {
	ps := years(2021, 2022)
	d := &dataset.Indicator{
		ID:      "xep-loai-to-chuc",
		Title:   "Xếp loại chất lượng tổ chức cơ sở đảng",
		Group:   "Công tác xây dựng Đảng",
		Unit:    "tổ chức",
		Total:   sTotal,
		Parts:   []string{sGood, sDone, sFailed},
		Series:  []string{sTotal, sGood, sExcel, sDone, sFailed},
		Periods: ps,
	}
	share := func(v, tot float64) *float64 { return f64(float64(int(v/tot*10000+0.5)) / 100) }
	row := func(s string, role dataset.Role, a, b float64) indicator.Row {
		r := indicator.Row{Series: s, Role: role, Cells: []*indicator.Cell{cell(a, 0), cell(b, 0)}}
		if role != dataset.RoleTotal {
			r.Cells[0].Share, r.Cells[1].Share = share(a, 58), share(b, 58)
		}
		return r
	}
	return &indicator.Indicator{
		Indicator:     d,
		PeriodLabels:  labels(ps),
		ShareDecimals: 2,
		Rows: []indicator.Row{
			row(sTotal, dataset.RoleTotal, 58, 58),
			row(sGood, dataset.RolePart, 56, 55),
			row(sExcel, dataset.RoleSubset, 13, 18),
			row(sDone, dataset.RolePart, 2, 3),
			row(sFailed, dataset.RolePart, 0, 0),
		},
		Latest: &indicator.Latest{Period: "2022", Series: sTotal, Value: 58},
		Targets: []indicator.Target{{
			Target: dataset.Target{
				Series:      []string{sGood},
				Measure:     dataset.MeasureShare,
				Denominator: sTotal,
				Op:          ">",
				Threshold:   number.Number{Value: 80},
				Annual:      true,
				Wording:     "Hằng năm có trên 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
			},
			What: "“" + sGood + "”",
			Unit: "%",
			Results: []indicator.Result{
				{Period: "2021", Value: 96.55, Decimals: 2, Status: indicator.StatusExceeded},
				{Period: "2022", Value: 94.83, Decimals: 2, Status: indicator.StatusExceeded},
			},
			Status: indicator.StatusExceeded,
		}},
		Status: indicator.StatusExceeded,
	}
}

// simple builds an indicator without total: one row per series, one value
// per period (NaN means no value).
func simple(id, unit string, nPeriods int, series map[string][]float64, order ...string) *indicator.Indicator {
	ys := make([]int, nPeriods)
	for i := range ys {
		ys[i] = 2016 + i
	}
	ps := years(ys...)
	d := &dataset.Indicator{ID: id, Title: "Chỉ tiêu " + id, Unit: unit, Series: order, Periods: ps}
	ind := &indicator.Indicator{Indicator: d, PeriodLabels: labels(ps)}
	for _, s := range order {
		r := indicator.Row{Series: s, Role: d.Role(s)}
		for _, v := range series[s] {
			if v != v { // NaN: no value
				r.Cells = append(r.Cells, nil)
				continue
			}
			r.Cells = append(r.Cells, cell(v, 0))
		}
		ind.Rows = append(ind.Rows, r)
	}
	return ind
}

// vi is the site's Vietnamese catalogue, the file Hugo reads.
var vi = func() *sitewords.Catalogue {
	c, err := sitewords.Load(filepath.Join("..", ".."), "vi")
	if err != nil {
		panic(err)
	}
	return c
}()

// mustBuild builds ind or fails the test.
func mustBuild(t testing.TB, ind *indicator.Indicator) ([]Spec, Spec) {
	t.Helper()
	cs, sp, err := Build(ind, vi)
	if err != nil {
		t.Fatalf("Build(%s): %v", ind.ID, err)
	}
	return cs, sp
}

// dig walks v along path (string keys, int indexes); nil when absent.
func dig(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

// seriesOf returns the series of an option as maps.
func seriesOf(t testing.TB, opt map[string]any) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, s := range seriesList(opt) {
		m, ok := s.(map[string]any)
		if !ok {
			t.Fatalf("series item is %T", s)
		}
		out = append(out, m)
	}
	return out
}
