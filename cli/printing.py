"""``committee-desk print KIND ...``: printable PDFs (leaflets, call sheets, sign-in sheets, ...).

A feature adds a kind from its own module::

    from .printing import print_kind

    @print_kind("sign-in", help="a sign-in sheet for a training session")
    def _sign_in(p: argparse.ArgumentParser) -> None:
        add_db_argument(p)
        p.add_argument("out", type=Path, metavar="OUT.pdf")
        p.set_defaults(func=cmd_sign_in)

and lists that module in PRINT_MODULES below (one line). ``register`` imports them all, then
builds one ``print`` subcommand with a sub-subcommand per kind, each with its own arguments.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Callable

# Modules that define print kinds with @print_kind; add yours here.
PRINT_MODULES = ["cli.leaflets", "cli.mobilization", "cli.trainings", "cli.resolutions",
                 "cli.roster"]

# kind -> function(parser) adding that kind's arguments and set_defaults(func=...)
PRINT_KINDS: dict[str, Callable[[argparse.ArgumentParser], None]] = {}
_HELP: dict[str, str] = {}


def print_kind(name: str, help: str = ""):  # noqa: A002 - mirrors argparse
    def decorate(fn: Callable[[argparse.ArgumentParser], None]):
        PRINT_KINDS[name] = fn
        if help:
            _HELP[name] = help
        return fn

    return decorate


def preload() -> None:
    """Import the modules that add print kinds (called before any parser is built)."""
    for module_name in PRINT_MODULES:
        importlib.import_module(module_name)


def register(sub: argparse._SubParsersAction) -> None:
    preload()
    parser = sub.add_parser("print", help="print a PDF: " + ", ".join(sorted(PRINT_KINDS)))
    kinds = parser.add_subparsers(dest="print_kind", metavar="KIND")
    for name in sorted(PRINT_KINDS):
        PRINT_KINDS[name](kinds.add_parser(name, help=_HELP.get(name, "")))
