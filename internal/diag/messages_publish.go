package diag

// The words of "chitieu build" refusing an output folder (-out) that
// replacing would destroy (package publish). Every one of them leaves the
// folder, and everything else, untouched.
var _ = register(map[string]Entry{
	"xuat-ban-duong-dan-trong": {
		What: text("Tùy chọn -out để trống: không biết xuất bản trang web vào đâu.", "The -out option is empty: there is nowhere to publish the site."),
		Fix:  text("Ghi tên một thư mục mới hoặc thư mục trang web đã xuất bản trước đây, ví dụ -out public.", "Give a new folder, or the folder of a site published before, e.g. -out public."),
	},
	"xuat-ban-thu-muc-goc": {
		What: text("Thư mục xuất bản “{out}” là thư mục gốc của ổ đĩa: xuất bản vào đó sẽ xóa mọi thứ trên ổ.", "The output folder “{out}” is the root of a disk: publishing there would delete everything on it."),
		Fix:  text("Chọn một thư mục riêng cho trang web, ví dụ -out public.", "Choose a folder of the site's own, e.g. -out public."),
	},
	"xuat-ban-thu-muc-nha": {
		What: text("Thư mục xuất bản “{out}” là (hoặc chứa) thư mục cá nhân {home}: xuất bản vào đó sẽ xóa tài liệu của bạn.", "The output folder “{out}” is (or holds) your home folder {home}: publishing there would delete your documents."),
		Fix:  text("Chọn một thư mục riêng cho trang web, ví dụ -out public.", "Choose a folder of the site's own, e.g. -out public."),
	},
	"xuat-ban-trung-thu-muc-du-lieu": {
		What: text("Thư mục xuất bản “{out}” chính là thư mục dữ liệu “{src}”: xuất bản vào đó sẽ xóa các tệp CSV.", "The output folder “{out}” is the data folder “{src}”: publishing there would delete the CSV files."),
		Fix:  text("Dùng cho -out một thư mục khác, ngoài thư mục dữ liệu, ví dụ -out public.", "Give -out another folder, outside the data folder, e.g. -out public."),
	},
	"xuat-ban-chua-thu-muc-du-lieu": {
		What: text("Thư mục xuất bản “{out}” chứa thư mục dữ liệu “{src}”: xuất bản vào đó sẽ xóa các tệp CSV.", "The output folder “{out}” holds the data folder “{src}”: publishing there would delete the CSV files."),
		Fix:  text("Dùng cho -out một thư mục riêng, không chứa thư mục dữ liệu, ví dụ -out public.", "Give -out a folder of its own that does not hold the data folder, e.g. -out public."),
	},
	"xuat-ban-nam-trong-thu-muc-du-lieu": {
		What: text("Thư mục xuất bản “{out}” nằm trong thư mục dữ liệu “{src}”: trang web sẽ lẫn với các tệp CSV.", "The output folder “{out}” lies inside the data folder “{src}”: the site would mix with the CSV files."),
		Fix:  text("Dùng cho -out một thư mục ngoài thư mục dữ liệu, ví dụ -out public.", "Give -out a folder outside the data folder, e.g. -out public."),
	},
	"xuat-ban-trung-thu-muc-trang": {
		What: text("Thư mục xuất bản “{out}” chính là thư mục mẫu trang “{site}” (chứa hugo.toml): xuất bản vào đó sẽ xóa mẫu trang.", "The output folder “{out}” is the site folder “{site}” (holding hugo.toml): publishing there would delete the site's sources."),
		Fix:  text("Dùng cho -out một thư mục riêng, ví dụ -out public.", "Give -out a folder of its own, e.g. -out public."),
	},
	"xuat-ban-chua-thu-muc-trang": {
		What: text("Thư mục xuất bản “{out}” chứa thư mục mẫu trang “{site}”: xuất bản vào đó sẽ xóa mẫu trang và mọi thứ bên cạnh nó.", "The output folder “{out}” holds the site folder “{site}”: publishing there would delete the site's sources and everything beside them."),
		Fix:  text("Dùng cho -out một thư mục riêng, ví dụ -out public.", "Give -out a folder of its own, e.g. -out public."),
	},
	"xuat-ban-nam-trong-nguon-trang": {
		What: text("Thư mục xuất bản “{out}” nằm trong “{part}”, một phần của mẫu trang: trang web sẽ lẫn vào mẫu trang.", "The output folder “{out}” lies inside “{part}”, part of the site's sources: the site would mix with them."),
		Fix:  text("Dùng cho -out một thư mục ngoài các thư mục của mẫu trang, ví dụ -out public.", "Give -out a folder outside the site's sources, e.g. -out public."),
	},
	"xuat-ban-chua-thu-muc-hien-tai": {
		What: text("Thư mục xuất bản “{out}” là (hoặc chứa) thư mục đang làm việc: xuất bản vào đó sẽ xóa mọi thứ trong thư mục này.", "The output folder “{out}” is (or holds) the working folder: publishing there would delete everything in it."),
		Fix:  text("Dùng cho -out một thư mục con riêng, ví dụ -out public.", "Give -out a sub-folder of its own, e.g. -out public."),
	},
	"xuat-ban-khong-phai-thu-muc": {
		What: text("“{out}” đã có và không phải là thư mục (là một tệp hoặc liên kết): không thay nó bằng trang web.", "“{out}” exists and is not a folder (it is a file or a link): it is not replaced by the site."),
		Fix:  text("Chọn cho -out một tên chưa dùng, hoặc tự chuyển tệp đó đi chỗ khác.", "Give -out a name not in use, or move that file elsewhere yourself."),
	},
	"xuat-ban-thu-muc-khong-rong": {
		What: text("Thư mục “{out}” đã có tệp nhưng không phải trang web do chitieu xuất bản (không có tệp chitieu-manifest.json): thay nó sẽ xóa các tệp đó.", "The folder “{out}” has files but is not a site published by chitieu (it has no chitieu-manifest.json): replacing it would delete them."),
		Fix:  text("Xuất bản vào một thư mục mới hoặc rỗng (ví dụ -out public), hoặc tự chuyển các tệp trong “{out}” đi chỗ khác.", "Publish into a new or empty folder (e.g. -out public), or move the files in “{out}” elsewhere yourself."),
	},
	"xuat-ban-co-tep-la": {
		What: text("Thư mục “{out}” có {count} tệp không do chitieu tạo hoặc đã bị sửa sau lần xuất bản trước: {files}. Thay thư mục sẽ xóa chúng.", "The folder “{out}” has {count} file(s) that chitieu did not write, or that were changed after the last publication: {files}. Replacing the folder would delete them."),
		Fix:  text("Chuyển các tệp đó ra khỏi “{out}” (giữ bản sao ở chỗ khác, ví dụ tệp .htaccess của máy chủ), hoặc xuất bản vào một thư mục mới, rỗng.", "Move those files out of “{out}” (keep them elsewhere, e.g. the server's .htaccess), or publish into a new, empty folder."),
	},
	"xuat-ban-tep-khoa-la": {
		What: text("Đã có tệp {lock} không phải của chitieu, đúng chỗ chitieu ghi tệp khóa cho “{out}”: không ghi đè lên nó.", "There is a file {lock} that is not chitieu's, where chitieu keeps the lock of “{out}”: it is not overwritten."),
		Fix:  text("Đổi tên hoặc chuyển tệp {lock} đi chỗ khác, hoặc xuất bản vào thư mục có tên khác.", "Rename or move {lock} elsewhere, or publish into a folder of another name."),
	},
	"xuat-ban-dang-ban": {
		What: text("Một lần tạo trang khác đang ghi vào “{out}”.", "Another build is writing into “{out}”."),
		Fix:  text("Chờ lần đó xong rồi chạy lại.", "Wait until it is done, then run again."),
	},
})
