"""Committee Desk entry point.

No arguments (or only GUI options such as ``--demo``) opens the app window; a subcommand
(``init``, ``demo``, ``check``, ``list``, ...) runs the headless CLI over the same code.
"""

from __future__ import annotations

import sys

from models.core import logsetup

GUI_OPTIONS = {"--demo", "--db"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    logsetup.configure()
    if not args or args[0] in GUI_OPTIONS or args[0].startswith("--db="):
        from ui.app import run_gui  # lazy: the command line must not load Qt

        return run_gui(args)
    from cli import run  # lazy: the app window does not need the command line

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
