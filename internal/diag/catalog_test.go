package diag

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func names(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

var codeShape = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func vietnamese(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) >= 0
}

// TestCatalogue: every code has its What and Fix in both languages, the
// Vietnamese is Vietnamese, and both languages use the same arguments, so
// that filling one fills the other.
func TestCatalogue(t *testing.T) {
	if len(duplicates) > 0 {
		t.Errorf("codes registered twice: %v", duplicates)
	}
	if len(catalogue) == 0 {
		t.Fatal("empty catalogue")
	}
	for _, code := range Codes() {
		e := catalogue[code]
		if !codeShape.MatchString(CodeOf(code)) {
			t.Errorf("%s: the code %q is not lower-case words joined by hyphens", code, CodeOf(code))
		}
		if e.Over && e.What.VI+e.Expected.VI+e.Fix.VI == "" {
			t.Errorf("%s: rewords nothing", code)
		}
		for field, txt := range map[string]Text{"What": e.What, "Expected": e.Expected, "Fix": e.Fix} {
			if !e.Over && field != "Expected" && (txt.VI == "" || txt.EN == "") {
				t.Errorf("%s: %s lacks a language: %+v", code, field, txt)
			}
			if (txt.VI == "") != (txt.EN == "") {
				t.Errorf("%s: %s in one language only: %+v", code, field, txt)
			}
			if txt.VI != "" && !vietnamese(txt.VI+e.What.VI) {
				t.Errorf("%s: %s.VI is not Vietnamese: %q", code, field, txt.VI)
			}
			if a, b := names(txt.VI), names(txt.EN); !slices.Equal(a, b) {
				t.Errorf("%s: %s uses %v in Vietnamese but %v in English", code, field, a, b)
			}
		}
		// Every argument filled: nothing is left to fill.
		args := Args{}
		for _, s := range []string{e.What.VI, e.Expected.VI, e.Fix.VI} {
			for _, n := range names(s) {
				args[n] = "x"
			}
		}
		if left := Unfilled(Make(Error, code, args)); len(left) > 0 {
			t.Errorf("%s: unfilled %v", code, left)
		}
	}
}

func TestMake(t *testing.T) {
	catalogue["test-code"] = Entry{What: text("Ô “{value}” có {n} lỗi.", "Cell “{value}” has {n} problems."), Fix: text("Sửa {value}.", "Fix {value}.")}
	defer delete(catalogue, "test-code")
	d := Make(Error, "test-code", Args{"value": "{n}", "n": 3}).At("a.csv", 2, 3, "v")
	if d.What.VI != "Ô “{n}” có 3 lỗi." || d.What.EN != "Cell “{n}” has 3 problems." {
		t.Errorf("What = %+v (an argument's own text is not filled again)", d.What)
	}
	if d.Where() != "a.csv:2:3" || d.Value != "v" || d.Code != "test-code" {
		t.Errorf("placed wrong: %+v", d)
	}
	if left := Unfilled(Make(Error, "test-code", Args{"value": "x"})); !slices.Equal(left, []string{"{n}", "{n}"}) {
		t.Errorf("Unfilled = %v, want the missing {n} in both languages", left)
	}
	if d := Make(Error, "no-such-code", nil); !strings.Contains(d.What.VI, "no-such-code") {
		t.Errorf("unknown code: %+v", d)
	}
}

// TestPhrases: every phrase in both languages with the same arguments.
func TestPhrases(t *testing.T) {
	for k, p := range phrases {
		if p.VI == "" || p.EN == "" || !vietnamese(p.VI) {
			t.Errorf("%s: %+v", k, p)
		}
		if a, b := names(p.VI), names(p.EN); !slices.Equal(a, b) {
			t.Errorf("%s: arguments %v in Vietnamese, %v in English", k, a, b)
		}
	}
	for k, w := range words {
		if w.VI == "" || w.EN == "" || len(names(w.VI)) > 0 || len(names(w.EN)) > 0 {
			t.Errorf("word %s: %+v (a word has both languages and no arguments)", k, w)
		}
	}
	if got := Say("en", "tom-tat-check", Args{"src": "d", "indicators": 3, "warnings": 0}); got != "d: 3 indicators, 0 warnings, no errors." {
		t.Errorf("Say = %q", got)
	}
}

// TestArguments: a variant key reports its code; a Word, a Lang and Parts
// are filled in the language of each text, and are not shortened.
func TestArguments(t *testing.T) {
	catalogue["test-code/bien-the"] = Entry{
		What: text("Dùng {sep} cho “{ind}”: {list}.", "Use {sep} for “{ind}”: {list}."),
		Fix:  text("Sửa.", "Fix it."),
	}
	words["test-dau-phay"] = text("dấu phẩy", "a comma")
	defer func() { delete(catalogue, "test-code/bien-the"); delete(words, "test-dau-phay") }()
	long := strings.Repeat("x", MaxValue+5)
	d := Make(Warning, "test-code/bien-the", Args{
		"sep":  Word("test-dau-phay"),
		"ind":  Lang{VI: "Kết nạp đảng viên", EN: "ket-nap"},
		"list": Parts{"“a” ", Word("test-dau-phay"), Parts{" ", long}},
	})
	if d.Code != "test-code" {
		t.Errorf("Code = %q, want the key before the slash", d.Code)
	}
	if want := "Dùng dấu phẩy cho “Kết nạp đảng viên”: “a” dấu phẩy " + long + "."; d.What.VI != want {
		t.Errorf("What.VI = %q, want %q", d.What.VI, want)
	}
	if want := "Use a comma for “ket-nap”: “a” a comma " + long + "."; d.What.EN != want {
		t.Errorf("What.EN = %q, want %q", d.What.EN, want)
	}
}

// TestReworded: the parts the entry words replace the parser's, the
// others stay, and the code is the entry's.
func TestReworded(t *testing.T) {
	catalogue["test-over"] = Entry{Expected: text("Một kỳ như “{ex}”.", "A period such as “{ex}”."), Over: true}
	defer delete(catalogue, "test-over")
	p := &Problem{Code: "ky-khong-hop-le", What: text("sai", "wrong"), Expected: text("kỳ", "period"), Fix: text("sửa", "fix")}
	q := p.Reworded("test-over", Args{"ex": "2025"})
	if q.Code != "test-over" || q.What != p.What || q.Fix != p.Fix || q.Expected.VI != "Một kỳ như “2025”." || q.Expected.EN != "A period such as “2025”." {
		t.Errorf("Reworded = %+v", q)
	}
	if p.Code != "ky-khong-hop-le" || p.Expected.VI != "kỳ" {
		t.Errorf("the parser's problem changed: %+v", p)
	}
}
