"""The wall chart of a workplace: departments x shifts, each cell with its counts and a small
colored 1-5 spread bar, the health checks listed plainly, and "Print wall chart…".

Clicking (or pressing Enter on) a cell asks the main window to show those people in the roster:

    context.navigator.show_roster(RosterPlace(workplace_id, department_id, shift_id))

where a department/shift id of ``0`` means "people with no department/shift" and None means
"any" (the "All shifts" column and the "All departments" row). The last request is also kept in
``WallChartView.last_request``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.changes import Changes, Kind
from models.core.text import fold
from models.organization.wallchart import NONE_ID, Cell, WallChart, wall_chart
from reports.core.labels import safe_file_name

from ui.context import AppContext
from ui.widgets.labels import ASSESSMENT_COLORS
from ui.widgets.messages import show_error
from ui.navigation import RosterPlace

CELL_ROLE = Qt.ItemDataRole.UserRole + 10
UNASSESSED = "#d9d9d9"
ALERT = "#b00020"
OK = "#1a7a3a"


class WallChartModel(QAbstractTableModel):
    """Rows: departments then "All departments"; columns: shifts then "All shifts"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart: Optional[WallChart] = None

    def set_chart(self, chart: Optional[WallChart]) -> None:
        self.beginResetModel()
        self.chart = chart
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.chart is None else len(self.chart.departments) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.chart is None else len(self.chart.shifts) + 1

    def ids(self, index: QModelIndex) -> tuple[Optional[int], Optional[int]]:
        """(department_id, shift_id) of a cell; None for the totals row/column."""
        assert self.chart is not None
        d = self.chart.departments[index.row()][0] if index.row() < len(self.chart.departments) else None
        s = self.chart.shifts[index.column()][0] if index.column() < len(self.chart.shifts) else None
        return d, s

    def cell(self, index: QModelIndex) -> Cell:
        assert self.chart is not None
        d, s = self.ids(index)
        if d is None and s is None:
            return self.chart.total
        if d is None:
            return self.chart.shift_total(s)  # type: ignore[arg-type]
        if s is None:
            return self.chart.department_total(d)
        return self.chart.cell(d, s)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.chart is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < len(self.chart.shifts):
                sid, name = self.chart.shifts[section]
                return self.tr("(no shift)") if sid == NONE_ID else name
            return self.tr("All shifts")
        if section < len(self.chart.departments):
            did, name = self.chart.departments[section]
            return self.tr("(no department)") if did == NONE_ID else name
        return self.tr("All departments")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.chart is None:
            return None
        cell = self.cell(index)  # type: ignore[arg-type]
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%n people", "", cell.people) + ", " + self.tr("%n assessed", "", cell.assessed) + ", " + \
                self.tr("committee {members}").format(members=cell.members)
        if role == Qt.ItemDataRole.ToolTipRole:
            spread = ", ".join(f"{i + 1}: {n}" for i, n in enumerate(cell.spread))
            return self.tr("{people} on the roster, {assessed} assessed ({spread}); %n committee members; "
                           "coverage {ratio} (goal 1:10). Click to open them in the roster.", "", cell.members).format(
                people=cell.people, assessed=cell.assessed, spread=spread,
                ratio=cell.coverage_text(QCoreApplication.translate("WallChart", "none")) or "—")
        return None


class CellDelegate(QStyledItemDelegate):
    """Paints a cell: counts, a spread bar (1 green … 5 red, grey = not assessed), members and coverage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        cell: Cell = index.data(CELL_ROLE)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        total = index.row() == index.model().rowCount() - 1 or index.column() == index.model().columnCount() - 1
        fm = option.fontMetrics
        pad = max(3, fm.height() // 4)
        r = option.rect.adjusted(pad, pad, -pad, -pad)
        font = option.font
        font.setBold(total)
        painter.setFont(font)
        painter.setPen(option.palette.text().color())
        if not cell.people:
            painter.setPen(QColor("#999999"))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "—")
            painter.restore()
            return
        line = self.tr("%n people", "", cell.people) + " · " + self.tr("%n assessed", "", cell.assessed)
        painter.drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, fm.elidedText(line, Qt.TextElideMode.ElideRight, r.width()))
        bar = QRect(r.left(), r.top() + fm.height() + pad // 2, r.width(), max(6, fm.height() // 2))
        x = bar.left()
        parts = [(ASSESSMENT_COLORS[i + 1], n) for i, n in enumerate(cell.spread)] + [(UNASSESSED, cell.unassessed)]
        for color, n in parts:
            if n <= 0:
                continue
            w = round(bar.width() * n / cell.people)
            painter.fillRect(QRect(x, bar.top(), min(w, bar.right() - x + 1), bar.height()), QColor(color))
            x += w
        painter.setPen(QPen(QColor("#777777")))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        y = bar.bottom() + pad // 2
        members = QCoreApplication.translate("WallChart", "Committee {n}").format(n=cell.members)
        painter.setPen(option.palette.text().color())
        painter.drawText(QRect(r.left(), y, r.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, members)
        painter.setPen(QColor(OK if cell.covered else ALERT))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(r.left(), y, r.width(), fm.height()), Qt.AlignmentFlag.AlignRight,
                         cell.coverage_text(QCoreApplication.translate("WallChart", "none")))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("000 people · 000 assessed") + fm.height(), fm.height() * 3 + fm.height() // 2 + 8)


class WallChartView(QDialog):
    """A window with one workplace's wall chart (non-modal: several can stay open)."""

    def __init__(self, context: AppContext, workplace_id: int, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workplace_id = workplace_id
        self.last_request: Optional[RosterPlace] = None
        self.chart: Optional[WallChart] = None
        self.setObjectName("wallChart")
        self.setWindowTitle(self.tr("Wall chart"))
        self.title = QLabel()
        self.title.setObjectName("wallChartTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scope = QCheckBox(self.tr("Count only this workplace's committees"))
        self.scope.setObjectName("scopeWorkplace")
        self.scope.setToolTip(self.tr("By default a committee member is an active member of any committee."))
        self.scope.toggled.connect(lambda _on: self.reload())
        self.print_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.setObjectName("printWallChart")
        self.print_button.setToolTip(self.tr("Save a one-page PDF to pin up"))
        self.print_button.clicked.connect(lambda _checked=False: self.print_chart())
        self.preview_button = QPushButton(self.tr("Print…"))
        self.preview_button.setObjectName("printWallChartPreview")
        self.preview_button.setToolTip(self.tr("Print preview, then the print dialog (Ctrl+P)"))
        self.preview_button.clicked.connect(lambda _checked=False: self.print_preview())

        self.model = WallChartModel(self)
        self.table = QTableView()
        self.table.setObjectName("wallChartGrid")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self.open_cell)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=lambda: self.open_cell(self.table.currentIndex()))

        self.checks = QLabel()
        self.checks.setObjectName("healthChecks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        checks_box = QWidget()
        checks_layout = QVBoxLayout(checks_box)
        heading = QLabel(self.tr("Health checks"))
        heading.setFont(font)
        checks_layout.addWidget(heading)
        checks_layout.addWidget(self.checks, 1)
        legend = QLabel(self.tr("Bar: 1 strong support (green) … 5 opposed (red), grey = not assessed. "
                                "1:N = co-workers per committee member; red when fewer than one per ~10."))
        legend.setWordWrap(True)
        checks_layout.addWidget(legend)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(checks_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.scope)
        top.addWidget(self.preview_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_preview)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)
        context.data_changed.connect(self._changed)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 40)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PEOPLE, Kind.WORKPLACES, Kind.COMMITTEES):
            self.reload()

    def reload(self) -> None:
        scope = "workplace" if self.scope.isChecked() else "any"
        wid = self.workplace_id
        self.context.run(lambda: wall_chart(self.context.db, wid, scope), self.show_chart, lambda exc: show_error(self, exc))

    def show_chart(self, chart: WallChart) -> None:
        self.chart = chart
        self.model.set_chart(chart)
        self.setWindowTitle(self.tr("Wall chart: {name}").format(name=chart.workplace))
        self.title.setText(chart.workplace)
        source = self.tr("from the workplace record") if chart.unit_size_known else self.tr("the roster count")
        self.summary.setText(self.tr("Unit size {unit} ({source}) · on the roster {people} · committee members {members}").format(
            unit=chart.unit_size, source=source, people=chart.total.people, members=chart.total.members))
        lines = []
        for check in chart.checks:
            text = QCoreApplication.translate("WallChart", check.message).format(**check.values)
            mark, color = ("✓", OK) if check.ok else ("✗", ALERT) if check.ok is False else ("•", "#555555")
            lines.append(f"<p><span style='color:{color}; font-weight:bold'>{mark}</span> {_html(text)}</p>")
        self.checks.setText("".join(lines))
        self.table.resizeRowsToContents()

    def open_cell(self, index) -> None:
        if not index.isValid() or self.chart is None:
            return
        d, s = self.model.ids(index)
        self.last_request = RosterPlace(self.workplace_id, d, s)
        self.context.navigator.show_roster(self.last_request)
        self.context.status_message.emit(self.tr("Showing those people in the roster."))

    def pdf_labels(self, chart: WallChart):
        """The words on the printed chart, translated (reports/ has no Qt; the CLI prints English)."""
        from reports.organization.wall_chart import WallChartLabels  # lazy: reportlab loads only when printing

        # Plural forms for every count on the chart, looked up here on the UI thread (the PDF is
        # drawn in the background).
        cells = [*chart.cells.values(), chart.total, *(chart.department_total(d) for d, _n in chart.departments),
                 *(chart.shift_total(s) for s, _n in chart.shifts)]
        people = {n: self.tr("%n people", "", n) for n in {c.people for c in cells}}
        assessed = {n: self.tr("%n assessed", "", n) for n in {c.assessed for c in cells}}

        return WallChartLabels(
            title=self.tr("Wall chart · {workplace}"),
            summary=self.tr("Unit size {unit} ({source})  ·  on the roster {people}  ·  committee members {members}"
                            "  ·  printed {date}"),
            from_record=self.tr("from the workplace record"), from_roster=self.tr("the roster count"),
            corner=self.tr("Department \\ Shift"), all_shifts=self.tr("All shifts"),
            all_departments=self.tr("All departments"), no_department=self.tr("(no department)"),
            no_shift=self.tr("(no shift)"),
            people=lambda n: people.get(n, str(n)), assessed=lambda n: assessed.get(n, str(n)),
            committee=QCoreApplication.translate("WallChart", "Committee {n}"),
            no_member=QCoreApplication.translate("WallChart", "none"),
            legend=self.tr("Assessment:"),
            spread=(self.tr("1 strong support"), self.tr("2 leaning support"), self.tr("3 undecided"),
                    self.tr("4 leaning against"), self.tr("5 opposed")),
            not_assessed=self.tr("not assessed"),
            coverage_note=self.tr("Coverage 1:N = co-workers per committee member; goal one member per ~{goal} "
                                  "co-workers (red = not met)."),
            members_any=self.tr("Committee members: active members of any committee."),
            members_workplace=self.tr("Committee members: active members of this workplace's committees."),
            health_checks=self.tr("Health checks"),
            confidential=self.tr("Confidential — shred after use"),
            checks={c.message: QCoreApplication.translate("WallChart", c.message) for c in chart.checks})

    def print_chart(self) -> None:
        if self.chart is None:
            return
        folder = self.context.settings.last_folder("wall-chart")
        suggested = Path(folder) / safe_file_name(
            self.tr("wall-chart-{workplace}.pdf").format(workplace=_slug(self.chart.workplace)), "wall-chart.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the wall chart as"), str(suggested), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        self.save_pdf(Path(name))

    def print_preview(self) -> None:
        if self.chart is None:
            return
        # lazy: reportlab loads only when printing
        from reports.organization.wall_chart import write_chart_pdf

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        chart, labels = self.chart, self.pdf_labels(self.chart)
        print_with_preview(self, self.context, lambda path: write_chart_pdf(chart, path, labels),
                           self.tr("Wall chart: {name}").format(name=chart.workplace))

    def save_pdf(self, path: Path) -> None:
        from reports.organization.wall_chart import write_chart_pdf  # lazy: reportlab loads only when printing

        self.context.settings.set_last_folder("wall-chart", path.parent)
        chart = self.chart
        labels = self.pdf_labels(chart)
        self.print_button.setEnabled(False)

        def done(_result) -> None:
            if isValid(self.print_button):  # the window may have been closed meanwhile
                self.print_button.setEnabled(True)
            self.context.status_message.emit(QCoreApplication.translate("WallChartView", "Saved {name}").format(name=path.name))

        def failed(exc: BaseException) -> None:
            if isValid(self.print_button):
                self.print_button.setEnabled(True)
            show_error(self if isValid(self) else None, exc)

        self.last_job = self.context.run(lambda: write_chart_pdf(chart, path, labels), done, failed)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "workplace"
