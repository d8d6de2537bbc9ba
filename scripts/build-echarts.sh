#!/usr/bin/env bash
# Build the site's own ECharts into static/vendor/echarts/ (the site loads
# nothing from any other host).
#
#   scripts/build-echarts.sh           rebuild, check against the pins, copy
#   scripts/build-echarts.sh --check   rebuild and check only: the vendored
#                                      files must be byte for byte the build
#   scripts/build-echarts.sh --update  rebuild and (re)write the pins
#
# scripts/echarts-bundle/ holds the recipe: package.json and package-lock.json
# pin echarts, esbuild and terser (exact versions, with the registry's sha512
# integrity, which `npm ci` checks), entry.js lists the charts, components
# and renderers the site uses (ECharts' tree-shaking through echarts/core).
# The build is deterministic: the same lock gives the same bytes, and
# static/vendor/echarts/SHA256SUMS pins them. Any mismatch stops the script
# with a non-zero exit and nothing is copied.
set -euo pipefail

die() { echo "build-echarts: LỖI / ERROR: $*" >&2; exit 1; }

mode=copy
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --update) mode=update ;;
  *) die "usage: $0 [--check|--update]" ;;
esac

for tool in npm node sha256sum; do
  command -v "$tool" >/dev/null || die "missing tool: $tool"
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
recipe="$root/scripts/echarts-bundle"
dest="$root/static/vendor/echarts"
sums="$dest/SHA256SUMS"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$recipe/package.json" "$recipe/package-lock.json" "$recipe/entry.js" "$tmp/"

echo "build-echarts: npm ci (versions and integrity from package-lock.json)"
# --ignore-scripts: nothing from the registry runs here; esbuild finds its
# binary in the @esbuild/<platform> package the lock names.
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --silent) || die "npm ci failed"

version="$(node -p 'require(process.argv[1]).version' "$tmp/node_modules/echarts/package.json")"
esv="$(node -p 'require(process.argv[1]).version' "$tmp/node_modules/esbuild/package.json")"
out="$tmp/out"
mkdir -p "$out"

tv="$(node -p 'require(process.argv[1]).version' "$tmp/node_modules/terser/package.json")"
echo "build-echarts: bundling echarts $version with esbuild $esv, minifying with terser $tv"
# esbuild resolves and tree-shakes (process.env.NODE_ENV is "production", so
# ECharts' development checks and warnings drop out); terser minifies (some
# 4 % smaller gzipped than esbuild's own minifier).
(cd "$tmp" && node_modules/.bin/esbuild entry.js \
  --bundle --format=iife --global-name=echarts \
  --target=es2018 --platform=browser --charset=utf8 \
  --define:process.env.NODE_ENV='"production"' \
  --legal-comments=none --log-level=warning \
  --outfile="$tmp/bundle.js") || die "esbuild failed"
(cd "$tmp" && node_modules/.bin/terser bundle.js \
  --compress passes=2,ecma=2018 --mangle --ecma 2018 --comments false \
  --output "$tmp/min.js") || die "terser failed"
{
  printf '/*! Apache ECharts %s, chitieu'"'"'s build (scripts/echarts-bundle/entry.js: line, bar, pie; grid, tooltip, legend, markLine, title, aria, label layout; canvas and SVG renderers; Vietnamese locale). Apache License 2.0: see LICENSE and NOTICE beside this file; ZRender, d3 parts and tslib: LICENSE-zrender, LICENSE-d3, LICENSE-tslib. */\n' "$version"
  cat "$tmp/min.js"
} >"$out/echarts.min.js"
cp "$tmp/node_modules/echarts/LICENSE" "$tmp/node_modules/echarts/NOTICE" "$out/"
# The build also holds code under other licences: ZRender (BSD 3-Clause),
# the parts of d3 that ECharts embeds (BSD 3-Clause) and tslib (0BSD).
cp "$tmp/node_modules/echarts/licenses/LICENSE-d3" "$out/LICENSE-d3"
cp "$tmp/node_modules/zrender/LICENSE" "$out/LICENSE-zrender"
cp "$tmp/node_modules/tslib/LICENSE.txt" "$out/LICENSE-tslib"
printf '%s\n' "$version" >"$out/VERSION"

files=(echarts.min.js LICENSE LICENSE-d3 LICENSE-tslib LICENSE-zrender NOTICE VERSION)
(cd "$out" && sha256sum "${files[@]}") >"$tmp/sums"

case "$mode" in
  update)
    mkdir -p "$dest"
    cp "$tmp/sums" "$sums"
    echo "build-echarts: pins rewritten in ${sums#"$root"/}"
    ;;
  *)
    [[ -f "$sums" ]] || die "no pin file $sums (run with --update to create it)"
    diff -u "$sums" "$tmp/sums" >&2 || die "the build differs from the pins in ${sums#"$root"/} (a changed recipe needs --update)"
    echo "build-echarts: SHA-256 of the build matches the pins"
    ;;
esac

if [[ "$mode" == check ]]; then
  (cd "$dest" && sha256sum --quiet -c SHA256SUMS) || die "static/vendor/echarts differs from its pins: run $0"
  echo "build-echarts: static/vendor/echarts is the build, byte for byte"
  exit 0
fi

mkdir -p "$dest"
rm -f "$dest/echarts.common.min.js" "$dest/langVI.js"
for f in "${files[@]}"; do cp "$out/$f" "$dest/$f"; done
echo "build-echarts: echarts $version (chitieu's build, $(wc -c <"$dest/echarts.min.js") bytes) copied into ${dest#"$root"/}"
