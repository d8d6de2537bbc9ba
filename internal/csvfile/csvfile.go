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
// The records are read by encoding/csv (quoting, field positions); reader
// adds what it does not do: lone CR line ends, the separator (sniffed, or
// an Excel "sep=" line), spaces typed around a quoted field, and reading
// on after a misplaced or unclosed quote, which is reported at its cell
// while the following cells and rows are still read and checked.
package csvfile

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
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
	Rows       []Row    // data rows; wholly empty rows are dropped
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

// Read reads one exported CSV file. Problems are added to diags with their
// position. It returns nil only when the file cannot be read at all (an
// Error was added); otherwise the table holds everything that could be read,
// even when errors were reported. A header without data rows is not an error.
func Read(file string, data []byte, diags *diag.List) *Table {
	if diags == nil {
		diags = &diag.List{}
	}
	text, enc, bad, ok := decode(file, data, diags)
	if !ok {
		return nil
	}
	r := newReader(file, text, diags)
	if bad > 0 {
		// A UTF-8 file with bytes that are not UTF-8: say in which cells,
		// and publish nothing of it.
		reportBadBytes(file, r.all(), bad, diags)
		return nil
	}
	// One record at a time, into one buffer: a file of millions of rows is
	// held once, as its text and its cells.
	rec, ok := r.next(nil)
	for ok && rec.empty() {
		rec, ok = r.next(rec.fields[:0])
	}
	if !ok {
		diags.Add(diag.Make(diag.Error, CodeEmpty, nil).At(file, 0, 0, ""))
		return nil
	}
	t := &Table{File: file, Encoding: enc, Separator: rune(r.sep)}
	b := newBuilder(t, rec, lineEnds(text), diags)
	var buf []field
	for {
		row, ok := r.next(buf[:0])
		if !ok {
			break
		}
		buf = row.fields
		if !row.empty() {
			b.row(row)
		}
	}
	b.done()
	return t
}

// lineEnds counts the line ends of text, a bound on its records.
func lineEnds(text string) int {
	return max(strings.Count(text, "\n"), strings.Count(text, "\r"))
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
		for i, r := range t.Rows {
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

// ---- reading records ----

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

func clean(s string) string { return strings.TrimSpace(norm.NFC.String(s)) }

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

// detectSeparator handles an Excel "sep=X" first line of s, then counts ','
// ';' and tabs outside quotes on the first non-blank line; the most frequent
// one wins (ties: tab, then ';', then ','). A single-column file gets ','.
// pos and line are where the records start: after a "sep=" line, line 2.
func detectSeparator(s string) (sep byte, pos, line int) {
	if len(s) >= 5 && strings.EqualFold(s[:4], "sep=") && strings.ContainsRune(",;\t", rune(s[4])) {
		rest := s[5:]
		if rest == "" || rest[0] == '\r' || rest[0] == '\n' {
			pos, line = 5, 1
			if strings.HasPrefix(rest, "\r\n") {
				pos += 2
			} else if rest != "" {
				pos++
			}
			if rest != "" {
				line = 2
			}
			return s[4], pos, line
		}
	}
	counts := map[byte]int{}
	inQuote, content := false, false
	for i := 0; i < len(s); i++ {
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
	return best, 0, 1
}

// loneCRToLF turns every CR that no LF follows into an LF: the old Mac line
// end, which encoding/csv does not take for one (it only drops a CR before
// an LF). Offsets and line numbers stay the same.
func loneCRToLF(s string) string {
	var b []byte
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], '\r')
		if j < 0 {
			break
		}
		i += j
		if i+1 < len(s) && s[i+1] == '\n' {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		b[i] = '\n'
	}
	if b == nil {
		return s
	}
	return string(b)
}

// reader reads the records of a text with encoding/csv, which does the
// quoting (separators, doubled quotes and line breaks inside quotes, CRLF)
// and says where each field starts (FieldPos). On top of it reader does what
// encoding/csv does not: lone CR line ends (loneCRToLF), spaces typed around
// a quoted field, and reading on after a quoting mistake. encoding/csv stops
// a record at the first misplaced quote (ErrBareQuote, ErrQuote) and reads a
// quote never closed to the end of the file; reader then reports the
// mistake at its cell, reads that one field the way a clerk sees it (see
// mend) and starts encoding/csv again right after it, so that the following
// cells and lines are still read and checked.
type reader struct {
	file  string
	s     string // the text, lone CRs turned into LFs
	sep   byte
	diags *diag.List
	src   source
	br    *bufio.Reader // reads src, for csv
	csv   *csv.Reader   // reads s[from:]
	from  int           // where csv started in s
	line0 int           // the line of s[from]
	n0    int           // csv's number for that line
	read  int           // lines csv read when it stopped at a mistake; -1: to the end
	// cur is the offset of the start of line curLine: lineStart moves it
	// one line at a time as the records go.
	cur, curLine int
}

// source is the text from i, for encoding/csv. Right after a restart it
// gives the rest of the line alone, so that reading on after a mistake in a
// long line does not copy more than that line.
type source struct {
	s    string
	i    int
	line bool
}

// Read implements io.Reader.
func (src *source) Read(p []byte) (int, error) {
	if src.i >= len(src.s) {
		return 0, io.EOF
	}
	end := len(src.s)
	if src.line {
		if j := strings.IndexByte(src.s[src.i:], '\n'); j >= 0 {
			end = src.i + j + 1
		}
		src.line = false
	}
	n := copy(p, src.s[src.i:end])
	src.i += n
	return n, nil
}

// newReader returns a reader of text (as decoded), which reports to diags
// the mistakes it reads on after.
func newReader(file, text string, diags *diag.List) *reader {
	s := loneCRToLF(text)
	sep, pos, line := detectSeparator(s)
	r := &reader{file: file, s: s, sep: sep, diags: diags, src: source{s: s}, curLine: 1}
	r.br = bufio.NewReaderSize(&r.src, 64<<10)
	r.restart(pos, line, -1)
	return r
}

// restart has csv read on from offset off of the text, on line line, after
// it read n lines; a new csv.Reader if n < 0.
func (r *reader) restart(off, line, n int) {
	r.src.i, r.src.line = off, off > 0 && r.s[off-1] != '\n'
	r.br.Reset(&r.src)
	if n < 0 {
		r.csv = csv.NewReader(r.br)
		r.csv.Comma = rune(r.sep)
		r.csv.FieldsPerRecord = -1
		r.csv.ReuseRecord = true
		n = 0
	}
	r.from, r.line0, r.n0 = off, line, n+1
}

// lineStart returns the offset where line n starts.
func (r *reader) lineStart(n int) int {
	for r.curLine < n {
		i := strings.IndexByte(r.s[r.cur:], '\n')
		if i < 0 {
			return len(r.s)
		}
		r.cur += i + 1
		r.curLine++
	}
	for r.curLine > n {
		r.cur = strings.LastIndexByte(r.s[:r.cur-1], '\n') + 1
		r.curLine--
	}
	return r.cur
}

// at returns the line and the offset in the text of line l, column c (a
// byte column) of r.csv.
func (r *reader) at(l, c int) (line, off int) {
	line = r.line0 + l - r.n0
	if l == r.n0 {
		return line, r.from + c - 1
	}
	return line, r.lineStart(line) + c - 1
}

// shared returns v, the value of the field at offset off, as a part of the
// text when the text holds it as is (no doubled quote, no CRLF inside): the
// table then holds the text once, and not also every record encoding/csv
// copies out.
func (r *reader) shared(off int, v string) string {
	if off == len(r.s) || r.s[off] != '"' {
		return r.s[off : off+len(v)] // encoding/csv copies an unquoted field as is
	}
	if strings.HasPrefix(r.s[off+1:], v) {
		return r.s[off+1 : off+1+len(v)]
	}
	return v
}

// rawEnd returns where the field at offset off, of value v, ends in the
// text: after its closing quote if it is quoted.
func (r *reader) rawEnd(off int, v string) int {
	if r.s[off] != '"' {
		return off + len(v)
	}
	i := off + 1
	for j := range len(v) {
		if v[j] == '"' || v[j] == '\n' && r.s[i] == '\r' {
			i++ // "" for ", CRLF for LF
		}
		i++
	}
	return i + 1
}

func (r *reader) add(rec *record, f field) {
	if len(rec.fields) == 0 {
		rec.line = f.line
	}
	f.text = clean(f.raw)
	rec.fields = append(rec.fields, f)
}

func (r *reader) errorAt(line, col int, key, value string, args diag.Args) {
	r.diags.Add(diag.Make(diag.Error, key, args).At(r.file, line, col, value))
}

// next reads the next record, its fields appended to buf; false at the end
// of the text. Blank lines are skipped.
func (r *reader) next(buf []field) (record, bool) {
	rec := record{fields: buf}
	for {
		vals, err := r.csv.Read()
		if err == io.EOF {
			return rec, len(rec.fields) > 0
		}
		for i, v := range vals {
			line, off := r.at(r.csv.FieldPos(i))
			r.add(&rec, field{raw: r.shared(off, v), line: line})
		}
		// Read gives a *ParseError, or nil: the text is in memory.
		if pe, ok := err.(*csv.ParseError); !ok || !r.mend(&rec, vals, pe) {
			return rec, true
		}
	}
}

// all reads every record.
func (r *reader) all() []record {
	var recs []record
	for {
		rec, ok := r.next(nil)
		if !ok {
			return recs
		}
		recs = append(recs, rec)
	}
}

// fieldEnd returns where the unquoted text from i ends: at a separator, a
// line end or the end of the text.
func (r *reader) fieldEnd(i int) int {
	for i < len(r.s) && r.s[i] != r.sep && r.s[i] != '\r' && r.s[i] != '\n' {
		i++
	}
	return i
}

// mend reads the field encoding/csv stopped at (pe), after the fields vals
// it read before it (the last ones of rec), reports its mistake and starts
// encoding/csv again after it; it reports whether the record goes on. The
// field is read as follows.
//   - A quote in a field that does not start with one (ErrBareQuote): after
//     spaces only, it opens a quoted field; otherwise the field is its text
//     up to the next separator, quote included, and the quote is reported
//     (CodeBadQuote).
//   - A quoted field whose closing quote is followed by more than spaces
//     (ErrQuote): if it did not run over a line break, the field is its
//     text followed by the rest (keyAfterQuote); if it did, that "closing"
//     quote opens a cell of a later row, and the first quote was never
//     closed: the cell is the rest of its line (CodeOpenQuote), and the
//     record ends there.
//   - A quoted field that runs to the end of the text (ErrQuote at the end)
//     was never closed either: the same.
func (r *reader) mend(rec *record, vals []string, pe *csv.ParseError) bool {
	s := r.s
	line, q := r.at(pe.Line, pe.Column)
	col := len(rec.fields) + 1
	// csv read up to the line of the mistake, but for a quote that runs to
	// the end of the text (then a new csv.Reader reads on).
	r.read = pe.Line
	if pe.Err == csv.ErrBareQuote {
		// The field holds no separator: it starts after the last one before
		// the quote on its line.
		lo := r.from
		if pe.Line > r.n0 {
			lo = r.lineStart(line)
		}
		start := lo + strings.LastIndexByte(s[lo:q], r.sep) + 1
		if strings.TrimLeft(s[start:q], " ") == "" {
			r.restart(q, line, r.read)
			return true
		}
		end := r.fieldEnd(q)
		r.errorAt(line, col, CodeBadQuote, clean(s[start:end]), nil)
		r.add(rec, field{raw: s[start:end], line: line})
		return r.after(rec, end, line)
	}
	// The quoted field starts the record, or after the separator that
	// follows the last field read.
	openLine, open := r.at(pe.StartLine, 1)
	if n := len(vals); n > 0 {
		l, off := r.at(r.csv.FieldPos(n - 1))
		openLine, open = l+strings.Count(vals[n-1], "\n"), r.rawEnd(off, vals[n-1])+1
	}
	if q >= len(s) || s[q] != '"' {
		r.read = -1
	} else {
		// A closing quote followed by something else than a separator.
		val := strings.ReplaceAll(strings.ReplaceAll(s[open+1:q], `""`, `"`), "\r\n", "\n")
		j := q + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j == len(s) || s[j] == r.sep || s[j] == '\r' || s[j] == '\n' {
			// Spaces after the closing quote.
			r.add(rec, field{raw: r.shared(open, val), line: openLine})
			return r.after(rec, j, line)
		}
		if openLine == line {
			end := r.fieldEnd(j)
			rest := s[j:end]
			r.errorAt(line, col, keyAfterQuote, clean(val+rest), diag.Args{"rest": clean(rest)})
			r.add(rec, field{raw: val + rest, line: line})
			return r.after(rec, end, line)
		}
	}
	end := open + strings.IndexAny(s[open:]+"\n", "\r\n")
	r.errorAt(openLine, col, CodeOpenQuote, clean(s[open:end]), nil)
	r.add(rec, field{raw: s[open:end], line: openLine})
	r.restart(r.lineAfter(end), openLine+1, r.read)
	return false
}

// after goes on after a field that ends at end, on line line: after a
// separator with more on the line the record goes on (true); otherwise it
// ends with the line.
func (r *reader) after(rec *record, end, line int) bool {
	s := r.s
	if end < len(s) && s[end] == r.sep {
		end++
		if end < len(s) && s[end] != '\r' && s[end] != '\n' {
			r.restart(end, line, r.read)
			return true
		}
		r.add(rec, field{line: line}) // the empty field after a separator that ends the line
	}
	r.restart(r.lineAfter(end), line+1, r.read)
	return false
}

// lineAfter returns the offset after the line end at i (CRLF or LF; none
// at the end of the text).
func (r *reader) lineAfter(i int) int {
	if i < len(r.s) && r.s[i] == '\r' {
		i++
	}
	if i < len(r.s) && r.s[i] == '\n' {
		i++
	}
	return i
}

// ---- building the table ----

// builder makes the table's header, then its rows one at a time.
type builder struct {
	t     *Table
	diags *diag.List
	width int   // fields of the header
	keep  []int // the header fields that are columns
	// unnamed: for each empty header field, the first value under it, to
	// report when the rows are done (in the order of the columns).
	unnamed map[int]field
	chunk   []Cell // room for the cells of the next rows
}

// rowsPerChunk rows of cells are allocated at a time: no cell is copied as
// the table grows, and no more than a chunk is left unused.
const rowsPerChunk = 4096

func newBuilder(t *Table, head record, lines int, diags *diag.List) *builder {
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
	t.Rows = make([]Row, 0, lines)
	return b
}

func (b *builder) add(line, col int, key, value string, args diag.Args) {
	b.diags.Add(diag.Make(diag.Error, key, args).At(b.t.File, line, col, value))
}

// row adds a data record that is not empty.
func (b *builder) row(r record) {
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
	n := len(b.keep)
	if len(b.chunk) < n {
		b.chunk = make([]Cell, n*rowsPerChunk)
	}
	row := Row{Line: r.line, Cells: b.chunk[:n:n]}
	b.chunk = b.chunk[n:]
	last := r.fields[len(r.fields)-1].line
	for j, i := range b.keep {
		if i < len(r.fields) {
			row.Cells[j] = Cell{Text: unguard(r.fields[i].text), Line: r.fields[i].line, Col: i + 1}
		} else {
			row.Cells[j] = Cell{Line: last, Col: i + 1}
		}
	}
	b.t.Rows = append(b.t.Rows, row)
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
