package csvfile

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

// placed renders the diagnostics of l as "code line:col", sorted by
// position.
func placed(l *diag.List) []string {
	var out []string
	for _, d := range l.Items() {
		out = append(out, fmt.Sprintf("%s %d:%d", d.Code, d.Line, d.Col))
	}
	return out
}

// TestOpen: a table Open'ed gives, through Each, the rows Read gives, as
// often as it is read and wherever an earlier reading stopped, and reports
// each problem of its rows once.
func TestOpen(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		rows  []Row
		diags []string
	}{
		{
			name: "clean",
			text: "ma,gia_tri\nA,1\n\nB,2\n",
			rows: []Row{{2, []Cell{c("A", 2, 1), c("1", 2, 2)}}, {4, []Cell{c("B", 4, 1), c("2", 4, 2)}}},
		},
		{
			name: "a problem in every row, and one found at the end",
			text: "ma,,gia_tri\nA,x,1\"\nB,,2,3\n\"C,,\n",
			rows: []Row{
				{2, []Cell{c("A", 2, 1), c("1\"", 2, 3)}},
				{3, []Cell{c("B", 3, 1), c("2", 3, 3)}},
				{4, []Cell{c("\"C,,", 4, 1), {Line: 4, Col: 3}}},
			},
			diags: []string{CodeUnnamed + " 2:2", CodeBadQuote + " 2:3", CodeTooManyCells + " 3:4", CodeOpenQuote + " 4:1"},
		},
		{
			name: "a cell over two lines",
			text: "ma;ghi_chu\n\"A\";\"x\ny\"\nB;\n",
			rows: []Row{{2, []Cell{c("A", 2, 1), c("x\ny", 2, 2)}}, {4, []Cell{c("B", 4, 1), c("", 4, 2)}}},
		},
		{
			name: "a header alone",
			text: "ma,gia_tri\n\n",
		},
	}
	for _, tt := range tests {
		var read diag.List
		whole := Read("x.csv", []byte(tt.text), &read)
		if whole == nil || !reflect.DeepEqual(whole.Rows, rowsOrNil(tt.rows)) || !reflect.DeepEqual(placed(&read), tt.diags) {
			t.Errorf("%s: Read gives %+v, %v; want %+v, %v", tt.name, whole, placed(&read), tt.rows, tt.diags)
			continue
		}
		// Stopped after k rows, then read whole twice.
		for k := 0; k <= len(tt.rows); k++ {
			var dl diag.List
			tab := Open("x.csv", []byte(tt.text), &dl)
			if tab == nil || tab.Rows != nil || !reflect.DeepEqual(tab.Header, whole.Header) || tab.HeaderLine != whole.HeaderLine {
				t.Fatalf("%s: Open gives %+v", tt.name, tab)
			}
			n := 0
			for range tab.Each() {
				if n == k {
					break
				}
				n++
			}
			for pass := range 2 {
				var got []Row
				for r := range tab.Each() {
					got = append(got, Row{r.Line, append([]Cell(nil), r.Cells...)})
				}
				if !reflect.DeepEqual(got, tt.rows) {
					t.Errorf("%s, stopped after %d, pass %d: rows %+v, want %+v", tt.name, k, pass, got, tt.rows)
				}
			}
			if got := placed(&dl); !reflect.DeepEqual(got, tt.diags) {
				t.Errorf("%s, stopped after %d: diagnostics %v, want %v", tt.name, k, got, tt.diags)
			}
		}
	}
}

func rowsOrNil(rows []Row) []Row {
	if rows == nil {
		return []Row{}
	}
	return rows
}

// TestOpenReusesCells: reading an Open'ed table again allocates nothing
// per row (the cells of a row are reused by the next), so that a file of
// millions of rows can be read twice.
func TestOpenReusesCells(t *testing.T) {
	text := "ma,ky,chuoi,gia_tri\n"
	for i := range 1000 {
		text += fmt.Sprintf("id-%d,2021,Tổng số,%d\n", i%7, i)
	}
	tab := Open("x.csv", []byte(text), &diag.List{})
	rows := 0
	allocs := testing.AllocsPerRun(5, func() {
		rows = 0
		for range tab.Each() {
			rows++
		}
	})
	if rows != 1000 || allocs > 10 {
		t.Errorf("%d rows in %v allocations a reading, want 1000 rows in at most 10", rows, allocs)
	}
}

// TestOpenRemembersCleanText: the NFC form of a field remembered from an
// earlier row (or reading) is the one of the field itself, before and
// after maxCleaned fields are remembered, and for a long field.
func TestOpenRemembersCleanText(t *testing.T) {
	long := strings.Repeat("Tru\u031bo\u031b\u0300ng ", 20) // NFD, over maxCleanedLen bytes
	var b strings.Builder
	b.WriteString("ma,chuoi\n")
	for i := range maxCleaned + 100 {
		// decomposed, as macOS writes: "a" and a combining tilde
		fmt.Fprintf(&b, "A, Xa\u0303 %d \nB,Xa\u0303 %d\nC,%s\n", i, i, long)
	}
	tab := Open("x.csv", []byte(b.String()), &diag.List{})
	for pass := range 2 {
		i := 0
		for r := range tab.Each() {
			want := fmt.Sprintf("Xã %d", i/3)
			if i%3 == 2 {
				want = strings.TrimSpace(strings.Repeat("Trường ", 20))
			}
			if got := r.Cells[1].Text; got != want {
				t.Fatalf("pass %d, line %d: %q, want %q", pass, r.Line, got, want)
			}
			i++
		}
		if i != 3*(maxCleaned+100) {
			t.Errorf("pass %d: %d rows", pass, i)
		}
	}
}
