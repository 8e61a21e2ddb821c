"""The printed directory: everyone (or a selection) grouped by workplace, department and shift.

For the committee's table, not for a wall: names in their own order (王小明, Trần Thị Lan, فاطمة
حداد), job title, languages and membership. Phone numbers only when ``with_phones`` is given
(the default prints none: a lost page should not hand out everyone's number); never an
assessment, email, tag or note. Every page repeats the groups it continues and says
"Confidential — shred after use". Drawn by reports/core/pdf_table.py through reports/core/textpath.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from models.core import audit
from models.core.db import Database
from models.roster.directory import DirectoryEntry, directory_entries
from models.core.text import split_list

from reports.core.pdf_table import Block, Column, Columns, Heading, PageWords, Row, write_table_pdf
from reports.core.textpath import isolate


@dataclass
class DirectoryLabels:
    """Every word printed; the UI passes translated ones, the CLI uses these."""

    title: str = "Directory"
    subtitle: str = "{people} people · printed {date}"
    name: str = "Name"
    job_title: str = "Job title"
    languages: str = "Languages"
    membership: str = "Membership"
    phone: str = "Phone"
    count: str = "{people} people"  # after a workplace's name
    no_workplace: str = "No workplace"
    no_department: str = "No department"
    no_shift: str = "No shift"
    memberships: dict[str, str] = field(default_factory=lambda: {
        "member": "Member", "non-member": "Non-member", "steward": "Steward", "officer": "Officer"})
    language_names: dict[str, str] = field(default_factory=dict)  # code -> name; a code without one shows as is
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"
    continued: str = "{heading} (continued)"


@dataclass
class DirectoryResult:
    pages: int
    people: int


def _columns(labels: DirectoryLabels, with_phones: bool) -> Columns:
    columns = [Column(labels.name, 3.2), Column(labels.job_title, 1.8), Column(labels.languages, 1.1),
               Column(labels.membership, 1.2)]
    if with_phones:
        columns.append(Column(labels.phone, 1.6))
    return Columns(columns)


def directory_blocks(entries: list[DirectoryEntry], labels: DirectoryLabels, with_phones: bool) -> Iterator[Block]:
    """Headings at each change of workplace, department and shift, then the people's rows."""
    columns = _columns(labels, with_phones)
    per_workplace: dict[str, int] = {}
    for entry in entries:
        per_workplace[entry.workplace] = per_workplace.get(entry.workplace, 0) + 1
    place = None
    for entry in entries:
        here = (entry.workplace, entry.department, entry.shift)
        if place is None or here[0] != place[0]:
            name = entry.workplace or labels.no_workplace
            yield Heading(0, f"{isolate(name)} · {labels.count.format(people=per_workplace[entry.workplace])}")
        if place is None or here[:2] != place[:2]:
            yield Heading(1, entry.department or labels.no_department)
        if place is None or here != place:
            yield Heading(2, entry.shift or labels.no_shift)
            yield columns
        place = here
        languages = ", ".join(labels.language_names.get(code, code) for code in split_list(entry.languages))
        cells = [entry.name, entry.job_title, languages, labels.memberships.get(entry.membership, entry.membership)]
        if with_phones:
            cells.append(entry.phone)
        yield Row(cells)


def write_directory(db: Database, out: Path | str, person_ids: Optional[Iterable[int]] = None,
                    with_phones: bool = False, labels: Optional[DirectoryLabels] = None,
                    progress: Optional[Callable[[int, int], None]] = None) -> DirectoryResult:
    """The directory PDF of everyone, or of ``person_ids``; phones only ``with_phones``."""
    labels = labels or DirectoryLabels()
    entries = directory_entries(db, person_ids, with_phones=with_phones)
    words = PageWords(labels.title, labels.subtitle.format(people=len(entries), date=date.today().isoformat()),
                      labels.confidential, labels.page, labels.continued)
    pages = write_table_pdf(out, words, directory_blocks(entries, labels, with_phones), progress=progress)
    audit.record_after_file(db, "printed", "directory", count=len(entries))
    return DirectoryResult(pages, len(entries))
