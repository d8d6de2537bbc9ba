package browsertest

import (
	"net/url"
	"testing"
	"time"
)

// TestDeepLinks: an indicator URL keeps the view: ?chuoi=<series> shows only
// that series, with a way back to all of them; #bang opens on the table.
func TestDeepLinks(t *testing.T) {
	needSite(t)
	tb := newTab(t, mainSite, 1280)
	const page = "/chi-tieu/xep-loai-dang-vien/"
	const selected = `(() => {
	  const o = echarts.getInstanceByDom(document.getElementById('bd-xep-loai-dang-vien')).getOption();
	  return (o.legend && o.legend[0] && o.legend[0].selected) || {};
	})()`

	tb.open(page + "?chuoi=" + url.QueryEscape("Tổng số"))
	tb.initCharts(0)
	sel := eval[map[string]bool](tb, selected)
	if !sel["Tổng số"] || sel["Hoàn thành nhiệm vụ"] || sel["Hoàn thành tốt nhiệm vụ trở lên"] {
		t.Errorf("?chuoi=Tổng số: legend selection %v, want only Tổng số", sel)
	}
	if got := eval[string](tb, `(document.querySelector('#hinh-bd-xep-loai-dang-vien .chart__loc a, .chart__loc a') || {}).href || ''`); got != mainSite.url+page {
		t.Errorf("the “show all” link is %q, want %q", got, mainSite.url+page)
	}

	// A subset is drawn as "Trong đó: …"; the link uses the CSV's name.
	tb.open(page + "?chuoi=" + url.QueryEscape("Hoàn thành xuất sắc nhiệm vụ"))
	tb.initCharts(0)
	sel = eval[map[string]bool](tb, selected)
	if !sel["Trong đó: Hoàn thành xuất sắc nhiệm vụ"] || sel["Tổng số"] {
		t.Errorf("?chuoi=Hoàn thành xuất sắc nhiệm vụ: legend selection %v, want only the subset", sel)
	}

	// A series the chart does not have changes nothing.
	tb.open(page + "?chuoi=" + url.QueryEscape("Không có chuỗi này"))
	tb.initCharts(0)
	for name, on := range eval[map[string]bool](tb, selected) {
		if !on {
			t.Errorf("an unknown ?chuoi hid %q", name)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll('.chart__loc').length`); n != 0 {
		t.Errorf("an unknown ?chuoi shows %d filter notes", n)
	}

	tb.open(page + "#bang")
	time.Sleep(300 * time.Millisecond)
	if got := eval[string](tb, `document.activeElement ? document.activeElement.id : ''`); got != "bang" {
		t.Errorf("#bang: focus is on %q, want the table (bang)", got)
	}
	if top := eval[float64](tb, `document.getElementById('bang').getBoundingClientRect().top`); top < -5 || top > 400 {
		t.Errorf("#bang: the table is at %v px from the top of the window", top)
	}
	tb.checkClean("deep links")
}
