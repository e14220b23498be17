#!/usr/bin/env bash
# Set up this machine, build, and run every test. Exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/setup.sh"
cc_install_packages
cc_build
cd "${CC_BUILD_DIR:-$here/build}"
ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
