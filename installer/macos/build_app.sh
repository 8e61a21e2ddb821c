#!/bin/sh
# Build "Committee Desk.app" and the disk image dist/CommitteeDesk-VERSION.dmg on a Mac.
#
# Needs Python 3.11+ (python.org installer or Homebrew) and the Xcode command line tools
# (`xcode-select --install`; hdiutil and codesign ship with macOS). From the repository root:
#     sh installer/macos/build_app.sh
# The .app comes from the BUNDLE step of installer/committee-desk.spec (Info.plist keys:
# CFBundleName/DisplayName, CFBundleShortVersionString/CFBundleVersion from pyproject.toml,
# NSHighResolutionCapable, LSMinimumSystemVersion, the icon committee-desk.icns).
#
# The app is signed ad hoc ("-"), which is enough for the machine that built it. A release for
# others should be signed with a Developer ID and notarized, otherwise Gatekeeper makes people
# allow it once in System Settings > Privacy & Security (see the README):
#     SIGN_IDENTITY="Developer ID Application: ..." sh installer/macos/build_app.sh
#     xcrun notarytool submit dist/CommitteeDesk-VERSION.dmg --keychain-profile PROFILE --wait
#     xcrun stapler staple dist/CommitteeDesk-VERSION.dmg
set -eu
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dist]'
.venv/bin/pyside6-lrelease -silent resources/i18n/committee_desk_es.ts -qm resources/i18n/committee_desk_es.qm
.venv/bin/pyside6-lrelease -silent resources/i18n/committee_desk_en.ts -qm resources/i18n/committee_desk_en.qm
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/committee-desk.spec

APP="dist/Committee Desk.app"
VERSION=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
REPORTED=$("$APP/Contents/MacOS/committee-desk" --version)
[ "$REPORTED" = "committee-desk $VERSION" ] || { echo "frozen app reports '$REPORTED'" >&2; exit 1; }

if [ "${SIGN_IDENTITY:--}" = "-" ]; then
    codesign --force --deep --sign - "$APP"
else  # notarization wants the hardened runtime
    codesign --force --deep --timestamp --options runtime --sign "$SIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP"

# The .dmg: the app and a link to /Applications, so installing is one drag.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/CommitteeDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Committee Desk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [ "${SIGN_IDENTITY:--}" != "-" ]; then codesign --sign "$SIGN_IDENTITY" "$DMG"; fi
echo "Built $DMG"
