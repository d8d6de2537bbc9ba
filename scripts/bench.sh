#!/usr/bin/env bash
# Benchmark: chitieu build against the floor, the same embedded Hugo
# rendering a minimal site of the same number of pages (scripts/floor), on
# synthetic exports (internal/synth: N indicators × 10 years × 4 series).
#
#   scripts/bench.sh              # N = 100 and 1000, 3 runs each
#   scripts/bench.sh -full        # also N = 10000 (1 run; minutes)
#   scripts/bench.sh -n "100 500" -runs 5
#   scripts/bench.sh -n 10000 -runs 3   # 10000 and more run once unless -runs says
#
# Runs are interleaved (chitieu, floor, chitieu, floor…); each line is the
# median of the runs: wall time (s) and peak RSS (MiB) from /usr/bin/time
# (apt-get install -y time), and chitieu / floor; the CPU time (user + system)
# of both, steadier than wall time on a shared machine; home_KB is chitieu's
# home page gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="100 1000"
runs=3
runs_set=
while [ $# -gt 0 ]; do
	case "$1" in
	-full) sizes="100 1000 10000" ;;
	-n) sizes="$2"; shift ;;
	-runs) runs="$2"; runs_set=1; shift ;;
	*) echo "usage: $0 [-full] [-n \"100 1000\"] [-runs 3]" >&2; exit 2 ;;
	esac
	shift
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chitieu-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "building the binaries…" >&2
go build -o "$tmp/bin/chitieu" ./cmd/chitieu
go build -o "$tmp/bin/synth" ./scripts/synth
go build -o "$tmp/bin/floor" ./scripts/floor

# The repository's site without its report, whose charts cite the
# repository's own indicators (check refuses a citation of a missing one).
mkdir -p "$tmp/site"
for p in hugo.toml layouts assets static i18n data content archetypes; do
	[ -e "$p" ] && cp -r "$p" "$tmp/site/"
done
rm -rf "$tmp/site/content/bao-cao/so-ket-giua-nhiem-ky"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%s\n' "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3)"
printf '%-7s %-6s %-10s %-10s %-8s %-10s %-10s %-8s %-12s %-12s %-8s %-8s\n' N pages chitieu_s floor_s ratio cpu_s floor_cpu ratio chitieu_MiB floor_MiB ratio home_KB
for n in $sizes; do
	r=$runs
	[ "$n" -ge 10000 ] && [ -z "$runs_set" ] && r=1
	"$tmp/bin/synth" -n "$n" -out "$tmp/gen-$n"
	: >"$tmp/c-$n"
	: >"$tmp/f-$n"
	pages=
	for i in $(seq "$r"); do
		rm -rf "$tmp/out"
		/usr/bin/time -f '%e %M %U %S' -o "$tmp/t" "$tmp/bin/chitieu" build -src "$tmp/gen-$n" -out "$tmp/out" -site "$tmp/site" -ngay 2026-01-01 >"$tmp/log" 2>&1 ||
			{ cat "$tmp/log" >&2; exit 1; }
		tail -1 "$tmp/t" >>"$tmp/c-$n"
		# "Đã xuất bản N nội dung số liệu, P trang, …"
		[ -n "$pages" ] || pages=$(grep 'Đã xuất bản' "$tmp/log" | grep -o '[0-9.]\+ trang' | head -1 | tr -d '. trang')
		home=$(gzip -9 -c "$tmp/out/index.html" | wc -c)
		rm -rf "$tmp/out"
		/usr/bin/time -f '%e %M %U %S' -o "$tmp/t" "$tmp/bin/floor" -pages "$pages" -out "$tmp/out" >"$tmp/log" 2>&1 ||
			{ cat "$tmp/log" >&2; exit 1; }
		tail -1 "$tmp/t" >>"$tmp/f-$n"
	done
	rm -rf "$tmp/out" "$tmp/gen-$n"
	cs=$(cut -d' ' -f1 "$tmp/c-$n" | median)
	fs=$(cut -d' ' -f1 "$tmp/f-$n" | median)
	# each run on stderr: the floor's time is mostly the kernel's (creating
	# files), which moves a lot on a shared machine; chitieu's user time is
	# the steadier measure of its own work
	paste -d' ' "$tmp/c-$n" "$tmp/f-$n" | awk -v n="$n" '{
		printf "  N=%s run %d: chitieu %.2f s (user %.1f s, system %.1f s), floor %.2f s (user %.1f s, system %.1f s): %.1f×\n", n, NR, $1, $3, $4, $5, $7, $8, $1/$5 }' >&2
	cm=$(cut -d' ' -f2 "$tmp/c-$n" | median)
	fm=$(cut -d' ' -f2 "$tmp/f-$n" | median)
	cc=$(awk '{print $3+$4}' "$tmp/c-$n" | median)
	fc=$(awk '{print $3+$4}' "$tmp/f-$n" | median)
	awk -v n="$n" -v p="$pages" -v cs="$cs" -v fs="$fs" -v cc="$cc" -v fc="$fc" -v cm="$cm" -v fm="$fm" -v h="$home" 'BEGIN {
		printf "%-7s %-6s %-10.2f %-10.2f %-8.1f %-10.2f %-10.2f %-8.1f %-12.0f %-12.0f %-8.1f %-8.1f\n", n, p, cs, fs, cs/fs, cc, fc, cc/fc, cm/1024, fm/1024, cm/fm, h/1024 }'
done
