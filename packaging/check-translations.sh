#!/bin/sh
# Fails when a translation is behind the sources: a message without a finished translation
# (new or changed strings), or one whose source text has gone (vanished/obsolete). Checks copies,
# never changes translations/. Not part of `make test`, so that new strings do not break the
# suite before translators have seen them; run it (or `make check-translations`) before a release.
#   packaging/check-translations.sh
set -eu
cd "$(dirname "$0")/.."

bindir=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate="$bindir/lupdate"
lrelease="$bindir/lrelease"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in translations/tidings_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # English, the source language, only carries plural forms.
    only=""
    [ "$(basename "$ts")" = tidings_en.ts ] && only="-pluralonly"
    # Without -no-obsolete, strings that left the sources stay behind as vanished or obsolete.
    # shellcheck disable=SC2086
    "$lupdate" -silent $only -locations none -extensions cpp,h app -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    vanished=$(grep -Ec 'type="(vanished|obsolete)"' "$copy" || true)
    if ! "$lrelease" -silent "$copy" -qm "$work/check.qm" >/dev/null; then
        echo "$ts: lrelease failed"
        status=1
    fi
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        echo "$ts: $unfinished unfinished, $vanished vanished"
        # Name the messages, so a translator knows where to start.
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' \
            | sed 's/^ */    /' | head -n 20
        status=1
    else
        echo "$ts: complete"
    fi
done
if [ "$status" -ne 0 ]; then
    echo "Run 'make translations' and translate the messages above." >&2
fi
exit "$status"
