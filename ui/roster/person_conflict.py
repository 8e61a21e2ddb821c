"""What differs between a person as someone else saved them and as the editor has them (issue 25).

``differences`` gives the rows of the conflict dialog (ui/widgets/conflict.py): one per field
whose values differ, each as (field label, their saved value, your value) in words. Values are
compared as they would be saved (phones tidied, tags without case, languages as codes), so a
field nobody changed never shows.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.core.text import phone_text
from models.organization import structure as organization
from models.roster import consent
from models.roster import people as roster
from models.roster.people import PersonInput
from ui.widgets import consent as consent_ui
from ui.widgets import conflict as conflict_ui
from ui.widgets import labels

# The editor's own field labels (context PersonDialog, already translated), shown without the colon.
_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("PersonDialog", "First name:"),
    "last_name": QT_TRANSLATE_NOOP("PersonDialog", "Last name:"),
    "preferred_name": QT_TRANSLATE_NOOP("PersonDialog", "Preferred name:"),
    "name_order": QT_TRANSLATE_NOOP("PersonDialog", "Name order:"),
    "phones": QT_TRANSLATE_NOOP("PersonDialog", "Phones:"),
    "email": QT_TRANSLATE_NOOP("PersonDialog", "Email:"),
    "email2": QT_TRANSLATE_NOOP("PersonDialog", "Second email:"),
    "street": QT_TRANSLATE_NOOP("PersonDialog", "Street:"),
    "city": QT_TRANSLATE_NOOP("PersonDialog", "City:"),
    "region": QT_TRANSLATE_NOOP("PersonDialog", "State / region:"),
    "postal_code": QT_TRANSLATE_NOOP("PersonDialog", "Postal code:"),
    "country": QT_TRANSLATE_NOOP("PersonDialog", "Country (postal):"),
    "languages": QT_TRANSLATE_NOOP("PersonDialog", "Languages:"),
    "workplace_id": QT_TRANSLATE_NOOP("PersonDialog", "Workplace:"),
    "department_id": QT_TRANSLATE_NOOP("PersonDialog", "Department:"),
    "shift_id": QT_TRANSLATE_NOOP("PersonDialog", "Shift:"),
    "job_title": QT_TRANSLATE_NOOP("PersonDialog", "Job title:"),
    "external_id": QT_TRANSLATE_NOOP("PersonDialog", "Employee / external ID:"),
    "hire_date": QT_TRANSLATE_NOOP("PersonDialog", "Hire date:"),
    "membership": QT_TRANSLATE_NOOP("PersonDialog", "Membership:"),
    "assessment": QT_TRANSLATE_NOOP("PersonDialog", "Assessment:"),
    "tags": QT_TRANSLATE_NOOP("PersonDialog", "Tags:"),
    "notes": QT_TRANSLATE_NOOP("PersonDialog", "Notes:"),
}
_NAME_ORDERS = {
    "given_first": QT_TRANSLATE_NOOP("PersonDialog", "Given name first (Ana García)"),
    "family_first": QT_TRANSLATE_NOOP("PersonDialog", "Family name first (王小明, Trần Thị Lan)"),
}
_NOT_ASSESSED = QT_TRANSLATE_NOOP("PersonDialog", "Not assessed")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _label(name: str) -> str:
    if name in consent.FIELDS:
        return consent_ui.field_label(name)
    return _tr("PersonDialog", _LABELS[name]).rstrip().rstrip(":").rstrip()


def _text(value: Any) -> str:
    return str(value).strip() if value not in (None, "") else ""


def differences(db, theirs: PersonInput, mine: PersonInput) -> list[tuple[str, str, str]]:
    """(field, their saved value, your value) for every field where the two differ."""
    workplaces = dict(roster.workplace_choices(db))
    departments, shifts = (dict(items) for items in organization.all_departments_and_shifts(db))

    def strip(value: str) -> str:
        return (value or "").strip()

    # field -> (comparable key, words shown)
    fields: dict[str, Callable[[PersonInput], tuple[Any, str]]] = {
        "first_name": lambda d: (strip(d.first_name), strip(d.first_name)),
        "last_name": lambda d: (strip(d.last_name), strip(d.last_name)),
        "preferred_name": lambda d: (strip(d.preferred_name), strip(d.preferred_name)),
        "name_order": lambda d: (d.name_order, _tr("PersonDialog", _NAME_ORDERS.get(d.name_order, d.name_order))),
        "phones": lambda d: (
            [(phone_text(p.raw), labels.phone_label_key(p.label or "cell")) for p in d.phones if phone_text(p.raw)],
            "\n".join(f"{phone_text(p.raw)} ({labels.phone_label_text(p.label or 'cell')})"
                      for p in d.phones if phone_text(p.raw))),
        "email": lambda d: (strip(d.email), strip(d.email)),
        "email2": lambda d: (strip(d.email2), strip(d.email2)),
        **{name: (lambda d, name=name: (strip(getattr(d, name)), strip(getattr(d, name))))
           for name in ("street", "city", "region", "postal_code", "country")},
        "languages": lambda d: (list(dict.fromkeys(c.strip().lower() for c in d.languages if c.strip())),
                                labels.languages_text(d.languages)),
        "workplace_id": lambda d: (d.workplace_id, workplaces.get(d.workplace_id, "") if d.workplace_id else ""),
        "department_id": lambda d: (d.department_id, departments.get(d.department_id, "") if d.department_id else ""),
        "shift_id": lambda d: (d.shift_id, shifts.get(d.shift_id, "") if d.shift_id else ""),
        "job_title": lambda d: (strip(d.job_title), strip(d.job_title)),
        "external_id": lambda d: (strip(d.external_id), strip(d.external_id)),
        "hire_date": lambda d: (d.hire_date, d.hire_date.isoformat() if d.hire_date else ""),
        "membership": lambda d: (d.membership, labels.label(labels.MEMBERSHIP, d.membership)),
        "assessment": lambda d: (d.assessment, labels.label(labels.ASSESSMENT, d.assessment) if d.assessment
                                 else _tr("PersonDialog", _NOT_ASSESSED)),
        "tags": lambda d: (sorted({t.strip().casefold() for t in d.tags if t.strip()}),
                           ", ".join(t.strip() for t in d.tags if t.strip())),
        "notes": lambda d: ((d.notes or "").rstrip(), (d.notes or "").rstrip()),
        **{name: (lambda d, name=name: (getattr(d, name), consent_ui.value_label(getattr(d, name))))
           for name in consent.FIELDS},
    }
    rows = []
    empty = conflict_ui.empty_text()
    for name, read in fields.items():
        (their_key, their_text), (my_key, my_text) = read(theirs), read(mine)
        if their_key != my_key:
            rows.append((_label(name), _text(their_text) or empty, _text(my_text) or empty))
    return rows
