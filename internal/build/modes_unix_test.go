//go:build unix

package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/tayson/chitieu/internal/publish"
)

// TestPublishedModes: under umask 022 the publication is readable by all
// (folders 0755, files 0644), like cp or hugo would leave it; a rebuild
// keeps the published folder's own mode.
func TestPublishedModes(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "/")
	n := 0
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		want := fs.FileMode(0o644)
		if d.IsDir() {
			want = 0o755
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s is %v, want %v", p, info.Mode().Perm(), want)
		}
		n++
		return nil
	})
	if n < 100 {
		t.Errorf("only %d paths", n)
	}
	// An earlier chitieu published 0700 by mistake: a takeover fixes it.
	os.Remove(filepath.Join(out, publish.ManifestName))
	os.Remove(filepath.Join(out, publish.SumsName))
	os.Chmod(out, 0o700)
	build(t, repoData, out, "/")
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o755 {
		t.Errorf("a legacy 0700 folder after a rebuild is %v, want 0755", info.Mode().Perm())
	}
	if err := os.Chmod(out, 0o750); err != nil {
		t.Fatal(err)
	}
	build(t, repoData, out, "/")
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o750 {
		t.Errorf("after a rebuild the folder is %v, want 0750", info.Mode().Perm())
	}
}
