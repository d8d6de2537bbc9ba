package build

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tayson/chitieu/internal/diag"
)

// TestProgress: a stage that runs past After gets a line when it starts
// and one when it ends, in the catalogue's words; a quick one gets none.
func TestProgress(t *testing.T) {
	stages := []string{"buoc-doc", "buoc-doi-chieu", "buoc-tinh", "buoc-chuan-bi", "buoc-hugo", "buoc-xuat-ban"}
	for _, lang := range []string{"vi", "en"} {
		var w strings.Builder
		out := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Src: repoData, Site: repoSite, Out: out, Date: "2026-05-20", Progress: &Progress{W: &w, Lang: lang, After: -1}}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(w.String()), "\n")
		if len(lines) != 2*len(stages) {
			t.Fatalf("%s: %d lines, want %d:\n%s", lang, len(lines), 2*len(stages), w.String())
		}
		for i, code := range stages {
			stage := diag.Say(lang, code, nil)
			if stage == code {
				t.Fatalf("%s: no words for %s", lang, code)
			}
			if want := diag.Say(lang, "tien-do-dang", diag.Args{"stage": stage}); lines[2*i] != want {
				t.Errorf("%s: line %d = %q, want %q", lang, 2*i+1, lines[2*i], want)
			}
			if end := lines[2*i+1]; !strings.Contains(end, stage) || end == lines[2*i] {
				t.Errorf("%s: line %d = %q, want the end of %q", lang, 2*i+2, end, stage)
			}
		}
	}
	var w strings.Builder
	if res := CheckProgress(repoData, repoSite, &Progress{W: &w, After: time.Hour}); res.Diags.HasErrors() {
		t.Fatal("errors")
	}
	if w.Len() > 0 {
		t.Errorf("quick stages said %q", w.String())
	}
}
