#!/usr/bin/env bash
# One entry point for a Debian 12 machine (run as root, or with sudo available):
#   packaging/bootstrap.sh run    install what is missing, build, start ordo
#   packaging/bootstrap.sh test   install what is missing, build, run every test
# A second run installs nothing and rebuilds only what changed (Ninja + ccache).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ORDO_BUILD_DIR:-$here/build}
mode=${1:-}

packages=(
    cmake ninja-build clang lld ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev libxkbcommon-dev libquickfix-dev libssl-dev
    xvfb xauth
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "bootstrap: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++
    fi
}

case "$mode" in
run)
    install_missing
    configure
    cmake --build "$build" --target ordo
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "bootstrap: no display; starting ordo on a virtual X server (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1400x900x24" "$build/src/app/ordo" "$@"
    fi
    exec "$build/src/app/ordo" "$@"
    ;;
test)
    install_missing
    configure
    cmake --build "$build"
    cd "$build"
    exec ctest --output-on-failure -j2 --timeout 600
    ;;
*)
    echo "usage: $0 run [ordo options] | test" >&2
    exit 2
    ;;
esac
