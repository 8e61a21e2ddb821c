"""Issue #21 item 8: roster exports and creating events, sessions, resolutions and leaflets leave
an audit entry (codes, ids and counts, never a name); deleting a person also removes what only
they made (a tag nobody else carries, and its name in saved call-list criteria)."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from models.core import audit
from models.leaflets import templates as leaflets
from models.mobilization import operations as mob
from models.resolutions import drafts as resolutions
from models.roster import people as roster
from models.trainings import sessions as trainings
from models.roster.people import PersonInput, PhoneInput, create_person


def _entries(db, action, kind):
    return [(e.object_id, e.count) for e in audit.entries(db, action=action, kind=kind)]


def _no_names_in_trail(db, *names: str) -> None:
    for row in audit.entries(db):
        text = f"{row.action} {row.kind} {row.user} {row.object_id} {row.count}"
        for name in names:
            assert name not in text


def test_roster_export_from_the_roster_button_is_audited(qtbot, context, tmp_path, monkeypatch):
    from models.core import demo
    from ui.roster.page import RosterPage

    demo.generate(context.db, people=40, seed=5)
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)
    out = tmp_path / "people.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))

    def answer_warning() -> None:  # "The exported file is NOT encrypted": press Export
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "exportWarning":
            go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
            qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, answer_warning)

    QTimer.singleShot(0, answer_warning)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and bool(_entries(context.db, "exported", "roster-export")), timeout=15000)
    assert _entries(context.db, "exported", "roster-export") == [(None, 40)]
    _no_names_in_trail(context.db, roster.get_person(context.db, 1).data.last_name)


def test_roster_export_from_the_cli_is_audited(cli, db, db_arg, reopen_db, tmp_path):
    create_person(db, PersonInput(first_name="Zyxwquanda", last_name="Qorvellini"))
    create_person(db, PersonInput(first_name="Ana", last_name="Ruiz"))
    db.close()
    done = cli("export", "--db", db_arg, str(tmp_path / "all.csv"))
    assert done.returncode == 0, done.stderr
    again = reopen_db()
    try:
        assert _entries(again, "exported", "roster-export") == [(None, 2)]
        _no_names_in_trail(again, "Zyxwquanda", "Qorvellini")
    finally:
        again.close()


def test_creating_events_sessions_resolutions_and_leaflets_is_audited(db):
    event = mob.save_event(db, mob.EventInput(name="May Day march", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    mob.save_event(db, mob.EventInput(name="May Day march", kind="march", place="Plaza"), event)  # an edit
    assert _entries(db, "created", "event") == [(event, None)]

    topic = trainings.save_topic(db, trainings.TopicInput(name="Know your rights"))
    session = trainings.save_session(db, trainings.SessionInput(topic_id=topic, starts_at=datetime(2030, 6, 1, 18)))
    assert _entries(db, "created", "training-session") == [(session, None)]

    data = resolutions.ResolutionInput(title="Paid sick days", clauses=[resolutions.Clause("resolved", "We ask.")])
    saved = resolutions.save_resolution(db, data, saved_by="Rosa")
    resolutions.save_resolution(db, data, saved.id, saved_by="Rosa")
    copy = resolutions.copy_resolution(db, saved.id, saved_by="Rosa")
    assert sorted(_entries(db, "created", "resolution")) == [(saved.id, None), (copy.id, None)]
    # On a committee server the audit user is the database login, whatever the app says.
    assert {e.user for e in audit.entries(db, action="created", kind="resolution")} == {db.user if db.is_server else "Rosa"}

    doc = leaflets.LeafletDoc(title="Know your rights")
    leaflet = leaflets.save_leaflet(db, doc)
    leaflets.save_leaflet(db, doc)  # saved again: not a second creation
    duplicate = leaflets.duplicate_leaflet(db, leaflet)
    assert sorted(_entries(db, "created", "leaflet")) == [(leaflet, None), (duplicate, None)]

    mob.delete_event(db, event)
    trainings.delete_session(db, session)
    resolutions.delete_resolution(db, copy.id)
    leaflets.delete_leaflet(db, duplicate)
    assert _entries(db, "deleted", "event") == [(event, None)]
    assert _entries(db, "deleted", "training-session") == [(session, None)]
    assert _entries(db, "deleted", "resolution") == [(copy.id, None)]
    assert _entries(db, "deleted", "leaflet") == [(duplicate, None)]
    _no_names_in_trail(db, "May Day", "Paid sick", "Know your rights")


def _tag_names(db) -> set[str]:
    with db.engine.connect() as conn:
        return {name for (name,) in conn.exec_driver_sql("SELECT name FROM tags")}


def _saved_tags(db, list_id: int) -> list[str]:
    with db.engine.connect() as conn:
        return json.loads(conn.exec_driver_sql("SELECT criteria FROM call_lists WHERE id = ?", (list_id,)).scalar())["tags"]


def test_deleting_a_person_removes_their_orphan_tag_and_its_name_in_call_list_criteria(db):
    only_hers = "asked about Marisol's visa"  # a tag that names her
    marisol = create_person(db, PersonInput(first_name="Marisol", last_name="Vega", tags=[only_hers, "volunteer"],
                                            phones=[PhoneInput("(773) 555-0101")], ok_to_call=True))
    ana = create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", tags=["volunteer"],
                                        phones=[PhoneInput("(773) 555-0102")], ok_to_call=True))
    event = mob.save_event(db, mob.EventInput(name="Rally", kind="rally"))
    just_her = mob.create_call_list(db, event, "Just her", mob.ListCriteria(tags=[only_hers]))
    both = mob.create_call_list(db, event, "Both tags", mob.ListCriteria(tags=[only_hers, "volunteer"]))
    assert just_her.on_list == 1 and both.on_list == 2

    assert roster.delete_people(db, [marisol]) == 1
    assert _tag_names(db) == {"volunteer"}  # the shared tag stays
    assert _saved_tags(db, both.list_id) == ["volunteer"]
    # The list built on her tag alone still adds nobody when rebuilt (not everyone).
    assert _saved_tags(db, just_her.list_id) == [""]
    assert mob.build_call_list(db, just_her.list_id).on_list == 0
    assert mob.build_call_list(db, both.list_id).on_list == 1
    with db.engine.connect() as conn:
        criteria = " ".join(c for (c,) in conn.exec_driver_sql("SELECT criteria FROM call_lists"))
    assert "Marisol" not in criteria

    # Deleting Ana too leaves no tag behind; a tag nobody ever carried is not touched.
    with db.write() as s:
        s.add(roster.Tag(name="unused on purpose"))
    roster.delete_people(db, [ana])
    assert _tag_names(db) == {"unused on purpose"}
    assert _saved_tags(db, both.list_id) == [""]
