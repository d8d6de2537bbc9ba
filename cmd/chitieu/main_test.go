package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "chi-tieu.csv"), []byte("ma,ten,don_vi\nvi-du,Ví dụ,người\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "so-lieu.csv"), []byte("ma,ky,chuoi,gia_tri\nvi-du,2021,,12a\n"), 0o644)
	pub := filepath.Join(t.TempDir(), "public")
	mine := filepath.Join(t.TempDir(), "mine")
	os.Mkdir(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "important.txt"), []byte("x"), 0o644)
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring
		stderr   string // substring
		noStdout bool
	}{
		{name: "help", args: []string{"-h"}, code: 0, stderr: "-base-url"},
		{name: "check help", args: []string{"check", "-h"}, code: 0, stderr: "thư mục chứa các tệp CSV"},
		{name: "unknown command", args: []string{"publish"}, code: 2, stderr: "không có lệnh \"publish\""},
		{name: "bad flag", args: []string{"-nope"}, code: 2},
		{name: "bad format", args: []string{"check", "-format", "xml"}, code: 2, stderr: "-format"},
		{name: "check ok with warnings", args: []string{"check", "-src", "../../du-lieu"}, code: 0, stdout: "46 nội dung số liệu, 12 cảnh báo, không có lỗi", stderr: "CẢNH BÁO"},
		{name: "strict makes warnings fail", args: []string{"check", "-strict", "-src", "../../du-lieu"}, code: 1},
		{name: "check errors", args: []string{"check", "-src", bad}, code: 1, stderr: "so-lieu.csv:2:4: LỖI"},
		{name: "check errors in English", args: []string{"check", "-lang", "en", "-src", bad}, code: 1, stderr: "ERROR"},
		{name: "missing folder", args: []string{"check", "-src", filepath.Join(bad, "khong-co")}, code: 1, stderr: "Không tìm thấy thư mục dữ liệu"},
		{name: "help names -ngay and -truoc", args: []string{"-h"}, code: 0, stderr: "-truoc"},
		{name: "bad date", args: []string{"build", "-ngay", "30/02/2026", "-src", bad, "-out", filepath.Join(bad, "public")}, code: 2, stderr: "-ngay phải là một ngày"},
		{name: "bad date in English", args: []string{"build", "-lang", "en", "-ngay", "hôm nay", "-src", bad, "-out", filepath.Join(bad, "public")}, code: 2, stderr: "-ngay must be a date"},
		{name: "build refuses bad data", args: []string{"build", "-src", bad, "-site", "../..", "-out", pub}, code: 1, stderr: "trang web cũ"},
		{name: "build refuses an empty -out", args: []string{"build", "-src", "../../du-lieu", "-site", "../..", "-out", ""}, code: 1, stderr: "-out: LỖI: Tùy chọn -out để trống"},
		{name: "build refuses -out = -src", args: []string{"build", "-src", "../../du-lieu", "-site", "../..", "-out", "../../du-lieu"}, code: 1, stderr: "“../../du-lieu” chính là thư mục dữ liệu"},
		{name: "build refuses a folder of files", args: []string{"build", "-src", "../../du-lieu", "-site", "../..", "-out", mine}, code: 1, stderr: "được giữ nguyên, không có gì bị thay đổi"},
		{name: "build refuses in English", args: []string{"build", "-lang", "en", "-src", "../../du-lieu", "-site", "../..", "-out", mine}, code: 1, stderr: "has files but is not a site published by chitieu"},
		{name: "English says untouched", args: []string{"build", "-lang", "en", "-src", "../../du-lieu", "-site", "../..", "-out", "/"}, code: 1, stderr: "left untouched"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out.String(), errb.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out.String())
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errb.String())
			}
		})
	}
	if _, err := os.Stat(pub); err == nil {
		t.Error("a refused build created the output folder")
	}
	if entries, _ := os.ReadDir(mine); len(entries) != 1 {
		t.Errorf("a refused build changed a folder of the user's: %v", entries)
	}
	if entries, _ := os.ReadDir(filepath.Dir(mine)); len(entries) != 1 {
		t.Errorf("a refused build left something beside the folder: %v", entries)
	}
}

func TestCheckJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"check", "-format", "json", "-src", "../../du-lieu"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Errors, Warnings int
		Diagnostics      []struct {
			Severity, File, Code, Message, Fix string
			Line, Col                          int
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if got.Errors != 0 || got.Warnings != len(got.Diagnostics) || got.Warnings == 0 {
		t.Errorf("errors %d, warnings %d, diagnostics %d", got.Errors, got.Warnings, len(got.Diagnostics))
	}
	for _, d := range got.Diagnostics {
		if d.Severity != "warning" || d.File == "" || d.Line == 0 || d.Code == "" || d.Message == "" {
			t.Errorf("incomplete diagnostic %+v", d)
		}
	}
}

func TestBadSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "27/11/2026")
	var out, errb bytes.Buffer
	if code := run([]string{"build", "-out", filepath.Join(t.TempDir(), "public")}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "SOURCE_DATE_EPOCH") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	// -ngay wins over the environment.
	errb.Reset()
	if code := run([]string{"build", "-ngay", "2026-11-27", "-src", t.TempDir(), "-out", filepath.Join(t.TempDir(), "public")}, &out, &errb); code != 1 {
		t.Errorf("with -ngay: exit %d, want 1 (empty data), stderr %q", code, errb.String())
	}
}
