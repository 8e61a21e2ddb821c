"""The Trainings page driven like a person would: keyboard attendance, walk-ins, evaluations,
coverage clicks, and the sign-in sheet / report written in the background."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models.trainings import sessions as T
from models.organization.structure import WorkplaceInput, departments_and_shifts, save_workplace
from models.roster.people import PersonInput, create_person


@pytest.fixture
def setup(context, db):
    wp = save_workplace(db, WorkplaceInput(name="Plant", departments=["Deboning", "Sanitation"], shifts=["Day", "Night"]))
    depts, shifts = departments_and_shifts(db, wp)
    people = []
    for n, (first, last) in enumerate([("Ana", "Alvarez"), ("Beto", "Baez"), ("Cora", "Cruz"), ("Dani", "Diaz"), ("Eva", "Estrada")]):
        people.append(create_person(db, PersonInput(first_name=first, last_name=last, workplace_id=wp,
                                                    department_id=depts[n % 2][0], shift_id=shifts[n % 2][0])))
    trainer = create_person(db, PersonInput(first_name="Rosa", last_name="Trainer"))
    topic = next(t.id for t in T.list_topics(db) if t.name == "Know your rights at work")
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2025, 5, 1, 18), place_workplace_id=wp,
                                            trainer_ids=[trainer]))
    T.register_people(db, sid, people)
    return dict(wp=wp, people=people, trainer=trainer, topic=topic, session=sid, depts=depts, shifts=shifts)


@pytest.fixture
def page(qtbot, context, setup):
    from ui.trainings.page import TrainingsPage

    widget = TrainingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.sessions_tab.sessions_model.rowCount() == 1)
    widget.open_session(setup["session"])
    qtbot.waitUntil(lambda: widget.sessions_tab.attendance_model.rowCount() == 5)
    return widget


def _statuses(db, sid):
    return {r.person_id: r.status for r in T.list_registrations(db, sid)}


def test_attendance_by_keyboard(qtbot, page, setup, db):
    tab = page.sessions_tab
    view = tab.attendance
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_A):
        qtbot.keyClick(view, key)
    assert view.currentIndex().row() == 4  # each key moves to the next row
    ana, beto, cora, dani, eva = setup["people"]
    expected = {ana: "attended", beto: "attended", cora: "no-show", dani: "attended", eva: "registered"}
    qtbot.waitUntil(lambda: _statuses(db, setup["session"]) == expected)
    assert "3 attended" in tab.counts.text() and "1 no-show" in tab.counts.text()
    assert tab.sessions_model.rows[0].attended == 3  # the session list follows without a reload
    # R puts a person back to registered
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: _statuses(db, setup["session"])[cora] == "registered")
    # the trainer's log sees the counts
    page.tabs.setCurrentWidget(page.my_tab)
    page.my_tab.trainer.setCurrentIndex(page.my_tab.trainer.findData(setup["trainer"]))
    qtbot.waitUntil(lambda: page.my_tab.sessions_model.rowCount() == 1)
    assert page.my_tab.sessions_model.rows[0].attended == 3


def test_a_refresh_while_attendance_saves_does_not_undo_the_keys(qtbot, page, setup, db, monkeypatch):
    """A refresh (another change announced, e.g. by another app on the server) may read the
    registrations while the keys' saves are still on their way: what was typed stays shown, and
    the saves land in the order of the keys (a later key on the same row wins)."""
    import threading

    from models.core.changes import Changes

    release = threading.Event()
    saving = T.set_status

    def slow_save(database, ids, status):
        if status == "attended":
            release.wait(10)  # held back until the refresh below has read the old statuses
        return saving(database, ids, status)

    monkeypatch.setattr(T, "set_status", slow_save)
    tab = page.sessions_tab
    view = tab.attendance
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for key in (Qt.Key.Key_A, Qt.Key.Key_N):
        qtbot.keyClick(view, key)
    reloaded = []
    tab.sessions_model.modelReset.connect(lambda: reloaded.append(True))
    db.announce(Changes.from_tables({"people"}))  # someone renamed a person: the page refreshes
    qtbot.waitUntil(lambda: bool(reloaded))
    qtbot.wait(50)
    try:
        statuses = [r.status for r in tab.attendance_model.rows]
        assert statuses[:2] == ["attended", "no-show"]
        assert "1 attended" in tab.counts.text() and "1 no-show" in tab.counts.text()
        assert tab.sessions_model.rows[0].attended == 1
        view.setCurrentIndex(view.model().index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_R)  # changed her mind: back to registered
    finally:
        release.set()
    ana, beto, *_ = setup["people"]
    qtbot.waitUntil(lambda: _statuses(db, setup["session"])[beto] == "no-show")
    qtbot.waitUntil(lambda: not tab._saving)
    assert _statuses(db, setup["session"])[ana] == "registered"
    assert [r.status for r in tab.attendance_model.rows][:2] == ["registered", "no-show"]


def test_walk_in_and_evaluation_dialogs(qtbot, page, setup, db, monkeypatch):
    from ui.trainings.page import EvaluationDialog, WalkInDialog

    def fill_walk_in(dialog):
        qtbot.keyClicks(dialog.first, "Walter")
        qtbot.keyClicks(dialog.last, "Walkin")
        qtbot.keyClicks(dialog.phone, "(773) 555-0199")
        assert dialog.workplace.currentData() == setup["wp"]  # the session's workplace is proposed
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WalkInDialog, "exec", fill_walk_in)
    qtbot.mouseClick(page.sessions_tab.findChild(type(page.sessions_tab.buttons[0]), "walkIn"), Qt.MouseButton.LeftButton)
    rows = {r.name: r for r in T.list_registrations(db, setup["session"])}
    assert rows["Walter Walkin"].walk_in and rows["Walter Walkin"].status == "attended"
    assert page.sessions_tab.attendance_model.rowCount() == 6

    def fill_evaluation(dialog):
        dialog.score.setValue(4)
        qtbot.keyClicks(dialog.comment, "Asked good questions")
        dialog.join.setChecked(True)
        dialog.train.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvaluationDialog, "exec", fill_evaluation)
    view = page.sessions_tab.attendance
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_E)
    first = T.list_registrations(db, setup["session"])[0]
    assert (first.evaluation, first.comment, first.open_followups) == (4, "Asked good questions", 2)
    followups = T.trainer_log(db, setup["trainer"]).open_followups
    assert {f.kind for f in followups} == {T.FOLLOWUP_JOIN, T.FOLLOWUP_TRAIN}
    assert all(f.owner_id == setup["trainer"] for f in followups)


def test_coverage_grid_untrained_one_click(qtbot, page, setup, db):
    ana, beto, *_ = setup["people"]
    T.set_status(db, [r.id for r in T.list_registrations(db, setup["session"]) if r.person_id in (ana, beto)], "attended")
    cov_tab = page.coverage_tab
    page.tabs.setCurrentWidget(cov_tab)
    cov_tab.workplace.setCurrentIndex(cov_tab.workplace.findData(setup["wp"]))
    cov_tab.topic.setCurrentIndex(cov_tab.topic.findData(setup["topic"]))
    qtbot.waitUntil(lambda: cov_tab.model.coverage is not None and cov_tab.model.coverage.total.trained == 2)
    assert "2 of 5 trained" in cov_tab.total.text()
    # Deboning x Day holds Ana (trained), Cora and Eva (not yet)
    model = cov_tab.model
    row = [d for d, _ in model.coverage.departments].index(setup["depts"][0][0])
    col = [s for s, _ in model.coverage.shifts].index(setup["shifts"][0][0])
    assert model.data(model.index(row, col)) == "1/3  (33%)"
    rect = cov_tab.grid.visualRect(model.index(row, col))
    qtbot.mouseClick(cov_tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    names = {cov_tab.untrained_model.rows[i][1] for i in range(cov_tab.untrained_model.rowCount())}
    assert names == {"Cora Cruz", "Eva Estrada"}


def test_print_sign_in_and_report_in_background(qtbot, page, setup, tmp_path):
    import openpyxl
    import pdfplumber

    pdf = tmp_path / "sheet.pdf"
    page.print_sign_in(pdf)
    qtbot.waitUntil(lambda: pdf.exists(), timeout=10000)
    qtbot.waitUntil(lambda: page.last_job.finished.is_set())
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "Ana Alvarez" in text and "Know your rights at work" in text
    xlsx = tmp_path / "report.xlsx"
    page.training_report(xlsx)
    qtbot.waitUntil(lambda: xlsx.exists(), timeout=10000)
    assert openpyxl.load_workbook(xlsx).sheetnames[:4] == ["Sessions", "Attendance", "Coverage", "Trainers"]


def test_topics_tab_new_topic(qtbot, page, db, monkeypatch):
    from ui.trainings.page import TopicDialog

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Bystander intervention")
        dialog.name_es.setText("Intervención de testigos")  # QTest types ASCII only
        dialog.refresh.setValue(12)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TopicDialog, "exec", fill)
    page.tabs.setCurrentWidget(page.topics_tab)
    page.topics_tab.edit(new=True)
    qtbot.waitUntil(lambda: any(t.name == "Bystander intervention" for t in page.topics_tab.model.rows))
    saved = next(t for t in T.list_topics(db) if t.name == "Bystander intervention")
    assert saved.refresh_months == 12 and saved.name_es == "Intervención de testigos"
