// Package indicator computes what the report derives from its figures:
// shares of a total, attainment against plan, and, per period, the status of
// every target (đạt, vượt, chưa đạt, chưa đến hạn). It also checks the
// figures against each other and warns where they disagree (parts that do
// not add up, reported percentages that differ from the counts, …).
package indicator

import (
	"github.com/tayson/chitieu/internal/dataset"
)

// Status is the state of a target in a period, in the words Vietnamese
// reviews use (the site's i18n gives them: status_<slug>).
type Status string

// The statuses, as their slugs in the site's data.
const (
	StatusNone     Status = ""
	StatusMet      Status = "dat"          // đạt
	StatusExceeded Status = "vuot"         // vượt
	StatusNotMet   Status = "chua-dat"     // chưa đạt
	StatusNearly   Status = "dat-tren-80"  // chưa đạt, but at 80 % of the threshold or more
	StatusNotDue   Status = "chua-den-han" // chưa đến hạn
	StatusAtRisk   Status = "kho-dat"      // not yet due, and the trend does not reach it by its deadline
)

// Statuses lists every status in the order the site counts them.
var Statuses = []Status{StatusExceeded, StatusMet, StatusNearly, StatusNotMet, StatusAtRisk, StatusNotDue}

// NearlyShare is the share of the threshold above which a missed target is
// "đạt trên 80 %" (met at 80 % or more).
const NearlyShare = 0.8

// Cell is one value of the data table with what is derived from it.
type Cell struct {
	Value            float64
	Decimals         int
	Share            *float64 // % of the total in the same period (2 decimals)
	Reported         *float64 // % printed in the report
	ReportedDecimals int
	Attainment       *float64 // % of the plan in the same period
}

// Row is a series across the indicator's periods.
type Row struct {
	Series string
	Role   dataset.Role
	Cells  []*Cell // one per period; nil where there is no value
}

// Result is a target's measure in one period.
type Result struct {
	Period   string
	Value    float64
	Decimals int
	Status   Status
	// Note is NotePartsExceedTotal for a share of a total above 100 %:
	// parts that exceed their total in the report itself, no achievement;
	// NoteReportedShares when Value is then the report's own percentages
	// of the target's series, added up.
	Note Note
}

// Target is a target with its results.
type Target struct {
	dataset.Target
	// What names what is measured in the data's own words: the series in
	// quotes (“A” + “B”), or the title for a single unnamed series. With
	// Measure and Denominator it is the target's label, which the site's
	// catalogue words (chart.TargetLabel).
	What    string
	Unit    string // "%" for shares and attainment, else the indicator's unit
	Results []Result
	Status  Status // status in the latest period with a result
	// Projection is where the trend of the results leads by the deadline,
	// for a target not yet due with two results or more (see project).
	Projection *Projection
}

// Projection extends the average change between a target's first and latest
// results to its deadline: the rule behind "Khó đạt".
type Projection struct {
	From  string  `json:"from"`  // the periods the rate is taken between
	To    string  `json:"to"`    //
	Value float64 `json:"value"` // the projected measure at the deadline
	Due   string  `json:"due"`   // the deadline
}

// Latest is the headline figure of an indicator: what its card on the
// dashboard shows.
type Latest struct {
	Period string `json:"period"`
	// Series is what the figure is: a series' name, the parts' names
	// joined, or for BasisTarget and BasisReported the target's What,
	// which with Measure and Denominator makes its label (worded by the
	// site's catalogue: chart.TargetLabel).
	Series      string          `json:"series"`
	Measure     dataset.Measure `json:"-"`
	Denominator string          `json:"-"`
	Value       float64         `json:"value"`
	Decimals    int             `json:"decimals"`
	Unit        string          `json:"unit"`
	// Basis says how the figure was found (one of the Basis constants);
	// the site words it from i18n.
	Basis Basis `json:"basis"`
	// Note is set when the figure cannot be read without the note on the
	// figures (one of the Note constants).
	Note Note `json:"note,omitempty"`
}

// Basis is how a headline figure was found.
type Basis string

// The bases of a headline, in the order headline tries them.
const (
	BasisTarget   Basis = "target"   // the first target's measure
	BasisReported Basis = "reported" // the report's own percentages, added up (the computed share is above 100 %)
	BasisTotal    Basis = "total"    // the total series
	BasisSum      Basis = "sum"      // the parts added up (they are the whole; there is no total series)
	BasisSeries   Basis = "series"   // one series, of the latest period
)

// Note flags a headline that needs the note on the figures.
type Note string

// NotePartsExceedTotal: the parts add up to more than the total in the
// report itself, so a share of the total would exceed 100 %.
const NotePartsExceedTotal Note = "vuot-tong"

// NoteReportedShares: a target's result is the report's own percentages of
// its series, added up, because the share recomputed on the total is above
// 100 % (the parts exceed the total in the report itself).
const NoteReportedShares Note = "ty-le-bao-cao"

// Indicator is a dataset indicator with its derived measures.
type Indicator struct {
	*dataset.Indicator
	PeriodLabels []string
	Rows         []Row
	Latest       *Latest
	Targets      []Target
	Status       Status   // status of the first target, for the dashboard
	Warnings     []string // Vietnamese texts of the warnings about this indicator
	// ValueDecimals and ShareDecimals are how many decimals its values and
	// its percentages (shares, attainment, target measures) are written
	// with, everywhere: decided once (see decimals).
	ValueDecimals int
	ShareDecimals int
	// AsOf is the indicator's own latest period: what "as of" means for
	// it, never the latest row of the whole folder.
	AsOf string
}
