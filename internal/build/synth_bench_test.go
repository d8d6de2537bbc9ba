package build

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tayson/chitieu/internal/synth"
)

// synthSite copies the repository's site without its report (whose charts
// cite the repository's own indicators) into a temporary folder.
func synthSite(tb testing.TB) string {
	tb.Helper()
	site := tb.TempDir()
	for _, p := range siteParts {
		if err := copyPart(filepath.Join(repoSite, p), filepath.Join(site, p)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := os.RemoveAll(filepath.Join(site, "content", "bao-cao", "so-ket-giua-nhiem-ky")); err != nil {
		tb.Fatal(err)
	}
	return site
}

// synthData writes n synthetic indicators (package synth) into a temporary
// folder.
func synthData(tb testing.TB, n int) string {
	tb.Helper()
	src := tb.TempDir()
	if err := synth.Write(src, synth.Options{Indicators: n, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	return src
}

// BenchmarkBuildSynth: the whole pipeline on N synthetic indicators
// (scripts/bench.sh measures the same against plain Hugo, with peak RSS);
// for profiles: go test -run X -bench 'BuildSynth/1000$' -benchtime 1x
// -cpuprofile cpu.out ./internal/build.
func BenchmarkBuildSynth(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src, site := synthData(b, n), synthSite(b)
			out := filepath.Join(b.TempDir(), "public")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Build(Options{Src: src, Site: site, Out: out, Date: "2026-01-01"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
