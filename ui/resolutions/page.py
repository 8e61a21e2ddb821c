"""Resolutions: the list, and an editor with three tabs.

* Text: title (English and Spanish), committee, target body, status, original language, based-on,
  sponsors (person picker), and the clauses (add Whereas / Resolved, remove, move up/down, English
  and Spanish text per clause). Save (Ctrl+S) stores a new version when the text changed.
* History: every version (number, when, who, note), a readable word diff between any two
  (insertions green and underlined, deletions red and struck through), "Restore this version".
* Votes: each body that took it up, date, tally or acclamation, outcome; the adopting bodies.
"Print…" writes the formal PDF (English, Spanish or side by side) in the background; the last
folder is remembered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.organization import structure as organization
from models.core.changes import Kind
from models.resolutions import drafts as R
from models.resolutions.drafts import Clause, ResolutionInput, VoteRow

from ui.context import AppContext
from ui.i18n import translator
from ui.widgets import conflict
from ui.widgets.forms import error_label, try_save
from ui.widgets.list_page import ListPage
from ui.widgets.messages import show_error, translated, user_error_for
from ui.widgets.person_picker import PersonPickerDialog
from ui.sections import SectionSpec
from ui.widgets.table import ROW_ROLE, Column, RowsTableModel, make_proxy

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Resolutions", "Draft"),
    "circulating": QT_TRANSLATE_NOOP("Resolutions", "Circulating"),
    "submitted": QT_TRANSLATE_NOOP("Resolutions", "Submitted"),
    "adopted": QT_TRANSLATE_NOOP("Resolutions", "Adopted"),
    "defeated": QT_TRANSLATE_NOOP("Resolutions", "Defeated"),
    "tabled": QT_TRANSLATE_NOOP("Resolutions", "Tabled"),
    "withdrawn": QT_TRANSLATE_NOOP("Resolutions", "Withdrawn"),
}
OUTCOME_LABELS = {
    "adopted": QT_TRANSLATE_NOOP("Resolutions", "Adopted"),
    "defeated": QT_TRANSLATE_NOOP("Resolutions", "Defeated"),
    "tabled": QT_TRANSLATE_NOOP("Resolutions", "Tabled"),
    "referred": QT_TRANSLATE_NOOP("Resolutions", "Referred"),
}
KIND_LABELS = {
    "whereas": QT_TRANSLATE_NOOP("Resolutions", "Whereas"),
    "resolved": QT_TRANSLATE_NOOP("Resolutions", "Resolved"),
}


tr = translator("Resolutions")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def diff_html(segments: list[R.Segment]) -> str:
    """Word diff as HTML: insertions green underlined, deletions red struck through."""
    out = []
    for seg in segments:
        text = _esc(seg.text).replace("\n", "<br>")
        if seg.kind == "insert":
            out.append(f"<span style='background:#d4f7d4; color:#0a5a0a; text-decoration:underline'>{text}</span>")
        elif seg.kind == "delete":
            out.append(f"<span style='background:#fbd7d7; color:#8a0000; text-decoration:line-through'>{text}</span>")
        else:
            out.append(text)
    return "<div style='line-height:140%'>" + "".join(out) + "</div>"


class ResolutionsPage(ListPage):
    translation_context = "Resolutions"
    change_kinds = (Kind.RESOLUTIONS, Kind.COMMITTEES, Kind.PEOPLE)
    columns = (
        Column(QT_TRANSLATE_NOOP("Resolutions", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Status"), lambda r: tr(STATUS_LABELS[r.status]),
               lambda r: R.RESOLUTION_STATUSES.index(r.status)),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Committee"), lambda r: r.committee),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Target body"), lambda r: r.target_body),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Versions"), lambda r: r.versions, None, True),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Adopted by"), lambda r: r.adopted_by, None, True),
        Column(QT_TRANSLATE_NOOP("Resolutions", "Based on"), lambda r: r.based_on),
    )

    def load(self):
        return R.list_resolutions(self.context.db)

    def open_editor(self, row) -> None:
        dialog = ResolutionEditor(self.context, row.id if row else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.editor = dialog

    def delete_rows(self, rows) -> None:
        for row in rows:
            R.delete_resolution(self.context.db, row.id)

    def describe(self, row) -> str:
        return row.title


class ResolutionEditor(QDialog):
    def __init__(self, context: AppContext, resolution_id: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.resolution_id = resolution_id
        self.setObjectName("resolutionEditor")
        detail = R.get_resolution(context.db, resolution_id) if resolution_id else None
        data = detail.data if detail else ResolutionInput()
        # The row version the text fields show: a save refuses it if someone else saved since.
        self.row_version = detail.row_version if detail else None
        self.clauses: list[Clause] = list(data.clauses)
        self.sponsors: list[tuple[int, str]] = list(detail.sponsors) if detail else []
        self._loading = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resolutionTabs")
        self.tabs.addTab(self._text_tab(data), self.tr("Text"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._votes_tab(), self.tr("Votes"))

        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.error = error_label()
        self.error.setObjectName("error")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S); a changed text becomes a new version"))
        self.save_button.clicked.connect(self.save)
        self.print_lang = QComboBox()
        self.print_lang.setObjectName("printLanguage")
        for code, label in (("en", self.tr("English")), ("es", self.tr("Spanish")), ("en+es", self.tr("English + Spanish side by side"))):
            self.print_lang.addItem(label, code)
        self.print_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Save the resolution as a PDF"))
        self.print_button.clicked.connect(lambda _checked=False: self.print_pdf())
        self.preview_button = QPushButton(self.tr("Print…"))
        self.preview_button.setObjectName("printPreviewButton")
        self.preview_button.setToolTip(self.tr("Print preview, then the print dialog (Ctrl+P)"))
        self.preview_button.clicked.connect(lambda _checked=False: self.print_preview())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.print_lang)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_preview)
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 44)
        self._show_detail(detail)

    # ---------------------------------------------------------------- text tab
    def _text_tab(self, data: ResolutionInput) -> QWidget:
        self.title = QLineEdit(data.title)
        self.title.setObjectName("title")
        self.title_es = QLineEdit(data.title_es)
        self.title_es.setObjectName("titleEs")
        self.committee = QComboBox()
        self.committee.setObjectName("committee")
        self.committee.addItem(self.tr("(none)"), None)
        for c in organization.list_committees(self.context.db):
            self.committee.addItem(c.name, c.id)
        self.committee.setCurrentIndex(max(0, self.committee.findData(data.committee_id)))
        self.target = QLineEdit(data.target_body)
        self.target.setObjectName("targetBody")
        self.target.setPlaceholderText(self.tr("e.g. Local 1546 membership meeting, the area labor council"))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code in R.RESOLUTION_STATUSES:
            self.status.addItem(tr(STATUS_LABELS[code]), code)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.based_on = QComboBox()
        self.based_on.setObjectName("basedOn")
        self.based_on.addItem(self.tr("(an original text)"), None)
        for rid, title in R.resolution_choices(self.context.db, exclude=self.resolution_id):
            self.based_on.addItem(title, rid)
        self.based_on.setCurrentIndex(max(0, self.based_on.findData(data.based_on_id)))
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("(choose a template)"), None)
        for t in R.list_templates():
            self.template.addItem(f"{t.title} / {t.title_es}", t.name)
        use_template = QPushButton(self.tr("Use template"))
        use_template.setObjectName("useTemplate")
        use_template.clicked.connect(self.apply_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(use_template)

        self.sponsor_list = QListWidget()
        self.sponsor_list.setObjectName("sponsors")
        self.sponsor_list.setMaximumHeight(self.fontMetrics().height() * 5)
        add_sponsor = QPushButton(self.tr("Add sponsors…"))
        add_sponsor.setObjectName("addSponsors")
        add_sponsor.clicked.connect(self.add_sponsors)
        remove_sponsor = QPushButton(self.tr("Remove sponsor"))
        remove_sponsor.clicked.connect(self.remove_sponsor)
        sponsor_buttons = QVBoxLayout()
        sponsor_buttons.addWidget(add_sponsor)
        sponsor_buttons.addWidget(remove_sponsor)
        sponsor_buttons.addStretch(1)
        sponsors = QHBoxLayout()
        sponsors.addWidget(self.sponsor_list, 1)
        sponsors.addLayout(sponsor_buttons)
        self._fill_sponsors()

        form = QFormLayout()
        if self.resolution_id is None:
            form.addRow(self.tr("Start from:"), template_row)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Title in Spanish:"), self.title_es)
        form.addRow(self.tr("Drafted by:"), self.committee)
        form.addRow(self.tr("Target body:"), self.target)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Written in:"), self.language)
        form.addRow(self.tr("Based on:"), self.based_on)
        self.lineage = QLabel()
        self.lineage.setObjectName("lineage")
        self.lineage.setWordWrap(True)
        form.addRow(self.tr("Lineage:"), self.lineage)
        form.addRow(self.tr("Sponsors:"), sponsors)

        # clauses
        self.clause_list = QListWidget()
        self.clause_list.setObjectName("clauseList")
        self.clause_list.setWordWrap(True)
        self.clause_list.currentRowChanged.connect(self._clause_selected)
        self.kind = QComboBox()
        self.kind.setObjectName("clauseKind")
        for code in R.CLAUSE_KINDS:
            self.kind.addItem(tr(KIND_LABELS[code]), code)
        self.kind.currentIndexChanged.connect(lambda _i: self._clause_edited())
        self.text_en = QPlainTextEdit()
        self.text_en.setObjectName("clauseText")
        self.text_en.setTabChangesFocus(True)
        self.text_en.setPlaceholderText(self.tr("English text, e.g. “our union is built on solidarity;”"))
        self.text_en.textChanged.connect(self._clause_edited)
        self.text_es = QPlainTextEdit()
        self.text_es.setObjectName("clauseTextEs")
        self.text_es.setTabChangesFocus(True)
        self.text_es.setPlaceholderText(self.tr("Spanish text"))
        self.text_es.textChanged.connect(self._clause_edited)
        buttons = QGridLayout()
        self.add_whereas = QPushButton(self.tr("Add Whereas"))
        self.add_whereas.setObjectName("addWhereas")
        self.add_whereas.clicked.connect(lambda: self.add_clause("whereas"))
        self.add_resolved = QPushButton(self.tr("Add Resolved"))
        self.add_resolved.setObjectName("addResolved")
        self.add_resolved.clicked.connect(lambda: self.add_clause("resolved"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeClause")
        self.remove_button.clicked.connect(self.remove_clause)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.up_button.clicked.connect(lambda: self.move_clause(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.down_button.clicked.connect(lambda: self.move_clause(1))
        for i, b in enumerate((self.add_whereas, self.add_resolved, self.remove_button, self.up_button, self.down_button)):
            buttons.addWidget(b, 0, i)
        QShortcut(QKeySequence("Ctrl+Up"), self.clause_list, activated=lambda: self.move_clause(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.clause_list, activated=lambda: self.move_clause(1))
        editor = QWidget()
        el = QFormLayout(editor)
        el.addRow(self.tr("Kind:"), self.kind)
        el.addRow(self.tr("English:"), self.text_en)
        el.addRow(self.tr("Spanish:"), self.text_es)
        clause_box = QWidget()
        cl = QVBoxLayout(clause_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel(self.tr("Clauses (in order):")))
        split = QSplitter()
        split.addWidget(self.clause_list)
        split.addWidget(editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        cl.addWidget(split, 1)
        cl.addLayout(buttons)

        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        layout.addWidget(left, 2)
        layout.addWidget(clause_box, 3)
        self._fill_clauses(0)
        return tab

    def _fill_sponsors(self) -> None:
        self.sponsor_list.clear()
        for pid, name in self.sponsors:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.sponsor_list.addItem(item)

    def add_sponsors(self) -> None:
        picker = PersonPickerDialog(self.context, self)
        picker.setWindowTitle(self.tr("Add sponsors"))
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        present = {pid for pid, _n in self.sponsors}
        self.sponsors += [(pid, name) for pid, name in picker.chosen() if pid not in present]
        self._fill_sponsors()

    def remove_sponsor(self) -> None:
        row = self.sponsor_list.currentRow()
        if row >= 0:
            del self.sponsors[row]
            self._fill_sponsors()

    def _clause_label(self, n: int, clause: Clause) -> str:
        text = clause.text or clause.text_es or self.tr("(empty)")
        return f"{n}. {tr(KIND_LABELS[clause.kind])}: {text}"

    def _fill_clauses(self, select: int) -> None:
        self._loading = True
        self.clause_list.clear()
        for n, clause in enumerate(self.clauses, start=1):
            self.clause_list.addItem(self._clause_label(n, clause))
        self._loading = False
        if self.clauses:
            self.clause_list.setCurrentRow(min(max(0, select), len(self.clauses) - 1))
        else:
            self._clause_selected(-1)

    def _clause_selected(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        has = 0 <= row < len(self.clauses)
        for w in (self.kind, self.text_en, self.text_es, self.remove_button, self.up_button, self.down_button):
            w.setEnabled(has)
        if has:
            c = self.clauses[row]
            self.kind.setCurrentIndex(self.kind.findData(c.kind))
            self.text_en.setPlainText(c.text)
            self.text_es.setPlainText(c.text_es)
        else:
            self.text_en.clear()
            self.text_es.clear()
        self._loading = False

    def _clause_edited(self) -> None:
        row = self.clause_list.currentRow()
        if self._loading or not 0 <= row < len(self.clauses):
            return
        self.clauses[row] = Clause(self.kind.currentData(), self.text_en.toPlainText(), self.text_es.toPlainText())
        self.clause_list.item(row).setText(self._clause_label(row + 1, self.clauses[row]))

    def add_clause(self, kind: str) -> None:
        self.clauses = R.add_clause(self.clauses, kind)
        index = next(i for i, c in reversed(list(enumerate(self.clauses))) if c.kind == kind and not c.text and not c.text_es)
        self._fill_clauses(index)
        self.text_en.setFocus()

    def remove_clause(self) -> None:
        row = self.clause_list.currentRow()
        if row < 0:
            return
        self.clauses = R.remove_clause(self.clauses, row)
        self._fill_clauses(row)

    def move_clause(self, delta: int) -> None:
        row = self.clause_list.currentRow()
        if row < 0:
            return
        self.clauses = R.move_clause(self.clauses, row, delta)
        self._fill_clauses(max(0, min(len(self.clauses) - 1, row + delta)))

    def apply_template(self) -> None:
        name = self.template.currentData()
        if not name:
            return
        if any(c.text or c.text_es for c in self.clauses) and QMessageBox.question(
                self, self.tr("Use template"), self.tr("Replace the clauses you wrote with the template's?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        data = R.load_template(name)
        self.title.setText(data.title)
        self.title_es.setText(data.title_es)
        self.clauses = list(data.clauses)
        self._fill_clauses(0)

    def value(self) -> ResolutionInput:
        return ResolutionInput(
            title=self.title.text(), title_es=self.title_es.text(), committee_id=self.committee.currentData(),
            target_body=self.target.text(), status=self.status.currentData(), based_on_id=self.based_on.currentData(),
            language=self.language.currentData(), clauses=list(self.clauses),
            sponsor_ids=[pid for pid, _n in self.sponsors],
        )

    def save(self) -> bool:
        """Save now; True when saved. Someone else's save meanwhile opens the conflict dialog
        (ui/widgets/conflict.py) and returns False: the choice there saves or reloads."""
        self.error.clear()
        data = self.value()
        results: list[R.SaveResult] = []

        def op(version: Optional[int]) -> None:
            results.append(R.save_resolution(self.context.db, data, self.resolution_id,
                                             saved_by=self.context.user_name, row_version=version))

        conflict.save_checked(self, self.error, op, self.row_version, lambda c: self.differences(c.current, data),
                              lambda: self._saved(results[-1]), self.use_theirs)
        return bool(results)

    def differences(self, theirs: ResolutionInput, mine: ResolutionInput) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved resolution and this editor differ, in words."""
        def chosen(box: QComboBox) -> Callable[[Any], str]:
            return lambda value: box.itemText(max(0, box.findData(value)))

        names = dict(self.sponsors)
        if any(pid not in names for pid in theirs.sponsor_ids):
            names.update(R.get_resolution(self.context.db, self.resolution_id).sponsors)
        return conflict.field_rows(theirs, mine, [
            (self.tr("Title:"), "title", None), (self.tr("Title in Spanish:"), "title_es", None),
            (self.tr("Drafted by:"), "committee_id", chosen(self.committee)),
            (self.tr("Target body:"), "target_body", None), (self.tr("Status:"), "status", chosen(self.status)),
            (self.tr("Written in:"), "language", chosen(self.language)),
            (self.tr("Based on:"), "based_on_id", chosen(self.based_on)),
            (self.tr("Clauses (in order):"), "clauses", lambda clauses: [self._clause_label(n, c) for n, c in enumerate(clauses, 1)]),
            (self.tr("Sponsors:"), "sponsor_ids", lambda ids: [names.get(pid, "") for pid in ids])])

    def use_theirs(self) -> None:
        """Drop this editor's changes and show the resolution as saved now."""
        try:
            detail = R.get_resolution(self.context.db, self.resolution_id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile
            show_error(self, exc)
            return
        data = detail.data
        self.row_version = detail.row_version
        self.title.setText(data.title)
        self.title_es.setText(data.title_es)
        self.target.setText(data.target_body)
        for box, value in ((self.committee, data.committee_id), (self.status, data.status),
                           (self.language, data.language), (self.based_on, data.based_on_id)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.sponsors = list(detail.sponsors)
        self._fill_sponsors()
        self.clauses = list(data.clauses)
        self._fill_clauses(0)
        self.status_line.clear()
        self._show_detail(detail)

    def _saved(self, result: R.SaveResult) -> None:
        self.row_version = result.row_version
        self.resolution_id = result.id
        if result.new_version:
            self.status_line.setText(self.tr("Saved as version {n}.").format(n=result.version))
        else:
            self.status_line.setText(self.tr("Saved. The text did not change, so no new version (still version {n}).").format(n=result.version))
        self._show_detail(R.get_resolution(self.context.db, result.id))

    # ---------------------------------------------------------------- history tab
    def _history_tab(self) -> QWidget:
        self.versions_model = RowsTableModel((
            Column(QT_TRANSLATE_NOOP("Resolutions", "Version"), lambda v: v.number, None, True),
            Column(QT_TRANSLATE_NOOP("Resolutions", "Saved"), lambda v: v.saved_at.strftime("%Y-%m-%d %H:%M"), lambda v: v.saved_at),
            Column(QT_TRANSLATE_NOOP("Resolutions", "By"), lambda v: v.saved_by),
            Column(QT_TRANSLATE_NOOP("Resolutions", "Note"), lambda v: v.note),
        ), "Resolutions", self)
        self.versions_proxy = make_proxy(self.versions_model, self)
        self.versions = QTableView()
        self.versions.setObjectName("versionsTable")
        self.versions.setModel(self.versions_proxy)
        self.versions.setSortingEnabled(True)
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.compare_old = QComboBox()
        self.compare_old.setObjectName("compareOld")
        self.compare_new = QComboBox()
        self.compare_new.setObjectName("compareNew")
        self.compare_lang = QComboBox()
        self.compare_lang.setObjectName("compareLanguage")
        self.compare_lang.addItem(self.tr("English text"), "en")
        self.compare_lang.addItem(self.tr("Spanish text"), "es")
        for combo in (self.compare_old, self.compare_new, self.compare_lang):
            combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.diff = QTextBrowser()
        self.diff.setObjectName("diffView")
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("Save the selected version's text as a new version"))
        self.restore_button.clicked.connect(self.restore_selected)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare version")))
        compare.addWidget(self.compare_old)
        compare.addWidget(QLabel(self.tr("with version")))
        compare.addWidget(self.compare_new)
        compare.addWidget(self.compare_lang)
        compare.addStretch(1)
        legend = QLabel(self.tr("<span style='background:#d4f7d4; text-decoration:underline'>added</span> · "
                                "<span style='background:#fbd7d7; text-decoration:line-through'>removed</span>"))
        compare.addWidget(legend)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.versions, 1)
        ll.addWidget(self.restore_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(compare)
        rl.addWidget(self.diff, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        tab = QWidget()
        QVBoxLayout(tab).addWidget(split)
        return tab

    def _fill_history(self) -> None:
        versions = R.list_versions(self.context.db, self.resolution_id) if self.resolution_id else []
        self.versions_model.set_rows(versions)
        self.versions.resizeColumnsToContents()
        numbers = [v.number for v in versions]
        for combo, pick in ((self.compare_old, numbers[1] if len(numbers) > 1 else None),
                            (self.compare_new, numbers[0] if numbers else None)):
            combo.blockSignals(True)
            combo.clear()
            for n in sorted(numbers):
                combo.addItem(str(n), n)
            if pick is not None:
                combo.setCurrentIndex(combo.findData(pick))
            combo.blockSignals(False)
        self.restore_button.setEnabled(bool(versions))
        self.show_diff()

    def show_diff(self) -> None:
        old, new = self.compare_old.currentData(), self.compare_new.currentData()
        if not self.resolution_id or old is None or new is None:
            self.diff.setHtml("<p>" + self.tr("Save twice to compare versions.") + "</p>")
            return
        segments = R.diff_versions(self.context.db, self.resolution_id, old, new, self.compare_lang.currentData())
        self.diff.setHtml(diff_html(segments))

    def restore_selected(self) -> None:
        rows = self.versions.selectionModel().selectedRows()
        if not rows or not self.resolution_id:
            return
        version = self.versions_proxy.data(rows[0], ROW_ROLE)
        if QMessageBox.question(
                self, self.tr("Restore"),
                self.tr("Make the text of version {n} the current text? It is saved as a new version; nothing is lost.").format(n=version.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.restore_version(version.number)

    def restore_version(self, number: int) -> None:
        result = R.restore_version(self.context.db, self.resolution_id, number, saved_by=self.context.user_name)
        self.status_line.setText(self.tr("Version {old} restored as version {n}.").format(old=number, n=result.version))
        detail = R.get_resolution(self.context.db, self.resolution_id)
        self.title.setText(detail.data.title)
        self.title_es.setText(detail.data.title_es)
        self.clauses = list(detail.data.clauses)
        self._fill_clauses(0)
        self._show_detail(detail)

    # ---------------------------------------------------------------- votes tab
    def _votes_tab(self) -> QWidget:
        self.votes_model = RowsTableModel((
            Column(QT_TRANSLATE_NOOP("Resolutions", "Body"), lambda v: v.body),
            Column(QT_TRANSLATE_NOOP("Resolutions", "Date"), lambda v: v.voted_on.isoformat(), lambda v: v.voted_on),
            Column(QT_TRANSLATE_NOOP("Resolutions", "Vote (for–against–abstain)"),
                   lambda v: tr("by acclamation") if v.by_acclamation else v.tally),
            Column(QT_TRANSLATE_NOOP("Resolutions", "Outcome"), lambda v: tr(OUTCOME_LABELS[v.outcome])),
        ), "Resolutions", self)
        self.votes = QTableView()
        self.votes.setObjectName("votesTable")
        self.votes.setModel(make_proxy(self.votes_model, self))
        self.votes.setSortingEnabled(True)
        self.votes.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.votes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votes.verticalHeader().setVisible(False)
        self.votes.horizontalHeader().setStretchLastSection(True)
        self.adopted_by = QLabel()
        self.adopted_by.setObjectName("adoptedBy")
        self.adopted_by.setWordWrap(True)
        self.vote_body = QLineEdit()
        self.vote_body.setObjectName("voteBody")
        self.vote_body.setPlaceholderText(self.tr("Which body voted"))
        self.vote_date = QDateEdit(QDate.currentDate())
        self.vote_date.setObjectName("voteDate")
        self.vote_date.setCalendarPopup(True)
        self.vote_date.setDisplayFormat("yyyy-MM-dd")
        self.vote_for, self.vote_against, self.vote_abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for box, name in ((self.vote_for, "voteFor"), (self.vote_against, "voteAgainst"), (self.vote_abstain, "voteAbstain")):
            box.setRange(-1, 1_000_000)
            box.setSpecialValueText("—")
            box.setValue(-1)
            box.setObjectName(name)
        self.acclamation = QCheckBox(self.tr("By acclamation"))
        self.acclamation.setObjectName("acclamation")
        self.acclamation.toggled.connect(lambda on: [b.setEnabled(not on) for b in (self.vote_for, self.vote_against, self.vote_abstain)])
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for code in R.VOTE_OUTCOMES:
            self.outcome.addItem(tr(OUTCOME_LABELS[code]), code)
        add_vote = QPushButton(self.tr("Add vote"))
        add_vote.setObjectName("addVote")
        add_vote.clicked.connect(self.add_vote)
        delete_vote = QPushButton(self.tr("Delete vote…"))
        delete_vote.clicked.connect(self.delete_vote)
        form = QFormLayout()
        form.addRow(self.tr("Body:"), self.vote_body)
        form.addRow(self.tr("Date:"), self.vote_date)
        tally = QHBoxLayout()
        for label, box in ((self.tr("For"), self.vote_for), (self.tr("Against"), self.vote_against), (self.tr("Abstain"), self.vote_abstain)):
            tally.addWidget(QLabel(label))
            tally.addWidget(box)
        tally.addWidget(self.acclamation)
        tally.addStretch(1)
        form.addRow(self.tr("Tally:"), tally)
        form.addRow(self.tr("Outcome:"), self.outcome)
        vb = QHBoxLayout()
        vb.addWidget(add_vote)
        vb.addWidget(delete_vote)
        vb.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.votes, 1)
        layout.addWidget(self.adopted_by)
        layout.addLayout(form)
        layout.addLayout(vb)
        return tab

    def add_vote(self) -> None:
        if not self.resolution_id and not self.save():
            return
        counts = [None if b.value() < 0 else b.value() for b in (self.vote_for, self.vote_against, self.vote_abstain)]
        vote = VoteRow(None, self.vote_body.text(), self.vote_date.date().toPython(), *counts,
                       by_acclamation=self.acclamation.isChecked(), outcome=self.outcome.currentData())
        if not try_save(self, self.error, lambda: R.save_vote(self.context.db, self.resolution_id, vote)):
            return
        self.error.clear()
        self.vote_body.clear()
        detail = R.get_resolution(self.context.db, self.resolution_id)
        self.status.setCurrentIndex(self.status.findData(detail.data.status))
        self._show_detail(detail)

    def delete_vote(self) -> None:
        rows = self.votes.selectionModel().selectedRows()
        if not rows:
            return
        vote = self.votes.model().data(rows[0], ROW_ROLE)
        if QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the vote of {body}?").format(body=vote.body),
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        R.delete_vote(self.context.db, vote.id)
        self._show_detail(R.get_resolution(self.context.db, self.resolution_id))

    # ---------------------------------------------------------------- shared
    def _show_detail(self, detail: Optional[R.ResolutionDetail]) -> None:
        self.setWindowTitle(detail.title if detail else self.tr("New resolution"))
        if detail and not self.status_line.text():
            self.status_line.setText(self.tr("Version {n}, last saved {when}.").format(
                n=detail.version, when=detail.updated_at.strftime("%Y-%m-%d %H:%M")))
        self.votes_model.set_rows(detail.votes if detail else [])
        self.votes.resizeColumnsToContents()
        adopted = detail.adopting_bodies() if detail else []
        seen: dict[str, date] = {}
        for v in adopted:
            seen.setdefault(v.body, v.voted_on)
        self.adopted_by.setText(self.tr("Adopted by: {bodies}").format(
            bodies="; ".join(f"{b} ({d.isoformat()})" for b, d in seen.items())) if seen else self.tr("Not adopted by any body yet."))
        self.print_button.setEnabled(detail is not None)
        if detail:
            chain = " ← ".join(title for _rid, title in R.lineage(self.context.db, detail.id))
            copies = ", ".join(title for _rid, title in detail.derived)
            text = chain + ("\n" + self.tr("Copied by: {titles}").format(titles=copies) if copies else "")
            self.lineage.setText(text)
        else:
            self.lineage.setText(self.tr("(a new resolution)"))
        self._fill_history()

    def print_pdf(self) -> None:
        if not self.resolution_id:
            return
        lang = self.print_lang.currentData()
        folder = self.context.settings.last_folder("resolutions")
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.title.text())[:50].strip("-") or "resolution"
        suggested = Path(folder) / f"{safe}-{lang.replace('+', '-')}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the resolution as"), str(suggested), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(Path(name), lang)

    def print_preview(self) -> None:
        if not self.resolution_id:
            return
        # lazy: reportlab loads only when printing
        from reports.resolutions.pdf import write_resolution_pdf

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        db, rid, lang = self.context.db, self.resolution_id, self.print_lang.currentData()
        print_with_preview(self, self.context, lambda path: write_resolution_pdf(db, rid, path, lang), self.title.text())

    def save_pdf(self, path: Path, lang: str) -> None:
        from reports.resolutions.pdf import write_resolution_pdf  # lazy: reportlab loads only when printing

        self.context.settings.set_last_folder("resolutions", path.parent)
        db, rid = self.context.db, self.resolution_id
        self.print_button.setEnabled(False)

        def done(result) -> None:
            if not isValid(self):  # the editor was closed while the file was written
                return
            self.print_button.setEnabled(True)
            self.status_line.setText(self.tr("Saved {name} (%n pages).", "", result.pages).format(name=path.name))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                show_error(None, exc)
                return
            self.print_button.setEnabled(True)
            show_error(self, exc)

        self.last_job = self.context.run(lambda: write_resolution_pdf(db, rid, path, lang), done, failed)


SECTION = SectionSpec("resolutions", lambda: QCoreApplication.translate("Sections", "Resolutions"), ResolutionsPage, "resolutions.png")

__all__ = ["ResolutionsPage", "ResolutionEditor", "diff_html"]
