"""The CLI run in the test process, as a fresh ``python main.py ARGS`` would run it.

A subprocess costs ~1 s of interpreter start and imports per call; this calls ``main.main(argv)``
(the same entry point) and returns the same ``CompletedProcess`` (returncode, stdout, stderr).
What a fresh process would not share with the test is set up for the call and put back after:
the environment (passphrase, home folder), stdin (/dev/null), stdout/stderr (captured, newlines
read back as ``text=True`` does), no keyring (the fail backend, as on a machine without one),
the process-wide defaults the CLI may set (phone region, audit user) and the log handler.
Tests that need a real process (kill -9, a sitecustomize, ``--version`` smoke tests) use
``cli_process`` / ``run_cli`` in conftest.py.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
_entry = None


def _main_module():
    """The worktree's main.py (loaded once under its own name, so no test module shadows it)."""
    global _entry
    if _entry is None:
        spec = importlib.util.spec_from_file_location("committee_desk_main", ROOT / "main.py")
        _entry = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_entry)
    return _entry


@contextlib.contextmanager
def _fresh_process_defaults() -> Iterator[None]:
    """The module-level settings a new process starts with, restored to the test's afterwards."""
    import keyring
    from keyring.backends import fail

    from models.core import audit, logsetup, text

    saved = (text._region, audit._default_user, logsetup._configured, keyring.get_keyring())
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "sqlalchemy", "alembic")}
    handlers = list(root.handlers)
    text._region, audit._default_user, logsetup._configured = text.DEFAULT_REGION, "", False
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        text._region, audit._default_user, logsetup._configured, ring = saved
        keyring.set_keyring(ring)


def _as_text(stream: io.StringIO) -> str:
    """What ``subprocess.run(text=True)`` reads: universal newlines."""
    return stream.getvalue().replace("\r\n", "\n").replace("\r", "\n")


def _exit_code(exc: SystemExit, err: io.StringIO) -> int:
    """The process's exit status for ``sys.exit(code)`` (argparse: --help, --version, errors)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=err)
    return 1


def run_in_process(*args: str, passphrase: str | None, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    """``main.main(args)`` with ``COMMITTEE_DESK_PASSPHRASE=passphrase`` (unset when None) and
    ``COMMITTEE_DESK_HOME=home``; an uncaught exception is a traceback on stderr and status 1.
    ``stdin``: what the command reads on standard input (else /dev/null)."""
    entry = _main_module()
    out, err = io.StringIO(), io.StringIO()
    env = {"COMMITTEE_DESK_HOME": str(home)}
    if passphrase is not None:
        env["COMMITTEE_DESK_PASSPHRASE"] = passphrase
    with open(os.devnull) as devnull, mock.patch.dict(os.environ, env), _fresh_process_defaults():
        if passphrase is None:
            os.environ.pop("COMMITTEE_DESK_PASSPHRASE", None)
        with mock.patch.object(sys, "stdin", devnull if stdin is None else io.StringIO(stdin)), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = entry.main(list(args))
            except SystemExit as exc:
                code = _exit_code(exc, err)
            except Exception:  # noqa: BLE001 - what the interpreter does with an uncaught exception
                traceback.print_exc(file=err)
                code = 1
    return subprocess.CompletedProcess(["main.py", *args], code or 0, _as_text(out), _as_text(err))
