"""Office administration without a screen: permit types (services and the
`loket permit-types` bulk path) and the office's closures (`loket closures`)."""
from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.services import closures, intake, officers, permit_types
from app.services.context import ServiceError
from app.services.permit_types import FieldSpec, PermitTypeSpec, RequirementSpec
from app.validation import Invalid
from db.models import AuditRecord, NonWorkingDay, Officer, PermitType, Requirement
from tests.intake_helpers import complete, walkin

pytestmark = pytest.mark.dates

WS = "ADMIN-1"
ADMIN_PW = "Kantor-Pusat-2026"


@pytest.fixture
def admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003", ADMIN_PW, WS)


def spec(code="IMB-X", **over) -> PermitTypeSpec:
    s = PermitTypeSpec(code=code, name="Izin Contoh Uji", service_days=5, unit="Bidang Perizinan",
                       sector="Umum", template="sk_izin_usaha",
                       fields=[FieldSpec("Luas bangunan", "angka", True), FieldSpec("Fungsi", "pilihan", False,
                                                                                   ("Hunian", "Usaha"))],
                       requirements=[RequirementSpec("Formulir permohonan", True, True, "Tanda tangan basah"),
                                     RequirementSpec("Fotokopi KTP"),
                                     RequirementSpec("Denah lokasi", False)])
    for k, v in over.items():
        setattr(s, k, v)
    return s


def snapshot(session):
    session.expire_all()
    pts = [(p.code, p.name, p.version, p.active, p.requirements_version)
           for p in session.scalars(select(PermitType).order_by(PermitType.code))]
    reqs = session.scalar(select(func.count()).select_from(Requirement))
    return pts, reqs, session.scalar(select(func.count()).select_from(AuditRecord))


def fix_shipped(session, admin):
    """The shipped SIPB names a technical field its template lacks (issue #16's
    field bug); an administrator fixes it the way the import message says."""
    s = permit_types.get(session, "SIPB")
    try:
        permit_types.clean(s)
    except Invalid:
        s.fields.append(FieldSpec("Nama fasilitas pelayanan kesehatan"))
        permit_types.save(session, admin, s, "SIPB")


# --- services --------------------------------------------------------------------------------

def test_add_edit_deactivate_audited(session, admin):
    row = permit_types.save(session, admin, spec())
    assert row.code == "IMB-X" and [r.name for r in row.requirements] == [
        "Formulir permohonan", "Fotokopi KTP", "Denah lokasi"]
    assert row.requirements[0].note == "Tanda tangan basah" and row.fields[0].type == "angka"
    assert permit_types.get(session, "imb-x").fields[1].choices == ("Hunian", "Usaha")
    edited = permit_types.get(session, "IMB-X")
    edited.service_days = 7
    edited.requirements.reverse()
    permit_types.save(session, admin, edited, "IMB-X")
    again = permit_types.get(session, "IMB-X")
    assert again.service_days == 7 and again.requirements[0].name == "Denah lokasi"
    pt = session.scalar(select(PermitType).where(PermitType.code == "IMB-X"))
    assert pt.requirements_version == 1          # a reorder is no new version
    permit_types.set_active(session, admin, "IMB-X", False)
    assert "IMB-X" not in [r.code for r in permit_types.list_types(session, include_inactive=False)]
    actions = [a for (a,) in session.execute(select(AuditRecord.action).order_by(AuditRecord.seq))]
    assert actions[-3:] == ["permit_type.create", "permit_type.update", "permit_type.disable"]


@pytest.mark.parametrize("over,field,text", [
    ({"name": "  "}, "name", "wajib diisi"),
    ({"code": "sip dok"}, "code", "Kode 1–32"),
    ({"code": "SIP-DOK"}, "code", "sudah dipakai"),
    ({"service_days": 0}, "service_days", "1–365"),
    ({"requirements": []}, "requirements", "minimal satu"),
    ({"template": "sk_izin_praktik"}, "template", "Nomor STR"),
    ({"template": "tidak_ada"}, "template", "tidak ada"),
    ({"needs_review": True, "review_days": 9}, "review_days", "tidak lebih"),
])
def test_bad_input_one_line_nothing_changed(session, admin, over, field, text):
    before = snapshot(session)
    with pytest.raises(Invalid) as e:
        permit_types.save(session, admin, spec(**over))
    assert e.value.field == field and text in e.value.message and "\n" not in e.value.message
    assert snapshot(session) == before


def test_only_an_admin(session, admin, actor_factory):
    with pytest.raises(ServiceError):
        permit_types.save(session, actor_factory("LOKET2"), spec())


def test_files_in_progress_keep_their_requirement_list(session, admin, actor_factory):
    permit_types.save(session, admin, spec())
    l2 = actor_factory("LOKET2")
    area = {"teknis:Luas bangunan": "120"}          # wajib: counter 2 takes it at registration
    old = walkin(session, l2, permit_type="IMB-X", **area)
    items = intake.checklist(session, old)
    items[0].present = True
    intake.save_checks(session, l2, old.id, items)     # the counter checked it: pinned
    fresh = walkin(session, l2, permit_type="IMB-X", nik="3276010101900002", name="Budi Santoso", gender="L",
                   birth_date="01-01-1990", **area)
    s = permit_types.get(session, "IMB-X")
    s.requirements[1].name = "Fotokopi KTP elektronik"
    s.requirements[2].mandatory = True
    s.requirements.append(RequirementSpec("Surat pernyataan"))
    permit_types.save(session, admin, s, "IMB-X")
    session.expire_all()
    assert [i.name for i in intake.checklist(session, old)] == ["Formulir permohonan", "Fotokopi KTP", "Denah lokasi"]
    assert [i.name for i in intake.checklist(session, fresh)] == [
        "Formulir permohonan", "Fotokopi KTP elektronik", "Denah lokasi", "Surat pernyataan"]
    # the pinned file is still accepted on its own list
    issued = intake.accept(session, l2, old.id, complete(intake.checklist(session, old)))
    assert issued.application.state == "RECEIVED"


def test_previews_render(session, admin):
    pdf = permit_types.preview_sk(session, spec())
    rec = permit_types.preview_receipt(session, spec())
    import pdfplumber
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        text = "\n".join(pg.extract_text() or "" for pg in p.pages)
    assert "IZIN CONTOH UJI" in text and "(contoh" not in text.split("Luas bangunan")[0][-5:]
    with pdfplumber.open(io.BytesIO(rec)) as p:
        text = p.pages[0].extract_text()
    assert "Formulir permohonan" in text and "Denah lokasi" in text and "CONTOH" in text


# --- the bulk path ----------------------------------------------------------------------------

def cli(monkeypatch, stdin, *argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(argv))


def test_export_import_round_trip(session, admin, data_dir, tmp_path, monkeypatch, capsys):
    fix_shipped(session, admin)
    out = tmp_path / "jenis.toml"
    assert cli(monkeypatch, "", "permit-types", "export", "--out", str(out)) == 0
    assert "14 jenis izin" in capsys.readouterr().out
    before = snapshot(session)
    assert cli(monkeypatch, ADMIN_PW + "\n", "permit-types", "import", str(out), "--as", "siti") == 0
    assert "0 baru, 0 diubah, 14 tetap" in capsys.readouterr().out
    assert snapshot(session)[:2] == before[:2]
    # edit the file: one type changed, one added; the import applies both
    text = out.read_text(encoding="utf-8")
    text = text.replace('nama = "Izin Toko Obat"', 'nama = "Izin Toko Obat Berizin"')
    text += ('\n[[izin]]\nkode = "SIKB"\nnama = "Surat Izin Kerja Bidan"\nhari = 4\nkajian = false\n'
             'data_teknis = [{ nama = "Jenis layanan", jenis = "pilihan", pilihan = ["Mandiri", "Klinik"] }]\n'
             'persyaratan = [{ nama = "Fotokopi KTP", wajib = true }, '
             '{ nama = "STR", wajib = true, asli = true, catatan = "Cek masa berlaku" }]\n')
    out.write_text(text, encoding="utf-8")
    assert cli(monkeypatch, ADMIN_PW + "\n", "permit-types", "import", str(out), "--as", "siti") == 0
    assert "1 baru, 1 diubah, 13 tetap" in capsys.readouterr().out
    assert permit_types.get(session, "SIKB").requirements[1].note == "Cek masa berlaku"
    assert permit_types.get(session, "TOKO-OBAT").name == "Izin Toko Obat Berizin"
    session.expire_all()
    assert session.scalar(select(AuditRecord.summary).where(AuditRecord.action == "permit_type.import")
                          .order_by(AuditRecord.seq.desc()).limit(1)).endswith("1 baru, 1 diubah, 13 tetap")
    # list, as JSON
    assert cli(monkeypatch, "", "permit-types", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"SIKB", "SIP-DOK"} <= {r["kode"] for r in rows} and len(rows) == 15


@pytest.mark.parametrize("bad,message", [
    ('[[izin]\nkode = "X"', "bukan TOML"),
    ('[[izin]]\nkode = "A1"\nnama = ""\nhari = 3\npersyaratan = [{ nama = "KTP" }]\n', "Nama jenis izin wajib"),
    ('[[izin]]\nkode = "A1"\nnama = "Satu"\nhari = 3\npersyaratan = [{ nama = "KTP" }]\n'
     '[[izin]]\nkode = "A1"\nnama = "Dua"\nhari = 3\npersyaratan = [{ nama = "KTP" }]\n', "kode A1 sudah dipakai"),
    ('[[izin]]\nkode = "A1"\nnama = "Satu"\nhari = 3\ntemplat = "x"\npersyaratan = [{ nama = "KTP" }]\n',
     "kunci tidak dikenal: templat"),
    ('[[izin]]\nkode = "A1"\nnama = "Satu"\nhari = 3\ntemplate = "sk_penelitian"\ndata_teknis = ["Judul penelitian"]\n'
     'persyaratan = [{ nama = "KTP" }]\n', "Lembaga / perguruan tinggi"),
])
def test_bad_file_changes_nothing(session, admin, tmp_path, monkeypatch, capsys, bad, message):
    # a good permit type first in the file: still nothing is applied
    good = permit_types.to_toml([spec("BAIK-1")])
    f = tmp_path / "bad.toml"
    f.write_text(good + "\n" + bad if not bad.startswith("[[izin]\n") else bad, encoding="utf-8")
    before = snapshot(session)
    assert cli(monkeypatch, ADMIN_PW + "\n", "permit-types", "import", str(f), "--as", "siti") == 1
    err = capsys.readouterr().err
    assert message in err and "tidak ada yang diubah" in err
    assert snapshot(session) == before


def test_import_needs_an_admin(session, admin, tmp_path, monkeypatch, capsys):
    f = tmp_path / "a.toml"
    f.write_text(permit_types.to_toml([spec("BAIK-1")]), encoding="utf-8")
    before = snapshot(session)
    assert cli(monkeypatch, "", "permit-types", "import", str(f)) == 1
    assert "--as" in capsys.readouterr().err
    assert cli(monkeypatch, "salah-sekali\n", "permit-types", "import", str(f), "--as", "siti") == 1
    assert "salah" in capsys.readouterr().err
    session.expire_all()
    assert snapshot(session)[:2] == before[:2]


# --- closures ----------------------------------------------------------------------------------

def test_closure_moves_the_due_date_of_a_received_file(session, admin, actor_factory, monkeypatch, capsys):
    l2 = actor_factory("LOKET2")
    app = walkin(session, l2)                   # SIP-DOK, 5 working days
    issued = intake.accept(session, l2, app.id, complete(intake.checklist(session, app)))
    due = issued.application.due_date
    assert due == date(2026, 12, 3)             # Thu 26 Nov + 5 working days
    assert cli(monkeypatch, ADMIN_PW + "\n", "closures", "add", "2026-12-01", "Pemadaman listrik gedung",
               "--as", "siti") == 0
    out = capsys.readouterr().out
    assert "1 berkas bergeser" in out and f"{app.no_permohonan}" in out and "2026-12-03 → 2026-12-04" in out
    session.expire_all()
    assert session.get(type(app), app.id).due_date == date(2026, 12, 4)
    assert cli(monkeypatch, "", "closures", "list", "--year", "2026") == 0
    listing = capsys.readouterr().out
    assert "2026-12-01" in listing and "Penutupan kantor" in listing and "Libur nasional" in listing
    # the same day twice, a national holiday, a weekend, a bad date: refused, nothing changed
    for day, text in (("2026-12-01", "sudah tercatat"), ("2026-12-25", "sudah hari libur"),
                      ("2026-12-05", "Sabtu"), ("2026-13-01", "Tanggal tidak sah")):
        assert cli(monkeypatch, ADMIN_PW + "\n", "closures", "add", day, "Rapat", "--as", "siti") == 1
        assert text in capsys.readouterr().err
    assert session.scalar(select(func.count()).select_from(NonWorkingDay)) == 1
    assert cli(monkeypatch, ADMIN_PW + "\n", "closures", "remove", "2026-12-01", "--as", "siti") == 0
    assert "2026-12-04 → 2026-12-03" in capsys.readouterr().out
    session.expire_all()
    assert session.get(type(app), app.id).due_date == date(2026, 12, 3)


def test_closure_service_refusals(session, admin, actor_factory):
    with pytest.raises(Invalid, match="Alasan"):
        closures.add(session, admin, "2026-12-02", "  ")
    with pytest.raises(ServiceError):
        closures.add(session, actor_factory("LOKET2"), "2026-12-02", "Rapat")
    with pytest.raises(ServiceError, match="bukan penutupan"):
        closures.remove(session, admin, "2026-12-02")
    assert closures.set_hours(session, admin, " 7:30 - 15:30 ") == "07:30-15:30"
    with pytest.raises(Invalid):
        closures.set_hours(session, admin, "16:00-08:00")


# --- a starting point from SiCantik ----------------------------------------------------------

def test_import_permit_types_from_sicantik_template(session, admin, loket, fake, monkeypatch, capsys):
    from db.models.sicantik import SicantikPermitMap
    from tests.fake_sicantik import configure
    configure(loket, fake)
    fake.rows = [
        {"no_permohonan": "SC/1", "tgl_pengajuan": "2026-11-20", "jenis_izin_id": "77",
         "jenis_izin": "Izin Usaha Perikanan", "lama_proses": "6 hari",
         "persyaratan": [{"nama_syarat": "Fotokopi KTP", "is_wajib": "1"},
                         {"nama_syarat": "Surat keterangan domisili", "is_wajib": "0"}]},
        {"no_permohonan": "SC/2", "tgl_pengajuan": "2026-11-21", "jenis_izin_id": "77",
         "jenis_izin": "Izin Usaha Perikanan", "persyaratan": "Fotokopi KTP; Foto kolam"},
        {"no_permohonan": "SC/3", "tgl_pengajuan": "2026-11-21", "jenis_izin_id": "12",
         "jenis_izin": "Surat Izin Praktik Dokter"},                       # Loket ships this one
        {"no_permohonan": "SC/4", "tgl_pengajuan": "2026-11-22", "jenis_izin_id": "90",
         "jenis_izin": "Izin Pemakaman"},                                  # no requirement list
    ]
    before = snapshot(session)
    assert cli(monkeypatch, "", "permit-types", "import-sicantik", "--template", "jenis", "--check") == 0
    out = capsys.readouterr().out
    assert "baru       SC-77" in out and "dipetakan  SIP-DOK" in out and "2 jenis izin baru" in out
    assert snapshot(session) == before
    assert cli(monkeypatch, ADMIN_PW + "\n", "permit-types", "import-sicantik", "--template", "jenis",
               "--as", "siti") == 0
    assert "2 jenis izin baru" in capsys.readouterr().out
    got = permit_types.get(session, "SC-77")
    assert got.name == "Izin Usaha Perikanan" and got.service_days == 6
    assert [(r.name, r.mandatory) for r in got.requirements] == [
        ("Fotokopi KTP", True), ("Surat keterangan domisili", False), ("Foto kolam", True)]
    assert [r.name for r in permit_types.get(session, "SC-90").requirements] == ["Formulir permohonan"]
    session.expire_all()
    maps = {m.sicantik_id: m.permit_type.code for m in session.scalars(select(SicantikPermitMap))}
    assert maps == {"77": "SC-77", "12": "SIP-DOK", "90": "SC-90"}
    # again: nothing new, nothing mapped twice
    assert cli(monkeypatch, ADMIN_PW + "\n", "permit-types", "import-sicantik", "--template", "jenis",
               "--as", "siti") == 0
    assert "0 jenis izin baru" in capsys.readouterr().out
    assert session.scalar(select(func.count()).select_from(SicantikPermitMap)) == 3


# --- office settings ---------------------------------------------------------------------------

def test_office_settings_are_signed_by_the_administrator(session, admin, monkeypatch, capsys):
    """The Office page and `loket config set --as` sign an OFFICE setting (app/proof.py);
    without --as the CLI says the change stays on this workstation."""
    from app import config, proof
    from app.services import office
    from db.models import Setting
    office.save(session, admin, {"office.head_name": "Dr. H. Iwan Sutisna"})
    row = session.get(Setting, "office.head_name")
    assert row.proof_by == admin.officer_id and row.proof_sig and row.proof_version == 1
    me = session.get(Officer, admin.officer_id)
    assert proof.valid(me.sign_key, row.proof_sig, "setting", "office.head_name",
                       proof.signed_fields("setting", {"key": row.key, "value": row.value, "scope": row.scope}),
                       row.proof_version, admin.officer_id)
    assert cli(monkeypatch, ADMIN_PW + "\n", "config", "set", "office.head_rank", "Pembina (IV/a)", "--as", "siti") == 0
    session.expire_all()
    assert config.get(session, "office.head_rank") == "Pembina (IV/a)"
    assert session.get(Setting, "office.head_rank").proof_sig
    assert cli(monkeypatch, "", "config", "set", "office.head_rank", "Pembina Tk. I (IV/b)") == 0
    assert "--as ADMIN" in capsys.readouterr().err
    session.expire_all()
    assert not session.get(Setting, "office.head_rank").proof_sig      # unsigned: stays here


# --- connections: TTE ---------------------------------------------------------------------------

def test_tte_connection_test_asks_bsre_for_the_heads_certificate(session, loket, bsre, data_dir):
    """Tes koneksi (Admin — Kantor): a real HTTP round trip to a BSrE stand-in on
    127.0.0.1, nothing signed, one line in Indonesian for each outcome."""
    from app import config
    from app.services import office
    from tests.tte_helpers import install_trust
    config.set_(session, "tte.url", "")
    session.commit()
    ok, msg = office.test_connection(loket, "tte")
    assert ok is None and "tte.url" in msg and "akar tepercaya" in msg
    config.set_(session, "tte.url", bsre.url)
    session.commit()
    install_trust(session, data_dir)
    ok, msg = office.test_connection(loket, "tte")
    assert ok is True and "Kepala Dinas: aktif" in msg and "1 akar tepercaya" in msg, msg
    assert bsre.requests[-1][0] == "/api/v2/user/check/status"
    assert "passphrase" not in bsre.requests[-1][1]
    config.set_(session, "tte.head_nik", "3201010101010009")       # not known there
    session.commit()
    ok, msg = office.test_connection(loket, "tte")
    assert ok is False and "HTTP 404" in msg and "NIK tidak terdaftar" in msg
    config.set_(session, "tte.url", "http://127.0.0.1:9")          # nobody listens
    session.commit()
    ok, msg = office.test_connection(loket, "tte")
    assert ok is False and "tidak dapat dihubungi" in msg


# --- typed technical data (data_teknis) --------------------------------------------------------

def test_technical_data_is_checked_by_type_at_intake_and_at_data_entry(session, admin, actor_factory):
    from app.services import backoffice
    from app.services.context import ServiceError as SE
    fields = [FieldSpec("Luas bangunan", "angka", True), FieldSpec("Fungsi", "pilihan", False, ("Hunian", "Usaha")),
              FieldSpec("Tanggal IMB lama", "tanggal")]
    clean = permit_types.clean_technical
    assert clean(fields, {"Luas bangunan": "1.250,5", "Fungsi": "Usaha", "Tanggal IMB lama": "3-2-2019"}) == {
        "Luas bangunan": "1.250,5", "Fungsi": "Usaha", "Tanggal IMB lama": "3 Februari 2019"}
    assert clean(fields, {"Luas bangunan": "12.5", "Tanggal IMB lama": "2019-02-03"})["Tanggal IMB lama"] == \
        "3 Februari 2019"
    assert clean(fields, {"Tanggal IMB lama": "3 Februari 2019"}, enforce_required=False)["Luas bangunan"] == ""
    for values, field, words in (({}, "Luas bangunan", "wajib diisi"),
                                 ({"Luas bangunan": "dua ratus"}, "Luas bangunan", "harus angka"),
                                 ({"Luas bangunan": "1", "Fungsi": "Gudang"}, "Fungsi", "salah satu dari"),
                                 ({"Luas bangunan": "1", "Tanggal IMB lama": "31-02-2019"}, "Tanggal IMB lama",
                                  "harus tanggal"),
                                 ({"Luas bangunan": "1", "Warna": "x"}, "Warna", "tidak dikenal")):
        with pytest.raises(Invalid) as e:
            clean(fields, values)
        assert e.value.field == field and words in e.value.message
    # counter 2: the walk-in form's teknis:* fields, each message beside its own field
    permit_types.save(session, admin, spec("IMB-X", fields=fields))
    checked = intake.check_form(session, {"permit_type": "IMB-X", "teknis:Luas bangunan": "abc",
                                          "teknis:Fungsi": "Usaha"})
    assert "harus angka" in checked.errors["teknis:Luas bangunan"] and "teknis:Fungsi" not in checked.errors
    l2 = actor_factory("LOKET2")
    app = walkin(session, l2, permit_type="IMB-X", **{"teknis:Luas bangunan": "200", "teknis:Fungsi": "Hunian"})
    assert app.technical_data == {"Luas bangunan": "200", "Fungsi": "Hunian", "Tanggal IMB lama": ""}
    # data entry: the same checks; the work item carries the types for the dialog
    item = backoffice.work_item(session, l2, app.id)
    assert [(f.name, f.type) for f in item.technical_specs] == [
        ("Luas bangunan", "angka"), ("Fungsi", "pilihan"), ("Tanggal IMB lama", "tanggal")]
    from datetime import datetime

    from tests.backoffice_support import ANALIS, received_file
    got = received_file(session, "IMB-X", "IMB/1", datetime(2026, 11, 25, 9, 0))
    with pytest.raises(SE, match="harus tanggal"):
        backoffice.verify(session, ANALIS, got.id, result="MEMENUHI",
                          technical={"Luas bangunan": "200", "Fungsi": "Hunian", "Tanggal IMB lama": "kemarin"})
    backoffice.verify(session, ANALIS, got.id, result="MEMENUHI",
                      technical={"Luas bangunan": "200", "Fungsi": "Hunian", "Tanggal IMB lama": "03-02-2019"})
    session.refresh(got)
    assert got.technical_data["Tanggal IMB lama"] == "3 Februari 2019"
