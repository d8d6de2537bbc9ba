package dataset

import (
	"errors"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"syscall"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
)

// The files of a folder of exports that are not observations.
const (
	IndicatorsFile = "chi-tieu.csv"
	TargetsFile    = "muc-tieu.csv"
)

// Rows as csvfile.Decode gives them: each value a cell that keeps its line
// and column, so that every problem can be reported in its place; numbers
// stay text until they are read under the file's decimal convention.
type indicatorRow struct {
	Ma        csvfile.Cell `csv:"ma"`
	Ten       csvfile.Cell `csv:"ten"`
	Nhom      csvfile.Cell `csv:"nhom"`
	DonVi     csvfile.Cell `csv:"don_vi"`
	Tong      csvfile.Cell `csv:"tong"`
	ThanhPhan csvfile.Cell `csv:"thanh_phan"`
	KeHoach   csvfile.Cell `csv:"ke_hoach"`
	BieuDo    csvfile.Cell `csv:"bieu_do"`
	Nguon     csvfile.Cell `csv:"nguon"`
	GhiChu    csvfile.Cell `csv:"ghi_chu"`
	ChoPhepAm csvfile.Cell `csv:"cho_phep_am"`
	TenEN     csvfile.Cell `csv:"ten_en"`
	DonViEN   csvfile.Cell `csv:"don_vi_en"`
	ChuoiEN   csvfile.Cell `csv:"chuoi_en"`
}

type targetRow struct {
	Ma       csvfile.Cell `csv:"ma"`
	Chuoi    csvfile.Cell `csv:"chuoi"`
	PhepDo   csvfile.Cell `csv:"phep_do"`
	MauSo    csvfile.Cell `csv:"mau_so"`
	ToanTu   csvfile.Cell `csv:"toan_tu"`
	Nguong   csvfile.Cell `csv:"nguong"`
	Han      csvfile.Cell `csv:"han"`
	DienGiai csvfile.Cell `csv:"dien_giai"`
}

type longRow struct {
	Ma        csvfile.Cell `csv:"ma"`
	Ky        csvfile.Cell `csv:"ky"`
	Chuoi     csvfile.Cell `csv:"chuoi"`
	GiaTri    csvfile.Cell `csv:"gia_tri"`
	TyLeBaoCa csvfile.Cell `csv:"ty_le_bao_cao"`
	GhiChu    csvfile.Cell `csv:"ghi_chu"`
}

// loader carries the state of one Load.
type loader struct {
	diags *diag.List
	ds    *Dataset
	byID  map[string]*Indicator
	// seen holds, for each indicator, where in its Observations each
	// (period, series) was first given; the pair as the numbers periods
	// and series give them, so that an export of millions of rows keeps
	// no string per row.
	seen    map[*Indicator]map[seenKey]int32
	periods map[string]int32
	series  map[string]seriesName
	// parsed caches period.Parse by the text of a period cell: an export
	// writes the same few periods on every row.
	parsed map[string]parsedPeriod
	// spelled holds how each (indicator, period) was first written, and
	// warnedSpelling the other spellings already reported.
	spelled        map[spellKey]spelling
	warnedSpelling map[spellKey]bool
	// declared holds the cells of chi-tieu.csv that name an indicator's
	// series (keys "tong", "thanh_phan", "ke_hoach"), to report them in place.
	declared map[*Indicator]map[string]csvfile.Cell
	// noIndicators: chi-tieu.csv could not be used, so ids are not checked
	// against it (every row would be reported).
	noIndicators bool
	// rejected holds the ids (as typed, and as slugs) of chi-tieu.csv rows
	// refused for their id: references to them were reported there already.
	rejected map[string]bool
	// incomplete: an observation file could not be read at all, so an
	// indicator or series without figures may have them in that file.
	incomplete bool
	// unread holds the ids found in observation files refused for their header.
	unread map[string]bool
}

// Load reads and checks every CSV export in fsys (a folder, e.g. os.DirFS);
// label is the folder as the user named it, used in messages. Problems go to
// diags; the dataset is nil when the folder cannot be used at all.
func Load(fsys fs.FS, label string, diags *diag.List) *Dataset {
	l := &loader{diags: diags, ds: &Dataset{}, byID: map[string]*Indicator{}, seen: map[*Indicator]map[seenKey]int32{},
		periods: map[string]int32{}, series: map[string]seriesName{}, parsed: map[string]parsedPeriod{},
		spelled: map[spellKey]spelling{}, warnedSpelling: map[spellKey]bool{},
		declared: map[*Indicator]map[string]csvfile.Cell{}, rejected: map[string]bool{}, unread: map[string]bool{}}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		diags.Add(diag.Make(diag.Error, CodeFolderUnreadable, diag.Args{"err": diag.Parts{err.Error()}}).At(label, 0, 0, ""))
		return nil
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(path.Ext(e.Name()), ".csv") && !strings.HasPrefix(e.Name(), "~$") && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	// "Chi-Tieu.csv" is chi-tieu.csv: Windows does not tell them apart.
	role := map[string]string{}
	for _, n := range names {
		for _, special := range []string{IndicatorsFile, TargetsFile} {
			if strings.EqualFold(n, special) && role[special] == "" {
				role[special] = n
			}
		}
	}
	// One file at a time, as its text (csvfile.Open): the rows of an export
	// of millions of them are read from it, never held as cells, and its
	// text is let go once its figures are taken.
	open := func(n string) *csvfile.Table {
		data, err := fs.ReadFile(fsys, n)
		file := path.Join(label, n)
		if err != nil {
			l.incomplete = true
			if errors.Is(err, syscall.ELOOP) {
				l.diags.Add(diag.Make(diag.Error, CodeLinkLoop, diag.Args{"name": n}).At(file, 0, 0, ""))
				return nil
			}
			diags.Add(diag.Make(diag.Error, CodeFileUnreadable, diag.Args{"err": diag.Parts{err.Error()}}).At(file, 0, 0, ""))
			return nil
		}
		t := csvfile.Open(file, data, diags)
		if t == nil && n != role[IndicatorsFile] && n != role[TargetsFile] {
			l.incomplete = true
		}
		return t
	}
	var indTable *csvfile.Table
	if role[IndicatorsFile] != "" {
		indTable = open(role[IndicatorsFile])
	}
	if indTable == nil {
		// Nothing can be built; the other files are still read, for the
		// problems of their own.
		for _, n := range names {
			if n == role[IndicatorsFile] {
				continue
			}
			if t := open(n); t != nil {
				t.Done()
			}
		}
		if role[IndicatorsFile] == "" {
			diags.Add(diag.Make(diag.Error, CodeNoIndicatorFile, diag.Args{"file": IndicatorsFile, "dir": label}).At(path.Join(label, IndicatorsFile), 0, 0, ""))
		}
		return nil
	}
	l.noIndicators = !l.readIndicators(indTable)
	indTable.Done()
	for _, n := range names {
		if n == role[IndicatorsFile] || n == role[TargetsFile] {
			continue
		}
		if t := open(n); t != nil {
			l.readObservations(t)
			t.Done()
		}
	}
	var targets *csvfile.Table
	if role[TargetsFile] != "" {
		// Opened before finish: a muc-tieu.csv that cannot be read makes the
		// figures incomplete, as any other file.
		targets = open(role[TargetsFile])
	}
	if !l.noIndicators {
		l.finish()
	}
	if targets != nil {
		l.readTargets(targets)
		targets.Done()
	}
	if l.noIndicators {
		// The other files were checked for what they hold on their own;
		// nothing can be built without the indicator list.
		return nil
	}
	return l.ds
}

func (l *loader) errorAt(c csvfile.Cell, file, key string, args diag.Args) {
	l.diags.Add(diag.Make(diag.Error, key, args).At(file, c.Line, c.Col, c.Text))
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// readIndicators reads chi-tieu.csv; it returns false when the file cannot
// be used as the indicator list at all.
func (l *loader) readIndicators(t *csvfile.Table) bool {
	if !mapColumns(t, indicatorColumns, IndicatorsFile, l.diags) {
		return false
	}
	if t.Empty() {
		l.diags.Add(diag.Make(diag.Error, CodeNoIndicators, diag.Args{"file": IndicatorsFile}).At(t.File, t.HeaderLine, 0, ""))
		return false
	}
	for _, r := range csvfile.Decode[indicatorRow](t) {
		c := r.Ma
		at := pos(t.File, c)
		switch {
		case c.Text == "":
			l.errorAt(c, t.File, CodeNoID, nil)
			continue
		case !idPattern.MatchString(c.Text):
			l.rejected[c.Text], l.rejected[Slug(c.Text)] = true, true
			l.errorAt(c, t.File, CodeBadID, diag.Args{"id": c.Text, "slug": Slug(c.Text)})
			continue
		}
		if prev, dup := l.byID[c.Text]; dup {
			l.errorAt(c, t.File, CodeDuplicateID, diag.Args{"id": c.Text, "line": prev.Pos.Line, "file": IndicatorsFile})
			continue
		}
		if r.Ten.Text == "" {
			l.errorAt(r.Ten, t.File, CodeNoTitle, diag.Args{"id": c.Text})
		}
		if r.DonVi.Text == "" {
			l.errorAt(r.DonVi, t.File, CodeNoUnit, diag.Args{"id": c.Text})
		}
		// "cột chồng", "Cot chong" and "cot-chong" are the same kind.
		kind := Slug(r.BieuDo.Text)
		switch kind {
		case ChartAuto, ChartBar, ChartStacked, ChartLine, ChartPie:
		default:
			l.errorAt(r.BieuDo, t.File, CodeBadChart, diag.Args{"value": r.BieuDo.Text})
			kind = ChartAuto
		}
		unit := r.DonVi.Text
		if strings.TrimSpace(strings.ToLower(unit)) == "phần trăm" || unit == "tỷ lệ %" || unit == "(%)" {
			unit = "%"
		}
		ind := &Indicator{
			ID: c.Text, Title: r.Ten.Text, Group: r.Nhom.Text, Unit: unit, Source: r.Nguon.Text, Notes: r.GhiChu.Text,
			ChartKind: kind, Total: r.Tong.Text, Plan: r.KeHoach.Text, Pos: at, Parts: splitList(r.ThanhPhan.Text, ";"),
		}
		ind.TitleEN, ind.UnitEN = strings.TrimSpace(r.TenEN.Text), strings.TrimSpace(r.DonViEN.Text)
		for _, pair := range splitList(r.ChuoiEN.Text, ";") {
			vi, en, ok := strings.Cut(pair, "=")
			vi, en = strings.TrimSpace(vi), strings.TrimSpace(en)
			if !ok || vi == "" || en == "" {
				c := r.ChuoiEN
				l.diags.Add(diag.Make(diag.Warning, CodeBadEnglishName, diag.Args{"value": pair}).At(t.File, c.Line, c.Col, c.Text))
				continue
			}
			if ind.SeriesEN == nil {
				ind.SeriesEN = map[string]string{}
			}
			ind.SeriesEN[vi] = en
		}
		if neg, ok := yesNo(r.ChoPhepAm.Text); ok {
			ind.AllowNegative = neg
		} else {
			c := r.ChoPhepAm
			l.diags.Add(diag.Make(diag.Error, CodeBadYesNo, diag.Args{"column": "cho_phep_am", "value": c.Text}).At(t.File, c.Line, c.Col, c.Text))
		}
		l.byID[ind.ID] = ind
		l.declared[ind] = map[string]csvfile.Cell{"tong": r.Tong, "thanh_phan": r.ThanhPhan, "ke_hoach": r.KeHoach, "chuoi_en": r.ChuoiEN}
		l.ds.Indicators = append(l.ds.Indicators, ind)
	}
	return true
}

// yesNo reads a yes/no cell: blank is no; ok is false for anything else
// than the usual ways of writing yes and no.
func yesNo(s string) (yes, ok bool) {
	switch csvfile.NormalizeKey(s) {
	case "", "khong", "k", "0", "no", "n", "false", "sai":
		return false, true
	case "co", "x", "1", "yes", "y", "true", "dung", "duoc":
		return true, true
	}
	return false, false
}

// splitList splits s at sep, trimming and dropping empty items.
func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// indicatorOf returns the indicator whose id is in cell c, reporting an
// empty or unknown id; it is silent about ids whose row of chi-tieu.csv was
// refused (already reported there).
func (l *loader) indicatorOf(c csvfile.Cell, file string) *Indicator {
	if ind := l.byID[c.Text]; ind != nil {
		return ind
	}
	switch {
	case c.Text == "":
		l.errorAt(c, file, CodeNoID+"/tham-chieu", diag.Args{"file": IndicatorsFile})
	case l.noIndicators || l.rejected[c.Text]:
	default:
		l.unknownIndicator(c, file)
	}
	return nil
}

// unknownIndicator reports a reference to an id missing from chi-tieu.csv.
func (l *loader) unknownIndicator(c csvfile.Cell, file string) {
	if s := l.closestID(c.Text); s != "" {
		l.errorAt(c, file, CodeUnknownIndicator+"/goi-y", diag.Args{"id": c.Text, "file": IndicatorsFile, "hint": s})
		return
	}
	l.errorAt(c, file, CodeUnknownIndicator, diag.Args{"id": c.Text, "file": IndicatorsFile})
}

// closestID suggests a declared id that differs from s by little.
func (l *loader) closestID(s string) string {
	ids := make([]string, len(l.ds.Indicators))
	for i, ind := range l.ds.Indicators {
		ids[i] = ind.ID
	}
	return Closest(Slug(s), ids)
}

// Closest returns the id of ids nearest to s, if fewer than 4 edits away:
// the "did you mean" of a mistyped id.
func Closest(s string, ids []string) string {
	best, bestD := "", 4
	for _, id := range ids {
		if d := editDistance(s, id); d < bestD {
			best, bestD = id, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
