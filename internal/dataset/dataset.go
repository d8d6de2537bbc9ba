// Package dataset holds the figures of a folder of CSV exports once they have
// been read and checked: indicators, their observations and their targets.
//
// The folder holds three kinds of file, told apart by name and header:
//
//   - chi-tieu.csv: one row per indicator (id, title, section, unit, …);
//   - muc-tieu.csv: the targets ("chỉ tiêu") set for the indicators;
//   - every other *.csv: observations, either in the long layout
//     (ma, ky, chuoi, gia_tri[, ty_le_bao_cao][, ghi_chu]: one row per
//     indicator, period and series) or in the wide layout (ma, chuoi, then one
//     column per period, as an Excel sheet looks).
//
// Load reports every problem it finds through a diag.List and never stops at
// the first one.
package dataset

import (
	"sort"

	"github.com/tayson/chitieu/internal/csvfile"
	"strings"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// Pos is a place in an export. Line and Col are 32 bits: every figure
// keeps one, and a CSV file of 2³¹ lines would be 4 GB.
type Pos struct {
	File string
	Line int32
	Col  int32
}

// pos returns the place of cell c of file.
func pos(file string, c csvfile.Cell) Pos { return Pos{file, int32(c.Line), int32(c.Col)} }

// Role says what a series is to its indicator.
type Role string

// The roles of a series.
const (
	RoleTotal  Role = "total"  // the denominator of shares ("Tổng số")
	RolePart   Role = "part"   // one of the parts that add up to the total
	RoleSubset Role = "subset" // a "trong đó": included in another series
	RolePlan   Role = "plan"   // the plan that attainment is measured against
	RoleOther  Role = "other"  // an indicator without a total
)

// Chart kinds a clerk may ask for in chi-tieu.csv (blank: chosen from the data).
const (
	ChartAuto    = ""
	ChartBar     = "cot"
	ChartStacked = "cot-chong"
	ChartLine    = "duong"
	ChartPie     = "tron"
)

// Indicator is one row of chi-tieu.csv with everything that refers to it.
type Indicator struct {
	ID     string
	Title  string
	Group  string // the report section
	Unit   string // "%" makes values percentages
	Source string // section or footnote of the report
	Notes  string
	// TitleEN, UnitEN and SeriesEN (Vietnamese series name → English) are
	// the English names of the optional columns ten_en, don_vi_en and
	// chuoi_en ("Tổng số=Total; Nữ=Women"): the English site's, which falls
	// back to the Vietnamese where there is none.
	TitleEN   string
	UnitEN    string
	SeriesEN  map[string]string
	ChartKind string
	Total     string   // series that is the total, or ""
	Parts     []string // series that should add up to Total
	Plan      string   // series that is the plan, or ""
	// AllowNegative: the indicator's values may be below 0 (a growth rate,
	// a net change, a balance), said by its "cho_phep_am" column.
	AllowNegative bool
	Pos           Pos

	// Invalid says that some of the indicator's figures were refused with an
	// error: checks of the figures against each other would only echo it.
	Invalid bool

	Series       []string        // every series, in order of first appearance
	Periods      []period.Period // every period, in time order
	Observations []Observation   // sorted by period, then series order
	Targets      []Target

	// Value finds an observation by binary search when Observations are in
	// their order (by period, then series as in Series; ranks holds each
	// one's place in Series), else through byKey, built when first
	// needed. Both are made again when Observations changed length.
	ranks   []int32
	rank    map[string]int32 // each series' place in Series
	byKey   map[obsKey]int
	indexed int
	// partSet is Parts as a set, for Role (asked per observation).
	partSet      map[string]bool
	partsIndexed int
}

type obsKey struct{ period, series string }

// IsPercent reports whether the indicator's values are percentages.
func (ind *Indicator) IsPercent() bool { return ind.Unit == "%" }

// Role returns the role of series s.
func (ind *Indicator) Role(s string) Role {
	switch {
	case ind.Total != "" && s == ind.Total:
		return RoleTotal
	case ind.Plan != "" && s == ind.Plan:
		return RolePlan
	}
	if ind.partSet == nil || ind.partsIndexed != len(ind.Parts) {
		ind.partSet, ind.partsIndexed = make(map[string]bool, len(ind.Parts)), len(ind.Parts)
		for _, p := range ind.Parts {
			ind.partSet[p] = true
		}
	}
	if ind.partSet[s] {
		return RolePart
	}
	if len(ind.Parts) > 0 {
		// a series left out of the declared parts is a "trong đó", with
		// or without a total series: the parts are the whole
		return RoleSubset
	}
	if ind.Total == "" {
		return RoleOther
	}
	return RolePart
}

// Value returns the observation of series s in period p, if any. The checks
// and measures ask for every (period, series), and a scan made them
// quadratic in rows; a map of every observation cost as much memory as
// the observations themselves, so a loaded indicator (in order) is
// searched instead.
func (ind *Indicator) Value(p period.Period, s string) (Observation, bool) {
	if ind.indexed != len(ind.Observations) || (ind.ranks == nil && ind.byKey == nil) {
		ind.index()
	}
	obs := ind.Observations
	if ind.ranks == nil {
		if i, ok := ind.byKey[obsKey{p.Label, s}]; ok {
			return obs[i], true
		}
		return Observation{}, false
	}
	r, ok := ind.rank[s]
	if !ok {
		return Observation{}, false
	}
	i := sort.Search(len(obs), func(i int) bool {
		if c := obs[i].Period.Compare(p); c != 0 {
			return c > 0
		}
		return ind.ranks[i] >= r
	})
	if i < len(obs) && ind.ranks[i] == r && obs[i].Period.Compare(p) == 0 {
		return obs[i], true
	}
	return Observation{}, false
}

// index prepares Value: ranks when Observations are in order, else byKey.
func (ind *Indicator) index() {
	ind.indexed, ind.ranks, ind.rank, ind.byKey = len(ind.Observations), nil, nil, nil
	rank := make(map[string]int32, len(ind.Series))
	for i, s := range ind.Series {
		if _, dup := rank[s]; !dup {
			rank[s] = int32(i)
		}
	}
	ranks := make([]int32, len(ind.Observations))
	sorted := true
	for i, o := range ind.Observations {
		r, ok := rank[o.Series]
		if !ok {
			sorted = false
			break
		}
		ranks[i] = r
		if i > 0 {
			c := ind.Observations[i-1].Period.Compare(*o.Period)
			if c > 0 || c == 0 && ranks[i-1] >= r {
				sorted = false
				break
			}
		}
	}
	if sorted {
		ind.ranks, ind.rank = ranks, rank
		return
	}
	ind.byKey = make(map[obsKey]int, len(ind.Observations))
	for i, o := range ind.Observations {
		k := obsKey{o.Period.Label, o.Series}
		if _, dup := ind.byKey[k]; !dup {
			ind.byKey[k] = i
		}
	}
}

// Observation is one figure: a value of a series in a period.
type Observation struct {
	// Period is shared by the observations whose period cells read the
	// same (an export of millions of rows writes a few periods): 8 bytes
	// an observation, not the period's 56.
	Period   *period.Period
	Series   string // "" for a single-series indicator
	Value    number.Number
	Reported *Reported // the percentage the report prints beside it, if any
	Note     string
	Pos      Pos // where the value stands
}

// Reported is a percentage the report prints beside a figure (the
// ty_le_bao_cao column), and where it stands: apart from Observation, which
// most figures fill without one.
type Reported struct {
	number.Number
	Pos Pos
}

// NamesSubset reports whether a series' name says, in the data's own
// words, that it is included in another ("Trong đó: nữ"), as a report
// writes a subset.
func NamesSubset(name string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(name)), "trong đó")
}

// Measure is what a target is about.
type Measure string

// The measures a target can set.
const (
	MeasureValue      Measure = "gia_tri"      // the value itself
	MeasureShare      Measure = "ty_le"        // share in % of Series over Denominator
	MeasureAttainment Measure = "dat_ke_hoach" // % of the plan achieved
)

// Target is one row of muc-tieu.csv.
type Target struct {
	Series      []string // summed when more than one
	Measure     Measure
	Denominator string // for MeasureShare; defaults to the indicator's total
	Op          string // ">=", ">", "<=", "<" or "="
	Threshold   number.Number
	Annual      bool          // applies to every year ("hằng năm")
	Due         period.Period // otherwise: the period by which it is due
	Wording     string        // the report's wording
	Pos         Pos
}

// Dataset is a whole folder of exports.
type Dataset struct {
	Indicators []*Indicator
	// AsOf is the latest period with data: targets due later are not yet due.
	AsOf period.Period
}

// Indicator returns the indicator with id, or nil.
func (d *Dataset) Indicator(id string) *Indicator {
	for _, ind := range d.Indicators {
		if ind.ID == id {
			return ind
		}
	}
	return nil
}

// CheckWithin warns about the periods that end after the programme does
// (prog, e.g. 2020 - 2025): most often a mistyped year. One warning per
// indicator and period, at its first figure.
func (d *Dataset) CheckWithin(prog period.Period, diags *diag.List) {
	for _, ind := range d.Indicators {
		warned := map[string]bool{}
		for _, o := range ind.Observations {
			if o.Period.End <= prog.End || warned[o.Period.Label] {
				continue
			}
			warned[o.Period.Label] = true
			diags.Add(diag.Make(diag.Warning, CodeAfterProgramme, diag.Args{"period": o.Period.Typed, "programme": prog.Label}).
				At(o.Pos.File, int(o.Pos.Line), int(o.Pos.Col), o.Period.Typed))
		}
	}
}

// Until returns the dataset as it stood at the end of period p: every
// indicator with only its observations that end by p's end (a dated
// report's figures), in the same order, with the same series order and
// targets. Indicators without such observations are left out. d is not
// changed.
func (d *Dataset) Until(p period.Period) *Dataset {
	out := &Dataset{}
	for _, ind := range d.Indicators {
		var obs []Observation
		for _, o := range ind.Observations {
			if o.Period.End <= p.End {
				obs = append(obs, o)
			}
		}
		if len(obs) == 0 {
			continue
		}
		c := *ind
		c.Observations, c.ranks, c.rank, c.byKey = obs, nil, nil, nil
		c.Periods, c.Series = nil, nil
		has := map[string]bool{}
		for _, o := range obs {
			has[o.Series] = true
		}
		for _, s := range ind.Series {
			if has[s] {
				c.Series = append(c.Series, s)
			}
		}
		for _, q := range ind.Periods {
			if q.End <= p.End {
				c.Periods = append(c.Periods, q)
			}
		}
		out.Indicators = append(out.Indicators, &c)
		if c.Periods[len(c.Periods)-1].Compare(out.AsOf) > 0 || out.AsOf.Kind == 0 {
			out.AsOf = c.Periods[len(c.Periods)-1]
		}
	}
	return out
}
