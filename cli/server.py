"""Committee server commands (issue 25): ``server init|add-user|list-users|remove-user`` and ``copy``.

``committee-desk server init --db URL [--organization NAME]``: the schema, the roles, grants and
row-level security (models/core/server_setup.py), run as the database's owner.
``committee-desk server add-user NAME --role ROLE [--committee C]... [--person ID] --db URL``:
a login for one person; their password from standard input (``--password-stdin``) or typed
twice at a prompt, never an argument. ``list-users`` and ``remove-user`` do what they say.
The password of the login running the command (the owner's) comes from COMMITTEE_DESK_PASSWORD,
the keyring or a prompt, as the passphrase of a file does.

``committee-desk copy --from FILE --to URL`` moves a committee's encrypted file onto a server set
up by ``server init`` (and empty of people); ``copy --from URL --to FILE`` writes a new encrypted
file from the server: the server's backup in our own encrypted format (models/core/transfer.py).
The file's passphrase is taken as ``init`` and ``open`` take it (COMMITTEE_DESK_PASSPHRASE, the
keyring for an existing file, else a prompt: twice for a new file, and a weak one is refused).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .core import (CliError, add_db_argument, db_target, file_only, is_server, passphrase_for, resolve_row,
                   server_password_for)
from .foundation import add_weak_passphrase_argument, new_file_passphrase

def _address(args: argparse.Namespace) -> str:
    if not is_server(args.db):
        raise CliError("The server commands take a committee server's address.",
                       "Write it as --db postgresql://user@host:port/database")
    return str(args.db)


def _open_as_owner(address: str):
    from models.core.server import ServerDatabase  # lazy: --help must not load the database stack

    return ServerDatabase.open(address, server_password_for(address), listen=False)


def cmd_server_init(args: argparse.Namespace) -> int:
    from models.core import server_roles, server_setup  # lazy: --help must not load the database stack
    from models.core.server import parse_address

    address = _address(args)
    server_setup.init(address, server_password_for(address), organization=args.organization or "")
    groups = server_roles.group_roles(parse_address(address).database)
    print(f"Committee server set up: {parse_address(address).database}")
    print("Roles: " + ", ".join(groups[role] for role in server_roles.ROLES))
    print("Add a login per person with: committee-desk server add-user NAME --role ROLE --db ADDRESS")
    return 0


def _new_user_password(args: argparse.Namespace) -> str:
    """The new login's password: the first line of standard input with --password-stdin, else
    typed twice at a prompt (never an argument, never echoed)."""
    if args.password_stdin:
        line = sys.stdin.readline() if sys.stdin else ""
        password = line.rstrip("\r\n")
        if not password:
            raise CliError("No password on standard input.", "Nothing was changed.")
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("No password given for the new login.",
                       "Add --password-stdin and send it on standard input, or run the command in a terminal.")
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("The same password again: ") != first:
        raise CliError("The two passwords differ.", "Nothing was changed.")
    return first


def cmd_add_user(args: argparse.Namespace) -> int:
    from models.core import server_roles  # lazy: --help must not load the database stack
    from models.core.entities import Committee

    address = _address(args)
    if args.role == "organizer" and not args.committee:
        raise CliError("An organizer works on the people of their committees' workplaces.",
                       "Add --committee (an id or exact name; repeat it for several). Nothing was changed.")
    if args.role in ("trainer", "caller") and args.person is None:
        raise CliError(f"A {args.role} is one of the people in the database (their sessions or calls name them).",
                       "Add --person ID (see: committee-desk list people --db ADDRESS). Nothing was changed.")
    db = _open_as_owner(address)
    try:
        server_roles.check_login_name(args.name, db.url.database)
        committees = [resolve_row(db, Committee, value, what="committee") for value in args.committee]
        password = _new_user_password(args)
        server_roles.add_login(db, args.name, args.role, password, committees, args.person)
    finally:
        db.close()
    print(f"Added login {args.name} ({args.role})")
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    from models.core import server_roles  # lazy: --help must not load the database stack

    db = _open_as_owner(_address(args))
    try:
        logins = server_roles.list_logins(db)
    finally:
        db.close()
    for login in logins:
        person = "" if login.person_id is None else str(login.person_id)
        sys.stdout.write(f"{login.name}\t{login.role}\t{person}\t{', '.join(login.committees)}\n")
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    from models.core import server_roles  # lazy: --help must not load the database stack

    address = _address(args)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("Removing a login needs a confirmation.", "Add --yes to confirm. Nothing was changed.")
        if input(f"Remove the login {args.name}? They will no longer be able to connect. [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    db = _open_as_owner(address)
    try:
        server_roles.remove_login(db, args.name)
    finally:
        db.close()
    print(f"Removed login {args.name}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from models.core import transfer  # lazy: --help must not load the database stack
    from models.core.db import Database
    from models.core.server import ServerDatabase

    source, target = args.source, args.target
    if is_server(source) == is_server(target):
        raise CliError("copy moves data between an encrypted file and a committee server.",
                       "Use: copy --from FILE --to URL, or copy --from URL --to FILE")
    if is_server(target):
        file_db = Database.open(file_only(source, "copy --from"), passphrase_for(Path(source)))
        try:
            server_db = ServerDatabase.open(str(target), server_password_for(str(target)), listen=False)
            try:
                counts = transfer.copy_to_server(file_db, server_db)
            finally:
                server_db.close()
        finally:
            file_db.close()
        print(f"Copied {counts.get('people', 0)} people ({sum(counts.values())} rows) to the server")
        return 0
    out = file_only(target, "copy --to")
    if out.exists():
        raise CliError("The file to write already exists.", "Choose a new file name: copy never overwrites a file.")
    server_db = ServerDatabase.open(str(source), server_password_for(str(source)), listen=False)
    try:
        with server_db.engine.connect() as conn:
            organization = conn.exec_driver_sql("SELECT value FROM app_meta WHERE key = 'organization'").scalar() or ""
        passphrase = new_file_passphrase(out, organization, args.allow_weak_passphrase)
        counts = transfer.copy_to_file(server_db, out, passphrase)
    finally:
        server_db.close()
    print(f"Wrote the encrypted file {out}: {counts.get('people', 0)} people ({sum(counts.values())} rows)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser("server", help="set up a committee server and its logins (PostgreSQL)")
    commands = server.add_subparsers(dest="server_command", metavar="ACTION")

    p = commands.add_parser("init", help="set up (or upgrade) the database: schema, roles, access rules")
    add_db_argument(p, help_text="the server's address as the database's owner (postgresql://owner@host/db)")
    p.add_argument("--organization", help="name of the local or committee network")
    p.set_defaults(func=cmd_server_init)

    p = commands.add_parser("add-user", help="add a login for one person, with their role")
    p.add_argument("name", metavar="NAME", help="the login name: lowercase letters, digits and _")
    p.add_argument("--role", required=True, choices=("admin", "organizer", "trainer", "caller"))
    p.add_argument("--committee", action="append", default=[], metavar="C",
                   help="an organizer's committee (id or exact name); repeat for several")
    p.add_argument("--person", type=int, metavar="ID", help="the person this login is (trainers and callers)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new login's password from standard input (else it is asked for twice)")
    add_db_argument(p, help_text="the server's address as the database's owner")
    p.set_defaults(func=cmd_add_user)

    p = commands.add_parser("list-users", help="list the logins: name, role, person, committees")
    add_db_argument(p, help_text="the server's address as the database's owner")
    p.set_defaults(func=cmd_list_users)

    p = commands.add_parser("remove-user", help="remove a login (they can no longer connect)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    add_db_argument(p, help_text="the server's address as the database's owner")
    p.set_defaults(func=cmd_remove_user)

    p = sub.add_parser("copy", help="copy every row from an encrypted file to a committee server, or back")
    p.add_argument("--from", dest="source", required=True, type=db_target, metavar="FILE|URL")
    p.add_argument("--to", dest="target", required=True, type=db_target, metavar="URL|FILE",
                   help="a server set up by 'server init' with no people yet, or a new encrypted file")
    add_weak_passphrase_argument(p)
    p.set_defaults(func=cmd_copy)
