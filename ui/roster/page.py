"""The roster: search-as-you-type, filters, sorting and multi-select over 100,000 people.

Filtering and sorting happen in ``models.roster.index.RosterIndex`` (pre-folded strings, Python
lists: ~12 ms per keystroke at 100k); the table model only maps view rows to index positions.
The roster loads in the background; the window never waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.organization import structure as organization
from models.roster import people as roster
from models.core.changes import Changes, Kind
from models.core.gc_pause import gc_paused
from models.roster.index import (
    ASSESSMENT,
    COLUMN_COUNT,
    LANGUAGES,
    MEMBERSHIP,
    NAME,
    RosterFilter,
    RosterIndex,
    language_codes,
    make_rows,
    read_source,
)

from ui.widgets import labels
from ui.context import AppContext
from ui.widgets.messages import confirm, show_error
from ui.navigation import RosterPlace
from ui.sections import SectionSpec

HEADERS = (
    QT_TRANSLATE_NOOP("Roster", "Name"),
    QT_TRANSLATE_NOOP("Roster", "Phone"),
    QT_TRANSLATE_NOOP("Roster", "Email"),
    QT_TRANSLATE_NOOP("Roster", "Workplace"),
    QT_TRANSLATE_NOOP("Roster", "Department"),
    QT_TRANSLATE_NOOP("Roster", "Shift"),
    QT_TRANSLATE_NOOP("Roster", "Membership"),
    QT_TRANSLATE_NOOP("Roster", "Assessment"),
    QT_TRANSLATE_NOOP("Roster", "Languages"),
    QT_TRANSLATE_NOOP("Roster", "Tags"),
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RosterTableModel(QAbstractTableModel):
    """View rows -> positions in a RosterIndex. ``set_index`` / ``apply`` swap rows in one reset."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.index_data = RosterIndex()
        self.positions: list[int] = []
        self.filter = RosterFilter()
        self.sort_column = NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    # Qt API -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.positions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return QCoreApplication.translate("Roster", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.positions):
            return None
        row = self.index_data.row(self.positions[index.row()])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.cells[column]
            if column == ASSESSMENT:
                return "" if value is None else str(value)
            if column == MEMBERSHIP:
                return labels.label(labels.MEMBERSHIP, value)
            if column == LANGUAGES:
                return value.replace(",", ", ")
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column == ASSESSMENT and row.cells[ASSESSMENT] is not None:
            return labels.label(labels.ASSESSMENT, row.cells[ASSESSMENT])
        if role == Qt.ItemDataRole.BackgroundRole and column == ASSESSMENT and row.cells[ASSESSMENT] is not None:
            return QBrush(QColor(labels.ASSESSMENT_COLORS[row.cells[ASSESSMENT]]))
        if role == Qt.ItemDataRole.ForegroundRole and row.do_not_contact:
            return QBrush(QColor("#888888"))
        if role == PERSON_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.sort_name if column == NAME else row.cells[column]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.positions = self.index_data.sort(self.positions, column, order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    # ours --------------------------------------------------------------------
    def set_index(self, index: RosterIndex) -> None:
        self.index_data = index
        self.apply(self.filter)

    def apply(self, flt: RosterFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        positions = self.index_data.filter(flt)
        self.positions = self.index_data.sort(positions, self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self.index_data.person_id(self.positions[row])

    def row_of(self, person_id: int) -> Optional[int]:
        pos = self.index_data.position_of(person_id)
        if pos is None:
            return None
        try:
            return self.positions.index(pos)
        except ValueError:
            return None

    @property
    def total(self) -> int:
        return len(self.index_data)


@dataclass
class FilterChoices:
    workplaces: list[tuple[int, str]]
    committees: list[tuple[int, str]]
    tags: list[str]
    languages: list[str]


def load_everything(db) -> tuple[RosterIndex, FilterChoices]:
    """Runs in the background: the roster as read, everyone in name order, plus what the filter
    boxes offer. The rows themselves are built once it shows (``RosterPage._build_step``),
    each row the view shows built when asked for."""
    with gc_paused():  # 100,000s of new tuples: the collector's walks would double the time
        index = RosterIndex.deferred(read_source(db, sort_names=True))
        index.prepare(NAME)
    choices = FilterChoices(
        roster.workplace_choices(db),
        [(c.id, c.name) for c in organization.list_committees(db)],
        roster.tag_names(db),
        language_codes(index),  # from the people just read: no second pass over the table
    )
    return index, choices


def build_index(index: RosterIndex) -> RosterIndex:
    """Runs in the background: every row of a deferred index, when a search, filter or sort is
    on as it loads (nothing of it is shown yet)."""
    with gc_paused():
        index.build()
    return index


class RosterPage(QWidget):
    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RosterTableModel(self)
        self._loading = False
        self._stale = True
        self._committee_cache: dict[int, set[int]] = {}
        self._tag_cache: dict[str, set[int]] = {}

        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Search names, phones, emails… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_filter)

        self.workplace_box = self._combo("filterWorkplace", self.tr("All workplaces"))
        self.department_box = self._combo("filterDepartment", self.tr("All departments"))
        self.shift_box = self._combo("filterShift", self.tr("All shifts"))
        self.committee_box = self._combo("filterCommittee", self.tr("All committees"))
        self.tag_box = self._combo("filterTag", self.tr("All tags"))
        self.assessment_box = self._combo("filterAssessment", self.tr("Any assessment"))
        for text, value in (
            (self.tr("1–2 (supporters)"), frozenset({1, 2})),
            *((labels.label(labels.ASSESSMENT, v), frozenset({v})) for v in range(1, 6)),
            (self.tr("4–5 (against)"), frozenset({4, 5})),
            (self.tr("Not assessed"), frozenset({None})),
        ):
            self.assessment_box.addItem(text, value)
        self.language_box = self._combo("filterLanguage", self.tr("Any language"))
        self.workplace_box.currentIndexChanged.connect(self._workplace_changed)
        clear = QPushButton(self.tr("Clear filters"))
        clear.setObjectName("clearFilters")
        clear.clicked.connect(self.clear_filters)

        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(self._first_widths()):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_status)
        state = context.settings.state("roster_header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Open"))
        self.edit_button.setObjectName("editPerson")
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deletePeople")
        self.delete_button.setToolTip(self.tr("Delete the selected people (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importPeople")
        self.import_button.setToolTip(self.tr("Import people from a CSV, Excel or vCard file (Ctrl+I)"))
        self.import_button.clicked.connect(self.import_people)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportPeople")
        self.export_button.setToolTip(self.tr("Export the people shown (or selected) to Excel, CSV, Spoke, Action Network, "
                                              "Google Contacts or vCard"))
        self.export_button.clicked.connect(self.export_people)
        # lazy: the print menu loads QtPrintSupport/QtPdf; the first screen must not
        from .print_menu import RosterPrintButton

        self.print_button = RosterPrintButton(context, self.people_to_print, self)
        self.status = QLabel()
        self.status.setObjectName("rosterStatus")

        filters = QHBoxLayout()
        for widget in (self.workplace_box, self.department_box, self.shift_box, self.committee_box,
                       self.tag_box, self.assessment_box, self.language_box):
            filters.addWidget(widget, 1)
        filters.addWidget(clear)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)
        self._filter_timer.timeout.connect(self.apply_filter)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_person)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.import_people)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, activated=self.edit_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, activated=self.search.clear)
        self.search.returnPressed.connect(self._focus_table)

        context.data_changed.connect(self._data_changed)
        self.reload()

    _wanted_place: Optional[RosterPlace] = None
    _own_write = False  # the page applied its own last write (save, delete) to its rows
    _data_stale = False  # data changed while the page was hidden

    def _combo(self, name: str, any_text: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(any_text, None)
        box.currentIndexChanged.connect(self._schedule_filter)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        self._data_stale = False  # this load reads everything
        self._committee_cache.clear()
        self._tag_cache.clear()
        self.status.setText(self.tr("Loading the roster…"))
        db = self.context.db
        self.context.run(lambda: load_everything(db), self._loaded, self._load_failed)

    def _loaded(self, result: tuple[RosterIndex, FilterChoices]) -> None:
        if not shiboken6.isValid(self):  # locked or closed while loading: the page is gone
            return
        index, choices = result
        self._fill(self.workplace_box, choices.workplaces)
        self._fill(self.committee_box, choices.committees)
        self._fill(self.tag_box, [(t, t) for t in choices.tags])
        self._fill(self.language_box, [(c, labels.language_name(c)) for c in choices.languages])
        if not index.built and self._needs_rows(self._current_filter()):
            # A search, filter or sort is on: it needs every row, built first (in the background).
            self.context.run(lambda: build_index(index), self._show_index, self._load_failed)
            return
        self._show_index(index)

    def _show_index(self, index: RosterIndex) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self.model.filter = self._current_filter()
        self.model.set_index(index)
        self._update_status()
        wanted, self._wanted_place = self._wanted_place, None
        if wanted is not None:  # asked for before the filter boxes were filled
            self.show_place(wanted)
        if self._stale:
            self.reload()
        elif not index.built:  # everyone shows by name: the rows for search are built meanwhile
            QTimer.singleShot(0, self._build_step)

    def _build_step(self) -> None:
        """One slice of the shown index's build per turn of the event loop (RosterIndex.build_step
        says why not on another thread): the roster scrolls and repaints meanwhile."""
        if not shiboken6.isValid(self):
            return
        with gc_paused():
            more = self.model.index_data.build_step()
        if more:
            QTimer.singleShot(0, self._build_step)

    def _needs_rows(self, flt: RosterFilter) -> bool:
        """Whether showing ``flt`` needs every row (everyone by name needs none)."""
        return not flt.is_empty() or self.model.sort_column != NAME

    def _load_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self.status.setText(self.tr("The roster could not be loaded."))
        show_error(self, exc)

    def _fill(self, box: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value, text in items:
            box.addItem(text, value)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    def _workplace_changed(self) -> None:
        workplace_id = self.workplace_box.currentData()
        departments, shifts = ([], []) if workplace_id is None else organization.departments_and_shifts(self.context.db, workplace_id)
        if workplace_id is not None:
            departments.append((0, self.tr("(no department)")))
            shifts.append((0, self.tr("(no shift)")))
        self._fill(self.department_box, departments)
        self._fill(self.shift_box, shifts)

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.PEOPLE, Kind.WORKPLACES, Kind.COMMITTEES, Kind.TAGS):
            return
        own, self._own_write = self._own_write, False
        if own and changes.kinds <= {Kind.PEOPLE, Kind.TAGS, Kind.COMMITTEES, Kind.AUDIT}:
            return  # a save or delete from this page, already applied row by row
        if not self.isVisible():  # reloading 100,000 people can wait until the roster is shown
            self._data_stale = True
            return
        self.reload()

    def show_place(self, wanted: RosterPlace) -> None:
        """Show the people of a workplace cell (the wall chart asks the main window with
        ``context.navigator.show_roster(RosterPlace(...))``, which brings this page to the front)."""
        unknown = wanted.workplace_id is not None and self.workplace_box.findData(wanted.workplace_id) < 0
        if self._loading or (self._data_stale and unknown):  # not in the box yet: apply once loaded
            self._wanted_place = wanted
            if not self._loading:
                self._data_stale = False
                self.reload()
            return
        self.clear_filters()
        self.workplace_box.setCurrentIndex(max(0, self.workplace_box.findData(wanted.workplace_id)))
        self._workplace_changed()
        for box, value in ((self.department_box, wanted.department_id), (self.shift_box, wanted.shift_id)):
            if value is not None:
                box.setCurrentIndex(max(0, box.findData(value)))
        self.apply_filter()

    # -------------------------------------------------------------- filtering
    def _schedule_filter(self) -> None:
        self._filter_timer.start()

    def _current_filter(self) -> RosterFilter:
        committee_id = self.committee_box.currentData()
        committee_members = None
        if committee_id is not None:
            if committee_id not in self._committee_cache:
                self._committee_cache[committee_id] = roster.committee_member_ids(self.context.db, committee_id)
            committee_members = self._committee_cache[committee_id]
        tag = self.tag_box.currentData()
        tag_members = None
        if tag is not None:
            if tag not in self._tag_cache:
                self._tag_cache[tag] = roster.tag_member_ids(self.context.db, tag)
            tag_members = self._tag_cache[tag]
        assessments = self.assessment_box.currentData()
        return RosterFilter(
            text=self.search.text(),
            workplace_id=self.workplace_box.currentData(),
            department_id=self.department_box.currentData(),
            shift_id=self.shift_box.currentData(),
            committee_members=committee_members,
            tag_members=tag_members,
            assessments=set(assessments) if assessments is not None else None,
            language=self.language_box.currentData() or "",
        )

    def apply_filter(self) -> None:
        # (Before the shown index is built, a search or filter builds the rest of it first: a
        # wait of up to a second at 100,000 people, and what shows is then always the filter's.)
        self.model.apply(self._current_filter())
        self._update_status()

    def clear_filters(self) -> None:
        for box in (self.workplace_box, self.department_box, self.shift_box, self.committee_box,
                    self.tag_box, self.assessment_box, self.language_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._workplace_changed()
        self.search.clear()
        self.apply_filter()

    def _update_status(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        selected = len(self.table.selectionModel().selectedRows())
        if shown == total:
            text = self.tr("{total} people", "", total).format(total=f"{total:,}")
        else:
            text = self.tr("Showing {shown} of {total} people", "", total).format(shown=f"{shown:,}", total=f"{total:,}")
        if selected > 1:
            text += " · " + self.tr("{n} selected").format(n=f"{selected:,}")
        self.status.setText(text)
        self.context.status_message.emit(text)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        if self._data_stale:
            self._data_stale = False
            self.reload()
        self._update_status()

    # --------------------------------------------------------------- actions
    def selected_ids(self) -> list[int]:
        return [self.model.person_id(index.row()) for index in self.table.selectionModel().selectedRows()]

    def shown_ids(self) -> list[int]:
        return [self.model.person_id(row) for row in range(self.model.rowCount())]

    def add_person(self) -> None:
        # lazy: the person editor (with the trainings page, ~47 ms) loads when a person is opened
        from .person_editor import PersonDialog

        dialog = PersonDialog(self.context, None, self)
        dialog.saved.connect(self._person_saved)
        dialog.open()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        # lazy: the person editor (with the trainings page, ~47 ms) loads when a person is opened
        from .person_editor import PersonDialog

        dialog = PersonDialog(self.context, ids[0], self)
        dialog.saved.connect(self._person_saved)
        dialog.deleted.connect(lambda pid: self._people_deleted([pid]))
        dialog.open()

    def _person_saved(self, person_id: int) -> None:
        self._own_write = True  # the announcement of this save needs no full reload
        self.model.index_data.upsert(make_rows(roster.load_roster_rows(self.context.db, [person_id])))
        self.apply_filter()
        row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._committee_cache.clear()
        self._tag_cache.clear()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            name = self.model.data(self.model.index(self.model.row_of(ids[0]) or 0, NAME))
            question = self.tr("Delete {name} from the roster? This cannot be undone.").format(name=name)
        else:
            question = self.tr("Delete %n people from the roster? This cannot be undone.", "", len(ids))
        if not confirm(self, self.tr("Delete"), question):
            return
        try:
            roster.delete_people(self.context.db, ids)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self._people_deleted(ids)

    def _people_deleted(self, ids: list[int]) -> None:
        self._own_write = True
        self.model.index_data.remove(set(ids))
        self.apply_filter()
        self.context.status_message.emit(self.tr("Deleted %n people.", "", len(ids)))

    def import_people(self) -> None:
        # lazy: the import wizard (models.importing, ~55 ms) loads only when used, not with the first screen
        from ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def export_people(self) -> None:
        """Exports the selected people when several are selected, else everyone shown."""
        # lazy: the import wizard (models.importing, ~55 ms) loads only when used, not with the first screen
        from ui.importing.wizard import export_people

        export_people(self, self.context, self.people_to_print())

    def people_to_print(self) -> list[int]:
        """The selected people when several are selected, else everyone shown (as Export)."""
        selected = self.selected_ids()
        return selected if len(selected) > 1 else self.shown_ids()

    def _first_widths(self) -> list[int]:
        """Column widths before the person resizes them (then the header's state is remembered):
        wide enough for the header in the current language and for a typical value: a number
        of average characters, or a text that must show whole (a phone number, the longest
        membership label, a few language codes)."""
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        pad = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + char * 2
        membership = max((labels.label(labels.MEMBERSHIP, code) for code in labels.MEMBERSHIP), key=metrics.horizontalAdvance)
        typical: tuple[int | str, ...] = (22, "+1 608 555 0123", 24, 26, 15, "Evening", membership, 0, "en, es, vi", 20)
        widths = []
        for column, sample in enumerate(typical):
            header = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            content = char * sample if isinstance(sample, int) else metrics.horizontalAdvance(sample)
            # (a sort arrow may shorten the sorted column's title)
            widths.append(max(content, metrics.horizontalAdvance(header) + char * 2) + pad)
        return widths

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.context.settings.set_state("roster_header", self.table.horizontalHeader().saveState())
        super().hideEvent(event)


SECTION = SectionSpec("roster", lambda: QCoreApplication.translate("Sections", "Roster"), RosterPage, "roster.png")
