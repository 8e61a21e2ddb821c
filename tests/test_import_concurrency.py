"""An import and an editor at the same moment, each through their own connection (two apps):
the editor's save is never silently overwritten by the import's merge. Either the editor's
save lands first and the import merges into what they saved, or the import lands first and the
editor is told (errors.Conflict) and chooses. On the committee server the import locks the
people table against other writers for its transaction (``dialect.next_free_id``), so the editor's
save waits and then meets the version the import bumped (without that lock this test fails: the
import's merge overwrote the editor's email); on the file one writer at a time holds the database."""

from __future__ import annotations

import threading

import pytest

from models.core import errors
from models.importing import pipeline, writing
from models.roster.people import PersonInput, PhoneInput, create_person, get_person, update_person
from test_mobilization_concurrency import second_app  # noqa: F401 - a fixture

EDITOR = "ana.editor@example.org"
IMPORTED = "ana.import@example.org"


def test_an_editors_save_during_an_import_is_never_overwritten(db, second_app, tmp_path, monkeypatch):  # noqa: F811
    pid = create_person(db, PersonInput(first_name="Ana", last_name="Lozano", phones=[PhoneInput("(312) 555-0101")]))
    loaded = get_person(second_app, pid)  # the editor opened the person before the import began
    csv = tmp_path / "members.csv"
    csv.write_text(f"First Name,Last Name,Phone,Email\nAna,Lozano,(312) 555-0101,{IMPORTED}\n", encoding="utf-8")

    read = threading.Event()
    editor_done = threading.Event()
    outcome: dict[str, object] = {}
    real_targets = writing._merge_targets

    def targets_then_wait(conn, ids):
        result = real_targets(conn, ids)
        if pid in ids:
            read.set()
            editor_done.wait(2)  # the editor tries to save between the import's read and its write
        return result

    monkeypatch.setattr(writing, "_merge_targets", targets_then_wait)

    def editor():
        read.wait(30)
        data = loaded.data
        data.email = EDITOR
        try:
            update_person(second_app, pid, data, version=loaded.version)
            outcome["editor"] = "saved"
        except errors.Conflict:
            outcome["editor"] = "conflict"
        except BaseException as exc:  # noqa: BLE001 - reported below
            outcome["editor"] = exc
        finally:
            editor_done.set()

    thread = threading.Thread(target=editor)
    thread.start()
    _plan, result = pipeline.import_file(db, csv)
    thread.join(30)
    assert not thread.is_alive(), "the editor is stuck"
    assert result.merged == 1 and result.added == 0
    email = get_person(db, pid).data.email
    if outcome["editor"] == "saved":  # the editor's save came first: the import merged into it
        assert email == EDITOR
    else:  # the import came first: the editor was told, and nothing of theirs was written
        assert outcome["editor"] == "conflict", outcome
        assert email == IMPORTED
