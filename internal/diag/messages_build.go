package diag

// The words of the whole-run problems of "chitieu check" and "chitieu build".
var _ = register(map[string]Entry{
	"khong-co-thu-muc": {
		What: T("Không tìm thấy thư mục dữ liệu “{dir}”.", "Data folder “{dir}” not found."),
		Fix:  T("Chỉ đúng thư mục chứa các tệp CSV bằng tùy chọn -src.", "Point -src at the folder of CSV files."),
	},
})
