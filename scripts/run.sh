#!/usr/bin/env bash
# Builds Agreement Desk and opens it on the embedded SQLite database (created with the demo
# data on first run). Arguments are passed to the program, e.g. scripts/run.sh --customer 46170
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
configure_and_build build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo
    echo "Built build/app/agreementdesk, but there is no display (DISPLAY / WAYLAND_DISPLAY unset)."
    echo "Use the command line instead, for example:"
    echo "  build/app/agreementdesk-cli --db demo.sqlite init --demo"
    echo "  build/app/agreementdesk-cli --db demo.sqlite agreement show 46170"
    echo "or run the window in a virtual display: xvfb-run build/app/agreementdesk"
    exit 0
fi
exec build/app/agreementdesk "$@"
