"""Foundation commands: init, demo, check, list."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import select

from models.core import demo
from models.core import passphrase as passphrase_rule
from models.core.db import MIN_PASSPHRASE_LENGTH, Database
from models.core.entities import Committee, Person, Workplace
from models.core.text import display_name

from .core import CliError, add_db_argument, open_db, passphrase_for

# kind -> function(db) yielding (id, name); features add their kinds here.
LIST_KINDS: dict[str, Callable[[Database], Iterable[tuple[int, str]]]] = {}
# kinds listed without a database (e.g. shipped templates): called with None instead of a db.
NO_DB_KINDS: set[str] = set()


def list_kind(name: str, needs_db: bool = True):
    def decorate(fn: Callable[[Database], Iterable[tuple[int, str]]]):
        LIST_KINDS[name] = fn
        if not needs_db:
            NO_DB_KINDS.add(name)
        return fn

    return decorate


@list_kind("people")
def _people(db: Database):
    with db.engine.connect() as conn:
        for pid, first, last, preferred, order in conn.exec_driver_sql(
            "SELECT id, first_name, last_name, preferred_name, name_order FROM people ORDER BY id"
        ):
            yield pid, display_name(first, last, preferred, order)


@list_kind("workplaces")
def _workplaces(db: Database):
    with db.session() as s:
        yield from s.execute(select(Workplace.id, Workplace.name).order_by(Workplace.id)).all()


@list_kind("committees")
def _committees(db: Database):
    with db.session() as s:
        yield from s.execute(select(Committee.id, Committee.name).order_by(Committee.id)).all()


def new_passphrase(args: argparse.Namespace, organization: str = "") -> str:
    """The passphrase for a new database: asked twice, and refused when weak (models/passphrase)
    unless --allow-weak-passphrase says the person insists."""
    passphrase = passphrase_for(args.db, confirm=True)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise CliError(f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long.", "Nothing was created.")
    if not args.allow_weak_passphrase and passphrase_rule.is_weak(
            passphrase, passphrase_rule.context_words(organization, args.db)):
        raise CliError(
            "The passphrase is weak: anyone who gets a copy of the file could guess it and read every name in it. "
            "Nothing was created.",
            "Choose four or more unrelated words; or add --allow-weak-passphrase to use this one anyway.",
        )
    return passphrase


def cmd_init(args: argparse.Namespace) -> int:
    db = Database.create(args.db, new_passphrase(args, args.organization or ""), organization=args.organization or "")
    db.close()
    print(f"Created encrypted database {args.db}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.db.exists():
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


def cmd_check(args: argparse.Namespace) -> int:
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
    if args.kind in NO_DB_KINDS:
        for row_id, name in LIST_KINDS[args.kind](None):  # type: ignore[arg-type]
            sys.stdout.write(f"{row_id}\t{name}\n")
        return 0
    if args.db is None:
        raise CliError("This list needs a database.", "Add --db PATH.")
    db = open_db(args.db)
    try:
        out = sys.stdout
        for row_id, name in LIST_KINDS[args.kind](db):
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

    p = sub.add_parser("list", help="list rows: id, a tab, the name")
    p.add_argument("kind", choices=sorted(LIST_KINDS), metavar="KIND", help=", ".join(sorted(LIST_KINDS)))
    p.add_argument("--db", type=Path, metavar="PATH", help="the database file (not needed for every kind)")
    p.set_defaults(func=cmd_list)
