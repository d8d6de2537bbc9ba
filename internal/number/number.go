// Package number reads numbers as office clerks type them in Excel or
// LibreOffice and export them to CSV, in Vietnamese or English locale.
//
// # The rule
//
// A cell holds, in this order: optional spaces, an optional sign (- + or −),
// the digits of the number, an optional % (spaces before it are allowed), and
// optional spaces. Nothing else is allowed: no letters, no currency, no
// scientific notation (1e5, 1E+05), no NaN or Inf. A spreadsheet's formula
// error (#DIV/0!, #N/A, Err:502), the ##### of a column too narrow, and a
// date (2023-05-01, 15/03/2023) each get their own message.
//
// The digits may use three marks: a decimal separator, a thousands separator,
// and spaces (ordinary space, no-break space U+00A0 or narrow no-break space
// U+202F), which are always thousands separators. Which of "." and "," is
// the decimal separator is the file's convention:
//
//   - Vietnamese (DecimalComma): "," is decimal, "." is thousands: 4.116 is four
//     thousand one hundred and sixteen, 94,5 is ninety-four and a half.
//   - English (DecimalPoint): "." is decimal, "," is thousands: 4,116 and 94.5.
//
// Under either convention the decimal separator appears at most once and is
// followed by at least one digit; thousands separators appear only before it
// and cut the whole part into groups: the first group has 1 to 3 digits and
// does not start with 0, every other group has exactly 3 digits (1.234.567 is
// valid, 1.23.4 and 12.34 are not). A whole part without separators may have
// any number of digits (4116). A number may start with its decimal separator
// (,5 is 0,5).
//
// A cell proves a convention (Evidence) when it is valid under exactly one of
// the two: 94,5 0,38 1.234,5 1.234.567 prove Vietnamese; 94.5 1,234.5
// 1,234,567 prove English. 4.116, 1,234 (one mark followed by exactly three
// digits), 4116 and 4 116 prove nothing. The convention of a file
// (FileConvention) is the one proved by most of its numeric cells; when both
// are proved the file is in conflict and its author should be told.
//
// When the convention is unknown (no cell of the file proves one), a cell
// that proves a convention is read by it, and an ambiguous cell is read the
// Vietnamese way, and reported as guessed: 1.234 is 1234 and 1,234 is 1,234
// (one point two three four). Callers should warn about guessed values so
// that a person checks them.
//
// The Value of a percentage is the number as typed: 94,5% gives 94.5 with
// Percent set; it is not divided by 100. Negative numbers are read; callers
// decide whether they make sense. Values too large for a float64 are refused;
// a result is never NaN or infinite.
package number

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/tayson/chitieu/internal/diag"
)

// Convention says which mark a file uses before decimals.
type Convention int

const (
	// Unknown: no evidence either way (or the cell is ambiguous).
	Unknown Convention = iota
	// DecimalComma is the Vietnamese convention: 4.116 and 94,5.
	DecimalComma
	// DecimalPoint is the English convention: 4,116 and 94.5.
	DecimalPoint
)

// String names the convention in English.
func (c Convention) String() string {
	switch c {
	case DecimalComma:
		return "decimal comma"
	case DecimalPoint:
		return "decimal point"
	}
	return "unknown"
}

// Number is a number read from a cell.
type Number struct {
	Value    float64 // the number as typed (94,5% gives 94.5)
	Decimals int     // digits typed after the decimal separator
	Percent  bool    // a trailing % was typed
}

// Error explains why a cell is not a number, ready to be placed as a diag.Diagnostic
// (its Code is one of the codes below).
type Error = diag.Problem

// Diagnostic codes used in Error.Code.
const (
	CodeEmpty    = "so-trong"           // the cell is empty
	CodeInvalid  = "so-khong-hop-le"    // not a number at all, or misplaced marks
	CodeGroup    = "nhom-hang-nghin"    // thousands groups are not groups of three
	CodeTooLarge = "so-qua-lon"         // beyond float64
	CodeFormula  = "o-so-loi-cong-thuc" // an Excel or LibreOffice formula error (#DIV/0!, #N/A, Err:502…)
	CodeNarrow   = "o-so-cot-hep"       // ##### written by Excel for a column too narrow
	CodeDate     = "o-so-la-ngay"       // a date (2023-05-01, 15/03/2023, 1-May)
)

var (
	// formulaError matches the error values of Excel (#DIV/0!, #N/A,
	// #VALUE!, #REF!, #NAME?, #NUM!, #NULL!, and the newer #SPILL!, #CALC!,
	// #GETTING_DATA…) and of LibreOffice (Err:502, #DIV/0!…).
	formulaError = regexp.MustCompile(`^(?i:#N/A|#[A-Z][A-Z0-9_/]*[!?]|#DIV/0!|Err:\d{3})$`)
	// narrowColumn is what Excel shows, and saves in a CSV, when a number
	// does not fit its column.
	narrowColumn = regexp.MustCompile(`^#+$`)
	// dateCell matches the dates Excel writes for a cell formatted (or
	// turned by itself) as a date: 2023-05-01, 15/03/2023, 3-15-23, with
	// an optional time, and 1-May, 1-May-23, May-23.
	dateCell = regexp.MustCompile(`^(?i:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:-\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$`)
)

func isGroupSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// split takes a trimmed cell apart: sign, body (digits and marks) and percent.
// ok is false when a character other than a digit, a mark or a group space is
// present in the body.
func split(s string) (neg bool, body string, percent bool, ok bool) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	if strings.HasSuffix(t, "%") {
		percent = true
		t = strings.TrimRightFunc(strings.TrimSuffix(t, "%"), unicode.IsSpace)
	}
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	case strings.HasPrefix(t, "−"):
		neg, t = true, t[len("−"):]
	}
	if t == "" {
		return neg, "", percent, false
	}
	for _, r := range t {
		if !isDigit(r) && r != '.' && r != ',' && !isGroupSpace(r) {
			return neg, t, percent, false
		}
	}
	if !isDigit(rune(t[0])) && t[0] != '.' && t[0] != ',' {
		return neg, t, percent, false // starts with a space after the sign
	}
	return neg, t, percent, true
}

// failure kinds of parseBody, turned into messages by Parse.
type failure int

const (
	okay failure = iota
	manyDecimal
	noDecimalDigits
	groupAfterDecimal
	badGroups
	tooLarge
)

// parseBody reads digits and marks under a known convention.
func parseBody(neg bool, body string, conv Convention) (float64, int, failure) {
	dec, th := byte(','), byte('.')
	if conv == DecimalPoint {
		dec, th = '.', ','
	}
	if strings.Count(body, string(dec)) > 1 {
		return 0, 0, manyDecimal
	}
	whole, frac, hasFrac := strings.Cut(body, string(dec))
	if hasFrac {
		if frac == "" {
			return 0, 0, noDecimalDigits
		}
		for _, r := range frac {
			if !isDigit(r) {
				return 0, 0, groupAfterDecimal
			}
		}
	}
	if whole == "" && !hasFrac {
		return 0, 0, badGroups
	}
	digits := whole
	if strings.IndexFunc(whole, func(r rune) bool { return !isDigit(r) }) >= 0 {
		// Grouped: one kind of separator (the thousands mark or spaces).
		var groups []string
		if strings.IndexByte(whole, th) >= 0 {
			if strings.IndexFunc(whole, isGroupSpace) >= 0 {
				return 0, 0, badGroups
			}
			groups = strings.Split(whole, string(th))
		} else {
			groups = strings.FieldsFunc(whole, isGroupSpace)
			// FieldsFunc merges runs of spaces; count them to refuse "1  234".
			if n := strings.Count(strings.Map(func(r rune) rune {
				if isGroupSpace(r) {
					return ' '
				}
				return r
			}, whole), " "); n != len(groups)-1 {
				return 0, 0, badGroups
			}
		}
		for i, g := range groups {
			if strings.IndexFunc(g, func(r rune) bool { return !isDigit(r) }) >= 0 {
				return 0, 0, badGroups
			}
			if i == 0 {
				if len(g) < 1 || len(g) > 3 || g[0] == '0' {
					return 0, 0, badGroups
				}
			} else if len(g) != 3 {
				return 0, 0, badGroups
			}
		}
		digits = strings.Join(groups, "")
	}
	if digits == "" {
		digits = "0"
	}
	canon := digits
	if hasFrac {
		canon += "." + frac
	}
	if neg {
		canon = "-" + canon
	}
	v, err := strconv.ParseFloat(canon, 64)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, 0, tooLarge
	}
	if err != nil && v == 0 {
		v = 0 // underflow of a tiny decimal: zero is the honest value
	} else if err != nil {
		return 0, 0, tooLarge
	}
	return v, len(frac), okay
}

// Evidence returns the convention that the cell s proves: DecimalComma or
// DecimalPoint when s is a valid number under exactly that one, Unknown when s
// is valid under both (4.116, 1,234, 4116) or under neither.
func Evidence(s string) Convention {
	neg, body, _, ok := split(s)
	if !ok {
		return Unknown
	}
	_, _, fc := parseBody(neg, body, DecimalComma)
	_, _, fp := parseBody(neg, body, DecimalPoint)
	switch {
	case fc == okay && fp != okay:
		return DecimalComma
	case fp == okay && fc != okay:
		return DecimalPoint
	}
	return Unknown
}

// FileConvention returns the convention proved by most of cells (see
// Evidence); Unknown when none proves one or both are proved equally often.
// conflict reports that both conventions are proved by some cell.
func FileConvention(cells []string) (conv Convention, conflict bool) {
	var t Tally
	for _, c := range cells {
		t.Add(c)
	}
	return t.Convention()
}

// Tally is FileConvention for cells given one at a time, none of them
// kept: a file of millions of numbers is counted, not held. The zero value
// is ready to use.
type Tally struct{ comma, point int }

// Add counts the convention the cell s proves (see Evidence).
func (t *Tally) Add(s string) {
	switch Evidence(s) {
	case DecimalComma:
		t.comma++
	case DecimalPoint:
		t.point++
	}
}

// Convention returns what FileConvention returns for the cells added.
func (t *Tally) Convention() (conv Convention, conflict bool) {
	conflict = t.comma > 0 && t.point > 0
	switch {
	case t.comma > t.point:
		return DecimalComma, conflict
	case t.point > t.comma:
		return DecimalPoint, conflict
	}
	return Unknown, conflict
}

// Parse reads the cell s under the file's convention conv (see the package
// rule). When conv is Unknown, s is read by the convention it proves, or, if
// it proves none, the Vietnamese way; guessed is then true when s holds a "."
// or a "," whose meaning was assumed. err explains why s is not a number.
func Parse(s string, conv Convention) (n Number, guessed bool, err *Error) {
	neg, body, percent, ok := split(s)
	if !ok {
		if strings.TrimFunc(s, unicode.IsSpace) == "" {
			return Number{}, false, errEmpty()
		}
		return Number{}, false, errNotNumber(s, conv)
	}
	use := conv
	if use != DecimalComma && use != DecimalPoint {
		use = Evidence(s)
		if use == Unknown {
			use = DecimalComma
			guessed = strings.ContainsAny(body, ".,")
		}
	}
	v, dec, f := parseBody(neg, body, use)
	if f != okay {
		return Number{}, false, errBody(s, f, use, conv)
	}
	return Number{Value: v, Decimals: dec, Percent: percent}, guessed, nil
}

// VI writes v the Vietnamese way (dot for thousands, decimal comma) with the
// given decimals: VI(4116, 0) is "4.116", VI(94.5, 1) is "94,5". It is how
// every number reaches a reader: messages, pages, downloads.
func VI(v float64, decimals int) string { return Format(v, decimals, DecimalComma) }

// Format writes v with the given number of decimals in convention conv
// (Unknown means Vietnamese), grouping thousands: Format(4116.5, 1,
// DecimalComma) is "4.116,5". It is the inverse of Parse for finite values.
func Format(v float64, decimals int, conv Convention) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	if decimals < 0 {
		decimals = 0
	}
	dec, th := ",", "."
	if conv == DecimalPoint {
		dec, th = ".", ","
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(th)
		}
		b.WriteByte(whole[i])
	}
	if hasFrac {
		b.WriteString(dec)
		b.WriteString(frac)
	}
	return b.String()
}

// swap exchanges "." and "," in s.
func swap(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '.':
			return ','
		case ',':
			return '.'
		}
		return r
	}, s)
}

// Catalogue keys of the variants of CodeInvalid and of their Fix for a
// number written in the other style (see internal/diag/messages_number.go).
const (
	keyScientific    = CodeInvalid + "/khoa-hoc"
	keyManyDecimal   = CodeInvalid + "/nhieu-dau-thap-phan"
	keyNoDecimals    = CodeInvalid + "/thap-phan-trong"
	keyGroupAfter    = CodeInvalid + "/nhom-sau-thap-phan"
	suffixOtherStyle = "/kieu-khac"
)

// style returns the arguments that name the separators of conv (Unknown
// is Vietnamese) in a message: {style}, {th}, {dec}, and two examples.
func style(conv Convention) diag.Args {
	a := diag.Args{"style": diag.Word("kieu-viet-nam"), "th": diag.Word("dau-cham"), "dec": diag.Word("dau-phay")}
	if conv == DecimalPoint {
		a = diag.Args{"style": diag.Word("kieu-anh"), "th": diag.Word("dau-phay"), "dec": diag.Word("dau-cham-thap-phan")}
	}
	a["thousands"], a["decimal"] = Format(4116, 0, conv), Format(94.5, 1, conv)
	return a
}

func errEmpty() *Error { return diag.MakeProblem(CodeEmpty, style(DecimalComma)) }

func errNotNumber(s string, conv Convention) *Error {
	t := strings.TrimFunc(s, unicode.IsSpace)
	switch {
	case narrowColumn.MatchString(t):
		return diag.MakeProblem(CodeNarrow, diag.Args{"value": t})
	case formulaError.MatchString(t):
		return diag.MakeProblem(CodeFormula, diag.Args{"value": t})
	case dateCell.MatchString(t):
		return diag.MakeProblem(CodeDate, diag.Args{"value": t})
	}
	args := style(conv)
	args["value"] = t
	lower := strings.ToLower(t)
	if strings.ContainsAny(lower, "e") && strings.IndexFunc(lower, isDigitRune) >= 0 && strings.Trim(lower, "0123456789.,e+- ") == "" {
		return diag.MakeProblem(keyScientific, args)
	}
	return diag.MakeProblem(CodeInvalid, args)
}

func isDigitRune(r rune) bool { return isDigit(r) }

func errBody(s string, f failure, use, conv Convention) *Error {
	args := style(use)
	args["value"] = strings.TrimFunc(s, unicode.IsSpace)
	var key string
	switch f {
	case manyDecimal:
		key = keyManyDecimal
	case noDecimalDigits:
		key = keyNoDecimals
	case groupAfterDecimal:
		key = keyGroupAfter
	case tooLarge:
		return diag.MakeProblem(CodeTooLarge, args)
	default:
		key = CodeGroup
	}
	// When the cell is fine under the other convention, say how to write it in this one.
	other := DecimalPoint
	if use == DecimalPoint {
		other = DecimalComma
	}
	if neg, body, _, ok := split(s); ok {
		if _, _, fo := parseBody(neg, body, other); fo == okay {
			key += suffixOtherStyle
			args["suggest"] = swap(args["value"].(string))
			args["where"] = diag.Word("tep-nay-dung")
			if conv != DecimalComma && conv != DecimalPoint {
				args["where"] = diag.Word("so-viet-nam-dung")
			}
		}
	}
	return diag.MakeProblem(key, args)
}
