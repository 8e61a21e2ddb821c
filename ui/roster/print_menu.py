"""The roster's Print menu: the directory (grouped by workplace, department and shift) and mailing
labels of the people shown, or of the people selected when several are.

Each printout has "Print…" (the print preview, then the system print dialog: ui/widgets/printing.py) and
"… as PDF…". Phone numbers appear in the directory only when "Phone numbers in the directory" is
ticked (off each time the app starts: the directory is for the committee's table). Labels come in
the Avery 5160 (US Letter) or L7160 (A4) layout; the default follows the system's measurement
system. The words in the files are translated here (reports/ has no Qt).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ui.widgets import labels
from ui.context import AppContext
from ui.widgets.printing import print_with_preview, save_pdf


class RosterPrintButton(QPushButton):
    def __init__(self, context: AppContext, people: Callable[[], list[int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.people = people  # the ids to print (what the roster shows, or its selection)
        self.setObjectName("printRoster")
        self.setText(self.tr("Print"))
        self.setToolTip(self.tr("Print the people shown (or selected): a directory, or mailing labels"))
        menu = QMenu(self)
        self.print_directory = self._action(menu, "printDirectory", self.tr("Print directory…"), self.directory_preview)
        self.save_directory = self._action(menu, "saveDirectoryPdf", self.tr("Directory as PDF…"), self.directory_pdf)
        self.with_phones = self._action(menu, "directoryPhones", self.tr("Phone numbers in the directory"), None)
        self.with_phones.setCheckable(True)
        menu.addSeparator()
        self.print_labels = self._action(menu, "printLabels", self.tr("Print mailing labels…"), self.labels_preview)
        self.save_labels = self._action(menu, "saveLabelsPdf", self.tr("Mailing labels as PDF…"), self.labels_pdf)
        group = QActionGroup(self)
        self.layouts = {
            "5160": self._action(menu, "labels5160", self.tr("Avery 5160 (US Letter, 30 a sheet)"), None),
            "L7160": self._action(menu, "labelsL7160", self.tr("Avery L7160 (A4, 21 a sheet)"), None),
        }
        us = QLocale().measurementSystem() != QLocale.MeasurementSystem.MetricSystem
        for code, action in self.layouts.items():
            action.setCheckable(True)
            group.addAction(action)
            action.setChecked(code == ("5160" if us else "L7160"))
        self.setMenu(menu)

    def _action(self, menu: QMenu, name: str, text: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def layout_code(self) -> str:
        return next((code for code, action in self.layouts.items() if action.isChecked()), "5160")

    # ------------------------------------------------------------ the words in the files
    def directory_labels(self):
        from reports.roster.directory import DirectoryLabels  # lazy: reportlab loads only when printing

        return DirectoryLabels(
            title=self.tr("Directory"), subtitle=self.tr("{people} people · printed {date}"), name=self.tr("Name"),
            job_title=self.tr("Job title"), languages=self.tr("Languages"), membership=self.tr("Membership"),
            phone=self.tr("Phone"), count=self.tr("{people} people"), no_workplace=self.tr("No workplace"),
            no_department=self.tr("No department"), no_shift=self.tr("No shift"),
            memberships={code: labels.label(labels.MEMBERSHIP, code) for code in labels.MEMBERSHIP},
            language_names={code: labels.language_name(code) for code in labels.LANGUAGES},
            confidential=self.tr("Confidential — shred after use"), page=self.tr("Page {page} of {pages}"),
            continued=self.tr("{heading} (continued)"))

    def label_words(self):
        from reports.roster.mailing_labels import LabelWords  # lazy: reportlab loads only when printing

        return LabelWords(title=self.tr("Mailing labels"), confidential=self.tr("Confidential — shred after use"),
                          page=self.tr("Page {page} of {pages}"))

    # ------------------------------------------------------------ directory
    def _directory_writer(self):
        from reports.roster.directory import write_directory  # lazy: reportlab loads only when printing

        db, ids, phones, words = self.context.db, self.people(), self.with_phones.isChecked(), self.directory_labels()
        return lambda path, progress=None: write_directory(db, path, ids, with_phones=phones, labels=words,
                                                           progress=progress)

    def directory_preview(self) -> None:
        print_with_preview(self, self.context, self._directory_writer(), self.tr("Directory"))

    def directory_pdf(self) -> None:
        suggested = self.tr("directory-{date}.pdf").format(date=date.today().isoformat())
        save_pdf(self, self.context, self._directory_writer(), suggested, "directory", self.tr("Writing the directory…"))

    # ------------------------------------------------------------ labels
    def _labels_writer(self):
        from reports.roster.mailing_labels import write_mailing_labels  # lazy: reportlab loads only when printing

        db, ids, layout, words = self.context.db, self.people(), self.layout_code, self.label_words()
        return lambda path, progress=None: write_mailing_labels(db, path, layout, ids, words=words, progress=progress)

    def labels_preview(self) -> None:
        print_with_preview(self, self.context, self._labels_writer(), self.tr("Mailing labels"))

    def labels_pdf(self) -> None:
        suggested = self.tr("labels-{layout}-{date}.pdf").format(layout=self.layout_code, date=date.today().isoformat())
        save_pdf(self, self.context, self._labels_writer(), suggested, "labels", self.tr("Writing the mailing labels…"))
