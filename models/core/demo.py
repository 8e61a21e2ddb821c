"""Fictional demo data so a newcomer sees a living app (and the benchmark has a realistic load).

Every name is made up from common first and last names; phone numbers use the 555 exchange.
Bulk Core inserts in one transaction: 100,000 people take seconds, and a failure leaves nothing.
Each feature adds its own demo rows: its ``demo`` function in models/features.py runs after the people
exist, inside the same transaction, drawing from the same random stream (in FEATURES order).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import dialect
from .base import utcnow
from .db import Database
from .entities import (
    Assessment,
    Committee,
    CommitteeMember,
    Department,
    Person,
    Phone,
    Shift,
    Tag,
    Workplace,
    person_tags,
)
from models.features import demo_functions
from models.roster.directory import has_postal_addresses
from .text import FAMILY_FIRST, GIVEN_FIRST, fold, normalize_phone

# Names by the script and custom they are written in: (given names, family names, languages,
# name order). Chinese and Vietnamese names are written family name first (王小明, Trần Thị Lan);
# the Chinese ones in Han characters, the Arabic ones in Arabic script (some with a shadda), so
# every list, sheet and printout shows every script.
FIRST_EN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
            "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
            "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
            "Sandra", "Mark", "Ashley", "Donald", "Kimberly", "Steven", "Donna", "Andrew", "Emily",
            "Kenneth", "Michelle", "Joshua", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "Tyrone",
            "Keisha", "Darnell", "Latoya", "Marcus", "Imani"]
LAST_EN = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
           "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
           "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
           "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Washington", "Jefferson"]
FIRST_ES = ["José", "María", "Juan", "Guadalupe", "Luis", "Rosa", "Jesús", "Ana", "Carlos", "Verónica",
            "Miguel", "Sofía", "Francisco", "Lucía", "Alejandro", "Martina", "Ángel", "Camila", "Raúl",
            "Valentina", "Jorge", "Ximena", "Andrés", "Itzel", "Héctor", "Beatriz", "Ramón", "Inés",
            "Óscar", "Mónica", "Rubén", "Adriana", "Sergio", "Yesenia", "Efraín", "Araceli", "Tomás",
            "Noemí", "Rigoberto", "Dolores"]
LAST_ES = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
           "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz", "Morales",
           "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Jiménez", "Mendoza", "Álvarez", "Castillo",
           "Vásquez", "Romero", "Núñez", "Muñoz", "Peña", "Ibáñez", "Castañeda", "Orozco"]
FIRST_AR = ["فاطمة", "محمّد", "أحمد", "علي", "عمر", "يوسف", "مريم", "خديجة", "عائشة", "حسن", "حسين", "ليلى",
            "سارة", "نور", "زينب", "إبراهيم", "خالد", "سلمى", "رانية", "هدى", "كريم", "طارق", "سمير", "منى",
            "ياسمين", "حسّان", "رشا", "بلال"]
LAST_AR = ["حداد", "منصور", "بن علي", "الخطيب", "الحسيني", "ناصر", "سليمان", "عثمان", "الشامي", "المصري",
           "عبد الله", "حمدان", "قاسم", "صالح", "جابر", "درويش", "عيسى", "النجار", "العمري", "بركات"]
FIRST_ZH = ["小明", "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "玉兰", "春梅", "志强"]
LAST_ZH = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
           "何", "林", "高", "罗", "梁", "宋", "郑", "谢"]
FIRST_VI = ["Văn Hùng", "Thị Lan", "Thị Mai", "Văn Minh", "Thị Hương", "Đức Anh", "Minh Tuấn", "Thị Thu",
            "Quốc Bảo", "Thanh Hà", "Ngọc Ánh", "Văn Long", "Thị Hoa", "Hoàng Nam", "Thị Ngọc", "Văn Dũng",
            "Kim Liên", "Minh Châu", "Thị Phương", "Văn Tài", "Thị Hằng", "Quang Huy"]
LAST_VI = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
           "Ngô", "Dương", "Lý"]
FIRST_OTHER = ["Jean-Baptiste", "Marie-Claire", "Wadson", "Krzysztof", "Agnieszka", "Thiago", "Fernanda",
               "Nadège", "Wojciech", "João"]
LAST_OTHER = ["Pierre", "Joseph", "Kowalski", "Nowak", "Silva", "Baptiste", "Wiśniewska", "Souza", "Étienne",
              "Lewandowski"]
# group: (share of the roster, given names, family names, language choices, name order)
NAME_GROUPS = {
    "es": (0.35, FIRST_ES, LAST_ES, ["es", "es", "es,en", "en,es"], GIVEN_FIRST),
    "en": (0.25, FIRST_EN, LAST_EN, ["en", "en", "en", "en,es"], GIVEN_FIRST),
    "ar": (0.12, FIRST_AR, LAST_AR, ["ar,en", "ar", "ar,fr"], GIVEN_FIRST),
    "zh": (0.12, FIRST_ZH, LAST_ZH, ["zh,en", "zh"], FAMILY_FIRST),
    "vi": (0.12, FIRST_VI, LAST_VI, ["vi,en", "vi"], FAMILY_FIRST),
    "other": (0.04, FIRST_OTHER, LAST_OTHER, ["ht,fr", "pl,en", "pt,es"], GIVEN_FIRST),
}
# Postal addresses (when people have the fields): made-up streets in made-up towns.
STREETS = ["Larkspur Lane", "Quillfeather Ave", "Tamarind Ct", "Bramblewood Dr", "Juniper Hollow Rd", "Wrenfield Ave",
           "Mossgate Blvd", "Pinecrest Ter", "Saffron Way", "Kestrel Row", "Amberly Pl", "Thistledown St"]
TOWNS = [("Port Alder", "IL", "606"), ("Eastvale", "IL", "604"), ("Brookhaven Park", "IL", "605"),
         ("Lakemoor Junction", "IN", "463"), ("Millbrook Falls", "WI", "531")]
MAX_SAME_NAME = 2  # no more people than this with one name (while the pools have names left)

EMPLOYERS = [
    ("Lakeside Poultry", "Plant 2", "Food processing"),
    ("Midwest Distribution Center", "DC-7", "Warehouse"),
    ("St. Anne Hospital", "Main campus", "Health care"),
    ("Metro Transit", "North garage", "Transit"),
    ("Harbor Hotel", "Downtown", "Hospitality"),
    ("Riverside Meatpacking", "Kill floor plant", "Food processing"),
    ("Greenfield Farms", "Packing house", "Agriculture"),
    ("City Schools", "Custodial unit", "Public sector"),
    ("Allied Building Services", "Tower A", "Janitorial"),
    ("Prairie Manufacturing", "Stamping plant", "Manufacturing"),
]
DEPARTMENTS = {
    "Food processing": ["Deboning", "Sanitation", "Packaging", "Shipping", "Maintenance", "Quality"],
    "Warehouse": ["Receiving", "Picking", "Packing", "Loading", "Returns"],
    "Health care": ["Nursing", "Dietary", "Environmental services", "Transport", "Laundry", "Pharmacy"],
    "Transit": ["Operators", "Mechanics", "Cleaners", "Dispatch"],
    "Hospitality": ["Housekeeping", "Kitchen", "Front desk", "Banquets", "Laundry"],
    "Agriculture": ["Field crew", "Packing line", "Cold storage", "Drivers"],
    "Public sector": ["Custodians", "Food service", "Grounds", "Maintenance"],
    "Janitorial": ["Day porters", "Night cleaners", "Floor crew"],
    "Manufacturing": ["Press line", "Assembly", "Paint", "Tool room", "Shipping"],
}
SHIFTS = ["Day", "Evening", "Night"]
TAGS = ["volunteer", "leader", "new hire", "rapid response", "speaks at meetings", "has a car",
        "Spanish-speaking steward", "needs ride"]
LOCALS = ["Local 1546", "Local 7", "Local 100"]
AREA_CODES = ["773", "312", "708", "630", "847", "872", "219", "414", "262", "608"]
# Once 90,000 numbers are taken (large demos), these too: numbers never repeat across people.
MORE_AREA_CODES = ["217", "309", "224", "331", "464", "618", "779", "815", "920", "715"]


@dataclass
class DemoResult:
    people: int
    workplaces: int
    committees: int


class NameDrawer:
    """Draws fictional names, each group at its share of the roster: a name nobody has yet if
    a few tries find one, else one at most ``MAX_SAME_NAME`` people have (past that it gives up:
    a 100,000 demo has repeats, as a real roster does)."""

    TRIES = 12

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: dict[tuple[str, str], int] = {}
        self.groups = list(NAME_GROUPS)
        self.cumulative = list(itertools.accumulate(NAME_GROUPS[g][0] for g in self.groups))
        self.saturated: set[str] = set()  # groups whose names are all taken: one try is enough

    def draw(self) -> tuple[str, str, str, str, str, str]:
        """(group, first, last, preferred, languages, name order)."""
        rng = self.rng
        group = rng.choices(self.groups, cum_weights=self.cumulative)[0]
        _share, given, family, languages, order = NAME_GROUPS[group]
        tries = 1 if group in self.saturated else self.TRIES
        for attempt in range(tries):
            first, last = rng.choice(given), rng.choice(family)
            if group == "es" and rng.random() < 0.3:
                second = rng.choice(family)
                last = f"{last} {second}" if second != last else last
            # a new name if possible, else one given only once so far
            if self.used.get((first, last), 0) < (1 if attempt < self.TRIES // 2 else MAX_SAME_NAME):
                break
        else:
            if tries > 1:
                self.saturated.add(group)
        self.used[(first, last)] = self.used.get((first, last), 0) + 1
        preferred = ""
        if first in PREFERRED and rng.random() < 0.5:
            preferred = PREFERRED[first]
        return group, first, last, preferred, rng.choice(languages), order


PREFERRED = {"Guadalupe": "Lupe", "Francisco": "Paco", "Alejandro": "Alex", "Elizabeth": "Liz", "Christopher": "Chris"}


def postal_address(rng: random.Random) -> dict[str, str]:
    """A made-up postal address (an apartment line now and then), or none (about one in seven)."""
    if rng.random() < 0.15:
        return dict(street="", city="", region="", postal_code="", country="")
    street = f"{rng.randint(10, 9899)} {rng.choice(STREETS)}"
    if rng.random() < 0.25:
        street += f" Apt {rng.randint(1, 24)}{rng.choice('ABCD')}"  # one line, as USPS writes it
    town, region, zip_prefix = rng.choice(TOWNS)
    return dict(street=street, city=town, region=region, postal_code=f"{zip_prefix}{rng.randint(0, 99):02d}", country="")


def email_user(first: str, last: str) -> str:
    """The part before @ of a demo email: the name in ASCII letters ("jose.garcia"), or "member"
    for a name in another script."""
    user = fold(f"{first.split()[0]}.{last.split()[0]}").encode("ascii", "ignore").decode()
    return user if len(user) > 2 and user[0] != "." and user[-1] != "." else "member"


_SCRIPT_GROUP: dict[int, str] = {}  # person id -> name group, for the demo being generated


def mixed_sample(rng: random.Random, pool: list[int], size: int) -> list[int]:
    """``size`` people from ``pool`` with, when the pool allows, one of each name group first (a
    committee, a session, a call list shows every script); the rest at random."""
    size = min(size, len(pool))
    firsts: dict[str, int] = {}
    for pid in rng.sample(pool, min(len(pool), 300)):  # (enough to meet every group)
        group = _SCRIPT_GROUP.get(pid)
        if group is not None and group not in firsts:
            firsts[group] = pid
    chosen = list(firsts.values())[:size]
    taken = set(chosen)
    rest = [pid for pid in rng.sample(pool, min(len(pool), size + len(chosen))) if pid not in taken]
    chosen += rest[: size - len(chosen)]
    rng.shuffle(chosen)
    return chosen


def _ensure_workplaces(s: Session, rng: random.Random, count: int) -> list[tuple[int, list[int], list[int]]]:
    existing = s.scalars(select(Workplace).order_by(Workplace.id)).all()
    result = [(w.id, [d.id for d in w.departments], [sh.id for sh in w.shifts]) for w in existing]
    n = len(existing)
    while len(result) < count:
        employer, site, industry = EMPLOYERS[n % len(EMPLOYERS)]
        suffix = f" #{n // len(EMPLOYERS) + 1}" if n >= len(EMPLOYERS) else ""
        wp = Workplace(
            name=f"{employer} — {site}{suffix}",
            employer=employer,
            address=f"{rng.randint(100, 9999)} {rng.choice(['Industrial', 'Lake', 'Ashland', 'Halsted', 'Kedzie'])} Ave",
            union_local=LOCALS[n % len(LOCALS)],
        )
        wp.departments = [Department(name=d) for d in DEPARTMENTS[industry]]
        wp.shifts = [Shift(name=sh, position=i) for i, sh in enumerate(SHIFTS)]
        s.add(wp)
        s.flush()
        result.append((wp.id, [d.id for d in wp.departments], [sh.id for sh in wp.shifts]))
        n += 1
    return result


def generate(db: Database, people: int = 300, workplaces: Optional[int] = None, seed: int = 1886,
             committees: Optional[int] = None, progress: Optional[Callable[[int, int], None]] = None) -> DemoResult:
    """Add ``people`` fictional people (and workplaces, committees, tags), then each feature's demo
    data, in one transaction."""
    feature_demos = demo_functions()
    rng = random.Random(seed)
    wp_count = workplaces if workplaces is not None else (5 if people <= 5000 else 20)
    committee_count = committees if committees is not None else (2 if people <= 5000 else 50)
    now = utcnow()
    with db.write() as s:
        places = _ensure_workplaces(s, rng, wp_count)
        tag_ids = []
        existing_tags = {t.name: t.id for t in s.scalars(select(Tag))}
        for name in TAGS:
            if name not in existing_tags:
                tag = Tag(name=name)
                s.add(tag)
                s.flush()
                existing_tags[name] = tag.id
            tag_ids.append(existing_tags[name])
        start_id = (s.execute(select(Person.id).order_by(Person.id.desc()).limit(1)).scalar() or 0) + 1
        conn = s.connection()
        batch = 5000
        person_ids: list[int] = []
        used_phones: set[str] = set()
        names = NameDrawer(rng)
        addresses = random.Random(seed + 1) if has_postal_addresses() else None  # (the other draws unchanged)
        _SCRIPT_GROUP.clear()
        for offset in range(0, people, batch):
            people_rows, phone_rows, tag_rows, assess_rows = [], [], [], []
            for n in range(offset, min(offset + batch, people)):
                pid = start_id + n
                person_ids.append(pid)
                group, first, last, preferred, langs, name_order = names.draw()
                _SCRIPT_GROUP[pid] = group
                # Skew people toward the first workplaces so some are big (wall chart, bench).
                wp_id, dept_ids, shift_ids = places[min(int(rng.expovariate(1 / max(1, len(places) / 3))), len(places) - 1)]
                assessment = rng.choice([1, 1, 2, 2, 2, 3, 3, 3, 4, 5, None, None, None])
                membership = rng.choice(["member"] * 6 + ["non-member"] * 3 + ["steward", "officer"][: 1 + (n % 7 == 0)])
                mail_user = email_user(first, last)
                people_rows.append(
                    dict(
                        id=pid, first_name=first, last_name=last, preferred_name=preferred, name_order=name_order,
                        email=(f"{mail_user}{n}@example.org" if rng.random() < 0.6 else ""),
                        languages=langs, workplace_id=wp_id, department_id=rng.choice(dept_ids),
                        shift_id=rng.choice(shift_ids), job_title=rng.choice(["", "Line worker", "Lead", "Operator", "Cleaner", "Driver", "Cook"]),
                        membership=membership, assessment=assessment, notes="",
                        ok_to_call=rng.random() > 0.03, ok_to_text=rng.random() > 0.1,
                        do_not_contact=rng.random() < 0.02, created_at=now, updated_at=now,
                    )
                )
                if addresses is not None:
                    people_rows[-1].update(postal_address(addresses))
                for position in range(1 if rng.random() < 0.8 else 2 if rng.random() < 0.9 else 0):
                    while True:  # every number belongs to one person (numbers are what imports match on)
                        area = rng.choice(AREA_CODES if len(used_phones) <= 90000 else AREA_CODES + MORE_AREA_CODES)
                        number = f"{rng.randint(0, 9999):04d}"
                        key = area + number
                        if key not in used_phones:
                            used_phones.add(key)
                            break
                    style = rng.randrange(3)
                    raw = (f"({area}) 555-{number}", f"{area}.555.{number}", f"+1 {area} 555 {number}")[style]
                    phone_rows.append(dict(person_id=pid, position=position, raw=raw, e164=normalize_phone(raw) or "", label=("cell" if position == 0 else "home")))
                if rng.random() < 0.25:
                    for tag_id in rng.sample(tag_ids, rng.randint(1, 2)):
                        tag_rows.append(dict(person_id=pid, tag_id=tag_id))
                if assessment is not None:
                    assess_rows.append(dict(person_id=pid, value=assessment, assessed_by=rng.choice(["Rosa G.", "Marcus T.", "Lupe R."]),
                                            assessed_at=now - timedelta(days=rng.randint(1, 400)), note=""))
            conn.execute(insert(Person), people_rows)
            if phone_rows:
                conn.execute(insert(Phone), phone_rows)
            if tag_rows:
                conn.execute(insert(person_tags), tag_rows)
            if assess_rows:
                conn.execute(insert(Assessment), assess_rows)
            if progress:
                progress(min(offset + batch, people), people)
        dialect.sync_ids(conn, "people")  # (ids chosen above)
        made = _ensure_committees(s, rng, committee_count, places, person_ids)
        for feature_demo in feature_demos:
            feature_demo(s, rng, person_ids)
    return DemoResult(people, len(places), made)


COMMITTEE_TEMPLATES = [
    ("Committee to Defend Immigrant Co-workers", "defend-immigrants"),
    ("Shop-floor Organizing Committee", "workplace"),
    ("Rapid Response Team", "rapid-response"),
    ("Health and Safety Committee", "workplace"),
    ("Contract Action Team", "other"),
]


def _ensure_committees(s: Session, rng: random.Random, count: int, places, person_ids: list[int]) -> int:
    existing = {c.name for c in s.scalars(select(Committee))}
    made = 0
    n = 0
    while len(existing) < count and person_ids:
        base, kind = COMMITTEE_TEMPLATES[n % len(COMMITTEE_TEMPLATES)]
        wp_id = places[n % len(places)][0]
        wp_name = s.get(Workplace, wp_id).name.split(" — ")[0]  # (the name without the site)
        name = f"{base} ({wp_name})" if n >= 2 else base
        if n >= len(COMMITTEE_TEMPLATES) * len(places):
            name = f"{name} {n}"
        n += 1
        if name in existing:
            continue
        workplace = s.get(Workplace, wp_id)
        # The committee belongs to its workplace's local; a shop-floor committee is made of people
        # working there (when there are enough of them).
        committee = Committee(name=name, kind=kind, workplace_id=wp_id, union_local=workplace.union_local)
        s.add(committee)
        s.flush()
        pool = person_ids
        if kind == "workplace":
            here = [pid for (pid,) in s.connection().exec_driver_sql(
                "SELECT id FROM people WHERE workplace_id = ? AND id >= ?", (wp_id, min(person_ids)))]
            pool = here if len(here) >= 8 else person_ids
        size = min(len(pool), rng.randint(8, 18))
        roles = ["chair", "secretary"] + ["caller"] * 3 + ["trainer"] * 2 + ["member"] * size
        rows = []
        for i, pid in enumerate(mixed_sample(rng, pool, size)):
            rows.append(dict(committee_id=committee.id, person_id=pid, role=roles[i],
                             joined_on=date.today() - timedelta(days=rng.randint(10, 900)), left_on=None))
        s.connection().execute(insert(CommitteeMember), rows)
        existing.add(name)
        made += 1
    return made
