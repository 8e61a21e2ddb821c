"""The headless command line: ``committee-desk SUBCOMMAND ...`` (see ``--help``).

Each feature registers its subcommands from its own module (listed in COMMAND_MODULES); every
command calls the same models/ and reports/ functions the GUI uses. Errors the user can act on go
to stderr with exit code 2 and no traceback.
"""

from __future__ import annotations

import argparse
import importlib

from models import __version__

from .core import CliError, run_command

# Modules that provide ``register(subparsers)`` (and optionally ``preload()``, which imports
# the modules of a sub-registry such as PRINT_MODULES); a feature adds its own module here.
COMMAND_MODULES = ["cli.foundation", "cli.trainings", "cli.importing", "cli.printing", "cli.reporting", "cli.safety"]


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
    # Import everything first (a module may add list kinds, print kinds...), then build parsers.
    modules = [importlib.import_module(name) for name in COMMAND_MODULES]
    for module in modules:
        preload = getattr(module, "preload", None)
        if preload is not None:
            preload()
    for module in modules:
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
