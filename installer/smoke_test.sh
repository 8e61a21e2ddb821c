#!/usr/bin/env bash
# Smoke test of the frozen Linux build (run by `make dist-check`, also fine by hand):
#
#     installer/smoke_test.sh dist/committee-desk-VERSION-linux-x86_64.tar.gz
#     installer/smoke_test.sh dist/committee-desk/committee-desk     # a build, not installed
#
# Given the release tarball, it unpacks it and runs install.sh into a throw-away home first, as a
# committee member would. Every command then runs from an empty temporary folder with a clean
# environment (`env -i`: no PYTHONPATH, no virtualenv, cwd outside the checkout), so the frozen
# program can only use what is inside the bundle:
#   --version; init + demo (200 fictional people) on an encrypted database; check;
#   print call-sheets (PDF) and report turnout (xlsx) when `--help` lists them;
#   print leaflet from a shipped template (when offered);
#   the main window offscreen: `--demo` under QT_QPA_PLATFORM=offscreen for a few seconds. The GUI
#   has no "quit after start" option, so the run is stopped by `timeout` and counts as a success
#   only if it was still running (exit 124), printed no traceback or Qt error, logged no error,
#   and left the demo database in COMMITTEE_DESK_HOME/data (created and opened by the demo button,
#   which then shows the main window).
# SMOKE_KEEP=FOLDER keeps the PDFs and the xlsx it wrote; GUI_SECONDS (default 20) how long the
# window runs.
set -euo pipefail

TARGET=$(realpath "${1:?usage: smoke_test.sh TARBALL|EXECUTABLE}")
HERE=$(cd "$(dirname "$0")" && pwd)
GUI_SECONDS=${GUI_SECONDS:-20}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cdesk-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run" "$WORK/cwd" "$WORK/out"
chmod 700 "$WORK/run"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

# A clean environment: nothing from the developer's shell or the source checkout.
clean_env=(env -i
    HOME="$WORK/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
    XDG_RUNTIME_DIR="$WORK/run"
    COMMITTEE_DESK_HOME="$WORK/cdhome"
    COMMITTEE_DESK_PASSPHRASE="correct horse battery staple 42"
    QT_QPA_PLATFORM=offscreen)

if [[ $TARGET == *.tar.gz ]]; then
    step "unpack and install $(basename "$TARGET") into a temporary home"
    tar -C "$WORK" -xzf "$TARGET"
    (cd "$WORK/cwd" && "${clean_env[@]}" sh "$WORK"/committee-desk-*/install.sh)
    BIN="$WORK/home/.local/opt/committee-desk/committee-desk"
    DESKTOP="$WORK/home/.local/share/applications/committee-desk.desktop"
    [[ -x $BIN ]] || fail "install.sh did not install $BIN"
    [[ -f $DESKTOP ]] || fail "install.sh did not install the menu entry"
    grep -qx "Exec=\"$BIN\"" "$DESKTOP" || fail "menu entry does not start $BIN"
    [[ -f $WORK/home/.local/share/icons/hicolor/256x256/apps/committee-desk.png ]] || fail "icon not installed"
    [[ -L $WORK/home/.local/bin/committee-desk ]] || fail "no committee-desk command in ~/.local/bin"
    if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$DESKTOP"; fi
else
    BIN=$TARGET
fi
INTERNAL="$(dirname "$BIN")/_internal"

cd "$WORK/cwd"
cd_run() { "${clean_env[@]}" "$BIN" "$@"; }

step "bundle contents"
for required in \
    resources/fonts/DejaVuSans.ttf \
    resources/i18n/committee_desk_es.qm \
    resources/i18n/committee_desk_en.qm \
    resources/icons/committee-desk.png \
    models/migrations/env.py \
    models/migrations/script.py.mako \
    models/migrations/versions/0001_foundation.py; do
    [[ -f $INTERNAL/$required ]] || fail "missing from the bundle: $required"
done
ls "$INTERNAL"/keyring-*.dist-info/entry_points.txt >/dev/null 2>&1 || fail "keyring metadata (backend entry points) missing"
ls "$INTERNAL"/sqlcipher3/_sqlite3*.so >/dev/null 2>&1 || fail "the sqlcipher3 extension is missing"
echo "resources, migrations, keyring metadata, sqlcipher3: present"
# Against the source tree (read only by this checker, with the developer's Python): every app
# module, keyring backend and migration made it into the bundle.
CHECK_PYTHON=${CHECK_PYTHON:-$HERE/../.venv/bin/python}
if [[ -x $CHECK_PYTHON ]] && "$CHECK_PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$CHECK_PYTHON" "$HERE/check_bundle.py" "$BIN" || fail "the bundle misses parts of the source tree"
else
    echo "SKIPPED: module check (no Python with PyInstaller at $CHECK_PYTHON)"
fi

step "--version"
version=$(cd_run --version)
echo "$version"
[[ $version == "committee-desk "* ]] || fail "unexpected --version output"

DB="$WORK/data folder/committee.cdesk"   # a space in the path, as on many laptops
mkdir -p "$(dirname "$DB")"

step "init (encrypted) + demo --people 200"
cd_run init --db "$DB"
cd_run demo --db "$DB" --people 200
head -c 16 "$DB" | grep -q "SQLite format 3" && fail "the database is not encrypted"

step "check"
cd_run check --db "$DB" | tee "$WORK/check.txt"
grep -q "^people: 200$" "$WORK/check.txt" || fail "check does not count 200 people"
grep -q "^integrity: ok$" "$WORK/check.txt" || fail "integrity check failed"

help=$(cd_run --help)
event=""
if grep -q "^ *list " <<<"$help" && cd_run list --help | grep -q events; then
    event=$(cd_run list events --db "$DB" | head -n 1 | cut -f 2)
fi

if grep -q "^ *print " <<<"$help" && cd_run print --help | grep -q "call-sheets" && [[ -n $event ]]; then
    step "print call-sheets --event \"$event\""
    cd_run print call-sheets --db "$DB" --event "$event" "$WORK/out/call sheets.pdf"
    [[ $(head -c 5 "$WORK/out/call sheets.pdf") == "%PDF-" ]] || fail "call sheets are not a PDF"
    ls -l "$WORK/out/call sheets.pdf"
else
    echo "SKIPPED: print call-sheets (not offered by this build's --help, or no event)"
fi

if grep -q "^ *report " <<<"$help" && cd_run report --help | grep -q "turnout" && [[ -n $event ]]; then
    step "report turnout --event \"$event\""
    cd_run report turnout --db "$DB" --event "$event" "$WORK/out/turnout.xlsx"
    [[ $(head -c 2 "$WORK/out/turnout.xlsx") == "PK" ]] || fail "turnout is not an xlsx (zip) file"
    ls -l "$WORK/out/turnout.xlsx"
else
    echo "SKIPPED: report turnout (not offered by this build's --help, or no event)"
fi

if grep -q "^ *print " <<<"$help" && cd_run print --help | grep -q "leaflet"; then
    template=$(cd_run list templates | head -n 1 | cut -f 1)
    step "print leaflet --template $template (shipped template, fonts, QR code)"
    cd_run print leaflet --template "$template" "$WORK/out/leaflet.pdf"
    [[ $(head -c 5 "$WORK/out/leaflet.pdf") == "%PDF-" ]] || fail "the leaflet is not a PDF"
else
    echo "SKIPPED: print leaflet (not offered by this build's --help)"
fi
if [[ -n ${SMOKE_KEEP:-} ]]; then cp "$WORK"/out/* "$SMOKE_KEEP"/; fi

step "wrong passphrase is refused (exit 2, no traceback)"
set +e
"${clean_env[@]}" COMMITTEE_DESK_PASSPHRASE=wrong "$BIN" check --db "$DB" >"$WORK/wrong.txt" 2>&1
status=$?
set -e
cat "$WORK/wrong.txt"
[[ $status == 2 ]] || fail "wrong passphrase: exit $status, expected 2"
grep -q Traceback "$WORK/wrong.txt" && fail "wrong passphrase printed a traceback"

step "main window offscreen (--demo, stopped after ${GUI_SECONDS}s)"
set +e
"${clean_env[@]}" timeout "$GUI_SECONDS" "$BIN" --demo >"$WORK/gui.txt" 2>&1
status=$?
set -e
cat "$WORK/gui.txt"
[[ $status == 124 ]] || fail "the GUI exited by itself (exit $status) instead of running until stopped"
grep -qiE "Traceback|Failed to execute script|qt\.qpa\.plugin|Could not load" "$WORK/gui.txt" \
    && fail "the GUI printed an error"
[[ -f $WORK/cdhome/data/demo.cdesk ]] || fail "the demo database was not created by the GUI"
if grep -hE " (ERROR|CRITICAL) " "$WORK"/cdhome/logs/*.log; then fail "the GUI logged an error"; fi
grep -q "database opened\|database created" "$WORK"/cdhome/logs/*.log || fail "the GUI did not open the demo database"
grep -q "main window shown" "$WORK"/cdhome/logs/*.log || fail "the GUI did not show its main window"
echo "window ran ${GUI_SECONDS}s with the demo database open"

if [[ $TARGET == *.tar.gz ]]; then
    step "uninstall keeps the data"
    (cd "$WORK/cwd" && "${clean_env[@]}" sh "$WORK"/committee-desk-*/install.sh --uninstall)
    [[ ! -e $BIN ]] || fail "uninstall left the program"
    [[ -f $DB ]] || fail "uninstall removed a database"
fi

printf '\nSMOKE TEST PASSED (%s)\n' "$version"
