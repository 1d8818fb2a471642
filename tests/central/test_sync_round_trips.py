"""The sync's shortcuts in round trips and statements still keep its promises,
on both servers: the acknowledgement's one DELETE of a batch's range, the
keys sent as one array literal, the ping only after a rest, the number blocks
reserved in one transaction, every chain head in one statement."""
from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import event, select, text

from app.sync import anchor, blocks, rows
from app.sync import central as C
from app.sync import tables as T
from app.sync.push import pending
from db.models import Applicant, Application, AuditRecord, NumberBlock, NumberSequence
from tests.sync_helpers import new_file

pytestmark = pytest.mark.central


def test_entries_edited_while_their_batch_is_up_stay_queued(central, stations):
    """The batch goes up whole and is acknowledged by one DELETE of its range at
    the lowest gen read: an entry edited before the push (a higher gen) goes with
    it, one edited while the batch is on its way stays and goes up next time."""
    _url, engine = central
    a = stations("LOKET2-A", engine)
    a.sync()
    with a.Session() as s:
        apps = [new_file(s, "LOKET2-A") for _ in range(4)]
        s.commit()
        ids = [x.id for x in apps]
        people = [x.applicant_id for x in apps]
    with a.Session() as s:   # edited before the push: its entry's gen is 2, the others' 1
        s.get(Application, ids[0]).location = "Jl. Merdeka 1"
        s.commit()

    def edit_meanwhile(_conn):   # the central transaction is open, the rows are up
        with a.Session() as s:
            s.get(Applicant, people[1]).address = "Jl. Sudirman 2"
            s.get(Application, ids[0]).location = "Jl. Merdeka 3"
            s.commit()
    res = a.sync(hooks={"before_clock": edit_meanwhile})
    assert res.push.sent == 12 and res.push.rejected == []
    assert pending(a.engine) == 2    # the two rows edited meanwhile, nothing else
    with engine.connect() as c:
        assert c.execute(text("SELECT location FROM application WHERE id = :i"), {"i": ids[0]}).scalar() \
            == "Jl. Merdeka 1"
        assert c.execute(text("SELECT address FROM applicant WHERE id = :i"), {"i": people[1]}).scalar() is None
    res = a.sync()
    assert res.push.sent == 2 and pending(a.engine) == 0
    with engine.connect() as c:
        assert c.execute(text("SELECT location FROM application WHERE id = :i"), {"i": ids[0]}).scalar() \
            == "Jl. Merdeka 3"
        assert c.execute(text("SELECT address FROM applicant WHERE id = :i"), {"i": people[1]}).scalar() \
            == "Jl. Sudirman 2"


ODD = ["a,b", 'q"uote', "back\\slash", "{brace}", "NULL", "", " sp ", "é€", 'x\\"y', "tab\tnl\n"]


def test_keys_of_any_text_are_found(central):
    """rows.is_in sends text keys as one array literal on PostgreSQL: every text
    comes back as it is, whatever it holds (settings are keyed by their name)."""
    _url, engine = central
    if engine.dialect.name == "postgresql":
        with engine.connect() as c:
            got = c.execute(select(text("x")).select_from(text("unnest(CAST(:a AS TEXT[])) AS t(x)")),
                            {"a": rows.pg_text_array(ODD)}).scalars().all()
        assert got == ODD
    spec = T.by_name()["setting"]
    t = spec.table
    with engine.begin() as c:
        c.execute(t.insert(), [{"key": k, "value": f"v{i}", "scope": "OFFICE", "version": 1}
                               for i, k in enumerate(ODD)])
    with engine.connect() as c:
        found = rows.fetch(c, spec, ODD + ["absent"])
        assert sorted(found) == sorted(ODD)
        assert {k: r["value"] for k, r in found.items()} == {k: f"v{i}" for i, k in enumerate(ODD)}
        assert rows.existing_ids(c, spec, ["absent", ODD[3]]) == {ODD[3]}
        assert rows.existing_ids(c, spec, []) == set()
    # keys: found among others, in chunks, for update too
    app_spec = T.by_name()["application"]
    with engine.begin() as c:
        assert rows.fetch(c, app_spec, [str(uuid.uuid4()) for _ in range(3)], for_update=True) == {}


def _backend_id(c) -> int:
    sql = "SELECT pg_backend_pid()" if c.dialect.name == "postgresql" else "SELECT CONNECTION_ID()"
    return int(c.execute(text(sql)).scalar())


def test_a_rested_connection_the_server_dropped_is_replaced(central, monkeypatch):
    url, engine = central
    mine = C.connect(C.Target(url))
    pings = []
    real = mine.dialect._do_ping_w_event
    monkeypatch.setattr(mine.dialect, "_do_ping_w_event", lambda conn: pings.append(1) or real(conn))
    try:
        with mine.connect() as c:
            first = _backend_id(c)
        with mine.connect() as c:    # straight back: no ping, the same connection
            assert _backend_id(c) == first
        assert pings == []
        with engine.connect() as k:  # the server drops it while it rests in the pool
            if engine.dialect.name == "postgresql":
                k.execute(text("SELECT pg_terminate_backend(:p)"), {"p": first})
            else:
                k.execute(text(f"KILL CONNECTION {first}"))
            k.commit()
        monkeypatch.setattr(C, "PING_IDLE", 0.0)   # (rested long enough)
        with mine.connect() as c:    # pinged, found dead, replaced before use
            assert _backend_id(c) != first
            assert c.execute(text("SELECT 1")).scalar() == 1
        assert pings == [1]
    finally:
        mine.dispose()


def test_blocks_reserved_together_as_one_by_one(central):
    _url, engine = central
    ns = NumberSequence.__table__
    with engine.begin() as c:
        c.execute(ns.insert().values(key="permit/2026", value=40))
    got = blocks.reserve_many(engine, ["rejection/2026", "permit/2026", "complaint/2027"], 25, "LOKET2-A")
    assert got == {"complaint/2027": (1, 25), "permit/2026": (41, 65), "rejection/2026": (1, 25)}
    assert blocks.reserve(engine, "permit/2026", 10, "LOKET2-B") == (66, 75)
    again = blocks.reserve_many(engine, ["permit/2026", "rejection/2026"], 5, "LOKET2-C")
    assert again == {"permit/2026": (76, 80), "rejection/2026": (26, 30)}
    b = NumberBlock.__table__
    with engine.connect() as c:
        reg = c.execute(select(b.c.key, b.c.ws, b.c.low, b.c.high).order_by(b.c.key, b.c.low)).all()
        seq = dict(c.execute(select(ns.c.key, ns.c.value)).all())
    assert [tuple(r) for r in reg] == [
        ("complaint/2027", "LOKET2-A", 1, 25), ("permit/2026", "LOKET2-A", 41, 65),
        ("permit/2026", "LOKET2-B", 66, 75), ("permit/2026", "LOKET2-C", 76, 80),
        ("rejection/2026", "LOKET2-A", 1, 25), ("rejection/2026", "LOKET2-C", 26, 30)]
    assert seq == {"complaint/2027": 25, "permit/2026": 80, "rejection/2026": 30}


def test_every_chain_head_in_one_statement(central):
    _url, engine = central
    ar = AuditRecord.__table__
    at = datetime(2026, 3, 2, 8, 0)
    with engine.begin() as c:
        c.execute(ar.insert(), [
            {"id": str(uuid.uuid4()), "created_at": at, "workstation": ws, "seq": n, "at": at,
             "action": "login", "hash": f"{ws}-{n}", "prev_hash": None}
            for ws, last in (("LOKET2-A", 3), ("LOKET2-B", 1), ("LOKET4", 12)) for n in range(1, last + 1)])
    statements = []

    def seen(*_args: object) -> None:
        statements.append(1)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with engine.connect() as c:
            got = anchor.heads(c, ["LOKET4", "LOKET2-B", "NOBODY", "LOKET2-A", "LOKET2-A"])
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    assert got == {"LOKET2-A": (3, "LOKET2-A-3"), "LOKET2-B": (1, "LOKET2-B-1"), "LOKET4": (12, "LOKET4-12")}
    with engine.connect() as c:
        assert anchor.heads(c, []) == {}
        assert anchor.heads(c, ["LOKET4"]) == {"LOKET4": (12, "LOKET4-12")}
