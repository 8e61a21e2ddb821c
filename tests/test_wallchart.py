"""The workplace map (wall chart): cell arithmetic, health checks, speed, the PDF and the CLI."""

from __future__ import annotations

import time
from datetime import date

from pypdf import PdfReader

from models.organization import structure as organization
from models.core.entities import Committee, CommitteeMember, Department, Person, Shift
from models.organization.structure import WorkplaceInput
from models.organization.wallchart import NONE_ID, wall_chart


def _fonts(page) -> list:
    fonts = page["/Resources"].get("/Font", {})
    return [f.get_object() for f in fonts.values()]


def assert_fonts_embedded(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        found = _fonts(page)
        assert found
        for font in found:
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def build_known_roster(db, unit_size=None):
    """A workplace with 3 departments x 2 shifts and a hand-made roster.

    Packing/Day: 10 people, 6 assessed (1,1,2,3,4,5), committee: p0 (active) and p1 (left -> no)
    Packing/Night: 5 people, none assessed, nobody on a committee
    Shipping/Day: 4 people, all rated 2, committee: s0 (on two committees: counts once)
    Shipping/Night: 1 person rated 5, on a committee of another workplace (counts: any committee)
    Office: nobody (a department with no committee member and no people)
    no department / Day: 2 people rated 1, one of them a committee member
    Another workplace: 3 people, one on the committee (never counted here)
    """
    wid = organization.save_workplace(db, WorkplaceInput(name="Known Plant", unit_size=unit_size,
                                                          departments=["Packing", "Shipping", "Office"],
                                                          shifts=["Day", "Night"]))
    other = organization.save_workplace(db, WorkplaceInput(name="Other Site", departments=["X"], shifts=["Day"]))
    with db.write() as s:
        depts = {d.name: d.id for d in s.query(Department).filter_by(workplace_id=wid)}
        shifts = {sh.name: sh.id for sh in s.query(Shift).filter_by(workplace_id=wid)}
        ids: dict[str, int] = {}

        def person(key, dept, shift, assessment=None, workplace=wid):
            p = Person(first_name=key, last_name="Tester", workplace_id=workplace,
                       department_id=depts.get(dept) if dept else None,
                       shift_id=shifts.get(shift) if shift else None, assessment=assessment)
            s.add(p)
            s.flush()
            ids[key] = p.id

        for i, a in enumerate([1, 1, 2, 3, 4, 5, None, None, None, None]):
            person(f"p{i}", "Packing", "Day", a)
        for i in range(5):
            person(f"n{i}", "Packing", "Night")
        for i in range(4):
            person(f"s{i}", "Shipping", "Day", 2)
        person("sn0", "Shipping", "Night", 5)
        person("x0", None, "Day", 1)
        person("x1", None, "Day", 1)
        for i in range(3):
            person(f"o{i}", None, None, 3, workplace=other)
        here = Committee(name="Known committee", kind="workplace", workplace_id=wid)
        there = Committee(name="Other committee", kind="rapid-response", workplace_id=other)
        s.add_all([here, there])
        s.flush()
        s.add_all([
            CommitteeMember(committee_id=here.id, person_id=ids["p0"], role="chair", joined_on=date(2024, 1, 1)),
            CommitteeMember(committee_id=here.id, person_id=ids["p1"], role="member", joined_on=date(2024, 1, 1),
                            left_on=date(2024, 6, 1)),
            CommitteeMember(committee_id=here.id, person_id=ids["s0"], role="caller"),
            CommitteeMember(committee_id=there.id, person_id=ids["s0"], role="member"),
            CommitteeMember(committee_id=here.id, person_id=ids["s0"], role="trainer"),
            CommitteeMember(committee_id=there.id, person_id=ids["sn0"], role="member"),
            CommitteeMember(committee_id=here.id, person_id=ids["x0"], role="member"),
            CommitteeMember(committee_id=here.id, person_id=ids["o0"], role="member"),
        ])
    return wid, depts, shifts


def test_cells_count_people_assessments_and_committee_members(db):
    wid, depts, shifts = build_known_roster(db)
    chart = wall_chart(db, wid)
    assert [n for _i, n in chart.departments] == ["Office", "Packing", "Shipping", "(no department)"]
    assert [n for _i, n in chart.shifts] == ["Day", "Night"]
    pd = chart.cell(depts["Packing"], shifts["Day"])
    assert (pd.people, pd.assessed, pd.spread, pd.members) == (10, 6, (2, 1, 1, 1, 1), 1)
    assert pd.covered and pd.coverage_text() == "1:10"
    pn = chart.cell(depts["Packing"], shifts["Night"])
    assert (pn.people, pn.assessed, pn.members, pn.covered) == (5, 0, 0, False)
    assert pn.coverage_text() == "none"
    sd = chart.cell(depts["Shipping"], shifts["Day"])
    assert (sd.people, sd.spread, sd.members) == (4, (0, 4, 0, 0, 0), 1)  # three memberships, one person
    sn = chart.cell(depts["Shipping"], shifts["Night"])
    assert (sn.people, sn.members) == (1, 1)  # member of another workplace's committee: counts
    none_day = chart.cell(NONE_ID, shifts["Day"])
    assert (none_day.people, none_day.members, none_day.supportive) == (2, 1, 2)
    assert chart.cell(depts["Office"], shifts["Day"]).people == 0
    total = chart.total
    assert (total.people, total.assessed, total.members, total.supportive) == (22, 13, 4, 9)
    assert chart.department_total(depts["Packing"]).people == 15
    assert chart.shift_total(shifts["Night"]).members == 1


def test_health_check_arithmetic_on_a_known_roster(db):
    wid, _d, _s = build_known_roster(db)
    checks = {c.key: c for c in wall_chart(db, wid).checks}
    # unit = roster count 22; 4 members: 4*10 = 40 >= 22 -> ok (18%)
    assert checks["committee_share"].ok is True
    assert checks["committee_share"].values == dict(members=4, unit=22, pct=18, goal=3)
    # Office has nobody on the committee
    assert checks["departments"].ok is False
    assert checks["departments"].values["names"] == "Office"
    assert "Office" in checks["departments"].text
    assert checks["shifts"].ok is True
    assert checks["assessed"].ok is None and checks["assessed"].values == dict(assessed=13, unit=22, pct=59)
    assert checks["supportive"].values == dict(n=9, unit=22, pct=41, pct_assessed=69)


def test_unit_size_from_the_workplace_record_and_scope(db):
    wid, _d, _s = build_known_roster(db, unit_size=50)
    chart = wall_chart(db, wid)
    checks = {c.key: c for c in chart.checks}
    assert chart.unit_size == 50 and chart.unit_size_known
    # 4 of 50 = 8% < 10%: not met; goal 5
    assert checks["committee_share"].ok is False
    assert checks["committee_share"].values == dict(members=4, unit=50, pct=8, goal=5)
    assert checks["assessed"].values["pct"] == 26
    # Only this workplace's committees: the Shipping/Night member (other committee) no longer counts
    scoped = wall_chart(db, wid, scope="workplace")
    assert scoped.total.members == 3
    shifts_check = {c.key: c for c in scoped.checks}["shifts"]
    assert shifts_check.ok is False and shifts_check.values["names"] == "Night"


def test_wall_chart_of_a_5000_worker_workplace_is_fast(db):
    from models.core import demo

    demo.generate(db, people=5000, workplaces=1, committees=3, seed=11)
    wall_chart(db, 1)  # warm the connection pool
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        chart = wall_chart(db, 1)
        timings.append(time.perf_counter() - started)
    assert chart.total.people == 5000
    assert min(timings) < 0.3, timings
    print(f"wall chart for 5,000 workers: {min(timings) * 1000:.1f} ms")


def test_wall_chart_pdf_is_one_landscape_page_with_embedded_fonts(db, tmp_path):
    from reports.organization.wall_chart import write_wall_chart

    wid, _d, _s = build_known_roster(db)
    out = tmp_path / "wall.pdf"
    result = write_wall_chart(db, wid, out)
    assert result.pages == 1
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Known Plant", "Packing", "Shipping", "Office", "Night", "Health checks", "Departments with no committee member"):
        assert expected in text, expected
    assert "10 people" in text
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= assert_fonts_embedded(reader)
    assert not list(tmp_path.glob(".*.part"))


def test_wall_chart_pdf_stays_one_page_with_many_departments(db, tmp_path):
    from reports.organization.wall_chart import write_wall_chart

    wid = organization.save_workplace(db, WorkplaceInput(name="Huge", departments=[f"Dept {i:02d} with a long name" for i in range(30)],
                                                          shifts=["Day", "Swing", "Night", "Weekend"]))
    out = tmp_path / "huge.pdf"
    write_wall_chart(db, wid, out)
    assert len(PdfReader(str(out)).pages) == 1


def test_cli_print_wall_chart(cli, db, db_arg, tmp_path):
    build_known_roster(db)
    db.close()
    out = tmp_path / "chart.pdf"
    result = cli("print", "wall-chart", "--db", db_arg, "--workplace", "Known Plant", str(out))
    assert result.returncode == 0, result.stderr
    assert "1 page" in result.stdout and "22 people" in result.stdout
    assert "NOT Departments with no committee member" in result.stdout
    assert len(PdfReader(str(out)).pages) == 1
    missing = cli("print", "wall-chart", "--db", db_arg, "--workplace", "Nowhere", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "No workplace" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------- UI
def test_wall_chart_view_cells_checks_click_and_print(qtbot, context, tmp_path):
    from PySide6.QtCore import Qt

    from ui.organization.wallchart import CELL_ROLE, WallChartView
    from ui.organization.workplaces import WorkplacesPage

    wid, depts, shifts = build_known_roster(context.db)
    page = WorkplacesPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Known Plant")
    page.table.selectRow(row)
    qtbot.mouseClick(page.wall_chart_button, Qt.MouseButton.LeftButton)
    view: WallChartView = page.wall_chart
    qtbot.waitUntil(lambda: view.chart is not None, timeout=5000)
    assert view.model.rowCount() == 5 and view.model.columnCount() == 3  # 4 departments + total; 2 shifts + total
    packing = [d for d, _n in view.chart.departments].index(depts["Packing"])
    cell = view.model.index(packing, 0).data(CELL_ROLE)
    assert (cell.people, cell.assessed, cell.members) == (10, 6, 1)
    assert view.model.index(4, 2).data(CELL_ROLE).people == 22
    assert "✗" in view.checks.text() and "Office" in view.checks.text()
    from ui.navigation import RosterPlace

    view.table.clicked.emit(view.model.index(packing, 1))
    assert context.navigator.last_roster_place == RosterPlace(wid, depts["Packing"], shifts["Night"])
    view.open_cell(view.model.index(4, 0))  # "All departments" row, Day column
    assert context.navigator.last_roster_place == RosterPlace(wid, None, shifts["Day"])
    view.grab()  # paints every cell through the delegate
    out = tmp_path / "wall.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: out.exists() and view.print_button.isEnabled(), timeout=10000)
    assert len(PdfReader(str(out)).pages) == 1
    view.scope.setChecked(True)
    qtbot.waitUntil(lambda: view.chart.scope == "workplace", timeout=5000)
    assert view.chart.total.members == 3
