#!/usr/bin/env bash
# Sync benchmark (issue 15): a Release build of tidings syncs with a real Tiny Tiny RSS
# (tests/servers/ttrss/ttrss-server, Debian's tt-rss) that holds FEEDS x ITEMS articles, and
# times
#   1. the first sync (folders, sources and every article, with content),
#   2. a second sync after CHANGES articles were marked read by another client of the server.
#   tests/bench/sync-benchmark.sh [FEEDS] [ITEMS]      (default 200 x 100, CHANGES=1000)
# Not part of the test suite: timings depend on the machine. Needs `packaging/debian-deps.sh
# --tests`. TT-RSS fetching the feeds itself takes a minute or two before the timings start.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${1:-200}
ITEMS=${2:-100}
CHANGES=${CHANGES:-1000}
BUILD=${BUILD:-$ROOT/build-release}
SERVER=$ROOT/tests/servers/ttrss/ttrss-server

"$SERVER" check
if [ -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
else
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDINGS_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target tidings >/dev/null
TIDINGS="$BUILD/app/tidings"

WORK=$(mktemp -d)
trap '"$SERVER" stop "$WORK/server" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
"$SERVER" start "$WORK/server" --feeds "$FEEDS" --items "$ITEMS" >"$WORK/env"
# shellcheck disable=SC1091
source "$WORK/env"
seconds() { date +%s.%N; }
# One value from the TT-RSS database (psql prints a header line and a row count around it).
server_value() { "$SERVER" sql "$WORK/server" "$1" | sed -n 2p; }
elapsed() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

start=$(seconds)
"$SERVER" subscribe "$WORK/server" >/dev/null
"$SERVER" update-feeds "$WORK/server" --jobs 2 >/dev/null
stored=$(server_value "SELECT count(*) FROM ttrss_user_entries")
echo "server:              TT-RSS $TTRSS_VERSION (API level $TTRSS_API_LEVEL), $FEEDS feeds, $stored articles ($(elapsed "$start" "$(seconds)") s to fetch)"

PROFILE="$WORK/profile"
TIDINGS_ACCOUNT_PASSWORD=$TTRSS_PASSWORD \
    "$TIDINGS" --profile "$PROFILE" account add ttrss "$TTRSS_URL" --user "$TTRSS_USER" >/dev/null

start=$(seconds)
/usr/bin/time -f "%M" -o "$WORK/rss" env TIDINGS_ACCOUNT_PASSWORD="$TTRSS_PASSWORD" \
    "$TIDINGS" --profile "$PROFILE" sync >"$WORK/first.log" 2>&1
first=$(elapsed "$start" "$(seconds)")
articles=$("$TIDINGS" --profile "$PROFILE" articles --limit 1000000 --json | grep -c '"id"' || true)
echo "first sync:          $first s, $articles articles stored, peak RSS $(cat "$WORK/rss") KB   (target <= 30 s)"

# Another client marks CHANGES unread articles read.
ids=$(server_value \
    "SELECT string_agg(ref_id::text, ',') FROM (SELECT ref_id FROM ttrss_user_entries WHERE unread LIMIT $CHANGES) t")
"$SERVER" api "$WORK/server" "{\"op\":\"updateArticle\",\"article_ids\":\"$ids\",\"mode\":0,\"field\":2}" >/dev/null

start=$(seconds)
TIDINGS_ACCOUNT_PASSWORD=$TTRSS_PASSWORD "$TIDINGS" --profile "$PROFILE" sync >"$WORK/second.log" 2>&1
second=$(elapsed "$start" "$(seconds)")
unread=$("$TIDINGS" --profile "$PROFILE" articles --unread --limit 1000000 --json | grep -c '"id"' || true)
echo "second sync:         $second s after $CHANGES changes elsewhere; $unread unread here   (target <= 3 s)"
echo "server unread:       $(server_value "SELECT count(*) FROM ttrss_user_entries WHERE unread")"
