#!/usr/bin/env bash
# The long fuzzing run (`make fuzz-long`): each harness in turn, at the lowest CPU priority,
# for SECONDS (30 minutes by default), keeping going after a finding. The corpus grows in
# BUILD_DIR/fuzz-corpus/ from one run to the next. Every input that crashed, leaked, ran out
# of memory or timed out is copied to tests/fuzz/regressions/HARNESS/, where
# tst_fuzzregressions replays it in the normal suite: commit it with the fix, and the fixed
# crash stays fixed. Exits non-zero when anything was found.
#
#   tests/fuzz/fuzz-long.sh BUILD_DIR [SECONDS]       FUZZ_TARGETS="fuzz_a fuzz_b" to choose
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 BUILD_DIR [SECONDS]" >&2
    exit 2
fi
seconds=${2:-1800}
# shellcheck source=tests/fuzz/fuzz-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/fuzz-common.sh"
fuzz_build "$1"
[[ -n ${FUZZ_TARGETS:-} ]] && read -r -a fuzzers <<<"$FUZZ_TARGETS"

found=()
for fuzzer in "${fuzzers[@]}"; do
    corpus="$build_dir/fuzz-corpus/$fuzzer"
    artifacts="$build_dir/fuzz-artifacts-long/$fuzzer"
    regressions="$source_dir/tests/fuzz/regressions/$fuzzer"
    log="$build_dir/fuzz-long-$fuzzer.log"
    copy_seeds "$fuzzer" "$corpus"
    mkdir -p "$artifacts"
    echo "== $fuzzer: $(find "$corpus" -type f | wc -l) inputs, ${seconds}s (log: $log)"
    # Fork mode survives a finding and goes on; each child runs a while before being replaced.
    nice -n 19 "$build_dir/tests/fuzz/$fuzzer" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -fork=1 -ignore_crashes=1 \
        -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$artifacts/" \
        $(dict_option "$fuzzer") "$corpus" >"$log" 2>&1 || true
    grep -E '^(INFO: fuzzed for|#[0-9]+: cov:)' "$log" | tail -n 2 || true

    for artifact in "$artifacts"/*; do
        [[ -f $artifact ]] || continue
        kind=$(basename "$artifact" | cut -d- -f1) # crash, leak, oom, timeout, slow-unit
        [[ $kind == slow ]] && continue
        mkdir -p "$regressions"
        name="$kind-$(sha1sum "$artifact" | cut -c1-16)"
        if [[ ! -f $regressions/$name ]]; then
            cp "$artifact" "$regressions/$name"
            echo "   new finding: tests/fuzz/regressions/$fuzzer/$name"
            found+=("$fuzzer/$name")
        fi
    done
done

if [[ ${#found[@]} -gt 0 ]]; then
    echo "findings (replayed by tst_fuzzregressions; fix them, then commit the inputs):" >&2
    printf '  %s\n' "${found[@]}" >&2
    exit 1
fi
echo "fuzz-long: ${fuzzers[*]} ran ${seconds}s each without findings"
