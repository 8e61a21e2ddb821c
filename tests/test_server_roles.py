"""Access on a committee server is the database's business (issue 25, items 2, 3 and 6).

One fresh database per module, set up with ``committee-desk server init`` as its owner, with a
small committee of known rows; one login per role made with ``committee-desk server add-user``
(in-process, the new password on standard input). Then each role CONNECTS WITH ITS OWN LOGIN
(plain psycopg: what any program could do with that password, not what the app chooses to
show) and tries to read and write. Skips, saying why, when no PostgreSQL can be started here."""

from __future__ import annotations

import os
from datetime import datetime
from unittest import mock

import pytest

psycopg = pytest.importorskip("psycopg")

from cli_in_process import run_in_process  # noqa: E402
from models.core import server_roles  # noqa: E402

PASSWORDS = {"ana_admin": "admin password 1", "olga_org": "organizer password 2",
             "tomas_trainer": "trainer password 3", "cata_caller": "caller password 4"}


def _cli(home, owner_password, *args, stdin=None):
    with mock.patch.dict(os.environ, {"COMMITTEE_DESK_PASSWORD": owner_password}):
        return run_in_process(*args, passphrase=None, home=home, stdin=stdin)


def _fill(session):
    """Known rows: two committees on two workplaces, a third workplace; people in each; a
    committee member with no workplace; a training with its trainer; a call list with some
    entries for the caller (and one unassigned); a list of another event (not the caller's),
    and one of an event of the committee where the caller is a caller (theirs to claim from)."""
    from models.core.entities import Committee, CommitteeMember, Person, Phone, Workplace
    from models.mobilization.tables import CallList, CallListEntry, Event, EventCommittee
    from models.trainings.sessions import TrainingRegistration, TrainingSession, TrainingSessionTrainer, TrainingTopic

    w1, w2, w3 = (Workplace(name=f"Plant {n}") for n in (1, 2, 3))
    session.add_all([w1, w2, w3])
    session.flush()
    c1, c2 = Committee(name="Plant 1 committee", workplace_id=w1.id), Committee(name="Plant 2 committee", workplace_id=w2.id)
    session.add_all([c1, c2])
    people = {}
    for key, workplace in (("a1", w1), ("a2", w1), ("a3", w1), ("b1", w2), ("b2", w2), ("c1", w3), ("c2", w3),
                           ("trainer", w3), ("caller", w2), ("member", None)):
        person = Person(first_name=key.title(), last_name="Test", languages="es,en",
                        workplace_id=workplace.id if workplace else None,
                        notes=f"private note about {key}", assessment=3)
        person.phones.append(Phone(raw="555-0100", e164="+15550100"))
        session.add(person)
        people[key] = person
    session.flush()
    topic = TrainingTopic(name="Know your rights (roles test)")
    session.add(topic)
    session.flush()
    mine, other = (TrainingSession(topic_id=topic.id, starts_at=datetime(2026, 12, d, 18)) for d in (10, 11))
    session.add_all([mine, other])
    session.flush()
    session.add(TrainingSessionTrainer(session_id=mine.id, person_id=people["trainer"].id))
    for key in ("a1", "b1"):
        session.add(TrainingRegistration(session_id=mine.id, person_id=people[key].id))
    session.add(TrainingRegistration(session_id=other.id, person_id=people["c1"].id))
    event = Event(name="Roles test rally")
    session.add(event)
    session.flush()
    call_list = CallList(event_id=event.id, name="Roles test list")
    session.add(call_list)
    session.flush()
    for position, (key, caller) in enumerate((("a2", "caller"), ("c2", "caller"), ("b2", None), ("a3", "trainer"))):
        session.add(CallListEntry(list_id=call_list.id, person_id=people[key].id, position=position,
                                  caller_id=people[caller].id if caller else None))
    session.add_all([CommitteeMember(committee_id=c1.id, person_id=people["member"].id, role="member"),
                     CommitteeMember(committee_id=c2.id, person_id=people["caller"].id, role="caller")])
    elsewhere, plant2 = Event(name="Roles test other rally"), Event(name="Roles test Plant 2 rally")
    session.add_all([elsewhere, plant2])
    session.flush()
    session.add(EventCommittee(event_id=plant2.id, committee_id=c2.id))
    other_list, plant2_list = (CallList(event_id=e.id, name=e.name) for e in (elsewhere, plant2))
    session.add_all([other_list, plant2_list])
    session.flush()
    session.add_all([CallListEntry(list_id=other_list.id, person_id=people["b1"].id, position=0),
                     CallListEntry(list_id=plant2_list.id, person_id=people["c1"].id, position=0)])
    session.flush()
    return {"ids": {k: p.id for k, p in people.items()}, "workplaces": (w1.id, w2.id, w3.id),
            "committees": (c1.id, c2.id), "sessions": (mine.id, other.id), "event": event.id,
            "lists": (call_list.id, other_list.id, plant2_list.id)}


@pytest.fixture(scope="module")
def committee(pg_server, tmp_path_factory):
    """A database set up by ``server init``, filled, with a login per role made by add-user."""
    from models.core.server import ServerDatabase

    home = tmp_path_factory.mktemp("home")
    name, owner, owner_password = pg_server.new_database()
    pg_server.execute(f'ALTER ROLE "{owner}" SET log_statement = \'all\'')  # the server logs every statement of the owner
    address = pg_server.address(owner, name)
    done = _cli(home, owner_password, "server", "init", "--db", address, "--organization", "Roles test")
    assert done.returncode == 0, done.stderr
    db = ServerDatabase.open(address, owner_password, listen=False)
    try:
        # The demo on PostgreSQL is being ported by another branch; these tests use rows of their own.
        with db.write() as s:
            known = _fill(s)
    finally:
        db.close()
    ids = known["ids"]
    for login, args in (("ana_admin", ["--role", "admin"]),
                        ("olga_org", ["--role", "organizer", "--committee", "Plant 1 committee"]),
                        ("tomas_trainer", ["--role", "trainer", "--person", str(ids["trainer"])]),
                        ("cata_caller", ["--role", "caller", "--person", str(ids["caller"])])):
        done = _cli(home, owner_password, "server", "add-user", login, *args, "--password-stdin", "--db", address,
                    stdin=PASSWORDS[login] + "\n")
        assert done.returncode == 0, done.stderr
        assert PASSWORDS[login] not in done.stdout + done.stderr
    return {"name": name, "owner": owner, "owner_password": owner_password, "address": address, "home": home,
            **known}


def connect(pg_server, committee, login):
    return psycopg.connect(pg_server.url(login, PASSWORDS[login], committee["name"]), autocommit=True)


def ids_seen(conn, sql="SELECT id FROM people"):
    return {row[0] for row in conn.execute(sql)}


NEW_PERSON = ("INSERT INTO people (first_name, last_name, preferred_name, email, languages, job_title, membership, "
              "notes, created_at, updated_at, workplace_id) VALUES (%s, 'Hire', '', '', '', '', 'non-member', '', now(), "
              "now(), %s)")
NEW_PHONE = "INSERT INTO phones (person_id, position, raw, e164, label) VALUES (%s, 0, '555-0199', '', '')"


def refused(conn, sql, params=()):
    """The statement fails with the database's own refusal (permission or row security)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql, params)


# ------------------------------------------------------------------------------ the set-up
def test_groups_are_named_from_the_database_and_cannot_log_in(pg_server, committee):
    groups = server_roles.group_roles(committee["name"])
    with psycopg.connect(pg_server.superuser_url(committee["name"])) as conn:
        rows = dict(conn.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)",
                                 (list(groups.values()),)).fetchall())
        assert rows == {name: False for name in groups.values()}
        member_of = dict(conn.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolname = ANY(%s)", (list(PASSWORDS),)).fetchall())
        assert member_of == {"ana_admin": groups["admin"], "olga_org": groups["organizer"],
                             "tomas_trainer": groups["trainer"], "cata_caller": groups["caller"]}
        super_or_create = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s) AND "
                                       "(rolsuper OR rolcreaterole OR rolcreatedb)", (list(PASSWORDS),)).fetchone()[0]
        assert super_or_create == 0
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'olga_org'").fetchone()[0]
        assert stored.startswith("SCRAM-SHA-256$")
    assert len(server_roles.group_roles("x" * 63)["organizer"]) <= 63
    assert server_roles.group_roles("x" * 63)["admin"] != server_roles.group_roles("x" * 62 + "y")["admin"]


def test_no_password_reaches_the_servers_log(pg_server, committee):
    """add-user sends a SCRAM verifier, never the password: even a server logging every
    statement never sees it."""
    log = (pg_server.folder / "log").read_text(errors="replace")
    assert "CREATE ROLE" in log and "SCRAM-SHA-256$" in log
    for password in PASSWORDS.values():
        assert password not in log


def test_every_table_with_people_has_row_security_and_no_policy_is_true(pg_server, committee):
    with psycopg.connect(pg_server.superuser_url(committee["name"])) as conn:
        enabled = {row[0] for row in conn.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = 'public'::regnamespace")}
        policies = conn.execute("SELECT tablename, policyname, qual, with_check, cmd FROM pg_policies").fetchall()
        person_columns = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND "
            "column_name IN ('person_id', 'caller_id', 'owner_person_id')")}
    assert person_columns | {"people", "logins", "login_committees", "audit_log"} <= enabled
    for table, name, qual, check, cmd in policies:
        for expression in (qual, check):
            assert expression is None or expression.strip("() ").lower() != "true", (table, name)
        if cmd in ("ALL", "UPDATE"):
            assert qual and check, (table, name)
    assert {table for table, *_ in policies} == enabled


def test_only_the_owner_sets_the_server_up(pg_server, committee):
    done = _cli(committee["home"], PASSWORDS["ana_admin"], "server", "init",
                "--db", pg_server.address("ana_admin", committee["name"]))
    assert done.returncode == 2 and ("owner" in done.stderr or "does not allow" in done.stderr)


def test_the_rules_name_only_real_tables():
    from models.core import tables  # noqa: F401
    from models.core.base import Base

    known = set(Base.metadata.tables) | {"alembic_version"}
    named = {p.table for p in server_roles.POLICIES} | set(server_roles.RLS_TABLES)
    named |= {t for grants in server_roles.GRANTS.values() for t in grants if t != "*"}
    assert named <= known


def test_running_init_again_keeps_the_same_rules(pg_server, committee):
    def snapshot():
        with psycopg.connect(pg_server.superuser_url(committee["name"])) as conn:
            return (sorted(conn.execute("SELECT tablename, policyname, roles::text, qual, with_check FROM pg_policies")),
                    sorted(conn.execute("SELECT grantee, table_name, privilege_type FROM information_schema.table_privileges "
                                        "WHERE table_schema = 'public'")),
                    sorted(conn.execute("SELECT grantee, table_name, column_name, privilege_type FROM "
                                        "information_schema.column_privileges WHERE table_schema = 'public'")))

    before = snapshot()
    done = _cli(committee["home"], committee["owner_password"], "server", "init", "--db", committee["address"])
    assert done.returncode == 0, done.stderr
    assert snapshot() == before


# ------------------------------------------------------------------------------- each role
def test_admin_sees_everyone(pg_server, committee):
    with connect(pg_server, committee, "ana_admin") as conn:
        assert ids_seen(conn) == set(committee["ids"].values())
        assert conn.execute("SELECT count(*) FROM logins").fetchone()[0] == 4
        conn.execute("UPDATE app_meta SET value = 'Roles test' WHERE key = 'organization'")


def test_organizer_sees_and_edits_the_people_of_their_committees_workplaces_only(pg_server, committee):
    ids, (w1, w2, _w3) = committee["ids"], committee["workplaces"]
    plant1 = {ids["a1"], ids["a2"], ids["a3"]}
    with connect(pg_server, committee, "olga_org") as conn:
        # and the members of their committee, with or without a workplace
        assert ids_seen(conn) - _new_people(pg_server, committee) == plant1 | {ids["member"]}
        assert ids_seen(conn, "SELECT person_id FROM phones") - _new_people(pg_server, committee) == plant1 | {ids["member"]}
        assert ids_seen(conn, "SELECT id FROM workplaces") == {w1}
        assert ids_seen(conn, "SELECT id FROM committees") == {committee["committees"][0]}
        assert ids_seen(conn, "SELECT person_id FROM call_list_entries") == {ids["a2"], ids["a3"]}
        assert ids_seen(conn, "SELECT person_id FROM training_registrations") == {ids["a1"]}
        assert conn.execute("SELECT notes FROM people WHERE id = %s", (ids["a1"],)).fetchone()[0]
        conn.execute("UPDATE people SET notes = 'edited' WHERE id = %s", (ids["a1"],))
        assert conn.execute("UPDATE people SET notes = 'edited' WHERE id = %s", (ids["b1"],)).rowcount == 0
        new = conn.execute(NEW_PERSON + " RETURNING id", ("New", w1)).fetchone()[0]
        conn.execute(NEW_PHONE, (new,))
        refused(conn, NEW_PERSON, ("Other", w2))
        refused(conn, NEW_PERSON, ("Nowhere", None))  # would vanish: not theirs to see
        assert conn.execute("UPDATE people SET notes = 'edited' WHERE id = %s", (ids["member"],)).rowcount == 1
        refused(conn, "UPDATE people SET workplace_id = NULL WHERE id = %s", (ids["a1"],))  # not a member: would vanish
        refused(conn, "UPDATE people SET workplace_id = %s WHERE id = %s", (w2, ids["a2"]))
        refused(conn, NEW_PHONE, (ids["b1"],))
        assert conn.execute("DELETE FROM people WHERE id = %s", (ids["c1"],)).rowcount == 0
        assert [r[0] for r in conn.execute("SELECT name FROM logins")] == ["olga_org"]
        refused(conn, "UPDATE app_meta SET value = 'x' WHERE key = 'organization'")
        refused(conn, "SELECT * FROM audit_log")


def test_trainer_sees_only_the_names_of_those_registered_in_their_sessions(pg_server, committee):
    ids, (mine, other) = committee["ids"], committee["sessions"]
    with connect(pg_server, committee, "tomas_trainer") as conn:
        # those registered in their sessions, and who trains those sessions (themselves here)
        assert ids_seen(conn, "SELECT id FROM people") == {ids["a1"], ids["b1"], ids["trainer"]}
        names = conn.execute("SELECT first_name, last_name FROM people ORDER BY id").fetchall()
        assert names == [("A1", "Test"), ("B1", "Test"), ("Trainer", "Test")]
        assert ids_seen(conn, "SELECT id FROM training_sessions") == {mine}
        assert ids_seen(conn, "SELECT session_id FROM training_registrations") == {mine}
        refused(conn, "SELECT notes FROM people")
        refused(conn, "SELECT * FROM people")
        refused(conn, "SELECT raw FROM phones")
        refused(conn, "SELECT value FROM assessments")
        refused(conn, "SELECT * FROM call_list_entries")
        # records attendance and evaluations on their sessions, not on others'
        assert conn.execute("UPDATE training_registrations SET status = 'attended', evaluation = 5 "
                            "WHERE session_id = %s", (mine,)).rowcount == 2
        assert conn.execute("UPDATE training_registrations SET status = 'attended' WHERE session_id = %s",
                            (other,)).rowcount == 0
        refused(conn, "UPDATE training_registrations SET person_id = %s WHERE session_id = %s", (ids["c1"], mine))
        refused(conn, "INSERT INTO training_registrations (session_id, person_id, status, walk_in, comment, registered_at) "
                      "VALUES (%s, %s, 'attended', true, '', now())", (other, ids["c2"]))


def test_caller_sees_name_phone_and_language_of_their_entries_and_records_outcomes(pg_server, committee):
    ids = committee["ids"]
    # their entries, and the unassigned ones of their lists (b2 on the list they hold entries of,
    # c1 on the list of their committee's event); not b1 (another event's list), nor a3 (the trainer's)
    mine = {ids["a2"], ids["c2"], ids["b2"], ids["c1"]}
    with connect(pg_server, committee, "cata_caller") as conn:
        assert ids_seen(conn) == mine
        assert ids_seen(conn, "SELECT person_id FROM phones") == mine
        assert ids_seen(conn, "SELECT person_id FROM call_list_entries") == mine
        conn.execute("SELECT id, first_name, last_name, preferred_name, name_order, languages, do_not_contact, "
                     "ok_to_call FROM people").fetchall()
        refused(conn, "SELECT notes FROM people")
        refused(conn, "SELECT email FROM people")
        refused(conn, "SELECT workplace_id FROM people")
        refused(conn, "UPDATE phones SET raw = '555-0000' WHERE person_id = %s", (ids["a2"],))
        refused(conn, "UPDATE people SET first_name = 'X' WHERE id = %s", (ids["a2"],))
        # "do not call again" is kept (and cannot be taken back by a caller), only for their people
        assert conn.execute("UPDATE people SET do_not_contact = TRUE, ok_to_call = FALSE, consent_date = now() "
                            "WHERE id = %s", (ids["c2"],)).rowcount == 1
        refused(conn, "UPDATE people SET do_not_contact = FALSE, ok_to_call = TRUE WHERE id = %s", (ids["c2"],))
        assert conn.execute("UPDATE people SET do_not_contact = TRUE, ok_to_call = FALSE WHERE id = %s",
                            (ids["a3"],)).rowcount == 0
        entry = conn.execute("SELECT id FROM call_list_entries WHERE person_id = %s", (ids["a2"],)).fetchone()[0]
        assert conn.execute("UPDATE call_list_entries SET last_outcome = 'yes', attempts = attempts + 1, "
                            "last_called_at = now() WHERE id = %s", (entry,)).rowcount == 1
        refused(conn, "UPDATE call_list_entries SET caller_id = NULL WHERE id = %s", (entry,))
        refused(conn, "UPDATE call_list_entries SET caller_id = %s WHERE id = %s", (ids["trainer"], entry))
        refused(conn, "UPDATE call_list_entries SET person_id = %s WHERE id = %s", (ids["b1"], entry))
        conn.execute("INSERT INTO calls (event_id, person_id, entry_id, caller_id, outcome, called_at, note, flagged, source) "
                     "VALUES (%s, %s, %s, %s, 'yes', now(), '', false, 'phone')",
                     (committee["event"], ids["a2"], entry, ids["caller"]))
        refused(conn, "INSERT INTO calls (event_id, person_id, caller_id, outcome, called_at, note, flagged, source) "
                      "VALUES (%s, %s, %s, 'yes', now(), '', false, 'phone')",
                (committee["event"], ids["b2"], ids["caller"]))
        refused(conn, "INSERT INTO calls (event_id, person_id, caller_id, outcome, called_at, note, flagged, source) "
                      "VALUES (%s, %s, %s, 'yes', now(), '', false, 'phone')",
                (committee["event"], ids["a2"], ids["trainer"]))
        # others' entries: not seen, not changed
        assert conn.execute("UPDATE call_list_entries SET last_outcome = 'no' WHERE person_id = %s",
                            (ids["a3"],)).rowcount == 0
        # claims: an unassigned entry of their lists becomes theirs, never someone else's
        claim = "UPDATE call_list_entries SET caller_id = %s WHERE person_id = %s AND caller_id IS NULL"
        refused(conn, claim, (ids["trainer"], ids["b2"]))
        refused(conn, "UPDATE call_list_entries SET last_outcome = 'no' WHERE person_id = %s", (ids["b2"],))
        assert conn.execute(claim, (ids["caller"], ids["b2"])).rowcount == 1
        assert conn.execute(claim, (ids["caller"], ids["c1"])).rowcount == 1
        assert conn.execute(claim, (ids["caller"], ids["b1"])).rowcount == 0  # not a list of theirs
        assert conn.execute("UPDATE call_list_entries SET caller_id = %s WHERE person_id = %s",
                            (ids["caller"], ids["a3"])).rowcount == 0
        refused(conn, "UPDATE call_list_entries SET caller_id = NULL WHERE person_id = %s", (ids["b2"],))


def test_the_audit_trail_records_the_database_login(pg_server, committee):
    with connect(pg_server, committee, "olga_org") as conn:
        conn.execute("INSERT INTO audit_log (at, \"user\", action, kind) VALUES (now(), 'someone else', 'edited', 'person')")
    with connect(pg_server, committee, "ana_admin") as conn:
        users = [row[0] for row in conn.execute("SELECT \"user\" FROM audit_log WHERE action = 'edited'")]
    assert users == ["olga_org"]


def test_a_login_cannot_reach_another_committees_database(pg_server, committee):
    other, owner, password = pg_server.new_database()
    with psycopg.connect(pg_server.url(owner, password, other)) as conn:
        conn.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError, match="permission denied|not permitted|CONNECT"):
        psycopg.connect(pg_server.url("olga_org", PASSWORDS["olga_org"], other))


def test_the_app_opens_the_server_as_a_role(pg_server, committee):
    """ServerDatabase as a caller: the store opens (schema and mark readable) and shows their rows."""
    from models.core.server import ServerDatabase

    db = ServerDatabase.open(pg_server.address("cata_caller", committee["name"]), PASSWORDS["cata_caller"], listen=False)
    try:
        with db.engine.connect() as conn:
            ids = committee["ids"]  # their entries and their lists' unassigned (or, once claimed, theirs)
            assert {r[0] for r in conn.exec_driver_sql("SELECT id FROM people")} == {ids[k] for k in ("a2", "c2", "b2", "c1")}
        me = server_roles.my_login(db)
        assert (me.name, me.role, me.person_id) == ("cata_caller", "caller", committee["ids"]["caller"])
    finally:
        db.close()
    db = ServerDatabase.open(pg_server.address("olga_org", committee["name"]), PASSWORDS["olga_org"], listen=False)
    try:
        assert server_roles.my_login(db).committee_ids == (committee["committees"][0],)
    finally:
        db.close()
    owner = ServerDatabase.open(committee["address"], committee["owner_password"], listen=False)
    try:
        assert server_roles.my_login(owner) is None
    finally:
        owner.close()


# --------------------------------------------------------------------------- the commands
def test_list_and_remove_users(pg_server, committee):
    home, password, address = committee["home"], committee["owner_password"], committee["address"]
    done = _cli(home, password, "server", "add-user", "temp_user", "--role", "admin", "--password-stdin",
                "--db", address, stdin="a temporary password\n")
    assert done.returncode == 0, done.stderr
    listed = _cli(home, password, "server", "list-users", "--db", address)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["ana_admin", "cata_caller", "olga_org", "temp_user", "tomas_trainer"]
    assert "olga_org\torganizer\t\tPlant 1 committee" in lines
    assert not any(p in listed.stdout for p in PASSWORDS.values())
    unconfirmed = _cli(home, password, "server", "remove-user", "temp_user", "--db", address)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    done = _cli(home, password, "server", "remove-user", "temp_user", "--yes", "--db", address)
    assert done.returncode == 0, done.stderr
    with psycopg.connect(pg_server.superuser_url(committee["name"])) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'temp_user'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM logins WHERE name = 'temp_user'").fetchone()[0] == 0


@pytest.mark.parametrize("name", ["Rosa", "1rosa", "rosa-m", "rosa;drop", "pg_rosa", "r" * 64, 'ro"sa'])
def test_bad_login_names_are_refused_before_anything_is_sent(pg_server, committee, name):
    done = _cli(committee["home"], committee["owner_password"], "server", "add-user", name, "--role", "admin",
                "--password-stdin", "--db", committee["address"], stdin="a good long password\n")
    assert done.returncode == 2
    assert "letters" in done.stderr or "reserved" in done.stderr


def test_the_new_password_is_never_an_argument_and_never_shown(pg_server, committee):
    done = _cli(committee["home"], committee["owner_password"], "server", "add-user", "nopass", "--role", "admin",
                "--db", committee["address"])
    assert done.returncode == 2 and "--password-stdin" in done.stderr
    done = _cli(committee["home"], committee["owner_password"], "server", "add-user", "shortpw", "--role", "admin",
                "--password-stdin", "--db", committee["address"], stdin="short\n")
    assert done.returncode == 2 and "short" not in done.stderr.replace("shortpw", "")


def test_file_only_commands_say_so(committee):
    done = _cli(committee["home"], committee["owner_password"], "backup", "--db", committee["address"])
    assert done.returncode == 2 and "encrypted database file" in done.stderr and "copy --from URL" in done.stderr


def test_every_command_takes_a_server_address(pg_server, committee):
    done = _cli(committee["home"], PASSWORDS["olga_org"], "list", "people",
                "--db", pg_server.address("olga_org", committee["name"]))
    assert done.returncode == 0, done.stderr
    assert {int(line.split("\t")[0]) for line in done.stdout.splitlines()} == \
        {committee["ids"][k] for k in ("a1", "a2", "a3", "member")} | {i for i in _new_people(pg_server, committee)}
    done = _cli(committee["home"], committee["owner_password"], "check", "--db", committee["address"])
    assert done.returncode == 0, done.stderr
    assert "people:" in done.stdout


def _new_people(pg_server, committee):
    """People the organizer test added into Plant 1 (when it ran first)."""
    with psycopg.connect(pg_server.superuser_url(committee["name"])) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM people WHERE first_name = 'New'")}


# ------------------------------------------------------------------- the demo roster, copied up
def test_on_the_demo_roster_each_role_sees_exactly_its_people(pg_server, tmp_path):
    """The demo in a file, copied up (what a committee does on day one), a login per role on it:
    each role's people are exactly what the rules say, computed by plain SQL as the owner."""
    from models.core import demo, transfer
    from models.core.db import Database
    from models.core.server import ServerDatabase
    from tests.conftest import PASSPHRASE

    file_db = Database.create(tmp_path / "demo.cdesk", PASSPHRASE, organization="Demo local")
    demo.generate(file_db, people=200, seed=7)
    name, owner, password = pg_server.new_database()
    address = pg_server.address(owner, name)
    from models.core import server_setup

    server_setup.init(address, password, organization="Demo local")
    server = ServerDatabase.open(address, password, listen=False)
    try:
        transfer.copy_to_server(file_db, server)
        file_db.close()
        with psycopg.connect(pg_server.url(owner, password, name)) as conn:
            committee, workplace = conn.execute("SELECT id, workplace_id FROM committees WHERE workplace_id IS NOT NULL "
                                                "ORDER BY id LIMIT 1").fetchone()
            trainer = conn.execute("SELECT person_id FROM training_session_trainers ORDER BY session_id LIMIT 1").fetchone()[0]
            caller = conn.execute("SELECT caller_id FROM call_list_entries WHERE caller_id IS NOT NULL "
                                  "GROUP BY caller_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            expected = {
                "d_admin": ids_seen(conn),
                "d_org": ids_seen(conn, f"SELECT id FROM people WHERE workplace_id = {workplace} UNION "
                                        f"SELECT person_id FROM committee_members WHERE committee_id = {committee}"),
                "d_trainer": ids_seen(conn, "SELECT r.person_id FROM training_registrations r JOIN "
                                            f"training_session_trainers t ON t.session_id = r.session_id WHERE t.person_id = {trainer}")
                | ids_seen(conn, "SELECT o.person_id FROM training_session_trainers o JOIN training_session_trainers t "
                                 f"ON t.session_id = o.session_id WHERE t.person_id = {trainer}"),
                "d_caller": ids_seen(conn, f"SELECT person_id FROM call_list_entries WHERE caller_id = {caller} OR "
                                           "caller_id IS NULL AND list_id IN (SELECT list_id FROM call_list_entries "
                                           f"WHERE caller_id = {caller} UNION SELECT l.id FROM call_lists l JOIN "
                                           "event_committees ec ON ec.event_id = l.event_id JOIN committee_members m "
                                           f"ON m.committee_id = ec.committee_id WHERE m.person_id = {caller} AND "
                                           "m.role = 'caller' AND m.left_on IS NULL)"),
            }
        server_roles.add_login(server, "d_admin", "admin", "demo admin password")
        server_roles.add_login(server, "d_org", "organizer", "demo organizer password", [committee])
        server_roles.add_login(server, "d_trainer", "trainer", "demo trainer password", person_id=trainer)
        server_roles.add_login(server, "d_caller", "caller", "demo caller password", person_id=caller)
    finally:
        server.close()
    assert len(expected["d_admin"]) == 200
    assert all(expected.values()) and len({frozenset(v) for v in expected.values()}) == 4
    for login, people in expected.items():
        role = login.split("_")[1].replace("org", "organizer")
        with psycopg.connect(pg_server.url(login, f"demo {role} password", name)) as conn:
            assert ids_seen(conn) == people, login
    for login in expected:
        pg_server.execute(f'DROP ROLE "{login}"')
