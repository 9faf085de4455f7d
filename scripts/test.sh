#!/usr/bin/env bash
# Installs what building and testing need, builds, starts a throwaway PostgreSQL on
# 127.0.0.1 (free port, data under /tmp, stopped on exit), runs ctest and exits with its status.
# Extra arguments go to ctest (e.g. scripts/test.sh -R rules).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_and_build build -DAGREEMENTDESK_WERROR=ON

# The suite (PostgreSQL's data, the 100,000-row import tests) needs a few GB under /tmp; a full
# disk fails tests with "No space left on device", far from the cause. Say so up front.
free_kb=$(df -Pk /tmp | awk 'NR==2 {print $4}')
if [ "${free_kb:-0}" -lt $((3 * 1024 * 1024)) ]; then
    echo "warning: only $((free_kb / 1024)) MB free under /tmp; the tests need about 3 GB" \
        "(tests fail with 'No space left on device' when it runs out)" >&2
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PGDIR=$(mktemp -d /tmp/agreementdesk-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# As root the server runs as the postgres user, from / (a directory it may enter: su keeps the
# working directory, and postgres may not enter /root/...).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then (cd / && su postgres -s /bin/sh -c "$*"); else sh -c "$*"; fi
}
stop_pg() {
    as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
}
trap stop_pg EXIT
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
as_pg "'$PGBIN/initdb' -D '$PGDIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log"; exit 1; }
as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k '$PGDIR' -c fsync=off -c max_connections=200\" start" >/dev/null \
    || { cat "$PGDIR/server.log"; exit 1; }
export AGREEMENTDESK_TEST_PG="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
export PATH="$PGBIN:$PATH"
echo "Throwaway PostgreSQL on 127.0.0.1:$PGPORT"

set +e
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@")
rc=$?
set -e
exit $rc
