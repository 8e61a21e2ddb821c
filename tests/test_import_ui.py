"""The import wizard, the Imports history page (undo) and export_people, driven like a person would."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from models import importing
from models.roster.people import PersonInput, PhoneInput, create_person
from ui.importing import wizard as ui_imports


def count_people(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM people").scalar()


def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "lista.csv"
    rows = [
        ["Nombre", "Apellido(s)", "Celular", "Lugar de trabajo", "Cosa rara"],
        ["Ana", "Ruiz", "(773) 555-0100", "Plant 2", "x"],
        ["Bo", "Li", "773.555.0100", "Plant 2", "y"],
        ["", "", "312-555-0101", "", ""],
        ["Carmen", "Soto", "312-555-0102", "Plant 2", "z"],
    ]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def go_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=15000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_end_to_end(qtbot, context, tmp_path):
    existing = create_person(context.db, PersonInput(first_name="Carmen", last_name="Soto",
                                                     phones=[PhoneInput("+1 312 555 0102")]))
    path = sample_file(tmp_path)
    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    page.load(page.path_edit.text())
    qtbot.waitUntil(page.isComplete, timeout=15000)
    assert "4 rows" in page.status.text()
    go_next(qtbot, wizard)

    mapping_page = wizard.mapping_page
    assert [c.currentData() for c in mapping_page.combos] == ["first_name", "last_name", "phone", "workplace", None]
    odd = mapping_page.combos[4]
    odd.setCurrentIndex(odd.findData("job_title"))  # the person corrects one guess
    mapping_page.notes_box.setChecked(False)
    wizard.grab().save(str(tmp_path / "mapping.png"))
    go_next(qtbot, wizard)

    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=15000)
    model = preview.model
    assert model.rowCount() == 4
    statuses = [model.index(r, model.STATUS).data() for r in range(4)]
    # Bo Li shares Ana Ruiz's phone: another name, so a possible duplicate, kept apart unless decided
    assert statuses == ["New", "Possible duplicate: check it", "Cannot import", "Already in the roster"]
    assert model.index(2, model.ROW).data() == 4  # the row number in the file
    assert "No name" in model.index(2, model.PROBLEMS).data()
    assert "Carmen Soto" in model.index(3, model.MATCH).data()
    assert "4 rows: 2 to add, 1 to merge, 0 to skip, 1 cannot be imported" in preview.counts.text()
    assert preview.tabs.currentWidget() is preview.review  # the possible duplicate is shown first
    assert not model.setData(model.index(0, model.ACTION), importing.SKIP)  # not a duplicate: no choice
    wizard.grab().save(str(tmp_path / "preview.png"))
    go_next(qtbot, wizard)

    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20000)
    assert "2 people added, 1 merged, 0 skipped, 1 not imported" in run.summary.text()
    assert count_people(context.db) == 3
    from models.roster.people import get_person

    assert get_person(context.db, existing).data.job_title == "z"
    batches = importing.list_batches(context.db)
    assert batches[0].file_name == "lista.csv" and batches[0].added == 2
    # the corrected mapping is remembered for the next file with these columns
    mapping, remembered = importing.mapping_for(context.db, ["Nombre", "Apellido(s)", "Celular", "Lugar de trabajo",
                                                             "Cosa rara"])
    assert remembered and mapping.columns[4] == "job_title"


def test_wizard_remembers_its_size(qtbot, context):
    first = ui_imports.ImportWizard(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # (within the offscreen screen: restoreGeometry keeps a window on screen)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (720, 520), timeout=5000)
    first.reject()  # Cancel on the first page
    second = ui_imports.ImportWizard(context)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)
    second.reject()


def test_cancel_during_import_leaves_roster_unchanged(qtbot, context, tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone"])
        for i in range(12000):
            writer.writerow([f"Person {i}", f"312-555-{i:04d}"])
    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=15000)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)
    # Cancel as soon as the writing reports progress.
    real_apply = importing.apply_import

    def slow_apply(*args, progress=None, **kw):
        def cancel_then_report(done, total):
            # The worker can report before the UI thread has stored the job it started: wait
            # for it (the click on Cancel can only come once it is there).
            deadline = time.monotonic() + 10
            while wizard.run_page.job is None and time.monotonic() < deadline:
                time.sleep(0.005)
            wizard.run_page.job.cancel()
            progress(done, total)
        return real_apply(*args, progress=cancel_then_report, **kw)

    monkeypatch.setattr(importing, "apply_import", slow_apply)
    go_next(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert "Cancelled" in wizard.run_page.summary.text()
    assert count_people(context.db) == 0 and importing.list_batches(context.db) == []


def test_imports_page_history_and_undo(qtbot, context, tmp_path, monkeypatch):
    path = sample_file(tmp_path)
    importing.import_file(context.db, path)
    page = ui_imports.ImportsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    assert page.model.index(0, ui_imports.BatchModel.FILE).data() == "lista.csv"
    assert not page.undo_button.isEnabled()
    page.view.selectRow(0)
    assert page.undo_button.isEnabled()
    asked = []
    monkeypatch.setattr(ui_imports, "confirm", lambda *a: asked.append(a[2]) or False)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert asked and "3 people it added" in asked[0]  # (Bo Li is not merged into Ana Ruiz)
    assert count_people(context.db) == 3  # said no: nothing changed
    monkeypatch.setattr(ui_imports, "confirm", lambda *a: True)
    with qtbot.waitSignal(context.data_changed, timeout=15000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.rows[0].undone, timeout=15000)
    assert count_people(context.db) == 0
    assert page.model.index(0, ui_imports.BatchModel.STATE).data() == "Undone"
    page.view.selectRow(0)
    assert not page.undo_button.isEnabled()
    page.grab().save(str(tmp_path / "imports.png"))


def test_export_people_warns_and_writes(qtbot, context, tmp_path, monkeypatch):
    from models.core import demo

    demo.generate(context.db, people=50, seed=3)
    target = tmp_path / "out" / "people"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    warned = []

    def fake_exec(box):
        warned.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    with qtbot.waitSignal(context.status_message, timeout=20000) as signal:
        ui_imports.export_people(None, context, [1, 2, 3])
    assert len(warned) == 1 and "NOT encrypted" in warned[0]
    out = target.with_suffix(".xlsx")
    assert "Exported 3 people" in signal.args[0]
    rows = list(openpyxl.load_workbook(out, read_only=True)["People"].iter_rows(values_only=True))
    assert len(rows) == 4
    assert Path(context.settings.last_folder("export")) == target.parent


def test_export_cancelled_at_the_warning_writes_nothing(qtbot, context, tmp_path, monkeypatch):
    target = tmp_path / "people.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without choosing Export
    ui_imports.export_people(None, context, None)
    assert not target.exists()
