package dataset

import (
	"sort"
	"strings"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// Catalogue keys of a declared series without figures, by its column.
const (
	keySeriesTotal = CodeSeriesWithoutFigures + "/tong"
	keySeriesPlan  = CodeSeriesWithoutFigures + "/ke-hoach"
	keySeriesPart  = CodeSeriesWithoutFigures + "/thanh-phan"
)

// finish orders every indicator's series and periods and checks what needs
// all observations: indicators without data, declared series without data,
// parts larger than their total.
func (l *loader) finish() {
	var asOf *period.Period
	for _, ind := range l.ds.Indicators {
		at := csvfile.Cell{Text: ind.ID, Line: int(ind.Pos.Line), Col: int(ind.Pos.Col)}
		// With a file that could not be read, missing figures may be in it:
		// that file's own error says what to do.
		unsure := l.incomplete || l.unread[ind.ID]
		if len(ind.Observations) == 0 {
			if unsure {
				continue
			}
			l.errorAt(at, ind.Pos.File, CodeIndicatorWithoutFigures, diag.Args{"id": ind.ID, "file": IndicatorsFile})
			continue
		}
		present := map[string]bool{}
		var order []string
		periods := map[string]period.Period{}
		for _, o := range ind.Observations {
			if !present[o.Series] {
				present[o.Series] = true
				order = append(order, o.Series)
			}
			periods[o.Period.Label] = *o.Period
		}
		declared := []struct{ name, col, key string }{{ind.Total, "tong", keySeriesTotal}, {ind.Plan, "ke_hoach", keySeriesPlan}}
		for _, p := range ind.Parts {
			declared = append(declared, struct{ name, col, key string }{p, "thanh_phan", keySeriesPart})
		}
		for _, d := range declared {
			if d.name != "" && !present[d.name] && !unsure {
				at := l.declared[ind][d.col]
				ind.Invalid = true
				l.errorAt(at, ind.Pos.File, d.key, diag.Args{"series": d.name, "id": ind.ID, "column": d.col, "list": quoteList(order)})
			}
		}
		// An English name (chuoi_en) of a series the figures do not have
		// names nothing: a typo, said, and the English pages go on.
		if !unsure {
			var unknown []string
			for s := range ind.SeriesEN {
				if !present[s] {
					unknown = append(unknown, s)
				}
			}
			sort.Strings(unknown)
			for _, s := range unknown {
				at := l.declared[ind]["chuoi_en"]
				l.diags.Add(diag.Make(diag.Warning, CodeUnknownEnglishSeries, diag.Args{"series": s, "id": ind.ID, "list": quoteList(order)}).At(ind.Pos.File, at.Line, at.Col, at.Text))
			}
		}
		// Series: total first, then parts as declared, then the rest as they came.
		ind.Series = nil
		add := func(s string) {
			if present[s] {
				ind.Series = append(ind.Series, s)
				present[s] = false
			}
		}
		add(ind.Total)
		for _, p := range ind.Parts {
			add(p)
		}
		for _, s := range order {
			add(s)
		}
		rank := map[string]int{}
		for i, s := range ind.Series {
			rank[s] = i
		}
		for _, p := range periods {
			ind.Periods = append(ind.Periods, p)
		}
		sort.Slice(ind.Periods, func(i, j int) bool { return ind.Periods[i].Compare(ind.Periods[j]) < 0 })
		ind.ranks, ind.byKey = nil, nil // the positions change
		sort.SliceStable(ind.Observations, func(i, j int) bool {
			a, b := ind.Observations[i], ind.Observations[j]
			if c := a.Period.Compare(*b.Period); c != 0 {
				return c < 0
			}
			return rank[a.Series] < rank[b.Series]
		})
		for _, o := range ind.Observations {
			if asOf == nil || o.Period.End > asOf.End || (o.Period.End == asOf.End && o.Period.Compare(*asOf) > 0) {
				p := *o.Period
				asOf = &p
			}
		}
		l.checkPartsWithinTotal(ind)
	}
	if asOf != nil {
		l.ds.AsOf = *asOf
	}
}

// quoteList quotes the names ss for a message, whole.
func quoteList(ss []string) diag.Parts {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "“" + s + "”"
	}
	return diag.Parts{strings.Join(q, ", ")}
}

// checkPartsWithinTotal: no series can exceed the total of its period.
func (l *loader) checkPartsWithinTotal(ind *Indicator) {
	if ind.Total == "" {
		return
	}
	for _, p := range ind.Periods {
		total, ok := ind.Value(p, ind.Total)
		if !ok {
			continue
		}
		for _, o := range ind.Observations {
			if o.Period.Label != p.Label || o.Series == ind.Total || o.Series == ind.Plan || o.Value.Value <= total.Value.Value {
				continue
			}
			ind.Invalid = true
			v := number.VI(o.Value.Value, o.Value.Decimals)
			l.diags.Add(diag.Make(diag.Error, CodePartOverTotal, diag.Args{
				"series": o.Series, "value": diag.Num{Value: o.Value.Value, Decimals: o.Value.Decimals}, "total": ind.Total,
				"totalValue": diag.Num{Value: total.Value.Value, Decimals: total.Value.Decimals},
				"period":     p.Label, "file": total.Pos.File, "line": total.Pos.Line,
			}).At(o.Pos.File, int(o.Pos.Line), int(o.Pos.Col), v))
		}
	}
}

var opAliases = map[string]string{
	">=": ">=", "≥": ">=", "=>": ">=", "tu": ">=", "tro_len": ">=", "it_nhat": ">=", "toi_thieu": ">=",
	">": ">", "tren": ">", "hon": ">", "vuot": ">",
	"<=": "<=", "≤": "<=", "=<": "<=", "toi_da": "<=", "khong_qua": "<=",
	"<": "<", "duoi": "<",
	"=": "=", "bang": "=", "dat": "=",
	"lon_hon": ">", "lon_hon_hoac_bang": ">=", "khong_duoi": ">=",
	"nho_hon": "<", "nho_hon_hoac_bang": "<=", "khong_vuot_qua": "<=",
}

var measureAliases = map[string]Measure{
	"gia_tri": MeasureValue, "so_luong": MeasureValue, "value": MeasureValue,
	"ty_le": MeasureShare, "ti_le": MeasureShare, "share": MeasureShare, "phan_tram": MeasureShare,
	"dat_ke_hoach": MeasureAttainment, "ke_hoach": MeasureAttainment, "so_voi_ke_hoach": MeasureAttainment, "attainment": MeasureAttainment,
}

func (l *loader) readTargets(t *csvfile.Table) {
	if !mapColumns(t, targetColumns, TargetsFile, l.diags) {
		return
	}
	nums := newNumbers(t, func(yield func(csvfile.Cell) bool) {
		for _, r := range csvfile.Decode[targetRow](t) {
			if !yield(r.Nguong) {
				return
			}
		}
	})
	for _, r := range csvfile.Decode[targetRow](t) {
		// Every cell of the row is checked, even for an unknown indicator,
		// so that all the row's mistakes show in one run.
		ind := l.indicatorOf(r.Ma, t.File)
		tg := Target{Pos: pos(t.File, r.Ma), Wording: r.DienGiai.Text, Denominator: r.MauSo.Text}
		ok := true
		bad := func(c csvfile.Cell, key string, args diag.Args) {
			l.errorAt(c, t.File, key, args)
			ok = false
		}
		tg.Series = splitList(r.Chuoi.Text, " + ")
		if len(tg.Series) == 0 {
			tg.Series = []string{""}
		}
		m, known := measureAliases[csvfile.NormalizeKey(r.PhepDo.Text)]
		if !known {
			bad(r.PhepDo, CodeBadMeasure, diag.Args{"value": r.PhepDo.Text})
		}
		tg.Measure = m
		op, known := opAliases[strings.TrimSpace(r.ToanTu.Text)]
		if !known {
			op, known = opAliases[csvfile.NormalizeKey(r.ToanTu.Text)]
		}
		if !known {
			bad(r.ToanTu, CodeBadOperator, diag.Args{"value": r.ToanTu.Text})
		}
		tg.Op = op
		if r.Nguong.Text == "" {
			bad(r.Nguong, CodeNoThreshold, nil)
		} else if th, good := nums.parse(l, r.Nguong); good {
			tg.Threshold = th
		} else {
			ok = false
		}
		switch csvfile.NormalizeKey(r.Han.Text) {
		case "hang_nam", "hoang_nam", "moi_nam", "annual", "yearly":
			tg.Annual = true
		default:
			due, err := period.Parse(r.Han.Text)
			if err != nil {
				c := r.Han
				l.diags.Add(err.Reworded(CodeBadDeadline, nil).At(diag.Error, t.File, c.Line, c.Col, c.Text))
				ok = false
			}
			tg.Due = due
		}
		if ind == nil || len(ind.Observations) == 0 {
			// Unknown indicator, or one without figures: reported already,
			// its series cannot be checked.
			continue
		}
		present := map[string]bool{}
		for _, s := range ind.Series {
			present[s] = true
		}
		for _, s := range tg.Series {
			if !present[s] {
				bad(r.Chuoi, CodeUnknownTargetSeries, diag.Args{"series": s, "id": ind.ID, "list": quoteList(ind.Series)})
			}
		}
		switch tg.Measure {
		case MeasureShare:
			typed := tg.Denominator != ""
			if !typed {
				tg.Denominator = ind.Total
			}
			if !typed && tg.Denominator != "" && !present[tg.Denominator] {
				// The total has no figures: reported in chi-tieu.csv.
				ok = false
			} else if tg.Denominator == "" {
				bad(r.MauSo, CodeNoDenominator, diag.Args{"id": ind.ID})
			} else if !present[tg.Denominator] {
				bad(r.MauSo, CodeUnknownTargetSeries+"/mau-so", diag.Args{"series": tg.Denominator, "id": ind.ID, "list": quoteList(ind.Series)})
			}
		case MeasureAttainment:
			if ind.Plan == "" {
				bad(r.PhepDo, CodeNoPlan, diag.Args{"id": ind.ID, "file": IndicatorsFile})
			}
		}
		if ok {
			ind.Targets = append(ind.Targets, tg)
		}
	}
	nums.report(l)
}
