package hugorun

import (
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func site(t *testing.T, home string) string {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hugo.toml"), []byte("baseURL = \"/\"\ndisableKinds = [\"taxonomy\", \"term\", \"rss\", \"sitemap\", \"robotsTXT\"]\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "layouts"), 0o755)
	os.WriteFile(filepath.Join(dir, "layouts", "home.html"), []byte(home), 0o644)
	return dir
}

func TestBuildRestoresProcessState(t *testing.T) {
	src := site(t, `<p>{{ lang.FormatNumber 0 4116 }}</p>`)
	dst := filepath.Join(t.TempDir(), "out")
	runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(runtime.NumCPU())
	logOut := log.Writer()
	stdout := os.Stdout
	var msgs strings.Builder
	if err := Build(Options{Source: src, Destination: dst, BaseURL: "/", CacheDir: t.TempDir()}, &msgs); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dst, "index.html"))
	if err != nil || !strings.Contains(string(b), "<p>4,116</p>") {
		t.Errorf("index.html = %q, %v", b, err)
	}
	if n := runtime.GOMAXPROCS(0); n != 1 {
		t.Errorf("GOMAXPROCS = %d after Hugo, want 1", n)
	}
	if log.Writer() != logOut || os.Stdout != stdout {
		t.Error("Hugo's redirection of log output or stdout outlived the build")
	}
}

func TestBuildReportsTemplateErrors(t *testing.T) {
	src := site(t, `{{ .Nope.Broken }}`)
	err := Build(Options{Source: src, Destination: filepath.Join(t.TempDir(), "out"), BaseURL: "/", CacheDir: t.TempDir()}, nil)
	if err == nil || !strings.Contains(err.Error(), "home.html") {
		t.Errorf("err = %v, want a template error naming home.html", err)
	}
}

// TestCacheMemory: Options.CacheMemory reaches Hugo as HUGO_MEMORYLIMIT
// (gigabytes) for the build only, and one of the environment wins.
func TestCacheMemory(t *testing.T) {
	src := site(t, `<p>{{ os.Getenv "HUGO_MEMORYLIMIT" }}</p>`)
	build := func() string {
		t.Helper()
		dst := filepath.Join(t.TempDir(), "out")
		if err := Build(Options{Source: src, Destination: dst, BaseURL: "/", CacheDir: t.TempDir(), CacheMemory: 512 << 20}, nil); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dst, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if _, set := os.LookupEnv(memoryLimitEnv); set {
		t.Skip("HUGO_MEMORYLIMIT is set")
	}
	if got := build(); !strings.Contains(got, "<p>0.5</p>") {
		t.Errorf("index.html = %q, want HUGO_MEMORYLIMIT 0.5 during the build", got)
	}
	if v, set := os.LookupEnv(memoryLimitEnv); set {
		t.Errorf("HUGO_MEMORYLIMIT = %q after the build", v)
	}
	t.Setenv(memoryLimitEnv, "2")
	if got := build(); !strings.Contains(got, "<p>2</p>") {
		t.Errorf("index.html = %q, want the environment's HUGO_MEMORYLIMIT", got)
	}
}
