"""Whole journeys through the back office, with officers of each role."""
from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app import config, workflow
from app.services import backoffice as bo
from app.services import tracking
from app.services import worklist as wl
from app.services.context import ServiceError
from app.workflow import NotAllowed, WorkflowError
from db.models import Application, AuditRecord, IssuedDocument, NumberSequence, WorkflowEvent
from tests.backoffice_support import (
    ANALIS,
    ANALIS2,
    KABID,
    KADIN,
    KASI,
    LOKET2,
    officer,
    pdf_with_text,
    received_file,
    technical_for,
    utc,
)
from tests.tte_helpers import install_trust, sign_draft

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def snapshot(session, app_id):
    session.expire_all()
    app = session.get(Application, app_id)
    return (app.state, app.holder_role, app.holder_id, app.permit_number, app.outcome,
            app.version, session.scalar(select(func.count()).select_from(WorkflowEvent)),
            session.scalar(select(func.count()).select_from(AuditRecord)),
            session.scalar(select(func.count()).select_from(IssuedDocument)),
            tuple(session.execute(select(NumberSequence.key, NumberSequence.value)
                                  .order_by(NumberSequence.key)).all()))


def refused(session, app_id, fn, match, exc=WorkflowError):
    before = snapshot(session, app_id)
    with pytest.raises(exc) as e:
        fn()
    assert e.match(match), e.value
    assert snapshot(session, app_id) == before
    return e.value


def straight_through(session, app, day=23, month=11, year=2026, sign_pdf=True):
    pt = app.permit_type
    bo.verify(session, ANALIS, app.id, technical=technical_for(pt), result="MEMENUHI",
              note="lengkap", at=utc(datetime(year, month, day, 9, 0)))
    bo.draft(session, ANALIS, app.id, outcome="IZIN", conditions="Wajib memasang papan nama\n",
             at=utc(datetime(year, month, day, 10, 0)))
    bo.approve(session, KASI, app.id, at=utc(datetime(year, month, day, 11, 0)))
    bo.approve(session, KABID, app.id, note="ok", at=utc(datetime(year, month, day, 13, 0)))
    if sign_pdf:
        install_trust(session)
        blob = sign_draft(session, app.no_permohonan, when=utc(datetime(year, month, day, 15, 0)))
        return bo.sign(session, KADIN, app.id, signed_pdf=blob, filename="sk.pdf",
                       at=utc(datetime(year, month, day, 15, 0)))
    return bo.sign(session, KADIN, app.id, signer_name="dr. H. Ahmad, M.Kes",
                   at=utc(datetime(year, month, day, 15, 0)))


def test_simple_permit_straight_through(session):
    app = received_file(session, "SIP-DOK", "SC-2026-0001", datetime(2026, 11, 23, 8, 30))
    pt = app.permit_type
    assert (app.state, app.holder_role, app.holder_id) == ("RECEIVED", "BACKOFFICE", None)

    ev = bo.verify(session, ANALIS, app.id, technical=technical_for(pt), result="MEMENUHI", note="ok",
                   at=utc(datetime(2026, 11, 23, 9, 0)))
    assert ev.data["technical"] == technical_for(pt) and ev.data["result"] == "MEMENUHI"
    assert app.technical_data == technical_for(pt)
    # the analyst keeps the file while it stays in the back office
    assert (app.state, app.holder_id) == ("VERIFIED", ANALIS.officer_id)

    ev = bo.draft(session, ANALIS, app.id, outcome="IZIN", conditions=["Papan nama", " "],
                  at=utc(datetime(2026, 11, 23, 10, 0)))
    assert ev.data == {"outcome": "IZIN", "note": "", "conditions": ["Papan nama"],
                       "validity_months": 60}
    assert (app.state, app.holder_role, app.holder_id, app.outcome) == ("DRAFTED", "KASI", None, "IZIN")
    bo.approve(session, KASI, app.id, at=utc(datetime(2026, 11, 23, 11, 0)))
    assert (app.state, app.holder_role) == ("KASI_APPROVED", "KABID")
    bo.approve(session, KABID, app.id, at=utc(datetime(2026, 11, 23, 13, 0)))
    assert (app.state, app.holder_role) == ("KABID_APPROVED", "KADIN")

    # the Kabid's approval numbered the SK and stored its final PDF
    assert app.permit_number == "503/0001/DPMPTSP/2026"
    install_trust(session)
    blob = sign_draft(session, app.no_permohonan, when=utc(datetime(2026, 11, 24, 9, 0)))
    ev = bo.sign(session, KADIN, app.id, signed_pdf=blob, filename="sk.pdf",
                 at=utc(datetime(2026, 11, 24, 9, 0)))
    assert (app.state, app.holder_role) == ("SIGNED", "LOKET4")
    assert app.permit_number == "503/0001/DPMPTSP/2026" == ev.data["number"]
    assert ev.data["signature"] == "TTE" and ev.data["signer_name"] == KADIN.name
    assert ev.data["certificate"]["signer_nik"] and ev.data["warnings"] == []
    # dated as the SK says: the day it was numbered and prepared
    assert ev.data["valid_from"] == "2026-11-23" and ev.data["valid_until"] == "2031-11-23"
    doc = bo.signed_document(session, app.no_permohonan)
    assert doc.kind == "SK_SIGNED" and doc.number == app.permit_number
    assert doc.pdf == blob and doc.sha256 == hashlib.sha256(blob).hexdigest() == ev.data["sha256"]

    evs = [e.action for e in session.scalars(select(WorkflowEvent).where(
        WorkflowEvent.application_id == app.id).order_by(WorkflowEvent.at))]
    assert evs == ["register_walkin", "receive", "verify", "draft", "kasi_approve", "kabid_approve",
                   "prepare_sign", "sign"]
    audits = [a.action for a in session.scalars(select(AuditRecord).order_by(AuditRecord.at))]
    assert audits == ["intake.accept", "backoffice.verify", "backoffice.draft", "backoffice.kasi_approve",
                      "backoffice.kabid_approve", "sk.prepare", "backoffice.sign"]
    assert workflow.state_from_events(list(session.scalars(select(WorkflowEvent).where(
        WorkflowEvent.application_id == app.id)))) == app.state


def test_technical_review_journey_with_attachment(session):
    app = received_file(session, "SIPB", "SC-2026-0002", datetime(2026, 11, 23, 8, 30))
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 11, 23, 9, 0)))
    refused(session, app.id, lambda: bo.draft(session, ANALIS, app.id, outcome="IZIN"),
            "memerlukan kajian teknis")
    # no meeting on a Saturday or on Christmas
    refused(session, app.id, lambda: bo.schedule_review(
        session, ANALIS, app.id, scheduled_at=datetime(2026, 11, 28, 9, 0), kind="LAPANGAN",
        team=["Ir. Bambang"]), "bukan hari kerja \\(akhir pekan\\)", ServiceError)
    refused(session, app.id, lambda: bo.schedule_review(
        session, ANALIS, app.id, scheduled_at=datetime(2026, 12, 25, 9, 0), kind="LAPANGAN",
        team=["Ir. Bambang"]), "bukan hari kerja", ServiceError)
    refused(session, app.id, lambda: bo.schedule_review(
        session, ANALIS, app.id, scheduled_at=datetime(2026, 11, 25, 9, 0), kind="LAPANGAN",
        team="  \n "), "Anggota tim", ServiceError)
    refused(session, app.id, lambda: bo.schedule_review(
        session, ANALIS, app.id, scheduled_at=datetime(2026, 11, 25, 9, 0), kind="PIKNIK",
        team=["A"]), "Jenis kajian", ServiceError)
    ev = bo.schedule_review(session, ANALIS, app.id, scheduled_at=datetime(2026, 11, 25, 9, 0),
                            kind="RAPAT_LAPANGAN", team="Ir. Bambang (Dinkes)\ndr. Wati (IBI)",
                            place="Jl. Melati 4", at=utc(datetime(2026, 11, 23, 10, 0)))
    assert ev.data["team"] == ["Ir. Bambang (Dinkes)", "dr. Wati (IBI)"]
    assert ev.data["scheduled_at"] == "2026-11-25T09:00:00"
    assert app.state == "REVIEW_SCHEDULED"

    scan = pdf_with_text("BERITA ACARA PEMERIKSAAN", "BAP/12/2026")
    now = utc(datetime(2026, 11, 26, 10, 0))
    refused(session, app.id, lambda: bo.record_review(
        session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/12/2026",
        bap_date=date(2026, 11, 24), now_utc=now), "sebelum jadwal kajian", ServiceError)
    refused(session, app.id, lambda: bo.record_review(
        session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/12/2026",
        bap_date=date(2026, 11, 27), now_utc=now), "masa depan", ServiceError)
    refused(session, app.id, lambda: bo.record_review(
        session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/12/2026",
        bap_date=date(2026, 11, 25), attachment=b"MZ\x90\x00 not a document", now_utc=now),
        "PDF, JPEG atau PNG", ServiceError)
    refused(session, app.id, lambda: bo.record_review(
        session, ANALIS, app.id, recommendation="SETUJU", bap_number=" ",
        bap_date=date(2026, 11, 25), now_utc=now), "Nomor BAP wajib", ServiceError)
    ev = bo.record_review(session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/12/2026",
                          bap_date=date(2026, 11, 25), notes="Sarana memenuhi", attachment=scan,
                          attachment_name="bap.pdf", now_utc=now, at=now)
    att = bo.review_attachment(session, app.id)
    assert att.kind == "BAP" and att.pdf == scan and att.number == "BAP/12/2026"
    assert ev.data["attachment_sha256"] == hashlib.sha256(scan).hexdigest()
    assert app.state == "REVIEWED"

    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 11, 26, 11, 0)))
    bo.approve(session, KASI, app.id, at=utc(datetime(2026, 11, 26, 13, 0)))
    bo.approve(session, KABID, app.id, at=utc(datetime(2026, 11, 26, 14, 0)))
    ev = bo.sign(session, KADIN, app.id, signer_name="  dr. H. Ahmad  ", at=utc(datetime(2026, 11, 27, 9, 0)))
    assert ev.data["signature"] == "BASAH" and ev.data["signer_name"] == "dr. H. Ahmad"
    doc = bo.signed_document(session, app.id)
    assert doc.pdf is None and doc.sha256 is None and doc.number == app.permit_number
    assert doc.data["signer_name"] == "dr. H. Ahmad"


def test_send_back_loop_at_each_validation_level(session):
    app = received_file(session, "SIP-DOK", "SC-2026-0003", datetime(2026, 11, 23, 8, 0))
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 11, 23, 9, 0)))
    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 11, 23, 10, 0)))

    # Kasi sends back: the file returns to the analyst who drafted it
    refused(session, app.id, lambda: bo.send_back(session, KASI, app.id, reason="  "),
            "Alasan pengembalian wajib", ServiceError)
    refused(session, app.id, lambda: bo.send_back(session, KASI, app.id, reason="x"),
            "minimal 5", ServiceError)
    bo.send_back(session, KASI, app.id, reason="Nama fasilitas salah ketik",
                 at=utc(datetime(2026, 11, 23, 11, 0)))
    assert (app.state, app.holder_role, app.holder_id) == ("REVISION", "BACKOFFICE", ANALIS.officer_id)
    item = bo.work_item(session, ANALIS, app.id)
    assert item.last_send_back["reason"] == "Nama fasilitas salah ketik"
    assert item.actions == [("draft", "Buat naskah izin / surat penolakan")]
    ids = lambda actor: [r.id for r in wl.worklist(session, actor).rows]  # noqa: E731
    assert app.id in ids(ANALIS) and app.id not in ids(ANALIS2)
    assert app.id in [r.id for r in wl.worklist(session, ANALIS2, mine_only=False).rows]

    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 11, 23, 13, 0)))
    # back to the same Kasi who asked for the revision
    assert (app.state, app.holder_id) == ("DRAFTED", KASI.officer_id)
    bo.approve(session, KASI, app.id, at=utc(datetime(2026, 11, 23, 14, 0)))
    assert (app.state, app.holder_id) == ("KASI_APPROVED", None)

    # Kabid sends back to the Kasi who approved
    bo.send_back(session, KABID, app.id, reason="Dasar hukum kurang lengkap",
                 at=utc(datetime(2026, 11, 24, 9, 0)))
    assert (app.state, app.holder_role, app.holder_id) == ("DRAFTED", "KASI", KASI.officer_id)
    assert bo.work_item(session, KASI, app.id).last_send_back["reason"] == "Dasar hukum kurang lengkap"
    bo.approve(session, KASI, app.id, at=utc(datetime(2026, 11, 24, 10, 0)))
    bo.approve(session, KABID, app.id, at=utc(datetime(2026, 11, 24, 11, 0)))

    # Kadin sends back to the Kabid who approved
    bo.send_back(session, KADIN, app.id, reason="Perbaiki masa berlaku",
                 at=utc(datetime(2026, 11, 24, 13, 0)))
    assert (app.state, app.holder_role, app.holder_id) == ("KASI_APPROVED", "KABID", KABID.officer_id)
    bo.approve(session, KABID, app.id, at=utc(datetime(2026, 11, 24, 14, 0)))
    bo.sign(session, KADIN, app.id, signer_name="dr. H. Ahmad", at=utc(datetime(2026, 11, 25, 9, 0)))
    assert app.state == "SIGNED"

    tl = tracking.timeline(session, app.id, now_utc=utc(datetime(2026, 11, 25, 10, 0)))
    backs = [s for s in tl.steps if s.send_back]
    assert [s.action for s in backs] == ["kasi_send_back", "kabid_send_back", "kadin_send_back"]
    assert tl.send_backs == 3 and "Perbaiki masa berlaku" in backs[-1].note


def test_rejection_paths(session):
    app = received_file(session, "SIP-DOK", "SC-2026-0004", datetime(2026, 11, 23, 8, 0))
    refused(session, app.id, lambda: bo.verify(session, ANALIS, app.id, technical={}, result="MEMENUHI"),
            "Data teknis belum lengkap", ServiceError)
    refused(session, app.id, lambda: bo.verify(session, ANALIS, app.id, technical={"Warna": "x"},
                                               result="MEMENUHI"), "tidak dikenal", ServiceError)
    refused(session, app.id, lambda: bo.verify(session, ANALIS, app.id, technical={},
                                               result="TIDAK_MEMENUHI"), "Catatan wajib", ServiceError)
    bo.verify(session, ANALIS, app.id, technical={}, result="TIDAK_MEMENUHI",
              note="STR sudah tidak berlaku", at=utc(datetime(2026, 11, 23, 9, 0)))
    refused(session, app.id, lambda: bo.draft(session, ANALIS, app.id, outcome="IZIN"),
            "tidak memenuhi syarat", ServiceError)
    refused(session, app.id, lambda: bo.draft(session, ANALIS, app.id, outcome="PENOLAKAN", reasons=[]),
            "Alasan penolakan wajib", ServiceError)
    ev = bo.draft(session, ANALIS, app.id, outcome="PENOLAKAN",
                  reasons="STR tidak berlaku\nRekomendasi IDI tidak ada", at=utc(datetime(2026, 11, 23, 10, 0)))
    assert ev.data["reasons"] == ["STR tidak berlaku", "Rekomendasi IDI tidak ada"]
    assert app.outcome == "PENOLAKAN"
    bo.approve(session, KASI, app.id)
    bo.approve(session, KABID, app.id)
    install_trust(session)
    ev = bo.sign(session, KADIN, app.id, signed_pdf=sign_draft(session, app.no_permohonan),
                 at=utc(datetime(2026, 11, 26, 9, 0)))
    assert ev.data["number"] == "503/0001/DPMPTSP-TLK/2026" and app.permit_number is None
    assert bo.signed_document(session, app.id).kind == "PENOLAKAN_SIGNED"
    # the rejection did not consume a permit number
    other = received_file(session, "SIP-DOK", "SC-2026-0005", datetime(2026, 11, 23, 8, 0),
                          nik="3201014107900002")
    straight_through(session, other, day=24)
    assert other.permit_number == "503/0001/DPMPTSP/2026"

    # a technical recommendation to reject forbids a permit draft
    rev = received_file(session, "SIPB", "SC-2026-0006", datetime(2026, 11, 23, 8, 0),
                        nik="3201014107900003")
    bo.verify(session, ANALIS, rev.id, technical=technical_for(rev.permit_type), result="MEMENUHI")
    bo.schedule_review(session, ANALIS, rev.id, scheduled_at=datetime(2026, 11, 24, 9, 0), kind="LAPANGAN",
                       team=["Tim"])
    bo.record_review(session, ANALIS, rev.id, recommendation="TOLAK", bap_number="BAP/13/2026",
                     bap_date=date(2026, 11, 24), now_utc=utc(datetime(2026, 11, 25, 9, 0)))
    refused(session, rev.id, lambda: bo.draft(session, ANALIS, rev.id, outcome="IZIN"),
            "BAP/13/2026", ServiceError)
    bo.draft(session, ANALIS, rev.id, outcome="PENOLAKAN", reasons=["Lokasi tidak layak"])
    assert rev.state == "DRAFTED"


def test_every_refused_transition_changes_nothing(session):
    app = received_file(session, "SIP-DOK", "SC-2026-0010", datetime(2026, 11, 23, 8, 0))
    calls = {
        "verify": lambda a: bo.verify(session, a, app.id, technical=technical_for(app.permit_type),
                                      result="MEMENUHI"),
        "schedule_review": lambda a: bo.schedule_review(session, a, app.id, scheduled_at=datetime(
            2026, 11, 24, 9, 0), kind="RAPAT", team=["x"]),
        "record_review": lambda a: bo.record_review(session, a, app.id, recommendation="SETUJU",
                                                    bap_number="B/1", bap_date=date(2026, 11, 23)),
        "draft": lambda a: bo.draft(session, a, app.id, outcome="IZIN"),
        "approve": lambda a: bo.approve(session, a, app.id),
        "send_back": lambda a: bo.send_back(session, a, app.id, reason="alasan jelas"),
        "sign": lambda a: bo.sign(session, a, app.id, signer_name="dr. H. Ahmad"),
    }
    # which call succeeds in which state, by whom (the workflow table)
    path = [("RECEIVED", "verify", ANALIS), ("VERIFIED", "draft", ANALIS), ("DRAFTED", "approve", KASI),
            ("KASI_APPROVED", "approve", KABID), ("KABID_APPROVED", "sign", KADIN)]
    everyone = [ANALIS, KASI, KABID, KADIN, LOKET2, officer("LOKET4", "Loket Empat"),
                officer("ADMIN", "Admin")]
    tried = 0
    for state, ok_call, ok_actor in path:
        assert app.state == state
        ok_send_back = state in bo.SEND_BACK_FOR
        for name, fn in calls.items():
            for actor in everyone:
                allowed = (name == ok_call and actor is ok_actor) or (
                    name == "send_back" and ok_send_back and actor.roles & set(
                        workflow.ACTIONS[bo.SEND_BACK_FOR[state]].roles))
                if allowed:
                    continue
                e = refused(session, app.id, lambda fn=fn, actor=actor: fn(actor), ".")
                msg = str(e)
                if isinstance(e, NotAllowed):
                    assert "tidak berwenang" in msg
                elif isinstance(e, WorkflowError):
                    assert "tidak dapat dilakukan" in msg or "tidak memerlukan kajian" in msg
                else:
                    pytest.fail(f"{name} by {actor.username} in {state}: {e!r}")
                tried += 1
        calls[ok_call](ok_actor)
    assert app.state == "SIGNED" and tried > 150
    # after signing, nothing in the back office applies any more
    for fn in calls.values():
        refused(session, app.id, lambda fn=fn: fn(KADIN), "tidak dapat dilakukan|tidak berwenang")


def test_unit_of_the_officer_limits_worklist_and_actions(session):
    kes = received_file(session, "SIP-DOK", "SC-2026-0020", datetime(2026, 11, 23, 8, 0))
    pem = received_file(session, "REKLAME", "SC-2026-0021", datetime(2026, 11, 23, 8, 0),
                        nik="3201014107900009")
    health = officer("BACKOFFICE", "Analis Kesehatan", unit="Bidang Perizinan Kesehatan")
    build = officer("BACKOFFICE", "Analis Pembangunan", unit="Bidang Perizinan Pembangunan")
    assert [r.id for r in wl.worklist(session, health).rows] == [kes.id]
    assert [r.id for r in wl.worklist(session, build).rows] == [pem.id]
    assert {r.id for r in wl.worklist(session, ANALIS).rows} == {kes.id, pem.id}  # no unit: all
    refused(session, pem.id, lambda: bo.verify(session, health, pem.id, technical={}, result="TIDAK_MEMENUHI",
                                               note="x"), "bukan unit Anda", ServiceError)
    assert bo.work_item(session, health, pem.id).actions == []
    lost = officer("BACKOFFICE", "Analis Sekretariat", unit="Sekretariat")
    page = wl.worklist(session, lost)
    assert page.rows == [] and "tidak menangani jenis izin" in page.notice
    with pytest.raises(ServiceError, match="hanya untuk Back Office"):
        wl.worklist(session, LOKET2)


def test_worklist_sorted_marked_filtered_counted_and_paged(session):
    now = utc(datetime(2026, 11, 30, 10, 0))
    # received on different days: due dates differ; three are overdue on 30 Nov
    files = [received_file(session, code, f"SC-2026-01{i:02}", datetime(2026, 11, d, 9, 0),
                           name=name, nik=f"32010141079000{i:02}")
             for i, (code, d, name) in enumerate([
                 ("SIP-DOK", 20, "Zaenal Abidin"), ("PENELITIAN", 16, "Ahmad Fauzi"),
                 ("SIP-DOK", 27, "Bunga Citra"), ("PENELITIAN", 19, "Citra Lestari"),
                 ("SIPB", 25, "Dewi Sartika")])]
    page = wl.worklist(session, ANALIS, now_utc=now)
    dues = [r.due_date for r in page.rows]
    assert dues == sorted(dues) and page.total == 5
    assert [r.applicant_name for r in page.rows if r.overdue] == ["Ahmad Fauzi", "Citra Lestari",
                                                                  "Zaenal Abidin"]
    over = [r for r in page.rows if r.overdue]
    assert all(r.days_left < 0 for r in over) and all(r.days_left >= 0 for r in page.rows if not r.overdue)
    assert page.rows[0].due_date == date(2026, 11, 19) and page.rows[0].days_left == -7

    # search by name prefix, by number; filter by state; overdue only; paging
    assert [r.applicant_name for r in wl.worklist(session, ANALIS, query="citra", now_utc=now).rows] == [
        "Citra Lestari"]
    assert [r.no_permohonan for r in wl.worklist(session, ANALIS, query="SC-2026-0102").rows] == [
        "SC-2026-0102"]
    bo.verify(session, ANALIS, files[0].id, technical=technical_for(files[0].permit_type), result="MEMENUHI")
    assert [r.id for r in wl.worklist(session, ANALIS, state="VERIFIED").rows] == [files[0].id]
    assert len(wl.worklist(session, ANALIS, overdue_only=True, now_utc=now).rows) == 3
    p1 = wl.worklist(session, ANALIS, limit=2, offset=0, now_utc=now)
    p2 = wl.worklist(session, ANALIS, limit=2, offset=2, now_utc=now)
    p3 = wl.worklist(session, ANALIS, limit=2, offset=4, now_utc=now)
    assert [r.id for r in p1.rows + p2.rows + p3.rows] == [r.id for r in page.rows]
    with pytest.raises(ServiceError, match="Status tidak dikenal"):
        wl.worklist(session, ANALIS, state="NGAWUR")

    c = bo.counts(session, ANALIS, now_utc=now)
    assert c.by_state == {"RECEIVED": 4, "VERIFIED": 1} and c.total == 5 and c.overdue == 3
    assert tracking.overdue_count(session, ANALIS, now_utc=now) == 3
    # the files are the analyst's, not the Kasi's
    assert bo.counts(session, KASI, now_utc=now).total == 0
    assert tracking.overdue_count(session, KASI, now_utc=now) == 0
    assert tracking.overdue_count(session, LOKET2, now_utc=now) == 0


def test_permit_numbers_unique_never_reused_and_restart_each_year(session):
    numbers = []
    for i, day in enumerate((21, 22, 23)):
        app = received_file(session, "SIP-DOK", f"SC-2026-09{i:02}", datetime(2026, 12, day - 7, 9, 0),
                            nik=f"32010141079001{i:02}")
        straight_through(session, app, day=day, month=12)
        numbers.append(app.permit_number)
    assert numbers == ["503/0001/DPMPTSP/2026", "503/0002/DPMPTSP/2026", "503/0003/DPMPTSP/2026"]

    # a refused signature consumes no number: the number is the one the Kabid's approval gave
    app = received_file(session, "SIP-DOK", "SC-2026-0950", datetime(2026, 12, 14, 9, 0), nik="3201014107900200")
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    bo.draft(session, ANALIS, app.id, outcome="IZIN")
    bo.approve(session, KASI, app.id)
    # 1 January 2027 00:30 WIB is still 31 December in UTC: the office's year counts
    bo.approve(session, KABID, app.id, at=utc(datetime(2027, 1, 1, 0, 30)))
    assert app.permit_number == "503/0001/DPMPTSP/2027"
    refused(session, app.id, lambda: bo.sign(session, KADIN, app.id, signed_pdf=pdf_with_text("SC-2026-0950")),
            "belum bertanda tangan elektronik", ServiceError)
    bo.sign(session, KADIN, app.id, signer_name="dr. H. Ahmad", at=utc(datetime(2027, 1, 1, 9, 30)))
    assert app.permit_number == "503/0001/DPMPTSP/2027"

    # the office changes its format: the sequence of the year goes on
    config.set_(session, "numbering.permit", "SK/{seq:03}/{month_roman}/DPMPTSP/{year}")
    session.commit()
    nxt = received_file(session, "SIP-DOK", "SC-2027-0001", datetime(2027, 1, 4, 9, 0), nik="3201014107900201")
    straight_through(session, nxt, day=5, month=1, year=2027)
    assert nxt.permit_number == "SK/002/I/DPMPTSP/2027"
    all_numbers = session.scalars(select(Application.permit_number).where(
        Application.permit_number.is_not(None))).all()
    assert len(all_numbers) == len(set(all_numbers)) == 5


def test_signed_pdf_checks(session):
    app = received_file(session, "SIP-DOK", "SC-2026-0300", datetime(2026, 11, 23, 8, 0))
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    bo.draft(session, ANALIS, app.id, outcome="IZIN")
    bo.approve(session, KASI, app.id)
    bo.approve(session, KABID, app.id)
    install_trust(session)
    sign = lambda **kw: lambda: bo.sign(session, KADIN, app.id, **kw)  # noqa: E731
    refused(session, app.id, sign(signed_pdf=pdf_with_text("SURAT IZIN", "SC-2026-0300")),
            "belum bertanda tangan elektronik", ServiceError)
    refused(session, app.id, sign(signed_pdf=b"GIF89a....."), "bukan PDF", ServiceError)
    refused(session, app.id, sign(signed_pdf=b"%PDF-1.7\n garbage without objects"), "terpotong", ServiceError)
    refused(session, app.id, sign(), "Pilih salah satu", ServiceError)
    refused(session, app.id, sign(signed_pdf=pdf_with_text("SC-2026-0300"), signer_name="Someone"),
            "Pilih salah satu", ServiceError)
    refused(session, app.id, sign(signer_name="ab"), "nama lengkap", ServiceError)
    ev = bo.sign(session, KADIN, app.id, signed_pdf=sign_draft(session, app.no_permohonan))
    assert ev.data["signature"] == "TTE"
