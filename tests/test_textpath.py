"""The one text path for PDFs (reports/core/textpath.py): measured, fitted, wrapped and drawn text."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from reportlab.pdfgen import canvas

from reports.core.textpath import draw_text, fit_text, text_width, wrap_text


def _pdftotext(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_width_grows_with_text_and_size():
    assert text_width("", size=10) == 0
    assert 0 < text_width("Ana", size=10) < text_width("Ana López", size=10)
    assert text_width("Ana", size=20) == pytest.approx(2 * text_width("Ana", size=10))
    assert text_width("Ana", size=10, bold=True) > text_width("Ana", size=10)
    assert text_width("王小明", size=10) > 0
    assert text_width("فاطمة حداد", size=10) > 0


def test_fit_shortens_with_an_ellipsis():
    long = "Guadalupe Fernández de la Concepción"
    assert fit_text("Ana", size=10, width=200) == "Ana"
    short = fit_text(long, size=10, width=60)
    assert short.endswith("…") and len(short) < len(long)
    assert text_width(short, size=10) <= 60


def test_wrap_respects_width_and_max_lines():
    text = "One two three four five six seven eight nine ten eleven twelve"
    lines = wrap_text(text, size=10, width=80)
    assert len(lines) > 2
    assert all(text_width(line, size=10) <= 80 for line in lines)
    assert " ".join(lines) == text
    capped = wrap_text(text, size=10, width=80, max_lines=2)
    assert len(capped) == 2 and capped[-1].endswith("…")
    assert all(text_width(line, size=10) <= 80 for line in capped)
    assert wrap_text("a\n\nb", size=10, width=80) == ["a", "", "b"]


def test_draw_aligns_and_returns_width(tmp_path):
    out = tmp_path / "t.pdf"
    c = canvas.Canvas(str(out))
    w = draw_text(c, 100, 700, "Left", size=10)
    assert w == pytest.approx(text_width("Left", size=10))
    assert draw_text(c, 500, 680, "Right", size=10, align="right") == pytest.approx(text_width("Right", size=10))
    assert draw_text(c, 300, 660, "Centre", size=10, align="center") > 0
    fitted = draw_text(c, 100, 640, "A very long name that will not fit in the room", size=10, width=50)
    assert fitted <= 50
    with pytest.raises(ValueError):
        draw_text(c, 0, 0, "x", size=10, align="middle")
    c.save()
    text = _pdftotext(out)
    for word in ("Left", "Right", "Centre"):
        assert word in text


def test_numbers_keep_their_order_inside_right_to_left_text(tmp_path):
    """Bidi rule W2 turns "555" and "0199" after Arabic letters into Arabic numbers, which the
    dash between them then reorders ("0199-555"): numbers are isolated left-to-right runs."""
    from reports.core.textpath import layout

    out = tmp_path / "numbers.pdf"
    c = canvas.Canvas(str(out))
    draw_text(c, 500, 700, "اتصل بـ 555-0199 الآن", size=12, align="right", direction="rtl")
    draw_text(c, 500, 680, "الهاتف (312) 555-0100 أو +1 555 0142", size=12, align="right", direction="rtl")
    draw_text(c, 50, 660, "Call فاطمة حداد 555-0101", size=12)  # English line, Arabic name, then a phone
    c.save()
    text = _pdftotext(out)
    for number in ("555-0199", "(312) 555-0100", "+1 555 0142", "555-0101"):
        assert number in text, (number, text)
    assert "0199-555" not in text and "0100-555" not in text
    # drawn order too: the runs of "اتصل بـ 555-0199" left to right are the number, then the words
    runs = layout("اتصل بـ 555-0199", 0, "rtl").runs
    assert runs[0].codes == "555-0199"


def test_paragraph_direction_is_the_documents(tmp_path):
    """An English line that starts with an Arabic name stays left to right: the name first (on the
    left), then the English words; a list of isolated Arabic names keeps its order."""
    from reports.core.textpath import isolate, layout

    english = layout("خالد جابر calls these people", 1)  # default: left to right
    assert english.runs[-1].codes.startswith("calls") or "calls" in english.runs[-1].codes
    assert not any("calls" in run.codes for run in english.runs[:1])
    auto = layout("خالد جابر calls these people", 1, None)  # the first strong letter's: right to left
    assert "calls" in auto.runs[0].codes
    names = layout(", ".join(isolate(n) for n in ("فاطمة حداد", "خديجة حداد")))
    first, second = (layout(isolate(n)).runs for n in ("فاطمة حداد", "خديجة حداد"))
    codes = "".join(run.codes for run in names.runs)
    assert codes.index(first[0].codes) < codes.index(second[0].codes)
    with pytest.raises(ValueError):
        layout("x", 0, "sideways")
