"""Guards that keep dangerous data and Qt out of the places they must never be."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from models.core import tables  # noqa: F401  (every table registered)
from models.core.base import Base

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = re.compile(r"immigra|citizen|country|origin|visa|nationalit|birth_?place|alien|passport|ssn|social_security|a_number|deport", re.I)


# The one allowed match: the country of a person's postal address, next to its street and city.
POSTAL_ADDRESS = {"people.country": ("street", "city", "region", "postal_code")}


def test_no_column_for_immigration_status_or_country_of_origin():
    offenders = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if (FORBIDDEN.search(column.name) or FORBIDDEN.search(table.name))
        and f"{table.name}.{column.name}" not in POSTAL_ADDRESS
    ]
    assert offenders == []
    for name, address in POSTAL_ADDRESS.items():
        table = Base.metadata.tables[name.split(".")[0]]
        assert set(address) <= set(table.columns.keys()), f"{name} is only allowed as part of a postal address"


def test_models_and_reports_do_not_import_qt():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|PyQt)", re.M)
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("models", "reports")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    # And importing them (and the CLI) loads no Qt module at all.
    code = (
        "import sys, importlib, pkgutil, models, reports, cli\n"
        "for pkg in (models, reports):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "cli.build_parser()\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_pyside_version_does_not_corrupt_none_refcount():
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand void Qt calls (none_dealloc)."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([]); w = QWidget()\n"
        "for i in range(30000): w.setWindowTitle(str(i))\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-500:]


def test_every_foreign_key_is_indexed():
    """Deleting a person must not scan big tables (undoing an import deletes thousands)."""
    missing = []
    for table in Base.metadata.tables.values():
        leading = {ix.columns.keys()[0] for ix in table.indexes}
        leading |= {c.columns.keys()[0] for c in table.constraints if hasattr(c, "columns") and c.columns.keys() and type(c).__name__ in ("PrimaryKeyConstraint", "UniqueConstraint")}
        missing += [f"{table.name}.{fk.parent.name}" for fk in table.foreign_keys if fk.parent.name not in leading and not fk.parent.index]
    assert missing == []


def test_models_match_the_migrations(db):
    """The schema the migrations build is the schema the models describe (no forgotten revision)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
