package dataset

import (
	"strings"

	"github.com/tayson/chitieu/internal/csvfile"
	"github.com/tayson/chitieu/internal/diag"
)

// column is one column a kind of file may have.
type column struct {
	key      string   // canonical key, as in the documentation
	required bool     // the file is refused without it
	aliases  []string // other headers clerks write for it (already normalised)
	doc      string   // Vietnamese description, for messages
}

var indicatorColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu", "ma_so"}, "mã chỉ tiêu"},
	{"ten", true, []string{"title", "ten_chi_tieu", "tieu_de"}, "tên chỉ tiêu"},
	{"nhom", false, []string{"group", "muc", "phan", "nhom_chi_tieu"}, "mục của báo cáo"},
	{"don_vi", true, []string{"unit", "don_vi_tinh", "dvt"}, "đơn vị tính"},
	{"tong", false, []string{"total", "chuoi_tong", "tong_so"}, "chuỗi là tổng số"},
	{"thanh_phan", false, []string{"parts", "cac_thanh_phan"}, "các chuỗi thành phần"},
	{"ke_hoach", false, []string{"plan", "chuoi_ke_hoach"}, "chuỗi kế hoạch"},
	{"bieu_do", false, []string{"chart", "loai_bieu_do"}, "loại biểu đồ"},
	{"nguon", false, []string{"source", "nguon_so_lieu"}, "nguồn trong báo cáo"},
	{"ghi_chu", false, []string{"notes", "note", "chu_thich"}, "ghi chú"},
}

var targetColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu"}, "mã chỉ tiêu"},
	{"chuoi", false, []string{"series", "chuoi_so_lieu"}, "chuỗi số liệu"},
	{"phep_do", true, []string{"measure", "do_theo", "cach_tinh"}, "phép đo (gia_tri, ty_le, dat_ke_hoach)"},
	{"mau_so", false, []string{"denominator"}, "chuỗi mẫu số"},
	{"toan_tu", true, []string{"operator", "so_sanh", "dieu_kien"}, "toán tử so sánh"},
	{"nguong", true, []string{"threshold", "muc", "gia_tri_chi_tieu", "muc_tieu"}, "ngưỡng"},
	{"han", true, []string{"due", "thoi_han", "ky"}, "thời hạn"},
	{"dien_giai", false, []string{"wording", "noi_dung", "ghi_chu"}, "diễn giải"},
}

var longColumns = []column{
	{"ma", true, []string{"id", "ma_chi_tieu", "indicator"}, "mã chỉ tiêu"},
	{"ky", true, []string{"year", "period", "nam", "ky_bao_cao", "thoi_gian"}, "kỳ"},
	{"chuoi", false, []string{"series", "chuoi_so_lieu", "phan_to", "loai"}, "chuỗi số liệu"},
	{"gia_tri", true, []string{"value", "so_lieu", "so_luong"}, "giá trị"},
	{"ty_le_bao_cao", false, []string{"reported_percent", "ty_le", "ty_le_pct", "ty_le_bc", "ty_le_bao_cao_pct"}, "tỷ lệ báo cáo ghi"},
	{"ghi_chu", false, []string{"note", "notes"}, "ghi chú"},
	// Columns a download from the site adds: computed there, ignored here, so
	// that a download can go back into the data folder as it is.
	{"ty_le_tinh", false, nil, "tỷ lệ tính lại (bỏ qua khi đọc)"},
	{"dat_ke_hoach", false, nil, "tỷ lệ so với kế hoạch (bỏ qua khi đọc)"},
	{"don_vi", false, nil, "đơn vị (bỏ qua khi đọc; đơn vị lấy từ chi-tieu.csv)"},
}

// keyList renders the canonical keys of cols for messages.
func keyList(cols []column) string {
	var ks []string
	for _, c := range cols {
		k := c.key
		if c.required {
			k += " (bắt buộc)"
		}
		ks = append(ks, k)
	}
	return strings.Join(ks, ", ")
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
// columns. It returns false when a required column is missing.
func mapColumns(t *csvfile.Table, cols []column, kind string, diags *diag.List) bool {
	ok := true
	seen := map[string]bool{}
	for i, k := range t.Keys {
		c := canonical(cols, k)
		if c == "" {
			h := t.Header[i]
			diags.Add(diag.Diagnostic{
				Severity: diag.Error, File: t.File, Line: h.Line, Col: h.Col, Code: "cot-la", Value: h.Text,
				What:     diag.T("Cột “"+h.Text+"” không có trong mẫu "+kind+".", "Column “"+h.Text+"” is not part of the "+kind+" format."),
				Expected: diag.T("Các cột: "+keyList(cols)+".", "Columns: "+keyList(cols)+"."),
				Fix:      diag.T("Đổi tên cột cho đúng mẫu, hoặc xóa cột này trước khi xuất CSV.", "Rename the column to one of the format's, or delete it before exporting."),
			})
			continue
		}
		t.Keys[i] = c
		seen[c] = true
	}
	for _, c := range cols {
		if c.required && !seen[c.key] {
			ok = false
			diags.Add(diag.Diagnostic{
				Severity: diag.Error, File: t.File, Line: t.HeaderLine, Code: "thieu-cot", Value: c.key,
				What:     diag.T("Thiếu cột “"+c.key+"” ("+c.doc+").", "Missing column “"+c.key+"” ("+c.doc+")."),
				Expected: diag.T("Dòng tiêu đề của "+kind+" có các cột: "+keyList(cols)+".", "The header row of "+kind+" has the columns: "+keyList(cols)+"."),
				Fix:      diag.T("Thêm cột “"+c.key+"” vào dòng tiêu đề của bảng tính rồi xuất lại CSV.", "Add the column “"+c.key+"” to the header row of the sheet and export again."),
			})
		}
	}
	return ok
}
