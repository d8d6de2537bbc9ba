package build

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/changes"
	"github.com/tayson/chitieu/internal/diag"
)

// atomFeed is what TestWhatChanged reads of /cap-nhat/index.xml.
type atomFeed struct {
	XMLName xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Author  string     `xml:"author>name"`
	Links   []atomLink `xml:"link"`
	Entries []struct {
		ID      string     `xml:"id"`
		Title   string     `xml:"title"`
		Updated string     `xml:"updated"`
		Links   []atomLink `xml:"link"`
		Content struct {
			Type string `xml:"type,attr"`
			Text string `xml:",chardata"`
		} `xml:"content"`
	} `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
	Href string `xml:"href,attr"`
}

func buildOn(t *testing.T, opts Options) *Result {
	t.Helper()
	if opts.Site == "" {
		opts.Site = repoSite
	}
	res, err := Build(opts)
	if err != nil {
		var b strings.Builder
		if res != nil && res.Diags != nil {
			res.Diags.WriteText(&b, "en")
		}
		t.Fatalf("build %s on %s: %v\n%s", opts.Out, opts.Date, err, b.String())
	}
	return res
}

func edit(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// section returns the part of page from the element with id to the next
// <section (or the end).
func section(t *testing.T, page, id string) string {
	t.Helper()
	i := strings.Index(page, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no #%s on the page", id)
	}
	s := page[i:]
	if j := strings.Index(s[1:], "<section"); j >= 0 {
		s = s[:j+1]
	}
	return s
}

// TestWhatChanged publishes twice with a figure corrected, one added, an
// indicator added and one removed in between, and checks /cap-nhat/, its
// feed, the history in the open data, an indicator page's date, that a
// rebuild changes nothing, and that -truoc on a fresh folder gives the same.
func TestWhatChanged(t *testing.T) {
	const base = "https://portal.example/so-ket/"
	dir := t.TempDir()
	// A site whose report no longer charts the indicator the second
	// publication removes (its chart shortcode would be an error).
	site := filepath.Join(dir, "site")
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(repoSite, p), filepath.Join(site, p)); err != nil {
			t.Fatal(err)
		}
	}
	edit(t, filepath.Join(site, "content", "bao-cao", "so-ket-giua-nhiem-ky", "phan-thu-nhat-i.md"), `{{< bieu-do "ban-chi-dao-03" >}}`, "")

	out := filepath.Join(dir, "public")
	buildOn(t, Options{Src: repoData, Site: site, Out: out, BaseURL: base, Date: "2026-05-20"})
	var h changes.History
	readJSON(t, filepath.Join(out, "data", "cap-nhat.json"), &h)
	if len(h.Entries) != 1 || h.Entries[0].First == nil || h.Entries[0].First.Indicators < 20 || h.Entries[0].Date != "2026-05-20" {
		t.Fatalf("first publication: %+v", h.Entries)
	}
	if p := readFile(t, filepath.Join(out, "cap-nhat", "index.html")); !strings.Contains(p, "Lần xuất bản đầu tiên") || !strings.Contains(p, "20/05/2026") {
		t.Error("/cap-nhat/ does not show the first publication")
	}
	// What the live site publishes, as a webmaster would download it.
	live := filepath.Join(dir, "tai-ve")
	os.MkdirAll(live, 0o755)
	for _, f := range []string{"index.json", "cap-nhat.json"} {
		if err := copyPart(filepath.Join(out, "data", f), filepath.Join(live, f)); err != nil {
			t.Fatal(err)
		}
	}

	// The next period: xep-loai-dang-vien 2021 corrected from 3.889 to 3.000
	// (72,9 % of 4.116: its target of 80 % goes from Vượt to Đạt trên 80 %), a
	// figure for 2024, a new indicator, ban-chi-dao-03 gone.
	src := copyData(t)
	edit(t, filepath.Join(src, "xep-loai-rong.csv"), `Hoàn thành tốt nhiệm vụ trở lên,"3.889"`, `Hoàn thành tốt nhiệm vụ trở lên,"3.000"`)
	edit(t, filepath.Join(src, "so-lieu.csv"), "ty-le-ket-nap-dang-vien,2021,", "ket-nap-dang-vien,2024,Kết nạp,201,,\nty-le-ket-nap-dang-vien,2021,")
	b, _ := os.ReadFile(filepath.Join(src, "chi-tieu.csv"))
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	var kept []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "ban-chi-dao-03,") {
			kept = append(kept, l)
		}
	}
	kept = append(kept, "hoi-nghi-moi,Hội nghị chuyên đề mới,1.2. Về phát triển đảng viên mới,hội nghị,,,,,,", "")
	os.WriteFile(filepath.Join(src, "chi-tieu.csv"), []byte(strings.Join(kept, "\n")), 0o644)
	edit(t, filepath.Join(src, "so-lieu-chu-thich.csv"), "ban-chi-dao-03;2022;;15;;Thành lập theo Quyết định số 372-QĐ/HU ngày 14/02/2022\n", "hoi-nghi-moi;2024;;7;;\n")

	buildOn(t, Options{Src: src, Site: site, Out: out, BaseURL: base, Date: "2026-11-27"})
	readJSON(t, filepath.Join(out, "data", "cap-nhat.json"), &h)
	if len(h.Entries) != 2 || h.Entries[0].Seq != 2 || h.Entries[0].Date != "2026-11-27" || h.Entries[1].Date != "2026-05-20" {
		t.Fatalf("data/cap-nhat.json after the second publication: %d entries %+v", len(h.Entries), h.Entries)
	}
	page := readFile(t, filepath.Join(out, "cap-nhat", "index.html"))
	e := section(t, page, "cap-nhat-2")
	for _, want := range []string{
		"Cập nhật ngày 27/11/2026",
		// The correction, in its own block, old struck out, new inserted, in words.
		`class="cap-nhat__dinh-chinh"`, "Số liệu được đính chính (1)",
		`Xếp loại chất lượng đảng viên</a>, kỳ 2021, Hoàn thành tốt nhiệm vụ trở lên: sửa từ <del>3.889 đảng viên</del> thành <ins>3.000 đảng viên</ins>`,
		// The new figure and its period, the new and the removed indicator.
		"Kỳ số liệu mới", "Số liệu mới", "kỳ 2024, Kết nạp: 201 đảng viên",
		"Nội dung mới", `Hội nghị chuyên đề mới</a> (1 số liệu)`,
		"Nội dung bị bỏ", "Thành viên Ban Chỉ đạo thực hiện Chương trình hành động số 03 (1 số liệu)",
		// The target's status in 2021, in words.
		"Thay đổi về đánh giá", "kỳ 2021. Chỉ tiêu: “Hằng năm, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 80% trở lên”",
	} {
		if !strings.Contains(e, want) {
			t.Errorf("/cap-nhat/ entry 2 lacks %q", want)
		}
	}
	if !regexp.MustCompile(`(?s)chuyển từ <span class="badge badge--vuot">.*?Vượt</span></span> thành <span class="badge badge--dat-tren-80">.*?Đạt trên 80 %</span>`).MatchString(e) {
		t.Error("/cap-nhat/ entry 2 does not show the status change Vượt → Đạt trên 80 %")
	}
	if strings.Index(e, "cap-nhat__dinh-chinh") > strings.Index(e, "Số liệu mới") {
		t.Error("corrected figures are not shown first")
	}
	if !strings.Contains(section(t, page, "cap-nhat-1"), "Lần xuất bản đầu tiên") {
		t.Error("the first publication's entry is not carried forward")
	}
	// Each indicator page says when it last changed.
	for id, want := range map[string]string{"xep-loai-dang-vien": "27/11/2026", "ket-nap-dang-vien": "27/11/2026", "hoi-nghi-moi": "27/11/2026", "ty-le-ket-nap-dang-vien": "20/05/2026"} {
		if p := readFile(t, filepath.Join(out, "chi-tieu", id, "index.html")); !strings.Contains(p, "Cập nhật ngày "+want) {
			t.Errorf("%s: the page does not say “Cập nhật ngày %s”", id, want)
		}
	}
	// The feed.
	var feed atomFeed
	if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(out, "cap-nhat", "index.xml"))), &feed); err != nil {
		t.Fatalf("the feed is not XML: %v", err)
	}
	links := map[string]string{}
	for _, l := range feed.Links {
		links[l.Rel] = l.Href
	}
	if !strings.HasPrefix(feed.ID, "urn:uuid:") || feed.Title == "" || feed.Author == "" || feed.Updated != "2026-11-27T00:00:00+07:00" ||
		links["self"] != base+"cap-nhat/index.xml" || links["alternate"] != base+"cap-nhat/" {
		t.Errorf("feed head: id %q title %q author %q updated %q links %v", feed.ID, feed.Title, feed.Author, feed.Updated, links)
	}
	if len(feed.Entries) != 2 {
		t.Fatalf("the feed has %d entries, want 2", len(feed.Entries))
	}
	for i, want := range []struct{ date, updated, has string }{{"27/11/2026", "2026-11-27T00:00:00+07:00", "<del>3.889 đảng viên</del>"}, {"20/05/2026", "2026-05-20T00:00:00+07:00", "Lần xuất bản đầu tiên"}} {
		en := feed.Entries[i]
		if !strings.HasPrefix(en.ID, "urn:uuid:") || en.ID == feed.ID || !strings.Contains(en.Title, want.date) || en.Updated != want.updated ||
			len(en.Links) != 1 || !strings.HasPrefix(en.Links[0].Href, base+"cap-nhat/#cap-nhat-") || en.Content.Type != "html" || !strings.Contains(en.Content.Text, want.has) {
			t.Errorf("feed entry %d: %+v", i, en)
		}
	}
	if feed.Entries[0].ID == feed.Entries[1].ID {
		t.Error("two feed entries share an id")
	}
	if !strings.Contains(feed.Entries[0].Content.Text, `href="`+base+`chi-tieu/xep-loai-dang-vien/"`) {
		t.Error("the feed's links to indicators are not absolute")
	}

	// The same inputs on the same date: nothing new, byte for byte.
	before := treeHash(t, out)
	buildOn(t, Options{Src: src, Site: site, Out: out, BaseURL: base, Date: "2026-11-27"})
	if d := diffTrees(before, treeHash(t, out)); len(d) > 0 {
		t.Errorf("a rebuild with the same inputs changed %v", d)
	}

	// Another computer: a new folder, the live site's open data by -truoc.
	fresh := filepath.Join(dir, "may-khac")
	res := buildOn(t, Options{Src: src, Site: site, Out: fresh, BaseURL: base, Date: "2026-11-27", Previous: filepath.Join(live, "index.json")})
	if d := diffTrees(before, treeHash(t, fresh)); len(d) > 0 {
		t.Errorf("-truoc gives another site than the previous folder: %v", d)
	}
	if n := res.Diags.Count(diag.Warning); n != countWarnings(t, src, site) {
		t.Errorf("-truoc added %d warnings", n-countWarnings(t, src, site))
	}

	// A garbled previous index is a warning and publishes anyway. (It is
	// given by -truoc, as a bad download would be: a file changed inside the
	// published folder is refused, package publish.)
	garbled := filepath.Join(dir, "tai-ve-hong")
	os.MkdirAll(garbled, 0o755)
	os.WriteFile(filepath.Join(garbled, "index.json"), []byte("<html>404</html>"), 0o644)
	if err := copyPart(filepath.Join(fresh, "data", "cap-nhat.json"), filepath.Join(garbled, "cap-nhat.json")); err != nil {
		t.Fatal(err)
	}
	res = buildOn(t, Options{Src: src, Site: site, Out: fresh, BaseURL: base, Date: "2026-11-28", Previous: filepath.Join(garbled, "index.json")})
	found := false
	for _, d := range res.Diags.Items() {
		found = found || d.Code == "du-lieu-truoc-hong"
	}
	if !found {
		t.Error("a garbled data/index.json gave no warning")
	}
	readJSON(t, filepath.Join(fresh, "data", "cap-nhat.json"), &h)
	if len(h.Entries) != 2 {
		t.Errorf("after a garbled index: %d entries, want the 2 of the history", len(h.Entries))
	}
}

func countWarnings(t *testing.T, src, site string) int {
	t.Helper()
	return Check(src, site).Diags.Count(diag.Warning)
}
