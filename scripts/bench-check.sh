#!/usr/bin/env bash
# Benchmark of `chitieu check` on one large export (issue 9: a 200 MB
# export checked in ≤ 30 s and ≤ 1,5 GB): internal/synth writes N
# indicators × 10 years × a total and P parts, half in a long file, half in
# a wide one; by default N = 12.000 and P = 60, 203 MB and 7,3 million
# figures (so-lieu-doc.csv 3,7 million rows). It prints the size, then wall
# time, CPU time and peak RSS from /usr/bin/time (apt-get install -y time).
#
#   scripts/bench-check.sh                       # 203 MB, 1 run
#   scripts/bench-check.sh -n 1000 -runs 3       # 17 MB, 3 runs
#   CHITIEU=/tmp/old/chitieu scripts/bench-check.sh   # another build of chitieu
set -euo pipefail
cd "$(dirname "$0")/.."

n=12000
parts=60
runs=1
while [ $# -gt 0 ]; do
	case "$1" in
	-n) n="$2"; shift ;;
	-parts) parts="$2"; shift ;;
	-runs) runs="$2"; shift ;;
	*) echo "usage: $0 [-n 12000] [-parts 60] [-runs 1]" >&2; exit 2 ;;
	esac
	shift
done
[ -x /usr/bin/time ] || { echo "bench-check: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chitieu-bench-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bin=${CHITIEU:-}
if [ -z "$bin" ]; then
	go build -o "$tmp/chitieu" ./cmd/chitieu
	bin="$tmp/chitieu"
fi
go build -o "$tmp/synth" ./scripts/synth
"$tmp/synth" -n "$n" -parts "$parts" -out "$tmp/gen"
# An empty site: the data alone is checked (the repository's report cites
# its own indicators).
mkdir -p "$tmp/site"

printf '%s\n' "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3)"
printf 'export: %s MB, %s rows (%s)\n' "$(du -sm "$tmp/gen" | cut -f1)" "$(cat "$tmp/gen"/*.csv | wc -l)" "N=$n, $parts parts"
printf '%-6s %-8s %-8s %-8s %-6s %-10s\n' run wall_s user_s sys_s cpu peak_MiB
for i in $(seq "$runs"); do
	/usr/bin/time -f '%e %U %S %P %M' -o "$tmp/t" "$bin" check -src "$tmp/gen" -site "$tmp/site" >"$tmp/log" 2>&1 ||
		{ tail -20 "$tmp/log" >&2; exit 1; }
	read -r e u s p m <"$tmp/t"
	awk -v i="$i" -v e="$e" -v u="$u" -v s="$s" -v p="$p" -v m="$m" 'BEGIN {
		printf "%-6s %-8.1f %-8.1f %-8.1f %-6s %-10.0f\n", i, e, u, s, p, m/1024 }'
done
