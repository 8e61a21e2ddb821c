"""Committee life: meetings with attendance (members and guests), follow-up tasks, the committee page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from models.organization import committee_life as CL
from models.core import errors
from models.organization import structure as organization
from models.core.entities import Person
from models.organization.structure import CommitteeInput, MemberRow


@pytest.fixture
def committee(db):
    ids = []
    with db.write() as s:
        for first, last in [("Ana", "Núñez"), ("Ben", "Lee"), ("Cruz", "Díaz"), ("Dee", "Old"), ("Eve", "Guest")]:
            p = Person(first_name=first, last_name=last)
            s.add(p)
            s.flush()
            ids.append(p.id)
    ana, ben, cruz, dee, eve = ids
    cid = organization.save_committee(db, CommitteeInput(name="Defense committee", kind="defend-immigrants", members=[
        MemberRow(None, ana, "Ana Núñez", "chair", date(2024, 1, 1)),
        MemberRow(None, ben, "Ben Lee", "secretary", date(2024, 1, 1)),
        MemberRow(None, cruz, "Cruz Díaz", "member", date(2025, 3, 1)),  # joins later
        MemberRow(None, dee, "Dee Old", "member", date(2024, 1, 1), date(2024, 12, 31)),  # left
    ]))
    return cid, dict(ana=ana, ben=ben, cruz=cruz, dee=dee, eve=eve)


def test_meeting_attendance_members_and_guests(db, committee):
    cid, p = committee
    mid = CL.save_meeting(db, CL.MeetingInput(
        cid, datetime(2024, 6, 1, 18, 0), "Union hall", "1. Check-in", "Heard reports.",
        attendee_ids=[p["ana"], p["dee"], p["eve"], p["ana"]], guest_names=["Council organizer", " ", "Council organizer"]))
    detail = CL.get_meeting(db, mid)
    assert (detail.place, detail.agenda, detail.minutes) == ("Union hall", "1. Check-in", "Heard reports.")
    who = {(a.name, a.is_member) for a in detail.attendees}
    # Dee was still a member on June 1, 2024; Eve is a roster guest; the organizer a named guest
    assert who == {("Ana Núñez", True), ("Dee Old", True), ("Eve Guest", False), ("Council organizer", False)}
    [summary] = CL.list_meetings(db, cid)
    # members on that date: Ana, Ben, Dee (Cruz joined 2025)
    assert (summary.members_present, summary.guests, summary.members_total) == (2, 2, 3)
    assert summary.attendance_share == pytest.approx(2 / 3)
    # editing replaces the attendance
    CL.save_meeting(db, CL.MeetingInput(cid, datetime(2024, 6, 1, 18, 0), attendee_ids=[p["ben"]]), mid)
    assert [a.name for a in CL.get_meeting(db, mid).attendees] == ["Ben Lee"]


def test_tasks_owner_due_done(db, committee):
    cid, p = committee
    today = date.today()
    late = CL.save_task(db, CL.TaskInput(cid, "Call the night shift", p["ben"], today - timedelta(days=2)))
    soon = CL.save_task(db, CL.TaskInput(cid, "Book the hall", p["ana"], today + timedelta(days=3)))
    undated = CL.save_task(db, CL.TaskInput(cid, "Print cards"))
    tasks = CL.list_tasks(db, cid)
    assert [t.id for t in tasks] == [late, soon, undated]
    assert tasks[0].overdue() and not tasks[1].overdue() and tasks[0].owner_name == "Ben Lee"
    CL.set_task_done(db, late)
    assert [t.id for t in CL.list_tasks(db, cid, open_only=True)] == [soon, undated]
    assert CL.list_tasks(db, cid)[-1].id == late and CL.list_tasks(db, cid)[-1].done
    with pytest.raises(errors.ValidationError):
        CL.save_task(db, CL.TaskInput(cid, "   "))


def test_committee_page(db, committee):
    cid, p = committee
    now = datetime(2025, 6, 15, 12, 0)
    for days, present in ((-28, [p["ana"], p["ben"]]), (-14, [p["ana"]]), (7, []), (21, [])):
        CL.save_meeting(db, CL.MeetingInput(cid, now + timedelta(days=days), "Hall", attendee_ids=present))
    CL.save_task(db, CL.TaskInput(cid, "Open task", p["cruz"], date(2025, 7, 1)))
    done = CL.save_task(db, CL.TaskInput(cid, "Done task", done=True))
    page = CL.committee_page(db, cid, now=now)
    assert page.name == "Defense committee"
    assert {role: [m.name for m in ms] for role, ms in page.members_by_role.items()} == {
        "chair": ["Ana Núñez"], "secretary": ["Ben Lee"], "member": ["Cruz Díaz"]}  # Dee left
    assert page.active_members == 3
    assert page.next_meeting is not None and page.next_meeting.starts_at == now + timedelta(days=7)
    assert [t.title for t in page.open_tasks] == ["Open task"] and done not in [t.id for t in page.open_tasks]
    assert [m.starts_at for m in page.history] == [now - timedelta(days=14), now - timedelta(days=28)]
    assert [m.members_present for m in page.history] == [1, 2]
    attended = {m.name: m.meetings_attended for ms in page.members_by_role.values() for m in ms}
    assert attended == {"Ana Núñez": 2, "Ben Lee": 1, "Cruz Díaz": 0}
    assert [name for _pid, name in CL.member_choices(db, cid)] == ["Cruz Díaz", "Ben Lee", "Ana Núñez"]


def test_deleting_a_committee_removes_its_meetings_and_tasks(db, committee):
    cid, _p = committee
    CL.save_meeting(db, CL.MeetingInput(cid, datetime(2025, 1, 1, 18)))
    CL.save_task(db, CL.TaskInput(cid, "x"))
    organization.delete_committee(db, cid)
    assert CL.list_meetings(db, cid) == [] and CL.list_tasks(db, cid) == []


def test_demo_has_meetings_and_tasks(demo_db):
    page = CL.committee_page(demo_db, 1)
    assert page.history and page.next_meeting is not None
    assert CL.list_tasks(demo_db, 1)


# ---------------------------------------------------------------- UI
def test_committee_page_from_the_committees_section(qtbot, context, committee):
    from PySide6.QtCore import Qt

    from ui.organization.committee_life import MeetingDialog, TaskDialog
    from ui.organization.committees import CommitteesPage

    cid, p = committee
    page = CommitteesPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.page_button, Qt.MouseButton.LeftButton)
    dialog = page.committee_page
    qtbot.waitUntil(lambda: dialog.page is not None, timeout=5000)
    html = dialog.overview.toPlainText()
    assert "Ana Núñez" in html and "Dee Old" not in html and "None planned yet." in html

    # a new meeting next week, with two members present and a guest
    qtbot.mouseClick(dialog.findChild(type(page.page_button), "newMeeting"), Qt.MouseButton.LeftButton)
    meeting = dialog.last_dialog
    assert isinstance(meeting, MeetingDialog)
    from PySide6.QtCore import QDateTime

    meeting.when.setDateTime(QDateTime.currentDateTime().addDays(7))
    qtbot.keyClicks(meeting.place, "Union hall")
    qtbot.keyClicks(meeting.agenda, "1. Plan the rapid-response training")
    names = [meeting.attendance.item(i).text() for i in range(meeting.attendance.count())]
    assert names == ["Cruz Díaz", "Ben Lee", "Ana Núñez"]  # Dee left
    for i in (1, 2):
        meeting.attendance.item(i).setCheckState(Qt.CheckState.Checked)
    meeting.guests.setPlainText("Council organizer")
    meeting.save()
    assert meeting.result() == meeting.DialogCode.Accepted
    detail = CL.get_meeting(context.db, meeting.meeting_id)
    assert {a.name for a in detail.attendees} == {"Ben Lee", "Ana Núñez", "Council organizer"}

    dialog.open_task(None)
    task = dialog.last_dialog
    assert isinstance(task, TaskDialog)
    qtbot.keyClicks(task.title, "Book the hall")
    task.owner.setCurrentIndex(task.owner.findData(p["ben"]))
    task.save()
    qtbot.waitUntil(lambda: dialog.tasks_model.rowCount() == 1 and dialog.page.next_meeting is not None, timeout=5000)
    assert "Book the hall (Ben Lee)" in dialog.overview.toPlainText()
    dialog.tabs.setCurrentIndex(2)
    dialog.tasks_view.selectRow(0)
    dialog.toggle_task()
    qtbot.waitUntil(lambda: dialog.tasks_model.rowCount() == 1 and dialog.tasks_model.rows[0].done, timeout=5000)
    assert "No open tasks." in dialog.overview.toPlainText()
    # an empty task title is refused inline
    empty = TaskDialog(context, cid, None, dialog)
    qtbot.addWidget(empty)
    empty.save()
    assert "Say what the task is." in empty.error.text()
