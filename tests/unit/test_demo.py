"""Demo data: consistent with the workflow table, the calendar, the numbering
and the validators the counter uses; deterministic for a seed."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from app import demo, numbering, regions, validation, workflow
from app.calendar import WorkCalendar
from app.runtime import open_loket
from db.models import (
    Applicant,
    Application,
    Company,
    NumberSequence,
    PermitType,
    RequirementCheck,
    SurveyResponse,
    WorkflowEvent,
)
from db.models.documents import Handover

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

TODAY = date(2026, 11, 25)     # a Wednesday
N = 260


class _Permit:
    def __init__(self, needs_review):
        self.needs_review = needs_review


class _App:
    def __init__(self, state, needs_review):
        self.state = state
        self.permit_type = _Permit(needs_review)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    lk = open_loket(folder)
    assert demo.generate(lk, N, seed=7, today=TODAY) == N
    yield lk
    lk.close()


def _events_by_app(s):
    out = defaultdict(list)
    for ev in s.scalars(select(WorkflowEvent)):
        out[ev.application_id].append(ev)
    for evs in out.values():
        evs.sort(key=lambda e: (e.at, e.created_at))
    return out


def test_every_state_is_present(demo_db):
    with demo_db.Session() as s:
        counts = dict(s.execute(select(Application.state, func.count()).group_by(Application.state)).all())
        assert sum(counts.values()) == N
    assert set(counts) == set(workflow.STATES), set(workflow.STATES) - set(counts)


def test_histories_follow_the_workflow_table(demo_db):
    roles = {o.id: o.role for o in demo.roster()}
    tz = ZoneInfo("Asia/Jakarta")
    with demo_db.Session() as s:
        cal = WorkCalendar.from_db(s)
        review = {p.id: p.needs_review for p in s.scalars(select(PermitType))}
        events = _events_by_app(s)
        apps = list(s.scalars(select(Application)))
        end = datetime.combine(TODAY, datetime.min.time())
        for app in apps:
            evs = events[app.id]
            assert evs, app.no_permohonan
            state, last_at = None, None
            for ev in evs:
                assert ev.from_state == state, (app.no_permohonan, ev.action)
                role = roles.get(ev.actor_id, "SYSTEM")
                # the table allows this action, from this state, for this officer's role
                workflow.check(ev.action, None if state is None else _App(state, review[app.permit_type_id]),
                               frozenset({role}), ev.data or {})
                assert ev.to_state == workflow.ACTIONS[ev.action].to_state
                assert last_at is None or ev.at > last_at
                local = ev.at.replace(tzinfo=ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None)
                assert local < end
                if role != "SYSTEM":
                    assert cal.is_working_day(local.date()), (ev.action, local)
                    assert cal.hours[0] <= local.time() <= cal.hours[1], (ev.action, local)
                    assert ev.actor_name and ev.workstation and ev.created_by == ev.actor_id
                state, last_at = ev.to_state, ev.at
            assert app.state == workflow.state_from_events(evs) == state
            # a step that keeps the state (prepare_sign) keeps its clock
            assert app.state_since == [e for e in evs if e.from_state != e.to_state][-1].at
            assert app.holder_role == workflow.holder_of(app.state)
            assert app.created_ws and app.updated_ws
            assert app.version == len(evs)


def test_people_pass_the_counter_checks(demo_db):
    with demo_db.Session() as s:
        applicants = list(s.scalars(select(Applicant)))
        niks = [a.nik for a in applicants]
        assert len(set(niks)) == len(niks)
        for a in applicants:
            assert validation.nik(a.nik) == a.nik
            assert validation.nik_warnings(a.nik, a.gender, a.birth_date) == [], a.nik
            assert a.gender == ("P" if int(a.nik[6:8]) > 40 else "L")
            village = regions.get(a.region_code)
            assert village is not None and village.level == 4
            assert village.postal_code == a.postal_code
            assert validation.postal_code(a.postal_code)
            assert validation.phone(a.mobile)
            if a.email:
                validation.email(a.email)
            if a.npwp:
                validation.npwp(a.npwp)
            assert a.name and a.name == a.name.strip() and a.address
        companies = list(s.scalars(select(Company)))
        assert companies
        nibs = [c.nib for c in companies]
        assert len(set(nibs)) == len(nibs)
        for c in companies:
            assert validation.nib(c.nib) == c.nib and len(c.nib) == 13
            assert validation.npwp(c.npwp) == c.npwp and len(c.npwp) == 16 and c.npwp[0] == "0"
        # the search columns mirror the applicant
        for app, a in s.execute(select(Application, Applicant).join(Applicant)).all():
            assert (app.applicant_name, app.applicant_nik) == (a.name, a.nik)
            assert app.name_key == validation.name_key(a.name)
            assert app.applicant_type == ("PERUSAHAAN" if app.company_id else "PERORANGAN")
            assert regions.get(app.location_region_code) is not None


def test_numbers_dates_and_checks(demo_db):
    received_states = set(workflow.STATES) - {"DRAFT", "SUBMITTED", "RETURNED"}
    signed_states = {"SIGNED", "PRINTED", "SURVEYED", "HANDED_OVER", "ARCHIVED"}
    tz = ZoneInfo("Asia/Jakarta")
    with demo_db.Session() as s:
        cal = WorkCalendar.from_db(s)
        fmt = re.compile(r"^TT/LOKET2-[ABC]/\d{4}/\d{5}$")
        events = _events_by_app(s)
        permits = {p.id: p for p in s.scalars(select(PermitType))}
        apps = list(s.scalars(select(Application)))
        receipts = [a.receipt_number for a in apps if a.receipt_number]
        assert len(set(receipts)) == len(receipts)
        issued = defaultdict(list)
        for app in apps:
            evs = events[app.id]
            receive = [e for e in evs if e.action == "receive"]
            if app.state in received_states:
                assert len(receive) == 1 and fmt.match(app.receipt_number)
                assert receive[0].data["receipt_number"] == app.receipt_number
                assert app.receipt_number.split("/")[1] == receive[0].workstation
                local = receive[0].at.replace(tzinfo=ZoneInfo("UTC")).astimezone(tz)
                assert app.due_date == cal.due_date(local.date(), permits[app.permit_type_id].service_days)
                assert app.received_at == receive[0].at
                issued[(receive[0].workstation, local.year)].append(
                    (receive[0].at, int(app.receipt_number.rsplit("/", 1)[1])))
                checks = list(s.scalars(select(RequirementCheck).where(
                    RequirementCheck.application_id == app.id)))
                reqs = permits[app.permit_type_id].requirements
                assert len(checks) == len([r for r in reqs if r.active])
                mandatory = {r.id for r in reqs if r.mandatory}
                assert all(c.present for c in checks if c.requirement_id in mandatory)
            else:
                assert app.receipt_number is None and app.due_date is None
            if app.state == "RETURNED":
                missing = [e for e in evs if e.action == "return"][-1].data["missing"]
                assert missing
                checks = s.scalars(select(RequirementCheck).where(RequirementCheck.application_id == app.id))
                assert any(not c.present for c in checks)
            if app.state in signed_states and app.outcome == "IZIN":
                assert re.match(r"^503/\d{4}/DPMPTSP/\d{4}$", app.permit_number)
                assert [e for e in evs if e.action == "sign"][0].data["number"] == app.permit_number
            elif app.state == "KABID_APPROVED" and app.outcome == "IZIN":
                # numbered when readied for the Kadis's signature (prepare_sign)
                prep = [e for e in evs if e.action == "prepare_sign"]
                assert app.permit_number == (prep[-1].data["number"] if prep else None)
            else:
                assert app.permit_number is None
            if app.state in signed_states and app.outcome == "PENOLAKAN":
                assert re.match(r"^503/\d{4}/DPMPTSP-TLK/\d{4}$",
                                [e for e in evs if e.action == "sign"][0].data["number"])
            if app.source == "WALKIN":
                assert re.match(r"^WI/LOKET2-[ABC]/\d{4}/\d{5}$", app.no_permohonan)
                assert app.no_permohonan.split("/")[1] == evs[0].workstation
            for ev in evs:
                if ev.action == "return":
                    assert re.match(r"^BP/LOKET2-[ABC]/\d{4}/\d{5}$", ev.data["slip_number"])
            if app.state in ("HANDED_OVER", "ARCHIVED"):
                hand = [e for e in evs if e.action == "hand_over"][0]
                assert re.match(r"^TP/LOKET5-[AB]/\d{4}/\d{5}$", hand.data["receipt_number"])
                row = s.scalars(select(Handover).where(Handover.application_id == app.id)).one()
                assert row.permit_number == app.permit_number
                assert (row.recipient_name, row.recipient_id_number) == (
                    hand.data["recipient_name"], hand.data["recipient_id_number"])
                if app.state == "ARCHIVED":
                    assert evs[-1].data["handover_receipt"] == hand.data["receipt_number"]
            if app.state in ("SURVEYED", "HANDED_OVER", "ARCHIVED"):
                ev = [e for e in evs if e.action in ("survey", "decline_survey")][0]
                survey = s.get(SurveyResponse, ev.data["survey_id"])
                assert survey is not None and survey.application_id == app.id
                assert survey.declined == (ev.action == "decline_survey")
                if not survey.declined:
                    assert set(survey.answers) == {f"U{i}" for i in range(1, 10)}
                    assert all(1 <= v <= 4 for v in survey.answers.values())
        # numbers were issued in the order the files were received, without gaps
        for (ws, year), seq in issued.items():
            seq.sort()
            assert [n for _, n in seq] == list(range(1, len(seq) + 1)), (ws, year)
            row = s.get(NumberSequence, f"receipt/{ws}/{year}")
            assert row.value == len(seq)


def test_reviews_read_as_the_back_office_writes_them(demo_db):
    """The BAP as record_review stores it (SETUJU/TOLAK, a number, a date), dated on
    or after the meeting it reports, also in histories squeezed into a forced state."""
    from app.event_words import note
    with demo_db.Session() as s:
        by_app = _events_by_app(s)
    seen = 0
    for evs in by_app.values():
        sched = [e for e in evs if e.action == "schedule_review"]
        for rev in (e for e in evs if e.action == "record_review"):
            seen += 1
            assert rev.data["recommendation"] in ("SETUJU", "TOLAK")
            assert re.fullmatch(r"\d{3}/BAP/[A-Z]+/\d{4}", rev.data["bap_number"])
            bap = date.fromisoformat(rev.data["bap_date"])
            meeting = datetime.fromisoformat(sched[-1].data["scheduled_at"])
            assert meeting.date() <= bap
            words = note("record_review", rev.data, brief=True)
            assert "SETUJU" not in words and "TOLAK" not in words and words.count("tanggal") == 1
    assert seen > 10


def test_the_counter_continues_the_numbering(demo_db):
    with demo_db.Session() as s:
        top = max(s.scalars(select(Application.receipt_number).where(
            Application.receipt_number.like("TT/LOKET2-A/2026/%"))))
        nxt = numbering.next_number(s, "receipt", datetime(2026, 11, 25, 9), scope="LOKET2-A",
                                    workstation="LOKET2-A")
        assert int(nxt.rsplit("/", 1)[1]) == int(top.rsplit("/", 1)[1]) + 1
        s.rollback()


def _fingerprint(lk):
    with lk.Session() as s:
        apps = s.execute(select(Application.no_permohonan, Application.applicant_name,
                                Application.applicant_nik, Application.state,
                                Application.receipt_number, Application.permit_number,
                                Application.due_date).order_by(Application.no_permohonan)).all()
        evs = s.execute(select(Application.no_permohonan, WorkflowEvent.action, WorkflowEvent.at,
                               WorkflowEvent.actor_name)
                        .join(Application, Application.id == WorkflowEvent.application_id)
                        .order_by(Application.no_permohonan, WorkflowEvent.at)).all()
    return apps, evs


def test_same_seed_same_data_and_if_empty(tmp_path):
    a = open_loket(tmp_path / "a")
    b = open_loket(tmp_path / "b")
    c = open_loket(tmp_path / "c")
    try:
        for lk, seed in ((a, 3), (b, 3), (c, 4)):
            assert demo.generate(lk, 40, seed=seed, today=TODAY) == 40
        assert _fingerprint(a) == _fingerprint(b)
        assert _fingerprint(a)[0] != _fingerprint(c)[0]
        # --if-empty leaves a database with applications alone
        assert demo.generate(a, 40, seed=3, if_empty=True, today=TODAY) == 0
        # a second run adds to the first without reusing a number
        assert demo.generate(a, 30, seed=5, today=TODAY) == 30
        with a.Session() as s:
            assert s.scalar(select(func.count()).select_from(Application)) == 70
            receipts = list(s.scalars(select(Application.receipt_number)
                                      .where(Application.receipt_number.is_not(None))))
            assert len(receipts) == len(set(receipts))
            niks = list(s.scalars(select(Applicant.nik)))
            assert len(niks) == len(set(niks))
            # durability settings are back after the bulk load
            conn = s.connection().connection.driver_connection
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        for lk in (a, b, c):
            lk.close()


def test_demo_rows_are_queued_for_sync(demo_db):
    with demo_db.Session() as s:
        conn = s.connection().connection.driver_connection
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "sync_outbox" not in tables:
            pytest.fail("the sync outbox table is part of the schema")
        for table in ("application", "workflow_event", "applicant", "requirement_check"):
            rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            queued = conn.execute("SELECT count(*) FROM sync_outbox WHERE table_name = ?",
                                  (table,)).fetchone()[0]
            assert queued == rows, table


def test_cli_demo(data_dir, capsys):
    from app.cli import main
    assert main(["demo", "--applications", "25", "--seed", "2"]) == 0
    assert "25 permohonan contoh dibuat" in capsys.readouterr().out
    assert main(["demo", "--applications", "25", "--if-empty"]) == 0
    assert "tidak ditambahkan" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        main(["demo", "--applications", "-1"])
    assert e.value.code == 2


def _reprintable(s, app) -> bool:
    from app.services import issuance
    try:
        issuance.current_pdf(s, app)
    except Exception:
        return False
    return True


def test_recent_files_have_their_papers_and_print_history(data_dir, tmp_path, monkeypatch):
    """The most recent files carry what the counters stored: `loket print receipt` reprints
    a demo receipt, counter 4's print history and counter 5's handover receipt show."""
    from app.cli import main
    from app.demo import papers
    from app.services import handover, intake, issuance
    from app.services.context import ServiceError
    from db.models import DocumentPrint, IssuedDocument
    monkeypatch.setattr(papers, "BUDGET", 30)
    assert main(["demo", "--applications", "60", "--seed", "3"]) == 0
    lk = open_loket(data_dir)
    try:
        with lk.Session() as s:
            recent = list(s.scalars(select(Application).where(Application.receipt_number.is_not(None))
                                    .order_by(Application.updated_at.desc())))
            assert len(recent) > 30
            stored = {d for d, in s.execute(select(IssuedDocument.application_id)
                                            .where(IssuedDocument.kind == intake.RECEIPT))}
            assert 0 < len(stored) <= 30
            # an older file keeps its number without a PDF, and the counter says just that
            older = next(a for a in recent if a.id not in stored)
            with pytest.raises(ServiceError, match=f"sudah diterima dengan tanda terima {older.receipt_number}.*"
                                                   "tidak tersimpan"):
                intake.latest_document(s, older, intake.RECEIPT)
            app = recent[0]
            doc = intake.latest_document(s, app, intake.RECEIPT)
            assert doc.number == app.receipt_number and doc.pdf.startswith(b"%PDF")
            assert [p.kind for p in s.scalars(select(DocumentPrint).where(DocumentPrint.document_id == doc.id))] \
                == ["PRINT"]
            no, receipt_number = app.no_permohonan, app.receipt_number
            # counter 4's "Riwayat cetak": every recent printed file whose SK it can print again
            # (signed PDF stored, or signed by hand) shows the first print
            names = {o.name for o in demo.roster()}      # the officer by name, not by id
            shown = 0
            for a in recent:
                if a.id in stored and a.state in ("PRINTED", "SURVEYED", "ARCHIVED") and _reprintable(s, a):
                    shown += 1
                    rows = issuance.view(s, a.no_permohonan).prints
                    assert rows and rows[0].kind == "PRINT" and rows[0].officer in names, a.no_permohonan
            assert shown
            handed_over = [a for a in recent if a.id in stored and a.state == "ARCHIVED"]
            assert handed_over
            for handed in handed_over:
                assert handover.receipt_pdf(s, handed.no_permohonan).startswith(b"%PDF")
                h = s.scalar(select(Handover).where(Handover.application_id == handed.id))
                assert h.receipt_document_id is not None
                assert (h.sk_document_id is not None) == _reprintable(s, handed)
            # each hand-over written once, whole (append-only: never completed by an UPDATE,
            # which would count in its outbox entry's gen, app/sync/capture.py)
            gens = s.execute(text("SELECT min(gen), max(gen), count(*) FROM sync_outbox "
                                  "WHERE table_name = 'handover'")).one()
            assert gens[0] == gens[1] == 1 and gens[2] == s.scalar(select(func.count()).select_from(Handover))
    finally:
        lk.close()
    out = tmp_path / "tt.pdf"
    assert main(["print", "receipt", no, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    lk = open_loket(data_dir)
    try:
        with lk.Session() as s:
            doc = s.scalar(select(IssuedDocument).where(IssuedDocument.number == receipt_number))
            assert [p.kind for p in s.scalars(select(DocumentPrint).where(DocumentPrint.document_id == doc.id)
                                             .order_by(DocumentPrint.at))] == ["PRINT", "REPRINT"]
    finally:
        lk.close()


def test_rows_are_stored_as_the_column_types_store_them(demo_db):
    """The simulation hands keys over as their 16 bytes and times as integer microseconds
    (their stored forms), which the bulk writer then passes through (app/demo/bulk.py): every
    value on the file is exactly what the column's own type writes for what Python reads back
    (a word of the file's dictionary as its code, as the insert trigger would code it)."""
    from sqlalchemy import text

    from db import textcode
    from db.base import DERIVED_STAMPS, CodedText
    from db.models import Base
    dialect = demo_db.engine.dialect
    with demo_db.engine.connect() as c:
        raw = c.connection.driver_connection
        codes = {w: code for code, w in textcode.decoder(c).items()}
        assert len(codes) > 10      # officers and workstations
        for name in demo.BULK_TABLES:
            # (a row's own stamps are stored compact and read back as their siblings: db/base.py)
            derived = {c for c, _sibling in DERIVED_STAMPS.get(name, ("", ()))[1]}
            cols = [col for col in Base.metadata.tables[name].columns if col.name not in derived]
            procs = [col.type._cached_bind_processor(dialect) for col in cols]
            typed = c.execute(select(*cols).order_by(text("rowid"))).all()
            stored = raw.execute(f"SELECT {', '.join(col.name for col in cols)} FROM {name} ORDER BY rowid").fetchall()
            assert len(typed) == len(stored) > 0, name
            for py_row, db_row in zip(typed, stored, strict=True):
                for col, proc, v, s in zip(cols, procs, py_row, db_row, strict=True):
                    want = v if v is None or proc is None else proc(v)
                    if isinstance(col.type, CodedText) and v is not None:
                        want = codes[v]
                    assert (type(s), s) == (type(want), want), (name, col.name, s, want)
            keys = [col.name for col in cols if col.name == "id" or col.name.endswith("_id")]
            kinds = raw.execute(f"SELECT DISTINCT {', '.join(f'typeof({k})' for k in keys)} FROM {name}").fetchall()
            assert {k for row in kinds for k in row} <= {"blob", "null"}, (name, kinds)


def test_the_simulations_shortcuts_give_what_they_stand_for(tmp_path):
    """Stored forms made directly (a time's microseconds, a key's bytes), the weighted
    picks with their sums made once and the one-call draws equal the long way, draw for draw."""
    import random
    from datetime import timedelta

    from app.demo.people import Rng, Weighted, pick_weighted
    from app.demo.simulation import Clock, Ids, _ms
    from db.values import time_int, uuid_bytes
    lk = open_loket(tmp_path)
    try:
        with lk.Session() as s:
            cal = WorkCalendar.from_db(s)
    finally:
        lk.close()
    clock = Clock(cal, date(2024, 1, 1), date(2027, 12, 31), ZoneInfo("Asia/Jakarta"))
    rng = random.Random(3)
    top = len(clock.days) * clock.dm
    for _ in range(200_000):
        wm = rng.random() * top
        if rng.random() < 0.3:
            wm = round(wm, rng.randint(0, 4))        # whole minutes, half seconds ...
        assert clock.us(wm) == time_int(clock.utc(wm)), wm
        day = int(wm // clock.dm)
        seconds = round((wm - day * clock.dm) * 60, 3)       # the long way: round(x, 3)
        assert clock.utc(wm) == clock._base[day] + timedelta(seconds=seconds), wm
        assert clock.local(wm) == clock._local[day] + timedelta(seconds=seconds), wm
    for k in range(200_000):     # ties of round(x, 3) (k/16 s: x * 1000 ends in .5 for odd k), and near them
        for x in (k / 16, k / 16 + 1e-9, k / 16 - 1e-9, k * 0.001, k * 0.0005, k * 0.1):
            assert _ms(x) == round(round(x, 3) * 1000), x
    ids = Ids(random.Random(1), 1_790_000_000_000)
    for _ in range(5000):
        key = ids()
        assert len(key) == 16 and uuid_bytes(Ids.text(key)) == key
        assert Ids.text(key)[14] == "7" and Ids.text(key)[19] in "89ab"
    a, b = random.Random(9), random.Random(9)
    pick = Weighted("abcd", (0.78, 0.12, 0.03, 0.07))
    pairs = (("x", 65), ("y", 25), ("z", 10))
    for _ in range(20_000):
        assert pick(a) == b.choices("abcd", (0.78, 0.12, 0.03, 0.07))[0]
        assert pick_weighted(a, pairs) == b.choices("xyz", (65, 25, 10))[0]
    assert a.random() == b.random()
    a, b = Rng(11), random.Random(11)
    small, big = "abcdefg", list(range(1000))
    for _ in range(20_000):
        assert a.choice(small) == b.choice(small) and a.choice(big) == b.choice(big)
        assert a.randint(1, 250) == b.randint(1, 250) and a.randint(5, 5) == b.randint(5, 5)
        assert a.randint(10**13, 10**14 - 1) == b.randint(10**13, 10**14 - 1)
        assert a.uniform(3, 1800) == b.uniform(3, 1800) and a.expovariate(1 / 720) == b.expovariate(1 / 720)
    assert a.random() == b.random()
    one, many = Ids(random.Random(4), 1_790_000_000_000), Ids(random.Random(4), 1_790_000_000_000)
    keys = [one() for _ in range(9000)]
    assert many.many(4000) + many.many(1) + many.many(4999) == keys      # across the counter's wrap
    assert one() == many()



def _load_rows(lk):
    """Every row of the bulk tables in load order, keys of rows made outside the load
    (permit types, requirements: random per database) as (table, rowid)."""
    from db.models import Base
    with lk.engine.connect() as c:
        raw = c.connection.driver_connection
        outside = {}
        for name, table in Base.metadata.tables.items():
            if name not in demo.BULK_TABLES and "id" in table.c:
                outside.update({key: (name, rowid) for rowid, key in raw.execute(f"SELECT rowid, id FROM {name}")})
        return {name: [tuple(outside.get(v, v) if isinstance(v, bytes) else v for v in row)
                       for row in raw.execute(f"SELECT * FROM {name} ORDER BY rowid")]
                for name in (*demo.BULK_TABLES, "number_sequence")}


def test_the_simulation_in_a_second_process_writes_the_same_rows(tmp_path, monkeypatch):
    """bulk.split (the simulation forked off, its rows converted and written here) loads
    row for row what the one-process load does, and an error in the child rolls the load back."""
    from app.demo import bulk, papers, simulation, tte
    if not bulk.can_split():
        pytest.skip("no fork here: the load runs in one process")
    # the signatures and papers after the load stamp the real time: not part of the comparison
    monkeypatch.setattr(tte, "finish", lambda loket: {})
    monkeypatch.setattr(papers, "finish", lambda loket, handovers: papers.write_held(loket, handovers) or {})
    one, two = open_loket(tmp_path / "one"), open_loket(tmp_path / "two")
    try:
        assert demo.generate(one, 300, seed=5, today=TODAY) == 300
        monkeypatch.setattr(demo, "SPLIT_MIN", 0)
        monkeypatch.setattr(demo, "BATCH", 64)      # several batches through the pipe
        assert demo.generate(two, 300, seed=5, today=TODAY) == 300
        a, b = _load_rows(one), _load_rows(two)
        assert [len(a[t]) for t in a] == [len(b[t]) for t in b]
        assert a == b
    finally:
        one.close()
        two.close()
    broken = open_loket(tmp_path / "broken")
    real_write = simulation.Simulation.write

    def write(self, i):
        if i == 100:
            raise ValueError("a broken history")
        real_write(self, i)

    monkeypatch.setattr(simulation.Simulation, "write", write)
    try:
        with pytest.raises(RuntimeError, match="a broken history"):
            demo.generate(broken, 300, seed=5, today=TODAY)
        with broken.Session() as s:
            assert s.scalar(select(func.count()).select_from(Application)) == 0
            assert s.scalar(select(func.count()).select_from(WorkflowEvent)) == 0
    finally:
        broken.close()


def test_a_fresh_load_stores_the_dashboards_totals_as_a_rebuild_counts_them(tmp_path, monkeypatch):
    """A fresh load writes without the rollup triggers; the totals counted as its rows were
    made (app/reports/rollup.py Tally) are stored with them, in one process and in two,
    never counted again after it, and are what a rebuild from the events gives."""
    from app.demo import bulk, papers, tte
    from app.reports import rollup
    monkeypatch.setattr(tte, "finish", lambda loket: {})
    monkeypatch.setattr(papers, "finish", lambda loket, handovers: papers.write_held(loket, handovers) or {})
    rebuild = rollup.rebuild

    def counted_again(conn, hours):
        raise AssertionError("the load's totals were counted again from the events")

    for split in (False, True) if bulk.can_split() else (False,):
        lk = open_loket(tmp_path / f"split-{split}")
        try:
            monkeypatch.setattr(rollup, "rebuild", counted_again)
            if split:
                monkeypatch.setattr(demo, "SPLIT_MIN", 0)
                monkeypatch.setattr(demo, "BATCH", 64)
            assert demo.generate(lk, 300, seed=5, today=TODAY) == 300
            monkeypatch.setattr(rollup, "rebuild", rebuild)
            with lk.engine.begin() as c:
                raw = c.connection.driver_connection
                stored = raw.execute("SELECT * FROM report_rollup ORDER BY kind, day, permit_type_id").fetchall()
                rebuild(c, rollup.offset_hours_of(c))
                assert raw.execute("SELECT * FROM report_rollup ORDER BY kind, day, permit_type_id").fetchall() \
                    == stored
            assert {k for k, *_ in stored} >= {"_meta", "receive_online", "receive_walkin", "sign", "sign_ok",
                                              "expires", "survey", "U9"}
        finally:
            lk.close()
