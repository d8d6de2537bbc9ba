package publish

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// snapshot maps every path under root (hidden ones included) to what it is:
// a folder and its mode, a link and its target, a file's mode and content hash.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			out[rel] = "link " + target
		case d.IsDir():
			out[rel] = "dir " + info.Mode().String()
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			out[rel] = info.Mode().String() + " " + hex.EncodeToString(sum[:])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func changed(a, b map[string]string) []string {
	var d []string
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			d = append(d, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			d = append(d, "+"+k)
		}
	}
	sort.Strings(d)
	return d
}

// publication writes a small site into dir and marks it.
func publication(t *testing.T, dir string) {
	t.Helper()
	write(t, dir, "index.html", "<p>trang chủ</p>")
	write(t, dir, "chi-tieu/a/index.html", "a")
	write(t, dir, "data/index.json", `{"indicators":[],"format":{"observations":"o","targets":"t"}}`)
	if _, err := WriteManifest(dir); err != nil {
		t.Fatal(err)
	}
}

// legacySite writes what an earlier chitieu published, without manifest.
func legacySite(t *testing.T, dir string) {
	t.Helper()
	write(t, dir, "index.html", "<p>cũ</p>")
	write(t, dir, "404.html", "404")
	write(t, dir, "favicon.svg", "<svg/>")
	write(t, dir, "chi-tieu/a/index.html", "a")
	write(t, dir, "bao-cao/index.html", "b")
	write(t, dir, "css/site.css", "body{}")
	write(t, dir, "js/chitieu.js", "x")
	write(t, dir, "vendor/echarts/echarts.min.js", "e")
	write(t, dir, "data/index.json", `{"title":"t","asOf":"2023","indicators":[{"id":"a"}],"format":{"observations":"Mỗi phần tử…","targets":"Chỉ tiêu…"}}`)
	write(t, dir, "data/a.json", "{}")
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	publication(t, dir)
	write(t, dir, "vendor/echarts/LICENSE", "Apache")
	m, err := WriteManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m, got) {
		t.Errorf("read back %+v, wrote %+v", got, m)
	}
	if got.Generator != "chitieu" || got.Format != ManifestFormat {
		t.Errorf("generator %q format %d", got.Generator, got.Format)
	}
	var paths []string
	for _, f := range got.Files {
		paths = append(paths, f.Path)
	}
	want := []string{"SHA256SUMS", "chi-tieu/a/index.html", "data/index.json", "index.html", "vendor/echarts/LICENSE"}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("files %v, want %v", paths, want)
	}
	if f, ok := got.Lookup("index.html"); !ok || f.Size != int64(len("<p>trang chủ</p>")) {
		t.Errorf("Lookup(index.html) = %+v, %v", f, ok)
	}
	sums := read(t, filepath.Join(dir, SumsName))
	sum := sha256.Sum256([]byte("a"))
	if !strings.Contains(sums, hex.EncodeToString(sum[:])+"  chi-tieu/a/index.html\n") {
		t.Errorf("SHA256SUMS lacks chi-tieu/a/index.html:\n%s", sums)
	}
	if err := CheckContent(dir, "public"); err != nil {
		t.Errorf("a fresh publication is refused: %v", err)
	}
	// Not chitieu's manifests.
	for _, bad := range []string{`{"generator":"other","format":1,"files":[]}`, `{"generator":"chitieu","format":99,"files":[]}`,
		`{"generator":"chitieu","format":1,"files":[{"path":"../x"}]}`, `not json`} {
		write(t, dir, ManifestName, bad)
		if _, err := ReadManifest(dir); !errors.Is(err, ErrNoManifest) {
			t.Errorf("%s: err = %v, want ErrNoManifest", bad, err)
		}
	}
}

// project builds a tree of things a build must never destroy, and returns
// its root.
func project(t *testing.T) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	proj := filepath.Join(root, "proj")
	write(t, proj, ".git/HEAD", "ref: refs/heads/main")
	write(t, proj, "hugo.toml", "title = 'x'")
	write(t, proj, "content/_index.md", "# x")
	write(t, proj, "layouts/home.html", "x")
	write(t, proj, "du-lieu/chi-tieu.csv", "ma,ten,don_vi")
	write(t, root, "home/.ssh/id", "secret")
	write(t, root, "other/important.txt", "important")
	write(t, root, "file.txt", "a file")
	write(t, root, ".public.chitieu-backup-2024/keep", "backup")
	write(t, root, "ws/data/a.csv", "x")
	write(t, root, "ws/public/index.html", "x")
	write(t, root, "ws/site/hugo.toml", "x")
	os.Mkdir(filepath.Join(root, "empty"), 0o755)
	os.Mkdir(filepath.Join(root, "proj/public2"), 0o755)
	os.Mkdir(filepath.Join(root, "cwd"), 0o755)
	publication(t, filepath.Join(root, "marked"))
	publication(t, filepath.Join(root, "marked-extra"))
	write(t, root, "marked-extra/.htaccess", "Deny from all")
	publication(t, filepath.Join(root, "marked-changed"))
	write(t, root, "marked-changed/chi-tieu/a/index.html", "edited by hand")
	publication(t, filepath.Join(root, "marked-deleted"))
	os.Remove(filepath.Join(root, "marked-deleted/chi-tieu/a/index.html"))
	legacySite(t, filepath.Join(root, "legacy"))
	legacySite(t, filepath.Join(root, "legacy-foreign"))
	write(t, root, "legacy-foreign/notes.docx", "mine")
	legacySite(t, filepath.Join(root, "legacy-badindex"))
	write(t, root, "legacy-badindex/data/index.json", `{"foo":1}`)
	os.Symlink(filepath.Join(proj, "du-lieu"), filepath.Join(root, "link-to-src"))
	os.Symlink(filepath.Join(root, "marked"), filepath.Join(root, "link-to-marked"))
	os.Symlink(filepath.Join(root, "nowhere"), filepath.Join(root, "dangling"))
	publication(t, filepath.Join(root, "foreign-lock"))
	write(t, root, ".foreign-lock.chitieu-lock", "someone's notes")
	t.Setenv("HOME", filepath.Join(root, "home"))
	return root
}

// TestValidate: every refusal, by code, with nothing on disk changed (no
// lock file either); and the folders that may be replaced.
func TestValidate(t *testing.T) {
	root := project(t)
	proj := filepath.Join(root, "proj")
	parts := []string{"hugo.toml", "content", "layouts", "assets", "static", "i18n", "archetypes", "data"}
	tests := []struct {
		name, out string
		src, site string // default: proj/du-lieu, proj
		cwd       string // default: proj
		code      string // "" when accepted
	}{
		{name: "empty", out: "", code: "xuat-ban-duong-dan-trong"},
		{name: "blank", out: "  ", code: "xuat-ban-duong-dan-trong"},
		{name: "root", out: "/", code: "xuat-ban-thu-muc-goc"},
		{name: "root by dots", out: "../../../../../../../../../..", code: "xuat-ban-thu-muc-goc"},
		{name: "home", out: filepath.Join(root, "home"), code: "xuat-ban-thu-muc-nha"},
		{name: "holds home", out: root, code: "xuat-ban-thu-muc-nha"},
		{name: "equals src", out: "du-lieu", code: "xuat-ban-trung-thu-muc-du-lieu"},
		{name: "equals src absolute", out: filepath.Join(proj, "du-lieu") + "/", code: "xuat-ban-trung-thu-muc-du-lieu"},
		{name: "symlink to src", out: filepath.Join(root, "link-to-src"), code: "xuat-ban-trung-thu-muc-du-lieu"},
		{name: "inside src", out: "du-lieu/public", code: "xuat-ban-nam-trong-thu-muc-du-lieu"},
		{name: "inside src via symlink", out: filepath.Join(root, "link-to-src", "public"), code: "xuat-ban-nam-trong-thu-muc-du-lieu"},
		{name: "contains src", out: filepath.Join(root, "ws"), src: filepath.Join(root, "ws", "data"), code: "xuat-ban-chua-thu-muc-du-lieu"},
		{name: "equals site", out: proj, code: "xuat-ban-trung-thu-muc-trang"},
		{name: "dot is the project", out: ".", site: ".", code: "xuat-ban-trung-thu-muc-trang"},
		{name: "parent of the project holds home", out: "..", code: "xuat-ban-thu-muc-nha"},
		{name: "contains site", out: filepath.Join(root, "ws"), site: filepath.Join(root, "ws", "site"), code: "xuat-ban-chua-thu-muc-trang"},
		{name: "inside content", out: "content/public", code: "xuat-ban-nam-trong-nguon-trang"},
		{name: "equals layouts", out: "layouts", code: "xuat-ban-nam-trong-nguon-trang"},
		{name: "inside data", out: "data/x", code: "xuat-ban-nam-trong-nguon-trang"},
		{name: "hugo.toml", out: "hugo.toml", code: "xuat-ban-nam-trong-nguon-trang"},
		{name: "dot, not the site", out: ".", cwd: filepath.Join(root, "cwd"), code: "xuat-ban-chua-thu-muc-hien-tai"},
		{name: "parent of cwd", out: "..", cwd: filepath.Join(root, "ws", "data"), src: filepath.Join(proj, "du-lieu"), code: "xuat-ban-chua-thu-muc-hien-tai"},
		{name: "a file", out: filepath.Join(root, "file.txt"), code: "xuat-ban-khong-phai-thu-muc"},
		{name: "dangling link", out: filepath.Join(root, "dangling"), code: "xuat-ban-khong-phai-thu-muc"},
		{name: "non-empty unmarked", out: filepath.Join(root, "other"), code: "xuat-ban-thu-muc-khong-rong"},
		{name: "git folder", out: ".git", code: "xuat-ban-thu-muc-khong-rong"},
		{name: "marked with an extra file", out: filepath.Join(root, "marked-extra"), code: "xuat-ban-co-tep-la"},
		{name: "marked with a changed file", out: filepath.Join(root, "marked-changed"), code: "xuat-ban-co-tep-la"},
		{name: "legacy with a foreign file", out: filepath.Join(root, "legacy-foreign"), code: "xuat-ban-thu-muc-khong-rong"},
		{name: "legacy with another index.json", out: filepath.Join(root, "legacy-badindex"), code: "xuat-ban-thu-muc-khong-rong"},
		{name: "foreign lock file", out: filepath.Join(root, "foreign-lock"), code: "xuat-ban-tep-khoa-la"},
		{name: "the backup look-alike", out: filepath.Join(root, ".public.chitieu-backup-2024"), code: "xuat-ban-thu-muc-khong-rong"},

		{name: "default public", out: "public"},
		{name: "public absolute", out: filepath.Join(proj, "public")},
		{name: "not a prefix of src", out: filepath.Join(root, "ws", "data2"), src: filepath.Join(root, "ws", "data")},
		{name: "empty folder", out: "public2"},
		{name: "new folder in a new parent", out: filepath.Join(root, "a", "b", "public")},
		{name: "marked", out: filepath.Join(root, "marked")},
		{name: "marked, a file deleted", out: filepath.Join(root, "marked-deleted")},
		{name: "symlink to marked", out: filepath.Join(root, "link-to-marked")},
		{name: "legacy", out: filepath.Join(root, "legacy")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, site, cwd := tt.src, tt.site, tt.cwd
			if src == "" {
				src = filepath.Join(proj, "du-lieu")
			}
			if site == "" {
				site = proj
			}
			if cwd == "" {
				cwd = proj
			}
			t.Chdir(cwd)
			before := snapshot(t, root)
			out, err := Validate(Target{Out: tt.out, Src: src, Site: site, SiteParts: parts})
			var r *Refusal
			switch {
			case tt.code == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.code == "":
				if !filepath.IsAbs(out) {
					t.Errorf("returned %q, not absolute", out)
				}
			case !errors.As(err, &r):
				t.Errorf("err = %v, want refusal %s", err, tt.code)
			case r.Code != tt.code:
				t.Errorf("code %s, want %s (%v)", r.Code, tt.code, r)
			case r.Args["out"] != tt.out:
				t.Errorf("the refusal names %v, not the path as typed %q", r.Args["out"], tt.out)
			}
			if d := changed(before, snapshot(t, root)); len(d) > 0 {
				t.Errorf("Validate changed %v", d)
			}
		})
	}
}

func TestRefusalListsFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	publication(t, dir)
	for i := range 7 {
		write(t, dir, "extra/"+string(rune('a'+i)), "x")
	}
	write(t, dir, "index.html", "changed")
	var r *Refusal
	if err := CheckContent(dir, "public"); !errors.As(err, &r) {
		t.Fatalf("err = %v", err)
	}
	if r.Args["count"] != 8 || r.Args["files"] != "extra/a, extra/b, extra/c, extra/d, extra/e, …" {
		t.Errorf("args %v", r.Args)
	}
}

// killed begins a session on out and leaves it as a killed build would:
// lock released, journal and temporary folders left.
func killed(t *testing.T, out string, old bool) {
	t.Helper()
	s, err := Begin(out, "public")
	if err != nil {
		t.Fatal(err)
	}
	staged, err := s.Stage()
	if err != nil {
		t.Fatal(err)
	}
	write(t, staged, "index.html", "half")
	work, err := s.Work()
	if err != nil {
		t.Fatal(err)
	}
	write(t, work, "site/hugo.toml", "x")
	if old {
		// Died between the two renames of a non-atomic swap.
		w, err := s.temp("old")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(out, filepath.Join(w, "site")); err != nil {
			t.Fatal(err)
		}
	}
	s.unlock()
}

func TestReplace(t *testing.T) {
	for _, existing := range []bool{false, true} {
		root := t.TempDir()
		out := filepath.Join(root, "public")
		if existing {
			publication(t, out)
			write(t, out, "only-old.html", "x")
			WriteManifest(out)
			os.Chmod(out, 0o750)
		}
		s, err := Begin(out, "public")
		if err != nil {
			t.Fatal(err)
		}
		staged, err := s.Stage()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(filepath.Base(filepath.Dir(staged)), ".public.chitieu-stage-") || filepath.Dir(filepath.Dir(staged)) != root {
			t.Fatalf("staging folder %s is not in a hidden sibling of %s", staged, out)
		}
		write(t, staged, "index.html", "new")
		if err := s.Replace(staged); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if got := read(t, filepath.Join(out, "index.html")); got != "new" {
			t.Errorf("existing=%v: index.html = %q, want new", existing, got)
		}
		if _, err := os.Stat(filepath.Join(out, "only-old.html")); err == nil {
			t.Errorf("existing=%v: a file of the old site survived", existing)
		}
		if info, _ := os.Stat(out); existing && info.Mode().Perm() != 0o750 {
			t.Errorf("the new site is %v, want the old one's 0750", info.Mode().Perm())
		}
		entries, _ := os.ReadDir(root)
		if len(entries) != 2 || entries[0].Name() != ".public.chitieu-lock" {
			t.Errorf("existing=%v: beside out: %v, want only the lock file", existing, entries)
		}
		if j := read(t, LockPath(out)); j != journalHeader {
			t.Errorf("journal not cleared: %q", j)
		}
	}
}

// TestReplaceRechecks: a file the webmaster adds while the site is being
// built stops the swap.
func TestReplaceRechecks(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	publication(t, out)
	s, err := Begin(out, "public")
	if err != nil {
		t.Fatal(err)
	}
	staged, _ := s.Stage()
	write(t, out, ".htaccess", "Deny from all")
	before := snapshot(t, out)
	var r *Refusal
	if err := s.Replace(staged); !errors.As(err, &r) || r.Code != "xuat-ban-co-tep-la" {
		t.Errorf("err = %v, want xuat-ban-co-tep-la", err)
	}
	s.Close()
	if d := changed(before, snapshot(t, out)); len(d) > 0 {
		t.Errorf("changed %v", d)
	}
}

// TestRecover: what killed builds left is removed when the journal lists it
// and its marker matches; anything else is left, whatever its name.
func TestRecover(t *testing.T) {
	for _, old := range []bool{false, true} {
		root := t.TempDir()
		out := filepath.Join(root, "public")
		publication(t, out)
		site := snapshot(t, out)
		write(t, root, ".public.chitieu-backup-2024/index.html", "user's backup")
		os.Mkdir(filepath.Join(root, ".public.chitieu-empty-backup"), 0o755)
		write(t, root, ".public.chitieu-stage-123/index.html", "not in the journal")
		write(t, root, ".public.chitieu-old-456/index.html", "not in the journal")
		write(t, root, "unrelated/keep", "me")
		killed(t, out, old)
		// A journaled folder whose marker was replaced is not provably ours.
		j := parseJournal([]byte(read(t, LockPath(out))))
		if len(j) < 2 {
			t.Fatalf("journal %v", j)
		}
		write(t, filepath.Join(root, j[0].Name), markerName, "someone else's")
		keep := snapshot(t, filepath.Join(root, j[0].Name))
		if _, err := os.Stat(out); old == (err == nil) {
			t.Fatalf("old=%v: out exists: %v", old, err == nil)
		}

		s, err := Begin(out, "public")
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if d := changed(site, snapshot(t, out)); len(d) > 0 {
			t.Errorf("old=%v: the site after recovery differs in %v", old, d)
		}
		var left []string
		entries, _ := os.ReadDir(root)
		for _, e := range entries {
			left = append(left, e.Name())
		}
		want := []string{".public.chitieu-backup-2024", ".public.chitieu-empty-backup", ".public.chitieu-lock",
			".public.chitieu-old-456", ".public.chitieu-stage-123", j[0].Name, "public", "unrelated"}
		sort.Strings(want)
		if !reflect.DeepEqual(left, want) {
			t.Errorf("old=%v: left %v\nwant %v", old, left, want)
		}
		if d := changed(keep, snapshot(t, filepath.Join(root, j[0].Name))); len(d) > 0 {
			t.Errorf("the folder with a foreign marker changed: %v", d)
		}
		if read(t, filepath.Join(root, ".public.chitieu-backup-2024/index.html")) != "user's backup" {
			t.Error("the user's backup changed")
		}
	}
}

func TestLock(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	s, err := Begin(out, "public")
	if err != nil {
		t.Fatal(err)
	}
	var r *Refusal
	if _, err := Begin(out, "public"); !errors.As(err, &r) || r.Code != "xuat-ban-dang-ban" {
		t.Errorf("a second session on the same folder: %v", err)
	}
	s.Close()
	s2, err := Begin(out, "public")
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	s2.Close()
}

func TestResolveWithin(t *testing.T) {
	for _, c := range []struct {
		p, dir string
		want   bool
	}{
		{"/a/public", "/a/public", true},
		{"/a/public/x", "/a/public", true},
		{"/a/public2", "/a/public", false},
		{"/a", "/a/public", false},
		{"/a", "/", true},
	} {
		if got := within(c.p, c.dir); got != c.want {
			t.Errorf("within(%q, %q) = %v", c.p, c.dir, got)
		}
	}
}
