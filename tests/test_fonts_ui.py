"""The windows draw every name and label: the fonts shipped for the PDFs are registered for the
windows too (Chinese and Arabic names show as letters, not empty boxes, on a machine without such
system fonts, like CI), and the Spanish sidebar titles fit."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from ui.app import register_fonts


def drawn(qtbot, text: str) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.resize(120, 40)
    return label.grab().toImage()


def test_shipped_fonts_draw_chinese_and_arabic_names(qtbot):
    families = register_fonts()
    assert {"Droid Sans Fallback", "Noto Naskh Arabic", "DejaVu Sans"} <= set(families)
    assert "Droid Sans Fallback" in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert "Noto Naskh Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    # Two different characters draw differently: without a font that has them, both would be the
    # same "missing glyph" box.
    assert drawn(qtbot, "王") != drawn(qtbot, "芳")
    assert drawn(qtbot, "فاطمة") != drawn(qtbot, "الزهراء")


def test_spanish_sidebar_titles_fit_without_a_scroll_bar(qtbot, context, spanish):
    from models.keystore import KeyStore
    from ui.main_window import MainWindow

    window = MainWindow(context, KeyStore())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    sidebar = window.sidebar
    titles = [sidebar.item(i).text() for i in range(sidebar.count())]
    assert "Lugares de trabajo" in titles
    assert not sidebar.horizontalScrollBar().isVisible()
    metrics = sidebar.fontMetrics()
    for i, title in enumerate(titles):  # every title drawn whole inside the list's viewport
        rect = sidebar.visualItemRect(sidebar.item(i))
        assert metrics.horizontalAdvance(title) + 2 * 10 <= min(rect.width(), sidebar.viewport().width()), title
    window.close()
