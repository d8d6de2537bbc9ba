package publish

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// ManifestName is the file at the root of every folder chitieu publishes
// that lists the publication's files: it is chitieu's mark on the folder,
// and a build only ever replaces a folder whose files all match it.
const ManifestName = "chitieu-manifest.json"

// SumsName is the same list in the format of sha256sum, so that an upload
// can be verified with `sha256sum -c SHA256SUMS` in the published folder.
const SumsName = "SHA256SUMS"

// Generator is the generator of every manifest chitieu writes.
const Generator = "chitieu"

// ManifestFormat is the version of the manifest's format.
const ManifestFormat = 1

// Manifest is the content of chitieu-manifest.json.
type Manifest struct {
	Generator string `json:"generator"` // always "chitieu"
	Format    int    `json:"format"`    // ManifestFormat
	// Files lists every file of the publication but the manifest itself
	// (SHA256SUMS included), sorted by path.
	Files []File `json:"files"`
}

// File is one published file.
type File struct {
	Path   string `json:"path"`   // relative to the published folder, with "/"
	Size   int64  `json:"size"`   // in bytes
	SHA256 string `json:"sha256"` // lower-case hex
}

// Lookup returns the entry of path (slash-separated, relative), if listed.
func (m *Manifest) Lookup(p string) (File, bool) {
	i := sort.Search(len(m.Files), func(i int) bool { return m.Files[i].Path >= p })
	if i < len(m.Files) && m.Files[i].Path == p {
		return m.Files[i], true
	}
	return File{}, false
}

// WriteManifest lists every file of the finished publication in dir, writes
// SHA256SUMS, then chitieu-manifest.json (which lists SHA256SUMS too). It
// must be the last thing written into dir. Only regular files and folders
// are allowed in dir.
func WriteManifest(dir string) (*Manifest, error) {
	files, err := hashTree(dir)
	if err != nil {
		return nil, err
	}
	var sums bytes.Buffer
	for _, f := range files {
		sums.WriteString(sumLine(f))
	}
	if err := os.WriteFile(filepath.Join(dir, SumsName), sums.Bytes(), 0o644); err != nil {
		return nil, err
	}
	s := sha256.Sum256(sums.Bytes())
	files = append(files, File{Path: SumsName, Size: int64(sums.Len()), SHA256: hex.EncodeToString(s[:])})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	m := &Manifest{Generator: Generator, Format: ManifestFormat, Files: files}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestName), append(b, '\n'), 0o644); err != nil {
		return nil, err
	}
	return m, nil
}

// sumLine is f as a line of sha256sum's output (text mode), with its
// escaping of names that hold a backslash or a line break.
func sumLine(f File) string {
	name := f.Path
	if strings.ContainsAny(name, "\\\n\r") {
		r := strings.NewReplacer("\\", "\\\\", "\n", "\\n", "\r", "\\r")
		return "\\" + f.SHA256 + "  " + r.Replace(name) + "\n"
	}
	return f.SHA256 + "  " + name + "\n"
}

// hashTree lists every file under dir, except the manifest and SHA256SUMS
// at its root, sorted by path.
func hashTree(dir string) ([]File, error) {
	var files []File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == ManifestName || rel == SumsName {
			return nil
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: không phải tệp thường (liên kết hoặc tệp đặc biệt)", rel)
		}
		files = append(files, File{Path: rel})
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Hashed by a worker per processor (one at a time, the 20.000 files
	// of 10.000 indicators took many seconds).
	var (
		wg   sync.WaitGroup
		next atomic.Int64
		errs = make([]error, len(files))
	)
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			buf := make([]byte, 64<<10)
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				files[i].Size, files[i].SHA256, errs[i] = hashFile(filepath.Join(dir, filepath.FromSlash(files[i].Path)), buf)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// hashFile is the size and SHA-256 of the file p, read through buf: one
// buffer per worker, where io.Copy would allocate one per file (at 10.000
// indicators, 60.000 files: gigabytes of garbage in seconds, as the build
// ends, when Hugo's memory is still to be collected).
func hashFile(p string, buf []byte) (int64, string, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	// The reader is wrapped so that io.CopyBuffer uses buf (an *os.File
	// would copy with a buffer of its own).
	n, err := io.CopyBuffer(h, struct{ io.Reader }{f}, buf)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// ErrNoManifest is returned by ReadManifest when dir has no manifest, or one
// that is not chitieu's.
var ErrNoManifest = errors.New("không có tệp " + ManifestName + " của chitieu")

// ReadManifest reads dir's chitieu-manifest.json. It returns an error
// wrapping ErrNoManifest if there is none, or if the file is not a manifest
// chitieu can read (another generator, a newer format, unsafe paths).
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoManifest
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoManifest, err)
	}
	if m.Generator != Generator || m.Format < 1 || m.Format > ManifestFormat {
		return nil, fmt.Errorf("%w: generator %q, format %d", ErrNoManifest, m.Generator, m.Format)
	}
	for i, f := range m.Files {
		if f.Path == "" || !fs.ValidPath(f.Path) || path.Clean(f.Path) != f.Path || f.Path == ManifestName {
			return nil, fmt.Errorf("%w: invalid path %q", ErrNoManifest, f.Path)
		}
		if i > 0 && m.Files[i-1].Path >= f.Path {
			return nil, fmt.Errorf("%w: files not sorted at %q", ErrNoManifest, f.Path)
		}
	}
	return &m, nil
}
