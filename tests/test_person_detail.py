"""get_person reads plain rows (not ORM objects): everything the person dialog shows, in order."""

from __future__ import annotations

from datetime import date

import pytest

from models.core import errors
from models.organization import structure as organization
from models.roster import people as roster
from models.trainings import sessions as T
from models.roster.people import PersonInput, PhoneInput


def test_get_person_returns_all_parts_in_order(db):
    data = PersonInput(
        first_name="María José", last_name="Núñez", preferred_name="Majo",
        phones=[PhoneInput("(773) 555-0142", "cell"), PhoneInput("773.555.0199", "home")],
        email="majo@example.org", languages=["es", "en"], job_title="Line cook",
        membership="steward", assessment=2, tags=["volunteer", "Has a car", "bilingual"],
        notes="Night shift lead", ok_to_call=True, ok_to_text=False, do_not_contact=False,
    )
    pid = roster.create_person(db, data, assessed_by="Ana", assessment_note="first talk")
    for value, note in ((3, "second"), (1, "third")):
        data.assessment = value
        roster.update_person(db, pid, data, assessed_by="Luis", assessment_note=note)
    other = roster.create_person(db, PersonInput(first_name="Other", last_name="Person"))
    organization.save_committee(db, organization.CommitteeInput(name="Kitchen committee", members=[
        organization.MemberRow(None, pid, "", role="chair"), organization.MemberRow(None, other, "")]))
    organization.save_committee(db, organization.CommitteeInput(name="Old committee", members=[
        organization.MemberRow(None, pid, "", joined_on=date(2020, 1, 1), left_on=date(2021, 1, 1))]))

    detail = roster.get_person(db, pid)

    assert detail.id == pid and detail.display_name == "Majo Núñez"
    assert [(p.raw, p.label) for p in detail.data.phones] == [("(773) 555-0142", "cell"), ("773.555.0199", "home")]
    assert detail.data.tags == sorted(["volunteer", "Has a car", "bilingual"])  # by name, as stored
    assert detail.data.languages == ["es", "en"] and detail.data.assessment == 1
    assert (detail.data.membership, detail.data.job_title, detail.data.notes) == ("steward", "Line cook", "Night shift lead")
    assert (detail.data.ok_to_call, detail.data.ok_to_text, detail.data.do_not_contact) == (True, False, False)
    assert [(a.value, a.assessed_by, a.note) for a in detail.assessments] == [
        (1, "Luis", "third"), (3, "Luis", "second"), (2, "Ana", "first talk")]  # newest first
    assert detail.committees == [("Kitchen committee", "chair")]  # current memberships only
    assert detail.created_at is not None and detail.updated_at >= detail.created_at
    assert roster.get_person(db, other).display_name == "Other Person"


def test_get_person_for_someone_deleted_says_so(db):
    pid = roster.create_person(db, PersonInput(first_name="Gone", last_name="Soon"))
    roster.delete_people(db, [pid])
    with pytest.raises(errors.NotFound):
        roster.get_person(db, pid)


def test_topic_titles_are_every_topic_with_its_spanish_name(db):
    summaries = T.list_topics(db)
    assert T.topic_titles(db) == [(t.id, t.name, t.name_es) for t in summaries]
    assert any(es for _i, _name, es in T.topic_titles(db))  # the starter catalog is bilingual
