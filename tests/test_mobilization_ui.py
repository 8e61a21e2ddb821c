"""The mobilization screens driven like a person would: keys on the phone bank, typing at check-in,
the paper re-entry loop, and the section page."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.mobilization import operations as mob
from models.organization.structure import CommitteeInput, MemberRow, save_committee
from models.roster.people import PersonInput, PhoneInput, create_person, get_person


def person(db, first, last, phone="(773) 555-0100", langs=("en",)):
    return create_person(db, PersonInput(first_name=first, last_name=last, phones=[PhoneInput(phone)], languages=list(langs),
                                         ok_to_call=True))  # they said yes (a new person's consent is unknown)


@pytest.fixture
def event(db):
    ids = [person(db, f"P{i}", f"Person{i}", phone=f"(773) 555-{i:04d}", langs=("es",) if i % 2 else ("en",)) for i in range(6)]
    caller = person(db, "Rosa", "Caller", langs=("es", "en"))
    committee = save_committee(db, CommitteeInput(name="RR", kind="rapid-response", members=[MemberRow(None, caller, "c", "caller")]))
    event_id = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                                 committee_ids=[committee], scripts={"en": "Hello script", "es": "Hola guion"}))
    built = mob.create_call_list(db, event_id, "All", mob.ListCriteria())
    return dict(ids=ids, caller=caller, event=event_id, list_id=built.list_id)


def test_phone_bank_keyboard_shortcuts(qtbot, context, event):
    from ui.mobilization.phonebank import PhoneBankWidget

    db = context.db
    widget = PhoneBankWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()  # the outcome keys are shortcuts: they need the window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    widget.set_event(event["event"])
    widget.setFocus()
    first = widget.card
    assert first is not None and widget.name.text() == first.name
    assert widget.script.toPlainText() in ("Hello script", "Hola guion")
    assert widget.phones_box.count() >= 2  # a copy button per phone, and a stretch
    with qtbot.waitSignal(widget.recorded, timeout=1000):
        qtbot.keyClick(widget, Qt.Key.Key_Y)
    assert mob.person_card(db, first.entry_id).attempts[-1].outcome == "yes"
    second = widget.card
    assert second.entry_id != first.entry_id and widget.name.text() == second.name  # next person at once

    # A note typed in the note field is not taken for outcome keys; then N records "no" with it.
    qtbot.keyClicks(widget.note, "Ya no trabaja aqui")
    assert widget.card.entry_id == second.entry_id
    widget.flag.setChecked(True)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_N)
    attempt = mob.person_card(db, second.entry_id).attempts[-1]
    assert (attempt.outcome, attempt.note, attempt.flagged) == ("no", "Ya no trabaja aqui", True)

    third = widget.card
    qtbot.keyClick(widget, Qt.Key.Key_S)  # skip
    assert widget.card.entry_id != third.entry_id
    fourth = widget.card
    qtbot.keyClick(widget, Qt.Key.Key_D)
    assert get_person(db, fourth.person_id).data.do_not_contact
    fifth = widget.card
    qtbot.keyClick(widget, Qt.Key.Key_B)
    cb = mob.person_card(db, fifth.entry_id).attempts[-1]
    assert cb.outcome == "callback" and cb.callback_at is not None
    # copy button puts the number on the clipboard
    widget.phones_box.itemAt(0).widget().click()
    assert QApplication.clipboard().text() == widget.card.phones[0][0]


def test_phone_bank_a_chosen_caller_claims_the_next_person(qtbot, context, event):
    """Two phone banks on one list, each calling as a different caller chosen in the combo: each
    shows a different person, who becomes that caller's; after a call, the next is another."""
    from ui.mobilization.phonebank import PhoneBankWidget

    db = context.db
    luis = person(db, "Luis", "Caller")
    committee = save_committee(db, CommitteeInput(name="Callers", kind="rapid-response",
                                                  members=[MemberRow(None, event["caller"], "", "caller"),
                                                           MemberRow(None, luis, "", "caller")]))
    event_id = mob.save_event(db, mob.EventInput(name="Rally", kind="rally", starts_at=datetime(2030, 6, 1, 12),
                                                 committee_ids=[committee]))
    list_id = mob.create_call_list(db, event_id, "Everyone", mob.ListCriteria()).list_id
    widgets = []
    for name in ("Rosa", "Luis"):
        widget = PhoneBankWidget(context)
        qtbot.addWidget(widget)
        widget.show()
        widget.set_event(event_id)
        assert widget.card is not None  # "Anyone (whole list)": someone to look at, nobody taken
        combo = widget.caller_combo
        combo.setFocus()
        while not combo.currentText().startswith(name):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        widgets.append(widget)
    rosa, luis_page = widgets
    assert rosa.card.person_id != luis_page.card.person_id
    owners = {e.person_id: e.caller_id for e in mob.list_entries(db, list_id)}
    assert owners[rosa.card.person_id] == event["caller"] and owners[luis_page.card.person_id] == luis
    shown = {rosa.card.person_id, luis_page.card.person_id}
    qtbot.mouseClick(rosa.outcome_buttons["yes"], Qt.MouseButton.LeftButton)
    assert rosa.card.person_id not in shown  # the next unclaimed one, not Luis's
    assert mob.list_entries(db, list_id, caller_id=event["caller"])[0].last_outcome == "yes"


def test_checkin_search_and_walk_in(qtbot, context, event):
    from ui.mobilization.checkin import CheckinWidget

    widget = CheckinWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_event(event["event"])
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    qtbot.keyClicks(widget.search, "person3")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert mob.turnout(context.db, event["event"]).totals.attended == 1
    assert widget.count.text().startswith("1")
    new_id = widget.save_walk_in(PersonInput(first_name="Walk", last_name="In"))
    assert new_id is not None
    assert mob.checked_in_count(context.db, event["event"]) == 2
    widget.undo_last()
    assert mob.checked_in_count(context.db, event["event"]) == 1


def test_paper_reentry_loop(qtbot, context, event):
    from ui.mobilization.page import ReentryWidget

    widget = ReentryWidget(context)
    qtbot.addWidget(widget)
    widget.set_event(event["event"])
    entry = mob.list_entries(context.db, event["list_id"])[0]
    qtbot.keyClicks(widget.row_id, str(entry.entry_id))
    qtbot.keyClick(widget.row_id, Qt.Key.Key_Return)
    assert widget.who.text() == entry.name
    qtbot.keyClicks(widget.key, "m")
    assert mob.person_card(context.db, entry.entry_id).attempts[-1].outcome == "maybe"
    assert widget.row_id.text() == "" and widget.log.count() == 1


def test_mobilizations_page(qtbot, context, event):
    from ui.mobilization.page import MobilizationsPage

    page = MobilizationsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.current_event() == event["event"]
    page.tabs.setCurrentWidget(page.call_list)
    assert page.call_list.lists.count() == 1 and page.call_list.model.rowCount() == 7
    page.call_list.assign()
    assert all(r.caller_id == event["caller"] for r in mob.list_entries(context.db, event["list_id"]))
    assert "can be called" in page.call_list.counts.text()
    page.tabs.setCurrentWidget(page.turnout)
    qtbot.waitUntil(lambda: page.turnout.report is not None)
    assert page.turnout.model.rowCount() >= 1
    page.tabs.setCurrentWidget(page.phonebank)
    assert page.phonebank.card is not None


def test_call_list_filters_by_department_and_shift(qtbot, context):
    from models.core import demo
    from models.organization.structure import all_departments_and_shifts
    from ui.mobilization.page import CallListWidget

    demo.generate(context.db, people=200, seed=5)
    widget = CallListWidget(context)
    qtbot.addWidget(widget)
    everyone = mob.preview_call_list(context.db, widget.criteria()).matched
    departments, shifts = all_departments_and_shifts(context.db)
    widget.departments.item(0).setSelected(True)
    widget.shifts.item(0).setSelected(True)
    criteria = widget.criteria()
    assert criteria.department_ids == [departments[0][0]] and criteria.shift_ids == [shifts[0][0]]
    narrowed = mob.preview_call_list(context.db, criteria).matched
    assert narrowed < everyone
    person_ids = {p for p in range(1, 201)}
    from models.roster.people import get_person
    matching = [p for p in person_ids if get_person(context.db, p).data.department_id == departments[0][0]
                and get_person(context.db, p).data.shift_id == shifts[0][0]]
    assert narrowed == len(matching)
