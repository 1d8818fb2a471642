"""Office data an administrator keeps (permit types, requirement lists, closures,
the office's settings: identity, numbering, hours)
travels to the other workstations only with the administrator's proof
(app/proof.py); the shipped permit types need none. Two workstations on the
real PostgreSQL and MariaDB; the forgery edits the SQLite file directly."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app import config
from app.calendar import WorkCalendar
from app.services import closures, office, officers, permit_types
from app.services.permit_types import PermitTypeSpec, RequirementSpec
from db.models import NonWorkingDay, PermitType, Requirement
from db.models.sync import SyncConflict
from tests.trust_helpers import raw_sql

pytestmark = [pytest.mark.central, pytest.mark.dates]

ADMIN_PW = "Kunci-Kantor-2026!"


def _pt(st, code):
    with st.Session() as s:
        pt = s.scalar(select(PermitType).where(PermitType.code == code))
        if pt is None:
            return None
        return (pt.name, pt.active, [(r.name, r.mandatory) for r in pt.requirements if r.active])


def test_admin_acts_travel_signed_and_forgeries_do_not(central, stations):
    _url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        officers.setup_first_admin(s, "admin", "Admin Kantor", None, ADMIN_PW, a.name)
    a.sync()
    b.sync()
    # the shipped types arrive at B as they are (no proof needed), none refused
    assert _pt(b, "SIP-DOK")[1] is True and _pt(b, "SIPB")[1] is True
    with a.Session() as s:
        admin = officers.authenticate(s, "admin", ADMIN_PW, a.name)
        permit_types.save(s, admin, PermitTypeSpec(
            "IKAN-HIAS", "Izin Usaha Budidaya Ikan Hias", 4, requirements=[
                RequirementSpec("Formulir permohonan"), RequirementSpec("Fotokopi KTP"),
                RequirementSpec("Foto lokasi kolam", False)]))
        spec = permit_types.get(s, "SIP-DOK")
        spec.requirements[1].name = "Fotokopi KTP elektronik pemohon"
        permit_types.save(s, admin, spec, "SIP-DOK")
        closures.add(s, admin, "2026-12-01", "Pemadaman listrik gedung")
        office.save(s, admin, {"office.head_name": "Dr. H. Iwan Sutisna, M.Si.",
                               "numbering.permit": "503/{seq:04}/IZIN/{year}"})
        closures.set_hours(s, admin, "07:30-15:30")
    a.sync()
    b.sync()
    assert _pt(b, "IKAN-HIAS") == ("Izin Usaha Budidaya Ikan Hias", True, [
        ("Formulir permohonan", True), ("Fotokopi KTP", True), ("Foto lokasi kolam", False)])
    assert _pt(b, "SIP-DOK")[2][1] == ("Fotokopi KTP elektronik pemohon", True)
    with b.Session() as s:
        assert WorkCalendar.from_db(s).holiday_name(date(2026, 12, 1)) == "Pemadaman listrik gedung"
        assert config.get(s, "office.head_name") == "Dr. H. Iwan Sutisna, M.Si."
        assert config.get(s, "numbering.permit") == "503/{seq:04}/IZIN/{year}"
        assert config.get(s, "office.hours") == "07:30-15:30"
        assert not s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL")).all()

    # forged in A's file: a requirement dropped from the list, a closure, a name
    raw_sql(a, "UPDATE requirement SET mandatory=0, proof_version=proof_version+1, version=version+1, "
            "updated_at='2026-11-26 03:30:00.000000' WHERE name='Fotokopi KTP'",
            "UPDATE permit_type SET name='Izin Palsu', proof_version=proof_version+1, version=version+1, "
            "updated_at='2026-11-26 03:30:00.000000' WHERE code='IKAN-HIAS'",
            "INSERT INTO non_working_day (id, day, name, active, proof_version, version, created_at, updated_at) "
            "VALUES ('forged-closure', '2026-12-02', 'Libur palsu', 1, 0, 1, '2026-11-26 03:30:00', "
            "'2026-11-26 03:30:00')",
            # the head of office who signs the SKs, and an office setting B never had
            "UPDATE setting SET value='\"Orang Lain\"', proof_version=proof_version+1, version=version+1 "
            "WHERE key='office.head_name'",
            "INSERT INTO setting (key, value, scope, updated_at, version, proof_version) VALUES "
            "('office.verify_url', '\"https://palsu.example/v\"', 'OFFICE', '2026-11-26 03:30:00', 1, 0)")
    with a.Session() as s:
        assert config.get(s, "office.head_name") == "Orang Lain"     # forged here: A's own file
    a.sync()
    b.sync()
    assert _pt(b, "IKAN-HIAS") == ("Izin Usaha Budidaya Ikan Hias", True, [
        ("Formulir permohonan", True), ("Fotokopi KTP", True), ("Foto lokasi kolam", False)])
    with b.Session() as s:
        assert WorkCalendar.from_db(s).holiday_name(date(2026, 12, 2)) is None
        forged = s.get(NonWorkingDay, "forged-closure")
        assert forged is not None and not forged.active           # kept for the record, inactive
        assert config.get(s, "office.head_name") == "Dr. H. Iwan Sutisna, M.Si."
        assert config.get(s, "office.verify_url") == ""          # as if never set
        notes = [c.message for c in s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL"))]
    assert len(notes) == 5 and all("tanda tangan" in m for m in notes)
    # the administrator's next signed act is honoured again
    with a.Session() as s:
        admin = officers.authenticate(s, "admin", ADMIN_PW, a.name)
        closures.remove(s, admin, "2026-12-01")
    a.sync()
    b.sync()
    with b.Session() as s:
        assert WorkCalendar.from_db(s).holiday_name(date(2026, 12, 1)) is None
        assert s.scalar(select(Requirement.mandatory).where(Requirement.name == "Fotokopi KTP")) is True


def _maps(st):
    from app.sicantik import mapping
    from db.models.sicantik import SicantikPermitMap
    with st.Session() as s:
        permits = {(m.sicantik_id, m.name_key): (m.permit_type.code, m.active)
                   for m in s.scalars(select(SicantikPermitMap))}
        return permits, mapping.value_map(s)


def test_sicantik_maps_travel_signed_and_forged_ones_stay_inert(central, stations):
    """What SiCantik's permit types and values mean decides under which permit type and
    kind an imported file lands: a map travels only with the administrator's proof."""
    from app.sicantik import admin as sic_admin
    _url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        officers.setup_first_admin(s, "admin", "Admin Kantor", None, ADMIN_PW, a.name)
    a.sync()
    b.sync()
    with a.Session() as s:
        admin = officers.authenticate(s, "admin", ADMIN_PW, a.name)
    sic_admin.map_permit(a.loket, admin, "SIPB", sicantik_id="77", sicantik_name="Izin Reklame Baliho")
    sic_admin.map_value(a.loket, admin, "jenis_permohonan", "Daftar Ulang", "PERPANJANGAN")
    a.sync()
    b.sync()
    permits, values = _maps(b)
    assert permits[("77", None)] == ("SIPB", True)
    assert values[("jenis_permohonan", "daftar ulang")] == "PERPANJANGAN"
    with b.Session() as s:
        assert not s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL")).all()

    # forged in A's file: the map points at another permit type, a value means something
    # else, and a new map nobody signed
    raw_sql(a, "UPDATE sicantik_permit_map SET permit_type_id=(SELECT id FROM permit_type WHERE code='SIP-DOK'), "
            "proof_version=proof_version+1, version=version+1 WHERE sicantik_id='77'",
            "UPDATE sicantik_value_map SET loket_value='BARU', proof_version=proof_version+1, "
            "version=version+1 WHERE value_key='daftar ulang'",
            "INSERT INTO sicantik_value_map (id, field, value_key, value, loket_value, active, proof_version, "
            "version, created_at, updated_at) VALUES ('forged-value', 'jenis_permohonan', 'izin baru palsu', "
            "'Izin Baru Palsu', 'PERUBAHAN', 1, 0, 1, 0, 0)")
    assert _maps(a)[0][("77", None)] == ("SIP-DOK", True)   # A's own file
    a.sync()
    b.sync()
    permits, values = _maps(b)
    assert permits[("77", None)] == ("SIPB", True)
    assert values[("jenis_permohonan", "daftar ulang")] == "PERPANJANGAN"
    assert ("jenis_permohonan", "izin baru palsu") not in values          # kept, inactive
    with b.Session() as s:
        from db.models.sicantik import SicantikValueMap
        forged = s.get(SicantikValueMap, "forged-value")
        assert forged is not None and not forged.active
        notes = [c.message for c in s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL"))]
    assert len(notes) == 3 and all("tanda tangan" in m for m in notes)
    # the administrator's next signed act is honoured again
    sic_admin.map_value(a.loket, admin, "jenis_permohonan", "Daftar Ulang", "PERUBAHAN")
    a.sync()
    b.sync()
    assert _maps(b)[1][("jenis_permohonan", "daftar ulang")] == "PERUBAHAN"


def test_sk_template_revisions_travel_signed_and_forged_ones_are_refused(central, stations):
    """The office's own SK template is office data: a revision an administrator saved
    reaches every workstation; one written into a workstation's file does not."""
    import dataclasses

    from app.services import sk_templates
    from db.models.templates import SkTemplate
    _url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        officers.setup_first_admin(s, "admin", "Admin Kantor", None, ADMIN_PW, a.name)
    a.sync()
    b.sync()
    with a.Session() as s:
        admin = officers.authenticate(s, "admin", ADMIN_PW, a.name)
        form = sk_templates.form_of(s, "sk_izin_praktik")
        sk_templates.save(s, admin, dataclasses.replace(
            form, menimbang=form.menimbang + "\nbahwa pemohon telah mengikuti pembinaan praktik;"))
    a.sync()
    b.sync()

    def menimbang(st):
        with st.Session() as s:
            return " ".join(sk_templates.resolve(s, "sk_izin_praktik")["menimbang"])
    assert "pembinaan praktik" in menimbang(b)
    with b.Session() as s:
        assert not s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL")).all()

    # forged in A's file: the signed revision's text changed, and a newer revision nobody signed
    raw_sql(a, "INSERT INTO sk_template (id, name, revision, title, body, based_on, valid_from, active, "
            "proof_version, version, created_at, updated_at) SELECT 'forged-revision', name, 2, title, "
            "replace(body, 'pembinaan praktik', 'pembinaan palsu'), based_on, valid_from, 1, 0, 1, created_at, "
            "updated_at FROM sk_template WHERE revision = 1",
            "UPDATE sk_template SET body = replace(body, 'pembinaan praktik', 'pemalsuan praktik'), "
            "proof_version = proof_version + 1, version = version + 1 WHERE revision = 1")
    assert "pembinaan palsu" in menimbang(a)                         # A's own file
    a.sync()
    b.sync()
    assert "pembinaan praktik" in menimbang(b) and "palsu" not in menimbang(b)
    with b.Session() as s:
        forged = s.get(SkTemplate, "forged-revision")
        assert forged is not None and not forged.active
        notes = [c.message for c in s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL"))]
    assert len(notes) == 2 and all("tanda tangan" in m for m in notes)
