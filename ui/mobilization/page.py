"""The Mobilizations section: events (actions) on the left; for the chosen event, tabs for the
call list builder and callers, the phone bank, paper re-entry, check-in, turnout and phone trees."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.mobilization import operations as mob
from models.core.changes import Changes, Kind
from models.organization.structure import all_departments_and_shifts, list_committees, list_workplaces
from models.roster.people import language_codes, tag_names
from reports.core.labels import DateWords, safe_file_name

from .checkin import CheckinWidget
from ui.context import AppContext
from ui.roles import may
from ui.widgets import conflict
from ui.widgets.forms import save_cancel, save_shortcut, try_save
from ui.widgets.labels import language_name
from ui.widgets.messages import confirm, show_error, translated, user_error_for
from .phonebank import PhoneBankWidget, outcome_label, translated_outcome_keys
from ui.sections import SectionSpec
from ui.widgets.table import ROW_ROLE, Column, RowsTableModel, make_proxy
from ui.roster.exporting import export_people


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("EventKinds", mob.EVENT_KIND_LABELS.get(kind, kind))


EVENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Event"), lambda e: e.name),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Kind"), lambda e: kind_label(e.kind)),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "When"), lambda e: e.starts_at.strftime("%Y-%m-%d %H:%M") if e.starts_at else "",
           sort_key=lambda e: e.starts_at.isoformat() if e.starts_at else ""),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Target"), lambda e: e.target, align_right=True),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "On list"), lambda e: e.on_list, align_right=True),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Yes"), lambda e: e.said_yes, align_right=True),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Came"), lambda e: e.attended, align_right=True),
]
EV_NAME, EV_KIND, EV_WHEN, EV_TARGET, EV_ON_LIST, EV_YES, EV_CAME = range(7)


# ------------------------------------------------------------------ event editor
class EventDialog(QDialog):
    def __init__(self, context: AppContext, event_id: Optional[int] = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.setWindowTitle(self.tr("Event") if event_id else self.tr("New event"))
        data = mob.get_event(context.db, event_id) if event_id else mob.EventInput(
            starts_at=datetime.now().replace(minute=0, second=0, microsecond=0))
        self.version = data.version  # a save refuses it if someone else saved since (errors.Conflict)
        self.name = QLineEdit(data.name)
        self.name.setObjectName("eventName")
        self.kind = QComboBox()
        for kind in mob.EVENT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setDateTime(QDateTime(data.starts_at) if data.starts_at else QDateTime.currentDateTime())
        self.place = QLineEdit(data.place)
        self.target = QSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setSpecialValueText(self.tr("none"))
        self.target.setValue(data.target or 0)
        self.committees = QListWidget()
        self.committees.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for c in list_committees(context.db):
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.committees.addItem(item)
            item.setSelected(c.id in data.committee_ids)
        self.notes = QPlainTextEdit(data.notes)
        self.scripts = QTabWidget()
        self.script_edits: dict[str, QPlainTextEdit] = {}
        codes = ["", "en", "es"] + sorted(k for k in data.scripts if k not in ("", "en", "es"))
        for code in codes:
            edit = QPlainTextEdit(data.scripts.get(code, ""))
            self.script_edits[code] = edit
            self.scripts.addTab(edit, language_name(code) if code else self.tr("Any language"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date and time:"), self.starts)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Turnout target:"), self.target)
        form.addRow(self.tr("Organizing committees:"), self.committees)
        form.addRow(self.tr("Call script:"), self.scripts)
        form.addRow(self.tr("Notes:"), self.notes)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)
        save_shortcut(self, buttons)

    def data(self) -> mob.EventInput:
        return mob.EventInput(
            name=self.name.text(), kind=self.kind.currentData(), starts_at=self.starts.dateTime().toPython(),
            place=self.place.text(), target=self.target.value() or None, notes=self.notes.toPlainText(),
            committee_ids=[i.data(Qt.ItemDataRole.UserRole) for i in self.committees.selectedItems()],
            scripts={code: edit.toPlainText() for code, edit in self.script_edits.items()},
        )

    def save(self) -> None:
        data = self.data()

        def op(version: Optional[int]) -> None:
            self.event_id = mob.save_event(self.context.db, data, self.event_id, version=version)

        conflict.save_checked(self, None, op, self.version, lambda c: self.differences(c.current, data),
                              self.accept, self.reopen)

    def differences(self, theirs: mob.EventInput, mine: mob.EventInput) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved event and this form differ, in words."""
        names = {self.committees.item(i).data(Qt.ItemDataRole.UserRole): self.committees.item(i).text()
                 for i in range(self.committees.count())}

        any_language = self.tr("Any language")

        def scripts(texts: dict[str, str]) -> list[str]:
            return [f"{language_name(code) if code else any_language}: {text.strip()}"
                    for code, text in sorted(texts.items()) if text.strip()]

        return conflict.field_rows(theirs, mine, [
            (self.tr("Name:"), "name", None), (self.tr("Kind:"), "kind", kind_label),
            (self.tr("Date and time:"), "starts_at", lambda when: when.strftime("%Y-%m-%d %H:%M") if when else ""),
            (self.tr("Place:"), "place", None), (self.tr("Turnout target:"), "target", None),
            (self.tr("Organizing committees:"), "committee_ids", lambda ids: sorted(names.get(i, "") for i in ids)),
            (self.tr("Call script:"), "scripts", scripts), (self.tr("Notes:"), "notes", None)])

    def reopen(self) -> None:
        """Use theirs: this form closes, edits dropped, and opens again on what is saved now."""
        fresh = type(self)(self.context, self.event_id, self.parentWidget())
        fresh.open()
        self.reject()


# ------------------------------------------------------------- call list builder
ENTRY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Mobilizations", "ID"), lambda r: r.entry_id, align_right=True),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Language"), lambda r: r.language),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Workplace"), lambda r: r.workplace),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Caller"), lambda r: r.caller),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Latest outcome"), lambda r: outcome_label(r.last_outcome) if r.last_outcome else ""),
    Column(QT_TRANSLATE_NOOP("Mobilizations", "Consent"),
           lambda r: QCoreApplication.translate("Mobilizations", "consent unknown") if r.consent_unknown else ""),
]


def _multi(items: list[tuple[object, str]], object_name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(object_name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    for value, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        widget.addItem(item)
    # About five lines each: the criteria stay compact (they scroll as a whole on a small screen).
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 5 + 2 * widget.frameWidth()
                          + widget.horizontalScrollBar().sizeHint().height())
    return widget


def _selected(widget: QListWidget) -> list:
    return [i.data(Qt.ItemDataRole.UserRole) for i in widget.selectedItems()]


class CallListWidget(QWidget):
    """Filters on the left (with live counts of who is left out and why), the list on the right,
    caller assignment below."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: Optional[int] = None
        db = context.db
        self.committees = _multi([(c.id, c.name) for c in list_committees(db)], "filterCommittees")
        self.workplaces = _multi([(w.id, w.name) for w in list_workplaces(db)], "filterWorkplaces")
        departments, shifts = all_departments_and_shifts(db)
        self.departments = _multi(departments, "filterDepartments")
        self.shifts = _multi(shifts, "filterShifts")
        self.tags = _multi([(t, t) for t in tag_names(db)], "filterTags")
        self.languages = _multi([(c, language_name(c)) for c in language_codes(db)], "filterLanguages")
        self.assess_min = QSpinBox()
        self.assess_min.setRange(1, 5)
        self.assess_max = QSpinBox()
        self.assess_max.setRange(1, 5)
        self.assess_max.setValue(5)
        self.unassessed = QCheckBox(self.tr("include people not assessed"))
        self.unassessed.setChecked(True)
        # Unknown consent is never a yes: left out unless asked for, and then marked on the list.
        self.include_unknown = QCheckBox(self.tr("include people whose consent is unknown"))
        self.include_unknown.setToolTip(self.tr("They are marked “consent unknown” on the list, the call sheets and "
                                                "in the phone bank: ask them first."))
        self.include_unknown.setObjectName("includeConsentUnknown")
        self.attended = QComboBox()
        self.attended.addItem(self.tr("either"), None)
        self.attended.addItem(self.tr("came to a past event"), True)
        self.attended.addItem(self.tr("never came to an event"), False)
        self.trained = QComboBox()
        self.trained.addItem(self.tr("any"), None)
        for tid, name in mob.training_topics(db):
            self.trained.addItem(name, tid)
        self.trained.setEnabled(mob.trained_on_available())
        # A long topic name must not make the page (and so the window) wider than a small laptop.
        self.trained.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trained.setMinimumContentsLength(16)
        self.counts = QLabel()
        self.counts.setObjectName("callListCounts")
        self.counts.setWordWrap(True)
        self.list_name = QLineEdit(self.tr("Call list"))
        self.build_button = QPushButton(self.tr("Build / add new matches"))
        self.build_button.setObjectName("buildCallList")
        self.build_button.clicked.connect(self.build)
        for widget in (self.committees, self.workplaces, self.departments, self.shifts, self.tags, self.languages):
            widget.itemSelectionChanged.connect(self.preview)
        for spin in (self.assess_min, self.assess_max):
            spin.valueChanged.connect(self.preview)
        self.unassessed.toggled.connect(self.preview)
        self.include_unknown.toggled.connect(self.preview)
        self.attended.currentIndexChanged.connect(self.preview)
        self.trained.currentIndexChanged.connect(self.preview)

        filters = QFormLayout()
        filters.addRow(self.tr("Committees:"), self.committees)
        filters.addRow(self.tr("Workplaces:"), self.workplaces)
        filters.addRow(self.tr("Departments:"), self.departments)
        filters.addRow(self.tr("Shifts:"), self.shifts)
        filters.addRow(self.tr("Tags (any):"), self.tags)
        filters.addRow(self.tr("Speaks:"), self.languages)
        assess = QHBoxLayout()
        assess.addWidget(self.assess_min)
        assess.addWidget(QLabel("–"))
        assess.addWidget(self.assess_max)
        assess.addStretch(1)
        filters.addRow(self.tr("Assessment:"), assess)
        filters.addRow("", self.unassessed)
        filters.addRow(self.tr("Events:"), self.attended)
        filters.addRow(self.tr("Trained on:"), self.trained)
        filters.addRow(self.include_unknown)
        filters.addRow(self.tr("List name:"), self.list_name)
        filters.addRow(self.counts)
        filters.addRow(self.build_button)
        left = QGroupBox(self.tr("Who to call"))
        left.setLayout(filters)

        self.lists = QComboBox()
        self.lists.setObjectName("callLists")
        self.lists.currentIndexChanged.connect(lambda _i: self.load_entries())
        self.model = RowsTableModel(ENTRY_COLUMNS, "Mobilizations", self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("entriesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # One line per person: a phone number never wraps (its column fits the longest one).
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 8)
        for column in (0, 2, 3):  # ID, Phone, Language
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.callers = QListWidget()
        self.callers.setObjectName("callersList")
        self.callers.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.callers.setMaximumHeight(self.callers.fontMetrics().lineSpacing() * 7)  # the list above gets the room
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Split evenly"), "even")
        self.mode.addItem(self.tr("Match languages"), "language")
        self.mode.addItem(self.tr("By committee"), "committee")
        self.reassign = QCheckBox(self.tr("also re-split people already assigned (not yet called)"))
        assign = QPushButton(self.tr("Assign"))
        assign.setObjectName("assignCallers")
        assign.clicked.connect(self.assign)
        self.move_to = QComboBox()
        move = QPushButton(self.tr("Move selected to"))
        move.clicked.connect(self.move_selected)
        right = QVBoxLayout()
        right.addWidget(self.lists)
        right.addWidget(self.table, 1)
        callers_box = QGroupBox(self.tr("Callers"))
        grid = QGridLayout(callers_box)
        grid.addWidget(self.callers, 0, 0, 3, 1)
        grid.addWidget(self.mode, 0, 1)
        grid.addWidget(assign, 1, 1)
        grid.addWidget(self.reassign, 3, 0, 1, 2)  # its own line: the long label keeps the page narrow
        moves = QHBoxLayout()
        moves.addWidget(move)
        moves.addWidget(self.move_to, 1)
        grid.addLayout(moves, 4, 0, 1, 2)
        right.addWidget(callers_box)
        # The criteria scroll, so the page fits a laptop screen 768 pixels high.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(left.minimumSizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width())
        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        holder = QWidget()
        holder.setLayout(right)
        splitter.addWidget(holder)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    def criteria(self) -> mob.ListCriteria:
        return mob.ListCriteria(
            committee_ids=_selected(self.committees), workplace_ids=_selected(self.workplaces),
            department_ids=_selected(self.departments), shift_ids=_selected(self.shifts),
            tags=_selected(self.tags), languages=_selected(self.languages),
            assessment_min=self.assess_min.value() if self.assess_min.value() > 1 or self.assess_max.value() < 5 else None,
            assessment_max=self.assess_max.value() if self.assess_min.value() > 1 or self.assess_max.value() < 5 else None,
            include_unassessed=self.unassessed.isChecked(), attended=self.attended.currentData(),
            trained_topic_id=self.trained.currentData(),
            include_consent_unknown=self.include_unknown.isChecked(),
        )

    def set_event(self, event_id: Optional[int]) -> None:
        self.event_id = event_id
        self.lists.blockSignals(True)
        self.lists.clear()
        if event_id is not None:
            for summary in mob.call_lists(self.context.db, event_id):
                self.lists.addItem(summary.name, summary.id)
        self.lists.blockSignals(False)
        self.load_entries()
        self.preview()

    def current_list(self) -> Optional[int]:
        return self.lists.currentData()

    def preview(self) -> None:
        try:
            result = mob.preview_call_list(self.context.db, self.criteria(), self.current_list())
        except Exception as exc:  # noqa: BLE001
            err = user_error_for(exc)
            self.counts.setText(translated(err) if err else self.tr("The list could not be counted."))
            return
        self.show_counts(result)

    def show_counts(self, result: mob.BuildResult) -> None:
        reasons = ", ".join(
            self.tr("{n} {reason}").format(n=result.excluded[r], reason=QCoreApplication.translate("Exclusions", mob.EXCLUSION_LABELS[r]).lower())
            for r in mob.EXCLUSION_REASONS if result.excluded.get(r))
        text = self.tr("{matched} match; {eligible} can be called, {new} not on the list yet.").format(
            matched=result.matched, eligible=result.eligible, new=result.added)
        if reasons:
            text += " " + self.tr("Left out: {reasons}.").format(reasons=reasons)
        if self.include_unknown.isChecked():
            text += " " + self.tr("%n of them with unknown consent, marked “consent unknown”: ask first.", "",
                                  result.consent_unknown)
        else:
            text += " " + self.tr("People whose consent to be called is unknown are left out.")
        self.counts.setText(text)

    def build(self) -> None:
        if self.event_id is None:
            return
        try:
            list_id = self.current_list()
            if list_id is None:
                result = mob.create_call_list(self.context.db, self.event_id, self.list_name.text(), self.criteria())
            else:
                result = mob.build_call_list(self.context.db, list_id, self.criteria())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.show_counts(result)
        self.set_event(self.event_id)
        self.lists.setCurrentIndex(max(0, self.lists.findData(result.list_id)))

    def load_entries(self) -> None:
        list_id = self.current_list()
        self.model.set_rows(mob.list_entries(self.context.db, list_id) if list_id is not None else [])
        self.callers.clear()
        self.move_to.clear()
        self.move_to.addItem(self.tr("(nobody)"), None)
        if self.event_id is not None:
            for caller in mob.list_callers(self.context.db, self.event_id, list_id):
                item = QListWidgetItem(self.tr("{name} — {langs} — %n people", "", caller.assigned).format(
                    name=caller.name, langs=", ".join(caller.languages)))
                item.setData(Qt.ItemDataRole.UserRole, caller.id)
                self.callers.addItem(item)
                item.setSelected(True)
                self.move_to.addItem(caller.name, caller.id)

    def assign(self) -> None:
        list_id = self.current_list()
        if list_id is None:
            return
        try:
            mob.assign_callers(self.context.db, list_id, _selected(self.callers), self.mode.currentData(),
                               only_unassigned=not self.reassign.isChecked())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.load_entries()

    def move_selected(self) -> None:
        rows = [self.proxy.data(i, ROW_ROLE) for i in self.table.selectionModel().selectedRows()]
        if rows:
            mob.move_entries(self.context.db, [r.entry_id for r in rows], self.move_to.currentData())
            self.load_entries()


# --------------------------------------------------------------- paper re-entry
class ReentryWidget(QWidget):
    """Type a row ID, Enter, then the outcome key (Y M N L A W B D in English: the keys printed on
    the sheets, in the current language); the next row is ready."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: Optional[int] = None
        self.row_id = QLineEdit()
        self.row_id.setObjectName("reentryRow")
        self.row_id.setPlaceholderText(self.tr("Row ID from the sheet"))
        self.key = QLineEdit()
        self.key.setObjectName("reentryKey")
        self.key.setMaxLength(1)
        self.keys = translated_outcome_keys()
        self.key.setPlaceholderText(" ".join(self.keys[o] for o in mob.OUTCOMES))
        self.who = QLabel()
        self.log = QListWidget()
        self.log.setObjectName("reentryLog")
        self.row_id.returnPressed.connect(self._row_entered)
        self.key.textEdited.connect(self._key_entered)
        form = QFormLayout(self)
        form.addRow(self.tr("Row ID:"), self.row_id)
        form.addRow(self.tr("Person:"), self.who)
        form.addRow(self.tr("Outcome key:"), self.key)
        legend = QLabel("  ".join(f"{self.keys[o]} = {outcome_label(o)}" for o in mob.OUTCOMES))
        legend.setWordWrap(True)
        form.addRow(legend)
        form.addRow(self.log)

    def set_event(self, event_id: Optional[int]) -> None:
        self.event_id = event_id

    def _row_entered(self) -> None:
        text = self.row_id.text().strip()
        found = mob.entry_for_event(self.context.db, self.event_id, int(text)) if text.isdigit() and self.event_id else None
        if found is None:
            self.who.setText(self.tr("No row {id} on this event's sheets.").format(id=text))
            self.row_id.selectAll()
            return
        self.who.setText(found[1])
        self.key.setFocus()

    def _key_entered(self, text: str) -> None:
        if not text:
            return
        try:
            name = mob.record_paper_outcome(self.context.db, self.event_id, int(self.row_id.text()), text, keys=self.keys)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            self.key.clear()
            return
        outcome = mob.outcome_for_key(text, self.keys)
        self.log.insertItem(0, f"{self.row_id.text()}  {name}  →  {outcome_label(outcome)}")
        self.key.clear()
        self.row_id.clear()
        self.who.clear()
        self.row_id.setFocus()


# ---------------------------------------------------------------------- turnout
class TurnoutWidget(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: Optional[int] = None
        self.numbers = QLabel()
        self.numbers.setObjectName("turnoutNumbers")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown = QComboBox()
        for kind in mob.BREAKDOWNS:
            self.breakdown.addItem(QCoreApplication.translate("Turnout", mob.BREAKDOWN_LABELS[kind]), kind)
        self.breakdown.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        columns = [Column(QT_TRANSLATE_NOOP("Mobilizations", "Group"), lambda r: r[0])] + [
            Column(title, (lambda key: (lambda r: getattr(r[1], key)))(key), align_right=True)
            for key, title in (("on_list", QT_TRANSLATE_NOOP("Mobilizations", "On list")),
                               ("called", QT_TRANSLATE_NOOP("Mobilizations", "Called")),
                               ("reached", QT_TRANSLATE_NOOP("Mobilizations", "Reached")),
                               ("yes", QT_TRANSLATE_NOOP("Mobilizations", "Yes")),
                               ("maybe", QT_TRANSLATE_NOOP("Mobilizations", "Maybe")),
                               ("attended", QT_TRANSLATE_NOOP("Mobilizations", "Came")),
                               ("flakes", QT_TRANSLATE_NOOP("Mobilizations", "Yes but did not come")))]
        self.model = RowsTableModel(columns, "Mobilizations", self)
        self.proxy = make_proxy(self.model, self)
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportTurnout")
        self.export_button.clicked.connect(lambda: self.export())
        self.people_button = QPushButton(self.tr("Export people…"))
        self.people_button.setObjectName("exportEventPeople")
        self.people_button.setToolTip(self.tr("The people on this event's call lists or checked in at it: Excel, CSV, "
                                              "Spoke, Action Network, Google Contacts or vCard"))
        self.people_button.clicked.connect(lambda: self.export_people())
        self.print_button = QPushButton(self.tr("Print call sheets…"))
        self.print_button.setObjectName("printCallSheets")
        self.print_button.setToolTip(self.tr("Print preview, then the print dialog (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.pdf_button = QPushButton(self.tr("Call sheets as PDF…"))
        self.pdf_button.setObjectName("saveCallSheets")
        self.pdf_button.clicked.connect(lambda: self.print_sheets())
        self.print_report_button = QPushButton(self.tr("Print report…"))
        self.print_report_button.setObjectName("printTurnout")
        self.print_report_button.setToolTip(self.tr("The turnout report on paper: print preview, then the print dialog"))
        self.print_report_button.clicked.connect(lambda: self.print_report())
        self.report_pdf_button = QPushButton(self.tr("Report as PDF…"))
        self.report_pdf_button.setObjectName("saveTurnoutPdf")
        self.report_pdf_button.clicked.connect(lambda: self.report_pdf())
        QShortcut(QKeySequence("Ctrl+E"), self, activated=lambda: self.export())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.print_preview())
        self.report: Optional[mob.Turnout] = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Breakdown:")))
        bar.addWidget(self.breakdown)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.people_button)
        bar.addWidget(self.print_report_button)
        bar.addWidget(self.report_pdf_button)
        sheets = QHBoxLayout()
        sheets.addStretch(1)
        sheets.addWidget(self.print_button)
        sheets.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbers)
        layout.addLayout(bar)
        layout.addLayout(sheets)
        layout.addWidget(table, 1)

    def set_event(self, event_id: Optional[int]) -> None:
        self.event_id = event_id
        if event_id is None:
            self.numbers.clear()
            self.model.set_rows([])
            return
        self.context.run(lambda: mob.turnout(self.context.db, event_id), self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, report: mob.Turnout) -> None:
        self.report = report
        n = report.totals
        cells = [
            (self.tr("Target"), report.target if report.target is not None else "—"),
            (self.tr("On list"), n.on_list), (self.tr("Called"), n.called), (self.tr("Reached"), n.reached),
            (self.tr("Said yes"), n.yes), (self.tr("Said maybe"), n.maybe), (self.tr("Attended"), n.attended),
            (self.tr("Attended without a yes"), n.attended_without_yes),
        ]
        if n.flake_rate is not None:  # None before the event: nobody has failed to come yet
            cells.append((self.tr("Said yes, did not come"), n.flakes))
            cells.append((self.tr("Flake rate"), f"{n.flake_rate:.0%}"))
        else:
            cells.append((self.tr("Flake rate"), "—"))
        self.numbers.setText("<table cellspacing=8><tr>" + "".join(f"<td align=center><b style='font-size:large'>{v}</b><br>{k}</td>" for k, v in cells) + "</tr></table>")
        self._show_breakdown()

    def _show_breakdown(self) -> None:
        if self.report is None:
            return
        kind = self.breakdown.currentData()
        none = QCoreApplication.translate("Turnout", mob.NONE_LABEL)
        self.model.set_rows([(none if label == mob.NONE_LABEL else label, n) for label, n in self.report.breakdowns[kind]])

    def _ask_path(self, purpose: str, suggested: str, pattern: str) -> Optional[Path]:
        folder = self.context.settings.last_folder(purpose)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path(folder) / suggested), pattern)
        if not path:
            return None
        self.context.settings.set_last_folder(purpose, path)
        return Path(path)

    def _run_file_job(self, op, title: str) -> None:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.last_job = job = self.context.run(op, lambda r: (dialog.close(), self.context.status_message.emit(self.tr("Saved."))),
                               lambda exc: (dialog.close(), None if type(exc).__name__ == "Cancelled" else show_error(self, exc)),
                               with_progress=True)
        job.progressed.connect(lambda done, total: dialog.setValue(int(100 * done / total) if total else 0))
        dialog.canceled.connect(job.cancel)

    # The words in the files, translated here (reports/ has no Qt); the CLI keeps the English defaults.
    def date_words(self):
        return DateWords(
            weekdays=(self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                      self.tr("Sun")),
            months=(self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May", "month, abbreviated"),
                    self.tr("Jun"), self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"),
                    self.tr("Dec")),
            pattern=self.tr("{weekday} {day:02d} {month} {year} {time}"))

    def sheet_labels(self):
        from reports.mobilization.call_sheets import SheetLabels  # lazy: reportlab loads only when printing

        return SheetLabels(
            title=self.tr("{event} — call sheets"), caller=self.tr("Caller"),
            unassigned=self.tr("Not assigned to a caller"), script=self.tr("Script"), row_id=self.tr("ID"),
            name=self.tr("Name"), phone=self.tr("Phone"), language=self.tr("Lang.", "language, abbreviated"),
            notes=self.tr("Notes"), confidential=self.tr("Confidential — shred after use"),
            page=self.tr("Page {page} of {pages}"), legend=self.tr("Key:"),
            consent_left_out=self.tr("Only people who said it is OK to call them: people whose consent is unknown "
                                     "are left out."),
            consent_marked=self.tr("People whose consent to be called is unknown are marked “consent unknown”: "
                                   "ask first."),
            consent_unknown=self.tr("consent unknown"),
            outcomes={o: outcome_label(o) for o in mob.OUTCOMES}, keys=translated_outcome_keys(),
            kinds={k: kind_label(k) for k in mob.EVENT_KINDS},
            dates=self.date_words())

    def turnout_labels(self):
        from reports.mobilization.workbook import TurnoutLabels  # lazy: openpyxl loads only when a workbook is written

        def turnout(text: str) -> str:
            return QCoreApplication.translate("Turnout", text)

        return TurnoutLabels(
            summary=self.tr("Summary"), progress=self.tr("Progress by day"), calls=self.tr("Calls"),
            measure=self.tr("Measure"), event=self.tr("Event"), title=self.tr("Turnout report"),
            generated=self.tr("Made with Committee Desk on {when}. Confidential: contains personal data."),
            rows={"starts_at": self.tr("Date and time"), "place": self.tr("Place"), "target": self.tr("Target"),
                  "on_list": self.tr("On the call list"), "called": self.tr("Called"), "reached": self.tr("Reached"),
                  "yes": self.tr("Said yes"), "maybe": self.tr("Said maybe"), "attended": self.tr("Attended"),
                  "attended_without_yes": self.tr("Attended without a yes"),
                  "flakes": self.tr("Said yes, did not come"), "flake_rate": self.tr("Flake rate"),
                  "reach_rate": self.tr("Reached / called"), "calls": self.tr("Calls made")},
            chart_title=self.tr("Turnout"),
            breakdowns={"workplace": self.tr("By workplace"), "department": self.tr("By department"),
                        "shift": self.tr("By shift"), "committee": self.tr("By committee"), "caller": self.tr("By caller")},
            breakdown_heads={k: turnout(v) for k, v in mob.BREAKDOWN_LABELS.items()},
            progress_heads=(self.tr("Event"), self.tr("Day"), self.tr("Days before the event"), self.tr("Calls that day"),
                            self.tr("People called so far"), self.tr("Reached so far"), self.tr("Saying yes so far")),
            detail_heads=tuple(turnout(h) for h in mob.DETAIL_COLUMNS),
            outcomes={o: outcome_label(o) for o in mob.OUTCOMES},
            sources={"phone": self.tr("Phone"), "paper": self.tr("Paper")},
            yes=self.tr("Yes"), no=self.tr("No"), none=turnout(mob.NONE_LABEL),
            confidential=self.tr("Confidential — shred after use"), page=self.tr("Page {page} of {pages}"),
            continued=self.tr("{heading} (continued)"))

    def _report_writer(self):
        from reports.mobilization.pdf import write_turnout_pdf  # lazy: reportlab and openpyxl load only when printing

        event_id, db, labels = self.event_id, self.context.db, self.turnout_labels()
        return lambda path, progress=None: write_turnout_pdf(db, [event_id], path, labels=labels, progress=progress)

    def print_report(self) -> None:
        """Print report…: the turnout report's PDF in the print preview."""
        if self.event_id is None or self.report is None:
            return
        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        print_with_preview(self, self.context, self._report_writer(),
                           self.tr("{event} — turnout report").format(event=self.report.event.name))

    def report_pdf(self) -> None:
        """Report as PDF…: the turnout report's PDF, where the person says."""
        if self.event_id is None or self.report is None:
            return
        from ui.widgets.printing import save_pdf  # lazy: QtPrintSupport loads only when printing

        suggested = safe_file_name(self.tr("{event} turnout.pdf").format(event=self.report.event.name), "turnout.pdf")
        save_pdf(self, self.context, self._report_writer(), suggested, "turnout", self.tr("Writing the turnout report…"))

    def export(self, path: Optional[Path] = None) -> None:
        if self.event_id is None or self.report is None:
            return
        if path is None:
            suggested = safe_file_name(self.tr("{event} turnout.xlsx").format(event=self.report.event.name), "turnout.xlsx")
            path = self._ask_path("turnout", suggested, self.tr("Excel workbook (*.xlsx)"))
            if path is None:
                return
        from reports.mobilization.workbook import write_turnout  # lazy: openpyxl loads only when a workbook is written

        event_id, db, labels = self.event_id, self.context.db, self.turnout_labels()
        self._run_file_job(lambda progress: write_turnout(db, [event_id], path, labels=labels, progress=progress),
                           self.tr("Writing the turnout report…"))

    def export_people(self) -> None:
        """The event's people (its call lists and check-ins), in a format the save dialog offers."""
        if self.event_id is None or self.report is None:
            return
        # lazy: export presets bring the import stack (~100 ms): only when exporting
        from reports.roster.presets import people_of_event

        event_id, db = self.event_id, self.context.db
        stem = safe_file_name(self.tr("{event} people").format(event=self.report.event.name), "people")
        self.context.run(lambda: people_of_event(db, event_id),
                         lambda ids: export_people(self, self.context, ids, file_stem=stem),
                         lambda exc: show_error(self, exc))

    def print_preview(self) -> None:
        """Print…: the call sheets in the print preview (the system print dialog from there)."""
        if self.event_id is None or self.report is None:
            return
        # lazy: reportlab loads only when printing
        from reports.mobilization.call_sheets import write_call_sheets

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        event_id, db, labels = self.event_id, self.context.db, self.sheet_labels()
        print_with_preview(self, self.context, lambda path: write_call_sheets(db, event_id, path, labels=labels),
                           self.tr("{event} — call sheets").format(event=self.report.event.name))

    def print_sheets(self, path: Optional[Path] = None) -> None:
        if self.event_id is None or self.report is None:
            return
        if path is None:
            suggested = safe_file_name(self.tr("{event} call sheets.pdf").format(event=self.report.event.name), "call-sheets.pdf")
            path = self._ask_path("call-sheets", suggested, self.tr("PDF (*.pdf)"))
            if path is None:
                return
        from reports.mobilization.call_sheets import write_call_sheets  # lazy: reportlab loads only when printing

        event_id, db, labels = self.event_id, self.context.db, self.sheet_labels()
        self._run_file_job(lambda progress: write_call_sheets(db, event_id, path, labels=labels, progress=progress),
                           self.tr("Writing call sheets…"))


# -------------------------------------------------------------------- phone tree
class PhoneTreeWidget(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.committee = QComboBox()
        for c in list_committees(context.db):
            self.committee.addItem(c.name, c.id)
        self.per_caller = QSpinBox()
        self.per_caller.setRange(1, 20)
        self.per_caller.setValue(5)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("phoneTreePreview")
        build = QPushButton(self.tr("Show tree"))
        build.setObjectName("showPhoneTree")
        build.clicked.connect(lambda: self.show_tree())
        save = QPushButton(self.tr("Save as PDF…"))
        save.setObjectName("savePhoneTree")
        save.clicked.connect(lambda: self.save_pdf())
        print_button = QPushButton(self.tr("Print…"))
        print_button.setObjectName("printPhoneTree")
        print_button.setToolTip(self.tr("Print preview, then the print dialog (Ctrl+P)"))
        print_button.clicked.connect(lambda: self.print_preview())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.print_preview())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Committee:")))
        bar.addWidget(self.committee, 1)
        bar.addWidget(QLabel(self.tr("Each caller calls at most:")))
        bar.addWidget(self.per_caller)
        bar.addWidget(build)
        bar.addWidget(print_button)
        bar.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)

    def show_tree(self) -> None:
        if self.committee.currentData() is None:
            return
        committee = self.committee.currentData()
        roots = mob.build_phone_tree(self.context.db, committee, self.per_caller.value())
        lines = [("    " * n.depth) + f"{n.name}  {n.phone}  {', '.join(n.languages)}" for n in mob.walk_tree(roots)]
        text = "\n".join(lines) or self.tr("Nobody with a phone number in this committee.")
        dnc, nophone = mob.phone_tree_left_out(self.context.db, committee)
        if dnc or nophone:  # who is not on the tree is said, not dropped
            text += "\n\n" + self.left_out_text().format(dnc=dnc, nophone=nophone)
        self.preview.setPlainText(text)

    def left_out_text(self) -> str:
        return self.tr("Not on the tree: do not contact {dnc}, no phone {nophone}.")

    def tree_labels(self):
        from reports.mobilization.phone_tree import TreeLabels  # lazy: reportlab loads only when printing

        return TreeLabels(
            title=self.tr("Phone tree"),
            subtitle=self.tr("Each person calls the people right below them (at most {n}). "
                             "If nobody answers, call the next level yourself."),
            calls=self.tr("calls {n}"), confidential=self.tr("Confidential — shred after use"),
            page=self.tr("Page {page} of {pages}"),
            card_title=self.tr("{caller} calls these people"),
            card_note=self.tr("For {caller} only: hand this page to them. If nobody answers, call the next level yourself."),
            name=self.tr("Name"), phone=self.tr("Phone"), languages=self.tr("Languages"),
            left_out=self.left_out_text())

    def print_preview(self) -> None:
        if self.committee.currentData() is None:
            return
        # lazy: reportlab loads only when printing
        from reports.mobilization.phone_tree import write_phone_tree

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        committee, per, db, labels = self.committee.currentData(), self.per_caller.value(), self.context.db, self.tree_labels()
        print_with_preview(self, self.context, lambda path: write_phone_tree(db, committee, path, per, labels=labels),
                           self.tr("Phone tree"))

    def save_pdf(self, path: Optional[Path] = None) -> None:
        if self.committee.currentData() is None:
            return
        if path is None:
            folder = self.context.settings.last_folder("phone-tree")
            suggested = safe_file_name(self.tr("{committee} phone tree.pdf").format(committee=self.committee.currentText()),
                                       "phone-tree.pdf")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path(folder) / suggested), self.tr("PDF (*.pdf)"))
            if not name:
                return
            path = Path(name)
        self.context.settings.set_last_folder("phone-tree", str(path))
        from reports.mobilization.phone_tree import write_phone_tree  # lazy: reportlab loads only when printing

        committee, per, db, labels = self.committee.currentData(), self.per_caller.value(), self.context.db, self.tree_labels()
        self.last_job = self.context.run(lambda: write_phone_tree(db, committee, path, per, labels=labels), None,
                                         lambda exc: show_error(self, exc))


# ------------------------------------------------------------------------- page
class MobilizationsPage(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RowsTableModel(EVENT_COLUMNS, "Mobilizations", self)
        self.proxy = make_proxy(self.model, self)
        self.events = QTableView()
        self.events.setObjectName("eventsTable")
        self.events.setModel(self.proxy)
        self.events.setSortingEnabled(True)
        self.events.sortByColumn(EV_WHEN, Qt.SortOrder.DescendingOrder)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setStretchLastSection(False)
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A caller (on a committee server) only calls: the phone bank alone, no event planning.
        self.planner = may(context.role, "plan_events")
        if self.planner:
            self.events.doubleClicked.connect(lambda _i: self.edit_event())
        else:  # a caller: who came is the organizers' business
            self.events.setColumnHidden(EV_CAME, True)
        # At least five events show (not one and a half): header, five rows, frame.
        self.events.verticalHeader().setDefaultSectionSize(self.events.fontMetrics().lineSpacing() + 8)
        self.events.setWordWrap(False)
        self.events.setMinimumHeight(self.events.horizontalHeader().sizeHint().height()
                                     + 5 * self.events.verticalHeader().defaultSectionSize() + 2 * self.events.frameWidth())
        self.events.selectionModel().selectionChanged.connect(lambda *_a: self._event_chosen())
        new = QPushButton(self.tr("New event…"))
        new.setObjectName("newEvent")
        new.clicked.connect(lambda: self.edit_event(new=True))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(lambda _checked=False: self.edit_event())
        delete = QPushButton(self.tr("Delete…"))
        delete.clicked.connect(self.delete_event)
        if self.planner:
            QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.edit_event(new=True))
            QShortcut(QKeySequence.StandardKey.Delete, self.events, activated=self.delete_event)

        self._stale_tabs: set[QWidget] = set()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mobilizationTabs")
        self.phonebank = PhoneBankWidget(context)
        self.call_list = self.checkin = self.turnout = self.reentry = self.tree = None
        if self.planner:
            self.call_list = CallListWidget(context)
            self.checkin = CheckinWidget(context)
            self.turnout = TurnoutWidget(context)
            self.reentry = ReentryWidget(context)
            self.tree = PhoneTreeWidget(context)
            self.tabs.addTab(self.call_list, self.tr("Call list && callers"))
        self.tabs.addTab(self.phonebank, self.tr("Phone bank"))
        if self.planner:
            self.tabs.addTab(self.reentry, self.tr("Paper re-entry"))
            self.tabs.addTab(self.checkin, self.tr("Check-in"))
            self.tabs.addTab(self.turnout, self.tr("Turnout"))
            self.tabs.addTab(self.tree, self.tr("Phone tree"))
        self.tabs.currentChanged.connect(lambda _i: self._event_chosen())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        left_layout.addLayout(buttons)
        if not self.planner:
            for button in (new, edit, delete):
                button.hide()
        left_layout.addWidget(self.events, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("eventsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1, 2])  # the events a third, the tabs the rest (scaled to the real height)
        QVBoxLayout(self).addWidget(splitter)
        context.data_changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        db = self.context.db
        self.context.run(lambda: mob.list_events(db), self._loaded,
                         lambda exc: show_error(self, exc))

    def refresh(self) -> None:
        self.reload()

    def _loaded(self, events: list[mob.EventSummary]) -> None:
        current = self.current_event()
        self.model.set_rows(events)
        for column in range(len(EVENT_COLUMNS) - 1):
            self.events.resizeColumnToContents(column)
        target = current if current is not None else next(
            (e.id for e in sorted(events, key=lambda e: e.starts_at or datetime.min) if e.starts_at and e.starts_at >= datetime.now()), None)
        self.select_event(target)

    def select_event(self, event_id: Optional[int]) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), ROW_ROLE).id == event_id:
                self.events.selectRow(row)
                return
        if self.proxy.rowCount() and event_id is None:
            self.events.selectRow(0)

    def current_event(self) -> Optional[int]:
        rows = self.events.selectionModel().selectedRows() if self.events.selectionModel() else []
        return self.proxy.data(rows[0], ROW_ROLE).id if rows else None

    def _event_chosen(self) -> None:
        event_id = self.current_event()
        widget = self.tabs.currentWidget()
        stale = widget in self._stale_tabs
        if hasattr(widget, "set_event") and (stale or getattr(widget, "event_id", object()) != event_id):
            self._stale_tabs.discard(widget)
            widget.set_event(event_id)

    def _changed(self, changes: Changes) -> None:
        """Every number shown follows the data: the events table (its Yes / Came columns too)
        and the turnout tab reload after any write to events, lists, calls, check-ins or people."""
        if changes.touches(Kind.EVENTS, Kind.CALL_LISTS, Kind.CALLS, Kind.CHECKINS, Kind.PEOPLE):
            self.reload()
            if self.turnout is not None and self.turnout.event_id is not None:
                self.turnout.set_event(self.turnout.event_id)
            # The other tabs load again when next shown (the current one made the change or shows it).
            current = self.tabs.currentWidget()
            if current is self.phonebank and changes.touches(Kind.PEOPLE):
                self.phonebank.refresh_card()  # a name or number corrected elsewhere
            self._stale_tabs = {w for w in (self.phonebank, self.call_list, self.checkin, self.reentry)
                                if w is not None and w is not current}

    def edit_event(self, new: bool = False) -> None:
        if not self.planner:
            return
        dialog = EventDialog(self.context, None if new else self.current_event(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_event(dialog.event_id)

    def delete_event(self) -> None:
        event_id = self.current_event()
        if event_id is None or not self.planner:
            return
        name = mob.event_name(self.context.db, event_id)
        if confirm(self, self.tr("Delete event"),
                   self.tr("Delete {name} with its call lists, calls and check-ins? This cannot be undone.").format(name=name)):
            mob.delete_event(self.context.db, event_id)
            for widget in (self.phonebank, self.call_list, self.checkin, self.turnout, self.reentry):
                if widget is not None:
                    widget.event_id = None


SECTION = SectionSpec("mobilizations", lambda: QCoreApplication.translate("Sections", "Mobilizations"),
                      lambda context: MobilizationsPage(context))
