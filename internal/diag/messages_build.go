package diag

// The words of the whole-run problems of "chitieu check" and "chitieu build".
var _ = register(map[string]Entry{
	"khong-co-thu-muc": {
		What: text("Không tìm thấy thư mục dữ liệu “{dir}”.", "Data folder “{dir}” not found."),
		Fix:  text("Chỉ đúng thư mục chứa các tệp CSV bằng tùy chọn -src.", "Point -src at the folder of CSV files."),
	},
})

var _ = registerPhrases(map[string]Text{
	"tom-tat-check":    text("{src}: {indicators} nội dung số liệu, {warnings} cảnh báo, không có lỗi.", "{src}: {indicators} indicators, {warnings} warnings, no errors."),
	"tom-tat-build":    text("Đã xuất bản {indicators} nội dung số liệu, {pages} trang, {warnings} cảnh báo vào {out} trong {seconds} giây.", "Published {indicators} indicators, {pages} pages, {warnings} warnings into {out} in {seconds} s."),
	"khong-xuat-ban":   text("chitieu: {err}; trang web cũ trong {out} được giữ nguyên.", "chitieu: {err}; the previous site in {out} is left as it was."),
	"loi-tao-trang":    text("chitieu: không tạo được trang web: {err}\nTrang web cũ trong {out} được giữ nguyên.", "chitieu: the site could not be built: {err}\nThe previous site in {out} is left as it was."),
	"out-giu-nguyen":   text("chitieu: không thể thay thư mục xuất bản một cách an toàn (xem thông báo ở trên); không xuất bản gì, thư mục “{out}” được giữ nguyên, không có gì bị thay đổi.", "chitieu: the output folder cannot be replaced safely (see above); nothing was published and “{out}” was left untouched."),
	"du-lieu-chua-qua": text("dữ liệu chưa qua được kiểm tra (xem các thông báo ở trên), không xuất bản", "the data did not pass the checks (see the messages above); nothing was published"),
})
