"""What a file to import really is, told by its first bytes, not by its name.

The importer reads three kinds: text tables (CSV, TSV, Excel's "Unicode text"), Excel workbooks
(.xlsx, a zip holding ``xl/workbook.xml``) and vCard contacts (text starting with BEGIN:VCARD).
Anything else (a PDF, a Word or OpenDocument file, an old .xls workbook, an image, an archive, a
program) is refused with a message naming what it is, before any of it is parsed. Reading only:
nothing is written, moved or unpacked to disk.
"""

from __future__ import annotations

import enum
import zipfile
from pathlib import Path

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP
from .vcard import looks_like_vcard

HEAD_BYTES = 64 * 1024  # what is read to decide (an OLE2 directory usually sits in the first sectors)


class Kind(enum.Enum):
    TEXT = "text"  # CSV and other delimited text: the importer's own reader decides the rest
    XLSX = "xlsx"
    VCARD = "vcard"
    OLD_EXCEL = "xls"
    EXCEL_BINARY = "xlsb"
    WEB_PAGE = "html"
    OLD_WORD = "doc"
    SPREADSHEET_OTHER = "ods"
    NUMBERS = "numbers"
    PDF = "pdf"
    WORD = "docx"
    OPENDOCUMENT_TEXT = "odt"
    PRESENTATION = "pptx"
    RTF = "rtf"
    IMAGE = "image"
    ARCHIVE = "archive"
    PROGRAM = "program"
    DATABASE = "database"

    @property
    def readable(self) -> bool:
        return self in (Kind.TEXT, Kind.XLSX, Kind.VCARD)


NOT_A_TABLE_HINT = QT_TRANSLATE_NOOP(
    "Errors", "Import a CSV or Excel (.xlsx) file with one person per row, or a vCard (.vcf) file of contacts.")
SAVE_AS_HINT = QT_TRANSLATE_NOOP(
    "Errors", "Open it in your spreadsheet program and save it as .xlsx or CSV, then import that file.")
# (message, hint) per refused kind; {format} names an image or archive format (PNG, ZIP, ...).
MESSAGES: dict[Kind, tuple[str, str]] = {
    Kind.OLD_EXCEL: (QT_TRANSLATE_NOOP("Errors", "This is an old Excel workbook (.xls), which cannot be imported."),
                     SAVE_AS_HINT),
    Kind.EXCEL_BINARY: (QT_TRANSLATE_NOOP(
        "Errors", "This is an Excel binary workbook (.xlsb), which cannot be imported."), SAVE_AS_HINT),
    Kind.WEB_PAGE: (QT_TRANSLATE_NOOP("Errors", "This file is a web page (HTML), not a spreadsheet or CSV file."),
                    QT_TRANSLATE_NOOP("Errors", "If it was downloaded as an Excel file, open it in your spreadsheet "
                                                "program and save it as .xlsx or CSV, then import that file.")),
    Kind.SPREADSHEET_OTHER: (QT_TRANSLATE_NOOP(
        "Errors", "This is an OpenDocument spreadsheet (.ods), which cannot be imported."), SAVE_AS_HINT),
    Kind.NUMBERS: (QT_TRANSLATE_NOOP("Errors", "This is an Apple Numbers spreadsheet, which cannot be imported."),
                   QT_TRANSLATE_NOOP("Errors",
                                     "In Numbers, choose File > Export To > Excel or CSV, then import that file.")),
    Kind.OLD_WORD: (QT_TRANSLATE_NOOP("Errors", "This file is a Word document (.doc), not a table of people."),
                    NOT_A_TABLE_HINT),
    Kind.PDF: (QT_TRANSLATE_NOOP("Errors", "This file is a PDF document, not a table of people."),
               QT_TRANSLATE_NOOP("Errors", "A PDF cannot be imported. Ask for the list as a spreadsheet (.xlsx or "
                                           "CSV), or a vCard (.vcf) file of contacts.")),
    Kind.WORD: (QT_TRANSLATE_NOOP("Errors", "This file is a Word document, not a table of people."), NOT_A_TABLE_HINT),
    Kind.OPENDOCUMENT_TEXT: (QT_TRANSLATE_NOOP("Errors", "This file is an OpenDocument text document, not a table "
                                                         "of people."), NOT_A_TABLE_HINT),
    Kind.PRESENTATION: (QT_TRANSLATE_NOOP("Errors", "This file is a presentation, not a table of people."),
                        NOT_A_TABLE_HINT),
    Kind.RTF: (QT_TRANSLATE_NOOP("Errors", "This file is a Rich Text (RTF) document, not a table of people."),
               NOT_A_TABLE_HINT),
    Kind.IMAGE: (QT_TRANSLATE_NOOP("Errors", "This file is an image ({format}), not a table of people."),
                 NOT_A_TABLE_HINT),
    Kind.ARCHIVE: (QT_TRANSLATE_NOOP("Errors", "This file is a compressed archive ({format}), not a table of people."),
                   QT_TRANSLATE_NOOP("Errors", "Unpack it first, then import the CSV, Excel or vCard file inside.")),
    Kind.PROGRAM: (QT_TRANSLATE_NOOP("Errors", "This file is a program, not a table of people. It was not opened."),
                   NOT_A_TABLE_HINT),
    Kind.DATABASE: (QT_TRANSLATE_NOOP("Errors", "This file is a database, not a table of people."),
                    NOT_A_TABLE_HINT),
}

_OLE2 = b"\xd0\xcf\x11\xe0"  # (the full signature goes on with a1 b1 1a e1)
_IMAGES = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
           (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))
_ARCHIVES = ((b"\x1f\x8b", "GZIP"), (b"7z\xbc\xaf\x27\x1c", "7-ZIP"), (b"Rar!\x1a\x07", "RAR"),
             (b"BZh", "BZIP2"), (b"\xfd7zXZ\x00", "XZ"))
_PROGRAMS = (b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
             b"\xca\xfe\xba\xbe")


def sniff(path: str | Path) -> tuple[Kind, str]:
    """(kind, format name for images and archives) of the file at ``path``, from its content."""
    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    return sniff_bytes(head, path)


def sniff_bytes(head: bytes, path: Path | None = None) -> tuple[Kind, str]:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path) if path is not None else (Kind.XLSX, "")
    if head.startswith(b"%PDF"):
        return Kind.PDF, ""
    if head.startswith(_OLE2):
        word = "WordDocument".encode("utf-16-le")
        return (Kind.OLD_WORD, "") if word in head else (Kind.OLD_EXCEL, "")
    if head.startswith(b"{\\rtf"):
        return Kind.RTF, ""
    if head.startswith(b"SQLite format 3\x00"):
        return Kind.DATABASE, ""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Kind.IMAGE, "WEBP"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return Kind.IMAGE, "HEIC"
    for magic, name in _IMAGES:
        if head.startswith(magic) and (name != "BMP" or len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00"):
            return Kind.IMAGE, name
    for magic, name in _ARCHIVES:
        if head.startswith(magic):
            return Kind.ARCHIVE, name
    if head.startswith(_PROGRAMS) or _windows_program(head):
        return Kind.PROGRAM, ""
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table")):
        return Kind.WEB_PAGE, ""
    if start.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return Kind.OLD_EXCEL, ""  # Excel 2003's "XML Spreadsheet"

    if looks_like_vcard(head[:4096]):
        return Kind.VCARD, ""
    return Kind.TEXT, ""


def _windows_program(head: bytes) -> bool:
    """MZ followed by the PE header its offset at 0x3C points to (a CSV may start with "MZ")."""
    if not head.startswith(b"MZ") or len(head) < 0x40:
        return False
    offset = int.from_bytes(head[0x3C:0x40], "little")
    return head[offset : offset + 4] == b"PE\x00\x00" or b"This program cannot be run" in head[:512]


def _zip_kind(path: Path) -> tuple[Kind, str]:
    """Which zip-based format: an xlsx holds xl/workbook.xml, a docx word/, an OpenDocument file
    says what it is in its ``mimetype`` entry. A zip too damaged to list is left to the xlsx
    reader, whose checks say "damaged"."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
    except Exception:  # noqa: BLE001 - BadZipFile, zlib.error, OSError...: a damaged file
        return Kind.XLSX, ""
    if "xl/workbook.bin" in names:
        return Kind.EXCEL_BINARY, ""
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return Kind.XLSX, ""
    if any(n.startswith("word/") for n in names):
        return Kind.WORD, ""
    if any(n.startswith("ppt/") for n in names) or mimetype.endswith("presentation"):
        return Kind.PRESENTATION, ""
    if mimetype.endswith("spreadsheet"):
        return Kind.SPREADSHEET_OTHER, ""
    if mimetype.endswith("text") or "content.xml" in names:
        return Kind.OPENDOCUMENT_TEXT, ""
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return Kind.NUMBERS, ""
    return Kind.ARCHIVE, "ZIP"


def refuse(kind: Kind, name: str = "") -> errors.UserError:
    message, hint = MESSAGES[kind]
    return errors.UserError(message, hint, format=name or "?")


def check(path: str | Path) -> Kind:
    """The kind of a file the importer can read; a UserError naming what it is otherwise."""
    kind, name = sniff(path)
    if not kind.readable:
        raise refuse(kind, name)
    return kind
