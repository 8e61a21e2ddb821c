"""The phone-bank screen: one person at a time, outcome keys, the next person at once.

Keys, taken from the translated labels (``outcome_keys``; English: Y yes, M maybe, N no, L left
message, A no answer, W wrong number, B call back later (at the time shown), D do not call again,
S skip; Spanish: S sí, T tal vez, ...): the letter alone anywhere on the screen except while
typing in the note field, Alt+letter everywhere (the note field too). They are QShortcuts of
this widget (WidgetWithChildrenShortcut). Reads and writes go through models.mobilization.operations (one
small query each, < 20 ms).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.mobilization import operations as mob

from models.core import errors
from models.core.server_roles import my_login

from ui.context import AppContext
from ui.roles import may
from ui.widgets.labels import ASSESSMENT, label, languages_text, phone_label_text
from ui.widgets.messages import show_error


def outcome_label(outcome: str) -> str:
    return QCoreApplication.translate("Outcomes", mob.OUTCOME_LABELS.get(outcome, outcome))


def translated_outcome_keys() -> dict[str, str]:
    """Outcome -> key in the current language (English: mob.OUTCOME_KEYS)."""
    return mob.outcome_keys({o: outcome_label(o) for o in mob.OUTCOMES})


class PhoneBankWidget(QWidget):
    """Give it an event with ``set_event(event_id)``; it picks the event's first list."""

    recorded = Signal(str)  # outcome

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: Optional[int] = None
        self.card: Optional[mob.PersonCard] = None
        self.skipped: list[int] = []
        # A caller calls as themselves (their login's person); the others choose who is calling.
        self.chooses_caller = may(context.role, "plan_events")
        self.details_allowed = may(context.role, "person_details")
        self.own_person: Optional[int] = None
        if not self.chooses_caller:
            login = my_login(context.db) if context.db.is_server else None
            self.own_person = login.person_id if login is not None else None

        self.list_combo = QComboBox()
        self.list_combo.setObjectName("phoneBankList")
        self.caller_combo = QComboBox()
        self.caller_combo.setObjectName("phoneBankCaller")
        self.list_combo.currentIndexChanged.connect(lambda _i: self._reload_callers())
        self.caller_combo.currentIndexChanged.connect(lambda _i: self.next_person())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List:")))
        top.addWidget(self.list_combo, 1)
        top.addWidget(QLabel(self.tr("Calling as:")))
        top.addWidget(self.caller_combo, 1)

        self.name = QLabel()
        self.name.setObjectName("phoneBankName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phones_box = QHBoxLayout()
        self.consent_note = QLabel(self.tr("Their consent to be called is unknown: ask if it is all right to call "
                                           "them, and record the answer on their record."))
        self.consent_note.setObjectName("phoneBankConsent")
        self.consent_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.consent_note.setWordWrap(True)
        self.consent_note.hide()
        self.details = QLabel()
        self.details.setObjectName("phoneBankDetails")
        self.details.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("phoneBankHistory")
        self.history.setWordWrap(True)
        self.script = QPlainTextEdit()
        self.script.setObjectName("phoneBankScript")
        self.script.setReadOnly(True)
        script_box = QGroupBox(self.tr("Call script"))
        QVBoxLayout(script_box).addWidget(self.script)

        self.note = QLineEdit()
        self.note.setObjectName("phoneBankNote")
        self.note.setPlaceholderText(self.tr("Note (what they said, rides, childcare…); then Alt+key records"))
        self.flag = QCheckBox(self.tr("Flag for an organizer"))
        self.flag.setObjectName("phoneBankFlag")
        self.callback_at = QDateTimeEdit()
        self.callback_at.setObjectName("phoneBankCallback")
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("yyyy-MM-dd HH:mm")

        buttons = QGridLayout()
        self.outcome_buttons: dict[str, QPushButton] = {}
        skip_text = self.tr("Skip for now")
        # One key per outcome and for skip, from the translated labels, unique ("Sí [S]").
        self.keys = mob.outcome_keys({**{o: outcome_label(o) for o in mob.OUTCOMES}, "skip": skip_text},
                                     {**mob.OUTCOME_KEYS, "skip": "S"})
        for i, outcome in enumerate(mob.OUTCOMES):
            key = self.keys[outcome]
            button = QPushButton(f"{outcome_label(outcome)}  [{key}]")
            button.setObjectName(f"outcome_{outcome}")
            button.setToolTip(self.tr("Record “{outcome}” and go to the next person (key {key}; Alt+{key} while "
                                      "typing a note)").format(outcome=outcome_label(outcome), key=key))
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
            buttons.addWidget(button, i // 4, i % 4)
            self.outcome_buttons[outcome] = button
            self._shortcuts(key, lambda o=outcome: self.record(o))
        self.skip_button = QPushButton(f"{skip_text}  [{self.keys['skip']}]")
        self.skip_button.setObjectName("phoneBankSkip")
        self.skip_button.clicked.connect(lambda _c=False: self.skip())
        self._shortcuts(self.keys["skip"], self.skip)
        self.status = QLabel()  # the latest message, then where we are: never a growing pile
        self.status.setObjectName("phoneBankStatus")
        self._row_info = ""

        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note)
        cb_row = QHBoxLayout()
        cb_row.addWidget(self.callback_at)
        cb_row.addWidget(self.flag)
        cb_row.addStretch(1)
        form.addRow(self.tr("Call back at:"), cb_row)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.consent_note)
        layout.addLayout(self.phones_box)
        layout.addWidget(self.details)
        layout.addWidget(self.history)
        layout.addWidget(script_box, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show(None)

    def _shortcuts(self, key: str, slot) -> None:
        """The key alone (not taken while the note field has the focus: it types there) and
        Alt+key (works in the note field too), anywhere inside this widget."""
        for sequence in (key, f"Alt+{key}"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --------------------------------------------------------------- loading
    def set_event(self, event_id: Optional[int]) -> None:
        self.event_id = event_id
        self.skipped.clear()
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        if event_id is not None:
            for summary in mob.call_lists(self.context.db, event_id):
                self.list_combo.addItem(self.tr("{name} (%n people)", "", summary.entries).format(name=summary.name), summary.id)
        self.list_combo.blockSignals(False)
        self._reload_callers()

    def _reload_callers(self) -> None:
        list_id = self.list_combo.currentData()
        self.caller_combo.blockSignals(True)
        self.caller_combo.clear()
        if not self.chooses_caller:
            if self.own_person is not None:
                self.caller_combo.addItem(self.tr("Me"), self.own_person)
        else:
            self.caller_combo.addItem(self.tr("Anyone (whole list)"), None)
            self.caller_combo.addItem(self.tr("Not assigned to a caller"), 0)
        if self.chooses_caller and self.event_id is not None and list_id is not None:
            for caller in mob.list_callers(self.context.db, self.event_id, list_id):
                self.caller_combo.addItem(self.tr("{name} ({n})").format(name=caller.name, n=caller.assigned), caller.id)
        self.caller_combo.blockSignals(False)
        self.next_person()

    def next_person(self) -> None:
        list_id = self.list_combo.currentData()
        if list_id is None:
            self._show(None)
            return
        if not self.chooses_caller and self.own_person is None:
            self._show(None)
            self.name.setText(self.tr("Your login is not linked to a person on the roster, so there is nobody to "
                                      "call as you. Ask the committee's admin to link it."))
            return
        caller = self.caller_combo.currentData()
        db = self.context.db
        try:
            if caller:  # a real person calls: the next entry becomes theirs (two callers never get the same one)
                entry = mob.claim_next_entry(db, list_id, caller, skip=self.skipped)
            else:  # nobody chosen ("Anyone", "Not assigned"): look, take nothing
                entry = mob.next_entry(db, list_id, skip=self.skipped, unassigned=caller == 0)
            self._show(mob.person_card(db, entry, details=self.details_allowed) if entry is not None else None)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def refresh_card(self) -> None:
        """The person on screen as saved now (someone corrected their name or number on another
        app), keeping what the caller has typed."""
        if self.card is None:
            return
        try:
            card = mob.person_card(self.context.db, self.card.entry_id, details=self.details_allowed)
        except errors.NotFound:  # their entry is gone (list rebuilt, person deleted): the next one
            self.next_person()
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._show(card, keep_input=True)

    def _show(self, card: Optional[mob.PersonCard], keep_input: bool = False) -> None:
        self.card = card
        while self.phones_box.count():
            item = self.phones_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for button in self.outcome_buttons.values():
            button.setEnabled(card is not None)
        self.skip_button.setEnabled(card is not None)
        if not keep_input:
            self.note.clear()
            self.flag.setChecked(False)
            self.callback_at.setDateTime(QDateTime.currentDateTime().addSecs(24 * 3600))
        self._row_info = ""
        self.consent_note.setVisible(card is not None and card.ok_to_call is None)
        if card is None:
            self.status.clear()
            self.name.setText(self.tr("Nobody left to call on this list right now."))
            self.details.clear()
            self.history.clear()
            self.script.clear()
            return
        self.name.setText(card.name)
        for raw, phone_label in card.phones:
            shown_label = phone_label_text(phone_label)  # "cell" -> "Cell" / "Celular"; one's own as typed
            button = QPushButton(raw + (f"  ({shown_label})" if shown_label else ""))
            icon = QIcon.fromTheme("edit-copy")  # no theme (Windows, macOS): say it in words
            if icon.isNull():
                button.setText(button.text() + "  · " + self.tr("copy"))
            else:
                button.setIcon(icon)
            button.setObjectName("phoneCopy")
            button.setToolTip(self.tr("Copy the number"))
            button.clicked.connect(lambda _c=False, number=raw: self._copy(number))
            self.phones_box.addWidget(button)
        self.phones_box.addStretch(1)
        parts = [
            self.tr("Language: {v}").format(v=languages_text(",".join(card.languages)) or "—"),
            self.tr("Workplace: {v}").format(v=card.workplace or "—"),
            self.tr("Department: {v}").format(v=card.department or "—"),
            self.tr("Shift: {v}").format(v=card.shift or "—"),
            self.tr("Assessment: {v}").format(v=label(ASSESSMENT, card.assessment) if card.assessment else "—"),
        ]
        if not self.details_allowed:  # a caller: the language alone (the rest is not theirs to read)
            parts = parts[:1]
        self.details.setText("   ·   ".join(parts))
        lines = []
        for attempt in card.attempts:
            lines.append(self.tr("This event: {when} {outcome} {note}").format(
                when=attempt.called_at.strftime("%Y-%m-%d %H:%M"), outcome=outcome_label(attempt.outcome),
                note=f"— {attempt.note}" if attempt.note else ""))
        for past in card.past_events[:5]:
            answer = outcome_label(past.outcome) if past.outcome else self.tr("not reached")
            came = self.tr("came") if past.attended else self.tr("did not come")
            lines.append(self.tr("{event}: {answer}, {came}").format(event=past.name, answer=answer, came=came))
        self.history.setText("\n".join(lines) or self.tr("No earlier calls or events."))
        self.script.setPlainText(card.script or self.tr("(No script for this event yet.)"))
        self._row_info = self.tr("Row ID {id} · attempt {n}").format(id=card.entry_id, n=len(card.attempts) + 1)
        self.status.setText(self._row_info)

    def _copy(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self._say(self.tr("Number copied."))

    # ------------------------------------------------------------- recording
    def record(self, outcome: str) -> None:
        if self.card is None:
            return
        callback = None
        if outcome == "callback":
            callback = self.callback_at.dateTime().toPython()
        caller = self.caller_combo.currentData() or None
        try:
            mob.record_call(self.context.db, self.card.entry_id, outcome, caller_id=caller, note=self.note.text(),
                            flagged=self.flag.isChecked(), callback_at=callback)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.recorded.emit(outcome)
        done = self.card.name
        self.next_person()
        self._say(self.tr("Saved: {name} — {outcome}.").format(name=done, outcome=outcome_label(outcome)))

    def _say(self, message: str) -> None:
        """The latest message, then the current row's place (replaces whatever was said before)."""
        self.status.setText("   ".join(part for part in (message, self._row_info) if part))

    def skip(self) -> None:
        if self.card is not None:
            self.skipped.append(self.card.entry_id)
            self.next_person()
