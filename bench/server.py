"""The benchmark's rows on a committee server (issue 25): `make bench` runs them after the file rows.

The same data as the file rows (bench/dataset.py) is loaded onto a throwaway PostgreSQL server
(tests/pg_server.py, the one the tests use) with COPY, and each operation runs through the app's
code on a ``ServerDatabase`` beside a bare psycopg floor doing the same work on the same server in
the same run: plain SELECTs fetched in one go, COPY for bulk writes. A row passes under 2x its
floor. Without PostgreSQL the rows are listed as skipped, saying why.
"""

from __future__ import annotations

import csv
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import floors

PASSWORD = "bench-server-password"
SKIPPED = {"alembic_version", "app_meta", "logins", "login_committees"}


def _address_url(server, user: str, name: str) -> tuple[str, str]:
    return server.address(user, name), server.url(user, PASSWORD, name)


def load(server, dataset) -> tuple[str, str]:
    """A new server database set up by ``server init`` and filled with the bench file's rows
    (COPY, table by table in foreign-key order); returns (database name, owner)."""
    import psycopg

    import models.core.tables  # noqa: F401
    from models.core import server_setup
    from models.core.base import Base

    name, owner, _ = server.new_database(owner_password=PASSWORD)
    address, url = _address_url(server, owner, name)
    server_setup.init(address, PASSWORD, organization="Benchmark Workers United")
    source = floors.connect(dataset.db_path, dataset.passphrase)
    try:
        with psycopg.connect(url) as conn:
            conn.execute("DELETE FROM training_topics")  # pg-roles2: init's starter topics; the file has its own
            for table in Base.metadata.sorted_tables:
                if table.name in SKIPPED:
                    continue
                columns = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                rows = source.execute(f"SELECT {quoted} FROM {table.name}")
                with conn.cursor().copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                if "id" in columns and table.c.id.autoincrement in (True, "auto") and table.c.id.primary_key:
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)")
            conn.execute("ANALYZE")
    finally:
        source.close()
    return name, owner


# ------------------------------------------------------------------ the floors, bare psycopg
def roster_tuples(conn) -> tuple:
    """What the roster shows, with plain SELECTs: people, phones, each person's tags, the names of
    workplaces, departments and shifts. (Until 2026-12-03 this floor read no tags and no names.)"""
    people = conn.execute(floors.PEOPLE_SQL).fetchall()
    phones = conn.execute("SELECT person_id, position, raw, e164 FROM phones").fetchall()
    tags = conn.execute("SELECT pt.person_id, string_agg(t.name, ', ') FROM person_tags pt "
                        "JOIN tags t ON t.id = pt.tag_id GROUP BY pt.person_id").fetchall()
    names = [conn.execute(f"SELECT id, name FROM {table}").fetchall() for table in ("workplaces", "departments", "shifts")]
    return people, phones, tags, names


def person_queries(conn, pid: int) -> dict:
    """Everything the person dialog shows, with plain SELECTs: the person, phones, tags,
    assessment history, current committees, and the form's choices (every workplace, the
    departments and shifts of theirs, every tag name), the training topics' names and the
    person's trainings. (Until 2026-12-03 this floor read only the first five, and the dialog
    read all of them: the row compared unequal work.)"""
    from psycopg.rows import dict_row

    one = conn.cursor(row_factory=dict_row)
    person = one.execute("SELECT * FROM people WHERE id = %s", (pid,)).fetchone()
    run = conn.execute
    out = {
        "person": person,
        "phones": run("SELECT raw, label FROM phones WHERE person_id = %s ORDER BY position", (pid,)).fetchall(),
        "tags": run("SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = %s "
                    "ORDER BY t.name", (pid,)).fetchall(),
        "history": run("SELECT value, assessed_by, assessed_at, note FROM assessments WHERE person_id = %s "
                       "ORDER BY assessed_at DESC, id DESC", (pid,)).fetchall(),
        "committees": run("SELECT c.name, m.role FROM committee_members m JOIN committees c ON c.id = m.committee_id "
                          "WHERE m.person_id = %s AND m.left_on IS NULL ORDER BY c.name", (pid,)).fetchall(),
        "workplaces": run("SELECT id, name FROM workplaces ORDER BY name").fetchall(),
        "departments": [],
        "shifts": [],
        "tag_names": [name for (name,) in run("SELECT name FROM tags ORDER BY name").fetchall()],
        "topics": run("SELECT id, name, name_es FROM training_topics ORDER BY name").fetchall(),
        "trainings": run("SELECT s.id, t.id, t.name, s.starts_at, r.status, t.refresh_months FROM training_registrations r "
                         "JOIN training_sessions s ON s.id = r.session_id JOIN training_topics t ON t.id = s.topic_id "
                         "WHERE r.person_id = %s ORDER BY s.starts_at DESC", (pid,)).fetchall(),
    }
    if person["workplace_id"] is not None:
        out["departments"] = run("SELECT id, name FROM departments WHERE workplace_id = %s ORDER BY name",
                                 (person["workplace_id"],)).fetchall()
        out["shifts"] = run("SELECT id, name FROM shifts WHERE workplace_id = %s ORDER BY position, name",
                            (person["workplace_id"],)).fetchall()
    return out


def person_dialog(detail: dict):
    """A bare QDialog showing what the person dialog shows, with the same kinds of widgets: a line
    edit per text field, a row per phone (number, label choice, three buttons), the choices
    filled, the notes, three answer buttons per consent question, the history in a tree, the
    trainings in a list, all in a scroll area with the dialog's buttons. No validation, no
    translations, no signals: the widget floor of "open a person" on the server."""
    from PySide6.QtWidgets import (QButtonGroup, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                                   QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                                   QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QTreeWidget,
                                   QTreeWidgetItem, QVBoxLayout, QWidget)

    p = detail["person"]
    dialog = QDialog()
    body = QWidget()
    form = QFormLayout()
    for name in ("first_name", "last_name", "preferred_name"):
        form.addRow("x", QLineEdit(p[name] or ""))
    order = QComboBox()
    order.addItems(["given first", "family first"])
    form.addRow("x", order)
    for _ in range(2):
        form.addRow("", QLabel(""))
    phones = QWidget()
    phone_rows = QVBoxLayout(phones)
    for raw, label in detail["phones"] or [("", "cell")]:
        row = QHBoxLayout()
        row.addWidget(QLineEdit(raw))
        choice = QComboBox()
        choice.setEditable(True)
        choice.addItems(["cell", "home", "work", "other"])
        choice.setCurrentText(label or "cell")
        row.addWidget(choice)
        for text in ("↑", "↓", "x"):
            row.addWidget(QPushButton(text))
        phone_rows.addLayout(row)
        phone_rows.addWidget(QLabel(""))
    phone_rows.addWidget(QPushButton("+"))
    form.addRow("x", phones)
    for name in ("email", "email2", "street", "city", "region", "postal_code", "country", "languages"):
        form.addRow("x", QLineEdit(p[name] or ""))
    for items, current in ((detail["workplaces"], p["workplace_id"]), (detail["departments"], p["department_id"]),
                           (detail["shifts"], p["shift_id"])):
        box = QComboBox()
        box.addItem("", None)
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        form.addRow("x", box)
    for value in (p["job_title"], p["external_id"], str(p["hire_date"] or "")):
        form.addRow("x", QLineEdit(value or ""))
    for count in (5, 6):
        box = QComboBox()
        box.addItems([str(i) for i in range(count)])
        form.addRow("x", box)
    form.addRow("x", QLineEdit(""))
    tags = QLineEdit(", ".join(t for (t,) in detail["tags"]))
    tags.setCompleter(QCompleter(detail["tag_names"], tags))
    form.addRow("x", tags)
    form.addRow("x", QPlainTextEdit(p["notes"] or ""))
    consent = QWidget()
    grid = QGridLayout(consent)
    for r, name in enumerate(("ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact")):
        grid.addWidget(QLabel(name), r, 0)
        group = QButtonGroup(consent)
        for c, word in enumerate(("yes", "no", "unknown"), start=1):
            button = QRadioButton(word)
            group.addButton(button, c)
            grid.addWidget(button, r, c)
        group.button({True: 1, False: 2}.get(p[name], 3)).setChecked(True)
    grid.addWidget(QLabel(""), 4, 0, 1, 5)
    form.addRow("x", consent)
    layout = QVBoxLayout(body)
    layout.addLayout(form)
    history = QGroupBox("x")
    tree = QTreeWidget()
    tree.setHeaderLabels(["a", "b", "c", "d"])
    for value, by, at, note in detail["history"]:
        tree.addTopLevelItem(QTreeWidgetItem([at.strftime("%Y-%m-%d %H:%M"), str(value), by, note]))
    box_layout = QVBoxLayout(history)
    box_layout.addWidget(tree)
    box_layout.addWidget(QLabel(", ".join(f"{name} ({role})" for name, role in detail["committees"])))
    layout.addWidget(history)
    trainings = QGroupBox("x")
    listing = QListWidget()
    topics = {i: name for i, name, _es in detail["topics"]}
    for _sid, tid, topic, starts, status, _refresh in detail["trainings"]:
        listing.addItem(f"{starts:%Y-%m-%d}  {topics.get(tid, topic)} — {status}")
    QVBoxLayout(trainings).addWidget(listing)
    layout.addWidget(trainings)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton("x", QDialogButtonBox.ButtonRole.DestructiveRole)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    outer.addWidget(QLabel(""))
    outer.addWidget(buttons)
    return dialog


def import_rows(conn, csv_path: Path) -> int:
    """csv.reader + COPY of the same rows into people (their workplace looked up by name, their
    languages as the app stores them), phones and the assessment history, one transaction.
    (Until 2026-12-03 this floor left every workplace empty, so none of the server's foreign-key
    checks on it ran, and wrote no assessment history, which the import writes for each assessed
    row.) Still less than the import: no duplicate detection (merging into 1 in 8 rows), no
    E.164 numbers, no undo records."""
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    with conn.transaction():
        workplaces = dict(conn.execute("SELECT name, id FROM workplaces").fetchall())
        conn.execute("LOCK TABLE people IN SHARE ROW EXCLUSIVE MODE")
        start = conn.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0] + 1
        now = datetime.now()
        with conn.cursor().copy(
                "COPY people (id, first_name, last_name, preferred_name, email, languages, workplace_id, job_title, "
                "membership, assessment, notes, ok_to_call, ok_to_text, do_not_contact, created_at, updated_at) "
                "FROM STDIN") as copy:
            for i, r in enumerate(rows):
                copy.write_row((start + i, r[0], r[1], "", r[3], r[5].replace(" ", ""), workplaces.get(r[4]), "", r[6],
                                int(r[7]) if r[7] else None, "", None, None, None, now, now))
        with conn.cursor().copy("COPY phones (person_id, position, raw, e164, label) FROM STDIN") as copy:
            for i, r in enumerate(rows):
                if r[2]:
                    copy.write_row((start + i, 0, r[2], "", ""))
        with conn.cursor().copy("COPY assessments (person_id, value, assessed_by, assessed_at, note) FROM STDIN") as copy:
            for i, r in enumerate(rows):
                if r[7]:
                    copy.write_row((start + i, int(r[7]), "", now, "import"))
        conn.execute(f"SELECT setval(pg_get_serial_sequence('people', 'id'), {start + len(rows)})")
    return len(rows)


EXPORT_PEOPLE_SQL = (
    "SELECT id, first_name, last_name, preferred_name, email, languages, workplace_id, department_id, shift_id, "
    "job_title, membership, assessment, notes, ok_to_call, ok_to_text, do_not_contact, name_order, ok_to_email, "
    "consent_source, consent_date, street, city, region, postal_code, country, external_id, email2, hire_date "
    "FROM people ORDER BY id"
)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def export_cells(conn, neutral: bool = False) -> list[list]:
    """The cells the roster export writes, with plain SELECTs and Python: every person's fields,
    a column per phone (as many as the most phones anyone has), names of workplace, department
    and shift, tags sorted and joined, yes/no/unknown consent, the phones' labels; ``neutral``
    (CSV): a leading apostrophe on text a spreadsheet would take for a formula. (Until
    2026-12-03 this floor wrote 18 of the export's 30 columns, and no formula guard.)"""
    names = {table: dict(conn.execute(f"SELECT id, name FROM {table}").fetchall())
             for table in ("workplaces", "departments", "shifts", "tags")}
    wp, dept, shift, tag_name = names["workplaces"], names["departments"], names["shifts"], names["tags"]
    phones: dict[int, list[str]] = {}
    labels: dict[int, list[str]] = {}
    for pid, raw, label in conn.execute("SELECT person_id, raw, label FROM phones ORDER BY person_id, position"):
        phones.setdefault(pid, []).append(raw)
        labels.setdefault(pid, []).append(label)
    tags: dict[int, list[str]] = {}
    for pid, tid in conn.execute("SELECT person_id, tag_id FROM person_tags"):
        tags.setdefault(pid, []).append(tag_name.get(tid, ""))
    width = max(map(len, phones.values()), default=1)
    blank = [""] * width

    def t(value):
        return "'" + value if neutral and value and value.startswith(_TRIGGERS) else value

    def answer(value):
        return "unknown" if value is None else "yes" if value else "no"

    out = []
    for (pid, first, last, pref, email, langs, w, d, s, job, member, assess, notes, ok_call, ok_text, dnc, order,
         ok_email, source, when, street, city, region, postal, country, external, email2, hired) in \
            conn.execute(EXPORT_PEOPLE_SQL).fetchall():
        p = [t(raw) for raw in phones.get(pid, ())]
        person_labels = labels.get(pid)
        out.append([t(first), t(last), t(pref), *(p + blank)[:width], t(email), t(langs), t(wp.get(w, "")),
                    t(dept.get(d, "")), t(shift.get(s, "")), t(job), member, "" if assess is None else str(assess),
                    t(", ".join(sorted(tags.get(pid, ()), key=str.casefold))), t(notes), answer(ok_call),
                    answer(ok_text), answer(dnc), "family first" if order == "family_first" else "given first",
                    answer(ok_email), t(source), str(when)[:19] if when else "", t(street), t(city), t(region),
                    t(postal), t(country), t(external), t(email2), str(hired) if hired else "",
                    t(", ".join(person_labels)) if person_labels and any(person_labels) else ""])
    return out


def call_list(conn, event_id: int, name: str, workplace_ids: list[int]) -> int:
    """One SELECT of the people, then COPY of the entries, one transaction; returns the list's id."""
    with conn.transaction():
        list_id = conn.execute("INSERT INTO call_lists (event_id, name, criteria, excluded, created_at, version) "
                               "VALUES (%s, %s, '{}', '{}', now(), 1) RETURNING id", (event_id, name)).fetchone()[0]
        ids = [pid for (pid,) in conn.execute(
            "SELECT p.id FROM people p WHERE p.workplace_id = ANY(%s) AND p.do_not_contact IS NOT TRUE "
            "AND p.ok_to_call IS TRUE AND EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id)",
            (workplace_ids,)).fetchall()]
        now = datetime.now()
        with conn.cursor().copy("COPY call_list_entries (list_id, person_id, position, added_at, attempts) FROM STDIN") as copy:
            for i, pid in enumerate(ids):
                copy.write_row((list_id, pid, i + 1, now, 0))
    return list_id


# ------------------------------------------------------------------ the rows
class ServerRows:
    """The server rows, recorded into the file bench's table (bench/run.py ``Bench.record``)."""

    def __init__(self, bench, server) -> None:
        self.bench = bench
        self.server = server
        self.name = ""
        self.owner = ""
        self.db = None
        self.conn = None
        self.context = None

    def run(self) -> None:
        import psycopg

        from models.core.server import ServerDatabase
        from ui.context import AppContext
        from ui.settings import Settings

        print("  loading the bench data onto a throwaway PostgreSQL server …", flush=True)
        self.name, self.owner = load(self.server, self.bench.data)
        address, url = _address_url(self.server, self.owner, self.name)
        self.db = ServerDatabase.open(address, PASSWORD)
        self.conn = psycopg.connect(url, autocommit=True)
        self.context = AppContext(self.db, Settings())
        try:
            for step in (self.roster, self.search, self.open_person, self.export, self.call_list, self.import_csv):
                step()
        finally:
            self.close()

    def record(self, name: str, *args: Any, **kwargs: Any):
        return self.bench.record("Server: " + name, *args, **kwargs)

    def roster(self) -> None:
        from bench.run import open_roster_rows

        open_roster_rows(self.bench, self.context, self.record, self.bench.data.counts["people"],
                         lambda _i: roster_tuples(self.conn),
                         "RosterPage on the server; floor: psycopg SELECTs of people, phones, tags and place names")

    def search(self) -> None:
        """A keystroke in the roster's search box: the page filters what it loaded (no round
        trip); floor: the same search asked of the server, one ILIKE SELECT per keystroke."""
        from bench.run import typing_samples
        from ui.roster.page import RosterPage

        people = self.bench.data.counts["people"]
        page = RosterPage(self.context)
        page.resize(1100, 700)
        page.show()
        self.bench.wait(lambda: not page._loading and page.model.index_data.built, page.model.modelReset)
        typed = ["g", "ga", "gar", "garc", "garci", "773"]
        sql = ("SELECT p.id FROM people p WHERE p.first_name ILIKE %s OR p.last_name ILIKE %s OR p.email ILIKE %s "
               "OR EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.raw ILIKE %s)")

        def keystrokes():
            return typing_samples(self.bench.app, page, typed, self.bench.runs,
                                  lambda text: self.conn.execute(sql, (f"%{text}%",) * 4).fetchall())

        try:
            self.record(f"Search keystroke ({people:,}-person roster)", "ms", 30.0, "< 30 ms", keystrokes,
                        f"the loaded roster filtered, typing {' / '.join(typed)}; floor: one psycopg ILIKE SELECT "
                        "per keystroke")
        finally:
            page.hide()
            page.deleteLater()
            self.bench.app.processEvents()

    def open_person(self) -> None:
        from bench.run import pair
        from ui.roster.person_editor import PersonDialog

        ids = [r[0] for r in self.conn.execute("SELECT id FROM people ORDER BY id").fetchall()]
        picks = [ids[(i * 7919) % len(ids)] for i in range(64)]
        dialogs: list = []

        def op(i):
            dialogs.append(PersonDialog(self.context, picks[i % len(picks)]))

        def floor(i):
            dialogs.append(person_dialog(person_queries(self.conn, picks[i % len(picks)])))

        def teardown(_i, _kind):
            while dialogs:
                dialogs.pop().deleteLater()
            self.bench.app.processEvents()

        self.record("Open a person", "ms", 30.0, "< 30 ms",
                    lambda: pair(op, floor, max(self.bench.runs, 15), teardown=teardown),
                    "PersonDialog on the server; floor: psycopg SELECTs of what it shows + a bare QDialog of the "
                    "same widgets (bench/server.py person_dialog)")

    def export(self) -> None:
        from bench.run import pair
        from reports.roster import export as roster_export

        people = self.bench.data.counts["people"]
        work = self.bench.work
        self.record(f"Export {people:,} people to CSV", "s", 1.0, "< 1 s",
                    lambda: pair(lambda i: roster_export.export_people(self.db, work / "server-export.csv"),
                                 lambda i: floors.write_csv(export_cells(self.conn, neutral=True), work / "server-floor.csv"),
                                 self.bench.runs),
                    "export_people on the server; floor: psycopg SELECTs + csv.writer of the same 30 cells, "
                    "formula guard in Python")
        self.record(f"Export {people:,} people to xlsx", "s", None, "< 1.5x floor",
                    lambda: pair(lambda i: roster_export.export_people(self.db, work / "server-export.xlsx"),
                                 lambda i: floors.write_xlsx(export_cells(self.conn), work / "server-floor.xlsx"),
                                 self.bench.runs, warmup=False),
                    "floor: psycopg SELECTs + openpyxl write-only of the same cells", relative_target=1.5)

    def call_list(self) -> None:
        from bench.run import pair
        from models.mobilization import operations as mob

        data = self.bench.data
        crit = mob.ListCriteria(workplace_ids=data.call_list_workplaces)
        made: dict[str, Any] = {}

        def op(i):
            made["op"] = mob.create_call_list(self.db, data.call_list_event, f"Server list {i}", crit).list_id

        def floor(i):
            made["floor"] = call_list(self.conn, data.call_list_event, f"Server floor {i}", data.call_list_workplaces)

        def teardown(_i, kind):
            list_id = made.pop(kind, None)
            if list_id is not None:
                self.conn.execute("DELETE FROM call_lists WHERE id = %s", (list_id,))

        n = data.sizes.call_list
        self.record(f"Build a {n:,}-person call list", "s", 1.0, "< 1 s",
                    lambda: pair(op, floor, self.bench.runs, teardown=teardown),
                    "create_call_list on the server; floor: one SELECT + COPY of the entries")

    def import_csv(self) -> None:
        import psycopg

        from bench.run import pair
        from models import importing
        from models.core.server import ServerDatabase

        state: dict[str, Any] = {}

        def setup(_i, kind):
            copy = "b_" + secrets.token_hex(4)
            self.server.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{self.name}" OWNER "{self.owner}"')
            state["name"] = copy
            address, url = _address_url(self.server, self.owner, copy)
            if kind == "op":
                state["db"] = ServerDatabase.open(address, PASSWORD, listen=False)
            else:
                state["conn"] = psycopg.connect(url)

        def teardown(_i, kind):
            if state.get("db") is not None:
                state.pop("db").close()
            if state.get("conn") is not None:
                state.pop("conn").close()
            self.server.execute(f'DROP DATABASE IF EXISTS "{state.pop("name")}" WITH (FORCE)')

        def op(_i):
            _plan, result = importing.import_file(state["db"], self.bench.data.import_csv)
            state["result"] = result.as_dict()

        def floor(_i):
            import_rows(state["conn"], self.bench.data.import_csv)

        # The template must have no other connection while it is copied (this row runs last).
        self.close()
        n = self.bench.data.sizes.import_rows
        row = self.record(f"Import {n:,} CSV rows with duplicate detection", "s", 3.0, "< 3 s",
                          lambda: pair(op, floor, self.bench.runs, setup, teardown, warmup=False),
                          "import_file into a copy of the bench database on the server; floor: csv.reader + COPY "
                          "of people (workplace by name), phones and assessment history")
        row.extra["result"] = state.get("result")

    def close(self) -> None:
        from ui.tasks import wait_for_all

        wait_for_all()
        for name, closing in (("context", "shutdown"), ("conn", "close"), ("db", "close")):
            thing = getattr(self, name)
            if thing is not None:
                getattr(thing, closing)()
                setattr(self, name, None)
