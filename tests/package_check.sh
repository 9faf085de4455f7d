#!/usr/bin/env bash
# Builds the Debian package, checks its metadata and contents, installs it into a scratch root
# and runs agreementdesk-cli --version from there. Also validates the desktop entry and the
# AppStream metadata. Usage: package_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1; src=$2
scratch=$(mktemp -d /tmp/agreementdesk-pkg.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
desktop-file-validate "$src/resources/desktop/io.github.agreementdesk.AgreementDesk.desktop"
appstreamcli validate --no-net "$src/resources/desktop/io.github.agreementdesk.AgreementDesk.metainfo.xml"
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for want in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libsqlite3 liborcus libdeflate0; do
    echo "$depends" | grep -q "$want" || { echo "missing dependency: $want"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/agreementdesk ./usr/bin/agreementdesk-cli \
         ./usr/share/applications/io.github.agreementdesk.AgreementDesk.desktop \
         ./usr/share/metainfo/io.github.agreementdesk.AgreementDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.agreementdesk.AgreementDesk.svg; do
    echo "$contents" | grep -q " $f\$" || { echo "not in the package: $f"; exit 1; }
done
dpkg-deb -x "$deb" "$scratch/root"
version=$("$scratch/root/usr/bin/agreementdesk-cli" --version)
echo "$version"
[[ "$version" == agreementdesk-cli\ * ]] || { echo "unexpected --version output"; exit 1; }
# The installed CLI works on its own: a demo database in the scratch root.
"$scratch/root/usr/bin/agreementdesk-cli" --db "$scratch/demo.sqlite" init --demo >/dev/null
"$scratch/root/usr/bin/agreementdesk-cli" --db "$scratch/demo.sqlite" customers | grep -q "ABC Company"
echo "package check passed"
