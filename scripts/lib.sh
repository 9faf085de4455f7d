# Helpers shared by run.sh and test.sh. Source it; it changes nothing by itself.

# ensure_packages PKG...: installs the Debian packages that are missing (as root, or via sudo).
ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then sudo="sudo"; else
            echo "Missing packages (${missing[*]}) and no root or sudo to install them." >&2; return 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

BUILD_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
                libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsqlite3-dev
                pkg-config liborcus-dev libdeflate-dev)
# What the window needs to show text on a machine without a desktop's fonts, and Qt's own
# translations (standard buttons such as Cancel in German).
RUN_PACKAGES=(fonts-dejavu-core qt6-translations-l10n)
# What the tests call besides the build: the throwaway PostgreSQL (postgresql), the CLI tests'
# sqlite3 and python3 (free port, translation check), the package check (desktop-file-validate,
# appstreamcli, dpkg-shlibdeps, which needs `file`), the GUI tests (xvfb, xauth).
TEST_PACKAGES=(postgresql sqlite3 python3 xauth xvfb desktop-file-utils appstream dpkg-dev file clang-format)

# configure_and_build BUILD_DIR [CMAKE_OPTION...]
configure_and_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
    fi
    cmake --build "$dir" -j2
}
