"""Setting up a committee server: what ``committee-desk server init`` does (issue 25).

Run by the server's owner (the PostgreSQL login that owns the database; it needs CREATEROLE to
add people later, never superuser): the schema through the one Alembic history, the mark that
says the database is ours, the starter training topics (a file writes them on first use), then
the roles, grants and row-level security policies (models/core/server_roles.py). Running it
again upgrades the schema and re-applies the policies.
"""

from __future__ import annotations

import logging

from .base import utcnow
from .db import APP_MARK
from .entities import AppMeta
from . import server_roles
from .server import ServerDatabase

log = logging.getLogger(__name__)


def init(address: str, password: str, organization: str = "") -> None:
    """Set up (or upgrade) the committee database at ``address`` as its owner."""
    db = ServerDatabase.open(address, password, migrate_schema=True, listen=False)
    try:
        with db.write() as s:
            if s.get(AppMeta, "app") is None:
                s.add_all([
                    AppMeta(key="app", value=APP_MARK),
                    AppMeta(key="organization", value=organization),
                    AppMeta(key="created_at", value=utcnow().isoformat(timespec="seconds")),
                ])
        with db.engine.begin() as conn:
            _install_functions(conn)
        load_starter_data(db)
        # --- roles, grants and row-level security (models/core/server_roles.py) ---
        with db.engine.begin() as conn:
            server_roles.install(conn.connection.driver_connection)
    finally:
        db.close()
    log.info("committee server set up")


def load_starter_data(db: ServerDatabase) -> None:
    """What the app would otherwise write on first use (the starter training topics), written
    here by the owner: a trainer or a caller may not write them, and need not (first use only
    reads when they are there). Once per database, as on a file (deleted topics stay deleted)."""
    try:
        # lazy: optional feature: trainings may not be installed (ImportError)
        from models.trainings.sessions import ensure_starter_topics
    except ImportError:
        return
    ensure_starter_topics(db)


# ---------------------------------------------------------------- SQL functions (pg-features)
# The file registers these as Python functions on each SQLite connection (models/core/db.py);
# the server gets the same functions in SQL, so the same queries run on both stores.


def _cjk_class() -> str:
    """models.core.text's CJK character class as a PostgreSQL regular expression bracket
    (\\uXXXX / \\UXXXXXXXX escapes), made from the one pattern is_cjk() uses."""
    from .text import _CJK  # lazy: phonenumbers (via .text, ~60 ms) loads only when a server is set up

    body = _CJK.pattern
    assert body.startswith("[") and body.endswith("]+"), body
    out = []
    for ch in body[1:-2]:
        code = ord(ch)
        out.append(ch if ch == "-" else (f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"))
    return "[" + "".join(out) + "]"


def _install_functions(conn) -> None:
    """``person_name(first, last, preferred, name_order)``: models.core.text.display_name() in
    SQL (NULL for a missing, outer-joined person), as db.py's _person_name gives it on the file."""
    from .text import FAMILY_FIRST  # lazy: phonenumbers (via .text) loads only when a server is set up

    cjk = f"^{_cjk_class()}+$"
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION person_name(first text, last text, preferred text, name_order text) "
        "RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$\n"
        "DECLARE given text := coalesce(nullif(preferred, ''), first, ''); family text := coalesce(last, '');\n"
        "BEGIN\n"
        "  IF first IS NULL AND last IS NULL AND preferred IS NULL THEN RETURN NULL; END IF;\n"
        f"  IF name_order IS DISTINCT FROM '{FAMILY_FIRST}' THEN\n"
        "    RETURN concat_ws(' ', nullif(given, ''), nullif(family, ''));\n"
        "  END IF;\n"
        "  IF given = '' OR family = '' THEN RETURN given || family; END IF;\n"
        f"  IF family ~ '{cjk}' AND given ~ '{cjk}' THEN RETURN family || given; END IF;\n"
        "  RETURN family || ' ' || given;\n"
        "END $fn$")

