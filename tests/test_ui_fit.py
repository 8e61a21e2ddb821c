"""The windows draw every name and label whole: the fonts shipped for the PDFs are registered for the
windows too (Chinese and Arabic names show as letters, not empty boxes, on a machine without such
system fonts, like CI); the Spanish sidebar titles and the roster's phone numbers and membership
labels, and a person's assessment history fit when the windows first open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from ui.app import register_window_fonts


def drawn(qtbot, text: str) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.resize(120, 40)
    return label.grab().toImage()


def test_shipped_fonts_draw_chinese_and_arabic_names(qtbot):
    families = register_window_fonts()
    assert {"Droid Sans Fallback", "Noto Naskh Arabic", "DejaVu Sans"} <= set(families)
    assert "Droid Sans Fallback" in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert "Noto Naskh Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    # Two different characters draw differently: without a font that has them, both would be the
    # same "missing glyph" box.
    assert drawn(qtbot, "王") != drawn(qtbot, "芳")
    assert drawn(qtbot, "فاطمة") != drawn(qtbot, "الزهراء")


def test_spanish_sidebar_titles_fit_without_a_scroll_bar(qtbot, context, spanish):
    from models.core.keystore import KeyStore
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


@pytest.mark.parametrize("language", ["en", "es"])
def test_roster_columns_first_show_a_whole_phone_number_and_membership(qtbot, context, request, language):
    from models.roster.index import MEMBERSHIP, PHONE
    from ui.widgets import labels
    from ui.roster.page import RosterPage

    if language == "es":
        request.getfixturevalue("spanish")
    page = RosterPage(context)  # a new user: no remembered column widths
    qtbot.addWidget(page)
    metrics = page.table.fontMetrics()
    longest_label = max(metrics.horizontalAdvance(labels.label(labels.MEMBERSHIP, code)) for code in labels.MEMBERSHIP)
    assert page.table.columnWidth(PHONE) > metrics.horizontalAdvance("+1 608 555 0123") + 8
    assert page.table.columnWidth(MEMBERSHIP) > longest_label + 8
    for column in range(page.model.columnCount()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert page.table.columnWidth(column) > metrics.horizontalAdvance(title), title


def test_person_assessment_history_shows_when_and_assessment_whole(qtbot, context):
    from PySide6.QtWidgets import QTreeWidget

    from models.roster import people as roster
    from models.roster.people import PersonInput
    from ui.widgets import labels
    from ui.roster.person_editor import PersonDialog

    pid = roster.create_person(context.db, PersonInput(first_name="Rosa", last_name="Ibarra", assessment=4),
                               assessed_by="Lupe Hernández", assessment_note="after the break-room talk")
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    tree = dialog.findChild(QTreeWidget, "assessmentHistory")
    item = tree.topLevelItem(0)
    assert item.text(1) == labels.label(labels.ASSESSMENT, 4) and item.text(2) == "Lupe Hernández"
    metrics = tree.fontMetrics()
    for column in (0, 1, 2):
        assert tree.columnWidth(column) >= metrics.horizontalAdvance(item.text(column)), item.text(column)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_section_fits_a_small_laptop_screen(qtbot, demo_db, context, request, language):
    """The window's minimum size is the largest section's: long Spanish labels, layout names and
    training topics wrap or shorten, and the call-list criteria scroll, instead of pushing the
    window past a 1280 x 768 laptop screen (less its title bar and task bar)."""
    from models.core.keystore import KeyStore
    from ui.main_window import MainWindow

    if language == "es":
        request.getfixturevalue("spanish")
    window = MainWindow(context, KeyStore())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    widths = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.wait(100)
        size = window.minimumSizeHint()
        widths[window.sidebar.item(row).text()] = (size.width(), size.height())
    assert len(widths) >= 8
    assert max(w for w, _h in widths.values()) <= 1240, widths
    assert max(h for _w, h in widths.values()) <= 680, widths
    window.close()


def test_flow_layout_wraps_a_row_of_buttons_without_overlap(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.widgets.flow import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    row = FlowLayout()
    buttons = [QPushButton(f"Imprimir hoja de asistencia {i}…") for i in range(6)]
    for b in buttons:
        row.addWidget(b)
    column.addLayout(row)
    column.addStretch(1)
    buttons[2].hide()
    holder.resize(1600, 300)
    holder.show()
    qtbot.waitExposed(holder)
    shown = [b for b in buttons if not b.isHidden()]
    assert len({b.y() for b in shown}) == 1  # wide: one line
    holder.resize(420, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in shown}) > 1)
    rects = [b.geometry() for b in shown]
    assert all(r.right() < holder.width() for r in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert holder.minimumSizeHint().width() < 420
