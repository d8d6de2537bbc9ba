package dataset

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
	"github.com/tayson/chitieu/internal/period"
)

// finish orders every indicator's series and periods and checks what needs
// all observations: indicators without data, declared series without data,
// parts larger than their total.
func (l *loader) finish() {
	var asOf *period.Period
	for _, ind := range l.ds.Indicators {
		at := csvfile.Cell{Text: ind.ID, Line: ind.Pos.Line, Col: ind.Pos.Col}
		// With a file that could not be read, missing figures may be in it:
		// that file's own error says what to do.
		unsure := l.incomplete || l.unread[ind.ID]
		if len(ind.Observations) == 0 {
			if unsure {
				continue
			}
			l.errorAt(at, ind.Pos.File, "chua-co-so-lieu",
				diag.T("Chỉ tiêu “"+ind.ID+"” chưa có số liệu nào.", "Indicator “"+ind.ID+"” has no figures."),
				diag.T("Ít nhất một giá trị trong một tệp số liệu.", "At least one value in an observation file."),
				diag.T("Thêm số liệu cho chỉ tiêu này, hoặc xóa dòng của nó trong "+IndicatorsFile+".", "Add figures for it, or delete its row in "+IndicatorsFile+"."))
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
			periods[o.Period.Label] = o.Period
		}
		declared := []struct{ name, col, doc string }{{ind.Total, "tong", "tổng"}, {ind.Plan, "ke_hoach", "kế hoạch"}}
		for _, p := range ind.Parts {
			declared = append(declared, struct{ name, col, doc string }{p, "thanh_phan", "thành phần"})
		}
		for _, d := range declared {
			if d.name != "" && !present[d.name] && !unsure {
				at := l.declared[ind][d.col]
				ind.Invalid = true
				l.errorAt(at, ind.Pos.File, "chuoi-khong-co-so-lieu",
					diag.T(fmt.Sprintf("Chuỗi %s “%s” của chỉ tiêu “%s” không có số liệu nào.", d.doc, d.name, ind.ID), fmt.Sprintf("Series “%s” (column %s) of indicator “%s” has no figures.", d.name, d.col, ind.ID)),
					diag.T("Một trong các chuỗi có số liệu: "+quoteList(order)+".", "One of the series with figures: "+quoteList(order)+"."),
					diag.T("Sửa tên chuỗi ở cột “"+d.col+"” cho khớp đúng từng chữ với cột “chuoi” của tệp số liệu.", "Make the name in column “"+d.col+"” match the “chuoi” column of the observation file letter for letter."))
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
		ind.byKey = nil // the positions change
		sort.SliceStable(ind.Observations, func(i, j int) bool {
			a, b := ind.Observations[i], ind.Observations[j]
			if c := a.Period.Compare(b.Period); c != 0 {
				return c < 0
			}
			return rank[a.Series] < rank[b.Series]
		})
		for _, o := range ind.Observations {
			if asOf == nil || o.Period.End > asOf.End || (o.Period.End == asOf.End && o.Period.Compare(*asOf) > 0) {
				p := o.Period
				asOf = &p
			}
		}
		l.checkPartsWithinTotal(ind)
	}
	if asOf != nil {
		l.ds.AsOf = *asOf
	}
}

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "“" + s + "”"
	}
	return strings.Join(q, ", ")
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
			l.diags.Add(diag.Diagnostic{Severity: diag.Error, File: o.Pos.File, Line: o.Pos.Line, Col: o.Pos.Col, Code: "thanh-phan-lon-hon-tong",
				Value: number.VI(o.Value.Value, o.Value.Decimals),
				What: diag.T(fmt.Sprintf("“%s” (%s) lớn hơn tổng số “%s” (%s) của kỳ %s.", o.Series, number.VI(o.Value.Value, o.Value.Decimals), ind.Total, number.VI(total.Value.Value, total.Value.Decimals), p.Label),
					fmt.Sprintf("“%s” (%s) is larger than the total “%s” (%s) in %s.", o.Series, number.VI(o.Value.Value, o.Value.Decimals), ind.Total, number.VI(total.Value.Value, total.Value.Decimals), p.Label)),
				Expected: diag.T("Một phần không lớn hơn tổng của nó.", "A part is not larger than its total."),
				Fix:      diag.T(fmt.Sprintf("Kiểm tra hai ô này (tổng ở %s dòng %d); có thể gõ nhầm hoặc nhầm dấu thập phân.", total.Pos.File, total.Pos.Line), fmt.Sprintf("Check both cells (total at %s line %d): a typo or a misplaced decimal separator.", total.Pos.File, total.Pos.Line)),
			})
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
	var rows []targetRow
	if !decode(t, &rows, l.diags) {
		return
	}
	var numeric []csvfile.Cell
	for i := range rows {
		numeric = append(numeric, cell(t, i, "nguong"))
	}
	nums := newNumbers(t, numeric)
	for i, r := range rows {
		// Every cell of the row is checked, even for an unknown indicator,
		// so that all the row's mistakes show in one run.
		idc := cell(t, i, "ma")
		ind := l.indicatorOf(idc, t.File)
		tg := Target{Pos: Pos{t.File, idc.Line, idc.Col}, Wording: r.DienGiai, Denominator: r.MauSo}
		ok := true
		bad := func(key, code string, what, expected, fix diag.Text) {
			l.errorAt(cell(t, i, key), t.File, code, what, expected, fix)
			ok = false
		}
		tg.Series = splitList(r.Chuoi, " + ")
		if len(tg.Series) == 0 {
			tg.Series = []string{""}
		}
		m, known := measureAliases[csvfile.NormalizeKey(r.PhepDo)]
		if !known {
			bad("phep_do", "phep-do-khong-hop-le",
				diag.T("Phép đo “"+r.PhepDo+"” không có.", "Measure “"+r.PhepDo+"” does not exist."),
				diag.T("gia_tri (chính giá trị), ty_le (tỷ lệ % so với mẫu số), dat_ke_hoach (% so với kế hoạch).", "gia_tri (the value), ty_le (share in % of a denominator), dat_ke_hoach (% of plan)."),
				diag.T("Sửa ô cột “phep_do”.", "Correct the “phep_do” cell."))
		}
		tg.Measure = m
		op, known := opAliases[strings.TrimSpace(r.ToanTu)]
		if !known {
			op, known = opAliases[csvfile.NormalizeKey(r.ToanTu)]
		}
		if !known {
			bad("toan_tu", "toan-tu-khong-hop-le",
				diag.T("Toán tử “"+r.ToanTu+"” không có.", "Operator “"+r.ToanTu+"” does not exist."),
				diag.T("Một trong: >=, >, <=, <, = (hoặc ≥, ≤, “trên”, “từ”, “dưới”).", "One of >=, >, <=, <, = (or ≥, ≤)."),
				diag.T("Sửa ô cột “toan_tu”, ví dụ “>=” cho “từ 80% trở lên”.", "Correct the “toan_tu” cell, e.g. “>=” for “80 % or more”."))
		}
		tg.Op = op
		if cell(t, i, "nguong").Text == "" {
			bad("nguong", "thieu-nguong", diag.T("Mục tiêu không có ngưỡng.", "The target has no threshold."),
				diag.T("Một số, ví dụ 80 cho “đạt 80% trở lên”.", "A number, e.g. 80 for “80 % or more”."), diag.T("Điền ngưỡng vào cột “nguong”.", "Fill in the “nguong” column."))
		} else if th, good := nums.parse(l, cell(t, i, "nguong")); good {
			tg.Threshold = th
		} else {
			ok = false
		}
		switch csvfile.NormalizeKey(r.Han) {
		case "hang_nam", "hoang_nam", "moi_nam", "annual", "yearly":
			tg.Annual = true
		default:
			due, err := period.Parse(r.Han)
			if err != nil {
				bad("han", "han-khong-hop-le", err.What, diag.T("“hằng năm”, hoặc một kỳ như “2025”.", "“hằng năm” (every year), or a period such as “2025”."), err.Fix)
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
				bad("chuoi", "chuoi-muc-tieu-khong-co",
					diag.T(fmt.Sprintf("Chuỗi “%s” của mục tiêu không có trong số liệu của “%s”.", s, ind.ID), fmt.Sprintf("Series “%s” of the target has no figures in “%s”.", s, ind.ID)),
					diag.T("Một trong: "+quoteList(ind.Series)+" (nối nhiều chuỗi bằng “ + ”).", "One of "+quoteList(ind.Series)+" (join several with “ + ”)."),
					diag.T("Sửa tên chuỗi cho khớp đúng từng chữ với tệp số liệu.", "Make the name match the observation file letter for letter."))
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
				bad("mau_so", "thieu-mau-so",
					diag.T("Mục tiêu tính tỷ lệ nhưng không có mẫu số: chỉ tiêu “"+ind.ID+"” không khai báo cột “tong”.", "A share target needs a denominator: indicator “"+ind.ID+"” declares no “tong”."),
					diag.T("Tên chuỗi làm mẫu số ở cột “mau_so”, hoặc cột “tong” của chỉ tiêu.", "The denominator series in “mau_so”, or the indicator's “tong”."),
					diag.T("Điền cột “mau_so”.", "Fill in “mau_so”."))
			} else if !present[tg.Denominator] {
				bad("mau_so", "chuoi-muc-tieu-khong-co",
					diag.T("Mẫu số “"+tg.Denominator+"” không có trong số liệu của “"+ind.ID+"”.", "Denominator “"+tg.Denominator+"” has no figures in “"+ind.ID+"”."),
					diag.T("Một trong: "+quoteList(ind.Series)+".", "One of "+quoteList(ind.Series)+"."),
					diag.T("Sửa tên chuỗi cho khớp với tệp số liệu.", "Make the name match the observation file."))
			}
		case MeasureAttainment:
			if ind.Plan == "" {
				bad("phep_do", "thieu-ke-hoach",
					diag.T("Mục tiêu “đạt kế hoạch” nhưng chỉ tiêu “"+ind.ID+"” không khai báo chuỗi kế hoạch.", "An attainment target, but indicator “"+ind.ID+"” declares no plan series."),
					diag.T("Cột “ke_hoach” của chỉ tiêu trong "+IndicatorsFile+".", "The indicator's “ke_hoach” column in "+IndicatorsFile+"."),
					diag.T("Điền tên chuỗi kế hoạch vào cột “ke_hoach”.", "Fill in the plan series in “ke_hoach”."))
			}
		}
		if ok {
			ind.Targets = append(ind.Targets, tg)
		}
	}
	nums.report(l)
}
