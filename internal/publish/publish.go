// Package publish replaces a published folder by a newly built one so that
// readers (and the webmaster copying it) only ever see the old site or the
// new one, never a half-written mix, and so that a failed or killed build
// leaves the old site exactly as it was. It never removes anything it did
// not create:
//
//   - Validate refuses, before anything is written, an output folder that a
//     replacement would destroy: the exports, the site, the home folder, a
//     root, a folder with files chitieu did not publish… A publication is
//     recognised by its manifest (WriteManifest).
//   - A build is a Session. Its temporary folders are siblings of the output
//     (same file system, so a rename can swap them), named
//     ".<name>.chitieu-<kind>-<token>". Each one's name and random token are
//     written to a journal, the lock file ".<name>.chitieu-lock" beside the
//     output, before the folder is created, and the folder holds a marker
//     file with the token. A later session removes a leftover folder only if
//     the journal lists it and its marker matches; any other folder, however
//     it is named, is left alone.
//
// On Linux the swap is one atomic renameat2(RENAME_EXCHANGE); elsewhere it is
// two renames, and the next session puts the old site back if a build died
// between them.
package publish

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const tag = ".chitieu-"

// prefix is the name prefix of out's temporary folders.
func prefix(out string) string {
	return "." + filepath.Base(filepath.Clean(out)) + tag
}

// LockPath is the lock file of out, which also holds the journal of its
// temporary folders: the only thing chitieu leaves beside the output.
func LockPath(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), prefix(out)+"lock")
}

// journalHeader is the first line of every lock file chitieu writes; a file
// at the lock's path that is neither empty (an earlier chitieu's lock) nor
// starts with it is not chitieu's, and is never written to.
const journalHeader = "chitieu-journal 1\n"

// markerName is the file in each temporary folder that holds its token.
const markerName = ".chitieu-temp"

var errBusy = errors.New("busy")

// entry is one temporary folder in the journal.
type entry struct {
	Kind  string `json:"kind"` // "stage", "work" or "old"
	Token string `json:"token"`
	Name  string `json:"name"` // beside the output
}

// Session is one build's hold on an output folder: the lock, and the
// temporary folders it created.
type Session struct {
	out, typed string
	f          *os.File
	temps      []entry
}

// Begin takes the lock of out (an absolute path returned by Validate; typed
// is the path as the user gave it, for messages), then removes what an
// earlier, killed build of out left, as its journal lists it, and puts the
// old site back if that build died half-way through a swap. Only call it
// once Validate accepted out: it creates out's parent folder and lock file.
func Begin(out, typed string) (*Session, error) {
	out = filepath.Clean(out)
	if err := checkLockFile(out, typed); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(LockPath(out), os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	if err := flock(f); err != nil {
		f.Close()
		if errors.Is(err, errBusy) {
			return nil, refuse("xuat-ban-dang-ban", map[string]any{"out": typed})
		}
		return nil, err
	}
	s := &Session{out: out, typed: typed, f: f}
	// The file may have been replaced between checkLockFile and the lock.
	if err := checkLockFile(out, typed); err != nil {
		s.unlock()
		return nil, err
	}
	b, err := os.ReadFile(LockPath(out))
	if err != nil {
		s.unlock()
		return nil, err
	}
	kept, err := settle(out, parseJournal(b))
	if werr := s.rewrite(kept); werr != nil {
		err = errors.Join(err, werr)
	}
	if err != nil {
		s.unlock()
		return nil, err
	}
	return s, nil
}

// Stage creates the folder the new site is built in. It is empty, and its
// mode is the usual one for a new folder (0777 less the umask); Replace gives
// it the previous site's mode.
func (s *Session) Stage() (string, error) {
	w, err := s.temp("stage")
	if err != nil {
		return "", err
	}
	site := filepath.Join(w, "site")
	return site, os.Mkdir(site, 0o777)
}

// Work creates a scratch folder for the build; Close removes it.
func (s *Session) Work() (string, error) { return s.temp("work") }

// temp creates a temporary folder beside the output, after writing its name
// and token to the journal.
func (s *Session) temp(kind string) (string, error) {
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return "", err
	}
	e := entry{Kind: kind, Token: hex.EncodeToString(tok)}
	e.Name = prefix(s.out) + kind + "-" + e.Token
	line, err := json.Marshal(e)
	if err != nil {
		return "", err
	}
	if _, err := s.f.Write(append(line, '\n')); err != nil {
		return "", err
	}
	if err := s.f.Sync(); err != nil {
		return "", err
	}
	s.temps = append(s.temps, e)
	dir := filepath.Join(filepath.Dir(s.out), e.Name)
	if err := os.Mkdir(dir, 0o700); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, markerName), []byte(e.Token+"\n"), 0o600); err != nil {
		return "", err
	}
	return dir, nil
}

// Replace makes staged (from Stage) the content of the output, with the
// previous folder's mode (but not an earlier chitieu's mistaken 0700). It checks again, just before, that the output
// holds nothing but chitieu's publication (CheckContent). On error, the
// output is unchanged; the previous site is removed by Close.
func (s *Session) Replace(staged string) error {
	if err := CheckContent(s.out, s.typed); err != nil {
		return err
	}
	info, err := os.Lstat(s.out)
	if errors.Is(err, fs.ErrNotExist) {
		return os.Rename(staged, s.out)
	}
	if err != nil {
		return err
	}
	// The webmaster's mode stays, but not the 0700 that earlier chitieu
	// gave every publication by mistake (a web server running as another
	// user could not read it): a publication without manifest keeps the
	// usual mode of a new folder.
	_, merr := ReadManifest(s.out)
	if legacy700 := errors.Is(merr, ErrNoManifest) && info.Mode().Perm() == 0o700; !legacy700 {
		if err := os.Chmod(staged, info.Mode()&(fs.ModePerm|fs.ModeSetgid|fs.ModeSticky)); err != nil {
			return err
		}
	}
	if err := exchange(staged, s.out); err == nil {
		return nil // staged now holds the previous site; Close removes it
	}
	old, err := s.temp("old")
	if err != nil {
		return err
	}
	if err := os.Rename(s.out, filepath.Join(old, "site")); err != nil {
		return err
	}
	if err := os.Rename(staged, s.out); err != nil {
		if rerr := os.Rename(filepath.Join(old, "site"), s.out); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	return nil
}

// Close removes the session's temporary folders (a failed build's staging
// folder, the previous site), clears the journal and releases the lock.
func (s *Session) Close() error {
	kept, err := settle(s.out, s.temps)
	if werr := s.rewrite(kept); werr != nil {
		err = errors.Join(err, werr)
	}
	s.unlock()
	return err
}

func (s *Session) unlock() {
	funlock(s.f)
	s.f.Close()
}

// rewrite empties the journal but for kept.
func (s *Session) rewrite(kept []entry) error {
	var b bytes.Buffer
	b.WriteString(journalHeader)
	for _, e := range kept {
		line, _ := json.Marshal(e)
		b.Write(append(line, '\n'))
	}
	if err := s.f.Truncate(0); err != nil {
		return err
	}
	if _, err := s.f.Write(b.Bytes()); err != nil {
		return err
	}
	s.temps = nil
	return s.f.Sync()
}

func parseJournal(b []byte) []entry {
	var out []entry
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var e entry
		if json.Unmarshal(sc.Bytes(), &e) == nil {
			out = append(out, e)
		}
	}
	return out
}

// settle deals with the journal's entries: if the output is missing and a
// retired copy of it is listed (a build died between the two renames of a
// non-atomic swap), the copy is put back; then every listed folder whose
// marker holds its token is removed (or, if empty, a listed folder killed
// before its marker was written). Folders that are not listed, not exactly
// named, or not marked are never touched. It returns the entries it could
// not settle yet (a removal failed), for the journal to keep.
func settle(out string, entries []entry) (kept []entry, err error) {
	parent := filepath.Dir(out)
	valid := func(e entry) bool {
		return (e.Kind == "stage" || e.Kind == "work" || e.Kind == "old") &&
			len(e.Token) == 32 && strings.Trim(e.Token, "0123456789abcdef") == "" &&
			e.Name == prefix(out)+e.Kind+"-"+e.Token
	}
	_, statErr := os.Lstat(out)
	missing := errors.Is(statErr, fs.ErrNotExist)
	if missing {
		for _, e := range entries {
			site := filepath.Join(parent, e.Name, "site")
			if info, err := os.Lstat(site); valid(e) && e.Kind == "old" && err == nil && info.IsDir() {
				if err := os.Rename(site, out); err != nil {
					return entries, err
				}
				missing = false
				break
			}
		}
	}
	var errs []error
	for _, e := range entries {
		if !valid(e) {
			continue
		}
		dir := filepath.Join(parent, e.Name)
		info, err := os.Lstat(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			kept, errs = append(kept, e), append(errs, err)
			continue
		}
		if !info.IsDir() {
			continue
		}
		if e.Kind == "old" && missing {
			kept = append(kept, e) // the only copy of the site: never removed
			continue
		}
		if mark, err := os.ReadFile(filepath.Join(dir, markerName)); err == nil && string(mark) == e.Token+"\n" {
			if err := os.RemoveAll(dir); err != nil {
				kept, errs = append(kept, e), append(errs, err)
			}
			continue
		}
		os.Remove(dir) // only if empty: killed before its marker was written
	}
	return kept, errors.Join(errs...)
}

// checkLockFile refuses a file at out's lock path that is not chitieu's: it
// is never opened for writing.
func checkLockFile(out, typed string) error {
	p := LockPath(out)
	info, err := os.Lstat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	a := map[string]any{"out": typed, "lock": p}
	if !info.Mode().IsRegular() {
		return refuse("xuat-ban-tep-khoa-la", a)
	}
	if info.Size() == 0 {
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, len(journalHeader))
	if n, _ := f.Read(head); n < len(head) || string(head) != journalHeader {
		return refuse("xuat-ban-tep-khoa-la", a)
	}
	return nil
}
