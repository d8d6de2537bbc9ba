package sitedata

import (
	"bytes"
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
	"github.com/tayson/chitieu/internal/search"
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
// repositoryData loads and computes the repository's du-lieu/.
func repositoryData(t *testing.T) (*dataset.Dataset, []*indicator.Indicator) {
	t.Helper()
	var diags diag.List
	ds := dataset.Load(os.DirFS(filepath.Join("..", "..", "du-lieu")), "du-lieu", &diags)
	if ds == nil || diags.HasErrors() {
		t.Fatal("du-lieu does not load")
	}
	return ds, indicator.Compute(ds, &diags, period.Period{})
}

func TestSummary(t *testing.T) {
	ds, inds := repositoryData(t)
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

// TestSetEmbedHeight: the embed code offers hugo.toml's height, 420 px when
// it says nothing, and more where the chart asks for it.
func TestSetEmbedHeight(t *testing.T) {
	for _, tt := range []struct {
		def          int
		plain, lying int
	}{
		{0, 420, 532},
		{480, 480, 532},
		{600, 600, 600},
	} {
		s := &Site{Indicators: map[string]*Indicator{"plain": {}, "lying": {EmbedHeight: 532}}}
		s.SetEmbedHeight(tt.def)
		if got := [2]int{s.Indicators["plain"].EmbedHeight, s.Indicators["lying"].EmbedHeight}; got != [2]int{tt.plain, tt.lying} {
			t.Errorf("SetEmbedHeight(%d): plain, lying = %v, want %d, %d", tt.def, got, tt.plain, tt.lying)
		}
	}
}

// TestWrittenInGo: the words and numbers the pages print about targets and
// headlines are written here, once per language (the templates print
// them). Expectations from the report: 94,84 % of party members rated good
// or better in 2022 against a target of 80 % or more (94,84 / 80 =
// 118,55 %), admissions 4,14 % and 4,16 % of members against "above 4 %"
// (4,16 / 4 = 104,00 %), 68 admitted in the first half of 2023.
func TestWrittenInGo(t *testing.T) {
	ds, inds := repositoryData(t)
	type want struct {
		latest, label, level string
		results              []string
		ratio                string
	}
	for _, lang := range []struct {
		code  string
		wants map[string]want
	}{
		{"vi", map[string]want{
			"xep-loai-dang-vien":      {"94,84 %", "Tỷ lệ “Hoàn thành tốt nhiệm vụ trở lên” so với “Tổng số”, 2022", "từ 80 % trở lên", []string{"94,48 %", "94,84 %"}, "118,55 %"},
			"ty-le-ket-nap-dang-vien": {"4,16 %", "“Tỷ lệ kết nạp đảng viên so với tổng số đảng viên của Đảng bộ huyện”, 2022", "trên 4 %", []string{"4,14 %", "4,16 %"}, "104,00 %"},
			"ket-nap-dang-vien":       {latest: "68", label: "Kết nạp, 6 tháng đầu năm 2023"},
		}},
		{"en", map[string]want{
			"xep-loai-dang-vien":      {"94.84 %", "Share of “Good or better” in “Total”, 2022", "80 % or more", []string{"94.48 %", "94.84 %"}, "118.55 %"},
			"ty-le-ket-nap-dang-vien": {"4.16 %", "“Admissions as a share of all Party members of the district”, 2022", "above 4 %", []string{"4.14 %", "4.16 %"}, "104.00 %"},
			"ket-nap-dang-vien":       {latest: "68", label: "Admitted, H1 2023"},
		}},
	} {
		w, err := sitewords.Load(filepath.Join("..", ".."), lang.code)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Build(ds, inds, 0, w)
		if err != nil {
			t.Fatal(err)
		}
		ratios := map[string]string{}
		for _, r := range s.Summary.Rows {
			ratios[r.Indicator] = r.RatioText
		}
		for id, wt := range lang.wants {
			ind := s.Indicators[id]
			if ind == nil || ind.Latest == nil {
				t.Fatalf("%s: %s has no headline", lang.code, id)
			}
			if ind.Latest.Text != wt.latest || ind.Latest.Label != wt.label {
				t.Errorf("%s %s: headline %q (%q), want %q (%q)", lang.code, id, ind.Latest.Text, ind.Latest.Label, wt.latest, wt.label)
			}
			if wt.level == "" {
				continue
			}
			tg := ind.Targets[0]
			var results []string
			for _, r := range tg.Results {
				results = append(results, r.Text)
			}
			if tg.Level != wt.level || !slices.Equal(results, wt.results) || ratios[id] != wt.ratio {
				t.Errorf("%s %s: target %q, results %q, ratio %q; want %q, %q, %q", lang.code, id, tg.Level, results, ratios[id], wt.level, wt.results, wt.ratio)
			}
		}
	}
}

// TestLevel words a threshold by its operator, and a count with its unit.
func TestLevel(t *testing.T) {
	vi, err := sitewords.Load(filepath.Join("..", ".."), "vi")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		op   string
		v    float64
		d    int
		unit string
		want string
	}{
		{">", 80, 0, "%", "trên 80 %"},
		{">=", 600, 0, "đảng viên", "từ 600 đảng viên trở lên"},
		{"<", 2.5, 1, "%", "dưới 2,5 %"},
		{"<=", 1200, 0, "", "không quá 1.200"},
		{"=", 100, 0, "%", "bằng 100 %"},
		{"?", 5, 0, "cuộc", "5 cuộc"},
	} {
		if got := level(vi, tt.op, vi.WithUnit(tt.v, tt.d, tt.unit)); got != tt.want {
			t.Errorf("level(%q, %v %q) = %q, want %q", tt.op, tt.v, tt.unit, got, tt.want)
		}
	}
}

// TestProjectionWritten: a target at risk says where its trend leads,
// written with the indicator's decimals and unit in each language; the
// open data keeps the number. 80 % in 2021 and 84,5 % in 2023 (one decimal
// typed): +4,5 points in 24 months, 24 more to 2025, 89,0 %.
func TestProjectionWritten(t *testing.T) {
	fsys := fstest.MapFS{
		"chi-tieu.csv": {Data: []byte("ma,ten,don_vi\nx,X,%\n")},
		"muc-tieu.csv": {Data: []byte("ma,chuoi,phep_do,mau_so,toan_tu,nguong,han\nx,,gia_tri,,>=,100,2025\n")},
		"so-lieu.csv":  {Data: []byte("ma,ky,gia_tri\nx,2021,80\nx,2023,\"84,5\"\n")},
	}
	var diags diag.List
	ds := dataset.Load(fsys, "d", &diags)
	if ds == nil || diags.HasErrors() {
		t.Fatalf("load: %v", diags.Items())
	}
	inds := indicator.Compute(ds, &diags, period.Period{})
	for lang, want := range map[string]string{"vi": "89,0 %", "en": "89.0 %"} {
		w, err := sitewords.Load(filepath.Join("..", ".."), lang)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Build(ds, inds, 0, w)
		if err != nil {
			t.Fatal(err)
		}
		tg := s.Indicators["x"].Targets[0]
		if tg.Projection == nil || tg.Projection.Value != want || tg.Projection.Due != "2025" {
			t.Errorf("%s: projection %+v, want %s by 2025", lang, tg.Projection, want)
		}
		od := OpenIndicator(s.Indicators["x"], "/")
		if p := od.Targets[0].Projection; p == nil || p.Value != 89 {
			t.Errorf("%s: open data projection %+v, want the number 89", lang, p)
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
		Table:  Table{Rows: []Row{{Series: "s", Cells: []*Cell{{Value: 1, Text: "1"}}, HTML: `<td class="num"><span class="cell__value">1</span></td>`}}},
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
		if len(site.Groups) != 1 || card == nil || card["title"] != "A" || card["spark"].(map[string]any)["svg"] != "<svg></svg>" {
			t.Errorf("%s: groups %v, card %v", name, site.Groups, card)
		}
		for _, heavy := range []string{"charts", "table", "targets"} {
			if _, ok := card[heavy]; ok {
				t.Errorf("%s: the card has %s", name, heavy)
			}
		}
		var part map[string]struct {
			Spark  any     `json:"spark"`
			Title  string  `json:"title"`
			Charts []Chart `json:"charts"`
			Table  struct {
				Rows []struct {
					HTML string `json:"html"`
				} `json:"rows"`
			} `json:"table"`
		}
		if card["part"] != "0" {
			t.Errorf("%s: the card names part %v, want 0", name, card["part"])
		}
		b, err = os.ReadFile(filepath.Join(dir, "assets", "data", name, "0.json"))
		if err != nil {
			t.Fatal(err)
		}
		// only Hugo reads it: the cells' HTML as it is, not \u003ctd…
		if !bytes.Contains(b, []byte(`"<td class=\"num\">`)) {
			t.Errorf("%s: the indicator's file escapes its HTML: %s", name, b)
		}
		if err := json.Unmarshal(b, &part); err != nil {
			t.Fatal(err)
		}
		page := part["a"]
		if len(page.Charts) != 1 || page.Charts[0].Payload != `{"option":{}}` || len(page.Table.Rows) != 1 || !strings.Contains(page.Table.Rows[0].HTML, `<span class="cell__value">1</span>`) || page.Title != "A" || page.Spark != nil {
			t.Errorf("%s: the indicator's file: %+v", name, page)
		}
	}
	// With group pages, data/<name>.json names the indicators only: their
	// cards are in their group's file; the search and the summary's rows
	// are in theirs, in either case.
	s.GroupPages = true
	s.Groups[0].Slug = "1-nhom"
	s.Search = []search.Entry{{Title: "A", URL: "chi-tieu/a/"}}
	s.Summary = Summary{Targets: 1, Rows: []SummaryRow{{Indicator: "a", Title: "A"}}}
	dir := t.TempDir()
	if err := WriteHugoData(dir, "", s); err != nil {
		t.Fatal(err)
	}
	var site map[string]any
	b, err := os.ReadFile(filepath.Join(dir, "data", "chitieu.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &site); err != nil {
		t.Fatal(err)
	}
	name := site["indicators"].(map[string]any)["a"].(map[string]any)
	if len(name) != 4 || name["title"] != "A" || name["group"] != "1. Nhóm" || name["part"] != "0" {
		t.Errorf("with group pages, the indicator in data/chitieu.json: %v", name)
	}
	if _, ok := site["search"]; ok {
		t.Error("data/chitieu.json has the search")
	}
	if _, ok := site["summary"].(map[string]any)["rows"]; ok || site["summary"].(map[string]any)["targets"] != 1.0 {
		t.Errorf("data/chitieu.json's summary: %v", site["summary"])
	}
	lists := filepath.Join(dir, "assets", "danh-sach", "chitieu")
	var cards map[string]map[string]any
	if b, err = os.ReadFile(filepath.Join(lists, "nhom", "1-nhom.json")); err == nil {
		err = json.Unmarshal(b, &cards)
	}
	if err != nil || cards["a"]["spark"].(map[string]any)["svg"] != "<svg></svg>" {
		t.Errorf("the group's cards: %v, %v", cards, err)
	}
	var entries []search.Entry
	if b, err = os.ReadFile(filepath.Join(lists, "tim-kiem.json")); err == nil {
		err = json.Unmarshal(b, &entries)
	}
	if err != nil || len(entries) != 1 || entries[0].Title != "A" {
		t.Errorf("the search: %v, %v", entries, err)
	}
	var summary Summary
	if b, err = os.ReadFile(filepath.Join(lists, "tong-hop.json")); err == nil {
		err = json.Unmarshal(b, &summary)
	}
	if err != nil || len(summary.Rows) != 1 || summary.Rows[0].Indicator != "a" {
		t.Errorf("the summary: %+v, %v", summary, err)
	}
	if HugoDataName("") != "chitieu" || HugoDataName("en") != "chitieu_en" {
		t.Errorf("names: %q %q", HugoDataName(""), HugoDataName("en"))
	}
}

// TestWriteHugoDataParts: the indicators' page data is in files of
// PartSize indicators, in the order of their ids, each card naming its
// indicator's part.
func TestWriteHugoDataParts(t *testing.T) {
	s := &Site{Indicators: map[string]*Indicator{}, Groups: []Group{{Title: "G", Slug: "g"}}}
	n := 2*PartSize + 1
	for i := range n {
		id := fmt.Sprintf("c%02d", n-i) // not in the order of their ids
		s.Indicators[id] = &Indicator{ID: id, Title: id}
		s.Groups[0].Indicators = append(s.Groups[0].Indicators, id)
	}
	for _, groupPages := range []bool{false, true} {
		s.GroupPages = groupPages
		dir := t.TempDir()
		if err := WriteHugoData(dir, "", s); err != nil {
			t.Fatal(err)
		}
		var site struct {
			Indicators map[string]struct {
				Part string `json:"part"`
			} `json:"indicators"`
		}
		b, err := os.ReadFile(filepath.Join(dir, "data", "chitieu.json"))
		if err == nil {
			err = json.Unmarshal(b, &site)
		}
		if err != nil {
			t.Fatal(err)
		}
		files, _ := os.ReadDir(filepath.Join(dir, "assets", "data", "chitieu"))
		if len(files) != 3 {
			t.Errorf("group pages %v: %d files of page data, want 3", groupPages, len(files))
		}
		for i := 1; i <= n; i++ {
			id := fmt.Sprintf("c%02d", i)
			want := fmt.Sprint((i - 1) / PartSize)
			if got := site.Indicators[id].Part; got != want {
				t.Errorf("group pages %v: %s in part %q, want %q", groupPages, id, got, want)
			}
			var part map[string]Indicator
			b, err := os.ReadFile(filepath.Join(dir, "assets", "data", "chitieu", want+".json"))
			if err == nil {
				err = json.Unmarshal(b, &part)
			}
			if err != nil || part[id].Title != id {
				t.Errorf("group pages %v: part %s has %v (%v), want %s", groupPages, want, part, err, id)
			}
		}
	}
}
