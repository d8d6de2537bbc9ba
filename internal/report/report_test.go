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
