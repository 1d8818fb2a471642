"""The push's bulk writes into the real central tables (app/sync/bulk.py): PostgreSQL's
binary COPY, its fallback to text COPY when a value is not of the Python type its binary
form takes, and the JSON text written on both servers. Every row reads back as the same
row written by SQLAlchemy's insert()."""
from __future__ import annotations

import json
from datetime import date, datetime

import psycopg
import pytest
from sqlalchemy import insert, select, text

from app.sync import bulk
from db.models import Base
from tests.sync_helpers import central_db

AT = datetime(2026, 11, 25, 3, 0, 0, 123456)
APPLICANT = Base.metadata.tables["applicant"]
TEMPLATE = Base.metadata.tables["sk_template"]


@pytest.fixture
def copies(monkeypatch) -> list[str]:
    """The statements of the COPYs psycopg runs."""
    seen: list[str] = []
    real = psycopg.Cursor.copy

    def spy(self, statement, *args, **kwargs):
        seen.append(str(statement))
        return real(self, statement, *args, **kwargs)
    monkeypatch.setattr(psycopg.Cursor, "copy", spy)
    return seen


def _person(i: int, **over) -> dict:
    row = {"id": f"00000000-0000-4000-8000-{i:012d}", "id_type": "KTP", "nik": f"3201{i:012d}",
           "name": f"Pemohon {i}", "birth_place": "Bogor", "birth_date": date(1990, 1, i % 28 + 1),
           "gender": "L", "occupation": None, "npwp": None, "address": "Jl. Raya 1\nRT 2/RW 3",
           "region_code": None, "postal_code": None, "phone": None, "mobile": None, "email": None,
           "updated_at": AT, "updated_by": None, "updated_ws": "LOKET-A", "version": 1,
           "created_at": AT, "created_by": None, "created_ws": None}
    row.update(over)
    return row


def _read(engine, table, ids) -> dict:
    with engine.connect() as c:
        return {r["id"]: dict(r) for r in c.execute(select(table).where(table.c.id.in_(ids))).mappings()}


def _bulk(engine, table, rows: list[dict]) -> None:
    cols = list(rows[0])
    with engine.begin() as c:
        bulk.insert_tuples(c, table, cols, [tuple(r[k] for k in cols) for r in rows])


def test_binary_copy_and_its_text_fallback_read_back_as_an_insert(copies):
    with central_db("postgresql") as (_url, engine):
        with engine.begin() as c:    # the reference: SQLAlchemy's own insert
            c.execute(insert(APPLICANT), [_person(1)])
        want = _read(engine, APPLICANT, [_person(1)["id"]])[_person(1)["id"]]

        _bulk(engine, APPLICANT, [_person(2), _person(3)])
        assert any("FORMAT BINARY" in s for s in copies), copies   # every value fits: binary
        got = _read(engine, APPLICANT, [_person(2)["id"], _person(3)["id"]])
        assert got[_person(2)["id"]] == dict(want, id=_person(2)["id"], nik=_person(2)["nik"],
                                             name="Pemohon 2", birth_date=date(1990, 1, 3))

        # Values SQLite's typing lets through that the binary dumpers do not take (a
        # number as text, a text in a number column, a time as text): the table goes
        # by text COPY, which the server parses, and nothing is lost.
        copies.clear()
        odd = [_person(4, version="2", name=4, updated_at="2026-11-25 03:00:00.123456"), _person(5)]
        _bulk(engine, APPLICANT, odd)
        assert copies and not any("FORMAT BINARY" in s for s in copies), copies
        got = _read(engine, APPLICANT, [_person(4)["id"], _person(5)["id"]])
        assert got[_person(4)["id"]]["version"] == 2
        assert got[_person(4)["id"]]["name"] == "4"
        assert got[_person(4)["id"]]["updated_at"] == AT
        assert got[_person(5)["id"]] == dict(want, id=_person(5)["id"], nik=_person(5)["nik"],
                                             name="Pemohon 5", birth_date=date(1990, 1, 6))


def _template(i: int, body) -> dict:
    return {"id": f"00000000-0000-4000-9000-{i:012d}", "name": f"sk-{i}", "revision": 1, "title": "SK",
            "body": body, "valid_from": AT, "active": True, "proof_version": 0, "updated_at": AT,
            "version": 1, "created_at": AT}


BODIES = [{"a": [1, 2.5, None, True, False], "b": {"c": "é\n\"q\"", "d": []}},
          {"judul": "Izin Usaha", "daftar": [{"no": 1}, {"no": 2}]}, [], "teks", 3, None]


@pytest.mark.parametrize("backend", ["postgresql", "mariadb"])
def test_json_goes_up_as_sqlalchemy_writes_it(backend):
    with central_db(backend) as (_url, engine):
        with engine.begin() as c:
            c.execute(insert(TEMPLATE), [_template(100 + i, b) for i, b in enumerate(BODIES)])
        _bulk(engine, TEMPLATE, [_template(i, b) for i, b in enumerate(BODIES)])
        ref = _read(engine, TEMPLATE, [_template(100 + i, None)["id"] for i in range(len(BODIES))])
        got = _read(engine, TEMPLATE, [_template(i, None)["id"] for i in range(len(BODIES))])
        for i, b in enumerate(BODIES):
            assert got[_template(i, b)["id"]]["body"] == b == ref[_template(100 + i, b)["id"]]["body"]
        with engine.connect() as c:   # the very same text as SQLAlchemy's (json.dumps)
            cast = "body::text" if backend == "postgresql" else "body"
            texts = dict(c.execute(text(f"SELECT name, {cast} FROM sk_template")).all())
        for i, b in enumerate(BODIES):
            assert texts[f"sk-{i}"] == texts[f"sk-{100 + i}"] == json.dumps(b)


def test_the_push_json_encoder_writes_json_dumps_text():
    for v in BODIES + [{"x": float("inf")}, {1: "a", None: "b"}, {"ü": ["ß"]}]:
        assert bulk._DUMPS(v) == json.dumps(v)
    with pytest.raises(TypeError):
        bulk._DUMPS({"a": object()})
    assert bulk._DUMPS({"again": 1}) == '{"again": 1}'   # a failed value leaves nothing behind
