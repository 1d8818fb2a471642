"""Values Loket does not know and permit types not mapped yet (issue #18, points 1 and 2):
the row is never lost, what SiCantik wrote is kept and shown, an administrator maps
it; files of an unmapped type wait and are imported after the mapping without
reading SiCantik again; counter 2 can choose the type on the spot."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.services.context import PermissionDenied
from app.sicantik import admin, counter, importer
from db.models import Applicant, Application, AuditRecord
from db.models.sicantik import SicantikPermitMap, SicantikWaiting
from tests.fake_sicantik import application_rows, configure, fast_client

D = date(2026, 11, 2)


def _pull(loket):
    return importer.pull_range(loket, D, D, client=fast_client(loket))


def _app(loket, no) -> Application:
    with loket.Session() as s:
        a = s.scalar(select(Application).where(Application.no_permohonan == no))
        a.applicant  # noqa: B018  (loaded before the session closes)
        return a


def _odd_rows():
    rows = application_rows(2, steps=(("1", "Pendaftaran", "Selesai"), ("2", "Verifikasi Berkas", "Ditunda Pemohon")))
    for r in rows:
        if r["no_permohonan"] == "SC-2026-00001":
            r.update(jenis_permohonan="Daftar Ulang", jenis_kelamin="LK", tipe_pemohon="Koperasi")
    return rows


def test_unknown_values_never_lose_the_row_and_are_kept_as_written(loket, fake):
    fake.rows = _odd_rows()
    configure(loket, fake)
    r = _pull(loket)
    assert (r.new, r.failed) == (2, 0)
    a = _app(loket, "SC-2026-00001")
    assert a.kind == "Daftar Ulang" and a.applicant_type == "PERORANGAN" and a.applicant.gender is None
    assert a.sicantik_values == {"jenis_permohonan": "Daftar Ulang", "jenis_kelamin": "LK",
                                 "tipe_pemohon": "Koperasi"}
    assert (a.sicantik_process, a.sicantik_status) == ("Verifikasi Berkas", "Ditunda Pemohon")
    assert _app(loket, "SC-2026-00002").sicantik_values is None
    again = _pull(loket)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)


def test_the_administrator_maps_a_value_and_it_applies_at_once_and_on_later_pulls(loket, fake, actor_factory):
    fake.rows = _odd_rows()
    configure(loket, fake)
    _pull(loket)
    boss = actor_factory("ADMIN")
    seen = {(u.field, u.value): u.files for u in admin.overview(loket, boss).values}
    assert seen == {("jenis_permohonan", "Daftar Ulang"): 1, ("tipe_pemohon", "Koperasi"): 1,
                    ("jenis_kelamin", "LK"): 1, ("status", "Ditunda Pemohon"): 2}
    with pytest.raises(PermissionDenied):
        admin.map_value(loket, actor_factory("LOKET2"), "jenis_permohonan", "Daftar Ulang", "PERPANJANGAN")
    assert admin.map_value(loket, boss, "jenis_permohonan", "daftar  ULANG", "PERPANJANGAN") == 1
    assert admin.map_value(loket, boss, "jenis_kelamin", "LK", "L") == 1
    assert admin.map_value(loket, boss, "tipe_pemohon", "Koperasi", "PERUSAHAAN") == 1
    assert admin.map_value(loket, boss, "status", "Ditunda Pemohon", "Menunggu") == 2
    a = _app(loket, "SC-2026-00001")
    assert (a.kind, a.applicant_type, a.applicant.gender, a.sicantik_values) == \
        ("PERPANJANGAN", "PERUSAHAAN", "L", None)
    assert a.sicantik_status == "Menunggu"
    assert admin.overview(loket, boss).values == []
    with loket.Session() as s:
        assert s.scalar(select(AuditRecord).where(AuditRecord.action == "sicantik.map_value")) is not None
    r = _pull(loket)                                   # the map reads later pulls the same way
    assert (r.new, r.updated, r.unchanged) == (0, 0, 2)
    fake.rows.append({**fake.rows[0], "no_permohonan": "SC-2026-00009", "no_identitas": "3201011508900009"})
    assert _pull(loket).new == 1
    assert _app(loket, "SC-2026-00009").kind == "PERPANJANGAN"
    with pytest.raises(Exception, match="salah satu"):
        admin.map_value(loket, boss, "jenis_kelamin", "LK", "X")


def test_unmapped_types_wait_and_are_imported_after_mapping_without_reading_sicantik(loket, fake, actor_factory):
    fake.rows = application_rows(1) + application_rows(2, start=2, permit="Izin Usaha Perikanan", permit_id="555")
    configure(loket, fake)
    r = _pull(loket)
    assert (r.new, r.failed) == (1, 2)
    boss = actor_factory("ADMIN")
    ov = admin.overview(loket, boss)
    assert [(t.sicantik_id, t.sicantik_name, t.files) for t in ov.types] == [("555", "Izin Usaha Perikanan", 2)]
    assert ov.types[0].numbers == ("SC-2026-00002", "SC-2026-00003")
    with loket.Session() as s:
        w = s.scalar(select(SicantikWaiting).where(SicantikWaiting.no_permohonan == "SC-2026-00002"))
        assert len(w.rows) == 2                        # both steps, as SiCantik sent them
    assert admin.map_permit(loket, boss, "TOKO-OBAT", sicantik_id="555", sicantik_name="Izin Usaha Perikanan") == 2
    assert admin.overview(loket, boss).ready == 2 and admin.overview(loket, boss).types == []
    fake.rows = []                                     # SiCantik no longer lists them in this range
    n = len(fake.data_requests())
    r = _pull(loket)
    assert r.new == 2 and len(fake.data_requests()) == n + 1    # only the range itself was read
    a = _app(loket, "SC-2026-00003")
    assert a.permit_type_id and a.sicantik_process == "Verifikasi Berkas"
    assert admin.overview(loket, boss).ready == 0
    assert _pull(loket).new == 0


def test_import_waiting_now_reads_nothing_from_sicantik(loket, fake, actor_factory):
    fake.rows = application_rows(1, permit="Izin Aneh", permit_id=None)
    configure(loket, fake)
    _pull(loket)
    boss = actor_factory("ADMIN")
    assert admin.overview(loket, boss).types[0].sicantik_name == "Izin Aneh"
    admin.map_permit(loket, boss, "SIA", sicantik_id=None, sicantik_name="Izin Aneh")
    fake.stop()                                        # not even reachable
    assert admin.import_waiting_now(loket, boss).new == 1
    assert _app(loket, "SC-2026-00001").state == "SUBMITTED"


def test_counter2_chooses_the_permit_type_on_the_spot(loket, fake, actor_factory):
    from app import config
    fake.rows = application_rows(1, permit="Izin Aneh", permit_id="88")
    configure(loket, fake)
    officer = actor_factory("LOKET2")
    with pytest.raises(importer.UnmappedPermit, match="Izin Aneh.*walk-in") as e:
        importer.lookup_live(loket, "SC-2026-00001", client=fast_client(loket), actor=officer)
    assert (e.value.no_permohonan, e.value.sicantik_id, e.value.sicantik_name) == ("SC-2026-00001", "88", "Izin Aneh")
    assert not counter.may_choose_permit(loket, officer)
    with pytest.raises(PermissionDenied):
        counter.choose_permit_type(loket, officer, "SC-2026-00001", "SIA")
    with loket.Session() as s:
        config.set_(s, "sicantik.counter_mappers", f"lain, {officer.username}")
        s.commit()
    assert counter.may_choose_permit(loket, officer)
    assert ("SIA", "Surat Izin Apotek") in counter.permit_choices(loket) or counter.permit_choices(loket)
    n = len(fake.requests)
    app_id = counter.choose_permit_type(loket, officer, "SC-2026-00001", "SIA")
    assert len(fake.requests) == n                     # from the rows SiCantik already sent
    a = _app(loket, "SC-2026-00001")
    assert a.id == app_id and a.state == "SUBMITTED"
    with loket.Session() as s:
        m = s.scalar(select(SicantikPermitMap).where(SicantikPermitMap.sicantik_id == "88"))
        assert m.permit_type.code == "SIA"
        rec = s.scalar(select(AuditRecord).where(AuditRecord.action == "sicantik.map"))
        assert rec.officer_name == officer.name and "SC-2026-00001" in rec.summary
        assert s.scalar(select(Applicant)).name == "Pemohon Uji 1"
    # The next file of that type imports by itself.
    fake.rows += application_rows(1, start=2, permit="Izin Aneh", permit_id="88")
    assert _pull(loket).new == 1
