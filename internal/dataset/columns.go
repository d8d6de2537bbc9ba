package dataset

import (
	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
)

// column is one column a kind of file may have.
type column struct {
	key      string    // canonical key, as in the documentation
	required bool      // the file is refused without it
	aliases  []string  // other headers clerks write for it (already normalised)
	doc      diag.Word // what it holds, for messages (a word of the diag catalogue)
}

var indicatorColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu", "ma_so"}, "cot-ma-chi-tieu"},
	{"ten", true, []string{"title", "ten_chi_tieu", "tieu_de"}, "cot-ten-chi-tieu"},
	{"nhom", false, []string{"group", "muc", "phan", "nhom_chi_tieu"}, "cot-muc-bao-cao"},
	{"don_vi", true, []string{"unit", "don_vi_tinh", "dvt"}, "cot-don-vi-tinh"},
	{"tong", false, []string{"total", "chuoi_tong", "tong_so"}, "cot-chuoi-tong"},
	{"thanh_phan", false, []string{"parts", "cac_thanh_phan"}, "cot-chuoi-thanh-phan"},
	{"ke_hoach", false, []string{"plan", "chuoi_ke_hoach"}, "cot-chuoi-ke-hoach"},
	{"bieu_do", false, []string{"chart", "loai_bieu_do"}, "cot-loai-bieu-do"},
	{"nguon", false, []string{"source", "nguon_so_lieu"}, "cot-nguon"},
	{"ghi_chu", false, []string{"notes", "note", "chu_thich"}, "cot-ghi-chu"},
	{"cho_phep_am", false, []string{"allow_negative", "so_am", "co_the_am", "duoc_am"}, "cot-duoc-am"},
	{"ten_en", false, []string{"title_en"}, "cot-ten-tieng-anh"},
	{"don_vi_en", false, []string{"unit_en"}, "cot-don-vi-tieng-anh"},
	{"chuoi_en", false, []string{"series_en"}, "cot-chuoi-tieng-anh"},
}

var targetColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu"}, "cot-ma-chi-tieu"},
	{"chuoi", false, []string{"series", "chuoi_so_lieu"}, "cot-chuoi-so-lieu"},
	{"phep_do", true, []string{"measure", "do_theo", "cach_tinh"}, "cot-phep-do"},
	{"mau_so", false, []string{"denominator"}, "cot-chuoi-mau-so"},
	{"toan_tu", true, []string{"operator", "so_sanh", "dieu_kien"}, "cot-toan-tu"},
	{"nguong", true, []string{"threshold", "muc", "gia_tri_chi_tieu", "muc_tieu"}, "cot-nguong"},
	{"han", true, []string{"due", "thoi_han", "ky"}, "cot-thoi-han"},
	{"dien_giai", false, []string{"wording", "noi_dung", "ghi_chu"}, "cot-dien-giai"},
}

var longColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu", "indicator"}, "cot-ma-chi-tieu"},
	{"ky", true, []string{"year", "period", "nam", "ky_bao_cao", "thoi_gian"}, "cot-ky"},
	{"chuoi", false, []string{"series", "chuoi_so_lieu", "phan_to", "loai"}, "cot-chuoi-so-lieu"},
	{"gia_tri", true, []string{"value", "so_lieu", "so_luong"}, "cot-gia-tri"},
	{"ty_le_bao_cao", false, []string{"reported_percent", "ty_le", "ty_le_pct", "ty_le_bc", "ty_le_bao_cao_pct"}, "cot-ty-le-bao-cao"},
	{"ghi_chu", false, []string{"note", "notes"}, "cot-ghi-chu"},
	// Columns a download from the site adds: computed there, ignored here, so
	// that a download can go back into the data folder as it is.
	{"ty_le_tinh", false, nil, "cot-ty-le-tinh"},
	{"dat_ke_hoach", false, nil, "cot-dat-ke-hoach"},
	{"don_vi", false, nil, "cot-don-vi-bo-qua"},
}

// keyList renders the canonical keys of cols for messages, the required
// ones marked.
func keyList(cols []column) diag.Parts {
	var ks diag.Parts
	for i, c := range cols {
		if i > 0 {
			ks = append(ks, ", ")
		}
		ks = append(ks, c.key)
		if c.required {
			ks = append(ks, " (", diag.Word("bat-buoc"), ")")
		}
	}
	return ks
}

// canonical maps a normalised header key to its column, or "".
func canonical(cols []column, key string) string {
	for _, c := range cols {
		if c.key == key {
			return c.key
		}
		for _, a := range c.aliases {
			if a == key {
				return c.key
			}
		}
	}
	return ""
}

// mapColumns rewrites t.Keys to canonical keys, reporting unknown and missing
// columns. It returns false when a required column is missing. kind names
// the kind of file: its name, or a diag.Word.
func mapColumns(t *csvfile.Table, cols []column, kind any, diags *diag.List) bool {
	ok := true
	seen := map[string]bool{}
	for i, k := range t.Keys {
		c := canonical(cols, k)
		if c == "" {
			h := t.Header[i]
			diags.Add(diag.Make(diag.Error, CodeUnknownColumn, diag.Args{"column": h.Text, "kind": kind, "columns": keyList(cols)}).
				At(t.File, h.Line, h.Col, h.Text))
			continue
		}
		t.Keys[i] = c
		seen[c] = true
	}
	for _, c := range cols {
		if c.required && !seen[c.key] {
			ok = false
			diags.Add(diag.Make(diag.Error, CodeMissingColumn, diag.Args{"column": c.key, "doc": c.doc, "kind": kind, "columns": keyList(cols)}).
				At(t.File, t.HeaderLine, 0, c.key))
		}
	}
	return ok
}
