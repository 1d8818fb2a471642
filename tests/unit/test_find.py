"""`loket find` and the search service behind the search box."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app import demo
from app.cli import main
from app.services import applications
from app.services.context import ServiceError
from db.models import Application

KEYS = {"no_permohonan", "state", "applicant_name", "permit_type", "receipt_number"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from app.runtime import open_loket
    d = tmp_path_factory.mktemp("find")
    lk = open_loket(d)
    demo.generate(lk, 400, seed=11, today=date(2026, 11, 25))
    lk.close()
    return d


@pytest.fixture
def lk(folder):
    from app.runtime import open_loket
    lk = open_loket(folder)
    yield lk
    lk.close()


def find(folder, capsys, *args) -> tuple[int, list[dict], str]:
    rc = main(["--data-dir", str(folder), "find", *args, "--json"])
    out = capsys.readouterr()
    return rc, [json.loads(line) for line in out.out.splitlines()], out.err


def pick(lk, *where):
    with lk.Session() as s:
        return s.scalars(select(Application).where(*where).order_by(Application.no_permohonan)
                         .limit(1)).one()


def test_by_number_with_json_keys(folder, lk, capsys):
    app = pick(lk, Application.receipt_number.is_(None))
    rc, rows, _ = find(folder, capsys, app.no_permohonan)
    assert rc == 0 and rows[0]["no_permohonan"] == app.no_permohonan
    assert KEYS <= set(rows[0])
    assert rows[0]["receipt_number"] is None          # JSON null, not "None" or ""
    assert rows[0]["state"] == app.state
    assert rows[0]["applicant_name"] == app.applicant_name
    # a lower-case walk-in number still finds it
    walkin = pick(lk, Application.no_permohonan.like("WI/%"))
    rc, rows, _ = find(folder, capsys, walkin.no_permohonan.lower())
    assert rows[0]["no_permohonan"] == walkin.no_permohonan


def test_by_receipt_number(folder, lk, capsys):
    app = pick(lk, Application.receipt_number.is_not(None))
    for text in (app.receipt_number, app.receipt_number.lower()):
        rc, rows, _ = find(folder, capsys, text)
        assert rc == 0 and [r["no_permohonan"] for r in rows] == [app.no_permohonan]
        assert rows[0]["receipt_number"] == app.receipt_number


def test_by_nik_lists_every_file_of_that_person(folder, lk, capsys):
    with lk.Session() as s:
        nik = s.execute(select(Application.applicant_nik).group_by(Application.applicant_nik)
                        .order_by(Application.applicant_nik).limit(1)).scalar()
        expected = set(s.scalars(select(Application.no_permohonan).where(Application.applicant_nik == nik)))
    spaced = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    rc, rows, _ = find(folder, capsys, spaced)
    assert rc == 0 and {r["no_permohonan"] for r in rows} == expected
    assert {r["nik"] for r in rows} == {nik}
    # the start of a NIK lists the NIKs that begin with it, in NIK order
    rc, rows, _ = find(folder, capsys, nik[:6], "--limit", "500")
    assert rows and all(r["nik"].startswith(nik[:6]) for r in rows)
    assert [r["nik"] for r in rows] == sorted(r["nik"] for r in rows)


def test_by_name_prefix_case_and_spacing_insensitive(folder, lk, capsys):
    with lk.Session() as s:
        names = list(s.scalars(select(Application.applicant_name)))
    first = sorted(n for n in names if " " in n)[0]
    prefix = first.split()[0][:3]
    expected = sorted(n for n in names if n.casefold().startswith(prefix.casefold()))
    rc, rows, _ = find(folder, capsys, "  " + prefix.upper() + " ", "--limit", "1000")
    assert rc == 0
    assert sorted(r["applicant_name"] for r in rows) == expected
    two = " ".join(first.split()[:2])
    rc, rows, _ = find(folder, capsys, two.lower().replace(" ", "   "))
    assert rows and all(r["applicant_name"].casefold().startswith(two.casefold()) for r in rows)


def test_state_filter_limit_and_refusals(folder, lk, capsys):
    rc, rows, _ = find(folder, capsys, "--state", "RECEIVED", "--limit", "3")
    assert rc == 0 and 0 < len(rows) <= 3 and {r["state"] for r in rows} == {"RECEIVED"}
    rc, rows, err = find(folder, capsys, "--state", "SELESAI")
    assert rc == 1 and rows == [] and "Status tidak dikenal" in err
    rc = main(["--data-dir", str(folder), "find", "zzzz tidak ada"])
    assert rc == 0 and "Tidak ada permohonan yang cocok" in capsys.readouterr().out
    # plain output: one line per file, with the state label
    app = pick(lk, Application.state == "ARCHIVED")
    assert main(["--data-dir", str(folder), "find", app.no_permohonan]) == 0
    out = capsys.readouterr().out
    assert app.no_permohonan in out and "Diarsipkan" in out


@pytest.mark.parametrize("query,state", [("", None), ("", "ARCHIVED"), ("a", None), ("2026", None)])
def test_pages_join_up_to_the_whole_result(lk, query, state):
    with lk.Session() as s:
        whole = applications.search(s, query, state=state, limit=5000)
        assert len(whole) == applications.count(s, query, state=state) > 2 * 17
        paged = []
        while True:
            page = applications.search(s, query, state=state, limit=17, offset=len(paged))
            paged += page
            if len(page) < 17:
                break
    assert [r.id for r in paged] == [r.id for r in whole]
    if query == "":
        stamps = [r.submitted_at for r in whole]
        assert stamps == sorted(stamps, reverse=True)       # newest first


def test_paging_survives_a_new_file_arriving(lk, actor_factory):
    from app.masterdata import permit_types
    from db.models import Applicant
    with lk.Session() as s:
        first = applications.search(s, "", limit=20)
        pt = permit_types(s)[0]
        applications.create(s, actor_factory("LOKET2"), no_permohonan="WI-BARU-1", permit_type=pt,
                            applicant=Applicant(name="Pemohon Baru", nik="3214010101900001"))
        s.commit()
        second = applications.search(s, "", limit=20, offset=20)
        assert not {r.id for r in first} & {r.id for r in second}   # nothing shown twice
        assert applications.search(s, "", limit=1)[0].no_permohonan == "WI-BARU-1"


def test_unknown_state_is_refused(lk):
    with lk.Session() as s, pytest.raises(ServiceError, match="Status tidak dikenal"):
        applications.search(s, "a", state="DONE")
