#!/usr/bin/env bash
# Issue 20's ingest figures: the FTS5 floor (fts5-floor.py: SQLite indexing the text alone), then
# ingest-benchmark storing the same number of articles while the search index is written by its
# own thread, then the floor again; each run's ratios use the mean of the floors either side.
# Targets: articles visible within 10 s for 100,000; the index complete within 1.2x the floor.
# The floor is FTS5 as it comes; a second floor with the settings Tidings gives a new index
# (automerge=8, 4,000-byte leaves in 16 KB pages: searchindexfile.cpp) shows how much of the
# gain is FTS5's own.
# On a shared machine one floor can take twice another minutes apart: with ROUNDS above 1 the
# runs alternate with floors and the median ratio is the figure.
#   [ROUNDS=n] tests/bench/ingest-vs-floor.sh [ARTICLES]   (default 100000; BUILD as in the README)
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
ROUNDS=${ROUNDS:-1}
BUILD=${BUILD:-build-bench}
BENCH="$BUILD/tests/bench/ingest-benchmark"
[ -x "$BENCH" ] || { echo "build $BENCH first (-DTIDINGS_BENCHMARKS=ON)" >&2; exit 1; }

floor() { python3 tests/bench/fts5-floor.py --articles "$ARTICLES" "$@" | sed -n 's/.* in \([0-9.]*\) s .*/\1/p'; }
measure_floors() {
    floors+=("$(floor)")
    tuned+=("$(floor --config automerge=8 --config pgsz=4000 --page-size 16384)")
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
floors=() tuned=() visible=() indexed=()
measure_floors
for round in $(seq "$ROUNDS"); do
    report=$("$BENCH" --articles "$ARTICLES" --searches 50)
    [ "$ROUNDS" -gt 1 ] && echo "== run $round"
    echo "$report"
    visible+=("$(sed -n 's/^articles visible *\([0-9.]*\) s.*/\1/p' <<<"$report")")
    indexed+=("$(sed -n 's/^search index done *\([0-9.]*\) s.*/\1/p' <<<"$report")")
    measure_floors
done
python3 - "${floors[*]}" "${tuned[*]}" "${visible[*]}" "${indexed[*]}" <<'PY'
import statistics, sys
floors, tuned, visible, indexed = ([float(v) for v in arg.split()] for arg in sys.argv[1:])
rounds = []
for i, (shown, done) in enumerate(zip(visible, indexed)):
    floor = (floors[i] + floors[i + 1]) / 2
    matched = (tuned[i] + tuned[i + 1]) / 2
    rounds.append((done / floor, done / matched))
    print(f"run {i + 1}: FTS5 floor {floors[i]:.2f} s before, {floors[i + 1]:.2f} s after"
          f" (mean {floor:.2f} s); with Tidings' settings {tuned[i]:.2f} / {tuned[i + 1]:.2f} s"
          f" (mean {matched:.2f} s)")
    print(f"  articles visible     {shown:.2f} s = {shown / floor:.2f}x the floor (target: within 10 s)")
    print(f"  search index done    {done:.2f} s = {done / floor:.2f}x the floor (target: 1.2x),"
          f" {done / matched:.2f}x the floor with Tidings' settings")
if len(rounds) > 1:
    print(f"median of {len(rounds)} runs: search index done"
          f" {statistics.median(r[0] for r in rounds):.2f}x the floor,"
          f" {statistics.median(r[1] for r in rounds):.2f}x the floor with Tidings' settings;"
          f" articles visible {statistics.median(visible):.2f} s")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
