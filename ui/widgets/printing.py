"""Print…: every printout the app makes (call sheets, sign-in sheet, phone tree, wall chart,
resolution, leaflet) is written as a PDF by reports/ (the same file "Save as PDF…" writes), then
shown in Qt's print preview, whose Print button opens the system print dialog.

``print_with_preview(parent, context, write, title)`` runs ``write(path)`` in the background into
a private temporary folder (0700; the writers make the file 0600), opens :class:`PdfPrintPreview`
over the rendered pages (QtPdf's ``QPdfDocument`` renders each page, painted onto the
``QPrinter``), and deletes the file when the preview closes: nothing personal is left behind.

``save_pdf(parent, context, write, suggested, purpose, busy)`` is "Save as PDF…": it asks where
(starting in the folder last used for ``purpose``), then runs ``write(path, progress)`` in the
background behind a progress dialog with Cancel.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from .messages import show_error

PRINT_DPI = 300  # the pages are rendered at this resolution for the printer (and the preview)


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF's pages; its Print button opens the system print dialog."""

    def __init__(self, pdf: Path, parent: Optional[QWidget] = None, title: str = "") -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.setObjectName("printPreview")
        if title:
            self.setWindowTitle(title)
            self.printer.setDocName(title)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        if self.document.pageCount():
            points = self.document.pagePointSize(0)
            self.printer.setFullPage(True)  # the PDF has its own margins
            self.printer.setPageSize(QPageSize(QSizeF(points), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
            self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                            else QPageLayout.Orientation.Portrait)
        self.paintRequested.connect(self._paint)
        parent_window = parent.window() if parent is not None else None
        if parent_window is not None:
            self.resize(parent_window.size() * 0.9)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def preview_widget(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                area = painter.viewport()
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QSize(int(points.width() * scale), int(points.height() * scale))
                pixels = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
                image = self.document.render(index, pixels)
                rect = QRect(area.x() + (area.width() - target.width()) // 2,
                             area.y() + (area.height() - target.height()) // 2, target.width(), target.height())
                painter.drawImage(rect, image)
        finally:
            painter.end()


def print_with_preview(parent: QWidget, context, write: Callable[[Path], Any], title: str,
                       on_done: Optional[Callable[[], None]] = None) -> None:
    """Write the printout with ``write(path)`` off the UI thread, then preview and print it."""
    folder = Path(tempfile.mkdtemp(prefix="cdesk-print-"))
    path = folder / "printout.pdf"

    def cleanup() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        if on_done is not None:
            on_done()

    def written(_result: Any) -> None:
        dialog = PdfPrintPreview(path, parent, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: cleanup())
        dialog.open()

    def failed(exc: BaseException) -> None:
        cleanup()
        if type(exc).__name__ != "Cancelled":
            show_error(parent, exc)

    context.run(lambda: write(path), written, failed)


def save_pdf(parent: QWidget, context, write: Callable[[Path, Callable[[int, int], None]], Any], suggested: str,
             purpose: str, busy: str, on_done: Optional[Callable[[Path], None]] = None):
    """Save as PDF…: ask for the file, then write it in the background. Returns the job (None when
    the file dialog was cancelled)."""
    folder = context.settings.last_folder(purpose)
    name, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                                str(Path(folder) / suggested),
                                                QCoreApplication.translate("Printing", "PDF (*.pdf)"))
    if not name:
        return None
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
    context.settings.set_last_folder(purpose, path)
    dialog = QProgressDialog(busy, QCoreApplication.translate("Printing", "Cancel"), 0, 0, parent)
    dialog.setObjectName("savePdfProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def done(_result: Any) -> None:
        dialog.close()
        context.status_message.emit(QCoreApplication.translate("Printing", "Saved {file}.").format(file=path.name))
        if on_done is not None:
            on_done(path)

    def failed(exc: BaseException) -> None:
        dialog.close()
        if type(exc).__name__ != "Cancelled":
            show_error(parent, exc)

    job = context.run(lambda progress: write(path, progress), done, failed, with_progress=True)
    job.progressed.connect(lambda n, total: (dialog.setMaximum(max(1, total)), dialog.setValue(min(n, max(1, total)))))
    dialog.canceled.connect(job.cancel)
    return job
