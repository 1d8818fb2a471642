"""The tracking view: steps in office hours against the SOP, the due date in
working days across national holidays and cuti bersama, SiCantik beside Loket."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from app import workflow
from app.services import backoffice as bo
from app.services import tracking
from tests.backoffice_support import ANALIS, KABID, KADIN, KASI, received_file, technical_for, utc

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def test_due_date_across_idul_fitri_2026_and_step_durations(session):
    # Complete on Tue 17 March 2026, 15:30. 18 cuti Nyepi, 19 Nyepi, 20 cuti Idul Fitri,
    # 21-22 Idul Fitri (weekend), 23-24 cuti bersama: 5 working days end on 31 March.
    app = received_file(session, "SIP-DOK", "SC-2026-1001", datetime(2026, 3, 17, 15, 30))
    assert app.due_date == date(2026, 3, 31)
    # verification finished on the first working day after the holidays, 08:30:
    # 30 minutes on the 17th + 30 on the 25th = 60 office minutes, on standard
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 3, 25, 8, 30)))
    # the draft takes 2 hours against a standard of 60 minutes: late
    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 3, 25, 10, 30)))

    tl = tracking.timeline(session, app.id, now_utc=utc(datetime(2026, 3, 25, 11, 0)))
    assert tl.due_date == date(2026, 3, 31) and tl.service_days == 5
    assert tl.days_left == 4 and not tl.overdue   # 26, 27, 30, 31 March
    verify = next(s for s in tl.steps if s.action == "verify")
    assert (verify.minutes, verify.standard_minutes, verify.late) == (60, 60, False)
    assert verify.actor == ANALIS.name and verify.workstation == "BO-1"
    assert verify.start == datetime(2026, 3, 17, 15, 30) and verify.end == datetime(2026, 3, 25, 8, 30)
    drafted = next(s for s in tl.steps if s.action == "draft")
    assert (drafted.minutes, drafted.standard_minutes, drafted.late) == (120, 60, True)
    running = tl.steps[-1]
    assert running.running and running.state == "DRAFTED" and running.holder_role == "KASI"
    assert running.minutes == 30 and running.standard_minutes == 60 and not running.late
    assert tl.late_steps == 1 and tl.holder_label == "Kepala Seksi"

    # on 1 April (Wed) it is one working day overdue
    late = tracking.timeline(session, app.id, now_utc=utc(datetime(2026, 4, 1, 9, 0)))
    assert late.overdue and late.days_left == -1
    assert late.steps[-1].late  # the Kasi has held it for days of office hours

    # a file complete on Fri 13 March: 16, 17, 25, 26, 27 March
    other = received_file(session, "SIP-DOK", "SC-2026-1002", datetime(2026, 3, 13, 9, 0),
                          nik="3201014107900777")
    assert other.due_date == date(2026, 3, 27)


def test_review_step_standard_comes_from_the_permit_type(session):
    app = received_file(session, "SIPB", "SC-2026-1003", datetime(2026, 11, 23, 8, 0))
    assert app.permit_type.review_days == 2
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 11, 23, 8, 45)))
    bo.schedule_review(session, ANALIS, app.id, scheduled_at=datetime(2026, 11, 24, 9, 0), kind="RAPAT",
                       team=["Tim teknis"], at=utc(datetime(2026, 11, 23, 9, 0)))
    bo.record_review(session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/1", bap_date=date(
        2026, 11, 26), now_utc=utc(datetime(2026, 11, 26, 12, 0)), at=utc(datetime(2026, 11, 26, 12, 0)))
    tl = tracking.timeline(session, app.id, now_utc=utc(datetime(2026, 11, 26, 13, 0)))
    review = next(s for s in tl.steps if s.action == "record_review")
    # Mon 09:00 → Thu 12:00: 7 h + 8 h + 8 h + 4 h = 27 h > 2 working days (16 h)
    assert review.standard_minutes == 2 * workflow.DAY
    assert review.minutes == 27 * 60 and review.late
    assert "BAP/1" in review.note
    assert tracking.format_minutes(review.minutes) == "3 hk 3 j"
    assert tracking.format_minutes(45) == "45 mnt" and tracking.format_minutes(0) == "0 mnt"


def test_finished_file_and_applicant_waits(session):
    app = received_file(session, "SIP-DOK", "SC-2026-1004", datetime(2026, 11, 23, 8, 0))
    for fn, who, hour in ((lambda a, t: bo.verify(session, a, app.id, technical=technical_for(app.permit_type),
                                                   result="MEMENUHI", at=t), ANALIS, 9),
                          (lambda a, t: bo.draft(session, a, app.id, outcome="IZIN", at=t), ANALIS, 10),
                          (lambda a, t: bo.approve(session, a, app.id, at=t), KASI, 11),
                          (lambda a, t: bo.approve(session, a, app.id, at=t), KABID, 13)):
        fn(who, utc(datetime(2026, 11, 23, hour, 0)))
    bo.sign(session, KADIN, app.id, signer_name="dr. H. Ahmad", at=utc(datetime(2026, 11, 24, 9, 0)))
    tl = tracking.timeline(session, app.id, now_utc=utc(datetime(2026, 12, 10, 9, 0)))
    # signed on 24 Nov, due 30 Nov: finished 4 working days early, never overdue afterwards
    assert tl.finished and not tl.overdue and tl.days_left == 4
    assert tl.permit_number == "503/0001/DPMPTSP/2026"
    # waiting at counter 4 is an officer's step; the register→receive wait is the applicant's
    first = tl.steps[0]
    assert first.waiting_for_applicant and not first.late and first.standard_minutes is None
    # the Kabid's approval readies the SK for signing at once (number, final PDF)
    assert [s.action for s in tl.steps] == ["receive", "verify", "draft", "kasi_approve",
                                            "kabid_approve", "prepare_sign", "sign", None]
    prep = tl.steps[5]
    assert prep.minutes == 0 and not prep.late and "503/0001/DPMPTSP/2026" in prep.note


def test_sicantik_status_beside_loket(session):
    app = received_file(session, "SIP-DOK", "SC-2026-1005", datetime(2026, 11, 23, 8, 0))
    tl = tracking.timeline(session, app.id)
    assert tl.sicantik_process is None and not tl.sicantik_disagrees

    app.sicantik_process, app.sicantik_status = "Verifikasi Berkas", "Proses"
    session.commit()
    assert not tracking.timeline(session, app.id).sicantik_disagrees

    app.sicantik_process, app.sicantik_status = "Penyerahan SK", "Selesai"
    session.commit()
    tl = tracking.timeline(session, app.id)
    assert tl.sicantik_disagrees and "Penyerahan SK" in tl.sicantik_note

    app.sicantik_process, app.sicantik_status = "Verifikasi Berkas", "Drop"
    session.commit()
    assert "Drop" in tracking.timeline(session, app.id).sicantik_note
    assert tracking.sicantik_stage("Cetak draft SK") == 3
    assert tracking.sicantik_stage("Tanda Tangan Kepala Dinas (TTE)") == 5
    assert tracking.sicantik_stage("Proses lain-lain") is None


def test_cli_track_and_print_tracking_sheet(session, data_dir, capsys, tmp_path):
    import io
    import json

    import pdfplumber

    from app.cli import main
    app = received_file(session, "SIP-DOK", "SC-2026-1006", datetime(2026, 11, 23, 8, 0))
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 11, 23, 10, 30)))
    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 11, 23, 11, 0)))
    bo.send_back(session, KASI, app.id, reason="Nomor STR salah ketik", at=utc(datetime(2026, 11, 23, 13, 0)))
    session.close()
    assert main(["--data-dir", str(data_dir), "track", "SC-2026-1006"]) == 0
    out = capsys.readouterr().out
    assert "Dikembalikan untuk perbaikan naskah" in out and "Nomor STR salah ketik" in out
    assert "Entri data & verifikasi" in out and "TERLAMBAT" in out   # 2 h 30 against 1 h
    assert main(["--data-dir", str(data_dir), "track", "SC-2026-1006", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["state"] == "REVISION" and data["send_backs"] == 1
    assert [s["action"] for s in data["steps"]][:3] == ["receive", "verify", "draft"]
    assert data["steps"][1]["minutes"] == 150 and data["steps"][1]["late"] is True
    assert main(["--data-dir", str(data_dir), "track", "TIDAK-ADA"]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err

    out_pdf = tmp_path / "kendali.pdf"
    assert main(["--data-dir", str(data_dir), "print", "tracking", "SC-2026-1006", "--out", str(out_pdf)]) == 0
    with pdfplumber.open(io.BytesIO(out_pdf.read_bytes())) as pdf:
        assert "SC-2026-1006" in pdf.pages[0].extract_text()
