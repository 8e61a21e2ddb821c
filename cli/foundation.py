"""Foundation commands: init, demo, check, list."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from models.features import gather

from .core import CliError, ListKind, add_db_argument, is_server, open_db, passphrase_for

if TYPE_CHECKING:
    from models.core.db import Database


def _people(db: Database):
    from models.core.text import display_name  # lazy: --help must not load phonenumbers

    with db.engine.connect() as conn:
        for pid, first, last, preferred, order in conn.exec_driver_sql(
            "SELECT id, first_name, last_name, preferred_name, name_order FROM people ORDER BY id"
        ):
            yield pid, display_name(first, last, preferred, order)


def _workplaces(db: Database):
    with db.engine.connect() as conn:
        yield from conn.exec_driver_sql("SELECT id, name FROM workplaces ORDER BY id")


def _committees(db: Database):
    with db.engine.connect() as conn:
        yield from conn.exec_driver_sql("SELECT id, name FROM committees ORDER BY id")


LIST_KINDS = [ListKind("people", _people), ListKind("workplaces", _workplaces), ListKind("committees", _committees)]


def list_kinds() -> dict[str, ListKind]:
    """Every feature's kinds of ``committee-desk list``, by name."""
    return {kind.name: kind for feature_kinds in gather("list_kinds") for kind in feature_kinds}


def new_passphrase(args: argparse.Namespace, organization: str = "") -> str:
    """The passphrase for a new database: asked twice, and refused when weak (models/passphrase)
    unless --allow-weak-passphrase says the person insists."""
    return new_file_passphrase(args.db, organization, args.allow_weak_passphrase)


def new_file_passphrase(path: Path, organization: str = "", allow_weak: bool = False) -> str:
    """The passphrase for a new encrypted file at ``path`` (see new_passphrase)."""
    from models.core import passphrase as passphrase_rule  # lazy: --help must not load the database stack

    passphrase = passphrase_for(path, confirm=True)
    shortest = passphrase_rule.MIN_PASSPHRASE_LENGTH
    if len(passphrase) < shortest:
        raise CliError(f"The passphrase must be at least {shortest} characters long.", "Nothing was created.")
    if not allow_weak and passphrase_rule.is_weak(passphrase, passphrase_rule.context_words(organization, path)):
        raise CliError(
            "The passphrase is weak: anyone who gets a copy of the file could guess it and read every name in it. "
            "Nothing was created.",
            "Choose four or more unrelated words; or add --allow-weak-passphrase to use this one anyway.",
        )
    return passphrase


def cmd_init(args: argparse.Namespace) -> int:
    from models.core.db import Database  # lazy: --help must not load the database stack

    if is_server(args.db):
        raise CliError("'init' creates an encrypted database file.",
                       "To set up a committee server: committee-desk server init --db URL")
    db = Database.create(args.db, new_passphrase(args, args.organization or ""), organization=args.organization or "")
    db.close()
    print(f"Created encrypted database {args.db}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from models.core import demo  # lazy: --help must not load the features' demo data
    from models.core.db import Database

    if is_server(args.db) or args.db.exists():
        db = open_db(args.db)
    else:
        db = Database.create(args.db, new_passphrase(args, "Demo local"), organization="Demo local")
    try:
        started = time.perf_counter()
        result = demo.generate(db, people=args.people, seed=args.seed)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    print(
        f"Added {result.people} fictional people ({result.workplaces} workplaces, "
        f"{result.committees} new committees) in {elapsed:.1f} s"
    )
    return 0


def _check_server(args: argparse.Namespace) -> int:
    """What a server login can check: the schema, and the rows it may see (the server checks its
    own pages; integrity, foreign keys and encryption are the encrypted file's checks)."""
    from models.core import tables  # noqa: F401  # lazy: every feature's tables, for the counts
    from models.core.base import Base

    db = open_db(args.db)
    try:
        print(f"schema: {', '.join(db.schema_versions())}")
        print("integrity, foreign key and encryption checks are for encrypted files; the server checks its own data")
        with db.engine.connect() as conn:
            for table in sorted(Base.metadata.tables):
                if conn.exec_driver_sql("SELECT has_table_privilege(?, 'SELECT')", (table,)).scalar():
                    print(f"{table}: {conn.exec_driver_sql(f'SELECT count(*) FROM {table}').scalar() or 0}")
    finally:
        db.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if is_server(args.db):
        return _check_server(args)
    db = open_db(args.db)
    try:
        report = db.check()
    finally:
        db.close()
    print(f"schema: {', '.join(report.schema)}")
    print(f"integrity: {', '.join(report.integrity[:5])}")
    print(f"foreign key problems: {report.foreign_key_problems}")
    print(f"encryption (page HMAC) problems: {len(report.cipher_problems)}")
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    print("healthy" if report.ok else "NOT HEALTHY: restore from a backup or run check again")
    return 0 if report.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    kind = list_kinds()[args.kind]
    if not kind.needs_db:
        for row_id, name in kind.rows(None):
            sys.stdout.write(f"{row_id}\t{name}\n")
        return 0
    if args.db is None:
        raise CliError("This list needs a database.", "Add --db PATH.")
    db = open_db(args.db)
    try:
        out = sys.stdout
        for row_id, name in kind.rows(db):
            out.write(f"{row_id}\t{name}\n")
    finally:
        db.close()
    return 0


def add_weak_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-weak-passphrase", action="store_true",
                        help="create the database even though the passphrase is weak (not recommended)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new encrypted database")
    add_db_argument(p)
    p.add_argument("--organization", help="name of the local or committee network")
    add_weak_passphrase_argument(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create or fill a database with fictional people")
    add_db_argument(p)
    p.add_argument("--people", type=int, default=300, help="how many people (default 300)")
    p.add_argument("--seed", type=int, default=1886, help=argparse.SUPPRESS)
    add_weak_passphrase_argument(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="verify the key, integrity and foreign keys; print counts")
    add_db_argument(p)
    p.set_defaults(func=cmd_check)

    kinds = sorted(list_kinds())
    p = sub.add_parser("list", help="list rows: id, a tab, the name")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    add_db_argument(p, required=False, help_text="the database file or server address (not needed for every kind)")
    p.set_defaults(func=cmd_list)
