package csvfile

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// TestEncodingCSVCannot runs encoding/csv, with the options that suit each
// case best, on exports our users make, and shows what it yields next to
// what Read yields: why the records are not read with encoding/csv (see the
// package comment).
func TestEncodingCSVCannot(t *testing.T) {
	tests := []struct {
		name string
		data string
		// encoding/csv, with FieldsPerRecord -1 and these options:
		lazy, trim bool
		sep        rune
		records    [][]string // what its Reads return (a partial record with an error)
		errs       []string   // "line:column error" of each ParseError
		// Read:
		rows  [][]string // cell texts
		lines []int      // Row.Line of each row
		diags []where
	}{
		{
			// LazyQuotes: the quote is read to the end of the file (without
			// it: ErrQuote at the end, and the same rows lost).
			name: "an unclosed quote swallows every later row", lazy: true, sep: ',',
			data:    "a,b\n1,\"x\n2,3\n4,5\n",
			records: [][]string{{"a", "b"}, {"1", "x\n2,3\n4,5\n"}},
			rows:    [][]string{{"1", "\"x"}, {"2", "3"}, {"4", "5"}}, lines: []int{2, 3, 4},
			diags: []where{{CodeOpenQuote, 2, 2, diag.Error}},
		},
		{
			name: "lone CR line ends (Excel for Mac) make one record", sep: ',',
			data:    "Mã,Ghi chú\rCT01,x\rCT02,y\r",
			records: [][]string{{"Mã", "Ghi chú\rCT01", "x\rCT02", "y"}},
			rows:    [][]string{{"CT01", "x"}, {"CT02", "y"}}, lines: []int{2, 3},
		},
		{
			// Strict: the record is lost, the later ones read; LazyQuotes
			// would read the quote on to the end of the file.
			name: "text after a closing quote loses the record", sep: ',',
			data:    "a,b\n\"x\"y,2\n3,4\n",
			records: [][]string{{"a", "b"}, {}, {"3", "4"}},
			errs:    []string{`2:3 extraneous or missing " in quoted-field`},
			rows:    [][]string{{"xy", "2"}, {"3", "4"}}, lines: []int{2, 3},
			diags: []where{{CodeBadQuote, 2, 1, diag.Error}},
		},
		{
			name: "a space after a closing quote is a mistake to it", sep: ';',
			data:    "a;b\n\"4,5\" ;2\n3;4\n",
			records: [][]string{{"a", "b"}, {}, {"3", "4"}},
			errs:    []string{`2:5 extraneous or missing " in quoted-field`},
			rows:    [][]string{{"4,5", "2"}, {"3", "4"}}, lines: []int{2, 3},
		},
		{
			// TrimLeadingSpace reads " \"x\"" as x, but trims a tab as a
			// space: the empty cell after it is gone, 3 moves to column b.
			name: "TrimLeadingSpace, for spaces before a quote, eats empty tab-separated cells", trim: true, sep: '\t',
			data:    "a\tb\tc\n \"x\"\t\t3\n",
			records: [][]string{{"a", "b", "c"}, {"x", "3"}},
			rows:    [][]string{{"x", "", "3"}}, lines: []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cr := csv.NewReader(strings.NewReader(tt.data))
			cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes, cr.TrimLeadingSpace = tt.sep, -1, tt.lazy, tt.trim
			var records [][]string
			var errs []string
			for {
				rec, err := cr.Read()
				if err == io.EOF {
					break
				}
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					errs = append(errs, fmt.Sprintf("%d:%d %v", pe.Line, pe.Column, pe.Err))
				} else if err != nil {
					t.Fatal(err)
				}
				records = append(records, append([]string{}, rec...))
			}
			if !reflect.DeepEqual(records, tt.records) || !reflect.DeepEqual(errs, tt.errs) {
				t.Errorf("encoding/csv: %q %q, want %q %q", records, errs, tt.records, tt.errs)
			}

			var dl diag.List
			tab := Read("x.csv", []byte(tt.data), &dl)
			if tab == nil {
				t.Fatalf("Read = nil: %v", codes(&dl))
			}
			var rows [][]string
			var lines []int
			for _, r := range tab.Rows {
				var texts []string
				for _, cell := range r.Cells {
					texts = append(texts, cell.Text)
				}
				rows, lines = append(rows, texts), append(lines, r.Line)
			}
			var got []where
			for _, d := range dl.Items() {
				got = append(got, where{d.Code, d.Line, d.Col, d.Severity})
			}
			if !reflect.DeepEqual(rows, tt.rows) || !reflect.DeepEqual(lines, tt.lines) || !reflect.DeepEqual(got, tt.diags) {
				t.Errorf("Read: %q at %v %+v, want %q at %v %+v", rows, lines, got, tt.rows, tt.lines, tt.diags)
			}
		})
	}
}
