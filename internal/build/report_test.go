package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportKeepsItsDate: the mid-term review reports on "6 tháng đầu năm
// 2023". Adding figures for later periods (2023 as a whole, 2025) changes
// the indicator pages but leaves every page of the report byte for byte as
// it was: a dated report shows the data up to its period, forever.
func TestReportKeepsItsDate(t *testing.T) {
	first := filepath.Join(t.TempDir(), "public")
	build(t, repoData, first, "/")

	src := copyData(t)
	later := "ma,ky,chuoi,gia_tri,ty_le_bao_cao,ghi_chu\n" +
		"ket-nap-dang-vien,2023,Kết nạp,205,,\n" +
		"ket-nap-dang-vien,2023,Kế hoạch,203,,\n" +
		"trinh-do-ly-luan-chinh-tri-cap-uy-vien,2025,Tổng số,320,,\n" +
		"trinh-do-ly-luan-chinh-tri-cap-uy-vien,2025,Cao cấp,70,,\n" +
		"trinh-do-ly-luan-chinh-tri-cap-uy-vien,2025,Trung cấp,248,,\n" +
		"trinh-do-ly-luan-chinh-tri-cap-uy-vien,2025,Sơ cấp,2,,\n"
	if err := os.WriteFile(filepath.Join(src, "ky-sau.csv"), []byte(later), 0o644); err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(t.TempDir(), "public")
	build(t, src, second, "/")

	a, b := treeHash(t, first), treeHash(t, second)
	reportPages := 0
	for p := range a {
		if strings.HasPrefix(p, filepath.Join("bao-cao", "so-ket-giua-nhiem-ky")) {
			reportPages++
			if a[p] != b[p] {
				t.Errorf("%s changed when later figures were added", p)
			}
		}
	}
	if reportPages < 5 {
		t.Fatalf("only %d report pages", reportPages)
	}
	// The test would pass vacuously if the later figures went nowhere.
	for _, p := range []string{"chi-tieu/ket-nap-dang-vien/index.html", "chi-tieu/trinh-do-ly-luan-chinh-tri-cap-uy-vien/index.html"} {
		if a[p] == b[p] {
			t.Errorf("%s did not change: the later figures are not published", p)
		}
		html, err := os.ReadFile(filepath.Join(second, p))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(html), ">2025<") && !strings.Contains(string(html), ">2023<") {
			t.Errorf("%s: no column for the later period", p)
		}
	}
	// The report says up to when its figures go.
	html, err := os.ReadFile(filepath.Join(second, "bao-cao", "so-ket-giua-nhiem-ky", "phan-thu-nhat-ii", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "số liệu đến hết 6 tháng đầu năm 2023") {
		t.Error("the report's charts do not say up to when their figures go")
	}
	if strings.Contains(string(html), "2025") && strings.Contains(string(html), "\"2025\"") {
		t.Error("a 2025 figure reached the report's chart data")
	}
	// The old address of a report page still leads to it.
	alias, err := os.ReadFile(filepath.Join(second, "bao-cao", "phan-thu-nhat-ii", "index.html"))
	if err != nil || !strings.Contains(string(alias), `url=/bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/`) {
		t.Errorf("old address: %v %s", err, alias)
	}
}

// TestDataNotesForTheOffice: the report's own arithmetic slips (59 + 266 + 8
// = 333 for 323) are listed by check and shown in the preview, but the
// public pages show the figures as published unless hugo.toml says
// otherwise.
func TestDataNotesForTheOffice(t *testing.T) {
	page := filepath.Join("chi-tieu", "trinh-do-ly-luan-chinh-tri-cap-uy-vien", "index.html")
	slip := "= 333, khác tổng số 323"
	for _, notes := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "public")
		res, err := Build(Options{Src: repoData, Site: repoSite, Out: out, BaseURL: "/", Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(formatDiags(res), slip) {
			t.Errorf("check no longer lists %q", slip)
		}
		html, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(html), slip); got != notes {
			t.Errorf("Notes=%v: the page shows the note: %v", notes, got)
		}
		if !strings.Contains(string(html), "18,27") {
			t.Errorf("Notes=%v: the recomputed share is gone from the table", notes)
		}
	}
}

func formatDiags(res *Result) string {
	var b strings.Builder
	res.Diags.WriteText(&b, "vi")
	return b.String()
}

// TestHugoErrorsNameOwnFiles: an error Hugo finds in a report page (a
// footnote reference without its number, which check cannot know) names
// the page in the user's site folder, never the private copy built from.
func TestHugoErrorsNameOwnFiles(t *testing.T) {
	site := t.TempDir()
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(repoSite, p), filepath.Join(site, p)); err != nil {
			t.Fatal(err)
		}
	}
	page := filepath.Join(site, "content", "bao-cao", "so-ket-giua-nhiem-ky", "phan-thu-hai.md")
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, append(b, []byte("\nThiếu số {{< cn >}}.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	_, err = Build(Options{Src: repoData, Site: site, Out: out, BaseURL: "/", Date: "2026-11-27"})
	if err == nil {
		t.Fatal("the build passed a footnote reference without its number")
	}
	want := filepath.Join(site, "content", "bao-cao", "so-ket-giua-nhiem-ky", "phan-thu-hai.md")
	if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "chitieu-work") {
		t.Errorf("the error does not name %s:\n%v", want, err)
	}
}
