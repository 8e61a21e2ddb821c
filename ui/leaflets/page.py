"""The "Leaflets" section: saved leaflets on the left; the editor (fields, then a live page preview).

The preview renders the real PDF in the background (``context.run``) and rasterizes it with
QtPdf's ``QPdfDocument`` there too. Typing restarts a 250 ms timer; only one render runs at a time
and a result older than the latest edit is dropped, so the preview never makes typing stutter.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
    QTimer,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.core import errors
from models.leaflets import templates as leaflets
from models.core.changes import Changes, Kind
from models.leaflets.templates import LeafletDoc, LeafletSummary, blocks_from_markup, markup_from_blocks
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab loads in 0.8 s: only when a leaflet is first rendered
    from reports.leaflets.pdf import RenderResult

from ui.context import AppContext
from ui.widgets import conflict
from ui.widgets.flow import FlowLayout
from ui.i18n import translator
from ui.widgets.labels import languages_text
from ui.widgets.messages import confirm, show_error, translated
from ui.widgets.table import ROW_ROLE, Column, RowsTableModel, make_proxy
from ui.sections import SectionSpec
from ui.tasks import dedicated_pool

PREVIEW_DELAY_MS = 250


tr = translator("Leaflets")


def layout_names() -> dict[str, str]:
    return {
        leaflets.FULL: tr("Full page"),
        leaflets.HALF: tr("Half page, 2 per sheet"),
        leaflets.QUARTER: tr("Quarter page card, 4 per sheet"),
        leaflets.SIDE_BY_SIDE: tr("Two languages side by side"),
        leaflets.FRONT_BACK: tr("Two languages, front and back"),
        leaflets.HALF_FRONT_BACK: tr("Half page, 2 per sheet, front and back"),
        leaflets.QUARTER_FRONT_BACK: tr("Quarter card, 4 per sheet, front and back"),
    }


def language_names() -> dict[str, str]:
    return {
        "en": tr("English"), "es": tr("Spanish"), "pt": tr("Portuguese"), "fr": tr("French"),
        "ht": tr("Haitian Creole"), "pl": tr("Polish"), "vi": tr("Vietnamese"), "zh": tr("Chinese"),
        "ar": tr("Arabic"),
    }


# ---------------------------------------------------------------- the list
_LETTER = QT_TRANSLATE_NOOP("LeafletsModel", "Letter")


def _paper_name(paper: str) -> str:
    return QCoreApplication.translate("LeafletsModel", _LETTER) if paper == leaflets.LETTER else "A4"


def _folded(text: Callable[[LeafletSummary], str]) -> Callable[[LeafletSummary], str]:
    return lambda row: (text(row) or "").casefold()


def _layout_name(row: LeafletSummary) -> str:
    return layout_names().get(row.layout, row.layout)


class LeafletsModel(RowsTableModel):
    COL_TITLE, COL_LAYOUT, COL_PAPER, COL_LANGUAGES, COL_UPDATED = range(5)
    columns = (
        Column(QT_TRANSLATE_NOOP("LeafletsModel", "Title"), lambda r: r.title, _folded(lambda r: r.title)),
        Column(QT_TRANSLATE_NOOP("LeafletsModel", "Layout"), _layout_name, _folded(_layout_name)),
        Column(QT_TRANSLATE_NOOP("LeafletsModel", "Paper"), lambda r: _paper_name(r.paper), _folded(lambda r: _paper_name(r.paper))),
        Column(QT_TRANSLATE_NOOP("LeafletsModel", "Languages"), lambda r: languages_text(r.languages),
               _folded(lambda r: languages_text(r.languages))),
        Column(QT_TRANSLATE_NOOP("LeafletsModel", "Changed"), lambda r: r.updated_at.strftime("%Y-%m-%d %H:%M"),
               lambda r: r.updated_at.isoformat()),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(context="LeafletsModel", parent=parent)


# ---------------------------------------------------------------- preview rendering (worker thread)
@dataclass
class PreviewResult:
    generation: int
    result: RenderResult
    images: list[QImage]


def rasterize(pdf: bytes, width_px: int) -> list[QImage]:
    """Every page of a PDF as an image ``width_px`` wide (QtPdf; safe on a worker thread)."""
    from PySide6.QtPdf import QPdfDocument  # lazy: QtPdf loads only when a leaflet is previewed

    document = QPdfDocument(None)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = int(width_px * size.height() / max(size.width(), 1))
        images.append(document.render(page, QSize(width_px, height)))
    document.close()
    buffer.close()
    return images


# ---------------------------------------------------------------- the editor
class LeafletEditor(QWidget):
    """Fields on the left, the live page preview on the right."""

    preview_updated = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self._preview_pool = dedicated_pool(1)
        self.doc: Optional[LeafletDoc] = None
        self.dirty = False
        self.last_result: Optional[RenderResult] = None
        self._loading = False
        self._generation = itertools.count(1)
        self._latest = 0
        self._busy = False
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_render)

        fields = QWidget()
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.layout_combo = QComboBox()
        for key, name in layout_names().items():
            self.layout_combo.addItem(name, key)
        # Long layout names (in Spanish) must not make the window wider than a small laptop.
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(20)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), leaflets.LETTER)
        self.paper_combo.addItem(self.tr("A4"), leaflets.A4)
        self.language_combos = [QComboBox(), QComboBox()]
        self.language_combos[1].addItem(self.tr("(none)"), "")
        for combo in self.language_combos:
            for code, name in language_names().items():
                combo.addItem(name, code)
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setPlaceholderText(self.tr("Who issued it, e.g. Local 1546 Organizing Committee"))
        self.union_edit = QLineEdit()
        self.union_edit.setPlaceholderText(self.tr("e.g. Union printed"))
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(int(leaflets.MIN_SCALE * 100), 100)
        self.scale_spin.setSuffix(" %")
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        form.addRow(self.tr("First language:"), self.language_combos[0])
        form.addRow(self.tr("Second language:"), self.language_combos[1])
        form.addRow(self.tr("Issued by:"), self.issuer_edit)
        form.addRow(self.tr("Union line:"), self.union_edit)
        form.addRow(self.tr("Text size:"), self.scale_spin)

        self.tabs = QTabWidget()
        self.text_edits: dict[str, QPlainTextEdit] = {}
        help_label = QLabel(self.tr("# headline · ## subhead · **bold** · *italic* · - bullet · "
                                    "> When: … (highlighted box) · a blank line starts a new paragraph"))
        help_label.setWordWrap(True)
        help_label.setObjectName("markupHelp")
        insert_row = QHBoxLayout()
        self.image_button = QPushButton(self.tr("Insert &image…"))
        self.qr_button = QPushButton(self.tr("Insert &QR code…"))
        insert_row.addWidget(self.image_button)
        insert_row.addWidget(self.qr_button)
        insert_row.addStretch(1)

        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.tabs, 1)
        fields_layout.addWidget(help_label)
        fields_layout.addLayout(insert_row)

        preview = QWidget()
        self.warning = QLabel()
        self.warning.setObjectName("overflowWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#overflowWarning { background: #fff3cd; color: #5c4400; padding: 6px; }")
        self.shrink_button = QPushButton(self.tr("&Shrink to fit"))
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.shrink_button)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        self.warning_box.hide()
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setBackgroundRole(self.scroll.backgroundRole())
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        buttons = FlowLayout()  # wraps on a small screen (the Spanish labels are long)
        self.save_button = QPushButton(self.tr("Save"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("leafletPdf")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("leafletPrint")
        self.print_button.setToolTip(self.tr("Print preview, then the print dialog (Ctrl+P)"))
        self.print_button.clicked.connect(lambda _checked=False: self.print_preview())
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.warning_box)
        preview_layout.addWidget(self.scroll, 1)
        preview_layout.addWidget(self.status)
        preview_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(fields)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        for edit in (self.title_edit, self.issuer_edit, self.union_edit):
            edit.textEdited.connect(self._edited)
        for combo in (self.layout_combo, self.paper_combo, *self.language_combos):
            combo.currentIndexChanged.connect(self._edited)
        self.language_combos[0].currentIndexChanged.connect(self._sync_tabs)
        self.language_combos[1].currentIndexChanged.connect(self._sync_tabs)
        self.scale_spin.valueChanged.connect(self._edited)
        self.shrink_button.clicked.connect(self.shrink_to_fit)
        self.image_button.clicked.connect(self.insert_image)
        self.qr_button.clicked.connect(self.insert_qr)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.setEnabled(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.doc is not None and self.isVisible():
            self.request_preview()

    # loading and reading back ---------------------------------------------------
    def set_doc(self, doc: Optional[LeafletDoc]) -> None:
        self.doc = doc.copy() if doc is not None else None
        self.setEnabled(doc is not None)
        self._loading = True
        try:
            if doc is None:
                self.title_edit.clear()
                self._clear_tabs()
                self._show_images([])
                return
            self.title_edit.setText(doc.title)
            self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(doc.layout)))
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(doc.paper)))
            for index, combo in enumerate(self.language_combos):
                code = doc.languages[index] if index < len(doc.languages) else ""
                if code and combo.findData(code) < 0:
                    combo.addItem(code, code)
                combo.setCurrentIndex(max(0, combo.findData(code)))
            self.issuer_edit.setText(doc.issuer)
            self.union_edit.setText(doc.union_printed)
            self.scale_spin.setValue(int(round(doc.scale * 100)))
            self._clear_tabs()
            self._sync_tabs()
        finally:
            self._loading = False
        self._set_dirty(False)
        self.request_preview(immediately=True)

    def _clear_tabs(self) -> None:
        self.tabs.clear()
        for edit in self.text_edits.values():
            edit.deleteLater()
        self.text_edits = {}

    def languages(self) -> list[str]:
        codes = [combo.currentData() for combo in self.language_combos]
        return [code for index, code in enumerate(codes) if code and code not in codes[:index]]

    def _sync_tabs(self) -> None:
        """One text tab per chosen language (text typed for a removed language is kept)."""
        if self.doc is None:
            return
        for code, edit in self.text_edits.items():
            self.doc.blocks[code] = blocks_from_markup(edit.toPlainText())
        self.tabs.clear()
        names = language_names()
        for code in self.languages():
            edit = self.text_edits.get(code)
            if edit is None:
                edit = QPlainTextEdit()
                edit.setObjectName(f"text_{code}")
                if code == "ar":
                    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                edit.setPlainText(markup_from_blocks(self.doc.blocks.get(code, [])))
                edit.textChanged.connect(self._edited)
                self.text_edits[code] = edit
            self.tabs.addTab(edit, names.get(code, code))

    def current_doc(self) -> LeafletDoc:
        assert self.doc is not None
        doc = self.doc.copy()
        doc.title = self.title_edit.text().strip()
        doc.layout = self.layout_combo.currentData()
        doc.paper = self.paper_combo.currentData()
        doc.languages = self.languages()
        doc.blocks = dict(doc.blocks)
        for code, edit in self.text_edits.items():
            doc.blocks[code] = blocks_from_markup(edit.toPlainText())
        doc.issuer = self.issuer_edit.text().strip()
        doc.union_printed = self.union_edit.text().strip()
        doc.scale = self.scale_spin.value() / 100
        return doc

    def differences(self, theirs: LeafletDoc, mine: LeafletDoc) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved leaflet and this editor differ, in words."""
        def chosen(box: QComboBox) -> Callable[[Any], str]:
            return lambda value: box.itemText(max(0, box.findData(value)))

        names = language_names()

        def texts(doc: LeafletDoc) -> list[str]:
            return [f"{names.get(code, code)}: {markup_from_blocks(doc.blocks.get(code, [])).strip()}"
                    for code in doc.languages]

        rows = conflict.field_rows(theirs, mine, [
            (self.tr("&Title:"), "title", None), (self.tr("&Layout:"), "layout", chosen(self.layout_combo)),
            (self.tr("&Paper:"), "paper", chosen(self.paper_combo)),
            (self.tr("Languages:"), "languages", languages_text),
            (self.tr("Issued by:"), "issuer", None), (self.tr("Union line:"), "union_printed", None),
            (self.tr("Text size:"), "scale", lambda scale: f"{round(scale * 100)} %")])
        if texts(theirs) != texts(mine):
            rows.append((self.tr("Text"), "\n\n".join(texts(theirs)), "\n\n".join(texts(mine))))
        return rows

    def current_text_edit(self) -> Optional[QPlainTextEdit]:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, QPlainTextEdit) else None

    # editing ------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if self._loading or self.doc is None:
            return
        self._set_dirty(True)
        self.request_preview()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def insert_image(self) -> None:
        edit = self.current_text_edit()
        if edit is None:
            return
        start = self.context.settings.last_folder("leaflet-images")
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose an image or logo"), start,
                                                    self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if path:
            self.context.settings.set_last_folder("leaflet-images", path)
            edit.textCursor().insertText(f"\n[image {path} | 20]\n")

    def insert_qr(self) -> None:
        edit = self.current_text_edit()
        if edit is None:
            return
        link, ok = QInputDialog.getText(self, self.tr("QR code"), self.tr("Link or phone number (tel:+1…):"))
        if ok and link.strip():
            caption = self.tr("Scan me")
            edit.textCursor().insertText(f"\n[qr {link.strip()} | {caption}]\n")

    def shrink_to_fit(self) -> None:
        if self.last_result is not None and not self.last_result.fits:
            self.scale_spin.setValue(int(self.last_result.fit_scale * 100))
            self.request_preview(immediately=True)

    # the preview ----------------------------------------------------------------
    def request_preview(self, immediately: bool = False) -> None:
        self._latest = next(self._generation)
        if immediately:
            self._timer.stop()
            self._start_render()
        else:
            self._timer.start()

    def _preview_width(self) -> int:
        ratio = self.devicePixelRatioF() or 1.0
        width = max(240, self.scroll.viewport().width() - 40)
        return int(min(width, 1000) * ratio)

    def _start_render(self) -> None:
        if self.doc is None:
            return
        if self._busy:
            self._pending = True
            return
        doc = self.current_doc()
        if not doc.languages:
            return
        try:
            leaflets.validate(doc)
        except errors.ValidationError as exc:
            if exc.field != "title":
                self._show_message(QCoreApplication.translate("Errors", exc.message).format(**exc.values))
                return
        generation = self._latest
        width = self._preview_width()
        self._busy = True
        self._pending = False

        def op() -> PreviewResult:
            from reports.leaflets.pdf import render_leaflet  # lazy: reportlab loads only when a leaflet is previewed

            result = render_leaflet(doc)
            return PreviewResult(generation, result, rasterize(result.pdf, width))

        # Previews have one thread of their own: they never wait behind a backup or an
        # integrity check in the shared pool, and pdfium (not thread-safe) renders one at a time.
        self.context.run(op, self._rendered, self._render_failed, in_pool=self._preview_pool)

    def _rendered(self, preview: PreviewResult) -> None:
        self._busy = False
        if preview.generation == self._latest:
            self.last_result = preview.result
            self._show_images(preview.images)
            self._show_overflow(preview.result)
            self.preview_updated.emit()
        if self._pending or preview.generation != self._latest:
            self._start_render()

    def _render_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._show_message(translated(exc) if isinstance(exc, errors.UserError) else self.tr("The preview could not be drawn."))
        if self._pending:
            self._start_render()

    def _show_message(self, text: str) -> None:
        self.warning.setText(text)
        self.shrink_button.hide()
        self.warning_box.show()

    def _show_images(self, images: list[QImage]) -> None:
        while len(self.page_labels) > len(images):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(images):
            label = QLabel()
            label.setObjectName(f"previewPage{len(self.page_labels) + 1}")
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        ratio = self.devicePixelRatioF() or 1.0
        for label, image in zip(self.page_labels, images):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        if images and self.last_result is not None:
            sides = self.tr("front and back") if len(images) == 2 else ""
            self.status.setText(self.tr("%n page(s)", "", len(images)) + (f" ({sides})" if sides else ""))

    def _show_overflow(self, result: RenderResult) -> None:
        problems = []
        if not result.fits:
            worst = max(o.percent_over for o in result.overflows)
            if result.can_fit:
                problems.append(self.tr("The text does not fit: it is {percent}% too long. Shorten it, or shrink "
                                        "the text to {fit}%.").format(percent=worst, fit=int(result.fit_scale * 100)))
            else:
                problems.append(self.tr("The text does not fit even at the smallest size ({percent}% too long). "
                                        "Please shorten it.").format(percent=worst))
        for path in result.missing_images:
            problems.append(self.tr("Image not found: {name}").format(name=Path(path).name))
        self.shrink_button.setVisible(not result.fits and result.can_fit)
        self.warning.setText("\n".join(problems))
        self.warning_box.setVisible(bool(problems))

    # saving -------------------------------------------------------------------------
    def print_preview(self) -> None:
        if self.doc is None:
            return
        doc = self.current_doc()
        from reports.leaflets.pdf import write_leaflet_pdf  # lazy: reportlab loads only when printing

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        print_with_preview(self, self.context, lambda path: write_leaflet_pdf(doc, path), doc.title or self.tr("Leaflet"))

    def save_pdf(self) -> None:
        if self.doc is None:
            return
        doc = self.current_doc()
        settings = self.context.settings
        suggested = str(Path(settings.last_folder("leaflets")) / f"{_safe_name(doc.title or 'leaflet')}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save leaflet as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.set_last_folder("leaflets", path)
        self.pdf_button.setEnabled(False)

        def done(result: RenderResult) -> None:
            self.pdf_button.setEnabled(True)
            self.status.setText(self.tr("Saved {name}").format(name=Path(path).name))
            self.context.status_message.emit(self.tr("Saved {name}").format(name=Path(path).name))

        def failed(exc: BaseException) -> None:
            self.pdf_button.setEnabled(True)
            show_error(self, exc)

        from reports.leaflets.pdf import write_leaflet_pdf  # lazy: reportlab loads only when printing

        self.context.run(lambda: write_leaflet_pdf(doc, path), done, failed)


def _safe_name(title: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip()
    return " ".join(cleaned.split())[:80] or "leaflet"


# ---------------------------------------------------------------- the page
class LeafletsPage(QWidget):
    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = LeafletsModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("leafletsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LeafletsModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LeafletsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (LeafletsModel.COL_LAYOUT, LeafletsModel.COL_PAPER, LeafletsModel.COL_LANGUAGES, LeafletsModel.COL_UPDATED):
            self.table.setColumnHidden(column, column in (LeafletsModel.COL_PAPER, LeafletsModel.COL_UPDATED))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.new_button = QToolButton()
        self.new_button.setText(self.tr("&New from template"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        self.duplicate_button = QPushButton(self.tr("&Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)

        self.editor = LeafletEditor(context)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_new_menu()
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.editor.save_button.clicked.connect(lambda _checked=False: self.save())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, owner, slot in (
            (QKeySequence(QKeySequence.StandardKey.Save), self, self.save),
            (QKeySequence(QKeySequence.StandardKey.Print), self, self.editor.print_preview),
            (QKeySequence(QKeySequence.StandardKey.New), self, self._show_new_menu),
            (QKeySequence("Ctrl+D"), self, self.duplicate_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected),
        ):
            shortcut = QShortcut(keys, owner)
            shortcut.setContext(local)
            shortcut.activated.connect(slot)
        context.data_changed.connect(self._changed)
        self._select_after_load: Optional[int] = None
        self._open_token: object = None
        self._update_buttons()
        self.reload()

    # data ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self, select_id: Optional[int] = None) -> None:
        if select_id is not None:
            self._select_after_load = select_id
        db = self.context.db
        self.context.run(lambda: leaflets.list_leaflets(db), self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, rows: list[LeafletSummary]) -> None:
        wanted = self._select_after_load if self._select_after_load is not None else self.selected_id()
        self._select_after_load = None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        if wanted is not None:
            self.select_id(wanted, load=wanted != (self.editor.doc.id if self.editor.doc else None))
        self._update_buttons()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.LEAFLETS) and self.isVisible():
            self.reload()

    def selected_id(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ROW_ROLE).id

    def select_id(self, leaflet_id: int, load: bool = True) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ROW_ROLE).id == leaflet_id:
                self.table.selectionModel().blockSignals(not load)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                if load:
                    self._open(leaflet_id)
                return

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        leaflet_id = self.selected_id()
        if leaflet_id is None or (self.editor.doc is not None and self.editor.doc.id == leaflet_id):
            return
        if self.editor.dirty and not self.save(then_open=leaflet_id):
            return
        if not self.editor.dirty:
            self._open(leaflet_id)

    def _open(self, leaflet_id: int) -> None:
        db = self.context.db
        token = self._open_token = object()

        def loaded(doc: LeafletDoc) -> None:
            if token is not self._open_token:
                return  # a newer open superseded this one
            current = self.editor.doc
            if self.editor.dirty and current is not None and current.id == doc.id:
                return  # never replace what the user typed with the saved copy
            self.editor.set_doc(doc)

        self.context.run(lambda: leaflets.get_leaflet(db, leaflet_id), loaded, lambda exc: show_error(self, exc))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # actions -------------------------------------------------------------------------
    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        blank = self.new_menu.addAction(self.tr("Blank leaflet"))
        blank.triggered.connect(lambda: self.new_leaflet(None))
        self.new_menu.addSeparator()
        for info in leaflets.list_templates():
            action = self.new_menu.addAction(info.title)
            action.triggered.connect(lambda _checked=False, name=info.name: self.new_leaflet(name))

    def _show_new_menu(self) -> None:
        self.new_button.showMenu()

    def new_leaflet(self, template: Optional[str]) -> None:
        db = self.context.db
        blank_title = self.tr("New leaflet")

        def op() -> int:
            if template:
                doc = leaflets.load_template(template)
            else:
                doc = LeafletDoc(title=blank_title, languages=["en"], blocks={"en": blocks_from_markup("# Headline\n\nText\n")})
            doc.title = leaflets.new_leaflet_title(db, doc.title)
            return leaflets.save_leaflet(db, doc)

        self.context.run(op, self._created, lambda exc: show_error(self, exc))

    def _created(self, leaflet_id: int) -> None:
        self.reload(select_id=leaflet_id)

    def duplicate_selected(self) -> None:
        leaflet_id = self.selected_id()
        if leaflet_id is None:
            return
        db = self.context.db
        self.context.run(lambda: leaflets.duplicate_leaflet(db, leaflet_id), self._created, lambda exc: show_error(self, exc))

    def delete_selected(self) -> None:
        leaflet_id = self.selected_id()
        if leaflet_id is None:
            return
        title = self.proxy.data(self.table.selectionModel().selectedRows()[0], ROW_ROLE).title
        if not confirm(self, self.tr("Delete leaflet"),
                       self.tr("Delete the leaflet “{title}”? This cannot be undone.").format(title=title)):
            return
        db = self.context.db

        def done(_result: Any) -> None:
            if self.editor.doc is not None and self.editor.doc.id == leaflet_id:
                self.editor.set_doc(None)
            self.reload()

        self.context.run(lambda: leaflets.delete_leaflet(db, leaflet_id), done, lambda exc: show_error(self, exc))

    def save(self, then_open: Optional[int] = None) -> bool:
        if self.editor.doc is None:
            return False
        doc = self.editor.current_doc()
        try:
            leaflets.validate(doc)
        except errors.ValidationError as exc:
            show_error(self, exc)
            return False
        db = self.context.db

        def done(leaflet_id: int) -> None:
            self.editor.doc = doc
            self.editor.doc.id = leaflet_id
            self.editor._set_dirty(False)
            self.reload(select_id=then_open if then_open is not None else leaflet_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, errors.Conflict):  # nothing written: the person chooses
                self._resolve(exc, doc, then_open)
            else:
                show_error(self, exc)

        self.context.run(lambda: leaflets.save_leaflet(db, doc), done, failed)
        return True

    def _resolve(self, found: errors.Conflict, mine: LeafletDoc, then_open: Optional[int]) -> None:
        """Someone else saved this leaflet since it was opened: both versions and the choice."""
        def keep_mine(version: int) -> None:
            if self.editor.doc is not None and self.editor.doc.id == found.row_id:
                self.editor.doc.version = version
                self.save(then_open)

        def use_theirs() -> None:
            self.editor._set_dirty(False)
            self._open(found.row_id)

        rows = self.editor.differences(found.current, mine)
        if not rows:
            keep_mine(found.version)
            return
        self.conflict_dialog = conflict.ask(self, found, rows, keep_mine, use_theirs)


SECTION = SectionSpec("leaflets", lambda: QCoreApplication.translate("Sections", "Leaflets"), LeafletsPage, "leaflets.png")
