"""Resolutions a committee drafts and carries through union bodies until they are adopted.

* A resolution has a title (and a Spanish title), the drafting committee, the target body, a
  status (draft -> circulating -> submitted -> adopted / defeated / tabled / withdrawn), sponsors
  (people), and "based on" another resolution (lineage: locals copy each other's texts).
* Its body is a list of clauses ``{kind: whereas|resolved, text, text_es}``. Every save whose text
  (titles or clauses) differs from the latest version appends a new numbered version recording
  who saved it and when; an old version is restored by saving its text as a new version.
* :func:`word_diff` compares two versions word by word (difflib on word tokens) and returns
  segments ``equal`` / ``insert`` / ``delete`` for a reviewer.
* Votes record each body that took the resolution up: date, for/against/abstain or "by
  acclamation", and the outcome; :func:`adopting_bodies` lists the bodies that adopted it. A vote
  by the resolution's own target body also moves its status to that outcome.
* Starter templates (English and Spanish) live in ``resources/templates/resolutions/*.json``.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    func,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.core import audit, errors, versions
from models.core.base import Base, utcnow
from models.core.db import Database
from models.core.entities import Committee, CommitteeMember, Person
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import display_name as _name, fold
from models.core.paths import resources_dir

RESOLUTION_STATUSES = ("draft", "circulating", "submitted", "adopted", "defeated", "tabled", "withdrawn")
CLAUSE_KINDS = ("whereas", "resolved")
VOTE_OUTCOMES = ("adopted", "defeated", "tabled", "referred")
LANGUAGES = ("en", "es")


class Resolution(Base):
    __tablename__ = "resolutions"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'circulating', 'submitted', 'adopted', 'defeated', 'tabled', 'withdrawn')",
            name="status_value",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    title: Mapped[str] = mapped_column(String(300))
    title_es: Mapped[str] = mapped_column(String(300), default="")
    committee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("committees.id", ondelete="SET NULL"), index=True)
    target_body: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    based_on_id: Mapped[Optional[int]] = mapped_column(ForeignKey("resolutions.id", ondelete="SET NULL"), index=True)
    # the language the text was first written in ("en" or "es")
    language: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ResolutionVersion(Base):
    __tablename__ = "resolution_versions"
    __table_args__ = (UniqueConstraint("resolution_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    title_es: Mapped[str] = mapped_column(String(300), default="")
    # JSON list of {"kind": "whereas"|"resolved", "text": "...", "text_es": "..."}
    clauses: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")


class ResolutionSponsor(Base):
    __tablename__ = "resolution_sponsors"

    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ResolutionVote(Base):
    __tablename__ = "resolution_votes"
    __table_args__ = (
        CheckConstraint("outcome IN ('adopted', 'defeated', 'tabled', 'referred')", name="outcome_value"),
        CheckConstraint(
            "(votes_for IS NULL OR votes_for >= 0) AND (votes_against IS NULL OR votes_against >= 0) "
            "AND (votes_abstain IS NULL OR votes_abstain >= 0)",
            name="tally_positive",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(300))
    voted_on: Mapped[date] = mapped_column(Date)
    votes_for: Mapped[Optional[int]] = mapped_column(Integer)
    votes_against: Mapped[Optional[int]] = mapped_column(Integer)
    votes_abstain: Mapped[Optional[int]] = mapped_column(Integer)
    by_acclamation: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(20), default="adopted")
    notes: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- value objects
@dataclass
class Clause:
    kind: str = "whereas"
    text: str = ""
    text_es: str = ""

    def text_for(self, lang: str) -> str:
        return self.text_es if lang == "es" else self.text


@dataclass
class ResolutionInput:
    title: str = ""
    title_es: str = ""
    committee_id: Optional[int] = None
    target_body: str = ""
    status: str = "draft"
    based_on_id: Optional[int] = None
    language: str = "en"
    clauses: list[Clause] = field(default_factory=list)
    sponsor_ids: list[int] = field(default_factory=list)


@dataclass
class VoteRow:
    id: Optional[int]
    body: str
    voted_on: date
    votes_for: Optional[int] = None
    votes_against: Optional[int] = None
    votes_abstain: Optional[int] = None
    by_acclamation: bool = False
    outcome: str = "adopted"
    notes: str = ""

    @property
    def tally(self) -> str:
        """"by acclamation", or "for–against–abstain" (a blank count is shown as —)."""
        if self.by_acclamation:
            return "by acclamation"
        counts = (self.votes_for, self.votes_against, self.votes_abstain)
        if all(v is None for v in counts):
            return "—"
        parts = ["—" if v is None else str(v) for v in counts]
        return "–".join(parts)


@dataclass
class VersionInfo:
    number: int
    saved_at: datetime
    saved_by: str
    title: str
    title_es: str
    clauses: list[Clause]
    note: str = ""


@dataclass
class ResolutionDetail:
    id: int
    data: ResolutionInput
    committee: str
    based_on_title: str
    sponsors: list[tuple[int, str]]
    votes: list[VoteRow]
    version: int  # latest version number (0 when never saved)
    created_at: datetime
    updated_at: datetime
    derived: list[tuple[int, str]]  # resolutions based on this one
    # The row's version (issue 25; not the text's ``version`` number): save_resolution(row_version=...)
    row_version: int = 1

    @property
    def title(self) -> str:
        return self.data.title

    def adopting_bodies(self) -> list[VoteRow]:
        return [v for v in self.votes if v.outcome == "adopted"]


@dataclass
class ResolutionSummary:
    id: int
    title: str
    committee: str
    target_body: str
    status: str
    versions: int
    adopted_by: int
    based_on: str
    updated_at: datetime


@dataclass
class SaveResult:
    id: int
    version: int
    new_version: bool
    row_version: int = field(default=0, compare=False)  # the row's version after the save (issue 25)


@dataclass
class Segment:
    kind: str  # "equal" | "insert" | "delete"
    text: str


# ---------------------------------------------------------------- clause list editing (pure)
def add_clause(clauses: list[Clause], kind: str = "whereas", text: str = "", text_es: str = "",
               at: Optional[int] = None) -> list[Clause]:
    """A new list with a clause added at ``at`` (default: after the last clause of that kind for
    "whereas", at the end for "resolved")."""
    result = list(clauses)
    if at is None:
        if kind == "whereas":
            at = max((i + 1 for i, c in enumerate(result) if c.kind == "whereas"), default=0)
        else:
            at = len(result)
    result.insert(at, Clause(kind, text, text_es))
    return result


def remove_clause(clauses: list[Clause], index: int) -> list[Clause]:
    return [c for i, c in enumerate(clauses) if i != index]


def move_clause(clauses: list[Clause], index: int, delta: int) -> list[Clause]:
    """Move one clause up (delta -1) or down (+1); out-of-range moves leave the list as is."""
    target = index + delta
    result = list(clauses)
    if 0 <= index < len(result) and 0 <= target < len(result):
        result[index], result[target] = result[target], result[index]
    return result


# ---------------------------------------------------------------- serialization
def _clauses_to_json(clauses: list[Clause]) -> str:
    return json.dumps([asdict(c) for c in clauses], ensure_ascii=False)


def _clauses_from_json(text: str) -> list[Clause]:
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return []
    return [Clause(str(c.get("kind", "whereas")), str(c.get("text", "")), str(c.get("text_es", ""))) for c in raw]


def _clean_clauses(clauses: list[Clause]) -> list[Clause]:
    result = []
    for n, c in enumerate(clauses, start=1):
        if c.kind not in CLAUSE_KINDS:
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Clause {n} must be a Whereas or a Resolved clause."),
                                         field="clauses", n=n)
        text, text_es = _tidy(c.text), _tidy(c.text_es)
        if not text and not text_es:
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Clause {n} is empty: write it or remove it."),
                                         field="clauses", n=n)
        result.append(Clause(c.kind, text, text_es))
    return result


def _tidy(text: str) -> str:
    return re.sub(r"[ \t]+", " ", (text or "").strip())


# ---------------------------------------------------------------- CRUD
def _validate(data: ResolutionInput) -> None:
    if not data.title.strip() and not data.title_es.strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the resolution a title."), field="title")
    if data.status not in RESOLUTION_STATUSES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a status for the resolution."), field="status")
    if data.language not in LANGUAGES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose English or Spanish as the original language."),
                                     field="language")


def _latest_version(s: Session, resolution_id: int) -> Optional[ResolutionVersion]:
    return s.scalars(
        select(ResolutionVersion).where(ResolutionVersion.resolution_id == resolution_id)
        .order_by(ResolutionVersion.number.desc()).limit(1)
    ).first()


def _check_lineage(s: Session, resolution_id: Optional[int], based_on_id: Optional[int]) -> None:
    if based_on_id is None:
        return
    if s.get(Resolution, based_on_id) is None:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The resolution it is based on no longer exists."),
                                     field="based_on")
    seen, current = set(), based_on_id
    while current is not None and current not in seen:
        if current == resolution_id:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A resolution cannot be based on itself or on a copy of itself."),
                field="based_on")
        seen.add(current)
        current = s.execute(select(Resolution.based_on_id).where(Resolution.id == current)).scalar()


def _save_in(s: Session, data: ResolutionInput, resolution_id: Optional[int], saved_by: str,
             note: str = "", when: Optional[datetime] = None, row_version: Optional[int] = None) -> SaveResult:
    _validate(data)
    clauses = _clean_clauses(data.clauses)
    title, title_es = data.title.strip(), data.title_es.strip()
    if resolution_id is None:
        r = Resolution(title=title)
        s.add(r)
    else:
        r = s.get(Resolution, resolution_id)
        if r is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That resolution no longer exists."))
        versions.check(r, row_version)
    s.flush()
    _check_lineage(s, r.id, data.based_on_id)
    r.title, r.title_es = title or title_es, title_es
    r.committee_id, r.target_body, r.status = data.committee_id, data.target_body.strip(), data.status
    r.based_on_id, r.language = data.based_on_id, data.language
    r.updated_at = when or utcnow()
    # sponsors: replace, keeping the given order
    s.execute(delete(ResolutionSponsor).where(ResolutionSponsor.resolution_id == r.id))
    for position, pid in enumerate(dict.fromkeys(data.sponsor_ids)):
        s.add(ResolutionSponsor(resolution_id=r.id, person_id=pid, position=position))
    latest = _latest_version(s, r.id)
    body = _clauses_to_json(clauses)
    if latest is not None and latest.title == r.title and latest.title_es == title_es and latest.clauses == body:
        s.flush()
        return SaveResult(r.id, latest.number, False, r.version)
    number = (latest.number if latest else 0) + 1
    s.add(ResolutionVersion(resolution_id=r.id, number=number, saved_at=when or utcnow(), saved_by=saved_by.strip(),
                            title=r.title, title_es=title_es, clauses=body, note=note))
    s.flush()
    return SaveResult(r.id, number, True, r.version)


@versions.refuses_stale("resolution", "resolution_id",
                        lambda db, i: (lambda d: (d.row_version, d.data))(get_resolution(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this resolution while you were editing."))
def save_resolution(db: Database, data: ResolutionInput, resolution_id: Optional[int] = None,
                    saved_by: str = "", note: str = "", row_version: Optional[int] = None) -> SaveResult:
    """Create or update; a changed text (titles or clauses) becomes a new version.
    ``row_version``: the row version the form loaded (ResolutionDetail.row_version)."""
    with db.write() as s:
        result = _save_in(s, data, resolution_id, saved_by, note, row_version=row_version)
        if resolution_id is None:
            audit.record(s, "created", "resolution", result.id, user=saved_by)
        return result


def delete_resolution(db: Database, resolution_id: int) -> None:
    with db.write() as s:
        if s.execute(delete(Resolution).where(Resolution.id == resolution_id)).rowcount:
            audit.record(s, "deleted", "resolution", resolution_id)


def set_status(db: Database, resolution_id: int, status: str) -> None:
    if status not in RESOLUTION_STATUSES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a status for the resolution."), field="status")
    with db.write() as s:
        r = s.get(Resolution, resolution_id)
        if r is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That resolution no longer exists."))
        r.status = status


def _votes(s: Session, resolution_id: int) -> list[VoteRow]:
    return [
        VoteRow(v.id, v.body, v.voted_on, v.votes_for, v.votes_against, v.votes_abstain, v.by_acclamation, v.outcome, v.notes)
        for v in s.scalars(select(ResolutionVote).where(ResolutionVote.resolution_id == resolution_id)
                           .order_by(ResolutionVote.voted_on, ResolutionVote.id))
    ]


def get_resolution(db: Database, resolution_id: int) -> ResolutionDetail:
    with db.session() as s:
        r = s.get(Resolution, resolution_id)
        if r is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That resolution no longer exists."))
        latest = _latest_version(s, r.id)
        clauses = _clauses_from_json(latest.clauses) if latest else []
        sponsors = [
            (pid, _name(f, l, p, o)) for pid, f, l, p, o in s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.preferred_name, Person.name_order)
                .join(ResolutionSponsor, ResolutionSponsor.person_id == Person.id)
                .where(ResolutionSponsor.resolution_id == r.id).order_by(ResolutionSponsor.position)
            )
        ]
        committee = s.execute(select(Committee.name).where(Committee.id == r.committee_id)).scalar() if r.committee_id else None
        based = s.execute(select(Resolution.title).where(Resolution.id == r.based_on_id)).scalar() if r.based_on_id else None
        derived = [tuple(row) for row in s.execute(
            select(Resolution.id, Resolution.title).where(Resolution.based_on_id == r.id).order_by(Resolution.id))]
        data = ResolutionInput(r.title, r.title_es, r.committee_id, r.target_body, r.status, r.based_on_id, r.language,
                               clauses, [pid for pid, _n in sponsors])
        return ResolutionDetail(r.id, data, committee or "", based or "", sponsors, _votes(s, r.id),
                                latest.number if latest else 0, r.created_at, r.updated_at, derived, r.version)


def list_resolutions(db: Database) -> list[ResolutionSummary]:
    with db.session() as s:
        versions = dict(s.execute(select(ResolutionVersion.resolution_id, func.count()).group_by(ResolutionVersion.resolution_id)).all())
        adopted = dict(s.execute(
            select(ResolutionVote.resolution_id, func.count(func.distinct(ResolutionVote.body)))
            .where(ResolutionVote.outcome == "adopted").group_by(ResolutionVote.resolution_id)).all())
        titles = dict(s.execute(select(Resolution.id, Resolution.title)).all())
        rows = s.execute(
            select(Resolution.id, Resolution.title, Committee.name, Resolution.target_body, Resolution.status,
                   Resolution.based_on_id, Resolution.updated_at)
            .outerjoin(Committee, Committee.id == Resolution.committee_id)
            .order_by(Resolution.title)
        ).all()
        return [
            ResolutionSummary(rid, title, committee or "", target, status, versions.get(rid, 0), adopted.get(rid, 0),
                              titles.get(based, "") if based else "", updated)
            for rid, title, committee, target, status, based, updated in rows
        ]


def resolution_choices(db: Database, exclude: Optional[int] = None) -> list[tuple[int, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Resolution.id, Resolution.title).order_by(Resolution.title))
                if r[0] != exclude]


def find_resolution(db: Database, value: str) -> int:
    """A resolution by id, exact title, or (when unique) title ignoring case and accents."""
    value = value.strip()
    with db.session() as s:
        if value.isdigit() and s.get(Resolution, int(value)) is not None:
            return int(value)
        rows = s.execute(select(Resolution.id, Resolution.title, Resolution.title_es)).all()
    exact = [rid for rid, t, t_es in rows if value in (t, t_es)]
    if len(exact) == 1:
        return exact[0]
    loose = [rid for rid, t, t_es in rows if fold(value) in (fold(t), fold(t_es))]
    if len(loose) == 1 and not exact:
        return loose[0]
    if exact or len(loose) > 1:
        raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "Several resolutions have that title."),
                               QT_TRANSLATE_NOOP("Errors", "Use the id instead (see: committee-desk list resolutions)."))
    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "No resolution with that id or title."),
                          QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list resolutions --db PATH"))


def copy_resolution(db: Database, resolution_id: int, committee_id: Optional[int] = None, saved_by: str = "",
                    title: Optional[str] = None) -> SaveResult:
    """A new draft based on another resolution (lineage), with its current text."""
    source = get_resolution(db, resolution_id)
    data = ResolutionInput(title or source.data.title, source.data.title_es, committee_id, "", "draft", resolution_id,
                           source.data.language, list(source.data.clauses), [])
    return save_resolution(db, data, None, saved_by, note="copied")


def lineage(db: Database, resolution_id: int) -> list[tuple[int, str]]:
    """This resolution and the ones it is based on, oldest ancestor last."""
    chain: list[tuple[int, str]] = []
    with db.session() as s:
        current: Optional[int] = resolution_id
        while current is not None and current not in {c[0] for c in chain}:
            row = s.execute(select(Resolution.id, Resolution.title, Resolution.based_on_id).where(Resolution.id == current)).first()
            if row is None:
                break
            chain.append((row[0], row[1]))
            current = row[2]
    return chain


# ---------------------------------------------------------------- versions and diffs
def list_versions(db: Database, resolution_id: int) -> list[VersionInfo]:
    """Every saved version, newest first."""
    with db.session() as s:
        return [
            VersionInfo(v.number, v.saved_at, v.saved_by, v.title, v.title_es, _clauses_from_json(v.clauses), v.note)
            for v in s.scalars(select(ResolutionVersion).where(ResolutionVersion.resolution_id == resolution_id)
                               .order_by(ResolutionVersion.number.desc()))
        ]


def get_version(db: Database, resolution_id: int, number: int) -> VersionInfo:
    with db.session() as s:
        v = s.scalars(select(ResolutionVersion).where(ResolutionVersion.resolution_id == resolution_id,
                                                      ResolutionVersion.number == number)).first()
        if v is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That version no longer exists."))
        return VersionInfo(v.number, v.saved_at, v.saved_by, v.title, v.title_es, _clauses_from_json(v.clauses), v.note)


DIFF_LEADS = {"en": {"whereas": "Whereas", "resolved": "Resolved"},
              "es": {"whereas": "Considerando", "resolved": "Se resuelve"}}


def version_text(version: VersionInfo, lang: str = "en") -> str:
    """The plain text a reviewer compares: the title, then one paragraph per clause."""
    title = (version.title_es or version.title) if lang == "es" else version.title
    lines = [title]
    for c in version.clauses:
        lines.append(f"{DIFF_LEADS[lang][c.kind]}: {c.text_for(lang)}")
    return "\n".join(lines)


_TOKEN = re.compile(r"\n|[^\s]+")


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level differences from ``old`` to ``new``: a list of equal/insert/delete segments.

    Words are compared whole (punctuation stays attached), paragraph breaks are tokens of their
    own; each segment's text is the words joined by single spaces (newlines kept).
    """
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []

    def emit(kind: str, tokens: list[str]) -> None:
        if not tokens:
            return
        text = ""
        for token in tokens:
            if token == "\n":
                text = text.rstrip(" ") + "\n"
            else:
                text += token + " "
        if segments and segments[-1].kind == kind:
            segments[-1].text += text
        else:
            segments.append(Segment(kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            emit("equal", b[j1:j2])
        else:
            emit("delete", a[i1:i2])
            emit("insert", b[j1:j2])
    # a trailing space on the very last segment is noise
    if segments:
        segments[-1].text = segments[-1].text.rstrip(" ")
    return segments


def diff_versions(db: Database, resolution_id: int, old: int, new: int, lang: str = "en") -> list[Segment]:
    return word_diff(version_text(get_version(db, resolution_id, old), lang),
                     version_text(get_version(db, resolution_id, new), lang))


def restore_version(db: Database, resolution_id: int, number: int, saved_by: str = "") -> SaveResult:
    """Save the text of version ``number`` as a new version (history is never rewritten)."""
    old = get_version(db, resolution_id, number)
    current = get_resolution(db, resolution_id).data
    current.title, current.title_es, current.clauses = old.title, old.title_es, old.clauses
    with db.write() as s:
        return _save_in(s, current, resolution_id, saved_by, note=f"restored version {number}")


# ---------------------------------------------------------------- votes and adoptions
def _validate_vote(vote: VoteRow) -> None:
    if not vote.body.strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Say which body voted."), field="body")
    if vote.voted_on is None:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the date of the vote."), field="voted_on")
    if vote.outcome not in VOTE_OUTCOMES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the outcome of the vote."), field="outcome")
    counts = (vote.votes_for, vote.votes_against, vote.votes_abstain)
    if any(c is not None and c < 0 for c in counts):
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Vote counts cannot be negative."), field="tally")
    if vote.by_acclamation and any(c for c in counts):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A vote by acclamation has no tally: clear the counts or untick acclamation."),
            field="tally")


def _save_vote_in(s: Session, resolution_id: int, vote: VoteRow) -> int:
    _validate_vote(vote)
    r = s.get(Resolution, resolution_id)
    if r is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That resolution no longer exists."))
    if vote.id is None:
        v = ResolutionVote(resolution_id=resolution_id)
        s.add(v)
    else:
        v = s.get(ResolutionVote, vote.id)
        if v is None or v.resolution_id != resolution_id:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That vote no longer exists."))
    v.body, v.voted_on, v.outcome, v.notes = vote.body.strip(), vote.voted_on, vote.outcome, vote.notes
    v.by_acclamation = vote.by_acclamation
    v.votes_for, v.votes_against, v.votes_abstain = (
        (None, None, None) if vote.by_acclamation else (vote.votes_for, vote.votes_against, vote.votes_abstain))
    # The target body's own decision is the resolution's status.
    if r.target_body and r.target_body.casefold() == v.body.casefold() and vote.outcome in ("adopted", "defeated", "tabled"):
        r.status = vote.outcome
    s.flush()
    return v.id


def save_vote(db: Database, resolution_id: int, vote: VoteRow) -> int:
    with db.write() as s:
        return _save_vote_in(s, resolution_id, vote)


def delete_vote(db: Database, vote_id: int) -> None:
    with db.write() as s:
        s.execute(delete(ResolutionVote).where(ResolutionVote.id == vote_id))


def list_votes(db: Database, resolution_id: int) -> list[VoteRow]:
    with db.session() as s:
        return _votes(s, resolution_id)


def adopting_bodies(db: Database, resolution_id: int) -> list[tuple[str, date]]:
    """Each body that adopted the resolution, with the (first) date it did, in date order."""
    result: dict[str, date] = {}
    for v in list_votes(db, resolution_id):
        if v.outcome == "adopted" and v.body.casefold() not in {k.casefold() for k in result}:
            result[v.body] = v.voted_on
    return sorted(result.items(), key=lambda item: (item[1], item[0]))


# ---------------------------------------------------------------- templates
@dataclass
class TemplateInfo:
    name: str
    title: str
    title_es: str


def _templates_dir():
    return resources_dir() / "templates" / "resolutions"


def list_templates() -> list[TemplateInfo]:
    result = []
    for path in sorted(_templates_dir().glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        result.append(TemplateInfo(path.stem, raw.get("title", path.stem), raw.get("title_es", "")))
    return result


def load_template(name: str) -> ResolutionInput:
    path = _templates_dir() / f"{name}.json"
    if not path.is_file() or path.parent != _templates_dir():
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "No resolution template with that name."))
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    clauses = [Clause(c["kind"], c.get("text", ""), c.get("text_es", "")) for c in raw.get("clauses", [])]
    return ResolutionInput(title=raw.get("title", ""), title_es=raw.get("title_es", ""),
                           target_body=raw.get("target_body", ""), language="en", clauses=clauses)


# ---------------------------------------------------------------- demo
def demo_extension(s: Session, rng, person_ids: list[int]) -> None:
    """Three resolutions with versions and adoptions (after committee life's meetings and tasks)."""
    if s.execute(select(func.count()).select_from(Resolution)).scalar():
        return
    committees = s.execute(select(Committee.id, Committee.union_local).order_by(Committee.id)).all()
    if not committees:
        return
    templates = {t.name: load_template(t.name) for t in list_templates()}
    plan = [
        ("defend-immigrant-coworkers", "Local 1546 membership meeting", [
            ("Local 1546 executive board", 20, "adopted", (11, 1, 0, False)),
            ("Local 1546 membership meeting", 9, "adopted", (None, None, None, True)),
            ("Metro Area Labor Council", 2, "adopted", (87, 4, 6, False)),
        ]),
        ("ice-out-of-our-workplaces", "Metro Area Labor Council", [
            ("Local 7 membership meeting", 12, "adopted", (142, 9, 5, False)),
            ("Local 100 executive board", 6, "tabled", (None, None, None, False)),
        ]),
        ("support-rapid-response-network", "Local 100 membership meeting", []),
    ]
    base_time = utcnow() - timedelta(days=60)
    first_id: Optional[int] = None
    for n, (name, target, votes) in enumerate(plan):
        data = templates.get(name)
        if data is None:
            continue
        cid = committees[n % len(committees)][0]
        members = [pid for (pid,) in s.execute(select(CommitteeMember.person_id).where(
            CommitteeMember.committee_id == cid, CommitteeMember.left_on.is_(None)).order_by(CommitteeMember.id))]
        data.committee_id, data.target_body = cid, target
        data.sponsor_ids = members[:3]
        data.based_on_id = first_id if n == 1 else None
        data.status = "draft"
        saver = ["Rosa G.", "Marcus T.", "Lupe R."][n]
        result = _save_in(s, data, None, saver, when=base_time + timedelta(days=n))
        # a second version: the committee sharpens a resolved clause and adds another
        clauses = list(data.clauses)
        for i, c in enumerate(clauses):
            if c.kind == "resolved":
                clauses[i] = Clause(c.kind, c.text.replace("will", "shall", 1), c.text_es)
                break
        last = clauses[-1]
        clauses[-1] = Clause(last.kind, last.text.rstrip(".") + ";", last.text_es.rstrip(".") + ";")
        clauses = add_clause(clauses, "resolved",
                             "that this resolution be shared with every local in our area, with a request that they adopt it.",
                             "que esta resolución se comparta con todos los locales de nuestra área, pidiéndoles que la adopten.")
        data.clauses = clauses
        data.status = "circulating" if not votes else "submitted"
        _save_in(s, data, result.id, saver, when=base_time + timedelta(days=n + 5))
        if n == 0:
            first_id = result.id
            # a third version: a whereas clause reworded after the executive board's discussion
            clauses = list(data.clauses)
            clauses[0] = Clause("whereas", clauses[0].text.replace("members", "members and co-workers", 1), clauses[0].text_es)
            data.clauses = clauses
            _save_in(s, data, result.id, "Marcus T.", when=base_time + timedelta(days=12))
        for body, days_ago, outcome, (yes, no, abstain, acclaim) in votes:
            _save_vote_in(s, result.id, VoteRow(None, body, date.today() - timedelta(days=days_ago), yes, no, abstain,
                                                acclaim, outcome))

