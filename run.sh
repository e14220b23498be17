#!/usr/bin/env bash
# Set up this machine, build, and start Container Compare for AWS.
# Arguments go to the app: ./run.sh compare resources/scenarios/slide16.json --currency JPY
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/setup.sh"
cc_install_packages >&2
cc_build >&2
exec "${CC_BUILD_DIR:-$here/build}/app/container-compare" "$@"
