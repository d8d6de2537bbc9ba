package diag

// The words of the checks of the report's pages (package report).
var _ = register(map[string]Entry{
	"bao-cao-chi-tieu-khong-co": {
		What:     text("Biểu đồ “{shortcode}” trong trang báo cáo trích chỉ tiêu “{id}”, nhưng chỉ tiêu này không có trong chi-tieu.csv. Có phải “{hint}”?", "The “{shortcode}” chart of this report page cites indicator “{id}”, which is not in chi-tieu.csv. Did you mean “{hint}”?"),
		Expected: text("Mã của một chỉ tiêu trong chi-tieu.csv, ví dụ {{< {shortcode} \"{hint}\" >}}.", "The id of an indicator in chi-tieu.csv, e.g. {{< {shortcode} \"{hint}\" >}}."),
		Fix:      text("Sửa mã trong trang báo cáo cho đúng, hoặc thêm chỉ tiêu này vào chi-tieu.csv.", "Correct the id in the report page, or add the indicator to chi-tieu.csv."),
	},
	"bao-cao-chi-tieu-khong-co-goi-y": {
		What:     text("Biểu đồ “{shortcode}” trong trang báo cáo trích chỉ tiêu “{id}”, nhưng chỉ tiêu này không có trong chi-tieu.csv.", "The “{shortcode}” chart of this report page cites indicator “{id}”, which is not in chi-tieu.csv."),
		Expected: text("Mã của một chỉ tiêu trong chi-tieu.csv.", "The id of an indicator in chi-tieu.csv."),
		Fix:      text("Sửa mã trong trang báo cáo cho đúng, thêm chỉ tiêu này vào chi-tieu.csv, hoặc xóa biểu đồ khỏi trang.", "Correct the id in the report page, add the indicator to chi-tieu.csv, or remove the chart from the page."),
	},
	"bao-cao-thieu-ma": {
		What:     text("Biểu đồ “{shortcode}” trong trang báo cáo không ghi mã chỉ tiêu.", "The “{shortcode}” chart of this report page names no indicator."),
		Expected: text("Mã chỉ tiêu trong ngoặc kép, ví dụ {{< {shortcode} \"xep-loai-dang-vien\" >}}.", "An indicator id in quotes, e.g. {{< {shortcode} \"xep-loai-dang-vien\" >}}."),
		Fix:      text("Thêm mã chỉ tiêu vào biểu đồ, hoặc xóa biểu đồ khỏi trang.", "Add the indicator id, or remove the chart from the page."),
	},
})
