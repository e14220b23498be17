#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the Debian/Ubuntu packages this machine lacks,
# then configure (once) and build in ./build with Ninja.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
          xvfb xauth x11-apps imagemagick poppler-utils fonts-noto-cjk
          desktop-file-utils appstream dpkg-dev file rapidjson-dev)

cc_install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "setup: installing ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cc_build() {
    local build_dir=${CC_BUILD_DIR:-$here/build}
    if [[ ! -f $build_dir/build.ninja ]]; then
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${CC_CMAKE_ARGS:-}
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}
