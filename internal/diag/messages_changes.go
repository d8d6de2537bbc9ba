package diag

// The words of reading the previous publication (package changes): only
// warnings, since what cannot be read never stops a publication.
var _ = register(map[string]Entry{
	"truoc-khong-co": {
		What:     text("Không tìm thấy dữ liệu mở của lần xuất bản trước ở “{path}”.", "No open data of the previous publication at “{path}”."),
		Expected: text("Tệp index.json tải từ trang đang đăng (…/data/index.json), hoặc thư mục chứa data/index.json.", "An index.json downloaded from the live site (…/data/index.json), or a folder holding data/index.json."),
		Fix:      text("Kiểm tra đường dẫn của tùy chọn -truoc. Trang vẫn được xuất bản, nhưng trang Cập nhật coi như không có lần xuất bản trước.", "Check the path given to -truoc. The site is still published, but the updates page treats it as having no previous publication."),
	},
	"du-lieu-truoc-hong": {
		What:     text("Không đọc được dữ liệu mở của lần xuất bản trước “{file}”: tệp hỏng hoặc không phải index.json của chitieu.", "The open data of the previous publication, “{file}”, cannot be read: it is damaged or not a chitieu index.json."),
		Expected: text("Tệp data/index.json do chitieu tạo ra.", "A data/index.json written by chitieu."),
		Fix:      text("Trang vẫn được xuất bản, nhưng lần này không so sánh được với lần trước. Nếu cần, tải lại index.json từ trang đang đăng và dùng tùy chọn -truoc.", "The site is still published, but this time it cannot be compared with the previous one. If needed, download index.json from the live site again and use -truoc."),
	},
	"lich-su-cap-nhat-hong": {
		What:     text("Không đọc được lịch sử cập nhật “{file}”: tệp hỏng.", "The history of updates, “{file}”, cannot be read: it is damaged."),
		Expected: text("Tệp data/cap-nhat.json do chitieu tạo ra.", "A data/cap-nhat.json written by chitieu."),
		Fix:      text("Trang vẫn được xuất bản; lịch sử cập nhật bắt đầu lại từ lần này. Nếu cần giữ lịch sử, tải lại cap-nhat.json từ trang đang đăng và đặt cạnh index.json dùng cho tùy chọn -truoc.", "The site is still published; the history of updates starts again from this publication. To keep it, download cap-nhat.json from the live site again and put it beside the index.json given to -truoc."),
	},
})

var _ = registerPhrases(map[string]Text{
	"ngay-sai":  text("chitieu: -ngay phải là một ngày dạng 2026-11-27 (hoặc 27/11/2026), không phải “{value}”.", "chitieu: -ngay must be a date like 2026-11-27 (or 27/11/2026), not “{value}”."),
	"epoch-sai": text("chitieu: biến môi trường SOURCE_DATE_EPOCH phải là số giây từ 1970, không phải “{value}”.", "chitieu: the SOURCE_DATE_EPOCH environment variable must be seconds since 1970, not “{value}”."),
})
