#!/usr/bin/env bash
# Refresh benchmark: a Release build of tidings subscribes to the loopback feed farm
# (../shared/feedfarm.py, 200 feeds x 100 items by default), then times
#   1. the first refresh (every feed downloaded, parsed and stored),
#   2. the second refresh (every feed should answer 304 Not Modified),
# and reports the database size and the farm's request counters.
#   tests/bench/refresh-benchmark.sh [FEEDS] [ITEMS]
# Not part of the test suite: timings depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${1:-200}
ITEMS=${2:-100}
PORT=${PORT:-8799}
BUILD=${BUILD:-$ROOT/build-release}
FARM=${FARM:-$ROOT/../shared/feedfarm.py}

# A new folder is set up without tests (faster); an existing one keeps its options, so that a
# shared benchmark build keeps its C++ benchmarks.
if [ -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
else
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDINGS_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target tidings >/dev/null
TIDINGS="$BUILD/app/tidings"

WORK=$(mktemp -d)
trap 'kill "$FARM_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 "$FARM" --feeds "$FEEDS" --items "$ITEMS" --port "$PORT" --quiet &
FARM_PID=$!
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/opml.xml" -o "$WORK/farm.opml"

PROFILE="$WORK/profile"
"$TIDINGS" import-opml "$WORK/farm.opml" --profile "$PROFILE" >/dev/null

seconds() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }
stats() { curl -sf "http://127.0.0.1:$PORT/stats"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

curl -sf "http://127.0.0.1:$PORT/stats/reset" >/dev/null
start=$(seconds)
/usr/bin/time -f "%M" -o "$WORK/rss1" "$TIDINGS" refresh --profile "$PROFILE" 2>"$WORK/first.log" || true
first=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
first_bytes=$(stats | field bytes)

curl -sf "http://127.0.0.1:$PORT/stats/reset" >/dev/null
start=$(seconds)
/usr/bin/time -f "%M" -o "$WORK/rss2" "$TIDINGS" refresh --profile "$PROFILE" 2>"$WORK/second.log" || true
second=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
second_stats=$(stats)

articles=$("$TIDINGS" articles --limit 0 --json --profile "$PROFILE" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
size=$(du -cb "$PROFILE"/tidings.sqlite* | tail -1 | cut -f1)

echo "feeds x items:            $FEEDS x $ITEMS"
echo "articles stored:          $articles"
echo "first refresh:            ${first} s  ($(tail -1 "$WORK/first.log"))"
echo "  bytes from the farm:    $first_bytes"
echo "  peak RSS:               $(cat "$WORK/rss1") KB"
echo "second refresh:           ${second} s  ($(tail -1 "$WORK/second.log"))"
echo "  304 answers:            $(echo "$second_stats" | field feed_304) of $(echo "$second_stats" | field feed_requests) feed requests"
echo "  bytes from the farm:    $(echo "$second_stats" | field bytes)"
echo "database size:            $((size / 1024 / 1024)) MB"
