"""``committee-desk report KIND ...``: Excel reports (turnout, trainings, ...), or their PDF
versions with ``--pdf``.

A feature's cli module declares its kinds as a plain list::

    REPORT_KINDS = [SubKind("turnout", "turnout of one or more events (xlsx)", add_turnout_arguments)]

where ``add_turnout_arguments(p)`` adds the kind's arguments and ``p.set_defaults(func=cmd_turnout)``;
its feature names that list in models/features.py (``report_kinds``). ``register`` builds one
``report`` subcommand with a sub-subcommand per kind of every feature.
"""

from __future__ import annotations

import argparse

from models.features import gather

from .core import add_kind_parsers


def add_pdf_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf", action="store_true", help="write the report as a PDF to print (also when OUT ends in .pdf)")


def wants_pdf(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "pdf", False)) or str(args.out).lower().endswith(".pdf")


def register(sub: argparse._SubParsersAction) -> None:
    kinds = [kind for feature_kinds in gather("report_kinds") for kind in feature_kinds]
    add_kind_parsers(sub, "report", "write an Excel report (or a PDF with --pdf): ", kinds)
