#!/usr/bin/env python3
"""Before `make run` opens the window on Linux: are the system libraries Qt's platform plugin
needs installed? If one is missing, say so and print the one command that installs them all.

Qt's own message ("xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin")
names one library, and after installing it the next one fails (libxcb-icccm4, libxcb-keysyms1...).
This asks ``ldd`` about PySide6's plugin (libqxcb.so for X11, libqwayland.so for Wayland) and
lists every package that plugin needs, so one `apt-get install` (or `dnf install`) does it.

Only on Linux with a display (DISPLAY or WAYLAND_DISPLAY) and a platform that draws on it
(not QT_QPA_PLATFORM=offscreen/minimal/vnc...). Exit status: 0 fine (or nothing to check),
1 libraries missing. Standard library only: it runs before anything else is known to work.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Every library the plugins load from the system (``ldd`` on PySide6 6.8-6.11), with the package
# that has it on Debian/Ubuntu and on Fedora/RHEL. Qt's own libraries come with PySide6.
XCB_LIBS: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
WAYLAND_LIBS: dict[str, tuple[str, str]] = {
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
PLUGINS = {"xcb": ("libqxcb.so", XCB_LIBS), "wayland": ("libqwayland.so", WAYLAND_LIBS)}
# Platforms that draw without system display libraries.
HEADLESS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def platform_to_check(env: dict[str, str]) -> str | None:
    """"xcb", "wayland" or None (nothing to check) for this environment."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip().lower()
    if chosen in HEADLESS:
        return None
    if chosen.startswith("wayland"):
        return "wayland" if env.get("WAYLAND_DISPLAY") else None
    if chosen == "xcb":
        return "xcb" if env.get("DISPLAY") else None
    if env.get("DISPLAY"):
        return "xcb"  # also the fallback on most Wayland desktops (XWayland)
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def plugin_file(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "Qt" / "plugins" / "platforms" / name
        if path.exists():
            return path
    return None


def missing_libraries(plugin: Path) -> list[str] | None:
    """Sonames ``ldd`` cannot find for ``plugin`` (None when ldd is not there)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    missing = []
    for line in out.splitlines():
        name, _, where = line.strip().partition("=>")
        if "not found" in where and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def install_commands(libs: dict[str, tuple[str, str]], missing: list[str]) -> tuple[str, str]:
    """One apt-get and one dnf command installing every package the plugin needs (the missing
    ones and those a missing one would have needed next)."""
    debian = list(dict.fromkeys(deb for deb, _ in libs.values()))
    fedora = list(dict.fromkeys(rpm for _, rpm in libs.values()))
    return ("sudo apt-get install -y " + " ".join(debian), "sudo dnf install -y " + " ".join(fedora))


def check(env: dict[str, str] | None = None, out=sys.stderr) -> int:
    env = dict(os.environ if env is None else env)
    platform = platform_to_check(env)
    if platform is None:
        return 0
    name, libs = PLUGINS[platform]
    plugin = plugin_file(name)
    if plugin is None:
        return 0
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    apt, dnf = install_commands(libs, missing)
    unknown = [lib for lib in missing if lib not in libs]
    lines = [
        f"Committee Desk cannot open its window yet: this computer lacks system libraries that Qt's "
        f"{platform} display plugin needs ({', '.join(missing)}).",
        "Install them all with one command, then run `make run` again:",
        "",
        f"  Debian, Ubuntu, Mint:  {apt}",
        f"  Fedora, RHEL:          {dnf}",
    ]
    if unknown:
        lines += ["", f"Also look for the package that has: {', '.join(unknown)}"]
    print("\n".join(lines), file=out)
    return 1


if __name__ == "__main__":
    sys.exit(check())
