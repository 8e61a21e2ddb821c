"""Printouts of the roster:

* ``committee-desk print directory --db PATH [--with-phones] [--workplace W ...] OUT.pdf``
* ``committee-desk print labels --db PATH [--layout 5160|L7160] [--workplace W ...] OUT.pdf``

Both take the export's selection options (--workplace, --committee, --tag, --search).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .core import SubKind, add_db_argument, open_db
from .importing import add_selection_arguments, selected_ids


def cmd_directory(args: argparse.Namespace) -> int:
    from reports.roster.directory import write_directory  # lazy: --help must not load the feature

    db = open_db(args.db)
    try:
        result = write_directory(db, args.out, selected_ids(db, args), with_phones=args.with_phones)
    finally:
        db.close()
    phones = "with phone numbers" if args.with_phones else "without phone numbers"
    print(f"Wrote {args.out}: {result.people} people on {result.pages} page(s), {phones}")
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from reports.roster.mailing_labels import write_mailing_labels  # lazy: --help must not load the feature

    db = open_db(args.db)
    try:
        result = write_mailing_labels(db, args.out, args.layout, selected_ids(db, args))
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.labels} labels on {result.pages} Avery {args.layout} sheet(s); "
          f"{result.left_out} people left out (no postal address, or do not contact)")
    return 0


def _directory(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--with-phones", action="store_true", help="print each person's first phone number")
    add_selection_arguments(p)
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_directory)


def _labels(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--layout", choices=("5160", "L7160"), default="5160",
                   help="5160: US Letter, 3 x 10 (default); L7160: A4, 3 x 7")
    add_selection_arguments(p)
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_labels)


PRINT_KINDS = [SubKind("directory", "the roster grouped by workplace, department and shift (no phones unless asked)",
                       _directory),
               SubKind("labels", "mailing labels from postal addresses (Avery 5160 or L7160)", _labels)]
