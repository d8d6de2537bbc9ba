package changes

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/sitedata"
)

func obs(period, series string, v float64) sitedata.Observation {
	return sitedata.Observation{Period: period, Series: series, Value: v}
}

func target(wording string, results ...sitedata.OpenResult) sitedata.OpenTarget {
	return sitedata.OpenTarget{TargetSpec: sitedata.TargetSpec{Wording: wording, Label: "Tỷ lệ", Measure: "ty_le"}, Results: results}
}

// base is a small publication: two indicators, one with a target.
func base() sitedata.Index {
	return sitedata.Index{Indicators: []sitedata.OpenData{
		{ID: "a", Title: "A", Unit: "đảng viên",
			Observations: []sitedata.Observation{obs("2021", "Tổng số", 100), obs("2021", "Tốt", 85), obs("2022", "Tổng số", 110), obs("2022", "Tốt", 90)},
			Targets:      []sitedata.OpenTarget{target("Trên 80 %", sitedata.OpenResult{Period: "2021", Value: 85, Status: "vuot"}, sitedata.OpenResult{Period: "2022", Value: 81.82, Status: "vuot"})},
		},
		{ID: "b", Title: "B", Unit: "%", Observations: []sitedata.Observation{obs("6 tháng đầu năm 2023", "", 94.5)}},
	}}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name   string
		change func(*sitedata.Index)
		want   Entry
	}{
		{"equal inputs", func(*sitedata.Index) {}, Entry{}},
		{"observations in another order", func(x *sitedata.Index) {
			o := x.Indicators[0].Observations
			o[0], o[3] = o[3], o[0]
		}, Entry{}},
		{"only links differ (another base URL)", func(x *sitedata.Index) {
			x.Indicators[0].URL = "https://portal.example/so-ket/chi-tieu/a/"
		}, Entry{}},
		{"new figure in a new period", func(x *sitedata.Index) {
			x.Indicators[0].Observations = append(x.Indicators[0].Observations, obs("2023", "Tổng số", 112))
		}, Entry{
			NewPeriods: []PeriodRef{{ID: "a", Title: "A", Period: "2023"}},
			Added:      []Figure{{ID: "a", Title: "A", Unit: "đảng viên", Period: "2023", Series: "Tổng số", Value: 112}},
		}},
		{"new series in a known period", func(x *sitedata.Index) {
			x.Indicators[0].Observations = append(x.Indicators[0].Observations, obs("2022", "Xuất sắc", 12))
		}, Entry{Added: []Figure{{ID: "a", Title: "A", Unit: "đảng viên", Period: "2022", Series: "Xuất sắc", Value: 12}}}},
		{"corrected figure", func(x *sitedata.Index) {
			x.Indicators[1].Observations[0].Value = 95.25
		}, Entry{Corrected: []Correction{{ID: "b", Title: "B", Unit: "%", Period: "6 tháng đầu năm 2023", Old: 94.5, OldDecimals: 1, New: 95.25, NewDecimals: 2}}}},
		{"removed figure", func(x *sitedata.Index) {
			x.Indicators[0].Observations = x.Indicators[0].Observations[:3]
		}, Entry{Removed: []Figure{{ID: "a", Title: "A", Unit: "đảng viên", Period: "2022", Series: "Tốt", Value: 90}}}},
		{"period labels compared as published", func(x *sitedata.Index) {
			x.Indicators[1].Observations[0].Period = "6 tháng cuối năm 2023"
		}, Entry{
			NewPeriods: []PeriodRef{{ID: "b", Title: "B", Period: "6 tháng cuối năm 2023"}},
			Added:      []Figure{{ID: "b", Title: "B", Unit: "%", Period: "6 tháng cuối năm 2023", Value: 94.5, Decimals: 1}},
			Removed:    []Figure{{ID: "b", Title: "B", Unit: "%", Period: "6 tháng đầu năm 2023", Value: 94.5, Decimals: 1}},
		}},
		{"new indicator", func(x *sitedata.Index) {
			x.Indicators = append(x.Indicators, sitedata.OpenData{ID: "c", Title: "C", Observations: []sitedata.Observation{obs("2021", "", 1), obs("2022", "", 2)}})
		}, Entry{NewIndicators: []IndicatorRef{{ID: "c", Title: "C", Figures: 2}}}},
		{"removed indicator", func(x *sitedata.Index) {
			x.Indicators = x.Indicators[:1]
		}, Entry{RemovedIndicators: []IndicatorRef{{ID: "b", Title: "B", Figures: 1}}}},
		{"status change", func(x *sitedata.Index) {
			x.Indicators[0].Observations[3].Value = 80
			x.Indicators[0].Targets[0].Results[1] = sitedata.OpenResult{Period: "2022", Value: 72.73, Status: "chua-dat"}
		}, Entry{
			Corrected:     []Correction{{ID: "a", Title: "A", Unit: "đảng viên", Period: "2022", Series: "Tốt", Old: 90, New: 80}},
			StatusChanges: []StatusChange{{ID: "a", Title: "A", Target: "Trên 80 %", Period: "2022", Old: "vuot", New: "chua-dat"}},
		}},
		{"a result for a new period is not a status change", func(x *sitedata.Index) {
			x.Indicators[0].Targets[0].Results = append(x.Indicators[0].Targets[0].Results, sitedata.OpenResult{Period: "2023", Status: "dat"})
		}, Entry{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cur := base()
			tt.change(&cur)
			got := Compare(base(), cur)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Compare:\n got %+v\nwant %+v", got, tt.want)
			}
			if got.Empty() != reflect.DeepEqual(tt.want, Entry{}) {
				t.Errorf("Empty() = %v", got.Empty())
			}
		})
	}
}

func TestNext(t *testing.T) {
	cur := base()
	// First publication: one entry with counts.
	h := Next(History{}, nil, cur, "2026-05-20")
	if len(h.Entries) != 1 || h.Entries[0].Seq != 1 || h.Entries[0].Date != "2026-05-20" ||
		!reflect.DeepEqual(h.Entries[0].First, &Counts{Indicators: 2, Figures: 5, Targets: 1}) {
		t.Fatalf("first publication: %+v", h.Entries)
	}
	if h.Updated["a"] != "2026-05-20" || h.Updated["b"] != "2026-05-20" {
		t.Errorf("updated: %v", h.Updated)
	}
	// Nothing changed: no entry, the same history.
	if h2 := Next(h, &cur, cur, "2026-11-27"); !reflect.DeepEqual(h2, h) {
		t.Errorf("a publication without change added an entry: %+v", h2.Entries)
	}
	// A correction to b: a new entry first, b updated, a not.
	next := base()
	next.Indicators[1].Observations[0].Value = 95
	h3 := Next(h, &cur, next, "2026-11-27")
	if len(h3.Entries) != 2 || h3.Entries[0].Seq != 2 || h3.Entries[0].Date != "2026-11-27" || len(h3.Entries[0].Corrected) != 1 || h3.Entries[1].Seq != 1 {
		t.Fatalf("second publication: %+v", h3.Entries)
	}
	if h3.Updated["a"] != "2026-05-20" || h3.Updated["b"] != "2026-11-27" {
		t.Errorf("updated: %v", h3.Updated)
	}
	// A history without previous open data gets no entry.
	if h4 := Next(h3, nil, next, "2026-12-01"); len(h4.Entries) != 2 {
		t.Errorf("no previous index: %d entries, want 2", len(h4.Entries))
	}
}

func TestDate(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 30, 0, 0, time.UTC) // 01:30 on the 27th in Vietnam
	tests := []struct {
		flag, epoch, want string
		err               error
	}{
		{"2026-11-27", "1", "2026-11-27", nil},
		{"27/11/2026", "", "2026-11-27", nil},
		{"5/1/2027", "", "2027-01-05", nil},
		{"", "1795712400", "2026-11-27", nil}, // 2026-11-26T17:00:00Z = midnight in Vietnam
		{"", "1795712399", "2026-11-26", nil},
		{"", "", "2026-11-27", nil},
		{"27-11-2026", "", "", ErrDate},
		{"2026-02-30", "", "", ErrDate},
		{"", "hôm nay", "", ErrEpoch},
	}
	for _, tt := range tests {
		got, err := Date(tt.flag, tt.epoch, now)
		if got != tt.want || err != tt.err {
			t.Errorf("Date(%q, %q) = %q, %v; want %q, %v", tt.flag, tt.epoch, got, err, tt.want, tt.err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	// No folder: a first publication, silently.
	var diags diag.List
	if p := Load(out, "", &diags); p.Index != nil || diags.Len() != 0 {
		t.Errorf("missing out: %+v, %d diagnostics", p, diags.Len())
	}
	// A garbled index: a warning, no previous data.
	os.MkdirAll(filepath.Join(out, "data"), 0o755)
	os.WriteFile(filepath.Join(out, "data", "index.json"), []byte(`{"indicators": [`), 0o644)
	if p := Load(out, "", &diags); p.Index != nil || diags.Count(diag.Warning) != 1 {
		t.Errorf("garbled index: %+v, %d warnings", p, diags.Count(diag.Warning))
	}
	// Some other JSON is not an index either.
	os.WriteFile(filepath.Join(out, "data", "index.json"), []byte(`{"title": "x"}`), 0o644)
	if p := Load(out, "", &diags); p.Index != nil || diags.Count(diag.Warning) != 2 {
		t.Errorf("not an index: %+v, %d warnings", p, diags.Count(diag.Warning))
	}
	// A good index and a garbled history: the index, an empty history, a warning.
	os.WriteFile(filepath.Join(out, "data", "index.json"), []byte(`{"indicators": [{"id": "a"}]}`), 0o644)
	os.WriteFile(filepath.Join(out, "data", "cap-nhat.json"), []byte(`{"entries": [{"seq": 1, "date": "hôm qua"}]}`), 0o644)
	p := Load(out, "", &diags)
	if p.Index == nil || len(p.Index.Indicators) != 1 || len(p.History.Entries) != 0 || diags.Count(diag.Warning) != 3 {
		t.Errorf("garbled history: %+v, %d warnings", p, diags.Count(diag.Warning))
	}
	// -truoc: a downloaded index.json with its history beside it wins over out.
	dl := filepath.Join(dir, "tai-ve")
	h := Next(History{}, nil, base(), "2026-05-20")
	if err := Write(dl, "cap-nhat.json", h); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dl, "index.json"), []byte(`{"indicators": [{"id": "a"}, {"id": "b"}]}`), 0o644)
	for _, truoc := range []string{filepath.Join(dl, "index.json"), dl} {
		var d diag.List
		p := Load(out, truoc, &d)
		if p.Index == nil || len(p.Index.Indicators) != 2 || !reflect.DeepEqual(p.History.Entries, h.Entries) || d.Len() != 0 {
			t.Errorf("-truoc %s: %+v, %d diagnostics", truoc, p, d.Len())
		}
	}
	// A -truoc that is not there: a warning, and out is used.
	var d diag.List
	if p := Load(out, filepath.Join(dir, "khong-co.json"), &d); p.Index == nil || len(p.Index.Indicators) != 1 || d.Count(diag.Warning) != 2 {
		t.Errorf("missing -truoc: %+v, %d warnings", p, d.Count(diag.Warning))
	}
	for _, x := range d.Items() {
		if u := diag.Unfilled(x); len(u) > 0 {
			t.Errorf("%s: unfilled %v", x.Code, u)
		}
	}
}
