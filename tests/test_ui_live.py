"""Issue 22: what a new user found by driving the app. Each test presses the real control (a mouse
click, a key, a menu action's trigger()), never the page's method."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QTabWidget

from conftest import type_text
from models.mobilization import operations as mob
from models.trainings import sessions as T
from models.core.changes import TABLE_KINDS, Changes, Kind
from models.organization.structure import (
    CommitteeInput,
    MemberRow,
    WorkplaceInput,
    departments_and_shifts,
    save_committee,
    save_workplace,
)
from models.roster.people import PersonInput, PhoneInput, create_person


# ------------------------------------------------------------------ helpers
def on_modal(predicate: Callable, action: Callable, timeout_ms: int = 15000) -> dict:
    """When a modal (or a top-level window) matching ``predicate`` shows, run ``action(widget)``
    once. Returns a dict with "seen" once it ran."""
    state: dict = {}
    waited = [0]

    def poll() -> None:
        candidates = [QApplication.activeModalWidget(), *QApplication.topLevelWidgets()]
        for widget in candidates:
            if widget is not None and widget.isVisible() and predicate(widget):
                if QApplication.activeWindow() is not widget and waited[0] < timeout_ms // 2:
                    widget.activateWindow()  # keys go to the active window, as on a desktop
                    break
                state["seen"] = widget
                action(widget)
                QTimer.singleShot(3000, lambda w=widget: unstick(w))
                return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    def unstick(widget) -> None:  # the action did not close it: close it, so the test fails, not hangs
        try:
            if widget.isVisible():
                state["stuck"] = True
                widget.reject() if hasattr(widget, "reject") else widget.close()
        except RuntimeError:  # already deleted
            pass

    QTimer.singleShot(0, poll)
    return state


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(qtbot, tabs: QTabWidget, widget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert tabs.currentWidget() is widget


def click_sidebar(qtbot, window, key: str) -> None:
    row = next(i for i, s in enumerate(window._specs) if s.key == key)
    sidebar = window.sidebar
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    assert window.current_page() is window.page(key)


def click_row(qtbot, view, row: int, column: int = 0) -> None:
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def window(qtbot, context):
    from models.core.keystore import KeyStore
    from ui.main_window import MainWindow

    win = MainWindow(context, KeyStore())
    qtbot.addWidget(win)
    win.resize(1280, 740)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    yield win
    win.close()


def _event(db, starts_at, people=6, yes=2, name="Rally"):
    wp = save_workplace(db, WorkplaceInput(name="Plant", departments=["Deboning", "Sanitation"], shifts=["Day", "Night"]))
    ids = [create_person(db, PersonInput(first_name=f"Ana{i}", last_name=f"Zapata{i}", workplace_id=wp, ok_to_call=True,
                                         phones=[PhoneInput(f"(773) 555-01{i:02d}")])) for i in range(people)]
    event_id = mob.save_event(db, mob.EventInput(name=name, kind="rally", starts_at=starts_at))
    built = mob.create_call_list(db, event_id, "All", mob.ListCriteria())
    entries = mob.list_entries(db, built.list_id)
    for entry in entries[:yes]:
        mob.record_call(db, entry.entry_id, "yes")
    return dict(wp=wp, ids=ids, event=event_id, list_id=built.list_id)


def _mobilizations(qtbot, window, event_id):
    click_sidebar(qtbot, window, "mobilizations")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.proxy.rowCount() >= 1, timeout=5000)
    from ui.widgets.table import ROW_ROLE

    qtbot.waitUntil(lambda: any(page.proxy.index(r, 0).data(ROW_ROLE).id == event_id for r in range(page.proxy.rowCount())),
                    timeout=5000)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(ROW_ROLE).id == event_id)
    click_row(qtbot, page.events, row)
    assert page.current_event() == event_id
    return page, row


def _numbers(label_text: str) -> dict[str, str]:
    """The Turnout tab's number cells: {"Attended": "3", ...}."""
    return {k: v for v, k in re.findall(r"<b[^>]*>([^<]*)</b><br>([^<]*)</td>", label_text)}


# ------------------------------------------------------------------ changes announced by the data layer
def test_every_table_has_a_change_kind(db):
    from models.core.base import Base

    tables = set(Base.metadata.tables) - {"alembic_version"}
    assert tables <= set(TABLE_KINDS), tables - set(TABLE_KINDS)
    assert Changes.of(Kind.PEOPLE) | Changes.of(Kind.CALLS) == Changes.of(Kind.PEOPLE, Kind.CALLS)


def test_checkins_by_keyboard_update_turnout_and_events_table_at_once(qtbot, window, context, db, cli, db_arg, tmp_path):
    """Three check-ins by key presses: the Turnout tab says Attended 3 and the events table's Came
    column 3 without switching sections, and both equal the turnout report and the CLI."""
    setup = _event(db, datetime.now() - timedelta(hours=1))
    page, row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.turnout)
    qtbot.waitUntil(lambda: _numbers(page.turnout.numbers.text()).get("Attended") == "0", timeout=5000)
    click_tab(qtbot, page.tabs, page.checkin)
    checkin = page.checkin
    qtbot.waitUntil(lambda: checkin.model.rowCount() > 0, timeout=5000)
    for i in (0, 1, 3):
        checkin.search.setFocus()
        qtbot.keyClicks(checkin.search, f"Zapata{i}")
        qtbot.waitUntil(lambda: checkin.model.rowCount() == 1, timeout=3000)
        qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert mob.checked_in_count(db, setup["event"]) == 3
    came = lambda: page.proxy.index(row, 6).data()  # noqa: E731
    qtbot.waitUntil(lambda: came() == "3", timeout=5000)  # the events table, while on the check-in tab
    click_tab(qtbot, page.tabs, page.turnout)
    qtbot.waitUntil(lambda: _numbers(page.turnout.numbers.text()).get("Attended") == "3", timeout=5000)
    shown = _numbers(page.turnout.numbers.text())
    totals = mob.turnout(db, setup["event"]).totals
    assert shown["Attended"] == str(totals.attended) == "3"
    rate = f"{totals.flake_rate:.0%}"
    assert shown["Flake rate"] == rate
    # the Excel report (openpyxl) and the CLI say the same at the same moment
    out = tmp_path / "turnout.xlsx"
    from reports.mobilization.workbook import write_turnout

    write_turnout(db, [setup["event"]], out)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    values = {r[0]: r[1] for r in sheet.iter_rows(min_row=4, values_only=True) if len(r) > 1 and r[0]}
    assert values["Attended"] == 3 and values["Flake rate"] == pytest.approx(totals.flake_rate)
    done = cli("report", "turnout", "--db", db_arg, "--event", "Rally", str(tmp_path / "cli.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "attended 3" in done.stdout and f"flake rate {rate}" in done.stdout


def test_wall_chart_cell_shows_the_roster_through_typed_navigation(qtbot, window, context, db):
    setup = _event(db, datetime.now(), people=4, yes=0)
    click_sidebar(qtbot, window, "workplaces")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    click_row(qtbot, page.table, 0)
    click(qtbot, page.wall_chart_button)
    view = page.wall_chart
    qtbot.waitUntil(lambda: view.chart is not None, timeout=5000)
    click_row(qtbot, view.table, view.model.rowCount() - 1, view.model.columnCount() - 1)  # everyone
    roster = window.page("roster")
    assert window.current_page() is roster
    qtbot.waitUntil(lambda: roster.model.rowCount() == 4, timeout=5000)
    assert roster.workplace_box.currentData() == setup["wp"]
    view.close()


# ------------------------------------------------------------------ no-shows before the event
def test_future_event_shows_no_flake_rate(qtbot, window, context, db, cli, db_arg, tmp_path):
    setup = _event(db, datetime.now() + timedelta(days=7), yes=3)
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.turnout)
    qtbot.waitUntil(lambda: "Said yes" in page.turnout.numbers.text(), timeout=5000)
    shown = _numbers(page.turnout.numbers.text())
    assert shown["Said yes"] == "3" and shown["Flake rate"] == "—"
    assert "Said yes, did not come" not in shown
    column = [page.turnout.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.turnout.model.columnCount())]
    flakes = column.index("Yes but did not come")
    assert all(page.turnout.model.index(r, flakes).data() == "" for r in range(page.turnout.model.rowCount()))
    assert mob.turnout(db, setup["event"]).totals.flakes is None
    done = cli("report", "turnout", "--db", db_arg, "--event", "Rally", str(tmp_path / "t.xlsx"))
    assert done.returncode == 0 and "not held yet" in done.stdout


# ------------------------------------------------------------------ check-in keyboard
def test_ctrl_z_at_checkin_undoes_the_checkin_not_the_typing(qtbot, window, context, db):
    setup = _event(db, datetime.now())
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.checkin)
    checkin = page.checkin
    qtbot.waitUntil(lambda: checkin.model.rowCount() > 0, timeout=5000)
    checkin.search.setFocus()
    qtbot.keyClicks(checkin.search, "Zapata2")
    qtbot.waitUntil(lambda: checkin.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert mob.checked_in_count(db, setup["event"]) == 1
    qtbot.keyClicks(checkin.search, "Zap")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mob.checked_in_count(db, setup["event"]) == 0
    assert checkin.search.text() == "Zap"


def test_enter_with_several_people_of_that_name_asks_which(qtbot, window, context, db):
    setup = _event(db, datetime.now(), people=1, yes=0)
    depts, shifts = departments_and_shifts(db, setup["wp"])
    thiagos = [create_person(db, PersonInput(first_name="Thiago", last_name="Silva", workplace_id=setup["wp"],
                                             department_id=depts[i % 2][0], shift_id=shifts[i % 2][0],
                                             phones=[PhoneInput(f"(773) 555-014{i}")])) for i in range(3)]
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.checkin)
    checkin = page.checkin
    qtbot.waitUntil(lambda: checkin.model.rowCount() > 0, timeout=5000)
    seen = {}

    def choose_second(dialog) -> None:
        seen["lines"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    from ui.mobilization.checkin import ChoosePersonDialog

    state = on_modal(lambda w: isinstance(w, ChoosePersonDialog), choose_second)
    checkin.search.setFocus()
    qtbot.keyClicks(checkin.search, "Thiago Silva")
    qtbot.waitUntil(lambda: checkin.model.rowCount() == 3, timeout=3000)
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert "seen" in state
    assert len(seen["lines"]) == 3
    assert any("Deboning" in line and "Day" in line and "…0140" in line for line in seen["lines"])
    assert any("Sanitation" in line and "Night" in line and "…0141" in line for line in seen["lines"])
    rows = [r for r in mob.load_checkin_rows(db, setup["event"]) if r.checked_in]
    assert len(rows) == 1 and rows[0].person_id in thiagos  # the second one listed, not the first
    chosen_digits = seen["lines"][1].split("…", 1)[1][:4]
    assert rows[0].phone.endswith(chosen_digits)


# ------------------------------------------------------------------ phone bank keys
def _phone_bank(qtbot, window, db, starts_at=None):
    setup = _event(db, starts_at or datetime.now() + timedelta(days=3), people=6, yes=0)
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.phonebank)
    bank = page.phonebank
    qtbot.waitUntil(lambda: bank.card is not None, timeout=5000)
    return setup, bank


def test_outcome_keys_work_while_the_note_has_focus(qtbot, window, context, db):
    _setup, bank = _phone_bank(qtbot, window, db)
    first = bank.card
    bank.note.setFocus()
    qtbot.keyClicks(bank.note, "Needs a ride")  # plain letters type into the note ("N" is not "no")
    assert bank.card.entry_id == first.entry_id and bank.note.text() == "Needs a ride"
    qtbot.keyClick(bank.note, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    attempt = mob.person_card(db, first.entry_id).attempts[-1]
    assert (attempt.outcome, attempt.note) == ("yes", "Needs a ride")
    assert bank.card.entry_id != first.entry_id
    # the status line shows the latest message only
    second = bank.card
    bank.setFocus()
    qtbot.keyClick(bank, Qt.Key.Key_M)
    assert mob.person_card(db, second.entry_id).attempts[-1].outcome == "maybe"
    qtbot.keyClick(bank, Qt.Key.Key_A)
    assert bank.status.text().count("Saved:") == 1 and "No answer" in bank.status.text()
    buttons = [bank.phones_box.itemAt(i).widget() for i in range(bank.phones_box.count())]
    assert all("⧉" not in b.text() for b in buttons if b is not None)


def test_spanish_outcome_keys_use_spanish_letters(qtbot, context, db, spanish):
    from ui.mobilization.phonebank import PhoneBankWidget

    setup = _event(db, datetime.now() + timedelta(days=3), people=3, yes=0)
    bank = PhoneBankWidget(context)
    qtbot.addWidget(bank)
    bank.show()
    bank.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is bank, timeout=2000)
    bank.set_event(setup["event"])
    texts = {o: b.text() for o, b in bank.outcome_buttons.items()}
    assert texts["yes"] == "Sí  [S]" and texts["maybe"] == "Tal vez  [T]"
    keys = [bank.keys[o] for o in mob.OUTCOMES] + [bank.keys["skip"]]
    assert len(set(keys)) == len(keys)  # unique, skip included
    assert bank.skip_button.text().endswith(f"[{bank.keys['skip']}]") and bank.keys["skip"] != "S"
    first = bank.card
    bank.setFocus()
    qtbot.keyClick(bank, Qt.Key.Key_S)
    assert mob.person_card(db, first.entry_id).attempts[-1].outcome == "yes"
    # the paper sheets and their re-entry use the same letters
    from ui.mobilization.page import ReentryWidget

    reentry = ReentryWidget(context)
    qtbot.addWidget(reentry)
    reentry.set_event(setup["event"])
    second = bank.card
    qtbot.keyClicks(reentry.row_id, str(second.entry_id))
    qtbot.keyClick(reentry.row_id, Qt.Key.Key_Return)
    qtbot.keyClicks(reentry.key, "t")
    assert mob.person_card(db, second.entry_id).attempts[-1].outcome == "maybe"


# ------------------------------------------------------------------ Ctrl+S in dialogs
def test_ctrl_s_saves_walk_in_event_and_training_session_dialogs(qtbot, window, context, db):
    setup = _event(db, datetime.now())
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.checkin)
    checkin = page.checkin
    qtbot.waitUntil(lambda: checkin.model.rowCount() > 0, timeout=5000)

    def fill_walk_in(dialog) -> None:
        qtbot.keyClicks(dialog.first, "Nadia")
        qtbot.keyClicks(dialog.last, "Newcomer")
        qtbot.keyClick(dialog.last, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    from ui.widgets.walk_in import WalkInDialog

    state = on_modal(lambda w: isinstance(w, WalkInDialog), fill_walk_in)
    click(qtbot, checkin.findChild(QPushButton, "walkInButton"))
    assert "seen" in state and "stuck" not in state
    assert mob.checked_in_count(db, setup["event"]) == 1

    from ui.mobilization.page import EventDialog

    def fill_event(dialog) -> None:
        qtbot.keyClicks(dialog.name, "Second rally")
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    state = on_modal(lambda w: isinstance(w, EventDialog), fill_event)
    click(qtbot, page.findChild(QPushButton, "newEvent"))
    assert "seen" in state
    assert mob.event_id_by_name(db, "Second rally") is not None

    T.ensure_starter_topics(db)
    click_sidebar(qtbot, window, "trainings")
    trainings = window.current_page()
    from ui.trainings.page import SessionDialog

    def fill_session(dialog) -> None:
        dialog.place.setFocus()
        qtbot.keyClicks(dialog.place, "Union hall")
        qtbot.keyClick(dialog.place, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    state = on_modal(lambda w: isinstance(w, SessionDialog), fill_session)
    click(qtbot, trainings.sessions_tab.findChild(QPushButton, "newSession"))
    assert "seen" in state
    assert any(s.place == "Union hall" for s in T.list_sessions(db))


# ------------------------------------------------------------------ trainings: sign-in sheet, Register dialog
@pytest.fixture
def session_page(qtbot, window, context, db):
    setup = _event(db, datetime.now(), people=3, yes=0)
    T.ensure_starter_topics(db)
    topic = T.list_topics(db)[0].id
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2026, 5, 1, 18), place_workplace_id=setup["wp"]))
    T.register_people(db, sid, setup["ids"][:2])
    click_sidebar(qtbot, window, "trainings")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.sessions_tab.sessions_model.rowCount() == 1, timeout=5000)
    click_row(qtbot, page.sessions_tab.sessions, 0)
    qtbot.waitUntil(lambda: page.sessions_tab.attendance_model.rowCount() == 2, timeout=5000)
    return page, setup, sid


def test_sign_in_sheet_buttons_print_and_save(qtbot, session_page, monkeypatch, tmp_path):
    """"Print sign-in sheet…" crashed (clicked(bool) passed False as the path): it now opens the
    print preview; "Sign-in sheet as PDF…" saves where the file dialog says."""
    page, _setup, _sid = session_page
    from ui.widgets.printing import PdfPrintPreview

    counts = {}

    def close(dialog) -> None:
        counts["pages"] = dialog.page_count
        counts["preview"] = dialog.preview_widget().pageCount()
        dialog.reject()

    state = on_modal(lambda w: isinstance(w, PdfPrintPreview), close)
    click(qtbot, page.sessions_tab.findChild(QPushButton, "printSignIn"))
    qtbot.waitUntil(lambda: "pages" in counts, timeout=15000)
    out = tmp_path / "sign-in.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, page.sessions_tab.findChild(QPushButton, "saveSignInPdf"))
    qtbot.waitUntil(out.exists, timeout=15000)
    assert counts["pages"] == counts["preview"] == len(PdfReader(str(out)).pages) >= 1
    assert "seen" in state


def test_register_dialog_needs_someone_chosen(qtbot, session_page):
    page, setup, sid = session_page
    from ui.trainings.page import AddPeopleDialog

    seen = {}

    def inspect(dialog) -> None:
        seen["empty"] = (dialog.ok.isEnabled(), dialog.hint.text())
        dialog.tabs.setCurrentIndex(1)
        dialog.workplace.setCurrentIndex(0)  # every filter at "any"
        dialog.committee.setCurrentIndex(0)
        seen["any"] = (dialog.ok.isEnabled(), dialog.hint.text(), dialog.count.text())
        dialog.workplace.setCurrentIndex(dialog.workplace.findData(setup["wp"]))
        seen["workplace"] = (dialog.ok.isEnabled(), dialog.count.text())
        click(qtbot, dialog.ok)

    state = on_modal(lambda w: isinstance(w, AddPeopleDialog), inspect)
    click(qtbot, page.sessions_tab.findChild(QPushButton, "addPeople"))
    assert "seen" in state
    assert seen["empty"][0] is False and "choose people" in seen["empty"][1]
    assert seen["any"][0] is False and "needs a committee or a workplace" in seen["any"][1]
    assert "0 people" not in seen["any"][2]
    assert seen["workplace"] == (True, "9 people in this group") or seen["workplace"][0] is True
    qtbot.waitUntil(lambda: page.sessions_tab.attendance_model.rowCount() > 2, timeout=5000)


# ------------------------------------------------------------------ printing
@pytest.mark.parametrize("which", ["call-sheets", "phone-tree", "wall-chart", "resolution", "leaflet"])
def test_print_opens_a_preview_with_the_right_page_count(qtbot, window, context, db, which, tmp_path, monkeypatch):
    from ui.widgets.printing import PdfPrintPreview

    setup = _event(db, datetime.now(), people=40, yes=3)
    committee = save_committee(db, CommitteeInput(name="RR", kind="rapid-response",
                                                  members=[MemberRow(None, pid, "", "member") for pid in setup["ids"]]))
    counts: dict = {}

    def close(dialog) -> None:
        counts["pages"] = dialog.page_count
        counts["preview"] = dialog.preview_widget().pageCount()
        QTimer.singleShot(0, dialog.reject)

    on_modal(lambda w: isinstance(w, PdfPrintPreview), close)
    out = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    if which in ("call-sheets", "phone-tree"):
        page, _row = _mobilizations(qtbot, window, setup["event"])
        tab = page.turnout if which == "call-sheets" else page.tree
        click_tab(qtbot, page.tabs, tab)
        if which == "call-sheets":
            qtbot.waitUntil(lambda: page.turnout.report is not None, timeout=5000)
        printing, saving = ("printCallSheets", "saveCallSheets") if which == "call-sheets" else ("printPhoneTree", "savePhoneTree")
        click(qtbot, tab.findChild(QPushButton, printing))
        qtbot.waitUntil(lambda: "pages" in counts, timeout=20000)
        click(qtbot, tab.findChild(QPushButton, saving))
    elif which == "wall-chart":
        click_sidebar(qtbot, window, "workplaces")
        page = window.current_page()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
        click_row(qtbot, page.table, 0)
        click(qtbot, page.wall_chart_button)
        view = page.wall_chart
        qtbot.waitUntil(lambda: view.chart is not None, timeout=5000)
        click(qtbot, view.preview_button)
        qtbot.waitUntil(lambda: "pages" in counts, timeout=20000)
        click(qtbot, view.print_button)
    elif which == "resolution":
        from models.resolutions import drafts as R

        rid = R.save_resolution(db, R.ResolutionInput(title="Fair shifts", committee_id=committee,
                                                      clauses=[R.Clause("whereas", "We work hard.", "")] * 30)).id
        click_sidebar(qtbot, window, "resolutions")
        page = window.current_page()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
        click_row(qtbot, page.table, 0)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        editor = page.editor
        assert editor.resolution_id == rid
        click(qtbot, editor.preview_button)
        qtbot.waitUntil(lambda: "pages" in counts, timeout=20000)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        click(qtbot, editor.print_button)
        qtbot.waitUntil(lambda: out.exists() and editor.print_button.isEnabled(), timeout=20000)
        editor.close()
    else:
        from models.leaflets import templates as leaflets

        leaflets.save_leaflet(db, leaflets.load_template("rally-announcement"))
        click_sidebar(qtbot, window, "leaflets")
        page = window.current_page()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        click_row(qtbot, page.table, 0)
        qtbot.waitUntil(lambda: page.editor.doc is not None, timeout=10000)
        click(qtbot, page.editor.print_button)
        qtbot.waitUntil(lambda: "pages" in counts, timeout=20000)
        click(qtbot, page.editor.pdf_button)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=20000)
    qtbot.wait(200)
    assert counts["pages"] == counts["preview"] == len(PdfReader(str(out)).pages) >= 1


# ------------------------------------------------------------------ layout
def test_events_list_shows_five_rows_and_phones_do_not_wrap(qtbot, window, context, db):
    setup = _event(db, datetime.now(), people=8, yes=0)
    for n in range(6):
        mob.save_event(db, mob.EventInput(name=f"Event {n}", kind="rally", starts_at=datetime(2026, 1, 1 + n, 12)))
    page, _row = _mobilizations(qtbot, window, setup["event"])
    events = page.events
    rows_shown = (events.viewport().height()) // events.verticalHeader().defaultSectionSize()
    assert rows_shown >= 5
    click_tab(qtbot, page.tabs, page.call_list)
    table = page.call_list.table
    qtbot.waitUntil(lambda: page.call_list.model.rowCount() == 8, timeout=5000)
    metrics = table.fontMetrics()
    assert not table.wordWrap()
    phones = [page.call_list.model.index(r, 2).data() for r in range(8)]
    assert table.columnWidth(2) >= max(metrics.horizontalAdvance(p) for p in phones)
    assert table.rowHeight(0) < 2 * metrics.lineSpacing()


# ------------------------------------------------------------------ Spanish
def test_spanish_phone_tree_tab_and_qt_dialogs(qtbot, qapp, context, spanish):
    from PySide6.QtWidgets import QLabel

    from ui import i18n
    from ui.mobilization.page import MobilizationsPage

    page = MobilizationsPage(context)
    qtbot.addWidget(page)
    assert "Árbol telefónico" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    try:
        assert i18n.install(qapp, "es") == "es"
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert "&Ver en:" in texts and "Ficheros de &tipo:" in texts, texts
    finally:
        i18n.install(qapp, "en")


def test_capital_accents_show_on_tabs_not_selected(qtbot):
    """Fusion clipped the top of tabs that are not selected: "Árbol telefónico" read "Arbol"."""
    from PySide6.QtWidgets import QStyleFactory, QWidget

    from ui.style import AccentSafeStyle

    def drawn(text: str, style) -> object:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        tabs.setStyle(style)
        tabs.tabBar().setStyle(style)
        tabs.addTab(QWidget(), "Asistencia")
        tabs.addTab(QWidget(), text)  # not selected
        tabs.resize(300, 80)
        tabs.show()
        rect = tabs.tabBar().tabRect(1)
        return tabs.tabBar().grab(rect).toImage()

    def fusion():
        return QStyleFactory.create("Fusion")

    assert drawn("Árbol", fusion()) == drawn("Arbol", fusion())  # the bug: the accent is clipped away
    assert drawn("Árbol", AccentSafeStyle(fusion())) != drawn("Arbol", AccentSafeStyle(fusion()))


def test_changing_the_language_offers_a_restart_and_restarts(qtbot, db, reopen_db, monkeypatch):
    from models.core.keystore import KeyStore
    from ui import app as app_module
    from ui.settings import Settings

    relaunched = []
    monkeypatch.setattr(app_module, "relaunch", lambda: relaunched.append(True) or True)
    db.close()
    opened = reopen_db()
    controller = app_module.AppController(Settings(), KeyStore())
    controller.show_main(opened)
    window = controller.main_window
    qtbot.addWidget(window)

    def accept(box) -> None:
        click(qtbot, box.findChild(QPushButton, "restartNow"))

    state = on_modal(lambda w: w.objectName() == "restartOffer", accept)
    window.findChild(type(window.lock_action), "actionLanguage_es").trigger()
    assert "seen" in state
    assert relaunched == [True]
    assert controller.main_window is None and not opened.is_open
    assert Settings().language == "es"


# ------------------------------------------------------------------ phone tree
def test_phone_tree_preview_says_who_is_left_out(qtbot, context, db):
    from models.core.keystore import KeyStore
    from ui.main_window import MainWindow

    def member(first, phone=None, **kw):
        return create_person(db, PersonInput(first_name=first, last_name="Reyes", ok_to_call=True,
                                             phones=[PhoneInput(phone)] if phone else [], **kw))

    people = [member("Ana", "(312) 555-0101"), member("Beto", "(312) 555-0102"),
              member("Carla", "(312) 555-0103", do_not_contact=True), member("Dani")]
    save_committee(db, CommitteeInput(name="Rapid response", kind="rapid-response",
                                      members=[MemberRow(None, pid, "", "member") for pid in people]))
    win = MainWindow(context, KeyStore())
    qtbot.addWidget(win)
    win.resize(1280, 740)
    win.show()
    qtbot.waitExposed(win)
    click_sidebar(qtbot, win, "mobilizations")
    page = win.current_page()
    click_tab(qtbot, page.tabs, page.tree)
    click(qtbot, page.tree.findChild(QPushButton, "showPhoneTree"))
    text = page.tree.preview.toPlainText()
    assert "Ana Reyes" in text and "Beto Reyes" in text and "Carla" not in text and "Dani" not in text
    assert "Not on the tree: do not contact 1, no phone 1." in text
