"""The stages in one call, as the CLI runs them (:func:`import_file`), and the benchmark's."""

from __future__ import annotations

import threading
import time as _time
from pathlib import Path
from typing import Any, Optional

from models.core.db import Database
from models.core.gc_pause import gc_paused
from .mapping import Mapping, mapping_for
from .matching import (
    KEEP,
    MERGE,
    ImportPlan,
    RosterKeys,
    build_roster_keys,
    load_roster_keys,
    plan_import,
    read_roster_keys,
)
from .messages import ProgressFn
from .reading import SourceTable, read_table
from .undo import undo_import
from .writing import ImportResult, _applying, apply_import


def _read_with_roster(db: Database, path: str | Path, sheet: Optional[str]) -> tuple[SourceTable, RosterKeys]:
    """:func:`read_table` here while :func:`read_roster_keys` runs on a thread (its queries are
    single SQLite steps, without the GIL), then the keys."""
    box: dict[str, Any] = {}

    def read() -> None:
        try:
            box["read"] = read_roster_keys(db)
        except BaseException as exc:  # noqa: BLE001 - raised again below, in the calling thread
            box["error"] = exc

    reader = threading.Thread(target=read, name="import-roster-keys", daemon=True)
    reader.start()
    try:
        table = read_table(path, sheet)
    finally:
        reader.join()
    if "error" in box:
        raise box["error"]
    return table, build_roster_keys(box.pop("read"))


@gc_paused()  # one pause around all the steps: each step's own pause would end in a collection
def import_file(
    db: Database,
    path: str | Path,
    sheet: Optional[str] = None,
    on_duplicate: str = MERGE,
    dry_run: bool = False,
    mapping: Optional[Mapping] = None,
    imported_by: str = "",
    overwrite_conflicts: bool = False,
    progress: Optional[ProgressFn] = None,
    table: Optional[SourceTable] = None,
    on_possible: str = KEEP,
) -> tuple[ImportPlan, ImportResult]:
    """Read, map (remembered or guessed), plan and (unless ``dry_run``) apply: what the CLI runs.
    Possible duplicates are kept as separate people unless ``on_possible`` says otherwise.

    The rows are written as they are planned, a chunk at a time (``plan_import(on_chunk=...)``):
    SQLite writes one chunk on the statement thread while this one plans the next. The result is
    the same as :func:`apply_import` of the whole plan (tests/test_import.py checks it)."""
    # The roster's keys before the write transaction (the read uses its own, pooled, connection);
    # SQLite reads them on a thread while this one reads the file.
    if table is None:  # (the CLI reads it first, to show the mapping)
        table, roster = _read_with_roster(db, path, sheet)
    else:
        roster = load_roster_keys(db)
    if mapping is None:
        mapping, _ = mapping_for(db, table.headers)
    if dry_run:
        plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, roster=roster, release_rows=True,
                           names=False, on_possible=on_possible)
        c = plan.counts()
        return plan, ImportResult(None, c["read"], c["added"], c["merged"], c["skipped"], c["invalid"], dry_run=True)
    read = len(table.rows)
    with _applying(db, read, sheet=table.sheet, file_name=Path(path).name, imported_by=imported_by,
                   overwrite_conflicts=overwrite_conflicts, progress=progress, total_steps=read) as applier:
        plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, roster=roster, release_rows=True,
                           names=False, on_chunk=applier.feed, on_possible=on_possible)
        result = applier.finish(len(plan.rows), plan.table, plan.mapping, remember=True)
    return plan, result


@gc_paused()
def bench_import(db: Database, csv_path: str | Path, on_duplicate: str = MERGE, undo: bool = False) -> dict[str, float]:
    """Time one import of ``csv_path`` into ``db`` (for ``make bench``): seconds of wall and CPU
    time per step (read, plan, apply) and in total, the counts, and the process's peak memory in
    MB (``ru_maxrss``: meaningful in a fresh process). With ``undo`` the import is taken back
    afterwards (not timed), so the database ends as it was (apart from the batch history)."""
    import resource  # lazy: resource is Unix-only (bench timing)

    figures: dict[str, float] = {}
    marks = [(_time.perf_counter(), _time.process_time())]
    table = read_table(csv_path)
    marks.append((_time.perf_counter(), _time.process_time()))
    mapping, _ = mapping_for(db, table.headers)
    plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, release_rows=True, names=False)
    marks.append((_time.perf_counter(), _time.process_time()))
    result = apply_import(db, plan, file_name=Path(csv_path).name, remember=False)
    marks.append((_time.perf_counter(), _time.process_time()))
    for step, (before, after) in zip(("read", "plan", "apply"), zip(marks, marks[1:])):
        figures[f"{step}_wall"] = after[0] - before[0]
        figures[f"{step}_cpu"] = after[1] - before[1]
    figures["total_wall"] = marks[-1][0] - marks[0][0]
    figures["total_cpu"] = marks[-1][1] - marks[0][1]
    figures.update({k: float(v) for k, v in result.as_dict().items()})
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del plan, table
    if undo and result.batch_id is not None:
        undo_import(db, result.batch_id)
    return figures
