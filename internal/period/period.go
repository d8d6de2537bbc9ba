// Package period reads the period labels that clerks write in the "Kỳ" column
// of an export ("2021", "Quý I/2023", "6 tháng đầu năm 2023", "2020 - 2025")
// and places them in time as inclusive ranges of months.
//
// Accepted forms (case-insensitive; Vietnamese diacritics may be left out):
//
//	year     2021, Năm 2021
//	half     6 tháng đầu năm 2023 (January–June), 6 tháng cuối năm 2023 (July–December)
//	quarter  Quý I/2023, Quý 2/2023, Quý III năm 2023
//	month    Tháng 3/2023, 03/2023, Tháng 3 năm 2023
//	range    two of the above joined by -, – or —, or written "Từ … đến …":
//	         2020 - 2025, 2021 – 6 tháng đầu năm 2023,
//	         Từ năm 2021 đến 6 tháng đầu năm 2023;
//	         optionally after "Giai đoạn" or "Nhiệm kỳ".
//
// Years must lie between 1900 and 2200. A range must not end before it starts.
package period

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tayson/chitieu/internal/diag"
)

// Kind is the shape of a period.
type Kind int

// The kinds of period. The zero Kind is not a valid kind.
const (
	Year    Kind = iota + 1 // a calendar year
	Half                    // six months: January–June or July–December
	Quarter                 // three months
	Month                   // one month
	Range                   // from one period to another
)

// String names the kind in English.
func (k Kind) String() string {
	switch k {
	case Year:
		return "year"
	case Half:
		return "half"
	case Quarter:
		return "quarter"
	case Month:
		return "month"
	case Range:
		return "range"
	}
	return "invalid"
}

// Period is a span of whole months. A period is its meaning (Kind, Start,
// End), never its spelling: "2022" and "Năm 2022", "Quý I/2023" and
// "quy 1/2023" are the same period, with the same canonical Label.
type Period struct {
	Label string // canonical: a function of Kind, Start and End (see Canonical)
	Kind  Kind
	Start int // first month, as year*12 + (month-1)
	End   int // last month (inclusive), as year*12 + (month-1)
	// Typed is the label as it was written (whitespace collapsed, NFC), for
	// messages; it takes no part in comparisons.
	Typed string
}

// Error explains why a label is not a period, ready to be placed as a diag.Diagnostic
// (its Code is one of the codes below).
type Error = diag.Problem

// Diagnostic codes used in Error.Code.
const (
	CodeEmpty     = "ky-trong"            // the label is empty
	CodeInvalid   = "ky-khong-hop-le"     // not one of the accepted forms
	CodeYear      = "nam-ngoai-khoang"    // a year outside 1900–2200
	CodeMonth     = "thang-khong-hop-le"  // a month outside 1–12
	CodeBackwards = "khoang-nguoc"        // a range that ends before it starts
	CodeISODate   = "ky-la-ngay-iso"      // 2021-03-31 or 2021-03: a date, not a period
	CodeSerial    = "ky-la-so-ngay-excel" // 44286: Excel's number for a date
)

// Catalogue keys of the variants of the codes (see
// internal/diag/messages_period.go).
const (
	keyQuarter        = CodeInvalid + "/quy"             // a quarter other than 1–4
	keyYearFirst      = CodeInvalid + "/nam-truoc-thang" // "2023/3": the year before the month
	keyDate           = CodeInvalid + "/ngay"            // a day, not a period
	keyMonthYearFirst = CodeMonth + "/nam-truoc-thang"   // "2021/13"
)

// MinYear and MaxYear bound the accepted years.
const (
	MinYear = 1900
	MaxYear = 2200
)

// Compare orders periods by Start, then End, then Kind; it returns -1, 0 or
// +1, and 0 exactly when p and q are the same period however they were
// written.
func (p Period) Compare(q Period) int {
	switch {
	case p.Start != q.Start:
		return sign(p.Start - q.Start)
	case p.End != q.End:
		return sign(p.End - q.End)
	case p.Kind != q.Kind:
		return sign(int(p.Kind) - int(q.Kind))
	}
	return 0
}

// Same reports whether p and q are the same period (kind, start and end).
func (p Period) Same(q Period) bool { return p.Kind == q.Kind && p.Start == q.Start && p.End == q.End }

// unit is a span a label can name: a year, a half, a quarter or a month.
type unit int

const (
	uMonth unit = iota
	uQuarter
	uHalf
	uYear
)

var unitMonths = [...]int{uMonth: 1, uQuarter: 3, uHalf: 6, uYear: 12}

// startsAt: month m (year*12+month-1) is the first month of a u.
func (u unit) startsAt(m int) bool { return (m%12)%unitMonths[u] == 0 }

// endsAt: month m is the last month of a u.
func (u unit) endsAt(m int) bool { return (m%12+1)%unitMonths[u] == 0 }

// name writes the u that holds month m, canonically.
func (u unit) name(m int) string {
	y, mo := m/12, m%12
	switch u {
	case uYear:
		return strconv.Itoa(y)
	case uHalf:
		if mo < 6 {
			return "6 tháng đầu năm " + strconv.Itoa(y)
		}
		return "6 tháng cuối năm " + strconv.Itoa(y)
	case uQuarter:
		return "Quý " + [...]string{"I", "II", "III", "IV"}[mo/3] + "/" + strconv.Itoa(y)
	}
	return "Tháng " + strconv.Itoa(mo+1) + "/" + strconv.Itoa(y)
}

// Canonical returns the one way the site writes p: "2022",
// "6 tháng đầu năm 2023", "Quý I/2023", "Tháng 3/2023", and for a range its
// two ends joined by " - ": the end as the largest span that ends there, the
// start as the largest span that starts there, no larger than the end's
// unless the range crosses years ("2021 - 6 tháng đầu năm 2023",
// "Quý I/2023 - Quý III/2023").
func (p Period) Canonical() string {
	switch p.Kind {
	case Year:
		return uYear.name(p.Start)
	case Half:
		return uHalf.name(p.Start)
	case Quarter:
		return uQuarter.name(p.Start)
	case Month:
		return uMonth.name(p.Start)
	case Range:
		end := uMonth
		for _, u := range []unit{uYear, uHalf, uQuarter} {
			if u.endsAt(p.End) {
				end = u
				break
			}
		}
		start := uMonth
		for _, u := range []unit{uYear, uHalf, uQuarter} {
			if u.startsAt(p.Start) && (u <= end || p.StartYear() < p.EndYear() && u == uYear) {
				start = u
				break
			}
		}
		return start.name(p.Start) + " - " + end.name(p.End)
	}
	return p.Typed
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// Contains reports whether every month of q lies within p.
func (p Period) Contains(q Period) bool { return p.Start <= q.Start && q.End <= p.End }

// StartYear is the year of the first month.
func (p Period) StartYear() int { return p.Start / 12 }

// EndYear is the year of the last month.
func (p Period) EndYear() int { return p.End / 12 }

// Partial reports whether the period does not end on 31 December of its last
// year (e.g. the first half of 2023, or 2021 – 6 tháng đầu năm 2023).
func (p Period) Partial() bool { return p.End%12 != 11 }

// String returns the label.
func (p Period) String() string { return p.Label }

var (
	reYear    = regexp.MustCompile(`^(?:nam )?([0-9]{1,6})$`)
	reHalf    = regexp.MustCompile(`^0?6 thang (dau|cuoi)(?: nam)? ([0-9]{1,6})$`)
	reQuarter = regexp.MustCompile(`^quy (i|ii|iii|iv|0?[0-9]+)(?:/| nam | )([0-9]{1,6})$`)
	reMonth   = regexp.MustCompile(`^(?:thang )?([0-9]{1,2})(?:/| nam )([0-9]{1,6})$`)
	reYearMon = regexp.MustCompile(`^([0-9]{4})/([0-9]{1,2})$`)
	reDate    = regexp.MustCompile(`^[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}$`)
	reFromTo  = regexp.MustCompile(`^tu (.+) (?:den|toi) (.+)$`)
	reISO     = regexp.MustCompile(`^([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?(?:[t ][0-9:.]+z?)?$`)
	reSerial  = regexp.MustCompile(`^[0-9]{5}$`)
	reSlash   = regexp.MustCompile(` ?/ ?`)
)

// collapse folds runs of white space to one space and trims the ends.
func collapse(s string) string { return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ") }

// fold lower-cases s and strips Vietnamese diacritics (đ becomes d).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' || r == '−'
}

// Parse reads a period label. See the package comment for the accepted forms.
func Parse(label string) (Period, *Error) {
	lab := collapse(norm.NFC.String(label))
	if lab == "" {
		return Period{}, diag.MakeProblem(CodeEmpty, nil)
	}
	f := reSlash.ReplaceAllString(fold(lab), "/")
	for _, pre := range []string{"giai doan ", "nhiem ky "} {
		if strings.HasPrefix(f, pre) {
			f = strings.TrimSpace(strings.TrimPrefix(f, pre))
			f = strings.TrimLeft(f, ": ")
			break
		}
	}
	if e := dateLike(f, lab); e != nil {
		return Period{}, e
	}
	var a, b string
	isRange := false
	if m := reFromTo.FindStringSubmatch(f); m != nil {
		a, b, isRange = m[1], m[2], true
	} else if n := strings.Count(strings.Map(func(r rune) rune {
		if isDash(r) {
			return '-'
		}
		return 0
	}, f), "-"); n > 0 {
		if n > 1 {
			return Period{}, invalid(lab)
		}
		i := strings.IndexFunc(f, isDash)
		_, w := firstRune(f[i:])
		a, b, isRange = strings.TrimSpace(f[:i]), strings.TrimSpace(f[i+w:]), true
	}
	if !isRange {
		p, err := single(f, lab)
		if err != nil {
			return Period{}, err
		}
		p.Typed = lab
		p.Label = p.Canonical()
		return p, nil
	}
	pa, err := single(a, lab)
	if err != nil {
		return Period{}, err
	}
	pb, err := single(b, lab)
	if err != nil {
		return Period{}, err
	}
	if pb.Start < pa.Start || pb.End < pa.End {
		return Period{}, diag.MakeProblem(CodeBackwards, diag.Args{"value": lab})
	}
	p := Period{Typed: lab, Kind: Range, Start: pa.Start, End: pb.End}
	p.Label = p.Canonical()
	return p, nil
}

// dateLike explains the dates that spreadsheets put in a period column: an
// ISO date or month ("2021-03-31", "2021-03", which would otherwise read as
// a range) and Excel's serial number of a date ("44286" for 31/03/2021).
func dateLike(f, lab string) *Error {
	if m := reISO.FindStringSubmatch(f); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && y >= MinYear && y <= MaxYear {
			return diag.MakeProblem(CodeISODate, diag.Args{"value": lab, "suggest": uMonth.name(y*12 + mo - 1), "year": strconv.Itoa(y)})
		}
	}
	if reSerial.MatchString(f) {
		// Excel counts days from 30 December 1899; 20000 is 1954, 80000 is 2119.
		n, _ := strconv.Atoi(f)
		if n >= 20000 && n <= 80000 {
			d := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
			return diag.MakeProblem(CodeSerial, diag.Args{"value": lab, "date": d.Format("02/01/2006"),
				"suggest": uMonth.name(d.Year()*12 + int(d.Month()) - 1), "year": strconv.Itoa(d.Year())})
		}
	}
	return nil
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// single reads one period that is not a range; lab is the whole label for messages.
func single(f, lab string) (Period, *Error) {
	if m := reYear.FindStringSubmatch(f); m != nil {
		y, err := year(m[1], lab)
		if err != nil {
			return Period{}, err
		}
		return Period{Kind: Year, Start: y * 12, End: y*12 + 11}, nil
	}
	if m := reHalf.FindStringSubmatch(f); m != nil {
		y, err := year(m[2], lab)
		if err != nil {
			return Period{}, err
		}
		if m[1] == "dau" {
			return Period{Kind: Half, Start: y * 12, End: y*12 + 5}, nil
		}
		return Period{Kind: Half, Start: y*12 + 6, End: y*12 + 11}, nil
	}
	if m := reQuarter.FindStringSubmatch(f); m != nil {
		q := map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3, "04": 4}[m[1]]
		if q == 0 {
			return Period{}, diag.MakeProblem(keyQuarter, diag.Args{"value": lab})
		}
		y, err := year(m[2], lab)
		if err != nil {
			return Period{}, err
		}
		s := y*12 + (q-1)*3
		return Period{Kind: Quarter, Start: s, End: s + 2}, nil
	}
	if m := reMonth.FindStringSubmatch(f); m != nil {
		mo, _ := strconv.Atoi(m[1])
		if mo < 1 || mo > 12 {
			return Period{}, diag.MakeProblem(CodeMonth, diag.Args{"value": lab, "month": m[1]})
		}
		y, err := year(m[2], lab)
		if err != nil {
			return Period{}, err
		}
		return Period{Kind: Month, Start: y*12 + mo - 1, End: y*12 + mo - 1}, nil
	}
	if m := reYearMon.FindStringSubmatch(f); m != nil {
		// "2021/13", "2023/3": the year written before the month.
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return Period{}, diag.MakeProblem(keyMonthYearFirst, diag.Args{"value": lab, "month": m[2], "year": m[1]})
		}
		return Period{}, diag.MakeProblem(keyYearFirst, diag.Args{"value": lab, "month": strconv.Itoa(mo), "year": m[1]})
	}
	if reDate.MatchString(f) {
		return Period{}, diag.MakeProblem(keyDate, diag.Args{"value": lab})
	}
	return Period{}, invalid(lab)
}

func year(digits, lab string) (int, *Error) {
	y, err := strconv.Atoi(digits)
	if err != nil || y < MinYear || y > MaxYear {
		return 0, diag.MakeProblem(CodeYear, diag.Args{"value": lab, "year": digits})
	}
	return y, nil
}

func invalid(lab string) *Error {
	return diag.MakeProblem(CodeInvalid, diag.Args{"value": lab})
}
