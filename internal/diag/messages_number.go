package diag

// The words of the numbers of a cell (package number). A number is written
// in a style: its Expected names the separators of that style ({style},
// {th}, {dec} are words, {thousands} and {decimal} two examples).
var numberExpected = text(
	"Một số viết kiểu {style}: {th} ngăn cách hàng nghìn, {dec} trước phần thập phân, ví dụ {thousands} hoặc {decimal}; có thể thêm % ở cuối ({decimal}%).",
	"A number in {style}: {th} between thousands, {dec} before decimals, e.g. {thousands} or {decimal}; a trailing % is allowed ({decimal}%).")

// numberOtherStyle is the Fix of a number that is fine in the other style.
var numberOtherStyle = text(
	"{where} {dec} trước phần thập phân và {th} ngăn cách hàng nghìn; nếu ý bạn là số theo kiểu viết khác, hãy gõ “{suggest}”.",
	"{where} a {dec} before decimals and a {th} between thousands; if you meant the other style, type “{suggest}”.")

// numberBody are the mistakes in the digits and marks of a number; each
// has a variant "/kieu-khac" whose Fix says how to write it in the
// file's style, for a number written in the other one.
var numberBody = map[string]Entry{
	"so-khong-hop-le/nhieu-dau-thap-phan": {
		What: text("“{value}” có nhiều hơn một {dec} thập phân.", "“{value}” has more than one decimal {dec}."),
		Fix: text("Giữ lại một {dec} trước phần thập phân; nếu đây là nhiều số thì tách mỗi số ra một ô.",
			"Keep a single decimal {dec}; if these are several numbers, put each in its own cell."),
	},
	"so-khong-hop-le/thap-phan-trong": {
		What: text("“{value}” có {dec} thập phân nhưng không có chữ số nào sau nó.", "“{value}” has a decimal {dec} with no digits after it."),
		Fix:  text("Xoá {dec} ở cuối, hoặc gõ thêm phần thập phân.", "Remove the trailing {dec}, or type the decimals."),
	},
	"so-khong-hop-le/nhom-sau-thap-phan": {
		What: text("“{value}” có dấu ngăn cách hàng nghìn nằm sau {dec} thập phân.", "“{value}” has a thousands separator after the decimal {dec}."),
		Fix:  text("Phần sau {dec} chỉ được có chữ số.", "Only digits may follow the decimal {dec}."),
	},
	"nhom-hang-nghin": {
		What: text("Trong “{value}”, {th} (hoặc dấu cách) được hiểu là dấu ngăn cách hàng nghìn, nhưng các nhóm chữ số không đúng: mỗi nhóm sau dấu ngăn cách phải có đúng 3 chữ số.",
			"In “{value}” the {th} (or space) reads as a thousands separator, but the digit groups are wrong: every group after a separator must have exactly 3 digits."),
		Fix: text("Xoá dấu ngăn cách hàng nghìn thừa, hoặc dùng {dec} trước phần thập phân.",
			"Remove the stray thousands separator, or use a {dec} before the decimals."),
	},
}

var _ = register(func() map[string]Entry {
	m := map[string]Entry{
		"so-trong": {
			What:     text("Ô này trống, không có số.", "The cell is empty; there is no number."),
			Expected: numberExpected,
			Fix:      text("Gõ số liệu vào ô, hoặc xoá cả dòng nếu chưa có số liệu.", "Type the figure into the cell, or delete the whole row if there is no figure yet."),
		},
		"so-khong-hop-le": {
			What:     text("“{value}” không phải là một số.", "“{value}” is not a number."),
			Expected: numberExpected,
			Fix: text("Chỉ gõ chữ số (và dấu chấm, dấu phẩy, dấu % nếu cần); bỏ chữ, đơn vị tính và ký hiệu tiền tệ — ghi đơn vị ở tên cột hoặc cột đơn vị.",
				"Type only digits (and dots, commas or % where needed); remove letters, units and currency signs — put the unit in the column name or the unit column."),
		},
		"so-khong-hop-le/khoa-hoc": {
			What:     text("“{value}” là số viết dạng khoa học (lũy thừa của 10), không dùng được.", "“{value}” is in scientific notation, which is not accepted."),
			Expected: numberExpected,
			Fix: text("Trong Excel, chọn cột → chuột phải → Định dạng ô (Format Cells) → Số (Number), rồi lưu lại thành CSV.",
				"In Excel, select the column → right-click → Format Cells → Number, then save as CSV again."),
		},
		"so-qua-lon": {
			What:     text("“{value}” quá lớn, không tính toán được.", "“{value}” is too large to compute with."),
			Expected: numberExpected,
			Fix:      text("Kiểm tra lại số liệu; nên đổi sang đơn vị lớn hơn (nghìn, triệu, tỷ).", "Check the figure; use a larger unit (thousand, million, billion)."),
		},
		"o-so-loi-cong-thuc": {
			What: text("Ô này là “{value}”: công thức của ô trong bảng tính bị lỗi, nên không có số liệu.",
				"This cell is “{value}”: the cell's formula in the spreadsheet gave an error, so there is no figure."),
			Expected: text("Một số, ví dụ 4.116 hoặc 94,5.", "A number, e.g. 4.116 or 94,5."),
			Fix: text("Mở bảng tính gốc, sửa công thức của ô này hoặc xoá công thức và gõ thẳng số liệu, rồi lưu lại thành CSV UTF-8. (#DIV/0!: chia cho 0 hoặc cho ô trống; #N/A: không tìm thấy giá trị cần tra; #REF!: công thức trỏ tới ô đã bị xoá; #NAME?, #VALUE!, #NUM!, #NULL!: công thức viết sai.)",
				"Open the original workbook, fix the formula of this cell or delete the formula and type the figure, then save as CSV UTF-8 again. (#DIV/0!: division by 0 or by an empty cell; #N/A: a looked-up value was not found; #REF!: the formula points to a deleted cell; #NAME?, #VALUE!, #NUM!, #NULL!: the formula is wrong.)"),
		},
		"o-so-cot-hep": {
			What: text("Ô này là “{value}”: Excel ghi dấu # khi cột quá hẹp để hiện số, và khi lưu thành CSV đã ghi đúng những dấu # đó thay cho số.",
				"This cell is “{value}”: Excel shows # signs when a column is too narrow for its number, and saving as CSV wrote those signs instead of the number."),
			Expected: text("Một số, ví dụ 4.116 hoặc 94,5.", "A number, e.g. 4.116 or 94,5."),
			Fix: text("Mở bảng tính gốc, kéo rộng cột (nháy đúp vào mép phải tiêu đề cột) cho đến khi thấy số, rồi lưu lại thành CSV UTF-8.",
				"Open the original workbook, widen the column (double-click the right edge of its heading) until the number shows, then save as CSV UTF-8 again."),
		},
		"o-so-la-ngay": {
			What: text("“{value}” là một ngày tháng, không phải một số: thường do Excel tự đổi số vừa gõ (như 1/5 hoặc 1-5) thành ngày.",
				"“{value}” is a date, not a number: Excel usually turns a number typed like 1/5 or 1-5 into a date by itself."),
			Expected: text("Một số, ví dụ 4.116 hoặc 94,5.", "A number, e.g. 4.116 or 94,5."),
			Fix: text("Trong Excel, chọn ô → chuột phải → Định dạng ô (Format Cells) → Số (Number), gõ lại đúng số liệu, rồi lưu lại thành CSV UTF-8.",
				"In Excel, select the cell → right-click → Format Cells → Number, type the figure again, then save as CSV UTF-8 again."),
		},
	}
	for k, e := range numberBody {
		e.Expected = numberExpected
		m[k] = e
		e.Fix = numberOtherStyle
		m[k+"/kieu-khac"] = e
	}
	return m
}())

// The words of the two styles of numbers.
var _ = registerWords(map[string]Text{
	"kieu-viet-nam":      text("Việt Nam", "Vietnamese style"),
	"kieu-anh":           text("tiếng Anh như tệp này", "English style like the rest of this file"),
	"dau-phay":           text("dấu phẩy", "comma"),
	"dau-cham":           text("dấu chấm", "dot"),
	"dau-cham-thap-phan": text("dấu chấm", "point"),
	"tep-nay-dung":       text("Tệp này dùng", "This file uses"),
	"so-viet-nam-dung":   text("Số liệu Việt Nam dùng", "Vietnamese figures use"),
})
