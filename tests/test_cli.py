"""The headless CLI through its entry point: in this process (the ``cli`` fixture), and a few
smoke tests that start the real program (``cli_process``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PASSPHRASE
from models import __version__

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_version(cli_process):
    result = cli_process("--version", passphrase=None)
    assert result.returncode == 0
    assert result.stdout.strip() == f"committee-desk {__version__}"


@pytest.mark.file_only  # makes and checks an encrypted file
def test_the_real_program_helps_imports_and_prints(cli_process, db_path, tmp_path):
    """Smoke test of ``python main.py``: --help, init, an import and a printout, each in its own
    process (the other CLI tests call the same entry function in the test process)."""
    helped = cli_process("--help", passphrase=None)
    assert helped.returncode == 0 and "usage: committee-desk" in helped.stdout
    assert cli_process("init", "--db", str(db_path)).returncode == 0
    imported = cli_process("import", "--db", str(db_path), str(FIXTURES / "google_contacts.csv"))
    assert imported.returncode == 0, imported.stderr
    pdf = tmp_path / "directory.pdf"
    printed = cli_process("print", "directory", "--db", str(db_path), str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and f"Wrote {pdf}:" in printed.stdout
    assert " 0 people" not in printed.stdout


@pytest.mark.file_only  # makes and checks an encrypted file
def test_in_process_cli_matches_the_program(cli, cli_process, db_path):
    """The in-process runner gives what the program gives: output, errors and exit codes."""
    assert cli("init", "--db", str(db_path)).returncode == 0
    for args, passphrase in ((("check", "--db", str(db_path)), "wrong passphrase!"), (("list", "nothing-such"), None),
                             (("check", "--db", str(db_path)), PASSPHRASE)):
        fast, real = cli(*args, passphrase=passphrase), cli_process(*args, passphrase=passphrase)
        assert (fast.returncode, fast.stdout, fast.stderr) == (real.returncode, real.stdout, real.stderr), args


@pytest.mark.file_only  # makes and checks an encrypted file
def test_init_demo_check_list(cli, db_path):
    assert cli("init", "--db", str(db_path)).returncode == 0
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    result = cli("demo", "--db", str(db_path), "--people", "120")
    assert result.returncode == 0, result.stderr
    assert "120 fictional people" in result.stdout
    result = cli("check", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout and "people: 120" in result.stdout
    people = cli("list", "people", "--db", str(db_path)).stdout.splitlines()
    assert len(people) == 120
    first_id, first_name = people[0].split("\t")
    assert first_id == "1" and first_name
    workplaces = cli("list", "workplaces", "--db", str(db_path)).stdout.splitlines()
    assert len(workplaces) == 5 and all("\t" in line for line in workplaces)
    committees = cli("list", "committees", "--db", str(db_path)).stdout.splitlines()
    assert len(committees) == 2


def test_demo_check_list_on_either_store(cli, db, db_arg):
    """demo, check and list on an existing store: the file, or with --store=postgresql the
    committee server (its address in --db, the password from the environment)."""
    db.close()
    result = cli("demo", "--db", db_arg, "--people", "120")
    assert result.returncode == 0, result.stderr
    assert "120 fictional people" in result.stdout
    result = cli("check", "--db", db_arg)
    assert result.returncode == 0, result.stderr
    assert "people: 120" in result.stdout.splitlines()
    people = cli("list", "people", "--db", db_arg).stdout.splitlines()
    assert len(people) == 120 and all(line.split("\t")[1] for line in people)
    assert len(cli("list", "workplaces", "--db", db_arg).stdout.splitlines()) == 5
    assert len(cli("list", "committees", "--db", db_arg).stdout.splitlines()) == 2


@pytest.mark.file_only  # makes and checks an encrypted file
def test_demo_creates_a_missing_database(cli, db_path):
    result = cli("demo", "--db", str(db_path), "--people", "30")
    assert result.returncode == 0, result.stderr
    assert "people: 30" in cli("check", "--db", str(db_path)).stdout


@pytest.mark.file_only  # makes and checks an encrypted file
def test_errors_are_plain_messages_with_exit_code_2(cli, db_path, tmp_path):
    cli("init", "--db", str(db_path))
    before = db_path.read_bytes()
    wrong = cli("check", "--db", str(db_path), passphrase="not the right one")
    assert wrong.returncode == 2
    assert "passphrase is wrong" in wrong.stderr and "Traceback" not in wrong.stderr
    assert db_path.read_bytes() == before
    missing = cli("check", "--db", str(tmp_path / "nope.cdesk"))
    assert missing.returncode == 2 and "not found" in missing.stderr
    empty = tmp_path / "empty.cdesk"
    empty.write_bytes(b"")
    result = cli("list", "people", "--db", str(empty))
    assert result.returncode == 2 and "empty" in result.stderr and "Traceback" not in result.stderr
    assert empty.read_bytes() == b""
    again = cli("init", "--db", str(db_path))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert db_path.read_bytes() == before


def test_demo_from_code_has_every_feature(db, db_arg):
    """The app's demo button calls models.core.demo.generate directly (no CLI imports first)."""
    import os
    import subprocess
    import sys

    from conftest import SERVER_PASSWORD

    code = (
        "import os, sys; sys.path.insert(0, '.')\n"
        "from models.core.server import open_store\nfrom models.core import demo\n"
        "db = open_store(sys.argv[1], os.environ['TEST_SECRET'])\n"
        "demo.generate(db, people=300)\n"
        "from models.mobilization import operations as mobilization\nfrom models.trainings import sessions as trainings\n"
        "from models.leaflets import templates as leaflets\nfrom models.resolutions import drafts as resolutions\n"
        "print(len(mobilization.list_events(db)), len(trainings.list_sessions(db)) > 0,"
        " len(leaflets.list_leaflets(db)), len(resolutions.list_resolutions(db)))\n"
        "db.close()\n"
    )
    secret = SERVER_PASSWORD if db.is_server else PASSPHRASE  # in the environment, never on the command line
    db.close()
    out = subprocess.run([sys.executable, "-c", code, db_arg], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "TEST_SECRET": secret},
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    assert out.returncode == 0, out.stderr[-2000:]
    events, has_sessions, leaflet_count, resolution_count = out.stdout.split()
    assert int(events) > 0 and has_sessions == "True" and int(leaflet_count) > 0 and int(resolution_count) > 0
