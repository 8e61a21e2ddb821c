"""Safety commands: ``backup`` (an encrypted, verified copy) and ``restore`` (never in place).

``committee-desk backup --db PATH [OUT]``: OUT is a file or a folder; without it the backup goes
to the rotated backup folder (``<data>/backups/<database name>/``). Reading only: it runs even
while the app has the database open.
``committee-desk restore --db PATH BACKUP``: the backup is verified, an existing file at PATH is
moved aside (``PATH.replaced-STAMP``), then the backup is put in place. Refused while the app
holds PATH. The passphrase is the backup's (COMMITTEE_DESK_PASSPHRASE, keyring or prompt).

Both take ``--user NAME`` for the audit trail (or COMMITTEE_DESK_USER).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .core import add_db_argument, file_only, open_db, passphrase_for


def _user(args: argparse.Namespace) -> str:
    from models.core import audit  # lazy: --help must not load the database stack

    if args.user:
        audit.set_default_user(args.user)
    return audit.default_user()


def cmd_backup(args: argparse.Namespace) -> int:
    from models.core import backup  # lazy: --help must not load the database stack

    user = _user(args)
    db = open_db(file_only(args.db, "backup"))
    try:
        written = backup.make_backup(db, out=args.out, user=user)
    finally:
        db.close()
    print(f"Backup written and verified: {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from models.core import backup  # lazy: --help must not load the database stack

    user = _user(args)
    passphrase = passphrase_for(file_only(args.db, "restore"))
    aside = backup.restore(args.backup, args.db, passphrase, user=user)
    if aside is not None:
        print(f"The previous file was kept as {aside}")
    print(f"Restored {args.backup} to {args.db}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write an encrypted, verified backup (same passphrase)")
    add_db_argument(p)
    p.add_argument("out", nargs="?", type=Path, metavar="OUT",
                   help="backup file or folder (default: the rotated backup folder)")
    p.add_argument("--user", help="your name for the audit trail (or set COMMITTEE_DESK_USER)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup to PATH (an existing file is moved aside first)")
    add_db_argument(p)
    p.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    p.add_argument("--user", help="your name for the audit trail (or set COMMITTEE_DESK_USER)")
    p.set_defaults(func=cmd_restore)
