"""The Leaflets page: list, new from template, the editor's live preview, shrink to fit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.leaflets import templates as leaflets


def _page(qtbot, context):
    from ui.leaflets.page import LeafletsPage

    page = LeafletsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def _wait_preview(qtbot, editor, timeout=30000):
    with qtbot.waitSignal(editor.preview_updated, timeout=timeout):
        pass


def test_new_from_template_opens_the_editor_and_typing_updates_the_preview(qtbot, context, db):
    page = _page(qtbot, context)
    editor = page.editor
    with qtbot.waitSignal(editor.preview_updated, timeout=30000):
        page.new_leaflet("rally-announcement")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    assert page.selected_id() is not None
    assert editor.title_edit.text() == "Rally announcement"
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["English", "Spanish"]
    assert len(editor.page_labels) == 1 and not editor.page_labels[0].pixmap().isNull()
    assert editor.last_result is not None and "Rally" in _pdf_text(editor.last_result.pdf)

    # typing: every keystroke restarts the timer; one render comes after typing stops
    # (a render already under way when typing starts may still arrive: count only new texts)
    renders = []
    editor.preview_updated.connect(lambda: renders.append(_pdf_text(editor.last_result.pdf)))
    text = editor.text_edits["en"]
    text.setFocus()
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, "# Zyxwq solidarity")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: any("Zyxwq" in t for t in renders), timeout=30000)
    except Exception:  # say what the editor showed instead
        raise AssertionError(f"no preview with the typed text; renders={len(renders)}, "
                             f"busy={editor._busy}, message={editor.warning.text()!r}") from None
    qtbot.wait(600)  # longer than the debounce: no further render may follow
    assert "Zyxwq" in _pdf_text(editor.last_result.pdf)
    assert sum("Zyxwq" in t for t in renders) == 1
    assert editor.dirty

    # two languages front and back: two preview pages
    with qtbot.waitSignal(editor.preview_updated, timeout=30000):
        editor.layout_combo.setCurrentIndex(editor.layout_combo.findData(leaflets.FRONT_BACK))
    assert len(editor.page_labels) == 2

    # save and read it back from the database
    with qtbot.waitSignal(context.data_changed, timeout=30000):
        page.save()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=30000)
    saved = leaflets.get_leaflet(db, page.selected_id())
    assert saved.layout == leaflets.FRONT_BACK and saved.blocks["en"][0]["text"] == "Zyxwq solidarity"


def test_overflow_warning_and_shrink_to_fit(qtbot, context, db):
    long = [{"type": "paragraph", "text": "Talk to every co-worker on every shift about the meeting. " * 50}]
    leaflets.save_leaflet(db, leaflets.LeafletDoc(title="Long card", layout="quarter", languages=["en"], blocks={"en": long}))
    page = _page(qtbot, context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    with qtbot.waitSignal(page.editor.preview_updated, timeout=30000):
        page.table.selectRow(0)
    editor = page.editor
    assert editor.warning_box.isVisible() and editor.shrink_button.isVisible()
    assert "does not fit" in editor.warning.text()
    with qtbot.waitSignal(editor.preview_updated, timeout=30000):
        qtbot.mouseClick(editor.shrink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_result is not None and editor.last_result.fits, timeout=30000)
    assert not editor.warning_box.isVisible()
    assert editor.scale_spin.value() < 100


def test_duplicate_and_delete_with_confirmation(qtbot, context, db, monkeypatch):
    leaflets.save_leaflet(db, leaflets.load_template("committee-meeting-notice"))
    page = _page(qtbot, context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    page.table.selectRow(0)
    page.duplicate_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30000)
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.delete_selected()
    assert len(leaflets.list_leaflets(db)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    assert len(leaflets.list_leaflets(db)) == 1
    qtbot.wait(300)  # let the preview of the opened leaflet finish


def _pdf_text(pdf: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)
