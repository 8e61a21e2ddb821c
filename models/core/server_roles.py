"""Who may read and write what on a committee server: roles, grants, row-level security (issue 25).

Installed by ``committee-desk server init`` (models/core/server_setup.py) as the database's owner,
in the same transaction as the rest of the set-up; running it again puts everything back as
written here (grants and policies not listed here are removed).

* Four NOLOGIN group roles per database, named from it (``<db>_admin``, ``<db>_organizer``,
  ``<db>_trainer``, ``<db>_caller``): roles are cluster-wide, and two committees' databases on one
  server must not share them. ``server add-user`` makes one LOGIN role per person, a member of
  one group (cli/server.py). Only the groups may connect to the database.
* Grants say which tables and columns a role may touch at all (a trainer and a caller get only
  some columns of ``people``: reading ``notes`` is refused by the database).
* Row-level security says which rows: every table that holds people or their data has it
  ENABLEd, with a policy per role (``USING`` and ``WITH CHECK``; no policy is a plain ``true``).
  Tables without it (events, call lists' names, leaflets, resolutions, tags, topics) hold the
  organizing work, not people, and are governed by grants alone.
* The owner is not subject to the policies (no FORCE): it is the admin's tool for set-up,
  ``copy`` and upgrades, never the app's everyday login. The helper functions the policies
  call (``cd_my_person()``, ``cd_my_workplaces()``, ...) run as the owner (SECURITY DEFINER, a
  fixed search_path) so they read ``logins`` and the link tables without recursing through
  other tables' policies; they answer only about the logged-in user (``session_user``).
* The audit trail's ``user`` is set by the server to the database login, whatever the app sent.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import errors
from .base import utcnow
from .errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ROLES = ("admin", "organizer", "trainer", "caller")
ROLE_NAME_MAX = 63  # PostgreSQL's identifier length (NAMEDATALEN - 1)
ALL = "SELECT, INSERT, UPDATE, DELETE"

# Columns of people a trainer and a caller may read (everything else is refused by the database).
NAME_COLUMNS = ("id", "first_name", "last_name", "preferred_name", "name_order")
# A caller also reads the consent flags (never call who said no) and may set "do not call again"
# (only set it: the policy's WITH CHECK refuses taking it back).
CALLER_PEOPLE_COLUMNS = NAME_COLUMNS + ("languages", "do_not_contact", "ok_to_call")
DO_NOT_CALL_COLUMNS = ("do_not_contact", "ok_to_call", "consent_source", "consent_date", "updated_at")
# caller_id: the app fills an unassigned entry with the caller; WITH CHECK keeps it theirs.
CALL_OUTCOME_COLUMNS = ("last_outcome", "last_called_at", "callback_at", "attempts", "caller_id")
REGISTRATION_RECORD_COLUMNS = ("status", "walk_in", "evaluation", "comment")


def role_prefix(database: str) -> str:
    """The groups' common prefix: the database's name, shortened with a hash when the longest
    group name would not fit in PostgreSQL's 63 characters (never truncated into another's)."""
    longest = max(len(role) for role in ROLES) + 1
    if len(database) + longest <= ROLE_NAME_MAX:
        return database
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{database[:ROLE_NAME_MAX - longest - 9]}_{digest}"


def group_roles(database: str) -> dict[str, str]:
    """{"admin": "<db>_admin", ...}: the four group roles of ``database``."""
    prefix = role_prefix(database)
    return {role: f"{prefix}_{role}" for role in ROLES}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# ----------------------------------------------------------------------------- helper functions
# Each answers for the logged-in person (session_user: inside SECURITY DEFINER, current_user is
# the owner). Sets of ids are read as ``x IN (SELECT cd_...())``: evaluated once per statement.
_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public"
_DEFINER_WRITES = "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public"
_IMPORTED_TABLES = "('people', 'phones', 'assessments')"
_ONLY_IMPORTED_TABLES = f"""    IF target NOT IN {_IMPORTED_TABLES} THEN
        RAISE EXCEPTION 'not a table imports write' USING ERRCODE = '42501';
    END IF;"""
HELPERS: tuple[tuple[str, str], ...] = (
    ("cd_my_person()", f"""
CREATE OR REPLACE FUNCTION cd_my_person() RETURNS integer {_DEFINER} AS $$
    SELECT person_id FROM logins WHERE name = session_user
$$"""),
    ("cd_my_committees()", f"""
CREATE OR REPLACE FUNCTION cd_my_committees() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT committee_id FROM login_committees WHERE login = session_user
$$"""),
    ("cd_my_workplaces()", f"""
CREATE OR REPLACE FUNCTION cd_my_workplaces() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT c.workplace_id FROM committees c JOIN login_committees lc ON lc.committee_id = c.id
    WHERE lc.login = session_user AND c.workplace_id IS NOT NULL
$$"""),
    ("cd_my_members()", f"""
CREATE OR REPLACE FUNCTION cd_my_members() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT m.person_id FROM committee_members m WHERE m.committee_id IN (SELECT cd_my_committees())
$$"""),
    ("cd_organized_people()", f"""
CREATE OR REPLACE FUNCTION cd_organized_people() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT p.id FROM people p WHERE p.workplace_id IN (SELECT cd_my_workplaces())
    UNION SELECT cd_my_members()
$$"""),
    ("cd_my_sessions()", f"""
CREATE OR REPLACE FUNCTION cd_my_sessions() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT session_id FROM training_session_trainers WHERE person_id = cd_my_person()
$$"""),
    ("cd_trained_people()", f"""
CREATE OR REPLACE FUNCTION cd_trained_people() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT person_id FROM training_registrations WHERE session_id IN (SELECT cd_my_sessions())
    UNION SELECT person_id FROM training_session_trainers WHERE session_id IN (SELECT cd_my_sessions())
$$"""),
    # The lists assigned to a caller: those holding entries given to them, and those of events
    # of a committee where they are an active caller (the callers the phone bank offers).
    ("cd_my_call_lists()", f"""
CREATE OR REPLACE FUNCTION cd_my_call_lists() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT list_id FROM call_list_entries WHERE caller_id = cd_my_person()
    UNION SELECT l.id FROM call_lists l JOIN event_committees ec ON ec.event_id = l.event_id
    JOIN committee_members m ON m.committee_id = ec.committee_id
    WHERE m.person_id = cd_my_person() AND m.role = 'caller' AND m.left_on IS NULL
$$"""),
    # Their own entries, and the unassigned ones of their lists (which they may claim).
    ("cd_called_people()", f"""
CREATE OR REPLACE FUNCTION cd_called_people() RETURNS SETOF integer {_DEFINER} AS $$
    SELECT person_id FROM call_list_entries WHERE caller_id = cd_my_person()
    UNION SELECT person_id FROM call_list_entries
    WHERE caller_id IS NULL AND list_id IN (SELECT cd_my_call_lists())
$$"""),
    # An import gives its new rows ids of its own (models/core/dialect.py next_free_id / ids_given):
    # the next free id is over the whole table, which row-level security hides part of, and moving
    # the id sequence needs a right on it no role has. Run as the owner, for the tables imports
    # write only; they reveal a highest id and move a sequence forward, nothing else.
    ("cd_next_id(text)", f"""
CREATE OR REPLACE FUNCTION cd_next_id(target text) RETURNS bigint {_DEFINER_WRITES} AS $$
DECLARE free_id bigint;
BEGIN
{_ONLY_IMPORTED_TABLES}
    EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', target) INTO free_id;
    RETURN free_id;
END
$$"""),
    ("cd_ids_given(text)", f"""
CREATE OR REPLACE FUNCTION cd_ids_given(target text) RETURNS void {_DEFINER_WRITES} AS $$
DECLARE seq regclass;
BEGIN
{_ONLY_IMPORTED_TABLES}
    seq := CAST(pg_get_serial_sequence(target, 'id') AS regclass);
    EXECUTE format('SELECT setval(%L, greatest((SELECT max(id) FROM %I), coalesce(pg_sequence_last_value(%L), 0), 1))',
                   seq, target, seq);
END
$$"""),
)

# A trainer adds a walk-in to THEIR session through this one door (a plain policy could not tie
# a new person to a session: the registration comes after the person). It checks the session is
# theirs, and the workplace (if any) is the place of one of their sessions; then writes the
# person, their phones, the registration (attended, walk-in) and the audit line in one go.
# The app validates and tidies the values first (models/trainings/sessions.py, add_walk_in).
WALK_IN_FUNCTION = ("cd_add_walk_in(integer, jsonb, jsonb)", """
CREATE OR REPLACE FUNCTION cd_add_walk_in(p_session integer, p_person jsonb, p_phones jsonb) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    new_id integer;
    wp integer := (p_person->>'workplace_id')::integer;
    dept integer := (p_person->>'department_id')::integer;
    sh integer := (p_person->>'shift_id')::integer;
    stamp timestamp := now() AT TIME ZONE 'utc';
BEGIN
    IF p_session IS NULL OR p_session NOT IN (SELECT cd_my_sessions()) THEN
        RAISE EXCEPTION 'not a training session of this trainer' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF wp IS NOT NULL AND wp NOT IN (SELECT place_workplace_id FROM training_sessions
                                     WHERE id IN (SELECT cd_my_sessions()) AND place_workplace_id IS NOT NULL)
       OR dept IS NOT NULL AND NOT EXISTS (SELECT 1 FROM departments WHERE id = dept AND workplace_id = wp)
       OR sh IS NOT NULL AND NOT EXISTS (SELECT 1 FROM shifts WHERE id = sh AND workplace_id = wp) THEN
        RAISE EXCEPTION 'not a workplace of this trainer''s sessions' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO people (first_name, last_name, preferred_name, name_order, email, languages, workplace_id,
                        department_id, shift_id, job_title, membership, notes, ok_to_call, ok_to_text,
                        ok_to_email, do_not_contact, consent_source, consent_date, created_at, updated_at)
    VALUES (coalesce(p_person->>'first_name', ''), coalesce(p_person->>'last_name', ''),
            coalesce(p_person->>'preferred_name', ''), coalesce(p_person->>'name_order', 'given_first'), '',
            coalesce(p_person->>'languages', ''), wp, dept, sh, '', 'non-member', '',
            (p_person->>'ok_to_call')::boolean, (p_person->>'ok_to_text')::boolean,
            (p_person->>'ok_to_email')::boolean, (p_person->>'do_not_contact')::boolean,
            coalesce(p_person->>'consent_source', ''), (p_person->>'consent_date')::timestamp, stamp, stamp)
    RETURNING id INTO new_id;
    INSERT INTO phones (person_id, position, raw, e164, label)
    SELECT new_id, (x->>'position')::integer, x->>'raw', coalesce(x->>'e164', ''), coalesce(x->>'label', '')
    FROM jsonb_array_elements(coalesce(p_phones, '[]'::jsonb)) AS x;
    INSERT INTO training_registrations (session_id, person_id, status, walk_in, comment, registered_at)
    VALUES (p_session, new_id, 'attended', TRUE, '', stamp);
    INSERT INTO audit_log (at, "user", action, kind, object_id) VALUES (stamp, session_user, 'created', 'person', new_id);
    RETURN new_id;
END
$$""")

AUDIT_TRIGGER = """
CREATE OR REPLACE FUNCTION cd_audit_user() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    NEW."user" := session_user;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS cd_audit_user ON audit_log;
CREATE TRIGGER cd_audit_user BEFORE INSERT OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION cd_audit_user()
"""


# ------------------------------------------------------------------------------------ the rules
@dataclass(frozen=True)
class Policy:
    table: str
    role: str  # one of ROLES, or "all" (the four groups)
    command: str  # ALL, SELECT, INSERT, UPDATE, DELETE
    using: str | None  # None for INSERT
    check: str | None = None  # WITH CHECK (None: same as USING, or none for SELECT/DELETE)


ADMIN = "(SELECT pg_has_role(current_user, {admin}, 'member'))"
IS_ORGANIZER = "(SELECT pg_has_role(current_user, {organizer}, 'member'))"
MY_WORKPLACES = "IN (SELECT cd_my_workplaces())"
ORGANIZED = "person_id IN (SELECT cd_organized_people())"
# An organizer's people: those of their committees' workplaces and the members of their committees
# (with or without a workplace). A new person needs one of their workplaces (a member is added after).
MY_PEOPLE = "workplace_id IN (SELECT cd_my_workplaces()) OR id IN (SELECT cd_my_members())"
MY_SESSION = "session_id IN (SELECT cd_my_sessions())"
MINE_TO_CALL = "caller_id = (SELECT cd_my_person())"
# A caller's entries: theirs, and the unassigned ones of their lists (a claim makes one theirs).
MINE_OR_CLAIMABLE = "caller_id = (SELECT cd_my_person()) OR caller_id IS NULL AND list_id IN (SELECT cd_my_call_lists())"
TRAINING_PLACES = "workplace_id IN (SELECT place_workplace_id FROM training_sessions)"

# Tables with row-level security (people or their data), and each role's rows in them.
# The admin has a policy on each: everything (checked as membership in the admin group).
PERSON_TABLES = ("phones", "person_tags", "assessments", "committee_members", "checkins", "resolution_sponsors",
                 "import_batch_people", "training_registrations", "training_followups", "training_session_trainers",
                 "call_list_entries", "calls")
RLS_TABLES = ("people", "workplaces", "committees", "departments", "shifts", "meetings", "meeting_attendance",
              "committee_tasks", "training_sessions", "audit_log", "logins", "login_committees") + PERSON_TABLES

POLICIES: tuple[Policy, ...] = (
    # organizer: the people of their committees' workplaces and everything about them
    Policy("people", "organizer", "ALL", MY_PEOPLE),
    *(Policy(table, "organizer", "ALL", ORGANIZED) for table in PERSON_TABLES),
    Policy("workplaces", "organizer", "ALL", "id " + MY_WORKPLACES),
    Policy("committees", "organizer", "ALL", "id IN (SELECT cd_my_committees())"),
    Policy("departments", "organizer", "ALL", "workplace_id " + MY_WORKPLACES),
    Policy("shifts", "organizer", "ALL", "workplace_id " + MY_WORKPLACES),
    Policy("meetings", "organizer", "ALL", "committee_id IN (SELECT cd_my_committees())"),
    Policy("committee_tasks", "organizer", "ALL", "committee_id IN (SELECT cd_my_committees())"),
    Policy("meeting_attendance", "organizer", "ALL", "meeting_id IN (SELECT id FROM meetings)"),
    Policy("training_sessions", "organizer", "ALL", IS_ORGANIZER),  # the schedule, shared by all organizers
    # trainer: their sessions, those sessions' registrations and follow-ups, the names registered
    Policy("training_sessions", "trainer", "SELECT", "id IN (SELECT cd_my_sessions())"),
    Policy("training_session_trainers", "trainer", "SELECT", MY_SESSION),
    Policy("training_registrations", "trainer", "ALL", MY_SESSION),
    Policy("training_followups", "trainer", "ALL", "registration_id IN (SELECT id FROM training_registrations)"),
    Policy("people", "trainer", "SELECT", "id IN (SELECT cd_trained_people())"),
    Policy("workplaces", "trainer", "SELECT", "id IN (SELECT place_workplace_id FROM training_sessions)"),
    Policy("departments", "trainer", "SELECT", TRAINING_PLACES),  # the walk-in form's choices
    Policy("shifts", "trainer", "SELECT", TRAINING_PLACES),
    # caller: the people on the call-list entries assigned to them; their calls
    Policy("people", "caller", "SELECT", "id IN (SELECT cd_called_people())"),
    Policy("people", "caller", "UPDATE", "id IN (SELECT cd_called_people())",
           "id IN (SELECT cd_called_people()) AND do_not_contact IS TRUE AND ok_to_call IS FALSE"),
    Policy("phones", "caller", "SELECT", "person_id IN (SELECT cd_called_people())"),
    Policy("call_list_entries", "caller", "ALL", MINE_OR_CLAIMABLE, MINE_TO_CALL),
    Policy("calls", "caller", "ALL", MINE_TO_CALL, MINE_TO_CALL + " AND person_id IN (SELECT person_id FROM "
           "call_list_entries WHERE caller_id = (SELECT cd_my_person()))"),  # claimed first, then called
    # everyone: the audit trail takes their entries (the server writes the user); their own login
    Policy("audit_log", "all", "INSERT", None, '"user" = session_user'),
    Policy("logins", "all", "SELECT", "name = session_user"),
    Policy("login_committees", "all", "SELECT", "login = session_user"),
)

# Grants per role: table -> privileges (a column list in parentheses where only some columns).
# Every group also gets USAGE on the schema and its sequences, CONNECT on the database, and
# SELECT on alembic_version and app_meta (what opening the database reads).
ORGANIZING = ("events", "event_scripts", "event_committees", "call_lists", "leaflets", "import_mappings",
              "import_batches", "resolutions", "resolution_versions", "resolution_votes")
GRANTS: dict[str, dict[str, str]] = {
    "admin": {"*": ALL, "audit_log": "SELECT, INSERT", "logins": "SELECT", "login_committees": "SELECT",
              "alembic_version": "SELECT"},
    "organizer": {
        "people": ALL, **{table: ALL for table in PERSON_TABLES},
        "workplaces": "SELECT, UPDATE", "committees": "SELECT", "departments": ALL, "shifts": ALL,
        "meetings": ALL, "committee_tasks": ALL, "meeting_attendance": ALL, "training_sessions": ALL,
        **{table: ALL for table in ORGANIZING},
        "tags": "SELECT, INSERT, UPDATE", "training_topics": "SELECT",
        "audit_log": "INSERT", "logins": "SELECT", "login_committees": "SELECT",
    },
    "trainer": {
        "people": f"SELECT ({', '.join(NAME_COLUMNS)})",
        "training_sessions": "SELECT", "training_session_trainers": "SELECT", "training_topics": "SELECT",
        "training_registrations": f"SELECT, INSERT, UPDATE ({', '.join(REGISTRATION_RECORD_COLUMNS)})",
        "training_followups": ALL, "workplaces": "SELECT", "departments": "SELECT", "shifts": "SELECT",
        "audit_log": "INSERT", "logins": "SELECT", "login_committees": "SELECT",
    },
    "caller": {
        "people": f"SELECT ({', '.join(CALLER_PEOPLE_COLUMNS)}), UPDATE ({', '.join(DO_NOT_CALL_COLUMNS)})",
        "phones": "SELECT",
        "call_list_entries": f"SELECT, UPDATE ({', '.join(CALL_OUTCOME_COLUMNS)})", "calls": "SELECT, INSERT",
        "call_lists": "SELECT", "events": "SELECT", "event_scripts": "SELECT", "event_committees": "SELECT",
        "audit_log": "INSERT", "logins": "SELECT", "login_committees": "SELECT",
    },
}
EVERYONE_READS = ("alembic_version", "app_meta")


# ------------------------------------------------------------------------------------- install
def _grant_statements(privileges: str, table: str, group: str) -> list[str]:
    """``SELECT, UPDATE (a, b)`` -> a GRANT per part (a column list binds to the part before it)."""
    statements = []
    for part in _split_privileges(privileges):
        if "(" in part:
            name, columns = part.split("(", 1)
            cols = ", ".join(quote_ident(c.strip()) for c in columns.rstrip(")").split(","))
            statements.append(f"GRANT {name.strip()} ({cols}) ON {quote_ident(table)} TO {quote_ident(group)}")
        else:
            statements.append(f"GRANT {part} ON {quote_ident(table)} TO {quote_ident(group)}")
    return statements


def _split_privileges(privileges: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in privileges:
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def statements(database: str, tables: dict[str, list[str]]) -> list[str]:
    """Every statement that installs the rules on ``database``, whose tables (name -> columns)
    are ``tables``; idempotent (what was there before is revoked or dropped first)."""
    groups = group_roles(database)
    quoted = {role: quote_ident(name) for role, name in groups.items()}
    all_groups = ", ".join(quoted.values())
    literals = {role: quote_literal(name) for role, name in groups.items()}
    db = quote_ident(database)
    out: list[str] = [
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {all_groups}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {all_groups}",
        # start from nothing: tables, their columns, sequences
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {all_groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {all_groups}",
    ]
    for table, columns in sorted(tables.items()):
        cols = ", ".join(quote_ident(c) for c in columns)
        out.append(f"REVOKE ALL ({cols}) ON {quote_ident(table)} FROM PUBLIC, {all_groups}")
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {all_groups}")
    for table in EVERYONE_READS:
        out.append(f"GRANT SELECT ON {quote_ident(table)} TO {all_groups}")
    for role, grants in GRANTS.items():
        if "*" in grants:  # every table, some with less
            grants = {table: grants.get(table, grants["*"]) for table in tables}
        for table, privileges in grants.items():
            if table in tables:
                out.extend(_grant_statements(privileges, table, groups[role]))
    # helper functions: run as the owner, callable by the four groups only
    for signature, body in HELPERS:
        out.append(body.strip())
        out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {all_groups}")
    signature, body = WALK_IN_FUNCTION  # the trainers' only
    out.append(body.strip())
    out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {quoted['trainer']}")
    out.append(AUDIT_TRIGGER.strip())
    # row-level security
    for table in RLS_TABLES:
        out.append(f"ALTER TABLE {quote_ident(table)} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {quote_ident(table)} NO FORCE ROW LEVEL SECURITY")
        admin = ADMIN.format(**literals)
        command = "SELECT" if table in ("logins", "login_committees") else "ALL"
        check = "" if command == "SELECT" else f" WITH CHECK ({admin})"
        out.append(f"CREATE POLICY cd_admin ON {quote_ident(table)} AS PERMISSIVE FOR {command} TO {quoted['admin']} "
                   f"USING ({admin}){check}")
    for policy in POLICIES:
        out.append(_policy_statement(policy, quoted, all_groups, literals))
    return out


def _policy_statement(policy: Policy, quoted: dict[str, str], all_groups: str, literals: dict[str, str]) -> str:
    to = all_groups if policy.role == "all" else quoted[policy.role]
    name = f"cd_{policy.role}_{policy.command.lower()}"
    sql = f"CREATE POLICY {name} ON {quote_ident(policy.table)} AS PERMISSIVE FOR {policy.command} TO {to}"
    if policy.using is not None:
        sql += f" USING ({policy.using.format(**literals)})"
    check = policy.check if policy.check is not None else (policy.using if policy.command in ("ALL", "UPDATE") else None)
    if check is not None and policy.command != "SELECT" and policy.command != "DELETE":
        sql += f" WITH CHECK ({check.format(**literals)})"
    return sql


def install(conn) -> dict[str, str]:
    """Install (or put back) the roles, grants and policies, on ``conn``: a psycopg connection of
    the database's owner, inside the caller's transaction. Returns the group roles by role."""
    database, is_owner = conn.execute(
        "SELECT current_database(), pg_get_userbyid(datdba) = current_user FROM pg_database "
        "WHERE datname = current_database()").fetchone()
    if not is_owner:
        raise errors.PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "The server is set up by the database's owner."),
            QT_TRANSLATE_NOOP("Errors", "Use the owner's login in the address (the one the database was created for)."))
    groups = group_roles(database)
    existing = {row[0] for row in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                               (list(groups.values()),))}
    for name in groups.values():
        if name not in existing:
            conn.execute(f"CREATE ROLE {quote_ident(name)} NOLOGIN INHERIT")
    tables: dict[str, list[str]] = {}
    for table, column in conn.execute(
            "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname, a.attnum"):
        tables.setdefault(table, []).append(column)
    for table, policy in conn.execute("SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public'").fetchall():
        if policy.startswith("cd_"):
            conn.execute(f"DROP POLICY {quote_ident(policy)} ON {quote_ident(table)}")
    for statement in statements(database, tables):
        conn.execute(statement)
    return groups


# ------------------------------------------------------------------------------------- logins
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class LoginInfo:
    name: str
    role: str
    person_id: int | None
    committees: tuple[str, ...] = ()  # names (list_logins)
    committee_ids: tuple[int, ...] = ()


def check_login_name(name: str, database: str) -> None:
    """Lowercase letters, digits and _ (not first a digit), at most 63, not a name PostgreSQL or
    this database's groups use; raises errors.UserError otherwise."""
    if not LOGIN_NAME.fullmatch(name or ""):
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "A login name is lowercase letters, digits and _ (at most 63, not starting with a digit)."),
            QT_TRANSLATE_NOOP("Errors", "For example: rosa_m. Nothing was changed."),
        )
    if name.startswith("pg_") or name in group_roles(database).values() or name == "public":
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "That login name is reserved."),
            QT_TRANSLATE_NOOP("Errors", "Choose another one. Nothing was changed."),
        )


def _raw(conn):
    """The psycopg connection under a SQLAlchemy one (statements here carry no ``?``)."""
    return conn.connection.driver_connection


def add_login(db, name: str, role: str, password: str, committee_ids: Sequence[int] = (),
              person_id: int | None = None) -> None:
    """A new LOGIN role ``name`` (its password sent as a SCRAM verifier computed here: the
    password itself never reaches the server or a log), a member of the database's ``role``
    group, with its ``logins`` row and, for an organizer, its committees. ``db``: a
    ServerDatabase opened as the database's owner. One transaction."""
    if role not in ROLES:
        raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The role must be admin, organizer, trainer or caller."))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The password must be at least {n} characters long."),
            QT_TRANSLATE_NOOP("Errors", "Nothing was changed."), n=MIN_PASSWORD_LENGTH)
    with db.engine.begin() as conn:
        raw = _raw(conn)
        database = raw.execute("SELECT current_database()").fetchone()[0]
        check_login_name(name, database)
        groups = group_roles(database)
        if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "A login with that name already exists on this server."),
                QT_TRANSLATE_NOOP("Errors", "Logins are shared by every database on the server: choose another name."))
        if not raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (groups[role],)).fetchone():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "This database has not been set up for Committee Desk's roles."),
                QT_TRANSLATE_NOOP("Errors", "The server's owner sets it up with: committee-desk server init --db ADDRESS"))
        if person_id is not None and not raw.execute("SELECT 1 FROM people WHERE id = %s", (person_id,)).fetchone():
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "No person with that id."),
                                   QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list people --db ADDRESS"))
        for committee in committee_ids:
            if not raw.execute("SELECT 1 FROM committees WHERE id = %s", (committee,)).fetchone():
                raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "No committee with that id."),
                                       QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list committees --db ADDRESS"))
        verifier = raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
        raw.execute(f"CREATE ROLE {quote_ident(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
                    f"PASSWORD {quote_literal(verifier)} IN ROLE {quote_ident(groups[role])}")
        raw.execute("INSERT INTO logins (name, role, person_id, created_at) VALUES (%s, %s, %s, %s)",
                    (name, role, person_id, utcnow()))
        for committee in dict.fromkeys(committee_ids):
            raw.execute("INSERT INTO login_committees (login, committee_id) VALUES (%s, %s)", (name, committee))
    log.info("login added (role %s)", role)


def list_logins(db) -> list[LoginInfo]:
    """Every login of this database: name, role, person, committees' names (no passwords)."""
    with db.engine.connect() as conn:
        raw = _raw(conn)
        rows = raw.execute(
            "SELECT l.name, l.role, l.person_id, coalesce(array_agg(c.name ORDER BY c.name) "
            "FILTER (WHERE c.name IS NOT NULL), '{}'), coalesce(array_agg(c.id ORDER BY c.id) "
            "FILTER (WHERE c.id IS NOT NULL), '{}') FROM logins l "
            "LEFT JOIN login_committees lc ON lc.login = l.name LEFT JOIN committees c ON c.id = lc.committee_id "
            "GROUP BY l.name, l.role, l.person_id ORDER BY l.name").fetchall()
        conn.rollback()
    return [LoginInfo(name, role, person, tuple(names), tuple(ids)) for name, role, person, names, ids in rows]


def remove_login(db, name: str) -> None:
    """Drop the login ``name`` (one that ``add_login`` made for this database) and its rows."""
    with db.engine.begin() as conn:
        raw = _raw(conn)
        if not raw.execute("SELECT 1 FROM logins WHERE name = %s", (name,)).fetchone():
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "This database has no login with that name."),
                                   QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk server list-users --db ADDRESS"))
        raw.execute("DELETE FROM logins WHERE name = %s", (name,))
        if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raw.execute(f"DROP ROLE {quote_ident(name)}")
    log.info("login removed")


def my_login(db) -> LoginInfo | None:
    """Who ``db`` is logged in as: the role, person and committees of its ``logins`` row (each
    login reads its own); None for a login that has none (the database's owner). For the app, to
    hide what the role cannot do (the database refuses it anyway)."""
    with db.engine.connect() as conn:
        raw = _raw(conn)
        row = raw.execute("SELECT name, role, person_id FROM logins WHERE name = session_user").fetchone()
        committees = tuple(r[0] for r in raw.execute(
            "SELECT committee_id FROM login_committees WHERE login = session_user ORDER BY committee_id"))
        conn.rollback()
    if row is None:
        return None
    return LoginInfo(row[0], row[1], row[2], committee_ids=committees)
