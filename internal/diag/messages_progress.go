package diag

// The words of the progress lines "chitieu check" and "chitieu build" print
// on stderr when a stage takes more than a moment (package build, Progress):
// one line when the stage has run a while ({stage} is one of the
// "buoc-…" phrases), one when it ends ({seconds}, formatted by the caller).
var _ = registerPhrases(map[string]Text{
	"tien-do-dang":   T("chitieu: đang {stage}…", "chitieu: {stage}…"),
	"tien-do-xong":   T("chitieu: đã {stage} trong {seconds} giây.", "chitieu: {stage}: done in {seconds} s."),
	"buoc-doc":       T("đọc và kiểm tra các tệp CSV", "reading and checking the CSV files"),
	"buoc-doi-chieu": T("đối chiếu với các trang báo cáo", "checking the report pages against the data"),
	"buoc-tinh":      T("tính tỷ lệ, mức đạt và kết quả đánh giá các chỉ tiêu", "computing shares, attainment and target statuses"),
	"buoc-chuan-bi":  T("dựng biểu đồ và dữ liệu mở", "building the charts and the open data"),
	"buoc-hugo":      T("tạo các trang web", "rendering the pages"),
	"buoc-xuat-ban":  T("ghi danh mục tệp và xuất bản", "writing the manifest and publishing"),
})
