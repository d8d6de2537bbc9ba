package csvfile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the generated testdata files")

// to1258 encodes NFC text the way Windows-1258 stores Vietnamese: letters the
// code page has precomposed stay whole, the tone mark of the others is
// written as a separate combining character after the base letter.
func to1258(t *testing.T, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		var base, tone []rune
		for _, m := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", m) {
				tone = append(tone, m)
			} else {
				base = append(base, m)
			}
		}
		b, err := enc.Bytes([]byte(norm.NFC.String(string(base)) + string(tone)))
		if err != nil {
			t.Fatalf("cannot encode %q in Windows-1258: %v", r, err)
		}
		out = append(out, b...)
	}
	return out
}

func toUTF16(s string, le bool) []byte {
	u := utf16.Encode([]rune("\uFEFF" + s))
	var b bytes.Buffer
	for _, c := range u {
		if le {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		} else {
			b.WriteByte(byte(c >> 8))
			b.WriteByte(byte(c))
		}
	}
	return b.Bytes()
}

// generated lists the testdata files built from NFC text, so that their bytes
// are what Excel and LibreOffice write. Run `go test -run TestTestdata -update`
// after changing them.
func generated(t *testing.T) map[string][]byte {
	return map[string][]byte{
		"excel-utf8-bom.csv": []byte("\uFEFFMã chỉ tiêu,Tên chỉ tiêu,Kỳ,Giá trị\r\n" +
			"CT01,Tỷ lệ hộ nghèo,2021,\"4,5\"\r\n" +
			"CT02,\"Thu nhập, bình quân\",Quý I/2023,4.116\r\n"),
		"windows-1258.csv": to1258(t, "Mã chỉ tiêu;Tên chỉ tiêu;Kỳ;Giá trị\r\n"+
			"CT01;Tỷ lệ hộ nghèo;2021;4,5\r\n"+
			"CT02;Đường giao thông nông thôn được cứng hoá;6 tháng đầu năm 2023;94,5\r\n"),
		"excel-unicode-utf16le.txt": toUTF16("Mã chỉ tiêu\tKỳ\tGiá trị\r\n"+
			"CT01\t2021\t4,5\r\n"+
			"CT02\t\"Quý I/2023\"\t\"1.234,5\"\r\n", true),
		"utf16be.csv": toUTF16("Mã chỉ tiêu,Giá trị\nCT01,12\n", false),
		"libreoffice-semicolon.csv": []byte(" MÃ CHỈ TIÊU ;Giá  trị;Ghi chú;\n" +
			"CT01;4.116;;\n" +
			";;;\n" +
			"CT02;94,5;\"có ; chấm phẩy\";\n" +
			"\n" +
			";;;\n"),
		"lone-cr.csv": []byte("Mã,Ghi chú\rCT01,\"dòng một\rdòng hai\"\rCT02,x\r"),
		"quoted-newlines.csv": []byte("Mã,Ghi chú,Giá trị\r\n" +
			"CT01,\"Ghi chú \"\"quan trọng\"\":\r\nhai dòng\nba dòng\",1\r\n" +
			"CT02,,2\r\n" +
			"\r\n" +
			"CT03,\"\",3\r\n"),
		"macos-nfd.csv": []byte(norm.NFD.String("Mã chỉ tiêu,Tên chỉ tiêu\nCT01,Tỷ lệ hộ nghèo\n")),
	}
}

func TestTestdataUpToDate(t *testing.T) {
	for name, want := range generated(t) {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is out of date (run go test -run TestTestdata -update): %v", path, err)
		}
	}
	// The Windows-1258 file really uses the code page's separate tone marks.
	b := generated(t)["windows-1258.csv"]
	if bytes.IndexByte(b, 0xF2) < 0 || bytes.IndexByte(b, 0xD2) < 0 {
		t.Errorf("windows-1258.csv lacks combining tone-mark bytes: %q", b)
	}
}
