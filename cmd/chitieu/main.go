// Command chitieu publishes a government body's indicator figures, kept as
// CSV exports of spreadsheets, as a static website with a chart for every
// indicator.
//
// Usage:
//
//	chitieu [build] [-src du-lieu] [-out public] [-base-url /] [-strict] [-ngay 2026-11-27] [-truoc PATH]
//	chitieu check   [-src du-lieu] [-format text|json] [-strict]
//	chitieu xem     [-src du-lieu] [-addr 127.0.0.1:1313]
//
// build (the default) checks the exports, then builds the site with Hugo
// and replaces the output folder whole; check only checks; xem (preview)
// serves the site on this computer and rebuilds it when an export changes. Messages are in
// Vietnamese; -lang en gives English.
//
// Each build compares its figures with the publication it replaces (the
// open data in -out, or the live site's, downloaded, given by -truoc) and
// adds what changed to /cap-nhat/, dated by -ngay, else by
// SOURCE_DATE_EPOCH, else today in Vietnam.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/tayson/chitieu/internal/build"
	"github.com/tayson/chitieu/internal/changes"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/preview"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usageVI = `chitieu — xuất bản số liệu chỉ tiêu thành trang web có biểu đồ.

Cách dùng:
  chitieu [build] [tùy chọn]   kiểm tra các tệp CSV rồi tạo trang web (mặc định)
  chitieu check [tùy chọn]     chỉ kiểm tra các tệp CSV, không tạo gì
  chitieu xem [tùy chọn]       xem trước trang web trên máy này; tự tạo lại khi tệp CSV thay đổi

Lệnh build chỉ thay thư mục xuất bản khi mọi bước thành công: nếu dữ liệu
có lỗi hoặc việc tạo trang bị ngắt giữa chừng, trang web cũ được giữ nguyên.

Mỗi lần build so số liệu với lần xuất bản trước (dữ liệu mở trong thư mục
-out, hoặc tệp index.json tải từ trang đang đăng, chỉ bằng -truoc) và ghi
những gì thay đổi vào trang Cập nhật (/cap-nhat/), theo ngày -ngay.

Tùy chọn:
`

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	if cmd == "serve" {
		cmd = "xem"
	}
	if cmd != "build" && cmd != "check" && cmd != "xem" {
		fmt.Fprintf(stderr, "chitieu: không có lệnh %q (chỉ có build, check và xem); xem chitieu -h\n", cmd)
		return 2
	}
	fs := flag.NewFlagSet("chitieu "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "du-lieu", "thư mục chứa các tệp CSV xuất từ bảng tính")
	out := fs.String("out", "public", "thư mục xuất bản trang web: thư mục mới, rỗng, hoặc do chitieu xuất bản trước đây (được thay thế toàn bộ khi tạo xong)")
	baseURL := fs.String("base-url", "/", "địa chỉ gốc của trang khi đưa lên cổng thông tin, ví dụ https://portal.example/so-ket/")
	site := fs.String("site", ".", "thư mục mẫu trang (hugo.toml, layouts, content, static)")
	lang := fs.String("lang", "vi", "ngôn ngữ thông báo: vi hoặc en")
	format := fs.String("format", "text", "dạng thông báo: text (cho người đọc) hoặc json (cho máy)")
	strict := fs.Bool("strict", false, "coi cảnh báo là lỗi (không xuất bản nếu còn cảnh báo)")
	addr := fs.String("addr", "127.0.0.1:1313", "địa chỉ của trang xem trước (lệnh xem); chỉ máy này xem được")
	ngay := fs.String("ngay", "", "ngày xuất bản ghi ở trang Cập nhật, ví dụ 2026-11-27 hoặc 27/11/2026 (mặc định: biến SOURCE_DATE_EPOCH, nếu không thì hôm nay theo giờ Việt Nam)")
	truoc := fs.String("truoc", "", "dữ liệu mở của lần xuất bản trước khi thư mục -out không có nó (máy khác, bản sao mới): tệp index.json tải từ …/data/index.json của trang đang đăng (đặt cap-nhat.json tải cùng chỗ bên cạnh), hoặc thư mục chứa data/index.json")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageVI)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chitieu: thừa tham số %q; xem chitieu -h\n", fs.Args())
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "chitieu: -format phải là text hoặc json, không phải %q\n", *format)
		return 2
	}
	report := func(l *diag.List) {
		if *format == "json" {
			l.WriteJSON(stdout, *lang)
			return
		}
		if l.Len() > 0 {
			l.WriteText(stderr, *lang)
		}
	}
	if cmd == "xem" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := preview.Run(ctx, preview.Options{Src: *src, Site: *site, Addr: *addr, Lang: *lang, Log: stderr}); err != nil {
			fmt.Fprintln(stderr, "chitieu xem:", err)
			return 1
		}
		return 0
	}
	if cmd == "check" {
		res := build.CheckOnly(*src, *site, &build.Progress{W: stderr, Lang: *lang})
		report(res.Diags)
		if res.Diags.HasErrors() || (*strict && res.Diags.Len() > 0) {
			return 1
		}
		if *format == "text" {
			fmt.Fprintln(stdout, diag.Say(*lang, "tom-tat-check", diag.Args{"src": *src, "indicators": diag.Num{Value: float64(res.Checked)}, "warnings": diag.Num{Value: float64(res.Diags.Count(diag.Warning))}}))
		}
		return 0
	}
	date, err := changes.Date(*ngay, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if errors.Is(err, changes.ErrDate) {
		fmt.Fprintln(stderr, diag.Say(*lang, "ngay-sai", diag.Args{"value": *ngay}))
		return 2
	} else if err != nil {
		fmt.Fprintln(stderr, diag.Say(*lang, "epoch-sai", diag.Args{"value": os.Getenv("SOURCE_DATE_EPOCH")}))
		return 2
	}
	res, err := build.Build(build.Options{Src: *src, Site: *site, Out: *out, BaseURL: *baseURL, Strict: *strict, Log: io.Discard, Date: date, Previous: *truoc, Progress: &build.Progress{W: stderr, Lang: *lang}})
	report(res.Diags)
	if err != nil {
		switch {
		case errors.Is(err, build.ErrOutRefused):
			fmt.Fprintln(stderr, diag.Say(*lang, "out-giu-nguyen", diag.Args{"out": *out}))
		case errors.Is(err, build.ErrInvalid):
			fmt.Fprintln(stderr, diag.Say(*lang, "khong-xuat-ban", diag.Args{"err": diag.Say(*lang, "du-lieu-chua-qua", nil), "out": *out}))
		default:
			fmt.Fprintln(stderr, diag.Say(*lang, "loi-tao-trang", diag.Args{"err": err.Error(), "out": *out}))
		}
		return 1
	}
	if *format == "text" {
		// Counts as numbers of the language: 1.200 trang, 1,200 pages.
		count := func(n int) diag.Num { return diag.Num{Value: float64(n)} }
		fmt.Fprintln(stdout, diag.Say(*lang, "tom-tat-build", diag.Args{"indicators": count(res.Published), "pages": count(res.Pages),
			"warnings": count(res.Diags.Count(diag.Warning)), "out": *out, "seconds": diag.Num{Value: res.Duration.Seconds(), Decimals: 1}}))
	}
	return 0
}
