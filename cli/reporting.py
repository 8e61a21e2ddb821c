"""``committee-desk report KIND ...``: Excel reports (turnout, trainings, ...), or their PDF
versions with ``--pdf``.

A feature adds a kind from its own module::

    from .reporting import report_kind

    @report_kind("turnout", help="turnout of one or more events (xlsx)")
    def _turnout(p: argparse.ArgumentParser) -> None:
        add_db_argument(p)
        p.add_argument("out", type=Path, metavar="OUT.xlsx")
        p.set_defaults(func=cmd_turnout)

and lists that module in REPORT_MODULES below (one line). ``register`` imports them all, then
builds one ``report`` subcommand with a sub-subcommand per kind, each with its own arguments.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Callable

# Modules that define report kinds with @report_kind; add yours here.
REPORT_MODULES = ["cli.mobilization", "cli.trainings"]

# kind -> function(parser) adding that kind's arguments and set_defaults(func=...)
REPORT_KINDS: dict[str, Callable[[argparse.ArgumentParser], None]] = {}
_HELP: dict[str, str] = {}
_ALIASES: dict[str, tuple[str, ...]] = {}


def report_kind(name: str, help: str = "", aliases: tuple[str, ...] = ()):  # noqa: A002 - mirrors argparse
    def decorate(fn: Callable[[argparse.ArgumentParser], None]):
        REPORT_KINDS[name] = fn
        if help:
            _HELP[name] = help
        _ALIASES[name] = aliases
        return fn

    return decorate


def add_pdf_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf", action="store_true", help="write the report as a PDF to print (also when OUT ends in .pdf)")


def wants_pdf(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "pdf", False)) or str(args.out).lower().endswith(".pdf")


def preload() -> None:
    """Import the modules that add report kinds (called before any parser is built)."""
    for module_name in REPORT_MODULES:
        importlib.import_module(module_name)


def register(sub: argparse._SubParsersAction) -> None:
    preload()
    parser = sub.add_parser("report", help="write an Excel report (or a PDF with --pdf): " + ", ".join(sorted(REPORT_KINDS)))
    kinds = parser.add_subparsers(dest="report_kind", metavar="KIND")
    for name in sorted(REPORT_KINDS):
        REPORT_KINDS[name](kinds.add_parser(name, help=_HELP.get(name, ""), aliases=list(_ALIASES.get(name, ()))))
