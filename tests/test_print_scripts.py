"""Every printout in every script, read back with poppler (pdftotext, pdffonts): names in logical
order as stored (Arabic joined, marks kept, no presentation forms), a symbol or emoji never blanks a
name, every font embedded, phones only where the reader needs them, and the confidential footer."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from models.mobilization import operations as mob
from models.trainings import sessions as T
from models.organization.structure import (
    CommitteeInput,
    MemberRow,
    WorkplaceInput,
    departments_and_shifts,
    save_committee,
    save_workplace,
)
from models.roster.people import PersonInput, PhoneInput, create_person
from models.core.text import display_name

# (first, last, phone): Arabic (with a shadda), Chinese, Vietnamese, Spanish, and a name with an
# emoji and its variation selector U+FE0F
PEOPLE = [
    ("فاطمة", "حداد", "(773) 555-0101"),
    ("محمّد", "عبد الله", "(773) 555-0102"),
    ("小明", "王", "(773) 555-0103"),
    ("Lan", "Trần Thị", "(773) 555-0104"),
    ("José", "Núñez", "(773) 555-0105"),
    ("Ana \u2764\ufe0f", "Ruiz", "(773) 555-0106"),
]
CALLER = ("عليّ", "حسن", "(773) 555-0199")
_BIDI_MARKS = dict.fromkeys(range(0x202A, 0x202F))  # pdftotext wraps right-to-left runs in RLE…PDF


def _need(tool: str) -> None:
    if not shutil.which(tool):
        pytest.skip(f"{tool} not installed (apt-get install poppler-utils)")


def pdf_text(path: Path, page: int | None = None) -> str:
    _need("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out).translate(_BIDI_MARKS)


def assert_fonts_embedded(path: Path) -> None:
    _need("pdffonts")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts at all?"
    for row in rows:
        assert "Helvetica" not in row and "Times" not in row and "Courier" not in row, row
        emb = re.split(r"\s{2,}|\s(?=yes|no)", row)
        assert " no " not in row.split("   ")[-1] or "yes yes" in row, row
        fields = row.split()
        # name type encoding emb sub uni object ID: emb is the third from "yes/no" triple
        flags = [f for f in fields if f in ("yes", "no")]
        assert flags[0] == "yes", f"font not embedded: {row}"


def assert_names(text: str, names) -> None:
    assert not any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in text), "presentation forms"
    for name in names:
        assert unicodedata.normalize("NFKC", name) in text, name


def names_of(rows) -> list[str]:
    return [display_name(first, last, "") for first, last, _phone in rows]


def _person(db, first, last, phone, **kw):
    kw.setdefault("ok_to_call", True)  # on call lists (unknown consent is left out)
    return create_person(db, PersonInput(first_name=first, last_name=last, phones=[PhoneInput(phone)], **kw))


@pytest.fixture
def committee(db):
    ids = [_person(db, *row, languages=["es"]) for row in PEOPLE]
    caller = _person(db, *CALLER, languages=["ar", "en"])
    cid = save_committee(db, CommitteeInput(name="لجنة العمال", kind="rapid-response", members=[
        MemberRow(None, caller, "", "caller"), *(MemberRow(None, pid, "", "member") for pid in ids)]))
    return dict(committee=cid, caller=caller, ids=ids)


def test_call_sheets_every_script(db, committee, tmp_path):
    from reports.mobilization.call_sheets import write_call_sheets

    event = mob.save_event(db, mob.EventInput(name="Marcha · مسيرة", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                              place="Plaza", committee_ids=[committee["committee"]]))
    built = mob.create_call_list(db, event, "Todos", mob.ListCriteria())
    mob.assign_callers(db, built.list_id, [committee["caller"]])
    out = tmp_path / "sheets.pdf"
    write_call_sheets(db, event, out)
    text = pdf_text(out)
    assert_names(text, names_of(PEOPLE))
    assert "Caller:" in text and display_name(CALLER[0], CALLER[1], "") in text
    assert "\u2764" in text  # the emoji prints (with its own face), not a blank name
    for _first, _last, phone in PEOPLE:
        assert phone in text  # the caller's own sheet: their people's phones
    assert "Confidential — shred after use" in text
    assert_fonts_embedded(out)


def test_sign_in_sheet_names_only(db, committee, tmp_path):
    from reports.trainings.sign_in import write_sign_in

    topic = next(t.id for t in T.list_topics(db))
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 5, 1, 18), place_text="Sala",
                                            trainer_ids=[committee["caller"]]))
    T.register_people(db, sid, committee["ids"])
    out = tmp_path / "sign-in.pdf"
    write_sign_in(db, sid, out)
    text = pdf_text(out)
    assert_names(text, names_of(PEOPLE))
    assert display_name(CALLER[0], CALLER[1], "") in text  # the trainer
    for _first, _last, phone in PEOPLE:
        assert phone not in text and phone[-4:] not in text, "a registrant's phone is printed"
    assert "Phone (optional)" in text and "Email (optional)" in text
    assert "Confidential — shred after use" in text and "Confidencial — destruir después de usar" in text
    assert_fonts_embedded(out)


def test_phone_tree_phones_only_on_their_callers_page(db, committee, tmp_path):
    from reports.mobilization.phone_tree import write_phone_tree

    out = tmp_path / "tree.pdf"
    result = write_phone_tree(db, committee["committee"], out, per_caller=3)
    assert result.pages >= 2
    chart = pdf_text(out, 1)
    assert_names(chart, names_of(PEOPLE) + [display_name(CALLER[0], CALLER[1], "")])
    assert "555-01" not in chart, "the chart, seen by everyone, prints phones"
    everything = pdf_text(out)
    for _first, _last, phone in PEOPLE:
        assert everything.count(phone) == 1, phone  # once: on the page of the person who calls them
    for page in range(1, result.pages + 1):
        assert "Confidential — shred after use" in pdf_text(out, page)
    assert_fonts_embedded(out)


def test_wall_chart_confidential_and_embedded(db, tmp_path):
    from models.organization.wallchart import wall_chart
    from reports.organization.wall_chart import write_wall_chart

    wid = save_workplace(db, WorkplaceInput(name="مصنع الشمال", departments=["包装", "Envíos"], shifts=["Mañana"]))
    depts, shifts = departments_and_shifts(db, wid)
    for i, (first, last, phone) in enumerate(PEOPLE):
        _person(db, first, last, phone, workplace_id=wid, department_id=depts[i % 2][0], shift_id=shifts[0][0])
    out = tmp_path / "wall.pdf"
    write_wall_chart(db, wid, out)
    text = pdf_text(out)
    assert "مصنع الشمال" in text and "包装" in text
    assert "Confidential — shred after use" in text
    assert_fonts_embedded(out)


def test_textpath_mixed_line_keeps_its_order(tmp_path):
    """An Arabic name with a Latin phone on one line, drawn left to right: the name's letters
    right-to-left, then the phone, which keeps its digits' order."""
    _need("pdftotext")
    from reports.core.textpath import draw_text, new_canvas, text_width

    out = tmp_path / "line.pdf"
    c = new_canvas(out)
    line = "\u2066فاطمة حداد\u2069 (773) 555-0101"
    draw_text(c, 50, 700, line, size=12)
    c.save()
    text = pdf_text(out)
    assert "فاطمة حداد" in text and "(773) 555-0101" in text
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True).stdout
    xs = {m.group(2): float(m.group(1)) for m in re.finditer(r'xMin="([\d.]+)"[^>]*>([^<]+)<', bbox)}
    arabic = [x for w, x in xs.items() if any("\u0600" <= ch <= "\u06ff" for ch in w)]
    assert len(arabic) == 2 and xs["555-0101"] > xs["(773)"] > max(arabic)
    assert text_width(line, size=12) > 0


def _words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, left x, top y) of every word pdftotext finds on ``page``."""
    _need("pdftotext")
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(html.unescape(m.group(3)), float(m.group(1)), float(m.group(2)))
            for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<', out)]


def _left_of(words, first: str, second: str) -> bool:
    """Whether ``first`` (a word, or an Arabic word as pdftotext gives it: reversed) starts left of
    ``second`` on the same line."""
    def find(word):
        hits = [(x, y) for w, x, y in words if unicodedata.normalize("NFKC", w) in (word, word[::-1])]
        assert hits, (word, [w for w, _x, _y in words])
        return hits[0]
    (x1, y1), (x2, y2) = find(first), find(second)
    assert abs(y1 - y2) < 8, "not on one line"  # (the Arabic face stands taller)
    return x1 < x2


def test_english_headings_stay_left_to_right_around_arabic_names(db, committee, tmp_path):
    """The paragraph direction is the document's (English), not the first letter's: "عليّ حسن
    calls these people" keeps the name first (on the left), and a list of Arabic names keeps its
    order (each name an isolate)."""
    from reports.mobilization.phone_tree import write_phone_tree
    from reports.trainings.sign_in import write_sign_in

    tree = tmp_path / "tree.pdf"
    result = write_phone_tree(db, committee["committee"], tree, per_caller=3)
    page = next(p for p in range(2, result.pages + 1) if "calls these people" in pdf_text(tree, p)
                and "حسن" in pdf_text(tree, p))
    words = _words(tree, page)
    assert _left_of(words, "حسن", "calls")  # "عليّ حسن calls these people": the name, then the words
    topic = next(t.id for t in T.list_topics(db))
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 5, 1, 18), place_text="Sala",
                                            trainer_ids=[committee["caller"], committee["ids"][0]]))
    sheet = tmp_path / "sign-in.pdf"
    write_sign_in(db, sid, sheet)
    first, second = (name.split()[-1] for _pid, name in T.get_session(db, sid).trainer_names)
    assert {first, second} == {"حسن", "حداد"}
    assert _left_of(_words(sheet, 1), first, second)  # two Arabic trainers, in their order, left to right


def test_training_pdf_wraps_long_cells_and_sets_one_header_size(db, committee, tmp_path):
    """Topic, place and trainers wrap instead of ending in "…": every trainer's name is printed
    whole (Arabic ones too), and every column title has the same size."""
    import pdfplumber

    from reports.trainings.pdf import write_training_pdf

    topic = next(t.id for t in T.list_topics(db))
    trainers = [committee["caller"], *committee["ids"][:2], committee["ids"][4]]
    T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 5, 1, 18), trainer_ids=trainers,
                                      place_text="Lakeside Poultry, Plant 2 main hall (second floor, room 214)"))
    out = tmp_path / "training.pdf"
    write_training_pdf(db, out)
    text = pdf_text(out, 1)
    assert "..." not in text  # (NFKC: an ellipsis "…" reads "...")
    assert_names(text, [display_name(*CALLER[:2], ""), *(display_name(*PEOPLE[i][:2], "") for i in (0, 1, 4))])
    assert "(second floor, room 214)" in " ".join(text.split())
    with pdfplumber.open(str(out)) as document:
        words = document.pages[0].extract_words(extra_attrs=["size"])
    sizes = {w["text"]: round(w["size"], 1) for w in words if w["text"] in ("Topic", "Place", "Languages", "Registered")}
    assert len(sizes) == 4 and len(set(sizes.values())) == 1, sizes


def test_phone_tree_says_who_it_leaves_out(db, committee, tmp_path):
    """A member who asked not to be contacted, or has no phone, is not on the tree: the tree
    says how many, rather than dropping them without a word."""
    from models.organization.structure import MemberRow, get_committee, save_committee
    from reports.mobilization.phone_tree import write_phone_tree

    quiet = _person(db, "Rania", "Haddad", "(312) 555-0190", do_not_contact=True)
    no_phone = create_person(db, PersonInput(first_name="Luis", last_name="Ortega"))
    current = get_committee(db, committee["committee"])
    current.members += [MemberRow(None, quiet, "", "member"), MemberRow(None, no_phone, "", "member")]
    save_committee(db, current, committee["committee"])
    assert mob.phone_tree_left_out(db, committee["committee"]) == (1, 1)
    out = tmp_path / "tree.pdf"
    write_phone_tree(db, committee["committee"], out, per_caller=3)
    chart = pdf_text(out, 1)
    assert "Not on the tree: do not contact 1, no phone 1." in " ".join(chart.split())
    assert "Haddad" not in pdf_text(out) and "Ortega" not in pdf_text(out)
