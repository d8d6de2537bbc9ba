package diag

// The words of the period labels (package period).

// periodExpected lists the accepted ways of writing a period.
var periodExpected = text(
	"Một trong các cách viết: năm (“2021”, “Năm 2021”); sáu tháng (“6 tháng đầu năm 2023”, “6 tháng cuối năm 2023”); "+
		"quý (“Quý I/2023”, “Quý 2/2023”, “Quý III năm 2023”); tháng (“Tháng 3/2023”, “03/2023”, “Tháng 3 năm 2023”); "+
		"khoảng thời gian nối hai kỳ trên bằng dấu gạch ngang (“2020 - 2025”, “2021 – 6 tháng đầu năm 2023”) "+
		"hoặc viết “Từ … đến …” (“Từ năm 2021 đến 6 tháng đầu năm 2023”), có thể mở đầu bằng “Giai đoạn” hoặc “Nhiệm kỳ”. Năm từ 1900 đến 2200.",
	"One of: a year (“2021”, “Năm 2021”); a half year (“6 tháng đầu năm 2023” = Jan–Jun, “6 tháng cuối năm 2023” = Jul–Dec); "+
		"a quarter (“Quý I/2023”, “Quý 2/2023”, “Quý III năm 2023”); a month (“Tháng 3/2023”, “03/2023”, “Tháng 3 năm 2023”); "+
		"a range of two of these joined by a dash (“2020 - 2025”, “2021 – 6 tháng đầu năm 2023”) "+
		"or written “Từ … đến …” (“Từ năm 2021 đến 6 tháng đầu năm 2023”), optionally after “Giai đoạn” or “Nhiệm kỳ”. Years from 1900 to 2200.")

var _ = register(map[string]Entry{
	"ky-trong": {
		What:     text("Ô kỳ (thời gian) bị trống.", "The period cell is empty."),
		Expected: periodExpected,
		Fix:      text("Ghi kỳ của số liệu, ví dụ “2023” hoặc “Quý I/2023”.", "Write the period of the figure, e.g. “2023” or “Quý I/2023”."),
	},
	"ky-khong-hop-le": {
		What:     text("“{value}” không phải là một kỳ (thời gian) mà chương trình hiểu được.", "“{value}” is not a period the program understands."),
		Expected: periodExpected,
		Fix:      text("Sửa ô theo một trong các mẫu trên, ví dụ “Quý I/2023” hoặc “2020 - 2025”.", "Rewrite the cell in one of the forms above, e.g. “Quý I/2023” or “2020 - 2025”."),
	},
	"ky-khong-hop-le/quy": {
		What:     text("“{value}”: quý phải là I, II, III hoặc IV (hoặc 1 đến 4).", "“{value}”: the quarter must be I, II, III or IV (or 1 to 4)."),
		Expected: periodExpected,
		Fix:      text("Sửa số quý, ví dụ “Quý IV/2023”.", "Correct the quarter, e.g. “Quý IV/2023”."),
	},
	"ky-khong-hop-le/nam-truoc-thang": {
		What:     text("“{value}” không phải là một kỳ mà chương trình hiểu được: năm viết trước tháng.", "“{value}” is not a period the program understands: the year comes before the month."),
		Expected: periodExpected,
		Fix:      text("Viết tháng trước năm: “Tháng {month}/{year}”.", "Write the month first: “Tháng {month}/{year}”."),
	},
	"ky-khong-hop-le/ngay": {
		What:     text("“{value}” là một ngày cụ thể, không phải một kỳ (năm, quý, tháng).", "“{value}” is a date, not a period (year, quarter, month)."),
		Expected: periodExpected,
		Fix: text("Có thể Excel đã tự đổi ô thành ngày. Định dạng cột kỳ là Văn bản (chuột phải → Định dạng ô → Văn bản), gõ lại kỳ, ví dụ “Tháng 3/2023”, rồi lưu lại thành CSV.",
			"Excel may have turned the cell into a date. Format the period column as Text (right-click → Format Cells → Text), type the period again, e.g. “Tháng 3/2023”, and save as CSV again."),
	},
	"thang-khong-hop-le": {
		What:     text("“{value}”: tháng {month} không có; tháng phải từ 1 đến 12.", "“{value}”: there is no month {month}; months run from 1 to 12."),
		Expected: periodExpected,
		Fix:      text("Sửa số tháng, ví dụ “Tháng 3/2023”.", "Correct the month, e.g. “Tháng 3/2023”."),
	},
	"thang-khong-hop-le/nam-truoc-thang": {
		What:     text("“{value}”: tháng {month} không có; tháng phải từ 1 đến 12.", "“{value}”: there is no month {month}; months run from 1 to 12."),
		Expected: periodExpected,
		Fix:      text("Sửa số tháng và viết tháng trước năm, ví dụ “Tháng 12/{year}”.", "Correct the month and write it before the year, e.g. “Tháng 12/{year}”."),
	},
	"nam-ngoai-khoang": {
		What:     text("“{value}”: năm {year} nằm ngoài khoảng 1900–2200.", "“{value}”: the year {year} is outside 1900–2200."),
		Expected: text("Năm viết đủ 4 chữ số, từ 1900 đến 2200, ví dụ 2023.", "A four-digit year from 1900 to 2200, e.g. 2023."),
		Fix:      text("Sửa lại năm (viết đủ 4 chữ số, ví dụ 2023 chứ không phải 23).", "Correct the year (all four digits, e.g. 2023, not 23)."),
	},
	"khoang-nguoc": {
		What:     text("Khoảng thời gian “{value}” kết thúc trước khi bắt đầu.", "The range “{value}” ends before it starts."),
		Expected: text("Kỳ đầu đứng trước, kỳ cuối đứng sau, ví dụ “2020 - 2025”.", "The earlier period first, the later one second, e.g. “2020 - 2025”."),
		Fix:      text("Đổi chỗ hai kỳ hoặc sửa lại năm.", "Swap the two periods or correct the year."),
	},
	"ky-la-ngay-iso": {
		What:     text("“{value}” là một ngày hoặc tháng viết kiểu năm-tháng-ngày, không phải một kỳ theo cách viết của báo cáo.", "“{value}” is a date or month written year-month-day, not a period as the report writes it."),
		Expected: text("Kỳ viết như trong báo cáo, ví dụ “{suggest}”.", "A period as the report writes it, e.g. “{suggest}”."),
		Fix:      text("Viết lại ô thành “{suggest}” (hoặc “{year}” nếu số liệu là của cả năm). Nếu Excel tự đổi ô thành ngày, định dạng cột kỳ là Văn bản trước khi gõ.", "Write “{suggest}” (or “{year}” if the figure is for the whole year). If Excel turned the cell into a date, format the period column as Text before typing."),
	},
	"ky-la-so-ngay-excel": {
		What:     text("“{value}” là cách Excel lưu một ngày ({date}), không phải một kỳ: ô kỳ đã bị định dạng thành số.", "“{value}” is how Excel stores a date ({date}), not a period: the period cell was formatted as a number."),
		Expected: text("Kỳ viết như trong báo cáo, ví dụ “{suggest}” hoặc “{year}”.", "A period as the report writes it, e.g. “{suggest}” or “{year}”."),
		Fix:      text("Trong Excel, định dạng cột kỳ là Văn bản (chuột phải → Định dạng ô → Văn bản), gõ lại kỳ, ví dụ “{year}”, rồi lưu lại thành CSV.", "In Excel, format the period column as Text (right-click → Format Cells → Text), type the period again, e.g. “{year}”, and save as CSV again."),
	},
})
