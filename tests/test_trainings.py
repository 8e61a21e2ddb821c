"""Trainings: topics, sessions, registration, attendance, coverage arithmetic, the sign-in PDF,
the Excel report and the CLI, on real encrypted databases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models.core import errors
from models.trainings import sessions as T
from models.organization.structure import WorkplaceInput, departments_and_shifts, save_workplace
from models.roster.people import PersonInput, PhoneInput, create_person


def _topic(db, name="Know your rights at work") -> int:
    return next(t.id for t in T.list_topics(db) if t.name == name)


def _session(db, topic_id, when=None, **kw) -> int:
    return T.save_session(db, T.SessionInput(topic_id=topic_id, starts_at=when or datetime(2025, 3, 4, 18, 0), **kw))


@pytest.fixture
def roster(db):
    """A known roster: one workplace with departments A, B and shifts Day, Night."""
    wp = save_workplace(db, WorkplaceInput(name="Plant", departments=["A", "B"], shifts=["Day", "Night"]))
    other = save_workplace(db, WorkplaceInput(name="Other plant", departments=["X"], shifts=["Day"]))
    depts, shifts = departments_and_shifts(db, wp)
    d = dict((name, i) for i, name in depts)
    sh = dict((name, i) for i, name in shifts)

    def person(first, dept=None, shift=None, workplace=wp):
        return create_person(db, PersonInput(first_name=first, last_name="Tester", workplace_id=workplace,
                                             department_id=d.get(dept), shift_id=sh.get(shift),
                                             phones=[PhoneInput("(773) 555-0100")]))

    people = {
        "a_day_1": person("Ana", "A", "Day"), "a_day_2": person("Beto", "A", "Day"),
        "a_day_3": person("Cora", "A", "Day"), "a_night_1": person("Dani", "A", "Night"),
        "a_night_2": person("Eva", "A", "Night"), "b_day_1": person("Fito", "B", "Day"),
        "b_night_1": person("Gala", "B", "Night"), "b_night_2": person("Hugo", "B", "Night"),
        "b_night_3": person("Inés", "B", "Night"), "b_night_4": person("Juan", "B", "Night"),
        "nodept": person("Kiko", None, None), "elsewhere": person("Lola", workplace=other),
    }
    return wp, d, sh, people


def test_starter_topics_loaded_once_bilingual(db):
    topics = T.list_topics(db)
    names = {t.name for t in topics}
    assert "When immigration agents come to the workplace" in names
    assert len(topics) == 6 and all(t.name_es for t in topics)
    T.delete_topic(db, topics[0].id)
    assert len(T.list_topics(db)) == 5  # deleted stays deleted: the catalog loads on first use only


def test_topic_crud_and_validation(db):
    tid = T.save_topic(db, T.TopicInput("Bystander training", "Capacitación de testigos", "d", "d-es", 45, 12))
    assert T.get_topic(db, tid).refresh_months == 12
    with pytest.raises(errors.ValidationError):
        T.save_topic(db, T.TopicInput("Bystander training"))
    with pytest.raises(errors.ValidationError):
        T.save_topic(db, T.TopicInput("Zero", expected_minutes=0))
    _session(db, tid)
    with pytest.raises(errors.UserError):
        T.delete_topic(db, tid)


def test_coverage_arithmetic_on_known_roster(db, roster):
    wp, d, sh, p = roster
    topic, other_topic = _topic(db), _topic(db, "Steward basics")
    old = _session(db, topic, datetime(2023, 1, 10, 9))
    new = _session(db, topic, datetime(2025, 1, 10, 9))
    T.register_people(db, old, [p["a_day_1"]], status="attended")
    T.register_people(db, new, [p["a_day_2"], p["b_day_1"], p["b_night_1"], p["elsewhere"]], status="attended")
    T.register_people(db, new, [p["b_night_2"]], status="no-show")
    T.register_people(db, new, [p["b_night_3"]])  # registered, not (yet) attended
    T.register_people(db, _session(db, other_topic), [p["a_night_1"]], status="attended")

    cov = T.coverage(db, wp, topic)
    assert (cov.cell(d["A"], sh["Day"]).trained, cov.cell(d["A"], sh["Day"]).total) == (2, 3)
    assert (cov.cell(d["A"], sh["Night"]).trained, cov.cell(d["A"], sh["Night"]).total) == (0, 2)
    assert (cov.cell(d["B"], sh["Day"]).trained, cov.cell(d["B"], sh["Day"]).total) == (1, 1)
    assert (cov.cell(d["B"], sh["Night"]).trained, cov.cell(d["B"], sh["Night"]).total) == (1, 4)
    assert cov.cell(None, None).total == 1 and cov.cell(None, None).trained == 0
    assert cov.cell(d["B"], sh["Night"]).share == pytest.approx(0.25)
    assert (cov.total.trained, cov.total.total) == (4, 11)
    assert (cov.department_total(d["A"]).trained, cov.department_total(d["A"]).total) == (2, 5)
    assert (cov.shift_total(sh["Night"]).trained, cov.shift_total(sh["Night"]).total) == (1, 6)
    assert (None, "(no department)") in cov.departments
    untrained = {pid for pid, *_ in cov.untrained}
    assert untrained == {p[k] for k in ("a_day_3", "a_night_1", "a_night_2", "b_night_2", "b_night_3",
                                        "b_night_4", "nodept")}
    assert {u[0] for u in cov.untrained_in(d["A"], sh["Night"])} == {p["a_night_1"], p["a_night_2"]}
    # since: the 2023 attendance no longer counts
    recent = T.coverage(db, wp, topic, since=date(2024, 1, 1))
    assert recent.cell(d["A"], sh["Day"]).trained == 1
    assert T.trained_person_ids(db, topic) == {p[k] for k in ("a_day_1", "a_day_2", "b_day_1", "b_night_1", "elsewhere")}
    assert p["a_day_1"] not in T.trained_person_ids(db, topic, since=datetime(2024, 1, 1))
    # the report's table agrees with the grid
    rows = {(r.workplace, r.department, r.shift): (r.trained, r.people)
            for r in T.coverage_table(db) if r.topic == "Know your rights at work"}
    assert rows[("Plant", "A", "Day")] == (2, 3) and rows[("Plant", "B", "Night")] == (1, 4)


def test_registration_groups_walk_in_attendance_followups_and_logs(db, roster):
    wp, d, sh, p = roster
    trainer = p["elsewhere"]
    sid = _session(db, _topic(db), capacity=4, trainer_ids=[trainer], place_text="Union hall", languages=["es", "en"])
    result = T.register_group(db, sid, workplace_id=wp, department_id=d["A"])
    assert (result.added, result.over_capacity) == (5, 1)
    assert T.register_group(db, sid, workplace_id=wp, department_id=d["A"], shift_id=sh["Day"]).already == 3
    walk = T.add_walk_in(db, sid, PersonInput(first_name="Walter", last_name="Walkin"))
    rows = {r.person_id: r for r in T.list_registrations(db, sid)}
    assert rows[walk].walk_in and rows[walk].status == "attended"
    with pytest.raises(errors.ValidationError):
        T.add_walk_in(db, sid, PersonInput())  # no name: roster validation applies
    reg = rows[p["a_day_1"]].id
    T.set_status(db, [reg], "attended")
    T.set_status(db, [rows[p["a_night_1"]].id], "no-show")
    T.set_evaluation(db, reg, 5, "Great")
    with pytest.raises(errors.ValidationError):
        T.set_evaluation(db, reg, 6)
    f1 = T.add_followup(db, p["a_day_1"], T.FOLLOWUP_JOIN, registration_id=reg, due=date(2025, 4, 1))
    T.add_followup(db, p["a_day_1"], T.FOLLOWUP_TRAIN, registration_id=reg)
    summary = T.list_sessions(db)[0]
    assert (summary.registered, summary.attended, summary.no_show, summary.walk_ins) == (6, 2, 1, 1)
    assert summary.label == "Know your rights at work — 2025-03-04 18:00"
    log = T.trainer_log(db, trainer)
    assert [s.id for s in log.sessions] == [sid] and len(log.open_followups) == 2
    T.set_followup_done(db, f1)
    assert [f.kind for f in T.trainer_log(db, trainer).open_followups] == [T.FOLLOWUP_TRAIN]
    assert T.trainer_totals(db)[0].attended == 2
    detail = T.get_session(db, sid)
    assert detail.trainer_names == [(trainer, "Lola Tester")] and detail.data.languages == ["es", "en"]


def test_person_trainings_and_refresh_due(db, roster):
    *_, p = roster
    immigration = _topic(db, "When immigration agents come to the workplace")  # refresh after 6 months
    first = _session(db, immigration, datetime(2024, 1, 15, 10))
    second = _session(db, immigration, datetime(2024, 9, 1, 10))
    T.register_people(db, first, [p["a_day_1"]], status="attended")
    T.register_people(db, second, [p["a_day_1"]], status="attended")
    history = T.person_trainings(db, p["a_day_1"], today=date(2025, 2, 1))
    assert [h.session_id for h in history] == [second, first]
    assert history[0].refresh_due == date(2025, 3, 1) and not history[0].is_due
    assert T.refreshes_due(db, p["a_day_1"], today=date(2025, 3, 1))[0].session_id == second
    one_on_one = _topic(db, "One-on-one organizing conversations")  # no refresh
    T.register_people(db, _session(db, one_on_one), [p["a_day_2"]], status="attended")
    assert T.person_trainings(db, p["a_day_2"])[0].refresh_due is None


def _text(pdf_path):
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_sign_in_pdf_two_pages_header_repeated(db, tmp_path):
    from pypdf import PdfReader

    from reports.trainings.sign_in import rows_per_page, write_sign_in

    topic = _topic(db, "Rapid-response and whistle protocols")
    trainer = create_person(db, PersonInput(first_name="Rosa", last_name="Entrenadora"))
    sid = _session(db, topic, place_text="Union hall", trainer_ids=[trainer])
    names = [f"Person{n:02d} Zúñiga" for n in range(rows_per_page() + 6)]
    ids = [create_person(db, PersonInput(first_name=n.split()[0], last_name="Zúñiga")) for n in names]
    T.register_people(db, sid, ids)
    out = tmp_path / "sign-in.pdf"
    result = write_sign_in(db, sid, out)
    pages = _text(out)
    assert result.pages == len(pages) == 2
    joined = "\n".join(pages)
    for name in names:
        assert name in joined
    for page in pages:  # the header and the bilingual column headings on every page
        assert "Rapid-response and whistle protocols" in page
        assert "Respuesta rápida" in page
        assert "2025-03-04" in page and "Union hall" in page and "Rosa Entrenadora" in page
        assert "Nombre" in page and "Teléfono" in page and "Signature" in page and "Firma" in page
    assert result.blank_rows >= 6 and (result.registered_rows + result.blank_rows) % rows_per_page() == 0
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/DescendantFonts")
            obj = descriptor[0].get_object() if descriptor else font.get_object()
            fonts.add(str(obj["/BaseFont"]))
            assert "/FontFile2" in obj["/FontDescriptor"].get_object()  # embedded
    assert all("DejaVu" in f for f in fonts)


def test_excel_report_reopened(demo_db, tmp_path):
    import openpyxl

    from reports.trainings.workbook import ATTENDANCE_HEADERS, SHEETS, write_training_report

    sid = T.list_sessions(demo_db)[0].id
    evil = create_person(demo_db, PersonInput(first_name="=HYPERLINK(\"x\")", last_name="Formula"))
    T.register_people(demo_db, sid, [evil])
    out = tmp_path / "trainings.xlsx"
    result = write_training_report(demo_db, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == list(SHEETS) + ["Chart"]
    assert [c.value for c in wb["Attendance"][1]] == ATTENDANCE_HEADERS
    for ws in wb.worksheets[:len(SHEETS)]:
        assert ws.freeze_panes in ("A2", "B2") and ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
    assert len(wb["Chart"]._charts) == 1  # on a page of its own
    assert wb["Sessions"].max_row == result.sessions + 1 == len(T.list_sessions(demo_db)) + 1
    cells = [c for row in wb["Attendance"].iter_rows(min_row=2) for c in row]
    evil_cells = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert evil_cells and all(c.data_type == "s" for c in evil_cells)
    assert not any(c.data_type == "f" for ws in wb for row in ws.iter_rows() for c in row)


def test_demo_creates_sessions_with_attendance(demo_db):
    sessions = T.list_sessions(demo_db)
    now = datetime.now()
    past = [s for s in sessions if s.starts_at < now]
    upcoming = [s for s in sessions if s.starts_at > now]
    assert len(sessions) >= 10 and past and upcoming
    assert sum(s.attended for s in past) > 0 and all(s.attended == 0 for s in upcoming)
    assert all(s.trainers for s in sessions)


def test_cli_list_print_report(demo_db, db_arg, cli, tmp_path):
    sessions = T.list_sessions(demo_db)
    out = cli("list", "sessions", "--db", db_arg)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0].split("\t")
    by_id = {s.id: s for s in sessions}
    assert by_id[int(first[0])].label == first[1]
    assert len(out.stdout.splitlines()) == len(sessions)
    topics = cli("list", "topics", "--db", db_arg)
    assert "Steward basics" in topics.stdout
    pdf = tmp_path / "sheet.pdf"
    out = cli("print", "sign-in", "--db", db_arg, "--session", str(sessions[0].id), str(pdf))
    assert out.returncode == 0, out.stderr
    assert sessions[0].topic in _text(pdf)[0]
    out = cli("print", "sign-in", "--db", db_arg, "--session", "99999", str(tmp_path / "no.pdf"))
    assert out.returncode == 2 and "No training session" in out.stderr and not (tmp_path / "no.pdf").exists()
    xlsx = tmp_path / "report.xlsx"
    out = cli("report", "trainings", "--db", db_arg, str(xlsx))
    assert out.returncode == 0, out.stderr
    assert xlsx.exists() and "sessions" in out.stdout
