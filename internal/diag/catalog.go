package diag

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Entry is the wording of one diagnostic code, in both languages. Its texts
// are templates: "{name}" is replaced by the argument called name.
type Entry struct {
	What     Text
	Expected Text // may be empty
	Fix      Text
}

// Args are the named arguments of a message: strings as they are, integers
// in decimal (format other numbers before, in the caller's convention).
type Args map[string]any

// catalogue maps a code to its words. The messages_*.go files of this
// package fill it, one file per stage of the pipeline, so that every word
// of "chitieu check" and "chitieu build" lives in this one package.
var catalogue = map[string]Entry{}

// register adds entries to the catalogue; a code registered twice is a
// programming error caught by TestCatalogue (the later entry is kept apart
// in duplicates).
func register(m map[string]Entry) bool {
	for code, e := range m {
		if _, dup := catalogue[code]; dup {
			duplicates = append(duplicates, code)
		}
		catalogue[code] = e
	}
	return true
}

var duplicates []string

var placeholder = regexp.MustCompile(`\{([a-zA-Z][a-zA-Z0-9_]*)\}`)

// fill replaces every {name} in s by args[name] (a string cut by Shorten to
// MaxValue characters: values are echoed by their beginning). A name without an argument
// is left as it is (TestCatalogue and the corpus tests look for leftovers).
func fill(s string, args Args) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		v, ok := args[m[1:len(m)-1]]
		if !ok {
			return m
		}
		switch v := v.(type) {
		case string:
			return Shorten(v, MaxValue)
		case fmt.Stringer:
			return v.String()
		default:
			return fmt.Sprint(v)
		}
	})
}

func fillText(t Text, args Args) Text { return Text{VI: fill(t.VI, args), EN: fill(t.EN, args)} }

// Make returns a diagnostic of severity s and code, worded from the
// catalogue with args; the caller places it (File, Line, Col, Value, or
// Diagnostic.At). An unknown code gives a diagnostic that says so, never a
// panic.
func Make(s Severity, code string, args Args) Diagnostic {
	e, ok := catalogue[code]
	if !ok {
		e = Entry{What: T("Lỗi chưa có lời giải thích (mã "+code+").", "Problem without a message (code "+code+").")}
	}
	return Diagnostic{Severity: s, Code: code, What: fillText(e.What, args), Expected: fillText(e.Expected, args), Fix: fillText(e.Fix, args)}
}

// Problem returns a Problem of code worded from the catalogue, for parsers
// that do not know where their input stands.
func MakeProblem(code string, args Args) *Problem {
	d := Make(Error, code, args)
	return &Problem{Code: code, What: d.What, Expected: d.Expected, Fix: d.Fix}
}

// At places d in file at line and col, about value.
func (d Diagnostic) At(file string, line, col int, value string) Diagnostic {
	d.File, d.Line, d.Col, d.Value = file, line, col, value
	return d
}

// Codes returns every code of the catalogue, sorted.
func Codes() []string {
	out := make([]string, 0, len(catalogue))
	for c := range catalogue {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Unfilled returns the placeholders left in d's texts: an argument its
// caller forgot. Tests call it on every diagnostic they see.
func Unfilled(d Diagnostic) []string {
	var out []string
	for _, s := range []string{d.What.VI, d.What.EN, d.Expected.VI, d.Expected.EN, d.Fix.VI, d.Fix.EN} {
		out = append(out, placeholder.FindAllString(s, -1)...)
	}
	return out
}

// phrases are the words of the command's own lines (summaries), by key;
// like the catalogue, templates with named arguments in both languages.
var phrases = map[string]Text{}

func registerPhrases(m map[string]Text) bool {
	for k, t := range m {
		if _, dup := phrases[k]; dup {
			duplicates = append(duplicates, k)
		}
		phrases[k] = t
	}
	return true
}

// Say returns the phrase key in lang ("vi" or "en") with args filled in.
func Say(lang, key string, args Args) string {
	t, ok := phrases[key]
	if !ok {
		return key
	}
	return fill(t.In(lang), args)
}
