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

// T builds a Text from its Vietnamese and English forms.
func T(vi, en string) Text { return Text{VI: vi, EN: en} }

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

// List collects diagnostics. The zero value is ready to use.
type List struct {
	items []Diagnostic
}

// Add appends d.
func (l *List) Add(d Diagnostic) { l.items = append(l.items, d) }

// Append appends every diagnostic of other.
func (l *List) Append(other *List) {
	if other != nil {
		l.items = append(l.items, other.items...)
	}
}

// Items returns the diagnostics sorted by file, line, column and code.
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

// Count returns the number of diagnostics of severity s.
func (l *List) Count(s Severity) int {
	n := 0
	for _, d := range l.items {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool { return l.Count(Error) > 0 }

// Len is the number of diagnostics.
func (l *List) Len() int { return len(l.items) }

// WriteText writes every diagnostic for people, one block each, then a summary line.
func (l *List) WriteText(w io.Writer, lang string) error {
	for _, d := range l.Items() {
		if _, err := fmt.Fprintln(w, d.Format(lang)); err != nil {
			return err
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

// WriteJSON writes the diagnostics as a JSON object for machines:
// {"errors": N, "warnings": N, "diagnostics": [...]}, texts in lang.
func (l *List) WriteJSON(w io.Writer, lang string) error {
	out := struct {
		Errors      int        `json:"errors"`
		Warnings    int        `json:"warnings"`
		Diagnostics []jsonDiag `json:"diagnostics"`
	}{l.Count(Error), l.Count(Warning), []jsonDiag{}}
	for _, d := range l.Items() {
		out.Diagnostics = append(out.Diagnostics, jsonDiag{
			Severity: d.Severity.String(), File: d.File, Line: d.Line, Col: d.Col,
			Code: d.Code, Value: d.Value, Message: d.What.In(lang),
			Expected: d.Expected.In(lang), Fix: d.Fix.In(lang),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
