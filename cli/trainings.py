"""Trainings on the command line.

* ``committee-desk list sessions --db PATH`` / ``list topics`` (id, a tab, the name)
* ``committee-desk print sign-in --db PATH --session ID OUT.pdf`` (a kind of cli/printing.py)
* ``committee-desk report trainings --db PATH [--pdf] OUT.xlsx|OUT.pdf`` (a kind of cli/reporting.py)

The kinds are the lists at the bottom, named in models/features.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP

from .core import CliError, ListKind, SubKind, add_db_argument, open_db
from .reporting import add_pdf_argument, wants_pdf

if TYPE_CHECKING:
    from models.core.db import Database


def _sessions(db: Database):
    from models.trainings import sessions as trainings  # lazy: --help must not load the feature

    for s in sorted(trainings.list_sessions(db), key=lambda s: s.id):
        yield s.id, s.label


def _topics(db: Database):
    from models.trainings import sessions as trainings  # lazy: --help must not load the feature

    for t in sorted(trainings.list_topics(db), key=lambda t: t.id):
        yield t.id, t.name


def _session_id(db: Database, value: str) -> int:
    from models.trainings import sessions as trainings  # lazy: --help must not load the feature

    if value.strip().isdigit():
        try:
            trainings.get_session(db, int(value))
            return int(value)
        except errors.NotFound:
            pass
    raise CliError(
        QT_TRANSLATE_NOOP("Errors", "No training session with that id."),
        QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list sessions --db PATH"),
    )


def cmd_sign_in(args: argparse.Namespace) -> int:
    from reports.trainings.sign_in import write_sign_in  # lazy: --help must not load the feature

    db = open_db(args.db)
    try:
        result = write_sign_in(db, _session_id(db, str(args.session)), args.out, blank_rows=args.blank_rows)
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.pages} page(s), {result.registered_rows} registered, "
          f"{result.blank_rows} blank rows for walk-ins")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from reports.trainings.workbook import write_training_report  # lazy: --help must not load the feature

    db = open_db(args.db)
    try:
        if wants_pdf(args):
            from reports.trainings.pdf import write_training_pdf  # lazy: only with --pdf

            print(f"Wrote {args.out}: {write_training_pdf(db, args.out)} page(s)")
            return 0
        result = write_training_report(db, args.out)
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.sessions} sessions, {result.attendance} registrations, "
          f"{result.coverage_rows} coverage rows, {result.trainers} trainers")
    return 0


def add_sign_in_arguments(p: argparse.ArgumentParser) -> None:
    """The ``print sign-in`` options."""
    add_db_argument(p)
    p.add_argument("--session", required=True, metavar="ID", help="the session id (see: list sessions)")
    p.add_argument("--blank-rows", type=int, default=None, metavar="N",
                   help="blank rows for walk-ins (default: at least 6, filling the last page)")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_sign_in)


def add_report_arguments(p: argparse.ArgumentParser) -> None:
    """The ``report trainings`` options."""
    add_db_argument(p)
    add_pdf_argument(p)
    p.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.pdf")
    p.set_defaults(func=cmd_report)


LIST_KINDS = [ListKind("sessions", _sessions), ListKind("topics", _topics)]
PRINT_KINDS = [SubKind("sign-in", "a sign-in sheet for a training session (bilingual, with blank rows for walk-ins)",
                       add_sign_in_arguments)]
REPORT_KINDS = [SubKind("trainings", "sessions, attendance, coverage by workplace/department/shift, trainer totals",
                        add_report_arguments, aliases=("training",))]
