"""Shared CLI plumbing: passphrase resolution, opening the database, row lookup, error exits, and
the records a feature's cli module declares its ``list`` / ``print`` / ``report`` kinds with.

Light on purpose: ``--help`` and ``--version`` import this, so the database stack is imported
inside the functions that need it."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from models.core import errors
from models.core.logsetup import log_exception_safely

if TYPE_CHECKING:
    from models.core.db import Database

PASSPHRASE_ENV = "COMMITTEE_DESK_PASSPHRASE"
log = logging.getLogger("committee_desk.cli")


class CliError(errors.UserError):
    pass


@dataclass(frozen=True)
class ListKind:
    """A kind of ``committee-desk list``: ``rows(db)`` yields (id, name); one that does not
    ``need_db`` is called with None (shipped templates)."""

    name: str
    rows: Callable[[Any], Iterable[tuple[Any, str]]]
    needs_db: bool = True


@dataclass(frozen=True)
class SubKind:
    """A kind of ``committee-desk print`` or ``report``: ``add_arguments(parser)`` adds its options
    and ``set_defaults(func=...)``."""

    name: str
    help: str  # noqa: A003 - mirrors argparse
    add_arguments: Callable[[argparse.ArgumentParser], None]
    aliases: tuple[str, ...] = ()


def add_kind_parsers(sub: argparse._SubParsersAction, command: str, help_text: str,
                     kinds: Sequence[SubKind]) -> None:
    """One subcommand (``print``, ``report``) with a sub-subcommand per kind, by name; its help
    is ``help_text`` followed by the kinds' names."""
    by_name = {kind.name: kind for kind in kinds}
    parser = sub.add_parser(command, help=help_text + ", ".join(sorted(by_name)))
    kind_parsers = parser.add_subparsers(dest=f"{command}_kind", metavar="KIND")
    for name in sorted(by_name):
        kind = by_name[name]
        kind.add_arguments(kind_parsers.add_parser(name, help=kind.help, aliases=list(kind.aliases)))


SERVER_PASSWORD_ENV = "COMMITTEE_DESK_PASSWORD"
# The address forms of models/core/server.py (SCHEMES), repeated so --help loads no SQLAlchemy.
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server(target: object) -> bool:
    """True for a committee server address (postgresql://user@host:port/database)."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def db_target(value: str) -> "Path | str":
    """``--db``: a committee server address stays text; anything else is a file path."""
    return value.strip() if value.strip().lower().startswith(SERVER_SCHEMES) else Path(value)


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True, help_text: str = "") -> None:
    parser.add_argument("--db", required=required, type=db_target, metavar="PATH|URL",
                        help=help_text or "the database file, or a committee server's address (postgresql://user@host/db)")


def file_only(target: "Path | str", command: str) -> Path:
    """``target`` when it is a file; a plain refusal for a server address (``command`` is for files)."""
    if is_server(target):
        raise CliError(
            f"'{command}' is for an encrypted database file; a committee server keeps its own data safe.",
            "For an encrypted copy of the server's data: committee-desk copy --from URL --to FILE",
        )
    return Path(target)


def server_password_for(address: str) -> str:
    """The password of the login in ``address`` (the one running this command):
    COMMITTEE_DESK_PASSWORD, else the keyring (by the address), else a prompt; never an argument."""
    value = os.environ.get(SERVER_PASSWORD_ENV)
    if value:
        return value
    from models.core.keystore import KeyStore  # lazy: --help must not load the keyring

    remembered = KeyStore().get(address)
    if remembered:
        return remembered
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            "No server password given.",
            f"Set {SERVER_PASSWORD_ENV} or run the command in a terminal to be asked for it.",
        )
    return getpass.getpass("Server password: ")


def passphrase_for(path: Path, confirm: bool = False) -> str:
    """COMMITTEE_DESK_PASSPHRASE, else the keyring, else a prompt (never a command-line argument)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not confirm:
        from models.core.keystore import KeyStore  # lazy: --help must not load the keyring

        remembered = KeyStore().get(path)
        if remembered:
            return remembered
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            "No passphrase given.",
            f"Set {PASSPHRASE_ENV} or run the command in a terminal to be asked for it.",
        )
    first = getpass.getpass("Passphrase: ")
    if confirm:
        again = getpass.getpass("Passphrase again: ")
        if first != again:
            raise CliError("The two passphrases differ.", "Nothing was created.")
    return first


def open_db(path: "Path | str", hold_lock: bool = False) -> Database:
    """Open (unlock) ``path``, or log in to the committee server at that address. ``hold_lock``:
    a long write (an import) takes the writer lock now and keeps it until close, so that no
    restore, app or other writer starts in the middle (the server serializes writers itself)."""
    if is_server(path):
        from models.core.server import ServerDatabase  # lazy: --help must not load the database stack

        return ServerDatabase.open(str(path), server_password_for(str(path)), listen=False)  # type: ignore[return-value]
    from models.core.db import Database  # lazy: --help must not load the database stack

    db = Database.open(path, passphrase_for(path))
    if hold_lock:
        try:
            db.hold_writer_lock()
        except BaseException:
            db.close()
            raise
    return db


def resolve_row(db: Database, entity: Any, value: str, name_attr: str = "name", what: str = "row") -> int:
    """A row given by its id or its exact name."""
    from sqlalchemy import select  # lazy: --help must not load SQLAlchemy

    with db.session() as s:
        if value.strip().isdigit() and s.get(entity, int(value)) is not None:
            return int(value)
        ids = list(s.scalars(select(entity.id).where(getattr(entity, name_attr) == value)))
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise CliError(f"No {what} with that id or name.", "List them with: committee-desk list ... --db PATH")
    raise CliError(f"Several {what}s have that name.", "Use the id instead (see committee-desk list).")


def run_command(args: argparse.Namespace) -> int:
    func: Callable[[argparse.Namespace], int | None] = args.func
    try:
        return func(args) or 0
    except errors.UserError as exc:
        print(f"committee-desk: {exc.user_message}", file=sys.stderr)
        offered = getattr(exc, "backup", None)
        if offered is not None and getattr(args, "db", None) is not None:  # a damaged file (DatabaseDamaged)
            print(f"committee-desk: to restore it: committee-desk restore --db {args.db} {offered}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("committee-desk: cancelled; nothing was changed.", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno == 28:
            print("committee-desk: the disk is full; nothing was saved.", file=sys.stderr)
        else:
            print(f"committee-desk: could not read or write a file ({exc.strerror}).", file=sys.stderr)
        return 2
    except Exception as exc:  # environment errors get a message; anything else is a bug
        from models.core.db import translate_dbapi_error  # lazy: --help must not load the database stack

        translated = translate_dbapi_error(exc)
        if translated is None and type(getattr(exc, "orig", exc)).__module__.startswith("psycopg"):
            from models.core.server import translate_server_error  # lazy: only a server's errors need it

            translated = translate_server_error(exc)
        if translated is not None:
            print(f"committee-desk: {translated.user_message}", file=sys.stderr)
            return 2
        log_exception_safely(log, exc, f"command {getattr(args, 'command', '?')}")
        print(
            f"committee-desk: unexpected error ({type(exc).__name__}). Nothing personal was logged; "
            "please report it with the command you ran.",
            file=sys.stderr,
        )
        return 2
