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
	var comma, point int
	for _, c := range cells {
		switch Evidence(c) {
		case DecimalComma:
			comma++
		case DecimalPoint:
			point++
		}
	}
	conflict = comma > 0 && point > 0
	switch {
	case comma > point:
		return DecimalComma, conflict
	case point > comma:
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

func expected(conv Convention) diag.Text {
	if conv == DecimalPoint {
		return diag.T(
			"Một số viết kiểu tiếng Anh như tệp này: dấu phẩy ngăn cách hàng nghìn, dấu chấm trước phần thập phân, ví dụ 4,116 hoặc 94.5; có thể thêm % ở cuối (94.5%).",
			"A number in English style like the rest of this file: comma between thousands, point before decimals, e.g. 4,116 or 94.5; a trailing % is allowed (94.5%).")
	}
	return diag.T(
		"Một số viết kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân, ví dụ 4.116 hoặc 94,5; có thể thêm % ở cuối (94,5%).",
		"A number in Vietnamese style: dot between thousands, comma before decimals, e.g. 4.116 or 94,5; a trailing % is allowed (94,5%).")
}

func errEmpty() *Error {
	return &Error{
		Code:     CodeEmpty,
		What:     diag.T("Ô này trống, không có số.", "The cell is empty; there is no number."),
		Expected: expected(DecimalComma),
		Fix:      diag.T("Gõ số liệu vào ô, hoặc xoá cả dòng nếu chưa có số liệu.", "Type the figure into the cell, or delete the whole row if there is no figure yet."),
	}
}

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
	e := &Error{
		Code:     CodeInvalid,
		What:     diag.T("“"+t+"” không phải là một số.", "“"+t+"” is not a number."),
		Expected: expected(conv),
		Fix: diag.T("Chỉ gõ chữ số (và dấu chấm, dấu phẩy, dấu % nếu cần); bỏ chữ, đơn vị tính và ký hiệu tiền tệ — ghi đơn vị ở tên cột hoặc cột đơn vị.",
			"Type only digits (and dots, commas or % where needed); remove letters, units and currency signs — put the unit in the column name or the unit column."),
	}
	lower := strings.ToLower(t)
	if strings.ContainsAny(lower, "e") && strings.IndexFunc(lower, isDigitRune) >= 0 && strings.Trim(lower, "0123456789.,e+- ") == "" {
		e.What = diag.T("“"+t+"” là số viết dạng khoa học (lũy thừa của 10), không dùng được.",
			"“"+t+"” is in scientific notation, which is not accepted.")
		e.Fix = diag.T("Trong Excel, chọn cột → chuột phải → Định dạng ô (Format Cells) → Số (Number), rồi lưu lại thành CSV.",
			"In Excel, select the column → right-click → Format Cells → Number, then save as CSV again.")
	}
	return e
}

func isDigitRune(r rune) bool { return isDigit(r) }

func errBody(s string, f failure, use, conv Convention) *Error {
	t := strings.TrimFunc(s, unicode.IsSpace)
	e := &Error{Code: CodeInvalid, Expected: expected(use)}
	dec, th := "dấu phẩy", "dấu chấm"
	decEN, thEN := "comma", "dot"
	if use == DecimalPoint {
		dec, th, decEN, thEN = th, dec, thEN, decEN
	}
	switch f {
	case manyDecimal:
		e.What = diag.T("“"+t+"” có nhiều hơn một "+dec+" thập phân.", "“"+t+"” has more than one decimal "+decEN+".")
		e.Fix = diag.T("Giữ lại một "+dec+" trước phần thập phân; nếu đây là nhiều số thì tách mỗi số ra một ô.",
			"Keep a single decimal "+decEN+"; if these are several numbers, put each in its own cell.")
	case noDecimalDigits:
		e.What = diag.T("“"+t+"” có "+dec+" thập phân nhưng không có chữ số nào sau nó.", "“"+t+"” has a decimal "+decEN+" with no digits after it.")
		e.Fix = diag.T("Xoá "+dec+" ở cuối, hoặc gõ thêm phần thập phân.", "Remove the trailing "+decEN+", or type the decimals.")
	case groupAfterDecimal:
		e.What = diag.T("“"+t+"” có dấu ngăn cách hàng nghìn nằm sau "+dec+" thập phân.", "“"+t+"” has a thousands separator after the decimal "+decEN+".")
		e.Fix = diag.T("Phần sau "+dec+" chỉ được có chữ số.", "Only digits may follow the decimal "+decEN+".")
	case tooLarge:
		e.Code = CodeTooLarge
		e.What = diag.T("“"+t+"” quá lớn, không tính toán được.", "“"+t+"” is too large to compute with.")
		e.Fix = diag.T("Kiểm tra lại số liệu; nên đổi sang đơn vị lớn hơn (nghìn, triệu, tỷ).", "Check the figure; use a larger unit (thousand, million, billion).")
	default:
		e.Code = CodeGroup
		e.What = diag.T("Trong “"+t+"”, "+th+" (hoặc dấu cách) được hiểu là dấu ngăn cách hàng nghìn, nhưng các nhóm chữ số không đúng: mỗi nhóm sau dấu ngăn cách phải có đúng 3 chữ số.",
			"In “"+t+"” the "+thEN+" (or space) reads as a thousands separator, but the digit groups are wrong: every group after a separator must have exactly 3 digits.")
		e.Fix = diag.T("Xoá dấu ngăn cách hàng nghìn thừa, hoặc dùng "+dec+" trước phần thập phân.",
			"Remove the stray thousands separator, or use a "+decEN+" before the decimals.")
	}
	// When the cell is fine under the other convention, say how to write it in this one.
	other := DecimalPoint
	if use == DecimalPoint {
		other = DecimalComma
	}
	if neg, body, _, ok := split(s); ok && f != tooLarge {
		if _, _, fo := parseBody(neg, body, other); fo == okay {
			sug := swap(t)
			where, whereEN := "Tệp này", "This file"
			if conv != DecimalComma && conv != DecimalPoint {
				where, whereEN = "Số liệu Việt Nam", "Vietnamese figures"
			}
			e.Fix = diag.T(where+" dùng "+dec+" trước phần thập phân và "+th+" ngăn cách hàng nghìn; nếu ý bạn là số theo kiểu viết khác, hãy gõ “"+sug+"”.",
				whereEN+" use a "+decEN+" before decimals and a "+thEN+" between thousands; if you meant the other style, type “"+sug+"”.")
		}
	}
	return e
}
