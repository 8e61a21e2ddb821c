"""Roster import and export from the command line.

  committee-desk import --db PATH FILE [--dry-run] [--on-duplicate merge|skip|keep] [--sheet NAME]
                        [--report FILE] [--unmapped notes|drop] [--prefer-file]
  committee-desk undo-import --db PATH BATCH_ID
  committee-desk export --db PATH OUT.csv|OUT.xlsx [--workplace W] [--committee C] [--tag T] [--search TEXT]
  committee-desk list imports --db PATH

The summary goes to stdout; problems (with their row numbers) go to stderr or to ``--report``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from models import importing
from models.db import Database
from models.entities import Committee, Workplace
from reports import roster_export

from .core import CliError, add_db_argument, open_db, resolve_row
from .foundation import list_kind


@list_kind("imports")
def _imports(db: Database):
    for b in importing.list_batches(db):
        state = " (undone)" if b.undone else ""
        yield b.id, (f"{b.imported_at:%Y-%m-%d %H:%M} {b.file_name}: {b.rows_read} read, {b.added} added, "
                     f"{b.merged} merged, {b.skipped} skipped, {b.invalid} invalid{state}")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: the batch just does not say who
        return ""


def cmd_import(args: argparse.Namespace) -> int:
    db = open_db(args.db, hold_lock=not args.dry_run)
    try:
        table = importing.read_table(args.file, args.sheet)
        mapping, remembered = importing.mapping_for(db, table.headers)
        mapping.unmapped_to_notes = args.unmapped == "notes"
        plan, result = importing.import_file(db, args.file, on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                             mapping=mapping, imported_by=_user(), overwrite_conflicts=args.prefer_file,
                                             table=table)
    finally:
        db.close()
    counts = result.as_dict()
    where = f" (sheet {table.sheet})" if table.sheet else ""
    lines = [f"{'Dry run, nothing written: ' if args.dry_run else ''}{Path(args.file).name}{where}, "
             f"header on row {table.header_row}"]
    lines.append("columns: " + "; ".join(
        f"{h} -> {importing.FIELD_LABELS[k] if k else ('notes' if mapping.unmapped_to_notes else 'dropped')}"
        for h, k in zip(table.headers, mapping.columns)) + (" (remembered mapping)" if remembered else ""))
    lines.append(f"rows read: {counts['read']}")
    lines.append(f"{'would add' if args.dry_run else 'added'}: {counts['added']}")
    lines.append(f"{'would merge' if args.dry_run else 'merged'}: {counts['merged']}")
    lines.append(f"skipped: {counts['skipped']}")
    lines.append(f"invalid: {counts['invalid']}")
    if result is not None and result.batch_id is not None:
        lines.append(f"import batch: {result.batch_id} (undo with: committee-desk undo-import --db PATH {result.batch_id})")
    lines += [f"note: {p.text}" for p in table.notices]
    print("\n".join(lines))
    problems = [
        f"row {number}: {'warning: ' if p.warning else ''}{p.text}" for number, p in plan.problems()
    ]
    duplicates = []
    for row in plan.rows:
        if row.is_duplicate:
            target = (f"person #{row.match_person}" if row.match_person is not None
                      else f"row {plan.rows[row.match_row].source_row}")
            duplicates.append(f"row {row.source_row}: same {row.match_on} as {target} -> {row.action}")
    if args.report:
        text = "\n".join(["Problems:"] + (problems or ["none"]) + ["", "Duplicates:"] + (duplicates or ["none"])) + "\n"
        from reports.atomic import atomic_write

        with atomic_write(args.report) as tmp:
            tmp.write_text(text, encoding="utf-8")
        print(f"report: {args.report}")
    else:
        for line in problems:
            print(line, file=sys.stderr)
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    db = open_db(args.db, hold_lock=True)
    try:
        result = importing.undo_import(db, args.batch)
    finally:
        db.close()
    print(f"Import {args.batch} undone: {result.removed} people removed, {result.reverted} merged people restored")
    return 0


def add_selection_arguments(p: argparse.ArgumentParser) -> None:
    """--workplace, --committee, --tag, --search: who an export or a printout is about."""
    p.add_argument("--workplace", metavar="W", help="only this workplace (id or exact name)")
    p.add_argument("--committee", metavar="C", help="only current members of this committee (id or exact name)")
    p.add_argument("--tag", metavar="T", help="only people with this tag")
    p.add_argument("--search", metavar="TEXT", help="only people matching this text (as the roster search)")


def selected_ids(db: Database, args: argparse.Namespace):
    """The ids the selection arguments choose (None: everyone)."""
    workplace_id = resolve_row(db, Workplace, args.workplace, what="workplace") if args.workplace else None
    committee_id = resolve_row(db, Committee, args.committee, what="committee") if args.committee else None
    return roster_export.select_ids(db, workplace_id, committee_id, args.tag, args.search or "")


def cmd_export(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError("Export to a file ending in .csv or .xlsx.")
    db = open_db(args.db)
    try:
        result = roster_export.export_people(db, args.out, selected_ids(db, args))
    finally:
        db.close()
    print(f"Exported {result.people} people to {args.out} in {result.seconds:.2f} s")
    print("Note: this file is NOT encrypted. Keep it safe and delete it when done.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import people from a CSV or XLSX file (one transaction, undoable)")
    add_db_argument(p)
    p.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv, .txt or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--on-duplicate", choices=importing.DUPLICATE_ACTIONS, default="merge",
                   help="for rows matching a person or an earlier row: merge (default), skip, or keep both")
    p.add_argument("--prefer-file", action="store_true",
                   help="on merge, replace existing values that differ (default keeps existing values)")
    p.add_argument("--unmapped", choices=("notes", "drop"), default="notes",
                   help="columns that match no field: add to notes (default) or drop")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx file (default: the first with data)")
    p.add_argument("--report", type=Path, metavar="FILE", help="write problems and duplicates to this file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo-import", help="take back a whole import (see: list imports)")
    add_db_argument(p)
    p.add_argument("batch", type=int, metavar="BATCH_ID")
    p.set_defaults(func=cmd_undo_import)

    p = sub.add_parser("export", help="export people to .csv or .xlsx (NOT encrypted)")
    add_db_argument(p)
    p.add_argument("out", type=Path, metavar="OUT", help="OUT.csv or OUT.xlsx")
    add_selection_arguments(p)
    p.set_defaults(func=cmd_export)
