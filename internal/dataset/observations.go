package dataset

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// Slug turns any text into an id: "Xếp loại Đảng viên" → "xep-loai-dang-vien".
func Slug(s string) string {
	return strings.ReplaceAll(csvfile.NormalizeKey(s), "_", "-")
}

// numbers parses the numeric cells of one file under one decimal convention.
type numbers struct {
	conv    number.Convention
	guessed []csvfile.Cell
	file    string
}

func newNumbers(t *csvfile.Table, cells []csvfile.Cell) *numbers {
	texts := make([]string, 0, len(cells))
	for _, c := range cells {
		if c.Text != "" {
			texts = append(texts, c.Text)
		}
	}
	conv, _ := number.FileConvention(texts)
	if conv == number.Unknown && t.Separator == ';' {
		// Excel writes ';' where the decimal separator is ',' (Vietnamese locale).
		conv = number.DecimalComma
	}
	return &numbers{conv: conv, file: t.File}
}

// parse reads c as a number, reporting problems; ok is false when c is unusable.
func (n *numbers) parse(l *loader, c csvfile.Cell) (number.Number, bool) {
	if n.conv != number.Unknown {
		if ev := number.Evidence(c.Text); ev != number.Unknown && ev != n.conv {
			want := "dấu phẩy “,” (ví dụ 94,5)"
			wantEN := "a decimal comma (e.g. 94,5)"
			if n.conv == number.DecimalPoint {
				want, wantEN = "dấu chấm “.” (ví dụ 94.5)", "a decimal point (e.g. 94.5)"
			}
			l.errorAt(c, n.file, "dau-thap-phan-khong-nhat-quan",
				diag.T("Số “"+c.Text+"” dùng dấu thập phân khác với các số còn lại trong tệp.", "The number “"+c.Text+"” uses another decimal separator than the rest of the file."),
				diag.T("Cả tệp dùng một kiểu: "+want+".", "One style for the whole file: "+wantEN+"."),
				diag.T("Sửa số này theo cùng kiểu với các số khác trong tệp.", "Write this number in the same style as the others in the file."))
			return number.Number{}, false
		}
	}
	v, guessed, err := number.Parse(c.Text, n.conv)
	if err != nil {
		l.diags.Add(err.At(diag.Error, n.file, c.Line, c.Col, c.Text))
		return number.Number{}, false
	}
	if guessed {
		n.guessed = append(n.guessed, c)
	}
	return v, true
}

// report warns once per file about the numbers whose reading was guessed.
func (n *numbers) report(l *loader) {
	if len(n.guessed) == 0 {
		return
	}
	c := n.guessed[0]
	l.diags.Add(diag.Diagnostic{Severity: diag.Warning, File: n.file, Line: c.Line, Col: c.Col, Code: "doan-dau-thap-phan", Value: c.Text,
		What: diag.T(fmt.Sprintf("%d số trong tệp (như “%s”) có thể hiểu hai cách; đã đọc theo kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy là dấu thập phân.", len(n.guessed), c.Text),
			fmt.Sprintf("%d number(s) in the file (such as “%s”) can be read two ways; they were read the Vietnamese way: dot for thousands, comma for decimals.", len(n.guessed), c.Text)),
		Expected: diag.T("Một số không thể hiểu hai cách, ví dụ 4116 hoặc 94,5.", "A number that cannot be read two ways, e.g. 4116 or 94,5."),
		Fix:      diag.T("Nếu đúng thì không cần làm gì. Để chắc chắn, bỏ dấu phân cách hàng nghìn (4116) hoặc dùng tệp phân cách bằng “;”.", "Nothing to do if this is right. To be sure, drop the thousands separator (4116) or export with “;” as separator.")})
}

// spelling is how a period was first written in an indicator.
type spelling struct {
	typed string
	pos   Pos
}

// spelling warns, once per spelling, when an indicator writes one period
// two ways ("2022" and "Năm 2022"): the site shows the canonical label.
func (l *loader) spelling(t *csvfile.Table, ind *Indicator, p period.Period, c csvfile.Cell) {
	k := ind.ID + "\x00" + p.Label
	first, ok := l.spelled[k]
	if !ok {
		l.spelled[k] = spelling{p.Typed, Pos{t.File, c.Line, c.Col}}
		return
	}
	if first.typed == p.Typed || l.warnedSpelling[k+"\x00"+p.Typed] {
		return
	}
	l.warnedSpelling[k+"\x00"+p.Typed] = true
	l.diags.Add(diag.Make(diag.Warning, "ky-hai-cach-viet", diag.Args{"typed": p.Typed, "id": ind.ID, "first": first.typed, "file": first.pos.File, "line": first.pos.Line, "canonical": p.Label}).
		At(t.File, c.Line, c.Col, c.Text))
}

// obs records one observation after the checks every layout shares.
func (l *loader) obs(t *csvfile.Table, nums *numbers, idCell, periodCell, seriesCell, valueCell, reportedCell csvfile.Cell, note string) {
	// Every cell of the row is checked, so that all its mistakes show in one run.
	ind := l.indicatorOf(idCell, t.File)
	p, perr := l.parsePeriod(periodCell.Text)
	if perr != nil {
		l.diags.Add(perr.At(diag.Error, t.File, periodCell.Line, periodCell.Col, periodCell.Text))
	}
	if valueCell.Text == "" {
		return // an empty cell is no figure yet, as in a spreadsheet
	}
	v, ok := nums.parse(l, valueCell)
	if ind != nil && (perr != nil || !ok) {
		ind.Invalid = true
	}
	if ind == nil || perr != nil || !ok {
		if reportedCell.Text != "" {
			nums.parse(l, reportedCell)
		}
		return
	}
	series := seriesCell.Text
	pos := Pos{t.File, valueCell.Line, valueCell.Col}
	key := seenKey{ind, p.Label, series}
	if first, dup := l.seen[key]; dup {
		ind.Invalid = true
		d := diag.Make(diag.Error, "trung-so-lieu", diag.Args{"id": ind.ID, "period": p.Label, "series": series, "file": first.File, "line": first.Line, "typed": p.Typed, "first": l.spelled[ind.ID+"\x00"+p.Label].typed})
		l.diags.Add(d.At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	l.spelling(t, ind, p, periodCell)
	if v.Value < 0 && !ind.AllowNegative {
		ind.Invalid = true
		l.diags.Add(diag.Make(diag.Error, "so-am", diag.Args{"value": valueCell.Text, "id": ind.ID}).At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	if !ind.IsPercent() && strings.Contains(valueCell.Text, "%") {
		ind.Invalid = true
		l.diags.Add(diag.Make(diag.Error, "phan-tram-o-chi-tieu-khong-phai-ty-le", diag.Args{"value": valueCell.Text, "id": ind.ID, "unit": ind.Unit, "number": number.VI(v.Value, v.Decimals)}).
			At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	if ind.IsPercent() && v.Value > 100 {
		ind.Invalid = true
		l.errorAt(valueCell, t.File, "ty-le-tren-100",
			diag.T(fmt.Sprintf("Tỷ lệ %s %% lớn hơn 100 %% (đơn vị của “%s” là %%).", valueCell.Text, ind.ID), fmt.Sprintf("Percentage %s %% is above 100 %% (the unit of “%s” is %%).", valueCell.Text, ind.ID)),
			diag.T("Một tỷ lệ từ 0 đến 100.", "A percentage from 0 to 100."),
			diag.T("Kiểm tra dấu thập phân (ví dụ 85,6 chứ không phải 856).", "Check the decimal separator (e.g. 85,6, not 856)."))
		return
	}
	o := Observation{Period: p, Series: series, Value: v, Note: note, Pos: pos}
	if reportedCell.Text != "" {
		if r, ok := nums.parse(l, reportedCell); ok {
			o.Reported = &r
			o.ReportedPos = Pos{t.File, reportedCell.Line, reportedCell.Col}
		}
	}
	l.seen[key] = pos
	ind.Observations = append(ind.Observations, o)
}

func (l *loader) readObservations(t *csvfile.Table) {
	hasKey := func(k string) bool {
		for _, x := range t.Keys {
			if canonical(longColumns, x) == k {
				return true
			}
		}
		return false
	}
	if len(t.Rows) == 0 {
		l.diags.Add(diag.Diagnostic{Severity: diag.Warning, File: t.File, Line: t.HeaderLine, Code: "tep-khong-co-so-lieu",
			What:     diag.T("Tệp chỉ có dòng tiêu đề, không có số liệu nào.", "The file has a header line but no figures."),
			Expected: diag.T("Các dòng số liệu dưới dòng tiêu đề.", "Rows of figures below the header line."),
			Fix: diag.T("Kiểm tra đã chọn đúng trang tính khi lưu thành CSV; nếu tệp chưa dùng đến thì bỏ nó ra khỏi thư mục dữ liệu.",
				"Check the right sheet was selected when saving as CSV; if the file is not used yet, move it out of the data folder.")})
	}
	switch {
	case hasKey("ky") || hasKey("gia_tri"):
		l.readLong(t)
	case hasKey("ma"):
		l.readWide(t)
	default:
		l.incomplete = true
		l.diags.Add(diag.Diagnostic{Severity: diag.Error, File: t.File, Line: t.HeaderLine, Code: "khong-nhan-ra-bo-cuc",
			What: diag.T("Không nhận ra tệp số liệu: dòng tiêu đề không có cột “ma”.", "Not an observation file: the header row has no “ma” column."),
			Expected: diag.T("Dạng dọc: ma, ky, chuoi, gia_tri[, ty_le_bao_cao][, ghi_chu]. Dạng ngang: ma, chuoi, rồi mỗi kỳ một cột (2021, 2022, …).",
				"Long layout: ma, ky, chuoi, gia_tri[, ty_le_bao_cao][, ghi_chu]. Wide layout: ma, chuoi, then one column per period (2021, 2022, …)."),
			Fix: diag.T("Sửa dòng tiêu đề theo một trong hai dạng, hoặc bỏ tệp này khỏi thư mục dữ liệu.", "Correct the header row to one of the two layouts, or move the file out of the data folder.")})
	}
}

// refuse notes the ids of a file whose rows cannot be read, so that their
// indicators are not also reported as having no figures.
func (l *loader) refuse(t *csvfile.Table) {
	if c := t.Column("ma"); c >= 0 {
		for _, r := range t.Rows {
			if c < len(r.Cells) {
				l.unread[r.Cells[c].Text] = true
			}
		}
		return
	}
	l.incomplete = true
}

func (l *loader) readLong(t *csvfile.Table) {
	if !mapColumns(t, longColumns, "tệp số liệu (dạng dọc)", l.diags) {
		l.refuse(t)
		return
	}
	var rows []longRow
	if !decode(t, &rows, l.diags) {
		l.refuse(t)
		return
	}
	var numeric []csvfile.Cell
	for i := range rows {
		numeric = append(numeric, cell(t, i, "gia_tri"), cell(t, i, "ty_le_bao_cao"))
	}
	kyCol := t.Column("ky")
	if l.collides(t, func(r csvfile.Row) string {
		if kyCol < len(r.Cells) {
			if p, err := l.parsePeriod(r.Cells[kyCol].Text); err == nil {
				return p.Label
			}
			return r.Cells[kyCol].Text
		}
		return ""
	}) {
		return
	}
	nums := newNumbers(t, numeric)
	for i, r := range rows {
		id, value, reported, series := cell(t, i, "ma"), cell(t, i, "gia_tri"), cell(t, i, "ty_le_bao_cao"), cell(t, i, "chuoi")
		if value.Text == "" && series.Text != "" && strings.ContainsAny(series.Text, "0123456789") {
			if _, _, err := number.Parse(series.Text, nums.conv); err == nil {
				if ind := l.byID[id.Text]; ind != nil {
					ind.Invalid = true
				}
				l.diags.Add(diag.Make(diag.Error, "o-trong-lech-cot", diag.Args{"series": series.Text}).At(t.File, series.Line, series.Col, series.Text))
				continue
			}
		}
		l.obs(t, nums, id, cell(t, i, "ky"), series, value, reported, r.GhiChu)
		l.splitNumber(t, id, cell(t, i, "ghi_chu"), value, reported)
	}
	nums.report(l)
}

// collides refuses, with one message naming the column, a file without the
// "chuoi" column in which two rows give the same indicator and period (in
// the wide layout: the same indicator): without the column every part of a
// multi-series indicator collides with its total, and a message per row
// would hide the one cause. periodOf returns a row's period label ("" in
// the wide layout).
func (l *loader) collides(t *csvfile.Table, periodOf func(r csvfile.Row) string) bool {
	idCol := t.Column("ma")
	if t.Column("chuoi") >= 0 || idCol < 0 {
		return false
	}
	first := map[string]int{}
	n := 0
	var id, per string
	var line1, line2 int
	for _, r := range t.Rows {
		if idCol >= len(r.Cells) || r.Cells[idCol].Text == "" {
			continue
		}
		p := periodOf(r)
		k := r.Cells[idCol].Text + "\x00" + p
		if f, dup := first[k]; dup {
			if n == 0 {
				id, per, line1, line2 = r.Cells[idCol].Text, p, f, r.Line
			}
			n++
			continue
		}
		first[k] = r.Line
	}
	if n == 0 {
		return false
	}
	if per == "" {
		per = "—"
	}
	l.diags.Add(diag.Make(diag.Error, "thieu-cot-chuoi", diag.Args{"n": n, "id": id, "period": per, "line1": line1, "line2": line2}).
		At(t.File, t.HeaderLine, 0, ""))
	l.refuse(t)
	return true
}

var reportedHeader = regexp.MustCompile(`^(.*?)\s*\(\s*%\s*\)$|^(.*?)\s*%$`)

// readWide reads the layout of an Excel sheet: ma, chuoi, then a column per
// period; a column "<period> (%)" holds the percentages the report prints.
func (l *loader) readWide(t *csvfile.Table) {
	type periodCol struct {
		idx      int
		reported int // index of its "(%)" column, or -1
	}
	idCol, seriesCol, noteCol := -1, -1, -1
	var cols []periodCol
	reportedOf := map[string]int{}
	for i, k := range t.Keys {
		switch canonical(longColumns, k) {
		case "ma":
			idCol = i
			continue
		case "chuoi":
			seriesCol = i
			continue
		case "ghi_chu":
			noteCol = i
			continue
		}
		h := t.Header[i]
		if m := reportedHeader.FindStringSubmatch(h.Text); m != nil {
			reportedOf[strings.TrimSpace(m[1]+m[2])] = i
			continue
		}
		if _, err := period.Parse(h.Text); err != nil {
			l.errorAt(h, t.File, "cot-ky-khong-hop-le",
				diag.T("Cột “"+h.Text+"” của tệp dạng ngang không phải là một kỳ.", "Column “"+h.Text+"” of a wide-layout file is not a period."),
				err.Expected,
				diag.T("Đặt tên cột là một kỳ (ví dụ 2021, 6 tháng đầu năm 2023), hoặc “<kỳ> (%)” cho tỷ lệ báo cáo, hoặc xóa cột.", "Name the column after a period (e.g. 2021), or “<period> (%)” for reported percentages, or delete it."))
			continue
		}
		cols = append(cols, periodCol{idx: i, reported: -1})
	}
	for i := range cols {
		if r, ok := reportedOf[t.Header[cols[i].idx].Text]; ok {
			cols[i].reported = r
			delete(reportedOf, t.Header[cols[i].idx].Text)
		}
	}
	for label, i := range reportedOf {
		l.errorAt(t.Header[i], t.File, "cot-ty-le-khong-co-ky",
			diag.T("Cột tỷ lệ “"+t.Header[i].Text+"” không có cột kỳ “"+label+"” đi kèm.", "Percentage column “"+t.Header[i].Text+"” has no period column “"+label+"”."),
			diag.T("Mỗi cột “<kỳ> (%)” đi với một cột “<kỳ>”.", "Each “<period> (%)” column goes with a “<period>” column."),
			diag.T("Sửa tên cột cho khớp với cột kỳ.", "Rename the column to match its period column."))
	}
	sort.Slice(cols, func(a, b int) bool { return cols[a].idx < cols[b].idx })
	var numeric []csvfile.Cell
	get := func(r csvfile.Row, i int) csvfile.Cell {
		if i >= 0 && i < len(r.Cells) {
			return r.Cells[i]
		}
		return csvfile.Cell{Line: r.Line}
	}
	for _, r := range t.Rows {
		for _, pc := range cols {
			numeric = append(numeric, get(r, pc.idx), get(r, pc.reported))
		}
	}
	if l.collides(t, func(csvfile.Row) string { return "" }) {
		return
	}
	nums := newNumbers(t, numeric)
	for _, r := range t.Rows {
		note := get(r, noteCol).Text
		if id := get(r, idCol); l.indicatorOf(id, t.File) == nil {
			// Report an unknown id once per row, not once per period, and
			// still check the numbers of the row.
			for _, pc := range cols {
				for _, c := range []csvfile.Cell{get(r, pc.idx), get(r, pc.reported)} {
					if c.Text != "" {
						nums.parse(l, c)
					}
				}
			}
			continue
		}
		var numbers []csvfile.Cell
		for _, pc := range cols {
			h := t.Header[pc.idx]
			pcell := csvfile.Cell{Text: h.Text, Line: h.Line, Col: h.Col}
			l.obs(t, nums, get(r, idCol), pcell, get(r, seriesCol), get(r, pc.idx), get(r, pc.reported), note)
			numbers = append(numbers, get(r, pc.idx), get(r, pc.reported))
		}
		l.splitNumber(t, get(r, idCol), get(r, noteCol), numbers...)
	}
	nums.report(l)
}

var (
	noteDigits = regexp.MustCompile(`^[0-9]+\s*%?$`)
	wholePart  = regexp.MustCompile(`^[0-9][0-9. ]*$`)
)

// splitNumber refuses a row where a decimal comma typed without quotes in a
// comma-separated file cut a number in two: "102,67" in the last number
// column reads as 102 there and 67 in ghi_chu, and the row still has the
// header's width, so nothing else would notice. (Excel quotes such a cell
// itself; this comes from files edited by hand.) A note of digits alone,
// right after a whole number, is taken for that mistake: a real note says
// what its number is ("67 người").
func (l *loader) splitNumber(t *csvfile.Table, id, note csvfile.Cell, numbers ...csvfile.Cell) {
	if t.Separator != ',' || !noteDigits.MatchString(note.Text) {
		return
	}
	for _, c := range numbers {
		if c.Line != note.Line || c.Col+1 != note.Col || !wholePart.MatchString(c.Text) {
			continue
		}
		if ind := l.byID[id.Text]; ind != nil {
			ind.Invalid = true
		}
		joined := c.Text + "," + note.Text
		l.errorAt(note, t.File, "so-bi-tach-o",
			diag.T(fmt.Sprintf("Ô ghi chú chỉ có “%s”, ngay sau số “%s”: có vẻ số “%s” đã bị tách làm hai ô, vì tệp này phân cách bằng dấu phẩy mà số không nằm trong ngoặc kép.", note.Text, c.Text, joined),
				fmt.Sprintf("The note holds only “%s”, right after the number “%s”: the number “%s” seems to have been cut in two, because this file is comma-separated and the number is not in quotes.", note.Text, c.Text, joined)),
			diag.T(fmt.Sprintf("Trong tệp phân cách bằng dấu phẩy, số có dấu phẩy thập phân nằm trong ngoặc kép: \"%s\".", joined),
				fmt.Sprintf("In a comma-separated file, a number with a decimal comma is quoted: \"%s\".", joined)),
			diag.T(fmt.Sprintf("Viết lại thành \"%s\" (có ngoặc kép), hoặc lưu lại từ Excel bằng “CSV UTF-8” (Excel tự thêm ngoặc kép). Nếu “%s” đúng là ghi chú, viết rõ nó là gì, ví dụ “%s người”.", joined, note.Text, note.Text),
				fmt.Sprintf("Write it as \"%s\" (with the quotes), or save again from Excel as “CSV UTF-8” (Excel adds the quotes). If “%s” really is a note, say what it counts, e.g. “%s người”.", joined, note.Text, note.Text)))
		return
	}
}
