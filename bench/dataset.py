"""The benchmark's data: one realistic encrypted database, built once and cached in bench/data/.

Full size: 100,000 people across 20 workplaces, 50 committees, 200 events and 1,000,000 call
records (``--quick``: everything 10x smaller). Fictional, from a fixed seed: ``models.core.demo``
makes people, workplaces and committees (its extensions add a few events, trainings, leaflets);
then bulk driver inserts add the events and calls the benchmark needs:

* a "turnout" event whose call list holds 50,000 people with two calls each (100,000 calls);
* a "call sheets" event: 10,000 people waiting for a call, split among 20 callers;
* an empty "call list" event (the benchmark builds its 20,000-person list there);
* filler events with one call per entry until there are 200 events and 1,000,000 calls;
* a CSV of 100,000 people to import (10% already in the roster, 2% twice in the file).

The cache key holds the seed and the sizes; the file is built under a temporary name and renamed
into place only when complete.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
PASSPHRASE = "bench-passphrase-1886"
SEED = 1886
OUTCOMES = ["yes", "maybe", "no", "left-message", "no-answer", "wrong-number", "callback"]
OUTCOME_WEIGHTS = [30, 12, 15, 15, 18, 4, 6]


@dataclass
class Sizes:
    people: int = 100_000
    workplaces: int = 20
    committees: int = 50
    events: int = 200
    calls: int = 1_000_000
    turnout_calls: int = 100_000
    call_list: int = 20_000
    sheets: int = 10_000
    import_rows: int = 100_000
    wall_chart: int = 5_000

    @classmethod
    def full(cls) -> "Sizes":
        return cls()

    @classmethod
    def quick(cls) -> "Sizes":
        return cls(10_000, 20, 50, 20, 100_000, 10_000, 2_000, 1_000, 10_000, 500)

    def key(self, seed: int = SEED) -> str:
        return f"seed{seed}-p{self.people}-w{self.workplaces}-c{self.committees}-e{self.events}-k{self.calls}-v1"


@dataclass
class Dataset:
    folder: Path
    db_path: Path
    import_csv: Path
    passphrase: str
    sizes: Sizes
    turnout_event: int
    sheets_event: int
    call_list_event: int
    phonebank_list: int
    phonebank_caller: int
    call_list_workplaces: list[int]
    call_list_expected: int
    wall_chart_workplace: int
    wall_chart_people: int
    counts: dict

    def to_json(self) -> str:
        data = asdict(self)
        for k in ("folder", "db_path", "import_csv"):
            data[k] = str(data[k])
        return json.dumps(data, indent=2)

    @classmethod
    def from_json(cls, text: str) -> "Dataset":
        data = json.loads(text)
        data["sizes"] = Sizes(**data["sizes"])
        for k in ("folder", "db_path", "import_csv"):
            data[k] = Path(data[k])
        return cls(**data)


def _stamp(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def ensure(sizes: Sizes, seed: int = SEED, log=print) -> Dataset:
    """The cached dataset for these sizes (built when missing)."""
    folder = DATA / sizes.key(seed)
    meta = folder / "meta.json"
    if meta.exists():
        dataset = Dataset.from_json(meta.read_text())
        _upgrade(dataset)
        return dataset
    DATA.mkdir(parents=True, exist_ok=True)
    temp = DATA / f".{sizes.key(seed)}.building"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    started = time.perf_counter()
    dataset = _build(temp, sizes, seed, log)
    shutil.rmtree(folder, ignore_errors=True)
    temp.rename(folder)
    dataset.folder = folder
    dataset.db_path = folder / dataset.db_path.name
    dataset.import_csv = folder / dataset.import_csv.name
    meta.write_text(dataset.to_json())
    log(f"built {folder.name} in {time.perf_counter() - started:.1f} s")
    return dataset


def _upgrade(dataset: Dataset) -> None:
    """Bring a cached file up to the app's newest schema (a feature may have added a revision
    since it was built), so no measured open pays for a migration; drop the safety copy."""
    import models.core.tables  # noqa: F401
    from models.core.db import Database

    Database.open(dataset.db_path, dataset.passphrase, verify=False).close()
    for leftover in dataset.folder.glob("*.bak"):
        leftover.unlink()


def _build(folder: Path, sizes: Sizes, seed: int, log) -> Dataset:
    import models.core.tables  # noqa: F401  (every table, every demo extension)
    from models.core import demo
    from models.mobilization import operations as mobilization  # noqa: F401  (registers the mobilization demo)
    from models.core.base import utcnow
    from models.core.db import Database

    db_path = folder / "bench.cdesk"
    db = Database.create(db_path, PASSPHRASE, organization="Benchmark Workers United")
    try:
        t = time.perf_counter()
        demo.generate(db, people=sizes.people, workplaces=sizes.workplaces, committees=sizes.committees, seed=seed)
        log(f"  demo data: {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        rng = random.Random(seed + 1)
        now = utcnow().replace(microsecond=0)
        with db.write() as s:
            conn = s.connection()
            run = conn.exec_driver_sql
            eligible = [pid for (pid,) in run(
                "SELECT p.id FROM people p WHERE p.do_not_contact = 0 AND p.ok_to_call = 1 "
                "AND EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id)")]
            everyone = [pid for (pid,) in run("SELECT id FROM people ORDER BY id")]
            callers = rng.sample(eligible, 20)
            events = run("SELECT count(*) FROM events").scalar()
            calls = run("SELECT count(*) FROM calls").scalar()
            entry_id = (run("SELECT coalesce(max(id), 0) FROM call_list_entries").scalar() or 0) + 1

            def new_event(name: str, days: int, kind: str = "rally") -> tuple[int, object]:
                starts = now + timedelta(days=days)
                eid = run("INSERT INTO events (name, kind, starts_at, place, target, notes, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, '', ?, ?)",
                          (name, kind, _stamp(starts), "Union hall", 500, _stamp(now), _stamp(now))).lastrowid
                run("INSERT INTO event_scripts (event_id, language, text) VALUES (?, 'en', ?)",
                    (eid, f"Hi, this is (your name) from the committee. Can we count on you at {name}?"))
                run("INSERT INTO event_scripts (event_id, language, text) VALUES (?, 'es', ?)",
                    (eid, f"Hola, habla (tu nombre) del comité. ¿Podemos contar contigo en {name}?"))
                return eid, starts

            def new_list(eid: int, name: str, when) -> int:
                return run("INSERT INTO call_lists (event_id, name, criteria, excluded, created_at, built_at) "
                           "VALUES (?, ?, '{}', '{}', ?, ?)", (eid, name, _stamp(when), _stamp(when))).lastrowid

            def fill(eid: int, starts, members: list[int], calls_each: int, called_share: float,
                     checkin_share: float = 0.0) -> int:
                """Entries for ``members`` (with callers) and their calls; returns calls made."""
                nonlocal entry_id
                list_id = new_list(eid, "Everyone reachable", starts - timedelta(days=14))
                entries, call_rows, checkins = [], [], []
                members = sorted(members)
                for position, pid in enumerate(members, 1):
                    caller = callers[(position - 1) * len(callers) // len(members)]
                    last = last_at = cb = None
                    attempts = 0
                    if rng.random() < called_share:
                        for k in range(calls_each):
                            outcome = rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0] if k == calls_each - 1 else "no-answer"
                            at = starts - timedelta(days=10 - k * 3, minutes=rng.randrange(600))
                            cb = at + timedelta(days=1) if outcome == "callback" else None
                            call_rows.append((eid, pid, entry_id, caller, outcome, _stamp(at),
                                              _stamp(cb) if cb else None, "", 0, "phone"))
                            last, last_at, attempts = outcome, at, attempts + 1
                        if checkin_share and last == "yes" and rng.random() < checkin_share:
                            checkins.append((eid, pid, _stamp(starts + timedelta(minutes=rng.randrange(60))), 0))
                    entries.append((entry_id, list_id, pid, caller, position, _stamp(starts - timedelta(days=14)), last,
                                    _stamp(last_at) if last_at else None, _stamp(cb) if cb else None, attempts))
                    entry_id += 1
                run("INSERT INTO call_list_entries (id, list_id, person_id, caller_id, position, added_at, "
                    "last_outcome, last_called_at, callback_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
                if call_rows:
                    run("INSERT INTO calls (event_id, person_id, entry_id, caller_id, outcome, called_at, callback_at, "
                        "note, flagged, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", call_rows)
                if checkins:
                    run("INSERT INTO checkins (event_id, person_id, checked_in_at, walk_in) VALUES (?, ?, ?, ?)", checkins)
                return len(call_rows)

            # The turnout event: 100,000 calls (two per person on its list).
            turnout_event, starts = new_event("Bench: turnout rally", -3)
            calls += fill(turnout_event, starts, rng.sample(eligible, sizes.turnout_calls // 2), 2, 1.0, 0.7)
            # Call sheets / phone bank: everyone still to call (30% tried once, no answer).
            sheets_event, starts = new_event("Bench: call sheets", 12, "meeting")
            sheet_entry_start = entry_id
            calls += fill(sheets_event, starts, rng.sample(eligible, sizes.sheets), 1, 0.0)
            tried = [(e,) for e in range(sheet_entry_start, entry_id) if rng.random() < 0.3]
            run("UPDATE call_list_entries SET last_outcome = 'no-answer', attempts = 1, last_called_at = ? WHERE id = ?",
                [(_stamp(now - timedelta(days=2)), e) for (e,) in tried])
            phonebank_list = run("SELECT id FROM call_lists WHERE event_id = ?", (sheets_event,)).scalar()
            call_list_event, _ = new_event("Bench: call list", 20, "march")
            events += 3
            # Filler events until 200 events and 1,000,000 calls.
            fillers = max(0, sizes.events - events)
            for n in range(fillers):
                left = max(0, sizes.calls - calls)
                size = min(len(eligible), left // max(1, fillers - n))
                eid, starts = new_event(f"Bench: action {n + 1}", -400 + n * 2, ["rally", "march", "picket", "meeting"][n % 4])
                if size:
                    calls += fill(eid, starts, rng.sample(eligible, size), 1, 1.0, 0.5)
            events += fillers
        log(f"  events and calls: {time.perf_counter() - t:.1f} s")
        with db.engine.connect() as conn:
            run = conn.exec_driver_sql
            counts = {table: run(f"SELECT count(*) FROM {table}").scalar()
                      for table in ("people", "phones", "workplaces", "committees", "events", "calls", "call_list_entries")}
            by_workplace = run("SELECT workplace_id, count(*) FROM people p WHERE do_not_contact = 0 AND ok_to_call = 1 "
                               "AND EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id) GROUP BY workplace_id").all()
            sizes_by_wp = dict(run("SELECT workplace_id, count(*) FROM people GROUP BY workplace_id").all())
        # The call list: whole workplaces, smallest first, until about sizes.call_list reachable people.
        chosen, expected = [], 0
        for wid, n in sorted(by_workplace, key=lambda r: r[1]):
            if expected + n > sizes.call_list * 1.05:
                continue
            chosen.append(wid)
            expected += n
        wall_wid = min(sizes_by_wp, key=lambda w: abs(sizes_by_wp[w] - sizes.wall_chart))
        import_csv = folder / "import.csv"
        _write_import_csv(db, import_csv, sizes.import_rows, random.Random(seed + 2))
    finally:
        db.close()
    return Dataset(folder, db_path, import_csv, PASSPHRASE, sizes, turnout_event, sheets_event, call_list_event,
                   phonebank_list, callers[0], chosen, expected, wall_wid, sizes_by_wp[wall_wid], counts)


def _write_import_csv(db, path: Path, rows: int, rng: random.Random) -> None:
    """A membership list: new people, 10% already in the roster (by phone), 2% twice in the file."""
    from models.core.demo import FIRST_EN, FIRST_ES, LAST_EN, LAST_ES

    with db.engine.connect() as conn:
        existing = conn.exec_driver_sql(
            "SELECT p.first_name, p.last_name, ph.raw, w.name FROM people p JOIN phones ph ON ph.person_id = p.id "
            "AND ph.position = 0 LEFT JOIN workplaces w ON w.id = p.workplace_id").all()
        workplaces = [name for (name,) in conn.exec_driver_sql("SELECT name FROM workplaces")]
    area_codes = [a for a in range(201, 990) if a % 100 != 11]
    out: list[list[str]] = []
    for n in range(rows):
        roll = rng.random()
        if roll < 0.10 and existing:
            first, last, phone, wp = rng.choice(existing)
            email = ""
        elif roll < 0.12 and out:
            out.append(list(rng.choice(out)))
            continue
        else:
            first = rng.choice(FIRST_ES + FIRST_EN)
            last = rng.choice(LAST_ES + LAST_EN)
            phone = f"({rng.choice(area_codes)}) 555-{rng.randrange(10000):04d}"
            wp = rng.choice(workplaces)
            email = f"member{n}@example.net" if rng.random() < 0.5 else ""
        out.append([first, last, phone, email, wp, rng.choice(["es", "en", "es, en"]), rng.choice(["member", "non-member"]),
                    str(rng.choice([1, 2, 3, 4, 5, ""]))])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "Phone", "Email", "Workplace", "Languages", "Membership", "Assessment"])
        writer.writerows(out)
