package browsertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// vnuJar finds the W3C Nu checker: CHITIEU_VNU_JAR, else where .ci/run installs it.
func vnuJar() (string, error) {
	if p := os.Getenv("CHITIEU_VNU_JAR"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHITIEU_VNU_JAR=%s: %w", p, err)
		}
		return p, nil
	}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, ".cache")
	}
	p := filepath.Join(cache, "chitieu-npm", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("no vnu.jar: set CHITIEU_VNU_JAR, or run npm install --prefix %s vnu-jar@26.9.27 (as .ci/run does)", filepath.Join(cache, "chitieu-npm"))
	}
	return p, nil
}

// TestHTMLIsValid runs the W3C Nu HTML checker, in one JVM, on every HTML
// page of the site and of the site built with script payloads in its data.
func TestHTMLIsValid(t *testing.T) {
	needSite(t)
	jar, err := vnuJar()
	if err == nil {
		_, err = exec.LookPath("java")
	}
	if err != nil {
		if onCI() {
			t.Fatalf("CI=true and the HTML check cannot run: %v", err)
		}
		t.Skipf("skipping the HTML check: %v (on CI, with CI=true, this is a failure)", err)
	}
	xss := xssServed(t)
	// A page the checker must reject: proof that it ran and reports errors.
	canary := filepath.Join(t.TempDir(), "canary.html")
	if err := os.WriteFile(canary, []byte(`<!doctype html><html lang="vi"><head><title>x</title></head><body><span><div>x</div></span></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("java", "-Xss4m", "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", canary, mainSite.dir, xss.dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var report struct {
		Messages []struct {
			Type    string `json:"type"`
			SubType string `json:"subType"`
			URL     string `json:"url"`
			Line    int    `json:"lastLine"`
			Column  int    `json:"firstColumn"`
			Message string `json:"message"`
			Extract string `json:"extract"`
		} `json:"messages"`
	}
	out := stderr.Bytes()
	if len(bytes.TrimSpace(out)) == 0 {
		out = stdout.Bytes()
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("vnu: %v (exit: %v); output:\n%s\n%s", err, runErr, stdout.String(), stderr.String())
	}
	var errs []string
	sawCanary := false
	for _, m := range report.Messages {
		if strings.HasSuffix(m.URL, "/canary.html") {
			sawCanary = sawCanary || m.Type == "error"
			continue
		}
		if m.Type == "error" || m.SubType == "fatal" || m.Type == "non-document-error" {
			u := strings.TrimPrefix(m.URL, "file:")
			for _, d := range []string{mainSite.dir, xss.dir} {
				if rel, err := filepath.Rel(d, u); err == nil && !strings.HasPrefix(rel, "..") {
					u = filepath.Base(d) + "/" + rel
				}
			}
			errs = append(errs, fmt.Sprintf("%s:%d:%d: %s\n      %q", u, m.Line, m.Column, m.Message, m.Extract))
		}
	}
	if !sawCanary {
		t.Errorf("the Nu checker did not report the invalid canary page: is it checking anything?\n%s", out)
	}
	if len(errs) > 0 {
		t.Errorf("the Nu checker found %d error(s):\n  %s", len(errs), strings.Join(errs, "\n  "))
	} else if runErr != nil && !sawCanary {
		t.Errorf("vnu failed with no error message: %v\n%s", runErr, stderr.String())
	}
}
