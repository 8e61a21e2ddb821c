"""Roster import and export from the command line.

  committee-desk import --db PATH FILE [--dry-run] [--on-duplicate merge|skip|keep] [--sheet NAME]
                        [--map HEADER=FIELD]... [--workplace NAME] [--region CC]
                        [--report FILE] [--unmapped notes|drop] [--prefer-file] [--merge-possible-duplicates]
  committee-desk undo-import --db PATH BATCH_ID
  committee-desk export --db PATH OUT.csv|OUT.xlsx|OUT.vcf [--format csv|xlsx|spoke|action-network|google|vcard]
                        [--workplace W] [--committee C] [--tag T] [--search TEXT] [--call-list L] [--event E]
                        [--session S] [--include-unknown-consent]
  committee-desk list imports --db PATH

The summary goes to stdout; problems (with their row numbers) go to stderr or to ``--report``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .core import CliError, ListKind, add_db_argument, open_db, resolve_row

if TYPE_CHECKING:
    from models import importing
    from models.core.db import Database

# --on-duplicate: the importer's DUPLICATE_ACTIONS (merge, keep both, skip; a test checks they
# agree), written out so that building the parser for --help does not load the importer.
ON_DUPLICATE = ("merge", "keep", "skip")


def _imports(db: Database):
    from models import importing  # lazy: --help must not load the feature

    for b in importing.list_batches(db):
        state = " (undone)" if b.undone else ""
        yield b.id, (f"{b.imported_at:%Y-%m-%d %H:%M} {b.file_name}: {b.rows_read} read, {b.added} added, "
                     f"{b.merged} merged, {b.skipped} skipped, {b.invalid} invalid{state}")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: the batch just does not say who
        return ""


def _set_region(code: str | None) -> str:
    """--region: the country of numbers written without + or 00 (default US)."""
    from models.core.text import set_default_region  # lazy: --help must not load phonenumbers

    wanted = (code or "US").strip().upper()
    if set_default_region(wanted) != wanted:
        raise CliError(f"Unknown country code {code!r}: use a two-letter code such as US, MX or ES.")
    return wanted


def _consent_line(mapping: importing.Mapping) -> str:
    """What the import does with consent: what the file says, never a yes it does not say."""
    from models import importing  # lazy: --help must not load the feature

    keys = importing.person_fields.consent_keys(mapping.columns)
    if not keys:
        return "consent: the file says nothing about it; everyone's stays unknown (never assumed yes)"
    return "consent: from " + ", ".join(importing.FIELD_LABELS[k] for k in keys) + "; empty cells stay unknown"


def cmd_import(args: argparse.Namespace) -> int:
    from models import importing  # lazy: --help must not load the feature

    region = _set_region(args.region)
    db = open_db(args.db, hold_lock=not args.dry_run)
    try:
        table = importing.read_table(args.file, args.sheet)
        mapping, remembered = importing.mapping_for(db, table.headers)
        mapping = importing.corrected(table.headers, mapping, args.map or ())  # a bad --map: nothing written
        mapping.unmapped_to_notes = args.unmapped == "notes"
        if args.workplace:
            mapping.defaults["workplace"] = args.workplace
        on_possible = importing.MERGE if args.merge_possible_duplicates else importing.KEEP
        plan, result = importing.import_file(db, args.file, on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                             mapping=mapping, imported_by=_user(), overwrite_conflicts=args.prefer_file,
                                             table=table, on_possible=on_possible)
    finally:
        db.close()
    counts = result.as_dict()
    where = f" (sheet {table.sheet})" if table.sheet else ""
    # A vCard has no header row (one card a person): say so rather than "header on row 0".
    header = "one contact per card" if table.kind == "vcard" else f"header on row {table.header_row}"
    lines = [f"{'Dry run, nothing written: ' if args.dry_run else ''}{Path(args.file).name}{where}, {header}"]
    layout = importing.layout_name(table.headers)
    if layout:
        lines.append(f"format: {layout} export")
    lines.append("columns: " + "; ".join(
        f"{h} -> {_destination(k, mapping.unmapped_to_notes)}"
        for h, k in zip(table.headers, mapping.columns)) + (" (remembered mapping)" if remembered else ""))
    lines.append(_consent_line(mapping))
    lines.append(f"phones without + or 00 read as numbers of: {region}")
    lines.append(f"rows read: {counts['read']}")
    lines.append(f"{'would add' if args.dry_run else 'added'}: {counts['added']}")
    lines.append(f"{'would merge' if args.dry_run else 'merged'}: {counts['merged']}")
    lines.append(f"skipped: {counts['skipped']}")
    lines.append(f"invalid: {counts['invalid']}")
    lines += _possible_lines(plan, args)
    if result is not None and result.batch_id is not None:
        lines.append(f"import batch: {result.batch_id} (undo with: committee-desk undo-import --db PATH {result.batch_id})")
    lines += [f"note: {p.text}" for p in table.notices]
    print("\n".join(lines))
    problems = [
        f"row {number}: {'warning: ' if p.warning else ''}{p.text}" for number, p in plan.problems()
    ]
    duplicates = [_duplicate_line(plan, row) for row in plan.rows if row.has_choice]
    if args.report:
        text = "\n".join(["Problems:"] + (problems or ["none"]) + ["", "Duplicates:"] + (duplicates or ["none"])) + "\n"
        from reports.core.atomic import atomic_write  # lazy: only with --report

        with atomic_write(args.report) as tmp:
            tmp.write_text(text, encoding="utf-8")
        print(f"report: {args.report}")
    else:
        for line in problems:
            print(line, file=sys.stderr)
    return 0


def _destination(key: str | None, unmapped_to_notes: bool) -> str:
    from models import importing  # lazy: --help must not load the feature

    if key == importing.IGNORE:
        return "left out"
    if key:
        return importing.FIELD_LABELS[key]
    return "notes" if unmapped_to_notes else "dropped"


def _duplicate_line(plan: importing.ImportPlan, row: importing.PlanRow) -> str:
    """"row 7: same phone as person #12 -> merge" (row numbers and ids only: nothing personal)."""
    target = (f"person #{row.match_person}" if row.match_person is not None
              else f"row {plan.rows[row.match_row].source_row}")
    differ = ", names differ" if row.is_possible_duplicate else ""
    return f"row {row.source_row}: same {row.match_on.replace('_', ' ')} as {target}{differ} -> {row.action}"


POSSIBLE_SHOWN = 20  # possible duplicates listed on stdout (all of them in --report)


def _possible_lines(plan: importing.ImportPlan, args: argparse.Namespace) -> list[str]:
    """How many rows share an email or phone with someone whose name differs, what was done with
    them, and the first few (the whole list goes to --report)."""
    rows = [plan.rows[i] for i in plan.possible_duplicates()]
    done = "merged" if args.merge_possible_duplicates else "kept as separate people"
    lines = [f"possible duplicates ({done}): {len(rows)}"]
    if rows and not args.merge_possible_duplicates:
        lines.append("  (check them; to merge them instead: --merge-possible-duplicates, or use the import wizard)")
    lines += [f"  {_duplicate_line(plan, row)}" for row in rows[:POSSIBLE_SHOWN]]
    if len(rows) > POSSIBLE_SHOWN:
        lines.append(f"  ... and {len(rows) - POSSIBLE_SHOWN} more" + ("" if args.report else " (all of them: --report FILE)"))
    return lines


def cmd_undo_import(args: argparse.Namespace) -> int:
    from models import importing  # lazy: --help must not load the feature

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
    from models.core.entities import Committee, Workplace  # lazy: --help must not load the feature
    from reports.roster import export as roster_export

    workplace_id = resolve_row(db, Workplace, args.workplace, what="workplace") if args.workplace else None
    committee_id = resolve_row(db, Committee, args.committee, what="committee") if args.committee else None
    return roster_export.select_ids(db, workplace_id, committee_id, args.tag, args.search or "")


EXPORT_FORMATS = ("csv", "xlsx", "spoke", "action-network", "google", "vcard")


def _export_ids(db: Database, args: argparse.Namespace) -> Optional[list[int]]:
    """The people every filter given agrees on (None = everyone)."""
    from models.mobilization.tables import CallList, Event  # lazy: --help must not load the feature
    from models.trainings.sessions import TrainingSession
    from reports.roster import presets as export_presets

    ids = selected_ids(db, args)
    groups = []
    if args.call_list:
        groups.append(export_presets.people_of_call_list(db, resolve_row(db, CallList, args.call_list,
                                                                         what="call list")))
    if args.event:
        groups.append(export_presets.people_of_event(db, resolve_row(db, Event, args.event, what="event")))
    if args.session:
        groups.append(export_presets.people_of_session(db, resolve_row(db, TrainingSession, args.session,
                                                                       name_attr="id", what="training session")))
    for group in groups:
        ids = sorted(set(group) if ids is None else set(ids) & set(group))
    return ids


def cmd_export(args: argparse.Namespace) -> int:
    from reports.roster import export as roster_export, presets as export_presets  # lazy: --help must not load the feature

    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise CliError("Export to a file ending in .csv or .xlsx, or give --format.")
    preset = None if fmt in ("csv", "xlsx") else export_presets.Preset(fmt)
    wanted = preset.suffix if preset is not None else f".{fmt}"
    if args.out.suffix.lower() != wanted:
        raise CliError(f"Export this format to a file ending in {wanted}.")
    db = open_db(args.db)
    try:
        ids = _export_ids(db, args)
        if preset is None:
            result = roster_export.export_people(db, args.out, ids)
        else:
            result = export_presets.export_preset(db, preset, args.out, ids,
                                                  include_unknown=args.include_unknown_consent)
    finally:
        db.close()
    print(f"Exported {result.people} people to {args.out} in {result.seconds:.2f} s")
    for reason, count in sorted(getattr(result, "left_out", {}).items()):
        print(f"Left out {count}: {reason}")
    if getattr(result, "left_out", {}).get(export_presets.UNKNOWN_CONSENT):
        print("(add --include-unknown-consent to include people whose consent is not known)")
    print("Note: this file is NOT encrypted. Keep it safe and delete it when done.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import people from a CSV or XLSX file (one transaction, undoable)")
    add_db_argument(p)
    p.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv, .txt or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="merge",
                   help="for rows matching a person or an earlier row: merge (default), skip, or keep both")
    p.add_argument("--merge-possible-duplicates", action="store_true",
                   help="merge rows that share an email or phone with someone whose name differs "
                        "(default: keep both, and list them)")
    p.add_argument("--prefer-file", action="store_true",
                   help="on merge, replace existing values that differ (default keeps existing values)")
    p.add_argument("--unmapped", choices=("notes", "drop"), default="notes",
                   help="columns that match no field: add to notes (default) or drop")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx file (default: the one that holds the table)")
    p.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="send a column to a field, correcting the guess (repeatable): --map \"Cell=phone\"; "
                        "--map \"Cell=\" leaves the column out; FIELD is a field name such as first_name or "
                        "its label such as \"First name\"")
    p.add_argument("--workplace", metavar="NAME",
                   help="the workplace of rows that name none (an employer's list of one plant)")
    p.add_argument("--region", metavar="CC",
                   help="the country of phone numbers written without + or 00, as a two-letter code (default US)")
    p.add_argument("--report", type=Path, metavar="FILE", help="write problems and duplicates to this file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo-import", help="take back a whole import (see: list imports)")
    add_db_argument(p)
    p.add_argument("batch", type=int, metavar="BATCH_ID")
    p.set_defaults(func=cmd_undo_import)

    p = sub.add_parser("export", help="export people to .csv, .xlsx, or a layout Spoke, Action Network, Google "
                                      "Contacts or a phone takes (NOT encrypted)")
    add_db_argument(p)
    p.add_argument("out", type=Path, metavar="OUT", help="OUT.csv, OUT.xlsx, or OUT.vcf with --format vcard")
    p.add_argument("--format", choices=EXPORT_FORMATS,
                   help="csv or xlsx (the default, from OUT's ending): every field; spoke, action-network, google "
                        "(.csv) or vcard (.vcf): the columns that tool imports, phones in E.164")
    p.add_argument("--call-list", metavar="L", help="only the people on this call list (id or exact name)")
    p.add_argument("--event", metavar="E", help="only the people on this event's call lists or checked in at it")
    p.add_argument("--session", metavar="S", help="only the people registered for this training session (id)")
    p.add_argument("--include-unknown-consent", action="store_true",
                   help="spoke and action-network: also people whose consent to texts or emails is not known "
                        "(people who said no are never included)")
    add_selection_arguments(p)
    p.set_defaults(func=cmd_export)


LIST_KINDS = [ListKind("imports", _imports)]
