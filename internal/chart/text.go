package chart

import (
	"strings"

	"github.com/tayson/chitieu/internal/number"
)

// withUnit writes v followed by " %" when percent is set: 94,5 %.
func withUnit(v float64, decimals int, percent bool) string {
	s := number.VI(v, decimals)
	if percent {
		s += " %"
	}
	return s
}

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
// another one: "Trong đó: …", unless the name says so already.
func subsetName(s string) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "trong đó") {
		return s
	}
	return "Trong đó: " + s
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

// unitPhrase is ", đơn vị: <unit>" for a non-percent unit, else "".
func unitPhrase(unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	return " (đơn vị: " + unit + ")"
}
