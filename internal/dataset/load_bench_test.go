package dataset

import (
	"fmt"
	"os"
	"testing"

	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/synth"
)

// BenchmarkLoad reads synthetic exports of n indicators × 10 years × a
// total and 60 parts (per commune, say): about 17 MB and 600.000
// observations per 1.000 indicators, long and wide files. Its allocations
// per run are what a 200 MB export multiplies (scripts/bench.sh -check200
// measures that one end to end).
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := synth.Write(dir, synth.Options{Indicators: n, Parts: 60, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			fsys := os.DirFS(dir)
			b.ReportAllocs()
			for b.Loop() {
				var dl diag.List
				if ds := Load(fsys, dir, &dl); ds == nil || dl.HasErrors() {
					b.Fatalf("%d problems", dl.Len())
				}
			}
		})
	}
}
