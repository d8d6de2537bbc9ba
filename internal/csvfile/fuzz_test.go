package csvfile

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tayson/chitieu/internal/diag"
)

var lineEnd = regexp.MustCompile(`\r\n|\r|\n`)

func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"", "a,b\n1,\"x\n2,3\n", "a,b\n\"x\"y,2\n", "sep=;\r\na;b\r\n1;2", "a,,b\n1,x,2\n", "a,b\n1,2,3\n",
		"Caf\xe9\n", "\xff\xfe", "\xfe\xff\x00a", "a\r\r\n\"\r\n\"\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var dl diag.List
		tab := Read("f.csv", data, &dl)
		for _, d := range dl.Items() {
			if d.File != "f.csv" || d.Code == "" || d.What.VI == "" || d.What.EN == "" || d.Line < 0 || d.Col < 0 {
				t.Fatalf("bad diagnostic %+v", d)
			}
		}
		if tab == nil {
			if !dl.HasErrors() {
				t.Fatal("nil table without an error")
			}
			return
		}
		if len(tab.Header) != len(tab.Keys) || tab.Separator != ',' && tab.Separator != ';' && tab.Separator != '\t' {
			t.Fatalf("header %d keys %d sep %q", len(tab.Header), len(tab.Keys), tab.Separator)
		}
		for i, h := range tab.Header {
			if h.Text == "" || tab.Keys[i] != NormalizeKey(h.Text) || h.Line < tab.HeaderLine {
				t.Fatalf("header cell %+v key %q", h, tab.Keys[i])
			}
		}
		// Positions of plain UTF-8 files (no quotes, no BOM) can be checked
		// against the physical lines.
		var lines []string
		plain := utf8.Valid(data) && !strings.ContainsAny(string(data), "\"\uFEFF\x00") && tab.Encoding == "UTF-8"
		if plain {
			lines = lineEnd.Split(string(data), -1)
		}
		prev := tab.HeaderLine
		for _, r := range tab.Rows {
			if len(r.Cells) != len(tab.Keys) || r.Line <= prev {
				t.Fatalf("row %+v after line %d", r, prev)
			}
			prev = r.Line
			for i, cell := range r.Cells {
				if cell.Line < r.Line || cell.Col != tab.Header[i].Col || !utf8.ValidString(cell.Text) ||
					!norm.NFC.IsNormalString(cell.Text) || strings.TrimSpace(cell.Text) != cell.Text {
					t.Fatalf("bad cell %+v in row %d", cell, r.Line)
				}
				if plain && cell.Text != "" {
					fields := strings.Split(lines[cell.Line-1], string(tab.Separator))
					if cell.Col > len(fields) || unguard(clean(fields[cell.Col-1])) != cell.Text {
						t.Fatalf("cell %+v is not at line %d field %d of %q", cell, cell.Line, cell.Col, lines[cell.Line-1])
					}
				}
			}
		}
		// Decode gives every row, each cell where the table has it.
		n := 0
		for i, r := range Decode[struct {
			First Cell `csv:"x"`
		}](tab) {
			if i != n || r.First.Line < tab.Rows[i].Line {
				t.Fatalf("Decode row %d: %+v", i, r)
			}
			n++
		}
		if n != len(tab.Rows) {
			t.Fatalf("Decode: %d rows of %d", n, len(tab.Rows))
		}
	})
}
