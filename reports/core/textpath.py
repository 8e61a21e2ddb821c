"""The one text path for every PDF the app writes.

Every report draws its words with these functions (never ``canvas.drawString`` with a font of its
own), so that every script prints right and every font is embedded:

* ``draw_text(c, x, y, text, size=…, bold=…, align=…, width=…)`` draws one line at baseline ``y``
  (on a canvas, or into a ``PDFTextObject`` so a page's many cells share one text object);
* ``text_width(text, size=…, bold=…)`` measures it; ``fit_text`` shortens it with "…";
* ``wrap_text(text, size=…, width=…, max_lines=…)`` breaks a paragraph into lines for ``draw_text``;
* ``TextBlock`` is a platypus Flowable of wrapped lines (rich runs: bold spans) for the documents
  built with platypus (resolutions, leaflets).

How a line is laid out (``layout``):

1. **Bidi.** The Unicode bidi algorithm (the reference implementation in python-bidi's
   ``bidi.algorithm``) gives each character its embedding level; a left-to-right line with no
   right-to-left character skips this (level 0 everywhere). The paragraph direction is the
   document's (``direction="ltr"``, the default, for English and Spanish sheets, so
   "خالد جابر calls these people" keeps its order; ``"rtl"`` for an Arabic leaflet column; None
   takes the first strong character's). Isolates (LRI, RLI, FSI … PDI; ``isolate(name)``) are
   resolved as UAX #9 says, which python-bidi's reference code does not do itself, and every
   number (digits with - . ( ) / : spaces +) is an isolated left-to-right run, so
   "اتصل بـ 555-0199" does not print "0199-555".
2. **Font per character.** Each character takes the first shipped face that has it, Arabic letters
   preferring Noto Naskh and CJK Droid Sans Fallback, then DejaVu Sans, Noto Naskh, Droid Sans
   Fallback and Symbola (symbols and emoji), so one odd character never blanks the rest of a name.
   Combining marks, spaces and default-ignorable characters (variation selectors, joiners, bidi
   controls) stay with the character before them.
3. **Runs.** Characters with the same level and face form a run. A run that is right-to-left, in
   Arabic, or holds marks or ignorables is shaped by HarfBuzz (``uharfbuzz``: joining, ligatures,
   mark positioning, mirrored brackets); other runs are drawn as they are. Runs are put in visual
   order by the bidi rule L2.
4. **Text that can be found.** A shaped glyph that is not simply its character's glyph (a joined
   Arabic form, a ligature, a glyph with a variation selector) is drawn with a private code whose
   ToUnicode entry is the logical characters of its cluster, so ``pdftotext`` (which puts
   right-to-left text back in logical order itself) gives the name as stored: base letters, not
   U+FExx presentation forms, with its marks, and default-ignorables kept but not drawn (but for
   the isolate controls LRI, RLI, FSI and PDI, dropped once the bidi levels are known).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

import uharfbuzz as hb
from bidi import algorithm as _bidi
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts
from reportlab.pdfgen import canvas
from reportlab.lib.enums import TA_CENTER, TA_RIGHT

ELLIPSIS = "…"

# --------------------------------------------------------------------------------------------------
# Characters


def is_ignorable(ch: str) -> bool:
    """Unicode default-ignorable code points (never drawn; kept in the extracted text)."""
    cp = ord(ch)
    return (
        cp == 0xAD or cp == 0x34F or cp == 0x61C or 0x115F <= cp <= 0x1160 or 0x17B4 <= cp <= 0x17B5
        or 0x180B <= cp <= 0x180F or 0x200B <= cp <= 0x200F or 0x202A <= cp <= 0x202E or 0x2060 <= cp <= 0x206F
        or cp == 0x3164 or 0xFE00 <= cp <= 0xFE0F or cp == 0xFEFF or cp == 0xFFA0 or 0xFFF0 <= cp <= 0xFFF8
        or 0x1BCA0 <= cp <= 0x1BCA3 or 0x1D173 <= cp <= 0x1D17A or 0xE0000 <= cp <= 0xE0FFF
    )


def _is_arabic(cp: int) -> bool:
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x0870 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF \
        or 0xFE70 <= cp <= 0xFEFE


def _is_cjk(cp: int) -> bool:
    return 0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF \
        or 0x20000 <= cp <= 0x3FFFF or 0x1100 <= cp <= 0x11FF


_SHAPED_FACES = frozenset((fonts.ARABIC, fonts.ARABIC_BOLD))
_RTL_CLASSES = frozenset(("R", "AL", "RLE", "RLO", "RLI"))
_PLAIN_ASCII = frozenset(chr(c) for c in range(0x20, 0x7F))

# --------------------------------------------------------------------------------------------------
# Faces


@dataclass
class _Face:
    name: str
    ttf: ttfonts.TTFont
    cmap: dict
    scale: float  # font units -> 1/1000 em
    hb_font: object


# style: 0 regular, 1 bold, 2 italic, 3 bold italic (``bold=True`` is style 1)
_CHAINS = (
    (fonts.SANS, fonts.ARABIC, fonts.CJK, fonts.SYMBOLS),
    (fonts.SANS_BOLD, fonts.ARABIC_BOLD, fonts.CJK, fonts.SYMBOLS),
    (fonts.SANS_ITALIC, fonts.ARABIC, fonts.CJK, fonts.SYMBOLS),
    (fonts.SANS_BOLD_ITALIC, fonts.ARABIC_BOLD, fonts.CJK, fonts.SYMBOLS),
)


@lru_cache(maxsize=None)
def _face(name: str) -> _Face:
    fonts.register_fonts()
    _install_tounicode()
    ttf = pdfmetrics.getFont(name)
    hb_face = hb.Face(hb.Blob(ttf.face._ttf_data))
    hb_font = hb.Font(hb_face)
    upem = hb_face.upem
    return _Face(name, ttf, ttf.face.charToGlyph, 1000.0 / upem, hb_font)


@lru_cache(maxsize=None)
def _chain(style: int) -> tuple[_Face, ...]:
    return tuple(_face(name) for name in _CHAINS[int(style)])


def _choose(cp: int, chain: tuple[_Face, ...]) -> _Face:
    if _is_arabic(cp):
        order = (chain[1], chain[0], chain[2], chain[3])
    elif _is_cjk(cp):
        order = (chain[2], chain[0], chain[1], chain[3])
    else:
        order = chain
    for face in order:
        if cp in face.cmap:
            return face
    return chain[0]


@lru_cache(maxsize=8192)
def _face_for_char(ch: str, style: int) -> _Face:
    return _choose(ord(ch), _chain(style))


# --------------------------------------------------------------------------------------------------
# Private codes for shaped glyphs, and their ToUnicode entries

_PRIVATE_FIRST = 0xF0000  # supplementary private use planes 15 and 16: no font here maps them
_private: dict[tuple[str, int, str], int] = {}
_private_text: dict[int, str] = {}
_private_next = [_PRIVATE_FIRST]


def _private_code(face: _Face, gid: int, text: str, advance: float) -> int:
    key = (face.name, gid, text)
    code = _private.get(key)
    if code is None:
        code = _private_next[0]
        _private_next[0] += 1
        if code > 0x10FFFD:
            raise RuntimeError("too many distinct shaped glyphs in one process")
        _private[key] = code
        _private_text[code] = text
        face.cmap[code] = gid
        face.ttf.face.charWidths[code] = advance
    return code


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with each private code mapped to its cluster's characters and
    characters beyond U+FFFF written as UTF-16 surrogate pairs (reportlab writes 5 hex digits)."""
    entries = []
    for i, code in enumerate(subset):
        text = _private_text.get(code)
        if text is None:
            text = chr(code) if code else ""
        if text:
            entries.append("<%02X> <%s>" % (i, _utf16_hex(text)))
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        "<< /Registry (%s)" % fontname,
        "/Ordering (%s)" % fontname,
        "/Supplement 0",
        ">> def",
        "/CMapName /%s def" % fontname,
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1),
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block (PDF reference)
        block = entries[start:start + 100]
        cmap += ["%d beginbfchar" % len(block), *block, "endbfchar"]
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(cmap)


@lru_cache(maxsize=1)
def _install_tounicode() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# --------------------------------------------------------------------------------------------------
# Layout of one line


@dataclass(frozen=True)
class _Run:
    """A piece of a line in visual order: ``codes`` to draw with ``face``; ``advances`` /
    ``offsets`` (1/1000 em) only when the run was shaped (else the font's own widths apply)."""

    face: str
    codes: str
    width: float  # 1/1000 em
    advances: Optional[tuple[float, ...]] = None
    offsets: Optional[tuple[tuple[float, float], ...]] = None


@dataclass(frozen=True)
class Layout:
    runs: tuple[_Run, ...]
    width: float  # 1/1000 em


_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_INITIATORS = frozenset((_LRI, _RLI, _FSI))
_ISOLATE_CONTROLS = frozenset((_LRI, _RLI, _FSI, _PDI))
_PLACEHOLDER = "\ufffc"  # an isolate as its surroundings see it: one neutral character (BD13)
# A number as people write it: digits with - . ( ) / : spaces and a leading +, e.g. "555-0199",
# "(555) 555-0199", "+1 555 0199", "11:00" (European digits only: Arabic-Indic digits stay AN).
_NUMBER = re.compile(r"[+(]?[0-9](?:[0-9().\-/:]|[ \u00a0](?=[(0-9]))*")


_DIRECTIONS = frozenset(("ltr", "rtl", "auto", None))


def _direction_level(direction: Optional[str], text: str) -> int:
    """0 (left-to-right) or 1 (right-to-left) for ``direction`` "ltr"/"rtl"; None: the first
    strong character's (outside isolates)."""
    if direction in (None, "auto"):
        return _first_strong(text)
    if direction not in ("ltr", "rtl"):
        raise ValueError(f"direction must be ltr, rtl or None, not {direction!r}")
    return int(direction == "rtl")


def _first_strong(text: str) -> int:
    depth = 0
    for ch in text:
        if ch in _INITIATORS:
            depth += 1
        elif ch == _PDI:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return 1
            if kind == "L":
                return 0
    return 0


def _isolates(text: str) -> list[tuple[int, int, int, int]]:
    """The outermost isolates of ``text`` as (start, end, content start, content end): each
    LRI/RLI/FSI … PDI (an unclosed one runs to the end of the line), and each number outside them
    (a left-to-right isolate without controls: its content starts where it starts)."""
    spans: list[tuple[int, int, int, int]] = []
    depth, opened = 0, 0
    for i, ch in enumerate(text):
        if ch in _INITIATORS:
            if not depth:
                opened = i
            depth += 1
        elif ch == _PDI and depth:
            depth -= 1
            if not depth:
                spans.append((opened, i + 1, opened + 1, i))
    if depth:
        spans.append((opened, len(text), opened + 1, len(text)))
    numbers = []
    for match in _NUMBER.finditer(text):
        start, end = match.start(), match.end()
        while end > start + 1 and text[end - 1] in " \u00a0-./:(" :  # trailing punctuation stays outside
            end -= 1
        if not any(s <= start < e for s, e, _a, _b in spans):
            numbers.append((start, end, start, end))
    return sorted(spans + numbers)


def _levels(text: str, base: int, outermost: bool = True) -> list[int]:
    """Embedding level of each character: the Unicode bidi algorithm at paragraph level ``base``,
    with isolates (LRI, RLI, FSI … PDI, and numbers, which keep their left-to-right order inside
    right-to-left text: "اتصل بـ 555-0199", not "0199-555") resolved as UAX #9 says: the
    surroundings see an isolate as one neutral character, its content is a paragraph of its own
    one or two levels up. (python-bidi's reference implementation predates isolates.)"""
    spans = _isolates(text)
    outer = text
    for start, end, _a, _b in reversed(spans):
        outer = outer[:start] + _PLACEHOLDER + outer[end:]
    outer_levels = _reference_levels(outer, base)
    levels: list[int] = []
    pos = 0  # index in ``outer``
    cursor = 0  # index in ``text``
    for start, end, inner_start, inner_end in spans:
        levels.extend(outer_levels[pos:pos + start - cursor])
        pos += start - cursor
        here = outer_levels[pos]
        initiator = text[start] if inner_start > start else _LRI
        inner = text[inner_start:inner_end]
        inner_base = 0 if initiator == _LRI else 1 if initiator == _RLI else _first_strong(inner)
        level = base + 1
        if level % 2 != inner_base:
            level += 1
        if inner_start == start:  # a number: digits and separators, left to right
            inner_levels = [level] * len(inner)
        else:
            inner_levels = [lv + level - inner_base for lv in _levels(inner, inner_base, False)] if inner else []
        # the controls themselves are not drawn: they join the run of the text they enclose
        opening, closing = (inner_levels[0], inner_levels[-1]) if inner_levels else (here, here)
        levels.extend([opening] * (inner_start - start) + inner_levels + [closing] * (end - inner_end))
        pos += 1
        cursor = end
    levels.extend(outer_levels[pos:])
    if outermost:  # L1: trailing whitespace goes back to the paragraph level
        i = len(text) - 1
        while i >= 0 and (text[i].isspace() or is_ignorable(text[i])):
            levels[i] = base
            i -= 1
    return levels


def _reference_levels(text: str, base: int) -> list[int]:
    """Levels from python-bidi's reference implementation (rules X1-I2) for a text without isolates
    (a stray PDI is read as a neutral)."""
    text = text.replace(_PDI, _PLACEHOLDER)
    if not any(unicodedata.bidirectional(ch) in _RTL_CLASSES or unicodedata.bidirectional(ch) == "AN"
               for ch in text) and base == 0:
        return [0] * len(text)
    storage = _bidi.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    _bidi.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage, False)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels = [-1] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    previous = base
    for i, level in enumerate(levels):  # characters removed by rule X9 take their neighbour's level
        if level < 0:
            levels[i] = previous
        previous = levels[i]
    return levels


def _inherits(ch: str) -> bool:
    return ch == " " or is_ignorable(ch) or unicodedata.category(ch) in ("Mn", "Me", "Mc")


def _shape(face: _Face, text: str, rtl: bool) -> _Run:
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    try:
        buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    except AttributeError:  # older uharfbuzz: ignorables come out as invisible glyphs instead
        pass
    hb.shape(face.hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    # Cluster starts in logical order: a cluster's text runs to the next start.
    starts = sorted({info.cluster for info in infos})
    end_of = {start: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, start in enumerate(starts)}
    # A cluster's characters go with its widest glyph (the base letter, not a mark above it).
    carrier: dict[int, int] = {}
    for n, (info, pos) in enumerate(zip(infos, positions)):
        best = carrier.get(info.cluster)
        if best is None or pos.x_advance > positions[best].x_advance:
            carrier[info.cluster] = n
    codes: list[str] = []
    advances: list[float] = []
    offsets: list[tuple[float, float]] = []
    scale = face.scale
    for n, (info, pos) in enumerate(zip(infos, positions)):
        gid, cluster = info.codepoint, info.cluster
        cluster_text = text[cluster:end_of[cluster]] if carrier[cluster] == n else ""
        if rtl and len(cluster_text) > 1:
            # Text extractors read a right-to-left line's characters in visual order and reverse
            # them (poppler does not reverse a glyph's own several characters first): give a
            # cluster of several characters (a ligature, a letter and its marks) in visual order.
            cluster_text = cluster_text[::-1]
        advance = pos.x_advance * scale
        if len(cluster_text) == 1 and face.cmap.get(ord(cluster_text)) == gid and ord(cluster_text) < _PRIVATE_FIRST:
            code = ord(cluster_text)
        else:
            code = _private_code(face, gid, cluster_text, face.hb_font.get_glyph_h_advance(gid) * scale)
        codes.append(chr(code))
        advances.append(advance)
        offsets.append((pos.x_offset * scale, pos.y_offset * scale))
    width = sum(advances)
    return _Run(face.name, "".join(codes), width, tuple(advances), tuple(offsets))


def _plain(face: _Face, text: str) -> _Run:
    return _Run(face.name, text, stringWidth(text, face.name, 1000))


@lru_cache(maxsize=20000)
def layout(text: str, bold: int = False, direction: Optional[str] = "ltr") -> Layout:
    """``text`` (one line) laid out in visual order; widths in 1/1000 em. ``bold`` may also be a
    style number (2 italic, 3 bold italic). ``direction`` is the paragraph direction: the
    document's ("ltr" for an English or Spanish sheet, "rtl" for an Arabic column), or None for
    the first strong character's."""
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be ltr, rtl or None, not {direction!r}")
    if not text:
        return Layout((), 0.0)
    if _PLAIN_ASCII.issuperset(text) and direction != "rtl":
        face = _chain(int(bold))[0]
        run = _plain(face, text)
        return Layout((run,), run.width)
    return layout_rich(((text, int(bold)),), direction)


@lru_cache(maxsize=4096)
def layout_rich(pieces: tuple[tuple[str, int], ...], direction: Optional[str] = "ltr") -> Layout:
    """One line made of (text, style) pieces, laid out together (one bidi paragraph whose
    direction is ``direction``, see ``layout``)."""
    text = "".join(piece for piece, _style in pieces)
    if not text:
        return Layout((), 0.0)
    styles: list[int] = []
    for piece, style in pieces:
        styles.extend([int(style)] * len(piece))
    base = _direction_level(direction, text)
    rtl_present = base == 1 or any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)
    levels = _levels(text, base) if rtl_present else [0] * len(text)
    if _ISOLATE_CONTROLS.intersection(text):  # their work is done: neither drawn nor extracted
        keep = [i for i, ch in enumerate(text) if ch not in _ISOLATE_CONTROLS]
        text = "".join(text[i] for i in keep)
        styles = [styles[i] for i in keep]
        levels = [levels[i] for i in keep]
        if not text:
            return Layout((), 0.0)
    # font per character
    faces: list[_Face] = []
    for i, ch in enumerate(text):
        if i and styles[i] == styles[i - 1] and _inherits(ch) and (is_ignorable(ch) or ord(ch) in faces[-1].cmap):
            faces.append(faces[-1])
        else:
            faces.append(_face_for_char(ch, styles[i]))
    # runs of one level and one face (logical order)
    logical: list[tuple[int, _Run]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or faces[i] is not faces[start]:
            piece, face, level = text[start:i], faces[start], levels[start]
            needs_shaping = (level % 2 == 1 or face.name in _SHAPED_FACES
                             or any(_inherits(ch) and ch != " " for ch in piece))
            run = _shape(face, piece, level % 2 == 1) if needs_shaping else _plain(face, piece)
            if run.codes:
                logical.append((level, run))
            start = i
    # L2: from the highest level down to the lowest odd level, reverse every sequence of runs at
    # that level or higher
    if rtl_present and logical:
        highest = max(level for level, _ in logical)
        lowest_odd = min((level for level, _ in logical if level % 2), default=highest + 1)
        items = list(logical)
        for level in range(highest, lowest_odd - 1, -1):
            i = 0
            while i < len(items):
                if items[i][0] >= level:
                    j = i
                    while j < len(items) and items[j][0] >= level:
                        j += 1
                    items[i:j] = items[i:j][::-1]
                    i = j
                else:
                    i += 1
        logical = items
    runs = tuple(run for _, run in logical)
    return Layout(runs, sum(run.width for run in runs))


# --------------------------------------------------------------------------------------------------
# Public API


def text_width(text: str, *, size: float, bold: bool = False) -> float:
    """The width ``draw_text`` would give ``text`` at ``size`` points."""
    return layout(_one_line(text), bold).width * size / 1000.0


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ") if text else ""


def fit_text(text: str, *, size: float, width: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` (unchanged when it fits).
    Shortens by whole characters with their marks (never leaves a mark without its letter)."""
    text = _one_line(text)
    if text_width(text, size=size, bold=bold) <= width:
        return text
    # binary search over grapheme-ish boundaries (a base character and the marks after it)
    bounds = [i for i in range(1, len(text) + 1) if i == len(text) or not _inherits(text[i]) or text[i] == " "]
    lo, hi = 0, len(bounds) - 1
    best = ""
    while lo <= hi:
        mid = (lo + hi) // 2
        trial = text[:bounds[mid]].rstrip() + ELLIPSIS
        if text_width(trial, size=size, bold=bold) <= width:
            best = trial
            lo = mid + 1
        else:
            hi = mid - 1
    return best or (ELLIPSIS if text_width(ELLIPSIS, size=size, bold=bold) <= width else "")


def fit_size(text: str, *, size: float, width: float, bold: bool = False, min_size: float = 6) -> float:
    """The largest size from ``size`` down to ``min_size`` (half points) at which ``text`` fits."""
    natural = text_width(text, size=1000, bold=bold) / 1000
    if natural * size <= width or natural <= 0:
        return size
    return max(min_size, int(width / natural * 2) / 2)


def draw_text(c, x: float, y: float, text: str, *, size: float, bold: bool = False, align: str = "left",
              width: Optional[float] = None, direction: Optional[str] = "ltr") -> float:
    """Draw one line of ``text`` at baseline ``y`` on ``c`` — a reportlab canvas, or a
    ``PDFTextObject`` (the caller then draws it with ``canvas.drawText``). ``x`` is the left
    edge (``align="left"``), the right edge (``"right"``) or the centre (``"center"``). With
    ``width`` the text is shortened with "…" to fit. ``direction`` is the paragraph direction
    (see ``layout``): an English or Spanish sheet is left-to-right even where a line starts with
    an Arabic name. Returns the drawn width."""
    if align not in ("left", "right", "center"):
        raise ValueError(f"align must be left, right or center, not {align!r}")
    text = _one_line(text)
    if width is not None:
        text = fit_text(text, size=size, width=width, bold=bold)
    if not text:
        return 0.0
    lay = layout(text, bold, direction)
    drawn = lay.width * size / 1000.0
    left = x if align == "left" else x - drawn if align == "right" else x - drawn / 2
    own = not hasattr(c, "textOut")
    t = c.beginText() if own else c
    _emit(t, left, y, lay, size)
    if own:
        c.drawText(t)
    return drawn


def _emit(t, x: float, y: float, lay: Layout, size: float) -> None:
    k = size / 1000.0
    for run in lay.runs:
        t.setFont(run.face, size)
        if run.advances is None:
            t.setTextOrigin(x, y)
            t.textOut(run.codes)
            x += run.width * k
            continue
        widths = pdfmetrics.getFont(run.face).face.charWidths
        pen = x
        pending = ""
        pending_at = pen
        for code, advance, (dx, dy) in zip(run.codes, run.advances, run.offsets):
            if dx or dy or abs(widths.get(ord(code), 0) - advance) > 0.5:
                if pending:
                    t.setTextOrigin(pending_at, y)
                    t.textOut(pending)
                    pending = ""
                t.setTextOrigin(pen + dx * k, y + dy * k)
                t.textOut(code)
                pen += advance * k
                pending_at = pen
            else:
                if not pending:
                    pending_at = pen
                pending += code
                pen += advance * k
        if pending:
            t.setTextOrigin(pending_at, y)
            t.textOut(pending)
        x += run.width * k


def wrap_text(text: str, *, size: float, width: float, bold: bool = False,
              max_lines: Optional[int] = None) -> list[str]:
    """Break ``text`` (paragraphs separated by newlines) into lines (logical order) no wider than
    ``width``; with ``max_lines`` the last kept line ends with "…" when text was left out. A word
    wider than the line is cut with "…"."""
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
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


def new_canvas(path, **kwargs):
    """A reportlab canvas whose initial font is the shipped DejaVu Sans (reportlab's default,
    Helvetica, would be referenced unembedded)."""
    fonts.register_fonts()
    kwargs.setdefault("initialFontName", fonts.SANS)
    return canvas.Canvas(str(path), **kwargs)


def is_rtl(text: str) -> bool:
    """Whether ``text`` starts right-to-left (its first strong character outside isolates)."""
    return _first_strong(text or "") == 1


def isolate(text: str) -> str:
    """``text`` as a bidi isolate (FSI … PDI): a name put into a sentence keeps its own direction
    and leaves the sentence's alone ("خالد جابر calls these people" stays in that order)."""
    return f"{_FSI}{text}{_PDI}" if text else text


# --------------------------------------------------------------------------------------------------
# Paragraphs for platypus documents


def _atoms(segments: Sequence[tuple[str, int]]) -> list[tuple[str, int, bool]]:
    """(text, style, space before) pieces a line may break between: words, and each CJK
    character (Chinese and Japanese lines break between any two characters)."""
    atoms: list[tuple[str, int, bool]] = []
    space = False
    for text, style in segments:
        word = ""
        for ch in text:
            if ch.isspace():
                if word:
                    atoms.append((word, style, space))
                    word = ""
                space = True
            elif _is_cjk(ord(ch)) and unicodedata.category(ch).startswith("L"):
                if word:
                    atoms.append((word, style, space))
                    space = False
                    word = ""
                atoms.append((ch, style, space))
                space = False
            else:
                if not word and atoms and not space:  # continues the previous atom (a style change mid-word)
                    prev_text, prev_style, prev_space = atoms[-1]
                    if not (_is_cjk(ord(prev_text[-1])) and unicodedata.category(prev_text[-1]).startswith("L")):
                        atoms[-1] = (prev_text, prev_style, prev_space)
                word += ch
        if word:
            atoms.append((word, style, space))
            space = False
    return atoms


def _line_pieces(atoms: Sequence[tuple[str, int, bool]]) -> tuple[tuple[str, int], ...]:
    pieces: list[list] = []
    for n, (text, style, space) in enumerate(atoms):
        chunk = (" " if space and n else "") + text
        if pieces and pieces[-1][1] == style:
            pieces[-1][0] += chunk
        else:
            pieces.append([chunk, style])
    return tuple((text, style) for text, style in pieces)


class TextBlock(Flowable):
    """A paragraph drawn through the text path: ``segments`` are (text, style) pieces (style 0
    regular, 1 bold, 2 italic, 3 bold italic, or a bool for bold), wrapped to the frame, each line
    shaped and ordered as one bidi paragraph of ``direction`` ("ltr", "rtl", or None for the
    first strong character's). ``align="auto"`` puts a right-to-left paragraph on the right.
    ``bullet`` hangs at the start side."""

    def __init__(self, segments, size: float, leading: Optional[float] = None, align: str = "auto",
                 bullet: str = "", color=None, space_after: float = 0.0, space_before: float = 0.0,
                 direction: Optional[str] = "ltr") -> None:
        super().__init__()
        if isinstance(segments, str):
            segments = [(segments, 0)]
        self.segments = [(text, int(style)) for text, style in segments if text]
        self.size = size
        self.leading = leading or size * 1.25
        self.plain = "".join(text for text, _ in self.segments)
        self.rtl = _direction_level(direction, self.plain) == 1
        self.direction = "rtl" if self.rtl else "ltr"
        self.align = ("right" if self.rtl else "left") if align == "auto" else align
        self.bullet = bullet
        self.color = color
        self.spaceAfter = space_after
        self.spaceBefore = space_before
        self.lines: list[tuple[tuple[str, int], ...]] = []

    def _indent(self) -> float:
        return self.size * 1.2 if self.bullet else 0.0

    def widest_line(self) -> float:
        """The width (points) of the widest line as last wrapped, its indent included."""
        widths = [layout_rich(pieces, self.direction).width * self.size / 1000 for pieces in self.lines]
        return max(widths, default=0.0) + self._indent()

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        avail = max(1.0, aw - self._indent())
        self.lines = []
        for paragraph in _split_paragraphs(self.segments):
            atoms = _atoms(paragraph)
            line: list[tuple[str, int, bool]] = []
            for atom in atoms:
                trial = line + [atom]
                if line and layout_rich(_line_pieces(trial), self.direction).width * self.size / 1000 > avail:
                    self.lines.append(_line_pieces(line))
                    line = [(atom[0], atom[1], False)]
                else:
                    line = trial
            self.lines.append(_line_pieces(line))
        self.width = aw
        self.height = self.leading * max(1, len(self.lines))
        return self.width, self.height

    def split(self, aw: float, ah: float):
        self.wrap(aw, ah)
        fit = int(ah // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        first = TextBlock([], self.size, self.leading, self.align, self.bullet, self.color, 0, self.spaceBefore,
                          self.direction)
        rest = TextBlock([], self.size, self.leading, self.align, "", self.color, self.spaceAfter, 0, self.direction)
        first.lines, rest.lines = self.lines[:fit], self.lines[fit:]
        first.plain = rest.plain = self.plain
        for part in (first, rest):
            part.rtl = self.rtl
            part.wrap = part._fixed_wrap  # type: ignore[method-assign]
        return [first, rest]

    def _fixed_wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self.leading * max(1, len(self.lines))
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        if self.color is not None:
            c.setFillColor(self.color)
        indent = self._indent()
        y = self.height - self.size
        t = c.beginText()
        for index, pieces in enumerate(self.lines):
            lay = layout_rich(pieces, self.direction)
            drawn = lay.width * self.size / 1000
            if self.align == "right":
                x = self.width - (indent if self.rtl else 0) - drawn
            elif self.align == "center":
                x = (self.width - drawn) / 2
            else:
                x = indent if not self.rtl else 0
            _emit(t, x, y, lay, self.size)
            if index == 0 and self.bullet:
                bullet = layout(self.bullet, False)
                bx = self.width - bullet.width * self.size / 1000 if self.rtl else 0
                _emit(t, bx, y, bullet, self.size)
            y -= self.leading
        c.drawText(t)


def _split_paragraphs(segments):
    """Segments split at newlines into paragraphs (each a list of segments)."""
    paragraphs: list[list[tuple[str, int]]] = [[]]
    for text, style in segments:
        parts = text.split("\n")
        for n, part in enumerate(parts):
            if n:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, style))
    return paragraphs


class TextLine(Flowable):
    """One line through the text path for a table cell: shortened with "…" to the cell's width."""

    def __init__(self, text: str, size: float, bold: bool = False, align: str = "auto", color=None,
                 direction: Optional[str] = "ltr") -> None:
        super().__init__()
        self.text = _one_line(text or "")
        self.direction = direction
        self.size = size
        self.bold = bold
        self.align = align
        self.color = color

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self.size * 1.2
        return self.width, self.height

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        align = self.align if self.align != "auto" else ("right" if is_rtl(self.text) else "left")
        x = {"left": 0, "right": self.width, "center": self.width / 2}[align]
        draw_text(self.canv, x, self.size * 0.25, self.text, size=self.size, bold=self.bold, align=align, width=self.width,
                  direction=self.direction)


_TAG = None


def segments_from_markup(markup: str, base_style: int = 0) -> list[tuple[str, int]]:
    """reportlab-style inline markup (``<b>``, ``<i>``, ``<br/>``, ``<font …>`` ignored, XML
    entities) -> (text, style) segments for ``TextBlock``."""
    global _TAG
    if _TAG is None:
        _TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*?(/?)>")
    bold = base_style & 1
    italic = base_style & 2
    segments: list[tuple[str, int]] = []
    pos = 0
    for match in _TAG.finditer(markup):
        if match.start() > pos:
            segments.append((html.unescape(markup[pos:match.start()]), (1 if bold else 0) + (2 if italic else 0)))
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag == "b" or tag == "strong":
            bold = 0 if closing else 1
        elif tag == "i" or tag == "em":
            italic = 0 if closing else 2
        elif tag == "br":
            segments.append(("\n", (1 if bold else 0) + (2 if italic else 0)))
        pos = match.end()
    if pos < len(markup):
        segments.append((html.unescape(markup[pos:]), (1 if bold else 0) + (2 if italic else 0)))
    return segments


def paragraph(markup: str, style, bullet: Optional[str] = None) -> TextBlock:
    """A ``TextBlock`` standing in for ``Paragraph(markup, style)``: size, leading, colour,
    alignment, spacing and boldness from the ParagraphStyle."""
    bold = 1 if style.fontName in (fonts.SANS_BOLD, fonts.ARABIC_BOLD, fonts.SANS_BOLD_ITALIC) else 0
    italic = 2 if style.fontName in (fonts.SANS_ITALIC, fonts.SANS_BOLD_ITALIC) else 0
    align = {TA_CENTER: "center", TA_RIGHT: "right"}.get(style.alignment, "auto")
    return TextBlock(segments_from_markup(markup, bold + italic), style.fontSize, style.leading, align=align,
                     bullet=bullet or "", color=style.textColor, space_after=style.spaceAfter,
                     space_before=style.spaceBefore)
