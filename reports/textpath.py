"""The one text path for every PDF the app writes.

Every report draws its words with these functions (never ``canvas.drawString`` with a font of its
own), so that every script prints right and every font is embedded:

* ``draw_text(c, x, y, text, size=…, bold=…, align=…, width=…)`` draws one line at baseline ``y``;
* ``text_width(text, size=…, bold=…)`` measures it;
* ``wrap_text(text, size=…, width=…, max_lines=…)`` breaks a paragraph into lines for ``draw_text``.

(First version: one face per text, as the reports did before; the shaping path replaces it.)
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

ELLIPSIS = "…"


def _face(text: str, bold: bool) -> str:
    return fonts.face_for(text, bold=bold)


def text_width(text: str, *, size: float, bold: bool = False) -> float:
    """The width ``draw_text`` would give ``text`` at ``size`` points."""
    return stringWidth(text, _face(text, bold), size)


def fit_text(text: str, *, size: float, width: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` (unchanged when it fits)."""
    if text_width(text, size=size, bold=bold) <= width:
        return text
    while text and text_width(text + ELLIPSIS, size=size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def draw_text(c, x: float, y: float, text: str, *, size: float, bold: bool = False, align: str = "left",
              width: float | None = None) -> float:
    """Draw one line of ``text`` on canvas ``c`` at baseline ``y``. ``x`` is the left edge
    (``align="left"``), the right edge (``"right"``) or the centre (``"center"``). With ``width``
    the text is shortened with "…" to fit. Returns the drawn width."""
    if align not in ("left", "right", "center"):
        raise ValueError(f"align must be left, right or center, not {align!r}")
    text = text.replace("\n", " ")
    if width is not None:
        text = fit_text(text, size=size, width=width, bold=bold)
    drawn = text_width(text, size=size, bold=bold)
    if not text:
        return 0.0
    left = x if align == "left" else x - drawn if align == "right" else x - drawn / 2
    c.setFont(_face(text, bold), size)
    c.drawString(left, y, text)
    return drawn


def wrap_text(text: str, *, size: float, width: float, bold: bool = False, max_lines: int | None = None) -> list[str]:
    """Break ``text`` (paragraphs separated by newlines) into lines no wider than ``width``; with
    ``max_lines`` the last kept line ends with "…" when text was left out. A word wider than the
    line is cut with "…"."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if text_width(trial, size=size, bold=bold) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            line = word if text_width(word, size=size, bold=bold) <= width else fit_text(word, size=size, width=width, bold=bold)
        lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = last + ELLIPSIS if text_width(last + ELLIPSIS, size=size, bold=bold) <= width else \
            fit_text(last + " " + ELLIPSIS * 2, size=size, width=width, bold=bold)
    return lines
