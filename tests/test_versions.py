"""No lost updates (issue 25 item 4): rows carry a version; a save from an older one is refused
with errors.Conflict (nothing written), the person editor then shows both versions and lets the
person choose. Every test runs on both stores: two connections to the same encrypted file, or
(``--store=postgresql``) two ServerDatabase connections to the same server database."""

from __future__ import annotations

import csv
import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTreeWidget

from conftest import PASSPHRASE, SERVER_PASSWORD, store_option, type_text
from models.core import errors
from models.organization import structure as organization
from models.roster import people as roster
from models.roster.people import PersonInput, PhoneInput


@pytest.fixture
def other(request, db):
    """A second, independent connection to the same data: another app, or the CLI."""
    if store_option(request.config) == "postgresql":
        from models.core.server import ServerDatabase

        second = ServerDatabase.open(request.getfixturevalue("server_address"), SERVER_PASSWORD)
    else:
        from models.core.db import Database

        second = Database.open(db.path, PASSPHRASE)
    yield second
    second.close()


def _ana(db) -> int:
    return roster.create_person(db, PersonInput(
        first_name="Ana", last_name="Ruiz", email="ana@example.org", job_title="Cook",
        phones=[PhoneInput("(773) 555-0142", "cell")], tags=["volunteer"]))


def _version(db, table: str, row_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT version FROM {table} WHERE id = ?", (row_id,)).scalar()


# ------------------------------------------------------------------ the model
def test_a_save_from_an_older_version_is_refused_with_what_is_saved_now(db, other):
    pid = _ana(db)
    loaded = roster.get_person(db, pid)
    assert loaded.version == 1

    theirs = roster.get_person(other, pid)
    theirs.data.email = "ana.ruiz@example.org"
    roster.update_person(other, pid, theirs.data, version=theirs.version)
    assert roster.get_person(db, pid).version == 2

    mine = loaded.data
    mine.job_title = "Line cook"
    with pytest.raises(errors.Conflict) as caught:
        roster.update_person(db, pid, mine, version=loaded.version)
    conflict = caught.value
    assert (conflict.kind, conflict.row_id, conflict.version) == ("person", pid, 2)
    assert conflict.current.email == "ana.ruiz@example.org" and conflict.current.job_title == "Cook"
    assert "Someone else changed this person" in conflict.user_message
    stored = roster.get_person(db, pid)
    assert (stored.data.email, stored.data.job_title, stored.version) == ("ana.ruiz@example.org", "Cook", 2)

    # Saving again with their version is a knowing "keep mine".
    roster.update_person(db, pid, mine, version=conflict.version)
    stored = roster.get_person(other, pid)
    assert (stored.data.email, stored.data.job_title, stored.version) == ("ana@example.org", "Line cook", 3)


def test_a_deleted_person_is_not_found_not_a_conflict(db, other):
    pid = _ana(db)
    loaded = roster.get_person(db, pid)
    roster.delete_people(other, [pid])
    with pytest.raises(errors.NotFound):
        roster.update_person(db, pid, loaded.data, version=loaded.version)


def test_every_orm_update_of_a_versioned_row_bumps_its_version(db):
    wid = organization.save_workplace(db, organization.WorkplaceInput(name="Plant"))
    assert _version(db, "workplaces", wid) == 1
    organization.save_workplace(db, organization.WorkplaceInput(name="Plant", employer="Acme"), wid)
    assert _version(db, "workplaces", wid) == 2
    cid = organization.save_committee(db, organization.CommitteeInput(name="Kitchen"))
    organization.save_committee(db, organization.CommitteeInput(name="Kitchen", notes="Mondays"), cid)
    assert _version(db, "committees", cid) == 2


def _workplace(db, other):
    wid = organization.save_workplace(db, organization.WorkplaceInput(name="Plant", shifts=["Day"]))
    loaded = organization.get_workplace(db, wid)
    theirs = organization.get_workplace(other, wid)
    theirs.shifts = ["Day", "Night"]  # only a shift: the workplace's row is bumped all the same
    organization.save_workplace(other, theirs, wid, version=theirs.version)
    loaded.employer = "Acme"
    return (lambda version: organization.save_workplace(db, loaded, wid, version=version)), loaded.version, \
        (lambda: organization.get_workplace(db, wid)), (lambda now: now.shifts == ["Day", "Night"] and now.employer == "")


def _committee(db, other):
    pid = _ana(db)
    cid = organization.save_committee(db, organization.CommitteeInput(name="Kitchen"))
    loaded = organization.get_committee(db, cid)
    theirs = organization.get_committee(other, cid)
    theirs.members = [organization.MemberRow(None, pid, "", role="chair")]  # only a member
    organization.save_committee(other, theirs, cid, version=theirs.version)
    loaded.notes = "Mondays"
    return (lambda version: organization.save_committee(db, loaded, cid, version=version)), loaded.version, \
        (lambda: organization.get_committee(db, cid)), (lambda now: len(now.members) == 1 and now.notes == "")


def _event(db, other):
    from models.mobilization import operations as mob

    eid = mob.save_event(db, mob.EventInput(name="Rally", starts_at=datetime(2030, 5, 1, 17)))
    loaded = mob.get_event(db, eid)
    theirs = mob.get_event(other, eid)
    theirs.scripts = {"en": "Hello"}  # only a script
    mob.save_event(other, theirs, eid, version=theirs.version)
    loaded.place = "City Hall"
    return (lambda version: mob.save_event(db, loaded, eid, version=version)), loaded.version, \
        (lambda: mob.get_event(db, eid)), (lambda now: now.scripts == {"en": "Hello"} and now.place == "")


def _resolution(db, other):
    from models.resolutions import drafts as R

    rid = R.save_resolution(db, R.ResolutionInput(title="Fair shifts", clauses=[R.Clause("resolved", "We ask.")])).id
    loaded = R.get_resolution(db, rid)
    theirs = R.get_resolution(other, rid)
    theirs.data.target_body = "Local 7"
    R.save_resolution(other, theirs.data, rid, row_version=theirs.row_version)
    loaded.data.title = "Fair shifts for all"
    return (lambda version: R.save_resolution(db, loaded.data, rid, row_version=version)), loaded.row_version, \
        (lambda: R.get_resolution(db, rid)), (lambda now: now.data.target_body == "Local 7" and now.version == 1)


def _session(db, other):
    from models.trainings import sessions as T

    topic = T.list_topics(db)[0].id
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 6, 1, 18)))
    loaded = T.get_session(db, sid)
    theirs = T.get_session(other, sid)
    theirs.data.trainer_ids = [_ana(other)]  # only a trainer
    T.save_session(other, theirs.data, sid, version=theirs.version)
    loaded.data.notes = "Bring snacks"
    return (lambda version: T.save_session(db, loaded.data, sid, version=version)), loaded.version, \
        (lambda: T.get_session(db, sid)), (lambda now: len(now.data.trainer_ids) == 1 and now.data.notes == "")


def _leaflet(db, other):
    from models.leaflets import templates as L

    lid = L.save_leaflet(db, L.LeafletDoc(title="Know your rights", blocks={"en": [{"kind": "heading", "text": "Hi"}]}))
    loaded = L.get_leaflet(db, lid)
    theirs = L.get_leaflet(other, lid)
    theirs.issuer = "Local 7"
    L.save_leaflet(other, theirs)
    loaded.title = "Know your rights!"
    old = loaded.version

    def save(version):
        loaded.version = version
        return L.save_leaflet(db, loaded)

    return save, old, (lambda: L.get_leaflet(db, lid)), (lambda now: now.issuer == "Local 7" and now.title == "Know your rights")


@pytest.mark.parametrize("kind, make", [("workplace", _workplace), ("committee", _committee), ("event", _event),
                                        ("resolution", _resolution), ("training session", _session), ("leaflet", _leaflet)])
def test_every_form_edited_row_refuses_a_stale_save(db, other, kind, make):
    """Someone else saved (for most, only rows hanging from it: shifts, members, scripts,
    trainers); a save from the version loaded before is refused, nothing written; saved again
    with the conflict's version it goes through."""
    save, loaded_version, read, still_theirs = make(db, other)
    with pytest.raises(errors.Conflict) as caught:
        save(loaded_version)
    conflict = caught.value
    assert conflict.kind == kind and conflict.version == loaded_version + 1
    assert f"Someone else changed this {kind} while you were editing" in conflict.user_message
    assert still_theirs(read())
    save(conflict.version)  # knowingly over theirs
    assert not still_theirs(read())


def test_an_import_merge_and_its_undo_bump_the_version_so_an_open_editor_sees_a_conflict(db, tmp_path):
    """The importer writes with SQL of its own: a merge (here only a phone added) and its undo
    each bump the version."""
    from models import importing

    pid = _ana(db)
    loaded = roster.get_person(db, pid)
    path = tmp_path / "more.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["First name", "Last name", "Email", "Phone"],
                                 ["Ana", "Ruiz", "ana@example.org", "(773) 555-0199"]])
    _, result = importing.import_file(db, path)
    assert result.merged == 1
    assert _version(db, "people", pid) == 2
    with pytest.raises(errors.Conflict):
        roster.update_person(db, pid, loaded.data, version=loaded.version)
    assert [p.raw for p in roster.get_person(db, pid).data.phones] == ["(773) 555-0142", "(773) 555-0199"]
    importing.undo_import(db, result.batch_id)
    assert _version(db, "people", pid) == 3


def test_a_call_list_rebuild_and_a_do_not_call_bump_the_version(db):
    from models.mobilization import operations as mob

    bid = roster.create_person(db, PersonInput(first_name="Beto", last_name="Soto", ok_to_call=True,
                                               phones=[PhoneInput("(773) 555-0111")]))
    event = mob.save_event(db, mob.EventInput(name="Rally", kind="rally", starts_at=datetime(2030, 5, 1, 17)))
    built = mob.create_call_list(db, event, "Everyone", mob.ListCriteria())
    list_version = _version(db, "call_lists", built.list_id)
    mob.build_call_list(db, built.list_id)
    assert _version(db, "call_lists", built.list_id) == list_version + 1
    entries = {row.person_id: row.entry_id for row in mob.list_entries(db, built.list_id)}
    loaded = roster.get_person(db, bid)
    mob.record_call(db, entries[bid], "do-not-call")
    assert _version(db, "people", bid) == loaded.version + 1
    with pytest.raises(errors.Conflict) as caught:  # the editor would have put consent back
        roster.update_person(db, bid, loaded.data, version=loaded.version)
    assert caught.value.current.do_not_contact is True


# ------------------------------------------------------------------ two writers at once
def test_two_writers_at_once_exactly_one_wins_each_round_and_nothing_is_lost(db, other):
    """Two threads, each with its own connection, edit the same person through the domain
    functions. Each round both load, then both save: one wins, the other gets Conflict. Then each
    adds a word to the notes, retrying after a conflict: every word is there at the end."""
    pid = _ana(db)
    stores = {"a": db, "b": other}
    rounds = 8
    barrier = threading.Barrier(2, timeout=30)
    outcomes: dict[str, list[str]] = {"a": [], "b": []}
    failures: list[BaseException] = []

    def work(name: str) -> None:
        store = stores[name]
        try:
            for r in range(rounds):
                detail = roster.get_person(store, pid)
                barrier.wait()  # both have loaded the same version
                detail.data.job_title = f"{name}{r}"
                try:
                    roster.update_person(store, pid, detail.data, version=detail.version)
                    outcomes[name].append("won")
                except errors.Conflict:
                    outcomes[name].append("conflict")
                barrier.wait()  # the round is over for both
            for r in range(rounds):
                while True:
                    detail = roster.get_person(store, pid)
                    detail.data.notes = (detail.data.notes + f" {name}{r}").strip()
                    try:
                        roster.update_person(store, pid, detail.data, version=detail.version)
                        break
                    except errors.Conflict:
                        continue
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=work, args=(name,)) for name in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert failures == []
    for r in range(rounds):
        assert sorted([outcomes["a"][r], outcomes["b"][r]]) == ["conflict", "won"], (r, outcomes)
    final = roster.get_person(db, pid)
    words = final.data.notes.split()
    assert sorted(words) == sorted(f"{n}{r}" for n in stores for r in range(rounds))
    winner = "a" if outcomes["a"][-1] == "won" else "b"
    assert final.data.job_title == f"{winner}{rounds - 1}"
    assert final.version == 1 + rounds + 2 * rounds


def test_a_writer_committing_between_our_check_and_our_update_is_a_conflict(request, db, other):
    """On the server writers run at once: our save reads the row (version still 1), someone
    else's UPDATE holds the row and commits, then our UPDATE ... AND version = 1 matches nothing.
    That too is a Conflict, with their values, and nothing of ours is written. (The file store
    takes its write lock before reading, so this cannot happen there.)"""
    if store_option(request.config) != "postgresql":
        pytest.skip("the encrypted file serializes writers before they read")
    import time

    pid = _ana(db)
    loaded = roster.get_person(db, pid)
    loaded.data.notes = "mine"
    outcome: list = []
    with other.engine.connect() as conn:
        conn.exec_driver_sql("UPDATE people SET job_title = 'Chef', version = version + 1 WHERE id = ?", (pid,))

        def save() -> None:
            try:
                roster.update_person(db, pid, loaded.data, version=loaded.version)
                outcome.append("saved")
            except errors.Conflict as exc:
                outcome.append(exc)

        thread = threading.Thread(target=save)
        thread.start()
        time.sleep(0.5)  # our save is waiting on their row lock now
        assert thread.is_alive() and outcome == []
        conn.commit()
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], errors.Conflict), outcome
    assert outcome[0].version == 2 and outcome[0].current.job_title == "Chef"
    stored = roster.get_person(db, pid)
    assert (stored.data.job_title, stored.data.notes, stored.version) == ("Chef", "", 2)


# ------------------------------------------------------------------ the person editor
def _open_editor(qtbot, context, pid):
    from ui.roster.person_editor import PersonDialog

    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _press_save(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _edit_elsewhere(other, pid) -> None:
    """Someone else, in another app, changes the email and the job title and saves."""
    theirs = roster.get_person(other, pid)
    theirs.data.email = "ana.ruiz@example.org"
    theirs.data.job_title = "Chef"
    roster.update_person(other, pid, theirs.data, version=theirs.version)


def _conflict_dialog(qtbot, editor):
    from ui.widgets.conflict import ConflictDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in editor.findChildren(ConflictDialog)), timeout=3000)
    return next(d for d in editor.findChildren(ConflictDialog) if d.isVisible())


def _rows(dialog) -> dict[str, tuple[str, str]]:
    tree = dialog.findChild(QTreeWidget, "conflictFields")
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.text(0): (item.text(1), item.text(2)) for item in items}


def _editor_in_conflict(qtbot, context, other):
    """Ana loaded in the editor; meanwhile someone else saves her; here the job title and the
    notes are edited and Save pressed: the conflict dialog is up."""
    pid = _ana(context.db)
    editor = _open_editor(qtbot, context, pid)
    _edit_elsewhere(other, pid)
    editor.job_title.clear()
    type_text(qtbot, editor.job_title, "Line cook")
    type_text(qtbot, editor.notes, "Called Tuesday")
    _press_save(qtbot, editor)
    return pid, editor, _conflict_dialog(qtbot, editor)


def test_the_editor_shows_both_versions_and_keep_mine_saves_mine_knowingly(qtbot, context, other):
    pid, editor, dialog = _editor_in_conflict(qtbot, context, other)
    assert "Someone else changed this person while you were editing" in dialog.findChild(object, "conflictMessage").text()
    # Only the fields that differ, their saved value beside mine.
    assert _rows(dialog) == {
        "Email": ("ana.ruiz@example.org", "ana@example.org"),
        "Job title": ("Chef", "Line cook"),
        "Notes": ("(empty)", "Called Tuesday"),
    }
    # Nothing of mine was written while the dialog asks.
    assert roster.get_person(other, pid).data.job_title == "Chef"

    qtbot.mouseClick(dialog.findChild(QPushButton, "keepMine"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = roster.get_person(other, pid)
    assert (stored.data.email, stored.data.job_title, stored.data.notes) == ("ana@example.org", "Line cook", "Called Tuesday")
    assert stored.version == 3


def test_use_theirs_drops_my_edits_and_shows_what_is_saved(qtbot, context, other):
    pid, editor, dialog = _editor_in_conflict(qtbot, context, other)
    qtbot.mouseClick(dialog.findChild(QPushButton, "useTheirs"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert editor.isVisible()  # still open, now showing their version
    assert (editor.email.text(), editor.job_title.text(), editor.notes.toPlainText()) == ("ana.ruiz@example.org", "Chef", "")
    stored = roster.get_person(other, pid)
    assert (stored.data.email, stored.data.job_title, stored.data.notes, stored.version) == ("ana.ruiz@example.org", "Chef", "", 2)
    # Their version is now the editor's: an edit on top of it saves without a conflict.
    type_text(qtbot, editor.notes, "Prefers texts")
    _press_save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = roster.get_person(other, pid)
    assert (stored.data.job_title, stored.data.notes, stored.version) == ("Chef", "Prefers texts", 3)


def test_cancel_goes_back_to_my_edits_and_saves_nothing(qtbot, context, other):
    pid, editor, dialog = _editor_in_conflict(qtbot, context, other)
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelConflict"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert editor.isVisible() and editor.job_title.text() == "Line cook"
    assert roster.get_person(other, pid).data.job_title == "Chef"
    _press_save(qtbot, editor)  # still their newer version: asked again, never overwritten
    again = _conflict_dialog(qtbot, editor)
    assert _rows(again)["Job title"] == ("Chef", "Line cook")
    assert roster.get_person(other, pid).data.job_title == "Chef"


def test_the_conflict_dialog_reads_spanish(qtbot, context, other, spanish):
    _pid, _editor, dialog = _editor_in_conflict(qtbot, context, other)
    assert "Otra persona cambió a esta persona" in dialog.findChild(object, "conflictMessage").text()
    buttons = [dialog.findChild(QPushButton, name).text() for name in ("keepMine", "useTheirs", "cancelConflict")]
    assert all("&" in text for text in buttons) and buttons[0] != "&Keep mine"
    assert len({text[text.index("&") + 1].lower() for text in buttons}) == 3  # three different keys
    assert _rows(dialog) == {
        "Correo electrónico": ("ana.ruiz@example.org", "ana@example.org"),
        "Puesto": ("Chef", "Line cook"),
        "Notas": ("(vacío)", "Called Tuesday"),
    }


def test_an_import_by_the_cli_while_the_editor_is_open_is_not_overwritten(qtbot, context, cli, db_arg, tmp_path):
    """The app shows Ana; the command line imports a second phone for her into the same store.
    Saving the editor's edit asks first, and Use theirs keeps the imported phone."""
    pid = _ana(context.db)
    editor = _open_editor(qtbot, context, pid)
    path = tmp_path / "phones.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["First name", "Last name", "Email", "Phone"],
                                 ["Ana", "Ruiz", "ana@example.org", "(773) 555-0199"]])
    result = cli("import", "--db", db_arg, str(path))
    assert result.returncode == 0, result.stderr
    type_text(qtbot, editor.notes, "Called Tuesday")
    _press_save(qtbot, editor)
    dialog = _conflict_dialog(qtbot, editor)
    assert _rows(dialog) == {"Phones": ("(773) 555-0142 (Cell)\n(773) 555-0199 (Cell)", "(773) 555-0142 (Cell)"),
                             "Notes": ("(empty)", "Called Tuesday")}
    assert len(roster.get_person(context.db, pid).data.phones) == 2
    qtbot.mouseClick(dialog.findChild(QPushButton, "useTheirs"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [row.number.text() for row in editor.phone_rows] == ["(773) 555-0142", "(773) 555-0199"]
    type_text(qtbot, editor.notes, "Called Tuesday")
    _press_save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = roster.get_person(context.db, pid).data
    assert ([p.raw for p in stored.phones], stored.notes) == (["(773) 555-0142", "(773) 555-0199"], "Called Tuesday")


def test_enter_in_the_conflict_dialog_goes_back_to_the_edits(qtbot, context, other):
    """Enter (or Escape) neither overwrites their version nor drops mine."""
    pid, editor, dialog = _editor_in_conflict(qtbot, context, other)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert editor.isVisible() and editor.job_title.text() == "Line cook"
    assert roster.get_person(other, pid).data.job_title == "Chef"
