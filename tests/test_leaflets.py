"""Leaflets: saved in the database, printed as real PDFs (read back with pdfplumber/pypdf), CLI."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pdfplumber
import pytest
from pypdf import PdfReader

from models.core import errors
from models.leaflets import templates as leaflets
from models.leaflets.templates import LeafletDoc, blocks_from_markup, markup_from_blocks
from reports.leaflets.pdf import LeafletOverflow, qr_matrix, render_leaflet, write_leaflet_pdf

LETTER = (612.0, 792.0)
A4 = (595.2756, 841.8898)

EN = blocks_from_markup(
    "# Know your rights\n\n## Everyone has these rights\n\n"
    "You have the **right to remain silent** and the *right to a lawyer*.\n\n"
    "- Do not sign anything you do not understand\n- Ask for a lawyer\n\n"
    "> When: Saturday 10 am\n> Where: Union hall\n"
)
ES = blocks_from_markup(
    "# Conozca sus derechos\n\nTiene derecho a guardar silencio. Niño, acción, güero, ¿qué?\n\n"
    "- No firme nada que no entienda\n"
)


def doc(layout="full", paper="letter", languages=("en", "es"), **blocks) -> LeafletDoc:
    content = {"en": EN, "es": ES}
    content.update(blocks)
    return LeafletDoc(title="Test leaflet", layout=layout, paper=paper, languages=list(languages),
                      blocks={lang: content[lang] for lang in languages}, issuer="Local 1546",
                      union_printed="Union printed")


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in reader.pages]


def text_of(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


# ---------------------------------------------------------------- layouts
@pytest.mark.parametrize(
    "layout, languages, pages, landscape",
    [
        ("full", ("en",), 1, False),
        ("full", ("en", "es"), 1, False),
        ("half", ("en", "es"), 1, True),
        ("quarter", ("en",), 1, False),
        ("side_by_side", ("en", "es"), 1, False),
        ("front_back", ("en", "es"), 2, False),
        ("half_front_back", ("en", "es"), 2, True),
        ("quarter_front_back", ("en", "es"), 2, False),
    ],
)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_each_layout_has_its_page_count_and_size(layout, languages, pages, landscape, paper):
    result = render_leaflet(doc(layout, paper, languages))
    assert result.fits, result.overflows
    size = LETTER if paper == "letter" else A4
    expected = (round(size[1], 1), round(size[0], 1)) if landscape else (round(size[0], 1), round(size[1], 1))
    assert result.pages == pages
    assert page_sizes(result.pdf) == [expected] * pages


def test_front_back_puts_one_language_per_side_in_duplex_order():
    result = render_leaflet(doc("quarter_front_back"))
    front, back = text_of(result.pdf)
    assert "Know your rights" in front and "Conozca" not in front
    assert "Conozca sus derechos" in back and "Know your rights" not in back
    # four cards on each side
    assert front.count("Know your rights") == 4 and back.count("Conozca sus derechos") == 4


def test_two_up_and_four_up_repeat_the_panel_and_have_cut_marks():
    for layout, copies in (("half", 2), ("quarter", 4)):
        result = render_leaflet(doc(layout, languages=("en",)))
        with pdfplumber.open(io.BytesIO(result.pdf)) as document:
            page = document.pages[0]
            assert page.extract_text().count("Know your rights") == copies
            mid_x = page.width / 2
            # tick marks at the top and bottom edges on the vertical cut line
            ticks = [ln for ln in page.lines if abs(ln["x0"] - mid_x) < 0.5 and abs(ln["x1"] - mid_x) < 0.5]
            assert len(ticks) >= 2, layout
            assert min(ln["top"] for ln in ticks) < 10 and max(ln["bottom"] for ln in ticks) > page.height - 10
            if layout == "quarter":
                mid_y = page.height / 2
                across = [ln for ln in page.lines if abs(ln["top"] - mid_y) < 0.5 and abs(ln["bottom"] - mid_y) < 0.5]
                assert len(across) >= 2
    full = render_leaflet(doc("full", languages=("en",)))
    with pdfplumber.open(io.BytesIO(full.pdf)) as document:
        page = document.pages[0]
        assert not [ln for ln in page.lines if abs(ln["x0"] - page.width / 2) < 0.5 and ln["top"] < 10]


def test_two_language_layouts_need_two_languages():
    with pytest.raises(errors.ValidationError):
        leaflets.validate(doc("side_by_side", languages=("en",)))
    leaflets.validate(doc("side_by_side"))


# ---------------------------------------------------------------- text, scripts and fonts
VI = "Tiếng Việt: Biết quyền của bạn, người lao động"
LATIN = "Português: ação, coração. Français: élève, garçon, œuvre. Kreyòl: Ou gen dwa. Polski: Zażółć gęślą jaźń."
ZH = "了解您的权利：您有权保持沉默。"
AR = "اعرف حقوقك: لديك الحق في التزام الصمت"


def test_accents_chinese_and_arabic_are_extractable_and_arabic_is_shaped():
    blocks = blocks_from_markup(f"# {VI}\n\n{LATIN}\n\n## {ZH}\n\n- {AR}\n\n> Tel: (312) 555-0199\n")
    result = render_leaflet(LeafletDoc(title="x", languages=["vi"], blocks={"vi": blocks}))
    text = text_of(result.pdf)[0]
    for word in ("Tiếng Việt", "quyền", "coração", "garçon", "œuvre", "Kreyòl", "Zażółć", "gęślą", "jaźń", ZH[:6]):
        assert word in text, word
    # Arabic is shaped (joined glyphs) but extracts as its letters, no presentation forms;
    # pdfminer reads glyphs left to right (display order): reverse the line to compare.
    lines = [line[::-1] for line in text.splitlines()]
    assert any("اعرف حقوقك" in line for line in lines)
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in text), "presentation forms in the extracted text"
    assert "555-0199" in text  # the phone number keeps its order


def test_right_to_left_paragraph_wraps_in_reading_order():
    text = " ".join(["بداية"] + ["كلمة"] * 80 + ["نهاية"])  # "start", "word" x 80, "end"
    blocks = [{"type": "paragraph", "text": text}]
    result = render_leaflet(LeafletDoc(title="x", layout="quarter", languages=["ar"], blocks={"ar": blocks}))
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        page = document.pages[0]
        card = page.crop((0, 0, page.width / 2, page.height / 2)).extract_text()
    lines = [unicodedata.normalize("NFKC", line)[::-1] for line in card.splitlines() if line.strip()]
    lines = [line for line in lines if "كلمة" in line]
    assert len(lines) >= 3
    assert lines[0].startswith("بداية") and lines[-1].endswith("نهاية")



def _pdftotext(pdf: bytes, tmp_path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    path = tmp_path / "leaflet.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    controls = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
    return unicodedata.normalize("NFKC", out).translate(controls)


def test_phone_number_in_arabic_text_keeps_its_order(tmp_path):
    # Bidi rule W2 makes "555" and "0199" Arabic numbers after Arabic letters, and the dash
    # between them then reorders: without isolating the number it prints "0199-555".
    blocks = blocks_from_markup("اتصل بـ 555-0199 الآن\n\nالرقم (312) 555-0100 أو +1 555 0142\n")
    result = render_leaflet(LeafletDoc(title="x", layout="full", languages=["ar"], blocks={"ar": blocks}))
    text = _pdftotext(result.pdf, tmp_path)
    assert "0199-555" not in text and "555-0199" in text
    assert "(312) 555-0100" in text and "+1 555 0142" in text
    # drawn left to right too: "555" stands left of "0199" on the page
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        words = document.pages[0].extract_words()
    drawn = [w for w in words if "0199" in w["text"]]
    assert drawn and drawn[0]["text"].index("555") < drawn[0]["text"].index("0199")


def test_arabic_column_is_right_to_left_even_when_a_line_starts_with_a_latin_name():
    blocks = blocks_from_markup("- Nguyễn Thị Lan و فاطمة حداد\n")
    result = render_leaflet(LeafletDoc(title="x", layout="full", languages=["ar"], blocks={"ar": blocks}))
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        page = document.pages[0]
        words = page.extract_words()
    latin = [w for w in words if w["text"] == "Nguyễn"]
    arabic = [w for w in words if "فاطمة"[::-1] in unicodedata.normalize("NFKC", w["text"]) or "فاطمة" in w["text"]]
    assert latin and arabic
    # Right-to-left paragraph: the first name (Latin) is read first, so it stands on the right.
    assert latin[0]["x0"] > arabic[0]["x0"]
    assert latin[0]["x1"] > page.width / 2  # and the paragraph sits on the right


@pytest.mark.parametrize("layout", ["half", "quarter"])
def test_footer_rule_stays_above_an_issuer_that_wraps(layout):
    issuer = "Committee to Defend Immigrant Co-workers at Lakeside Poultry, Plant 2, and the Midwest Distribution Center"
    leaflet = LeafletDoc(title="x", layout=layout, languages=["en"], blocks={"en": EN}, issuer=issuer,
                         union_printed="Union printed by Local 1546 members")
    result = render_leaflet(leaflet)
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        page = document.pages[0]
        words = page.extract_words()
        lines = [edge for edge in page.lines if abs(edge["top"] - edge["bottom"]) < 0.5]
    footer_words = [w for w in words if w["text"] in ("Committee", "Defend", "Midwest", "Center")]
    tops = sorted({round(w["top"]) for w in footer_words})
    assert len(tops) >= 2, "the issuer should wrap for this test to mean something"
    rules = [line for line in lines if line["width"] > page.width / 4 and line["top"] > page.height / 4]
    assert rules
    for word in footer_words:
        over = [line for line in rules if line["top"] < word["bottom"] and line["x0"] <= word["x0"] <= line["x1"]]
        assert over, f"no rule above {word['text']!r}"
        rule = max(over, key=lambda line: line["top"])  # the footer rule: the lowest one above the word
        assert rule["top"] < word["top"] - 0.5, f"the footer rule runs through {word['text']!r}"

def _fonts(obj, seen=None):
    """Every font dictionary used by a page, including inside form XObjects."""
    seen = seen if seen is not None else []
    resources = obj.get("/Resources")
    if resources is None:
        return seen
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        seen.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        _fonts(xobject.get_object(), seen)
    return seen


@pytest.mark.parametrize("layout", ["full", "quarter_front_back"])
def test_every_font_is_an_embedded_subset(layout):
    blocks = blocks_from_markup(f"# {VI}\n\n*{LATIN}*\n\n{LATIN}\n\n{ZH}\n\n{AR}\n")
    the_doc = LeafletDoc(title="x", layout=layout, languages=["vi", "es"] if "front" in layout else ["vi"],
                         blocks={"vi": blocks, "es": ES})
    reader = PdfReader(io.BytesIO(render_leaflet(the_doc).pdf))
    names = set()
    for page in reader.pages:
        found = _fonts(page)
        assert found
        for font in found:
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            assert "+" in str(font["/BaseFont"]), "not a subset"
            names.add(str(font["/BaseFont"]).split("+", 1)[1])
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= names
    assert "DroidSansFallbackFull" in names or any("Droid" in n for n in names)
    assert any("Naskh" in n for n in names)


# ---------------------------------------------------------------- QR code and image
def test_qr_code_decodes_to_its_link(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    link = "https://example.org/rally?from=leaflet"
    blocks = EN + [{"type": "qr", "data": link, "caption": "Scan for details"}]
    pdf = tmp_path / "qr.pdf"
    write_leaflet_pdf(LeafletDoc(title="x", layout="half", languages=["en"], blocks={"en": blocks}), pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
        image = Image.open(tmp_path / "page.png")
        found = [r.text for r in zxingcpp.read_barcodes(image)]
        assert found.count(link) == 2  # one per half sheet
    # and the module matrix is reportlab's own QR of that link
    matrix = qr_matrix(link)
    assert len(matrix) >= 21 and matrix[0][:7] == [True] * 7


def test_image_block_is_drawn_and_a_missing_one_is_reported(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "red").save(logo)
    blocks = [{"type": "image", "path": str(logo), "height_mm": 15}] + EN
    result = render_leaflet(LeafletDoc(title="x", languages=["en"], blocks={"en": blocks}))
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        images = document.pages[0].images
        assert len(images) == 1
        assert abs((images[0]["bottom"] - images[0]["top"]) - 15 * 72 / 25.4) < 1
    assert result.missing_images == []
    missing = render_leaflet(LeafletDoc(title="x", languages=["en"], blocks={"en": [{"type": "image", "path": str(tmp_path / "nope.png")}]}))
    assert missing.missing_images == [str(tmp_path / "nope.png")]


# ---------------------------------------------------------------- overflow
def test_text_that_does_not_fit_is_reported_and_shrink_fixes_it(tmp_path):
    long = [{"type": "paragraph", "text": "Organize the shop floor and talk to every co-worker. " * 30}]
    the_doc = LeafletDoc(title="x", layout="quarter", languages=["en"], blocks={"en": EN + long})
    result = render_leaflet(the_doc)
    assert not result.fits
    over = result.overflows[0]
    assert over.page == 1 and over.language == "en" and over.needed > over.available and over.percent_over > 0
    assert leaflets.MIN_SCALE <= result.fit_scale < 1.0
    with pytest.raises(LeafletOverflow) as caught:
        write_leaflet_pdf(the_doc, tmp_path / "x.pdf")
    assert "%" in caught.value.user_message
    assert not (tmp_path / "x.pdf").exists()
    shrunk = the_doc.copy()
    shrunk.scale = result.fit_scale
    assert render_leaflet(shrunk).fits
    write_leaflet_pdf(the_doc, tmp_path / "x.pdf", shrink_to_fit=True)
    assert "Organize the shop floor" in text_of((tmp_path / "x.pdf").read_bytes())[0]


def test_one_page_and_four_up_render_repeatedly():
    """Speed is measured by `make bench`; here: repeated renders (the live preview) stay correct."""
    one = leaflets.load_template("rally-announcement")
    cards = leaflets.load_template("know-your-rights-card")
    cards.layout = "quarter"
    cards.languages = ["en"]
    for _ in range(3):
        assert render_leaflet(one).pages == 1
        assert render_leaflet(cards).pages == 1


# ---------------------------------------------------------------- markup, templates, database
def test_markup_round_trip_covers_every_block_type():
    blocks = blocks_from_markup(
        "# Head\n## Sub\nLine one\nline two **bold** *it*\n\n- a\n- b\n> When: now\n> free text\n"
        "[image /tmp/logo.png | 12]\n[qr tel:+13125550199 | Call us]\n"
    )
    assert [b["type"] for b in blocks] == ["headline", "subhead", "paragraph", "bullets", "box", "image", "qr"]
    assert blocks[2]["text"] == "Line one line two **bold** *it*"
    assert blocks[4]["rows"] == [["When", "now"], ["", "free text"]]
    assert blocks[5] == {"type": "image", "path": "/tmp/logo.png", "height_mm": 12.0}
    assert blocks[6] == {"type": "qr", "data": "tel:+13125550199", "caption": "Call us"}
    assert blocks_from_markup(markup_from_blocks(blocks)) == blocks


def test_templates_are_bilingual_and_fit():
    names = [t.name for t in leaflets.list_templates()]
    assert {"know-your-rights-card", "rally-announcement", "committee-meeting-notice"} <= set(names)
    for name in names:
        the_doc = leaflets.load_template(name)
        assert the_doc.languages == ["en", "es"]
        leaflets.validate(the_doc)
        assert render_leaflet(the_doc).fits, name
    kyr = text_of(render_leaflet(leaflets.load_template("know-your-rights-card")).pdf)
    assert "remain silent" in kyr[0] and "signed by a judge" in kyr[0] and "lawyer" in kyr[0]
    assert "guardar silencio" in kyr[1] and "firmada por un juez" in kyr[1] and "abogado" in kyr[1]
    with pytest.raises(errors.NotFound):
        leaflets.load_template("../etc/passwd")


def test_save_list_get_duplicate_delete(db):
    the_doc = doc("half")
    leaflet_id = leaflets.save_leaflet(db, the_doc)
    loaded = leaflets.get_leaflet(db, leaflet_id)
    assert (loaded.title, loaded.layout, loaded.languages, loaded.blocks, loaded.issuer) == (
        "Test leaflet", "half", ["en", "es"], the_doc.blocks, "Local 1546")
    loaded.paper = "a4"
    loaded.scale = 0.8
    leaflets.save_leaflet(db, loaded)
    assert leaflets.get_leaflet(db, leaflet_id).paper == "a4"
    assert leaflets.get_leaflet(db, leaflet_id).scale == 0.8
    copy_id = leaflets.duplicate_leaflet(db, leaflet_id)
    again = leaflets.duplicate_leaflet(db, leaflet_id)
    assert [s.title for s in leaflets.list_leaflets(db)] == ["Test leaflet", "Test leaflet (2)", "Test leaflet (copy)"]
    assert leaflets.get_leaflet(db, copy_id).blocks == the_doc.blocks
    with pytest.raises(errors.ValidationError):
        leaflets.save_leaflet(db, doc("full"))  # same title
    leaflets.delete_leaflet(db, again)
    assert len(leaflets.list_leaflets(db)) == 2
    assert leaflets.find_leaflet(db, "Test leaflet") == leaflet_id
    with pytest.raises(errors.NotFound):
        leaflets.find_leaflet(db, "No such leaflet")


def test_demo_creates_leaflets_from_the_templates(demo_db):
    titles = {s.title for s in leaflets.list_leaflets(demo_db)}
    assert {"Know your rights — wallet card", "Rally announcement", "Committee meeting notice"} <= titles


# ---------------------------------------------------------------- command line
def test_cli_templates_and_saved_leaflets(cli, tmp_path):
    listed = cli("list", "templates", passphrase=None)
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.splitlines()[0].split("\t")
    assert first[0] == "committee-meeting-notice" and first[1] == "Committee meeting notice"

    out = tmp_path / "kyr.pdf"
    printed = cli("print", "leaflet", "--template", "know-your-rights-card", str(out), passphrase=None)
    assert printed.returncode == 0, printed.stderr
    assert page_sizes(out.read_bytes()) == [LETTER, LETTER]

    path = tmp_path / "d.cdesk"
    assert cli("demo", "--db", str(path), "--people", "20").returncode == 0
    listed = cli("list", "leaflets", "--db", str(path))
    assert "Rally announcement" in listed.stdout
    out = tmp_path / "rally.pdf"
    printed = cli("print", "leaflet", "--db", str(path), "--leaflet", "Rally announcement", str(out))
    assert printed.returncode == 0, printed.stderr
    assert "Manifestación" in text_of(out.read_bytes())[0]

    missing = cli("print", "leaflet", "--db", str(path), "--leaflet", "Nope", str(tmp_path / "n.pdf"))
    assert missing.returncode == 2 and "No leaflet" in missing.stderr
    assert cli("list", "leaflets", passphrase=None).returncode == 2


def test_cli_refuses_overflow_unless_shrinking(cli, db, db_arg, tmp_path):
    long = [{"type": "paragraph", "text": "Talk to every co-worker on every shift. " * 60}]
    leaflets.save_leaflet(db, LeafletDoc(title="Long", layout="quarter", languages=["en"], blocks={"en": long}))
    db.close()
    out = tmp_path / "long.pdf"
    refused = cli("print", "leaflet", "--db", db_arg, "--leaflet", "Long", str(out))
    assert refused.returncode == 2 and "does not fit" in refused.stderr and not out.exists()
    shrunk = cli("print", "leaflet", "--db", db_arg, "--leaflet", "Long", "--shrink-to-fit", str(out))
    assert shrunk.returncode == 0, shrunk.stderr
    assert out.exists()
