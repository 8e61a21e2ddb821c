"""A throwaway PostgreSQL server for the tests and the benchmark (Debian's ``postgresql`` package).

``initdb`` and ``postgres`` refuse to run as root, and the tests and CI run as root, so when we
are root the server runs as the unprivileged ``postgres`` user that the package creates
(``runuser``), in a data folder that user owns. pytest-postgresql's ``postgresql_proc`` starts
``pg_ctl`` as the current user and so cannot be used as root; this module does the same job
(initdb, pg_ctl start on a free loopback port, stop and remove at the end).

The server listens on 127.0.0.1 only and asks every TCP login for its SCRAM password, as a
committee's real server does; ``fsync`` is off (a throwaway server, never a real one).

``unavailable()`` says in plain words why no server can be started here (None when one can);
tests skip with that reason and ``make test`` prints it.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _run_as() -> list[str]:
    """The prefix that runs a server command as an unprivileged user (empty when we are not root)."""
    if os.name != "posix" or os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def unavailable() -> str | None:
    """Why a throwaway PostgreSQL cannot be started here, or None."""
    if _bin_dir() is None:
        return "PostgreSQL's server programs are not installed (apt-get install postgresql)"
    if _run_as():
        if shutil.which("runuser") is None:
            return "running as root without runuser: PostgreSQL refuses to run as root"
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def url(user: str, password: str, database: str, host: str = "127.0.0.1", port: int = 5432) -> str:
    return f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}@{host}:{port}/{quote(database, safe='')}"


@dataclass
class Server:
    folder: Path
    port: int
    password: str  # the superuser's (only the fixtures use the superuser: never the app)
    bin: Path

    def superuser_url(self, database: str = "postgres") -> str:
        return url(SUPERUSER, self.password, database, port=self.port)

    def url(self, user: str, password: str, database: str) -> str:
        return url(user, password, database, port=self.port)

    def address(self, user: str, database: str) -> str:
        """What a user types into Committee Desk: the address without the password."""
        return f"postgresql://{quote(user, safe='')}@127.0.0.1:{self.port}/{quote(database, safe='')}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.superuser_url(database), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, owner: str | None = None, owner_password: str | None = None) -> tuple[str, str, str]:
        """A new empty database with its own owner login (CREATEROLE, not a superuser), as a
        union's admin would set one up: returns (database, owner, owner's password)."""
        name = "cd_" + secrets.token_hex(4)
        owner = owner or name + "_owner"
        owner_password = owner_password or secrets.token_urlsafe(12)
        self.execute(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{owner_password}'")
        self.execute(f"CREATE DATABASE \"{name}\" OWNER \"{owner}\"")
        self.execute(f"REVOKE ALL ON DATABASE \"{name}\" FROM PUBLIC")
        self.execute(f"GRANT CONNECT ON DATABASE \"{name}\" TO \"{owner}\"")
        return name, owner, owner_password

    def stop(self) -> None:
        subprocess.run(_run_as() + [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Start a throwaway server (raises RuntimeError with the server's log when it cannot)."""
    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="committee-desk-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pwfile").write_text(password + "\n")
    prefix = _run_as()
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(folder / "pwfile", "postgres", "postgres")
    folder.chmod(0o700)
    data = folder / "data"
    done = subprocess.run(
        prefix + [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(folder / "pwfile"),
                  "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
        capture_output=True, text=True, check=False)
    if done.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError("initdb failed: " + done.stderr[-2000:])
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    done = subprocess.run(prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "start"],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        log = (folder / "log").read_text() if (folder / "log").exists() else done.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError("the PostgreSQL server did not start: " + log[-2000:])
    return Server(folder, port, password, bin_dir)
