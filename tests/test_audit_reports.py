"""Prints and reports leave an entry in the audit trail (codes only, no personal data)."""

from __future__ import annotations

from models.core import audit
from models.mobilization import operations as mobilization
from models.roster import people as roster
from reports.mobilization.call_sheets import write_call_sheets
from reports.mobilization.workbook import write_turnout


def test_printing_and_reports_are_audited(demo_db, tmp_path):
    audit.set_default_user("Rosa")
    try:
        event = mobilization.list_events(demo_db)[0]
        write_call_sheets(demo_db, event.id, tmp_path / "calls.pdf")
        write_turnout(demo_db, [event.id], tmp_path / "turnout.xlsx")
    finally:
        audit.set_default_user("")
    printed = audit.entries(demo_db, action="printed", kind="call-sheets")
    exported = audit.entries(demo_db, action="exported", kind="turnout")
    # On a committee server the audit user is the database login, whatever the app says.
    assert len(printed) == 1 and printed[0].user == (demo_db.user if demo_db.is_server else "Rosa")
    assert len(exported) == 1
    # The entries hold codes and counts, never a name from the roster.
    some_name = roster.get_person(demo_db, 1).data.last_name
    for row in audit.entries(demo_db):
        assert some_name not in f"{row.action} {row.kind} {row.user}"
