// Package diag holds the problems found in a folder of CSV exports: where each
// one is (file, line, column), what is wrong, what was expected and how to fix
// it, in Vietnamese and in English.
//
// Every stage that reads user data reports through a *List instead of
// stopping at the first problem, so that a clerk sees every mistake of an
// export in one run.
package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Severity says whether a problem stops the build.
type Severity int

const (
	// Warning: the data is published, but someone should look.
	Warning Severity = iota
	// Error: nothing is published until it is fixed.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Text is a message in both languages of the tool.
type Text struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

// text builds a Text from its Vietnamese and English forms. It is not
// exported: the words of a message live in this package's catalogue
// (messages_*.go), and other packages emit a key and arguments (Make).
func text(vi, en string) Text { return Text{VI: vi, EN: en} }

// In returns the text in lang ("vi" or "en"); Vietnamese is the default.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.VI
}

// Problem is what is wrong with one value before it is known where the value
// stands: parsers (numbers, periods) return it, and their caller places it
// with At.
type Problem struct {
	Code     string // stable, machine-readable kind
	What     Text
	Expected Text
	Fix      Text
}

// Error returns the English explanation, so that *Problem is an error.
func (p *Problem) Error() string { return p.What.EN }

// At places the problem: it becomes a diagnostic of severity s about value,
// found in file at line and col.
func (p *Problem) At(s Severity, file string, line, col int, value string) Diagnostic {
	return Diagnostic{Severity: s, File: file, Line: line, Col: col, Code: p.Code, Value: value, What: p.What, Expected: p.Expected, Fix: p.Fix}
}

// Diagnostic is one problem in one place.
type Diagnostic struct {
	Severity Severity
	File     string // path as the user gave it, e.g. "du-lieu/so-lieu.csv"
	Line     int    // 1-based; 0 when the problem concerns the whole file
	Col      int    // 1-based; 0 when the problem concerns the whole line
	Code     string // stable, machine-readable kind, e.g. "so-khong-hop-le"
	Value    string // the offending text as it stands in the file, if any
	What     Text   // what is wrong
	Expected Text   // what was expected (may be empty)
	Fix      Text   // how to fix it (may be empty)
}

// Where renders the position as file:line:col, omitting unknown parts.
func (d Diagnostic) Where() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	return b.String()
}

var labels = map[string]map[string]string{
	"vi": {"error": "LỖI", "warning": "CẢNH BÁO", "value": "Giá trị", "expected": "Cần", "fix": "Cách sửa", "line": "dòng", "col": "cột"},
	"en": {"error": "ERROR", "warning": "WARNING", "value": "Value", "expected": "Expected", "fix": "How to fix", "line": "line", "col": "column"},
}

// Format renders the diagnostic for people, in lang ("vi" or "en").
func (d Diagnostic) Format(lang string) string {
	l := labels["vi"]
	if lang == "en" {
		l = labels["en"]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s: %s", d.Where(), l[d.Severity.String()], d.What.In(lang))
	if d.Value != "" {
		fmt.Fprintf(&b, "\n    %s: %q", l["value"], d.Value)
	}
	if s := d.Expected.In(lang); s != "" {
		fmt.Fprintf(&b, "\n    %s: %s", l["expected"], s)
	}
	if s := d.Fix.In(lang); s != "" {
		fmt.Fprintf(&b, "\n    %s: %s", l["fix"], s)
	}
	return b.String()
}

// KeepPerCode is how many diagnostics of one code in one file a List keeps;
// the others are only counted. A file with 100.000 columns gives 100.000
// times the same problem: a clerk needs the first few, and the program must
// not hold (or print) them all.
const KeepPerCode = 100

// ShowPerCode is how many diagnostics of one code in one file WriteText and
// WriteJSON show before one line that counts the rest.
const ShowPerCode = 10

// MaxValue is the length, in characters, to which an echoed value (and a
// value given to Make) is cut; MaxText bounds a whole message.
const (
	MaxValue = 80
	MaxText  = 1000
)

// Shorten cuts s to at most n characters, ending it with "…" when cut. It is
// the one place where values echoed to the clerk are shortened: a 100 kB cell
// is shown by its beginning.
func Shorten(s string, n int) string {
	if len(s) <= n {
		return s // fewer bytes than n: fewer characters too
	}
	i := 0
	for j := range s {
		if i == n {
			return strings.TrimRightFunc(s[:j], unicode.IsSpace) + "…"
		}
		i++
	}
	return s
}

// shortenText shortens t, copied (see List.Add).
func shortenText(t Text) Text {
	return Text{VI: strings.Clone(Shorten(t.VI, MaxText)), EN: strings.Clone(Shorten(t.EN, MaxText))}
}

type fileCode struct{ file, code string }

// tally counts the diagnostics of one (file, code), by severity (see sevIndex).
type tally struct {
	kept [2]int // in List.items
	all  [2]int // kept or not
}

// List collects diagnostics. The zero value is ready to use. It keeps the
// first KeepPerCode diagnostics of each (file, code) and counts the others:
// Count, HasErrors and Len are exact, Items returns the kept ones.
type List struct {
	items  []Diagnostic
	tally  map[fileCode]*tally
	counts [2]int // by severity
}

// Add appends d (its value and texts shortened, see Shorten), or only
// counts it when KeepPerCode diagnostics of its file and code are kept.
func (l *List) Add(d Diagnostic) {
	if l.tally == nil {
		l.tally = map[fileCode]*tally{}
	}
	k := fileCode{d.File, d.Code}
	t := l.tally[k]
	if t == nil {
		t = &tally{}
		l.tally[k] = t
	}
	i := sevIndex(d.Severity)
	t.all[i]++
	l.counts[i]++
	if t.kept[0]+t.kept[1] >= KeepPerCode {
		return
	}
	t.kept[i]++
	// Copies: a value is most often a part of the file's text, which
	// would otherwise be kept whole (200 MB) for it.
	d.Value = strings.Clone(Shorten(d.Value, MaxValue))
	d.What, d.Expected, d.Fix = shortenText(d.What), shortenText(d.Expected), shortenText(d.Fix)
	l.items = append(l.items, d)
}

func sevIndex(s Severity) int {
	if s == Error {
		return 1
	}
	return 0
}

// Append appends every diagnostic of other, and counts those other only
// counted.
func (l *List) Append(other *List) {
	if other == nil {
		return
	}
	for _, d := range other.items {
		l.Add(d)
	}
	for k, ot := range other.tally {
		// What other only counted is counted here too (what it kept was
		// added above). k is in l.tally: other kept at least one of k.
		for i := range 2 {
			more := ot.all[i] - ot.kept[i]
			l.tally[k].all[i] += more
			l.counts[i] += more
		}
	}
}

// Items returns the kept diagnostics sorted by file, line, column and code.
func (l *List) Items() []Diagnostic {
	out := append([]Diagnostic(nil), l.items...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Code < b.Code
	})
	return out
}

// Count returns the number of diagnostics of severity s, kept or not.
func (l *List) Count(s Severity) int { return l.counts[sevIndex(s)] }

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool { return l.Count(Error) > 0 }

// Len is the number of diagnostics, kept or not.
func (l *List) Len() int { return l.counts[0] + l.counts[1] }

// omitted is what WriteText and WriteJSON leave out of one (file, code).
type omitted struct {
	fileCode
	errors, warnings int
}

// shown returns the diagnostics to show, sorted, at most ShowPerCode of
// each (file, code); and what is left out of each (file, code), keyed by
// the index in shown of the last diagnostic of its file, after which it is
// to be said (codes in order).
func (l *List) shown() (shown []Diagnostic, left map[int][]omitted) {
	left = map[int][]omitted{}
	shownOf := map[fileCode]*[2]int{}
	var codes []fileCode // of the current file, in order of appearance
	flush := func() {
		var oms []omitted
		for _, k := range codes {
			all, n := l.tally[k].all, shownOf[k]
			if o := (omitted{k, all[1] - n[1], all[0] - n[0]}); o.errors+o.warnings > 0 {
				oms = append(oms, o)
			}
		}
		sort.Slice(oms, func(i, j int) bool { return oms[i].code < oms[j].code })
		if len(oms) > 0 {
			left[len(shown)-1] = oms
		}
		codes = nil
	}
	items := l.Items()
	for i, d := range items {
		if i > 0 && d.File != items[i-1].File {
			flush()
		}
		k := fileCode{d.File, d.Code}
		n := shownOf[k]
		if n == nil {
			n = &[2]int{}
			shownOf[k] = n
			codes = append(codes, k)
		}
		if n[0]+n[1] >= ShowPerCode {
			continue
		}
		n[sevIndex(d.Severity)]++
		shown = append(shown, d)
	}
	flush()
	return shown, left
}

// say words what was left out of one (file, code), in lang.
func (o omitted) say(lang string) string {
	if lang == "en" {
		var n []string
		if o.errors > 0 {
			n = append(n, plural(o.errors, "more error", "more errors"))
		}
		if o.warnings > 0 {
			n = append(n, plural(o.warnings, "more warning", "more warnings"))
		}
		return fmt.Sprintf("… and %s like it (code %s) in %s", strings.Join(n, " and "), o.code, o.file)
	}
	var n []string
	if o.errors > 0 {
		n = append(n, fmt.Sprintf("%d lỗi", o.errors))
	}
	if o.warnings > 0 {
		n = append(n, fmt.Sprintf("%d cảnh báo", o.warnings))
	}
	return fmt.Sprintf("… và %s tương tự (mã %s) trong %s", strings.Join(n, " và "), o.code, o.file)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// WriteText writes the diagnostics for people, one block each, at most
// ShowPerCode of one code in one file followed by a line that counts the
// others, then a summary line that counts them all.
func (l *List) WriteText(w io.Writer, lang string) error {
	shown, left := l.shown()
	for i, d := range shown {
		if _, err := fmt.Fprintln(w, d.Format(lang)); err != nil {
			return err
		}
		for _, o := range left[i] {
			if _, err := fmt.Fprintln(w, o.say(lang)); err != nil {
				return err
			}
		}
	}
	var err error
	if lang == "en" {
		_, err = fmt.Fprintf(w, "%d error(s), %d warning(s)\n", l.Count(Error), l.Count(Warning))
	} else {
		_, err = fmt.Fprintf(w, "%d lỗi, %d cảnh báo\n", l.Count(Error), l.Count(Warning))
	}
	return err
}

type jsonDiag struct {
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Col      int    `json:"col,omitempty"`
	Code     string `json:"code"`
	Value    string `json:"value,omitempty"`
	Message  string `json:"message"`
	Expected string `json:"expected,omitempty"`
	Fix      string `json:"fix,omitempty"`
}

type jsonOmitted struct {
	File     string `json:"file"`
	Code     string `json:"code"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Message  string `json:"message"`
}

// WriteJSON writes the diagnostics as a JSON object for machines:
// {"errors": N, "warnings": N, "diagnostics": [...], "omitted": [...]},
// texts in lang. errors and warnings count every diagnostic; diagnostics
// holds at most ShowPerCode of one code in one file, and omitted (absent
// when empty) counts the others, per file and code.
func (l *List) WriteJSON(w io.Writer, lang string) error {
	out := struct {
		Errors      int           `json:"errors"`
		Warnings    int           `json:"warnings"`
		Diagnostics []jsonDiag    `json:"diagnostics"`
		Omitted     []jsonOmitted `json:"omitted,omitempty"`
	}{l.Count(Error), l.Count(Warning), []jsonDiag{}, nil}
	shown, left := l.shown()
	for i, d := range shown {
		out.Diagnostics = append(out.Diagnostics, jsonDiag{
			Severity: d.Severity.String(), File: d.File, Line: d.Line, Col: d.Col,
			Code: d.Code, Value: d.Value, Message: d.What.In(lang),
			Expected: d.Expected.In(lang), Fix: d.Fix.In(lang),
		})
		for _, o := range left[i] {
			out.Omitted = append(out.Omitted, jsonOmitted{File: o.file, Code: o.code, Errors: o.errors, Warnings: o.warnings, Message: o.say(lang)})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
