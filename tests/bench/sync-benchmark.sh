#!/usr/bin/env bash
# Sync benchmark (issue 15): tidings syncs with a real Tiny Tiny RSS (tests/servers/ttrss/
# ttrss-server, Debian's tt-rss) that holds FEEDS x ITEMS articles, and so does RSS Guard 4.0.4
# (Debian's rssguard), on the same server and data in the same run. Timed:
#   0. the server's own floor (tests/bench/ttrss-floor.py): every page of articles a first sync
#      needs, PARALLEL at a time, with nothing done with the answers; and every page of unread
#      ids, the state pass a second sync used to make;
#   1. the first sync (folders, sources and every article, with content), from the command line;
#   2. a second sync after CHANGES articles were marked read by another client of the server;
#   3. the same two syncs in the window (offscreen, verbose), which logs its longest event-loop
#      stall during each (target: none over 50 ms);
#   4. RSS Guard's first and second sync (tests/bench/rssguard-sync.py: its account is made as
#      its GUI makes one, then it updates all feeds on start; timed until its log says done).
#   tests/bench/sync-benchmark.sh [FEEDS] [ITEMS]      (default 200 x 100, CHANGES=1000)
# Not part of the test suite: timings depend on the machine and its load (printed). Needs
# `packaging/debian-deps.sh --tests`, plus `apt-get install --no-install-recommends rssguard`
# for RSS Guard (skipped without it). BUILD (default build-release, configured as Release when
# new) may name another build folder of this tree; it is then used as it is configured.
# TTRSS_PHP_WORKERS (default 4 here) is how many requests `php -S` serves at once.
# TT-RSS fetching the feeds itself takes a minute or two before the timings start.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${1:-200}
ITEMS=${2:-100}
CHANGES=${CHANGES:-1000}
PARALLEL=${PARALLEL:-4}  # pages at once, as TtRssClient::Options::parallelCalls
BUILD=${BUILD:-$ROOT/build-release}
SERVER=$ROOT/tests/servers/ttrss/ttrss-server
export TTRSS_PHP_WORKERS=${TTRSS_PHP_WORKERS:-4}

"$SERVER" check
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDINGS_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target tidings >/dev/null
TIDINGS="$BUILD/app/tidings"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")

WORK=$(mktemp -d)
trap '"$SERVER" stop "$WORK/server" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
"$SERVER" start "$WORK/server" --feeds "$FEEDS" --items "$ITEMS" >"$WORK/env"
# shellcheck disable=SC1091
source "$WORK/env"
seconds() { date +%s.%N; }
# One value from the TT-RSS database (psql prints a header line and a row count around it).
server_value() { "$SERVER" sql "$WORK/server" "$1" | sed -n 2p; }
elapsed() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }
load() { uptime | sed 's/.*load average: /load /'; }

start=$(seconds)
"$SERVER" subscribe "$WORK/server" >/dev/null
"$SERVER" update-feeds "$WORK/server" --jobs 2 >/dev/null
stored=$(server_value "SELECT count(*) FROM ttrss_user_entries")
echo "server:              TT-RSS $TTRSS_VERSION (API level $TTRSS_API_LEVEL), $FEEDS feeds, $stored articles ($(elapsed "$start" "$(seconds)") s to fetch), php -S with $TTRSS_PHP_WORKERS workers"
echo "tidings:             $TIDINGS ($build_type)"

# 0. The server's floor: every page of a list, PARALLEL at a time, nothing done with them.
floor() { # PAGES REQUEST: "SECONDS ROWS"
    python3 "$ROOT/tests/bench/ttrss-floor.py" "$TTRSS_API_URL" "$TTRSS_USER" "$TTRSS_PASSWORD" \
        "$PARALLEL" "$1" "$2"
}
read -r content_floor content_rows < <(floor $(((stored + 199) / 200)) \
    '{"op":"getHeadlines","feed_id":-4,"show_content":true,"sanitize":false,"include_attachments":true}')
echo "server floor:        $content_floor s to fetch the $content_rows articles with content, $PARALLEL pages at a time, doing nothing with them ($(load))"

PROFILE="$WORK/profile"
WINDOW_PROFILE="$WORK/window-profile"
for profile in "$PROFILE" "$WINDOW_PROFILE"; do
    TIDINGS_ACCOUNT_PASSWORD=$TTRSS_PASSWORD \
        "$TIDINGS" --profile "$profile" account add ttrss "$TTRSS_URL" --user "$TTRSS_USER" >/dev/null 2>&1
done
RSSGUARD=
if command -v rssguard >/dev/null; then
    RSSGUARD="$WORK/rssguard"
    python3 "$ROOT/tests/bench/rssguard-sync.py" prepare "$RSSGUARD" "$TTRSS_URL" \
        "$TTRSS_USER" "$TTRSS_PASSWORD" >/dev/null
fi

cli_sync() { # LOG: seconds of one `tidings sync`
    local begin
    begin=$(seconds)
    TIDINGS_ACCOUNT_PASSWORD=$TTRSS_PASSWORD "$TIDINGS" --profile "$PROFILE" sync >"$1" 2>&1
    elapsed "$begin" "$(seconds)"
}
# The window syncs its accounts when it starts; with verbose logging it logs the sync's length
# and its longest event-loop stall, with the CPU time the UI thread spent in it ("?" where the
# system cannot tell) and when it ended. Prints "MS STALL_MS BUSY_MS END_MS".
window_sync() { # LOG
    local log=$1 pid line
    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="tidings.*.debug=true;qt.*=false" \
        TIDINGS_ACCOUNT_PASSWORD=$TTRSS_PASSWORD \
        "$TIDINGS" --profile "$WINDOW_PROFILE" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        line=$(grep -m1 'sync finished: ' "$log" || true)
        [ -n "$line" ] && break
        sleep 0.5
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$line" ] || { echo "the window did not finish its sync; see $log" >&2; tail "$log" >&2; exit 1; }
    local ms stall busy end
    ms=$(echo "$line" | sed -n 's/.* new articles in \([0-9]*\) ms;.*/\1/p')
    stall=$(echo "$line" | sed -n 's/.*longest event-loop stall \(-\?[0-9]*\) ms.*/\1/p')
    busy=$(echo "$line" | sed -n 's/.*(UI thread busy \([0-9]*\) ms of it).*/\1/p')
    end=$(echo "$line" | sed -n 's/.*, ending \([0-9]*\) ms into it.*/\1/p')
    echo "$ms $stall ${busy:-?} $end"
}
count_articles() { "$TIDINGS" --profile "$PROFILE" articles "$@" --limit 1000000 --json | grep -c '"id"' || true; }
seconds_of() { echo "$1 / 1000" | bc -l | xargs printf '%.2f'; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.1f'; }

echo "-- first sync ($(load))"
first=$(cli_sync "$WORK/first.log")
echo "tidings (command):   $first s, $(count_articles) articles stored   (target <= 30 s)"
read -r window_ms window_stall window_busy window_end < <(window_sync "$WORK/window-first.log")
window=$(seconds_of "$window_ms")
echo "tidings (window):    $window s, longest event-loop stall $window_stall ms (UI thread busy $window_busy ms of it, $(seconds_of "$window_end") s in)   (target <= 50 ms)"
if [ -n "$RSSGUARD" ]; then
    read -r rg_total rg_update rg_articles _ < <(python3 "$ROOT/tests/bench/rssguard-sync.py" sync "$RSSGUARD")
    echo "rssguard 4.0.4:      $rg_total s from launch ($rg_update s updating), $rg_articles articles stored; RSS Guard / tidings: $(ratio "$rg_total" "$first") (command), $(ratio "$rg_total" "$window") (window)"
fi

# Another client marks CHANGES unread articles read.
ids=$(server_value \
    "SELECT string_agg(ref_id::text, ',') FROM (SELECT ref_id FROM ttrss_user_entries WHERE unread LIMIT $CHANGES) t")
"$SERVER" api "$WORK/server" "{\"op\":\"updateArticle\",\"article_ids\":\"$ids\",\"mode\":0,\"field\":2}" >/dev/null
server_unread=$(server_value "SELECT count(*) FROM ttrss_user_entries WHERE unread")
read -r unread_floor _ < <(floor $(((server_unread + 199) / 200)) \
    '{"op":"getHeadlines","feed_id":-4,"view_mode":"unread","show_content":false}')
echo "server floor:        $unread_floor s to list every unread article ($server_unread, ids only), $PARALLEL pages at a time: the state pass this sync no longer makes ($(load))"

echo "-- second sync, $CHANGES articles read elsewhere ($(load))"
second=$(cli_sync "$WORK/second.log")
echo "tidings (command):   $second s; $(count_articles --unread) unread here, $server_unread on the server   (target <= 3 s)"
read -r window_ms window_stall window_busy window_end < <(window_sync "$WORK/window-second.log")
window=$(seconds_of "$window_ms")
echo "tidings (window):    $window s, longest event-loop stall $window_stall ms (UI thread busy $window_busy ms of it, $(seconds_of "$window_end") s in)   (target <= 50 ms)"
if [ -n "$RSSGUARD" ]; then
    # RSS Guard fetches every feed again and keeps its own read states of known articles.
    read -r rg_total rg_update _ rg_unread < <(python3 "$ROOT/tests/bench/rssguard-sync.py" sync "$RSSGUARD")
    echo "rssguard 4.0.4:      $rg_total s from launch ($rg_update s updating), $rg_unread unread there; RSS Guard / tidings: $(ratio "$rg_total" "$second") (command), $(ratio "$rg_total" "$window") (window)"
fi
echo "load at the end:     $(load)"
