"""Safety of the data: backups, restore, damage, one writer, full disks, audit, real deletes."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import event, select

from conftest import CANARY_FIRST, CANARY_LAST, PASSPHRASE, ROOT
from models.core import audit, backup, errors, paths
from models.core.db import TEST_KDF_ITER, Database, DatabaseDamaged
from models.core.entities import Committee, CommitteeMember, Person
from models.core.instance_lock import is_held
from models.mobilization.tables import CallList, CallListEntry, Event
from models.roster.people import PersonInput, PhoneInput, create_person, delete_people, update_person

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def decrypted_pages(path: Path, passphrase: str) -> bytes:
    """Every page of an SQLCipher 4 file (and its -wal frames) decrypted, free pages included."""
    raw = path.read_bytes()
    # (PBKDF2 rounds: the tests' databases use TEST_KDF_ITER, see conftest.py; the app 256,000)
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), raw[:16], TEST_KDF_ITER, 32)

    def page(data: bytes, number: int) -> bytes:
        start = 16 if number == 1 else 0
        iv = data[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return dec.update(data[start : PAGE - RESERVE]) + dec.finalize()

    out = [page(raw[i : i + PAGE], i // PAGE + 1) for i in range(0, len(raw), PAGE)]
    wal = Path(f"{path}-wal")
    if wal.exists():
        data = wal.read_bytes()
        for offset in range(32, len(data) - 24 - PAGE + 1, 24 + PAGE):
            number = int.from_bytes(data[offset : offset + 4], "big")
            out.append(page(data[offset + 24 : offset + 24 + PAGE], number))
    return b"".join(out)


def add_canary(db, **extra) -> int:
    return create_person(
        db,
        PersonInput(first_name=CANARY_FIRST, last_name=CANARY_LAST, phones=[PhoneInput("(773) 555-0142")],
                    email="zyx@example.org", **extra),
    )


def people_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM people").scalar()


# ------------------------------------------------------------------ backups
def test_backup_is_encrypted_verified_rotated_and_restores(demo_db, db_path, tmp_path, app_home):
    pid = add_canary(demo_db)
    written = backup.make_backup(demo_db, user="Rosa")
    assert written.parent == paths.backup_dir() / "local"
    data = written.read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    assert CANARY_FIRST.encode() not in data and CANARY_FIRST.encode("utf-16-le") not in data
    assert [b.path for b in backup.list_backups(db_path)] == [written]
    assert not [p for p in written.parent.iterdir() if p.name.startswith(".")]  # no temp left
    assert backup.is_good(written, PASSPHRASE) and not backup.is_good(written, "another passphrase")
    # The backup is itself a database that opens with the same passphrase.
    copy = Database.open(written, PASSPHRASE)
    assert people_count(copy) == 201
    copy.close()
    # Restore to a new place, then over the existing file (kept aside, byte for byte).
    demo_db.close()
    before = digest(db_path)
    target = tmp_path / "restored.cdesk"
    assert backup.restore(written, target, PASSPHRASE, user="Rosa") is None
    aside = backup.restore(written, db_path, PASSPHRASE, user="Rosa")
    assert aside is not None and digest(aside) == before
    restored = Database.open(db_path, PASSPHRASE)
    try:
        with restored.session() as s:
            assert s.get(Person, pid).first_name == CANARY_FIRST
        actions = [e.action for e in audit.entries(restored)]
        assert actions[0] == "restored" and "created" in actions
        assert all(e.user == "Rosa" for e in audit.entries(restored, action="restored"))
    finally:
        restored.close()


def test_manual_backup_to_a_file_or_folder_and_refusals(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    first = backup.make_backup(db, out=out)
    assert first.parent == out and backup.is_good(first, PASSPHRASE)
    named = backup.make_backup(db, out=out / "copy.cdesk")
    assert named.name == "copy.cdesk" and backup.is_good(named, PASSPHRASE)
    with pytest.raises(errors.UserError):
        backup.make_backup(db, out=db.path)
    with pytest.raises(errors.UserError):
        backup.make_backup(db, out=tmp_path / "missing" / "x.cdesk")
    with pytest.raises(errors.WrongPassphrase):
        backup.restore(first, tmp_path / "r.cdesk", "not the passphrase")
    assert not (tmp_path / "r.cdesk").exists()


def test_rotation_keeps_7_daily_and_4_weekly(tmp_path):
    now = datetime(2026, 3, 20, 18, 0)
    infos = []
    for hours in range(0, 24 * 60, 5):  # a backup every 5 hours for 60 days
        when = now - timedelta(hours=hours)
        infos.append(backup.BackupInfo(tmp_path / f"local-{when:%Y%m%d-%H%M%S}.cdesk", when))
    kept, removed = backup.plan_rotation(infos)
    days = sorted({b.when.date() for b in kept}, reverse=True)
    assert len(kept) == 11 and len(removed) == len(infos) - 11
    assert kept[0] == max(infos, key=lambda b: b.when)  # the newest is always kept
    assert days[:7] == [(now - timedelta(days=d)).date() for d in range(7)]
    weeks = {b.when.isocalendar()[:2] for b in kept[7:]}
    assert len(weeks) == 4
    # Real files: rotation deletes only our own backups.
    for info in infos[:40]:
        info.path.write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("keep me")
    (tmp_path / "other-20260101-000000.cdesk").write_bytes(b"x")
    gone = backup.rotate(tmp_path / "local.cdesk", tmp_path)
    assert gone and (tmp_path / "notes.txt").exists() and (tmp_path / "other-20260101-000000.cdesk").exists()
    assert len(backup.list_backups(tmp_path / "local.cdesk", tmp_path)) == 8  # 40 backups span 8 days


def test_backup_during_writes_is_a_consistent_snapshot_and_round_trips(db, tmp_path):
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        n = 0
        while not stop.is_set():
            try:
                create_person(db, PersonInput(first_name=f"Writer{n}"), user="w")
            except BaseException as exc:  # noqa: BLE001
                failures.append(exc)
                return
            n += 1

    folder = tmp_path / "backups"
    folder.mkdir()
    thread = threading.Thread(target=writer)
    thread.start()
    made = []
    try:
        for _ in range(3):
            time.sleep(0.15)
            made.append(backup.make_backup(db, out=folder))
    finally:
        stop.set()
        thread.join()
    assert not failures
    counts = []
    for number, path in enumerate(made):
        target = tmp_path / f"r{number}.cdesk"
        backup.restore(path, target, PASSPHRASE)
        copy = Database.open(target, PASSPHRASE)
        try:
            assert copy.check().ok
            created = len(audit.entries(copy, action="created", kind="person"))
            counts.append(people_count(copy))
            assert people_count(copy) == created  # both tables from one snapshot
        finally:
            copy.close()
    assert counts == sorted(counts) and counts[-1] > 0
    assert db.check().ok


# ------------------------------------------------------------------ damage
def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))


@pytest.mark.parametrize("offset", [200, 6 * PAGE + 300], ids=["page-1", "later-page"])
def test_flipped_byte_is_refused_untouched_and_the_backup_offered(demo_db, db_path, offset, cli):
    good = backup.make_backup(demo_db)
    demo_db.checkpoint()
    demo_db.close()
    _flip(db_path, offset)
    before = digest(db_path)
    with pytest.raises(DatabaseDamaged) as caught:
        Database.open(db_path, PASSPHRASE)
    assert caught.value.backup == good
    assert "damaged" in caught.value.user_message and "backup" in caught.value.user_message
    assert digest(db_path) == before
    if offset == 200:
        result = cli("check", "--db", str(db_path))
        assert result.returncode == 2 and "damaged" in result.stderr and "Traceback" not in result.stderr
        assert digest(db_path) == before
    # Restoring the offered backup keeps the damaged file aside, unchanged.
    aside = backup.restore(caught.value.backup, db_path, PASSPHRASE)
    assert digest(aside) == before
    reopened = Database.open(db_path, PASSPHRASE)
    assert reopened.check().ok and people_count(reopened) == 200
    reopened.close()


def test_damage_without_a_backup_is_still_a_clear_refusal(demo_db, db_path):
    demo_db.checkpoint()
    demo_db.close()
    _flip(db_path, 6 * PAGE + 300)
    before = digest(db_path)
    with pytest.raises(DatabaseDamaged) as caught:
        Database.open(db_path, PASSPHRASE)
    assert caught.value.backup is None and "damaged" in caught.value.user_message
    assert digest(db_path) == before


# ------------------------------------------------------------- full disks
def test_database_full_rolls_back_with_a_clear_message(db, db_path):
    from models.core import demo

    demo.generate(db, people=50, seed=3)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _small(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 8}")

    with pytest.raises(errors.DiskFull) as caught:
        demo.generate(db, people=3000, seed=4)
    assert "disk is full" in caught.value.user_message
    assert people_count(db) == 50
    event.remove(db.engine, "connect", _small)
    db.engine.dispose()
    assert db.check().ok and people_count(db) == 50


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (root in a container); skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_full_disk_backup_and_file_writes_keep_earlier_files(demo_db, tiny_disk):
    from reports.core.atomic import atomic_write

    earlier = tiny_disk / "roster.csv"
    earlier.write_text("earlier export\n")
    (tiny_disk / "filler").write_bytes(b"\0" * 700_000)
    with pytest.raises(errors.DiskFull):
        with atomic_write(earlier) as tmp:
            with open(tmp, "wb") as handle:
                handle.write(b"x" * 2_000_000)
    assert earlier.read_text() == "earlier export\n"
    with pytest.raises(errors.DiskFull) as caught:
        backup.make_backup(demo_db, out=tiny_disk / "backup.cdesk")
    assert "disk is full" in caught.value.user_message
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "roster.csv"]  # no half backup, no temp
    assert demo_db.check().ok


def test_dev_full_gives_disk_full():
    with pytest.raises(OSError) as caught:
        with open("/dev/full", "wb") as handle:
            handle.write(b"x" * 10000)
            handle.flush()
    from ui.widgets.messages import user_error_for

    assert isinstance(user_error_for(caught.value), errors.DiskFull)


# -------------------------------------------------------- one writer only
def test_app_lock_refuses_a_second_app_and_cli_writes(db_path, cli, tmp_path):
    Database.create(db_path, PASSPHRASE).close()
    app = Database.open(db_path, PASSPHRASE, exclusive=True)
    try:
        assert is_held(db_path)
        with pytest.raises(errors.DatabaseBusy) as caught:
            Database.open(db_path, PASSPHRASE, exclusive=True)
        assert "open in the Committee Desk app" in caught.value.user_message
        write = cli("demo", "--db", str(db_path), "--people", "5")
        assert write.returncode == 2 and "open in the Committee Desk app" in write.stderr
        read = cli("backup", "--db", str(db_path), str(tmp_path))  # reading commands still run
        assert read.returncode == 0, read.stderr
        restore = cli("restore", "--db", str(db_path), str(next(tmp_path.glob("local-*.cdesk"))))
        assert restore.returncode == 2 and "open in the Committee Desk app" in restore.stderr
        create_person(app, PersonInput(first_name="Ana"))  # the app itself writes
    finally:
        app.close()
    assert not is_held(db_path)
    later = Database.open(db_path, PASSPHRASE)
    create_person(later, PersonInput(first_name="Luz"))  # a CLI-style write once the app let go
    assert people_count(later) == 2
    later.close()


def test_stale_lock_of_a_killed_process_does_not_block(db_path):
    Database.create(db_path, PASSPHRASE).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; sys.path.insert(0, sys.argv[2]); from models.core.instance_lock import InstanceLock; "
         "held = InstanceLock(sys.argv[1], 'app').acquire(); print('held', flush=True); time.sleep(60)",
         str(db_path), str(ROOT)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert is_held(db_path)
        with pytest.raises(errors.DatabaseBusy):
            create_person(Database.open(db_path, PASSPHRASE), PersonInput(first_name="Ana"))
    finally:
        holder.kill()
        holder.wait()
    assert (db_path.parent / "local.cdesk.lock").exists()  # left behind by kill -9 ...
    db = Database.open(db_path, PASSPHRASE, exclusive=True)  # ... and it does not block
    create_person(db, PersonInput(first_name="Ana"))
    db.close()
    assert not (db_path.parent / "local.cdesk.lock").exists()


# -------------------------------------------------------------- passphrase
def test_passphrase_change_is_atomic_audited_and_backups_keep_their_key(db, db_path):
    add_canary(db)
    old_backup = backup.make_backup(db)
    db.change_passphrase(PASSPHRASE, "a brand new passphrase", user="Rosa")
    assert people_count(db) == 1
    db.close()
    with pytest.raises(errors.WrongPassphrase):
        Database.open(db_path, PASSPHRASE, backup_folder=db_path.parent / "none")
    reopened = Database.open(db_path, "a brand new passphrase")
    assert [e.user for e in audit.entries(reopened, action="passphrase_changed")] == ["Rosa"]
    reopened.close()
    assert backup.is_good(old_backup, PASSPHRASE)
    assert not [p for p in db_path.parent.iterdir() if ".rekey" in p.name]


# ---------------------------------------------------------------- audit
def test_audit_trail_records_codes_ids_and_counts_only(db, monkeypatch):
    audit.set_default_user("")
    monkeypatch.setenv("COMMITTEE_DESK_USER", "Luz")
    pid = add_canary(db)
    update_person(db, pid, PersonInput(first_name=CANARY_FIRST, last_name="Otro"), user="Rosa")
    other = create_person(db, PersonInput(first_name="Ana"))
    assert delete_people(db, [pid, other], user="Rosa") == 2
    rows = audit.entries(db)
    assert [(r.action, r.kind, r.object_id, r.count, r.user) for r in rows] == [
        ("deleted", "person", None, 2, "Rosa"),
        ("created", "person", other, None, "Luz"),
        ("edited", "person", pid, None, "Rosa"),
        ("created", "person", pid, None, "Luz"),
    ]
    assert [r.action for r in audit.entries(db, user="Rosa")] == ["deleted", "edited"]
    assert audit.entries(db, action="created", since=datetime.utcnow() + timedelta(minutes=1)) == []
    assert audit.users(db) == ["Luz", "Rosa"]
    with db.engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM audit_log").fetchall())
    assert CANARY_FIRST not in dump and CANARY_LAST not in dump and "Otro" not in dump


def test_a_failed_change_leaves_no_audit_row(db):
    with pytest.raises(errors.ValidationError):
        update_person(db, 999, PersonInput(first_name=""))
    with pytest.raises(errors.NotFound):
        update_person(db, 999, PersonInput(first_name="Ana"))
    assert audit.entries(db) == []


# ------------------------------------------------------------ real delete
def test_deleted_person_is_gone_from_every_byte_and_every_list(db, db_path):
    unique = "Qxvandermolt"
    pid = create_person(db, PersonInput(first_name=unique, last_name="Plimsworth", notes=f"{unique} notes " * 20))
    keep = create_person(db, PersonInput(first_name="Ana"))
    with db.write() as s:
        committee = Committee(name="Safety committee")
        s.add(committee)
        s.flush()
        s.add_all([CommitteeMember(committee_id=committee.id, person_id=pid, role="member"),
                   CommitteeMember(committee_id=committee.id, person_id=keep, role="member")])
        ev = Event(name="Rally")
        s.add(ev)
        s.flush()
        lst = CallList(event_id=ev.id, name="Callers")
        s.add(lst)
        s.flush()
        s.add_all([CallListEntry(list_id=lst.id, person_id=pid, position=1),
                   CallListEntry(list_id=lst.id, person_id=keep, position=2)])
    db.checkpoint()
    assert unique.encode() in decrypted_pages(db_path, PASSPHRASE)  # the scan does see plaintext
    assert delete_people(db, [pid]) == 1
    with db.session() as s:
        assert s.scalars(select(CommitteeMember.person_id)).all() == [keep]
        assert s.scalars(select(CallListEntry.person_id)).all() == [keep]
    plain = decrypted_pages(db_path, PASSPHRASE)
    assert unique.encode() not in plain and b"Plimsworth" not in plain
    assert b"Safety committee" in plain  # the rest is still there
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or unique.encode() not in wal.read_bytes()


# ----------------------------------------------------- canary in plaintext
def test_canary_is_in_no_log_temp_file_or_backup(db, db_path, app_home, tmp_path, cli, caplog):
    caplog.set_level(logging.DEBUG)
    pid = add_canary(db)
    backup.make_backup(db)
    backup.make_backup(db, out=tmp_path)
    db.change_passphrase(PASSPHRASE, "second passphrase here")
    delete_people(db, [pid])
    db.close()
    result = cli("backup", "--db", str(db_path), passphrase="second passphrase here")
    assert result.returncode == 0, result.stderr
    files = [p for folder in (app_home, tmp_path) for p in folder.rglob("*") if p.is_file()]
    assert any("backups" in str(p) for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in (CANARY_FIRST, CANARY_LAST, "zyx@example.org", "5550142"):
            assert needle.encode() not in data, path
            assert needle.encode("utf-16-le") not in data, path
    assert all(CANARY_FIRST not in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------- CLI
def test_cli_backup_and_restore_round_trip(cli, db, db_path, tmp_path):
    from models.core import demo

    demo.generate(db, people=40, seed=5)
    db.close()
    out = tmp_path / "manual.cdesk"
    result = cli("backup", "--db", str(db_path), str(out), "--user", "Rosa")
    assert result.returncode == 0 and "verified" in result.stdout
    assert out.read_bytes()[:16] != b"SQLite format 3\x00"
    again = Database.open(db_path, PASSPHRASE)
    demo.generate(again, people=10, seed=6)
    assert [e.user for e in audit.entries(again, action="backup_made")] == ["Rosa"]
    again.close()
    result = cli("restore", "--db", str(db_path), str(out), "--user", "Rosa")
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stdout
    restored = Database.open(db_path, PASSPHRASE)
    assert people_count(restored) == 40 and restored.check().ok
    assert [e.user for e in audit.entries(restored, action="restored")] == ["Rosa"]
    restored.close()
    assert len(list(tmp_path.glob("local.cdesk.replaced-*"))) == 1
    wrong = cli("restore", "--db", str(db_path), str(out), passphrase="not the passphrase")
    assert wrong.returncode == 2 and "passphrase" in wrong.stderr and "Traceback" not in wrong.stderr
