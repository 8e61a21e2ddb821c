"""The roster shows before its rows are built (issue 25, point 8): everyone in name order from
what was read, each shown row built when the view asks, the rest built a slice per turn of the
event loop. Nothing shown may differ from the fully built index, and a search or filter asked
for before the build ends shows exactly its people (never everyone)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import type_text
from models.core import demo
from models.roster import index as roster_index
from models.roster import people as roster
from models.roster.index import NAME, RosterFilter, RosterIndex, RosterSource, load_rows, make_rows, read_source
from models.roster.people import PersonInput, PhoneInput, RosterData
from ui.roster.page import RosterPage


def _shown(index: RosterIndex, positions: list[int]) -> list[tuple]:
    return [(index.row(p).id, index.row(p).cells, index.row(p).sort_name) for p in positions]


def _add_people_of_every_script(db) -> list[int]:
    return [
        roster.create_person(db, PersonInput(first_name="José", last_name="Ñúñez", phones=[PhoneInput("(773) 555-0142")])),
        roster.create_person(db, PersonInput(first_name="小明", last_name="王", name_order="family_first",
                                             phones=[PhoneInput("312-555-0177"), PhoneInput("+52 55 1234 5678")])),
        roster.create_person(db, PersonInput(first_name="فاطمة", last_name="الزهراء", email="f@example.org")),
    ]


def test_a_deferred_index_shows_and_finds_what_a_built_one_does(demo_db):
    added = _add_people_of_every_script(demo_db)
    built = RosterIndex(load_rows(demo_db))
    built.prepare(NAME)
    deferred = RosterIndex.deferred(read_source(demo_db, sort_names=True))
    deferred.prepare(NAME)
    everyone = built.sort(built.filter(RosterFilter()), NAME)
    shown = deferred.sort(deferred.filter(RosterFilter()), NAME)
    assert len(deferred) == len(built) == 203
    assert not deferred.built  # everyone by name, from what was read: no row built for that
    assert _shown(deferred, shown) == _shown(built, everyone)
    assert not deferred.built  # the rows the view asked for were built alone
    assert [deferred.person_id(p) for p in shown] == [built.person_id(p) for p in everyone]
    for person_id in added:
        assert deferred.row(deferred.position_of(person_id)).id == person_id
    # Descending by name needs no row either; any other sort builds them.
    assert _shown(deferred, deferred.sort(list(shown), NAME, True)) == _shown(built, built.sort(list(everyone), NAME, True))
    assert not deferred.built
    for text in ("jose nunez", "7735550142", "王小明", "+52", "فاطمة", "f@example", "a"):
        found = deferred.sort(deferred.filter(RosterFilter(text=text)), NAME)
        assert _shown(deferred, found) == _shown(built, built.sort(built.filter(RosterFilter(text=text)), NAME)), text
        assert found, text
    assert deferred.built  # the first search built every row
    assert [row.id for row in deferred.rows] == [row.id for row in sorted(built.rows, key=lambda r: r.id)]


def _synthetic(people: int) -> tuple[RosterSource, RosterData]:
    """The same made-up roster as a RosterSource (what read_source gives) and as RosterData (what
    make_rows builds from): enough people for the index's cached orders (> 2,000)."""
    firsts, lasts = ["Ana", "José", "小明", "فاطمة", "Trần"], ["García", "Ñúñez", "王", "الزهراء", "Nguyễn", ""]
    rows = [(i, firsts[i % 5], lasts[i % 6], "", f"p{i}@example.org", "es,en", 1, None, None, "", "member",
             i % 5 or None, False, i % 7 == 0) for i in range(1, people + 1)]
    phones = {i: [(f"773-555-{i:04d}", f"+1773555{i:04d}")] + ([("0044 20", "")] if i % 3 == 0 else [])
              for i in range(1, people + 1) if i % 4}
    ids = [pid for pid, items in phones.items() for _ in items]
    raws = [raw for items in phones.values() for raw, _ in items]
    e164s = [e164 for items in phones.values() for _, e164 in items]
    places = ({1: "Plant"}, {}, {})
    return (RosterSource(rows, ids, raws, e164s, {5: "leader"}, *places),
            RosterData(rows, phones, {5: "leader"}, *places))


def test_building_in_slices_keeps_every_position(monkeypatch):
    monkeypatch.setattr(roster_index, "ROWS_PER_STEP", 97)
    source, data = _synthetic(2500)
    built = RosterIndex(make_rows(data))
    built.prepare(NAME)
    deferred = RosterIndex.deferred(source)
    deferred.prepare(NAME)
    shown = deferred.sort(deferred.filter(RosterFilter()), NAME)
    before = _shown(deferred, shown)
    assert before == _shown(built, built.sort(built.filter(RosterFilter()), NAME))
    steps = 0
    while deferred.build_step():
        steps += 1
        assert _shown(deferred, shown[:40]) == before[:40]  # what the view shows never moves
    assert steps > 30 and deferred.built
    assert _shown(deferred, shown) == before
    # The first keystroke scans the haystacks copied in view order by the last step.
    assert deferred._ordered_hays(NAME, False) == [deferred.rows[i].haystack for i in shown]
    for text in ("nunez", "7735550042", "王小明", "0044", "p77@"):
        found = deferred.sort(deferred.filter(RosterFilter(text=text)), NAME)
        assert found and _shown(deferred, found) == _shown(built, built.sort(built.filter(RosterFilter(text=text)), NAME))


@pytest.fixture
def big_page(qtbot, context, monkeypatch):
    """A roster page whose build takes many turns of the event loop (small slices)."""
    monkeypatch.setattr(roster_index, "ROWS_PER_STEP", 5)
    demo.generate(context.db, people=150, seed=3)
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    seen: list[bool] = []
    page.model.modelReset.connect(lambda: seen.append(page.model.index_data.built))
    page.show()
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)
    page.seen_built_at_reset = seen  # type: ignore[attr-defined]
    return page


def test_the_roster_shows_before_its_rows_are_built_and_then_builds_them(qtbot, big_page):
    page = big_page
    assert page.seen_built_at_reset and not any(page.seen_built_at_reset)  # shown from what was read
    assert page.model.rowCount() == 150
    names = [page.model.data(page.model.index(r, NAME)) for r in range(150)]
    keys = [page.model.data(page.model.index(r, NAME), Qt.ItemDataRole.UserRole + 2) for r in range(150)]
    assert keys == sorted(keys) and all(names)
    qtbot.waitUntil(lambda: page.model.index_data.built, timeout=15000)  # slices, on the event loop
    assert [page.model.data(page.model.index(r, NAME)) for r in range(150)] == names


def test_typing_before_the_build_ends_shows_exactly_the_matches(qtbot, big_page):
    page = big_page
    person = roster.create_person(page.context.db, PersonInput(first_name="Zacarías", last_name="Quispe"))
    page.reload()
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)
    assert not page.model.index_data.built
    type_text(qtbot, page.search, "zacar")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.shown_ids() == [person]  # what an export or print would take: only the match
    assert page.people_to_print() == [person]


def test_a_reload_with_a_search_on_never_shows_everyone(qtbot, big_page):
    page = big_page
    qtbot.waitUntil(lambda: page.model.index_data.built, timeout=15000)
    type_text(qtbot, page.search, "a")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 150, timeout=5000)
    matching = page.model.rowCount()
    counts: list[int] = []
    page.model.modelReset.connect(lambda: counts.append(page.model.rowCount()))
    page.reload()
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)
    assert counts and all(n == matching for n in counts)  # built first, then shown filtered
    assert page.model.index_data.built
