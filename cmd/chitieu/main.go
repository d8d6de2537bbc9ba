// Command chitieu publishes a government body's indicator figures, kept as
// CSV exports of spreadsheets, as a static website with a chart for every
// indicator.
//
// Usage:
//
//	chitieu [build] [-src du-lieu] [-out public] [-base-url /] [-strict]
//	chitieu check   [-src du-lieu] [-format text|json] [-strict]
//	chitieu xem     [-src du-lieu] [-addr 127.0.0.1:1313]
//
// build (the default) checks the exports, then builds the site with Hugo
// and replaces the output folder whole; check only checks; xem (preview)
// serves the site on this computer and rebuilds it when an export changes. Messages are in
// Vietnamese; -lang en gives English.
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

	"github.com/tayson/chitieu/internal/build"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/number"
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
		res := build.Check(*src)
		report(res.Diags)
		if res.Diags.HasErrors() || (*strict && res.Diags.Len() > 0) {
			return 1
		}
		if *format == "text" {
			fmt.Fprintf(stdout, "%s: %d chỉ tiêu, %d cảnh báo, không có lỗi.\n", *src, len(res.Indicators), res.Diags.Count(diag.Warning))
		}
		return 0
	}
	res, err := build.Build(build.Options{Src: *src, Site: *site, Out: *out, BaseURL: *baseURL, Strict: *strict, Log: io.Discard})
	report(res.Diags)
	if err != nil {
		switch {
		case errors.Is(err, build.ErrOutRefused) && *lang == "en":
			fmt.Fprintf(stderr, "chitieu: the output folder cannot be replaced safely (see above); nothing was published and %q was left untouched.\n", *out)
		case errors.Is(err, build.ErrOutRefused):
			fmt.Fprintf(stderr, "chitieu: %v; thư mục %q được giữ nguyên, không có gì bị thay đổi.\n", err, *out)
		case errors.Is(err, build.ErrInvalid):
			fmt.Fprintf(stderr, "chitieu: %v; trang web cũ trong %s được giữ nguyên.\n", err, *out)
		default:
			fmt.Fprintf(stderr, "chitieu: không tạo được trang web: %v\nTrang web cũ trong %s được giữ nguyên.\n", err, *out)
		}
		return 1
	}
	if *format == "text" {
		fmt.Fprintf(stdout, "Đã xuất bản %d chỉ tiêu, %d trang, %d cảnh báo vào %s trong %s giây.\n",
			len(res.Indicators), res.Pages, res.Diags.Count(diag.Warning), *out, number.VI(res.Duration.Seconds(), 1))
	}
	return 0
}
