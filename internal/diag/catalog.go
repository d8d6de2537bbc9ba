package diag

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Entry is the wording of one diagnostic code, in both languages. Its texts
// are templates: "{name}" is replaced by the argument called name.
type Entry struct {
	What     Text
	Expected Text // may be empty
	Fix      Text
	// Over marks an entry that words only some parts of a message: the
	// others are those of a parser's Problem it rewords (see Problem.Reworded).
	Over bool
}

// Args are the named arguments of a message: strings (shortened, see fill),
// integers in decimal (format other numbers before, in the caller's
// convention, or give a Num), a Word in the language of the text, a Lang by
// language, Parts joined.
type Args map[string]any

// Word is an argument that is itself a word of the catalogue (the name of a
// separator, a style): the key of an entry of words, filled in each
// language with that language's text.
type Word string

// Lang is an argument that the data gives in each language: an
// indicator's Vietnamese title, and its id for English readers. It is not
// shortened.
type Lang struct{ VI, EN string }

// Num is a number argument, written in the language of the text: 4.116
// and 94,5 in Vietnamese, 4,116 and 94.5 in English, with Decimals digits
// after the separator.
type Num struct {
	Value    float64
	Decimals int
}

// Parts is an argument made of parts joined: strings as they are, Words in
// the language of the text, Parts within. It is not shortened: a list a message gives
// whole ("ma (bắt buộc), ten (bắt buộc), nhom").
type Parts []any

// CodeOf returns the diagnostic code of a catalogue key: a key is a code,
// or "code/variant" when one kind of problem is worded several ways (the
// code stays what tools and the corpus see; the variant picks the words).
func CodeOf(key string) string {
	code, _, _ := strings.Cut(key, "/")
	return code
}

// catalogue maps a code to its words. The messages_*.go files of this
// package fill it, one file per stage of the pipeline, so that every word
// of "chitieu check" and "chitieu build" lives in this one package.
var catalogue = map[string]Entry{}

// register adds entries to the catalogue; a code registered twice is a
// programming error caught by TestCatalogue (the later entry is kept apart
// in duplicates).
func register(m map[string]Entry) bool { return add(catalogue, m) }

// add puts the entries of m into registry, noting in duplicates a key
// already there (the later entry is kept).
func add[V any](registry, m map[string]V) bool {
	for k, v := range m {
		if _, dup := registry[k]; dup {
			duplicates = append(duplicates, k)
		}
		registry[k] = v
	}
	return true
}

var duplicates []string

var placeholder = regexp.MustCompile(`\{([a-zA-Z][a-zA-Z0-9_]*)\}`)

// fill replaces every {name} in s, a text in lang, by args[name] (a string
// cut by Shorten to MaxValue characters: values are echoed by their
// beginning; a Word or a Lang in lang). A name without an argument is left
// as it is (TestCatalogue and the corpus tests look for leftovers).
func fill(s, lang string, args Args) string {
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
		case Word:
			return word(v, lang)
		case Num:
			return formatNum(v, lang)
		case Lang:
			if lang == "en" && v.EN != "" {
				return v.EN
			}
			return v.VI
		case Parts:
			var b strings.Builder
			for _, p := range v {
				switch p := p.(type) {
				case Word:
					b.WriteString(word(p, lang))
				case Parts, Num:
					b.WriteString(fill("{p}", lang, Args{"p": p}))
				default:
					fmt.Fprint(&b, p)
				}
			}
			return b.String()
		case fmt.Stringer:
			return v.String()
		default:
			return fmt.Sprint(v)
		}
	})
}

// formatNum writes n the way of lang, grouping thousands; it agrees with
// number.Format (a test checks it), which this package cannot import.
func formatNum(n Num, lang string) string {
	if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
		return ""
	}
	dec, th := ",", "."
	if lang == "en" {
		dec, th = ".", ","
	}
	s := strconv.FormatFloat(n.Value, 'f', max(n.Decimals, 0), 64)
	neg := strings.HasPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(strings.TrimPrefix(s, "-"), ".")
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
		b.WriteString(dec + frac)
	}
	return b.String()
}

// word returns w in lang; an unknown word is its key.
func word(w Word, lang string) string {
	if t, ok := words[string(w)]; ok {
		return t.In(lang)
	}
	return string(w)
}

func fillText(t Text, args Args) Text {
	return Text{VI: fill(t.VI, "vi", args), EN: fill(t.EN, "en", args)}
}

// Make returns a diagnostic of severity s worded from the catalogue entry
// key with args; its Code is CodeOf(key). The caller places it (File, Line,
// Col, Value, or Diagnostic.At). An unknown key gives a diagnostic that says
// so, never a panic.
func Make(s Severity, key string, args Args) Diagnostic {
	e, ok := catalogue[key]
	if !ok {
		e = unknown(key)
	}
	return Diagnostic{Severity: s, Code: CodeOf(key), What: fillText(e.What, args), Expected: fillText(e.Expected, args), Fix: fillText(e.Fix, args)}
}

func unknown(key string) Entry {
	return Entry{What: Text{VI: "Lỗi chưa có lời giải thích (mã " + key + ").", EN: "Problem without a message (code " + key + ")."}}
}

// MakeProblem returns a Problem worded from the catalogue entry key, for
// parsers that do not know where their input stands.
func MakeProblem(key string, args Args) *Problem {
	d := Make(Error, key, args)
	return &Problem{Code: d.Code, What: d.What, Expected: d.Expected, Fix: d.Fix}
}

// Reworded returns p reported under the code of key: each part (What, Expected,
// Fix) that key's entry words replaces p's, the others are p's own. A
// caller that knows more than the parser (a period that is a target's
// deadline) says so without rewording the parser's explanation.
func (p *Problem) Reworded(key string, args Args) *Problem {
	e, ok := catalogue[key]
	if !ok {
		e = unknown(key)
	}
	q := &Problem{Code: CodeOf(key), What: p.What, Expected: p.Expected, Fix: p.Fix}
	if e.What.VI != "" {
		q.What = fillText(e.What, args)
	}
	if e.Expected.VI != "" {
		q.Expected = fillText(e.Expected, args)
	}
	if e.Fix.VI != "" {
		q.Fix = fillText(e.Fix, args)
	}
	return q
}

// At places d in file at line and col, about value.
func (d Diagnostic) At(file string, line, col int, value string) Diagnostic {
	d.File, d.Line, d.Col, d.Value = file, line, col, value
	return d
}

// Codes returns every key of the catalogue, sorted.
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

func registerPhrases(m map[string]Text) bool { return add(phrases, m) }

// Say returns the phrase key in lang ("vi" or "en") with args filled in.
func Say(lang, key string, args Args) string {
	t, ok := phrases[key]
	if !ok {
		return key
	}
	return fill(t.In(lang), lang, args)
}

// words are the words given as Word arguments, by key.
var words = map[string]Text{}

func registerWords(m map[string]Text) bool { return add(words, m) }
