"""Issue #22 item 6: `make run` on a bare Linux checks the system libraries Qt's display plugin
needs and, when one is missing, stops with the one apt-get / dnf command that installs them all.
The missing library is faked with an `ldd` that says "not found"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "linux" / "check_qt_libs.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def fake_ldd(folder: Path, missing: list[str]) -> Path:
    """An ldd that reports the plugin's libraries, ``missing`` ones as not found."""
    lines = ["\tlinux-vdso.so.1 (0x00007ffd)", "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)"]
    lines += [f"\t{name} => not found" for name in missing]
    bin_dir = folder / "bin"
    bin_dir.mkdir(exist_ok=True)
    ldd = bin_dir / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'OUT'\n" + "\n".join(lines) + "\nOUT\n")
    ldd.chmod(0o755)
    return bin_dir


def run_check(bin_dir: Path | None, **env_changes: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    if bin_dir is not None:
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    for key, value in env_changes.items():
        if value is not None:
            env[key] = value
    return subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=60)


def test_a_missing_library_stops_with_one_command_for_all(tmp_path):
    bin_dir = fake_ldd(tmp_path, ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    result = run_check(bin_dir, DISPLAY=":0")
    assert result.returncode == 1
    text = result.stderr
    assert "libxcb-cursor.so.0" in text and "libxcb-icccm.so.4" in text
    apt = next(line for line in text.splitlines() if "apt-get install" in line)
    dnf = next(line for line in text.splitlines() if "dnf install" in line)
    # One command with everything the plugin needs, also what a missing library would need next.
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
                    "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-shape0", "libegl1",
                    "libfontconfig1", "libdbus-1-3"):
        assert f" {package}" in apt, package
    for package in ("xcb-util-cursor", "xcb-util-wm", "xcb-util-keysyms", "libxkbcommon-x11"):
        assert f" {package}" in dnf, package
    assert text.count("apt-get install") == 1 and "sudo apt-get install -y " in apt


def test_nothing_missing_or_nothing_to_draw_on_passes_quietly(tmp_path):
    (tmp_path / "fine").mkdir()
    (tmp_path / "broken").mkdir()
    fine = fake_ldd(tmp_path / "fine", [])
    assert run_check(fine, DISPLAY=":0").returncode == 0
    broken = fake_ldd(tmp_path / "broken", ["libxcb-keysyms.so.1"])
    for env in ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},  # the tests' platform
                {"DISPLAY": ":0", "QT_QPA_PLATFORM": "minimal"},
                {}):  # no display at all (ssh, CI)
        result = run_check(broken, **env)
        assert result.returncode == 0 and result.stderr == "", env


def test_wayland_checks_the_wayland_plugin(tmp_path):
    bin_dir = fake_ldd(tmp_path, ["libwayland-cursor.so.0"])
    result = run_check(bin_dir, WAYLAND_DISPLAY="wayland-0")
    assert result.returncode == 1
    assert "libwayland-cursor0" in result.stderr and "libxcb-cursor0" not in result.stderr


def test_make_run_checks_before_starting_the_app():
    dry = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    lines = [line for line in dry.stdout.splitlines() if line.strip()]
    check = next(i for i, line in enumerate(lines) if "check_qt_libs.py" in line)
    start = next(i for i, line in enumerate(lines) if "committee-desk" in line and "check_qt_libs" not in line
                 and "bin/committee-desk" in line)
    assert check < start
