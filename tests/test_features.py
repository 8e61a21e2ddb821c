"""The feature list (models/features.py, issue 24): one list gives the tables, demo data, sidebar
sections and CLI commands; nothing registers itself when imported; --help and --version load no
feature; the sidebar and --help are what they were before the list."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import types
from pathlib import Path

from models import __version__
from models.features import FEATURES, Feature, demo_functions, gather, load

ROOT = Path(__file__).resolve().parent.parent
FEATURE_PACKAGES = ("roster", "organization", "importing", "resolutions", "trainings", "mobilization", "leaflets",
                    "safety")
# Loaded by --help / --version, these would mean a feature, the UI or a printout library came along.
HEAVY = tuple(f"models.{name}" for name in FEATURE_PACKAGES) + (
    "reports", "ui", "PySide6", "shiboken6", "reportlab", "openpyxl", "sqlalchemy", "sqlcipher3", "phonenumbers")

HELP_BEFORE_THE_LIST = """\
usage: committee-desk [-h] [--version] COMMAND ...

Committee Desk: encrypted, local-first records for union committees. With no
subcommand the app window opens.

positional arguments:
  COMMAND
    init       create a new encrypted database
    demo       create or fill a database with fictional people
    check      verify the key, integrity and foreign keys; print counts
    list       list rows: id, a tab, the name
    import     import people from a CSV or XLSX file (one transaction,
               undoable)
    undo-import
               take back a whole import (see: list imports)
    export     export people to .csv, .xlsx, or a layout Spoke, Action
               Network, Google Contacts or a phone takes (NOT encrypted)
    print      print a PDF: call-sheets, directory, labels, leaflet, phone-
               tree, resolution, sign-in, wall-chart
    report     write an Excel report (or a PDF with --pdf): trainings, turnout
    backup     write an encrypted, verified backup (same passphrase)
    restore    restore a backup to PATH (an existing file is moved aside
               first)
    server     set up a committee server and its logins (PostgreSQL)
    copy       copy every row from an encrypted file to a committee server, or
               back

options:
  -h, --help   show this help message and exit
  --version    show program's version number and exit
"""


def _modules_after(*args: str) -> tuple[str, list[str]]:
    """Run main.py ARGS in a fresh interpreter; its output and the modules it had imported."""
    code = (
        "import sys\n"
        f"sys.argv = ['main.py', *{list(args)!r}]\n"
        "import main\n"
        "try:\n"
        "    main.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(['--modules--', *sorted(sys.modules)]))\n"
    )
    env = {**os.environ, "COLUMNS": "80"}  # argparse wraps --help to the terminal's width
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    text, _, modules = out.stdout.partition("--modules--\n")
    return text, modules.split()


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_help_lists_every_subcommand_as_before_and_loads_no_feature():
    text, modules = _modules_after("--help")
    assert text == HELP_BEFORE_THE_LIST
    assert _heavy(modules) == []


def test_version_loads_no_feature():
    text, modules = _modules_after("--version")
    assert text == f"committee-desk {__version__}\n"
    assert _heavy(modules) == []


def test_sidebar_order_as_before():
    from ui.sections import SectionSpec, sections

    specs = sections()
    assert all(isinstance(spec, SectionSpec) for spec in specs)
    assert [spec.key for spec in specs] == ["roster", "workplaces", "committees", "resolutions", "trainings",
                                            "mobilizations", "leaflets", "imports"]


def test_every_name_in_the_list_loads():
    from cli.core import ListKind, SubKind

    assert len({f.key for f in FEATURES}) == len(FEATURES)
    for feature in FEATURES:
        assert isinstance(feature, Feature)
        for module in feature.tables + feature.commands:
            assert isinstance(load(module), types.ModuleType), module
        for module in feature.commands:
            assert callable(load(module).register), module
    assert all(callable(fn) for fn in demo_functions())
    for field, kind in (("list_kinds", ListKind), ("print_kinds", SubKind), ("report_kinds", SubKind)):
        kinds = [k for group in gather(field) for k in group]
        assert kinds and all(isinstance(k, kind) for k in kinds), field
        assert len({k.name for k in kinds}) == len(kinds), field  # no kind hides another


def test_import_choices_agree_with_the_importer():
    from cli.importing import ON_DUPLICATE
    from models import importing

    assert ON_DUPLICATE == importing.DUPLICATE_ACTIONS


def test_feature_list_imports_neither_ui_nor_cli():
    tree = ast.parse((ROOT / "models" / "features.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "importlib", "dataclasses", "typing"}


# Decorators that only wrap the function they decorate (none adds it to a registry).
WRAPPING_DECORATORS = {"dataclass", "contextmanager", "lru_cache", "functools.lru_cache", "gc_paused", "audit.audited",
                       "versions.refuses_stale"}


def test_nothing_registers_at_import():
    """No module-level call statements (``register_section(...)``) and no decorator that could
    fill a registry (``@print_kind``) in models/, reports/, ui/ or cli/."""
    offenders = []
    for folder in ("models", "reports", "ui", "cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                    offenders.append(f"{where} {ast.unparse(node)[:60]}")
                for decorator in getattr(node, "decorator_list", []):
                    name = ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator)
                    if name not in WRAPPING_DECORATORS:
                        offenders.append(f"{where} @{name}")
    assert offenders == []
