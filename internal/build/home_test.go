package build

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/synth"
)

// TestHomeBounded: above params.homeCards indicators the home page lists
// the groups, each with its page of cards: the home page stays the same
// size as the indicators grow (here 4×), and every indicator is on one
// group page linked from it. (scripts/bench.sh gives the size at 10.000.)
func TestHomeBounded(t *testing.T) {
	site := synthSite(t)
	conf := filepath.Join(site, "hugo.toml")
	b, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	setting := regexp.MustCompile(`(?m)^\s*homeCards\s*=.*$`)
	if !setting.Match(b) {
		t.Fatal("hugo.toml does not set params.homeCards")
	}
	b = setting.ReplaceAll(b, []byte("  homeCards = 50"))
	if err := os.WriteFile(conf, b, 0o644); err != nil {
		t.Fatal(err)
	}
	link := regexp.MustCompile(`href="/chi-tieu/([a-z0-9-]+)/"`)
	sizes, lists := map[int]int{}, map[int]int{}
	for _, n := range []int{100, 400} {
		out := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Src: synthData(t, n), Site: site, Out: out, Date: "2026-01-01"}); err != nil {
			t.Fatal(err)
		}
		home, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		sizes[n] = gzipped(home)
		if sizes[n] > 100<<10 {
			t.Errorf("N=%d: home page %d bytes gzipped, want at most 100 KiB", n, sizes[n])
		}
		// /chi-tieu/ lists the groups too (every file is in data/index.json).
		list, err := os.ReadFile(filepath.Join(out, "chi-tieu", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		lists[n] = gzipped(list)
		// Every indicator once on the group pages the home page links to.
		seen := map[string]int{}
		groups := 0
		for _, m := range link.FindAllStringSubmatch(string(home), -1) {
			page, err := os.ReadFile(filepath.Join(out, "chi-tieu", m[1], "index.html"))
			if err != nil {
				t.Fatalf("N=%d: the home page links to %s: %v", n, m[1], err)
			}
			groups++
			for _, c := range link.FindAllStringSubmatch(string(page), -1) {
				if strings.HasPrefix(c[1], "nd-") { // synth.ID
					seen[c[1]]++
				}
			}
		}
		if groups < 2 {
			t.Errorf("N=%d: the home page links to %d group pages", n, groups)
		}
		for i := range n {
			if id := synth.ID(i); seen[id] != 1 {
				t.Errorf("N=%d: %s is on %d group pages, want 1", n, id, seen[id])
				break
			}
		}
		if len(seen) != n {
			t.Errorf("N=%d: the group pages link to %d indicators, want %d", n, len(seen), n)
		}
	}
	if d := sizes[400] - sizes[100]; d > 512 || d < -512 {
		t.Errorf("home page %d bytes gzipped at N=100, %d at N=400: grows with N", sizes[100], sizes[400])
	}
	if d := lists[400] - lists[100]; d > 512 || d < -512 {
		t.Errorf("/chi-tieu/ %d bytes gzipped at N=100, %d at N=400: grows with N", lists[100], lists[400])
	}
}

func gzipped(b []byte) int {
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Len()
}
