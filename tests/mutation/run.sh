#!/usr/bin/env bash
# The mutation check: does the test suite catch a wrong figure?
#
# Each mutant in mutants.txt (next to this script) is one small mistake made on purpose in a
# copy of the tree — never in the tree itself. For each one: apply it, rebuild, run the suites
# named for it (then, if they all pass, every suite) and put the file back. A mutant is
# "killed" when a test fails, "survived" when every test passes. A mutant whose text is no
# longer in its file "does not apply": the data file needs updating, and that is an error too.
#
#   tests/mutation/run.sh [--worktree] [--keep] [--tests="…"] [ID …]
#     ID …        only these mutants (default: all)
#     --worktree  mutate a copy of the working tree as it is, uncommitted changes included
#                 (default: a copy of the last commit, `git archive HEAD`)
#     --keep      reuse the copy and its build from the last run when the sources match
#     --tests="tst_a tst_b"  run only these suites for every mutant, never the whole suite:
#                 whether these suites alone catch each mistake
# Environment: CC_MUTATION_DIR (default /tmp/cc-mutation), JOBS (default: the number of cores).
# Exits 0 only when every mutant applies, builds and is killed. Not part of ./test.sh.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
data="$here/mutants.txt"
work=${CC_MUTATION_DIR:-/tmp/cc-mutation}
jobs=${JOBS:-$(nproc)}
from=head
keep=0
tests_only=''
only=()
for arg in "$@"; do
    case "$arg" in
        --worktree) from=worktree ;;
        --keep) keep=1 ;;
        --tests=*) tests_only=${arg#--tests=} ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
        *) only+=("$arg") ;;
    esac
done

src="$work/src"
build="$work/build"
log="$work/log"
mkdir -p "$work" "$log"

# --- the copy ------------------------------------------------------------------------------
# A fresh copy in a staging folder; files whose content did not change keep their old time
# stamps in $src, so a second run rebuilds only what differs.
stage="$work/stage"
rm -rf "$stage"
mkdir -p "$stage"
if [ "$from" = head ]; then
    git -C "$repo" archive HEAD | tar -x -C "$stage" || { echo "run.sh: git archive failed" >&2; exit 2; }
else
    (cd "$repo" && git ls-files -co --exclude-standard -z | tar --null -T - -c) | tar -x -C "$stage" ||
        { echo "run.sh: copying the working tree failed" >&2; exit 2; }
fi
if [ "$keep" = 0 ] || [ ! -d "$src" ]; then
    rm -rf "$src" "$build"
    mv "$stage" "$src"
else
    (cd "$stage" && find . -type f -print0) | while IFS= read -r -d '' f; do
        if ! cmp -s "$stage/$f" "$src/$f"; then
            mkdir -p "$(dirname "$src/$f")"
            cp "$stage/$f" "$src/$f"
        fi
    done
    (cd "$src" && find . -type f -print0) | while IFS= read -r -d '' f; do
        [ -e "$stage/$f" ] || rm -f "$src/$f"
    done
    rm -rf "$stage"
fi

# --- the mutants ---------------------------------------------------------------------------
ids=() files=() finds=() replaces=() hints=() whats=()
add_mutant() {
    [ -n "$id" ] || return 0
    ids+=("$id"); files+=("$file"); finds+=("$find"); replaces+=("$replace"); hints+=("$tests"); whats+=("$what")
}
id='' file='' find='' replace='' tests='' what=''
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        '#'*) continue ;;
        '') add_mutant; id='' file='' find='' replace='' tests='' what='' ;;
        'id: '*) id=${line#id: } ;;
        'file: '*) file=${line#file: } ;;
        'find: '*) find=${line#find: } ;;
        'replace: '*) replace=${line#replace: } ;;
        'tests: '*) tests=${line#tests: } ;;
        'what: '*) what=${line#what: } ;;
        *) echo "run.sh: $data: cannot read the line: $line" >&2; exit 2 ;;
    esac
done < "$data"
add_mutant

if [ -n "$tests_only" ]; then
    for i in "${!hints[@]}"; do hints[$i]=$tests_only; done
fi

selected=()
for i in "${!ids[@]}"; do
    if [ ${#only[@]} -eq 0 ]; then
        selected+=("$i")
    else
        for o in "${only[@]}"; do [ "${ids[$i]}" = "$o" ] && selected+=("$i"); done
    fi
done
[ ${#selected[@]} -gt 0 ] || { echo "run.sh: no mutant selected" >&2; exit 2; }

# How often the literal text occurs in the file.
occurrences() { # file text
    FIND="$2" perl -0777 -ne '$n = () = /\Q$ENV{FIND}\E/g; print $n' "$1"
}
# Replaces the one occurrence of the text.
substitute() { # file text replacement
    FIND="$2" REPLACE="$3" perl -0777 -i -pe 's/\Q$ENV{FIND}\E/$ENV{REPLACE}/' "$1"
}
# The first failing test of a ctest log.
first_failure() { # log
    local name function
    name=$(sed -En 's/^[[:space:]]*[0-9]+ - ([^ ]+) \(.*\)$/\1/p' "$1" | head -n 1)
    [ -n "$name" ] || name=$(sed -En 's/.*Test +#[0-9]+: ([^ ]+) .*(Failed|Timeout|Exception).*/\1/p' "$1" | head -n 1)
    # and its first failing test function as QtTest names it ("f(row)"): the suite's output
    # follows its "Test #N: name …***Failed" line
    function=$(awk -v suite="$name" '
        index($0, ": " suite " ") && /\*\*\*/ { on = 1; next }
        on && /^FAIL! +: / { sub(/^FAIL! +: [A-Za-z0-9_]+::/, ""); sub(/\) .*/, ")"); print; exit }' "$1")
    echo "${name:-?}${function:+ $function}"
}

build_targets() { # log target…
    local out=$1; shift
    nice -n 10 cmake --build "$build" -j "$jobs" --target "$@" >> "$out" 2>&1
}
run_tests() { # log [ctest arguments]
    local out=$1; shift
    (cd "$build" && nice -n 10 ctest --stop-on-failure --output-on-failure --timeout 600 -j "$jobs" "$@") >> "$out" 2>&1
}

# --- the unmutated copy: it builds and every suite named passes ----------------------------
echo "Building the unmutated copy in $build …"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release > "$log/configure.txt" 2>&1 ||
        { echo "run.sh: configuring failed (see $log/configure.txt)" >&2; exit 2; }
fi
all_hints=$(for i in "${selected[@]}"; do echo "${hints[$i]}"; done | tr ' ' '\n' | sort -u | tr '\n' ' ')
: > "$log/baseline.txt"
# shellcheck disable=SC2086
build_targets "$log/baseline.txt" $all_hints container-compare ||
    { echo "run.sh: the unmutated copy does not build (see $log/baseline.txt)" >&2; exit 2; }
regex="^($(echo $all_hints | tr ' ' '|'))\$"
run_tests "$log/baseline.txt" -R "$regex" ||
    { echo "run.sh: $(first_failure "$log/baseline.txt") fails without any mutant (see $log/baseline.txt)" >&2; exit 2; }

# Every suite on the unmutated copy, the first time a mutant needs the whole suite: a suite
# that fails without any mutant says nothing about one, so it is left out (and named).
known_failures=''
full_baseline_done=0
full_baseline() { # the mutated file, its mutated content saved in $work/mutated
    [ "$full_baseline_done" = 1 ] && return 0
    full_baseline_done=1
    cp "$1" "$work/mutated"
    cp "$work/original" "$1"
    : > "$log/baseline-full.txt"
    if ! build_targets "$log/baseline-full.txt" all; then
        echo "run.sh: the unmutated copy does not build (see $log/baseline-full.txt)" >&2
        exit 2
    fi
    (cd "$build" && nice -n 10 ctest --timeout 600 -j "$jobs") >> "$log/baseline-full.txt" 2>&1
    known_failures=$(sed -En 's/^[[:space:]]*[0-9]+ - ([^ ]+) \(.*\)$/\1/p' "$log/baseline-full.txt" | tr '\n' '|')
    known_failures=${known_failures%|}
    [ -n "$known_failures" ] &&
        echo "warning: failing without any mutant, left out of the whole-suite runs: ${known_failures//|/, }" >&2
    cp "$work/mutated" "$1"
    touch "$1"
}

# --- each mutant ---------------------------------------------------------------------------
printf '%-34s %-10s %-44s %s\n' "mutant" "result" "caught by" "what"
survived=0
errors=0
for i in "${selected[@]}"; do
    mid=${ids[$i]} target="$src/${files[$i]}" out="$log/${ids[$i]}.txt"
    : > "$out"
    result='' by=''
    if [ ! -f "$target" ]; then
        result="does not apply"; by="(no ${files[$i]})"
    else
        n=$(occurrences "$target" "${finds[$i]}")
        if [ "$n" = 0 ]; then
            result="does not apply"; by="(text not found)"
        elif [ "$n" != 1 ]; then
            result="does not apply"; by="(text found $n times)"
        fi
    fi
    if [ -z "$result" ]; then
        cp -p "$target" "$work/original"
        substitute "$target" "${finds[$i]}" "${replaces[$i]}"
        # shellcheck disable=SC2086
        if ! build_targets "$out" ${hints[$i]} container-compare; then
            result="build error"
        else
            regex="^($(echo ${hints[$i]} | tr ' ' '|'))\$"
            if ! run_tests "$out" -R "$regex"; then
                result="killed"; by=$(first_failure "$out")
            elif [ -n "$tests_only" ]; then
                result="SURVIVED"
            else
                full_baseline "$target"
                exclude=()
                [ -n "$known_failures" ] && exclude=(-E "^($known_failures)\$")
                if ! build_targets "$out" all; then
                    result="build error"
                elif ! run_tests "$out" "${exclude[@]}"; then
                    result="killed"; by="$(first_failure "$out") (full suite)"
                else
                    result="SURVIVED"
                fi
            fi
        fi
        # Back as it was; a new time stamp, so the next build recompiles what the mutant touched.
        cp "$work/original" "$target"
        touch "$target"
    fi
    case "$result" in
        killed) ;;
        SURVIVED) survived=$((survived + 1)) ;;
        *) errors=$((errors + 1)) ;;
    esac
    printf '%-34s %-10s %-44s %s\n' "$mid" "$result" "$by" "${whats[$i]}"
done

total=${#selected[@]}
echo
echo "$((total - survived - errors)) of $total killed, $survived survived, $errors could not be run (logs in $log)."
[ "$survived" = 0 ] && [ "$errors" = 0 ]
