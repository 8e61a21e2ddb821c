"""Resolutions on the command line.

* ``committee-desk list resolutions --db PATH`` (id, a tab, the title, a tab, status, a tab,
  the number of versions and of adopting bodies)
* ``committee-desk print resolution --db PATH --resolution TITLE OUT.pdf [--lang en|es|en+es]``

The kinds are the lists at the bottom, named in models/features.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .core import ListKind, SubKind, add_db_argument, open_db

if TYPE_CHECKING:
    from models.core.db import Database


def _resolutions(db: Database):
    from models.resolutions import drafts as resolutions  # lazy: --help must not load the feature

    for r in sorted(resolutions.list_resolutions(db), key=lambda r: r.id):
        yield r.id, f"{r.title}\t{r.status}\tv{r.versions}\tadopted by {r.adopted_by}"


def cmd_print_resolution(args: argparse.Namespace) -> int:
    from models.resolutions import drafts as resolutions  # lazy: --help must not load the feature
    from reports.resolutions.pdf import write_resolution_pdf

    db = open_db(args.db)
    try:
        rid = resolutions.find_resolution(db, args.resolution)
        result = write_resolution_pdf(db, rid, args.out, lang=args.lang)
    finally:
        db.close()
    print(f"Wrote {args.out}: {result.pages} page(s), {result.clauses} clauses, version {result.version}, "
          f"language {args.lang}, adopted by {result.adopted_by} bodies")
    return 0


def _print_resolution(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--resolution", required=True, metavar="TITLE", help="the resolution's title or id (see: list resolutions)")
    p.add_argument("--lang", choices=("en", "es", "en+es"), default="en",
                   help="English, Spanish, or both side by side (default en)")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_print_resolution)


LIST_KINDS = [ListKind("resolutions", _resolutions)]
PRINT_KINDS = [SubKind("resolution", "a resolution in formal layout (English, Spanish, or both side by side)",
                       _print_resolution)]
