"""The import wizard's review of possible duplicates, driven with the real controls: the rows
that share a phone with someone of another name are listed, shown side by side with that person,
and merged, kept or skipped only as the person decides (issue 20, item 1)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from models import importing
from models.roster.people import PersonInput, PhoneInput, create_person
from tests.test_import_ui import go_next
from ui.importing import wizard as ui_imports
from ui.importing.review import DuplicatesModel

SHOTS = Path(os.environ["IMPORT_SHOTS"]) if os.environ.get("IMPORT_SHOTS") else None


def people(db) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT first_name, last_name FROM people").fetchall())


def switchboard_file(tmp_path: Path) -> Path:
    path = tmp_path / "plant.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["First name", "Last name", "Phone", "Email", "Workplace"],
            ["Minh", "Nguyen", "773-555-0100", "minh@example.org", "Lakeside Poultry"],  # the plant's switchboard
            ["Ana", "Morales", "(312) 555-0142", "", ""],
            ["Carlos", "Morales", "312.555.0142", "", ""],  # their household landline
            ["Rosa", "García", "773-555-0100", "", "Lakeside Poultry"],  # Rosa herself: merged
        ])
    return path


def open_preview(qtbot, context, path: Path):
    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=15000)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=15000)
    return wizard, preview


def shot(widget, tmp_path: Path, name: str) -> None:
    widget.grab().save(str((SHOTS or tmp_path) / name))


def click_row(qtbot, view, line: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(line, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_possible_duplicates_side_by_side_and_decided_with_the_buttons(qtbot, context, tmp_path):
    rosa = create_person(context.db, PersonInput(first_name="Rosa", last_name="García", email="rosa@example.org",
                                                 phones=[PhoneInput("(773) 555-0100")]))
    wizard, preview = open_preview(qtbot, context, switchboard_file(tmp_path))
    review = preview.review
    assert preview.tabs.currentWidget() is review and preview.possible.isVisible()
    assert "2 rows share an email or a phone" in preview.possible.text()
    assert "(2)" in preview.tabs.tabText(preview.review_tab)
    lines = [[review.model.index(r, c).data() for c in range(DuplicatesModel.COLUMN_COUNT)] for r in range(2)]
    assert lines == [[2, "Minh Nguyen", "Rosa García", "phone", "Keep both"],
                     [4, "Carlos Morales", "Ana Morales (row 3)", "phone", "Keep both"]]
    # The first one side by side with Rosa, as she is in the roster.
    assert review.there_title.text() == "Already in the roster"
    assert [review.file_cells[k].text() for k in ("name", "phones", "email", "workplace")] == [
        "Minh Nguyen", "773-555-0100", "minh@example.org", "Lakeside Poultry"]
    assert [review.there_cells[k].text() for k in ("name", "phones", "email", "workplace")] == [
        "Rosa García", "(773) 555-0100", "rosa@example.org", "—"]
    assert "4 rows: 3 to add, 1 to merge, 0 to skip" in preview.counts.text()
    shot(wizard, tmp_path, "possible-duplicates.png")

    qtbot.mouseClick(review.buttons[importing.MERGE], Qt.MouseButton.LeftButton)
    assert review.model.index(0, DuplicatesModel.ACTION).data() == "Merge"
    assert "2 to add, 2 to merge" in preview.counts.text()
    assert preview.model.index(0, preview.model.ACTION).data() == "Merge"  # the rows table follows
    # The next one is selected: Carlos beside the earlier row of the file.
    assert review.selected_lines() == [1] and review.there_title.text() == "Row 3 of the file"
    assert review.there_cells["name"].text() == "Ana Morales"
    qtbot.mouseClick(review.buttons[importing.SKIP], Qt.MouseButton.LeftButton)
    assert review.model.index(1, DuplicatesModel.ACTION).data() == "Skip"
    assert "1 to add, 2 to merge, 1 to skip" in preview.counts.text()

    # Second thoughts on Minh: back to "Keep both" with the combo in the Decision column.
    view = review.view
    click_row(qtbot, view, 0, DuplicatesModel.ACTION)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # edit the decision
    qtbot.waitUntil(lambda: view.findChild(QComboBox) is not None and view.findChild(QComboBox).isVisible())
    combo = view.findChild(QComboBox)
    assert combo.currentText() == "Merge"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Merge -> Keep both
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.model.index(0, DuplicatesModel.ACTION).data() == "Keep both")
    assert "2 to add, 1 to merge, 1 to skip" in preview.counts.text()
    shot(wizard, tmp_path, "possible-duplicates-decided.png")

    go_next(qtbot, wizard)
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20000)
    assert "2 people added, 1 merged, 1 skipped" in run.summary.text()
    assert people(context.db) == [("Ana", "Morales"), ("Minh", "Nguyen"), ("Rosa", "García")]
    with context.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM phones WHERE person_id = ?", (rosa,)).scalar() == 1


def test_selected_possible_duplicates_decided_at_once_and_sure_ones_apart(qtbot, context, tmp_path):
    create_person(context.db, PersonInput(first_name="Rosa", last_name="García", phones=[PhoneInput("773-555-0100")]))
    wizard, preview = open_preview(qtbot, context, switchboard_file(tmp_path))
    review = preview.review
    # "For every duplicate" is for the sure ones (Rosa's own row): the possible ones stay as decided.
    combo = preview.all_combo
    preview.tabs.setCurrentIndex(0)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Merge -> Keep both, for every sure duplicate
    assert preview.model.index(3, preview.model.ACTION).data() == "Keep both"
    assert [review.model.index(r, DuplicatesModel.ACTION).data() for r in range(2)] == ["Keep both", "Keep both"]
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # back to Merge
    preview.tabs.setCurrentWidget(review)
    click_row(qtbot, review.view, 0)
    qtbot.keyClick(review.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select both
    assert review.selected_lines() == [0, 1]
    qtbot.mouseClick(review.buttons[importing.SKIP], Qt.MouseButton.LeftButton)
    assert [review.model.index(r, DuplicatesModel.ACTION).data() for r in range(2)] == ["Skip", "Skip"]
    assert "4 rows: 1 to add, 1 to merge, 2 to skip" in preview.counts.text()
    go_next(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
    assert people(context.db) == [("Ana", "Morales"), ("Rosa", "García")]


def test_no_possible_duplicates_no_review_tab(qtbot, context, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Name,Phone\nAna Ruiz,773-555-0101\nBo Li,773-555-0102\n", encoding="utf-8")
    _wizard, preview = open_preview(qtbot, context, path)
    assert not preview.tabs.isTabVisible(preview.review_tab) and not preview.possible.isVisible()
    assert preview.tabs.currentIndex() == 0


def test_the_review_speaks_spanish(qtbot, context, tmp_path, spanish):
    create_person(context.db, PersonInput(first_name="Rosa", last_name="García", phones=[PhoneInput("773-555-0100")]))
    wizard, preview = open_preview(qtbot, context, switchboard_file(tmp_path))
    review = preview.review
    assert preview.tabs.tabText(preview.review_tab) == "&Posibles duplicados (2)"
    assert "2 filas comparten un correo o un teléfono" in preview.possible.text()
    assert review.buttons[importing.MERGE].text() == "&Fusionar con esa persona"
    assert review.model.index(0, DuplicatesModel.SAME).data() == "teléfono"
    assert review.there_title.text() == "Ya está en el listado"
    assert preview.model.index(0, preview.model.STATUS).data() == "Posible duplicado: revisarlo"
    shot(wizard, tmp_path, "possible-duplicates-es.png")
