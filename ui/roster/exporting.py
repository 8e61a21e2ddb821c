"""Exporting people to a file: Excel, CSV, or a layout another tool takes (Spoke, Action Network,
Google Contacts, vCard; reports/roster/presets.py). The format is chosen in the save dialog's
"Save as type" list; a warning says the file is not encrypted and, for texting and email tools,
offers to include people whose consent is not known (left out by default). The work runs in the
background with a progress dialog; this module never runs SQL itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui.context import AppContext
from ui.i18n import translator
from ui.widgets.messages import show_error
from ui.tasks import Cancelled

FOLDER_EXPORT = "export"


tr = translator("Imports")


def tr_export(text: str) -> str:
    """Texts written in reports/roster/presets.py (context "Exports")."""
    return QCoreApplication.translate("Exports", text)


@dataclass(frozen=True)
class Format:
    key: str  # "xlsx", "csv" or a preset's value ("spoke", "action-network", "google", "vcard")
    suffix: str
    name: str  # as the save dialog lists it, translated

    @property
    def filter(self) -> str:
        return f"{self.name} (*{self.suffix})"

    @property
    def asks_consent(self) -> bool:
        return self.key in ("spoke", "action-network")


def formats() -> list[Format]:
    # lazy: export presets bring the import stack (~100 ms): only when exporting
    from reports.roster.presets import Preset

    return [Format("xlsx", ".xlsx", tr("Excel workbook")), Format("csv", ".csv", tr("CSV, comma-separated")),
            *(Format(p.value, p.suffix, tr_export(p.label)) for p in Preset)]


def _chosen(chosen_filter: str, path: Path) -> tuple[Format, Path]:
    """The format whose filter was chosen (else the one the name's ending says, else Excel), and
    the path with that format's ending."""
    every = formats()
    fmt = next((f for f in every if f.filter == chosen_filter), None)
    if fmt is None:
        fmt = next((f for f in every if f.suffix == path.suffix.lower()), every[0])
    if path.suffix.lower() != fmt.suffix:  # "list.csv" chosen as vCard -> "list.vcf"; "J. Ruiz" -> "J. Ruiz.xlsx"
        known = path.suffix.lower() in {f.suffix for f in every}
        path = path.with_suffix(fmt.suffix) if known else path.with_name(path.name + fmt.suffix)
    return fmt, path


def _warn(parent: Optional[QWidget], fmt: Format) -> Optional[bool]:
    """The 'not encrypted' warning; None when cancelled, else whether to include unknown consent."""
    warning = QMessageBox(QMessageBox.Icon.Warning, tr("Export people"), tr(
        "The exported file is NOT encrypted: anyone who gets it can read the names, phones and notes in it.\n\n"
        "Keep it on a device only you use, do not email it, and delete it when you are done."), parent=parent)
    warning.setObjectName("exportWarning")
    if fmt.asks_consent:
        box = QCheckBox(tr("Also include people whose consent to texts or emails is not known"))
        box.setObjectName("includeUnknownConsent")
        box.setToolTip(tr("People who said no, or not to be contacted, are never included."))
        warning.setCheckBox(box)
    go = warning.addButton(tr("Export"), QMessageBox.ButtonRole.AcceptRole)
    warning.addButton(QMessageBox.StandardButton.Cancel)
    warning.setDefaultButton(go)
    warning.exec()
    if warning.clickedButton() is not go:
        return None
    return bool(warning.checkBox() is not None and warning.checkBox().isChecked())


def _operation(context: AppContext, fmt: Format, path: Path, ids: Optional[list[int]],
               include_unknown: bool) -> Callable[[Any], Any]:
    db = context.db
    if fmt.key in ("xlsx", "csv"):
        # lazy: the export (~25 ms) and openpyxl (sheet_print) load only when exporting
        from reports.roster import export as roster_export
        from reports.core.sheet_print import PrintLabels

        printed = PrintLabels(tr("Confidential — shred after use"), tr("Page {page} of {pages}"))  # the xlsx's footer
        return lambda progress: roster_export.export_people(db, path, ids, progress=progress, printed=printed)
    # lazy: export presets bring the import stack (~100 ms): only when exporting
    from reports.roster import presets as export_presets

    return lambda progress: export_presets.export_preset(db, fmt.key, path, ids, include_unknown, progress=progress)


def _summary(result: Any, path: Path) -> str:
    lines = [tr("Exported %n people to {file}.", "", result.people).format(file=str(path))]
    for reason, count in sorted(getattr(result, "left_out", {}).items()):
        lines.append(tr("Left out %n people: {reason}.", "", count).format(reason=tr_export(reason)))
    return "\n".join(lines)


def export_people(parent: Optional[QWidget], context: AppContext, person_ids: Optional[list[int]],
                  file_stem: str = "people") -> None:
    """Ask for a file and its format, warn that it is not encrypted, export in the background.

    ``person_ids`` None means everyone; the roster passes its selection or filtered rows, the
    event and session pages their people.
    """
    folder = context.settings.last_folder(FOLDER_EXPORT)
    name, chosen_filter = QFileDialog.getSaveFileName(
        parent, tr("Export people"), str(Path(folder) / f"{file_stem}.xlsx"), ";;".join(f.filter for f in formats()))
    if not name:
        return
    fmt, path = _chosen(chosen_filter, Path(name))
    context.settings.set_last_folder(FOLDER_EXPORT, path)
    include_unknown = _warn(parent, fmt)
    if include_unknown is None:
        return
    count = len(person_ids) if person_ids is not None else None
    dialog = QProgressDialog(tr("Exporting people…"), tr("Cancel"), 0, max(1, count or 1), parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(tr("Export people"))
    dialog.setMinimumDuration(400)
    ids = list(person_ids) if person_ids is not None else None

    def done(result: Any) -> None:
        dialog.close()
        context.status_message.emit(tr("Exported %n people to {file}.", "", result.people).format(file=path.name))
        box = QMessageBox(QMessageBox.Icon.Information, tr("Export people"), _summary(result, path), parent=parent)
        box.setObjectName("exportDone")
        box.open()

    def failed(exc: BaseException) -> None:
        dialog.close()
        if isinstance(exc, Cancelled):
            context.status_message.emit(tr("Export cancelled; no file was written."))
            return
        show_error(parent, exc)

    job = context.run(_operation(context, fmt, path, ids, include_unknown), done, failed, with_progress=True)

    def progressed(done_count: int, total: int) -> None:
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done_count, max(1, total) - 1))

    job.progressed.connect(progressed)
    dialog.canceled.connect(job.cancel)
