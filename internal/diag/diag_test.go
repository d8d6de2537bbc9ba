package diag

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

func TestFormatAndOrder(t *testing.T) {
	var l List
	l.Add(Diagnostic{Severity: Warning, File: "b.csv", Line: 3, Col: 2, Code: "w", Value: "0,38",
		What: text("báo cáo ghi 0,38 %", "the report prints 0,38 %"), Fix: text("giữ nguyên", "keep it")})
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 12, Col: 4, Code: "so-khong-hop-le", Value: "12a",
		What: text("“12a” không phải là số.", "“12a” is not a number."), Expected: text("Một số, ví dụ 4.116", "A number, e.g. 4.116"), Fix: text("Sửa ô này.", "Correct the cell.")})
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Code: "tep-rong", What: text("Tệp rỗng.", "Empty file.")})
	items := l.Items()
	if items[0].Code != "tep-rong" || items[1].Code != "so-khong-hop-le" || items[2].Code != "w" {
		t.Errorf("order: %s %s %s", items[0].Code, items[1].Code, items[2].Code)
	}
	if l.Count(Error) != 2 || l.Count(Warning) != 1 || !l.HasErrors() {
		t.Errorf("counts: %d errors, %d warnings", l.Count(Error), l.Count(Warning))
	}
	want := "a.csv:12:4: LỖI: “12a” không phải là số.\n    Giá trị: \"12a\"\n    Cần: Một số, ví dụ 4.116\n    Cách sửa: Sửa ô này."
	if got := items[1].Format("vi"); got != want {
		t.Errorf("vi:\n%s\nwant:\n%s", got, want)
	}
	if got := items[1].Format("en"); !strings.HasPrefix(got, "a.csv:12:4: ERROR: “12a” is not a number.") || !strings.Contains(got, "How to fix: Correct the cell.") {
		t.Errorf("en:\n%s", got)
	}
	if got := items[0].Where(); got != "a.csv" {
		t.Errorf("where of a whole-file problem = %q", got)
	}
	var b strings.Builder
	l.WriteText(&b, "vi")
	if !strings.HasSuffix(b.String(), "2 lỗi, 1 cảnh báo\n") {
		t.Errorf("summary:\n%s", b.String())
	}
	b.Reset()
	if err := l.WriteJSON(&b, "en"); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Errors, Warnings int
		Diagnostics      []map[string]any
	}
	if err := json.Unmarshal([]byte(b.String()), &out); err != nil {
		t.Fatal(err)
	}
	if out.Errors != 2 || out.Warnings != 1 || len(out.Diagnostics) != 3 || out.Diagnostics[1]["message"] != "“12a” is not a number." || out.Diagnostics[1]["line"] != float64(12) {
		t.Errorf("json: %s", b.String())
	}
}

func TestProblemAt(t *testing.T) {
	p := &Problem{Code: "ky-khong-hop-le", What: text("không phải kỳ", "not a period"), Fix: text("sửa", "fix")}
	d := p.At(Error, "x.csv", 5, 2, "Năm ngoái")
	if d.Code != p.Code || d.Line != 5 || d.Col != 2 || d.Value != "Năm ngoái" || d.What != p.What || d.Severity != Error {
		t.Errorf("At = %+v", d)
	}
	if p.Error() != "not a period" {
		t.Errorf("Error() = %q", p.Error())
	}
}

// TestCaps: a file with the same mistake 10.000 times gives a short report
// that still counts them all, and a list that holds only KeepPerCode.
func TestCaps(t *testing.T) {
	tests := []struct {
		name             string
		add              func(l *List)
		errors, warnings int
		kept             int
		lang             string
		say              []string // in the text output
		omitted          []jsonOmitted
	}{
		{
			name: "10000 errors of one code", lang: "vi",
			add: func(l *List) {
				for i := range 10000 {
					l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 2, Col: i + 1, Code: "dong-thua-o", What: text("thừa ô", "extra cell"), Fix: text("xoá", "delete")})
				}
			},
			errors: 10000, kept: KeepPerCode,
			say:     []string{"… và 9990 lỗi tương tự (mã dong-thua-o) trong a.csv\n", "10000 lỗi, 0 cảnh báo\n"},
			omitted: []jsonOmitted{{File: "a.csv", Code: "dong-thua-o", Errors: 9990}},
		},
		{
			name: "two files, warnings and errors, English", lang: "en",
			add: func(l *List) {
				for i := range 12 {
					l.Add(Diagnostic{Severity: Warning, File: "b.csv", Line: i + 1, Code: "w", What: text("c", "w")})
					l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: i + 1, Code: "e", What: text("l", "e")})
				}
				l.Add(Diagnostic{Severity: Error, File: "b.csv", Line: 9, Code: "w", What: text("c", "w")})
				l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 1, Code: "x", What: text("x", "x")})
			},
			errors: 14, warnings: 12, kept: 26,
			say: []string{
				"a.csv:1: ERROR: x\n", "… and 2 more errors like it (code e) in a.csv\nb.csv:1: WARNING: w\n",
				"… and 3 more warnings like it (code w) in b.csv\n14 error(s), 12 warning(s)\n",
			},
			omitted: []jsonOmitted{{File: "a.csv", Code: "e", Errors: 2}, {File: "b.csv", Code: "w", Warnings: 3}},
		},
		{
			name: "ten are shown without a count", lang: "vi",
			add: func(l *List) {
				for i := range ShowPerCode {
					l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: i + 1, Code: "e", What: text("l", "e")})
				}
			},
			errors: 10, kept: 10, say: []string{"a.csv:10: LỖI: l\n10 lỗi, 0 cảnh báo\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l List
			tt.add(&l)
			// Appending to another list keeps the counts exact.
			var all List
			all.Add(Diagnostic{Severity: Warning, File: "z.csv", Code: "z", What: text("z", "z")})
			all.Append(&l)
			for _, c := range []struct {
				l                *List
				errors, warnings int
			}{{&l, tt.errors, tt.warnings}, {&all, tt.errors, tt.warnings + 1}} {
				if c.l.Count(Error) != c.errors || c.l.Count(Warning) != c.warnings || c.l.Len() != c.errors+c.warnings || c.l.HasErrors() != (c.errors > 0) {
					t.Errorf("counts %d errors %d warnings, len %d; want %d %d", c.l.Count(Error), c.l.Count(Warning), c.l.Len(), c.errors, c.warnings)
				}
			}
			if len(l.Items()) != tt.kept {
				t.Errorf("kept %d, want %d", len(l.Items()), tt.kept)
			}
			var b strings.Builder
			if err := l.WriteText(&b, tt.lang); err != nil {
				t.Fatal(err)
			}
			if b.Len() > 2000 {
				t.Errorf("text output is %d bytes", b.Len())
			}
			for _, s := range tt.say {
				if !strings.Contains(b.String(), s) {
					t.Errorf("text output does not say %q:\n%s", s, b.String())
				}
			}
			b.Reset()
			if err := l.WriteJSON(&b, tt.lang); err != nil {
				t.Fatal(err)
			}
			var out struct {
				Errors, Warnings int
				Diagnostics      []jsonDiag
				Omitted          []jsonOmitted
			}
			if err := json.Unmarshal([]byte(b.String()), &out); err != nil {
				t.Fatal(err)
			}
			for i := range out.Omitted {
				if !strings.Contains(out.Omitted[i].Message, out.Omitted[i].Code) {
					t.Errorf("omitted message %q", out.Omitted[i].Message)
				}
				out.Omitted[i].Message = ""
			}
			if out.Errors != tt.errors || out.Warnings != tt.warnings || !reflect.DeepEqual(out.Omitted, tt.omitted) || len(out.Diagnostics) > 3*ShowPerCode {
				t.Errorf("json: %d errors, %d warnings, %d diagnostics, omitted %+v; want omitted %+v", out.Errors, out.Warnings, len(out.Diagnostics), out.Omitted, tt.omitted)
			}
		})
	}
}

// TestShorten: a 100 kB value is echoed by its first MaxValue characters,
// in the value and in a message made from the catalogue.
func TestShorten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ngắn", "ngắn"},
		{strings.Repeat("ệ", MaxValue), strings.Repeat("ệ", MaxValue)},
		{strings.Repeat("ệ", MaxValue+1), strings.Repeat("ệ", MaxValue) + "…"},
		{strings.Repeat("a", MaxValue-1) + "  bc", strings.Repeat("a", MaxValue-1) + "…"},
	}
	for _, tt := range tests {
		if got := Shorten(tt.in, MaxValue); got != tt.want {
			t.Errorf("Shorten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	catalogue["test-code"] = Entry{What: text("Ô “{value}” sai.", "Cell “{value}” is wrong."), Fix: text("Sửa.", "Fix.")}
	defer delete(catalogue, "test-code")
	huge := strings.Repeat("x", 100_000)
	var l List
	l.Add(Make(Error, "test-code", Args{"value": huge}).At("a.csv", 1, 1, huge))
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 2, Code: "old", Value: huge, What: text("“"+huge+"”", "“"+huge+"”"), Fix: text("x", "x")})
	var b strings.Builder
	l.WriteText(&b, "vi")
	if b.Len() > 3000 || !strings.Contains(b.String(), strings.Repeat("x", MaxValue)+"…") {
		t.Errorf("output of %d bytes:\n%.500s", b.Len(), b.String())
	}
}

// TestAddCopies: a diagnostic kept keeps none of the text its value and
// messages were cut from (a value is a part of a file's text, 200 MB for a
// large export).
func TestAddCopies(t *testing.T) {
	file := strings.Repeat("x", 1<<16) + "12a" + strings.Repeat("y", 1<<16)
	part := file[1<<16 : 1<<16+3]
	var l List
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 2, Col: 4, Code: "so-khong-hop-le", Value: part,
		What: text(part, part), Expected: text(part, part), Fix: text(file[:2000], part)})
	d := l.Items()[0]
	from, to := uintptr(unsafe.Pointer(unsafe.StringData(file))), uintptr(unsafe.Pointer(unsafe.StringData(file)))+uintptr(len(file))
	for _, s := range []string{d.Value, d.What.VI, d.What.EN, d.Expected.VI, d.Expected.EN, d.Fix.VI, d.Fix.EN} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= from && p < to {
			t.Errorf("%.20q is a part of the file's text", s)
		}
	}
	if d.Value != "12a" || d.What.VI != "12a" {
		t.Errorf("value %q, what %q; want 12a", d.Value, d.What.VI)
	}
}
