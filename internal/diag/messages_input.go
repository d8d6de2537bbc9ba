package diag

// The words of the input checks: what csvfile finds in one file before the
// data is read as indicators.
// fixReexport says how to save a workbook again as CSV UTF-8.
var fixReexport = text(
	"Mở tệp bằng Excel → Tệp → Lưu thành → chọn kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)” → Lưu. "+
		"Trong LibreOffice: Tệp → Lưu thành → kiểu “Văn bản CSV”, đánh dấu “Sửa thiết lập bộ lọc”, chọn bộ ký tự “Unicode (UTF-8)”.",
	"Open the file in Excel → File → Save As → type “CSV UTF-8 (Comma delimited) (*.csv)” → Save. "+
		"In LibreOffice: File → Save As → type “Text CSV”, tick “Edit filter settings”, choose character set “Unicode (UTF-8)”.")

var expectUTF8 = text("Một tệp CSV lưu bằng bảng mã UTF-8 (có hoặc không có BOM).", "A CSV file saved in UTF-8 (with or without BOM).")

var expectHeader = text("Dòng đầu là tên các cột, các dòng sau là số liệu.", "A first line with the column names, then one line per figure.")

var quoteExpected = text(
	"Ô có chứa dấu phân cách, xuống dòng hoặc dấu ngoặc kép phải được bao trong ngoặc kép, và dấu ngoặc kép bên trong viết đôi: \"Hà Nội, Việt Nam\", \"Chỉ tiêu \"\"A\"\"\".",
	"A cell holding a separator, line break or quote must be wrapped in double quotes, with inner quotes doubled: \"Hanoi, Vietnam\", \"Indicator \"\"A\"\"\".")

var quoteFix = text(
	"Đừng sửa tệp CSV bằng Notepad; sửa ô này trong Excel/LibreOffice rồi lưu lại thành CSV UTF-8 (chương trình bảng tính tự đặt ngoặc kép đúng).",
	"Do not edit the CSV in a text editor; fix this cell in Excel/LibreOffice and save as CSV UTF-8 again (the spreadsheet writes quotes correctly).")

var _ = register(map[string]Entry{
	"tep-rong": {
		What:     text("Tệp không có dữ liệu: không có cả dòng tiêu đề.", "The file holds no data, not even a header line."),
		Expected: expectHeader,
		Fix:      text("Mở lại bảng tính gốc, kiểm tra đã chọn đúng trang tính, rồi lưu lại thành CSV UTF-8.", "Open the original workbook, check the right sheet is selected, and save it as CSV UTF-8 again."),
	},
	"tep-rong/0-byte": {
		What:     text("Tệp rỗng (0 byte), không có gì để đọc.", "The file is empty (0 bytes)."),
		Expected: expectHeader,
		Fix:      text("Mở lại bảng tính gốc và lưu lại thành CSV UTF-8; kiểm tra tệp đã được lưu xong trước khi sao chép.", "Open the original workbook and save it as CSV UTF-8 again; make sure it was fully saved before copying it."),
	},
	"khong-phai-csv": {
		What:     text("Đây là tệp bảng tính Excel (.xlsx/.xls) chứ không phải tệp CSV, dù tên tệp có đuôi .csv.", "This is an Excel workbook (.xlsx/.xls), not a CSV file, even if its name ends in .csv."),
		Expected: expectUTF8,
		Fix:      fixReexport,
	},
	"ma-hoa-khong-doc-duoc": {
		What: text("Không đọc được bảng mã của tệp: tệp không phải UTF-8 và cũng không giống tiếng Việt Windows-1258, nên chữ có dấu sẽ bị sai nếu đọc tiếp.",
			"The file's encoding cannot be read: it is not UTF-8 and does not look like Vietnamese Windows-1258, so accented letters would come out wrong."),
		Expected: expectUTF8,
		Fix:      fixReexport,
	},
	"ma-hoa-khong-doc-duoc/utf-16-hong": {
		What:     text("Tệp ghi là Unicode (UTF-16) nhưng bị hỏng hoặc bị cắt ngang.", "The file says it is Unicode (UTF-16) but is damaged or cut short."),
		Expected: expectUTF8,
		Fix:      fixReexport,
	},
	"ma-hoa-khong-doc-duoc/byte-0": {
		What:     text("Tệp chứa byte 0: có thể là tệp Unicode (UTF-16) không có dấu BOM, hoặc không phải tệp văn bản.", "The file holds zero bytes: it may be Unicode (UTF-16) without a byte-order mark, or not a text file at all."),
		Expected: expectUTF8,
		Fix:      fixReexport,
	},
	"ma-hoa-khong-doc-duoc/utf-8-hong": {
		What:     text("Tệp ghi là UTF-8 nhưng có những byte không phải UTF-8 (tệp bị hỏng hoặc bị ghép từ nhiều bảng mã).", "The file says it is UTF-8 but holds bytes that are not UTF-8 (damaged, or pieced together from several encodings)."),
		Expected: expectUTF8,
		Fix:      fixReexport,
	},
	"ma-hoa-windows-1258": {
		What:     text("Tệp được lưu bằng bảng mã cũ Windows-1258; chương trình đã tự chuyển sang Unicode. Hãy kiểm tra chữ có dấu hiển thị đúng.", "The file is in the old Windows-1258 encoding; it was converted to Unicode. Check that accented letters look right."),
		Expected: text("Một tệp CSV lưu bằng bảng mã UTF-8.", "A CSV file saved in UTF-8."),
		Fix:      fixReexport,
	},
	"ngoac-kep-sai": {
		What:     text("Dấu ngoặc kép \" nằm giữa một ô không được bao trong ngoặc kép.", "A double quote \" stands inside a cell that is not wrapped in quotes."),
		Expected: quoteExpected,
		Fix:      quoteFix,
	},
	"ngoac-kep-sai/sau-ngoac-dong": {
		What: text("Sau dấu ngoặc kép đóng ô còn có chữ “{rest}”: dấu ngoặc kép bên trong ô chưa được viết đôi.",
			"Text “{rest}” follows the closing quote of the cell: a quote inside the cell was not doubled."),
		Expected: quoteExpected,
		Fix:      quoteFix,
	},
	"ngoac-kep-chua-dong": {
		What: text("Dấu ngoặc kép mở ở ô này không bao giờ được đóng, nên các dòng sau bị coi như nằm trong cùng một ô.",
			"The double quote opening this cell is never closed, so the following lines would fall into this one cell."),
		Expected: quoteExpected,
		Fix:      text("Thêm dấu ngoặc kép đóng ở cuối ô (hoặc xóa dấu mở). "+quoteFix.VI, "Add the closing quote at the end of the cell (or remove the opening one). "+quoteFix.EN),
	},
	"cot-khong-ten": {
		What: text("Cột {col} có số liệu nhưng ô tiêu đề của cột để trống, nên không biết số liệu này là gì.",
			"Column {col} holds values but its header cell is empty, so their meaning is unknown."),
		Expected: text("Mỗi cột có số liệu phải có tên ở dòng tiêu đề (dòng {line}).", "Every column with values needs a name in the header line (line {line})."),
		Fix:      text("Gõ tên cột vào ô tiêu đề, hoặc xoá cả cột nếu số liệu này thừa.", "Type a name in the header cell, or delete the whole column if the values are not needed."),
	},
	"ten-cot-khong-hop-le": {
		What:     text("Tên cột “{name}” không có chữ cái hay chữ số nào.", "The column name “{name}” has no letter or digit."),
		Expected: text("Tên cột bằng chữ, ví dụ “Giá trị” hoặc “Tỷ lệ (%)”.", "A column name in words, e.g. “Giá trị” or “Tỷ lệ (%)”."),
		Fix:      text("Sửa tên cột ở dòng tiêu đề.", "Rename the column in the header line."),
	},
	"cot-trung-ten": {
		What: text("Cột “{name}” trùng tên với cột {col} (“{other}”); không biết dùng cột nào.",
			"Column “{name}” has the same name as column {col} (“{other}”); it is unclear which one to use."),
		Expected: text("Mỗi cột một tên riêng (không kể chữ hoa/thường, dấu và khoảng trắng).", "A distinct name for every column (case, accents and spaces are ignored)."),
		Fix:      text("Đổi tên hoặc xoá một trong hai cột.", "Rename or delete one of the two columns."),
	},
	"dong-thua-o": {
		What: text("Dòng này có số liệu ở cột {col}, nhưng dòng tiêu đề chỉ có {width} cột.",
			"This line has a value in column {col} but the header has only {width} columns."),
		Expected: text("Mỗi dòng có nhiều nhất bằng số cột của dòng tiêu đề.", "No more values on a line than columns in the header."),
		Fix: text("Kiểm tra ô có dấu phân cách thừa (dấu phẩy hoặc chấm phẩy gõ trong số, ví dụ “1,5” trong tệp phân cách bằng dấu phẩy) hoặc thêm tên cột ở dòng tiêu đề.",
			"Look for a stray separator (a comma or semicolon typed inside a value, e.g. “1,5” in a comma-separated file) or add the column name to the header."),
	},
})

var _ = register(map[string]Entry{
	"byte-loi-utf-8": {
		What: text("Ô này có byte {bytes} không phải chữ UTF-8, ở chỗ dấu � trong “{context}”. Tệp là UTF-8 nhưng có {total} chỗ như vậy, nên chữ có dấu sẽ bị sai nếu đọc tiếp; tệp chưa được dùng.",
			"This cell holds the byte(s) {bytes}, which are not UTF-8 text, where the � stands in “{context}”. The file is UTF-8 but has {total} such place(s), so accented letters would come out wrong; the file is not used."),
		Expected: text("Một tệp CSV lưu bằng bảng mã UTF-8, mọi chữ đều đúng UTF-8.", "A CSV file saved in UTF-8, every letter of it valid UTF-8."),
		Fix: text("Chữ ở ô này thường được dán từ một tệp dùng bảng mã cũ (Windows-1258, TCVN3/ABC, VNI) hoặc do sửa tệp bằng Notepad. Mở bảng tính gốc bằng Excel, gõ lại chữ ở ô này, rồi Tệp → Lưu thành → kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)” → Lưu.",
			"The text of this cell was usually pasted from a file in an old encoding (Windows-1258, TCVN3/ABC, VNI) or the file was edited in Notepad. Open the original workbook in Excel, retype the text of this cell, then File → Save As → type “CSV UTF-8 (Comma delimited) (*.csv)” → Save."),
	},
	"tep-pdf-khong-phai-csv": {
		What: text("Đây là tệp PDF (bản in) chứ không phải tệp CSV, dù tên tệp có đuôi .csv; không đọc được số liệu từ bản in.",
			"This is a PDF file (a printout), not a CSV file, even if its name ends in .csv; figures cannot be read back from a printout."),
		Expected: text("Một tệp CSV UTF-8 lưu từ bảng tính gốc (Excel hoặc LibreOffice Calc).", "A CSV UTF-8 file saved from the original workbook (Excel or LibreOffice Calc)."),
		Fix: text("Đừng dùng bản PDF (kể cả bản Excel in ra PDF). Mở bảng tính gốc (.xlsx) bằng Excel → Tệp → Lưu thành → kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)” → Lưu. Nếu chỉ có bản PDF, xin người gửi gửi lại bảng tính gốc.",
			"Do not use the PDF (not even one printed from Excel). Open the original workbook (.xlsx) in Excel → File → Save As → type “CSV UTF-8 (Comma delimited) (*.csv)” → Save. If you only have the PDF, ask whoever sent it for the original workbook."),
	},
	"tep-html-khong-phai-csv": {
		What: text("Đây là một trang web (HTML), thường do Excel “Lưu thành Trang Web” tạo ra, chứ không phải tệp CSV, dù tên tệp có đuôi .csv.",
			"This is a web page (HTML), usually written by Excel's “Save as Web Page”, not a CSV file, even if its name ends in .csv."),
		Expected: text("Một tệp CSV UTF-8 lưu từ bảng tính gốc.", "A CSV UTF-8 file saved from the original workbook."),
		Fix: text("Mở bảng tính gốc bằng Excel → Tệp → Lưu thành → chọn kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)”, không chọn “Trang Web” → Lưu. Nếu tệp được tải từ một trang web, hãy tải bản Excel hoặc CSV thay vì lưu trang.",
			"Open the original workbook in Excel → File → Save As → choose type “CSV UTF-8 (Comma delimited) (*.csv)”, not “Web Page” → Save. If the file was downloaded from a website, download its Excel or CSV version instead of saving the page."),
	},
	"tep-ods-khong-phai-csv": {
		What: text("Đây là bảng tính LibreOffice Calc (.ods) chứ không phải tệp CSV, dù tên tệp có đuôi .csv.",
			"This is a LibreOffice Calc workbook (.ods), not a CSV file, even if its name ends in .csv."),
		Expected: text("Một tệp CSV UTF-8 lưu từ bảng tính.", "A CSV UTF-8 file saved from the workbook."),
		Fix: text("Mở tệp bằng LibreOffice Calc → Tệp → Lưu thành → kiểu “Văn bản CSV (.csv)”, đánh dấu “Sửa thiết lập bộ lọc” → Lưu → “Dùng định dạng Văn bản CSV” → chọn bộ ký tự “Unicode (UTF-8)”, dấu phân cách trường “,” → Đồng ý.",
			"Open the file in LibreOffice Calc → File → Save As → type “Text CSV (.csv)”, tick “Edit filter settings” → Save → “Use Text CSV Format” → character set “Unicode (UTF-8)”, field delimiter “,” → OK."),
	},
})
