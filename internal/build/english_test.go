package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEnglishPages: one build makes the Vietnamese site at / and the
// English one at /en/, each page linking to the other from its header
// (hreflang); the <link rel="alternate" hreflang> of search engines, which
// need a full address, only with an absolute base URL (TestBuildSubPath); the English pages have English words and
// English numbers, the English names of chi-tieu.csv's ten_en and
// chuoi_en, and mark the Vietnamese that stays; the report is not
// duplicated. The expected texts are written by hand from du-lieu/ (4.116
// Party members rated in 2021) and i18n/*.toml.
func TestEnglishPages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "/")
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	checkPages(t, out, []pageText{
		{"en/index.html", []string{`<html lang="en">`, `<nav class="site-lang" aria-label="Language"><a href="/" hreflang="vi" lang="vi">Tiếng Việt</a></nav>`, `href="/bao-cao/" hreflang="vi">Report</a>`, `figures to the end of H1 2023`}, []string{`<html lang="vi">`, `đến hết 6 tháng đầu năm 2023`}},
		{"en/chi-tieu/xep-loai-dang-vien/index.html", []string{
			`<html lang="en">`,
			`<a href="/chi-tieu/xep-loai-dang-vien/" hreflang="vi" lang="vi">Tiếng Việt</a>`,
			`<h1 id="tieu-de-trang">Quality ratings of Party members</h1>`,
			`<th scope="row">Good or better</th>`,
			`class="cell__value">4,116<`,
			`Exceeded`,
			`Targets and assessment`,
			`Stacked bar chart: Quality ratings of Party members (unit: Party members).`,
		}, []string{`class="cell__value">4.116<`, `Vượt`, `Bảng số liệu`, `<link rel="alternate" hreflang=`}},
		// No English title: the Vietnamese one, marked.
		{"en/chi-tieu/ban-chi-dao-03/index.html", []string{`<h1 id="tieu-de-trang" lang="vi">Thành viên Ban Chỉ đạo`, `Bar chart: `}, nil},
		{"chi-tieu/xep-loai-dang-vien/index.html", []string{
			`<html lang="vi">`,
			`<a href="/en/chi-tieu/xep-loai-dang-vien/" hreflang="en" lang="en">English</a>`,
			`<h1 id="tieu-de-trang">Xếp loại chất lượng đảng viên</h1>`,
			`class="cell__value">4.116<`,
			`Vượt`,
			`Biểu đồ cột chồng: Xếp loại chất lượng đảng viên (đơn vị: đảng viên).`,
		}, []string{`Exceeded`, `4,116`, `Quality ratings`}},
		{"en/tim-kiem/index.html", []string{`<html lang="en">`, `href="/en/chi-tieu/xep-loai-dang-vien/">Quality ratings of Party members</a>`, `href="/bao-cao/" hreflang="vi" lang="vi">`}, nil},
	})
	// Every page says its language, the embed pages too: the charts format
	// their numbers by it (1.234,5 or 1,234.5).
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		want := `<html lang="vi">`
		if strings.HasPrefix(filepath.ToSlash(rel), "en/") {
			want = `<html lang="en">`
		}
		if s := read(rel); !strings.Contains(s, want) {
			t.Errorf("%s lacks %s", rel, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The report stays Vietnamese; no /vi/ redirect; one open data.
	for _, p := range []string{"en/bao-cao", "vi", "en/data"} {
		if _, err := os.Stat(filepath.Join(out, p)); err == nil {
			t.Errorf("%s exists", p)
		}
	}
}

// pageText is what a published page must and must not hold.
type pageText struct {
	page    string // under the published folder
	want    []string
	notWant []string
}

// checkPages reports every text of tests that a page under out lacks or
// has against the test's will.
func checkPages(t *testing.T, out string, tests []pageText) {
	t.Helper()
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(out, tt.page))
		if err != nil {
			t.Error(err)
			continue
		}
		s := string(b)
		for _, w := range tt.want {
			if !strings.Contains(s, w) {
				t.Errorf("%s lacks %s", tt.page, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(s, w) {
				t.Errorf("%s has %s", tt.page, w)
			}
		}
	}
}
