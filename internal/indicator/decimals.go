package indicator

import (
	"math"

	"github.com/tayson/chitieu/internal/dataset"
)

// ShareDecimalsMin is how many decimals the report writes its percentages
// with (96,5 %, 79,8 %): every share, attainment and target measure of an
// indicator gets at least this many.
const ShareDecimalsMin = 1

// decimals decides, once per indicator, how many decimals its numbers are
// written with, so that the headline, the chart (axis, tooltip, labels),
// the table and the downloads agree:
//
//   - values: the most decimals typed in any of its values (counts: none);
//   - shares (computed shares, attainment, the measures of share targets,
//     and the values themselves when the unit is %): ShareDecimalsMin,
//     unless the data carry more: the most decimals of the percentages the
//     report prints, or of the values of a % indicator.
func decimals(d *dataset.Indicator) (values, shares int) {
	shares = ShareDecimalsMin
	for _, o := range d.Observations {
		values = max(values, o.Value.Decimals)
		if o.Reported != nil {
			shares = max(shares, o.Reported.Decimals)
		}
	}
	if d.IsPercent() {
		shares = max(shares, values)
	}
	for _, t := range d.Targets {
		if d.IsPercent() || t.Measure != dataset.MeasureValue {
			shares = max(shares, t.Threshold.Decimals)
		}
	}
	if d.IsPercent() {
		values = shares
	}
	return values, shares
}

// roundTo rounds x half away from zero to n decimals.
func roundTo(x float64, n int) float64 {
	p := math.Pow(10, float64(n))
	return math.Round(x*p) / p
}
