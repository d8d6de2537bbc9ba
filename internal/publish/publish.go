// Package publish replaces a published folder by a newly built one so that
// readers (and the webmaster copying it) only ever see the old site or the
// new one, never a half-written mix, and so that a failed or killed build
// leaves the old site exactly as it was.
//
// A build is staged in a sibling folder of the output (same file system, so
// a rename can swap them): ".<name>.chitieu-<random>". On Linux the swap is
// one atomic renameat2(RENAME_EXCHANGE); elsewhere it is two renames, and
// Recover puts the old site back if a build died between them.
package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const tag = ".chitieu-"

// prefix is the name prefix of out's staging and retired folders.
func prefix(out string) string {
	return "." + filepath.Base(filepath.Clean(out)) + tag
}

// Stage creates an empty staging folder for a new build of out.
func Stage(out string) (string, error) { return temp(out, "stage-") }

// Work creates a scratch folder for a build of out. Like a staging folder,
// Recover removes it if a killed build left it behind.
func Work(out string) (string, error) { return temp(out, "work-") }

func temp(out, kind string) (string, error) {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(parent, prefix(out)+kind)
}

// Recover repairs what an interrupted build left: if out is missing but a
// retired copy of it exists (a crash between the two renames of a
// non-atomic swap), the copy is put back; then every leftover staging and
// retired folder of out is removed. It is safe to call when nothing is left.
func Recover(out string) error {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	entries, err := os.ReadDir(parent)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	p := prefix(out)
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		for _, e := range entries {
			if e.IsDir() && strings.HasPrefix(e.Name(), p+"old-") {
				if err := os.Rename(filepath.Join(parent, e.Name()), out); err != nil {
					return fmt.Errorf("khôi phục trang cũ: %w", err)
				}
				break
			}
		}
	}
	var errs []error
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), p) {
			path := filepath.Join(parent, e.Name())
			if _, err := os.Stat(path); err == nil {
				errs = append(errs, os.RemoveAll(path))
			}
		}
	}
	return errors.Join(errs...)
}

// Replace makes staged the content of out and removes the previous content.
// out need not exist. On error, out is unchanged.
func Replace(staged, out string) error {
	out = filepath.Clean(out)
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(staged, out)
	}
	if info, err := os.Lstat(out); err == nil && !info.IsDir() {
		return fmt.Errorf("%s không phải là thư mục", out)
	}
	if err := exchange(staged, out); err == nil {
		// staged now holds the previous site.
		return os.RemoveAll(staged)
	}
	old, err := os.MkdirTemp(filepath.Dir(out), prefix(out)+"old-")
	if err != nil {
		return err
	}
	if err := os.Remove(old); err != nil {
		return err
	}
	if err := os.Rename(out, old); err != nil {
		return err
	}
	if err := os.Rename(staged, out); err != nil {
		if rerr := os.Rename(old, out); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	return os.RemoveAll(old)
}
