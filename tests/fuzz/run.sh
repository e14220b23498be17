#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, AddressSanitizer and UndefinedBehaviorSanitizer) in
# ./build-fuzz (or $CC_FUZZ_BUILD_DIR) and runs each for SECONDS (default 30) on its corpus:
# the seeds made here from the shipped resources and tests/data (and tests/fuzz/seeds/ for
# the offer files AWS publishes), the regression inputs in tests/fuzz/regressions/, and what
# earlier runs in the same build folder found.
#   tests/fuzz/run.sh 600              every target for 10 minutes
#   tests/fuzz/run.sh 30 fuzz_scenario one target
# Exits non-zero when a target crashes; the input is kept in BUILD/findings/.
set -euo pipefail
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$fuzz_dir/../.." && pwd)
seconds=${1:-30}
shift || true

source "$root/setup.sh"
packages+=(clang-14 libclang-rt-14-dev)
cc_install_packages

build=${CC_FUZZ_BUILD_DIR:-$root/build-fuzz}
if [[ ! -f $build/build.ninja ]]; then
    cc_check_cmake_packages
    CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCC_FUZZ=ON -DCC_SANITIZE=address,undefined
fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for f in "$fuzz_dir"/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds: every shipped and test file of the kind a target reads.
seeds() {
    local target=$1 out=$2 f i
    mkdir -p "$out"
    case $target in
    fuzz_scenario)
        cp "$root"/resources/scenarios/*.json "$root"/tests/data/scenarios/*.json "$out"/ ;;
    fuzz_pricebook)
        for f in "$root"/resources/prices/*.json "$root"/tests/data/prices-minimal/*.json; do
            cp "$f" "$out/$(basename "$(dirname "$f")")-$(basename "$f")"
        done ;;
    fuzz_catalog)
        # The first byte chooses the file: services, runtimes, storage, security, iac, concepts.
        i=0
        for name in services runtimes storage security iac concepts; do
            for f in "$root/resources/catalogs/$name.json" "$root/tests/data/catalog-minimal/$name.json"; do
                [[ -f $f ]] || continue
                { printf "\\x$(printf %02x $i)"; cat "$f"; } > "$out/$(basename "$(dirname "$f")")-$name.json"
            done
            i=$((i + 1))
        done ;;
    esac
    # Seeds that no shipped file provides (an offer file is downloaded from AWS).
    if [[ -d $fuzz_dir/seeds/$target ]]; then
        cp "$fuzz_dir/seeds/$target"/* "$out"/
    fi
    if [[ -d $fuzz_dir/regressions/$target ]]; then
        cp "$fuzz_dir/regressions/$target"/* "$out"/ 2>/dev/null || true
    fi
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:print_summary=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
status=0
summary=()
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t
    mkdir -p "$corpus" "$build/findings" "$build/logs"
    rm -rf "$build/seeds/$t"
    seeds "$t" "$build/seeds/$t"
    log=$build/logs/$t.log
    echo "fuzz: $t for ${seconds}s" >&2
    rc=0
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=262144 \
        -dict="$fuzz_dir/json.dict" -artifact_prefix="$build/findings/$t-" -print_final_stats=1 \
        "$corpus" "$build/seeds/$t" > "$log" 2>&1 || rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    if [[ $rc -ne 0 ]]; then
        status=1
        summary+=("$t: FAILED after $runs runs (exit $rc), see $log and $build/findings/")
        grep -E 'ERROR|SUMMARY|fuzz:|runtime error|Test unit written' "$log" | head -20 >&2 || true
    else
        summary+=("$t: $runs runs in ${seconds}s, no finding ($(ls "$corpus" | wc -l) inputs in the corpus)")
    fi
done
printf 'fuzz: %s\n' "${summary[@]}" >&2
exit $status
