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
build_dir=$(mkdir -p "$1" && cd "$1" && pwd)
seconds=$2
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jobs=${FUZZ_BUILD_JOBS:-2}

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTIDINGS_FUZZ=ON -DTIDINGS_BUILD_TESTS=OFF -DTIDINGS_WERROR=OFF >/dev/null
IFS=';' read -r -a fuzzers <"$build_dir/fuzzers.txt" || true # no trailing newline
ninja -C "$build_dir" -j "$jobs" "${fuzzers[@]}"

# Seeds for each harness: every fixture of the kinds it reads.
seed_dirs() {
    case "$1" in
    fuzz_sanitizer) echo "$source_dir/tests/data/html" ;;
    fuzz_articleextractor) echo "$source_dir/tests/data/articles" ;;
    fuzz_feedparser) echo "$source_dir/tests/data/feeds $source_dir/tests/data/encodings" ;;
    esac
}

artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

# The harnesses run side by side, each for the whole time: CI's minutes go further that way.
declare -A pids
for fuzzer in "${fuzzers[@]}"; do
    corpus="$work/$fuzzer"
    mkdir -p "$corpus"
    for dir in $(seed_dirs "$fuzzer"); do
        [[ -d $dir ]] && find "$dir" -type f -exec cp -t "$corpus" {} + 2>/dev/null || true
    done
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/$fuzzer-")
    dict="$source_dir/tests/fuzz/${fuzzer#fuzz_}.dict"
    [[ $fuzzer == fuzz_sanitizer || $fuzzer == fuzz_articleextractor ]] &&
        dict="$source_dir/tests/fuzz/html.dict"
    [[ -f $dict ]] && options+=(-dict="$dict")

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
