#!/bin/sh
# Install Committee Desk for the current user (no root needed), from the unpacked release tarball:
#
#     tar xzf committee-desk-VERSION-linux-x86_64.tar.gz
#     committee-desk-VERSION-linux-x86_64/install.sh            # install or upgrade
#     committee-desk-VERSION-linux-x86_64/install.sh --uninstall
#
# The program goes to ~/.local/opt/committee-desk, the menu entry to
# ~/.local/share/applications, the icon to ~/.local/share/icons and a `committee-desk` command
# to ~/.local/bin. Your databases and settings are never touched, not even by --uninstall.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/committee-desk
DESKTOP=$DATA_HOME/applications/committee-desk.desktop
ICON=$DATA_HOME/icons/hicolor/256x256/apps/committee-desk.png
LINK=$HOME/.local/bin/committee-desk

refresh_menus() {
    # Optional helpers of the desktop environment: without them the menu updates on next login.
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA_HOME/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    rm -f "$DESKTOP" "$ICON"
    if [ -L "$LINK" ]; then rm -f "$LINK"; fi
    refresh_menus
    echo "Committee Desk was removed. Your databases and settings were kept."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/committee-desk/committee-desk" ]; then
    echo "install.sh: run it from the unpacked release folder (committee-desk/ is missing)" >&2
    exit 2
fi

# Copy beside the old version first, then swap: an interrupted upgrade leaves the old one working.
mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX.new" "$PREFIX.old"
cp -R "$HERE/committee-desk" "$PREFIX.new"
if [ -e "$PREFIX" ]; then mv "$PREFIX" "$PREFIX.old"; fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$LINK")"
cp "$HERE/committee-desk.png" "$ICON"
# Exec needs the absolute path, quoted as the Desktop Entry spec asks: inside the quotes
# \ " ` $ are escaped (a backslash as four), and % is doubled.
exec_path=$(printf '%s' "$PREFIX/committee-desk" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/committee-desk.desktop" > "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
chmod 644 "$DESKTOP"
if [ ! -e "$LINK" ] || [ -L "$LINK" ]; then ln -sf "$PREFIX/committee-desk" "$LINK"; fi
refresh_menus

version=$("$PREFIX/committee-desk" --version)
echo "Committee Desk ${version#committee-desk } is installed."
echo "Open it from your applications menu, or run: $LINK"
