"""The workplace map ("wall chart"): departments x shifts, and the health checks organizers use.

Definitions (the same in the app, the PDF and the CLI):

* **People** in a cell: everyone on the roster at this workplace with that department and shift.
  People with no department or no shift get a "(none)" row or column, shown only when someone
  is in it.
* **Assessed**: people with a current 1-5 assessment; the **spread** counts each value 1..5.
* **Committee member**: a person on this workplace's roster who is an *active* member (no
  ``left_on`` date) of *any* committee — a worker who sits on the local-wide rapid-response team
  is still a leader on their shift. ``scope="workplace"`` counts only committees attached to this
  workplace. A person on two committees counts once.
* **Leader coverage** of a cell: co-workers per committee member; the goal is one committee
  member per about 10 co-workers (``COVERAGE_GOAL``), i.e. ``members * 10 >= people``.
* **Unit size**: ``workplace.unit_size`` when known, else the number of people on the roster.

Health checks:

1. committee members are at least 10% of the unit (``members * 10 >= unit``);
2. every department has at least one committee member;
3. every shift has at least one committee member;
4. share of the unit assessed (assessed / unit; informational);
5. share of the unit rated 1-2 (rated 1-2 / unit; informational, with the share of the
   assessed alongside).

Everything comes from one GROUP BY over ``people`` (tuples, no ORM rows): ~10 ms for 5,000
workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from models.core import errors
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import fold

COVERAGE_GOAL = 10  # co-workers per committee member
COMMITTEE_SHARE_GOAL = 0.10
NONE_ID = 0  # the "(none)" department/shift key in the grid


@dataclass
class Cell:
    department_id: int  # NONE_ID for people without a department
    shift_id: int  # NONE_ID for people without a shift
    people: int = 0
    assessed: int = 0
    spread: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # counts of 1..5
    members: int = 0  # committee members

    @property
    def supportive(self) -> int:
        return self.spread[0] + self.spread[1]

    @property
    def unassessed(self) -> int:
        return self.people - self.assessed

    @property
    def covered(self) -> bool:
        """One committee member per ~10 co-workers (an empty cell needs none)."""
        return self.members * COVERAGE_GOAL >= self.people

    @property
    def coverage_ratio(self) -> Optional[float]:
        """Co-workers per committee member (None when there is no member)."""
        return self.people / self.members if self.members else None

    def coverage_text(self, none: str = "none") -> str:
        """"1:N" co-workers per committee member; ``none`` (a word the UI may translate) when
        there is no member."""
        if not self.people:
            return ""
        if not self.members:
            return none
        return f"1:{round(self.people / self.members)}"


@dataclass
class HealthCheck:
    key: str
    ok: Optional[bool]  # None = informational
    message: str  # English template (QT_TRANSLATE_NOOP("WallChart", ...)) with {placeholders}
    values: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.format(**self.values)


@dataclass
class WallChart:
    workplace_id: int
    workplace: str
    unit_size: int
    unit_size_known: bool
    departments: list[tuple[int, str]]  # rows (NONE_ID last when present)
    shifts: list[tuple[int, str]]  # columns
    cells: dict[tuple[int, int], Cell]
    scope: str
    checks: list[HealthCheck] = field(default_factory=list)

    def cell(self, department_id: int, shift_id: int) -> Cell:
        return self.cells.get((department_id, shift_id)) or Cell(department_id, shift_id)

    def _sum(self, cells) -> Cell:
        total = Cell(NONE_ID, NONE_ID)
        spread = [0] * 5
        for c in cells:
            total.people += c.people
            total.assessed += c.assessed
            total.members += c.members
            spread = [a + b for a, b in zip(spread, c.spread)]
        total.spread = tuple(spread)  # type: ignore[assignment]
        return total

    def department_total(self, department_id: int) -> Cell:
        return self._sum(c for (d, _s), c in self.cells.items() if d == department_id)

    def shift_total(self, shift_id: int) -> Cell:
        return self._sum(c for (_d, s), c in self.cells.items() if s == shift_id)

    @property
    def total(self) -> Cell:
        return self._sum(self.cells.values())


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def health_checks(chart: WallChart) -> list[HealthCheck]:
    total = chart.total
    unit = chart.unit_size
    checks = [
        HealthCheck(
            "committee_share",
            total.members * 10 >= unit if unit else False,
            QT_TRANSLATE_NOOP("WallChart", "Committee members are at least 10% of the unit: {members} of {unit} ({pct}%; goal {goal})."),
            dict(members=total.members, unit=unit, pct=_pct(total.members, unit), goal=-(-unit // 10)),
        )
    ]
    real_depts = [(d, n) for d, n in chart.departments if d != NONE_ID]
    missing_d = [n for d, n in real_depts if chart.department_total(d).members == 0]
    checks.append(HealthCheck(
        "departments",
        not missing_d,
        QT_TRANSLATE_NOOP("WallChart", "Every department has a committee member.") if not missing_d else
        QT_TRANSLATE_NOOP("WallChart", "Departments with no committee member ({n} of {all}): {names}."),
        dict(n=len(missing_d), all=len(real_depts), names=", ".join(missing_d)),
    ))
    real_shifts = [(s, n) for s, n in chart.shifts if s != NONE_ID]
    missing_s = [n for s, n in real_shifts if chart.shift_total(s).members == 0]
    checks.append(HealthCheck(
        "shifts",
        not missing_s,
        QT_TRANSLATE_NOOP("WallChart", "Every shift has a committee member.") if not missing_s else
        QT_TRANSLATE_NOOP("WallChart", "Shifts with no committee member ({n} of {all}): {names}."),
        dict(n=len(missing_s), all=len(real_shifts), names=", ".join(missing_s)),
    ))
    checks.append(HealthCheck(
        "assessed",
        None,
        QT_TRANSLATE_NOOP("WallChart", "Assessed: {assessed} of {unit} in the unit ({pct}%)."),
        dict(assessed=total.assessed, unit=unit, pct=_pct(total.assessed, unit)),
    ))
    checks.append(HealthCheck(
        "supportive",
        None,
        QT_TRANSLATE_NOOP("WallChart", "Rated 1–2: {n} of {unit} in the unit ({pct}%; {pct_assessed}% of those assessed)."),
        dict(n=total.supportive, unit=unit, pct=_pct(total.supportive, unit),
             pct_assessed=_pct(total.supportive, total.assessed)),
    ))
    return checks


def wall_chart(db: Database, workplace_id: int, scope: str = "any") -> WallChart:
    """The grid and health checks for one workplace (``scope``: "any" or "workplace" committees)."""
    if scope not in ("any", "workplace"):
        raise ValueError(scope)
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT name, unit_size FROM workplaces WHERE id = ?", (workplace_id,)).first()
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That workplace no longer exists."))
        name, unit_size = row
        departments = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, name FROM departments WHERE workplace_id = ? ORDER BY name", (workplace_id,))]
        shifts = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, name FROM shifts WHERE workplace_id = ? ORDER BY position, name", (workplace_id,))]
        if scope == "any":
            members_sql = "SELECT person_id FROM committee_members WHERE left_on IS NULL"
        else:
            members_sql = ("SELECT cm.person_id FROM committee_members cm JOIN committees c ON c.id = cm.committee_id "
                           "WHERE cm.left_on IS NULL AND c.workplace_id = ?")
        sql = (
            "SELECT coalesce(p.department_id, 0), coalesce(p.shift_id, 0), count(*), count(p.assessment), "
            "count(CASE WHEN p.assessment = 1 THEN 1 END), count(CASE WHEN p.assessment = 2 THEN 1 END), "
            "count(CASE WHEN p.assessment = 3 THEN 1 END), count(CASE WHEN p.assessment = 4 THEN 1 END), "
            "count(CASE WHEN p.assessment = 5 THEN 1 END), count(m.person_id) "
            f"FROM people p LEFT JOIN (SELECT DISTINCT person_id FROM ({members_sql}) AS active) m ON m.person_id = p.id "
            "WHERE p.workplace_id = ? GROUP BY 1, 2"
        )
        rows = conn.exec_driver_sql(sql, (workplace_id,) * sql.count("?")).all()
    dept_ids = {d for d, _n in departments}
    shift_ids = {s for s, _n in shifts}
    cells: dict[tuple[int, int], Cell] = {}
    for d, s, people, assessed, s1, s2, s3, s4, s5, members in rows:
        # a department/shift of another workplace (stale data) counts as none
        d = d if d in dept_ids else NONE_ID
        s = s if s in shift_ids else NONE_ID
        cell = cells.setdefault((d, s), Cell(d, s))
        cell.people += people
        cell.assessed += assessed
        cell.spread = tuple(a + (b or 0) for a, b in zip(cell.spread, (s1, s2, s3, s4, s5)))  # type: ignore[assignment]
        cell.members += members or 0
    if any(d == NONE_ID for d, _s in cells):
        departments.append((NONE_ID, "(no department)"))
    if any(s == NONE_ID for _d, s in cells):
        shifts.append((NONE_ID, "(no shift)"))
    roster = sum(c.people for c in cells.values())
    chart = WallChart(workplace_id, name, unit_size or roster, bool(unit_size), departments, shifts, cells, scope)
    chart.checks = health_checks(chart)
    return chart


def find_workplace(db: Database, value: str) -> int:
    """A workplace by id or exact name (or, when unique, name ignoring case and accents)."""
    value = value.strip()
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, name FROM workplaces").all()
    if value.isdigit() and any(r[0] == int(value) for r in rows):
        return int(value)
    exact = [wid for wid, n in rows if n == value]
    loose = [wid for wid, n in rows if fold(n) == fold(value)]
    partial = [wid for wid, n in rows if fold(value) in fold(n)]
    for found in (exact, loose, partial):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "Several workplaces match that name."),
                                   QT_TRANSLATE_NOOP("Errors", "Use the id instead (see: committee-desk list workplaces)."))
    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "No workplace with that id or name."),
                          QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list workplaces --db PATH"))
