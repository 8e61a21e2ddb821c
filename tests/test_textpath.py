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
