"""Fonts shipped in resources/fonts and embedded in every PDF (never system fonts).

Families registered with reportlab:
* ``CDSans`` (DejaVu Sans: Latin with every accent, Vietnamese, Greek, Cyrillic; normal/bold/italic)
* ``CDCJK`` (Droid Sans Fallback: Chinese, Japanese, Korean)
* ``CDArabic`` (Noto Naskh Arabic)
* ``CDSymbols`` (Symbola: symbols, dingbats and emoji, the last fallback)
Reports draw text through reports/core/textpath.py, which shapes it and picks a face per character.
``face_for(text, bold)`` is the old whole-string guess, kept for callers outside the PDFs.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.core.paths import resources_dir

SANS = "CDSans"
SANS_BOLD = "CDSans-Bold"
SANS_ITALIC = "CDSans-Oblique"
SANS_BOLD_ITALIC = "CDSans-BoldOblique"
CJK = "CDCJK"
ARABIC = "CDArabic"
ARABIC_BOLD = "CDArabic-Bold"
SYMBOLS = "CDSymbols"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    SYMBOLS: "Symbola.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register every shipped face once per process (idempotent)."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    addMapping(ARABIC, 0, 0, ARABIC)
    addMapping(ARABIC, 1, 0, ARABIC_BOLD)
    addMapping(ARABIC, 0, 1, ARABIC)
    addMapping(ARABIC, 1, 1, ARABIC_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)


def has_cjk(text: str) -> bool:
    return any(
        "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u30ff"
        for ch in text
    )


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def face_for(text: str, bold: bool = False) -> str:
    """The registered face able to draw ``text`` (Arabic text must be shaped before drawing)."""
    register_fonts()
    if has_cjk(text):
        return CJK
    if has_arabic(text):
        return ARABIC_BOLD if bold else ARABIC
    return SANS_BOLD if bold else SANS
