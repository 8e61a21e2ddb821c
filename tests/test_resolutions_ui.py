"""The Resolutions section driven like a person would: draft, edit a clause, save, see the history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pypdf import PdfReader

from conftest import type_text
from models.resolutions import drafts as R
from ui.resolutions.page import ResolutionEditor, ResolutionsPage


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_draft_edit_clause_save_and_see_two_versions(qtbot, context, tmp_path):
    context.settings.user_name = "Rosa G."
    page = ResolutionsPage(context)
    qtbot.addWidget(page)
    _click(qtbot, page.new_button)
    editor: ResolutionEditor = page.editor
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Support the rapid-response network")
    type_text(qtbot, editor.title_es, "Apoyemos la red de respuesta rápida")
    qtbot.keyClicks(editor.target, "Local 7 membership meeting")
    _click(qtbot, editor.add_whereas)
    qtbot.keyClicks(editor.text_en, "families need to know their rights;")
    _click(qtbot, editor.add_resolved)
    qtbot.keyClicks(editor.text_en, "that our union will support the network.")
    type_text(qtbot, editor.text_es, "que nuestro sindicato apoyará la red.")
    assert editor.clause_list.count() == 2
    assert "Resolved" in editor.clause_list.item(1).text()
    _click(qtbot, editor.save_button)
    assert "version 1" in editor.status_line.text()
    rid = editor.resolution_id
    assert rid is not None

    # edit the first clause and save again
    editor.clause_list.setCurrentRow(0)
    editor.text_en.selectAll()
    qtbot.keyClicks(editor.text_en, "every family needs to know its rights;")
    _click(qtbot, editor.save_button)
    assert "version 2" in editor.status_line.text()
    # saving without a change makes no new version
    _click(qtbot, editor.save_button)
    assert "no new version" in editor.status_line.text()

    editor.tabs.setCurrentIndex(1)
    assert editor.versions_model.rowCount() == 2
    assert [v.saved_by for v in editor.versions_model.rows] == ["Rosa G.", "Rosa G."]
    assert (editor.compare_old.currentData(), editor.compare_new.currentData()) == (1, 2)
    html = editor.diff.toHtml()
    assert "line-through" in html and "underline" in html
    plain = editor.diff.toPlainText().replace("\n", " ")
    # old and new words side by side, the rest once
    assert "Whereas: families need every family needs to know their its rights;" in plain
    kinds = {s.kind: s.text.strip() for s in R.diff_versions(context.db, rid, 1, 2) if s.kind != "equal"}
    assert kinds == {"delete": "their", "insert": "its"} or set(kinds) == {"delete", "insert"}
    stored = R.get_resolution(context.db, rid)
    assert stored.data.clauses[0].text == "every family needs to know its rights;"
    assert stored.data.clauses[1].text_es == "que nuestro sindicato apoyará la red."

    # restore version 1: a third version with the old text
    editor.restore_version(1)
    assert editor.versions_model.rowCount() == 3
    assert editor.clauses[0].text == "families need to know their rights;"

    # the list shows it
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.rows[0].versions == 3, timeout=5000)

    # print in the background, bilingual
    out = tmp_path / "res.pdf"
    editor.save_pdf(out, "en+es")
    qtbot.waitUntil(lambda: out.exists() and editor.print_button.isEnabled(), timeout=15000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Apoyemos la red de respuesta rápida" in text and "sindicato apoyará la red." in text
    assert context.settings.last_folder("resolutions") == str(tmp_path)


def test_clause_reorder_remove_sponsors_and_votes(qtbot, context):
    from models.core.entities import Person

    with context.db.write() as s:
        s.add(Person(first_name="Ana", last_name="Núñez"))
    editor = ResolutionEditor(context, None)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("ice-out-of-our-workplaces"))
    _click(qtbot, editor.findChild(type(editor.save_button), "useTemplate"))
    assert editor.title.text() == "ICE out of our workplaces"
    count = editor.clause_list.count()
    first, second = editor.clauses[0].text, editor.clauses[1].text
    editor.clause_list.setCurrentRow(1)
    _click(qtbot, editor.up_button)
    assert [c.text for c in editor.clauses[:2]] == [second, first]
    assert editor.clause_list.currentRow() == 0
    _click(qtbot, editor.remove_button)
    assert editor.clause_list.count() == count - 1
    editor.sponsors = [(1, "Ana Núñez")]
    editor.target.setText("Metro Area Labor Council")
    assert editor.save()
    editor.tabs.setCurrentIndex(2)
    qtbot.keyClicks(editor.vote_body, "Metro Area Labor Council")
    editor.acclamation.setChecked(True)
    _click(qtbot, editor.findChild(type(editor.save_button), "addVote"))
    assert editor.votes_model.rowCount() == 1
    assert "Metro Area Labor Council" in editor.adopted_by.text()
    assert editor.status.currentData() == "adopted"
    detail = R.get_resolution(context.db, editor.resolution_id)
    assert detail.sponsors == [(1, "Ana Núñez")] and detail.votes[0].voted_on == date.today()
    # a tally together with acclamation is refused with a plain message
    editor.vote_body.setText("Local 7")
    editor.vote_for.setValue(3)
    editor.acclamation.setChecked(False)
    editor.acclamation.setChecked(True)
    editor.vote_for.setValue(3)
    _click(qtbot, editor.findChild(type(editor.save_button), "addVote"))
    assert "acclamation" in editor.error.text()
    assert editor.votes_model.rowCount() == 1
