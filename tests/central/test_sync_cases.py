"""The six cases of issue 13 (sync that never drops a file), each against the
real PostgreSQL and MariaDB, each ending with every workstation and the
central database holding the same rows, compared row by row."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app import clock, workflow
from app.sync import outbox, skew
from app.sync import rows as R
from app.sync import tables as T
from db.models import Application, RequirementCheck
from tests.conftest import make_actor
from tests.sync_helpers import new_file

pytestmark = pytest.mark.central

COMPARED = ("permit_type", "requirement", "applicant", "application", "workflow_event", "requirement_check",
            "issued_document", "handover")


def snapshot(engine, tables=COMPARED) -> dict:
    """Every synced column of every row of these tables, keyed by primary key."""
    specs = T.by_name()
    out = {}
    with engine.connect() as c:
        for name in tables:
            spec = specs[name]
            ids = list(c.execute(select(spec.table.c[spec.pk])).scalars())
            out[name] = R.fetch(c, spec, ids)
    return out


def assert_same_rows(central_engine, *stations_, tables=COMPARED) -> dict:
    want = snapshot(central_engine, tables)
    for st in stations_:
        got = snapshot(st.engine, tables)
        for name in tables:
            assert got[name].keys() == want[name].keys(), (st.name, name)
            for rid, row in want[name].items():
                assert got[name][rid] == row, (st.name, name, rid)
        assert outbox.counts(st.engine) == outbox.Counts(0, 0, 0), st.name
    return want


def kadin(ws):
    return make_actor("KADIN", name="Kepala Dinas", workstation=ws)


# --- case 1 -------------------------------------------------------------------

@pytest.mark.parametrize("first", ["A", "B"])
def test_case1_two_offline_workstations_sign_three_sks_each(central, stations, first):
    from app.services import backoffice
    url, engine = central
    from app import demo
    a, b = stations("KADIS-A", engine), stations("KADIS-B", engine)
    with a.Session() as s:
        demo.fill_office(s)   # the office's regulations: an SK is not prepared without them (travel)
        ids = [new_file(s, "KADIS-A", state="KABID_APPROVED").id for _ in range(6)]
        s.commit()
    a.sync()
    b.sync()                      # both online once: each holds a block of numbers
    for st, mine in ((a, ids[:3]), (b, ids[3:])):   # then both offline
        with st.Session() as s:
            for i in mine:
                backoffice.sign(s, kadin(st.name), i, signer_name="Dr. H. Iwan Sutisna")
    order = (a, b) if first == "A" else (b, a)
    for st in order + order:
        res = st.sync()
        assert res.push.rejected == [] and res.refused == 0
    with engine.connect() as c:
        numbers = list(c.execute(text("SELECT permit_number FROM application WHERE permit_number IS NOT NULL"))
                       .scalars())
    assert len(numbers) == 6 and len(set(numbers)) == 6
    snap = assert_same_rows(engine, a, b)
    assert {r["id"] for r in snap["application"].values()} == set(ids)
    assert {r["state"] for r in snap["application"].values()} == {"SIGNED"}


# --- case 2 and the four-workstation variant --------------------------------------

@pytest.mark.parametrize("n_ws,per_ws", [(4, 15), (10, 8)])
def test_case2_fresh_workstations_with_data_first_sync_concurrently(central, stations, n_ws, per_ws):
    url, engine = central
    sts = [stations(f"LOKET-{k}", engine) for k in range(n_ws)]
    made = set()
    for st in sts:                # each seeded its own permit types and holds files
        with st.Session() as s:
            made |= {new_file(s, st.name).id for _ in range(per_ws)}
            s.commit()
    errors = []

    def go(st):
        try:
            st.sync()
        except Exception as e:    # pragma: no cover - reported below
            errors.append((st.name, e))
    threads = [threading.Thread(target=go, args=(st,)) for st in sts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    for st in sts:                # a second round brings everyone's files everywhere
        assert st.sync().refused == 0
    with engine.connect() as c:
        assert set(c.execute(text("SELECT id FROM application")).scalars()) == made
        assert c.execute(text("SELECT count(*) FROM permit_type")).scalar() == \
            sts[0].engine.connect().execute(text("SELECT count(*) FROM permit_type")).scalar()
    assert_same_rows(engine, *sts)


# --- case 3 -------------------------------------------------------------------------

def test_case3_demo_data_on_two_workstations_converges(central, stations):
    from app import config, demo
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    for st in (a, b):
        with st.Session() as s:
            config.set_(s, "central.url", url)
            s.commit()
    assert demo.generate(a.loket, 40, seed=5) == 40
    assert demo.generate(b.loket, 30, seed=6) == 30
    pulled = []
    for st in (a, b, a, b):
        res = st.sync(batch=200)   # small batches: a file's history spans several
        assert res.push.rejected == [] and res.refused == 0
        pulled.append(res.pull.received.get("application", 0))
    # Each file comes down once to the other workstation, none back to its own.
    assert pulled == [0, 40, 30, 0]
    snap = assert_same_rows(engine, a, b)
    assert len(snap["application"]) == 70
    nos = [r["no_permohonan"] for r in snap["application"].values()]
    assert len(set(nos)) == 70
    permits = [r["permit_number"] for r in snap["application"].values() if r["permit_number"]]
    assert len(permits) == len(set(permits)) > 0


# --- case 4 -------------------------------------------------------------------------

def test_case4_one_checklist_row_per_requirement_edited_on_two_workstations(central, stations):
    from app.services import intake
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        app_id = new_file(s, "LOKET2-A", state="SUBMITTED").id
        s.commit()
    a.sync()
    b.sync()
    edits = {}
    for st, k in ((a, 0), (b, 1)):   # both offline, each ticks its own items of the same file
        with st.Session() as s:
            app = s.get(Application, app_id)
            items = intake.checklist(s, app)
            for i, it in enumerate(items):
                if i % 2 == k:
                    it.present, it.sheets = True, 1 + k
            items[0].note = f"catatan {st.name}"
            intake.save_checks(s, make_actor("LOKET2", workstation=st.name), app_id, items)
            edits[st.name] = len(items)
    for st in (a, b, a):
        assert st.sync().refused == 0
    snap = assert_same_rows(engine, a, b)
    checks = [r for r in snap["requirement_check"].values() if r["application_id"] == app_id]
    assert len(checks) == edits["LOKET2-A"]
    assert len({r["requirement_id"] for r in checks}) == len(checks)
    # Items ticked on one side only came from that side; the first item both wrote
    # (no common ancestor, one edit each: equal versions) went to B by workstation
    # name — the same everywhere, whatever the clocks — and A's values are logged.
    with a.Session() as s:
        got = {c.requirement_id: (c.present, c.note) for c in s.scalars(
            select(RequirementCheck).where(RequirementCheck.application_id == app_id))}
    assert sum(1 for p, _n in got.values() if p) == len(got) - 1
    assert sorted(n for _p, n in got.values() if n) == ["catatan LOKET2-B"]
    with engine.connect() as c:
        lost = c.execute(text("SELECT field, lost_value FROM sync_conflict WHERE table_name = 'requirement_check'"
                              )).all()
    assert ("note", "catatan LOKET2-A") in [tuple(r) for r in lost]


# --- case 5 -------------------------------------------------------------------------

def test_case5_slow_clock_keeps_the_order_and_is_warned(central, stations):
    from app import config
    from app.cli import sync as sync_cli
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("BO-KES-1", engine)
    with b.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
    now = skew.server_utc(engine)
    with clock.pinned(now):
        with a.Session() as s:
            app_id = new_file(s, "LOKET2-A", at=now - timedelta(minutes=5)).id
            s.commit()
        a.sync()
        with a.Session() as s:   # counter 2 receives it
            app = s.get(Application, app_id)
            workflow.apply(s, app, "receive", make_actor("LOKET2", workstation="LOKET2-A"),
                           {"receipt_number": "TT/LOKET2-A/2026/00001"})
            s.commit()
        a.sync()
    with clock.pinned(now - timedelta(hours=1, seconds=-30)):   # the back office's clock is an hour slow
        b.sync()
        with b.Session() as s:
            app = s.get(Application, app_id)
            assert app.state == "RECEIVED"
            ev = workflow.apply(s, app, "verify", make_actor("BACKOFFICE", workstation="BO-KES-1"),
                                {"result": "LENGKAP"})
            s.commit()
            assert ev.at < now            # stamped before the receive by the wall clock
        res = b.sync()
        assert res.clock_offset is not None and -3700 < res.clock_offset < -3500
        warn = skew.warning_for(b.engine)
        assert warn and "selisih jam 60 menit" in warn
        doctor = sync_cli._doctor_check(b.loket)
        assert any("selisih jam 60 menit" in value and ok is None for _label, value, ok in doctor)
    with clock.pinned(now + timedelta(minutes=1)):
        a.sync()
        for st in (a, b):
            with st.Session() as s:
                app = s.get(Application, app_id)
                assert app.state == "VERIFIED"
                assert workflow.allowed_actions(app, frozenset({"BACKOFFICE"}))   # the back office goes on
        assert skew.warning_for(a.engine) is None
    with engine.connect() as c:
        assert c.execute(text("SELECT state FROM application WHERE id = :i"), {"i": app_id}).scalar() == "VERIFIED"
    assert_same_rows(engine, a, b)


# --- case 6 -------------------------------------------------------------------------

def test_case6_each_changed_row_is_pulled_once_per_change(central, stations):
    url, engine = central
    sts = [stations(f"LOKET-{k}", engine) for k in range(3)]
    per = 20
    for st in sts:
        with st.Session() as s:
            for _ in range(per):
                new_file(s, st.name)
            s.commit()
    pulled = {st.name: 0 for st in sts}
    for _round in range(3):
        for st in sts:
            res = st.sync()
            pulled[st.name] += res.pull.received.get("application", 0)
    # Each workstation pulled the other two workstations' files, each once.
    assert pulled == {st.name: 2 * per for st in sts}
    assert_same_rows(engine, *sts)
