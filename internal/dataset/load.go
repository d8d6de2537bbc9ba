package dataset

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"syscall"

	"github.com/gocarina/gocsv"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/period"
)

// The files of a folder of exports that are not observations.
const (
	IndicatorsFile = "chi-tieu.csv"
	TargetsFile    = "muc-tieu.csv"
)

// Rows as gocsv decodes them; numbers stay text so that every problem can be
// reported with its place.
type indicatorRow struct {
	Ma        string `csv:"ma"`
	Ten       string `csv:"ten"`
	Nhom      string `csv:"nhom"`
	DonVi     string `csv:"don_vi"`
	Tong      string `csv:"tong"`
	ThanhPhan string `csv:"thanh_phan"`
	KeHoach   string `csv:"ke_hoach"`
	BieuDo    string `csv:"bieu_do"`
	Nguon     string `csv:"nguon"`
	GhiChu    string `csv:"ghi_chu"`
	ChoPhepAm string `csv:"cho_phep_am"`
}

type targetRow struct {
	Ma       string `csv:"ma"`
	Chuoi    string `csv:"chuoi"`
	PhepDo   string `csv:"phep_do"`
	MauSo    string `csv:"mau_so"`
	ToanTu   string `csv:"toan_tu"`
	Nguong   string `csv:"nguong"`
	Han      string `csv:"han"`
	DienGiai string `csv:"dien_giai"`
}

type longRow struct {
	Ma        string `csv:"ma"`
	Ky        string `csv:"ky"`
	Chuoi     string `csv:"chuoi"`
	GiaTri    string `csv:"gia_tri"`
	TyLeBaoCa string `csv:"ty_le_bao_cao"`
	GhiChu    string `csv:"ghi_chu"`
}

// seenKey is an (indicator, period, series).
type seenKey struct {
	ind            *Indicator
	period, series string
}

// parsedPeriod is what period.Parse gave for a text.
type parsedPeriod struct {
	p   period.Period
	err *period.Error
}

// parsePeriod is period.Parse, once per distinct text.
func (l *loader) parsePeriod(text string) (period.Period, *period.Error) {
	r, ok := l.periods[text]
	if !ok {
		r.p, r.err = period.Parse(text)
		l.periods[text] = r
	}
	return r.p, r.err
}

// loader carries the state of one Load.
type loader struct {
	diags *diag.List
	ds    *Dataset
	byID  map[string]*Indicator
	// where each (indicator, period, series) was first given
	seen map[seenKey]Pos
	// periods caches period.Parse by the text of a cell: a big export
	// writes the same few periods millions of times.
	periods map[string]parsedPeriod
	// spelled holds how each (indicator, period) was first written, and
	// warnedSpelling the other spellings already reported.
	spelled        map[string]spelling
	warnedSpelling map[string]bool
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
	l := &loader{diags: diags, ds: &Dataset{}, byID: map[string]*Indicator{}, seen: map[seenKey]Pos{}, periods: map[string]parsedPeriod{},
		spelled: map[string]spelling{}, warnedSpelling: map[string]bool{},
		declared: map[*Indicator]map[string]csvfile.Cell{}, rejected: map[string]bool{}, unread: map[string]bool{}}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		diags.Add(diag.Diagnostic{Severity: diag.Error, File: label, Code: "khong-doc-duoc-thu-muc",
			What: diag.T("Không đọc được thư mục dữ liệu: "+err.Error(), "Cannot read the data folder: "+err.Error()),
			Fix:  diag.T("Kiểm tra đường dẫn -src và quyền đọc thư mục.", "Check the -src path and that the folder is readable.")})
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
	tables := map[string]*csvfile.Table{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		file := path.Join(label, n)
		if err != nil {
			l.incomplete = true
			if errors.Is(err, syscall.ELOOP) {
				l.diags.Add(diag.Make(diag.Error, "tep-lien-ket-vong", diag.Args{"name": n}).At(file, 0, 0, ""))
				continue
			}
			diags.Add(diag.Diagnostic{Severity: diag.Error, File: file, Code: "khong-doc-duoc-tep",
				What: diag.T("Không đọc được tệp: "+err.Error(), "Cannot read the file: "+err.Error()),
				Fix:  diag.T("Kiểm tra tệp có đang mở trong Excel hay bị khóa không, đóng lại rồi chạy lại.", "Check that the file is not open in Excel or locked, close it and run again.")})
			continue
		}
		key := n
		switch n {
		case role[IndicatorsFile]:
			key = IndicatorsFile
		case role[TargetsFile]:
			key = TargetsFile
		}
		if t := csvfile.Read(file, data, diags); t != nil {
			tables[key] = t
		} else if key != IndicatorsFile && key != TargetsFile {
			l.incomplete = true
		}
	}
	indTable, ok := tables[IndicatorsFile]
	if !ok {
		if role[IndicatorsFile] == "" {
			diags.Add(diag.Diagnostic{Severity: diag.Error, File: path.Join(label, IndicatorsFile), Code: "thieu-tep-chi-tieu",
				What:     diag.T("Không có tệp danh mục chỉ tiêu "+IndicatorsFile+".", "There is no indicator list "+IndicatorsFile+"."),
				Expected: diag.T("Thư mục "+label+" có tệp "+IndicatorsFile+" (mỗi dòng một chỉ tiêu) và các tệp số liệu.", "The folder "+label+" holds "+IndicatorsFile+" (one row per indicator) and the observation files."),
				Fix:      diag.T("Xuất trang tính danh mục chỉ tiêu thành CSV UTF-8 với tên "+IndicatorsFile+".", "Export the indicator sheet as CSV UTF-8 named "+IndicatorsFile+".")})
		}
		return nil
	}
	l.noIndicators = !l.readIndicators(indTable)
	for _, n := range names {
		t := tables[n]
		if t == nil || n == role[IndicatorsFile] || n == role[TargetsFile] {
			continue
		}
		l.readObservations(t)
	}
	if l.noIndicators {
		// The other files were checked for what they hold on their own;
		// nothing can be built without the indicator list.
		if t := tables[TargetsFile]; t != nil {
			l.readTargets(t)
		}
		return nil
	}
	l.finish()
	if t := tables[TargetsFile]; t != nil {
		l.readTargets(t)
	}
	return l.ds
}

func (l *loader) errorAt(c csvfile.Cell, file, code string, what, expected, fix diag.Text) {
	l.diags.Add(diag.Diagnostic{Severity: diag.Error, File: file, Line: c.Line, Col: c.Col, Code: code, Value: c.Text, What: what, Expected: expected, Fix: fix})
}

// decode runs gocsv over the table (keys already canonical) into out.
func decode(t *csvfile.Table, out any, diags *diag.List) bool {
	if err := gocsv.UnmarshalCSV(t.Reader(), out); err != nil {
		diags.Add(diag.Diagnostic{Severity: diag.Error, File: t.File, Code: "khong-doc-duoc-dong",
			What: diag.T("Không đọc được các dòng của tệp: "+err.Error(), "Cannot read the rows of the file: "+err.Error()),
			Fix: diag.T("Mở tệp bằng Excel hoặc LibreOffice, kiểm tra dòng tiêu đề, rồi lưu lại thành CSV UTF-8.",
				"Open the file in Excel or LibreOffice, check the header line, and save it as CSV UTF-8 again.")})
		return false
	}
	return true
}

// cell returns row i's cell under canonical key k, with its position.
func cell(t *csvfile.Table, i int, k string) csvfile.Cell {
	r := t.Rows[i]
	if c := t.Column(k); c >= 0 && c < len(r.Cells) {
		return r.Cells[c]
	}
	return csvfile.Cell{Line: r.Line}
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// readIndicators reads chi-tieu.csv; it returns false when the file cannot
// be used as the indicator list at all.
func (l *loader) readIndicators(t *csvfile.Table) bool {
	if !mapColumns(t, indicatorColumns, IndicatorsFile, l.diags) {
		return false
	}
	var rows []indicatorRow
	if !decode(t, &rows, l.diags) {
		return false
	}
	if len(rows) == 0 {
		l.diags.Add(diag.Diagnostic{Severity: diag.Error, File: t.File, Line: t.HeaderLine, Code: "chi-tieu-trong",
			What:     diag.T("Tệp "+IndicatorsFile+" chỉ có dòng tiêu đề, không có chỉ tiêu nào.", IndicatorsFile+" has a header line but no indicator."),
			Expected: diag.T("Mỗi chỉ tiêu một dòng dưới dòng tiêu đề.", "One row per indicator below the header."),
			Fix:      diag.T("Mở lại bảng tính danh mục chỉ tiêu, kiểm tra đã chọn đúng trang tính, rồi lưu lại thành CSV UTF-8.", "Open the indicator workbook, check the right sheet is selected, and save it as CSV UTF-8 again.")})
		return false
	}
	for i, r := range rows {
		c := cell(t, i, "ma")
		pos := Pos{t.File, c.Line, c.Col}
		switch {
		case r.Ma == "":
			l.errorAt(c, t.File, "thieu-ma",
				diag.T("Dòng này không có mã chỉ tiêu.", "This row has no indicator id."),
				diag.T("Mỗi chỉ tiêu có một mã riêng, ví dụ “xep-loai-dang-vien”.", "Every indicator has its own id, e.g. “xep-loai-dang-vien”."),
				diag.T("Điền mã vào cột “ma”, hoặc xóa dòng nếu thừa.", "Fill in the “ma” column, or delete the row if it is not needed."))
			continue
		case !idPattern.MatchString(r.Ma):
			l.rejected[r.Ma], l.rejected[Slug(r.Ma)] = true, true
			l.errorAt(c, t.File, "ma-khong-hop-le",
				diag.T("Mã chỉ tiêu “"+r.Ma+"” không hợp lệ: mã dùng làm địa chỉ trang web.", "Indicator id “"+r.Ma+"” is not valid: ids are used in page addresses."),
				diag.T("Chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “"+Slug(r.Ma)+"”.", "Lower-case ascii letters, digits and hyphens, e.g. “"+Slug(r.Ma)+"”."),
				diag.T("Đổi mã thành “"+Slug(r.Ma)+"” (và sửa mã này ở các tệp số liệu, mục tiêu).", "Change the id to “"+Slug(r.Ma)+"” (and in the observation and target files)."))
			continue
		}
		if prev, dup := l.byID[r.Ma]; dup {
			l.errorAt(c, t.File, "trung-ma",
				diag.T(fmt.Sprintf("Mã chỉ tiêu “%s” bị trùng với dòng %d.", r.Ma, prev.Pos.Line), fmt.Sprintf("Indicator id “%s” repeats line %d.", r.Ma, prev.Pos.Line)),
				diag.T("Mỗi mã chỉ xuất hiện một lần trong "+IndicatorsFile+".", "Each id appears once in "+IndicatorsFile+"."),
				diag.T("Đặt mã khác cho một trong hai dòng, hoặc xóa dòng trùng.", "Give one of the rows another id, or delete the duplicate."))
			continue
		}
		if r.Ten == "" {
			l.errorAt(cell(t, i, "ten"), t.File, "thieu-ten",
				diag.T("Chỉ tiêu “"+r.Ma+"” không có tên.", "Indicator “"+r.Ma+"” has no title."),
				diag.T("Tên chỉ tiêu như trong báo cáo.", "The indicator's title as in the report."),
				diag.T("Điền tên vào cột “ten”.", "Fill in the “ten” column."))
		}
		if r.DonVi == "" {
			l.errorAt(cell(t, i, "don_vi"), t.File, "thieu-don-vi",
				diag.T("Chỉ tiêu “"+r.Ma+"” không có đơn vị tính.", "Indicator “"+r.Ma+"” has no unit."),
				diag.T("Ví dụ: “đảng viên”, “tổ chức”, “%”.", "For example “đảng viên”, “tổ chức”, “%”."),
				diag.T("Điền đơn vị vào cột “don_vi”.", "Fill in the “don_vi” column."))
		}
		// "cột chồng", "Cot chong" and "cot-chong" are the same kind.
		kind := Slug(r.BieuDo)
		switch kind {
		case ChartAuto, ChartBar, ChartStacked, ChartLine, ChartPie:
		default:
			l.errorAt(cell(t, i, "bieu_do"), t.File, "bieu-do-khong-hop-le",
				diag.T("Loại biểu đồ “"+r.BieuDo+"” không có.", "Chart kind “"+r.BieuDo+"” does not exist."),
				diag.T("Để trống (tự chọn) hoặc một trong: cot (cột), cot-chong (cột chồng), duong (đường), tron (tròn).", "Blank (automatic) or one of: cot, cot-chong, duong, tron."),
				diag.T("Sửa ô cột “bieu_do”.", "Correct the “bieu_do” cell."))
			kind = ChartAuto
		}
		unit := r.DonVi
		if strings.TrimSpace(strings.ToLower(unit)) == "phần trăm" || unit == "tỷ lệ %" || unit == "(%)" {
			unit = "%"
		}
		ind := &Indicator{
			ID: r.Ma, Title: r.Ten, Group: r.Nhom, Unit: unit, Source: r.Nguon, Notes: r.GhiChu,
			ChartKind: kind, Total: r.Tong, Plan: r.KeHoach, Pos: pos, Parts: splitList(r.ThanhPhan, ";"),
		}
		if neg, ok := yesNo(r.ChoPhepAm); ok {
			ind.AllowNegative = neg
		} else {
			c := cell(t, i, "cho_phep_am")
			l.diags.Add(diag.Make(diag.Error, "co-khong-khong-hop-le", diag.Args{"column": "cho_phep_am", "value": c.Text}).At(t.File, c.Line, c.Col, c.Text))
		}
		l.byID[ind.ID] = ind
		l.declared[ind] = map[string]csvfile.Cell{"tong": cell(t, i, "tong"), "thanh_phan": cell(t, i, "thanh_phan"), "ke_hoach": cell(t, i, "ke_hoach")}
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
		l.errorAt(c, file, "thieu-ma",
			diag.T("Dòng này không có mã chỉ tiêu.", "This row has no indicator id."),
			diag.T("Mã của một chỉ tiêu trong "+IndicatorsFile+".", "The id of an indicator in "+IndicatorsFile+"."),
			diag.T("Điền mã vào cột “ma”, hoặc xóa dòng nếu thừa.", "Fill in the “ma” column, or delete the row if it is not needed."))
	case l.noIndicators || l.rejected[c.Text]:
	default:
		l.unknownIndicator(c, file)
	}
	return nil
}

// unknownIndicator reports a reference to an id missing from chi-tieu.csv.
func (l *loader) unknownIndicator(c csvfile.Cell, file string) {
	hint, hintEN := "", ""
	if s := l.closestID(c.Text); s != "" {
		hint, hintEN = " Có phải “"+s+"”?", " Did you mean “"+s+"”?"
	}
	l.errorAt(c, file, "chi-tieu-khong-co",
		diag.T("Mã chỉ tiêu “"+c.Text+"” không có trong "+IndicatorsFile+"."+hint, "Indicator id “"+c.Text+"” is not in "+IndicatorsFile+"."+hintEN),
		diag.T("Một mã đã khai báo trong "+IndicatorsFile+".", "An id declared in "+IndicatorsFile+"."),
		diag.T("Sửa mã cho đúng, hoặc thêm chỉ tiêu này vào "+IndicatorsFile+".", "Correct the id, or add the indicator to "+IndicatorsFile+"."))
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
