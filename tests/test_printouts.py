"""What organizers print besides (issue 23 item 5): the directory, mailing labels, and the turnout
and training reports as PDFs, from the CLI and from the app. Read back with poppler: every name as
stored (NFKC), every font embedded, no phone in the directory unless asked for, no assessment,
the confidential footer, the labels on the Avery grid."""

from __future__ import annotations

import re
import subprocess
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from models.mobilization import operations as mob
from models.roster.directory import addressee_for, directory_entries
from test_print_scripts import _need, assert_fonts_embedded, assert_names, pdf_text
from test_ui_live import _event, _mobilizations, click, click_sidebar, click_tab, on_modal, window  # noqa: F401

CONFIDENTIAL = "Confidential — shred after use"


# ------------------------------------------------------------------ the directory
def test_directory_every_name_grouped_without_phones_or_assessment(demo_db, tmp_path):
    from reports.roster.directory import write_directory

    out = tmp_path / "directory.pdf"
    result = write_directory(demo_db, out)
    entries = directory_entries(demo_db)
    assert result.people == len(entries) == 200 and result.pages == len(PdfReader(str(out)).pages)
    text = pdf_text(out)
    assert_names(text, [e.name for e in entries])
    scripts = {"arabic": r"[\u0600-\u06ff]", "han": r"[\u4e00-\u9fff]", "vietnamese": r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]"}
    for script, pattern in scripts.items():
        assert re.search(pattern, text), f"no {script} name in the directory"
    with demo_db.engine.connect() as conn:
        phones = [raw for (raw,) in conn.exec_driver_sql("SELECT raw FROM phones")]
    assert phones and not any(phone in text for phone in phones), "a phone is printed without asking"
    assert "Assessment" not in text and "Strong support" not in text
    for workplace in {e.workplace for e in entries}:
        assert workplace in text
    assert text.count(CONFIDENTIAL) == result.pages
    assert f"Page 1 of {result.pages}" in text
    assert_fonts_embedded(out)


def test_directory_with_phones_prints_each_persons_first_phone(demo_db, tmp_path):
    from reports.roster.directory import write_directory

    out = tmp_path / "directory.pdf"
    entries = directory_entries(demo_db, with_phones=True)
    write_directory(demo_db, out, [e.id for e in entries[:40]], with_phones=True)
    text = pdf_text(out)
    shown = [e for e in entries[:40] if e.phone]
    assert shown and all(e.phone in text for e in shown)
    assert "Phone" in text and "40 people" in text


def test_directory_repeats_the_group_it_continues(demo_db, tmp_path):
    from reports.roster.directory import write_directory

    out = tmp_path / "directory.pdf"
    result = write_directory(demo_db, out)
    assert result.pages > 1
    second = pdf_text(out, page=2)
    assert "(continued)" in second  # the workplace / department / shift the page's rows belong to


# ------------------------------------------------------------------ mailing labels
def _addressees(count: int, **fields):
    people = []
    for i in range(count):
        person = SimpleNamespace(id=i + 1, first_name=f"Given{i:02d}", last_name=f"Family{i:02d}", preferred_name="",
                                 name_order="given_first", street=f"{100 + i} Larkspur Lane", city="Port Alder",
                                 region="IL", postal_code="60601", country="")
        for key, value in fields.items():
            setattr(person, key, value)
        people.append(addressee_for(person))
    return people


def _words_with_boxes(path) -> list[tuple[int, str, float, float]]:
    """(page, word, x, y from the top) of every word, in points (pdftotext -bbox)."""
    _need("pdftotext")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("&nbsp;", " ")
    root = ElementTree.fromstring(html)
    words = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            words.append((number, word.text or "", float(word.get("xMin")), float(word.get("yMin"))))
    return words


@pytest.mark.parametrize("layout, per_page, columns", [("5160", 30, 3), ("L7160", 21, 3)])
def test_labels_sit_on_the_avery_grid(tmp_path, layout, per_page, columns):
    from reports.roster.mailing_labels import LAYOUTS, PAD_X, write_labels_pdf

    sheet = LAYOUTS[layout]
    people = _addressees(per_page + 5)  # a full sheet and five on the next
    out = tmp_path / "labels.pdf"
    assert write_labels_pdf(people, out, layout) == 2
    reader = PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [round(v) for v in sheet.page]
    page_height = sheet.page[1]
    found = {word: (page, x, y) for page, word, x, y in _words_with_boxes(out) if word.startswith("Given")}
    assert len(found) == len(people)
    for index, person in enumerate(people):
        page, x, y = found[person.name.split()[0]]
        row, column = divmod(index % per_page, columns)
        assert page == index // per_page + 1
        left = sheet.left + column * sheet.pitch_x
        top = sheet.top + row * sheet.pitch_y  # from the page's top edge
        assert abs(x - (left + PAD_X)) < 1.0, (index, x, left)
        assert top < y < top + sheet.height - 8, (index, y, top)
        assert sheet.origin(index)[1] == pytest.approx(page_height - top - sheet.height)
    assert sheet.columns * sheet.rows == per_page


def test_labels_every_script_and_address_lines(tmp_path):
    from reports.roster.mailing_labels import write_labels_pdf

    names = [("فاطمة", "حداد", "given_first"), ("小明", "王", "family_first"), ("Thị Lan", "Trần", "family_first"),
             ("José", "Núñez", "given_first")]
    people = [addressee_for(SimpleNamespace(id=i, first_name=f, last_name=l, preferred_name="", name_order=o,
                                            street="12 Kestrel Row\nApt 3B", city="Eastvale", region="IL",
                                            postal_code="60455", country="Mexico" if i == 3 else "US"))
              for i, (f, l, o) in enumerate(names)]
    out = tmp_path / "labels.pdf"
    write_labels_pdf(people, out, "5160")
    text = pdf_text(out)
    assert_names(text, ["فاطمة حداد", "王小明", "Trần Thị Lan", "José Núñez"])
    assert "12 Kestrel Row" in text and "Apt 3B" in text and "Eastvale, IL 60455" in text
    assert text.count("MEXICO") == 1 and "US\n" not in text  # the home country is not printed
    assert CONFIDENTIAL in text
    assert_fonts_embedded(out)


def test_labels_leave_out_do_not_contact_and_no_address(db, tmp_path):
    from models.roster.directory import has_postal_addresses
    from models.roster.people import PersonInput, create_person
    from reports.roster.mailing_labels import write_mailing_labels

    if not has_postal_addresses():
        pytest.skip("people have no postal address fields in this schema (issue 20's migration 0013 adds them)")
    from models.core.entities import Person

    ids = [create_person(db, PersonInput(first_name=f"Ana{i}", last_name="Ruiz")) for i in range(3)]
    with db.write() as s:
        for n, pid in enumerate(ids):
            person = s.get(Person, pid)
            person.street, person.city, person.region, person.postal_code = "9 Saffron Way", "Eastvale", "IL", "60455"
            if n == 1:
                person.do_not_contact = True
            if n == 2:
                person.street = ""
    out = tmp_path / "labels.pdf"
    result = write_mailing_labels(db, out, "L7160")
    assert (result.labels, result.left_out) == (1, 2)
    text = pdf_text(out)
    assert "Ana0 Ruiz" in text and "Ana1" not in text and "Ana2" not in text


# ------------------------------------------------------------------ turnout and training PDFs
def test_turnout_pdf_same_numbers_as_the_report(demo_db, tmp_path):
    from reports.mobilization.pdf import write_turnout_pdf

    event = next(e for e in mob.list_events(demo_db) if e.name == "Picket at Lakeside Poultry")
    report = mob.turnout(demo_db, event.id)
    out = tmp_path / "turnout.pdf"
    pages = write_turnout_pdf(demo_db, [event.id], out)
    text = pdf_text(out)
    assert pages == len(PdfReader(str(out)).pages) and text.count(CONFIDENTIAL) == pages
    layout = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(out), "-"], capture_output=True,
                            text=True, check=True).stdout
    cells = {m.group(1): m.group(2) for m in re.finditer(r"^\s*(\S.*?\S)\s{2,}(\S+)\s*$", layout, re.M)}
    assert cells["On the call list"] == f"{report.totals.on_list:,}" and cells["Attended"] == f"{report.totals.attended:,}"
    assert cells["Flake rate"] == f"{report.totals.flake_rate:.1%}"
    for kind in ("By workplace", "By department", "By shift", "By committee", "By caller", "Progress by day"):
        assert kind in text
    callers = [label for label, _n in report.breakdowns["caller"] if label != mob.NONE_LABEL]
    assert_names(text, callers)  # callers' names in every script, as stored
    assert_fonts_embedded(out)


def test_training_pdf_sessions_coverage_trainers(demo_db, tmp_path):
    from models.trainings import sessions as T
    from reports.trainings.pdf import write_training_pdf

    out = tmp_path / "training.pdf"
    pages = write_training_pdf(demo_db, out)
    text = pdf_text(out)
    assert pages == len(PdfReader(str(out)).pages) and text.count(CONFIDENTIAL) == pages
    assert "Sessions" in text and "Coverage" in text and "Trainers" in text
    assert_names(text, [t.name for t in T.trainer_totals(demo_db)])
    assert "Evaluation" not in text  # people's evaluations and comments stay in the workbook
    assert_fonts_embedded(out)


# ------------------------------------------------------------------ the command line
def test_cli_print_directory_labels_and_pdf_reports(demo_db, db_arg, cli, tmp_path):
    directory = tmp_path / "directory.pdf"
    done = cli("print", "directory", "--db", db_arg, str(directory))
    assert done.returncode == 0, done.stderr
    assert "200 people" in done.stdout and "without phone numbers" in done.stdout
    with_phones = tmp_path / "phones.pdf"
    done = cli("print", "directory", "--db", db_arg, "--with-phones", "--search", "a", str(with_phones))
    assert done.returncode == 0 and "with phone numbers" in done.stdout
    assert re.search(r"\d{3}[.) -]+555[-. ]\d{4}", pdf_text(with_phones))
    labels = tmp_path / "labels.pdf"
    done = cli("print", "labels", "--db", db_arg, "--layout", "L7160", str(labels))
    from models.roster.directory import has_postal_addresses

    if has_postal_addresses():
        assert done.returncode == 0 and labels.exists(), done.stderr
    else:
        assert done.returncode == 2 and "postal address" in done.stderr and not labels.exists()
    turnout = tmp_path / "turnout.pdf"
    done = cli("report", "turnout", "--db", db_arg, "--event", "Picket at Lakeside Poultry", "--pdf", str(turnout))
    assert done.returncode == 0 and turnout.read_bytes().startswith(b"%PDF"), done.stderr
    training = tmp_path / "training.pdf"
    done = cli("report", "training", "--db", db_arg, "--pdf", str(training))
    assert done.returncode == 0 and training.read_bytes().startswith(b"%PDF"), done.stderr
    assert_fonts_embedded(training)


# ------------------------------------------------------------------ from the app
def _preview_pages(qtbot, trigger) -> int:
    """Press ``trigger``; the print preview opens over the PDF: its page count (then closed)."""
    from ui.widgets.printing import PdfPrintPreview

    seen: list = []
    on_modal(lambda w: isinstance(w, PdfPrintPreview),
             lambda d: (seen.append((d.page_count, d.preview_widget().pageCount())), QTimer.singleShot(0, d.reject)))
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    pages, shown = seen[0]
    assert pages == shown >= 1
    return pages


def _saved(qtbot, monkeypatch, trigger, out) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    trigger()
    qtbot.waitUntil(out.exists, timeout=20000)
    return pdf_text(out)


def test_roster_print_menu_directory_and_labels(qtbot, window, demo_db, monkeypatch, tmp_path):
    click_sidebar(qtbot, window, "roster")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=10000)
    button = page.print_button
    assert button.isVisible() and button.menu() is not None
    pages = _preview_pages(qtbot, button.print_directory.trigger)
    text = _saved(qtbot, monkeypatch, button.save_directory.trigger, tmp_path / "directory.pdf")
    assert pages == len(PdfReader(str(tmp_path / "directory.pdf")).pages)
    assert "200 people" in text and "Phone" not in text
    button.with_phones.trigger()  # the explicit option
    assert button.with_phones.isChecked()
    text = _saved(qtbot, monkeypatch, button.save_directory.trigger, tmp_path / "phones.pdf")
    assert "Phone" in text and re.search(r"555[-. ]\d{4}", text)

    # Labels of the people shown (their addresses given here: the schema may not have them yet)
    import reports.roster.mailing_labels as ML

    chosen = []

    def addressees(_db, ids):
        chosen.append(list(ids))
        return _addressees(25), 3

    monkeypatch.setattr(ML, "mailing_addressees", addressees)
    button.layouts["L7160"].trigger()
    assert button.layout_code == "L7160"
    assert _preview_pages(qtbot, button.print_labels.trigger) == 2  # 25 labels, 21 a sheet
    out = tmp_path / "labels.pdf"
    text = _saved(qtbot, monkeypatch, button.save_labels.trigger, out)
    assert "Given00 Family00" in text and [round(float(v)) for v in PdfReader(str(out)).pages[0].mediabox[2:]] == [595, 842]
    assert sorted(chosen[-1]) == sorted(page.shown_ids())


def test_roster_labels_without_addresses_say_so(qtbot, window, demo_db, monkeypatch):
    import reports.roster.mailing_labels as ML

    monkeypatch.setattr(ML, "mailing_addressees", lambda _db, ids: ([], len(list(ids))))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    click_sidebar(qtbot, window, "roster")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=10000)
    page.print_button.print_labels.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "postal address" in shown[0]


def test_turnout_print_report_and_pdf_buttons(qtbot, window, context, db, monkeypatch, tmp_path):
    from datetime import datetime

    setup = _event(db, datetime.now(), people=12, yes=4)
    page, _row = _mobilizations(qtbot, window, setup["event"])
    click_tab(qtbot, page.tabs, page.turnout)
    qtbot.waitUntil(lambda: page.turnout.report is not None, timeout=5000)
    printing = page.turnout.findChild(QPushButton, "printTurnout")
    pages = _preview_pages(qtbot, lambda: click(qtbot, printing))
    out = tmp_path / "turnout.pdf"
    text = _saved(qtbot, monkeypatch, lambda: click(qtbot, page.turnout.findChild(QPushButton, "saveTurnoutPdf")), out)
    assert pages == len(PdfReader(str(out)).pages)
    assert "Turnout report: Rally" in text and "By caller" in text and CONFIDENTIAL in text


def test_trainings_print_report_and_pdf_buttons(qtbot, window, demo_db, monkeypatch, tmp_path):
    click_sidebar(qtbot, window, "trainings")
    page = window.current_page()
    printing = page.findChild(QPushButton, "printTrainingReport")
    pages = _preview_pages(qtbot, lambda: click(qtbot, printing))
    out = tmp_path / "training.pdf"
    text = _saved(qtbot, monkeypatch, lambda: click(qtbot, page.findChild(QPushButton, "saveTrainingReportPdf")), out)
    assert pages == len(PdfReader(str(out)).pages) >= 2
    assert "Training report" in text and "Coverage" in text
