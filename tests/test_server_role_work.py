"""What each role can really do on a committee server, end to end (issue 25, items 3 and 5):
each test logs in with that role's OWN login (server_roles.add_login on a fresh copy of the
template, then ServerDatabase.open as that login) and drives the app's pages as a person does.

* Callers working one list at once never get the same person (claims, FOR UPDATE SKIP LOCKED),
  and a caller's card shows only what they may read.
* An organizer sees their committees' members, with or without a workplace; their new person
  needs one of their workplaces.
* A trainer adds a walk-in to their own session (the server's cd_add_walk_in), never to another's.
* The starter training topics are written by ``server init``: nobody's first use writes them.

Against the throwaway PostgreSQL of tests/pg_server.py (skipped, saying why, when none can start)."""

from __future__ import annotations

import secrets
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from conftest import SERVER_PASSWORD
from models.core import errors, server_roles, server_setup
from models.core.server import ServerDatabase
from models.mobilization import operations as mob
from models.organization.structure import CommitteeInput, MemberRow, WorkplaceInput, save_committee, save_workplace
from models.roster.people import PersonInput, PhoneInput, create_person
from models.trainings import sessions as T
from ui.context import AppContext
from ui.settings import Settings

PEOPLE = 6


def _person(db, first, last, workplace=None, phone="(773) 555-0100", langs=("en",)):
    return create_person(db, PersonInput(first_name=first, last_name=last, workplace_id=workplace,
                                         phones=[PhoneInput(phone)], languages=list(langs), ok_to_call=True))


@pytest.fixture
def committee(pg_server, server_address):
    """A small committee on a fresh server database (the owner fills it with the app's own
    functions), and a login per role: an organizer of the committee, a trainer of one session
    (another trainer has the other), two callers of the committee (the event's), all with
    their people."""
    server_setup.init(server_address, SERVER_PASSWORD)  # the copy's roles carry its own name
    owner = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    try:
        plant = save_workplace(owner, WorkplaceInput(name="Plant 1", departments=["Deboning"], shifts=["Day"]))
        elsewhere = save_workplace(owner, WorkplaceInput(name="Plant 9"))
        people = [_person(owner, f"Worker{i}", f"Plant{i}", plant, phone=f"(773) 555-{i:04d}",
                          langs=("es",) if i % 2 else ("en",)) for i in range(PEOPLE)]
        rosa = _person(owner, "Rosa", "Caller", elsewhere)
        luis = _person(owner, "Luis", "Caller", elsewhere)
        tina = _person(owner, "Tina", "Trainer", elsewhere)
        other_trainer = _person(owner, "Otto", "Trainer", elsewhere)
        mara = create_person(owner, PersonInput(first_name="Mara", last_name="Member"))  # no workplace
        committee_id = save_committee(owner, CommitteeInput(name="Plant 1 committee", workplace_id=plant, members=[
            MemberRow(None, rosa, "", "caller"), MemberRow(None, luis, "", "caller"), MemberRow(None, mara, "", "member")]))
        event = mob.save_event(owner, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                                     committee_ids=[committee_id], scripts={"en": "Hello script"}))
        built = mob.create_call_list(owner, event, "Plant 1", mob.ListCriteria(workplace_ids=[plant]))
        topic = T.topic_choices(owner)[0][0]
        mine = T.save_session(owner, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 6, 1, 18),
                                                    place_workplace_id=plant, trainer_ids=[tina]))
        theirs = T.save_session(owner, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 6, 2, 18),
                                                      place_workplace_id=elsewhere, trainer_ids=[other_trainer]))
        T.register_people(owner, mine, people[:2])
        T.register_people(owner, theirs, people[2:3])
        logins = {}
        for role, person, committees in (("organizer", None, [committee_id]), ("trainer", tina, []),
                                         ("caller", rosa, []), ("caller2", luis, [])):
            name = f"{role}_{secrets.token_hex(3)}"
            password = "pw " + secrets.token_hex(8)
            server_roles.add_login(owner, name, role.rstrip("2"), password, committees, person_id=person)
            logins[role] = (pg_server.address(name, server_address.rsplit("/", 1)[1]), password)
    finally:
        owner.close()
    yield dict(address=server_address, logins=logins, people=people, plant=plant, elsewhere=elsewhere,
               rosa=rosa, luis=luis, tina=tina, mara=mara, committee=committee_id, event=event, list_id=built.list_id,
               session=mine, other_session=theirs, topic=topic)
    for name in [make_login_name(address) for address, _pw in logins.values()]:
        pg_server.execute(f'DROP ROLE IF EXISTS "{name}"', database=server_address.rsplit("/", 1)[1])


def make_login_name(address: str) -> str:
    return address.split("//", 1)[1].split("@", 1)[0]


@pytest.fixture
def as_role(committee):
    """``as_role("caller")``: an AppContext over a ServerDatabase opened with that role's login."""
    contexts = []

    def open_as(role: str, listen: bool = True) -> AppContext:
        address, password = committee["logins"][role]
        context = AppContext(ServerDatabase.open(address, password, listen=listen), Settings())
        contexts.append(context)
        return context

    yield open_as
    for context in contexts:
        context.shutdown()


def choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard, as a person does (Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), [combo.itemText(i) for i in range(combo.count())]


def phone_bank(qtbot, context, event_id):
    from ui.mobilization.phonebank import PhoneBankWidget

    widget = PhoneBankWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_event(event_id)
    return widget


def press(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------------------------------ callers
def test_two_callers_on_one_list_never_get_the_same_person(qtbot, committee, as_role):
    """Rosa and Luis, each logged in as themselves, work the same unassigned list at once: each
    next person is claimed (theirs) and never the one the other has on screen or has called."""
    rosa_page = phone_bank(qtbot, as_role("caller"), committee["event"])
    luis_page = phone_bank(qtbot, as_role("caller2"), committee["event"])
    for page in (rosa_page, luis_page):  # calling as themselves: no choosing someone else
        assert [page.caller_combo.itemText(i) for i in range(page.caller_combo.count())] == ["Me"]
    seen: dict[str, list[int]] = {"rosa": [], "luis": []}
    for _round in range(3):
        rosa_card, luis_card = rosa_page.card, luis_page.card
        assert rosa_card is not None and luis_card is not None
        assert rosa_card.person_id != luis_card.person_id
        seen["rosa"].append(rosa_card.person_id)
        seen["luis"].append(luis_card.person_id)
        press(qtbot, rosa_page.outcome_buttons["yes"])
        press(qtbot, luis_page.outcome_buttons["no-answer"])
    everyone = seen["rosa"] + seen["luis"]
    assert len(set(everyone)) == len(everyone) == PEOPLE
    assert rosa_page.card is None and luis_page.card is None  # the list is done (no-answers wait an hour)
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD, listen=False)
    try:
        entries = {e.person_id: e for e in mob.list_entries(owner, committee["list_id"])}
        assert {p for p in seen["rosa"]} == {p for p, e in entries.items() if e.caller_id == committee["rosa"]}
        assert {p for p in seen["luis"]} == {p for p, e in entries.items() if e.caller_id == committee["luis"]}
        assert all(entries[p].last_outcome == "yes" for p in seen["rosa"])
    finally:
        owner.close()


def test_an_organizer_choosing_callers_on_two_apps_gets_different_people(qtbot, committee):
    """The owner on two apps (two connections), each page calling as a different caller chosen
    in the combo: different people at once, and after each recorded call."""
    contexts = [AppContext(ServerDatabase.open(committee["address"], SERVER_PASSWORD), Settings()) for _ in range(2)]
    try:
        pages = [phone_bank(qtbot, context, committee["event"]) for context in contexts]
        choose(qtbot, pages[0].caller_combo, "Rosa")
        choose(qtbot, pages[1].caller_combo, "Luis")
        shown = set()
        for _round in range(2):
            first, second = pages[0].card, pages[1].card
            assert first is not None and second is not None and first.person_id != second.person_id
            assert not shown & {first.person_id, second.person_id}
            shown |= {first.person_id, second.person_id}
            for page in pages:
                press(qtbot, page.outcome_buttons["maybe"])
    finally:
        for context in contexts:
            context.shutdown()


def test_a_caller_sees_name_phone_and_language_and_nothing_else(qtbot, committee, as_role):
    page = phone_bank(qtbot, as_role("caller"), committee["event"])
    card = page.card
    assert card is not None and page.name.text() == card.name and card.name.startswith("Worker")
    assert card.phones and card.phones[0][0].startswith("(773) 555-")
    assert page.phones_box.count() >= 2
    assert card.languages in (["en"], ["es"])
    details = page.details.text()
    assert details.startswith("Language: ") and "Workplace" not in details and "Plant" not in details
    assert (card.workplace, card.department, card.shift, card.assessment, card.past_events) == ("", "", "", None, [])
    assert page.findChild(QMessageBox) is None
    press(qtbot, page.outcome_buttons["yes"])
    assert page.findChild(QMessageBox) is None and page.card is not None


# --------------------------------------------------------------------------------- organizers
def test_an_organizer_sees_their_committees_members_and_their_new_person_needs_a_workplace(qtbot, committee, as_role):
    from PySide6.QtWidgets import QDialogButtonBox

    from models.roster.people import get_person
    from ui.roster.person_editor import PersonDialog

    context = as_role("organizer")
    assert get_person(context.db, committee["mara"]).data.first_name == "Mara"  # a member with no workplace
    assert get_person(context.db, committee["rosa"]).data.workplace_id == committee["elsewhere"]  # a member elsewhere
    with pytest.raises(errors.NotFound):
        get_person(context.db, committee["tina"])  # neither their workplace's nor a member
    dialog = PersonDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.first, "Nuria")
    qtbot.keyClicks(dialog.last, "Nueva")
    press(qtbot, save)
    assert dialog.workplace_error.isVisible() and "workplaces" in dialog.workplace_error.text()
    assert dialog.person_id is None and dialog.isVisible()
    assert [dialog.workplace.itemText(i) for i in range(dialog.workplace.count())] == ["(none)", "Plant 1"]
    choose(qtbot, dialog.workplace, "Plant 1")
    with qtbot.waitSignal(dialog.saved, timeout=5000, raising=False) as saved:
        press(qtbot, save)
    assert saved.signal_triggered, dialog.error.text()
    assert not dialog.workplace_error.isVisible()
    assert get_person(context.db, dialog.person_id).data.workplace_id == committee["plant"]  # still theirs to see



def test_an_organizers_walk_in_at_check_in_needs_one_of_their_workplaces(qtbot, committee, as_role, monkeypatch):
    """The check-in's walk-in form, as the organizer: no workplace is refused with the reason
    (the dialog stays filled in); with Plant 1 the walk-in is added and checked in."""
    from ui.widgets.walk_in import WalkInDialog

    context = as_role("organizer")
    tries = []

    def fill(dialog):
        if not tries:
            qtbot.keyClicks(dialog.first, "Wanda")
            qtbot.keyClicks(dialog.last, "Walkup")
        else:
            box = dialog.parentWidget().findChild(QMessageBox, "errorBox")
            tries.append(box.text() if box else "")
            choose(qtbot, dialog.workplace, "Plant 1")
        tries.append(dialog.workplace.currentData())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WalkInDialog, "exec", fill)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = WalkInDialog(context, lambda person: mob.add_walk_in(context.db, committee["event"], person), None, parent)
    person_id = dialog.run()
    assert tries[0] is None and "workplaces" in tries[1] and tries[2] == committee["plant"]
    assert person_id is not None and mob.checked_in_count(context.db, committee["event"]) == 1


# ----------------------------------------------------------------------------------- trainers
def _people_count(committee) -> int:
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD, listen=False)
    try:
        with owner.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM people").scalar_one()
    finally:
        owner.close()


def test_a_trainer_adds_a_walk_in_to_their_session_and_only_theirs(qtbot, committee, as_role, monkeypatch):
    from ui.trainings.page import TrainingsPage
    from ui.widgets.walk_in import WalkInDialog

    context = as_role("trainer")
    page = TrainingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    tab = page.sessions_tab
    qtbot.waitUntil(lambda: tab.sessions_model.rowCount() == 1, timeout=5000)  # their session alone
    # Their sessions' attendance alone: no other tabs, reports, planning, registering from the roster.
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Sessions"]
    assert not page.tabs.cornerWidget(Qt.Corner.TopRightCorner).isVisible()
    from PySide6.QtWidgets import QPushButton

    for name in ("newSession", "addPeople", "personTrainings", "removeRegistration"):
        assert not page.findChild(QPushButton, name).isVisible(), name
    for name in ("walkIn", "evaluate", "printSignIn"):
        assert page.findChild(QPushButton, name).isVisible(), name
    view = tab.sessions
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: tab.attendance_model.rowCount() == 2, timeout=5000)

    def fill(dialog):
        assert dialog.workplace.currentData() == committee["plant"]  # the session's place, proposed
        assert [dialog.workplace.itemText(i) for i in range(dialog.workplace.count())] == ["— none —", "Plant 1"]
        assert dialog.department.count() == 2  # "— none —" and Deboning: the place's, readable by the trainer
        qtbot.keyClicks(dialog.first, "Walter")
        qtbot.keyClicks(dialog.last, "Walkin")
        qtbot.keyClicks(dialog.phone, "(773) 555-0199")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WalkInDialog, "exec", fill)
    before = _people_count(committee)
    press(qtbot, tab.findChild(type(tab.buttons[0]), "walkIn"))
    assert page.findChild(QMessageBox) is None
    qtbot.waitUntil(lambda: tab.attendance_model.rowCount() == 3, timeout=5000)
    rows = {r.name: r for r in T.list_registrations(context.db, committee["session"], details=False)}
    assert rows["Walter Walkin"].walk_in and rows["Walter Walkin"].status == "attended"
    assert _people_count(committee) == before + 1
    owner = ServerDatabase.open(committee["address"], SERVER_PASSWORD, listen=False)
    try:
        from models.roster.people import get_person

        walter = get_person(owner, rows["Walter Walkin"].person_id)
        assert walter.data.workplace_id == committee["plant"] and walter.data.phones[0].raw == "(773) 555-0199"
        assert walter.data.consent_source == ""  # nothing asked at the door: consent unknown
        with owner.engine.connect() as conn:
            users = conn.exec_driver_sql("SELECT \"user\" FROM audit_log WHERE action = 'created' AND object_id = ?",
                                         (walter.id,)).scalars().all()
        assert users == [make_login_name(committee["logins"]["trainer"][0])]
    finally:
        owner.close()

    # Someone else's session, or a workplace not of their sessions: refused, nothing written.
    with pytest.raises(errors.PermissionDenied):
        T.add_walk_in(context.db, committee["other_session"], PersonInput(first_name="Sneaky", last_name="Add"))
    with pytest.raises(errors.PermissionDenied):
        T.add_walk_in(context.db, committee["session"], PersonInput(first_name="Far", last_name="Away",
                                                                    workplace_id=committee["elsewhere"]))
    with pytest.raises(errors.ValidationError):  # the roster's own rules first: a name
        T.add_walk_in(context.db, committee["session"], PersonInput())
    assert _people_count(committee) == before + 1


# ---------------------------------------------------------------------------- starter topics
def test_server_init_writes_the_starter_topics_so_no_role_writes_at_first_use(qtbot, pg_server, committee, as_role):
    expected = {topic.name for topic in T.starter_topics()}
    name, owner_login, password = pg_server.new_database()  # a fresh database: what init alone writes
    address = pg_server.address(owner_login, name)
    server_setup.init(address, password)
    fresh = ServerDatabase.open(address, password, listen=False)
    try:
        with fresh.engine.connect() as conn:
            assert set(conn.exec_driver_sql("SELECT name FROM training_topics").scalars()) == expected
            assert conn.exec_driver_sql("SELECT value FROM app_meta WHERE key = ?", (T.STARTER_FLAG,)).scalar()
    finally:
        fresh.close()
    server_setup.init(address, password)  # again: nothing doubled
    fresh = ServerDatabase.open(address, password, listen=False)
    try:
        with fresh.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM training_topics").scalar() == len(expected)
    finally:
        fresh.close()
    for role in ("trainer", "caller", "organizer"):  # none may write topics; first use writes nothing
        context = as_role(role, listen=False)
        written = []
        context.db.add_change_listener(written.append)
        assert T.ensure_starter_topics(context.db) == 0
        if role != "caller":
            assert expected <= {name for _id, name in T.topic_choices(context.db)}
        assert written == []


def test_copy_replaces_the_starter_topics_and_never_a_topic_someone_added(pg_server, tmp_path):
    """``copy`` onto a server that init set up: init's starter topics give way to the file's (here
    none: a file that never opened trainings), then are written as the file's first use would;
    a topic someone added on the server is data: the copy refuses, as for any data."""
    from models.core import transfer
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    file_db = Database.create(tmp_path / "fresh.cdesk", PASSPHRASE, organization="Fresh local")
    create_person(file_db, PersonInput(first_name="Only", last_name="Person"))
    with file_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM training_topics").scalar() == 0
    expected = {topic.name for topic in T.starter_topics()}
    try:
        for custom in (False, True):
            name, owner_login, password = pg_server.new_database()
            address = pg_server.address(owner_login, name)
            server_setup.init(address, password)
            server = ServerDatabase.open(address, password, listen=False)
            try:
                if custom:
                    T.save_topic(server, T.TopicInput(name="Our own topic"))
                    with pytest.raises(errors.UserError, match="already holds data"):
                        transfer.copy_to_server(file_db, server)
                    assert "Our own topic" in {n for _i, n in T.topic_choices(server)}
                    continue
                transfer.copy_to_server(file_db, server)
                with server.engine.connect() as conn:
                    assert set(conn.exec_driver_sql("SELECT name FROM training_topics").scalars()) == expected
                    assert conn.exec_driver_sql("SELECT first_name FROM people").scalars().all() == ["Only"]
            finally:
                server.close()
    finally:
        file_db.close()
