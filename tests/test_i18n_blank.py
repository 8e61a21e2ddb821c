"""In Spanish no control goes blank: every button, label, tab, column header, placeholder and menu
item that has a text in English has one in Spanish, with Spanish installed as the app installs it.

Qt's missing-words translator (ui/qt_words.py) once answered "" for the texts it does not serve;
Qt took that as a translation, so every text our own lookup finds in a second context (the
module-level tr() helpers) went blank: the Workplaces buttons, the Trainings and Imports column
headers, the whole review of possible duplicates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QTabWidget, QWidget

from conftest import install_spanish
from ui import i18n


def _texts(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in root.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.append((where, widget.text()))
        elif isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [(f"{where} column {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
    return found


def _every_section(qtbot, context) -> list[tuple[str, str]]:
    from models.core.keystore import KeyStore
    from ui.main_window import MainWindow

    window = MainWindow(context, KeyStore())
    qtbot.addWidget(window)
    window.resize(1280, 740)
    window.show()
    qtbot.waitExposed(window)
    texts = []
    sidebar = window.sidebar
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(0)).center())
    for row in range(sidebar.count()):
        if row:
            qtbot.keyClick(sidebar, Qt.Key.Key_Down)  # the next section
        assert window.current_page() is window.page(window._specs[row].key)
        texts += [(f"section {row}: {where}", text) for where, text in _texts(window.current_page())]
    for menu_action in window.menuBar().actions():
        texts += [(f"menu {menu_action.text()}", a.text()) for a in menu_action.menu().actions() if not a.isSeparator()]
    window.hide()  # closing would lock the database for the next window
    return texts


def test_no_text_goes_blank_in_spanish(qtbot, qapp, context, spanish_qm, tmp_path_factory, monkeypatch):
    english = _every_section(qtbot, context)
    install_spanish(qapp, spanish_qm, tmp_path_factory, monkeypatch)
    try:
        spanish = _every_section(qtbot, context)
    finally:
        i18n.uninstall(qapp)
    assert len(english) == len(spanish) and len(english) > 200
    blank = [where for (where, en), (_, es) in zip(english, spanish) if en.strip() and not es.strip()]
    assert not blank, blank
    # and it is Spanish: the sidebar's sections and most buttons changed language
    changed = sum(en != es for (_, en), (_, es) in zip(english, spanish) if en.strip())
    assert changed > 0.6 * sum(1 for _, en in english if en.strip()), changed
