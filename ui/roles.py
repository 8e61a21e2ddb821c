"""What each role sees in the app window: the ONE table of it (issue 25).

The role comes from models/core/server_session.py (``current_role``): "owner" for an encrypted
file and for the server database's owner, else the login's role. The sections are those of
models/features.py (their ``SectionSpec.key``). The app only hides what a role cannot do, so
nobody meets a page that would fail; the committee server refuses it anyway (grants and
row-level security, models/core/server_roles.py), and a refusal shows as a plain message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

EVERYTHING = "*"

# role -> the sidebar sections it sees
SECTIONS: dict[str, frozenset[str] | str] = {
    "owner": EVERYTHING,
    "admin": EVERYTHING,
    # An organizer works the people of their committees' workplaces: they import their people too.
    "organizer": frozenset({"roster", "workplaces", "committees", "resolutions", "mobilizations", "leaflets", "imports"}),
    "trainer": frozenset({"trainings"}),
    "caller": frozenset({"mobilizations"}),  # the phone bank only (see ACTIONS)
    "": frozenset(),  # a login with no role yet: nothing
}

# role -> what it may do beyond seeing its sections
ACTIONS: dict[str, frozenset[str] | str] = {
    "owner": EVERYTHING,
    "admin": EVERYTHING,
    "organizer": frozenset({"plan_events", "plan_trainings", "person_details"}),
    "trainer": frozenset({"person_without_workplace"}),  # a walk-in to their session (cd_add_walk_in)
    "caller": frozenset(),
    "": frozenset(),
}
# The actions: "audit_trail" (read everyone's history), "plan_events" (events, call lists,
# check-in, turnout, the phone tree: a caller only calls, in the phone bank, as themselves),
# "plan_trainings" (sessions, registering people from the roster, the trainings' reports, the
# trainer log, coverage, topics: a trainer runs their own sessions' attendance),
# "person_without_workplace" (add a person with no workplace: an organizer's new person needs
# one of their committees' workplaces, else their own login could not see them),
# "person_details" (workplace, assessment, past events on the phone bank's card: a caller reads
# only the name, phones and languages of the people on their lists).


def sees(role: str, section: str) -> bool:
    allowed = SECTIONS.get(role, frozenset())
    return allowed == EVERYTHING or section in allowed


def may(role: str, action: str) -> bool:
    allowed = ACTIONS.get(role, frozenset())
    return allowed == EVERYTHING or action in allowed


def role_name(role: str) -> str:
    """The role as the status bar says it."""
    names = {
        "owner": QCoreApplication.translate("Roles", "owner"),
        "admin": QCoreApplication.translate("Roles", "admin"),
        "organizer": QCoreApplication.translate("Roles", "organizer"),
        "trainer": QCoreApplication.translate("Roles", "trainer"),
        "caller": QCoreApplication.translate("Roles", "caller"),
    }
    return names.get(role, QCoreApplication.translate("Roles", "no role"))
