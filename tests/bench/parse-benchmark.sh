#!/usr/bin/env bash
# Times `tidings parse` (Release build) against Python's feedparser on one generated 50 MB RSS 2.0
# document with 50,000 HTML items, in the same run, and prints MB/s, the ratio and peak memory.
# Not a test: run it by hand. Usage: tests/bench/parse-benchmark.sh [--mb 50] [--items 50000]
#   BUILD_DIR   Release build directory (default: build-bench at the repository root)
#   KEEP=1      keep the generated document
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared="$repo/../shared"
build="${BUILD_DIR:-$repo/build-bench}"
mb=50
items=50000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --mb) mb=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        *) echo "usage: $0 [--mb N] [--items N]" >&2; exit 2 ;;
    esac
done

[[ -f "$shared/feedfarm.py" ]] || { echo "feedfarm.py not found in $shared" >&2; exit 1; }
if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time" >&2
    apt-get install -y time >/dev/null
fi
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || {
    echo "Debian's python3-feedparser is needed: apt-get install -y python3-feedparser" >&2
    exit 1
}

echo "== building tidings (Release) in $build"
# A new folder is set up without tests (faster); an existing one keeps its options, so that a
# shared benchmark build keeps its C++ benchmarks.
if [ -f "$build/CMakeCache.txt" ]; then
    cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
else
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDINGS_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$build" tidings >/dev/null
tidings="$build/app/tidings"

work=$(mktemp -d)
trap '[[ "${KEEP:-0}" == 1 ]] || rm -rf "$work"' EXIT
doc="$work/big.xml"
echo "== generating a ${mb} MB RSS 2.0 document with $items items"
/usr/bin/python3 "$shared/feedfarm.py" --big-feed "$doc" --big-mb "$mb" --big-items "$items" >/dev/null
bytes=$(stat -c %s "$doc")
max_mib=$(( bytes / 1048576 + 16 ))

# Runs a command under GNU time; prints "seconds peak_kb".
measure() {
    local log="$work/time.log"
    /usr/bin/time -v -o "$log" "$@" >/dev/null
    local wall peak
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                                                   for (i = 1; i <= n; i++) s = s * 60 + p[i];
                                                   print s }' "$log")
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    echo "$wall $peak"
}

echo "== tidings parse (JSON to /dev/null, sanitizing included)"
"$tidings" parse --max-size "$max_mib" "$doc" >/dev/null # warm the page cache
read -r t_wall t_peak < <(measure "$tidings" parse --max-size "$max_mib" "$doc")
items_out=$("$tidings" parse --max-size "$max_mib" "$doc" | /usr/bin/python3 -c \
    'import json, sys; print(len(json.load(sys.stdin)["items"]))')

echo "== Python feedparser $(/usr/bin/python3 -c 'import feedparser; print(feedparser.__version__)')"
read -r f_wall f_peak < <(measure /usr/bin/python3 -c \
    'import sys, feedparser; d = feedparser.parse(sys.argv[1]); print(len(d.entries))' "$doc")

/usr/bin/python3 - "$bytes" "$t_wall" "$t_peak" "$f_wall" "$f_peak" "$items_out" <<'PY'
import sys
size, t_wall, t_peak, f_wall, f_peak, items = (float(v) for v in sys.argv[1:])
mb = size / 1e6
print()
print(f"document      {mb:8.1f} MB, {int(items)} items parsed by tidings")
print(f"tidings       {t_wall:8.2f} s  {mb / t_wall:7.1f} MB/s  peak {t_peak / 1024:7.0f} MiB"
      f"  ({t_peak * 1024 / size:.2f}x the document)")
print(f"feedparser    {f_wall:8.2f} s  {mb / f_wall:7.1f} MB/s  peak {f_peak / 1024:7.0f} MiB")
print(f"ratio         {f_wall / t_wall:8.1f}x faster than feedparser")
print("targets       >= 25 MB/s, >= 10x feedparser, peak <= 4x the document")
PY
