package search

import (
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/report"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Đảng viên":                          "dang vien",
		"KẾT NẠP  đảng\tviên":                "ket nap dang vien",
		"Trình độ lý luận chính trị":         "trinh do ly luan chinh tri",
		"Quyết định số 372-QĐ/HU":            "quyet dinh so 372-qd/hu",
		"ư ơ ă â ê ô ỳ ỹ":                    "u o a a e o y y",
		"Ky\u0300 ba\u0301o ca\u0301o (NFD)": "ky bao cao (nfd)",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuild(t *testing.T) {
	ind := &indicator.Indicator{Indicator: &dataset.Indicator{ID: "ket-nap", Title: "Kết nạp đảng viên mới", Group: "II.1.2. Về phát triển đảng viên mới",
		Series: []string{"Kết nạp", "Kế hoạch"}}}
	pages := []report.Page{
		{Path: "_index.md", Title: "Trang chủ", Body: "không tìm"},
		{Path: "bao-cao/so-ket/_index.md", Title: "Báo cáo sơ kết", Body: "## BÁO CÁO\n\nsơ kết"},
		{Path: "bao-cao/so-ket/phan-i.md", Title: "Phần thứ nhất", Body: "Thành lập Ban Chỉ đạo{{< cn 2 >}}; [xem](x).\n\n{{< chu-thich 2 >}}Quyết định số 372-QĐ/HU ngày 14/02/2022, gồm 15 đồng chí.{{< /chu-thich >}}\n"},
	}
	got := Build([]*indicator.Indicator{ind}, pages)
	want := []Entry{
		{Kind: KindIndicator, Title: "Kết nạp đảng viên mới", URL: "chi-tieu/ket-nap/", Context: "II.1.2. Về phát triển đảng viên mới"},
		{Kind: KindPage, Title: "Báo cáo sơ kết", URL: "bao-cao/so-ket/"},
		{Kind: KindPage, Title: "Phần thứ nhất", URL: "bao-cao/so-ket/phan-i/", Context: "Báo cáo sơ kết"},
		{Kind: KindFootnote, Title: "Phần thứ nhất", N: 2, URL: "bao-cao/so-ket/phan-i/#cn-2", Context: "Báo cáo sơ kết", Snippet: "Quyết định số 372-QĐ/HU ngày 14/02/2022, gồm 15 đồng chí."},
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		folded := g.Folded
		g.Folded = ""
		if g != w {
			t.Errorf("#%d = %+v\nwant %+v", i, g, w)
		}
		if folded == "" || folded != Fold(folded) {
			t.Errorf("#%d: folded %q is not folded", i, folded)
		}
	}
	for i, w := range []string{"ket nap dang vien", "phat trien", "bao cao so ket", "thanh lap ban chi dao", "372-qd/hu"} {
		idx := []int{0, 0, 1, 2, 3}[i]
		if !strings.Contains(got[idx].Folded, w) {
			t.Errorf("entry %d does not find %q: %q", idx, w, got[idx].Folded)
		}
	}
	if strings.Contains(got[2].Folded, "372") || strings.Contains(got[2].Folded, "{{") || strings.Contains(got[2].Folded, "(x)") {
		t.Errorf("the page's entry holds its footnote or markup: %q", got[2].Folded)
	}
}
