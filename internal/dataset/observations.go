package dataset

import (
	"iter"
	"regexp"
	"slices"
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

// newNumbers settles the convention of t's numbers, the cells that yields.
func newNumbers(t *csvfile.Table, cells iter.Seq[csvfile.Cell]) *numbers {
	// Counted, not held: a file may have millions of decimal numbers.
	var tally number.Tally
	for c := range cells {
		if c.Text != "" {
			tally.Add(c.Text)
		}
	}
	conv, _ := tally.Convention()
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
			style := diag.Word("thap-phan-phay")
			if n.conv == number.DecimalPoint {
				style = diag.Word("thap-phan-cham")
			}
			l.errorAt(c, n.file, CodeMixedDecimals, diag.Args{"value": c.Text, "style": style})
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
	l.diags.Add(diag.Make(diag.Warning, CodeGuessedDecimals, diag.Args{"n": len(n.guessed), "value": c.Text}).At(n.file, c.Line, c.Col, c.Text))
}

// spelling is how a period was first written in an indicator.
type spelling struct {
	typed string
	pos   Pos
}

// spelling warns, once per spelling, when an indicator writes one period
// two ways ("2022" and "Năm 2022"): the site shows the canonical label.
func (l *loader) spelling(t *csvfile.Table, ind *Indicator, p period.Period, c csvfile.Cell) {
	k := spellKey{ind: ind, label: p.Label}
	first, ok := l.spelled[k]
	if !ok {
		l.spelled[k] = spelling{p.Typed, pos(t.File, c)}
		return
	}
	w := spellKey{ind: ind, label: p.Label, typed: p.Typed}
	if first.typed == p.Typed || l.warnedSpelling[w] {
		return
	}
	l.warnedSpelling[w] = true
	l.diags.Add(diag.Make(diag.Warning, CodePeriodSpelling, diag.Args{"typed": p.Typed, "id": ind.ID, "first": first.typed, "file": first.pos.File, "line": first.pos.Line, "canonical": p.Label}).
		At(t.File, c.Line, c.Col, c.Text))
}

// spellKey is an (indicator, period) pair, with one way of writing the
// period.
type spellKey struct {
	ind          *Indicator
	label, typed string
}

// seenKey is a (period, series) pair of an indicator, as loader.periods
// and loader.series number them.
type seenKey struct{ period, series int32 }

// seriesName is the one copy of a series name that observations share, and
// its number.
type seriesName struct {
	name string
	id   int32
}

type parsedPeriod struct {
	p   *period.Period
	err *period.Error
}

// period parses the text of a period cell, once per text: the
// observations of one text share the result.
func (l *loader) period(text string) (*period.Period, *period.Error) {
	if r, ok := l.parsed[text]; ok {
		return r.p, r.err
	}
	p, err := period.Parse(text)
	// Kept beyond the file: copies, so that no cell keeps the file's text.
	p.Label, p.Typed = strings.Clone(p.Label), strings.Clone(p.Typed)
	l.parsed[strings.Clone(text)] = parsedPeriod{&p, err}
	return &p, err
}

// seriesName returns the one copy of a series name that observations share.
func (l *loader) seriesName(s string) string {
	if c, ok := l.series[s]; ok {
		return c.name
	}
	c := strings.Clone(s)
	l.series[c] = seriesName{c, int32(len(l.series))}
	return c
}

// seenKey numbers the (period, series) pair of an observation.
func (l *loader) seenKey(label, series string) seenKey {
	p, ok := l.periods[label]
	if !ok {
		p = int32(len(l.periods))
		l.periods[label] = p
	}
	return seenKey{p, l.series[series].id}
}

// obs records one observation after the checks every layout shares.
func (l *loader) obs(t *csvfile.Table, nums *numbers, idCell, periodCell, seriesCell, valueCell, reportedCell csvfile.Cell, note string) {
	// Every cell of the row is checked, so that all its mistakes show in one run.
	ind := l.indicatorOf(idCell, t.File)
	p, perr := l.period(periodCell.Text)
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
	series := l.seriesName(seriesCell.Text)
	at := pos(t.File, valueCell)
	key := l.seenKey(p.Label, series)
	seen := l.seen[ind]
	if seen == nil {
		seen = map[seenKey]int32{}
		l.seen[ind] = seen
	}
	if i, dup := seen[key]; dup {
		first := ind.Observations[i].Pos
		ind.Invalid = true
		d := diag.Make(diag.Error, CodeDuplicateFigure, diag.Args{"id": ind.ID, "period": p.Label, "series": series, "file": first.File, "line": first.Line, "typed": p.Typed, "first": l.spelled[spellKey{ind: ind, label: p.Label}].typed})
		l.diags.Add(d.At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	l.spelling(t, ind, *p, periodCell)
	if v.Value < 0 && !ind.AllowNegative {
		ind.Invalid = true
		l.diags.Add(diag.Make(diag.Error, CodeNegative, diag.Args{"value": valueCell.Text, "id": ind.ID}).At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	if !ind.IsPercent() && strings.Contains(valueCell.Text, "%") {
		ind.Invalid = true
		l.diags.Add(diag.Make(diag.Error, CodePercentInCount, diag.Args{"value": valueCell.Text, "id": ind.ID, "unit": ind.Unit, "number": diag.Num{Value: v.Value, Decimals: v.Decimals}}).
			At(t.File, valueCell.Line, valueCell.Col, valueCell.Text))
		return
	}
	if ind.IsPercent() && v.Value > 100 {
		ind.Invalid = true
		l.errorAt(valueCell, t.File, CodeOver100, diag.Args{"value": valueCell.Text, "id": ind.ID})
		return
	}
	if note != "" {
		note = strings.Clone(note)
	}
	o := Observation{Period: p, Series: series, Value: v, Note: note, Pos: at}
	if reportedCell.Text != "" {
		if r, ok := nums.parse(l, reportedCell); ok {
			o.Reported = &Reported{r, pos(t.File, reportedCell)}
		}
	}
	seen[key] = int32(len(ind.Observations))
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
	if t.Empty() {
		l.diags.Add(diag.Make(diag.Warning, CodeNoFigures, nil).At(t.File, t.HeaderLine, 0, ""))
	}
	switch {
	case hasKey("ky") || hasKey("gia_tri"):
		l.readLong(t)
	case hasKey("ma"):
		l.readWide(t)
	default:
		l.incomplete = true
		l.diags.Add(diag.Make(diag.Error, CodeUnknownLayout, nil).At(t.File, t.HeaderLine, 0, ""))
	}
}

// idRow is the one column every observation file has.
type idRow struct {
	Ma csvfile.Cell `csv:"ma"`
}

// refuse notes the ids of a file whose rows cannot be read, so that their
// indicators are not also reported as having no figures.
func (l *loader) refuse(t *csvfile.Table) {
	if t.Column("ma") < 0 {
		l.incomplete = true
		return
	}
	for _, r := range csvfile.Decode[idRow](t) {
		l.unread[r.Ma.Text] = true
	}
}

func (l *loader) readLong(t *csvfile.Table) {
	if !mapColumns(t, longColumns, diag.Word("tep-so-lieu-doc"), l.diags) {
		l.refuse(t)
		return
	}
	idCol, periodCol := t.Column("ma"), t.Column("ky")
	if l.collides(t, func(yield func(rowKey) bool) {
		for r := range t.Each() {
			p := cellAt(r, periodCol)
			label := p.Text
			if p, err := l.period(p.Text); err == nil {
				label = p.Label
			}
			if !yield(rowKey{r.Line, cellAt(r, idCol), label}) {
				return
			}
		}
	}) {
		return
	}
	rows := map[string]int{}
	nums := newNumbers(t, func(yield func(csvfile.Cell) bool) {
		for _, r := range csvfile.Decode[longRow](t) {
			rows[r.Ma.Text]++
			if !yield(r.GiaTri) || !yield(r.TyLeBaoCa) {
				return
			}
		}
	})
	l.grow(rows, 1)
	for _, r := range csvfile.Decode[longRow](t) {
		id, value, reported, series := r.Ma, r.GiaTri, r.TyLeBaoCa, r.Chuoi
		if value.Text == "" && series.Text != "" && strings.ContainsAny(series.Text, "0123456789") {
			if _, _, err := number.Parse(series.Text, nums.conv); err == nil {
				if ind := l.byID[id.Text]; ind != nil {
					ind.Invalid = true
				}
				l.diags.Add(diag.Make(diag.Error, CodeShiftedCells, diag.Args{"series": series.Text}).At(t.File, series.Line, series.Col, series.Text))
				continue
			}
		}
		l.obs(t, nums, id, r.Ky, series, value, reported, r.GhiChu.Text)
		l.splitNumber(t, id, r.GhiChu, value, reported)
	}
	nums.report(l)
}

// grow makes room in each indicator's observations for the figures of a
// file, rows[id] rows of per figures each, so that millions of them are
// not copied over and over as they come.
func (l *loader) grow(rows map[string]int, per int) {
	for id, n := range rows {
		if ind := l.byID[id]; ind != nil {
			ind.Observations = slices.Grow(ind.Observations, n*per)
		}
	}
}

// rowKey is what collides needs of a row.
type rowKey struct {
	line   int
	id     csvfile.Cell
	period string
}

// collides refuses, with one message naming the column, a file without the
// "chuoi" column in which two rows give the same indicator and period (in
// the wide layout: the same indicator): without the column every part of a
// multi-series indicator collides with its total, and a message per row
// would hide the one cause. rows yields each row's line, id cell and
// period label ("" in the wide layout).
func (l *loader) collides(t *csvfile.Table, rows iter.Seq[rowKey]) bool {
	if t.Column("chuoi") >= 0 || t.Column("ma") < 0 {
		return false
	}
	first := map[string]int{}
	n := 0
	var id, per string
	var line1, line2 int
	for r := range rows {
		line, idc, p := r.line, r.id, r.period
		if idc.Text == "" {
			continue
		}
		k := idc.Text + "\x00" + p
		if f, dup := first[k]; dup {
			if n == 0 {
				id, per, line1, line2 = idc.Text, p, f, line
			}
			n++
			continue
		}
		first[k] = line
	}
	if n == 0 {
		return false
	}
	if per == "" {
		per = "—"
	}
	l.diags.Add(diag.Make(diag.Error, CodeNoSeriesColumn, diag.Args{"n": n, "id": id, "period": per, "line1": line1, "line2": line2}).
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
			l.diags.Add(err.Reworded(CodeBadPeriodColumn, diag.Args{"column": h.Text}).At(diag.Error, t.File, h.Line, h.Col, h.Text))
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
		l.errorAt(t.Header[i], t.File, CodeOrphanPercentColumn, diag.Args{"column": t.Header[i].Text, "period": label})
	}
	sort.Slice(cols, func(a, b int) bool { return cols[a].idx < cols[b].idx })
	// The period columns are known from the header alone: their cells are
	// read by position.
	if l.collides(t, func(yield func(rowKey) bool) {
		for r := range t.Each() {
			if !yield(rowKey{r.Line, cellAt(r, idCol), ""}) {
				return
			}
		}
	}) {
		return
	}
	rows := map[string]int{}
	nums := newNumbers(t, func(yield func(csvfile.Cell) bool) {
		for r := range t.Each() {
			rows[cellAt(r, idCol).Text]++
			for _, pc := range cols {
				if !yield(cellAt(r, pc.idx)) || !yield(cellAt(r, pc.reported)) {
					return
				}
			}
		}
	})
	l.grow(rows, len(cols))
	var numbers []csvfile.Cell
	for r := range t.Each() {
		note := cellAt(r, noteCol).Text
		if id := cellAt(r, idCol); l.indicatorOf(id, t.File) == nil {
			// Report an unknown id once per row, not once per period, and
			// still check the numbers of the row.
			for _, pc := range cols {
				for _, c := range []csvfile.Cell{cellAt(r, pc.idx), cellAt(r, pc.reported)} {
					if c.Text != "" {
						nums.parse(l, c)
					}
				}
			}
			continue
		}
		numbers = numbers[:0]
		for _, pc := range cols {
			h := t.Header[pc.idx]
			pcell := csvfile.Cell{Text: h.Text, Line: h.Line, Col: h.Col}
			l.obs(t, nums, cellAt(r, idCol), pcell, cellAt(r, seriesCol), cellAt(r, pc.idx), cellAt(r, pc.reported), note)
			numbers = append(numbers, cellAt(r, pc.idx), cellAt(r, pc.reported))
		}
		l.splitNumber(t, cellAt(r, idCol), cellAt(r, noteCol), numbers...)
	}
	nums.report(l)
}

// cellAt returns the cell of r in column i, or a blank one on its line
// (as csvfile.Decode gives for a column the file lacks).
func cellAt(r csvfile.Row, i int) csvfile.Cell {
	if i >= 0 && i < len(r.Cells) {
		return r.Cells[i]
	}
	return csvfile.Cell{Line: r.Line}
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
		l.errorAt(note, t.File, CodeSplitNumber, diag.Args{"note": note.Text, "number": c.Text, "joined": c.Text + "," + note.Text})
		return
	}
}
