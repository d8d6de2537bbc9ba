package publish

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
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

func leftovers(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix(out)) {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestReplace(t *testing.T) {
	for _, existing := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "public")
		if existing {
			write(t, out, "index.html", "old")
			write(t, out, "only-old.html", "x")
		}
		staged, err := Stage(out)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(filepath.Base(staged), ".public.chitieu-stage-") || filepath.Dir(staged) != filepath.Dir(out) {
			t.Fatalf("staging folder %s is not a hidden sibling of %s", staged, out)
		}
		write(t, staged, "index.html", "new")
		if err := Replace(staged, out); err != nil {
			t.Fatal(err)
		}
		if got := read(t, filepath.Join(out, "index.html")); got != "new" {
			t.Errorf("existing=%v: index.html = %q, want new", existing, got)
		}
		if _, err := os.Stat(filepath.Join(out, "only-old.html")); err == nil {
			t.Errorf("existing=%v: a file of the old site survived", existing)
		}
		if l := leftovers(t, out); len(l) != 0 {
			t.Errorf("existing=%v: left %v", existing, l)
		}
	}
}

func TestReplaceRefusesAFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	write(t, dir, "public", "not a folder")
	staged, _ := Stage(out)
	if err := Replace(staged, out); err == nil {
		t.Fatal("replacing a file succeeded")
	}
	if got := read(t, out); got != "not a folder" {
		t.Errorf("the file was changed: %q", got)
	}
}

// TestRecover: a build killed between the two renames of a non-atomic swap
// left the old site under its retired name; Recover puts it back and removes
// every other leftover.
func TestRecover(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	old := filepath.Join(filepath.Dir(out), prefix(out)+"old-123")
	write(t, old, "index.html", "old")
	write(t, filepath.Join(filepath.Dir(out), prefix(out)+"stage-456"), "index.html", "half")
	write(t, filepath.Join(filepath.Dir(out), prefix(out)+"work-789"), "x", "y")
	write(t, filepath.Join(filepath.Dir(out), "unrelated"), "keep", "me")
	if err := Recover(out); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(out, "index.html")); got != "old" {
		t.Errorf("recovered index.html = %q, want old", got)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left %v", l)
	}
	if got := read(t, filepath.Join(filepath.Dir(out), "unrelated", "keep")); got != "me" {
		t.Error("Recover touched an unrelated folder")
	}
	// With the site in place, Recover only removes leftovers.
	write(t, filepath.Join(filepath.Dir(out), prefix(out)+"old-999"), "index.html", "older")
	if err := Recover(out); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(out, "index.html")); got != "old" {
		t.Errorf("index.html = %q after a second Recover, want old", got)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left %v", l)
	}
}

func TestLock(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	unlock, err := Lock(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(out); err == nil {
		t.Error("a second lock on the same folder succeeded")
	}
	unlock()
	unlock2, err := Lock(out)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	unlock2()
}
