package diag

// The words of the checks of a folder of exports (package dataset).
var _ = register(map[string]Entry{
	"trung-so-lieu": {
		What:     text("Số liệu của “{id}”, chuỗi “{series}”, kỳ {period} (dòng này viết “{typed}”) đã có ở {file} dòng {line} (viết “{first}”).", "The figure for “{id}”, series “{series}”, period {period} (written “{typed}” here) was already given at {file} line {line} (written “{first}”)."),
		Expected: text("Mỗi (chỉ tiêu, kỳ, chuỗi) chỉ có một giá trị, dù kỳ được viết thế nào (“2022” và “Năm 2022” là một kỳ).", "One value per (indicator, period, series), however the period is written (“2022” and “Năm 2022” are one period)."),
		Fix:      text("Giữ một trong hai giá trị và xóa giá trị kia.", "Keep one of the two values and delete the other."),
	},
	"ky-hai-cach-viet": {
		What:     text("Kỳ “{typed}” của chỉ tiêu “{id}” là cùng một kỳ với “{first}” ở {file} dòng {line}, nhưng được viết khác; trang web ghi thống nhất là “{canonical}”.", "Period “{typed}” of indicator “{id}” is the same period as “{first}” at {file} line {line}, written another way; the site writes it “{canonical}”."),
		Expected: text("Một kỳ được viết một cách trong cả chỉ tiêu.", "One way of writing a period throughout an indicator."),
		Fix:      text("Nếu đúng là cùng một kỳ thì không cần làm gì; để gọn, viết thống nhất “{canonical}”. Nếu là hai kỳ khác nhau, sửa lại ô này.", "Nothing to do if it is the same period; to be tidy, write “{canonical}” everywhere. If they are two different periods, correct this cell."),
	},
	"so-am": {
		What:     text("Giá trị âm {value} trong chỉ tiêu “{id}”: số đếm và tỷ lệ không thể nhỏ hơn 0.", "Negative value {value} in indicator “{id}”: counts and percentages cannot be below 0."),
		Expected: text("Một số từ 0 trở lên; hoặc, với chỉ tiêu có thể âm (tốc độ tăng trưởng, tăng giảm thuần, cân đối thu chi), cột “cho_phep_am” của chỉ tiêu trong chi-tieu.csv ghi “có”.", "A number of 0 or more; or, for an indicator that can be negative (a growth rate, a net change, a balance), “có” in its “cho_phep_am” column of chi-tieu.csv."),
		Fix:      text("Bỏ dấu trừ hoặc sửa lại số. Nếu chỉ tiêu này đúng là có thể âm, ghi “có” vào cột “cho_phep_am” của nó trong chi-tieu.csv.", "Remove the minus sign or correct the number. If this indicator really can be negative, write “có” in its “cho_phep_am” column of chi-tieu.csv."),
	},
	"ten-tieng-anh-khong-hop-le": {
		What:     text("Ô “chuoi_en” có mục “{value}”, không theo dạng “tên chuỗi=tên tiếng Anh”: mục này bị bỏ qua, trang tiếng Anh dùng tên tiếng Việt.", "The “chuoi_en” cell has the item “{value}”, not in the form “series name=English name”: it is ignored, and the English pages use the Vietnamese name."),
		Expected: text("Các cặp “tên chuỗi=tên tiếng Anh” cách nhau bởi dấu chấm phẩy, ví dụ “Tổng số=Total; Nữ=Women”.", "Pairs “series name=English name” separated by semicolons, e.g. “Tổng số=Total; Nữ=Women”."),
		Fix:      text("Viết lại mục này theo dạng “tên chuỗi=tên tiếng Anh”, hoặc xóa nó.", "Rewrite the item as “series name=English name”, or delete it."),
	},
	"ten-tieng-anh-cua-chuoi-khong-co": {
		What:     text("Ô “chuoi_en” đặt tên tiếng Anh cho chuỗi “{series}”, nhưng số liệu của “{id}” không có chuỗi này: tên này không được dùng.", "The “chuoi_en” cell gives an English name to the series “{series}”, but the figures of “{id}” have no such series: the name is not used."),
		Expected: text("Tên chuỗi đúng như trong tệp số liệu: {list}.", "A series name exactly as in the figures' files: {list}."),
		Fix:      text("Sửa tên chuỗi trong ô “chuoi_en” cho đúng, hoặc xóa mục này.", "Correct the series name in the “chuoi_en” cell, or delete the item."),
	},
	"co-khong-khong-hop-le": {
		What:     text("Ô “{column}” ghi “{value}”, không rõ là có hay không.", "The “{column}” cell says “{value}”, which is neither yes nor no."),
		Expected: text("“có” (hoặc x, 1) hoặc để trống (không).", "“có” (or x, 1) for yes, or blank for no."),
		Fix:      text("Ghi “có” hoặc để trống ô này.", "Write “có” or leave the cell blank."),
	},
	"phan-tram-o-chi-tieu-khong-phai-ty-le": {
		What:     text("Giá trị “{value}” có dấu %, nhưng đơn vị của chỉ tiêu “{id}” là “{unit}”, không phải %: con số này sẽ bị hiểu là {number} {unit}.", "The value “{value}” has a % sign, but the unit of indicator “{id}” is “{unit}”, not %: it would be read as {number} {unit}."),
		Expected: text("Một số theo đơn vị “{unit}”; tỷ lệ báo cáo ghi đi kèm thì đặt ở cột “ty_le_bao_cao” (dạng dọc) hoặc cột “<kỳ> (%)” (dạng ngang).", "A number in “{unit}”; a percentage the report prints beside it goes in “ty_le_bao_cao” (long layout) or a “<period> (%)” column (wide layout)."),
		Fix:      text("Ghi số lượng theo đơn vị “{unit}” vào ô này và chuyển tỷ lệ sang cột tỷ lệ; hoặc, nếu cả chỉ tiêu là tỷ lệ, đổi đơn vị của nó trong chi-tieu.csv thành “%”.", "Put the count in “{unit}” in this cell and move the percentage to the percentage column; or, if the whole indicator is a percentage, change its unit in chi-tieu.csv to “%”."),
	},
	"o-trong-lech-cot": {
		What:     text("Ô giá trị trống nhưng ô chuỗi lại là số “{series}”: có vẻ dòng này thiếu một ô, nên các số đã lệch sang cột bên trái.", "The value cell is empty but the series cell is a number, “{series}”: the row seems to miss a cell, so its numbers moved one column to the left."),
		Expected: text("Tên chuỗi ở cột “chuoi” (hoặc để trống) và con số ở cột “gia_tri”.", "A series name in “chuoi” (or blank) and the figure in “gia_tri”."),
		Fix:      text("Kiểm tra các dấu phẩy của dòng này: mỗi cột một ô, kể cả ô trống (ví dụ “ma,2023,,\"3,9\",,ghi chú”).", "Check the row's commas: one cell per column, empty cells included (e.g. “ma,2023,,\"3,9\",,note”)."),
	},
	"thieu-cot-chuoi": {
		What:     text("Tệp không có cột “chuoi” (chuỗi số liệu), nên {n} dòng trùng chỉ tiêu và kỳ với một dòng trước đó mà không phân biệt được (ví dụ “{id}”, kỳ “{period}”, dòng {line1} và {line2}); chưa đọc số liệu nào của tệp.", "The file has no “chuoi” (series) column, so {n} rows repeat the indicator and period of an earlier row and cannot be told apart (e.g. “{id}”, period “{period}”, lines {line1} and {line2}); none of the file's figures were read."),
		Expected: text("Chỉ tiêu có nhiều chuỗi (tổng số và các thành phần) cần cột “chuoi” để phân biệt các dòng.", "An indicator with several series (a total and its parts) needs the “chuoi” column to tell its rows apart."),
		Fix:      text("Thêm lại cột “chuoi” vào dòng tiêu đề và điền tên chuỗi cho từng dòng, rồi xuất lại CSV.", "Put the “chuoi” column back in the header row, fill in each row's series, and export again."),
	},
	"ky-sau-chuong-trinh": {
		What:     text("Kỳ “{period}” nằm sau khi chương trình kết thúc ({programme}).", "Period “{period}” lies after the end of the programme ({programme})."),
		Expected: text("Các kỳ trong thời gian của chương trình, {programme}.", "Periods within the programme, {programme}."),
		Fix:      text("Kiểm tra lại năm (ví dụ 2023 chứ không phải 2032). Nếu chương trình đã được kéo dài, sửa “period” trong [params] của hugo.toml.", "Check the year (e.g. 2023, not 2032). If the programme was extended, change “period” under [params] in hugo.toml."),
	},
	"tep-lien-ket-vong": {
		What:     text("“{name}” là một liên kết (shortcut/symlink) trỏ vòng lại chính nó, không đọc được.", "“{name}” is a link (shortcut/symlink) that points back to itself and cannot be read."),
		Expected: text("Một tệp CSV thật trong thư mục dữ liệu.", "A real CSV file in the data folder."),
		Fix:      text("Xóa liên kết này và chép tệp CSV thật vào thư mục dữ liệu.", "Delete the link and copy the real CSV file into the data folder."),
	},
})

// The files of a folder of exports: reading them, their columns, the
// indicator list (chi-tieu.csv).
var _ = register(map[string]Entry{
	"khong-doc-duoc-thu-muc": {
		What: text("Không đọc được thư mục dữ liệu: {err}", "Cannot read the data folder: {err}"),
		Fix:  text("Kiểm tra đường dẫn -src và quyền đọc thư mục.", "Check the -src path and that the folder is readable."),
	},
	"khong-doc-duoc-tep": {
		What: text("Không đọc được tệp: {err}", "Cannot read the file: {err}"),
		Fix:  text("Kiểm tra tệp có đang mở trong Excel hay bị khóa không, đóng lại rồi chạy lại.", "Check that the file is not open in Excel or locked, close it and run again."),
	},
	"thieu-tep-chi-tieu": {
		What:     text("Không có tệp danh mục chỉ tiêu {file}.", "There is no indicator list {file}."),
		Expected: text("Thư mục {dir} có tệp {file} (mỗi dòng một chỉ tiêu) và các tệp số liệu.", "The folder {dir} holds {file} (one row per indicator) and the observation files."),
		Fix:      text("Xuất trang tính danh mục chỉ tiêu thành CSV UTF-8 với tên {file}.", "Export the indicator sheet as CSV UTF-8 named {file}."),
	},
	"cot-la": {
		What:     text("Cột “{column}” không có trong mẫu {kind}.", "Column “{column}” is not part of the {kind} format."),
		Expected: text("Các cột: {columns}.", "Columns: {columns}."),
		Fix:      text("Đổi tên cột cho đúng mẫu, hoặc xóa cột này trước khi xuất CSV.", "Rename the column to one of the format's, or delete it before exporting."),
	},
	"thieu-cot": {
		What:     text("Thiếu cột “{column}” ({doc}).", "Missing column “{column}” ({doc})."),
		Expected: text("Dòng tiêu đề của {kind} có các cột: {columns}.", "The header row of {kind} has the columns: {columns}."),
		Fix:      text("Thêm cột “{column}” vào dòng tiêu đề của bảng tính rồi xuất lại CSV.", "Add the column “{column}” to the header row of the sheet and export again."),
	},
	"chi-tieu-trong": {
		What:     text("Tệp {file} chỉ có dòng tiêu đề, không có chỉ tiêu nào.", "{file} has a header line but no indicator."),
		Expected: text("Mỗi chỉ tiêu một dòng dưới dòng tiêu đề.", "One row per indicator below the header."),
		Fix:      text("Mở lại bảng tính danh mục chỉ tiêu, kiểm tra đã chọn đúng trang tính, rồi lưu lại thành CSV UTF-8.", "Open the indicator workbook, check the right sheet is selected, and save it as CSV UTF-8 again."),
	},
	"thieu-ma": {
		What:     text("Dòng này không có mã chỉ tiêu.", "This row has no indicator id."),
		Expected: text("Mỗi chỉ tiêu có một mã riêng, ví dụ “xep-loai-dang-vien”.", "Every indicator has its own id, e.g. “xep-loai-dang-vien”."),
		Fix:      text("Điền mã vào cột “ma”, hoặc xóa dòng nếu thừa.", "Fill in the “ma” column, or delete the row if it is not needed."),
	},
	"thieu-ma/tham-chieu": {
		What:     text("Dòng này không có mã chỉ tiêu.", "This row has no indicator id."),
		Expected: text("Mã của một chỉ tiêu trong {file}.", "The id of an indicator in {file}."),
		Fix:      text("Điền mã vào cột “ma”, hoặc xóa dòng nếu thừa.", "Fill in the “ma” column, or delete the row if it is not needed."),
	},
	"ma-khong-hop-le": {
		What:     text("Mã chỉ tiêu “{id}” không hợp lệ: mã dùng làm địa chỉ trang web.", "Indicator id “{id}” is not valid: ids are used in page addresses."),
		Expected: text("Chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “{slug}”.", "Lower-case ascii letters, digits and hyphens, e.g. “{slug}”."),
		Fix:      text("Đổi mã thành “{slug}” (và sửa mã này ở các tệp số liệu, mục tiêu).", "Change the id to “{slug}” (and in the observation and target files)."),
	},
	"trung-ma": {
		What:     text("Mã chỉ tiêu “{id}” bị trùng với dòng {line}.", "Indicator id “{id}” repeats line {line}."),
		Expected: text("Mỗi mã chỉ xuất hiện một lần trong {file}.", "Each id appears once in {file}."),
		Fix:      text("Đặt mã khác cho một trong hai dòng, hoặc xóa dòng trùng.", "Give one of the rows another id, or delete the duplicate."),
	},
	"thieu-ten": {
		What:     text("Chỉ tiêu “{id}” không có tên.", "Indicator “{id}” has no title."),
		Expected: text("Tên chỉ tiêu như trong báo cáo.", "The indicator's title as in the report."),
		Fix:      text("Điền tên vào cột “ten”.", "Fill in the “ten” column."),
	},
	"thieu-don-vi": {
		What:     text("Chỉ tiêu “{id}” không có đơn vị tính.", "Indicator “{id}” has no unit."),
		Expected: text("Ví dụ: “đảng viên”, “tổ chức”, “%”.", "For example “đảng viên”, “tổ chức”, “%”."),
		Fix:      text("Điền đơn vị vào cột “don_vi”.", "Fill in the “don_vi” column."),
	},
	"bieu-do-khong-hop-le": {
		What:     text("Loại biểu đồ “{value}” không có.", "Chart kind “{value}” does not exist."),
		Expected: text("Để trống (tự chọn) hoặc một trong: cot (cột), cot-chong (cột chồng), duong (đường), tron (tròn).", "Blank (automatic) or one of: cot, cot-chong, duong, tron."),
		Fix:      text("Sửa ô cột “bieu_do”.", "Correct the “bieu_do” cell."),
	},
	"chi-tieu-khong-co": {
		What:     text("Mã chỉ tiêu “{id}” không có trong {file}.", "Indicator id “{id}” is not in {file}."),
		Expected: text("Một mã đã khai báo trong {file}.", "An id declared in {file}."),
		Fix:      text("Sửa mã cho đúng, hoặc thêm chỉ tiêu này vào {file}.", "Correct the id, or add the indicator to {file}."),
	},
	"chi-tieu-khong-co/goi-y": {
		What:     text("Mã chỉ tiêu “{id}” không có trong {file}. Có phải “{hint}”?", "Indicator id “{id}” is not in {file}. Did you mean “{hint}”?"),
		Expected: text("Một mã đã khai báo trong {file}.", "An id declared in {file}."),
		Fix:      text("Sửa mã cho đúng, hoặc thêm chỉ tiêu này vào {file}.", "Correct the id, or add the indicator to {file}."),
	},
})

// The observation files (package dataset, observations.go).
var _ = register(map[string]Entry{
	"dau-thap-phan-khong-nhat-quan": {
		What:     text("Số “{value}” dùng dấu thập phân khác với các số còn lại trong tệp.", "The number “{value}” uses another decimal separator than the rest of the file."),
		Expected: text("Cả tệp dùng một kiểu: {style}.", "One style for the whole file: {style}."),
		Fix:      text("Sửa số này theo cùng kiểu với các số khác trong tệp.", "Write this number in the same style as the others in the file."),
	},
	"doan-dau-thap-phan": {
		What: text("{n} số trong tệp (như “{value}”) có thể hiểu hai cách; đã đọc theo kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy là dấu thập phân.",
			"{n} number(s) in the file (such as “{value}”) can be read two ways; they were read the Vietnamese way: dot for thousands, comma for decimals."),
		Expected: text("Một số không thể hiểu hai cách, ví dụ 4116 hoặc 94,5.", "A number that cannot be read two ways, e.g. 4116 or 94,5."),
		Fix:      text("Nếu đúng thì không cần làm gì. Để chắc chắn, bỏ dấu phân cách hàng nghìn (4116) hoặc dùng tệp phân cách bằng “;”.", "Nothing to do if this is right. To be sure, drop the thousands separator (4116) or export with “;” as separator."),
	},
	"ty-le-tren-100": {
		What:     text("Tỷ lệ {value} % lớn hơn 100 % (đơn vị của “{id}” là %).", "Percentage {value} % is above 100 % (the unit of “{id}” is %)."),
		Expected: text("Một tỷ lệ từ 0 đến 100.", "A percentage from 0 to 100."),
		Fix:      text("Kiểm tra dấu thập phân (ví dụ 85,6 chứ không phải 856).", "Check the decimal separator (e.g. 85,6, not 856)."),
	},
	"tep-khong-co-so-lieu": {
		What:     text("Tệp chỉ có dòng tiêu đề, không có số liệu nào.", "The file has a header line but no figures."),
		Expected: text("Các dòng số liệu dưới dòng tiêu đề.", "Rows of figures below the header line."),
		Fix: text("Kiểm tra đã chọn đúng trang tính khi lưu thành CSV; nếu tệp chưa dùng đến thì bỏ nó ra khỏi thư mục dữ liệu.",
			"Check the right sheet was selected when saving as CSV; if the file is not used yet, move it out of the data folder."),
	},
	"khong-nhan-ra-bo-cuc": {
		What: text("Không nhận ra tệp số liệu: dòng tiêu đề không có cột “ma”.", "Not an observation file: the header row has no “ma” column."),
		Expected: text("Dạng dọc: ma, ky, chuoi, gia_tri[, ty_le_bao_cao][, ghi_chu]. Dạng ngang: ma, chuoi, rồi mỗi kỳ một cột (2021, 2022, …).",
			"Long layout: ma, ky, chuoi, gia_tri[, ty_le_bao_cao][, ghi_chu]. Wide layout: ma, chuoi, then one column per period (2021, 2022, …)."),
		Fix: text("Sửa dòng tiêu đề theo một trong hai dạng, hoặc bỏ tệp này khỏi thư mục dữ liệu.", "Correct the header row to one of the two layouts, or move the file out of the data folder."),
	},
	// Its Expected is the period parser's: what a period looks like.
	"cot-ky-khong-hop-le": {
		What: text("Cột “{column}” của tệp dạng ngang không phải là một kỳ.", "Column “{column}” of a wide-layout file is not a period."),
		Fix:  text("Đặt tên cột là một kỳ (ví dụ 2021, 6 tháng đầu năm 2023), hoặc “<kỳ> (%)” cho tỷ lệ báo cáo, hoặc xóa cột.", "Name the column after a period (e.g. 2021), or “<period> (%)” for reported percentages, or delete it."),
		Over: true,
	},
	"cot-ty-le-khong-co-ky": {
		What:     text("Cột tỷ lệ “{column}” không có cột kỳ “{period}” đi kèm.", "Percentage column “{column}” has no period column “{period}”."),
		Expected: text("Mỗi cột “<kỳ> (%)” đi với một cột “<kỳ>”.", "Each “<period> (%)” column goes with a “<period>” column."),
		Fix:      text("Sửa tên cột cho khớp với cột kỳ.", "Rename the column to match its period column."),
	},
	"so-bi-tach-o": {
		What: text("Ô ghi chú chỉ có “{note}”, ngay sau số “{number}”: có vẻ số “{joined}” đã bị tách làm hai ô, vì tệp này phân cách bằng dấu phẩy mà số không nằm trong ngoặc kép.",
			"The note holds only “{note}”, right after the number “{number}”: the number “{joined}” seems to have been cut in two, because this file is comma-separated and the number is not in quotes."),
		Expected: text("Trong tệp phân cách bằng dấu phẩy, số có dấu phẩy thập phân nằm trong ngoặc kép: \"{joined}\".",
			"In a comma-separated file, a number with a decimal comma is quoted: \"{joined}\"."),
		Fix: text("Viết lại thành \"{joined}\" (có ngoặc kép), hoặc lưu lại từ Excel bằng “CSV UTF-8” (Excel tự thêm ngoặc kép). Nếu “{note}” đúng là ghi chú, viết rõ nó là gì, ví dụ “{note} người”.",
			"Write it as \"{joined}\" (with the quotes), or save again from Excel as “CSV UTF-8” (Excel adds the quotes). If “{note}” really is a note, say what it counts, e.g. “{note} người”."),
	},
})

// What needs every observation, and the targets (muc-tieu.csv).
var _ = register(map[string]Entry{
	"chua-co-so-lieu": {
		What:     text("Chỉ tiêu “{id}” chưa có số liệu nào.", "Indicator “{id}” has no figures."),
		Expected: text("Ít nhất một giá trị trong một tệp số liệu.", "At least one value in an observation file."),
		Fix:      text("Thêm số liệu cho chỉ tiêu này, hoặc xóa dòng của nó trong {file}.", "Add figures for it, or delete its row in {file}."),
	},
	"chuoi-khong-co-so-lieu/tong": {
		What:     text("Chuỗi tổng “{series}” của chỉ tiêu “{id}” không có số liệu nào.", "Series “{series}” (column tong) of indicator “{id}” has no figures."),
		Expected: seriesWithFigures,
		Fix:      seriesFix,
	},
	"chuoi-khong-co-so-lieu/ke-hoach": {
		What:     text("Chuỗi kế hoạch “{series}” của chỉ tiêu “{id}” không có số liệu nào.", "Series “{series}” (column ke_hoach) of indicator “{id}” has no figures."),
		Expected: seriesWithFigures,
		Fix:      seriesFix,
	},
	"chuoi-khong-co-so-lieu/thanh-phan": {
		What:     text("Chuỗi thành phần “{series}” của chỉ tiêu “{id}” không có số liệu nào.", "Series “{series}” (column thanh_phan) of indicator “{id}” has no figures."),
		Expected: seriesWithFigures,
		Fix:      seriesFix,
	},
	"thanh-phan-lon-hon-tong": {
		What:     text("“{series}” ({value}) lớn hơn tổng số “{total}” ({totalValue}) của kỳ {period}.", "“{series}” ({value}) is larger than the total “{total}” ({totalValue}) in {period}."),
		Expected: text("Một phần không lớn hơn tổng của nó.", "A part is not larger than its total."),
		Fix:      text("Kiểm tra hai ô này (tổng ở {file} dòng {line}); có thể gõ nhầm hoặc nhầm dấu thập phân.", "Check both cells (total at {file} line {line}): a typo or a misplaced decimal separator."),
	},
	"phep-do-khong-hop-le": {
		What:     text("Phép đo “{value}” không có.", "Measure “{value}” does not exist."),
		Expected: text("gia_tri (chính giá trị), ty_le (tỷ lệ % so với mẫu số), dat_ke_hoach (% so với kế hoạch).", "gia_tri (the value), ty_le (share in % of a denominator), dat_ke_hoach (% of plan)."),
		Fix:      text("Sửa ô cột “phep_do”.", "Correct the “phep_do” cell."),
	},
	"toan-tu-khong-hop-le": {
		What:     text("Toán tử “{value}” không có.", "Operator “{value}” does not exist."),
		Expected: text("Một trong: >=, >, <=, <, = (hoặc ≥, ≤, “trên”, “từ”, “dưới”).", "One of >=, >, <=, <, = (or ≥, ≤)."),
		Fix:      text("Sửa ô cột “toan_tu”, ví dụ “>=” cho “từ 80% trở lên”.", "Correct the “toan_tu” cell, e.g. “>=” for “80 % or more”."),
	},
	"thieu-nguong": {
		What:     text("Mục tiêu không có ngưỡng.", "The target has no threshold."),
		Expected: text("Một số, ví dụ 80 cho “đạt 80% trở lên”.", "A number, e.g. 80 for “80 % or more”."),
		Fix:      text("Điền ngưỡng vào cột “nguong”.", "Fill in the “nguong” column."),
	},
	// A deadline that is no period: the period parser says what is wrong.
	"han-khong-hop-le": {
		Expected: text("“hằng năm”, hoặc một kỳ như “2025”.", "“hằng năm” (every year), or a period such as “2025”."),
		Over:     true,
	},
	"chuoi-muc-tieu-khong-co": {
		What:     text("Chuỗi “{series}” của mục tiêu không có trong số liệu của “{id}”.", "Series “{series}” of the target has no figures in “{id}”."),
		Expected: text("Một trong: {list} (nối nhiều chuỗi bằng “ + ”).", "One of {list} (join several with “ + ”)."),
		Fix:      text("Sửa tên chuỗi cho khớp đúng từng chữ với tệp số liệu.", "Make the name match the observation file letter for letter."),
	},
	"chuoi-muc-tieu-khong-co/mau-so": {
		What:     text("Mẫu số “{series}” không có trong số liệu của “{id}”.", "Denominator “{series}” has no figures in “{id}”."),
		Expected: text("Một trong: {list}.", "One of {list}."),
		Fix:      text("Sửa tên chuỗi cho khớp với tệp số liệu.", "Make the name match the observation file."),
	},
	"thieu-mau-so": {
		What:     text("Mục tiêu tính tỷ lệ nhưng không có mẫu số: chỉ tiêu “{id}” không khai báo cột “tong”.", "A share target needs a denominator: indicator “{id}” declares no “tong”."),
		Expected: text("Tên chuỗi làm mẫu số ở cột “mau_so”, hoặc cột “tong” của chỉ tiêu.", "The denominator series in “mau_so”, or the indicator's “tong”."),
		Fix:      text("Điền cột “mau_so”.", "Fill in “mau_so”."),
	},
	"thieu-ke-hoach": {
		What:     text("Mục tiêu “đạt kế hoạch” nhưng chỉ tiêu “{id}” không khai báo chuỗi kế hoạch.", "An attainment target, but indicator “{id}” declares no plan series."),
		Expected: text("Cột “ke_hoach” của chỉ tiêu trong {file}.", "The indicator's “ke_hoach” column in {file}."),
		Fix:      text("Điền tên chuỗi kế hoạch vào cột “ke_hoach”.", "Fill in the plan series in “ke_hoach”."),
	},
})

var seriesWithFigures = text("Một trong các chuỗi có số liệu: {list}.", "One of the series with figures: {list}.")

var seriesFix = text("Sửa tên chuỗi ở cột “{column}” cho khớp đúng từng chữ với cột “chuoi” của tệp số liệu.", "Make the name in column “{column}” match the “chuoi” column of the observation file letter for letter.")

// The words of the columns of the exports (what each is, for a missing
// column), of the kinds of file, and of the styles of decimals.
var _ = registerWords(map[string]Text{
	"cot-ma-chi-tieu":      text("mã chỉ tiêu", "indicator id"),
	"cot-ten-chi-tieu":     text("tên chỉ tiêu", "indicator title"),
	"cot-muc-bao-cao":      text("mục của báo cáo", "section of the report"),
	"cot-don-vi-tinh":      text("đơn vị tính", "unit"),
	"cot-chuoi-tong":       text("chuỗi là tổng số", "series that is the total"),
	"cot-chuoi-thanh-phan": text("các chuỗi thành phần", "series that are the parts"),
	"cot-chuoi-ke-hoach":   text("chuỗi kế hoạch", "plan series"),
	"cot-loai-bieu-do":     text("loại biểu đồ", "chart kind"),
	"cot-nguon":            text("nguồn trong báo cáo", "source in the report"),
	"cot-ghi-chu":          text("ghi chú", "note"),
	"cot-duoc-am":          text("giá trị được phép âm (có/để trống)", "negative values allowed (có/blank)"),
	"cot-ten-tieng-anh":    text("tên tiếng Anh của chỉ tiêu (không bắt buộc)", "English title of the indicator (optional)"),
	"cot-don-vi-tieng-anh": text("đơn vị tính bằng tiếng Anh (không bắt buộc)", "English unit (optional)"),
	"cot-chuoi-tieng-anh":  text("tên tiếng Anh của các chuỗi: “tên chuỗi=tên tiếng Anh; …” (không bắt buộc)", "English names of the series: “series name=English name; …” (optional)"),
	"cot-chuoi-so-lieu":    text("chuỗi số liệu", "series"),
	"cot-phep-do":          text("phép đo (gia_tri, ty_le, dat_ke_hoach)", "measure (gia_tri, ty_le, dat_ke_hoach)"),
	"cot-chuoi-mau-so":     text("chuỗi mẫu số", "denominator series"),
	"cot-toan-tu":          text("toán tử so sánh", "comparison operator"),
	"cot-nguong":           text("ngưỡng", "threshold"),
	"cot-thoi-han":         text("thời hạn", "deadline"),
	"cot-dien-giai":        text("diễn giải", "wording"),
	"cot-ky":               text("kỳ", "period"),
	"cot-gia-tri":          text("giá trị", "value"),
	"cot-ty-le-bao-cao":    text("tỷ lệ báo cáo ghi", "percentage the report prints"),
	"cot-ty-le-tinh":       text("tỷ lệ tính lại (bỏ qua khi đọc)", "recomputed share (ignored when read)"),
	"cot-dat-ke-hoach":     text("tỷ lệ so với kế hoạch (bỏ qua khi đọc)", "share of plan (ignored when read)"),
	"cot-don-vi-bo-qua":    text("đơn vị (bỏ qua khi đọc; đơn vị lấy từ chi-tieu.csv)", "unit (ignored when read; the unit comes from chi-tieu.csv)"),
	"bat-buoc":             text("bắt buộc", "required"),
	"tep-so-lieu-doc":      text("tệp số liệu (dạng dọc)", "observation file (long layout)"),
	"thap-phan-phay":       text("dấu phẩy “,” (ví dụ 94,5)", "a decimal comma (e.g. 94,5)"),
	"thap-phan-cham":       text("dấu chấm “.” (ví dụ 94.5)", "a decimal point (e.g. 94.5)"),
})
