package sitedata

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"

	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Index is /data/index.json, the site's open-data interface.
type Index struct {
	Title      string        `json:"title"`
	AsOf       string        `json:"asOf"`
	Indicators []OpenData    `json:"indicators"`
	Format     IndexDocument `json:"format"`
}

// IndexDocument says in the file itself what the fields mean.
type IndexDocument struct {
	Observations string `json:"observations"`
	Targets      string `json:"targets"`
}

// OpenData is one indicator as open data (also /data/<id>.json).
type OpenData struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Group  string `json:"group"`
	Unit   string `json:"unit"`
	Source string `json:"source"`
	Notes  string `json:"notes,omitempty"`
	URL    string `json:"url"`
	CSV    string `json:"csv"`
	JSON   string `json:"json"`
	Status string `json:"status,omitempty"`
	// Decimals and ShareDecimals: how many decimals the values and the
	// percentages (share, attainment, targets' results) are written with.
	Decimals      int           `json:"decimals"`
	ShareDecimals int           `json:"shareDecimals"`
	Observations  []Observation `json:"observations"`
	Targets       []OpenTarget  `json:"targets"`
}

// OpenTarget is a target as open data: its figures, with no words made by
// the site (Target's Level, its results' Text).
type OpenTarget struct {
	TargetSpec
	Results    []OpenResult          `json:"results"`
	Status     string                `json:"status"`
	Projection *indicator.Projection `json:"projection,omitempty"`
}

// OpenResult is a target's measure in one period, as open data.
type OpenResult struct {
	Period   string  `json:"period"`
	Value    float64 `json:"value"`
	Decimals int     `json:"decimals"`
	Status   string  `json:"status"`
	Note     string  `json:"note,omitempty"`
}

// openTargets are ts as open data.
func openTargets(ts []Target) []OpenTarget {
	out := make([]OpenTarget, len(ts))
	for i, t := range ts {
		out[i] = OpenTarget{TargetSpec: t.TargetSpec, Status: t.Status, Results: make([]OpenResult, len(t.Results)), Projection: t.projection}
		for j, r := range t.Results {
			out[i].Results[j] = OpenResult{Period: r.Period, Value: r.Value, Decimals: r.Decimals, Status: r.Status, Note: r.Note}
		}
	}
	return out
}

// Observation is one figure with its derived measures.
type Observation struct {
	Period          string   `json:"period"`
	Series          string   `json:"series"`
	Value           float64  `json:"value"`
	ReportedPercent *float64 `json:"reportedPercent,omitempty"`
	Share           *float64 `json:"share,omitempty"`
	Attainment      *float64 `json:"attainment,omitempty"`
}

// OpenIndicator builds the open data of one indicator; base is the site's
// base URL ending in "/".
func OpenIndicator(ind *Indicator, base string) OpenData {
	od := OpenData{
		ID: ind.ID, Title: ind.Title, Group: ind.Group, Unit: ind.Unit, Source: ind.Source, Notes: ind.Notes,
		URL: base + "chi-tieu/" + ind.ID + "/", CSV: base + ind.Downloads.CSV, JSON: base + ind.Downloads.JSON,
		Status: ind.Status, Decimals: ind.Decimals, ShareDecimals: ind.ShareDecimals, Observations: []Observation{}, Targets: openTargets(ind.Targets),
	}
	for i, p := range ind.Periods {
		for _, r := range ind.Table.Rows {
			c := r.Cells[i]
			if c == nil {
				continue
			}
			od.Observations = append(od.Observations, Observation{Period: p, Series: r.Series, Value: c.Value, ReportedPercent: c.Reported, Share: c.Share, Attainment: c.Attainment})
		}
	}
	return od
}

// csvSafe neutralises a text cell that a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return first): it is prefixed with an apostrophe,
// which Excel and LibreOffice show as plain text.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func fmtOpt(v *float64, decimals int) string {
	if v == nil {
		return ""
	}
	return number.VI(*v, decimals)
}

// CSV renders one indicator's figures for spreadsheets in a Vietnamese
// locale: UTF-8 with a byte-order mark, ";" between fields, decimal comma.
// Its first four columns are the long layout chitieu reads, so a download
// can be put back into the data folder as it is.
func CSV(ind *Indicator) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.Comma = ';'
	w.UseCRLF = true
	if err := w.Write([]string{"ma", "ky", "chuoi", "gia_tri", "ty_le_bao_cao", "ty_le_tinh", "dat_ke_hoach", "don_vi"}); err != nil {
		return nil, err
	}
	for i, p := range ind.Periods {
		for _, r := range ind.Table.Rows {
			c := r.Cells[i]
			if c == nil {
				continue
			}
			rec := []string{
				csvSafe(ind.ID), csvSafe(p), csvSafe(r.Series),
				number.VI(c.Value, c.Decimals),
				fmtOpt(c.Reported, c.ReportedDecimals), fmtOpt(c.Share, ind.ShareDecimals), fmtOpt(c.Attainment, ind.ShareDecimals),
				csvSafe(ind.Unit),
			}
			if err := w.Write(rec); err != nil {
				return nil, err
			}
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// BuildIndex assembles data/index.json, the indicators in order; base is
// the site's base URL.
func BuildIndex(s *Site, order []string, title, base string) Index {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	idx := Index{Title: title, AsOf: s.AsOf, Indicators: []OpenData{}, Format: IndexDocument{
		Observations: s.words.T(sitewords.KeyOpenDataObservations, nil),
		Targets:      s.words.T(sitewords.KeyOpenDataTargets, nil),
	}}
	for _, id := range order {
		idx.Indicators = append(idx.Indicators, OpenIndicator(s.Indicators[id], base))
	}
	return idx
}

// WriteOpenData writes data/index.json and each indicator's JSON and CSV
// into the published folder outDir; base is the site's base URL.
func WriteOpenData(outDir string, s *Site, order []string, title, base string) error {
	dir := filepath.Join(outDir, "data")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	idx := BuildIndex(s, order, title, base)
	// Two files per indicator, written by a few workers at once (one at a
	// time, 20.001 files took 5,9 s at 10.000 indicators).
	err := each(len(order), func(i int) error {
		ind := s.Indicators[order[i]]
		b, err := marshal(&idx.Indicators[i])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, ind.ID+".json"), b, 0o644); err != nil {
			return err
		}
		c, err := CSV(ind)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, ind.ID+".csv"), c, 0o644)
	})
	if err != nil {
		return err
	}
	b, err := marshal(idx)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.json"), b, 0o644)
}
