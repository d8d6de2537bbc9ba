package dataset_test

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/tools/txtar"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/indicator"
	"github.com/tayson/chitieu/internal/period"
)

var update = flag.Bool("update", false, "rewrite testdata/broken/*/want.txt from the diagnostics produced")

// wholeFile are the codes of problems about a whole file, which have no line.
var wholeFile = map[string]bool{
	"tep-rong":                true,
	"khong-phai-csv":          true,
	"ma-hoa-khong-doc-duoc":   true,
	"ma-hoa-windows-1258":     true,
	"thieu-tep-chi-tieu":      true,
	"tep-lien-ket-vong":       true,
	"tep-pdf-khong-phai-csv":  true,
	"tep-html-khong-phai-csv": true,
	"tep-ods-khong-phai-csv":  true,
}

// sameAsBase are the cases whose mistake must not change what is read: the
// dataset equals the one of 00-khong-loi (the trimmed real export).
var sameAsBase = map[string]bool{
	"windows-1258":                       true,
	"utf-16le-bom":                       true,
	"cham-phay-dau-phay-thap-phan":       true,
	"xuong-dong-crlf-bom":                true,
	"excel-sep-dong-dau":                 true,
	"tieu-de-khac-kieu":                  true,
	"dau-phan-cach-thua-dong-trong-cuoi": true,
	"ghi-chu-nhieu-dong":                 true,
	"macos-nfd":                          true,
	"ky-khong-dau":                       true,
	"ten-tep-chu-hoa":                    true,
}

// mustSay: texts the Vietnamese message (what, expected or fix) of a case
// must contain, by code.
var mustSay = map[string]map[string]string{
	"ma-go-nham-trong-so-lieu":                {"chi-tieu-khong-co": "Có phải “ket-nap-dang-vien”?"},
	"muc-tieu-ma-khong-co":                    {"chi-tieu-khong-co": "Có phải “ket-nap-dang-vien”?"},
	"ma-co-dau":                               {"ma-khong-hop-le": "“xep-loai-dang-vien”"},
	"trung-so-lieu-trong-tep":                 {"trung-so-lieu": "so-lieu.csv dòng 5"},
	"trung-so-lieu-hai-tep":                   {"trung-so-lieu": "so-lieu.csv dòng 9"},
	"trung-ma":                                {"trung-ma": "dòng 3"},
	"ky-thang-13":                             {"thang-khong-hop-le": "tháng 13"},
	"so-4116-mo-ho":                           {"doan-dau-thap-phan": "4 số"},
	"tong-khong-khop":                         {"tong-khong-khop": "59 + 266 + 8 = 333, khác tổng số 323"},
	"mau-so-khac-nhau":                        {"mau-so-khac-nhau": "2021: 13 (23,2 %) tính trên “Hoàn thành tốt nhiệm vụ trở lên”; 2022: 18 (31 %) tính trên “Tổng số”"},
	"gia-tri-bat-thuong":                      {"gia-tri-bat-thuong": "41,6"},
	"ngoac-kep-chua-dong":                     {"ngoac-kep-chua-dong": "không bao giờ được đóng"},
	"so-thap-phan-khong-ngoac-kep":            {"so-bi-tach-o": "số “102,05” đã bị tách làm hai ô"},
	"so-thap-phan-khong-ngoac-kep-dang-ngang": {"so-bi-tach-o": "\"4,6\" (có ngoặc kép)"},
	"trung-so-lieu-ky-viet-khac":              {"trung-so-lieu": "chuỗi “Kết nạp”, kỳ 2022 (dòng này viết “Năm 2022”) đã có ở so-lieu.csv dòng 4 (viết “2022”)"},
	"ky-hai-cach-viet":                        {"ky-hai-cach-viet": "trang web ghi thống nhất là “2022”"},
	"phan-tram-o-chi-tieu-dem":                {"phan-tram-o-chi-tieu-khong-phai-ty-le": "sẽ bị hiểu là 40 đảng viên"},
	"thieu-o-lech-cot":                        {"o-trong-lech-cot": "số “4,16”"},
	"xoa-cot-chuoi":                           {"thieu-cot-chuoi": "không có cột “chuoi”"},
	"ky-ngay-iso":                             {"ky-la-ngay-iso": "“Tháng 12/2022”"},
	"ky-so-ngay-excel":                        {"ky-la-so-ngay-excel": "31/12/2022"},
	"lien-ket-vong":                           {"tep-lien-ket-vong": "“vong.csv”"},
	"ky-sau-chuong-trinh":                     {"ky-sau-chuong-trinh": "(2020 - 2025)"},
	"co-the-am-khong-ro":                      {"co-khong-khong-hop-le": "“có thể”"},
	"utf-8-lac-byte-e0":                       {"byte-loi-utf-8": "byte 0xE0 không phải chữ UTF-8, ở chỗ dấu � trong “…chất lượng đảng viên�”"},
	"utf-8-bom-lac-byte-d2":                   {"byte-loi-utf-8": "byte 0xD2"},
	"tep-pdf-doi-ten-csv":                     {"tep-pdf-khong-phai-csv": "tệp PDF"},
	"trang-web-excel-doi-ten-csv":             {"tep-html-khong-phai-csv": "“Lưu thành Trang Web”"},
	"o-so-loi-cong-thuc":                      {"o-so-loi-cong-thuc": "Ô này là “#DIV/0!”: công thức của ô trong bảng tính bị lỗi"},
}

// load reads a folder of exports the way "chitieu check" does.
func load(dir, label string) (*dataset.Dataset, []*indicator.Indicator, *diag.List) {
	diags := &diag.List{}
	ds := dataset.Load(os.DirFS(dir), label, diags)
	var inds []*indicator.Indicator
	if ds != nil {
		// The programme of the repository's hugo.toml and the period of its
		// report, as "chitieu check" reads them.
		prog, err := period.Parse("2020 - 2025")
		if err != nil {
			panic(err)
		}
		ref, err := period.Parse("6 tháng đầu năm 2023")
		if err != nil {
			panic(err)
		}
		ds.CheckWithin(prog, diags)
		inds = indicator.Compute(ds, diags, ref)
	}
	return ds, inds, diags
}

func wantLine(d diag.Diagnostic) string {
	return d.Severity.String() + " " + d.Where() + " " + d.Code
}

func hasVietnamese(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// fingerprint renders what a dataset holds, to compare two exports.
func fingerprint(ds *dataset.Dataset) string {
	if ds == nil {
		return "<nil>"
	}
	var b strings.Builder
	for _, ind := range ds.Indicators {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s|%q|%s|%s\n", ind.ID, ind.Title, ind.Group, ind.Unit, ind.ChartKind, ind.Total, ind.Parts, ind.Plan, ind.Source)
		for _, o := range ind.Observations {
			rep := "-"
			if o.Reported != nil {
				rep = fmt.Sprint(o.Reported.Number)
			}
			fmt.Fprintf(&b, "  %s|%s|%v|%s\n", o.Period.Label, o.Series, o.Value, rep)
		}
		for _, t := range ind.Targets {
			fmt.Fprintf(&b, "  target %q %s %s %s %v %v %s\n", t.Series, t.Measure, t.Denominator, t.Op, t.Threshold, t.Annual, t.Due.Label)
		}
	}
	return b.String()
}

// materialize makes the export folder of a corpus case in a temporary
// folder: the files of 00-khong-loi, then the case's own files (kept as
// files where their bytes matter: encodings, line ends, binaries), then the
// files of its case.txtar. The archive's comment may hold "# " lines for the
// reader, "xoa: NAME"
// (delete a base file) and "lien-ket: NAME -> TARGET" (a symbolic link).
// So a change to the base is one edit, and a case shows only its mistake.
func materialize(t *testing.T, root, name string) string {
	t.Helper()
	dir := t.TempDir()
	copyFrom := func(src string) {
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || e.Name() == "want.txt" || e.Name() == "case.txtar" {
				continue
			}
			b, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	copyFrom(filepath.Join(root, "00-khong-loi"))
	if name == "00-khong-loi" {
		return dir
	}
	copyFrom(filepath.Join(root, name))
	a, err := txtar.ParseFile(filepath.Join(root, name, "case.txtar"))
	if errors.Is(err, fs.ErrNotExist) {
		return dir
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		if strings.HasPrefix(line, "#") {
			continue // a comment for the reader
		}
		switch k, v, _ := strings.Cut(line, ":"); strings.TrimSpace(k) {
		case "xoa":
			if err := os.Remove(filepath.Join(dir, strings.TrimSpace(v))); err != nil {
				t.Fatal(err)
			}
		case "lien-ket":
			from, to, ok := strings.Cut(v, "->")
			if !ok {
				t.Fatalf("%s: lien-ket needs NAME -> TARGET: %q", name, line)
			}
			if err := os.Symlink(strings.TrimSpace(to), filepath.Join(dir, strings.TrimSpace(from))); err != nil {
				t.Fatal(err)
			}
		case "":
		default:
			t.Fatalf("%s/case.txtar: unknown directive %q", name, line)
		}
	}
	for _, f := range a.Files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBroken loads every case of testdata/broken (one deliberate mistake
// each, see materialize) and compares the diagnostics with its want.txt, one per line:
// "severity file:line[:col] code". go test -run TestBroken -update rewrites
// want.txt; review every change by hand: the position must be the cell a
// clerk has to fix.
func TestBroken(t *testing.T) {
	root := filepath.Join("testdata", "broken")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	baseDS, _, baseDiags := load(materialize(t, root, "00-khong-loi"), ".")
	if baseDiags.Len() != 0 {
		t.Fatalf("00-khong-loi must load without diagnostics, got %d", baseDiags.Len())
	}
	base := fingerprint(baseDS)
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		name := e.Name()
		dir := filepath.Join(root, name)
		short := name[strings.IndexByte(name, '-')+1:]
		t.Run(name, func(t *testing.T) {
			caseDir := materialize(t, root, name)
			ds, _, diags := load(caseDir, ".")
			data := dataWords(t, caseDir)
			var got []string
			for _, d := range diags.Items() {
				got = append(got, wantLine(d))
				where := wantLine(d)
				if d.What.VI == "" || !hasVietnamese(d.What.VI) {
					t.Errorf("%s: no Vietnamese What: %q", where, d.What.VI)
				}
				if d.Fix.VI == "" || !hasVietnamese(d.Fix.VI) {
					t.Errorf("%s: no Vietnamese Fix: %q", where, d.Fix.VI)
				}
				if d.Line <= 0 && !wholeFile[d.Code] {
					t.Errorf("%s: no line, but %s is not about a whole file", where, d.Code)
				}
				if d.File == "" || strings.HasPrefix(d.File, "/") || strings.Contains(d.File, "testdata") {
					t.Errorf("%s: file %q is not relative to the case folder", where, d.File)
				}
				if left := diag.Unfilled(d); len(left) > 0 {
					t.Errorf("%s: arguments not filled: %v", where, left)
				}
				if w := notEnglish(d, data); w != "" {
					t.Errorf("%s: the English message says %q, which is no word of the data: %q", where, w, d.Format("en"))
				}
				if sub, ok := mustSay[short][d.Code]; ok && !strings.Contains(d.What.VI+"\n"+d.Expected.VI+"\n"+d.Fix.VI, sub) {
					t.Errorf("%s: message %q does not say %q", where, d.Format("vi"), sub)
				}
			}
			for code := range mustSay[short] {
				if !slices.ContainsFunc(diags.Items(), func(d diag.Diagnostic) bool { return d.Code == code }) {
					t.Errorf("no %s diagnostic", code)
				}
			}
			if sameAsBase[short] {
				if fp := fingerprint(ds); fp != base {
					t.Errorf("the data read differs from 00-khong-loi:\n%s\nwant:\n%s", fp, base)
				}
			}
			wantFile := filepath.Join(dir, "want.txt")
			text := strings.Join(got, "\n")
			if text != "" {
				text += "\n"
			}
			if *update {
				if err := os.WriteFile(wantFile, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -run TestBroken -update, then review want.txt)", err)
			}
			if string(want) != text {
				t.Errorf("diagnostics differ from %s\n got:\n%s\nwant:\n%s\nfull messages:\n%s", wantFile, text, want, formatAll(diags))
			}
		})
	}
	if n < 46 {
		t.Errorf("only %d folders in %s; the corpus has at least 45 broken exports and 00-khong-loi", n, root)
	}
}

// dataWords returns the words of the files of dir, lower-cased: what an
// English message may quote from the data (titles, series, units, periods).
func dataWords(t *testing.T, dir string) map[string]bool {
	t.Helper()
	words := map[string]bool{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue // a link that loops
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(norm.NFC.String(string(b))), notLetter) {
			words[w] = true
		}
	}
	return words
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// notEnglish returns the first Vietnamese word of d's English texts that is
// not quoted (“…”) and not a word of the data; "" when there is none: "check
// -lang en" speaks English, and quotes the data as it is.
func notEnglish(d diag.Diagnostic, data map[string]bool) string {
	quoted := regexp.MustCompile(`“[^”]*”`)
	for _, s := range []string{d.What.EN, d.Expected.EN, d.Fix.EN} {
		for _, w := range strings.FieldsFunc(strings.ToLower(quoted.ReplaceAllString(s, " ")), notLetter) {
			if hasVietnamese(w) && !data[w] {
				return w
			}
		}
	}
	return ""
}

func formatAll(l *diag.List) string {
	var b strings.Builder
	l.WriteText(&b, "vi")
	return b.String()
}

// TestRealExports loads the repository's own du-lieu/: no errors, and the
// warnings include the report's real inconsistencies.
func TestRealExports(t *testing.T) {
	_, _, diags := load(filepath.Join("..", "..", "du-lieu"), "du-lieu")
	if diags.HasErrors() {
		t.Fatalf("du-lieu has errors:\n%s", formatAll(diags))
	}
	data := dataWords(t, filepath.Join("..", "..", "du-lieu"))
	for _, d := range diags.Items() {
		if w := notEnglish(d, data); w != "" {
			t.Errorf("the English message says %q, which is no word of the data: %q", w, d.Format("en"))
		}
	}
	want := []struct{ code, file, text string }{
		{"tong-khong-khop", "du-lieu/so-lieu.csv", "59 + 266 + 8 = 333, khác tổng số 323"},
		{"mau-so-khac-nhau", "du-lieu/xep-loai-rong.csv", "2021: 13 (23,2 %) tính trên “Hoàn thành tốt nhiệm vụ trở lên”; 2022: 18 (31 %) tính trên “Tổng số”"},
		{"ty-le-bao-cao-khac", "du-lieu/xep-loai-rong.csv", "báo cáo ghi 0,38 %, nhưng 16 / 4.116 = 0,39 %"},
	}
	for _, w := range want {
		found := false
		for _, d := range diags.Items() {
			if d.Severity == diag.Warning && d.Code == w.code && d.File == w.file && strings.Contains(d.What.VI, w.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s warning in %s saying %q; got:\n%s", w.code, w.file, w.text, formatAll(diags))
		}
	}
}
