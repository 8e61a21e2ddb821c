"""No lost updates in every editor (issue 25 item 4): a workplace, a committee, an event, a
resolution, a training session and a leaflet edited here while someone else (another connection:
the same file opened again, or another server login session) saves the same row. Save shows
the conflict dialog with both values; the buttons do what they say. On both stores."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QTreeWidget, QWidget

from conftest import type_text
from test_versions import other  # noqa: F401 - the second connection fixture
from models.organization import structure as organization


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _press_save(qtbot, dialog) -> None:
    _click(qtbot, dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save))


def _conflict_dialog(qtbot, parent):
    from ui.widgets.conflict import ConflictDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(ConflictDialog)), timeout=30000)
    return next(d for d in parent.findChildren(ConflictDialog) if d.isVisible())


def _rows(dialog) -> dict[str, tuple[str, str]]:
    tree = dialog.findChild(QTreeWidget, "conflictFields")
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.text(0): (item.text(1), item.text(2)) for item in items}


def _choose(qtbot, dialog, name: str) -> None:
    _click(qtbot, dialog.findChild(QPushButton, name))


def test_workplace_keep_mine(qtbot, context, other):
    from ui.organization.workplaces import WorkplaceDialog

    wid = organization.save_workplace(context.db, organization.WorkplaceInput(name="Plant", employer="Acme"))
    dialog = WorkplaceDialog(context, wid)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = organization.get_workplace(other, wid)
    theirs.employer = "Acme Foods"
    organization.save_workplace(other, theirs, wid, version=theirs.version)
    type_text(qtbot, dialog.address, "1 Main St")
    _press_save(qtbot, dialog)
    asked = _conflict_dialog(qtbot, dialog)
    assert "Someone else changed this workplace" in asked.findChild(QWidget, "conflictMessage").text()
    assert _rows(asked) == {"Employer": ("Acme Foods", "Acme"), "Address": ("(empty)", "1 Main St")}
    assert organization.get_workplace(other, wid).address == ""  # nothing written yet
    _choose(qtbot, asked, "keepMine")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = organization.get_workplace(other, wid)
    assert (stored.employer, stored.address, stored.version) == ("Acme", "1 Main St", 3)


def test_committee_use_theirs_reopens_the_form_on_what_is_saved(qtbot, context, other):
    from ui.organization.committees import CommitteeDialog

    cid = organization.save_committee(context.db, organization.CommitteeInput(name="Kitchen"))
    holder = QWidget()  # the page the form belongs to
    qtbot.addWidget(holder)
    dialog = CommitteeDialog(context, cid, holder)
    dialog.show()
    theirs = organization.get_committee(other, cid)
    theirs.notes = "Meets Mondays"
    organization.save_committee(other, theirs, cid, version=theirs.version)
    type_text(qtbot, dialog.local, "Local 7")
    _press_save(qtbot, dialog)
    asked = _conflict_dialog(qtbot, dialog)
    assert _rows(asked) == {"Union local": ("(empty)", "Local 7"), "Notes": ("Meets Mondays", "(empty)")}
    _choose(qtbot, asked, "useTheirs")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    fresh = next(d for d in holder.findChildren(CommitteeDialog) if d.isVisible())
    assert (fresh.notes.toPlainText(), fresh.local.text()) == ("Meets Mondays", "")
    stored = organization.get_committee(other, cid)
    assert (stored.notes, stored.union_local, stored.version) == ("Meets Mondays", "", 2)
    type_text(qtbot, fresh.local, "Local 9")  # on top of theirs: no conflict
    _press_save(qtbot, fresh)
    qtbot.waitUntil(lambda: not fresh.isVisible())
    stored = organization.get_committee(other, cid)
    assert (stored.notes, stored.union_local) == ("Meets Mondays", "Local 9")


def test_event_cancel_then_keep_mine(qtbot, context, other):
    from models.mobilization import operations as mob
    from ui.mobilization.page import EventDialog

    eid = mob.save_event(context.db, mob.EventInput(name="Rally", starts_at=datetime(2030, 5, 1, 17)))
    dialog = EventDialog(context, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = mob.get_event(other, eid)
    theirs.place = "City Hall"
    mob.save_event(other, theirs, eid, version=theirs.version)
    type_text(qtbot, dialog.place, "Union hall")
    _press_save(qtbot, dialog)
    asked = _conflict_dialog(qtbot, dialog)
    assert _rows(asked) == {"Place": ("City Hall", "Union hall")}
    _choose(qtbot, asked, "cancelConflict")
    qtbot.waitUntil(lambda: not asked.isVisible())
    assert dialog.isVisible() and dialog.place.text() == "Union hall"
    assert mob.get_event(other, eid).place == "City Hall"
    _press_save(qtbot, dialog)  # asked again: their version is still newer
    again = _conflict_dialog(qtbot, dialog)
    _choose(qtbot, again, "keepMine")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert mob.get_event(other, eid).place == "Union hall"


def test_resolution_use_theirs_shows_their_text_in_the_editor(qtbot, context, other):
    from models.resolutions import drafts as R
    from ui.resolutions.page import ResolutionEditor

    rid = R.save_resolution(context.db, R.ResolutionInput(title="Fair shifts", clauses=[R.Clause("resolved", "We ask.")])).id
    editor = ResolutionEditor(context, rid)
    qtbot.addWidget(editor)
    editor.show()
    theirs = R.get_resolution(other, rid)
    theirs.data.target_body = "Local 7 meeting"
    R.save_resolution(other, theirs.data, rid, row_version=theirs.row_version)
    type_text(qtbot, editor.title, " now")
    _click(qtbot, editor.save_button)
    asked = _conflict_dialog(qtbot, editor)
    assert _rows(asked) == {"Title": ("Fair shifts", "Fair shifts now"), "Target body": ("Local 7 meeting", "(empty)")}
    _choose(qtbot, asked, "useTheirs")
    qtbot.waitUntil(lambda: not asked.isVisible())
    assert (editor.title.text(), editor.target.text()) == ("Fair shifts", "Local 7 meeting")
    stored = R.get_resolution(other, rid)
    assert (stored.data.title, stored.data.target_body, stored.version) == ("Fair shifts", "Local 7 meeting", 1)
    type_text(qtbot, editor.title, " for all")  # on top of theirs: saved without a conflict
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: R.get_resolution(other, rid).data.title == "Fair shifts for all")
    assert R.get_resolution(other, rid).data.target_body == "Local 7 meeting"


def test_training_session_keep_mine(qtbot, context, other):
    from models.trainings import sessions as T
    from test_ui_live import on_modal
    from ui.trainings.page import SessionDialog, TrainingsPage
    from ui.widgets.conflict import ConflictDialog

    topic = T.list_topics(context.db)[0].id
    sid = T.save_session(context.db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 6, 1, 18)))
    page = TrainingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.sessions_tab.sessions_model.rowCount() == 1)
    page.open_session(sid)
    qtbot.waitUntil(lambda: page.sessions_tab.session is not None)
    theirs = T.get_session(other, sid)  # someone else saves while the page shows the session
    theirs.data.place_text = "Room B"
    T.save_session(other, theirs.data, sid, version=theirs.version)

    def edit(dialog) -> None:
        type_text(qtbot, dialog.notes, "Bring snacks")
        _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
               or dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    seen: dict = {}

    def answer(asked) -> None:
        seen["rows"] = _rows(asked)
        _choose(qtbot, asked, "keepMine")

    edited = on_modal(lambda w: isinstance(w, SessionDialog), edit)
    answered = on_modal(lambda w: isinstance(w, ConflictDialog), answer)
    edit_button = next(b for b in page.sessions_tab.findChildren(QPushButton) if b.text() == "Edit…")
    _click(qtbot, edit_button)
    qtbot.waitUntil(lambda: "seen" in edited and "seen" in answered, timeout=30000)
    assert not edited.get("stuck") and not answered.get("stuck")
    assert seen["rows"] == {"Place": ("Room B", "(empty)"), "Notes": ("(empty)", "Bring snacks")}
    stored = T.get_session(other, sid)
    assert (stored.data.notes, stored.data.place_text) == ("Bring snacks", "")
    QApplication.processEvents()


def test_leaflet_keep_mine(qtbot, context, other):
    from models.leaflets import templates as leaflets
    from ui.leaflets.page import LeafletsPage

    lid = leaflets.save_leaflet(context.db, leaflets.load_template("committee-meeting-notice"))
    page = LeafletsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    with qtbot.waitSignal(page.editor.preview_updated, timeout=30000):
        page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.doc is not None and page.editor.doc.id == lid, timeout=30000)
    theirs = leaflets.get_leaflet(other, lid)
    theirs.issuer = "Local 7"
    leaflets.save_leaflet(other, theirs)
    page.editor.title_edit.clear()
    type_text(qtbot, page.editor.title_edit, "Meeting Thursday")
    _click(qtbot, page.editor.save_button)
    asked = _conflict_dialog(qtbot, page)
    rows = _rows(asked)
    assert rows["Title"][1] == "Meeting Thursday" and rows["Issued by"] == ("Local 7", theirs_before(other, lid))
    _choose(qtbot, asked, "keepMine")
    qtbot.waitUntil(lambda: leaflets.get_leaflet(other, lid).title == "Meeting Thursday", timeout=30000)
    qtbot.waitUntil(lambda: not page.editor.dirty, timeout=30000)
    assert leaflets.get_leaflet(other, lid).issuer != "Local 7"
    qtbot.wait(300)  # let the preview of the saved leaflet finish


def theirs_before(_other, _lid) -> str:
    """The template's own issuer line (what the editor still has)."""
    from models.leaflets import templates as leaflets

    return leaflets.load_template("committee-meeting-notice").issuer or "(empty)"
