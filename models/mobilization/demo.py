"""Demo mobilizations: past and upcoming events with call lists, calls and check-ins.

Proportional to the number of people (a list reaches ~15% of the roster) and written with driver
executemany tuples, so ``committee-desk demo --people 100000`` stays fast.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy.orm import Session

from models.core import demo, dialect
from models.core.base import utcnow

DEMO_EVENTS = [
    # name, kind, days from today, place, target share of list
    ("Rally at the ICE processing center", "rally", -62, "Broadview processing center, front gate", 0.35),
    ("March for a fair contract", "march", -33, "Union Park to City Hall", 0.30),
    ("Picket at Lakeside Poultry", "picket", -9, "Lakeside Poultry, Plant 2 main entrance", 0.25),
    ("Know-your-rights meeting", "meeting", 6, "Union hall, 2nd floor", 0.20),
    ("Rapid response: Harbor Hotel", "rapid-response", 19, "Harbor Hotel, loading dock", 0.30),
]
SCRIPTS = {
    "en": "Hi, this is (your name) from the committee. We are standing together at {event} on {date}. "
          "Can we count on you? We will meet at {place}.",
    "es": "Hola, habla (tu nombre) del comité. Nos vamos a unir en {event} el {date}. "
          "¿Podemos contar contigo? Nos vemos en {place}.",
}
OUTCOME_WEIGHTS = [("yes", 30), ("maybe", 12), ("no", 15), ("left-message", 15), ("no-answer", 18),
                   ("wrong-number", 4), ("callback", 5), ("do-not-call", 1)]


def add_demo_mobilizations(s: Session, rng: random.Random, person_ids: list[int]) -> None:
    if not person_ids:
        return
    conn = s.connection()
    eligible = [pid for (pid,) in conn.exec_driver_sql(
        "SELECT p.id FROM people p WHERE p.do_not_contact = FALSE AND p.ok_to_call = TRUE "
        "AND EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id)")]
    if not eligible:
        return
    callers = sorted({pid for (pid,) in conn.exec_driver_sql(
        "SELECT person_id FROM committee_members WHERE role = 'caller' AND left_on IS NULL")})
    if not callers:
        callers = rng.sample(eligible, min(5, len(eligible)))
    committees = [cid for (cid,) in conn.exec_driver_sql("SELECT id FROM committees ORDER BY id")]
    existing = {name for (name,) in conn.exec_driver_sql("SELECT name FROM events")}
    now = utcnow().replace(second=0, microsecond=0)
    today = now.replace(hour=0, minute=0)
    list_size = max(20, min(len(eligible), int(len(person_ids) * 0.15)))
    weights = [w for _o, w in OUTCOME_WEIGHTS]
    outcomes = [o for o, _w in OUTCOME_WEIGHTS]
    entry_id = (conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM call_list_entries").scalar() or 0) + 1
    entry_rows, call_rows, checkin_rows, refused = [], [], [], []
    for name, kind, days, place, target_share in DEMO_EVENTS:
        if name in existing:
            continue
        starts = today + timedelta(days=days, hours=rng.choice([10, 12, 16, 17]))
        target = int(list_size * target_share / 10) * 10 or 10
        event_id = conn.exec_driver_sql(
            "INSERT INTO events (name, kind, starts_at, place, target, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '', ?, ?) RETURNING id",
            (name, kind, dialect.timestamp(conn, starts), place, target, dialect.timestamp(conn, now), dialect.timestamp(conn, now))).scalar_one()
        for code, text in SCRIPTS.items():
            conn.exec_driver_sql("INSERT INTO event_scripts (event_id, language, text) VALUES (?, ?, ?)",
                                 (event_id, code, text.format(event=name,
                                                              date=starts.strftime("%d/%m %H:%M"), place=place)))
        if committees:
            conn.exec_driver_sql("INSERT INTO event_committees (event_id, committee_id) VALUES (?, ?)",
                                 (event_id, committees[len(existing) % len(committees)]))
        list_id = conn.exec_driver_sql(
            "INSERT INTO call_lists (event_id, name, criteria, excluded, created_at, built_at) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (event_id, "Everyone reachable", "{}", '{"do-not-contact": 0, "not-ok-to-call": 0, "no-phone": 0}',
             dialect.timestamp(conn, starts - timedelta(days=14)), dialect.timestamp(conn, starts - timedelta(days=14)))).scalar_one()
        members = demo.mixed_sample(rng, eligible, list_size)
        members.sort()
        # How far calling got: everything for past events, part of it for the next one.
        share_called = 0.85 if days < 0 else (0.4 if days < 10 else 0.0)
        yes_people, maybe_people, no_people = set(), set(), set()
        for position, pid in enumerate(members, 1):
            caller = callers[(position - 1) * len(callers) // len(members)]
            last_outcome = last_at = callback_at = None
            attempts = 0
            if rng.random() < share_called:
                tries = 1
                while True:
                    outcome = rng.choices(outcomes, weights)[0]
                    when = starts - timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 8))
                    # Calls are made before today: "before now" drew one more number at some hours of
                    # the day than at others, so the demo depended on when it was made.
                    if when > today:
                        when = today - timedelta(hours=rng.randint(1, 40))
                    if last_at and when <= last_at:
                        when = last_at + timedelta(hours=rng.randint(2, 30))
                    cb = when + timedelta(days=1) if outcome == "callback" else None
                    call_rows.append((event_id, pid, entry_id, caller, outcome, dialect.timestamp(conn, when),
                                      dialect.timestamp(conn, cb), "", rng.random() < 0.01, "phone"))
                    attempts += 1
                    last_outcome, last_at, callback_at = outcome, when, cb
                    if outcome not in ("no-answer", "left-message", "callback") or tries >= 3 or rng.random() < 0.5:
                        break
                    tries += 1
            if last_outcome == "yes":
                yes_people.add(pid)
            elif last_outcome == "maybe":
                maybe_people.add(pid)
            elif last_outcome in ("no", "do-not-call"):
                no_people.add(pid)
                if last_outcome == "do-not-call":
                    refused.append((pid,))
            entry_rows.append((entry_id, list_id, pid, caller, position, dialect.timestamp(conn, starts - timedelta(days=14)),
                               last_outcome, dialect.timestamp(conn, last_at), dialect.timestamp(conn, callback_at), attempts))
            entry_id += 1
        if days < 0:
            on_list = set(members)
            came = set()
            for pid in members:
                chance = 0.7 if pid in yes_people else 0.35 if pid in maybe_people else 0.03 if pid in no_people else 0.06
                if rng.random() < chance:
                    came.add(pid)
            for pid in came:
                checkin_rows.append((event_id, pid, dialect.timestamp(conn, starts + timedelta(minutes=rng.randint(-20, 40))), False))
            # Walk-ins: people who were not on the list (about 8% of attendance).
            walk_ins = [pid for pid in rng.sample(person_ids, min(len(person_ids), max(1, len(came) // 12) * 3))
                        if pid not in on_list][: max(1, len(came) // 12)]
            for pid in walk_ins:
                checkin_rows.append((event_id, pid, dialect.timestamp(conn, starts + timedelta(minutes=rng.randint(0, 50))), True))
        existing.add(name)
    if entry_rows:
        conn.exec_driver_sql(
            "INSERT INTO call_list_entries (id, list_id, person_id, caller_id, position, added_at, last_outcome, "
            "last_called_at, callback_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry_rows)
        dialect.sync_ids(conn, "call_list_entries")
    if call_rows:
        conn.exec_driver_sql(
            "INSERT INTO calls (event_id, person_id, entry_id, caller_id, outcome, called_at, callback_at, note, flagged, "
            "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", call_rows)
    if refused:
        conn.exec_driver_sql("UPDATE people SET do_not_contact = TRUE, ok_to_call = FALSE, version = version + 1 WHERE id = ?", refused)
    if checkin_rows:
        conn.exec_driver_sql(
            "INSERT INTO checkins (event_id, person_id, checked_in_at, walk_in) VALUES (?, ?, ?, ?)", checkin_rows)

