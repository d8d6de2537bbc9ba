package browsertest

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The payloads an export could carry: HTML that ends a script element, an
// element with an event handler, and go-echarts' marker for raw JavaScript
// functions.
var xssPayloads = []string{
	`</script><script>window.__xss=1</script>`,
	`<img src=x onerror="window.__xss=1">`,
	`__f__window.__xss=1__f__`,
}

const xssID = "thu-chen-ma"

func xssText(label string) string {
	return label + " " + strings.Join(xssPayloads, " ")
}

var (
	xssOnce sync.Once
	xssSite *servedSite
	xssErr  error
)

// xssServed builds (once) a site from a copy of du-lieu/ with an indicator
// whose title, group, unit, source, notes, series names and target wording
// carry the payloads.
func xssServed(t *testing.T) *servedSite {
	t.Helper()
	xssOnce.Do(func() {
		src := filepath.Join(tmpRoot, "du-lieu-xss")
		if xssErr = os.CopyFS(src, os.DirFS(repoData)); xssErr != nil {
			return
		}
		seriesA, seriesB := xssText("Chuỗi A"), xssText("Chuỗi B")
		rows := map[string][][]string{
			"chi-tieu.csv": {{xssID, xssText("Tên"), xssText("Nhóm"), xssText("người"), "", "", "", "", xssText("Nguồn"), xssText("Ghi chú")}},
			"muc-tieu.csv": {{xssID, seriesA, "gia_tri", "", ">=", "10", "hằng năm", xssText("Diễn giải")}},
		}
		for file, recs := range rows {
			if xssErr = appendCSV(filepath.Join(src, file), recs); xssErr != nil {
				return
			}
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Write([]string{"ma", "ky", "chuoi", "gia_tri", "ty_le_bao_cao", "ghi_chu"})
		w.Write([]string{xssID, "2021", seriesA, "4116", "", xssText("Ghi chú số liệu")})
		w.Write([]string{xssID, "2022", seriesA, "4241", "", ""})
		w.Write([]string{xssID, "2021", seriesB, "12", "", ""})
		w.Write([]string{xssID, "2022", seriesB, "15", "", ""})
		w.Flush()
		if xssErr = os.WriteFile(filepath.Join(src, "thu-chen-ma.csv"), b.Bytes(), 0o644); xssErr != nil {
			return
		}
		xssSite, xssErr = buildAndServe(src, filepath.Join(tmpRoot, "site-xss"))
	})
	if xssErr != nil {
		t.Fatalf("building the site with the payloads: %v", xssErr)
	}
	return xssSite
}

func appendCSV(path string, recs [][]string) error {
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Write(old)
	if len(old) > 0 && old[len(old)-1] != '\n' {
		b.WriteByte('\n')
	}
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// TestDataCannotInjectScript puts script payloads in every text field of an
// indicator and checks, in the browser, that none runs and that each shows
// as text: on the indicator page, the home page, the list and the embed page.
func TestDataCannotInjectScript(t *testing.T) {
	needBrowser(t)
	s := xssServed(t)
	for _, p := range []string{"/chi-tieu/" + xssID + "/", "/", "/chi-tieu/", "/chi-tieu/" + xssID + "/nhung/"} {
		t.Run(strings.Trim(p, "/"), func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, s, 1280)
			tb.open(p)
			tb.initCharts(0)
			// Hover every chart's first point: the tooltip formats the series names.
			eval[any](tb, `(async () => {
			  document.querySelectorAll('.chart__canvas[id]').forEach(el => {
			    const i = window.echarts && window.echarts.getInstanceByDom(el);
			    if (i) i.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});
			  });
			  await new Promise(r => setTimeout(r, 200));
			  return null;
			})()`)
			if got := eval[string](tb, `typeof window.__xss`); got != "undefined" {
				t.Errorf("%s: a payload ran (typeof window.__xss = %s)", p, got)
			}
			text := eval[string](tb, `document.body.innerText`)
			for _, pl := range xssPayloads {
				if !strings.Contains(text, pl) {
					t.Errorf("%s: the payload %q is not shown as text", p, pl)
				}
			}
			if n := eval[int](tb, `document.querySelectorAll('img[src="x"], script:not([src]):not([type="application/json"])').length`); n != 0 {
				t.Errorf("%s: %d injected element(s) in the DOM", p, n)
			}
			if p == "/chi-tieu/"+xssID+"/" {
				for _, label := range []string{"Tên", "Nhóm", "Nguồn", "Ghi chú", "Chuỗi A", "Chuỗi B", "Diễn giải"} {
					if !strings.Contains(text, xssText(label)) {
						t.Errorf("%s: the field %q with its payloads is not shown whole as text", p, label)
					}
				}
			}
			tb.checkClean(p)
		})
	}
}
