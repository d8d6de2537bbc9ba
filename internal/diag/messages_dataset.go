package diag

// The words of the checks of a folder of exports (package dataset).
var _ = register(map[string]Entry{
	"trung-so-lieu": {
		What:     T("Số liệu của “{id}”, chuỗi “{series}”, kỳ {period} (dòng này viết “{typed}”) đã có ở {file} dòng {line} (viết “{first}”).", "The figure for “{id}”, series “{series}”, period {period} (written “{typed}” here) was already given at {file} line {line} (written “{first}”)."),
		Expected: T("Mỗi (chỉ tiêu, kỳ, chuỗi) chỉ có một giá trị, dù kỳ được viết thế nào (“2022” và “Năm 2022” là một kỳ).", "One value per (indicator, period, series), however the period is written (“2022” and “Năm 2022” are one period)."),
		Fix:      T("Giữ một trong hai giá trị và xóa giá trị kia.", "Keep one of the two values and delete the other."),
	},
	"ky-hai-cach-viet": {
		What:     T("Kỳ “{typed}” của chỉ tiêu “{id}” là cùng một kỳ với “{first}” ở {file} dòng {line}, nhưng được viết khác; trang web ghi thống nhất là “{canonical}”.", "Period “{typed}” of indicator “{id}” is the same period as “{first}” at {file} line {line}, written another way; the site writes it “{canonical}”."),
		Expected: T("Một kỳ được viết một cách trong cả chỉ tiêu.", "One way of writing a period throughout an indicator."),
		Fix:      T("Nếu đúng là cùng một kỳ thì không cần làm gì; để gọn, viết thống nhất “{canonical}”. Nếu là hai kỳ khác nhau, sửa lại ô này.", "Nothing to do if it is the same period; to be tidy, write “{canonical}” everywhere. If they are two different periods, correct this cell."),
	},
	"so-am": {
		What:     T("Giá trị âm {value} trong chỉ tiêu “{id}”: số đếm và tỷ lệ không thể nhỏ hơn 0.", "Negative value {value} in indicator “{id}”: counts and percentages cannot be below 0."),
		Expected: T("Một số từ 0 trở lên; hoặc, với chỉ tiêu có thể âm (tốc độ tăng trưởng, tăng giảm thuần, cân đối thu chi), cột “cho_phep_am” của chỉ tiêu trong chi-tieu.csv ghi “có”.", "A number of 0 or more; or, for an indicator that can be negative (a growth rate, a net change, a balance), “có” in its “cho_phep_am” column of chi-tieu.csv."),
		Fix:      T("Bỏ dấu trừ hoặc sửa lại số. Nếu chỉ tiêu này đúng là có thể âm, ghi “có” vào cột “cho_phep_am” của nó trong chi-tieu.csv.", "Remove the minus sign or correct the number. If this indicator really can be negative, write “có” in its “cho_phep_am” column of chi-tieu.csv."),
	},
	"co-khong-khong-hop-le": {
		What:     T("Ô “{column}” ghi “{value}”, không rõ là có hay không.", "The “{column}” cell says “{value}”, which is neither yes nor no."),
		Expected: T("“có” (hoặc x, 1) hoặc để trống (không).", "“có” (or x, 1) for yes, or blank for no."),
		Fix:      T("Ghi “có” hoặc để trống ô này.", "Write “có” or leave the cell blank."),
	},
	"phan-tram-o-chi-tieu-khong-phai-ty-le": {
		What:     T("Giá trị “{value}” có dấu %, nhưng đơn vị của chỉ tiêu “{id}” là “{unit}”, không phải %: con số này sẽ bị hiểu là {number} {unit}.", "The value “{value}” has a % sign, but the unit of indicator “{id}” is “{unit}”, not %: it would be read as {number} {unit}."),
		Expected: T("Một số theo đơn vị “{unit}”; tỷ lệ báo cáo ghi đi kèm thì đặt ở cột “ty_le_bao_cao” (dạng dọc) hoặc cột “<kỳ> (%)” (dạng ngang).", "A number in “{unit}”; a percentage the report prints beside it goes in “ty_le_bao_cao” (long layout) or a “<period> (%)” column (wide layout)."),
		Fix:      T("Ghi số lượng theo đơn vị “{unit}” vào ô này và chuyển tỷ lệ sang cột tỷ lệ; hoặc, nếu cả chỉ tiêu là tỷ lệ, đổi đơn vị của nó trong chi-tieu.csv thành “%”.", "Put the count in “{unit}” in this cell and move the percentage to the percentage column; or, if the whole indicator is a percentage, change its unit in chi-tieu.csv to “%”."),
	},
	"o-trong-lech-cot": {
		What:     T("Ô giá trị trống nhưng ô chuỗi lại là số “{series}”: có vẻ dòng này thiếu một ô, nên các số đã lệch sang cột bên trái.", "The value cell is empty but the series cell is a number, “{series}”: the row seems to miss a cell, so its numbers moved one column to the left."),
		Expected: T("Tên chuỗi ở cột “chuoi” (hoặc để trống) và con số ở cột “gia_tri”.", "A series name in “chuoi” (or blank) and the figure in “gia_tri”."),
		Fix:      T("Kiểm tra các dấu phẩy của dòng này: mỗi cột một ô, kể cả ô trống (ví dụ “ma,2023,,\"3,9\",,ghi chú”).", "Check the row's commas: one cell per column, empty cells included (e.g. “ma,2023,,\"3,9\",,note”)."),
	},
	"thieu-cot-chuoi": {
		What:     T("Tệp không có cột “chuoi” (chuỗi số liệu), nên {n} dòng trùng chỉ tiêu và kỳ với một dòng trước đó mà không phân biệt được (ví dụ “{id}”, kỳ “{period}”, dòng {line1} và {line2}); chưa đọc số liệu nào của tệp.", "The file has no “chuoi” (series) column, so {n} rows repeat the indicator and period of an earlier row and cannot be told apart (e.g. “{id}”, period “{period}”, lines {line1} and {line2}); none of the file's figures were read."),
		Expected: T("Chỉ tiêu có nhiều chuỗi (tổng số và các thành phần) cần cột “chuoi” để phân biệt các dòng.", "An indicator with several series (a total and its parts) needs the “chuoi” column to tell its rows apart."),
		Fix:      T("Thêm lại cột “chuoi” vào dòng tiêu đề và điền tên chuỗi cho từng dòng, rồi xuất lại CSV.", "Put the “chuoi” column back in the header row, fill in each row's series, and export again."),
	},
	"ky-sau-chuong-trinh": {
		What:     T("Kỳ “{period}” nằm sau khi chương trình kết thúc ({programme}).", "Period “{period}” lies after the end of the programme ({programme})."),
		Expected: T("Các kỳ trong thời gian của chương trình, {programme}.", "Periods within the programme, {programme}."),
		Fix:      T("Kiểm tra lại năm (ví dụ 2023 chứ không phải 2032). Nếu chương trình đã được kéo dài, sửa “period” trong [params] của hugo.toml.", "Check the year (e.g. 2023, not 2032). If the programme was extended, change “period” under [params] in hugo.toml."),
	},
	"tep-lien-ket-vong": {
		What:     T("“{name}” là một liên kết (shortcut/symlink) trỏ vòng lại chính nó, không đọc được.", "“{name}” is a link (shortcut/symlink) that points back to itself and cannot be read."),
		Expected: T("Một tệp CSV thật trong thư mục dữ liệu.", "A real CSV file in the data folder."),
		Fix:      T("Xóa liên kết này và chép tệp CSV thật vào thư mục dữ liệu.", "Delete the link and copy the real CSV file into the data folder."),
	},
})
