package sitewords

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
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
var dataWords = map[string]string{
	"trong đó": "chart: a subset series the data already names “Trong đó …” keeps its name",
}

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

// vietnamese reports whether s has a letter only Vietnamese uses among the
// site's languages (a tone mark, ă, â, đ, ê, ô, ơ, ư).
func vietnamese(s string) bool {
	return strings.ContainsAny(s, "ạảãàáâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐẠẢÃÀÁÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ")
}
