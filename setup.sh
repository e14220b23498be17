#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the Debian 12 packages this machine lacks, check
# that CMake finds every package the build needs, then configure (once) and build in
# ./build with Ninja.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
          xvfb xauth x11-apps imagemagick poppler-utils fonts-noto-cjk
          desktop-file-utils appstream dpkg-dev file libboost-json1.81-dev rapidjson-dev)

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

# Every CMake package the configure step needs (each find_package, and each Qt module a
# found module needs in turn, such as Qt6OpenGL for Qt6Charts), and the Debian package
# that provides it.
cmake_packages=(
    "Qt6 qt6-base-dev"
    "Qt6Core qt6-base-dev"
    "Qt6Gui qt6-base-dev libgl-dev libxkbcommon-dev"
    "Qt6Widgets qt6-base-dev"
    "Qt6PrintSupport qt6-base-dev"
    "Qt6Test qt6-base-dev"
    "Qt6OpenGL libqt6opengl6-dev"
    "Qt6OpenGLWidgets qt6-base-dev libqt6opengl6-dev"
    "Qt6Charts qt6-charts-dev libqt6opengl6-dev"
    "Qt6Svg qt6-svg-dev"
    "Qt6SvgWidgets qt6-svg-dev"
    "Qt6LinguistTools qt6-tools-dev qt6-l10n-tools"
)

# Asks CMake itself, in a throw-away project, whether it finds each of cmake_packages;
# names the Debian package of each one it does not find and fails.
cc_check_cmake_packages() {
    local probe
    probe=$(mktemp -d "${TMPDIR:-/tmp}/cc-cmake-probe.XXXXXX")
    {
        echo 'cmake_minimum_required(VERSION 3.21)'
        echo 'project(cc_cmake_probe LANGUAGES CXX)'
        local entry name
        for entry in "${cmake_packages[@]}"; do
            name=${entry%% *}
            echo "find_package($name QUIET)"
            echo "if(NOT $name""_FOUND)"
            echo "  message(STATUS \"cc-missing $name \${$name""_NOT_FOUND_MESSAGE}\")"
            echo "endif()"
        done
    } > "$probe/CMakeLists.txt"
    local log missing=()
    log=$(cmake -S "$probe" -B "$probe/build" -G Ninja 2>&1) || true
    rm -rf "$probe"
    while read -r _ name reason; do
        for entry in "${cmake_packages[@]}"; do
            if [[ ${entry%% *} == "$name" ]]; then
                echo "setup: CMake cannot find $name${reason:+ ($reason)}; Debian package(s): ${entry#* }" >&2
                missing+=("$name")
            fi
        done
    done < <(grep -o 'cc-missing .*' <<<"$log")
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "setup: install the package(s) above (sudo apt-get install ...), then run this again" >&2
        return 1
    fi
}

cc_build() {
    local build_dir=${CC_BUILD_DIR:-$here/build}
    if [[ ! -f $build_dir/build.ninja ]]; then
        cc_check_cmake_packages
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${CC_CMAKE_ARGS:-}
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}
