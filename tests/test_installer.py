"""The installer recipes (installer/): fast checks that run with every `make test`.

The real frozen build is exercised by `make dist-check` (installer/smoke_test.sh); here the Linux
tarball and install.sh run against a stand-in build, and the recipes for the other platforms are
checked for agreeing with the spec and pyproject.toml.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

import models
from models.core import migrate, paths

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]


def _fake_build(folder: Path, version: str = "9.8.7") -> Path:
    """A stand-in for dist/committee-desk/: an executable that answers --version."""
    app = folder / "committee-desk"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "payload.txt").write_text("bundled", encoding="utf-8")
    exe = app / "committee-desk"
    exe.write_text(f'#!/bin/sh\necho "committee-desk {version}"\n', encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return app


def _clean_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def test_spec_reads_pyproject_and_agrees_with_models_version():
    spec = (INSTALLER / "committee-desk.spec").read_text(encoding="utf-8")
    compile(spec, "committee-desk.spec", "exec")  # valid Python
    assert 'tomllib.load' in spec and '"main.py"' in spec
    for needed in ('collect_submodules("models"', 'collect_submodules("reports")', 'collect_submodules("ui")', 'collect_submodules("cli")',
                   'collect_submodules("keyring.backends")', 'copy_metadata("keyring")', '"sqlcipher3._sqlite3"',
                   '"resources"', '"models/migrations/versions"', "BUNDLE("):
        assert needed in spec, needed
    assert models.__version__ == _project()["version"], "pyproject.toml and models/__init__.py disagree"


def test_bundle_paths_resolve_inside_a_frozen_app(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    # Migrations are found in models/ beside the core package, which PyInstaller places under
    # sys._MEIPASS too (the spec bundles them at models/migrations).
    assert migrate.MIGRATIONS == Path(migrate.__file__).resolve().parent.parent / "migrations"
    assert (migrate.MIGRATIONS / "env.py").is_file()
    assert (migrate.MIGRATIONS / "script.py.mako").is_file()


def test_icons_are_square_and_readable():
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    icons = ROOT / "resources" / "icons"
    image = QImage(str(icons / "committee-desk.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()
    assert QSvgRenderer(str(icons / "committee-desk.svg")).isValid()
    assert (icons / "committee-desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "committee-desk.icns").read_bytes()[:4] == b"icns"


def test_desktop_entry_is_well_formed():
    text = (INSTALLER / "linux" / "committee-desk.desktop").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    entries = dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))
    for key, value in {"Type": "Application", "Name": "Committee Desk", "Icon": "committee-desk",
                       "Exec": "committee-desk", "Terminal": "false"}.items():
        assert entries.get(key) == value, key
    assert entries["Categories"].endswith(";")


@pytest.mark.skipif(os.name != "posix", reason="the Linux tarball")
def test_tarball_install_upgrade_and_uninstall(tmp_path):
    app = _fake_build(tmp_path / "build")
    out = tmp_path / "out"
    subprocess.run(["sh", str(INSTALLER / "linux" / "make_tarball.sh"), str(app), str(out)], check=True,
                   capture_output=True)
    [tarball] = list(out.glob("*.tar.gz"))
    name = tarball.name.removesuffix(".tar.gz")
    assert re.fullmatch(r"committee-desk-9\.8\.7-linux-[\w]+", name)
    with tarfile.open(tarball) as tar:
        members = set(tar.getnames())
        tar.extractall(tmp_path / "unpacked", filter="tar")
    for member in ("install.sh", "committee-desk.desktop", "committee-desk.png", "committee-desk/committee-desk",
                   "committee-desk/_internal/payload.txt"):
        assert f"{name}/{member}" in members

    home = tmp_path / "home dir"  # a space, as the Exec quoting must handle
    home.mkdir()
    data = home / ".local" / "share" / "CommitteeDesk" / "committee.cdesk"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"encrypted")
    install = tmp_path / "unpacked" / name / "install.sh"
    done = subprocess.run(["sh", str(install)], env=_clean_env(home), capture_output=True, text=True, check=True)
    assert "Committee Desk 9.8.7 is installed." in done.stdout

    prefix = home / ".local" / "opt" / "committee-desk"
    assert (prefix / "_internal" / "payload.txt").read_text(encoding="utf-8") == "bundled"
    desktop = (home / ".local" / "share" / "applications" / "committee-desk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{prefix}/committee-desk"' in desktop.splitlines()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "committee-desk.png").is_file()
    link = home / ".local" / "bin" / "committee-desk"
    assert subprocess.run([str(link), "--version"], capture_output=True, text=True).stdout.strip() == "committee-desk 9.8.7"

    # Upgrade: the old files are replaced, not mixed with the new ones.
    (prefix / "_internal" / "stale.txt").write_text("old", encoding="utf-8")
    subprocess.run(["sh", str(install)], env=_clean_env(home), capture_output=True, check=True)
    assert not (prefix / "_internal" / "stale.txt").exists()

    subprocess.run(["sh", str(install), "--uninstall"], env=_clean_env(home), capture_output=True, check=True)
    assert not prefix.exists() and not link.exists()
    assert not (home / ".local" / "share" / "applications" / "committee-desk.desktop").exists()
    assert data.read_bytes() == b"encrypted", "uninstall must never touch the databases"


def test_windows_and_macos_recipes_agree_with_the_spec():
    iss = (INSTALLER / "windows" / "committee-desk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "AppVersion={#AppVersion}" in iss and "#error" in iss  # the version is passed in
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', iss, re.M)
    assert '#define AppExe "committee-desk.exe"' in iss
    assert '#define BuildDir "..\\..\\dist\\committee-desk"' in iss
    build = (INSTALLER / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "/DAppVersion=$version" in build and "installer\\committee-desk.spec" in build
    mac = (INSTALLER / "macos" / "build_app.sh").read_text(encoding="utf-8")
    assert "hdiutil create" in mac and 'APP="dist/Committee Desk.app"' in mac
    spec = (INSTALLER / "committee-desk.spec").read_text(encoding="utf-8")
    assert 'DISPLAY_NAME = "Committee Desk"' in spec and 'name=f"{DISPLAY_NAME}.app"' in spec
    assert _project()["name"] == "committee-desk"  # the executable and folder names above
