package build

import (
	"path/filepath"
	"testing"
)

// TestEmbedPages: an indicator's embed page is its page's second rendering
// (output format nhung of hugo.toml), published where its embed code
// points, chi-tieu/<id>/nhung/, under the site's sub-path, in both
// languages: its own title ("(nhúng)"), the site's description, noindex,
// no language alternates (search engines are told not to index it), the
// chart, and the link back to the indicator's page. The expected texts are
// written by hand from du-lieu/ and i18n/*.toml.
func TestEmbedPages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, repoData, out, "https://portal.example/so-ket/")
	checkPages(t, out, []pageText{
		{"chi-tieu/khen-thuong/index.html", []string{
			`&lt;iframe src=&#34;https://portal.example/so-ket/chi-tieu/khen-thuong/nhung/&#34; title=&#34;Khen thưởng tổ chức đảng, đảng viên&#34;`,
			`data-nhung-src="/so-ket/chi-tieu/khen-thuong/nhung/"`,
			`<a href="/so-ket/chi-tieu/khen-thuong/nhung/">Xem trước trang nhúng</a>`,
		}, []string{`nhung/index.html`}},
		{"chi-tieu/khen-thuong/nhung/index.html", []string{
			`<html lang="vi">`,
			`<title>Khen thưởng tổ chức đảng, đảng viên (nhúng) · Chỉ tiêu Chương trình hành động số 03-CTr/HU</title>`,
			`<meta name="description" content="Sơ kết giữa nhiệm kỳ thực hiện Chương trình hành động số 03-CTr/HU">`,
			`<meta name="robots" content="noindex">`,
			`<body class="trang trang--nhung">`,
			`<script type="application/json"`,
			`<a href="https://portal.example/so-ket/chi-tieu/khen-thuong/" target="_blank" rel="noopener">Xem số liệu đầy đủ`,
		}, []string{`hreflang`, `class="site-header`, `nhung/index.html`}},
		{"en/chi-tieu/khen-thuong/nhung/index.html", []string{
			`<html lang="en">`,
			`(embed) · Targets of Action Programme No. 03-CTr/HU</title>`,
			`<a href="https://portal.example/so-ket/en/chi-tieu/khen-thuong/" target="_blank" rel="noopener">`,
		}, []string{`hreflang`, `(nhúng)`}},
	})
}
