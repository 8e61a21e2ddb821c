"""Mobilizations: turnout arithmetic, call lists and exclusions, assignment, phone banking,
paper re-entry, phone tree, check-in, call sheets (PDF read back), turnout xlsx, CLI."""

from __future__ import annotations

from datetime import datetime, timedelta

import pdfplumber
import pytest
from openpyxl import load_workbook

from models.core import errors
from models.mobilization import operations as mob
from models.organization.structure import CommitteeInput, MemberRow, save_committee
from models.roster.people import PersonInput, PhoneInput, create_person, get_person


def person(db, first, last, phone="(773) 555-0100", langs=("en",), **kw):
    kw.setdefault("ok_to_call", True)  # they said yes (a new person's consent is unknown)
    phones = [PhoneInput(phone)] if phone else []
    return create_person(db, PersonInput(first_name=first, last_name=last, phones=phones, languages=list(langs), **kw))


@pytest.fixture
def event_db(db):
    """A constructed event: 10 people on a list, known outcomes, known attendance."""
    ids = [person(db, f"P{i}", f"Person{i}", phone=f"(773) 555-{i:04d}") for i in range(10)]
    callers = [person(db, "Cal", "Spanish", langs=("es", "en")), person(db, "Cal", "English", langs=("en",))]
    committee = save_committee(db, CommitteeInput(name="Rapid Response", kind="rapid-response", members=[
        MemberRow(None, cid, "c", "caller") for cid in callers]))
    event = mob.save_event(db, mob.EventInput(name="Rally", kind="rally", starts_at=datetime(2030, 5, 1, 17, 0),
                                              place="City Hall", target=8, committee_ids=[committee],
                                              scripts={"en": "Hello, rally on May 1.", "es": "Hola, marcha el 1 de mayo."}))
    built = mob.create_call_list(db, event, "Everyone", mob.ListCriteria())
    entries = {row.person_id: row.entry_id for row in mob.list_entries(db, built.list_id)}
    return dict(db=db, ids=ids, callers=callers, committee=committee, event=event, list_id=built.list_id, entries=entries)


def test_turnout_arithmetic_on_constructed_event(event_db):
    db, ids, entries, event = event_db["db"], event_db["ids"], event_db["entries"], event_db["event"]
    day1, day2 = datetime(2030, 4, 28, 18), datetime(2030, 4, 29, 18)
    # P0: yes, came.  P1: yes, flaked.  P2: no answer, then yes (latest reached answer), came.
    # P3: maybe, came.  P4: no.  P5: left message only.  P6: wrong number.  P7-P9: not called.
    # P8 came without being called; a walk-in (not on the list) came too.
    mob.record_call(db, entries[ids[0]], "yes", called_at=day1)
    mob.record_call(db, entries[ids[1]], "yes", called_at=day1)
    mob.record_call(db, entries[ids[2]], "no-answer", called_at=day1)
    mob.record_call(db, entries[ids[2]], "yes", called_at=day2)
    mob.record_call(db, entries[ids[3]], "maybe", called_at=day2)
    mob.record_call(db, entries[ids[4]], "no", called_at=day2)
    mob.record_call(db, entries[ids[5]], "left-message", called_at=day2)
    mob.record_call(db, entries[ids[6]], "wrong-number", called_at=day2)
    for pid in (ids[0], ids[2], ids[3], ids[8]):
        assert mob.check_in(db, event, pid)
    assert not mob.check_in(db, event, ids[0])  # twice is once
    walk_in = mob.add_walk_in(db, event, PersonInput(first_name="New", last_name="Walker"))

    t = mob.turnout(db, event)
    n = t.totals
    assert (t.target, n.on_list, n.called, n.reached, n.yes, n.maybe) == (8, 12, 7, 5, 3, 1)
    assert (n.attended, n.attended_without_yes, n.flakes) == (5, 3, 1)
    assert n.flake_rate == pytest.approx(1 / 3)
    assert t.calls == 8
    # progress by day: cumulative, days before the event
    assert [(p.days_before, p.calls, p.called, p.reached, p.yes) for p in t.progress] == [(3, 3, 3, 2, 2), (2, 5, 7, 5, 3)]
    by_shift = dict(t.breakdowns["shift"])
    assert by_shift[mob.NONE_LABEL].attended == 5
    # walk-ins are attendance, and flagged as such
    assert walk_in not in ids
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT walk_in FROM checkins WHERE person_id = ?", (walk_in,)).scalar() == 1
    # summary list agrees
    summary = {e.id: e for e in mob.list_events(db)}[event]
    assert (summary.on_list, summary.attended) == (12, 5)


def test_call_list_exclusions_with_reasons_and_rerun(event_db):
    db, event = event_db["db"], event_db["event"]
    dnc = person(db, "No", "Contact", do_not_contact=True)
    nocall = person(db, "No", "Calls", ok_to_call=False)
    nophone = person(db, "No", "Phone", phone="")
    spanish = person(db, "Ana", "Lopez", langs=("es",))
    preview = mob.preview_call_list(db, mob.ListCriteria(), event_db["list_id"])
    assert preview.excluded == {"do-not-contact": 1, "not-ok-to-call": 1, "consent-unknown": 0, "no-phone": 1}
    assert preview.added == 1  # only Ana is new; the first 12 are already there

    first_entry = event_db["entries"][event_db["ids"][0]]
    mob.assign_callers(db, event_db["list_id"], event_db["callers"])
    mob.record_call(db, first_entry, "yes")
    before = {r.entry_id: (r.caller_id, r.last_outcome) for r in mob.list_entries(db, event_db["list_id"])}
    result = mob.build_call_list(db, event_db["list_id"])
    assert (result.added, result.already, result.excluded_total) == (1, 12, 3)
    after = {r.entry_id: (r.caller_id, r.last_outcome) for r in mob.list_entries(db, event_db["list_id"])}
    assert all(after[k] == v for k, v in before.items())  # calls and callers untouched
    assert spanish in {r.person_id for r in mob.list_entries(db, event_db["list_id"])}
    summary = mob.call_lists(db, event)[0]
    assert summary.excluded["no-phone"] == 1 and summary.entries == 13

    # filters: language; assessment range; attended a past event
    only_es = mob.preview_call_list(db, mob.ListCriteria(languages=["es"]))
    assert only_es.eligible == 2  # Ana and the Spanish-speaking caller
    mob.check_in(db, event, event_db["ids"][3])
    came = mob.preview_call_list(db, mob.ListCriteria(attended=True, attended_event_ids=[event]))
    assert came.matched == 1
    mob.set_trained_on_hook(lambda _db, topic: {event_db["ids"][1]} if topic == 7 else set())
    try:
        assert mob.preview_call_list(db, mob.ListCriteria(trained_topic_id=7)).eligible == 1
    finally:
        mob.set_trained_on_hook(None)


def test_assignment_modes_and_move(event_db):
    db, list_id = event_db["db"], event_db["list_id"]
    es_caller, en_caller = event_db["callers"]
    ana = person(db, "Ana", "Lopez", langs=("es",))
    mob.build_call_list(db, list_id)
    load = mob.assign_callers(db, list_id, [es_caller, en_caller], mode="language")
    rows = {r.person_id: r for r in mob.list_entries(db, list_id)}
    assert rows[ana].caller_id == es_caller
    assert sum(load.values()) == len(rows)
    load = mob.assign_callers(db, list_id, [es_caller, en_caller], mode="even", only_unassigned=False)
    assert sorted(load.values()) == [6, 7]
    entry = rows[ana].entry_id
    mob.move_entries(db, [entry], en_caller)
    assert {r.entry_id: r.caller_id for r in mob.list_entries(db, list_id)}[entry] == en_caller
    callers = mob.list_callers(db, event_db["event"], list_id)
    assert {c.id for c in callers} == {es_caller, en_caller}


def test_next_person_tiers_do_not_call_and_paper_reentry(event_db):
    db, list_id, event = event_db["db"], event_db["list_id"], event_db["event"]
    entries = [r.entry_id for r in mob.list_entries(db, list_id)]
    first = mob.next_entry(db, list_id)
    assert first == entries[0]
    card = mob.person_card(db, first)
    assert card.script.startswith("Hello") and card.phones
    mob.record_call(db, first, "no-answer")
    assert mob.next_entry(db, list_id) == entries[1]  # fresh people before retries
    assert mob.next_entry(db, list_id, skip=[entries[1]]) == entries[2]
    mob.record_call(db, entries[1], "callback", callback_at=datetime.now() - timedelta(minutes=1))
    assert mob.next_entry(db, list_id) == entries[1]  # a due call-back comes first
    with pytest.raises(errors.ValidationError):
        mob.record_call(db, entries[2], "callback")
    # Do not call again sets the person's consent and drops them from the queue
    mob.record_call(db, entries[2], "do-not-call")
    detail = get_person(db, mob.person_card(db, entries[2]).person_id)
    assert detail.data.do_not_contact and not detail.data.ok_to_call
    # several attempts kept
    mob.record_call(db, first, "yes", note="bringing 2 co-workers", flagged=True)
    card = mob.person_card(db, first)
    assert [a.outcome for a in card.attempts] == ["no-answer", "yes"]
    assert mob.flagged_calls(db, event)[0][3] == "bringing 2 co-workers"
    # paper loop: row ID + key
    row = event_db["entries"][event_db["ids"][3]]
    name = mob.record_paper_outcome(db, event, row, "m")
    assert name == "P3 Person3"
    assert mob.person_card(db, row).attempts[-1].outcome == "maybe"
    with pytest.raises(errors.NotFound):
        mob.record_paper_outcome(db, event, 999999, "Y")
    with pytest.raises(errors.ValidationError):
        mob.record_paper_outcome(db, event, entries[4], "Q")


def test_phone_tree_respects_limit_and_languages(db):
    members = []
    chair = person(db, "Chair", "Person", langs=("en", "es"))
    members.append(MemberRow(None, chair, "c", "chair"))
    for i in range(12):
        pid = person(db, f"M{i}", "Member", phone=f"(312) 555-{i:04d}", langs=(("es",) if i % 2 else ("en",)))
        members.append(MemberRow(None, pid, "m", "member"))
    committee = save_committee(db, CommitteeInput(name="Tree", kind="rapid-response", members=members))
    roots = mob.build_phone_tree(db, committee, per_caller=3)
    nodes = list(mob.walk_tree(roots))
    assert len(roots) == 1 and roots[0].person_id == chair
    assert len(nodes) == 13
    assert all(len(n.children) <= 3 for n in nodes)
    matched = sum(1 for n in nodes if n.parent_id and set(n.languages) & set(next(p for p in nodes if p.person_id == n.parent_id).languages))
    assert matched >= 9


def test_checkin_search(event_db):
    db, event = event_db["db"], event_db["event"]
    person(db, "José", "Núñez", phone="(872) 555-4321")
    rows = mob.load_checkin_rows(db, event)
    hits = mob.search_checkin_rows(rows, "jose nun")
    assert [rows[i].name for i in hits] == ["José Núñez"]
    assert [rows[i].name for i in mob.search_checkin_rows(rows, "5554321")] == ["José Núñez"]
    assert rows[0].on_list  # people on the list come first


def test_call_sheet_pdf_read_back(event_db, tmp_path):
    from reports.mobilization.call_sheets import write_call_sheets

    db = event_db["db"]
    for i in range(60):
        person(db, f"Extra{i}", "Caller-List", phone=f"(630) 555-{i:04d}")
    mob.build_call_list(db, event_db["list_id"])
    mob.assign_callers(db, event_db["list_id"], event_db["callers"][:1])
    out = tmp_path / "sheets.pdf"
    result = write_call_sheets(db, event_db["event"], out)
    assert result.rows == 72 and result.pages >= 2
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() for p in pdf.pages]
        fonts = {f["fontname"] for p in pdf.pages for f in p.chars}
    assert all("+" in name for name in fonts)  # subset-embedded TTFs, never base-14
    assert "Hola, marcha el 1 de mayo." in pages[0]  # the caller's language
    assert "P0 Person0" in pages[0]
    assert "Extra59 Caller-List" in "".join(pages)
    for n, text in enumerate(pages, 1):
        assert "Rally" in text and "Caller: Cal Spanish" in text and "Name" in text and "Phone" in text
        assert "Confidential — shred after use" in text
        assert f"Page {n} of {len(pages)}" in text
    entry = event_db["entries"][event_db["ids"][0]]
    assert str(entry) in pages[0]


def test_turnout_xlsx_values_chart_and_no_formulas(event_db, tmp_path):
    from reports.mobilization.workbook import write_turnout

    db, entries, ids, event = event_db["db"], event_db["entries"], event_db["ids"], event_db["event"]
    mob.record_call(db, entries[ids[0]], "yes", note="=HYPERLINK(\"http://x\")")
    mob.record_call(db, entries[ids[1]], "yes", note="+1 call me")
    mob.check_in(db, event, ids[0])
    other = mob.save_event(db, mob.EventInput(name="=cmd|' /C calc'!A0", kind="march"))
    out = tmp_path / "turnout.xlsx"
    result = write_turnout(db, [event, other], out)
    assert result.calls == 2
    wb = load_workbook(out)
    summary = wb["Summary"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=4, values_only=True)}
    assert rows["On the call list"] == (12, 0)
    assert rows["Said yes"] == (2, 0) and rows["Attended"] == (1, 0) and rows["Flake rate"][0] == 0.5
    assert summary.cell(3, 3).value == "=cmd|' /C calc'!A0" and summary.cell(3, 3).data_type == "s"
    assert summary.freeze_panes == "B4"
    assert len(wb["Turnout"]._charts) == 1  # on a page of its own, after the summary
    assert wb.sheetnames[:2] == ["Summary", "Turnout"]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
    calls = wb["Calls"]
    assert calls.freeze_panes == "A2" and calls.auto_filter.ref == "A1:O3"
    notes = [r[-1] for r in calls.iter_rows(min_row=2, values_only=True)]
    assert notes == ['=HYPERLINK("http://x")', "+1 call me"]
    assert wb["By caller"].max_row >= 2 and wb["Progress by day"].max_row == 2
    assert calls.column_dimensions["E"].width > 20


def test_turnout_progress_sheet_with_a_formula_like_event_name_reopens(event_db, tmp_path):
    """Calls on several days give the "Progress by day" sheet one row per day: each row's event
    name is its own string cell (one cell object reused across rows wrote a workbook openpyxl
    refused to load and Excel "repaired")."""
    from reports.mobilization.workbook import write_turnout

    db, ids = event_db["db"], event_db["ids"]
    event = mob.save_event(db, mob.EventInput(name="=3+4", kind="rally", starts_at=datetime(2030, 5, 1, 17, 0)))
    built = mob.create_call_list(db, event, "Everyone", mob.ListCriteria())
    rows = {row.person_id: row.entry_id for row in mob.list_entries(db, built.list_id)}
    for day, pid in ((datetime(2030, 4, 27, 18), ids[0]), (datetime(2030, 4, 28, 18), ids[1]),
                     (datetime(2030, 4, 29, 18), ids[2])):
        mob.record_call(db, rows[pid], "yes", called_at=day)
    bell = mob.save_event(db, mob.EventInput(name="@Night\x07 rally", kind="rally"))
    for both in (False, True):
        out = tmp_path / f"turnout-{both}.xlsx"
        write_turnout(db, [event_db["event"], event, bell] if both else [event], out)
        wb = load_workbook(out)  # raised on the broken file
        progress = wb["Progress by day"]
        named = [r for r in progress.iter_rows(min_row=2) if r[0].value == "=3+4"]
        assert len(named) == 3
        assert all(r[0].data_type == "s" for r in named)
        if both:  # a control character XML cannot hold is left out, the rest stays literal text
            assert wb["Summary"].cell(3, 4).value == "@Night rally"
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate)


def test_demo_and_cli(tmp_path, cli):
    path = tmp_path / "demo.cdesk"
    assert cli("demo", "--db", str(path), "--people", "300").returncode == 0
    listed = cli("list", "events", "--db", str(path))
    assert listed.returncode == 0, listed.stderr
    assert "Rally at the ICE processing center" in listed.stdout and len(listed.stdout.splitlines()) == 5
    out = tmp_path / "t.xlsx"
    done = cli("report", "turnout", "--db", str(path), "--event", "Picket at Lakeside Poultry", str(out))
    assert done.returncode == 0, done.stderr
    wb = load_workbook(out)
    assert wb["Summary"].cell(7, 2).value > 0  # people on the call list
    assert wb["Calls"].max_row > 10
    pdf = tmp_path / "cs.pdf"
    done = cli("print", "call-sheets", "--db", str(path), "--event", "Know-your-rights meeting", str(pdf))
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(pdf) as doc:
        assert "Know-your-rights meeting" in doc.pages[0].extract_text()
    done = cli("print", "phone-tree", "--db", str(path), "--committee", "1", str(tmp_path / "tree.pdf"))
    assert done.returncode == 0, done.stderr
    missing = cli("report", "turnout", "--db", str(path), "--event", "No such event", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 2 and "No event" in missing.stderr and not (tmp_path / "x.xlsx").exists()
