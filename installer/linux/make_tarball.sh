#!/bin/sh
# Package a PyInstaller one-folder build as the Linux release tarball (called by `make dist`):
#     installer/linux/make_tarball.sh dist/committee-desk dist
# -> dist/committee-desk-VERSION-linux-ARCH.tar.gz holding committee-desk/ (the program),
#    install.sh, the .desktop entry and the icon, in one top folder of the same name.
set -eu

APP=${1:?usage: make_tarball.sh APP_FOLDER OUT_FOLDER}
OUT=${2:?usage: make_tarball.sh APP_FOLDER OUT_FOLDER}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

VERSION=$("$APP/committee-desk" --version)  # "committee-desk 1.2.3"; fails if the build is broken
VERSION=${VERSION#committee-desk }
NAME=committee-desk-$VERSION-linux-$(uname -m)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir "$STAGE/$NAME"
cp -R "$APP" "$STAGE/$NAME/committee-desk"
cp "$ROOT/installer/linux/install.sh" "$ROOT/installer/linux/committee-desk.desktop" "$STAGE/$NAME/"
cp "$ROOT/resources/icons/committee-desk.png" "$STAGE/$NAME/"
chmod 755 "$STAGE/$NAME/install.sh"
mkdir -p "$OUT"
tar -C "$STAGE" -czf "$OUT/$NAME.tar.gz.part" "$NAME"
mv "$OUT/$NAME.tar.gz.part" "$OUT/$NAME.tar.gz"
echo "$OUT/$NAME.tar.gz"
