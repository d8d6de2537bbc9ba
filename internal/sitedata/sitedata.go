// Package sitedata writes what the site is made of, apart from its templates:
// the Hugo data file the templates read (data/chitieu.json), and the open
// data published beside the pages (data/index.json and, per indicator,
// data/<id>.json and data/<id>.csv).
package sitedata

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tayson/chitieu/internal/chart"
	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/search"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Site is the content of data/chitieu.json: the contract with the templates.
type Site struct {
	AsOf       string                `json:"asOf"`
	Counts     Counts                `json:"counts"`
	Groups     []Group               `json:"groups"`
	Indicators map[string]*Indicator `json:"indicators"`
	// Cuts holds, per report period (canonical label), the indicators its
	// report cites as they stood at the end of that period.
	Cuts map[string]map[string]*Indicator `json:"cuts"`
	// Pages maps a content file (as Hugo's .File.Path) to the period of
	// its report: its charts come from Cuts[period].
	Pages map[string]string `json:"pages"`
	// LatestReport is the period of the latest dated report: indicator
	// pages mark its column.
	LatestReport string `json:"latestReport"`
	// Summary counts the programme's targets by status and lays out the
	// summary table of the home page.
	Summary Summary `json:"summary"`
	// Search is every entry of the site search (/tim-kiem/), package search.
	Search []search.Entry `json:"search"`

	// words is the catalogue the site data is worded and its numbers
	// written with (the charts' texts, the targets' labels).
	words *sitewords.Catalogue
	// GroupPages: the site has more indicators than its home page shows
	// as cards (SetGroupPages): the home page lists the groups, each
	// group has its page of cards at /chi-tieu/<slug>/.
	GroupPages bool `json:"groupPages"`
}

// Counts are totals shown on the home page.
type Counts struct {
	Indicators int `json:"indicators"`
	Warnings   int `json:"warnings"`
}

// Group is a section of the report with its indicators, in order.
type Group struct {
	Title      string   `json:"title"`
	Indicators []string `json:"indicators"`
	// Slug names the group's page, /chi-tieu/<slug>/ (with GroupPages):
	// its title folded, unlike any indicator's id or another group's.
	Slug string `json:"slug"`
	// ByStatus counts its indicators by their status ("" for none);
	// Statuses are those present, in the order statuses are shown.
	ByStatus map[string]int `json:"byStatus"`
	Statuses []string       `json:"statuses"`
}

// SetGroupPages gives the site group pages when it has more than max
// indicators (max <= 0: DefaultHomeCards): the home page then stays the
// same size at any number of indicators.
func (s *Site) SetGroupPages(max int) {
	if max <= 0 {
		max = DefaultHomeCards
	}
	s.GroupPages = s.Counts.Indicators > max
}

// SetEmbedHeight makes the frame each indicator's embed code offers at
// least def px high (hugo.toml's params.embedHeight; def <= 0:
// DefaultEmbedHeight), higher where its main chart needs it.
func (s *Site) SetEmbedHeight(def int) {
	if def <= 0 {
		def = DefaultEmbedHeight
	}
	for _, ind := range s.Indicators {
		ind.EmbedHeight = max(ind.EmbedHeight, def)
	}
}

// DefaultEmbedHeight is the height (px) of the frame in an embed code when
// hugo.toml does not say (params.embedHeight).
const DefaultEmbedHeight = 420

// DefaultHomeCards is how many indicators the home page shows as cards at
// most when hugo.toml does not say (params.homeCards).
const DefaultHomeCards = 200

// slugs names the groups' pages: the title folded (no tones, đ → d),
// letters and digits kept, the rest one "-", at most about 60 characters;
// a name taken (an indicator's id, an earlier group's) gets -2, -3…
func slugs(groups []Group, ids map[string]*Indicator) {
	taken := map[string]bool{}
	for i := range groups {
		var b strings.Builder
		dash := false
		for _, r := range search.Fold(groups[i].Title) {
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				if dash && b.Len() > 0 {
					b.WriteByte('-')
				}
				dash = false
				b.WriteRune(r)
				continue
			}
			dash = true
			if b.Len() >= 60 {
				break
			}
		}
		base := b.String()
		if base == "" {
			base = "khac"
		}
		slug := base
		for n := 2; taken[slug] || ids[slug] != nil; n++ {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		taken[slug] = true
		groups[i].Slug = slug
	}
}

// Indicator is everything an indicator page shows.
type Indicator struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// TitleLang is "vi" on a page in another language when the title has
	// no name in that language (chi-tieu.csv's ten_en): the page marks it.
	TitleLang string   `json:"titleLang,omitempty"`
	Group     string   `json:"group"`
	Unit      string   `json:"unit"`
	Source    string   `json:"source"`
	Notes     string   `json:"notes"`
	Periods   []string `json:"periods"`
	// Decimals and ShareDecimals: how many decimals its values and its
	// percentages are written with everywhere (indicator.decimals).
	Decimals      int      `json:"decimals"`
	ShareDecimals int      `json:"shareDecimals"`
	Table         Table    `json:"table"`
	Latest        *Latest  `json:"latest"`
	Targets       []Target `json:"targets"`
	Status        string   `json:"status"`
	// Statuses are the distinct statuses of its targets (the home page's
	// filters show the indicator under each).
	Statuses []string `json:"statuses"`
	Charts   []Chart  `json:"charts"`
	// Spark is the card's small trend (Card): only the lists show it, so
	// the indicator's own file leaves it out (a sixth of it; at 10.000
	// indicators, 40 MB that Hugo read and decoded for pages that never
	// show it).
	Spark     chart.Spec `json:"-"`
	Downloads Downloads  `json:"downloads"`
	Warnings  []string   `json:"warnings"`
	AsOf      string     `json:"asOf"` // the indicator's own latest period
	// EmbedHeight is the height (px) of the frame its embed code offers
	// (SetEmbedHeight): the site's default, more where the main chart
	// needs it (chart.Spec.EmbedHeight).
	EmbedHeight int `json:"embedHeight"`
}

// Chart is a chart of an indicator's page (chart.Spec) with its option
// already encoded: Payload is what its <script type="application/json">
// holds for the site script (layouts/_partials/bieu-do.html), so that Hugo
// holds one string per chart rather than a tree of maps (the options are
// most of the site data: at 10.000 indicators Hugo's copy took gigabytes).
type Chart struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Caption  string `json:"caption"`
	Alt      string `json:"alt"`
	Unit     string `json:"unit"`
	Percent  bool   `json:"percent"`
	Filename string `json:"filename"`
	// ShareBasis and ShareBase name a pie's denominator under its caption
	// (chart.Spec).
	ShareBasis string `json:"shareBasis,omitempty"`
	ShareBase  string `json:"shareBase,omitempty"`
	Payload    string `json:"payload"`
}

// newChart encodes spec's payload as the figure's markup contract says
// (layouts/_partials/bieu-do.html): option, unit, percent, filename, alt,
// caption, kind, decimals, shareDecimals. encoding/json escapes <, > and &: the text stays inert.
func newChart(spec chart.Spec) (Chart, error) {
	c := Chart{ID: spec.ID, Kind: spec.Kind, Caption: spec.Caption, Alt: spec.Alt, Unit: spec.Unit, Percent: spec.Percent, Filename: spec.Filename,
		ShareBasis: spec.ShareBasis, ShareBase: spec.ShareBase}
	option := spec.Option
	if option == nil {
		option = map[string]any{}
	}
	filename := cmp.Or(spec.Filename, spec.ID, "bieu-do")
	b, err := json.Marshal(map[string]any{"option": option, "unit": spec.Unit, "percent": spec.Percent, "filename": filename,
		"alt": cmp.Or(spec.Alt, spec.Caption), "caption": spec.Caption, "kind": spec.Kind,
		"decimals": spec.Decimals, "shareDecimals": spec.ShareDecimals})
	c.Payload = string(b)
	return c, err
}

// Table is the data table: a row per series, a cell per period.
type Table struct {
	Rows []Row `json:"rows"`
}

// Row is one series.
type Row struct {
	Series string `json:"series"`
	// SeriesLang is "vi" when a page in another language shows the
	// Vietnamese name (no name in chi-tieu.csv's chuoi_en).
	SeriesLang string `json:"seriesLang,omitempty"`
	Role       string `json:"role"`
	// Cells are the figures, a cell per period, for the open data and
	// the downloads; the pages get them as HTML (table.go).
	Cells []*Cell `json:"-"`
	// HTML is the row's cells as the data table prints them (cellsHTML).
	HTML string `json:"html"`
}

// Cell is one value and what is derived from it; nil where there is none.
// The *Text fields are the numbers as the page writes them (Vietnamese,
// the indicator's decimals, " %" after percentages), formatted once here.
// The pages get only the texts (Row.HTML); the numbers are for the open
// data and the downloads.
type Cell struct {
	Value            float64
	Decimals         int
	Share            *float64
	Reported         *float64
	ReportedDecimals int
	Attainment       *float64
	Text             string
	ShareText        string
	ReportedText     string
	AttainmentText   string
}

// percentText writes *v with n decimals and " %"; "" for nil.
func percentText(w *sitewords.Catalogue, v *float64, n int) string {
	if v == nil {
		return ""
	}
	return w.Figure(*v, n, true)
}

// TargetSpec is what a target sets, as the site and the open data give it.
type TargetSpec struct {
	Wording           string  `json:"wording"`
	Label             string  `json:"label"`
	Measure           string  `json:"measure"`
	Op                string  `json:"op"`
	Threshold         float64 `json:"threshold"`
	ThresholdDecimals int     `json:"thresholdDecimals"`
	Unit              string  `json:"unit"`
	Due               string  `json:"due"`    // the period it is due by; "" when annual
	Annual            bool    `json:"annual"` // it applies to every year ("hằng năm")
}

// Target is a target in words with its results.
type Target struct {
	TargetSpec
	// Level is the threshold in words with its unit: "trên 80 %", "từ
	// 600 đảng viên trở lên".
	Level   string   `json:"level"`
	Results []Result `json:"results"`
	Status  string   `json:"status"`
	// Projection: where the trend leads by the deadline (see
	// indicator.Projection), for a target not yet due.
	Projection *Projection           `json:"projection,omitempty"`
	projection *indicator.Projection // as computed, for the open data
}

// Projection is indicator.Projection with its value written.
type Projection struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Due   string `json:"due"`
	Value string `json:"value"` // "85,3 %", in the indicator's decimals
}

// Result is a target's measure in one period.
type Result struct {
	Period   string  `json:"period"`
	Value    float64 `json:"value"`
	Decimals int     `json:"decimals"`
	Text     string  `json:"text"` // the value as written, with its unit: "97,5 %", "5 cuộc"
	Status   string  `json:"status"`
	Note     string  `json:"note,omitempty"` // indicator.Result.Note
}

// Latest is an indicator's headline figure (indicator.Latest) as the site
// writes it.
type Latest struct {
	indicator.Latest
	Text  string `json:"text"`  // the figure: "4.116", "94,5 %" (the unit of a count apart)
	Label string `json:"label"` // what and when: "Tổng số, 2022", "tổng cộng, 2022"
}

// Downloads are the site-relative paths of an indicator's data files.
type Downloads struct {
	CSV  string `json:"csv"`
	JSON string `json:"json"`
}

// Build assembles the site data from the computed indicators, worded and
// with numbers written in the language of w.
func Build(ds *dataset.Dataset, inds []*indicator.Indicator, warnings int, w *sitewords.Catalogue) (*Site, error) {
	if w == nil {
		return nil, errors.New("sitedata: no words catalogue")
	}
	inds = localise(inds, w)
	s := &Site{AsOf: w.Period(ds.AsOf.Label), Indicators: map[string]*Indicator{}, Counts: Counts{Indicators: len(inds), Warnings: warnings}, Groups: []Group{},
		Cuts: map[string]map[string]*Indicator{}, Pages: map[string]string{}, words: w}
	outs, err := buildAll(inds, w)
	if err != nil {
		return nil, err
	}
	groupIndex := map[string]int{}
	for i, ind := range inds {
		s.Indicators[ind.ID] = outs[i]
		g, ok := groupIndex[ind.Group]
		if !ok {
			g = len(s.Groups)
			groupIndex[ind.Group] = g
			s.Groups = append(s.Groups, Group{Title: ind.Group, ByStatus: map[string]int{}, Statuses: []string{}})
		}
		s.Groups[g].Indicators = append(s.Groups[g].Indicators, ind.ID)
		s.Groups[g].ByStatus[string(ind.Status)]++
	}
	for i := range s.Groups {
		for _, st := range indicator.Statuses {
			if s.Groups[i].ByStatus[string(st)] > 0 {
				s.Groups[i].Statuses = append(s.Groups[i].Statuses, string(st))
			}
		}
	}
	slugs(s.Groups, s.Indicators)
	s.Summary = summarise(inds, s.Indicators, w)
	return s, nil
}

// buildAll is build of every indicator, by a worker per processor (the
// charts of 10.000 indicators take seconds); the first error in order.
func buildAll(inds []*indicator.Indicator, w *sitewords.Catalogue) ([]*Indicator, error) {
	outs := make([]*Indicator, len(inds))
	errs := make([]error, len(inds))
	var (
		wg   sync.WaitGroup
		next atomic.Int64
	)
	cw := wordsOfCells(w)
	for range min(runtime.GOMAXPROCS(0), len(inds)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(inds); i = int(next.Add(1) - 1) {
				outs[i], errs[i] = build(inds[i], w, cw)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// AddCut adds the indicators of ids, computed on the figures up to period
// (inds, from dataset.Until and indicator.Compute), as Cuts[period]; an id
// without figures by then is left out (the report's chart then says so).
func (s *Site) AddCut(period string, inds []*indicator.Indicator, ids []string) error {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	cut := map[string]*Indicator{}
	cw := wordsOfCells(s.words)
	for _, ind := range localise(inds, s.words) {
		if !want[ind.ID] {
			continue
		}
		out, err := build(ind, s.words, cw)
		if err != nil {
			return err
		}
		cut[ind.ID] = out
	}
	s.Cuts[period] = cut
	return nil
}

// HideNotes keeps the data notes (the inconsistencies of the figures that
// check lists) off the public pages: the office reads them in check and in
// the preview; the pages show the figures as published, with the
// recomputed shares in their tables.
func (s *Site) HideNotes() {
	s.Counts.Warnings = 0
	for _, ind := range s.Indicators {
		ind.Warnings = []string{}
	}
	for _, cut := range s.Cuts {
		for _, ind := range cut {
			ind.Warnings = []string{}
		}
	}
}

// localise returns inds with the names and period labels of w's language:
// as they are for Vietnamese, else indicator.English.
func localise(inds []*indicator.Indicator, w *sitewords.Catalogue) []*indicator.Indicator {
	if w == nil || w.Lang == "vi" {
		return inds
	}
	out := make([]*indicator.Indicator, len(inds))
	for i, ind := range inds {
		out[i] = indicator.English(ind, w.Period)
	}
	return out
}

// englishName reports whether s is one of the English series names of ind.
func englishName(ind *indicator.Indicator, s string) bool {
	for _, en := range ind.SeriesEN {
		if en == s {
			return true
		}
	}
	return false
}

// build turns one computed indicator, localised, into what its pages show
// (cw: w's words of the table's cells).
func build(ind *indicator.Indicator, w *sitewords.Catalogue, cw *cellWords) (*Indicator, error) {
	charts, spark, err := chart.Build(ind, w)
	if err != nil {
		return nil, fmt.Errorf("chart of indicator %q: %w", ind.ID, err)
	}
	out := &Indicator{
		ID: ind.ID, Title: ind.Title, Group: ind.Group, Unit: ind.Unit, Source: ind.Source, Notes: ind.Notes,
		Periods: ind.PeriodLabels, Decimals: ind.ValueDecimals, ShareDecimals: ind.ShareDecimals, Latest: latest(ind.Latest, w), Status: string(ind.Status), Charts: make([]Chart, len(charts)), Spark: spark,
		Downloads: Downloads{CSV: "data/" + ind.ID + ".csv", JSON: "data/" + ind.ID + ".json"},
		Warnings:  append([]string{}, ind.Warnings...), Targets: []Target{}, AsOf: ind.AsOf, Statuses: []string{},
	}
	for i, spec := range charts {
		if out.Charts[i], err = newChart(spec); err != nil {
			return nil, fmt.Errorf("chart of indicator %q: %w", ind.ID, err)
		}
		if spec.Kind == chart.KindMain {
			out.EmbedHeight = spec.EmbedHeight
		}
	}
	if w.Lang != "vi" && ind.TitleEN == "" {
		out.TitleLang = "vi"
	}
	for _, t := range ind.Targets {
		if st := string(t.Status); !slices.Contains(out.Statuses, st) {
			out.Statuses = append(out.Statuses, st)
		}
	}
	if out.Periods == nil {
		out.Periods = []string{}
	}
	for _, r := range ind.Rows {
		row := Row{Series: r.Series, Role: string(r.Role), Cells: make([]*Cell, len(r.Cells))}
		if w.Lang != "vi" && r.Series != "" && !englishName(ind, r.Series) {
			row.SeriesLang = "vi"
		}
		for i, c := range r.Cells {
			if c != nil {
				text := w.Figure(c.Value, c.Decimals, ind.IsPercent())
				row.Cells[i] = &Cell{Value: c.Value, Decimals: c.Decimals, Share: c.Share, Reported: c.Reported,
					ReportedDecimals: c.ReportedDecimals, Attainment: c.Attainment, Text: text,
					ShareText: percentText(w, c.Share, ind.ShareDecimals), ReportedText: percentText(w, c.Reported, c.ReportedDecimals),
					AttainmentText: percentText(w, c.Attainment, ind.ShareDecimals)}
			}
		}
		row.HTML = cellsHTML(row.Cells, len(out.Periods), cw)
		out.Table.Rows = append(out.Table.Rows, row)
	}
	for _, t := range ind.Targets {
		tg := Target{
			TargetSpec: TargetSpec{Wording: t.Wording, Label: chart.TargetLabel(w, t.Measure, t.What, t.Denominator), Measure: string(t.Measure), Op: t.Op,
				Threshold: t.Threshold.Value, ThresholdDecimals: t.Threshold.Decimals, Unit: t.Unit, Due: t.Due.Label},
			Status: string(t.Status), Results: []Result{},
			Level: level(w, t.Op, w.WithUnit(t.Threshold.Value, t.Threshold.Decimals, t.Unit)),
		}
		if t.Annual {
			tg.Due, tg.Annual = "", true
		}
		if p := t.Projection; p != nil {
			d := ind.ValueDecimals
			if t.Unit == "%" {
				d = ind.ShareDecimals
			}
			tg.projection = p
			tg.Projection = &Projection{From: p.From, To: p.To, Due: p.Due, Value: w.Figure(p.Value, d, t.Unit == "%")}
		}
		for _, r := range t.Results {
			tg.Results = append(tg.Results, Result{Period: r.Period, Value: r.Value, Decimals: r.Decimals, Status: string(r.Status), Note: string(r.Note),
				Text: w.WithUnit(r.Value, r.Decimals, t.Unit)})
		}
		out.Targets = append(out.Targets, tg)
	}
	return out, nil
}

// latest is l with a target's figure named by its label, written and
// labelled by w: the figure's series (or "tổng cộng" for a sum of the
// parts), "theo tỷ lệ báo cáo ghi" for the report's own percentages, and
// its period.
func latest(l *indicator.Latest, w *sitewords.Catalogue) *Latest {
	if l == nil {
		return nil
	}
	out := &Latest{Latest: *l, Text: w.Figure(l.Value, l.Decimals, l.Unit == "%")}
	if l.Basis == indicator.BasisTarget || l.Basis == indicator.BasisReported {
		out.Series = chart.TargetLabel(w, l.Measure, l.Series, l.Denominator)
	}
	var parts []string
	if out.Basis == indicator.BasisSum {
		parts = append(parts, w.T(sitewords.KeyLatestSum, nil))
	} else if out.Series != "" {
		parts = append(parts, out.Series)
	}
	if out.Basis == indicator.BasisReported {
		parts = append(parts, w.T(sitewords.KeyLatestReported, nil))
	}
	if out.Period != "" {
		parts = append(parts, out.Period)
	}
	out.Label = strings.Join(parts, ", ")
	return out
}

// level words a target's threshold q (with its unit) by its operator:
// "trên 80 %", "từ 600 đảng viên trở lên"; q alone for an unknown one.
func level(w *sitewords.Catalogue, op, q string) string {
	key, ok := map[string]string{">": sitewords.KeyLevelGT, ">=": sitewords.KeyLevelGE, "<": sitewords.KeyLevelLT,
		"<=": sitewords.KeyLevelLE, "=": sitewords.KeyLevelEQ}[op]
	if !ok {
		return q
	}
	return w.T(key, sitewords.Args{"q": q})
}

// marshal encodes v as indented JSON. encoding/json escapes <, > and & in
// strings, so text from the CSVs stays inert wherever the JSON lands.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Card is what the lists show of an indicator (the home page's and the
// group pages' cards, /chi-tieu/, the summary table) and what the content
// adapter names its pages with: the indicators of data/chitieu.json are
// cards. Everything else an indicator's page shows (charts, table,
// targets…) is in its own file (WriteHugoData), read by its page alone.
type Card struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	TitleLang string    `json:"titleLang,omitempty"`
	Group     string    `json:"group"`
	Unit      string    `json:"unit"`
	Latest    *Latest   `json:"latest"`
	Status    string    `json:"status"`
	Statuses  []string  `json:"statuses"`
	Spark     Spark     `json:"spark"`
	Downloads Downloads `json:"downloads"`
	// Part names the file its page's data is in (WriteHugoData).
	Part string `json:"part"`
}

// Spark is a card's small trend: the inline SVG drawn in Go (chart.Spec's
// SVG), the only part of it a card shows.
type Spark struct {
	SVG string `json:"svg,omitempty"`
}

// card is ind as the lists show it.
func (ind *Indicator) card(part string) *Card {
	return &Card{ID: ind.ID, Title: ind.Title, TitleLang: ind.TitleLang, Group: ind.Group, Unit: ind.Unit,
		Latest: ind.Latest, Status: ind.Status, Statuses: ind.Statuses, Spark: Spark{SVG: ind.Spark.SVG}, Downloads: ind.Downloads, Part: part}
}

// hugoSite is data/chitieu.json: the Site with its indicators as cards
// (the shallower Indicators field is the one encoding/json writes), or,
// with group pages, as their names only; without the search and the
// summary's rows, which are in files of their own (WriteHugoData).
type hugoSite struct {
	*Site
	Indicators any         `json:"indicators"`
	Summary    summaryHead `json:"summary"`
	Search     *struct{}   `json:"search,omitempty"` // nil: not written
}

// summaryHead is the Summary without its rows: the counts the home page
// and the summary page say.
type summaryHead struct {
	Targets  int            `json:"targets"`
	ByStatus map[string]int `json:"byStatus"`
	Statuses []string       `json:"statuses"`
	Periods  []string       `json:"periods"`
}

// pageName is an indicator as data/<name>.json holds it when the site has
// group pages: what the content adapter names its pages with and the
// report's charts check their ids against. Its card is in its group's
// file.
type pageName struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Group string `json:"group"`
	Part  string `json:"part"` // as Card's
}

// PartSize is how many indicators' page data one file holds
// (WriteHugoData). Creating a file costs this machine's file system 0,2 to
// 0,7 ms, whatever its size, when many are created; Hugo keeps some 300
// decoded files in its cache (under HugoCacheMemory), so a part of n
// indicators costs up to n × 300 decoded indicators of memory (28 KB each
// at 10.000).
const PartSize = 8

// HugoDataName is the name of the site data of lang (the default
// language: ""), as the language's params.data in hugo.toml names it:
// chitieu, chitieu_en…
func HugoDataName(lang string) string {
	if lang == "" {
		return "chitieu"
	}
	return "chitieu_" + lang
}

// WriteHugoData writes the site data of lang ("": the default language)
// under siteDir, where the templates take it by the language's params.data
// in hugo.toml (HugoDataName):
//
//   - data/<name>.json, what most pages need (the groups, the summary's
//     counts, the report's cuts, the indicators as cards, or with group
//     pages only their names), which Hugo decodes whole and holds for the
//     whole build (hugo.Data is global, every language's at once);
//   - assets/data/<name>/<part>.json, everything the pages of PartSize
//     indicators show (Indicator, by id), each indicator's page and embed
//     page reading the part its card names (layouts/_partials/
//     chi-tieu-du-lieu.html: resources.Get and transform.Unmarshal, whose
//     cache Hugo bounds); the indicators in the order of their ids, the
//     order Hugo renders their pages in, so that a part is decoded once
//     for the pages of its indicators, rendered one after the other;
//   - assets/danh-sach/<name>/, what one page lists
//     (layouts/_partials/danh-sach.html): tim-kiem.json, the search's
//     entries (/tim-kiem/); tong-hop.json, the summary with its rows (the
//     summary table); with group pages, nhom/<slug>.json, the cards of a
//     group (its page).
//
// At 10.000 indicators the whole site data in data/ was 124 MB per
// language, decoded into gigabytes that Hugo held to the end; with the
// cards, the search and the summary's rows, 30 MB, some 140 MB in Hugo;
// with the indicators' names alone (group pages), 13 to 17 MB in Hugo.
// Compact: Hugo decodes it (the indented file was 190 MB).
func WriteHugoData(siteDir, lang string, s *Site) error {
	name := HugoDataName(lang)
	pages := filepath.Join(siteDir, "assets", "data", name)
	if err := os.MkdirAll(pages, 0o755); err != nil {
		return err
	}
	ids := make([]string, 0, len(s.Indicators))
	for id := range s.Indicators {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	part := make(map[string]string, len(ids))
	for i, id := range ids {
		part[id] = strconv.Itoa(i / PartSize)
	}
	err := each((len(ids)+PartSize-1)/PartSize, func(i int) error {
		inds := make(map[string]*Indicator, PartSize)
		for _, id := range ids[i*PartSize : min((i+1)*PartSize, len(ids))] {
			inds[id] = s.Indicators[id]
		}
		// Hugo reads these, no browser: <, > and & stay as they are (the
		// tables' cells are HTML), not six bytes each to write and decode.
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(inds); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(pages, strconv.Itoa(i)+".json"), b.Bytes(), 0o644)
	})
	if err != nil {
		return err
	}
	lists := filepath.Join(siteDir, "assets", "danh-sach", name)
	if err := os.MkdirAll(lists, 0o755); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(lists, "tim-kiem.json"), s.Search); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(lists, "tong-hop.json"), s.Summary); err != nil {
		return err
	}
	var inds any
	if s.GroupPages {
		names := make(map[string]*pageName, len(s.Indicators))
		for id, ind := range s.Indicators {
			names[id] = &pageName{ID: ind.ID, Title: ind.Title, Group: ind.Group, Part: part[id]}
		}
		inds = names
		if err := os.MkdirAll(filepath.Join(lists, "nhom"), 0o755); err != nil {
			return err
		}
		for _, g := range s.Groups {
			cards := make(map[string]*Card, len(g.Indicators))
			for _, id := range g.Indicators {
				if ind := s.Indicators[id]; ind != nil {
					cards[id] = ind.card(part[id])
				}
			}
			if err := writeJSON(filepath.Join(lists, "nhom", g.Slug+".json"), cards); err != nil {
				return err
			}
		}
	} else {
		cards := make(map[string]*Card, len(s.Indicators))
		for id, ind := range s.Indicators {
			cards[id] = ind.card(part[id])
		}
		inds = cards
	}
	head := summaryHead{Targets: s.Summary.Targets, ByStatus: s.Summary.ByStatus, Statuses: s.Summary.Statuses, Periods: s.Summary.Periods}
	dir := filepath.Join(siteDir, "data")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, name+".json"), hugoSite{Site: s, Indicators: inds, Summary: head})
}

// writeJSON writes v as compact JSON, with a line break at the end.
func writeJSON(name string, v any) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// each runs one(0) … one(n-1) on a few workers at once (writing 20.000
// files one at a time takes seconds) and returns the first error; after
// an error, the workers take no new index.
func each(n int, one func(i int) error) error {
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		next     atomic.Int64
	)
	for range min(2*runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := one(i); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					next.Store(int64(n))
					return
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}
