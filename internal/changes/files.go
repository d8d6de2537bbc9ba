package changes

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/sitedata"
)

// Vietnam is Asia/Ho_Chi_Minh as a fixed zone: Vietnam has no daylight
// saving time, and a fixed zone needs no tzdata (often missing on Windows).
var Vietnam = time.FixedZone("UTC+7", 7*60*60)

// ErrDate and ErrEpoch say a publication date could not be read.
var (
	ErrDate  = errors.New("bad publication date")
	ErrEpoch = errors.New("bad SOURCE_DATE_EPOCH")
)

// Date returns the publication date, YYYY-MM-DD: flag if given (2026-11-27
// or, as a clerk writes it, 27/11/2026), else the date of epoch
// (SOURCE_DATE_EPOCH, seconds since 1970) in Vietnam if given, else the
// date of now in Vietnam.
func Date(flag, epoch string, now time.Time) (string, error) {
	if flag = strings.TrimSpace(flag); flag != "" {
		for _, layout := range []string{"2006-01-02", "2/1/2006"} {
			if t, err := time.Parse(layout, flag); err == nil {
				return t.Format("2006-01-02"), nil
			}
		}
		return "", ErrDate
	}
	if epoch = strings.TrimSpace(epoch); epoch != "" {
		n, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return "", ErrEpoch
		}
		return time.Unix(n, 0).In(Vietnam).Format("2006-01-02"), nil
	}
	return now.In(Vietnam).Format("2006-01-02"), nil
}

// Previous is the publication a build replaces, as far as it could be read.
type Previous struct {
	Index   *sitedata.Index // nil: none (a first publication) or unreadable
	History History
}

// HistoryFile is the history's path in a published folder.
const HistoryFile = "data/cap-nhat.json"

// Load reads the previous publication's open data: from truoc when given
// (a downloaded index.json, with cap-nhat.json beside it if it was
// downloaded too, or a folder holding data/index.json), else from the
// published folder out. A missing folder is a first publication; what
// cannot be read is a warning in diags, never an error: the build goes on
// as if it were not there.
func Load(out, truoc string, diags *diag.List) Previous {
	index := filepath.Join(out, "data", "index.json")
	if truoc != "" {
		info, err := os.Stat(truoc)
		switch {
		case err != nil:
			diags.Add(diag.Make(diag.Warning, "truoc-khong-co", diag.Args{"path": truoc}).At(filepath.ToSlash(truoc), 0, 0, ""))
			truoc = "" // compare with the published folder, if any
		case info.IsDir():
			index = filepath.Join(truoc, "data", "index.json")
			if _, err := os.Stat(index); err != nil {
				index = filepath.Join(truoc, "index.json") // the data folder itself
			}
		default:
			index = truoc
		}
	}
	var prev Previous
	b, err := os.ReadFile(index)
	if errors.Is(err, fs.ErrNotExist) {
		if truoc != "" {
			diags.Add(diag.Make(diag.Warning, "truoc-khong-co", diag.Args{"path": truoc}).At(filepath.ToSlash(truoc), 0, 0, ""))
		}
		return prev
	}
	var idx sitedata.Index
	if err == nil {
		err = json.Unmarshal(b, &idx)
		if err == nil && idx.Indicators == nil {
			err = errors.New("no indicators")
		}
	}
	if err != nil {
		// Compared with nothing, this publication adds no entry; the
		// history, if it reads, is kept.
		diags.Add(diag.Make(diag.Warning, "du-lieu-truoc-hong", diag.Args{"file": filepath.ToSlash(index)}).At(filepath.ToSlash(index), 0, 0, ""))
	} else {
		prev.Index = &idx
	}
	hist := filepath.Join(filepath.Dir(index), filepath.Base(HistoryFile))
	b, err = os.ReadFile(hist)
	if errors.Is(err, fs.ErrNotExist) {
		return prev
	}
	if err == nil {
		err = json.Unmarshal(b, &prev.History)
	}
	if err == nil {
		for _, e := range prev.History.Entries {
			if e.Seq < 1 || !validDate(e.Date) {
				err = errors.New("bad entry")
				break
			}
		}
	}
	if err != nil {
		diags.Add(diag.Make(diag.Warning, "lich-su-cap-nhat-hong", diag.Args{"file": filepath.ToSlash(hist)}).At(filepath.ToSlash(hist), 0, 0, ""))
		prev.History = History{}
	}
	return prev
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// Write writes h as JSON to dir/name, creating dir/ if needed.
func Write(dir, name string, h History) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if h.Entries == nil {
		h.Entries = []Entry{}
	}
	if err := enc.Encode(h); err != nil {
		return err
	}
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, b.Bytes(), 0o644)
}
