#!/usr/bin/env bash
# Issue 20's ingest figures in one run: the FTS5 floor (fts5-floor.py: SQLite indexing the text
# alone), then ingest-benchmark storing the same number of articles while the search index is
# written by its own thread, then the floor again; the ratios use the mean of the two floors.
# Targets: articles visible within 10 s for 100,000; the index complete within 1.2x the floor.
# The floor is FTS5 as it comes; a second floor with the merge setting Tidings gives its index
# (automerge=8, searchindexfile.cpp) shows how much of the gain is FTS5's own.
#   tests/bench/ingest-vs-floor.sh [ARTICLES]        (default 100000; BUILD as in the README)
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
BUILD=${BUILD:-build-bench}
BENCH="$BUILD/tests/bench/ingest-benchmark"
[ -x "$BENCH" ] || { echo "build $BENCH first (-DTIDINGS_BENCHMARKS=ON)" >&2; exit 1; }

floor() { python3 tests/bench/fts5-floor.py --articles "$ARTICLES" "$@" | sed -n 's/.* in \([0-9.]*\) s .*/\1/p'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
first=$(floor)
first_merging=$(floor --config automerge=8)
report=$("$BENCH" --articles "$ARTICLES" --searches 50)
second_merging=$(floor --config automerge=8)
second=$(floor)
echo "$report"
visible=$(sed -n 's/^articles visible *\([0-9.]*\) s.*/\1/p' <<<"$report")
indexed=$(sed -n 's/^search index done *\([0-9.]*\) s.*/\1/p' <<<"$report")
python3 - "$first" "$second" "$first_merging" "$second_merging" "$visible" "$indexed" <<'PY'
import sys
first, second, first_merging, second_merging, visible, indexed = map(float, sys.argv[1:])
floor = (first + second) / 2
merging = (first_merging + second_merging) / 2
print(f"FTS5 floor           {first:.2f} s before, {second:.2f} s after (mean {floor:.2f} s)")
print(f"  with automerge=8   {first_merging:.2f} s before, {second_merging:.2f} s after (mean {merging:.2f} s)")
print(f"articles visible     {visible:.2f} s = {visible / floor:.2f}x the floor (target: within 10 s)")
print(f"search index done    {indexed:.2f} s = {indexed / floor:.2f}x the floor (target: 1.2x),"
      f" {indexed / merging:.2f}x the floor with automerge=8")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
