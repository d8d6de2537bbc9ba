package diag

// The words of the progress lines "chitieu check" and "chitieu build" print
// on stderr when a stage takes more than a moment (package build, Progress):
// one line when the stage has run a while ({stage} is one of the
// "buoc-…" phrases), one when it ends ({seconds}, formatted by the caller).
var _ = registerPhrases(map[string]Text{
	"tien-do-dang":   text("chitieu: đang {stage}…", "chitieu: {stage}…"),
	"tien-do-xong":   text("chitieu: đã {stage} trong {seconds} giây.", "chitieu: {stage}: done in {seconds} s."),
	"buoc-doc":       text("đọc và kiểm tra các tệp CSV", "reading and checking the CSV files"),
	"buoc-doi-chieu": text("đối chiếu với các trang báo cáo", "checking the report pages against the data"),
	"buoc-tinh":      text("tính tỷ lệ, mức đạt và kết quả đánh giá các chỉ tiêu", "computing shares, attainment and target statuses"),
	"buoc-chuan-bi":  text("dựng biểu đồ và dữ liệu mở", "building the charts and the open data"),
	"buoc-hugo":      text("tạo các trang web", "rendering the pages"),
	"buoc-xuat-ban":  text("ghi danh mục tệp và xuất bản", "writing the manifest and publishing"),
})
