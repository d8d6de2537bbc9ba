#!/usr/bin/env bash
# Lighthouse (mobile) on a built site served WITHOUT compression, as many
# portal and intranet servers serve it (issue 9: performance ≥ 95,
# accessibility, best practices and SEO 100). It builds the repository's
# site, serves it with Python's http.server (no gzip), and prints the four
# scores, LCP, TBT and the bytes of each page.
#
#   scripts/lighthouse.sh                                  # home, two indicator pages, a report page
#   scripts/lighthouse.sh / /chi-tieu/khen-thuong/         # the pages you name
#
# Needs chromium, python3 and npm (Lighthouse 12 is installed from the npm
# registry into a cache folder the first time).
set -euo pipefail
cd "$(dirname "$0")/.."

pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /chi-tieu/xep-loai-dang-vien/ /chi-tieu/khen-thuong/ /bao-cao/so-ket-giua-nhiem-ky/phan-thu-nhat-ii/)
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chrome" ] || { echo "lighthouse.sh: chromium is missing" >&2; exit 1; }

cache="${XDG_CACHE_HOME:-$HOME/.cache}/chitieu-lighthouse"
if [ ! -x "$cache/node_modules/.bin/lighthouse" ]; then
	mkdir -p "$cache"
	echo "installing lighthouse@12 into $cache…" >&2
	npm install --prefix "$cache" --no-audit --no-fund lighthouse@12 >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chitieu-lighthouse.XXXXXX")
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
go run ./cmd/chitieu -out "$tmp/public" -ngay 2026-11-30 >&2
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/public" >/dev/null 2>&1 &
server=$!
sleep 1

printf '%-50s %5s %5s %5s %5s %8s %8s %10s\n' page perf a11y bp seo LCP TBT bytes
for p in "${pages[@]}"; do
	CHROME_PATH="$chrome" "$cache/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$p" --quiet \
		--chrome-flags="--headless --no-sandbox" --form-factor=mobile \
		--output=json --output-path="$tmp/r.json" >/dev/null 2>&1 || { echo "$p: lighthouse failed" >&2; continue; }
	python3 - "$p" "$tmp/r.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[2]))
c, a = r["categories"], r["audits"]
s = lambda k: round(c[k]["score"] * 100)
print("%-50s %5d %5d %5d %5d %8s %8s %10s" % (sys.argv[1], s("performance"), s("accessibility"), s("best-practices"), s("seo"),
      a["largest-contentful-paint"]["displayValue"], a["total-blocking-time"]["displayValue"],
      "%d KiB" % round(a["total-byte-weight"]["numericValue"] / 1024)))
EOF
done
