// Package sitewords gives the Go side of the site its words: the same
// catalogues Hugo reads (i18n/<lang>.toml under the site directory), so
// that the texts Go writes into the site data (chart captions and text
// alternatives, a target's label, numbers) come in the page's language,
// and every word of the interface lives in one file per language.
//
// An entry is Hugo's: a table with an "other" string (or a plain string),
// a Go text/template over named arguments ({{ .period }}).
package sitewords

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"github.com/pelletier/go-toml/v2"

	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// Args are the named arguments of an entry.
type Args map[string]any

// Catalogue is one language's words.
type Catalogue struct {
	Lang    string
	conv    number.Convention
	entries map[string]*template.Template
}

// Keys are the entries Go uses: Load fails when one is missing, so that a
// catalogue with a gap is caught at build time, not on a page.
var Keys = []string{
	KeyValue, KeyTargetResult, KeyChartBar, KeyChartStacked, KeyChartLine, KeyChartPie, KeyChartPlan,
	KeyStackedParts, KeyStackedTotal, KeyStackedSubset, KeyNoData, KeySubset, KeyUnit,
	KeyThreshold, KeyThresholdDue, KeySparkNoData, KeyTargetAlt, KeyTargetAnnual, KeyTargetWording,
	KeySparkHead, KeySparkApart, KeyLabelShare, KeyLabelAttainment,
	KeyOpenDataObservations, KeyOpenDataTargets,
	KeyPeriodHalf1, KeyPeriodHalf2, KeyPeriodQuarter, KeyPeriodMonth, KeyPeriodRange,
	KeyLevelGT, KeyLevelGE, KeyLevelLT, KeyLevelLE, KeyLevelEQ, KeyLatestSum, KeyLatestReported,
	KeyCellOfTotal, KeyCellReported, KeyCellReportedAbbr, KeyCellAttained, KeyCellAttainedAbbr, KeyCellNoData,
	"status_dat", "status_vuot", "status_chua-dat", "status_dat-tren-80", "status_chua-den-han", "status_kho-dat",
}

// The keys of the entries Go uses (i18n/<lang>.toml).
const (
	KeyValue                = "chart_value"
	KeyTargetResult         = "chart_target_result"
	KeyChartBar             = "chart_kind_bar"
	KeyChartStacked         = "chart_kind_stacked"
	KeyChartLine            = "chart_kind_line"
	KeyChartPie             = "chart_kind_pie"
	KeyChartPlan            = "chart_kind_plan"
	KeyStackedParts         = "chart_alt_stacked"
	KeyStackedTotal         = "chart_alt_stacked_total"
	KeyStackedSubset        = "chart_alt_stacked_subset"
	KeyNoData               = "chart_alt_no_data"
	KeySubset               = "chart_subset"
	KeyUnit                 = "chart_alt_unit"
	KeyThreshold            = "chart_threshold"
	KeyThresholdDue         = "chart_threshold_due"
	KeySparkNoData          = "chart_alt_spark_no_data"
	KeyTargetAlt            = "chart_alt_target"
	KeyTargetAnnual         = "chart_alt_target_annual"
	KeyTargetWording        = "chart_alt_target_wording"
	KeySparkHead            = "chart_alt_spark"
	KeySparkApart           = "chart_alt_spark_apart"
	KeyLabelShare           = "target_label_share"
	KeyLabelAttainment      = "target_label_attainment"
	KeyOpenDataObservations = "opendata_observations"
	KeyOpenDataTargets      = "opendata_targets"
	KeyPeriodHalf1          = "period_half1"
	KeyPeriodHalf2          = "period_half2"
	KeyPeriodQuarter        = "period_quarter"
	KeyPeriodMonth          = "period_month"
	KeyPeriodRange          = "period_range"
	// A target's level in words ({{ .q }}: the threshold with its unit).
	KeyLevelGT = "threshold_gt"
	KeyLevelGE = "threshold_ge"
	KeyLevelLT = "threshold_lt"
	KeyLevelLE = "threshold_le"
	KeyLevelEQ = "threshold_eq"
	// What a headline figure is, when it is no series of its own.
	KeyLatestSum      = "latest_sum"
	KeyLatestReported = "latest_reported"
	// What the data table's cells say besides their figures.
	KeyCellOfTotal      = "of_total"
	KeyCellReported     = "reported"
	KeyCellReportedAbbr = "reported_abbr"
	KeyCellAttained     = "attained"
	KeyCellAttainedAbbr = "attained_abbr"
	KeyCellNoData       = "no_data"
)

// Load reads the catalogue of lang from siteDir/i18n/<lang>.toml.
func Load(siteDir, lang string) (*Catalogue, error) {
	path := filepath.Join(siteDir, "i18n", lang+".toml")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(lang, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Strings returns the entries of a catalogue file as written (the "other"
// form), by key.
func Strings(b []byte) (map[string]string, error) {
	var raw map[string]any
	if err := toml.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			out[k] = v
		case map[string]any:
			s, ok := v["other"].(string)
			if !ok {
				return nil, fmt.Errorf("entry %q has no \"other\" string", k)
			}
			out[k] = s
		default:
			return nil, fmt.Errorf("entry %q is neither a string nor a table", k)
		}
	}
	return out, nil
}

// Parse reads a catalogue file's content.
func Parse(lang string, b []byte) (*Catalogue, error) {
	ss, err := Strings(b)
	if err != nil {
		return nil, err
	}
	c := &Catalogue{Lang: lang, conv: number.DecimalComma, entries: map[string]*template.Template{}}
	if lang != "vi" {
		c.conv = number.DecimalPoint
	}
	for k, s := range ss {
		t, err := template.New(k).Option("missingkey=error").Parse(s)
		if err != nil {
			return nil, fmt.Errorf("entry %q: %w", k, err)
		}
		c.entries[k] = t
	}
	var missing []string
	for _, k := range Keys {
		if c.entries[k] == nil {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return nil, fmt.Errorf("missing entries: %s", strings.Join(missing, ", "))
	}
	return c, nil
}

// T words the entry key with args. A key or an argument the entry lacks
// (or a nil catalogue) gives the key in brackets, never a panic (the tests keep that from
// reaching a page).
func (c *Catalogue) T(key string, args Args) string {
	if c == nil {
		return "[" + key + "]"
	}
	t := c.entries[key]
	if t == nil {
		return "[" + key + "]"
	}
	var b bytes.Buffer
	if err := t.Execute(&b, map[string]any(args)); err != nil {
		return "[" + key + "]"
	}
	return b.String()
}

// Period writes a period's canonical label (package period) in the
// language: "6 tháng đầu năm 2023" is "H1 2023" in English. Vietnamese
// labels are the data's and stay as they are; a label that does not read
// as a period is returned unchanged.
func (c *Catalogue) Period(label string) string {
	if c == nil || c.Lang == "vi" || label == "" {
		return label
	}
	if from, to, ok := strings.Cut(label, " - "); ok {
		return c.T(KeyPeriodRange, Args{"from": c.Period(from), "to": c.Period(to)})
	}
	p, err := period.Parse(label)
	if err != nil {
		return label
	}
	y, m := p.Start/12, p.Start%12
	switch p.Kind {
	case period.Year:
		return strconv.Itoa(y)
	case period.Half:
		if m < 6 {
			return c.T(KeyPeriodHalf1, Args{"y": y})
		}
		return c.T(KeyPeriodHalf2, Args{"y": y})
	case period.Quarter:
		return c.T(KeyPeriodQuarter, Args{"q": m/3 + 1, "y": y})
	case period.Month:
		return c.T(KeyPeriodMonth, Args{"m": m + 1, "y": y})
	}
	return label
}

// Figure is Number followed by " %" when percent is set: 94,5 % in
// Vietnamese, 94.5 % in English.
func (c *Catalogue) Figure(v float64, decimals int, percent bool) string {
	if percent {
		return c.Number(v, decimals) + " %"
	}
	return c.Number(v, decimals)
}

// WithUnit is Figure with its unit: "97,5 %", "600 đảng viên", a bare
// number without one.
func (c *Catalogue) WithUnit(v float64, decimals int, unit string) string {
	if unit == "%" || unit == "" {
		return c.Figure(v, decimals, unit == "%")
	}
	return c.Number(v, decimals) + " " + unit
}

// Number writes v with the given decimals the language's way: 4.116 and
// 94,5 in Vietnamese, 4,116 and 94.5 in English.
func (c *Catalogue) Number(v float64, decimals int) string {
	if c == nil {
		return number.VI(v, decimals)
	}
	return number.Format(v, decimals, c.conv)
}
