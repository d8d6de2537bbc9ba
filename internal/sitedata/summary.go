package sitedata

import (
	"math"
	"sort"

	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/period"
	"github.com/tayson/chitieu/internal/sitewords"
)

// Summary is the review's story in figures: the programme's targets
// ("chỉ tiêu") counted by status as the report counts them, and the rows of
// its summary table ("Bảng tổng hợp kết quả thực hiện chỉ tiêu").
type Summary struct {
	Targets  int            `json:"targets"`  // how many targets the programme set
	ByStatus map[string]int `json:"byStatus"` // targets per status of their latest result
	Statuses []string       `json:"statuses"` // the statuses present, in the order to show them
	Periods  []string       `json:"periods"`  // the table's columns: every period with a result, in time order
	Rows     []SummaryRow   `json:"rows"`
}

// SummaryRow is one target of the summary table.
type SummaryRow struct {
	Indicator string            `json:"indicator"` // its indicator's id
	Title     string            `json:"title"`     // its indicator's title
	Target    Target            `json:"target"`
	Results   map[string]Result `json:"results"` // by period label
	// Ratio is the latest result as a percentage of the threshold (the
	// "tỷ lệ thực hiện so với chỉ tiêu"), for thresholds to reach or pass.
	Ratio     *float64 `json:"ratio,omitempty"`
	RatioText string   `json:"ratioText,omitempty"` // Ratio as written: "121,3 %"
}

// summarise counts the targets of inds (in order) by status and lays out
// the summary table.
func summarise(inds []*indicator.Indicator, site map[string]*Indicator, w *sitewords.Catalogue) Summary {
	s := Summary{ByStatus: map[string]int{}, Statuses: []string{}, Periods: []string{}, Rows: []SummaryRow{}}
	seen := map[string]period.Period{}
	for _, ind := range inds {
		for _, p := range ind.Periods {
			seen[p.Label] = p
		}
		out := site[ind.ID]
		for i, t := range ind.Targets {
			s.Targets++
			s.ByStatus[string(t.Status)]++
			row := SummaryRow{Indicator: ind.ID, Title: ind.Title, Target: out.Targets[i], Results: map[string]Result{}}
			for _, r := range out.Targets[i].Results {
				row.Results[r.Period] = r
			}
			if n := len(t.Results); n > 0 && (t.Op == ">=" || t.Op == ">" || t.Op == "=") && t.Threshold.Value > 0 && t.Results[n-1].Note == "" {
				// rounded to the indicator's share decimals, as written
				p := math.Pow(10, float64(ind.ShareDecimals))
				v := math.Round(t.Results[n-1].Value/t.Threshold.Value*100*p) / p
				row.Ratio, row.RatioText = &v, w.Figure(v, ind.ShareDecimals, true)
			}
			s.Rows = append(s.Rows, row)
		}
	}
	used := map[string]bool{}
	for _, r := range s.Rows {
		for p := range r.Results {
			used[p] = true
		}
	}
	for p := range used {
		s.Periods = append(s.Periods, p)
	}
	sort.Slice(s.Periods, func(i, j int) bool { return seen[s.Periods[i]].Compare(seen[s.Periods[j]]) < 0 })
	for _, st := range indicator.Statuses {
		if s.ByStatus[string(st)] > 0 {
			s.Statuses = append(s.Statuses, string(st))
		}
	}
	return s
}
