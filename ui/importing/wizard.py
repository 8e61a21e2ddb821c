"""Import wizard, the "Imports" history page (with undo), and exporting people to a file.

Everything slow (reading the file, planning, writing, undoing, exporting) runs through
``context.run`` with a progress bar; this module never runs SQL itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models import importing
from models.core.changes import Changes, Kind

from ui.context import AppContext
from ui.i18n import translator
from ui.widgets.messages import show_error, translated, user_error_for
from ui.sections import SectionSpec
from ui.tasks import Cancelled

from .choices import ACTION_TEXT, MATCH_TEXT, ActionDelegate
from .review import DuplicatesPanel

FOLDER_IMPORT = "import"


tr = translator("Imports")


def tr_import(text: str) -> str:
    """Messages and field names written in models/importing/ (context "Importing")."""
    return QCoreApplication.translate("Importing", text)


def problem_text(problem: importing.Problem) -> str:
    template = tr_import(problem.template)
    return template.format(**dict(problem.values)) if problem.values else template


def confirm(parent: Optional[QWidget], title: str, text: str, ok_text: str) -> bool:
    """A Yes/No question with the destructive button named for what it does (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


# ====================================================================== wizard pages
class FilePage(QWizardPage):
    """Choose a file (and a sheet for .xlsx); the file is read in the background."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with one person per row, or a vCard (.vcf) file "
                                 "of contacts. Nothing is saved until the last step."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._show_sheets([])
        self._loaded: Optional[tuple[str, Optional[str]]] = None
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        self.sheet_combo.activated.connect(lambda _i: self.load(self.path_edit.text(), self.sheet_combo.currentText()))

    def browse(self) -> None:
        folder = self.wiz.context.settings.last_folder(FOLDER_IMPORT)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import people"), folder,
            self.tr("Spreadsheets, CSV and contacts (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"))
        if name:
            self.wiz.context.settings.set_last_folder(FOLDER_IMPORT, name)
            self.path_edit.setText(name)
            self.load(name)

    def _show_sheets(self, sheets: list[str], current: str = "") -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if current:
            self.sheet_combo.setCurrentText(current)
        visible = len(sheets) > 1
        self.sheet_combo.setVisible(visible)
        self.sheet_label.setVisible(visible)

    def load(self, path: str, sheet: Optional[str] = None) -> None:
        path = path.strip()
        if not path or (path, sheet) == self._loaded or (self.wiz.table is not None and sheet is None
                                                          and (path, self.wiz.table.sheet or None) == self._loaded):
            return
        self._loaded = (path, sheet)
        self.wiz.table = None
        self.busy.show()
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()

        def done(table: importing.SourceTable) -> None:
            self.busy.hide()
            self.wiz.table = table
            self.wiz.path = Path(path)
            self._loaded = (path, table.sheet or None) if sheet is None else (path, sheet)
            self._show_sheets(table.sheets, table.sheet)
            if table.kind == "vcard":
                found = self.tr("%n contacts found in the vCard file.", "", len(table.rows))
            else:
                found = self.tr("%n rows found; the column names are on row {header}.", "", len(table.rows)).format(
                    header=table.header_row)
            self.status.setText("\n".join([found] + [problem_text(p) for p in table.notices]))
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self._loaded = None
            err = user_error_for(exc)
            if err is None:
                show_error(self, exc)
                return

            self.status.setText(translated(err))
            self.completeChanged.emit()

        self.wiz.context.run(lambda: importing.read_table(path, sheet), done, failed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.table is not None


class MappingPage(QWizardPage):
    """One row per column of the file: its header, sample values, and the field it goes to."""

    HEADER, SAMPLE, FIELD = range(3)

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"), self.tr("Goes to")])
        self.table.horizontalHeader().setSectionResizeMode(self.SAMPLE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notes_box = QCheckBox(self.tr("Put columns that go nowhere into the person's notes"))
        self.notes_box.setObjectName("unmappedToNotes")
        self.remembered = QLabel()
        self.consent = QLabel()  # what the import does with consent: never a yes the file does not give
        self.consent.setObjectName("consentLine")
        self.consent.setWordWrap(True)
        self.recognized = QLabel()
        self.recognized.setObjectName("recognizedFormat")
        self.recognized.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recognized)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes_box)
        layout.addWidget(self.consent)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        table = self.wiz.table
        assert table is not None
        mapping, remembered = self.wiz.context_mapping(table.headers)
        self.setSubTitle(self.tr("Committee Desk guessed where each column goes. Change any that are wrong; "
                                 "the choice is remembered for files with the same columns."))
        self.remembered.setText(self.tr("Using the matching you chose last time for these columns.")
                                if remembered else "")
        self.remembered.setVisible(remembered)
        tool = importing.layout_name(table.headers)
        self.recognized.setText(self.tr("This is a {tool} export: its columns were matched by their names.")
                                .format(tool=tool) if tool else "")
        self.recognized.setVisible(bool(tool))
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for col, header in enumerate(table.headers):
            self.table.setItem(col, self.HEADER, QTableWidgetItem(header))
            samples = [cells[col] for _, cells in table.rows[:200] if col < len(cells) and cells[col].strip()][:3]
            self.table.setItem(col, self.SAMPLE, QTableWidgetItem(" · ".join(s.replace("\n", " ")[:40] for s in samples)))
            for c in (self.HEADER, self.SAMPLE):
                self.table.item(col, c).setFlags(Qt.ItemFlag.ItemIsEnabled)
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{col}")
            combo.addItem(self.tr("(nothing)"), None)
            combo.addItem(self.tr("(leave out, not even the notes)"), importing.IGNORE)
            for key, label in importing.FIELDS:
                combo.addItem(tr_import(label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns[col])) if mapping.columns[col] else 0)
            self.table.setCellWidget(col, self.FIELD, combo)
            self.combos.append(combo)
            combo.currentIndexChanged.connect(self._show_consent)
        self.notes_box.setChecked(mapping.unmapped_to_notes)
        self._show_consent()

    def _show_consent(self) -> None:
        keys = importing.person_fields.consent_keys([c.currentData() for c in self.combos])
        self.consent.setText(self.tr(
            "Consent: no column says it, so everyone from this file keeps consent unknown (never assumed yes).")
            if not keys else self.tr("Consent from: {columns}. Empty cells stay unknown; a refusal is never "
                                     "overwritten.").format(columns=", ".join(tr_import(importing.FIELD_LABELS[k])
                                                                             for k in keys)))

    def mapping(self) -> importing.Mapping:
        return importing.Mapping([c.currentData() for c in self.combos], self.notes_box.isChecked())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        fields = set(self.mapping().columns)
        if not fields & {"first_name", "last_name", "full_name", "preferred_name"}:
            QMessageBox.warning(self, self.tr("Import people"),
                                self.tr("Choose which column holds the names (first, last or full name)."))
            return False
        self.wiz.mapping = self.mapping()
        return True


# Shown through tr() (context "Imports"), so lupdate must see them marked in that context.
STATUS_TEXT = {
    importing.NEW: QT_TRANSLATE_NOOP("Imports", "New"),
    importing.EXISTING: QT_TRANSLATE_NOOP("Imports", "Already in the roster"),
    importing.IN_FILE: QT_TRANSLATE_NOOP("Imports", "Repeats an earlier row"),
    importing.POSSIBLE_DUPLICATE: QT_TRANSLATE_NOOP("Imports", "Possible duplicate: check it"),
    importing.INVALID: QT_TRANSLATE_NOOP("Imports", "Cannot import"),
}


class PreviewModel(QAbstractTableModel):
    """The planned rows: source row number, status, name, phone, email, match, action, problems."""

    ROW, STATUS, NAME, PHONE, EMAIL, MATCH, ACTION, PROBLEMS = range(8)
    COLUMN_COUNT = 8
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: Optional[importing.ImportPlan] = None

    def set_plan(self, plan: Optional[importing.ImportPlan]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Status"), tr("Name"), tr("Phone"), tr("Email"), tr("Matches"), tr("Action"),
                    tr("Problems"))[section]
        return None

    def _match_text(self, row: importing.PlanRow) -> str:
        assert self.plan is not None
        if row.is_possible_duplicate:
            return tr("same {what} as someone else: see Possible duplicates").format(
                what=tr(MATCH_TEXT.get(row.match_on, row.match_on)))
        if row.match_person is not None:
            name = self.plan.person_names.get(row.match_person, "")
            return tr("{name} (same {what})").format(name=name, what=tr(MATCH_TEXT.get(row.match_on, row.match_on)))
        if row.match_row is not None:
            return tr("row {row} (same {what})").format(row=self.plan.rows[row.match_row].source_row,
                                                       what=tr(MATCH_TEXT.get(row.match_on, row.match_on)))
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        row = self.plan.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            rec = row.record
            if col == self.ROW:
                return row.source_row
            if col == self.STATUS:
                return tr(STATUS_TEXT[row.status])
            if col == self.NAME:
                return rec.display_name
            if col == self.PHONE:
                return rec.phones[0][0] if rec.phones else ""
            if col == self.EMAIL:
                return rec.email
            if col == self.MATCH:
                return self._match_text(row)
            if col == self.ACTION:
                return "" if row.status == importing.INVALID else tr(ACTION_TEXT[row.action])
            if col == self.PROBLEMS:
                return " ".join(problem_text(p) for p in row.problems)
        if role == Qt.ItemDataRole.EditRole and col == self.ACTION:
            return row.action
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.PROBLEMS, self.STATUS) and row.problems:
            return "\n".join(problem_text(p) for p in row.problems)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.plan is not None and index.column() == self.ACTION \
                and self.plan.rows[index.row()].has_choice:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.plan is None or index.column() != self.ACTION:
            return False
        row = self.plan.rows[index.row()]
        if not row.has_choice or value not in importing.DUPLICATE_ACTIONS:
            return False
        row.action = importing.Action(value)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def set_all(self, action: str) -> None:
        if self.plan is None:
            return
        self.plan.set_all_duplicates(action)
        self.dataChanged.emit(self.index(0, self.ACTION), self.index(max(0, self.rowCount() - 1), self.ACTION))
        self.changed.emit()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Rows already in the roster or repeated in the file "
                                 "can be merged, kept as separate people, or skipped."))
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.notice = QLabel()  # about the whole file, e.g. read as Windows text
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { color: #8a4b00; }")
        self.progress = QProgressBar()
        self.model = PreviewModel(self)
        self.model.changed.connect(self.show_counts)
        self.model.changed.connect(lambda: self.review.model.layoutChanged.emit())  # (a choice made in this table)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PreviewModel.ACTION, ActionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.all_combo = QComboBox()
        self.all_combo.setObjectName("allDuplicates")
        for action in importing.DUPLICATE_ACTIONS:
            self.all_combo.addItem(tr(ACTION_TEXT[action]), action)
        self.all_combo.activated.connect(lambda _i: self.model.set_all(self.all_combo.currentData()))
        all_label = QLabel(self.tr("For &every duplicate:"))
        all_label.setBuddy(self.all_combo)
        row = QHBoxLayout()
        row.addWidget(all_label)
        row.addWidget(self.all_combo)
        row.addStretch(1)
        self.review = DuplicatesPanel()
        self.review.changed.connect(self._reviewed)
        self.possible = QLabel()
        self.possible.setObjectName("possibleCount")
        self.possible.setWordWrap(True)
        every_row = QWidget()
        rows_layout = QVBoxLayout(every_row)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(row)
        rows_layout.addWidget(self.view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(every_row, self.tr("&All rows"))
        self.review_tab = self.tabs.addTab(self.review, self.tr("&Possible duplicates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.counts)
        layout.addWidget(self.possible)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        self.job = None

    def _reviewed(self) -> None:
        """A decision in the review: the rows table and the counts follow."""
        self.model.dataChanged.emit(self.model.index(0, PreviewModel.ACTION),
                                    self.model.index(max(0, self.model.rowCount() - 1), PreviewModel.ACTION))
        self.show_counts()

    def _show_review(self, plan: Optional[importing.ImportPlan]) -> None:
        """The possible duplicates, first thing shown when there are any."""
        self.review.set_plan(plan)
        count = self.review.model.rowCount()
        self.tabs.setTabVisible(self.review_tab, count > 0)
        self.tabs.setTabText(self.review_tab, self.tr("&Possible duplicates (%n)", "", count))
        self.tabs.setCurrentIndex(self.review_tab if count else 0)
        self.possible.setVisible(count > 0)
        self.possible.setText(self.tr(
            "%n rows share an email or a phone with someone whose name is different (a household, a shared work "
            "phone, or the same person written another way). They are kept as separate people unless you decide "
            "otherwise under Possible duplicates.", "", count))

    def initializePage(self) -> None:  # noqa: N802
        self.model.set_plan(None)
        self._show_review(None)
        self.wiz.plan = None
        self.progress.show()
        self.progress.setValue(0)
        self.counts.setText(self.tr("Checking every row…"))
        table, mapping, db = self.wiz.table, self.wiz.mapping, self.wiz.context.db
        assert table is not None and mapping is not None
        self.notice.setText("\n".join(problem_text(p) for p in table.notices))
        self.notice.setVisible(bool(table.notices))

        def done(plan: importing.ImportPlan) -> None:
            self.job = None
            self.progress.hide()
            self.wiz.plan = plan
            self.model.set_plan(plan)
            self._show_review(plan)
            self.all_combo.setCurrentIndex(0)
            self.view.resizeColumnsToContents()
            self.show_counts()
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self.job = None
            self.progress.hide()
            if not isinstance(exc, Cancelled):
                show_error(self, exc)

        self.job = self.wiz.context.run(lambda progress: importing.plan_import(table, mapping, db, progress=progress),
                                        done, failed, with_progress=True)
        self.job.progressed.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def cleanupPage(self) -> None:  # noqa: N802 - going Back: stop the check
        if self.job is not None:
            self.job.cancel()

    def show_counts(self) -> None:
        if self.wiz.plan is None:
            return
        c = self.wiz.plan.counts()
        self.view.resizeColumnToContents(PreviewModel.ACTION)
        self.counts.setText(self.tr(
            "%n rows: {added} to add, {merged} to merge, {skipped} to skip, {invalid} cannot be imported "
            "(see Problems), {warnings} with warnings.", "", c["read"]).format(**c))

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None


class RunPage(QWizardPage):
    """Writes everything in one transaction, with a progress bar and Cancel; then the summary."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.job = None
        self.finished = False
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.finished = False
        self.summary.setText(self.tr("Saving… Cancel leaves the roster exactly as it was."))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress.setValue(0)
        plan, db, path = self.wiz.plan, self.wiz.context.db, self.wiz.path
        user = self.wiz.context.user_name
        assert plan is not None and path is not None

        def work(progress):
            return importing.apply_import(db, plan, file_name=path.name, imported_by=user, progress=progress)

        def done(result: importing.ImportResult) -> None:
            self.job = None
            self.wiz.result = result
            self.progress.setValue(self.progress.maximum())
            counts = result.as_dict()
            self.summary.setText(self.tr(
                "Done. %n rows read: {added} people added, {merged} merged, {skipped} skipped, {invalid} not "
                "imported. You can undo this import from Imports.", "", counts["read"]).format(**counts))
            self._finish()

        def failed(exc: BaseException) -> None:
            self.job = None
            if isinstance(exc, Cancelled):
                self.summary.setText(self.tr("Cancelled. Nothing was imported; the roster is as it was."))
            else:
                self.summary.setText(self.tr("Nothing was imported; the roster is as it was."))
                show_error(self, exc)
            self._finish()

        self.job = self.wiz.context.run(work, done, failed, with_progress=True)
        self.job.progressed.connect(self._progress)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished


class ImportWizard(QWizard):
    """Choose file -> sheet -> columns -> preview (choices per duplicate) -> import -> summary."""

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import people"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.table: Optional[importing.SourceTable] = None
        self.path: Optional[Path] = None
        self.mapping: Optional[importing.Mapping] = None
        self.plan: Optional[importing.ImportPlan] = None
        self.result: Optional[importing.ImportResult] = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_page.setCommitPage(True)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 34)
        geometry = context.settings.geometry("import_wizard")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:  # finished, cancelled or closed: the size is remembered
        self.context.settings.set_geometry("import_wizard", self.saveGeometry())
        super().done(result)

    def context_mapping(self, headers: list[str]) -> tuple[importing.Mapping, bool]:
        # A quick read of one small table in the database (the remembered mapping).
        return importing.mapping_for(self.context.db, headers)

    def reject(self) -> None:
        if self.run_page.job is not None:  # importing: Cancel means cancel the import first
            self.run_page.cancel()
            return
        if self.preview_page.job is not None:
            self.preview_page.job.cancel()
        super().reject()


# ====================================================================== history page
class BatchModel(QAbstractTableModel):
    WHEN, FILE, READ, ADDED, MERGED, SKIPPED, INVALID, STATE = range(8)
    COLUMN_COUNT = 8
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    BATCH_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[importing.BatchInfo] = []

    def set_rows(self, rows: list[importing.BatchInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("When"), tr("File"), tr("Rows"), tr("Added"), tr("Merged"), tr("Skipped"), tr("Not imported"),
                    tr("State"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        col = index.column()
        values = (b.imported_at, b.file_name + (f" ({b.sheet})" if b.sheet else ""), b.rows_read, b.added, b.merged,
                  b.skipped, b.invalid, b.undone)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return b.imported_at.strftime("%Y-%m-%d %H:%M")
            if col == self.STATE:
                return tr("Undone") if b.undone else tr("Imported")
            return values[col]
        if role == self.SORT_ROLE:
            return values[col]
        if role == self.BATCH_ROLE:
            return b
        if role == Qt.ItemDataRole.TextAlignmentRole and self.READ <= col <= self.INVALID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        key = lambda b: (  # noqa: E731
            b.imported_at, b.file_name.casefold(), b.rows_read, b.added, b.merged, b.skipped, b.invalid, b.undone
        )[column]
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ImportsPage(QWidget):
    """The history of imports, each of which can be undone as a whole."""

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importsPage")
        title = QLabel(self.tr("<b>Imports</b>"))
        self.import_button = QPushButton(self.tr("&Import file…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Import people from a CSV or Excel file (Ctrl+I)"))
        self.import_button.clicked.connect(self.start_import)
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.model = BatchModel(self)
        self.view = QTableView()
        self.view.setObjectName("importsTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(BatchModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(BatchModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No imports yet. Import a CSV or Excel file of people with Import file…"))
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence("Ctrl+I"), self, self.start_import)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo_selected)
        context.data_changed.connect(self._changed)
        self.wizard: Optional[ImportWizard] = None
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.IMPORTS, Kind.PEOPLE):
            self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(importing.list_batches(self.context.db))
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.empty.setVisible(not self.model.rows)
        self._update_buttons()

    def selected_batch(self) -> Optional[importing.BatchInfo]:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], BatchModel.BATCH_ROLE) if rows else None

    def _update_buttons(self, *_args) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def start_import(self) -> None:
        self.wizard = ImportWizard(self.context, self)
        self.wizard.finished.connect(lambda _r: self.refresh())
        self.wizard.open()

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone:
            return
        text = self.tr(
            "Undo the import of {file} from {when}?\n\nThe {added} people it added will be deleted (with anything "
            "recorded about them since), and what it merged into {merged} existing people will be taken back."
        ).format(file=batch.file_name, when=batch.imported_at.strftime("%Y-%m-%d %H:%M"), added=batch.added,
                 merged=batch.merged)
        if not confirm(self, self.tr("Undo import"), text, self.tr("Undo import")):
            return
        self.undo_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("Undoing the import…"), "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        db = self.context.db

        def done(result: importing.UndoResult) -> None:
            dialog.close()
            self.context.status_message.emit(self.tr("Import undone: %n people removed, {reverted} restored.", "",
                                                     result.removed).format(reverted=result.reverted))

        def failed(exc: BaseException) -> None:
            dialog.close()
            show_error(self, exc)
            self.refresh()

        self.context.run(lambda: importing.undo_import(db, batch.id), done, failed)


SECTION = SectionSpec("imports", lambda: QCoreApplication.translate("Sections", "Imports"), ImportsPage)


# ====================================================================== export
from ui.roster.exporting import FOLDER_EXPORT, export_people  # noqa: E402,F401 - callers that import them from here
