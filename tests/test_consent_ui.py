"""Consent yes / no / unknown on screen (issue 20 item 3), the new person fields in the editor, the
phone country in Preferences, and how call lists and the phone bank treat unknown consent.
Every control is pressed as a person would."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from models.roster import consent
from models.mobilization import operations as mob
from models.roster.people import PersonInput, PhoneInput, create_person, get_person
from models.core.text import default_region, set_default_region
from tests.conftest import type_text


@pytest.fixture(autouse=True)
def us_numbers():
    set_default_region("US")
    yield
    set_default_region("US")


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _radio(dialog, name: str) -> QRadioButton:
    button = dialog.findChild(QRadioButton, name)
    assert button is not None, name
    return button


def _editor(qtbot, context, person_id=None, first: str = ""):
    """The person editor, shown; for a new person with ``first`` typed as the first name."""
    from ui.roster.person_editor import PersonDialog

    dialog = PersonDialog(context, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    if first:
        type_text(qtbot, dialog.first, first)
    return dialog


def _save(qtbot, dialog) -> None:
    _click(qtbot, dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save))


def test_a_new_person_starts_with_unknown_consent_and_saves_what_is_pressed(qtbot, context):
    dialog = _editor(qtbot, context)
    # Nothing is pre-chosen as yes: every field starts at Unknown.
    for prefix in ("okToCall", "okToText", "okToEmail", "doNotContact"):
        assert _radio(dialog, prefix + "Unknown").isChecked()
        assert not _radio(dialog, prefix + "Yes").isChecked()
    source = dialog.findChild(object, "consentSource")
    assert "Nobody has recorded an answer yet" in source.text()
    type_text(qtbot, dialog.first, "Rosa")
    type_text(qtbot, dialog.last, "Parra")
    _click(qtbot, _radio(dialog, "okToCallYes"))
    _click(qtbot, _radio(dialog, "okToTextNo"))
    assert "Will be recorded as entered by hand" in source.text()
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    data = get_person(context.db, dialog.person_id).data
    assert (data.ok_to_call, data.ok_to_text, data.ok_to_email, data.do_not_contact) == (True, False, None, None)
    assert data.consent_source == consent.BY_HAND and data.consent_date is not None


def test_a_person_saved_without_touching_consent_stays_unknown(qtbot, context):
    dialog = _editor(qtbot, context, first="Luz")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    data = get_person(context.db, dialog.person_id).data
    assert data.consent_values() == (None, None, None, None)
    assert data.consent_source == "" and data.consent_date is None


def test_the_editor_shows_where_consent_came_from_and_changing_it_records_by_hand(qtbot, context):
    pid = create_person(context.db, PersonInput(first_name="Ana", ok_to_call=True, ok_to_text=True),
                        consent_source=consent.import_source("members.csv"))
    dialog = _editor(qtbot, context, pid)
    source = dialog.findChild(object, "consentSource")
    assert "import of members.csv" in source.text() and date.today().isoformat()[:4] in source.text()
    assert _radio(dialog, "okToTextYes").isChecked()
    _click(qtbot, _radio(dialog, "okToTextUnknown"))  # they want to be asked again
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    data = get_person(context.db, pid).data
    assert (data.ok_to_call, data.ok_to_text) == (True, None)
    assert data.consent_source == consent.BY_HAND


def test_values_from_before_sources_were_kept_say_so(qtbot, context):
    pid = create_person(context.db, PersonInput(first_name="Old"))
    with context.db.write() as s:  # as migration 0013 leaves a person an old version saved
        s.connection().exec_driver_sql("UPDATE people SET ok_to_call = TRUE, ok_to_text = TRUE, do_not_contact = FALSE")
    dialog = _editor(qtbot, context, pid)
    assert "was not recorded" in dialog.findChild(object, "consentSource").text()


def test_address_ids_second_email_and_hire_date_are_typed_and_saved(qtbot, context):
    dialog = _editor(qtbot, context, first="María")
    for name, text in (("street", "1200 W Fulton St"), ("city", "Chicago"), ("region", "IL"),
                       ("postal_code", "60607"), ("country", "US")):
        type_text(qtbot, dialog.address[name], text)
    type_text(qtbot, dialog.external_id, "E-00123")
    type_text(qtbot, dialog.email2, "maria.home@example.org")
    type_text(qtbot, dialog.hire_date, "2019-04-01")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    data = get_person(context.db, dialog.person_id).data
    assert (data.street, data.city, data.region, data.postal_code, data.country) == \
        ("1200 W Fulton St", "Chicago", "IL", "60607", "US")
    assert (data.external_id, data.email2, data.hire_date) == ("E-00123", "maria.home@example.org", date(2019, 4, 1))
    again = _editor(qtbot, context, dialog.person_id)
    assert again.address["city"].text() == "Chicago" and again.hire_date.text() == "2019-04-01"


def test_a_hire_date_that_is_not_a_date_is_said_and_blocks_saving(qtbot, context):
    dialog = _editor(qtbot, context, first="Iris")
    type_text(qtbot, dialog.hire_date, "last spring")
    assert dialog.hire_date_error.isVisible()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    dialog.hire_date.clear()
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_person(context.db, dialog.person_id).data.hire_date is None


def test_a_bad_second_email_blocks_saving_like_the_first(qtbot, context):
    dialog = _editor(qtbot, context, first="Eva")
    type_text(qtbot, dialog.email2, "not an address")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.email2_error.isVisible()


def test_an_unreadable_phone_is_warned_about_and_kept_as_typed(qtbot, context):
    dialog = _editor(qtbot, context, first="Tomás")
    row = dialog.phone_rows[0]
    type_text(qtbot, row.number, "612 345 67")  # 8 digits: no number in the US
    assert row.error.isVisible() and "United States" in row.error.text() and "kept as" in row.error.text()
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with context.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT raw, e164 FROM phones").all() == [("612 345 67", "")]
    again = _editor(qtbot, context, dialog.person_id)
    assert again.phone_rows[0].error.isVisible()  # flagged when the person is opened again


def test_walk_in_consent_is_unknown_unless_asked(qtbot, context):
    from tests.test_walk_in_ui import save, when_shown
    from ui.widgets.walk_in import WalkInDialog

    dialog = WalkInDialog(context, lambda data: mob.add_walk_in(context.db, event_id, data))
    event_id = mob.save_event(context.db, mob.EventInput(name="Rally", kind="rally", starts_at=datetime(2030, 5, 1)))
    qtbot.addWidget(dialog)
    seen = {}

    def fill(shown) -> None:
        seen["unknown"] = _radio(shown, "okToCallUnknown").isChecked() and _radio(shown, "okToTextUnknown").isChecked()
        seen["email"] = shown.findChild(QRadioButton, "okToEmailYes")  # call and text only at the door
        type_text(qtbot, shown.first, "Nadia")
        _click(qtbot, _radio(shown, "okToTextYes"))
        seen["source"] = shown.findChild(object, "consentSource").text()
        save(qtbot, shown)

    when_shown(qtbot, [fill])
    pid = dialog.run()
    assert seen["unknown"] and seen["email"] is None and "walk-in" in seen["source"]
    data = get_person(context.db, pid).data
    assert (data.ok_to_call, data.ok_to_text, data.consent_source) == (None, True, consent.WALK_IN)


def test_preferences_choose_the_country_of_phone_numbers(qtbot, context):
    from ui.safety.page import PreferencesDialog

    dialog = PreferencesDialog(context.settings, context.db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(object, "prefPhoneRegion")
    assert combo.currentData() == "US"
    combo.setFocus()
    qtbot.keyClicks(combo, "Mexico")  # typing a name picks it, as in the open list
    assert combo.currentData() == "MX"
    dialog.accepted.connect(dialog.save)  # (as the main window does with an accepted dialog)
    _click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert context.settings.phone_region == "MX" and default_region() == "MX"
    pid = create_person(context.db, PersonInput(first_name="Lupe", phones=[PhoneInput("55 1234 5678")]))
    with context.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT e164 FROM phones WHERE person_id = ?", (pid,)).scalar() == "+525512345678"


# ------------------------------------------------------------------ call lists and phone bank
@pytest.fixture
def event(db):
    ids = {}
    for name, call in (("Sí", True), ("No", False), ("Nadie", None)):
        ids[name] = create_person(db, PersonInput(first_name=name, last_name="Prueba", ok_to_call=call,
                                                  phones=[PhoneInput(f"(773) 555-01{len(ids):02d}")]))
    event_id = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    return dict(ids=ids, event=event_id)


def test_the_call_list_builder_leaves_unknown_out_and_says_so_or_includes_them_marked(qtbot, context, event):
    from ui.mobilization.page import CallListWidget

    panel = CallListWidget(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_event(event["event"])
    assert "1 can be called" in panel.counts.text()
    assert "consent to call unknown" in panel.counts.text()  # its own reason, never counted as yes
    assert "unknown are left out" in panel.counts.text()
    box = panel.findChild(object, "includeConsentUnknown")
    _click(qtbot, box)
    assert box.isChecked() and "2 can be called" in panel.counts.text()
    assert "1 of them with unknown consent" in panel.counts.text()
    _click(qtbot, panel.findChild(object, "buildCallList"))
    rows = mob.list_entries(context.db, panel.current_list())
    assert {r.person_id: r.consent_unknown for r in rows} == {event["ids"]["Sí"]: False, event["ids"]["Nadie"]: True}
    marked = [panel.model.index(r, len(panel.model.columns) - 1).data() for r in range(panel.model.rowCount())]
    assert sorted(marked) == ["", "consent unknown"]


def test_the_phone_bank_says_when_consent_is_unknown(qtbot, context, event):
    from ui.mobilization.phonebank import PhoneBankWidget

    list_id = mob.create_call_list(context.db, event["event"], "Todos",
                                   mob.ListCriteria(include_consent_unknown=True)).list_id
    widget = PhoneBankWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_event(event["event"])
    note = widget.findChild(object, "phoneBankConsent")
    seen = {}
    for _ in range(2):
        seen[widget.card.person_id] = note.isVisible()
        _click(qtbot, widget.skip_button)
    assert seen == {event["ids"]["Sí"]: False, event["ids"]["Nadie"]: True}
    assert list_id is not None


def test_the_import_wizard_says_what_it_does_with_consent(qtbot, context, tmp_path):
    from tests.test_import_ui import go_next, sample_file
    from ui.importing import wizard as ui_imports

    wizard = ui_imports.ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(sample_file(tmp_path)))
    page.load(page.path_edit.text())
    qtbot.waitUntil(page.isComplete, timeout=15000)
    go_next(qtbot, wizard)
    mapping_page = wizard.mapping_page
    line = mapping_page.findChild(object, "consentLine")
    assert "keeps consent unknown" in line.text()  # the file says nothing: nothing is assumed
    odd = mapping_page.combos[4]  # "Cosa rara": the person says it is a do-not-call column
    odd.setFocus()
    qtbot.keyClicks(odd, "Do")  # typing picks the first field so named
    assert odd.currentData() == "do_not_call"
    assert "Consent from: Do not call" in line.text() and "never overwritten" in line.text()
