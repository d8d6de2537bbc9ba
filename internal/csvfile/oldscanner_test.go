package csvfile

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// The hand-written tokenizer that reader (encoding/csv and a layer over it)
// replaced, kept as the oracle of FuzzReaderMatchesScanner: reader must
// give the same records and the same diagnostics on any text. It is the
// code of commit 7815204, unchanged but for its name and the separator
// detection, which both share (detectSeparator).

// oldRecords returns every record of text as the old scanner read it, and
// adds its diagnostics to diags.
func oldRecords(file, text string, diags *diag.List) (sep byte, recs []record) {
	sc := oldScanner{file: file, s: text, diags: diags}
	sc.sep, sc.pos, sc.line = detectSeparator(text)
	return sc.sep, sc.all()
}

type oldScanner struct {
	file  string
	s     string
	pos   int
	line  int
	sep   byte
	diags *diag.List
}

func (sc *oldScanner) errorAt(line, col int, key, value string, args diag.Args) {
	sc.diags.Add(diag.Make(diag.Error, key, args).At(sc.file, line, col, value))
}

// all splits the text into records.
func (sc *oldScanner) all() []record {
	var recs []record
	for sc.pos < len(sc.s) {
		recs = append(recs, sc.record(nil))
	}
	return recs
}

// isEnd reports whether c ends an unquoted field.
func (sc *oldScanner) isEnd(c byte) bool { return c == sc.sep || c == '\r' || c == '\n' }

// bare reads an unquoted field from sc.pos.
func (sc *oldScanner) bare() string {
	start := sc.pos
	for sc.pos < len(sc.s) && !sc.isEnd(sc.s[sc.pos]) {
		sc.pos++
	}
	return sc.s[start:sc.pos]
}

// record reads the next record, its fields appended to buf.
func (sc *oldScanner) record(buf []field) record {
	rec := record{line: sc.line, fields: buf}
	s := sc.s
	for col := 1; ; col++ {
		f := field{line: sc.line}
		p := sc.pos
		for p < len(s) && s[p] == ' ' && sc.sep != ' ' {
			p++
		}
		if p < len(s) && s[p] == '"' {
			f.raw = sc.quoted(p, col)
		} else {
			f.raw = sc.bare()
			if strings.IndexByte(f.raw, '"') >= 0 {
				sc.errorAt(f.line, col, CodeBadQuote, clean(f.raw), nil)
			}
		}
		f.text = clean(f.raw)
		rec.fields = append(rec.fields, f)
		if sc.pos < len(s) && s[sc.pos] == sc.sep {
			sc.pos++
			continue
		}
		sc.newline()
		return rec
	}
}

// newline consumes one line end (CRLF, LF or CR) at sc.pos, if any.
func (sc *oldScanner) newline() {
	s := sc.s
	if sc.pos >= len(s) {
		return
	}
	if s[sc.pos] == '\r' && sc.pos+1 < len(s) && s[sc.pos+1] == '\n' {
		sc.pos++
	}
	sc.pos++
	sc.line++
}

// quoted reads a quoted field whose opening quote is at q. A field
// without doubled quotes or line breaks is a part of the text, not a copy.
func (sc *oldScanner) quoted(q, col int) string {
	s := sc.s
	var b strings.Builder
	copied := false // b holds the field up to from
	from := q + 1
	line := sc.line
	i := q + 1
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"' && i+1 < len(s) && s[i+1] == '"':
			b.WriteString(s[from : i+1])
			copied = true
			i += 2
			from = i
			continue
		case c == '"':
			val := s[from:i]
			if copied {
				b.WriteString(val)
				val = b.String()
			}
			i++
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && !sc.isEnd(s[j]) && line > sc.line {
				// The cell ran over line breaks and its "closing" quote is
				// followed by text: that quote opens a cell of a later row,
				// and the quote at q was never closed.
				return sc.unclosed(q, col)
			}
			sc.line = line
			if j < len(s) && !sc.isEnd(s[j]) {
				sc.pos = j
				rest := sc.bare()
				sc.errorAt(line, col, keyAfterQuote, clean(val+rest), diag.Args{"rest": clean(rest)})
				return val + rest
			}
			sc.pos = j
			return val
		case c == '\r':
			b.WriteString(s[from:i])
			b.WriteByte('\n')
			copied = true
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			line++
			from = i + 1
		case c == '\n':
			b.WriteString(s[from:i])
			b.WriteByte('\n')
			copied = true
			line++
			from = i + 1
		}
		i++
	}
	return sc.unclosed(q, col)
}

// unclosed reports the quote at q as never closed, and reads the cell as the
// rest of its line, so that the following lines are read and checked as rows.
func (sc *oldScanner) unclosed(q, col int) string {
	s := sc.s
	sc.errorAt(sc.line, col, CodeOpenQuote, clean(firstLine(s[q:])), nil)
	end := q + 1
	for end < len(s) && s[end] != '\r' && s[end] != '\n' {
		end++
	}
	sc.pos = end
	return s[q:end]
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// FuzzReaderMatchesScanner: on any text, reader gives the records (each
// field's text as read, cleaned text and line; each record's line) and the
// diagnostics that the old scanner gave. Blank records are left out of the
// comparison: encoding/csv skips blank lines, the old scanner gave them as
// records of one empty field, and Read drops both.
func FuzzReaderMatchesScanner(f *testing.F) {
	for _, s := range []string{
		"a,b\n1,\"x\n2,3\n", "a,b\n\"x\"y,2\n3,4\n", "a,b\n1,2\"\n", "a,b\n \"x, y\" ,2\n",
		"a,b,c\n1,\"x, y\n2,\"3\",4\n5,6,7\n", "a;b\r\n\"1\r\n2\";\"x\"\"y\" \r\n", "Mã,Ghi chú\rCT01,\"dòng một\rdòng hai\"\rCT02,x\r",
		"sep=;\r\na;b\r\n1;2", "a\r\r\n\"\r\n\"\n", "a,b\n\"x\" \"y\",z\n", "a,b\nx\"y,\n", "a,b\n\"x\"y,\n", "a,\"b\n\"c\"d,e\n",
		"a\tb\n \"x\" \t\"y\"z\t\n", "a,b\n\"x\n", "a,b\n1,\"", "a,b\n1,\"x\"\"", "\"a\",\"b\"\"\n", "a,b\n1,2,\"3\n\n4\"x\n5,6\n",
		// Lines longer than encoding/csv's 4 KiB buffer, mistakes far into them.
		"a;b\r\n" + strings.Repeat("x", 5000) + "\"y;\"" + strings.Repeat("z\r\n", 3000) + "\" w;1\r\n2;\"" + strings.Repeat("é", 3000) + "\"v\r\n",
		strings.Repeat("a,", 3000) + "\n" + strings.Repeat("\"1\",  \"2\" ,3\"x,", 1000) + "\n\"" + strings.Repeat("\n", 5000),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, _, ok := decode("f.csv", data, &diag.List{})
		if !ok {
			return
		}
		var oldDiags, newDiags diag.List
		oldSep, old := oldRecords("f.csv", text, &oldDiags)
		r := newReader("f.csv", text, &newDiags)
		got := r.all()
		if r.sep != oldSep {
			t.Fatalf("separator %q, the old scanner's %q", r.sep, oldSep)
		}
		if want, got := nonEmpty(old), nonEmpty(got); !reflect.DeepEqual(got, want) {
			t.Fatalf("records of %q\n got %q\nwant %q", text, got, want)
		}
		if got, want := newDiags.Items(), oldDiags.Items(); !reflect.DeepEqual(got, want) || newDiags.Len() != oldDiags.Len() {
			t.Fatalf("diagnostics of %q\n got %+v\nwant %+v", text, got, want)
		}
	})
}

// nonEmpty returns recs without the empty ones, each as its line followed
// by each field's raw text, text and line.
func nonEmpty(recs []record) [][]string {
	var out [][]string
	for _, r := range recs {
		if r.empty() {
			continue
		}
		row := []string{strconv.Itoa(r.line)}
		for _, f := range r.fields {
			row = append(row, f.raw, f.text, strconv.Itoa(f.line))
		}
		out = append(out, row)
	}
	return out
}
