"""Importing people from real-world CSV and XLSX files, in stages a reader can follow.

Each stage is a module, usable on its own (the wizard, the CLI and the tests share them):

1. :mod:`.reading` -- :func:`read_table` reads a file as it really is: UTF-8 with or without BOM,
   UTF-16, or Windows-1252 (a byte that cannot be read becomes a warning on its row, never a
   crash); comma / semicolon / tab / pipe delimiters are sniffed; the header row is found even
   when it is not on line 1; an .xlsx sheet is chosen by name; Excel dates and float phones
   become text.
2. :mod:`.mapping` -- :func:`guess_mapping` maps columns to person fields from English and
   Spanish headers; a mapping the user confirmed is remembered per header set *inside the
   encrypted database* (:func:`remembered_mapping`).
3. :mod:`.converting` -- :func:`convert_rows` turns mapped rows into :class:`Record` people, a
   column at a time, with the problems of each row.
4. :mod:`.matching` -- :func:`plan_import` builds the preview: a :class:`RowStatus` per row (new
   / matches a person / duplicate of an earlier row / possible duplicate / invalid with reasons),
   with the source row number, and a default :class:`Action` for every match (merge, keep both,
   skip). Who is who is decided by :mod:`.identity` on evidence in tiers (an external ID; an
   email or a phone together with a compatible name; never a name alone), never by chaining.
5. :mod:`.writing` -- :func:`apply_import` writes everything in ONE transaction (bulk
   ``jsonb_each`` inserts on the file, ``COPY`` on the server, on a second thread) and records an
   import batch.
6. :mod:`.undo` -- :func:`undo_import` removes what a batch added (people it created, fields,
   phones, tags and assessments it added on merge).

:mod:`.pipeline`'s :func:`import_file` (the CLI) runs them in one call and writes each planned
chunk while the next is planned. :mod:`.messages` holds the row messages (marked with
``QT_TRANSLATE_NOOP("Importing", ...)``); :mod:`.tables` the importer's own tables. No personal
data is logged.

Everything a caller uses is re-exported here: ``from models import importing`` and
``importing.read_table(...)`` work as before the split.
"""

# Constants and private names are re-exported too: tests tune and spy on them.
from .converting import Record, _PHONE_CACHE, convert_row, convert_rows, e164  # noqa: F401
from models.importing import person_fields  # noqa: F401  (the fields files carry beyond the basics)
from .identity import names_compatible
from .layouts import IGNORE, LAYOUTS, Layout
from .mapping import (
    FIELD_KEYS,
    FIELD_LABELS,
    FIELDS,
    Mapping,
    corrected,
    describe_mapping,
    field_named,
    guess_mapping,
    header_key,
    layout_name,
    mapped_fields,
    mapping_for,
    remember_mapping,
    remembered_mapping,
)
from .matching import (
    ADD,
    CONVERT_CHUNK,
    DUPLICATE_ACTIONS,
    EXISTING,
    IN_FILE,
    INVALID,
    KEEP,
    MERGE,
    NEW,
    POSSIBLE_DUPLICATE,
    SKIP,
    TAIL_CHUNK,
    Action,
    ImportPlan,
    PersonSummary,
    PlanRow,
    RosterKeys,
    RowStatus,
    _chunks,
    build_roster_keys,
    display_names,
    load_roster_keys,
    name_key,
    person_summaries,
    plan_import,
    read_roster_keys,
)
from .messages import (
    MSG_BAD_ASSESSMENT,
    MSG_BAD_EMAIL,
    MSG_BAD_PHONE,
    MSG_DEPT_NO_WORKPLACE,
    MSG_MEMBERSHIP,
    MSG_CP1252,
    MSG_NAME_ORDER,
    MSG_NO_NAME,
    MSG_TOO_LONG,
    MSG_UNREADABLE,
    Problem,
    ProgressFn,
)
from .pipeline import bench_import, import_file
from .reading import (
    DELIMITERS,
    MAX_CELL,
    SPREADSHEET_SUFFIXES,
    SourceTable,
    cell_text,
    decode_bytes,
    read_csv_bytes,
    read_table,
    sheet_names,
    sniff_delimiter,
)
from .tables import ImportBatch, ImportBatchPerson, ImportMapping
from .undo import BatchInfo, UndoResult, list_batches, undo_import
from .writing import (
    IMPORT_CACHE_KIB,
    INSERT_CHUNK,
    ImportResult,
    _Applier,
    _page_cache,
    _StatementThread,
    apply_import,
)

__all__ = [
    "ImportBatch", "ImportBatchPerson", "ImportMapping", "SourceTable", "Mapping", "ImportPlan", "PlanRow",
    "ImportResult", "BatchInfo", "UndoResult", "read_table", "sheet_names", "guess_mapping", "mapping_for",
    "remembered_mapping", "remember_mapping", "plan_import", "apply_import", "undo_import", "list_batches",
    "import_file", "FIELDS", "e164", "Problem", "bench_import", "name_key", "RowStatus", "Action",
    "Record", "convert_rows", "convert_row", "RosterKeys", "load_roster_keys", "read_roster_keys",
    "build_roster_keys", "display_names", "read_csv_bytes", "decode_bytes", "sniff_delimiter", "cell_text",
    "header_key", "mapped_fields", "describe_mapping", "FIELD_KEYS", "FIELD_LABELS", "ProgressFn",
    "IGNORE", "LAYOUTS", "Layout", "corrected", "field_named", "layout_name",
    "NEW", "EXISTING", "IN_FILE", "INVALID", "MERGE", "KEEP", "SKIP", "ADD", "DUPLICATE_ACTIONS",
    "POSSIBLE_DUPLICATE", "PersonSummary", "person_summaries", "names_compatible",
]
