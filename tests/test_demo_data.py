"""The demo looks like a real committee and does not contradict itself (issues 22 and 23): names in
Arabic, Chinese, Vietnamese, Spanish and English in their own order, every script on committees,
sessions and call lists; a committee under its workplace's local; no name given to six people."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import PASSPHRASE
from models.core import demo
from models.roster.directory import has_postal_addresses
from models.core.text import FAMILY_FIRST, GIVEN_FIRST, display_name

MAIN_GROUPS = {"es", "en", "ar", "zh", "vi"}  # Spanish, English, Arabic, Chinese, Vietnamese


def _group(first: str, last: str) -> str:
    """The demo's name group a name was drawn from (models/core/demo.py NAME_GROUPS)."""
    return next(g for g, (_share, given, family, *_rest) in demo.NAME_GROUPS.items()
                if first in given and (last in family or last.split(" ")[0] in family))


def _groups(rows) -> set[str]:
    return {_group(first, last) for first, last in rows}


@pytest.fixture(scope="module")
def big_demo(template_db, tmp_path_factory):
    """2,000 demo people, generated once: the tests here only read them."""
    import shutil

    from models.core.db import Database

    path = tmp_path_factory.mktemp("big_demo") / "demo.cdesk"
    shutil.copy(template_db, path)
    db = Database.open(path, PASSPHRASE)
    try:
        demo.generate(db, people=2000, seed=1886)  # the CLI's default seed
        yield db
    finally:
        db.close()


def _rows(db, sql: str, *args):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql, args).fetchall()


def test_no_name_more_than_twice_among_2000(big_demo):
    names = Counter(_rows(big_demo, "SELECT first_name, last_name FROM people"))
    assert sum(names.values()) == 2000
    (name, count), = names.most_common(1)
    assert count <= demo.MAX_SAME_NAME, name
    assert sum(1 for c in names.values() if c > 1) < 40  # unique or nearly so


def test_committee_listed_under_its_workplaces_local(big_demo):
    rows = _rows(big_demo, "SELECT c.name, c.union_local, w.union_local FROM committees c "
                           "JOIN workplaces w ON w.id = c.workplace_id")
    assert rows
    for name, committee_local, workplace_local in rows:
        assert committee_local == workplace_local, name
    # A shop-floor committee is made of people working there.
    for cid, wp in _rows(big_demo, "SELECT id, workplace_id FROM committees WHERE kind = 'workplace'"):
        elsewhere = _rows(big_demo, "SELECT count(*) FROM committee_members m JOIN people p ON p.id = m.person_id "
                                    "WHERE m.committee_id = ? AND p.workplace_id != ?", cid, wp)[0][0]
        assert elsewhere == 0


def test_names_in_every_script_in_their_own_order(big_demo):
    people = _rows(big_demo, "SELECT first_name, last_name, preferred_name, name_order FROM people")
    orders: dict[str, set[str]] = {}
    for first, last, _preferred, order in people:
        orders.setdefault(_group(first, last), set()).add(order)
    assert set(orders) == set(demo.NAME_GROUPS)
    assert orders["zh"] == orders["vi"] == {FAMILY_FIRST}
    assert orders["ar"] == orders["es"] == orders["en"] == {GIVEN_FIRST}
    shares = Counter(order for *_n, order in people)
    assert 0.15 < shares[FAMILY_FIRST] / 2000 < 0.35
    shown = {(f, l): display_name(f, l, p, o) for f, l, p, o in people}
    chinese = [(f, l) for f, l, _p, _o in people if _group(f, l) == "zh"]
    assert chinese and all(shown[(f, l)] == l + f for f, l in chinese)  # 王小明, written together
    vietnamese = [(f, l) for f, l, _p, _o in people if _group(f, l) == "vi"]
    assert vietnamese and all(shown[(f, l)] == f"{l} {f}" for f, l in vietnamese)  # Trần Thị Lan


def test_every_script_on_committees_sessions_and_call_lists(big_demo):
    def groups(sql: str, *args) -> set[str]:
        return _groups(_rows(big_demo, sql, *args))

    for (cid,) in _rows(big_demo, "SELECT id FROM committees"):
        assert MAIN_GROUPS <= groups("SELECT p.first_name, p.last_name FROM committee_members m JOIN people p "
                                     "ON p.id = m.person_id WHERE m.committee_id = ?", cid), cid
    for (lid,) in _rows(big_demo, "SELECT id FROM call_lists"):
        assert MAIN_GROUPS <= groups("SELECT p.first_name, p.last_name FROM call_list_entries e JOIN people p "
                                     "ON p.id = e.person_id WHERE e.list_id = ?", lid), lid
    for (sid,) in _rows(big_demo, "SELECT id FROM training_sessions"):
        assert MAIN_GROUPS <= groups("SELECT p.first_name, p.last_name FROM training_registrations r JOIN people p "
                                     "ON p.id = r.person_id WHERE r.session_id = ?", sid), sid
    trainers = groups("SELECT DISTINCT p.first_name, p.last_name FROM training_session_trainers t JOIN people p "
                      "ON p.id = t.person_id")
    assert len(trainers) >= 2


def test_demo_emails_are_plausible_for_every_script(big_demo):
    emails = [e for (e,) in _rows(big_demo, "SELECT email FROM people WHERE email != ''")]
    assert emails and all(re.fullmatch(r"[a-z][a-z.'-]*[a-z]\d+@example\.org", e) for e in emails), emails[:5]


@pytest.mark.skipif(not has_postal_addresses(), reason="people have no postal address fields in this schema yet")
def test_demo_postal_addresses_on_made_up_streets(big_demo):
    rows = _rows(big_demo, "SELECT street, city, region, postal_code FROM people")
    with_address = [r for r in rows if r[0]]
    assert 0.75 < len(with_address) / len(rows) < 0.95
    for street, city, region, postal in with_address:
        assert any(name in street for name in demo.STREETS) and city in {t[0] for t in demo.TOWNS}
        assert re.fullmatch(r"\d{5}", postal) and region in {"IL", "IN", "WI"}
