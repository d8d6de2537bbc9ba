// Package csvfile reads one CSV file exported by Excel or LibreOffice into
// cells that remember exactly where they stand (physical line, field index),
// so that every later problem can be reported as file:line:column.
//
// It accepts what the spreadsheet programs really write: UTF-8 with or
// without a byte-order mark, UTF-16 LE/BE with a mark (Excel "Unicode text"),
// Windows-1258 (old Vietnamese Windows, converted with a warning), a ","
// ";" or tab separator (Excel in a Vietnamese locale writes ";"), an optional
// Excel "sep=;" first line, CRLF, LF or lone CR line ends, quoted fields with
// separators, doubled quotes and line breaks inside, blank lines, trailing
// empty columns and trailing separators. All text is normalised to Unicode
// NFC (macOS writes decomposed letters) and trimmed of surrounding spaces,
// and a data cell loses the apostrophe that guards it against being run as a
// formula ("'=1", "'- Trong đó"), as in Excel.
//
// The records are split by the scanner of this file, not by encoding/csv,
// which cannot read our users' exports as they must be read
// (TestEncodingCSVCannot): it takes no lone CR for a line end; with
// LazyQuotes a quote never closed takes every later row into its cell
// (without, they are lost with the error); a closing quote followed by
// text, even a space, loses its whole record; and TrimLeadingSpace, for
// spaces before a quote, also trims the tab before an empty cell, which
// moves the later cells one column left. The scanner reports each mistake
// at its cell and reads on. A layer over encoding/csv that restarted it
// after each mistake (at the field after it, the record read so far kept)
// was tried: it kept every record and diagnostic of the scanner (a fuzz
// test compared them), but it was larger than the scanner, read a clean
// export with 1.4 times the CPU time, and a line with k mistakes in time k
// times the line, since a csv.Reader can only start at a line.
package csvfile

import (
	"bytes"
	"fmt"
	"iter"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/tayson/chitieu/internal/diag"
)

// Cell is one field of the file.
type Cell struct {
	Text string // trimmed of surrounding spaces, NFC
	Line int    // physical 1-based line where the field starts
	Col  int    // 1-based field index in its record (as Excel numbers columns)
}

// Row is one data record, aligned with Table.Header.
type Row struct {
	Line  int    // physical line where the record starts
	Cells []Cell // one per header column; empty Cells (with Line/Col set) pad short rows
}

// Table is a CSV file read into positioned cells.
type Table struct {
	File       string   // as given, used in diagnostics
	Encoding   string   // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "Windows-1258"
	Separator  rune     // ',', ';' or '\t'
	HeaderLine int      // physical line of the header
	Header     []Cell   // header cells as typed (trimmed, NFC)
	Keys       []string // NormalizeKey of each header cell
	Rows       []Row    // data rows, when Read whole; wholly empty rows are dropped

	// Of a table Open'ed: its rows are read from text, from body on, each
	// time Each is called.
	text      string
	body      int // offset of the first record after the header
	bodyLine  int // and its line
	streamed  bool
	b         *builder
	reported  int               // offset up to which the rows' problems were reported
	concluded bool              // the problems found at the end of the rows were reported
	cleaned   map[string]string // see scanner.cleaned
}

// Diagnostic codes reported by Read.
const (
	CodeEmpty        = "tep-rong"              // no header at all
	CodeEncoding     = "ma-hoa-khong-doc-duoc" // bytes that are no text encoding we can trust
	CodeConverted    = "ma-hoa-windows-1258"   // warning: converted from Windows-1258
	CodeNotCSV       = "khong-phai-csv"        // an Excel workbook, not a CSV export
	CodeOpenQuote    = "ngoac-kep-chua-dong"   // a quoted field never closed
	CodeBadQuote     = "ngoac-kep-sai"         // a stray quote
	CodeDuplicate    = "cot-trung-ten"         // two columns with the same key
	CodeUnnamed      = "cot-khong-ten"         // values under an empty header cell
	CodeBadName      = "ten-cot-khong-hop-le"  // a header with no letter or digit
	CodeTooManyCells = "dong-thua-o"           // values beyond the last header column
	CodeBadByte      = "byte-loi-utf-8"        // bytes that are not UTF-8 in a UTF-8 file
	CodePDF          = "tep-pdf-khong-phai-csv"
	CodeHTML         = "tep-html-khong-phai-csv"
	CodeODS          = "tep-ods-khong-phai-csv"
)

// Catalogue keys of the variants of the codes (see
// internal/diag/messages_input.go).
const (
	keyZeroBytes   = CodeEmpty + "/0-byte"            // a file of 0 bytes
	keyBrokenUTF16 = CodeEncoding + "/utf-16-hong"    // UTF-16 cut short
	keyZeroByte    = CodeEncoding + "/byte-0"         // a 0 byte: UTF-16 without BOM, or binary
	keyBrokenUTF8  = CodeEncoding + "/utf-8-hong"     // UTF-8 with stray bytes nowhere in a field
	keyAfterQuote  = CodeBadQuote + "/sau-ngoac-dong" // text after a closing quote
)

// MaxBadBytes is how many places with bytes that are not UTF-8 Read reports
// in one file; the messages give the total.
const MaxBadBytes = 5

// Read reads one exported CSV file whole, its rows into Rows. Problems are
// added to diags with their position. It returns nil only when the file
// cannot be read at all (an Error was added); otherwise the table holds
// everything that could be read, even when errors were reported. A header
// without data rows is not an error.
func Read(file string, data []byte, diags *diag.List) *Table {
	t := Open(file, data, diags)
	if t == nil {
		return nil
	}
	t.Rows = make([]Row, 0, lineEnds(t.text))
	var chunk []Cell // room for the cells of the next rows
	for r := range t.Each() {
		n := len(r.Cells)
		if len(chunk) < n {
			chunk = make([]Cell, n*rowsPerChunk)
		}
		cells := chunk[:n:n]
		chunk = chunk[n:]
		copy(cells, r.Cells)
		t.Rows = append(t.Rows, Row{Line: r.Line, Cells: cells})
	}
	t.text, t.streamed, t.b, t.cleaned = "", false, nil, nil
	return t
}

// rowsPerChunk rows of cells are allocated at a time by Read: no cell is
// copied as the table grows, and no more than a chunk is left unused.
const rowsPerChunk = 4096

// Open reads the header of one exported CSV file and keeps its text: its
// rows are read from the text by Each, one at a time, as many times as the
// caller needs, so that a file of millions of rows is held as its text,
// never as its cells. The problems of the header are added to diags at
// once, those of the rows when Each first reads them (once, however often
// they are read). It returns nil as Read does.
func Open(file string, data []byte, diags *diag.List) *Table {
	if diags == nil {
		diags = &diag.List{}
	}
	text, enc, bad, ok := decode(file, data, diags)
	if !ok {
		return nil
	}
	sc := scanner{file: file, s: text, line: 1, diags: diags}
	sc.sep = sc.detectSeparator()
	if bad > 0 {
		// A UTF-8 file with bytes that are not UTF-8: say in which cells,
		// and publish nothing of it.
		reportBadBytes(file, sc.all(), bad, diags)
		return nil
	}
	var rec record
	for {
		if sc.pos >= len(sc.s) {
			diags.Add(diag.Make(diag.Error, CodeEmpty, nil).At(file, 0, 0, ""))
			return nil
		}
		if rec = sc.record(rec.fields[:0]); !rec.empty() {
			break
		}
	}
	t := &Table{File: file, Encoding: enc, Separator: rune(sc.sep), text: text, body: sc.pos, bodyLine: sc.line, streamed: true, reported: sc.pos}
	t.b = newBuilder(t, rec, diags)
	return t
}

// Each yields the data rows of t in order: its Rows when it was Read
// whole; when it was Open'ed, rows read from its text, one at a time,
// whose Cells the next row reuses (keep a Cell, not a Row). Rows read for
// the first time have their problems reported; Each may stop anywhere and
// be called again. It is not safe for concurrent use.
func (t *Table) Each() iter.Seq[Row] {
	return func(yield func(Row) bool) {
		if !t.streamed {
			for _, r := range t.Rows {
				if !yield(r) {
					return
				}
			}
			return
		}
		if t.cleaned == nil {
			t.cleaned = map[string]string{}
		}
		sc := scanner{file: t.File, s: t.text, pos: t.body, line: t.bodyLine, sep: byte(t.Separator), cleaned: t.cleaned}
		var buf []field
		var cells []Cell
		for sc.pos < len(sc.s) {
			// Reported once: by the first reading of the record.
			report := sc.pos >= t.reported
			sc.diags = nil
			if report {
				sc.diags = t.b.diags
			}
			r := sc.record(buf[:0])
			buf = r.fields
			if report {
				t.reported = sc.pos
			}
			if r.empty() {
				continue
			}
			cells = t.b.row(r, cells[:0], report)
			if !yield(Row{Line: r.line, Cells: cells}) {
				return
			}
		}
		if !t.concluded {
			t.concluded = true
			t.b.done()
		}
	}
}

// lineEnds counts the line ends of text, a bound on its records.
func lineEnds(text string) int {
	return max(strings.Count(text, "\n"), strings.Count(text, "\r"))
}

// Done reports the problems of the rows of t that Each has not read yet
// (it reads the table to its end, as Each, whose first reading of a row
// reports it): called once the reader of an Open'ed table is done with it,
// every problem of the file is reported, however little of it the reader
// needed (a file refused for its header is not read further).
func (t *Table) Done() {
	if !t.streamed || t.concluded {
		return
	}
	for range t.Each() {
	}
}

// Empty reports whether t has no data row.
func (t *Table) Empty() bool {
	for range t.Each() {
		return false
	}
	return true
}

// Column returns the index of key in t.Keys, or -1.
func (t *Table) Column(key string) int {
	for i, k := range t.Keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Decode returns the rows of t as values of T, a struct whose fields of type
// Cell tagged `csv:"key"` are filled, in one pass, with the cell under that
// (canonical) key, position included: a row is decoded once, from its
// cells, into a typed value that still says where each of its values
// stands. A key the table lacks gives a blank Cell on the row's line.
//
// It is not gocsv: gocsv takes records as []string (CSVReader,
// Decoder.GetCSVRows, SimpleDecoder.GetCSVRow) and hands each field a
// string (TypeUnmarshaller.UnmarshalCSV(string)), so a field decoded by
// gocsv cannot know its line and column, and the cells would have to be
// copied out into records first.
//
// T is a programmer's type: Decode panics if a tagged field is not a Cell.
func Decode[T any](t *Table) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		var out T
		v := reflect.ValueOf(&out).Elem()
		type bind struct {
			dst *Cell
			col int
		}
		var binds []bind
		for i := range v.NumField() {
			f := v.Type().Field(i)
			key, ok := f.Tag.Lookup("csv")
			if !ok || key == "-" {
				continue
			}
			dst, ok := v.Field(i).Addr().Interface().(*Cell)
			if !ok {
				panic("csvfile.Decode: field " + f.Name + " of " + v.Type().String() + " is not a Cell")
			}
			binds = append(binds, bind{dst, t.Column(key)})
		}
		i := 0
		for r := range t.Each() {
			for _, b := range binds {
				if b.col >= 0 && b.col < len(r.Cells) {
					*b.dst = r.Cells[b.col]
				} else {
					*b.dst = Cell{Line: r.Line}
				}
			}
			if !yield(i, out) {
				return
			}
			i++
		}
	}
}

// NormalizeKey turns a header name into a stable key: lower case, Vietnamese
// diacritics stripped (đ becomes d), every run of characters other than
// letters and digits (spaces, hyphens, dots, brackets, …) becomes one "_",
// with none at the ends, and "%" becomes the word "pct" (so that "2021 (%)"
// differs from "2021"): "  Giá trị " → "gia_tri", "Mã chỉ tiêu" →
// "ma_chi_tieu", "Tỷ lệ (%)" → "ty_le_pct".
func NormalizeKey(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		if r == '%' {
			// "2021 (%)" and "2021" are different columns: the sign is a word.
			if b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteString("pct")
			gap = true
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			gap = true
		}
	}
	return b.String()
}

// ---- decoding ----

// decode returns the file's text and the name of its encoding. bad counts
// the bytes that are not UTF-8 in a file that is otherwise UTF-8: each one is
// in the text as the rune badByteRune+byte, for Read to place in its cell.
func decode(file string, data []byte, diags *diag.List) (text, enc string, bad int, ok bool) {
	fail := func(key string) (string, string, int, bool) {
		diags.Add(diag.Make(diag.Error, key, nil).At(file, 0, 0, ""))
		return "", "", 0, false
	}
	if len(data) == 0 {
		diags.Add(diag.Make(diag.Error, keyZeroBytes, nil).At(file, 0, 0, ""))
		return "", "", 0, false
	}
	if code := otherFormat(data); code != "" {
		diags.Add(diag.Make(diag.Error, code, nil).At(file, 0, 0, ""))
		return "", "", 0, false
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")) {
		return fail(CodeNotCSV)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		// The byte-order mark says UTF-8: every byte that is not is an error.
		text, bad = markBadBytes(data[3:])
		enc = "UTF-8 BOM"
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		le := data[0] == 0xFF
		enc = "UTF-16BE"
		if le {
			enc = "UTF-16LE"
		}
		var ok bool
		text, ok = decodeUTF16(data[2:], le)
		if !ok {
			return fail(keyBrokenUTF16)
		}
	case bytes.IndexByte(data, 0) >= 0:
		return fail(keyZeroByte)
	case utf8.Valid(data):
		text, enc = string(data), "UTF-8"
	case hasVietnameseUTF8(data):
		// UTF-8 with a few stray bytes (text pasted from an old encoding, a
		// damaged file): reading the whole file as Windows-1258 would publish
		// every accented letter of it as mojibake (“Tá»•ng”).
		text, bad = markBadBytes(data)
		enc = "UTF-8"
	default:
		dec, err := charmap.Windows1258.NewDecoder().Bytes(data)
		if err != nil || !looksVietnamese(string(dec)) {
			if hasMultiByteUTF8(data) {
				// Not Vietnamese in Windows-1258, but UTF-8 for a part
				// (“Café” with a stray byte): place the stray bytes.
				text, bad = markBadBytes(data)
				enc = "UTF-8"
				break
			}
			return fail(CodeEncoding)
		}
		text, enc = string(dec), "Windows-1258"
		diags.Add(diag.Make(diag.Warning, CodeConverted, nil).At(file, 0, 0, ""))
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	return text, enc, bad, true
}

// otherFormat recognises a file of another kind saved under a .csv name, by
// its first bytes, and returns the code that says which; "" for text. (Excel
// workbooks, .xlsx and .xls, keep their older message in decode.)
func otherFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return CodePDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) && len(data) >= 30:
		// An OpenDocument file stores its type first, uncompressed, as
		// the member "mimetype" (ODF 1.2 part 3, 3.3).
		if n := int(data[26]) | int(data[27])<<8; n == len("mimetype") && string(data[30:min(len(data), 30+n)]) == "mimetype" {
			extra := int(data[28]) | int(data[29])<<8
			if rest := data[min(len(data), 30+n+extra):]; bytes.HasPrefix(rest, []byte("application/vnd.oasis.opendocument.spreadsheet")) {
				return CodeODS
			}
		}
	}
	head := bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head[:min(len(head), 1024)], " \t\r\n")
	head = bytes.ToLower(head[:min(len(head), 16)])
	for _, p := range []string{"<html", "<!doctype html", "<table"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return CodeHTML
		}
	}
	return ""
}

// badByteRune + b stands in the decoded text for a byte b that is not UTF-8
// (b ≥ 0x80): a private-use code point no spreadsheet writes, outside every
// separator and quote, so that the scanner carries it into the cell where
// the byte stood.
const badByteRune = 0x10FF00

// markBadBytes decodes data as UTF-8, replacing each byte that is not part
// of a valid sequence by badByteRune+byte; bad counts them.
func markBadBytes(data []byte) (text string, bad int) {
	var b strings.Builder
	b.Grow(len(data) + 16)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(badByteRune + rune(data[0]))
			bad++
		} else {
			b.Write(data[:n])
		}
		data = data[n:]
	}
	return b.String(), bad
}

// hasVietnameseUTF8 reports whether data holds, as a valid multi-byte UTF-8
// sequence, a letter or tone mark of Vietnamese. Then the file is UTF-8 with
// stray bytes, never Windows-1258, because a Windows-1258 file cannot hold
// one by chance: a valid sequence needs a byte C2–F4 followed by bytes
// 80–BF. The 2-byte Vietnamese letters are C3 xx, C4 xx, C5 xx and C6 xx, in
// Windows-1258 Ă, Ä, Å or Æ followed by a sign (“”’…–€ …): Ä Å Æ are no
// Vietnamese letters and Ă never ends a syllable (its tone mark, C0 or
// above, follows it). The 3-byte letters (ạ…ỹ, E1 BA/BB xx) would be á
// followed by two signs “º»”/“»”; the tone marks (CC 80…CC A3) a Windows-1258
// combining grave followed by a sign. So a Windows-1258 file of Vietnamese
// text has none, and a UTF-8 one of Vietnamese text has many.
func hasVietnameseUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if n > 1 && isVietnameseRune(r) {
			return true
		}
		i += n
	}
	return false
}

// hasMultiByteUTF8 reports whether data holds any valid multi-byte UTF-8
// sequence.
func hasMultiByteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if n > 1 && r != utf8.RuneError {
			return true
		}
		i += n
	}
	return false
}

const vietnameseLetters = "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

func isVietnameseRune(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return strings.ContainsRune(vietnameseLetters, unicode.ToLower(r))
}

// reportBadBytes says in which cells the bytes that are not UTF-8 stand,
// MaxBadBytes places at most, each with its bytes in hex and the text
// around them; total is how many bytes there are in the file.
func reportBadBytes(file string, records []record, total int, diags *diag.List) {
	places := 0
	for _, r := range records {
		for col, f := range r.fields {
			if !strings.ContainsFunc(f.raw, isBadByteRune) {
				continue
			}
			if places == MaxBadBytes {
				return
			}
			places++
			var hex []string
			for _, c := range f.raw {
				if isBadByteRune(c) {
					hex = append(hex, fmt.Sprintf("0x%02X", c-badByteRune))
				}
			}
			shown := strings.Map(func(c rune) rune {
				if isBadByteRune(c) {
					return utf8.RuneError
				}
				return c
			}, f.raw)
			diags.Add(diag.Make(diag.Error, CodeBadByte, diag.Args{
				"bytes": strings.Join(hex, " "), "context": around(shown, utf8.RuneError, 20), "total": total,
			}).At(file, f.line, col+1, clean(shown)))
		}
	}
	if places == 0 {
		// Cannot happen: every byte of the text is in a field. Still, say it.
		diags.Add(diag.Make(diag.Error, keyBrokenUTF8, nil).At(file, 0, 0, ""))
	}
}

func isBadByteRune(r rune) bool { return r >= badByteRune+0x80 && r <= badByteRune+0xFF }

// around returns the text of s around its first rune mark: n characters
// each side at most, on one line, with "…" where it was cut.
func around(s string, mark rune, n int) string {
	rs := []rune(strings.Join(strings.Fields(s), " "))
	i := slices.Index(rs, mark)
	if i < 0 {
		i = 0
	}
	from, to := max(0, i-n), min(len(rs), i+n+1)
	out := string(rs[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(rs) {
		out += "…"
	}
	return out
}

func decodeUTF16(b []byte, le bool) (string, bool) {
	if len(b)%2 != 0 {
		return "", false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] >= 0xD800 && u[i] < 0xDC00:
			if i+1 >= len(u) || u[i+1] < 0xDC00 || u[i+1] > 0xDFFF {
				return "", false
			}
			i++
		case u[i] >= 0xDC00 && u[i] <= 0xDFFF:
			return "", false
		case u[i] == 0:
			return "", false
		}
	}
	return string(utf16.Decode(u)), true
}

// looksVietnamese reports whether s, decoded as Windows-1258, is plausible
// Vietnamese text: no control characters or undefined bytes, and at least one
// letter or tone mark found only in Vietnamese.
func looksVietnamese(s string) bool {
	viet := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7F, r >= 0x80 && r < 0xA0:
			return false
		case strings.ContainsRune("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323", r):
			viet = true
		}
	}
	return viet
}

// ---- scanning ----

type field struct {
	raw  string
	text string // clean(raw)
	line int
}

type record struct {
	line   int
	fields []field
}

func (r record) empty() bool {
	for _, f := range r.fields {
		if f.text != "" {
			return false
		}
	}
	return true
}

// clean trims s and puts it in NFC. Text of ASCII alone (most cells: the
// numbers, the ids) is its own NFC, and is only trimmed.
func clean(s string) string {
	if isASCII(s) {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(norm.NFC.String(s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// unguard removes the apostrophe that guards a cell against being run as a
// formula: "'- Trong đó: nữ" is "- Trong đó: nữ". Downloads of chitieu (and
// other tools that defend against CSV injection) put it before a text that
// starts with = + - @ tab or carriage return, and Excel does not count it as
// part of the text either; without this a download read back would no
// longer match its series. An apostrophe before anything else is kept.
func unguard(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte("=+-@\t\r", s[1]) >= 0 {
		return strings.TrimSpace(s[1:])
	}
	return s
}

type scanner struct {
	file  string
	s     string
	pos   int
	line  int
	sep   byte
	diags *diag.List
	// cleaned holds clean of the short fields that are not ASCII, the
	// first maxCleaned of them: an export writes the same few series
	// names, with their Vietnamese letters, on millions of rows, and
	// putting them in NFC was a seventh of reading it. nil: none kept.
	cleaned map[string]string
}

// scanner.clean remembers maxCleaned fields of maxCleanedLen bytes at most.
const (
	maxCleaned    = 1 << 12
	maxCleanedLen = 128
)

// clean is clean(s), remembered for short text that is not ASCII.
func (sc *scanner) clean(s string) string {
	if sc.cleaned == nil || len(s) > maxCleanedLen || isASCII(s) {
		return clean(s)
	}
	if c, ok := sc.cleaned[s]; ok {
		return c
	}
	c := clean(s)
	if len(sc.cleaned) < maxCleaned {
		sc.cleaned[s] = c
	}
	return c
}

// detectSeparator handles an Excel "sep=X" first line, then counts ',', ';'
// and tabs outside quotes on the first non-blank line; the most frequent one
// wins (ties: tab, then ';', then ','). A single-column file gets ','.
func (sc *scanner) detectSeparator() byte {
	s := sc.s
	if len(s) >= 5 && strings.EqualFold(s[:4], "sep=") && strings.ContainsRune(",;\t", rune(s[4])) {
		rest := s[5:]
		if rest == "" || rest[0] == '\r' || rest[0] == '\n' {
			sep := s[4]
			sc.pos = 5
			if strings.HasPrefix(rest, "\r\n") {
				sc.pos += 2
			} else if rest != "" {
				sc.pos++
			}
			if rest != "" {
				sc.line = 2
			}
			return sep
		}
	}
	counts := map[byte]int{}
	inQuote, content := false, false
	for i := sc.pos; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			inQuote = !inQuote
			content = true
		case inQuote:
		case c == '\r' || c == '\n':
			if content {
				i = len(s)
			}
		case c == ',' || c == ';' || c == '\t':
			counts[c]++
			content = true
		case c != ' ':
			content = true
		}
	}
	best, n := byte(','), 0
	for _, c := range []byte{'\t', ';', ','} {
		if counts[c] > n {
			best, n = c, counts[c]
		}
	}
	return best
}

// errorAt reports a problem, unless sc.diags is nil (a record read again).
func (sc *scanner) errorAt(line, col int, key, value string, args diag.Args) {
	if sc.diags == nil {
		return
	}
	sc.diags.Add(diag.Make(diag.Error, key, args).At(sc.file, line, col, value))
}

// all splits the text into records.
func (sc *scanner) all() []record {
	var recs []record
	for sc.pos < len(sc.s) {
		recs = append(recs, sc.record(nil))
	}
	return recs
}

// isEnd reports whether c ends an unquoted field.
func (sc *scanner) isEnd(c byte) bool { return c == sc.sep || c == '\r' || c == '\n' }

// bare reads an unquoted field from sc.pos.
func (sc *scanner) bare() string {
	start := sc.pos
	for sc.pos < len(sc.s) && !sc.isEnd(sc.s[sc.pos]) {
		sc.pos++
	}
	return sc.s[start:sc.pos]
}

// record reads the next record, its fields appended to buf.
func (sc *scanner) record(buf []field) record {
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
		f.text = sc.clean(f.raw)
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
func (sc *scanner) newline() {
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
func (sc *scanner) quoted(q, col int) string {
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
func (sc *scanner) unclosed(q, col int) string {
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

// ---- building the table ----

// builder makes the table's header, then the cells of its rows.
type builder struct {
	t     *Table
	diags *diag.List
	width int   // fields of the header
	keep  []int // the header fields that are columns
	// unnamed: for each empty header field, the first value under it, to
	// report when the rows are done (in the order of the columns).
	unnamed map[int]field
}

func newBuilder(t *Table, head record, diags *diag.List) *builder {
	b := &builder{t: t, diags: diags, width: len(head.fields), unnamed: map[int]field{}}
	t.HeaderLine = head.line
	first := map[string]int{}
	for i, f := range head.fields {
		name := f.text
		if name == "" {
			b.unnamed[i] = field{}
			continue
		}
		key := NormalizeKey(name)
		if key == "" {
			b.add(f.line, i+1, CodeBadName, name, diag.Args{"name": name})
		} else if j, dup := first[key]; dup {
			b.add(f.line, i+1, CodeDuplicate, name, diag.Args{"name": name, "col": j + 1, "other": head.fields[j].text})
		} else {
			first[key] = i
		}
		b.keep = append(b.keep, i)
		t.Header = append(t.Header, Cell{Text: name, Line: f.line, Col: i + 1})
		t.Keys = append(t.Keys, key)
	}
	return b
}

func (b *builder) add(line, col int, key, value string, args diag.Args) {
	b.diags.Add(diag.Make(diag.Error, key, args).At(b.t.File, line, col, value))
}

// row appends to cells the cells of a data record that is not empty, one
// per column, and reports its problems if report is set.
func (b *builder) row(r record, cells []Cell, report bool) []Cell {
	if report {
		for i, f := range b.unnamed {
			if f.text == "" && i < len(r.fields) && r.fields[i].text != "" {
				b.unnamed[i] = r.fields[i]
			}
		}
		for i := b.width; i < len(r.fields); i++ {
			if v := r.fields[i].text; v != "" {
				b.add(r.fields[i].line, i+1, CodeTooManyCells, v, diag.Args{"col": i + 1, "width": b.width})
				break
			}
		}
	}
	last := r.fields[len(r.fields)-1].line
	for _, i := range b.keep {
		if i < len(r.fields) {
			cells = append(cells, Cell{Text: unguard(r.fields[i].text), Line: r.fields[i].line, Col: i + 1})
		} else {
			cells = append(cells, Cell{Line: last, Col: i + 1})
		}
	}
	return cells
}

// done reports the values found under empty header cells.
func (b *builder) done() {
	cols := make([]int, 0, len(b.unnamed))
	for i := range b.unnamed {
		cols = append(cols, i)
	}
	slices.Sort(cols)
	for _, i := range cols {
		if f := b.unnamed[i]; f.text != "" {
			b.add(f.line, i+1, CodeUnnamed, f.text, diag.Args{"col": i + 1, "line": b.t.HeaderLine})
		}
	}
}
