"""Two callers phone-banking the same list at the same moment, each through their own
connection (two apps): no call is lost, the entries' counters add up, and "next person" never
hands the same person to both. On the committee server PostgreSQL does the concurrency
(``FOR UPDATE … SKIP LOCKED`` in claim_next_entry); on the file one writer at a time holds it."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import func, select

from conftest import PASSPHRASE, SERVER_PASSWORD, store_option
from models.core import demo
from models.mobilization import operations as mob
from models.mobilization.tables import Call, CallListEntry

ROUNDS_ON_ONE_ENTRY = 15


@pytest.fixture
def second_app(request, db, db_path):
    """Another connection to the same database, as a second app (its own engine)."""
    if store_option(request.config) == "postgresql":
        from models.core.server import ServerDatabase

        other = ServerDatabase.open(request.getfixturevalue("server_address"), SERVER_PASSWORD, listen=False)
    else:
        from models.core.db import Database

        other = Database.open(db_path, PASSPHRASE)
    yield other
    other.close()


def _in_threads(*work):
    """Run each function in its own thread, started together; re-raise the first failure."""
    start = threading.Barrier(len(work))
    failures: list[BaseException] = []

    def run(fn):
        try:
            start.wait()
            fn()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(fn,)) for fn in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a caller is stuck"
    if failures:
        raise failures[0]


def test_two_callers_at_once_never_share_a_person_or_lose_a_call(request, db, second_app):
    demo.generate(db, people=120, seed=11)
    event = mob.save_event(db, mob.EventInput(name="Two callers", kind="rally", starts_at=datetime(2030, 5, 1, 17, 0)))
    list_id = mob.create_call_list(db, event, "Everyone", mob.ListCriteria()).list_id
    entries = {row.entry_id for row in mob.list_entries(db, list_id, include_excluded=False)}
    assert len(entries) > 40
    callers = [row.person_id for row in mob.list_entries(db, list_id)[:2]]
    claimed: dict[int, list[int]] = {callers[0]: [], callers[1]: []}

    def phone_bank(store, caller):
        outcomes = ["yes", "no", "maybe"]
        while True:
            entry = mob.claim_next_entry(store, list_id, caller)
            if entry is None:
                return
            claimed[caller].append(entry)
            mob.record_call(store, entry, outcomes[len(claimed[caller]) % 3], caller_id=caller)

    _in_threads(lambda: phone_bank(db, callers[0]), lambda: phone_bank(second_app, callers[1]))

    mine, theirs = claimed[callers[0]], claimed[callers[1]]
    if store_option(request.config) == "postgresql":  # (on the file one caller may take the lock first and keep it)
        assert mine and theirs, "both callers got people to call"
    assert len(set(mine)) == len(mine) and len(set(theirs)) == len(theirs)
    assert not set(mine) & set(theirs), "the same person was handed to both callers"
    assert set(mine) | set(theirs) == entries, "everyone callable was called once"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Call).where(Call.event_id == event)) == len(entries)
        for entry in s.scalars(select(CallListEntry).where(CallListEntry.list_id == list_id)):
            if entry.id not in entries:
                continue
            calls = s.scalars(select(Call).where(Call.entry_id == entry.id)).all()
            assert entry.attempts == len(calls) == 1
            assert entry.last_outcome == calls[0].outcome
            assert entry.caller_id == calls[0].caller_id == (callers[0] if entry.id in mine else callers[1])
    assert mob.claim_next_entry(db, list_id, callers[0]) is None


def test_two_callers_recording_on_the_same_entry_keep_every_attempt(db, second_app):
    demo.generate(db, people=60, seed=12)
    event = mob.save_event(db, mob.EventInput(name="Same entry", kind="rally", starts_at=datetime(2030, 5, 1, 17, 0)))
    list_id = mob.create_call_list(db, event, "Everyone", mob.ListCriteria()).list_id
    entry = mob.list_entries(db, list_id, include_excluded=False)[0].entry_id
    done: list[int] = []

    def record(store, outcome):
        for _ in range(ROUNDS_ON_ONE_ENTRY):
            done.append(mob.record_call(store, entry, outcome))

    _in_threads(lambda: record(db, "no-answer"), lambda: record(second_app, "left-message"))

    assert len(set(done)) == 2 * ROUNDS_ON_ONE_ENTRY
    with db.session() as s:
        row = s.get(CallListEntry, entry)
        calls = s.scalars(select(Call).where(Call.entry_id == entry).order_by(Call.id)).all()
        assert row.attempts == len(calls) == 2 * ROUNDS_ON_ONE_ENTRY
        assert row.last_outcome in ("no-answer", "left-message")  # (whichever caller's save came last)
