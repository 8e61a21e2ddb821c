"""Opening under faults (issue 21): a full or read-only disk and missing permissions are said as
such (never "wrong passphrase") and leave nothing beside the file; no plaintext driver; empty or
truncated files offer their backup; a restore never swallows a write in flight; durable commits."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import PASSPHRASE, ROOT
from models.core import backup, demo, errors
from models.core import db as dbmod
from models.core.db import Database, DatabaseDamaged


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


def people_count(path: Path) -> int:
    db = Database.open(path, PASSPHRASE, verify=False)
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM people").scalar()
    finally:
        db.close()


# ------------------------------------------------------------------ real small disks
@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs (root in a container); skipped, saying why, where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0777", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    yield mount
    subprocess.run(["mount", "-o", "remount,rw", str(mount)], capture_output=True)
    subprocess.run(["umount", str(mount)], capture_output=True)


def _database_on(folder: Path) -> Path:
    path = folder / "local.cdesk"
    db = Database.create(path, PASSPHRASE, organization="Test local")
    demo.generate(db, people=30, seed=5)
    db.close()
    assert listing(folder) == {"local.cdesk": path.stat().st_size}  # clean: no -wal, -shm or lock
    return path


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)


def _no_precheck(monkeypatch):
    """Skip the look before connecting, to prove the connection's own failure is told apart too
    (and that it leaves nothing behind)."""
    monkeypatch.setattr(dbmod, "_look_before_open", lambda path: None)


@pytest.mark.parametrize("precheck", [True, False], ids=["looked-before", "connection-failed"])
def test_full_disk_is_not_a_wrong_passphrase(small_disk, cli, monkeypatch, precheck):
    path = _database_on(small_disk)
    _fill(small_disk)
    before = listing(small_disk)
    data = digest(path)
    if not precheck:
        _no_precheck(monkeypatch)
    with pytest.raises(errors.DiskFull) as caught:
        Database.open(path, PASSPHRASE)
    assert "full" in caught.value.user_message and "passphrase" not in caught.value.user_message
    assert listing(small_disk) == before and digest(path) == data  # no 0-byte -wal, no -shm
    if precheck:
        result = cli("list", "people", "--db", str(path))
        assert result.returncode == 2
        assert "disk holding the database is full" in result.stderr
        assert "passphrase" not in result.stderr and "Traceback" not in result.stderr
        assert listing(small_disk) == before and digest(path) == data
    (small_disk / "filler").unlink()
    assert people_count(path) == 30


@pytest.mark.parametrize("precheck", [True, False], ids=["looked-before", "connection-failed"])
def test_read_only_disk_is_not_a_wrong_passphrase(small_disk, cli, monkeypatch, precheck):
    path = _database_on(small_disk)
    data = digest(path)
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {done.stderr.strip()}")
    if not precheck:
        _no_precheck(monkeypatch)
    with pytest.raises(errors.ReadOnly) as caught:
        Database.open(path, PASSPHRASE)
    assert "read-only" in caught.value.user_message and "passphrase" not in caught.value.user_message
    if precheck:
        result = cli("list", "people", "--db", str(path))
        assert result.returncode == 2
        assert "read-only disk or in a read-only folder" in result.stderr
        assert "passphrase" not in result.stderr and "Traceback" not in result.stderr
    assert listing(small_disk) == {"local.cdesk": path.stat().st_size} and digest(path) == data


# ------------------------------------------------------------- file and folder permissions
def _as_nobody() -> list[str]:
    """The command prefix that runs as an ordinary user (root ignores permission bits)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is not installed: permissions cannot be tested")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.parametrize(
    "file_mode, folder_mode, expected",
    [
        (0o444, 0o777, "The database file is read-only (its permissions forbid changes)"),
        (0o666, 0o555, "You do not have permission to use the database file or its folder"),
        (0o000, 0o777, "You do not have permission to use the database file or its folder"),
    ],
    ids=["read-only-file", "read-only-folder", "unreadable-file"],
)
def test_permissions_are_said_plainly_and_nothing_is_created(file_mode, folder_mode, expected):
    prefix = _as_nobody()
    work = Path(tempfile.mkdtemp(prefix="cdesk-perm-"))
    try:
        os.chmod(work, 0o777)
        folder = work / "db"
        folder.mkdir()
        home = work / "home"
        home.mkdir()
        os.chmod(home, 0o777)
        path = _database_on(folder)
        data = digest(path)
        os.chmod(path, file_mode)
        os.chmod(folder, folder_mode)
        env = {k: v for k, v in os.environ.items() if k != "COMMITTEE_DESK_PASSPHRASE"}
        env.update(COMMITTEE_DESK_PASSPHRASE=PASSPHRASE, COMMITTEE_DESK_HOME=str(home), HOME=str(home),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        result = subprocess.run([*prefix, sys.executable, str(ROOT / "main.py"), "list", "people", "--db", str(path)],
                                capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
        assert result.returncode == 2, result.stderr
        assert expected in result.stderr
        assert "passphrase" not in result.stderr and "Traceback" not in result.stderr
        os.chmod(folder, 0o777)
        os.chmod(path, 0o600)
        assert listing(folder) == {"local.cdesk": path.stat().st_size} and digest(path) == data
    finally:
        for p in work.rglob("*"):
            try:
                os.chmod(p, 0o700)
            except OSError:
                pass
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ proof of encryption
class LyingConnection(sqlite3.Connection):
    """Plain SQLite that claims to be SQLCipher (answers cipher_version): only the header check
    can catch it."""

    def execute(self, sql, *args):
        if sql.strip().upper() == "PRAGMA CIPHER_VERSION":
            return super().execute("SELECT '4.0.0 fake'")
        return super().execute(sql, *args)


class LyingDriver:
    def __init__(self) -> None:
        self.dbapi2 = sqlite3

    @staticmethod
    def connect(path, **options):
        return sqlite3.connect(path, factory=LyingConnection, **options)


def test_a_driver_without_sqlcipher_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "sqlcipher3", sqlite3)
    path = tmp_path / "new.cdesk"
    with pytest.raises(errors.NoEncryption) as caught:
        Database.create(path, PASSPHRASE)
    assert "cannot encrypt" in caught.value.user_message
    assert list(tmp_path.iterdir()) == []


def test_a_driver_without_sqlcipher_opens_nothing(db, db_path, monkeypatch):
    db.close()
    data = digest(db_path)
    monkeypatch.setattr(dbmod, "sqlcipher3", sqlite3)
    with pytest.raises(errors.NoEncryption):
        Database.open(db_path, PASSPHRASE)
    with pytest.raises(errors.UserError):
        dbmod.verify_file(db_path, PASSPHRASE)
    assert digest(db_path) == data
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_plaintext_file_is_never_kept_even_if_the_driver_lies(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "sqlcipher3", LyingDriver())
    path = tmp_path / "new.cdesk"
    with pytest.raises(errors.NoEncryption):
        Database.create(path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_every_connection_proves_sqlcipher(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert db.path.read_bytes()[:16] != dbmod.SQLITE_PLAIN_HEADER


# ------------------------------------------------------------------ durable commits
def test_commits_are_durable_synchronous_full(db):
    """synchronous=FULL (2) in WAL: a commit is on disk before "Saved" (NORMAL = 1 loses the
    last commits at a power cut)."""
    from models.roster.people import PersonInput, create_person

    create_person(db, PersonInput(first_name="Ana", last_name="Quill"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with db.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2


# --------------------------------------------------- damaged files offer their backup
def _damage(path: Path, how: str) -> None:
    if how == "empty":
        path.write_bytes(b"")
    else:
        with path.open("r+b") as handle:
            handle.truncate(3 * 4096 + 700)


@pytest.mark.parametrize("how", ["empty", "truncated"])
def test_empty_or_truncated_file_offers_its_good_backup(demo_db, db_path, cli, how):
    good = backup.make_backup(demo_db)
    demo_db.close()
    _damage(db_path, how)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        Database.open(db_path, PASSPHRASE)
    assert caught.value.backup == good
    assert "A good backup from" in caught.value.user_message
    result = cli("list", "people", "--db", str(db_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "A good backup from" in result.stderr
    assert f"committee-desk restore --db {db_path} {good}" in result.stderr
    assert db_path.read_bytes() == damaged
    # A wrong passphrase opens no backup: no offer, the plain refusal.
    with pytest.raises(DatabaseDamaged) as caught:
        Database.open(db_path, "not the passphrase at all")
    assert caught.value.backup is None
    # Following the CLI's advice restores it; the damaged file is kept aside.
    result = cli("restore", "--db", str(db_path), str(good))
    assert result.returncode == 0, result.stderr
    assert people_count(db_path) == 200
    aside = list(db_path.parent.glob("local.cdesk.replaced-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


# ------------------------------------------------- restore never loses work in flight
def _import_csv(path: Path, rows: int) -> Path:
    lines = ["first_name,last_name,email"]
    lines += [f"Given{i},Family{i},p{i}@example.org" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# The real CLI import, paused after it opened the database and before it reads the file (where
# the restore struck: the import's pooled connection then wrote into the file moved aside).
PAUSED_IMPORT = """
import runpy, sys, time
from pathlib import Path
from models import importing
ready, go = Path(sys.argv[1]), Path(sys.argv[2])
real = importing.read_table

def paused(*args, **kwargs):
    ready.touch()
    while not go.exists():
        time.sleep(0.02)
    return real(*args, **kwargs)

importing.read_table = paused
sys.argv = ["main.py", *sys.argv[3:]]
runpy.run_path("main.py", run_name="__main__")
"""


def test_restore_during_a_cli_import_in_another_process_is_refused(db, db_path, tmp_path, app_home):
    """The issue's attack, in two processes: `restore` while a CLI import runs. The import holds
    the writer lock from open to close, so the restore is refused with a clear message, and every
    imported person is in the file (none in a file moved aside)."""
    demo.generate(db, people=20, seed=2)
    good = backup.make_backup(db)
    db.close()
    csv = _import_csv(tmp_path / "rows.csv", 2000)
    ready, go = tmp_path / "ready", tmp_path / "go"
    env = dict(os.environ, COMMITTEE_DESK_PASSPHRASE=PASSPHRASE, COMMITTEE_DESK_HOME=str(app_home),
               PYTHONPATH=str(ROOT))
    importer = subprocess.Popen([sys.executable, "-c", PAUSED_IMPORT, str(ready), str(go), "import", "--db",
                                 str(db_path), str(csv)], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and importer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists(), importer.stderr.read() if importer.poll() is not None else "no start"
        restore = subprocess.run([sys.executable, str(ROOT / "main.py"), "restore", "--db", str(db_path), str(good)],
                                 capture_output=True, text=True, env=env, timeout=120)
    finally:
        go.touch()
        out, err = importer.communicate(timeout=300)
    assert restore.returncode == 2, restore.stdout
    assert "Another Committee Desk command is changing this database right now" in restore.stderr
    assert "Traceback" not in restore.stderr
    assert importer.returncode == 0, err
    assert "added: 2000" in out
    assert list(db_path.parent.glob("local.cdesk.replaced-*")) == []
    assert people_count(db_path) == 20 + 2000
    # Once the import is over, the restore runs (and keeps the imported file aside).
    again = subprocess.run([sys.executable, str(ROOT / "main.py"), "restore", "--db", str(db_path), str(good)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0, again.stderr
    aside = list(db_path.parent.glob("local.cdesk.replaced-*"))
    assert len(aside) == 1 and people_count(aside[0]) == 2020 and people_count(db_path) == 20


def test_a_write_after_a_restore_by_another_process_is_refused(db, db_path, cli):
    """A database opened without the app's lock (the CLI, a script) keeps pooled connections to
    the file it opened: after another process restored a backup over it, a write must not go
    into the file moved aside."""
    from models.roster.people import PersonInput, create_person

    demo.generate(db, people=20, seed=2)
    good = backup.make_backup(db)
    db.close()
    opened = Database.open(db_path, PASSPHRASE)
    try:
        with opened.engine.connect() as conn:  # a pooled connection to the current file
            assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 20
        result = cli("restore", "--db", str(db_path), str(good))
        assert result.returncode == 0, result.stderr
        aside = next(db_path.parent.glob("local.cdesk.replaced-*"))
        before = digest(aside)
        with pytest.raises(errors.DatabaseBusy) as caught:
            create_person(opened, PersonInput(first_name="Ana", last_name="Quill"))
        assert "was replaced" in caught.value.user_message
    finally:
        opened.close()
    assert digest(aside) == before
    assert people_count(db_path) == 20
