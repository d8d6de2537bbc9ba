package number

import (
	"math"
	"strings"
	"testing"
)

func TestEvidence(t *testing.T) {
	tests := []struct {
		in   string
		want Convention
	}{
		{"94,5", DecimalComma},
		{"1.234,5", DecimalComma},
		{"0,38", DecimalComma},
		{"0,380", DecimalComma},
		{"1.234.567", DecimalComma},
		{"1234,567", DecimalComma},
		{"94,5%", DecimalComma},
		{"-0,5", DecimalComma},
		{"94.5", DecimalPoint},
		{"1,234.5", DecimalPoint},
		{"1,234,567", DecimalPoint},
		{"0.380", DecimalPoint},
		{"4.116", Unknown},
		{"1,234", Unknown},
		{"4116", Unknown},
		{"4 116", Unknown},
		{"-3", Unknown},
		{"abc", Unknown},
		{"1,2,3", Unknown},
		{"", Unknown},
		{"1.23.4", Unknown},
	}
	for _, tt := range tests {
		if got := Evidence(tt.in); got != tt.want {
			t.Errorf("Evidence(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFileConvention(t *testing.T) {
	tests := []struct {
		name         string
		cells        []string
		want         Convention
		wantConflict bool
	}{
		{"vietnamese", []string{"4.116", "94,5", "12"}, DecimalComma, false},
		{"english", []string{"4,116", "94.5", "0.3"}, DecimalPoint, false},
		{"no evidence", []string{"4.116", "12", "4 116"}, Unknown, false},
		{"empty", nil, Unknown, false},
		{"majority comma", []string{"1,5", "2,5", "3.5"}, DecimalComma, true},
		{"tie", []string{"1,5", "3.5"}, Unknown, true},
	}
	for _, tt := range tests {
		got, conflict := FileConvention(tt.cells)
		if got != tt.want || conflict != tt.wantConflict {
			t.Errorf("%s: FileConvention(%q) = %v, %v; want %v, %v", tt.name, tt.cells, got, conflict, tt.want, tt.wantConflict)
		}
		var tally Tally
		for _, c := range tt.cells {
			tally.Add(c)
		}
		if got, conflict := tally.Convention(); got != tt.want || conflict != tt.wantConflict {
			t.Errorf("%s: Tally of %q = %v, %v; want %v, %v", tt.name, tt.cells, got, conflict, tt.want, tt.wantConflict)
		}
	}
}

func TestParseAccepted(t *testing.T) {
	tests := []struct {
		in      string
		conv    Convention
		want    float64
		dec     int
		pct     bool
		guessed bool
	}{
		{"4116", Unknown, 4116, 0, false, false},
		{"4.116", Unknown, 4116, 0, false, true},
		{"4.116", DecimalComma, 4116, 0, false, false},
		{"4.116", DecimalPoint, 4.116, 3, false, false},
		{"1,234", Unknown, 1.234, 3, false, true},
		{"1,234", DecimalPoint, 1234, 0, false, false},
		{"4 116", Unknown, 4116, 0, false, false},
		{"4\u00a0116", DecimalComma, 4116, 0, false, false},
		{"4\u202f116", DecimalPoint, 4116, 0, false, false},
		{"1 234 567,25", Unknown, 1234567.25, 2, false, false},
		{"94,5", Unknown, 94.5, 1, false, false},
		{"94,5", DecimalComma, 94.5, 1, false, false},
		{"94,5%", Unknown, 94.5, 1, true, false},
		{"94,5 %", DecimalComma, 94.5, 1, true, false},
		{" 94,5\u00a0% ", DecimalComma, 94.5, 1, true, false},
		{"94.5", Unknown, 94.5, 1, false, false},
		{"94.5", DecimalPoint, 94.5, 1, false, false},
		{"-3", Unknown, -3, 0, false, false},
		{"+3", Unknown, 3, 0, false, false},
		{"−3,5", DecimalComma, -3.5, 1, false, false},
		{"1.234.567", Unknown, 1234567, 0, false, false},
		{"1.234.567", DecimalComma, 1234567, 0, false, false},
		{"1.234,5", Unknown, 1234.5, 1, false, false},
		{"1,234.5", Unknown, 1234.5, 1, false, false},
		{"1,234.5", DecimalPoint, 1234.5, 1, false, false},
		{"0,38", Unknown, 0.38, 2, false, false},
		{",5", DecimalComma, 0.5, 1, false, false},
		{"0", Unknown, 0, 0, false, false},
		{"007", Unknown, 7, 0, false, false},
		{"12,340", DecimalComma, 12.34, 3, false, false},
		{"  12  ", DecimalComma, 12, 0, false, false},
		{"0," + strings.Repeat("0", 400) + "1", DecimalComma, 0, 401, false, false},
	}
	for _, tt := range tests {
		n, guessed, err := Parse(tt.in, tt.conv)
		if err != nil {
			t.Errorf("Parse(%q, %v) error: %s", tt.in, tt.conv, err.What.EN)
			continue
		}
		if n.Value != tt.want || n.Decimals != tt.dec || n.Percent != tt.pct || guessed != tt.guessed {
			t.Errorf("Parse(%q, %v) = %+v guessed=%v; want {%v %d %v} guessed=%v", tt.in, tt.conv, n, guessed, tt.want, tt.dec, tt.pct, tt.guessed)
		}
	}
}

func TestParseRejected(t *testing.T) {
	tests := []struct {
		in      string
		conv    Convention
		code    string
		fixHas  string // substring of the Vietnamese fix
		whatHas string // substring of the Vietnamese explanation
	}{
		{"", Unknown, CodeEmpty, "", "trống"},
		{"   ", DecimalComma, CodeEmpty, "", "trống"},
		{"abc", Unknown, CodeInvalid, "bỏ chữ", "không phải là một số"},
		{"NaN", Unknown, CodeInvalid, "", "không phải là một số"},
		{"Inf", DecimalComma, CodeInvalid, "", "không phải là một số"},
		{"-Inf", DecimalComma, CodeInvalid, "", "không phải là một số"},
		{"1e5", Unknown, CodeInvalid, "Format Cells", "khoa học"},
		{"1,5E+05", DecimalComma, CodeInvalid, "Format Cells", "khoa học"},
		{"1,2,3", Unknown, CodeInvalid, "", "nhiều hơn một dấu phẩy"},
		{"1.2.3", DecimalPoint, CodeInvalid, "", "nhiều hơn một dấu chấm"},
		{"1.23.4", Unknown, CodeGroup, "", "đúng 3 chữ số"},
		{"12.34", DecimalComma, CodeGroup, "12,34", "đúng 3 chữ số"},
		{"0.123", DecimalComma, CodeGroup, "0,123", "đúng 3 chữ số"},
		{"94,5", DecimalPoint, CodeGroup, "94.5", "đúng 3 chữ số"},
		{"1,234.5", DecimalComma, CodeInvalid, "1.234,5", "dấu ngăn cách hàng nghìn nằm sau"},
		{"1234.567", DecimalComma, CodeGroup, "", "đúng 3 chữ số"},
		{"1.234 567", DecimalComma, CodeGroup, "", "đúng 3 chữ số"},
		{"1  234", DecimalComma, CodeGroup, "", "đúng 3 chữ số"},
		{"5,", DecimalComma, CodeInvalid, "", "không có chữ số nào"},
		{"%", Unknown, CodeInvalid, "", "không phải là một số"},
		{"-", Unknown, CodeInvalid, "", "không phải là một số"},
		{"- 3", Unknown, CodeInvalid, "", "không phải là một số"},
		{"94,5%%", Unknown, CodeInvalid, "", "không phải là một số"},
		{"12 tỷ", Unknown, CodeInvalid, "đơn vị", "không phải là một số"},
		{"１２", Unknown, CodeInvalid, "", "không phải là một số"},
		{"1" + strings.Repeat("0", 400), Unknown, CodeTooLarge, "đơn vị lớn hơn", "quá lớn"},
		{"#DIV/0!", Unknown, CodeFormula, "sửa công thức", "“#DIV/0!”: công thức của ô"},
		{" #N/A ", DecimalComma, CodeFormula, "gõ thẳng số liệu", "“#N/A”"},
		{"#VALUE!", Unknown, CodeFormula, "", "công thức"},
		{"#REF!", Unknown, CodeFormula, "", "công thức"},
		{"#NAME?", Unknown, CodeFormula, "", "công thức"},
		{"#NUM!", DecimalPoint, CodeFormula, "", "công thức"},
		{"#NULL!", Unknown, CodeFormula, "", "công thức"},
		{"#SPILL!", Unknown, CodeFormula, "", "công thức"},
		{"#div/0!", Unknown, CodeFormula, "", "công thức"},
		{"Err:502", Unknown, CodeFormula, "", "công thức"},
		{"#####", Unknown, CodeNarrow, "kéo rộng cột", "quá hẹp"},
		{"#", Unknown, CodeNarrow, "kéo rộng cột", "quá hẹp"},
		{"#1", Unknown, CodeInvalid, "", "không phải là một số"},
		{"2023-05-01", Unknown, CodeDate, "Format Cells", "ngày tháng"},
		{"2023-05-01 00:00:00", Unknown, CodeDate, "Format Cells", "ngày tháng"},
		{"15/03/2023", DecimalComma, CodeDate, "Format Cells", "ngày tháng"},
		{"3-15-23", Unknown, CodeDate, "Format Cells", "ngày tháng"},
		{"1-May", Unknown, CodeDate, "Format Cells", "ngày tháng"},
		{"May-23", Unknown, CodeDate, "Format Cells", "ngày tháng"},
		{"1/5", Unknown, CodeInvalid, "", "không phải là một số"},
	}
	for _, tt := range tests {
		n, _, err := Parse(tt.in, tt.conv)
		if err == nil {
			t.Errorf("Parse(%q, %v) = %+v, want error %s", tt.in, tt.conv, n, tt.code)
			continue
		}
		if err.Code != tt.code {
			t.Errorf("Parse(%q, %v) code %q, want %q", tt.in, tt.conv, err.Code, tt.code)
		}
		if !strings.Contains(err.What.VI, tt.whatHas) || !strings.Contains(err.Fix.VI, tt.fixHas) {
			t.Errorf("Parse(%q, %v) message %q / fix %q; want %q / %q", tt.in, tt.conv, err.What.VI, err.Fix.VI, tt.whatHas, tt.fixHas)
		}
		if err.What.EN == "" || err.Expected.VI == "" || err.Expected.EN == "" || err.Fix.EN == "" && tt.code != CodeEmpty {
			t.Errorf("Parse(%q): incomplete message %+v", tt.in, err)
		}
		if n != (Number{}) {
			t.Errorf("Parse(%q) returned %+v with an error", tt.in, n)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		conv Convention
		want string
	}{
		{4116.5, 1, DecimalComma, "4.116,5"},
		{4116.5, 1, DecimalPoint, "4,116.5"},
		{1234567, 0, Unknown, "1.234.567"},
		{-1234.25, 2, DecimalComma, "-1.234,25"},
		{12, 0, DecimalComma, "12"},
		{0.38, 2, DecimalComma, "0,38"},
		{math.NaN(), 0, DecimalComma, ""},
	}
	for _, tt := range tests {
		got := Format(tt.v, tt.dec, tt.conv)
		if got != tt.want {
			t.Errorf("Format(%v, %d, %v) = %q, want %q", tt.v, tt.dec, tt.conv, got, tt.want)
			continue
		}
		if got == "" {
			continue
		}
		n, _, err := Parse(got, tt.conv)
		if err != nil || n.Value != tt.v || n.Decimals != tt.dec {
			t.Errorf("Parse(Format(%v)) = %+v, %v", tt.v, n, err)
		}
	}
}
