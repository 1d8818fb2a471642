"""Importing from SiCantik: idempotency, counts, pages as transactions, permit
mapping, dates, live lookup, scheduled pull watermark, status disagreements."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.services.context import Actor, PermissionDenied, ServiceError
from app.sicantik import client as sc
from app.sicantik import importer, status
from db.models import Applicant, Application, AuditRecord, WorkflowEvent
from db.models.sicantik import SicantikPull, SicantikStep
from tests.fake_sicantik import application_rows, configure, fast_client

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

D = date(2026, 11, 2)


def _count(loket, model) -> int:
    with loket.Session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _app(loket, no) -> Application:
    with loket.Session() as s:
        return s.scalar(select(Application).where(Application.no_permohonan == no))


def _code(loket, no) -> str:
    with loket.Session() as s:
        return s.scalar(select(Application).where(Application.no_permohonan == no)).permit_type.code


def _pull(loket, d1=D, d2=D):
    return importer.pull_range(loket, d1, d2, client=fast_client(loket))


def test_pull_imports_then_second_pull_changes_nothing(loket, fake):
    fake.rows = application_rows(7)
    configure(loket, fake, page_size=5)
    r1 = _pull(loket)
    assert (r1.new, r1.updated, r1.unchanged, r1.failed, r1.pages) == (7, 0, 0, 0, 3)
    assert r1.ok and len(set(r1.changed_ids)) == 7
    a = _app(loket, "SC-2026-00003")
    assert a.state == "SUBMITTED" and a.source == "ONLINE"
    assert a.applicant_name == "Pemohon Uji 3" and a.applicant_nik == "3201011508900003"
    assert a.sicantik_process == "Verifikasi Berkas" and a.sicantik_status == "Proses"
    # tgl_pengajuan is office time (WIB): 09:03 WIB = 02:03 UTC.
    assert a.submitted_at == datetime(2026, 11, 2, 2, 3)
    with loket.Session() as s:
        ev = s.scalars(select(WorkflowEvent).where(WorkflowEvent.application_id == a.id)).all()
        assert [e.action for e in ev] == ["submit_online"]
        assert s.get(Applicant, a.applicant_id).gender == "P" and \
            s.get(Applicant, a.applicant_id).birth_date == date(1990, 8, 15)
    snapshot = (_count(loket, Application), _count(loket, AuditRecord), _count(loket, SicantikStep),
                _count(loket, WorkflowEvent), _count(loket, Applicant), a.version, a.updated_at)

    r2 = _pull(loket)
    assert (r2.new, r2.updated, r2.unchanged, r2.failed) == (0, 0, 7, 0)
    a2 = _app(loket, "SC-2026-00003")
    assert snapshot == (_count(loket, Application), _count(loket, AuditRecord), _count(loket, SicantikStep),
                        _count(loket, WorkflowEvent), _count(loket, Applicant), a2.version, a2.updated_at)
    assert a2.sicantik_synced_at == a.sicantik_synced_at


def test_changed_status_counts_as_updated(loket, fake):
    fake.rows = application_rows(3)
    configure(loket, fake)
    _pull(loket)
    for r in fake.rows:
        if r["no_permohonan"] == "SC-2026-00002" and r["nama_proses"] == "Verifikasi Berkas":
            r["status"], r["end_date"] = "Selesai", "2026-11-03 08:00:00"
    fake.rows.append({**fake.rows[-1], "no_permohonan": "SC-2026-00002", "jenis_proses_id": "3",
                      "nama_proses": "Kajian Teknis", "status": "Proses", "start_date": "2026-11-03 08:05:00",
                      "end_date": None})
    r = _pull(loket)
    assert (r.new, r.updated, r.unchanged, r.failed) == (0, 1, 2, 0)
    a = _app(loket, "SC-2026-00002")
    assert (a.sicantik_process, a.sicantik_status) == ("Kajian Teknis", "Proses")
    with loket.Session() as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "sicantik.update", AuditRecord.entity_id == a.id)) == 1


def test_malformed_page_imports_nothing_of_it_and_the_rerun_completes(loket, fake):
    fake.rows = application_rows(7)                  # 14 rows, pages of 5
    fake.page_faults = {2: "truncate"}
    configure(loket, fake, page_size=5)
    r = _pull(loket)
    assert not r.ok and "Halaman 2" in r.error and "terpotong" in r.error
    # Page 1 = apps 1, 2 and the first step of app 3; nothing of page 2.
    with loket.Session() as s:
        nos = set(s.scalars(select(Application.no_permohonan)))
        assert nos == {"SC-2026-00001", "SC-2026-00002", "SC-2026-00003"}
        steps3 = s.scalars(select(SicantikStep.step_key).join(Application).where(
            Application.no_permohonan == "SC-2026-00003")).all()
        assert steps3 == ["1"]
        log = s.scalars(select(SicantikPull)).one()
        assert log.ok is False and "terpotong" in log.message and log.new == 3
    assert _app(loket, "SC-2026-00003").sicantik_process == "Pendaftaran"
    r2 = _pull(loket)
    assert r2.ok and (r2.new, r2.updated, r2.unchanged) == (4, 1, 2)
    assert _app(loket, "SC-2026-00003").sicantik_process == "Verifikasi Berkas"


def test_html_page_stops_the_pull_with_a_clear_message(loket, fake):
    fake.rows = application_rows(2)
    fake.faults = ["html"]
    configure(loket, fake)
    r = _pull(loket)
    assert "HTML" in r.error and r.new == 0 and _count(loket, Application) == 0


def test_unknown_permit_type_fails_with_the_fix_then_imports_after_mapping(loket, fake):
    fake.rows = application_rows(2) + application_rows(1, start=3, permit="Izin Usaha Perikanan",
                                                       permit_id="555")
    configure(loket, fake)
    r = _pull(loket)
    assert (r.new, r.failed) == (2, 1)
    no, reason = r.failures[0]
    assert no == "SC-2026-00003" and "Izin Usaha Perikanan" in reason and "loket sicantik map" in reason \
        and "--id 555" in reason
    with loket.Session() as s:
        assert s.scalars(select(SicantikPull)).one().failures[0]["no_permohonan"] == "SC-2026-00003"
        with pytest.raises(PermissionDenied):
            importer.map_permit_type(s, Actor("x", "x", "X", None, frozenset({"LOKET2"}), "W"), "SIA",
                                     sicantik_id="555")
        with pytest.raises(ServiceError, match="NOPE"):
            importer.map_permit_type(s, Actor.system("W"), "NOPE", sicantik_id="555")
        importer.map_permit_type(s, Actor.system("W"), "TOKO-OBAT", sicantik_id="555")
    r = _pull(loket)
    assert (r.new, r.unchanged, r.failed) == (1, 2, 0)
    assert _code(loket, "SC-2026-00003") == "TOKO-OBAT"


def test_permit_type_by_map_id_beats_name_and_name_map_works(loket, fake):
    fake.rows = (application_rows(1, permit="Surat Izin Praktik Dokter", permit_id="9")
                 + application_rows(1, start=2, permit="SIP Bidan Mandiri", permit_id=None))
    configure(loket, fake)
    with loket.Session() as s:
        importer.map_permit_type(s, Actor.system("W"), "SIP-DRG", sicantik_id="9")
        importer.map_permit_type(s, Actor.system("W"), "SIPB", sicantik_name="sip  bidan MANDIRI")
    r = _pull(loket)
    assert r.new == 2
    assert _code(loket, "SC-2026-00001") == "SIP-DRG"
    assert _code(loket, "SC-2026-00002") == "SIPB"


@pytest.mark.parametrize("text,expected", [
    ("2026-11-02", datetime(2026, 11, 1, 17, 0)),
    ("2026-11-02 09:30:00", datetime(2026, 11, 2, 2, 30)),
    ("02-11-2026", datetime(2026, 11, 1, 17, 0)),
])
def test_dates_in_the_three_formats(loket, fake, text, expected):
    fake.rows = [{"no_permohonan": "SC-1", "nama": "Ani", "jenis_izin": "Izin Toko Obat",
                  "tgl_pengajuan": text}]
    configure(loket, fake)
    assert importer.pull_number(loket, "SC-1", client=fast_client(loket)).new == 1
    assert _app(loket, "SC-1").submitted_at == expected


def test_missing_extra_and_null_fields_are_tolerated(loket, fake):
    fake.rows = [
        {"no_permohonan": "SC-MIN", "nama": "Budi", "jenis_izin": "izin toko obat", "tgl_pengajuan": "2026-11-02",
         "alamat": None, "email": None, "tgl_lahir": "0000-00-00", "jenis_kelamin": None, "status": None,
         "sesuatu_lain": {"nested": [1, 2]}},
        {"no_permohonan": "SC-NONAME", "nama": None, "jenis_izin": "Izin Toko Obat", "tgl_pengajuan": "2026-11-02"},
        {"no_permohonan": "SC-BADDATE", "nama": "Cici", "jenis_izin": "Izin Toko Obat",
         "tgl_pengajuan": "2026-13-45"},
        {"nama": "Tanpa Nomor", "jenis_izin": "Izin Toko Obat", "tgl_pengajuan": "2026-11-02"},
        {"no_permohonan": "SC-PT", "nama": "PT Maju", "jenis_izin": "Izin Toko Obat", "tgl_pengajuan": "2026-11-02",
         "tipe_pemohon": "PERUSAHAAN", "nama_perusahaan": "PT Maju Jaya", "nib": "1234567890123",
         "jenis_permohonan": "Perpanjangan"},
    ]
    configure(loket, fake, sicantik__param__from="x", sicantik__param__to="y")   # no date filter: all rows
    r = _pull(loket)
    assert (r.new, r.failed) == (2, 3)
    reasons = dict(r.failures)
    assert "nama pemohon" in reasons["SC-NONAME"]
    assert "2026-13-45" in reasons["SC-BADDATE"]
    assert any("tanpa nomor" in no for no in reasons)
    a = _app(loket, "SC-MIN")
    assert a.sicantik_status is None and a.kind == "BARU" and a.applicant_type == "PERORANGAN"
    pt = _app(loket, "SC-PT")
    with loket.Session() as s:
        pt = s.get(Application, pt.id)
        assert (pt.kind, pt.applicant_type, pt.company.nib, pt.old_permit_number) == \
            ("PERPANJANGAN", "PERUSAHAAN", "1234567890123", None)


def test_office_field_names(loket, fake):
    fake.rows = [{"nomor": "SC-F1", "nama_lengkap": "Dewi", "izin": "Izin Toko Obat", "tanggal": "05-11-2026"}]
    configure(loket, fake, sicantik__fields="no_permohonan=nomor; name=nama_lengkap; permit_type_name=izin; "
                                            "submitted_at=tanggal", sicantik__param__number="nomor")
    fake.number_param = "nomor"
    fake.rows[0]["no_permohonan"] = "SC-F1"     # the fake filters on its own column name
    assert importer.pull_number(loket, "SC-F1", client=fast_client(loket)).new == 1
    assert _app(loket, "SC-F1").applicant_name == "Dewi"


def test_received_file_keeps_loket_data_but_follows_sicantik_status(loket, fake, actor_factory):
    fake.rows = application_rows(1)
    configure(loket, fake)
    _pull(loket)
    from app import workflow
    with loket.Session() as s:
        a = s.scalar(select(Application))
        workflow.apply(s, a, "receive", actor_factory("LOKET2"), {"receipt_number": "TT/1"})
        s.commit()
    for r in fake.rows:
        r["nama"] = "Nama Diubah Di SiCantik"
        r["status"] = "Selesai"
    fake.rows.append({**fake.rows[-1], "jenis_proses_id": "9", "nama_proses": "Penyerahan SK",
                      "start_date": "2026-11-03 08:00:00", "end_date": "2026-11-03 09:00:00"})
    r = _pull(loket)
    assert r.updated == 1
    a = _app(loket, "SC-2026-00001")
    assert a.applicant_name == "Pemohon Uji 1" and a.sicantik_status == "Selesai"
    assert a.sicantik_process == "Penyerahan SK"
    assert "belum ditandatangani" in status.disagreement(a.state, a.sicantik_process, a.sicantik_status)


def test_live_lookup_imports_and_returns_the_file(loket, fake):
    fake.rows = application_rows(3)
    configure(loket, fake)
    a = importer.lookup_live(loket, "SC-2026-00002", client=fast_client(loket))
    assert a.no_permohonan == "SC-2026-00002" and a.applicant.name == "Pemohon Uji 2"
    assert a.permit_type.code == "SIP-DOK"
    assert _count(loket, Application) == 1                   # only the asked number
    assert importer.lookup_live(loket, "SC-TIDAK-ADA", client=fast_client(loket)) is None


def test_live_lookup_offline_and_timeout_messages(loket, fake):
    configure(loket, fake)
    fake.faults = ["timeout"] * 5
    fake.slow = 2.0
    from app import config
    with loket.Session() as s:
        config.set_(s, "sicantik.timeout_seconds", 1)
        s.commit()
    import time
    t0 = time.monotonic()
    with pytest.raises(sc.TimedOut, match="walk-in"):
        importer.lookup_live(loket, "SC-2026-00001")
    assert time.monotonic() - t0 < 1.8
    fake.stop()
    with pytest.raises(sc.Offline, match="tidak dapat dihubungi.*walk-in"):
        importer.lookup_live(loket, "SC-2026-00001")


def test_live_lookup_not_configured(loket):
    with pytest.raises(sc.NotConfigured, match="walk-in"):
        importer.lookup_live(loket, "SC-1")


def test_live_lookup_unmapped_type_says_why(loket, fake):
    fake.rows = application_rows(1, permit="Izin Aneh", permit_id=None)
    configure(loket, fake)
    with pytest.raises(ServiceError, match="Izin Aneh"):
        importer.lookup_live(loket, "SC-2026-00001", client=fast_client(loket))


def test_scheduled_pull_watermark_and_overlap(loket, fake):
    configure(loket, fake, sicantik__first_pull_days=10, sicantik__overlap_days=2)
    with loket.Session() as s:
        today = importer.office_today(s)
        assert importer.scheduled_range(s) == (today - timedelta(days=10), today)
    fake.rows = application_rows(2, day=today.isoformat())
    r = importer.pull_scheduled(loket, client=fast_client(loket))
    assert r.ok and r.new == 2
    sent = fake.data_requests()[-1]["params"]
    assert (sent["date1"], sent["date2"]) == ((today - timedelta(days=10)).isoformat(), today.isoformat())
    with loket.Session() as s:
        assert importer.watermark(s) == today
        assert importer.scheduled_range(s) == (today - timedelta(days=2), today)
    # A failed pull does not move the watermark.
    with loket.Session() as s:
        s.execute(SicantikPull.__table__.update().values(date_to=today - timedelta(days=5)))
        s.commit()
    fake.faults = ["html"]
    r = importer.pull_scheduled(loket, client=fast_client(loket))
    assert not r.ok
    with loket.Session() as s:
        assert importer.watermark(s) == today - timedelta(days=5)


def test_splp_import_end_to_end(loket, fake):
    fake.rows = application_rows(4)
    configure(loket, fake, mode="splp", page_size=3)
    r = _pull(loket)
    assert (r.new, r.pages) == (4, 3)
    assert _pull(loket).unchanged == 4


def test_range_with_end_before_start_is_refused(loket, fake):
    configure(loket, fake)
    with pytest.raises(ServiceError, match="sebelum"):
        importer.pull_range(loket, date(2026, 11, 5), date(2026, 11, 1), client=fast_client(loket))


def test_one_rule_set_for_disagreements():
    """status.disagreement is the only one; tracking shows it (test_tracking)."""
    from app.services import tracking
    d = status.disagreement
    assert tracking.sicantik_disagreement is d
    assert d("SUBMITTED", None, None) == ""
    assert d("RECEIVED", "Verifikasi Berkas", "Proses") == ""
    assert d("HANDED_OVER", "Penyerahan SK", "Selesai") == ""
    assert "belum ditandatangani" in d("VERIFIED", "Penyerahan SK", "Selesai")
    assert "penyerahan SK belum tercatat" in d("PRINTED", "Penyerahan SK", "Selesai")
    assert "Drop" in d("VERIFIED", "Verifikasi", "Drop")
    assert d("ARCHIVED", "Verifikasi", "Drop") == ""
    assert "masih mencatat “Penyerahan”" in d("ARCHIVED", "Penyerahan", "Proses")
    assert "Loket: “" in d("RECEIVED", "Tanda Tangan Kepala Dinas", "Proses")      # two stages apart
    assert d("RECEIVED", "Proses lain-lain", "Ditunda Pemohon") == ""                # unknown: no guess


def test_current_step_rules():
    S = lambda key, st, start=None, end=None: SimpleNamespace(  # noqa: E731
        step_key=key, status=st, started_at=start, ended_at=end, name=key)
    t = datetime(2026, 11, 2, 8)
    assert status.current_step([]) is None
    assert status.current_step([S("1", "Selesai", t, t), S("2", "Proses", t)]).step_key == "2"
    assert status.current_step([S("1", "Selesai", t, t), S("3", "Menunggu"), S("2", "Menunggu")]).step_key == "2"
    assert status.current_step([S("1", "Selesai", t, t), S("2", "Drop", t)]).step_key == "2"
    assert status.current_step([S("1", "Selesai", t, t),
                                S("2", "Selesai", t, t + timedelta(hours=1))]).step_key == "2"


def test_counter2_open_file_fetches_an_unknown_number_live(loket, fake, actor_factory):
    from app.services import intake
    fake.rows = application_rows(2)
    officer = actor_factory("LOKET2")
    with loket.Session() as s:
        assert intake.open_file(s, officer, "SC-2026-00002") is None     # SiCantik not configured
    configure(loket, fake)
    with loket.Session() as s:
        a = intake.open_file(s, officer, "SC-2026-00002")
        assert a.no_permohonan == "SC-2026-00002" and a.state == "SUBMITTED"
        assert a.applicant.name == "Pemohon Uji 2"
        rec = s.scalar(select(AuditRecord).where(AuditRecord.action == "sicantik.import"))
        assert rec.officer_name == officer.name and rec.workstation == officer.workstation
        assert intake.open_file(s, officer, "SC-2026-09999") is None       # SiCantik does not know it
        n = len(fake.data_requests())
        assert intake.open_file(s, officer, "Pemohon Uji") is None         # a name never goes to SiCantik
        assert len(fake.data_requests()) == n
    fake.stop()
    with loket.Session() as s:
        with pytest.raises(ServiceError, match="walk-in"):
            intake.open_file(s, officer, "SC-2026-00001")
        # A file already here opens without SiCantik.
        assert intake.open_file(s, officer, "SC-2026-00002").no_permohonan == "SC-2026-00002"


def test_one_person_with_two_files_whose_rows_disagree_stays_idempotent(loket, fake):
    rows = application_rows(2)
    for r in rows:
        r["no_identitas"] = "3201011508900001"          # the same person
        r["alamat"] = "Alamat versi " + r["no_permohonan"]  # two snapshots of their address
    fake.rows = rows
    configure(loket, fake)
    assert _pull(loket).new == 2
    assert _count(loket, Applicant) == 1
    again = _pull(loket)
    assert (again.updated, again.unchanged) == (0, 2)


def test_progress_and_steps_of_a_file(loket, fake):
    fake.rows = application_rows(4)
    configure(loket, fake, page_size=3)
    seen = []
    r = importer.pull_range(loket, D, D, client=fast_client(loket),
                            progress=lambda page, pages, res: seen.append((page, pages, res.new)))
    assert seen == [(1, 3, 2), (2, 3, 3), (3, 3, 4)]
    with loket.Session() as s:
        a = s.scalar(select(Application).where(Application.no_permohonan == "SC-2026-00001"))
        assert [(x.name, x.status) for x in importer.steps(s, a.id)] == [
            ("Pendaftaran", "Selesai"), ("Verifikasi Berkas", "Proses")]
    assert r.new == 4


def test_counter2_never_sends_sql_looking_text_to_sicantik(loket, fake, actor_factory):
    from app.services import intake
    fake.rows = application_rows(1)
    configure(loket, fake)
    with loket.Session() as s:
        for text in ("SC-1'OR'1'='1", 'SC-2026-00001";--', "1)UNION(SELECT(1))"):
            assert intake.open_file(s, actor_factory("LOKET2"), text) is None
    assert fake.requests == []
