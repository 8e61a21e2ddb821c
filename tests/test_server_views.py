"""What each role's lists show on the committee server (issue 25), found by running the app as
each role on the demo copied up: a list reads only what the login may read, leaves the rest
blank instead of failing whole, and another app's change shows in an open page.

Against the throwaway PostgreSQL of tests/pg_server.py (skipped, saying why, when none can start)."""

from __future__ import annotations

import secrets

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from conftest import SERVER_PASSWORD
from models.core import server_roles, server_setup
from models.core.server import ServerDatabase


@pytest.fixture
def committee(pg_server, server_address):
    """The roles test's rows on a fresh server database, with a trainer and a caller login."""
    from tests.test_server_roles import _fill

    server_setup.init(server_address, SERVER_PASSWORD)  # the copy's roles carry its own name
    owner = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    try:
        with owner.write() as s:
            known = _fill(s)
        from models.trainings import sessions as T

        T.ensure_starter_topics(owner)  # the owner's first use writes them; a trainer may not
        logins = {}
        for role, key in (("trainer", "trainer"), ("caller", "caller"), ("organizer", None)):
            name, password = f"{role}_{secrets.token_hex(3)}", "pw " + secrets.token_hex(8)
            if key is None:
                server_roles.add_login(owner, name, role, password, [known["committees"][0]])
            else:
                server_roles.add_login(owner, name, role, password, person_id=known["ids"][key])
            logins[role] = (pg_server.address(name, make_url(server_address).database), password)
    finally:
        owner.close()
    yield {**known, "logins": logins, "address": server_address}
    for address, _password in logins.values():
        pg_server.execute(f'DROP ROLE IF EXISTS "{make_url(address).username}"')


def open_as(committee, role: str, listen: bool = False) -> ServerDatabase:
    address, password = committee["logins"][role]
    return ServerDatabase.open(address, password, listen=listen)


def trainings_page(qtbot, context, sessions: int):
    """The Trainings page shown, once its ``sessions`` sessions are listed."""
    from ui.trainings.page import TrainingsPage

    page = TrainingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.sessions_tab.sessions.model().rowCount() == sessions, timeout=5000)
    return page


def click_session(qtbot, tab, session_id: int) -> None:
    """Click that session's row in the sessions list, as a person does."""
    from ui.widgets.table import ROW_ROLE

    proxy = tab.sessions_proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.data(proxy.index(r, 0), ROW_ROLE).id == session_id)
    qtbot.mouseClick(tab.sessions.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.sessions.visualRect(proxy.index(row, 1)).center())


def test_may_read_follows_the_logins_grants(committee, db):
    assert db.may_read("phones") and db.may_read("people", "notes")  # the file, or the owner
    trainer = open_as(committee, "trainer")
    try:
        assert trainer.may_read("people", "first_name")
        assert not trainer.may_read("people", "notes")
        assert not trainer.may_read("phones")
        assert trainer.may_read("training_registrations")
    finally:
        trainer.close()


def test_a_trainer_sees_the_names_in_their_session_and_who_trains_it(committee):
    from models.trainings import sessions as T

    mine, _other = committee["sessions"]
    trainer = open_as(committee, "trainer")
    try:
        rows = T.list_registrations(trainer, mine)
        assert sorted(r.name for r in rows) == ["A1 Test", "B1 Test"]
        assert all(r.phone == r.workplace == r.department == r.shift == "" for r in rows)  # not theirs to read
        assert [name for _pid, name in T.get_session(trainer, mine).trainer_names] == ["Trainer Test"]
        T.set_status(trainer, [rows[0].id], "attended")
        assert T.list_registrations(trainer, mine)[0].status == "attended"
    finally:
        trainer.close()


def test_a_caller_sees_the_events_without_who_came(committee):
    from models.mobilization import operations as mob

    caller = open_as(committee, "caller")
    try:
        events = mob.list_events(caller)
        assert "Roles test rally" in {e.name for e in events}
        assert all(e.attended is None for e in events)  # not 0: not known to a caller
        assert mob.get_event(caller, committee["event"]).name == "Roles test rally"
    finally:
        caller.close()


def test_another_apps_attendance_shows_in_an_open_session_within_a_second(qtbot, committee):
    """A trainer marks someone attended in their app; the owner's trainings page, showing that
    session, shows it without anyone pressing anything."""
    from models.trainings import sessions as T
    from ui.context import AppContext
    from ui.settings import Settings

    mine, _other = committee["sessions"]
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD)
    context = AppContext(owner, Settings())
    trainer = open_as(committee, "trainer")
    try:
        page = trainings_page(qtbot, context, sessions=2)
        tab = page.sessions_tab
        click_session(qtbot, tab, mine)
        qtbot.waitUntil(lambda: tab.attendance.model().rowCount() == 2, timeout=5000)
        column = next(c for c in range(tab.attendance.model().columnCount())
                      if tab.attendance.model().headerData(c, Qt.Orientation.Horizontal) == "Attendance")

        def statuses():
            model = tab.attendance.model()
            return sorted(str(model.index(r, column).data()) for r in range(model.rowCount()))

        assert statuses() == ["Registered", "Registered"]
        registration = T.list_registrations(trainer, mine)[0].id
        T.set_status(trainer, [registration], "attended")
        qtbot.waitUntil(lambda: statuses() == ["Attended", "Registered"], timeout=1500)
    finally:
        trainer.close()
        context.shutdown()


def test_a_trainers_page_keeps_attendance_and_leaves_the_planning_out(qtbot, committee):
    """A trainer's Trainings page: their sessions and the attendance keys; no schedule buttons,
    no registering or removing people, no coverage, topics or reports (the server would refuse
    them). Ctrl+N, which makes a session for a planner, does nothing."""
    from PySide6.QtWidgets import QApplication, QDialog, QPushButton

    from ui.context import AppContext
    from ui.settings import Settings
    from ui.widgets.table import ROW_ROLE

    mine, _other = committee["sessions"]
    context = AppContext(open_as(committee, "trainer"), Settings())
    try:
        assert context.role == "trainer"
        page = trainings_page(qtbot, context, sessions=1)
        tab = page.sessions_tab
        assert tab.sessions_proxy.data(tab.sessions_proxy.index(0, 0), ROW_ROLE).id == mine
        visible = {b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)}
        assert not visible & {"New session…", "Edit…", "Delete…", "Register people…", "Remove…",
                              "Training report…", "Print report…", "Report as PDF…"}, visible
        assert {"Walk-in…", "Evaluation / follow-up…", "Print sign-in sheet…"} <= visible
        headings = tab.attendance.horizontalHeader()
        columns = [tab.attendance.model().headerData(c, Qt.Orientation.Horizontal)
                   for c in range(headings.count()) if not headings.isSectionHidden(c)]
        assert columns[:2] == ["Name", "Attendance"] and not {"Phone", "Department", "Shift"} & set(columns)
        shown = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
        assert shown == ["Sessions"]
        def dialogs():
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]

        def ours(widget):  # a dialog of this page (not one another test left open)
            while widget is not None and widget is not page:
                widget = widget.parentWidget()
            return widget is page

        assert not [w for w in dialogs() if ours(w)], [getattr(w, "text", str)() for w in dialogs() if ours(w)]
        before = set(dialogs())
        tab.sessions.setFocus()
        qtbot.keyClick(tab.sessions, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(200)
        assert not [w for w in dialogs() if w not in before]
        # the attendance keys work on their session
        click_session(qtbot, tab, mine)
        qtbot.waitUntil(lambda: tab.attendance.model().rowCount() == 2, timeout=5000)
        first = tab.attendance.model().index(0, 0)
        qtbot.mouseClick(tab.attendance.viewport(), Qt.MouseButton.LeftButton,
                         pos=tab.attendance.visualRect(first).center())
        qtbot.keyClick(tab.attendance, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "1 attended" in tab.counts.text(), timeout=3000)
    finally:
        context.shutdown()


def test_an_owners_trainings_page_has_the_planning(qtbot, context):
    from PySide6.QtWidgets import QPushButton

    from ui.trainings.page import TrainingsPage

    page = TrainingsPage(context)
    qtbot.addWidget(page)
    page.show()
    visible = {b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)}
    assert {"New session…", "Register people…", "Remove…", "Training report…"} <= visible
    assert all(page.tabs.isTabVisible(i) for i in range(page.tabs.count()))
    headings = page.sessions_tab.attendance.horizontalHeader()
    assert not any(headings.isSectionHidden(c) for c in range(headings.count()))


def test_an_organizers_and_a_trainers_saves_are_audited_under_their_login(committee):
    """Each save adds to the audit trail, which only an admin may read: the entry is written
    without asking the server for it back (the ORM's RETURNING was refused, and the whole save
    with it)."""
    from models.core import audit
    from models.roster.people import get_person, update_person
    from models.trainings import sessions as T

    organizer = open_as(committee, "organizer")
    try:
        person = get_person(organizer, committee["ids"]["a1"])
        person.data.job_title = "Forklift operator"
        update_person(organizer, committee["ids"]["a1"], person.data, version=person.version)
        assert get_person(organizer, committee["ids"]["a1"]).data.job_title == "Forklift operator"
    finally:
        organizer.close()
    trainer = open_as(committee, "trainer")
    try:
        registration = T.list_registrations(trainer, committee["sessions"][0])[0].id
        T.set_evaluation(trainer, registration, 4, "")
        audit.record_now(trainer, "printed", "sign-in-sheet")
    finally:
        trainer.close()
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD, listen=False)
    try:
        with owner.engine.connect() as conn:
            entries = conn.exec_driver_sql('SELECT "user", action, kind, object_id FROM audit_log ORDER BY id').all()
    finally:
        owner.close()
    logins = {role: make_url(address).username for role, (address, _pw) in committee["logins"].items()}
    assert (logins["organizer"], "edited", "person", committee["ids"]["a1"]) in entries
    assert (logins["trainer"], "printed", "sign-in-sheet", None) in entries


def test_an_organizer_imports_into_their_workplace_and_undoes_it(committee, tmp_path):
    """An organizer's import on the server: PostgreSQL refuses COPY where row-level security
    applies, and the highest id of the people table is one they may not see (a person of another
    workplace): the import inserts row by row under the policies, takes its ids over the whole
    table, and the owner's next new person does not collide with them."""
    from models.importing import pipeline, undo
    from models.roster.people import PersonInput, create_person

    csv = tmp_path / "plant1.csv"
    csv.write_text("First Name,Last Name,Phone,Workplace\nSamira,Haddad,(773) 555-0142,Plant 1\n"
                   "Wei,Zhang,(773) 555-0177,Plant 1\n", encoding="utf-8")
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD, listen=False)
    organizer = open_as(committee, "organizer")
    try:
        # the newest person is of Plant 3: not the organizer's to see
        highest = create_person(owner, PersonInput(first_name="Other", last_name="Plant",
                                                   workplace_id=committee["workplaces"][2]))
        with organizer.engine.connect() as conn:  # the highest id is not the organizer's to see
            assert conn.exec_driver_sql("SELECT count(*) FROM people WHERE id = ?", (highest,)).scalar() == 0
        _plan, result = pipeline.import_file(organizer, csv)
        assert (result.added, result.invalid) == (2, 0)
        with organizer.engine.connect() as conn:
            new = conn.exec_driver_sql("SELECT id FROM people WHERE last_name IN ('Haddad', 'Zhang') ORDER BY id").scalars().all()
        assert new == [highest + 1, highest + 2]
        assert create_person(owner, PersonInput(first_name="Next", last_name="Hire")) == highest + 3
        undone = undo.undo_import(organizer, result.batch_id)
        assert undone.removed == 2
    finally:
        organizer.close()
        owner.close()
