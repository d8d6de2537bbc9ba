package dataset

import (
	"os"
	"runtime"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/synth"
)

// TestLoadAllocations: loading an export allocates per indicator and per
// figure kept, not per cell or row read (issue 9: a 200 MB export of 7,3
// million figures). Reading the files as tables of cells cost 370 bytes a
// figure in all, and held them at once; an allocation per row would be 1
// allocation a row or more. Counted, not timed.
func TestLoadAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 1,7 MB export")
	}
	const n, parts = 100, 60
	dir := t.TempDir()
	if err := synth.Write(dir, synth.Options{Indicators: n, Parts: parts, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	// The long file has a row per figure, the wide one a row per 10.
	figures := n * (parts + 1) * 10
	rows := figures/2 + figures/2/10
	fsys := os.DirFS(dir)
	load := func() {
		var dl diag.List
		if ds := Load(fsys, dir, &dl); ds == nil || dl.HasErrors() {
			t.Fatalf("%d problems", dl.Len())
		}
	}
	load() // the first Load fills what is made once (regexps, the catalogue)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	load()
	runtime.ReadMemStats(&after)
	allocs := float64(after.Mallocs-before.Mallocs) / float64(rows)
	bytes := float64(after.TotalAlloc-before.TotalAlloc) / float64(figures)
	// Measured: 0,25 allocations a row and 268 bytes a figure (the
	// figure's Observation, the files' text twice, the maps that find
	// duplicates).
	if allocs > 0.5 || bytes > 320 {
		t.Errorf("%d figures, %d rows: %.3f allocations a row, %.0f bytes a figure; want at most 0,5 and 320", figures, rows, allocs, bytes)
	}
}
