package report

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/diag"
)

func TestCheck(t *testing.T) {
	page := "---\ntitle: x\n---\n\nĐoạn văn có dấu.\n\n{{< bieu-do \"xep-loai-dang-vien\" >}}\n\nChữ {{< bieu-do \"ket-nap-dang-vein\" >}}\n" +
		"{{% bieu-do khong-co-ma-nay %}}\n{{< bieu-do >}}\n{{</* bieu-do \"tai-lieu\" */>}}\n"
	site := fstest.MapFS{
		"content/bao-cao/a.md": {Data: []byte(page)},
		"content/bao-cao/b.md": {Data: []byte("{{< bieu-do \"ket-nap-dang-vien\" >}}")},
		"content/khac.txt":     {Data: []byte("{{< bieu-do \"x\" >}}")},
	}
	var l diag.List
	Check(site, ".", []string{"xep-loai-dang-vien", "ket-nap-dang-vien"}, &l)
	want := []struct {
		where, code, value, says string
	}{
		{"content/bao-cao/a.md:9:17", "bao-cao-chi-tieu-khong-co", "ket-nap-dang-vein", "Có phải “ket-nap-dang-vien”?"},
		{"content/bao-cao/a.md:10:13", "bao-cao-chi-tieu-khong-co-goi-y", "khong-co-ma-nay", "không có trong chi-tieu.csv"},
		{"content/bao-cao/a.md:11:1", "bao-cao-thieu-ma", "{{< bieu-do >}}", "không ghi mã"},
	}
	got := l.Items()
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%v", len(got), len(want), got)
	}
	for i, w := range want {
		d := got[i]
		if d.Where() != w.where || d.Code != w.code || d.Value != w.value || d.Severity != diag.Error {
			t.Errorf("#%d = %s %s %q, want %s %s %q", i, d.Where(), d.Code, d.Value, w.where, w.code, w.value)
		}
		if !strings.Contains(d.What.VI, w.says) || len(diag.Unfilled(d)) > 0 {
			t.Errorf("#%d says %q, want %q", i, d.What.VI, w.says)
		}
	}
	// A site folder named by the user is part of the place.
	var l2 diag.List
	Check(site, "trang", nil, &l2)
	if it := l2.Items(); len(it) == 0 || it[0].File != "trang/content/bao-cao/a.md" {
		t.Errorf("place with a label: %v", it)
	}
}

// TestScan: a report's period comes from its folder's _index.md ("ky"),
// inherited by its pages unless they say otherwise; a "ky" that is no period
// is an error at its place; citations are listed once, in order.
func TestScan(t *testing.T) {
	site := fstest.MapFS{
		"content/_index.md":                  {Data: []byte("---\ntitle: Trang chủ\n---\n")},
		"content/bao-cao/_index.md":          {Data: []byte("---\ntitle: Báo cáo\n---\n")},
		"content/bao-cao/so-ket/_index.md":   {Data: []byte("---\ntitle: Sơ kết\nky: \"6 tháng đầu năm 2023\"\n---\n{{< bieu-do \"a\" >}}\n")},
		"content/bao-cao/so-ket/p1.md":       {Data: []byte("---\ntitle: P1\n---\n{{< bieu-do \"b\" >}} {{< bieu-do \"a\" >}} {{< bieu-do \"b\" >}}\n")},
		"content/bao-cao/nam-2024/_index.md": {Data: []byte("+++\ntitle = \"2024\"\nky = \"Năm 2024\"\n+++\n")},
		"content/bao-cao/nam-2024/p.md":      {Data: []byte("---\nky: 6 thang dau nam 2024\n---\n")},
		"content/bao-cao/sai/_index.md":      {Data: []byte("---\ntitle: Sai\nky:   \"giữa năm\"\n---\n")},
	}
	var l diag.List
	pages := Scan(site, ".", &l)
	got := map[string]string{}
	cites := map[string]string{}
	for _, p := range pages {
		got[p.Path] = ""
		if p.Period != nil {
			got[p.Path] = p.Period.Label
		}
		cites[p.Path] = strings.Join(p.Cites, ",")
	}
	want := map[string]string{
		"_index.md": "", "bao-cao/_index.md": "",
		"bao-cao/so-ket/_index.md": "6 tháng đầu năm 2023", "bao-cao/so-ket/p1.md": "6 tháng đầu năm 2023",
		"bao-cao/nam-2024/_index.md": "2024", "bao-cao/nam-2024/p.md": "6 tháng đầu năm 2024",
		"bao-cao/sai/_index.md": "",
	}
	for p, w := range want {
		if g, ok := got[p]; !ok || g != w {
			t.Errorf("%s: period %q, want %q", p, g, w)
		}
	}
	if cites["bao-cao/so-ket/p1.md"] != "b,a" || cites["bao-cao/so-ket/_index.md"] != "a" {
		t.Errorf("cites = %v", cites)
	}
	items := l.Items()
	if len(items) != 1 || items[0].Where() != "content/bao-cao/sai/_index.md:3:7" || items[0].Value != "giữa năm" {
		t.Errorf("diagnostics = %v, want one at content/bao-cao/sai/_index.md:3:7", items)
	}
}
