#!/usr/bin/env bash
# Vendor Apache ECharts into static/vendor/echarts/ (the site loads nothing
# from any other host).
#
#   scripts/fetch-echarts.sh VERSION            fetch, verify, copy
#   scripts/fetch-echarts.sh --update VERSION   same, but (re)write the SHA-256 pin
#
# The tarball comes from the npm registry through `npm pack` and is checked
# twice: against the registry's own dist.integrity (sha512, SRI form) and
# against the SHA-256 pinned in static/vendor/echarts/SHA256SUMS.
# Any mismatch stops the script with a non-zero exit and nothing is copied.
set -euo pipefail

die() { echo "fetch-echarts: LỖI / ERROR: $*" >&2; exit 1; }

update=0
if [[ "${1:-}" == "--update" ]]; then update=1; shift; fi
version="${1:-}"
[[ -n "$version" ]] || die "usage: $0 [--update] VERSION (e.g. 6.1.0)"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "VERSION must be an exact stable version like 6.1.0, got '$version'"

for tool in npm sha256sum base64 tar awk; do
  command -v "$tool" >/dev/null || die "missing tool: $tool"
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/static/vendor/echarts"
sums="$dest/SHA256SUMS"
tarball="echarts-$version.tgz"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "fetch-echarts: packing echarts@$version"
(cd "$tmp" && npm pack "echarts@$version" --silent >/dev/null) || die "npm pack echarts@$version failed"
[[ -f "$tmp/$tarball" ]] || die "npm pack did not produce $tarball"

# 1. Registry integrity (sha512-<base64>).
want_sri="$(npm view "echarts@$version" dist.integrity)"
[[ "$want_sri" == sha512-* ]] || die "unexpected dist.integrity from registry: '$want_sri'"
if command -v openssl >/dev/null; then
  got_sri="sha512-$(openssl dgst -sha512 -binary "$tmp/$tarball" | base64 -w0)"
elif command -v xxd >/dev/null; then
  got_sri="sha512-$(sha512sum "$tmp/$tarball" | cut -d' ' -f1 | xxd -r -p | base64 -w0)"
else
  die "need openssl or xxd to compute the sha512 integrity"
fi
[[ "$got_sri" == "$want_sri" ]] || die "integrity mismatch for $tarball: registry says $want_sri, tarball is $got_sri"
echo "fetch-echarts: registry integrity OK ($want_sri)"

# 2. Pinned SHA-256.
got_sha="$(sha256sum "$tmp/$tarball" | cut -d' ' -f1)"
if (( update )); then
  mkdir -p "$dest"
  printf '%s  %s\n' "$got_sha" "$tarball" >"$sums"
  echo "fetch-echarts: pin rewritten: $got_sha  $tarball"
else
  [[ -f "$sums" ]] || die "no pin file $sums (run with --update to create it)"
  want_sha="$(awk -v f="$tarball" '$2 == f { print $1 }' "$sums")"
  [[ -n "$want_sha" ]] || die "no pin for $tarball in $sums (pinned: $(awk '{print $2}' "$sums" | tr '\n' ' ')); run with --update to change version"
  [[ "$got_sha" == "$want_sha" ]] || die "SHA-256 mismatch for $tarball: pinned $want_sha, got $got_sha"
  echo "fetch-echarts: pinned SHA-256 OK ($got_sha)"
fi

# 3. Unpack and copy.
tar -xzf "$tmp/$tarball" -C "$tmp"
pkg="$tmp/package"
# The "common" build: line, bar, pie, scatter, the SVG and canvas renderers,
# grid, legend, tooltip, title, markLine, aria (decals), dataset, toolbox:
# everything the site uses, at two thirds of the full build's size.
for f in dist/echarts.common.min.js i18n/langVI.js LICENSE NOTICE; do
  [[ -f "$pkg/$f" ]] || die "$f missing from $tarball"
done
mkdir -p "$dest"
rm -f "$dest/echarts.min.js"
cp "$pkg/dist/echarts.common.min.js" "$pkg/i18n/langVI.js" "$pkg/LICENSE" "$pkg/NOTICE" "$dest/"
printf '%s\n' "$version" >"$dest/VERSION"
echo "fetch-echarts: echarts $version copied into ${dest#"$root"/}"
