"""English plural forms: the app installs a plurals-only English translation (the built
resources/i18n/committee_desk_en.qm), so English reads "1 person" and "3 people", never "1 people".
The English .ts covers every plural message of the Spanish one and has nothing unfinished."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from models.organization import committee_life as CL
from models.organization import structure as organization
from models.roster import people as roster
from models.core.entities import Person
from models.organization.structure import CommitteeInput, MemberRow
from models.roster.people import PersonInput

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS_EN, TS_ES = I18N / "committee_desk_en.ts", I18N / "committee_desk_es.ts"
QM_EN, QM_ES = I18N / "committee_desk_en.qm", I18N / "committee_desk_es.qm"
PLACEHOLDER = re.compile(r"\{\w*\}")


def plural_messages(ts: Path) -> dict[tuple[str, str], list]:
    """(context, source) -> the <message> elements marked numerus (all of them: none may be lost)."""
    found: dict[tuple[str, str], list] = {}
    for context in etree.parse(str(ts)).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found.setdefault((context.findtext("name") or "", message.findtext("source")), []).append(message)
    return found


def test_english_ts_covers_every_plural_message_and_is_finished():
    english, spanish = plural_messages(TS_EN), plural_messages(TS_ES)
    assert len(spanish) >= 30  # the Spanish file really has its plural messages
    assert sorted(english) == sorted(spanish)
    root = etree.parse(str(TS_EN)).getroot()
    assert root.get("language", "").startswith("en")
    # plurals only: a plain message here would override the source text (and ui_language() reads one)
    assert [m.findtext("source") for m in root.iter("message") if m.get("numerus") != "yes"] == []
    for (context, source), [message] in english.items():
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source)  # not unfinished, not obsolete
        one, other = [form.text or "" for form in translation.iter("numerusform")]
        assert one.strip() and other.strip(), (context, source)
        assert ("%n" in other) == ("%n" in source), (context, source)
        assert PLACEHOLDER.findall(other) == PLACEHOLDER.findall(source), (context, source)
        assert set(PLACEHOLDER.findall(one)) == set(PLACEHOLDER.findall(source)), (context, source)
        for word in ("people", "entries", "members", "rows", "pages", "registrations", "sessions"):
            assert f"%n {word}" not in one, (context, source)  # the singular is singular
    assert len(re.findall(r'numerus="yes"', TS_EN.read_text(encoding="utf-8"))) == len(
        re.findall(r'numerus="yes"', TS_ES.read_text(encoding="utf-8")))


@pytest.fixture
def english(qapp):
    """The app's own English set-up (ui.i18n.install) with the real built .qm."""
    if not QM_EN.exists():
        pytest.skip("resources/i18n/committee_desk_en.qm is not built: run `make translations`")
    from ui import i18n

    assert i18n.install(qapp, "en") == "en"
    assert i18n._installed, "the English plurals translator was not installed"
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_without_the_translation_english_says_1_people(qapp):
    """Why the file exists: Qt's source text has one form only."""
    assert translate("RosterPage", "Deleted %n people.", 1) == "Deleted 1 people."


def test_english_plural_forms_and_the_language_stays_english(english):
    from ui.importing import wizard as ui_imports
    from ui.i18n import ui_language

    assert ui_language() == "en"
    assert translate("RosterPage", "Deleted %n people.", 1) == "Deleted 1 person."
    assert translate("RosterPage", "Deleted %n people.", 3) == "Deleted 3 people."
    assert translate("AuditDialog", "%n entries", 1) == "1 entry"
    assert translate("LeafletEditor", "%n page(s)", 1) == "1 page"
    assert translate("LeafletEditor", "%n page(s)", 2) == "2 pages"
    assert translate("RosterPage", "Deleted %n people.", 0) == "Deleted 0 people."
    # a module-level tr() (texts lupdate files under the empty context)
    assert ui_imports.tr("Exported %n people to {file}.", "", 1) == "Exported 1 person to {file}."
    assert ui_imports.tr("Exported %n people to {file}.", "", 3) == "Exported 3 people to {file}."
    # texts that are not plural are the source text itself
    assert QCoreApplication.translate("Sections", "Roster") == "Roster"


def test_install_picks_english_spanish_and_the_fallback(qapp, monkeypatch):
    if not (QM_EN.exists() and QM_ES.exists()):
        pytest.skip("the .qm files are not built: run `make translations`")
    from ui import i18n

    class French(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("fr_FR")

    try:
        assert i18n.install(qapp, "es") == "es"
        assert i18n.ui_language() == "es"
        assert translate("RosterPage", "Deleted %n people.", 1) == "Se eliminó 1 persona."
        assert i18n.install(qapp, "en") == "en"  # switching back removes the Spanish one
        assert i18n.ui_language() == "en"
        assert translate("RosterPage", "Deleted %n people.", 1) == "Deleted 1 person."
        monkeypatch.setattr(i18n, "QLocale", French)  # a system language we have no translation for
        assert i18n.install(qapp, "") == "en"
        assert i18n.ui_language() == "en"
        assert translate("RosterPage", "{total} people", 1) == "{total} person"
        assert translate("CommitteePageDialog", "%n active members", 2) == "2 active members"
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()


# ------------------------------------------------------------------ real widgets
def test_roster_status_and_delete_texts(qtbot, context, english, monkeypatch):
    from ui.roster.page import RosterPage

    for first in ("Ana", "Ben", "Cruz", "Dora"):
        roster.create_person(context.db, PersonInput(first_name=first, last_name="Prueba"))
    page = RosterPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == 4, timeout=15000)
    assert page.status.text() == "4 people"
    messages: list[str] = []
    context.status_message.connect(messages.append)
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: (questions.append(text), QMessageBox.StandardButton.Yes)[1])

    page.table.selectRow(0)
    page.delete_selected()
    assert messages[-1] == "Deleted 1 person."
    assert page.status.text() == "3 people"

    selection = page.table.selectionModel()
    page.table.selectRow(0)
    selection.select(page.model.index(1, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.delete_selected()
    assert questions[-1] == "Delete 2 people from the roster? This cannot be undone."
    assert messages[-1] == "Deleted 2 people."
    assert page.status.text() == "1 person"


def test_import_wizard_counts(qtbot, context, tmp_path, english):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from ui.importing import wizard as ui_imports

    path = tmp_path / "one.csv"
    path.write_text("First name,Last name,Phone\nAna,Ruiz,(773) 555-0100\n", encoding="utf-8")
    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.load(str(path))
    qtbot.waitUntil(page.isComplete, timeout=15000)
    assert page.status.text().startswith("1 row found;")

    def go_next() -> None:
        button = wizard.button(QWizard.WizardButton.CommitButton)
        if not button.isVisible():
            button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled, timeout=15000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    go_next()  # to the column mapping
    go_next()  # to the preview
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=15000)
    assert wizard.preview_page.counts.text().startswith("1 row: 1 to add,")
    go_next()  # import
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20000)
    assert run.summary.text().startswith("Done. 1 row read: 1 added, 0 merged, 0 skipped, 0 not imported.")
    assert "people" not in run.summary.text() and "rows" not in run.summary.text()


def test_committee_overview(qtbot, context, english):
    from ui.organization.committee_life import CommitteePageDialog

    with context.db.write() as s:
        people = [Person(first_name=f, last_name="Prueba") for f in ("Ana", "Ben", "Cruz")]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
    cid = organization.save_committee(context.db, CommitteeInput(name="Comité", kind="workplace", members=[
        MemberRow(None, pid, "", role, date(2024, 1, 1)) for pid, role in zip(ids, ("chair", "member", "member"))]))
    CL.save_meeting(context.db, CL.MeetingInput(cid, datetime.now() - timedelta(days=7), "Hall", "", "", ids[:2], []))
    dialog = CommitteePageDialog(context, cid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page is not None, timeout=10000)
    text = dialog.overview.toPlainText()
    assert "3 active members" in text and "2 of 3 members" in text
    assert "(n/m) = meetings attended of the last meeting." in text
    page = CL.committee_page(context.db, cid)
    page.members_by_role = {"chair": page.members_by_role["chair"]}
    assert "1 active member" in dialog.overview_html(page) and "1 active members" not in dialog.overview_html(page)
