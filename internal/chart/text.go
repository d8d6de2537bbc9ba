package chart

import (
	"strings"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/sitewords"
)

// opSymbol is the mathematical sign of a target's comparison.
func opSymbol(op string) string {
	switch op {
	case ">=":
		return "≥"
	case "<=":
		return "≤"
	case "", "=":
		return "="
	}
	return op // ">" and "<"
}

// subsetName names a "trong đó" series so that it reads as included in
// another one ("Trong đó: …", "Of which: …"), unless the name says so
// already in the data's own words.
func (in *input) subsetName(s string) string {
	if dataset.NamesSubset(s) {
		return s
	}
	return in.w.T(sitewords.KeySubset, sitewords.Args{"name": s})
}

// periodSpan is "2021" or "2021 – 2022" for the labels ps.
func periodSpan(ps []string) string {
	switch len(ps) {
	case 0:
		return ""
	case 1:
		return ps[0]
	}
	return ps[0] + " – " + ps[len(ps)-1]
}

// sentence joins parts with "; " and ends with a full stop.
func sentence(head string, parts []string) string {
	if len(parts) == 0 {
		return head + "."
	}
	return head + ": " + strings.Join(parts, "; ") + "."
}

// unitPhrase is " (đơn vị: <unit>)" for a non-percent unit, else "".
func (in *input) unitPhrase(unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	return in.w.T(sitewords.KeyUnit, sitewords.Args{"unit": unit})
}
