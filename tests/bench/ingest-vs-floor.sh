#!/usr/bin/env bash
# Issue 20's ingest figures in one run: the FTS5 floor (fts5-floor.py: SQLite indexing the text
# alone), then ingest-benchmark storing the same number of articles while the search index is
# written by its own thread, then the floor again; the ratios use the mean of the two floors.
# Targets: articles visible within 10 s for 100,000; the index complete within 1.2x the floor.
#   tests/bench/ingest-vs-floor.sh [ARTICLES]        (default 100000; BUILD as in the README)
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
BUILD=${BUILD:-build-bench}
BENCH="$BUILD/tests/bench/ingest-benchmark"
[ -x "$BENCH" ] || { echo "build $BENCH first (-DTIDINGS_BENCHMARKS=ON)" >&2; exit 1; }

floor() { python3 tests/bench/fts5-floor.py --articles "$ARTICLES" | sed -n 's/.* in \([0-9.]*\) s .*/\1/p'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
first=$(floor)
report=$("$BENCH" --articles "$ARTICLES" --searches 50)
second=$(floor)
echo "$report"
visible=$(sed -n 's/^articles visible *\([0-9.]*\) s.*/\1/p' <<<"$report")
indexed=$(sed -n 's/^search index done *\([0-9.]*\) s.*/\1/p' <<<"$report")
python3 - "$first" "$second" "$visible" "$indexed" <<'PY'
import sys
first, second, visible, indexed = map(float, sys.argv[1:])
floor = (first + second) / 2
print(f"FTS5 floor           {first:.2f} s before, {second:.2f} s after (mean {floor:.2f} s)")
print(f"articles visible     {visible:.2f} s = {visible / floor:.2f}x the floor (target: within 10 s)")
print(f"search index done    {indexed:.2f} s = {indexed / floor:.2f}x the floor (target: 1.2x)")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
