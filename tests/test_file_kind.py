"""A file that is not a table or a vCard is refused by what it is (its first bytes), with a
message naming it, and nothing changes (issue 20, item 6)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from models.core import errors
from models.importing import file_kind
from models import importing
from models.importing.file_kind import Kind


def _zip(entries: dict[str, bytes], stored_first: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if stored_first:
            zf.writestr(stored_first, entries.pop(stored_first), compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _pe() -> bytes:
    head = bytearray(b"MZ" + b"\x90" * 0x3E)
    head[0x3C:0x40] = (0x80).to_bytes(4, "little")
    return bytes(head) + b"\x00" * (0x80 - len(head)) + b"PE\x00\x00" + b"\x00" * 64


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    wb.active.append(["First name", "Last name"])
    wb.active.append(["Ana", "Ruiz"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


ODF = "application/vnd.oasis.opendocument."
SAMPLES = {
    "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", Kind.PDF, "PDF"),
    "letter.docx": (_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}), Kind.WORD,
                    "Word document"),
    "letter.odt": (_zip({"mimetype": (ODF + "text").encode(), "content.xml": b"<office:document-content/>"},
                        stored_first="mimetype"), Kind.OPENDOCUMENT_TEXT, "OpenDocument text"),
    "list.ods": (_zip({"mimetype": (ODF + "spreadsheet").encode(), "content.xml": b"<x/>"}, stored_first="mimetype"),
                 Kind.SPREADSHEET_OTHER, "save it as .xlsx or CSV"),
    "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le"), Kind.OLD_EXCEL,
                "save it as .xlsx or CSV"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le"),
                Kind.OLD_WORD, "Word document (.doc)"),
    "people.xlsb": (_zip({"xl/workbook.bin": b"\x83\x01\x00"}), Kind.EXCEL_BINARY, ".xlsb"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20, Kind.IMAGE, "image (PNG)"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20, Kind.IMAGE, "image (JPEG)"),
    "anim.gif": (b"GIF89a\x01\x00\x01\x00" + b"\x00" * 20, Kind.IMAGE, "image (GIF)"),
    "lists.zip": (_zip({"a.csv": b"Name\nAna\n"}), Kind.ARCHIVE, "archive (ZIP)"),
    "lists.csv.gz": (b"\x1f\x8b\x08\x00" + b"\x00" * 20, Kind.ARCHIVE, "archive (GZIP)"),
    "setup.exe": (_pe(), Kind.PROGRAM, "program"),
    "tool": (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, Kind.PROGRAM, "program"),
    "export.xls": (b"<html><body><table><tr><td>Name</td></tr></table></body></html>", Kind.WEB_PAGE, "web page"),
    "data.sqlite": (b"SQLite format 3\x00" + b"\x00" * 80, Kind.DATABASE, "database"),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_refused_with_a_message_naming_it_and_nothing_changes(tmp_path, db, name):
    data, kind, words = SAMPLES[name]
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert file_kind.sniff(path)[0] is kind
    with pytest.raises(errors.UserError) as caught:
        importing.read_table(path)
    assert words in caught.value.user_message
    assert caught.value.message == file_kind.MESSAGES[kind][0]  # a template the .ts translates
    with pytest.raises(errors.UserError):
        importing.import_file(db, path)
    assert path.read_bytes() == data and path.stat().st_mtime == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix not in (".cdesk",) and "cdesk" not in p.name) \
        == [name]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM import_batches").scalar() == 0


@pytest.mark.parametrize("name,data,kind", [
    ("people.xlsx", _xlsx(), Kind.XLSX),
    ("people.csv", "First name,Last name\nAna,Ruiz\n".encode(), Kind.TEXT),
    ("people.xls", b"First name\tLast name\nAna\tRuiz\n", Kind.TEXT),  # tab text saved with an .xls name
    ("MZ.csv", b"MZ code,Name\n1,Ana Ruiz\n", Kind.TEXT),  # starts like a program, is not one
    ("BM.csv", b"BMI,Name\n22,Ana Ruiz\n", Kind.TEXT),
    ("unicode.txt", "First name\tLast name\nAna\tRuiz\n".encode("utf-16"), Kind.TEXT),
    ("contacts.dat", b"begin:vcard\r\nversion:3.0\r\nfn:Ana Ruiz\r\nend:vcard\r\n", Kind.VCARD),
    ("people.pdf", _xlsx(), Kind.XLSX),  # a workbook whatever its name
])
def test_tables_and_cards_are_read_whatever_their_name(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    assert file_kind.sniff(path)[0] is kind
    table = importing.read_table(path)
    assert len(table.rows) == 1


def test_cli_names_what_the_file_is(tmp_path, cli, db, db_arg):
    db.close()
    path = tmp_path / "minutes.pdf"
    path.write_bytes(SAMPLES["report.pdf"][0])
    done = cli("import", "--db", db_arg, str(path))
    assert done.returncode == 2
    assert "PDF document, not a table of people" in done.stderr
    assert "Traceback" not in done.stderr


def test_wizard_says_what_the_file_is(qtbot, wizard_on_file, tmp_path):
    path = tmp_path / "contacts.xls"
    path.write_bytes(SAMPLES["old.xls"][0])
    wizard = wizard_on_file(path)
    page = wizard.file_page
    qtbot.waitUntil(lambda: "old Excel workbook" in page.status.text(), timeout=15000)
    assert not page.isComplete()
    wizard.reject()


def test_sniffing_reads_only_the_head(tmp_path, monkeypatch):
    """A big file is not read whole to be told apart (64 KB at most before the reader starts)."""
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name,Phone\n" + b"Ana Ruiz,608-555-0100\n" * 200_000)
    reads = []
    real_open = open

    def spy(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if "b" in mode and Path(file) == path:
            real_read = handle.read
            handle.read = lambda n=-1: reads.append(n) or real_read(n)  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr("builtins.open", spy)
    assert file_kind.sniff(path)[0] is Kind.TEXT
    assert reads == [file_kind.HEAD_BYTES]
