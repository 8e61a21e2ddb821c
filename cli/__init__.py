"""The headless command line: ``committee-desk SUBCOMMAND ...`` (see ``--help``).

The subcommands come from the feature list (models/features.py): each feature's ``commands``
modules add theirs with ``register(subparsers)``, in FEATURES order; its ``list_kinds``,
``print_kinds`` and ``report_kinds`` join ``list``, ``print`` and ``report``. Every command
calls the same models/ and reports/ functions the GUI uses. Errors the user can act on go to
stderr with exit code 2 and no traceback.
"""

from __future__ import annotations

import argparse

from models import __version__
from models.features import gather

from .core import CliError, run_command


def subcommand_names() -> set[str]:
    return {name for name in build_parser()._subparsers._group_actions[0].choices}  # type: ignore[union-attr]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="committee-desk",
        description="Committee Desk: encrypted, local-first records for union committees. "
        "With no subcommand the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"committee-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in gather("commands"):
        module.register(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return run_command(args)


__all__ = ["run", "build_parser", "CliError", "subcommand_names"]
