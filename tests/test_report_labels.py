"""Files for people in the user's language: every writer takes its words from a labels dataclass
(English defaults for the CLI) and the UI fills them with tr() texts.

Writer tests pass Spanish labels and read the real file back; UI tests install the real Spanish
translator and check the page passes the words its tr() gives (the .ts is translated separately).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication

from models.mobilization import operations as mob
from models.trainings import sessions as T
from models.organization.structure import (
    CommitteeInput,
    MemberRow,
    WorkplaceInput,
    departments_and_shifts,
    save_committee,
    save_workplace,
)
from models.roster.people import PersonInput, PhoneInput, create_person, get_person, update_person

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "committee_desk_es.ts"
SHOTS = Path(os.environ.get("REPORT_LABELS_SHOTS", "")) if os.environ.get("REPORT_LABELS_SHOTS") else None
BAD_SHEET_CHARS = set("[]:*?/\\")


def _keep(path: Path) -> None:
    """With REPORT_LABELS_SHOTS=/some/dir the files are copied there to be looked at."""
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / path.name).write_bytes(path.read_bytes())


def _pdf_text(path: Path) -> tuple[str, dict]:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages), dict(pdf.metadata)


def _panel_text(path: Path) -> str:
    """The wall chart's health-check panel (the right-hand column), as one line."""
    from reports.organization.wall_chart import MARGIN, PAGE, PANEL

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.within_bbox((PAGE[0] - MARGIN - PANEL, 0, PAGE[0], page.height)).extract_text() or ""
    return " ".join(text.split())


def _check_sheet_names(names: list[str]) -> None:
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not (set(name) & BAD_SHEET_CHARS), name


# ------------------------------------------------------------------ data
def _person(db, first, last, phone=None, **kw):
    kw.setdefault("ok_to_call", True)  # on call lists (unknown consent is left out)
    return create_person(db, PersonInput(first_name=first, last_name=last, phones=[PhoneInput(phone)] if phone else [],
                                         **kw))


@pytest.fixture
def event(db):
    ids = [_person(db, f"Ana{i}", "Prueba", phone=f"(773) 555-{i:04d}", languages=["es"]) for i in range(4)]
    caller = _person(db, "Rosa", "Llamadora", phone="(773) 555-0999", languages=["es", "en"])
    committee = save_committee(db, CommitteeInput(name="Comité RR", kind="rapid-response", members=[
        MemberRow(None, caller, "", "caller"), *(MemberRow(None, pid, "", "member") for pid in ids)]))
    event_id = mob.save_event(db, mob.EventInput(name="Marcha", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                                 place="Plaza", committee_ids=[committee],
                                                 scripts={"es": "Hola, ¿vienes a la marcha?"}))
    built = mob.create_call_list(db, event_id, "Todos", mob.ListCriteria())
    mob.assign_callers(db, built.list_id, [caller])
    entries = {r.person_id: r.entry_id for r in mob.list_entries(db, built.list_id)}
    mob.record_call(db, entries[ids[0]], "yes", caller_id=caller)
    mob.record_call(db, entries[ids[1]], "no-answer", caller_id=caller, source="paper")
    return dict(event=event_id, committee=committee, caller=caller, ids=ids)


@pytest.fixture
def workplace(db):
    wid = save_workplace(db, WorkplaceInput(name="Planta Norte", departments=["Empaque", "Envíos"],
                                            shifts=["Mañana", "Noche"]))
    depts, shifts = departments_and_shifts(db, wid)
    for i in range(12):
        _person(db, f"Obrero{i}", "Prueba", workplace_id=wid, department_id=depts[i % 2][0],
                shift_id=shifts[i % 2][0], assessment=(i % 5) + 1 if i % 3 else None)
    _person(db, "Sin", "Departamento", workplace_id=wid)
    return wid


@pytest.fixture
def training(db, workplace):
    depts, shifts = departments_and_shifts(db, workplace)
    people = [_person(db, f"Aprendiz{i}", "Prueba", workplace_id=workplace, department_id=depts[0][0],
                      shift_id=shifts[0][0]) for i in range(3)]
    trainer = _person(db, "Rosa", "Capacitadora")
    topic = next(t.id for t in T.list_topics(db))
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2025, 5, 1, 18),
                                            place_workplace_id=workplace, trainer_ids=[trainer]))
    T.register_people(db, sid, people)
    T.set_status(db, [T.list_registrations(db, sid)[0].id], "attended")
    return dict(session=sid, people=people)


# ------------------------------------------------------- Spanish labels
def spanish_sheet_labels():
    from reports.mobilization.call_sheets import SheetLabels
    from reports.core.labels import DateWords

    return SheetLabels(
        title="{event} — hojas de llamadas", caller="Llamador(a)", unassigned="Sin llamador(a) asignado",
        script="Guion", row_id="ID", name="Nombre", phone="Teléfono", language="Idioma", notes="Notas",
        confidential="Confidencial — destruir después de usar", page="Página {page} de {pages}", legend="Clave:",
        outcomes={"yes": "Sí", "maybe": "Tal vez", "no": "No", "left-message": "Se dejó mensaje",
                  "no-answer": "No contestó", "wrong-number": "Número equivocado", "callback": "Llamar más tarde",
                  "do-not-call": "No volver a llamar"},
        kinds={k: {"march": "Marcha"}.get(k, k) for k in mob.EVENT_KINDS},
        dates=DateWords(weekdays=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
                        months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
                        pattern="{weekday} {day} {month} {year}, {time}"))


def test_call_sheets_in_spanish(db, event, tmp_path):
    from reports.mobilization.call_sheets import write_call_sheets

    out = tmp_path / "hojas de llamadas.pdf"
    result = write_call_sheets(db, event["event"], out, labels=spanish_sheet_labels())
    _keep(out)
    text, meta = _pdf_text(out)
    assert result.rows == 4  # 5 on the list (the caller too); the "yes" is answered, "no answer" called again
    for spanish in ("Llamador(a): Rosa Llamadora", "Guion", "Nombre", "Teléfono", "Idioma", "Notas",
                    "Confidencial — destruir después de usar", "Página 1 de 1", "Clave:", "No volver a llamar",
                    "Marcha · mié 1 may 2030, 12:00 · Plaza", "Hola, ¿vienes a la marcha?"):
        assert spanish in text, spanish
    for english in ("Caller", "Script", "Name", "Phone", "Lang.", "Notes", "Confidential", "Page", "Key:",
                    "Do not call", "Wed", "March ·"):
        assert english not in text, english
    assert meta["Title"] == "Marcha — hojas de llamadas"


def spanish_turnout_labels():
    from reports.mobilization.workbook import TurnoutLabels

    return TurnoutLabels(
        summary="Resumen", progress="Avance por día", calls="Llamadas", measure="Medida", event="Evento",
        title="Informe de asistencia",
        generated="Hecho con Committee Desk el {when}. Confidencial: contiene datos personales.",
        rows={"starts_at": "Fecha y hora", "place": "Lugar", "target": "Meta", "on_list": "En la lista",
              "called": "Llamados", "reached": "Contactados", "yes": "Dijeron sí", "maybe": "Dijeron tal vez",
              "attended": "Asistieron", "attended_without_yes": "Asistieron sin decir sí",
              "flakes": "Dijeron sí y no vinieron", "flake_rate": "Tasa de incumplimiento",
              "reach_rate": "Contactados / llamados", "calls": "Llamadas hechas"},
        chart_title="Asistencia", confidential="Confidencial — destruir después de usar",
        page="Página {page} de {pages}",
        # long and with characters Excel refuses in sheet names: the writer makes them valid
        breakdowns={"workplace": "Por lugar de trabajo: [todos los turnos]", "department": "Por departamento",
                    "shift": "Por turno", "committee": "Por comité", "caller": "Por llamador/a"},
        breakdown_heads={"workplace": "Lugar de trabajo", "department": "Departamento", "shift": "Turno",
                         "committee": "Comité", "caller": "Llamador(a)"},
        progress_heads=("Evento", "Día", "Días antes del evento", "Llamadas ese día", "Personas llamadas",
                        "Contactadas", "Dicen sí"),
        detail_heads=("ID de llamada", "Llamada el", "ID de fila", "Persona", "Lugar de trabajo", "Departamento",
                      "Turno", "Llamador(a)", "Resultado", "Volver a llamar el", "Marcada", "Origen", "Asistió",
                      "Nota"),
        outcomes={"yes": "Sí", "no-answer": "No contestó"}, sources={"phone": "Teléfono", "paper": "Papel"},
        yes="Sí", no="No", none="(ninguno)")


def test_turnout_in_spanish(db, event, tmp_path):
    from reports.mobilization.workbook import write_turnout

    out = tmp_path / "asistencia.xlsx"
    result = write_turnout(db, [event["event"]], out, labels=spanish_turnout_labels())
    _keep(out)
    wb = load_workbook(out)
    _check_sheet_names(wb.sheetnames)
    assert wb.sheetnames == result.sheets
    assert wb.sheetnames == ["Resumen", "Asistencia", "Por lugar de trabajo todos los", "Por departamento",
                             "Por turno", "Por comité", "Por llamador a", "Avance por día", "Llamadas"]
    summary = wb["Resumen"]
    assert summary["A1"].value == "Informe de asistencia"
    assert summary["A2"].value.startswith("Hecho con Committee Desk el")
    assert [r[0].value for r in summary.iter_rows(min_row=3, max_col=1)][:3] == ["Medida", "Fecha y hora", "Lugar"]
    assert wb["Asistencia"]._charts[0].title.tx.rich.p[0].r[0].t == "Asistencia"  # the chart on its own page
    for ws in wb:  # printed pages say it in Spanish
        assert "Confidencial" in ws.oddFooter.left.text and "Página &P de &N" == ws.oddFooter.right.text
    calls = wb["Llamadas"]
    assert [c.value for c in calls[1]][8:12] == ["Resultado", "Volver a llamar el", "Marcada", "Origen"]
    rows = [[c.value for c in row] for row in calls.iter_rows(min_row=2)]
    assert {(r[8], r[11], r[12]) for r in rows} == {("Sí", "Teléfono", "No"), ("No contestó", "Papel", "No")}
    words = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None}
    for english in ("Summary", "Measure", "Turnout report", "Said yes", "Outcome", "Yes", "No answer", "phone",
                    "paper", "Phone", "Paper", "(none)", "Day"):
        assert english not in words, english


def test_turnout_english_defaults_for_the_cli(db, event, tmp_path):
    from reports.mobilization.workbook import write_turnout

    out = tmp_path / "turnout.xlsx"
    write_turnout(db, [event["event"]], out)
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-1] == "Calls"
    assert {r[11] for r in wb["Calls"].iter_rows(min_row=2, values_only=True)} == {"Phone", "Paper"}


def test_phone_tree_in_spanish(db, event, tmp_path):
    from reports.mobilization.phone_tree import TreeLabels, write_phone_tree

    labels = TreeLabels(title="Árbol telefónico",
                        subtitle="Cada persona llama a las personas que están justo debajo (como máximo {n}). "
                                 "Si nadie contesta, llame usted mismo(a) al siguiente nivel.",
                        calls="llama a {n}", confidential="Confidencial — destruir después de usar",
                        page="Página {page} de {pages}", card_title="{caller} llama a estas personas",
                        card_note="Solo para {caller}: entréguele esta hoja.", name="Nombre", phone="Teléfono",
                        languages="Idiomas")
    out = tmp_path / "arbol.pdf"
    write_phone_tree(db, event["committee"], out, per_caller=2, labels=labels)
    _keep(out)
    text, meta = _pdf_text(out)
    for spanish in ("Árbol telefónico: Comité RR", "como máximo 2", "siguiente nivel.", "llama a 2",
                    "Confidencial — destruir después de usar", "Página 1 de 3", "llama a estas personas",
                    "Solo para", "Teléfono"):
        assert spanish in text, spanish
    for english in ("Phone tree", "Each person", "calls ", "Confidential", "Page", "For ", "Phone"):
        assert english not in text, english


def spanish_wall_chart_labels():
    from reports.organization.wall_chart import WallChartLabels

    return WallChartLabels(
        title="Tabla mural · {workplace}",
        summary="Tamaño de la unidad {unit} ({source})  ·  en el listado {people}  ·  miembros del comité {members}"
                "  ·  impreso el {date}",
        from_record="según el registro del lugar de trabajo", from_roster="según el listado",
        corner="Departamento \\ Turno", all_shifts="Todos los turnos", all_departments="Todos los departamentos",
        no_department="(sin departamento)", no_shift="(sin turno)",
        people=lambda n: f"{n} persona" if n == 1 else f"{n} personas",
        assessed=lambda n: f"{n} evaluada" if n == 1 else f"{n} evaluadas",
        committee="Comité {n}", no_member="ninguno", legend="Evaluación:",
        spread=("1 apoyo fuerte", "2 tiende a apoyar", "3 indeciso", "4 tiende a oponerse", "5 en contra"),
        not_assessed="sin evaluar",
        coverage_note="Cobertura 1:N = compañeros por miembro del comité; meta: un miembro por cada ~{goal} "
                      "compañeros (rojo = no se cumple).",
        members_any="Miembros del comité: miembros activos de cualquier comité.",
        members_workplace="Miembros del comité: miembros activos de los comités de este lugar de trabajo.",
        health_checks="Indicadores de salud",
        checks={
            "Committee members are at least 10% of the unit: {members} of {unit} ({pct}%; goal {goal}).":
                "Los miembros del comité son al menos el 10% de la unidad: {members} de {unit} ({pct}%; meta {goal}).",
            "Departments with no committee member ({n} of {all}): {names}.":
                "Departamentos sin miembro del comité ({n} de {all}): {names}.",
            "Shifts with no committee member ({n} of {all}): {names}.":
                "Turnos sin miembro del comité ({n} de {all}): {names}.",
            "Assessed: {assessed} of {unit} in the unit ({pct}%).": "Evaluados: {assessed} de {unit} en la unidad ({pct}%).",
            "Rated 1–2: {n} of {unit} in the unit ({pct}%; {pct_assessed}% of those assessed).":
                "Con 1–2: {n} de {unit} en la unidad ({pct}%; {pct_assessed}% de los evaluados).",
        })


def test_wall_chart_in_spanish(db, workplace, tmp_path):
    from models.organization.wallchart import wall_chart
    from reports.organization.wall_chart import write_chart_pdf

    out = tmp_path / "tabla-mural.pdf"
    write_chart_pdf(wall_chart(db, workplace), out, spanish_wall_chart_labels())
    _keep(out)
    text, meta = _pdf_text(out)
    flat = " ".join(text.split())
    for spanish in ("Tabla mural · Planta Norte", "Tamaño de la unidad 13 (según el listado)", "Todos los turnos",
                    "Todos los departamentos", "(sin departamento)", "(sin turno)", "Indicadores de salud",
                    "Evaluados: 8 de 13", "Evaluación:", "1 apoyo fuerte", "sin evaluar", "Comité 0", "ninguno",
                    "personas", "evaluadas", "Cobertura 1:N", "cualquier comité", "Departamento \\ Turno"):
        assert spanish in flat, spanish
    panel = _panel_text(out)
    assert "Los miembros del comité son al menos el 10% de la unidad: 0 de 13 (0%; meta 2)." in panel
    assert "Departamentos sin miembro del comité (2 de 2): Empaque, Envíos." in panel
    for english in ("Wall chart", "Unit size", "All shifts", "All departments", "no department", "no shift",
                    "Health checks", "Assessed:", "Assessment", "strong support", "not assessed", "Committee",
                    "none", "people", "Coverage", "Department \\"):
        assert english not in flat, english
    assert meta["Title"] == "Tabla mural · Planta Norte"


def spanish_training_labels():
    from reports.trainings.workbook import TrainingReportLabels

    return TrainingReportLabels(
        sheets=("Sesiones", "Asistencia: [todas las sesiones]", "Cobertura", "Capacitadores"),
        session_headers=("ID de sesión", "Tema", "Empieza", "Lugar", "Idiomas", "Capacitadores", "Cupo",
                         "Inscritos", "Asistieron", "No asistieron", "Sin registro", "Tasa de asistencia"),
        attendance_headers=("ID de sesión", "Sesión", "Empieza", "Tema", "ID de persona", "Nombre", "Lugar de trabajo",
                            "Departamento", "Turno", "Estado", "Sin registro", "Evaluación (1-5)", "Comentario"),
        coverage_headers=("Tema", "Lugar de trabajo", "Departamento", "Turno", "Personas", "Capacitadas",
                          "Proporción capacitada"),
        trainer_headers=("Capacitador(a)", "ID de persona", "Sesiones", "Inscritos", "Asistieron", "No asistieron"),
        statuses={"registered": "Inscrito", "attended": "Asistió", "no-show": "No asistió"}, yes="sí",
        chart_title="Personas capacitadas por capacitador(a) (asistieron)", chart_y="Asistieron",
        chart_x="Capacitador(a)", chart_sheet="Gráfico", confidential="Confidencial — destruir después de usar",
        page="Página {page} de {pages}")


def test_training_report_in_spanish(db, training, tmp_path):
    from reports.trainings.workbook import write_training_report

    out = tmp_path / "capacitaciones.xlsx"
    write_training_report(db, out, labels=spanish_training_labels())
    _keep(out)
    wb = load_workbook(out)
    _check_sheet_names(wb.sheetnames)
    assert wb.sheetnames == ["Sesiones", "Asistencia todas las sesiones", "Cobertura", "Capacitadores", "Gráfico"]
    assert [c.value for c in wb["Sesiones"][1]][:3] == ["ID de sesión", "Tema", "Empieza"]
    attendance = wb["Asistencia todas las sesiones"]
    assert attendance["J1"].value == "Estado"
    assert {r[9] for r in attendance.iter_rows(min_row=2, values_only=True)} == {"Inscrito", "Asistió"}
    assert wb["Cobertura"]["G1"].value == "Proporción capacitada"
    assert wb["Gráfico"]._charts[0].title.tx.rich.p[0].r[0].t.startswith("Personas capacitadas")
    for ws in wb:
        assert "Confidencial" in ws.oddFooter.left.text and "Página &P de &N" == ws.oddFooter.right.text
    words = {str(c.value) for ws in wb for row in ws.iter_rows(max_row=2) for c in row if c.value is not None}
    for english in ("Sessions", "Session ID", "Topic", "Status", "registered", "Registered", "Share trained"):
        assert english not in words, english


def test_sheet_and_file_names_are_made_safe():
    from reports.core.labels import safe_file_name, sheet_title

    assert sheet_title("Resumen: [todo] / 2030?") == "Resumen todo 2030"
    assert sheet_title("x" * 40) == "x" * 31
    assert sheet_title("Llamadas", ["llamadas"]) == "Llamadas (2)"
    assert sheet_title(" ''", fallback="Hoja") == "Hoja"
    assert safe_file_name('Marcha 1/5: "todos"? hojas de llamadas.pdf') == "Marcha 1-5- -todos-- hojas de llamadas.pdf"
    assert safe_file_name("CON.pdf") == "CON-.pdf"
    assert safe_file_name("   .pdf", "hojas.pdf") == "pdf"
    assert safe_file_name("../../etc/passwd") == "-..-etc-passwd"


# -------------------------------------------------------------------- UI (Spanish translator installed)
def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def test_mobilizations_ui_passes_translated_labels(qtbot, context, event, spanish, tmp_path, monkeypatch):
    from ui.mobilization import page as M

    widget = M.TurnoutWidget(context)
    qtbot.addWidget(widget)
    widget.set_event(event["event"])
    qtbot.waitUntil(lambda: widget.report is not None, timeout=5000)

    asked = []

    def fake_dialog(_parent, _title, suggested, _pattern):
        asked.append(Path(suggested).name)
        return str(tmp_path / ("sheets.pdf" if suggested.endswith(".pdf") else "turnout.xlsx")), ""

    monkeypatch.setattr(M.QFileDialog, "getSaveFileName", fake_dialog)
    widget.print_sheets()
    qtbot.waitUntil(lambda: widget.last_job.finished.is_set(), timeout=10000)
    widget.export()
    qtbot.waitUntil(lambda: widget.last_job.finished.is_set(), timeout=10000)
    assert asked == [tr("TurnoutWidget", "{event} call sheets.pdf").format(event="Marcha"),
                     tr("TurnoutWidget", "{event} turnout.xlsx").format(event="Marcha")]

    labels = widget.sheet_labels()
    assert labels.caller == tr("TurnoutWidget", "Caller") == "Llamador(a)"  # already in the .ts
    assert labels.confidential == tr("TurnoutWidget", "Confidential — shred after use")
    assert labels.page == tr("TurnoutWidget", "Page {page} of {pages}")
    assert labels.outcomes["do-not-call"] == "No volver a llamar" and labels.kinds["march"] == "Marcha"
    assert labels.dates.weekdays[2] == tr("TurnoutWidget", "Wed")
    assert labels.dates.months[4] == tr("TurnoutWidget", "May", "month, abbreviated")
    text, _meta = _pdf_text(tmp_path / "sheets.pdf")
    assert "Llamador(a): Rosa Llamadora" in text and "Marcha · " in text and "Caller:" not in text
    assert labels.confidential in text and labels.notes in text

    t = widget.turnout_labels()
    assert t.summary == tr("TurnoutWidget", "Summary") and t.calls == tr("TurnoutWidget", "Calls")
    assert t.rows["flake_rate"] == tr("TurnoutWidget", "Flake rate") == "Tasa de incumplimiento"
    assert t.breakdown_heads["caller"] == "Llamador(a)" and t.detail_heads[8] == "Resultado"
    assert t.sources["paper"] == tr("TurnoutWidget", "Paper") and t.none == "(ninguno)"
    wb = load_workbook(tmp_path / "turnout.xlsx")
    _check_sheet_names(wb.sheetnames)
    assert wb.sheetnames[0] == t.summary[:31] and wb.sheetnames[-1] == t.calls[:31]
    detail = [[c.value for c in row] for row in wb.worksheets[-1].iter_rows(min_row=2)]
    assert {r[8] for r in detail} == {"Sí", "No contestó"} and {r[11] for r in detail} == {t.sources["phone"], t.sources["paper"]}

    tree = M.PhoneTreeWidget(context)
    qtbot.addWidget(tree)
    tree.committee.setCurrentIndex(tree.committee.findData(event["committee"]))
    monkeypatch.setattr(M.QFileDialog, "getSaveFileName",
                        lambda _p, _t, suggested, _f: (asked.append(Path(suggested).name), str(tmp_path / "tree.pdf"))[1:] + ("",))
    tree.save_pdf()
    qtbot.waitUntil(lambda: tree.last_job.finished.is_set(), timeout=10000)
    assert asked[-1] == tr("PhoneTreeWidget", "{committee} phone tree.pdf").format(committee="Comité RR")
    labels = tree.tree_labels()
    assert labels.title == tr("PhoneTreeWidget", "Phone tree") == "Árbol telefónico"
    assert labels.calls == tr("PhoneTreeWidget", "calls {n}")
    text, _meta = _pdf_text(tmp_path / "tree.pdf")
    assert "Árbol telefónico: Comité RR" in text and "Phone tree" not in text


def test_call_list_and_phone_bank_use_plural_forms(qtbot, context, event, spanish):
    from ui.mobilization.page import CallListWidget
    from ui.mobilization.phonebank import PhoneBankWidget

    widget = CallListWidget(context)
    qtbot.addWidget(widget)
    widget.set_event(event["event"])
    assert widget.callers.item(0).text() == tr("CallListWidget", "{name} — {langs} — %n people", "", 5).format(
        name="Rosa Llamadora", langs="es, en")
    assert "%n" not in widget.callers.item(0).text() and "5" in widget.callers.item(0).text()
    bank = PhoneBankWidget(context)
    qtbot.addWidget(bank)
    bank.set_event(event["event"])
    assert bank.list_combo.itemText(0) == tr("PhoneBankWidget", "{name} (%n people)", "", 5).format(name="Todos")
    assert "5" in bank.list_combo.itemText(0)


def test_wall_chart_ui_prints_in_spanish(qtbot, context, workplace, spanish, tmp_path, monkeypatch):
    from ui.organization import wallchart as W

    view = W.WallChartView(context, workplace)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.chart is not None, timeout=5000)
    labels = view.pdf_labels(view.chart)
    assert labels.title == tr("WallChartView", "Wall chart · {workplace}")
    assert labels.health_checks == tr("WallChartView", "Health checks") == "Indicadores de salud"
    assert labels.no_member == tr("WallChart", "none") and labels.committee == tr("WallChart", "Committee {n}")
    assert labels.people(13) == tr("WallChartView", "%n people", None, 13) != "13"  # the whole unit
    assert labels.assessed(8) == tr("WallChartView", "%n assessed", None, 8) != "8"
    for check in view.chart.checks:  # the sentences the screen shows are the ones printed
        assert labels.checks[check.message] == tr("WallChart", check.message) != check.message
    suggested = []
    monkeypatch.setattr(W.QFileDialog, "getSaveFileName",
                        lambda _p, _t, s, _f: (suggested.append(Path(s).name), str(tmp_path / "mural.pdf"))[1:] + ("",))
    view.print_chart()
    qtbot.waitUntil(lambda: (tmp_path / "mural.pdf").exists() and view.print_button.isEnabled(), timeout=10000)
    assert suggested == [tr("WallChartView", "wall-chart-{workplace}.pdf").format(workplace="planta-norte")]
    text, meta = _pdf_text(tmp_path / "mural.pdf")
    flat = " ".join(text.split())
    panel = _panel_text(tmp_path / "mural.pdf")
    assert "Indicadores de salud" in panel and "Los miembros del comité son al menos el 10% de la unidad" in panel
    assert "Health checks" not in flat and "Committee members are" not in flat
    assert labels.all_departments in flat and labels.corner in flat
    assert meta["Title"] == labels.title.format(workplace="Planta Norte")


def test_training_report_ui_in_spanish(qtbot, context, training, spanish, tmp_path, monkeypatch):
    from ui.trainings import page as UT

    page = UT.TrainingsPage(context)
    qtbot.addWidget(page)
    labels = page.report_labels()
    assert labels.sheets == tuple(tr("TrainingsPage", s) for s in ("Sessions", "Attendance", "Coverage", "Trainers"))
    assert labels.sheets[0] == "Sesiones"
    assert labels.attendance_headers[5] == tr("TrainingsPage", "Name") == "Nombre"
    assert labels.statuses["no-show"] == UT.STATUS_LABELS["no-show"]() != "No-show"
    suggested = []
    monkeypatch.setattr(page, "_ask_path", lambda _purpose, s, _f: (suggested.append(s), tmp_path / "cap.xlsx")[1])
    page.training_report()
    qtbot.waitUntil(lambda: (tmp_path / "cap.xlsx").exists(), timeout=10000)
    qtbot.waitUntil(lambda: page.last_job.finished.is_set(), timeout=10000)
    assert suggested[0] == tr("TrainingsPage", "trainings-{date}.xlsx").format(date=datetime.now().strftime("%Y-%m-%d"))
    wb = load_workbook(tmp_path / "cap.xlsx")
    _check_sheet_names(wb.sheetnames)
    assert wb.sheetnames == list(labels.sheets) + [labels.chart_sheet]
    assert labels.chart_sheet == "Gráfico" and labels.confidential == "Confidencial — destruir después de usar"
    assert wb.worksheets[0].oddFooter.right.text == "Página &P de &N"
    assert [c.value for c in wb.worksheets[1][1]] == list(labels.attendance_headers)
    assert {r[9] for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)} == {
        labels.statuses["registered"], labels.statuses["attended"]}


# ------------------------------------------------- training topics named in the UI's language
def _topic_names(db, training) -> tuple[str, str]:
    detail = T.get_session(db, training["session"])
    assert detail.topic_es and detail.topic_es != detail.topic  # a starter topic: bilingual
    return detail.topic, detail.topic_es


def _report_topics(path: Path) -> tuple[list, set, set, set]:
    """(Sessions topics, Attendance topics, Attendance session labels, Coverage topics)."""
    wb = load_workbook(path)
    sessions, attendance, coverage = wb.worksheets[0], wb.worksheets[1], wb.worksheets[2]
    rows = list(attendance.iter_rows(min_row=2, values_only=True))
    return ([r[1] for r in sessions.iter_rows(min_row=2, values_only=True)], {r[3] for r in rows},
            {r[1] for r in rows}, {r[0] for r in coverage.iter_rows(min_row=2, values_only=True)})


def test_training_report_names_topics_in_the_chosen_language(db, training, tmp_path):
    from reports.trainings.workbook import write_training_report

    english, spanish = _topic_names(db, training)
    T.save_topic(db, T.TopicInput(name="Only English"))  # no Spanish name: its English one in both
    all_english = {t.name for t in T.list_topics(db)}
    all_spanish = {t.name_es or t.name for t in T.list_topics(db)}

    write_training_report(db, tmp_path / "es.xlsx", topic_language="es")
    sessions, topics, labels, coverage = _report_topics(tmp_path / "es.xlsx")
    assert sessions == [spanish] and topics == {spanish} and labels == {f"{spanish} — 2025-05-01 18:00"}
    assert coverage == all_spanish and "Only English" in coverage and english not in coverage

    write_training_report(db, tmp_path / "en.xlsx")  # the CLI's default: English
    sessions, topics, labels, coverage = _report_topics(tmp_path / "en.xlsx")
    assert sessions == [english] and topics == {english} and labels == {f"{english} — 2025-05-01 18:00"}
    assert coverage == all_english and spanish not in coverage


def test_sign_in_puts_the_topic_in_the_chosen_language_first(db, training, tmp_path):
    from reports.trainings.sign_in import write_sign_in

    english, spanish = _topic_names(db, training)
    write_sign_in(db, training["session"], tmp_path / "es.pdf", topic_language="es")
    text, meta = _pdf_text(tmp_path / "es.pdf")
    assert f"{spanish} / {english}" in " ".join(text.split())
    assert meta["Title"].endswith(f": {spanish}")
    write_sign_in(db, training["session"], tmp_path / "en.pdf")  # the CLI's default: English first
    text, meta = _pdf_text(tmp_path / "en.pdf")
    assert f"{english} / {spanish}" in " ".join(text.split())
    assert meta["Title"].endswith(f": {english}")

    only = T.save_topic(db, T.TopicInput(name="Only English"))
    sid = T.save_session(db, T.SessionInput(topic_id=only, starts_at=datetime(2025, 6, 1, 18)))
    write_sign_in(db, sid, tmp_path / "only.pdf", topic_language="es")
    text, meta = _pdf_text(tmp_path / "only.pdf")
    assert "Only English" in text and " / Only" not in text and "Only English /" not in text


def _trainings_page(qtbot, context, training):
    from ui.trainings import page as UT

    page = UT.TrainingsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.sessions_tab.sessions_model.rowCount() == 1, timeout=10000)
    page.open_session(training["session"])
    qtbot.waitUntil(lambda: page.sessions_tab.session is not None, timeout=10000)
    return page


def _print_both(qtbot, page, tmp_path, monkeypatch) -> list[str]:
    suggested = []
    paths = iter([tmp_path / "hoja.pdf", tmp_path / "informe.xlsx"])
    monkeypatch.setattr(page, "_ask_path", lambda _purpose, s, _f: (suggested.append(s), next(paths))[1])
    page.print_sign_in()
    qtbot.waitUntil(lambda: (tmp_path / "hoja.pdf").exists() and page.last_job.finished.is_set(), timeout=10000)
    page.training_report()
    qtbot.waitUntil(lambda: (tmp_path / "informe.xlsx").exists() and page.last_job.finished.is_set(), timeout=10000)
    return suggested


def test_trainings_ui_prints_topics_in_spanish(qtbot, context, training, spanish, tmp_path, monkeypatch):
    english, spanish_name = _topic_names(context.db, training)
    page = _trainings_page(qtbot, context, training)
    suggested = _print_both(qtbot, page, tmp_path, monkeypatch)
    assert suggested[0] == tr("TrainingsPage", "sign-in-{topic}-{date}.pdf").format(
        topic="derechos-de-salud-y-seguridad", date="2025-05-01")
    text, meta = _pdf_text(tmp_path / "hoja.pdf")
    assert f"{spanish_name} / {english}" in " ".join(text.split()) and meta["Title"].endswith(spanish_name)
    sessions, topics, _labels, coverage = _report_topics(tmp_path / "informe.xlsx")
    assert sessions == [spanish_name] and topics == {spanish_name} and english not in coverage


def test_trainings_ui_prints_topics_in_english(qtbot, context, training, tmp_path, monkeypatch):
    english, spanish_name = _topic_names(context.db, training)
    page = _trainings_page(qtbot, context, training)
    suggested = _print_both(qtbot, page, tmp_path, monkeypatch)
    assert suggested[0] == "sign-in-health-and-safety-rights-2025-05-01.pdf"
    text, _meta = _pdf_text(tmp_path / "hoja.pdf")
    assert f"{english} / {spanish_name}" in " ".join(text.split())
    sessions, topics, _labels, coverage = _report_topics(tmp_path / "informe.xlsx")
    assert sessions == [english] and topics == {english} and spanish_name not in coverage


def test_phone_bank_shows_phone_labels_translated(qtbot, context, spanish):
    from ui.mobilization.phonebank import PhoneBankWidget

    db = context.db
    pid = _person(db, "Luz", "Prueba", languages=["es"])
    data = get_person(db, pid).data
    data.phones = [PhoneInput("(773) 555-0100", "cell"), PhoneInput("(773) 555-0101", "work"),
                   PhoneInput("(773) 555-0102", "Abuela")]
    update_person(db, pid, data)
    committee = save_committee(db, CommitteeInput(name="Comité", kind="rapid-response",
                                                  members=[MemberRow(None, pid, "", "member")]))
    event_id = mob.save_event(db, mob.EventInput(name="Marcha", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                                 committee_ids=[committee]))
    mob.create_call_list(db, event_id, "Todos", mob.ListCriteria())
    bank = PhoneBankWidget(context)
    qtbot.addWidget(bank)
    bank.set_event(event_id)
    assert bank.card is not None and bank.card.person_id == pid
    buttons = [bank.phones_box.itemAt(i).widget() for i in range(bank.phones_box.count())]
    texts = [b.text() for b in buttons if b is not None]
    # no "⧉" (a missing glyph on many systems): a copy icon from the theme, else the word
    assert texts == ["(773) 555-0100  (Celular)  · copiar", "(773) 555-0101  (Trabajo)  · copiar",
                     "(773) 555-0102  (Abuela)  · copiar"]
