"""Undo: the history of imports, and taking one back (people it created removed, what it merged
into existing people put back unless changed by hand since)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from sqlalchemy import select

from models.core import errors
from models.core.base import utcnow
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.gc_pause import gc_paused
from .messages import ProgressFn
from .tables import ImportBatch
from .writing import _MERGE_COLUMNS, _stored

log = logging.getLogger(__name__)


@dataclass
class BatchInfo:
    id: int
    file_name: str
    sheet: str
    imported_at: datetime
    imported_by: str
    rows_read: int
    added: int
    merged: int
    skipped: int
    invalid: int
    undone_at: Optional[datetime]

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def list_batches(db: Database) -> list[BatchInfo]:
    with db.session() as s:
        return [
            BatchInfo(b.id, b.file_name, b.sheet, b.imported_at, b.imported_by, b.rows_read, b.added, b.merged,
                      b.skipped, b.invalid, b.undone_at)
            for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        ]


@dataclass
class UndoResult:
    removed: int  # people the import had created, now deleted
    reverted: int  # people whose merged changes were taken back


@gc_paused()
def undo_import(db: Database, batch_id: int, progress: Optional[ProgressFn] = None) -> UndoResult:
    """Take a whole import back, in one transaction. Changes made by hand since are kept: a merged
    field is only put back if it still holds the value the import wrote."""
    with db.write() as s:
        conn = s.connection()
        run = conn.exec_driver_sql
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That import is not in the history."))
        if batch.undone_at is not None:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "That import was already undone."))
        try:
            refs = json.loads(batch.created_refs or "{}")
        except ValueError:
            refs = {}
        entries = run("SELECT person_id, action, changes FROM import_batch_people WHERE batch_id = ?", (batch_id,)).fetchall()
        # People the import created: an id range with the batch's stamp (ids of people deleted
        # since may have been given to someone else: their created_at differs), or, in batches
        # written by earlier versions, one "created" row each.
        created = [pid for pid, action, _ in entries if action == "created"]
        span = refs.get("people")
        if isinstance(span, list) and len(span) == 3:
            created += [pid for (pid,) in run(
                "SELECT id FROM people WHERE id BETWEEN ? AND ? AND created_at = ?",
                (int(span[0]), int(span[1]), str(span[2]))).fetchall()]
        merged = [(pid, changes) for pid, action, changes in entries if action == "merged" and changes]
        total = max(1, len(created) + len(merged))
        for start in range(0, len(created), 900):
            chunk = created[start : start + 900]
            run(f"DELETE FROM people WHERE id IN ({','.join(str(int(p)) for p in chunk)})")
            if progress is not None:
                progress(start + len(chunk), total)
        reverted = 0
        for n, (pid, text) in enumerate(merged):
            try:
                changes = json.loads(text)
            except ValueError:
                continue
            touched = False
            for column, (old, new) in (changes.get("fields") or {}).items():
                if column not in _MERGE_COLUMNS:
                    continue
                old, new = _stored(column, old), _stored(column, new)
                result = run(f"UPDATE people SET {column} = ? WHERE id = ? AND {column} IS NOT DISTINCT FROM ?",
                             (old, pid, new))
                touched = touched or bool(result.rowcount)
            for key, table, col in (("phones", "phones", "id"), ("assessments", "assessments", "id")):
                ids = [int(i) for i in changes.get(key) or []]
                if ids:
                    run(f"DELETE FROM {table} WHERE person_id = ? AND {col} IN ({','.join(map(str, ids))})", (pid,))
                    touched = True
            for tid in changes.get("tags") or []:
                run("DELETE FROM person_tags WHERE person_id = ? AND tag_id = ?", (pid, int(tid)))
                touched = True
            if touched:  # an editor who loaded the person before the undo gets a conflict
                run("UPDATE people SET version = version + 1 WHERE id = ?", (pid,))
            reverted += touched
            if progress is not None and n % 1000 == 0:
                progress(len(created) + n, total)
        # Places and tags the import created, if nothing uses them any more.
        for tid in refs.get("tags", []):
            run("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM person_tags WHERE tag_id = ?)", (tid, tid))
        for sid in refs.get("shifts", []):
            run("DELETE FROM shifts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE shift_id = ?)", (sid, sid))
        for did in refs.get("departments", []):
            run("DELETE FROM departments WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE department_id = ?)",
                (did, did))
        for wid in refs.get("workplaces", []):
            run("DELETE FROM workplaces WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM committees WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM departments WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM shifts WHERE workplace_id = ?)", (wid, wid, wid, wid, wid))
        run("DELETE FROM import_batch_people WHERE batch_id = ?", (batch_id,))
        batch.undone_at = utcnow()
    log.info("import undone: %d removed, %d reverted", len(created), reverted)
    return UndoResult(len(created), reverted)
