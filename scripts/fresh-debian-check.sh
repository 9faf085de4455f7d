#!/usr/bin/env bash
# Proves the README's two commands on a machine like a new user's: builds a minimal Debian 12
# root (debootstrap --variant=minbase, then only git, ca-certificates and sudo), clones the
# committed main of this repository into it and runs, inside the root:
#   1. scripts/run.sh with QT_QPA_PLATFORM=offscreen — the window must still be up after 20 s;
#   2. scripts/test.sh — every test must pass.
# Needs root (chroot, mounts) and debootstrap (installed if missing). Takes 15-30 minutes.
# Usage: scripts/fresh-debian-check.sh [ROOT_DIR]   (default: a new folder under /var/tmp;
# an existing ROOT_DIR with a finished debootstrap is reused, its clone is made afresh)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/scripts/lib.sh"
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian-check.sh needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
ensure_packages debootstrap git

root=${1:-$(mktemp -d /var/tmp/agreementdesk-fresh.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
log() { printf '\n=== %s\n' "$*"; }

unmount_all() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$root/$m" && umount -l "$root/$m" || true
    done
}
trap unmount_all EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    log "debootstrap --variant=minbase bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -n 30 "$root.debootstrap.log"; exit 1; }
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

log "adding git, ca-certificates, sudo (nothing else)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    git ca-certificates sudo >/dev/null

log "cloning the committed main ($(git -C "$src" rev-parse --short main)) into /root/project"
rm -rf "$root/root/project" "$root/root/origin.git"
git clone -q --bare "$src" "$root/root/origin.git"
in_root git clone -q --branch main /root/origin.git /root/project

log "scripts/run.sh (offscreen): must build and keep the window up"
set +e
in_root sh -c 'cd /root/project && QT_QPA_PLATFORM=offscreen timeout 20m scripts/run.sh >/root/run.log 2>&1 &
               echo $! >/root/run.pid'
# The build takes minutes; wait until the program itself runs, then 20 s more.
for _ in $(seq 1 1200); do
    pgrep -f "^build/app/agreementdesk$|/build/app/agreementdesk$" >/dev/null && break
    in_root sh -c 'kill -0 $(cat /root/run.pid) 2>/dev/null' || break
    sleep 1
done
sleep 20
if pgrep -f "build/app/agreementdesk$" >/dev/null; then
    echo "run.sh: the window is up after 20 s"
    pkill -f "build/app/agreementdesk$"
    run_ok=1
else
    echo "run.sh: the program is not running:"; tail -n 30 "$root/root/run.log"
    run_ok=0
fi
set -e

log "scripts/test.sh"
set +e
in_root sh -c 'cd /root/project && scripts/test.sh' 2>&1 | tee "$root/root/test.log" | tail -n 40
test_rc=${PIPESTATUS[0]}
set -e

log "result"
echo "run.sh:  $([ $run_ok = 1 ] && echo "window up" || echo FAILED)"
echo "test.sh: exit $test_rc"
grep -E "tests passed|tests failed" "$root/root/test.log" || true
if grep -q "could not change directory" "$root/root/test.log"; then
    echo "warning: a 'could not change directory' line was printed"; test_rc=${test_rc:-1}
fi
[ $run_ok = 1 ] && [ "$test_rc" = 0 ]
