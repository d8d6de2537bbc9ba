package diag

// The words of the input checks: what csvfile finds in one file before the
// data is read as indicators.
var _ = register(map[string]Entry{
	"byte-loi-utf-8": {
		What: T("Ô này có byte {bytes} không phải chữ UTF-8, ở chỗ dấu � trong “{context}”. Tệp là UTF-8 nhưng có {total} chỗ như vậy, nên chữ có dấu sẽ bị sai nếu đọc tiếp; tệp chưa được dùng.",
			"This cell holds the byte(s) {bytes}, which are not UTF-8 text, where the � stands in “{context}”. The file is UTF-8 but has {total} such place(s), so accented letters would come out wrong; the file is not used."),
		Expected: T("Một tệp CSV lưu bằng bảng mã UTF-8, mọi chữ đều đúng UTF-8.", "A CSV file saved in UTF-8, every letter of it valid UTF-8."),
		Fix: T("Chữ ở ô này thường được dán từ một tệp dùng bảng mã cũ (Windows-1258, TCVN3/ABC, VNI) hoặc do sửa tệp bằng Notepad. Mở bảng tính gốc bằng Excel, gõ lại chữ ở ô này, rồi Tệp → Lưu thành → kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)” → Lưu.",
			"The text of this cell was usually pasted from a file in an old encoding (Windows-1258, TCVN3/ABC, VNI) or the file was edited in Notepad. Open the original workbook in Excel, retype the text of this cell, then File → Save As → type “CSV UTF-8 (Comma delimited) (*.csv)” → Save."),
	},
	"tep-pdf-khong-phai-csv": {
		What: T("Đây là tệp PDF (bản in) chứ không phải tệp CSV, dù tên tệp có đuôi .csv; không đọc được số liệu từ bản in.",
			"This is a PDF file (a printout), not a CSV file, even if its name ends in .csv; figures cannot be read back from a printout."),
		Expected: T("Một tệp CSV UTF-8 lưu từ bảng tính gốc (Excel hoặc LibreOffice Calc).", "A CSV UTF-8 file saved from the original workbook (Excel or LibreOffice Calc)."),
		Fix: T("Đừng dùng bản PDF (kể cả bản Excel in ra PDF). Mở bảng tính gốc (.xlsx) bằng Excel → Tệp → Lưu thành → kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)” → Lưu. Nếu chỉ có bản PDF, xin người gửi gửi lại bảng tính gốc.",
			"Do not use the PDF (not even one printed from Excel). Open the original workbook (.xlsx) in Excel → File → Save As → type “CSV UTF-8 (Comma delimited) (*.csv)” → Save. If you only have the PDF, ask whoever sent it for the original workbook."),
	},
	"tep-html-khong-phai-csv": {
		What: T("Đây là một trang web (HTML), thường do Excel “Lưu thành Trang Web” tạo ra, chứ không phải tệp CSV, dù tên tệp có đuôi .csv.",
			"This is a web page (HTML), usually written by Excel's “Save as Web Page”, not a CSV file, even if its name ends in .csv."),
		Expected: T("Một tệp CSV UTF-8 lưu từ bảng tính gốc.", "A CSV UTF-8 file saved from the original workbook."),
		Fix: T("Mở bảng tính gốc bằng Excel → Tệp → Lưu thành → chọn kiểu “CSV UTF-8 (phân cách bằng dấu phẩy) (*.csv)”, không chọn “Trang Web” → Lưu. Nếu tệp được tải từ một trang web, hãy tải bản Excel hoặc CSV thay vì lưu trang.",
			"Open the original workbook in Excel → File → Save As → choose type “CSV UTF-8 (Comma delimited) (*.csv)”, not “Web Page” → Save. If the file was downloaded from a website, download its Excel or CSV version instead of saving the page."),
	},
	"tep-ods-khong-phai-csv": {
		What: T("Đây là bảng tính LibreOffice Calc (.ods) chứ không phải tệp CSV, dù tên tệp có đuôi .csv.",
			"This is a LibreOffice Calc workbook (.ods), not a CSV file, even if its name ends in .csv."),
		Expected: T("Một tệp CSV UTF-8 lưu từ bảng tính.", "A CSV UTF-8 file saved from the workbook."),
		Fix: T("Mở tệp bằng LibreOffice Calc → Tệp → Lưu thành → kiểu “Văn bản CSV (.csv)”, đánh dấu “Sửa thiết lập bộ lọc” → Lưu → “Dùng định dạng Văn bản CSV” → chọn bộ ký tự “Unicode (UTF-8)”, dấu phân cách trường “,” → Đồng ý.",
			"Open the file in LibreOffice Calc → File → Save As → type “Text CSV (.csv)”, tick “Edit filter settings” → Save → “Use Text CSV Format” → character set “Unicode (UTF-8)”, field delimiter “,” → OK."),
	},
})
