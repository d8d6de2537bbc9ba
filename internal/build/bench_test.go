package build

import (
	"path/filepath"
	"testing"
)

// BenchmarkCheck: reading, checking and computing the repository's exports.
func BenchmarkCheck(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if res := Check(repoData, ""); res.Diags.HasErrors() {
			b.Fatal("errors")
		}
	}
}

// BenchmarkBuild: the whole pipeline, Hugo included, into one folder that
// each iteration replaces.
func BenchmarkBuild(b *testing.B) {
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(Options{Src: repoData, Site: repoSite, Out: out}); err != nil {
			b.Fatal(err)
		}
	}
}
