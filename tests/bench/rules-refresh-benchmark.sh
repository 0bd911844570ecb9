#!/usr/bin/env bash
# Rules at ingest: the first refresh of the loopback feed farm (../shared/feedfarm.py, 200
# feeds x 100 items by default) into a fresh profile without rules and into one with 50 rules,
# in the same run, in the order without, with, with, without so that a machine slowing down or
# warming up weighs on both alike. Reports each time and the ratio of the sums (target <= 1.15).
#   tests/bench/rules-refresh-benchmark.sh [FEEDS] [ITEMS]
# Not part of the test suite: timings depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${1:-200}
ITEMS=${2:-100}
PORT=${PORT:-8798}
BUILD=${BUILD:-$ROOT/build-release}
FARM=${FARM:-$ROOT/../shared/feedfarm.py}

# NO_BUILD=1 uses the tidings already built in $BUILD as it is.
if [ "${NO_BUILD:-0}" != 1 ]; then
    if [ -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$BUILD" >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDINGS_BUILD_TESTS=OFF >/dev/null
    fi
    cmake --build "$BUILD" --target tidings >/dev/null
fi
TIDINGS="$BUILD/app/tidings"

WORK=$(mktemp -d)
trap 'kill "$FARM_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 "$FARM" --feeds "$FEEDS" --items "$ITEMS" --port "$PORT" --quiet &
FARM_PID=$!
for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/opml.xml" -o "$WORK/farm.opml"

# 50 rules of every kind, on words, authors, categories and links the farm uses: most match
# some articles and tag, highlight, mark or hide them; a few look at the whole text.
add_rules() {
    local profile=$1 n=0
    rule() { "$TIDINGS" rule add --new-only --profile "$profile" --name "bench $n" "$@" >/dev/null; n=$((n + 1)); }
    for word in kernel climate solar ocean harbor bridge tunnel compiler parser widget; do
        rule --title-contains "$word" --tag "$word"
    done
    for word in latency bandwidth socket packet stream buffer token schema module package; do
        rule --title-word "$word" --highlight "#ff8800"
    done
    for pattern in '^(solar|ocean) \w+' '\bnew \w+ (server|client)\b' 'river.*mountain' \
        '^\w+ (of|in) the' '(quickly|slowly)$' 'report(s|ed)? on' '\d{3,}' 'island|valley|desert' \
        '^the \w+ \w+ \w+$' 'energy (storage|battery)'; do
        rule --title-regex "$pattern" --action mark-read
    done
    for author in Lovelace Hopper Turing Dijkstra Liskov; do
        rule --author-word "$author" --category-word politics --all --action bookmark
    done
    for category in sports opinion health travel food; do
        rule --category-contains "$category" --action hide
    done
    for n_ in 1 2 3 4 5; do
        rule --link-regex "/article/${n_}[0-9]/" --highlight "#3366cc"
    done
    for word in zzqx quorum filibuster ballot referendum; do
        rule --text-word "$word" --title-contains "$word" --action notify
    done
    echo "$n"
}

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
refresh() { # PROFILE -> seconds of its first refresh
    local profile=$1 start
    start=$(seconds)
    "$TIDINGS" refresh --profile "$profile" 2>"$profile.log" || true
    python3 -c "print(f'{$(seconds) - $start:.2f}')"
}
fresh() { # NAME [RULES] -> a new profile subscribed to the farm
    local profile="$WORK/$1"
    "$TIDINGS" import-opml "$WORK/farm.opml" --profile "$profile" >/dev/null
    if [ "${2:-}" = rules ]; then add_rules "$profile" >/dev/null; fi
    echo "$profile"
}

a1=$(refresh "$(fresh plain1)")
b1=$(refresh "$(fresh rules1 rules)")
b2=$(refresh "$(fresh rules2 rules)")
a2=$(refresh "$(fresh plain2)")

rules=$("$TIDINGS" rules --json --profile "$WORK/rules1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
hidden=$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/rules1/tidings.sqlite').execute('select count(*) from articles where hidden = 1').fetchone()[0])")
tagged=$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/rules1/tidings.sqlite').execute('select count(distinct article_id) from article_tags').fetchone()[0])")
echo "feeds x items:            $FEEDS x $ITEMS"
echo "rules:                    $rules (hid $hidden articles, tagged $tagged)"
echo "first refresh, no rules:  $a1 s, $a2 s"
echo "first refresh, 50 rules:  $b1 s, $b2 s"
python3 -c "print(f'ratio with/without:      {($b1 + $b2) / ($a1 + $a2):.3f}  (target <= 1.15)')"
