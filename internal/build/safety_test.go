package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/publish"
)

// snapshot maps every path under root, hidden ones included, to what it is:
// a folder, a link and its target, a file's content hash.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			out[rel] = "link " + target
		case d.IsDir():
			out[rel] = "dir"
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			out[rel] = hex.EncodeToString(sum[:])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func put(t *testing.T, root, name, content string) {
	t.Helper()
	p := filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fakeProject lays out, in a new folder, a checkout of the repository (its
// site, its exports, a .git), a home folder with a key, and folders of the
// user's beside them; HOME points at that home, and the working folder is
// the checkout. It returns the folder and the checkout.
func fakeProject(t *testing.T) (root, proj string) {
	t.Helper()
	siteAbs, err := filepath.Abs(repoSite)
	if err != nil {
		t.Fatal(err)
	}
	root, err = filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	proj = filepath.Join(root, "proj")
	for _, p := range append(siteParts, "du-lieu") {
		if err := copyPart(filepath.Join(siteAbs, p), filepath.Join(proj, p)); err != nil {
			t.Fatal(err)
		}
	}
	put(t, proj, ".git/HEAD", "ref: refs/heads/main\n")
	put(t, proj, ".git/objects/ab/cdef", "blob")
	put(t, proj, "ghi-chu.txt", "the office's notes")
	put(t, proj, ".public.chitieu-backup-2024/index.html", "the webmaster's backup")
	os.MkdirAll(filepath.Join(proj, ".public.chitieu-backup-empty"), 0o755)
	put(t, root, "home/.ssh/id", "secret key")
	put(t, root, "home/Documents/bao-cao.docx", "report")
	put(t, root, "other/important.txt", "important")
	os.Symlink(filepath.Join(proj, "du-lieu"), filepath.Join(root, "link-to-du-lieu"))
	t.Setenv("HOME", filepath.Join(root, "home"))
	t.Chdir(proj)
	return root, proj
}

// TestBuildNeverDestroys runs the build with many -out, refused and
// accepted, relative and absolute, in a tree of things a clerk cares about,
// then walks the tree: nothing chitieu did not create is missing or
// changed; accepted outs only hold their publication, and only their lock
// file is left beside them.
func TestBuildNeverDestroys(t *testing.T) {
	root, proj := fakeProject(t)
	before := snapshot(t, root)
	refused := []struct{ out, code string }{
		{"", "xuat-ban-duong-dan-trong"},
		{"/", "xuat-ban-thu-muc-goc"},
		{".", "xuat-ban-trung-thu-muc-trang"},
		{proj, "xuat-ban-trung-thu-muc-trang"},
		{"./", "xuat-ban-trung-thu-muc-trang"},
		{"..", "xuat-ban-thu-muc-nha"},
		{root, "xuat-ban-thu-muc-nha"},
		{filepath.Join(root, "home"), "xuat-ban-thu-muc-nha"},
		{"du-lieu", "xuat-ban-trung-thu-muc-du-lieu"},
		{filepath.Join(root, "link-to-du-lieu"), "xuat-ban-trung-thu-muc-du-lieu"},
		{"du-lieu/public", "xuat-ban-nam-trong-thu-muc-du-lieu"},
		{"content", "xuat-ban-nam-trong-nguon-trang"},
		{"content/public", "xuat-ban-nam-trong-nguon-trang"},
		{"static/public", "xuat-ban-nam-trong-nguon-trang"},
		{"layouts", "xuat-ban-nam-trong-nguon-trang"},
		{"data", "xuat-ban-nam-trong-nguon-trang"},
		{"ghi-chu.txt", "xuat-ban-khong-phai-thu-muc"},
		{".git", "xuat-ban-thu-muc-khong-rong"},
		{"../other", "xuat-ban-thu-muc-khong-rong"},
		{".public.chitieu-backup-2024", "xuat-ban-thu-muc-khong-rong"},
	}
	for _, r := range refused {
		res, err := Build(Options{Src: "du-lieu", Site: ".", Out: r.out})
		if !errors.Is(err, ErrOutRefused) {
			t.Errorf("-out %q: err = %v, want ErrOutRefused", r.out, err)
			continue
		}
		items := res.Diags.Items()
		if len(items) != 1 || items[0].Code != r.code || items[0].Severity != diag.Error {
			t.Errorf("-out %q: diagnostics %+v, want one error %s", r.out, items, r.code)
			continue
		}
		if want := r.out; want != "" && items[0].File != want {
			t.Errorf("-out %q: the diagnostic is about %q", r.out, items[0].File)
		}
		for _, s := range []string{items[0].What.VI, items[0].Fix.VI, items[0].What.EN} {
			if (strings.Contains(s, ".chitieu-") && !strings.Contains(r.out, ".chitieu-")) || len(diag.Unfilled(items[0])) > 0 {
				t.Errorf("-out %q: message %q", r.out, s)
			}
		}
		if d := diffTrees(before, snapshot(t, root)); len(d) > 0 {
			t.Fatalf("-out %q was refused but changed %v", r.out, d)
		}
	}

	// Accepted: each may only add its own folder and its lock file.
	accepted := []string{"public", "public", filepath.Join(root, "site"), "../new/deep/public", "public2", filepath.Join(proj, "public2")}
	os.Mkdir(filepath.Join(proj, "public2"), 0o755) // an empty folder is fine
	before = snapshot(t, root)
	owned := map[string]bool{}
	for _, out := range accepted {
		abs, _ := filepath.Abs(out)
		rel, _ := filepath.Rel(root, abs)
		owned[rel] = true
		owned[filepath.Join(filepath.Dir(rel), "."+filepath.Base(rel)+".chitieu-lock")] = true
		if _, err := Build(Options{Src: "du-lieu", Site: ".", Out: out}); err != nil {
			t.Fatalf("-out %q: %v", out, err)
		}
		if err := publish.CheckContent(abs, out); err != nil {
			t.Errorf("-out %q: the publication is not chitieu's: %v", out, err)
		}
	}
	after := snapshot(t, root)
	isOwned := func(p string) bool {
		for o := range owned {
			if p == o || strings.HasPrefix(p, o+string(filepath.Separator)) {
				return true
			}
		}
		// The parents created for ../new/deep/public.
		return p == "new" || p == filepath.Join("new", "deep")
	}
	for p, h := range before {
		if g, ok := after[p]; (!ok || g != h) && !isOwned(p) {
			t.Errorf("%s was removed or changed", p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok && !isOwned(p) {
			t.Errorf("%s was created", p)
		}
	}
}

// TestLegacyTakeover: a folder published by a chitieu older than the
// manifest is replaced; the same with a file of the user's at its top is
// refused and left as it was.
func TestLegacyTakeover(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	build(t, repoData, out, "/")
	// What an earlier chitieu left: the same site, without the manifest.
	os.Remove(filepath.Join(out, publish.ManifestName))
	os.Remove(filepath.Join(out, publish.SumsName))
	put(t, out, "chi-tieu/old-page/index.html", "an indicator since dropped")
	foreign := filepath.Join(dir, "foreign")
	if err := os.CopyFS(foreign, os.DirFS(out)); err != nil {
		t.Fatal(err)
	}
	put(t, foreign, "ghi-chu.docx", "the webmaster's notes")

	build(t, repoData, out, "/")
	if _, err := publish.ReadManifest(out); err != nil {
		t.Errorf("the taken-over folder has no manifest: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "chi-tieu/old-page")); err == nil {
		t.Error("the legacy site was not replaced")
	}

	before := snapshot(t, dir)
	res, err := Build(Options{Src: repoData, Site: repoSite, Out: foreign})
	if !errors.Is(err, ErrOutRefused) {
		t.Fatalf("legacy with a foreign file: err = %v", err)
	}
	if items := res.Diags.Items(); len(items) != 1 || items[0].Code != "xuat-ban-thu-muc-khong-rong" {
		t.Errorf("diagnostics %+v", items)
	}
	if d := diffTrees(before, snapshot(t, dir)); len(d) > 0 {
		t.Errorf("a refused build changed %v", d)
	}
}

// TestBuildRefusesForeignFiles: a webmaster's file added to, or a file
// edited in, a published folder stops the build, which names them.
func TestBuildRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	build(t, repoData, out, "/")
	for _, edit := range []func(){
		func() { put(t, out, ".htaccess", "Header set X-Frame-Options DENY") },
		func() { os.Remove(filepath.Join(out, ".htaccess")); put(t, out, "css/site.css", "body{}") },
	} {
		edit()
		before := snapshot(t, dir)
		res, err := Build(Options{Src: repoData, Site: repoSite, Out: out})
		if !errors.Is(err, ErrOutRefused) {
			t.Fatalf("err = %v, want ErrOutRefused", err)
		}
		items := res.Diags.Items()
		if len(items) != 1 || items[0].Code != "xuat-ban-co-tep-la" ||
			!(strings.Contains(items[0].What.VI, ".htaccess") || strings.Contains(items[0].What.VI, "css/site.css")) {
			t.Errorf("diagnostics %+v", items)
		}
		if d := diffTrees(before, snapshot(t, dir)); len(d) > 0 {
			t.Errorf("a refused build changed %v", d)
		}
	}
}

// TestSHA256SUMS: the published folder verifies with sha256sum -c.
func TestSHA256SUMS(t *testing.T) {
	if _, err := exec.LookPath("sha256sum"); err != nil {
		t.Skip("no sha256sum")
	}
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "/")
	cmd := exec.Command("sha256sum", "--strict", "-c", publish.SumsName)
	cmd.Dir = out
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sha256sum -c: %v\n%s", err, b)
	}
	lines := strings.Count(string(b), ": OK\n")
	m, err := publish.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	// Every file but the manifest and SHA256SUMS itself.
	if lines != len(m.Files)-1 || lines < 100 {
		t.Errorf("sha256sum checked %d files, the manifest lists %d", lines, len(m.Files))
	}
	var files []string
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	sort.Strings(files)
	if len(files) != len(m.Files)+1 {
		t.Errorf("%d files on disk, %d in the manifest", len(files), len(m.Files))
	}
	// A changed file fails the check.
	put(t, out, "index.html", "changed")
	cmd = exec.Command("sha256sum", "--quiet", "-c", publish.SumsName)
	cmd.Dir = out
	if cmd.Run() == nil {
		t.Error("sha256sum -c passes with a changed file")
	}
}
