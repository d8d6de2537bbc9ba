package diag

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

// checkPackages are the packages whose words are all in this catalogue:
// they emit codes and arguments, never interface text.
var checkPackages = []string{"csvfile", "dataset", "number", "period", "indicator"}

// dataWords are the Vietnamese string literals those packages may hold:
// the data's own words, which they recognise or write as data, not words
// of the interface. Each says why.
var dataWords = map[string]string{
	// csvfile: the letters that tell Vietnamese text from mojibake when
	// guessing a file's encoding.
	"àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ": "letters of Vietnamese, to recognise an encoding",
	"ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323": "letters and tone marks of Vietnamese, to recognise an encoding",
	// dataset: units clerks write for a percentage.
	"phần trăm": "a unit the data writes for %",
	"tỷ lệ %":   "a unit the data writes for %",
	// dataset: how the data starts the name of a subset series.
	"trong đó": "a subset series the data names “Trong đó: …” (dataset.NamesSubset)",
	// period: the canonical spellings of periods, the data's labels.
	"Tháng ":            "a period label (Tháng 3/2023)",
	"Quý ":              "a period label (Quý I/2023)",
	"6 tháng đầu năm ":  "a period label (6 tháng đầu năm 2023)",
	"6 tháng cuối năm ": "a period label (6 tháng cuối năm 2023)",
}

// TestNoWordsOutsideCatalogue fails when the non-test Go code of a check
// package holds a Vietnamese string literal not listed in dataWords, or
// when any package outside diag builds a message's text itself (a
// diag.Text, diag.Problem or diag.Diagnostic literal) instead of asking
// the catalogue (Make, MakeProblem).
func TestNoWordsOutsideCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, pkg := range checkPackages {
		for _, lit := range literals(t, filepath.Join("..", pkg)) {
			if !vietnamese(lit.text) {
				continue
			}
			seen[lit.text] = true
			if _, ok := dataWords[lit.text]; !ok {
				t.Errorf("%s: Vietnamese string %q outside the catalogue (put the words in internal/diag/messages_*.go, or list a data word in dataWords)", lit.pos, lit.text)
			}
		}
	}
	for w := range dataWords {
		if !seen[w] {
			t.Errorf("dataWords lists %q, which no check package holds any more", w)
		}
	}
}

// TestMessagesFromCatalogue fails when a package outside diag builds the
// text of a message itself, as a diag.Text, diag.Problem or
// diag.Diagnostic literal, instead of asking the catalogue (Make,
// MakeProblem, Problem.Reworded).
func TestMessagesFromCatalogue(t *testing.T) {
	var dirs []string
	for _, root := range []string{filepath.Join("..", "..", "internal"), filepath.Join("..", "..", "cmd")} {
		entries, err := os.ReadDir(root)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() && e.Name() != "diag" {
				dirs = append(dirs, filepath.Join(root, e.Name()))
			}
		}
	}
	if len(dirs) < 10 {
		t.Fatalf("only %d packages found: %v", len(dirs), dirs)
	}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				var sel *ast.SelectorExpr
				switch n := n.(type) {
				case *ast.CompositeLit:
					sel, _ = n.Type.(*ast.SelectorExpr)
				case *ast.CallExpr:
					sel, _ = n.Fun.(*ast.SelectorExpr)
				}
				if sel == nil {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "diag" {
					if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 {
						if k, ok := stringArg(call.Args[0]); ok && sel.Sel.Name == "Word" && words[k] == (Text{}) {
							t.Errorf("%s: diag.Word(%q) is no word of the catalogue", fset.Position(n.Pos()), k)
						}
						if k, ok := stringArg(call.Args[0]); ok && sel.Sel.Name == "MakeProblem" && catalogue[k] == (Entry{}) {
							t.Errorf("%s: diag.MakeProblem(%q): no such key in the catalogue", fset.Position(n.Pos()), k)
						}
						if len(call.Args) > 1 {
							if k, ok := stringArg(call.Args[1]); ok && sel.Sel.Name == "Make" && catalogue[k] == (Entry{}) {
								t.Errorf("%s: diag.Make(…, %q): no such key in the catalogue", fset.Position(n.Pos()), k)
							}
						}
					}
					switch sel.Sel.Name {
					case "Text", "Problem", "Diagnostic", "T":
						t.Errorf("%s: diag.%s built outside the catalogue; use diag.Make or diag.MakeProblem with a key of internal/diag/messages_*.go", fset.Position(n.Pos()), sel.Sel.Name)
					}
				}
				return true
			})
		}
	}
}

func stringArg(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

// TestCodeConstants: every Code… and key… constant of the check packages
// is worded in the catalogue (a code by itself or by its variants).
func TestCodeConstants(t *testing.T) {
	n := 0
	for _, pkg := range checkPackages {
		files, _ := filepath.Glob(filepath.Join("..", pkg, "*.go"))
		consts := map[string]string{}
		var names []string
		fset := token.NewFileSet()
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, decl := range file.Decls {
				g, ok := decl.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i < len(vs.Values) {
							if v, ok := constString(vs.Values[i], consts); ok {
								consts[name.Name] = v
								names = append(names, name.Name)
							}
						}
					}
				}
			}
		}
		for _, name := range names {
			v := consts[name]
			switch {
			case strings.HasPrefix(name, "Code"):
				n++
				if _, ok := catalogue[v]; !ok && !hasVariant(v) {
					t.Errorf("%s.%s = %q: no entry in the catalogue", pkg, name, v)
				}
			case strings.HasPrefix(name, "key"):
				n++
				if _, ok := catalogue[v]; !ok {
					t.Errorf("%s.%s = %q: no entry in the catalogue", pkg, name, v)
				}
			}
		}
	}
	if n < 60 {
		t.Errorf("only %d code constants found", n)
	}
}

func hasVariant(code string) bool {
	for k := range catalogue {
		if strings.HasPrefix(k, code+"/") {
			return true
		}
	}
	return false
}

// constString evaluates a constant string expression: literals, constants
// already known, and their sums.
func constString(e ast.Expr, known map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		return stringArg(e)
	case *ast.Ident:
		v, ok := known[e.Name]
		return v, ok
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X, known)
		b, ok2 := constString(e.Y, known)
		return a + b, ok1 && ok2
	}
	return "", false
}

type literal struct {
	pos  string
	text string
}

// literals returns the string literals of the non-test Go files of dir.
func literals(t *testing.T, dir string) []literal {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var out []literal
	fset := token.NewFileSet()
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
			if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
				if s, err := strconv.Unquote(b.Value); err == nil {
					out = append(out, literal{fset.Position(b.Pos()).String(), s})
				}
			}
			return true
		})
	}
	return out
}
