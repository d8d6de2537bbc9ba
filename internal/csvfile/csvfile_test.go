package csvfile

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
)

func c(text string, line, col int) Cell { return Cell{Text: text, Line: line, Col: col} }

func TestReadTestdata(t *testing.T) {
	tests := []struct {
		file     string
		encoding string
		sep      rune
		header   []Cell
		keys     []string
		rows     []Row
		codes    []string // diagnostic codes, sorted by position
	}{
		{
			file: "excel-utf8-bom.csv", encoding: "UTF-8 BOM", sep: ',',
			header: []Cell{c("Mã chỉ tiêu", 1, 1), c("Tên chỉ tiêu", 1, 2), c("Kỳ", 1, 3), c("Giá trị", 1, 4)},
			keys:   []string{"ma_chi_tieu", "ten_chi_tieu", "ky", "gia_tri"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("Tỷ lệ hộ nghèo", 2, 2), c("2021", 2, 3), c("4,5", 2, 4)}},
				{3, []Cell{c("CT02", 3, 1), c("Thu nhập, bình quân", 3, 2), c("Quý I/2023", 3, 3), c("4.116", 3, 4)}},
			},
		},
		{
			file: "windows-1258.csv", encoding: "Windows-1258", sep: ';',
			header: []Cell{c("Mã chỉ tiêu", 1, 1), c("Tên chỉ tiêu", 1, 2), c("Kỳ", 1, 3), c("Giá trị", 1, 4)},
			keys:   []string{"ma_chi_tieu", "ten_chi_tieu", "ky", "gia_tri"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("Tỷ lệ hộ nghèo", 2, 2), c("2021", 2, 3), c("4,5", 2, 4)}},
				{3, []Cell{c("CT02", 3, 1), c("Đường giao thông nông thôn được cứng hoá", 3, 2), c("6 tháng đầu năm 2023", 3, 3), c("94,5", 3, 4)}},
			},
			codes: []string{CodeConverted},
		},
		{
			file: "excel-unicode-utf16le.txt", encoding: "UTF-16LE", sep: '\t',
			header: []Cell{c("Mã chỉ tiêu", 1, 1), c("Kỳ", 1, 2), c("Giá trị", 1, 3)},
			keys:   []string{"ma_chi_tieu", "ky", "gia_tri"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("2021", 2, 2), c("4,5", 2, 3)}},
				{3, []Cell{c("CT02", 3, 1), c("Quý I/2023", 3, 2), c("1.234,5", 3, 3)}},
			},
		},
		{
			file: "utf16be.csv", encoding: "UTF-16BE", sep: ',',
			header: []Cell{c("Mã chỉ tiêu", 1, 1), c("Giá trị", 1, 2)},
			keys:   []string{"ma_chi_tieu", "gia_tri"},
			rows:   []Row{{2, []Cell{c("CT01", 2, 1), c("12", 2, 2)}}},
		},
		{
			// Trailing separators, an empty trailing column, blank rows, header
			// with stray spaces and capitals, a quoted separator.
			file: "libreoffice-semicolon.csv", encoding: "UTF-8", sep: ';',
			header: []Cell{c("MÃ CHỈ TIÊU", 1, 1), c("Giá  trị", 1, 2), c("Ghi chú", 1, 3)},
			keys:   []string{"ma_chi_tieu", "gia_tri", "ghi_chu"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("4.116", 2, 2), c("", 2, 3)}},
				{4, []Cell{c("CT02", 4, 1), c("94,5", 4, 2), c("có ; chấm phẩy", 4, 3)}},
			},
		},
		{
			file: "lone-cr.csv", encoding: "UTF-8", sep: ',',
			header: []Cell{c("Mã", 1, 1), c("Ghi chú", 1, 2)},
			keys:   []string{"ma", "ghi_chu"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("dòng một\ndòng hai", 2, 2)}},
				{4, []Cell{c("CT02", 4, 1), c("x", 4, 2)}},
			},
		},
		{
			file: "quoted-newlines.csv", encoding: "UTF-8", sep: ',',
			header: []Cell{c("Mã", 1, 1), c("Ghi chú", 1, 2), c("Giá trị", 1, 3)},
			keys:   []string{"ma", "ghi_chu", "gia_tri"},
			rows: []Row{
				{2, []Cell{c("CT01", 2, 1), c("Ghi chú \"quan trọng\":\nhai dòng\nba dòng", 2, 2), c("1", 4, 3)}},
				{5, []Cell{c("CT02", 5, 1), c("", 5, 2), c("2", 5, 3)}},
				{7, []Cell{c("CT03", 7, 1), c("", 7, 2), c("3", 7, 3)}},
			},
		},
		{
			file: "macos-nfd.csv", encoding: "UTF-8", sep: ',',
			header: []Cell{c("Mã chỉ tiêu", 1, 1), c("Tên chỉ tiêu", 1, 2)},
			keys:   []string{"ma_chi_tieu", "ten_chi_tieu"},
			rows:   []Row{{2, []Cell{c("CT01", 2, 1), c("Tỷ lệ hộ nghèo", 2, 2)}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var dl diag.List
			tab := Read(tt.file, data, &dl)
			if tab == nil {
				t.Fatalf("Read returned nil: %v", codes(&dl))
			}
			if tab.File != tt.file || tab.Encoding != tt.encoding || tab.Separator != tt.sep {
				t.Errorf("file/encoding/separator = %q %q %q, want %q %q %q", tab.File, tab.Encoding, tab.Separator, tt.file, tt.encoding, tt.sep)
			}
			if !reflect.DeepEqual(tab.Header, tt.header) {
				t.Errorf("header = %+v\nwant %+v", tab.Header, tt.header)
			}
			if !reflect.DeepEqual(tab.Keys, tt.keys) {
				t.Errorf("keys = %q, want %q", tab.Keys, tt.keys)
			}
			if !reflect.DeepEqual(tab.Rows, tt.rows) {
				t.Errorf("rows = %+v\nwant %+v", tab.Rows, tt.rows)
			}
			if got := codes(&dl); !reflect.DeepEqual(got, tt.codes) {
				t.Errorf("diagnostics = %v, want %v", got, tt.codes)
			}
		})
	}
}

func codes(l *diag.List) []string {
	var out []string
	for _, d := range l.Items() {
		out = append(out, d.Code)
	}
	return out
}

type where struct {
	code      string
	line, col int
	sev       diag.Severity
}

func TestReadProblems(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantNil bool
		diags   []where
		keys    []string
		rows    [][]string // cell texts
		lines   []int      // Row.Line of each row
	}{
		{name: "empty file", data: "", wantNil: true, diags: []where{{CodeEmpty, 0, 0, diag.Error}}},
		{name: "only BOM", data: "\uFEFF", wantNil: true, diags: []where{{CodeEmpty, 0, 0, diag.Error}}},
		{name: "blank lines", data: "\r\n ; \r\n\r\n", wantNil: true, diags: []where{{CodeEmpty, 0, 0, diag.Error}}},
		{name: "header only", data: "Mã,Giá trị\r\n", keys: []string{"ma", "gia_tri"}},
		{name: "header after blank lines", data: "\n\nMã;Giá trị\n1;2", keys: []string{"ma", "gia_tri"}, rows: [][]string{{"1", "2"}}, lines: []int{4}},
		{name: "short row padded", data: "a,b,c\n1\n", keys: []string{"a", "b", "c"}, rows: [][]string{{"1", "", ""}}, lines: []int{2}},
		{
			name: "unclosed quote keeps reading", data: "a,b\n1,\"x\n2,3\n",
			diags: []where{{CodeOpenQuote, 2, 2, diag.Error}},
			keys:  []string{"a", "b"}, rows: [][]string{{"1", "\"x"}, {"2", "3"}}, lines: []int{2, 3},
		},
		{
			name: "unclosed quote closed by a later cell", data: "a,b,c\n1,\"x, y\n2,\"3\",4\n5,6,7\n",
			diags: []where{{CodeOpenQuote, 2, 2, diag.Error}},
			keys:  []string{"a", "b", "c"}, rows: [][]string{{"1", "\"x, y", ""}, {"2", "3", "4"}, {"5", "6", "7"}}, lines: []int{2, 3, 4},
		},
		{
			name: "text after closing quote", data: "a,b\n\"x\"y,2\n3,4\n",
			diags: []where{{CodeBadQuote, 2, 1, diag.Error}},
			keys:  []string{"a", "b"}, rows: [][]string{{"xy", "2"}, {"3", "4"}}, lines: []int{2, 3},
		},
		{
			name: "bare quote", data: "a,b\n1,2\"\n",
			diags: []where{{CodeBadQuote, 2, 2, diag.Error}},
			keys:  []string{"a", "b"}, rows: [][]string{{"1", "2\""}}, lines: []int{2},
		},
		{
			name: "spaces around quoted field", data: "a,b\n \"x, y\" ,2\n",
			keys: []string{"a", "b"}, rows: [][]string{{"x, y", "2"}}, lines: []int{2},
		},
		{
			name: "duplicate key", data: "Giá trị,Mã, giá  TRỊ \n1,2,3\n",
			diags: []where{{CodeDuplicate, 1, 3, diag.Error}},
			keys:  []string{"gia_tri", "ma", "gia_tri"}, rows: [][]string{{"1", "2", "3"}}, lines: []int{2},
		},
		{
			name: "values under empty header", data: "a,,b\n1,,2\n3,x,4\n5,y,6\n",
			diags: []where{{CodeUnnamed, 3, 2, diag.Error}},
			keys:  []string{"a", "b"}, rows: [][]string{{"1", "2"}, {"3", "4"}, {"5", "6"}}, lines: []int{2, 3, 4},
		},
		{
			name: "empty middle column dropped silently", data: "a,,b\n1,,2\n",
			keys: []string{"a", "b"}, rows: [][]string{{"1", "2"}}, lines: []int{2},
		},
		{
			name: "more cells than header", data: "a,b\n1,2,,\n1,2,3,4\n",
			diags: []where{{CodeTooManyCells, 3, 3, diag.Error}},
			keys:  []string{"a", "b"}, rows: [][]string{{"1", "2"}, {"1", "2"}}, lines: []int{2, 3},
		},
		{
			name: "header without letters", data: "Mã,(*)\n1,2\n",
			diags: []where{{CodeBadName, 1, 2, diag.Error}},
			keys:  []string{"ma", ""}, rows: [][]string{{"1", "2"}}, lines: []int{2},
		},
		{
			name: "excel sep line", data: "sep=;\r\nMã;Giá trị\r\nCT01;4,5\r\n",
			keys: []string{"ma", "gia_tri"}, rows: [][]string{{"CT01", "4,5"}}, lines: []int{3},
		},
		{
			name: "semicolon wins over comma in header", data: "Mã;Giá trị (tỷ đồng, %)\nCT01;4,5\n",
			keys: []string{"ma", "gia_tri_ty_dong_pct"}, rows: [][]string{{"CT01", "4,5"}}, lines: []int{2},
		},
		{
			name: "quoted separator in header ignored", data: "\"Mã;x\",Giá trị\n1,2\n",
			keys: []string{"ma_x", "gia_tri"}, rows: [][]string{{"1", "2"}}, lines: []int{2},
		},
		{name: "latin-1 not vietnamese", data: "Caf\xe9,Prix\n1,2\n", wantNil: true, diags: []where{{CodeEncoding, 0, 0, diag.Error}}},
		{name: "binary", data: "a\x01\xff,b\n", wantNil: true, diags: []where{{CodeEncoding, 0, 0, diag.Error}}},
		{name: "utf-16 without BOM", data: "a\x00,\x00b\x00", wantNil: true, diags: []where{{CodeEncoding, 0, 0, diag.Error}}},
		{name: "utf-16 cut short", data: "\xff\xfea\x00b", wantNil: true, diags: []where{{CodeEncoding, 0, 0, diag.Error}}},
		{name: "utf-16 lone surrogate", data: "\xff\xfe\x00\xd8a\x00", wantNil: true, diags: []where{{CodeEncoding, 0, 0, diag.Error}}},
		{name: "bad utf-8 after BOM", data: "\xef\xbb\xbfa\xff,b\n", wantNil: true, diags: []where{{CodeBadByte, 1, 1, diag.Error}}},
		{name: "stray 0xE0 in a UTF-8 title", data: "Mã,Tên\nCT01,T\xe0ổng số\n", wantNil: true, diags: []where{{CodeBadByte, 2, 2, diag.Error}}},
		{name: "stray 0xD2 in a quoted multi-line cell", data: "Mã,Tên,Kỳ\nCT01,\"Tổng\nsố\xd2\",2021\n", wantNil: true, diags: []where{{CodeBadByte, 2, 2, diag.Error}}},
		{name: "two stray bytes in one cell, one in another", data: "Mã;Tên\nCT\x80;Tổng \xe0\xd2số\n", wantNil: true, diags: []where{{CodeBadByte, 2, 1, diag.Error}, {CodeBadByte, 2, 2, diag.Error}}},
		{name: "utf-8 other than Vietnamese with a stray byte", data: "Caf\xc3\xa9,Prix\n1,\xff\n", wantNil: true, diags: []where{{CodeBadByte, 2, 2, diag.Error}}},
		{
			name: "stray bytes reported in 5 places at most", data: "Mã,Tên\n" + strings.Repeat("CT,Tổng \xe0\n", 9), wantNil: true,
			diags: []where{{CodeBadByte, 2, 2, diag.Error}, {CodeBadByte, 3, 2, diag.Error}, {CodeBadByte, 4, 2, diag.Error}, {CodeBadByte, 5, 2, diag.Error}, {CodeBadByte, 6, 2, diag.Error}},
		},
		{name: "pdf renamed", data: "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", wantNil: true, diags: []where{{CodePDF, 0, 0, diag.Error}}},
		{name: "excel web page", data: "\xef\xbb\xbf\r\n  <HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\">", wantNil: true, diags: []where{{CodeHTML, 0, 0, diag.Error}}},
		{name: "html doctype", data: "<!DOCTYPE html><html>", wantNil: true, diags: []where{{CodeHTML, 0, 0, diag.Error}}},
		{name: "html table", data: "\n<table><tr><td>Mã</td></tr></table>", wantNil: true, diags: []where{{CodeHTML, 0, 0, diag.Error}}},
		{name: "a cell starting with <table> is text", data: "Mã,Ghi chú\nCT01,<table>\n", keys: []string{"ma", "ghi_chu"}, rows: [][]string{{"CT01", "<table>"}}, lines: []int{2}},
		{
			name: "libreoffice ods renamed", wantNil: true, diags: []where{{CodeODS, 0, 0, diag.Error}},
			data: "PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x2e\x00\x00\x00\x2e\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK",
		},
		{
			name: "opendocument text is not a spreadsheet", wantNil: true, diags: []where{{CodeNotCSV, 0, 0, diag.Error}},
			data: "PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x27\x00\x00\x00\x27\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.textPK",
		},
		{name: "xls renamed", data: "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", wantNil: true, diags: []where{{CodeNotCSV, 0, 0, diag.Error}}},
		{name: "xlsx renamed", data: "PK\x03\x04\x14\x00\x06\x00", wantNil: true, diags: []where{{CodeNotCSV, 0, 0, diag.Error}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dl diag.List
			tab := Read("x.csv", []byte(tt.data), &dl)
			var got []where
			for _, d := range dl.Items() {
				got = append(got, where{d.Code, d.Line, d.Col, d.Severity})
				if d.File != "x.csv" || d.What.VI == "" || d.What.EN == "" || d.Fix.VI == "" || d.Fix.EN == "" || d.Expected.VI == "" {
					t.Errorf("incomplete diagnostic %+v", d)
				}
			}
			if !reflect.DeepEqual(got, tt.diags) {
				t.Errorf("diagnostics = %+v, want %+v", got, tt.diags)
			}
			if tt.wantNil {
				if tab != nil {
					t.Errorf("Read = %+v, want nil", tab)
				}
				return
			}
			if tab == nil {
				t.Fatal("Read = nil")
			}
			if !reflect.DeepEqual(tab.Keys, tt.keys) {
				t.Errorf("keys = %q, want %q", tab.Keys, tt.keys)
			}
			var rows [][]string
			var lines []int
			for _, r := range tab.Rows {
				var texts []string
				for i, cell := range r.Cells {
					texts = append(texts, cell.Text)
					if cell.Line < r.Line || cell.Col < 1 || (i > 0 && cell.Col <= r.Cells[i-1].Col) {
						t.Errorf("cell %d of row %d has position %d:%d", i, r.Line, cell.Line, cell.Col)
					}
				}
				rows = append(rows, texts)
				lines = append(lines, r.Line)
			}
			if !reflect.DeepEqual(rows, tt.rows) || !reflect.DeepEqual(lines, tt.lines) {
				t.Errorf("rows = %q at %v, want %q at %v", rows, lines, tt.rows, tt.lines)
			}
		})
	}
}

func TestReadPositionsOfPadding(t *testing.T) {
	var dl diag.List
	tab := Read("x.csv", []byte("a,b,c\n\"1\n2\",x\n"), &dl)
	want := []Cell{c("1\n2", 2, 1), c("x", 3, 2), c("", 3, 3)}
	if tab == nil || !reflect.DeepEqual(tab.Rows[0].Cells, want) || tab.Rows[0].Line != 2 {
		t.Fatalf("got %+v, want %+v", tab, want)
	}
}

// TestReadBadByteMessage: the message names the byte in hex and shows the
// text around it, in both languages, and counts every stray byte of the file.
func TestReadBadByteMessage(t *testing.T) {
	var dl diag.List
	Read("x.csv", []byte("\ufeffMã,Tên\nCT01,Tổng số đảng viên\xe0 của Đảng bộ huyện Tây Sơn tỉnh Bình Định\nCT02,\xd2\n"), &dl)
	items := dl.Items()
	if len(items) != 2 {
		t.Fatalf("diagnostics = %+v", items)
	}
	d := items[0]
	for _, want := range []string{"0xE0", "“Tổng số đảng viên\uFFFD của Đảng bộ huyện T…”", "có 2 chỗ"} {
		if !strings.Contains(d.What.VI, want) {
			t.Errorf("What.VI = %q, want it to say %q", d.What.VI, want)
		}
	}
	if !strings.Contains(d.What.EN, "0xE0") || d.Value != "Tổng số đảng viên\uFFFD của Đảng bộ huyện Tây Sơn tỉnh Bình Định" || d.Where() != "x.csv:2:2" {
		t.Errorf("diagnostic %+v", d)
	}
	if d := items[1]; !strings.Contains(d.What.VI, "0xD2") || d.Where() != "x.csv:3:2" {
		t.Errorf("second diagnostic %+v", d)
	}
}

// TestReadWindows1258AccidentalUTF8: a Windows-1258 file where a letter and
// a quote happen to form a valid UTF-8 sequence (Đ” is D0 94, Cyrillic Д) is
// still Windows-1258: no Vietnamese letter reads as UTF-8.
func TestReadWindows1258AccidentalUTF8(t *testing.T) {
	var dl diag.List
	tab := Read("x.csv", to1258(t, "Tên;Ghi chú\nTỷ lệ;“Đ”\n"), &dl)
	if tab == nil || tab.Encoding != "Windows-1258" || tab.Rows[0].Cells[1].Text != "“Đ”" {
		t.Fatalf("table = %+v, diagnostics %v", tab, codes(&dl))
	}
}

// TestUnguard: the apostrophe put before = + - @ tab CR against formula
// injection is removed on reading, any other is kept.
func TestUnguard(t *testing.T) {
	tests := []struct{ in, want string }{
		{"'- Trong đó: nữ", "- Trong đó: nữ"},
		{"'=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"},
		{"'+1", "+1"},
		{"'@SUM(A1)", "@SUM(A1)"},
		{"'\t=x", "=x"},
		{"'\r-x", "-x"},
		{"'Tổng số", "'Tổng số"},
		{"'", "'"},
		{"''=x", "''=x"},
		{"Tổng số", "Tổng số"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := unguard(tt.in); got != tt.want {
			t.Errorf("unguard(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	tab := Read("x.csv", []byte("chuoi;'=x\r\n'- Trong đó: nữ;\" '+5\"\r\n"), &diag.List{})
	if tab == nil || tab.Rows[0].Cells[0].Text != "- Trong đó: nữ" || tab.Rows[0].Cells[1].Text != "+5" || tab.Header[1].Text != "'=x" {
		t.Errorf("table %+v", tab)
	}
}

func TestReadWindows1258Warning(t *testing.T) {
	var dl diag.List
	Read("x.csv", to1258(t, "Tên;Giá trị\nTỷ lệ;1\n"), &dl)
	items := dl.Items()
	if len(items) != 1 || items[0].Severity != diag.Warning || !strings.Contains(items[0].Fix.VI, "CSV UTF-8") {
		t.Fatalf("diagnostics = %+v", items)
	}
}

func TestNormalizeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Giá trị ", "gia_tri"},
		{"Mã chỉ tiêu", "ma_chi_tieu"},
		{"Tỷ lệ (%)", "ty_le_pct"},
		{"2021 (%)", "2021_pct"},
		{"ĐƠN VỊ TÍNH", "don_vi_tinh"},
		{"Đơn-vị.tính", "don_vi_tinh"},
		{"ma_chi__tieu_", "ma_chi_tieu"},
		{"Năm 2021", "nam_2021"},
		{"Gia tri", "gia_tri"},
		{"Giá  trị", "gia_tri"},
		{"Qu\u0079\u0301", "quy"},
		{"(%)", "pct"},
		{"(*)", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeKey(tt.in); got != tt.want {
			t.Errorf("NormalizeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestColumn(t *testing.T) {
	tab := Read("x.csv", []byte("Mã chỉ tiêu;Giá trị\nCT01;1\n"), &diag.List{})
	for key, want := range map[string]int{"ma_chi_tieu": 0, "gia_tri": 1, "ky": -1} {
		if got := tab.Column(key); got != want {
			t.Errorf("Column(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	tab := Read("x.csv", []byte("\uFEFF Mã chỉ tiêu ;Giá trị;Kỳ\r\nCT01;4,5;2021\r\n\r\nCT02;\"94,5\r\n\";Quý I/2023\r\n"), &diag.List{})
	type rec struct {
		Ma     Cell `csv:"ma_chi_tieu"`
		Gia    Cell `csv:"gia_tri"`
		Kind   Cell `csv:"ky"`
		Absent Cell `csv:"ghi_chu"`
		Other  string
	}
	var got []rec
	var idx []int
	for i, r := range Decode[rec](tab) {
		got = append(got, r)
		idx = append(idx, i)
	}
	want := []rec{
		{Ma: Cell{"CT01", 2, 1}, Gia: Cell{"4,5", 2, 2}, Kind: Cell{"2021", 2, 3}, Absent: Cell{Line: 2}},
		{Ma: Cell{"CT02", 4, 1}, Gia: Cell{"94,5", 4, 2}, Kind: Cell{"Quý I/2023", 5, 3}, Absent: Cell{Line: 4}},
	}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(idx, []int{0, 1}) {
		t.Errorf("got %+v (%v), want %+v", got, idx, want)
	}
	// Stopping early stops.
	n := 0
	for range Decode[rec](tab) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after the first row: %d rows", n)
	}
}

func TestDecodeRefusesAField(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a tagged string field: no panic")
		}
	}()
	tab := Read("x.csv", []byte("ma\nCT01\n"), &diag.List{})
	for range Decode[struct {
		Ma string `csv:"ma"`
	}](tab) {
	}
}
