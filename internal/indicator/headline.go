package indicator

import (
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/period"
)

// headline is the indicator's meaningful figure for its latest complete
// period, what its card and its page lead with:
//
//  1. the first target's measure in its latest period, so that the card
//     shows what the target is about (a share, an attainment); but a share
//     of a total above 100 % is no achievement, it is parts that exceed
//     their total in the report itself: then the report's own percentages of
//     those series, added up, when it prints them all (BasisReported), else
//     the figures below; either way flagged NotePartsExceedTotal;
//  2. the total, in the latest period that has it;
//  3. without a total, the declared parts added up (they are the whole), in
//     the latest period that has every part, else the latest that has one;
//  4. else the first series that has a value in the latest period (never an
//     older period's series when the latest has figures).
func headline(d *dataset.Indicator, targets []Target, sd int) *Latest {
	var note Note
	if len(targets) > 0 {
		t := targets[0]
		if n := len(t.Results); n > 0 {
			r := t.Results[n-1]
			switch r.Note {
			case "":
				return &Latest{Period: r.Period, Series: t.What, Measure: t.Measure, Denominator: t.Denominator, Value: r.Value, Decimals: r.Decimals, Unit: t.Unit, Basis: BasisTarget}
			case NoteReportedShares:
				return &Latest{Period: r.Period, Series: t.What, Measure: t.Measure, Denominator: t.Denominator, Value: r.Value, Decimals: r.Decimals, Unit: "%", Basis: BasisReported, Note: NotePartsExceedTotal}
			}
			note = NotePartsExceedTotal
		}
	}
	l := figure(d)
	if l != nil {
		l.Note = note
	}
	return l
}

// reportedSum adds up the percentages the report prints for the series of
// a target in the period labelled p; nil unless it prints every one.
func reportedSum(d *dataset.Indicator, series []string, p string) *Latest {
	var per period.Period
	for _, q := range d.Periods {
		if q.Label == p {
			per = q
		}
	}
	v, dec := 0.0, 0
	for _, s := range series {
		o, ok := d.Value(per, s)
		if !ok || o.Reported == nil {
			return nil
		}
		v += o.Reported.Value
		dec = max(dec, o.Reported.Decimals)
	}
	return &Latest{Period: p, Value: roundTo(v, dec), Decimals: dec, Unit: "%", Basis: BasisReported}
}

// figure is the headline without targets (rules 2 to 4 of headline).
func figure(d *dataset.Indicator) *Latest {
	vd, _ := decimals(d)
	if d.Total != "" {
		for i := len(d.Periods) - 1; i >= 0; i-- {
			if o, ok := d.Value(d.Periods[i], d.Total); ok {
				return &Latest{Period: d.Periods[i].Label, Series: d.Total, Value: o.Value.Value, Decimals: vd, Unit: d.Unit, Basis: BasisTotal}
			}
		}
	}
	if d.Total == "" && len(d.Parts) > 1 {
		var some *Latest
		for i := len(d.Periods) - 1; i >= 0; i-- {
			v, n := 0.0, 0
			var names []string
			for _, s := range d.Parts {
				if o, ok := d.Value(d.Periods[i], s); ok {
					v += o.Value.Value
					n++
					names = append(names, s)
				}
			}
			if n == 0 {
				continue
			}
			l := &Latest{Period: d.Periods[i].Label, Series: strings.Join(names, " + "), Value: v, Decimals: vd, Unit: d.Unit, Basis: BasisSum}
			if n == len(d.Parts) {
				return l
			}
			if some == nil {
				some = l
			}
		}
		if some != nil {
			return some
		}
	}
	for i := len(d.Periods) - 1; i >= 0; i-- {
		for _, s := range d.Series {
			if s == d.Plan && len(d.Series) > 1 {
				continue
			}
			if o, ok := d.Value(d.Periods[i], s); ok {
				return &Latest{Period: d.Periods[i].Label, Series: s, Value: o.Value.Value, Decimals: vd, Unit: d.Unit, Basis: BasisSeries}
			}
		}
	}
	return nil
}
