// Package preview lets the office look at the site before publishing it: it
// builds the site into a private folder, serves it on this computer only,
// and builds it again whenever an export in the data folder changes. A
// build that fails keeps the last good one on screen and prints why.
package preview

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/tayson/chitieu/internal/build"
	"github.com/tayson/chitieu/internal/diag"
)

// Options configures a preview.
type Options struct {
	Src  string // folder of CSV exports, watched
	Site string // the Hugo site
	Addr string // listen address, e.g. "127.0.0.1:1313"
	Lang string // language of the messages
	Log  io.Writer
	// Ready, if set, receives the server's URL once the first build is served.
	Ready func(url string)
}

// CSP is the Content-Security-Policy the preview serves, the strictest the
// site works under: what the portal can safely send too.
const CSP = "default-src 'self'"

// Server is a running preview.
type Server struct {
	opts Options
	out  string
	mu   sync.Mutex // serialises builds
}

// Run builds, serves and watches until ctx is done.
func Run(ctx context.Context, opts Options) error {
	dir, err := os.MkdirTemp("", "chitieu-xem-truoc-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s := &Server{opts: opts, out: filepath.Join(dir, "public")}
	if !s.rebuild() {
		fmt.Fprintln(opts.Log, "Chưa có trang để xem: sửa các lỗi trên, chitieu sẽ tự tạo lại khi tệp thay đổi.")
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(opts.Src); err != nil {
		return fmt.Errorf("không theo dõi được %s: %w", opts.Src, err)
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(opts.Log, "Xem trước tại %s (Ctrl+C để dừng). Trang tự tạo lại khi tệp trong %s thay đổi.\n", url, opts.Src)
	if opts.Ready != nil {
		opts.Ready(url)
	}
	var debounce <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			// Spreadsheets save through temporary files: wait for the dust.
			if strings.EqualFold(filepath.Ext(ev.Name), ".csv") {
				debounce = time.After(300 * time.Millisecond)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			fmt.Fprintln(opts.Log, "theo dõi thư mục:", err)
		case <-debounce:
			debounce = nil
			s.rebuild()
		}
	}
}

// rebuild builds the site; on failure the previous one stays served.
func (s *Server) rebuild() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := build.Build(build.Options{Src: s.opts.Src, Site: s.opts.Site, Out: s.out, BaseURL: "/", Notes: true})
	if res != nil && res.Diags != nil && res.Diags.Len() > 0 {
		res.Diags.WriteText(s.opts.Log, s.opts.Lang)
	}
	if err != nil {
		if !errors.Is(err, build.ErrInvalid) {
			fmt.Fprintln(s.opts.Log, "không tạo được trang:", err)
		}
		fmt.Fprintln(s.opts.Log, "Trang đang xem vẫn là bản trước.")
		return false
	}
	fmt.Fprintf(s.opts.Log, "%s  Đã tạo lại: %d nội dung số liệu, %d cảnh báo.\n", time.Now().Format("15:04:05"), res.Published, res.Diags.Count(diag.Warning))
	return true
}

// Handler serves the last good build with the site's CSP, never cached.
func (s *Server) Handler() http.Handler {
	files := http.FileServer(http.Dir(s.out))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", CSP)
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	})
}
