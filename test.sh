#!/usr/bin/env bash
# Set up this machine, build, and run every test. Exits non-zero on any failure.
#   ./test.sh                 the suite, built in ./build (or $CC_BUILD_DIR)
#   ./test.sh --sanitize      the suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#                             in ./build-asan (or $CC_BUILD_DIR); any report fails the test
# Other arguments go to ctest (./test.sh -R tst_scenario).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ ${1:-} == --sanitize ]]; then
    shift
    export CC_BUILD_DIR=${CC_BUILD_DIR:-$here/build-asan}
    export CC_CMAKE_ARGS="${CC_CMAKE_ARGS:-} -DCC_SANITIZE=address,undefined"
    # Leaks are reported (detect_leaks=1) except the few inside the system's libraries that
    # tests/sanitizers/lsan.supp names, each with its reason.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1:print_summary=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0
fi
source "$here/setup.sh"
cc_install_packages
cc_build
cd "${CC_BUILD_DIR:-$here/build}"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
