"""The import wizard opened on real-world exports, driven like a person: the file typed in, Enter,
Next; the mapping page shows the right guesses (screenshots in /tmp/wizard-<format>.png)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from models import importing
from ui.importing import wizard as ui_imports

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def count_people(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM people").scalar()


def press_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=15000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_file(qtbot, context, name: str) -> ui_imports.ImportWizard:
    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(wizard.fontMetrics().averageCharWidth() * 130, wizard.fontMetrics().height() * 40)
    wizard.show()
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(FIXTURES / name))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=15000)
    return wizard


def shown_mapping(wizard) -> dict[str, tuple[object, str]]:
    """Header -> (field key, the text the person sees) on the mapping page."""
    page = wizard.mapping_page
    return {page.table.item(row, page.HEADER).text(): (combo.currentData(), combo.currentText())
            for row, combo in enumerate(page.combos)}


def expect_key(key: str):
    """A key the importer may not have yet shows as "(nothing)" until it has."""
    return key if key in importing.FIELD_KEYS else None


def test_wizard_on_a_civicrm_export(qtbot, context):
    wizard = open_file(qtbot, context, "civicrm_contacts.csv")
    assert "4 rows" in wizard.file_page.status.text()
    press_next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.recognized.isVisible() and "CiviCRM" in page.recognized.text()
    shown = shown_mapping(wizard)
    assert shown["First Name"] == ("first_name", "First name")
    assert shown["Middle Name"][0] == "first_name"
    assert shown["Email"] == ("email", "Email")
    assert shown["Current Employer"] == ("workplace", "Workplace")
    assert shown["Job Title"] == ("job_title", "Job title")
    assert shown["Phone"][0] == "phone"
    for system in ("Current Employer ID", "Contact Hash", "Email Greeting"):
        assert shown[system][0] == importing.IGNORE, system
    assert shown["Phone Type"] == ("phone_label", "Type of the phone beside it (Mobile, Work...)")
    assert shown["Phone Extension"][0] == "phone_extension"
    assert shown["Do Not Email"][0] == expect_key("do_not_email")  # a flag, never the address
    assert shown["Do Not Phone"][0] == expect_key("do_not_call")
    page.table.scrollToItem(page.table.item(list(shown).index("Do Not Email"), page.HEADER))
    wizard.grab().save("/tmp/wizard-civicrm.png")
    press_next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=15000)
    assert "4 rows: 4 to add" in preview.counts.text()
    wizard.grab().save("/tmp/wizard-civicrm-preview.png")
    press_next(qtbot, wizard)  # Import
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=30000)
    assert count_people(context.db) == 4


def test_wizard_on_an_employer_workbook_and_a_google_export(qtbot, context):
    wizard = open_file(qtbot, context, "bargaining_unit.xlsx")
    page = wizard.file_page
    assert page.sheet_combo.isVisible() and page.sheet_combo.currentText() == "Unit List"  # not the cover
    assert "5 rows" in page.status.text() and "row 4" in page.status.text()
    press_next(qtbot, wizard)
    shown = shown_mapping(wizard)
    assert shown["Employee Name"][0] == "full_name"
    assert shown["Employee ID"][0] == expect_key("external_id")
    assert shown["Hire Date"][0] == expect_key("hire_date")
    assert shown["Job Classification"][0] == "job_title"
    assert (shown["Department"][0], shown["Shift"][0]) == ("department", "shift")
    assert not wizard.mapping_page.recognized.isVisible()
    wizard.grab().save("/tmp/wizard-bargaining-unit.png")
    wizard.reject()

    wizard = open_file(qtbot, context, "google_contacts.csv")
    press_next(qtbot, wizard)
    shown = shown_mapping(wizard)
    assert "Google Contacts" in wizard.mapping_page.recognized.text()
    assert shown["E-mail 1 - Label"][0] == importing.IGNORE and shown["E-mail 1 - Value"][0] == "email"
    assert shown["Phone 1 - Label"][0] == "phone_label" and shown["Phone 1 - Value"][0] == "phone"
    assert shown["Labels"] == ("tags", "Tags")
    assert shown["Organization Title"][0] == "job_title"
    assert shown["Phonetic First Name"][0] is None
    # The person corrects one guess: the nickname goes to the notes instead.
    combo = wizard.mapping_page.combos[list(shown).index("Nickname")]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "(nothing)"
    assert combo.currentData() is None
    wizard.grab().save("/tmp/wizard-google.png")
    press_next(qtbot, wizard)
    assert wizard.mapping.columns[list(shown).index("Nickname")] is None
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=15000)
    wizard.reject()
