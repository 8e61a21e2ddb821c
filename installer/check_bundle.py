"""Compare a frozen build with the source tree it came from (run by installer/smoke_test.sh).

    .venv/bin/python installer/check_bundle.py PATH/TO/committee-desk

Fails (exit 1) when a module of ``models``, ``reports``, ``ui`` or ``cli`` is missing from the program's
archive (features are imported by name from models/features.py, so PyInstaller would not see a
forgotten one), when a keyring backend is missing (jaraco/keyring#324), or when the bundled
migrations differ from ``models/migrations``. Needs PyInstaller (the ``dist`` extra) to read the
archive; only this checker uses the source tree, never the frozen program.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

ROOT = Path(__file__).resolve().parent.parent
NOT_MODULES = {"models.migrations.env", "models.migrations.autogenerate"}  # data / developer tool
# Extension modules imported through exec() (PyInstaller cannot see them): bundled if installed.
EXEC_IMPORTED_EXTENSIONS = ["_rl_accel"]
KEYRING_BACKENDS = ["SecretService", "Windows", "kwallet", "libsecret", "macOS", "chainer", "fail", "null"]


def source_modules() -> set[str]:
    found = set()
    for package in ("models", "reports", "ui", "cli"):
        for path in (ROOT / package).rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            if "versions" in rel.parts:  # migration scripts: data, checked below
                continue
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            found.add(".".join(parts))
    return found - NOT_MODULES


def main(executable: str) -> int:
    exe = Path(executable).resolve()
    archive = CArchiveReader(str(exe))
    pyz = archive.open_embedded_archive(next(name for name in archive.toc if name.endswith(".pyz")))
    bundled = set(pyz.toc)
    problems = [f"module not bundled: {name}" for name in sorted(source_modules() - bundled)]
    problems += [f"keyring backend not bundled: {name}" for name in KEYRING_BACKENDS
                 if f"keyring.backends.{name}" not in bundled]
    internal = exe.parent / "_internal"
    ours = {p.name for p in (ROOT / "models" / "migrations" / "versions").glob("*.py")}
    theirs = {p.name for p in (internal / "models" / "migrations" / "versions").glob("*.py")}
    if ours != theirs:
        problems.append(f"bundled migrations differ: missing {sorted(ours - theirs)}, extra {sorted(theirs - ours)}")
    for name in EXEC_IMPORTED_EXTENSIONS:
        if importlib.util.find_spec(name) and not any(internal.glob(f"{name}.*")):
            problems.append(f"extension module not bundled: {name}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(source_modules())} app modules, {len(KEYRING_BACKENDS)} keyring backends and "
              f"{len(ours)} migrations bundled")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
