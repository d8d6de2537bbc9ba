package dataset_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
)

// TestHugeFileShortReport: a file with 100.000 columns that are no period
// (it once gave 92 MB of messages) gives a short report that still counts
// every problem.
func TestHugeFileShortReport(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("testdata", "broken", "00-khong-loi", "chi-tieu.csv"))
	if err != nil {
		t.Fatal(err)
	}
	const n = 100_000
	var b strings.Builder
	b.WriteString("ma,chuoi")
	for i := range n {
		b.WriteString(",cot " + strconv.Itoa(i))
	}
	b.WriteString("\nket-nap-dang-vien,Kết nạp\n")
	fsys := fstest.MapFS{"chi-tieu.csv": {Data: base}, "so-lieu.csv": {Data: []byte(b.String())}}
	var diags diag.List
	dataset.Load(fsys, ".", &diags)
	if diags.Count(diag.Error) < n {
		t.Fatalf("%d errors, want at least %d", diags.Count(diag.Error), n)
	}
	for _, lang := range []string{"vi", "en"} {
		var out strings.Builder
		if err := diags.WriteText(&out, lang); err != nil {
			t.Fatal(err)
		}
		if out.Len() > 20_000 {
			t.Errorf("%s: %d bytes of messages:\n%.3000s", lang, out.Len(), out.String())
		}
		if want := strconv.Itoa(n-diag.ShowPerCode) + " "; !strings.Contains(out.String(), want) {
			t.Errorf("%s: does not count the %s others:\n%s", lang, want, out.String())
		}
	}
}
