"""Resolutions: versions on every changed save, word diffs, restore, votes and adoptions, lineage,
templates, the PDF (English, Spanish, side by side) read back, the demo and the CLI."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from models.core import errors
from models.resolutions import drafts as R
from models.core.entities import Committee, Person
from models.resolutions.drafts import Clause, ResolutionInput, VoteRow, word_diff



def assert_fonts_embedded(reader: PdfReader) -> set[str]:
    """Every font on every page is an embedded TrueType subset (no built-in Helvetica)."""
    names = set()
    for page in reader.pages:
        fonts = [f.get_object() for f in page["/Resources"].get("/Font", {}).values()]
        assert fonts
        for font in fonts:
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def _draft(**overrides) -> ResolutionInput:
    data = ResolutionInput(
        title="Defend our immigrant co-workers",
        title_es="Defendamos a nuestros compañeros inmigrantes",
        target_body="Local 1546 membership meeting",
        clauses=[
            Clause("whereas", "our members come from many countries;", "nuestros miembros vienen de muchos países;"),
            Clause("whereas", "fear divides workers;", "el miedo divide a los trabajadores;"),
            Clause("resolved", "that our union will stand with immigrant co-workers.", "que nuestro sindicato apoyará a los compañeros inmigrantes."),
        ],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def _people(db, *names) -> list[int]:
    ids = []
    with db.write() as s:
        for first, last in names:
            p = Person(first_name=first, last_name=last)
            s.add(p)
            s.flush()
            ids.append(p.id)
    return ids


# ---------------------------------------------------------------- versions
def test_every_changed_save_is_a_version_and_unchanged_saves_are_not(db):
    first = R.save_resolution(db, _draft(), saved_by="Rosa")
    assert (first.version, first.new_version) == (1, True)
    again = R.save_resolution(db, _draft(status="circulating"), first.id, saved_by="Rosa")
    assert (again.version, again.new_version) == (1, False)  # status is not text
    assert R.get_resolution(db, first.id).data.status == "circulating"
    edited = _draft()
    edited.clauses[2] = Clause("resolved", "that our union shall stand with all immigrant co-workers.", edited.clauses[2].text_es)
    second = R.save_resolution(db, edited, first.id, saved_by="Marcus")
    assert (second.version, second.new_version) == (2, True)
    spanish_only = _draft(clauses=list(edited.clauses))
    spanish_only.clauses[0] = Clause("whereas", spanish_only.clauses[0].text, "nuestros miembros vienen de muchos países del mundo;")
    assert R.save_resolution(db, spanish_only, first.id, saved_by="Lupe").version == 3
    versions = R.list_versions(db, first.id)
    assert [(v.number, v.saved_by) for v in versions] == [(3, "Lupe"), (2, "Marcus"), (1, "Rosa")]
    assert versions[1].clauses[2].text.startswith("that our union shall")
    assert versions[2].clauses[2].text.startswith("that our union will")
    assert all(v.saved_at for v in versions)


def test_word_diff_segments():
    segments = word_diff("that our union will stand with immigrant co-workers.",
                         "that our union shall stand with all immigrant co-workers.")
    assert [(s.kind, s.text.strip()) for s in segments] == [
        ("equal", "that our union"), ("delete", "will"), ("insert", "shall"),
        ("equal", "stand with"), ("insert", "all"), ("equal", "immigrant co-workers."),
    ]
    # rebuilding either side from the segments gives back the text
    old = " ".join(s.text.strip() for s in segments if s.kind != "insert")
    new = " ".join(s.text.strip() for s in segments if s.kind != "delete")
    assert old == "that our union will stand with immigrant co-workers."
    assert new == "that our union shall stand with all immigrant co-workers."
    assert word_diff("same text", "same text") == [R.Segment("equal", "same text")]


def test_diff_between_any_two_versions_and_restore(db):
    rid = R.save_resolution(db, _draft(), saved_by="Rosa").id
    v2 = _draft()
    v2.clauses[2] = Clause("resolved", "that our union shall stand with immigrant co-workers.", v2.clauses[2].text_es)
    R.save_resolution(db, v2, rid)
    v3 = _draft(clauses=R.remove_clause(v2.clauses, 1))
    R.save_resolution(db, v3, rid)
    d13 = R.diff_versions(db, rid, 1, 3)
    deleted = " ".join(s.text for s in d13 if s.kind == "delete")
    inserted = " ".join(s.text for s in d13 if s.kind == "insert")
    assert "fear divides workers;" in deleted and "will" in deleted
    assert inserted.strip() == "shall"
    d12_es = R.diff_versions(db, rid, 1, 2, lang="es")
    assert all(s.kind == "equal" for s in d12_es)  # only the English text changed
    restored = R.restore_version(db, rid, 1, saved_by="Lupe")
    assert (restored.version, restored.new_version) == (4, True)
    current = R.get_resolution(db, rid)
    assert current.version == 4 and current.data.clauses == _draft().clauses
    assert R.list_versions(db, rid)[0].note == "restored version 1"
    assert all(s.kind == "equal" for s in R.diff_versions(db, rid, 1, 4))


def test_clause_list_editing():
    clauses = _draft().clauses
    added = R.add_clause(clauses, "whereas", "a third reason;")
    assert [c.kind for c in added] == ["whereas", "whereas", "whereas", "resolved"]
    assert added[2].text == "a third reason;"
    resolved = R.add_clause(clauses, "resolved", "that we act.")
    assert resolved[-1].text == "that we act."
    moved = R.move_clause(clauses, 1, -1)
    assert [c.text for c in moved][:2] == ["fear divides workers;", "our members come from many countries;"]
    assert R.move_clause(clauses, 0, -1) == clauses
    assert len(R.remove_clause(clauses, 0)) == 2
    assert clauses == _draft().clauses  # the helpers never change their input


def test_validation(db):
    with pytest.raises(errors.ValidationError):
        R.save_resolution(db, _draft(title="", title_es=""))
    with pytest.raises(errors.ValidationError) as caught:
        R.save_resolution(db, _draft(clauses=[Clause("whereas", "  ", "")]))
    assert caught.value.values == {"n": 1}
    with pytest.raises(errors.ValidationError):
        R.save_resolution(db, _draft(status="passed"))


# ---------------------------------------------------------------- votes and lineage
def test_votes_adoption_list_and_status(db):
    rid = R.save_resolution(db, _draft(status="submitted")).id
    R.save_vote(db, rid, VoteRow(None, "Local 7 executive board", date(2025, 3, 1), 9, 2, 1, False, "adopted"))
    R.save_vote(db, rid, VoteRow(None, "Metro Area Labor Council", date(2025, 2, 1), None, None, None, False, "tabled"))
    R.save_vote(db, rid, VoteRow(None, "Metro Area Labor Council", date(2025, 4, 2), None, None, None, True, "adopted"))
    assert R.get_resolution(db, rid).data.status == "submitted"  # not the target body yet
    R.save_vote(db, rid, VoteRow(None, "local 1546 membership meeting", date(2025, 5, 5), 120, 3, 4, False, "adopted"))
    detail = R.get_resolution(db, rid)
    assert detail.data.status == "adopted"  # the target body decided
    assert R.adopting_bodies(db, rid) == [
        ("Local 7 executive board", date(2025, 3, 1)),
        ("Metro Area Labor Council", date(2025, 4, 2)),
        ("local 1546 membership meeting", date(2025, 5, 5)),
    ]
    assert [v.tally for v in detail.votes] == ["—", "9–2–1", "by acclamation", "120–3–4"]
    assert R.list_resolutions(db)[0].adopted_by == 3
    with pytest.raises(errors.ValidationError):
        R.save_vote(db, rid, VoteRow(None, "X", date(2025, 1, 1), 5, 0, 0, True, "adopted"))
    with pytest.raises(errors.ValidationError):
        R.save_vote(db, rid, VoteRow(None, "", date(2025, 1, 1)))


def test_lineage_copy_and_no_cycles(db):
    a = R.save_resolution(db, _draft(title="Original")).id
    b = R.copy_resolution(db, a, title="Local 7 version").id
    c = R.copy_resolution(db, b, title="Council version").id
    assert R.lineage(db, c) == [(c, "Council version"), (b, "Local 7 version"), (a, "Original")]
    assert R.get_resolution(db, b).based_on_title == "Original"
    assert R.get_resolution(db, a).derived == [(b, "Local 7 version")]
    assert R.get_resolution(db, c).data.clauses == _draft().clauses
    with pytest.raises(errors.ValidationError):
        R.save_resolution(db, _draft(title="Original", based_on_id=c), a)


def test_templates_are_bilingual():
    names = {t.name for t in R.list_templates()}
    assert {"defend-immigrant-coworkers", "ice-out-of-our-workplaces", "support-rapid-response-network"} <= names
    for name in names:
        data = R.load_template(name)
        assert data.title and data.title_es
        assert {c.kind for c in data.clauses} == {"whereas", "resolved"}
        assert all(c.text and c.text_es for c in data.clauses)
    with pytest.raises(errors.NotFound):
        R.load_template("../../fonts/nothing")


# ---------------------------------------------------------------- PDF
def _pdf_text(path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def printed(db):
    sponsors = _people(db, ("José", "Núñez"), ("Ngọc Anh", "Trần"))
    with db.write() as s:
        s.add(Committee(name="Comité de Defensa", kind="defend-immigrants"))
    data = R.load_template("defend-immigrant-coworkers")
    data.target_body, data.sponsor_ids, data.committee_id = "Local 1546 membership meeting", sponsors, 1
    rid = R.save_resolution(db, data).id
    R.save_vote(db, rid, VoteRow(None, "Local 1546 membership meeting", date(2025, 5, 5), None, None, None, True, "adopted"))
    R.save_vote(db, rid, VoteRow(None, "Metro Area Labor Council", date(2025, 6, 1), 87, 4, 6, False, "adopted"))
    return rid, data


def test_pdf_english_clauses_in_order_accents_fonts(db, tmp_path, printed):
    from reports.resolutions.pdf import write_resolution_pdf

    rid, data = printed
    out = tmp_path / "en.pdf"
    result = write_resolution_pdf(db, rid, out, lang="en")
    assert result.clauses == len(data.clauses) and result.adopted_by == 2
    text = _pdf_text(out)
    positions = [text.index(" ".join(c.text.split())[:40]) for c in data.clauses]
    assert positions == sorted(positions)
    assert text.count("WHEREAS,") == 3
    assert text.count("THEREFORE, BE IT RESOLVED,") == 1 and text.count("BE IT FURTHER RESOLVED,") == 2
    assert text.index("WHEREAS,") < text.index("THEREFORE, BE IT RESOLVED,")
    for expected in ("Defend our immigrant co-workers", "To be considered by: Local 1546 membership meeting",
                     "José Núñez", "Ngọc Anh Trần", "Comité de Defensa", "by acclamation", "87–4–6", "Adopted by"):
        assert expected in text, expected
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= assert_fonts_embedded(PdfReader(str(out)))


def test_pdf_spanish_and_side_by_side(db, tmp_path, printed):
    from reports.resolutions.pdf import write_resolution_pdf

    rid, data = printed
    es = tmp_path / "es.pdf"
    write_resolution_pdf(db, rid, es, lang="es")
    text = _pdf_text(es)
    assert "Defendamos a nuestros compañeros de trabajo inmigrantes" in text
    assert text.count("CONSIDERANDO QUE") == 3 and "POR LO TANTO, SE RESUELVE" in text
    assert text.count("SE RESUELVE ADEMÁS") == 2
    assert "situación migratoria" in text and "por aclamación" in text and "WHEREAS" not in text
    positions = [text.index(" ".join(c.text_es.split())[:30]) for c in data.clauses]
    assert positions == sorted(positions)
    assert_fonts_embedded(PdfReader(str(es)))

    both = tmp_path / "both.pdf"
    write_resolution_pdf(db, rid, both, lang="en+es")
    reader = PdfReader(str(both))
    text = _pdf_text(both)
    assert "WHEREAS," in text and "CONSIDERANDO QUE" in text
    assert "RESOLUTION" in text and "RESOLUCIÓN" in text
    # side by side: the first English and first Spanish clause start on the same line
    import pdfplumber

    with pdfplumber.open(str(both)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        en = next(w for w in words if w["text"] == "WHEREAS,")
        es = next(w for w in words if w["text"] == "CONSIDERANDO")
        assert abs(en["top"] - es["top"]) < 2
        assert en["x0"] < page.width / 2 < es["x0"]
    assert_fonts_embedded(reader)


def test_untranslated_clause_falls_back_to_english(db, tmp_path):
    from reports.resolutions.pdf import write_resolution_pdf

    rid = R.save_resolution(db, _draft(clauses=[Clause("resolved", "that we act now.", "")])).id
    out = tmp_path / "es.pdf"
    write_resolution_pdf(db, rid, out, lang="es")
    assert "POR LO TANTO, SE RESUELVE that we act now." in _pdf_text(out)


# ---------------------------------------------------------------- demo and CLI
def test_demo_creates_three_resolutions_with_versions_and_adoptions(demo_db):
    rows = R.list_resolutions(demo_db)
    assert len(rows) == 3
    assert all(r.versions >= 2 for r in rows)
    assert sum(r.adopted_by for r in rows) >= 3
    assert any(r.based_on for r in rows)
    first = min(rows, key=lambda r: r.id)
    assert len(R.diff_versions(demo_db, first.id, 1, 2)) > 1


def test_cli_list_and_print_resolution(cli, demo_db, db_arg, tmp_path):
    demo_db.close()
    listed = cli("list", "resolutions", "--db", db_arg)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 3
    assert re.match(r"^1\tDefend our immigrant co-workers\t\w+\tv\d+\tadopted by \d+$", lines[0])
    out = tmp_path / "res.pdf"
    printed = cli("print", "resolution", "--db", db_arg, "--resolution", "ICE out of our workplaces",
                  str(out), "--lang", "en+es")
    assert printed.returncode == 0, printed.stderr
    assert "language en+es" in printed.stdout
    text = _pdf_text(out)
    assert "ICE out of our workplaces" in text and "Fuera ICE de nuestros lugares de trabajo" in text
    missing = cli("print", "resolution", "--db", db_arg, "--resolution", "No such thing", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "No resolution" in missing.stderr
