"""Resolutions and the wall chart on the command line.

* ``committee-desk list resolutions --db PATH`` (id, a tab, the title, a tab, status, a tab,
  the number of versions and of adopting bodies)
* ``committee-desk print wall-chart --db PATH --workplace NAME OUT.pdf`` (one page, landscape)
* ``committee-desk print resolution --db PATH --resolution TITLE OUT.pdf [--lang en|es|en+es]``

Both print kinds are registered with cli/printing.py (listed in its PRINT_MODULES).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from models.resolutions import drafts as resolutions
from models.core.db import Database

from .core import add_db_argument, open_db
from .foundation import list_kind
from .printing import print_kind


@list_kind("resolutions")
def _resolutions(db: Database):
    for r in sorted(resolutions.list_resolutions(db), key=lambda r: r.id):
        yield r.id, f"{r.title}\t{r.status}\tv{r.versions}\tadopted by {r.adopted_by}"


def cmd_print_wall_chart(args: argparse.Namespace) -> int:
    from models.organization.wallchart import find_workplace, wall_chart
    from reports.organization.wall_chart import write_chart_pdf

    db = open_db(args.db)
    try:
        started = time.perf_counter()
        chart = wall_chart(db, find_workplace(db, args.workplace), scope=args.committees)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    write_chart_pdf(chart, args.out)
    failing = sum(1 for c in chart.checks if c.ok is False)
    print(f"Wrote {args.out}: 1 page, {len(chart.departments)} departments x {len(chart.shifts)} shifts, "
          f"{chart.total.people} people, {chart.total.members} committee members, "
          f"{failing} health check(s) not met (computed in {elapsed * 1000:.0f} ms)")
    for check in chart.checks:
        mark = "ok  " if check.ok else "NOT " if check.ok is False else "    "
        print(f"  {mark}{check.text}")
    return 0


@print_kind("wall-chart", help="a workplace's wall chart (departments x shifts, health checks) on one page")
def _print_wall_chart(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--workplace", required=True, metavar="NAME", help="the workplace's name or id (see: list workplaces)")
    p.add_argument("--committees", choices=("any", "workplace"), default="any",
                   help="count members of any committee (default) or only of this workplace's committees")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_print_wall_chart)


def cmd_print_resolution(args: argparse.Namespace) -> int:
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


@print_kind("resolution", help="a resolution in formal layout (English, Spanish, or both side by side)")
def _print_resolution(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--resolution", required=True, metavar="TITLE", help="the resolution's title or id (see: list resolutions)")
    p.add_argument("--lang", choices=("en", "es", "en+es"), default="en",
                   help="English, Spanish, or both side by side (default en)")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_print_resolution)


def register(sub: argparse._SubParsersAction) -> None:  # noqa: ARG001 - kinds register through printing.py
    """Nothing of its own: the list and print kinds above register through their registries."""
