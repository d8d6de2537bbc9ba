// Package browsertest holds the real-browser tests of the published site:
// every page of a build is served under a strict Content-Security-Policy and
// visited in headless Chromium (github.com/chromedp/chromedp) to check that it
// loads cleanly, draws its charts with Vietnamese number formats, resists
// script injection from the data, passes axe-core and the W3C Nu checker, and
// exports PNG, SVG and PDF. The tests also write the README's screenshots.
//
// The package has no code outside its tests. Run it with
//
//	go test ./internal/browsertest
//
// It needs Debian's chromium (CHITIEU_CHROMIUM names another binary), and for
// the HTML check Java and the vnu-jar from the npm registry
// (CHITIEU_VNU_JAR; .ci/run installs both), and poppler-utils (pdfinfo,
// pdftotext) for the PDF check. Without them the tests skip, except when
// CI=true, where a missing tool is a failure.
//
// CHITIEU_SCREENSHOTS=dir writes the screenshots to dir (the README's are in
// docs/screenshots):
//
//	CHITIEU_SCREENSHOTS=$PWD/docs/screenshots go test ./internal/browsertest -run Screenshots
package browsertest
