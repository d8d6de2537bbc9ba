package sitewords

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCatalogueOfTheSite: the site's Vietnamese catalogue loads with
// every key Go uses, and words an entry with its arguments.
func TestCatalogueOfTheSite(t *testing.T) {
	vi, err := Load(filepath.Join("..", ".."), "vi")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		args Args
		want string
	}{
		{"status_chua-den-han", nil, "Chưa đến hạn"},
		{KeyLabelShare, Args{"what": "“A”", "base": "B"}, "Tỷ lệ “A” so với “B”"},
		{KeyUnit, Args{"unit": "hộ"}, " (đơn vị: hộ)"},
		{KeyUnit, nil, "[" + KeyUnit + "]"},   // an argument missing
		{"no-such-key", nil, "[no-such-key]"}, // a key missing
	}
	for _, tt := range tests {
		if got := vi.T(tt.key, tt.args); got != tt.want {
			t.Errorf("T(%q, %v) = %q, want %q", tt.key, tt.args, got, tt.want)
		}
	}
	if got := vi.Number(4116.5, 1); got != "4.116,5" {
		t.Errorf("Number = %q, want 4.116,5", got)
	}
}

// TestParseRefusesGaps: a catalogue without a key Go uses, or with an
// entry that is no template, is refused when it is read.
func TestParseRefusesGaps(t *testing.T) {
	for name, src := range map[string]string{
		"missing keys": "[chart_value]\nother = \"Value\"\n",
		"bad template": "[chart_value]\nother = \"{{ .x \"\n",
		"no other":     "[chart_value]\none = \"Value\"\n",
		"not toml":     "chart_value = ",
	} {
		if _, err := Parse("en", []byte(src)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	var b strings.Builder
	for _, k := range Keys {
		b.WriteString(k + " = \"x{{ .n }}\"\n")
	}
	c, err := Parse("en", []byte(b.String()))
	if err != nil {
		t.Fatalf("every key as a plain string: %v", err)
	}
	if got := c.T(KeyValue, Args{"n": 1}); got != "x1" {
		t.Errorf("T = %q", got)
	}
	if got := c.Number(4116.5, 1); got != "4,116.5" {
		t.Errorf("English Number = %q, want 4,116.5", got)
	}
}

// sitePackages emit codes, numbers and the data's own text; the site's
// words come from this catalogue.
var sitePackages = []string{"chart", "indicator", "sitedata"}

// dataWords are the Vietnamese literals those packages may hold: the
// data's own words, recognised, never written. Each says why.
var dataWords = map[string]string{}

// TestNoWordsOutsideCatalogue fails when the non-test code of chart,
// indicator or sitedata holds a Vietnamese string literal not listed in
// dataWords.
func TestNoWordsOutsideCatalogue(t *testing.T) {
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, pkg := range sitePackages {
		files, _ := filepath.Glob(filepath.Join("..", pkg, "*.go"))
		if len(files) == 0 {
			t.Fatalf("no Go files in %s", pkg)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			file, err := parser.ParseFile(fset, f, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil || !vietnamese(s) {
					return true
				}
				seen[s] = true
				if _, ok := dataWords[s]; !ok {
					t.Errorf("%s: Vietnamese string %q outside the catalogue (put the words in i18n/<lang>.toml, or list a data word in dataWords)", fset.Position(lit.Pos()), s)
				}
				return true
			})
		}
	}
	for w := range dataWords {
		if !seen[w] {
			t.Errorf("dataWords lists %q, which no site package holds any more", w)
		}
	}
}

// TestNoWordsInTemplates fails when a template of the site (layouts/)
// writes Vietnamese words itself instead of taking them from i18n/: its
// comments and the build errors it raises (errorf, warnf: for the office,
// in both languages, and reported first by chitieu check) aside.
func TestNoWordsInTemplates(t *testing.T) {
	comment := regexp.MustCompile(`(?s)\{\{-?\s*/\*.*?\*/\s*-?\}\}`)
	buildError := regexp.MustCompile(`(?s)\{\{-?\s*(errorf|warnf)\b.*?\}\}`)
	blank := func(m []byte) []byte { return regexp.MustCompile(`[^\n]`).ReplaceAll(m, nil) } // keep the line numbers
	n := 0
	err := filepath.WalkDir(filepath.Join("..", "..", "layouts"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		src = comment.ReplaceAllFunc(src, blank)
		src = buildError.ReplaceAllFunc(src, blank)
		for i, line := range strings.Split(string(src), "\n") {
			if vietnamese(line) {
				t.Errorf("%s:%d: Vietnamese words in a template (put them in i18n/<lang>.toml): %s", path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("read %d templates under layouts/, expected the site's (more than 20)", n)
	}
}

// vietnamese reports whether s has a letter only Vietnamese uses among the
// site's languages (a tone mark, ă, â, đ, ê, ô, ơ, ư).
func vietnamese(s string) bool {
	return strings.ContainsAny(s, "ạảãàáâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐẠẢÃÀÁÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ")
}

// TestLanguagesHaveTheSameEntries: every catalogue of the site (i18n/*.toml)
// has the keys of vi.toml, no other, and each entry the same arguments,
// both Go's ({{ .name }}) and the site script's ({name}); every one loads.
func TestLanguagesHaveTheSameEntries(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "i18n", "*.toml"))
	if len(files) < 2 {
		t.Fatalf("want vi.toml and at least one other catalogue, found %v", files)
	}
	read := func(f string) map[string]string {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := Strings(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		return ss
	}
	vi := read(filepath.Join("..", "..", "i18n", "vi.toml"))
	args := regexp.MustCompile(`\{\{-?\s*\.(\w+)\s*-?\}\}|\{(\w+)\}`)
	argsOf := func(s string) string {
		var out []string
		for _, m := range args.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1]+m[2])
		}
		slices.Sort(out)
		return strings.Join(slices.Compact(out), ",")
	}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".toml")
		if _, err := Load(filepath.Join("..", ".."), lang); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		other := read(f)
		for k, v := range vi {
			o, ok := other[k]
			if !ok {
				t.Errorf("%s lacks %q", f, k)
				continue
			}
			if a, b := argsOf(v), argsOf(o); a != b {
				t.Errorf("%s %q has arguments [%s], vi.toml [%s]", f, k, b, a)
			}
		}
		for k := range other {
			if _, ok := vi[k]; !ok {
				t.Errorf("%s has %q, which vi.toml lacks", f, k)
			}
		}
	}
}

// TestEnglishNumbers: the English catalogue writes numbers the English way
// (4,116 and 94.5), the Vietnamese one the Vietnamese way.
func TestEnglishNumbers(t *testing.T) {
	tests := []struct {
		lang string
		v    float64
		d    int
		want string
	}{
		{"en", 4116, 0, "4,116"},
		{"en", 94.5, 1, "94.5"},
		{"en", 1234567.25, 2, "1,234,567.25"},
		{"vi", 4116, 0, "4.116"},
		{"vi", 94.5, 1, "94,5"},
	}
	for _, tt := range tests {
		c, err := Load(filepath.Join("..", ".."), tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Number(tt.v, tt.d); got != tt.want {
			t.Errorf("%s Number(%v, %d) = %q, want %q", tt.lang, tt.v, tt.d, got, tt.want)
		}
	}
}

// TestPeriodNames: English period labels from the data's canonical
// Vietnamese ones (package period); Vietnamese labels stay as written.
func TestPeriodNames(t *testing.T) {
	en, err := Load(filepath.Join("..", ".."), "en")
	if err != nil {
		t.Fatal(err)
	}
	vi, err := Load(filepath.Join("..", ".."), "vi")
	if err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]string{
		"2022":                        "2022",
		"6 tháng đầu năm 2023":        "H1 2023",
		"6 tháng cuối năm 2021":       "H2 2021",
		"Quý III/2023":                "Q3 2023",
		"Tháng 3/2023":                "3/2023",
		"2021 - 6 tháng đầu năm 2023": "2021 – H1 2023",
		"":                            "",
		"không phải kỳ":               "không phải kỳ",
	} {
		if got := en.Period(label); got != want {
			t.Errorf("en.Period(%q) = %q, want %q", label, got, want)
		}
		if got := vi.Period(label); got != label {
			t.Errorf("vi.Period(%q) = %q, want it unchanged", label, got)
		}
	}
}
