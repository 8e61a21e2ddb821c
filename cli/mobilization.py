"""Mobilization commands:

* ``committee-desk list events --db PATH``
* ``committee-desk report turnout --db PATH --event NAME [--event NAME ...] [--pdf] OUT.xlsx|OUT.pdf``
* ``committee-desk print call-sheets --db PATH --event NAME OUT.pdf``
* ``committee-desk print phone-tree --db PATH --committee NAME [--per-caller 5] OUT.pdf``
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .core import ListKind, SubKind, add_db_argument, open_db, resolve_row
from .reporting import add_pdf_argument, wants_pdf


def _events(db):
    from models.mobilization import operations as mob  # lazy: --help must not load the feature

    for ev in mob.list_events(db):
        when = ev.starts_at.strftime("%Y-%m-%d %H:%M") if ev.starts_at else "-"
        yield ev.id, f"{ev.name}\t{ev.kind}\t{when}\ton list {ev.on_list}, yes {ev.said_yes}, attended {ev.attended}"


def cmd_turnout(args: argparse.Namespace) -> int:
    from models.mobilization import operations as mob  # lazy: --help must not load the feature
    from models.mobilization.tables import Event
    from reports.mobilization.workbook import write_turnout

    db = open_db(args.db)
    try:
        ids = [resolve_row(db, Event, value, what="event") for value in args.event]
        if wants_pdf(args):
            from reports.mobilization.pdf import write_turnout_pdf  # lazy: only with --pdf

            pages = write_turnout_pdf(db, ids, args.out)
            print(f"Wrote {args.out}: {len(ids)} event(s) on {pages} page(s)")
            return 0
        result = write_turnout(db, ids, args.out)
        totals = [mob.turnout(db, i).totals for i in ids] if len(ids) == 1 else []
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.events} event(s), {result.calls} calls, sheets: {', '.join(result.sheets)}")
    for t in totals:
        print(f"on list {t.on_list}, called {t.called}, reached {t.reached}, yes {t.yes}, maybe {t.maybe}, "
              f"attended {t.attended} ({t.attended_without_yes} without a yes), "
              + (f"flake rate {t.flake_rate:.0%}" if t.flake_rate is not None else "flake rate — (not held yet)"))
    return 0


def cmd_call_sheets(args: argparse.Namespace) -> int:
    from models.mobilization.tables import Event  # lazy: --help must not load the feature
    from reports.mobilization.call_sheets import write_call_sheets

    db = open_db(args.db)
    try:
        event_id = resolve_row(db, Event, args.event, what="event")
        result = write_call_sheets(db, event_id, args.out, pending_only=not args.all)
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.rows} people for {result.callers} caller(s) on {result.pages} pages")
    if result.consent_unknown:
        print(f"{result.consent_unknown} of them with unknown consent to be called, marked \"consent unknown\"")
    else:
        print("Only people who said it is OK to call them: people whose consent is unknown are left out")
    return 0


def cmd_phone_tree(args: argparse.Namespace) -> int:
    from models.core.entities import Committee  # lazy: --help must not load the feature
    from reports.mobilization.phone_tree import write_phone_tree

    db = open_db(args.db)
    try:
        committee_id = resolve_row(db, Committee, args.committee, what="committee")
        result = write_phone_tree(db, committee_id, args.out, per_caller=args.per_caller)
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.people} people, {result.levels} levels, {result.pages} page(s)")
    return 0


def _turnout(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--event", required=True, action="append", metavar="NAME",
                   help="event id or exact name (repeat for several events side by side)")
    add_pdf_argument(p)
    p.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.pdf")
    p.set_defaults(func=cmd_turnout)


def _call_sheets(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--event", required=True, metavar="NAME", help="event id or exact name")
    p.add_argument("--all", action="store_true", help="include people who already answered")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_call_sheets)


def _phone_tree(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--committee", required=True, metavar="NAME", help="committee id or exact name")
    p.add_argument("--per-caller", type=int, default=5, metavar="N", help="people each caller calls (default 5)")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_phone_tree)


LIST_KINDS = [ListKind("events", _events)]
REPORT_KINDS = [SubKind("turnout", "turnout of one or more events, side by side (xlsx)", _turnout)]
PRINT_KINDS = [SubKind("call-sheets", "paper call sheets for an event, one section per caller", _call_sheets),
               SubKind("phone-tree", "a phone tree chart for a committee (rapid response)", _phone_tree)]
