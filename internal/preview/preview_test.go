package preview

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log the preview writes from its own goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func get(t *testing.T, url string) (string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	return string(b), resp.Header
}

// waitFor polls url until its body contains want.
func waitFor(t *testing.T, url, want string, log *syncBuffer) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if body, _ := get(t, url); strings.Contains(body, want) {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s never showed %q; log:\n%s", url, want, log.String())
}

func TestPreviewRebuildsOnChange(t *testing.T) {
	src := filepath.Join(t.TempDir(), "du-lieu")
	if err := os.CopyFS(src, os.DirFS("../../du-lieu")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	log := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Src: src, Site: "../..", Addr: "127.0.0.1:0", Log: log, Ready: func(u string) { ready <- u }})
	}()
	var url string
	select {
	case url = <-ready:
	case err := <-done:
		t.Fatalf("preview stopped: %v\n%s", err, log.String())
	case <-time.After(2 * time.Minute):
		t.Fatal("preview never became ready")
	}
	page := url + "chi-tieu/xep-loai-dang-vien/"
	body, h := get(t, page)
	if h.Get("Content-Security-Policy") != CSP {
		t.Errorf("CSP header = %q", h.Get("Content-Security-Policy"))
	}
	if !strings.Contains(body, "Xếp loại chất lượng đảng viên") {
		t.Fatal("the page lacks its title")
	}

	// A clerk edits a title: the preview shows it.
	f := filepath.Join(src, "chi-tieu.csv")
	b, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(b), "Xếp loại chất lượng đảng viên", "Xếp loại chất lượng đảng viên năm nay", 1)), 0o644)
	waitFor(t, page, "Xếp loại chất lượng đảng viên năm nay", log)

	// A broken export: the last good site stays, the log says why.
	os.WriteFile(filepath.Join(src, "hong.csv"), []byte("ma,ky,chuoi,gia_tri\nxep-loai-dang-vien,2023,Tổng số,12a\n"), 0o644)
	deadline := time.Now().Add(60 * time.Second)
	// The error is logged before the line saying the last good site stays:
	// wait for both.
	for !(strings.Contains(log.String(), "hong.csv:2:4") && strings.Contains(log.String(), "vẫn là bản trước")) && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(log.String(), "hong.csv:2:4") || !strings.Contains(log.String(), "vẫn là bản trước") {
		t.Fatalf("the log does not report the broken export:\n%s", log.String())
	}
	if body, _ := get(t, page); !strings.Contains(body, "năm nay") {
		t.Error("a broken export replaced the previewed site")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}
