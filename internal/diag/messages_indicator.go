package diag

// The words of the consistency warnings of an indicator (package
// indicator). {indicator} is its title in Vietnamese and its id in English.
var keepReported = text("Giữ đúng số của báo cáo; trang web hiển thị cả tỷ lệ báo cáo và tỷ lệ tính lại.", "Keep the report's figure; the site shows both the reported and the recomputed share.")

var _ = register(map[string]Entry{
	"tong-khong-khop": {
		What: text("“{indicator}”, kỳ {period}: các thành phần cộng lại {sum}, khác tổng số {total}.", "“{indicator}”, {period}: the parts add up to {sum}, not to the total {total}."),
		Fix:  text("Nếu báo cáo ghi như vậy thì giữ nguyên (trang web sẽ nêu điểm này); nếu không, kiểm tra lại các ô.", "If the report says so, keep it (the site points it out); otherwise check the cells."),
	},
	"ty-le-tren-tong-thanh-phan": {
		What: text("“{indicator}”, kỳ {period}, “{series}”: báo cáo ghi {reported} %, tính trên tổng các thành phần ({parts}) chứ không phải trên “{primary}” ({value} / {whole} = {share}).",
			"“{indicator}”, {period}, “{series}”: the report's {reported} % is computed on the sum of the parts ({parts}), not on “{primary}” ({value} / {whole} = {share})."),
		Fix: keepReported,
	},
	"ty-le-bao-cao-khac": {
		What: text("“{indicator}”, kỳ {period}, “{series}”: báo cáo ghi {reported} %, nhưng {value} / {whole} = {share}.",
			"“{indicator}”, {period}, “{series}”: the report prints {reported} %, but {value} / {whole} = {share}."),
		Fix: keepReported,
	},
	"ty-le-bao-cao-khac/cat-bot": {
		What: text("“{indicator}”, kỳ {period}, “{series}”: báo cáo ghi {reported} %, nhưng {value} / {whole} = {share} (có vẻ tỷ lệ bị cắt bớt chữ số thay vì làm tròn).",
			"“{indicator}”, {period}, “{series}”: the report prints {reported} %, but {value} / {whole} = {share} (it looks truncated rather than rounded)."),
		Fix: keepReported,
	},
	"mau-so-khac-nhau": {
		What: text("“{indicator}”, “{series}”: cùng một tỷ lệ được tính trên các mẫu số khác nhau giữa các kỳ ({bases}), nên không so sánh trực tiếp được.",
			"“{indicator}”, “{series}”: the same share is computed against different denominators in different periods ({bases})."),
		Fix: text("Giữ đúng số của báo cáo; khi so sánh, dùng tỷ lệ tính lại trên cùng mẫu số (cột “Tỷ lệ”).", "Keep the report's figures; compare the recomputed shares, which use one denominator."),
	},
	"thieu-so-lieu-nam": {
		What: text("“{indicator}”: chỉ tiêu hằng năm nhưng không có số liệu năm {year}.", "“{indicator}”: an annual target but no figures for {year}."),
		Fix:  text("Thêm số liệu năm {year} vào tệp số liệu.", "Add the figures for {year}."),
	},
	"het-han-chua-co-so-lieu": {
		What: text("“{indicator}”: chỉ tiêu đến hạn {due} đã qua nhưng chưa có số liệu của kỳ đó.", "“{indicator}”: the target was due by {due}, which has passed, and there are no figures for it."),
		Fix:  text("Thêm số liệu của kỳ {due} để đánh giá chỉ tiêu.", "Add the figures for {due} so the target can be assessed."),
	},
	"gia-tri-bat-thuong": {
		What: text("“{indicator}”, kỳ {period}, “{series}”: {value} khác xa các kỳ khác (trung vị {median}); có thể gõ nhầm hoặc nhầm dấu thập phân.",
			"“{indicator}”, {period}, “{series}”: {value} is far from the other periods (median {median}); maybe a typo or a misplaced decimal separator."),
		Fix: text("Kiểm tra lại ô này với báo cáo gốc.", "Check this cell against the source report."),
	},
})

// The words of the denominators a share is computed on.
var _ = registerWords(map[string]Text{
	"tinh-tren":           text("tính trên", "on"),
	"tong-cac-thanh-phan": text("tổng các thành phần", "the sum of the parts"),
})
