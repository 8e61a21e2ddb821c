"""The wall chart on the command line.

* ``committee-desk print wall-chart --db PATH --workplace NAME OUT.pdf`` (one page, landscape)

The kind is the list at the bottom, named in models/features.py.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .core import SubKind, add_db_argument, open_db


def cmd_print_wall_chart(args: argparse.Namespace) -> int:
    from models.organization.wallchart import find_workplace, wall_chart  # lazy: --help must not load the feature
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


def _print_wall_chart(p: argparse.ArgumentParser) -> None:
    add_db_argument(p)
    p.add_argument("--workplace", required=True, metavar="NAME", help="the workplace's name or id (see: list workplaces)")
    p.add_argument("--committees", choices=("any", "workplace"), default="any",
                   help="count members of any committee (default) or only of this workplace's committees")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_print_wall_chart)


PRINT_KINDS = [SubKind("wall-chart", "a workplace's wall chart (departments x shifts, health checks) on one page",
                       _print_wall_chart)]
