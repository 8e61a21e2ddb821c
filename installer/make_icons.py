"""Render resources/icons/committee-desk.svg to the icons the app and the installers use.

Run from the repository root: ``.venv/bin/python installer/make_icons.py``. Qt renders the SVG
offscreen to ``committee-desk.png`` (256x256: window icon, Linux menu); Pillow (present in the
test environment) then writes ``committee-desk.ico`` (Windows) and ``committee-desk.icns``
(macOS). All of them are committed, so a build never depends on this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, out: Path, size: int) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/painting need an application
    svg = ICONS / "committee-desk.svg"
    render(svg, ICONS / "committee-desk.png", 256)
    print(f"wrote {ICONS / 'committee-desk.png'}")
    big = ICONS / "committee-desk-1024.png"
    render(svg, big, 1024)
    try:
        from PIL import Image

        with Image.open(big) as image:
            image.save(ICONS / "committee-desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
            image.save(ICONS / "committee-desk.icns")
        print(f"wrote {ICONS / 'committee-desk.ico'} and .icns")
    finally:
        big.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
