#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang and runs each for a while, seeded from the test
# fixtures. Exits non-zero when any harness finds a crash, leak, timeout or sanitizer report;
# the reproducer is left in BUILD_DIR/fuzz-artifacts/.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
seconds=$2
# shellcheck source=tests/fuzz/fuzz-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/fuzz-common.sh"
fuzz_build "$1"

artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The harnesses run side by side, each for the whole time: CI's minutes go further that way.
declare -A pids
for fuzzer in "${fuzzers[@]}"; do
    corpus="$work/$fuzzer"
    copy_seeds "$fuzzer" "$corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/$fuzzer-" $(dict_option "$fuzzer"))
    echo "== $fuzzer: $(find "$corpus" -type f | wc -l) seeds, ${seconds}s"
    "$build_dir/tests/fuzz/$fuzzer" "${options[@]}" "$corpus" >"$work/$fuzzer.log" 2>&1 &
    pids[$fuzzer]=$!
done

failed=()
for fuzzer in "${fuzzers[@]}"; do
    if ! wait "${pids[$fuzzer]}"; then
        echo "== $fuzzer found something:"
        tail -n 60 "$work/$fuzzer.log"
        failed+=("$fuzzer")
    else
        echo "== $fuzzer"
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$fuzzer.log" || true
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzers with findings: ${failed[*]} (artifacts in $artifacts)" >&2
    exit 1
fi
echo "all fuzzers ran ${seconds}s without findings: ${fuzzers[*]}"
