# Sourced by run-fuzzers.sh and fuzz-long.sh: builds the harnesses and says what seeds and
# dictionary each one takes. Sets source_dir, build_dir and fuzzers.

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# fuzz_build BUILD_DIR: configures with clang and builds every harness of this configuration.
# FUZZ_NO_BUILD=1 takes the harnesses already built there as they are.
fuzz_build() {
    build_dir=$(mkdir -p "$1" && cd "$1" && pwd)
    if [[ -n ${FUZZ_NO_BUILD:-} && -f $build_dir/fuzzers.txt ]]; then
        IFS=';' read -r -a fuzzers <"$build_dir/fuzzers.txt" || true
        return 0
    fi
    local jobs=${FUZZ_BUILD_JOBS:-2}
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
        -DTIDINGS_FUZZ=ON -DTIDINGS_BUILD_TESTS=OFF -DTIDINGS_WERROR=OFF >/dev/null
    IFS=';' read -r -a fuzzers <"$build_dir/fuzzers.txt" || true # no trailing newline
    ninja -C "$build_dir" -j "$jobs" "${fuzzers[@]}"
}

# Seeds for a harness: every fixture of the kinds it reads, and the inputs that once broke it
# (tests/fuzz/regressions/HARNESS, which tst_fuzzregressions replays).
seed_dirs() {
    case "$1" in
    fuzz_sanitizer) echo "$source_dir/tests/data/html" ;;
    fuzz_articleextractor) echo "$source_dir/tests/data/articles" ;;
    fuzz_articletext) echo "$source_dir/tests/data/html" ;;
    fuzz_feedparser) echo "$source_dir/tests/data/feeds $source_dir/tests/data/encodings" ;;
    esac
    echo "$source_dir/tests/fuzz/regressions/$1"
}

# copy_seeds HARNESS CORPUS_DIR
copy_seeds() {
    mkdir -p "$2"
    for dir in $(seed_dirs "$1"); do
        [[ -d $dir ]] && find "$dir" -type f -exec cp -t "$2" {} + 2>/dev/null || true
    done
}

# The dictionary option for a harness, if it has one.
dict_option() {
    local dict="$source_dir/tests/fuzz/${1#fuzz_}.dict"
    [[ $1 == fuzz_sanitizer || $1 == fuzz_articleextractor ]] && dict="$source_dir/tests/fuzz/html.dict"
    [[ -f $dict ]] && echo "-dict=$dict"
    return 0
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
