package diag

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestFormatAndOrder(t *testing.T) {
	var l List
	l.Add(Diagnostic{Severity: Warning, File: "b.csv", Line: 3, Col: 2, Code: "w", Value: "0,38",
		What: T("báo cáo ghi 0,38 %", "the report prints 0,38 %"), Fix: T("giữ nguyên", "keep it")})
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Line: 12, Col: 4, Code: "so-khong-hop-le", Value: "12a",
		What: T("“12a” không phải là số.", "“12a” is not a number."), Expected: T("Một số, ví dụ 4.116", "A number, e.g. 4.116"), Fix: T("Sửa ô này.", "Correct the cell.")})
	l.Add(Diagnostic{Severity: Error, File: "a.csv", Code: "tep-rong", What: T("Tệp rỗng.", "Empty file.")})
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
	p := &Problem{Code: "ky-khong-hop-le", What: T("không phải kỳ", "not a period"), Fix: T("sửa", "fix")}
	d := p.At(Error, "x.csv", 5, 2, "Năm ngoái")
	if d.Code != p.Code || d.Line != 5 || d.Col != 2 || d.Value != "Năm ngoái" || d.What != p.What || d.Severity != Error {
		t.Errorf("At = %+v", d)
	}
	if p.Error() != "not a period" {
		t.Errorf("Error() = %q", p.Error())
	}
}
