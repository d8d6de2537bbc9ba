package sitedata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/period"
	"github.com/tayson/chitieu/internal/sitewords"
)

func TestCSVSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tổng số", "Tổng số"},
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1", "'+1"},
		{"-cmd", "'-cmd"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=x", "'\t=x"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := csvSafe(tt.in); got != tt.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ptr(v float64) *float64 { return &v }

// TestCSVRoundTrip: a download goes back into a data folder as it is.
func TestCSVRoundTrip(t *testing.T) {
	ind := &Indicator{
		ID: "xep-loai-dang-vien", Unit: "đảng viên", Periods: []string{"2021", "2022"}, ShareDecimals: 2,
		Table: Table{Rows: []Row{
			{Series: "Tổng số", Cells: []*Cell{{Value: 4116}, {Value: 4241}}},
			{Series: "Hoàn thành tốt nhiệm vụ trở lên", Cells: []*Cell{{Value: 3889, Share: ptr(94.48), Reported: ptr(94.5), ReportedDecimals: 1}, nil}},
		}},
	}
	b, err := CSV(ind)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, "\ufeffma;ky;chuoi;gia_tri;ty_le_bao_cao;") {
		t.Errorf("no BOM or header: %q", s[:40])
	}
	if !strings.Contains(s, "xep-loai-dang-vien;2021;Hoàn thành tốt nhiệm vụ trở lên;3.889;94,5;94,48;;đảng viên\r\n") {
		t.Errorf("row not in Vietnamese format:\n%s", s)
	}
	if strings.Count(s, "\r\n") != 4 {
		t.Errorf("want header + 3 rows:\n%s", s)
	}
	// Read it back with the indicator list it needs.
	fsys := fstest.MapFS{
		"chi-tieu.csv": {Data: []byte("ma,ten,don_vi,tong\nxep-loai-dang-vien,Xếp loại,đảng viên,Tổng số\n")},
		"tai-ve.csv":   {Data: b},
	}
	var diags diag.List
	ds := dataset.Load(fsys, "x", &diags)
	if ds == nil || diags.HasErrors() {
		var w strings.Builder
		diags.WriteText(&w, "en")
		t.Fatalf("the download does not read back:\n%s", w.String())
	}
	got := ds.Indicator("xep-loai-dang-vien").Observations
	if len(got) != 3 || got[0].Value.Value != 4116 || got[1].Value.Value != 3889 || got[1].Reported == nil || got[1].Reported.Value != 94.5 {
		t.Errorf("read back %+v", got)
	}
}

func TestOpenIndicator(t *testing.T) {
	ind := &Indicator{
		ID: "a", Title: "A", Periods: []string{"2021", "2022"}, Downloads: Downloads{CSV: "data/a.csv", JSON: "data/a.json"},
		Table: Table{Rows: []Row{{Series: "s", Cells: []*Cell{{Value: 1}, {Value: 2, Share: ptr(50)}}}}},
	}
	od := OpenIndicator(ind, "https://portal.example/so-ket/")
	if od.URL != "https://portal.example/so-ket/chi-tieu/a/" || od.CSV != "https://portal.example/so-ket/data/a.csv" {
		t.Errorf("urls: %s %s", od.URL, od.CSV)
	}
	if len(od.Observations) != 2 || od.Observations[1].Period != "2022" || *od.Observations[1].Share != 50 {
		t.Errorf("observations: %+v", od.Observations)
	}
}

// TestSummary: the home page counts the programme's targets as the report
// does (4 vượt, 1 đạt, 3 chưa đến hạn of 8 in the mid-term review), from the
// targets' own statuses, and its table has one row per target.
func TestSummary(t *testing.T) {
	var diags diag.List
	ds := dataset.Load(os.DirFS(filepath.Join("..", "..", "du-lieu")), "du-lieu", &diags)
	if ds == nil || diags.HasErrors() {
		t.Fatal("du-lieu does not load")
	}
	inds := indicator.Compute(ds, &diags, period.Period{})
	vi, err := sitewords.Load(filepath.Join("..", ".."), "vi")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(ds, inds, 0, vi)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"vuot": 4, "dat": 1, "chua-den-han": 3}
	if s.Summary.Targets != 8 || !reflect.DeepEqual(s.Summary.ByStatus, want) {
		t.Errorf("targets %d by status %v, want 8 and %v (the report's 4/1/0/3)", s.Summary.Targets, s.Summary.ByStatus, want)
	}
	// The same counts from the targets themselves, as the indicator pages show them.
	got := map[string]int{}
	rows := 0
	for _, ind := range inds {
		for _, tg := range ind.Targets {
			got[string(tg.Status)]++
			rows++
		}
	}
	if !reflect.DeepEqual(got, s.Summary.ByStatus) || len(s.Summary.Rows) != rows {
		t.Errorf("summary %v (%d rows) disagrees with the targets %v (%d)", s.Summary.ByStatus, len(s.Summary.Rows), got, rows)
	}
	if !reflect.DeepEqual(s.Summary.Periods, []string{"2021", "2022", "6 tháng đầu năm 2023"}) {
		t.Errorf("columns %v", s.Summary.Periods)
	}
	if !reflect.DeepEqual(s.Summary.Statuses, []string{"vuot", "dat", "chua-den-han"}) {
		t.Errorf("statuses %v", s.Summary.Statuses)
	}
}

// TestCSVGuardRoundTrip: a series the download guards against formula
// injection ("'- Trong đó: nữ") reads back as the same series with the same
// values, so that the download can go back into the data folder.
func TestCSVGuardRoundTrip(t *testing.T) {
	for _, series := range []string{"- Trong đó: nữ", "=1+1", "+ Kết nạp mới", "@ Chi bộ", "Kết nạp"} {
		t.Run(series, func(t *testing.T) {
			ind := &Indicator{
				ID: "ket-nap", Unit: "đảng viên", Periods: []string{"2021", "6 tháng đầu năm 2023"},
				Table: Table{Rows: []Row{
					{Series: "Tổng số", Cells: []*Cell{{Value: 192}, {Value: 68}}},
					{Series: series, Cells: []*Cell{{Value: 41.5, Decimals: 1}, {Value: 12}}},
				}},
			}
			b, err := CSV(ind)
			if err != nil {
				t.Fatal(err)
			}
			if series[0] == '-' && !strings.Contains(string(b), ";'- Trong đó: nữ;") {
				t.Fatalf("the download does not guard the series:\n%s", b)
			}
			fsys := fstest.MapFS{
				"chi-tieu.csv": {Data: []byte("ma,ten,don_vi,tong,thanh_phan\nket-nap,Kết nạp,đảng viên,Tổng số,Tổng số\n")},
				"tai-ve.csv":   {Data: b},
			}
			var diags diag.List
			ds := dataset.Load(fsys, "x", &diags)
			if ds == nil || diags.HasErrors() {
				var w strings.Builder
				diags.WriteText(&w, "en")
				t.Fatalf("the download does not read back:\n%s", w.String())
			}
			var got []string
			for _, o := range ds.Indicator("ket-nap").Observations {
				got = append(got, fmt.Sprintf("%s|%s|%v|%d", o.Period.Label, o.Series, o.Value.Value, o.Value.Decimals))
			}
			want := []string{"2021|Tổng số|192|0", "2021|" + series + "|41.5|1", "6 tháng đầu năm 2023|Tổng số|68|0", "6 tháng đầu năm 2023|" + series + "|12|0"}
			if !slices.Equal(got, want) {
				t.Errorf("read back %q\nwant %q", got, want)
			}
		})
	}
}

func TestSlugs(t *testing.T) {
	tests := []struct {
		titles []string
		ids    []string
		want   []string
	}{
		{[]string{"I.1. Phát triển kinh tế", "II.3. Văn hóa, thể thao"}, nil, []string{"i-1-phat-trien-kinh-te", "ii-3-van-hoa-the-thao"}},
		{[]string{"Đảng bộ", "ĐẢNG BỘ"}, nil, []string{"dang-bo", "dang-bo-2"}},
		{[]string{"", "  —  "}, nil, []string{"khac", "khac-2"}},
		{[]string{"Nhóm"}, []string{"nhom", "nhom-2"}, []string{"nhom-3"}},
		{[]string{strings.Repeat("Số liệu cấp xã ", 10)}, nil, []string{"so-lieu-cap-xa-so-lieu-cap-xa-so-lieu-cap-xa-so-lieu-cap-xa-so"}},
	}
	for _, tt := range tests {
		var groups []Group
		for _, title := range tt.titles {
			groups = append(groups, Group{Title: title})
		}
		ids := map[string]*Indicator{}
		for _, id := range tt.ids {
			ids[id] = &Indicator{ID: id}
		}
		slugs(groups, ids)
		for i, g := range groups {
			if g.Slug != tt.want[i] {
				t.Errorf("slug of %q = %q, want %q", g.Title, g.Slug, tt.want[i])
			}
		}
	}
}

func TestSetGroupPages(t *testing.T) {
	tests := []struct {
		indicators, max int
		want            bool
	}{
		{46, 0, false},
		{DefaultHomeCards, 0, false},
		{DefaultHomeCards + 1, 0, true},
		{51, 50, true},
		{50, 50, false},
	}
	for _, tt := range tests {
		s := &Site{Counts: Counts{Indicators: tt.indicators}}
		s.SetGroupPages(tt.max)
		if s.GroupPages != tt.want {
			t.Errorf("%d indicators, homeCards %d: GroupPages %v, want %v", tt.indicators, tt.max, s.GroupPages, tt.want)
		}
	}
}

// TestCellJSON: the templates get a cell as the texts it prints, in order,
// the empty ones at the end left out, a middle one kept empty.
func TestCellJSON(t *testing.T) {
	for _, tt := range []struct {
		c    Cell
		want string
	}{
		{Cell{Value: 4116, Text: "4.116"}, `["4.116"]`},
		{Cell{Value: 3889, Text: "3.889", ShareText: "94,48 %"}, `["3.889","94,48 %"]`},
		{Cell{Value: 16, Text: "16", ShareText: "0,39 %", ReportedText: "0,38 %"}, `["16","0,39 %","0,38 %"]`},
		{Cell{Value: 12, Text: "12", AttainmentText: "104,0 %"}, `["12","","","104,0 %"]`},
	} {
		b, err := json.Marshal(&tt.c)
		if err != nil || string(b) != tt.want {
			t.Errorf("%+v: %s (%v), want %s", tt.c, b, err, tt.want)
		}
	}
}

// TestWriteHugoData: data/<name>.json, which Hugo holds for the whole build,
// has each indicator as a card (no chart, no table); the indicator's own
// file has everything its pages show. The default language's name is
// chitieu, another's chitieu_<lang> (hugo.toml's params.data).
func TestWriteHugoData(t *testing.T) {
	ind := &Indicator{
		ID: "a", Title: "A", Group: "1. Nhóm", Unit: "%", ShareDecimals: 1, Status: "dat", Statuses: []string{"dat"},
		Periods: []string{"2021"}, Downloads: Downloads{CSV: "data/a.csv", JSON: "data/a.json"},
		Table:  Table{Rows: []Row{{Series: "s", Cells: []*Cell{{Value: 1, Text: "1"}}}}},
		Charts: []Chart{{ID: "bd-a", Kind: "main", Payload: `{"option":{}}`}},
	}
	ind.Spark.SVG = "<svg></svg>"
	s := &Site{Indicators: map[string]*Indicator{"a": ind}, Groups: []Group{{Title: "1. Nhóm", Indicators: []string{"a"}}}}
	for _, lang := range []string{"", "en"} {
		dir := t.TempDir()
		if err := WriteHugoData(dir, lang, s); err != nil {
			t.Fatal(err)
		}
		name := HugoDataName(lang)
		var site struct {
			Groups     []Group                   `json:"groups"`
			Indicators map[string]map[string]any `json:"indicators"`
		}
		b, err := os.ReadFile(filepath.Join(dir, "data", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &site); err != nil {
			t.Fatal(err)
		}
		card := site.Indicators["a"]
		if len(site.Groups) != 1 || card == nil || card["title"] != "A" || card["shareDecimals"] != 1.0 || card["spark"].(map[string]any)["svg"] != "<svg></svg>" {
			t.Errorf("%s: groups %v, card %v", name, site.Groups, card)
		}
		for _, heavy := range []string{"charts", "table", "targets"} {
			if _, ok := card[heavy]; ok {
				t.Errorf("%s: the card has %s", name, heavy)
			}
		}
		var page struct {
			Title  string  `json:"title"`
			Charts []Chart `json:"charts"`
			Table  struct {
				Rows []struct {
					Cells [][]string `json:"cells"`
				} `json:"rows"`
			} `json:"table"`
		}
		b, err = os.ReadFile(filepath.Join(dir, "assets", "data", name, "a.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &page); err != nil {
			t.Fatal(err)
		}
		if len(page.Charts) != 1 || page.Charts[0].Payload != `{"option":{}}` || len(page.Table.Rows) != 1 || page.Table.Rows[0].Cells[0][0] != "1" || page.Title != "A" {
			t.Errorf("%s: the indicator's file: %+v", name, page)
		}
	}
	if HugoDataName("") != "chitieu" || HugoDataName("en") != "chitieu_en" {
		t.Errorf("names: %q %q", HugoDataName(""), HugoDataName("en"))
	}
}
