"""Counter 2 services: registration, checklist, accept, return, numbering, roles, register."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import audit, clock, qrsign, validation
from app.services import applications, intake
from app.services.context import PermissionDenied, ServiceError
from db.models import (
    Application,
    AuditRecord,
    DocumentPrint,
    IssuedDocument,
    NumberSequence,
    RequirementCheck,
    WorkflowEvent,
)
from tests.intake_helpers import NIK_L, NIK_P, VILLAGE, complete, form, walkin

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


@pytest.fixture
def officer(actor_factory):
    return actor_factory("LOKET2", name="Siti Rahmawati")


def count(session, model, *where):
    return session.scalar(select(func.count()).select_from(model).where(*where))


# --- registration -------------------------------------------------------------------

def test_walkin_number_state_and_audit(session, officer):
    app = walkin(session, officer)
    assert app.no_permohonan == f"WI/LOKET2-A/{app.submitted_at.year}/00001"
    assert app.state == "DRAFT" and app.source == "WALKIN"
    assert app.applicant.region_code == VILLAGE and app.applicant.birth_date == date(1990, 8, 17)
    assert count(session, AuditRecord, AuditRecord.action == "intake.register_walkin") == 1
    second = walkin(session, officer, nik=NIK_L, name="Budi", gender="L", birth_date="01-01-1990")
    assert second.no_permohonan.endswith("/00002")


def test_field_messages_are_specific(session):
    checked = intake.check_form(session, form(nik="12345", mobile="12", email="bukan-surel",
                                              applicant_type="PERUSAHAAN", company_nib="12",
                                              kind="PERPANJANGAN", region_code="9999999999"))
    e = checked.errors
    assert "16 digit" in e["nik"]
    assert "contoh 08" in e["mobile"]
    assert "surel" in e["email"].lower()
    assert e["company_name"] == "Nama perusahaan wajib diisi."
    assert "13 digit" in e["company_nib"]
    assert e["old_permit_number"] == "Nomor izin lama wajib diisi."
    assert "tidak dikenal" in e["region_code"]
    with pytest.raises(validation.Invalid) as err:
        intake.check_field("birth_date", "31-02-1990", {})
    assert "HH-BB-TTTT" in err.value.message


def test_nik_mismatch_is_a_warning_not_an_error(session):
    checked = intake.check_form(session, form(gender="L"))
    assert checked.ok and "Jenis kelamin" in checked.warnings["nik"]


def test_invalid_form_changes_nothing(session, officer):
    before = count(session, Application)
    with pytest.raises(validation.Invalid) as e:
        intake.register_walkin(session, officer, form(nik="3276015708900"))
    assert e.value.field == "nik"
    assert count(session, Application) == before
    assert session.get(NumberSequence, f"walkin/LOKET2-A/{clock.today().year}") is None


def test_duplicate_flagged_and_refused_unless_confirmed(session, officer):
    first = walkin(session, officer)
    checked = intake.check_form(session, form())
    assert first.no_permohonan in checked.warnings["duplicate"]
    with pytest.raises(ServiceError, match=first.no_permohonan.replace("/", ".")):
        walkin(session, officer)
    dup = intake.register_walkin(session, officer, form(), allow_duplicate=True)
    ev = applications.events(session, dup.id)[0]
    assert ev.data == {"duplicate_of": first.no_permohonan}
    # another permit type is not a duplicate
    assert "duplicate" not in intake.check_form(session, form(permit_type="SIPB")).warnings


def test_company_applicant(session, officer):
    app = walkin(session, officer, applicant_type="PERUSAHAAN", company_name="<b>PT Maju & Jaya</b>",
                 company_nib="1234567890123", company_npwp="01.300.066.6-091.000",
                 kind="PERUBAHAN", old_permit_number="503/12/SIP/2021")
    assert app.company.nib == "1234567890123" and app.company.npwp == "013000666091000"
    assert app.old_permit_number == "503/12/SIP/2021"


# --- open_file --------------------------------------------------------------------------

def test_open_by_number_nik_receipt_and_qr(session, officer):
    app = walkin(session, officer)
    assert intake.open_file(session, officer, app.no_permohonan).id == app.id
    assert intake.open_file(session, officer, NIK_P).id == app.id
    issued = intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    assert intake.open_file(session, officer, issued.number).id == app.id
    payload = issued.document.data["qr"]
    assert intake.open_file(session, officer, payload).id == app.id
    with pytest.raises(ServiceError, match="tidak sah"):
        intake.open_file(session, officer, payload[:-2] + ("AA" if not payload.endswith("AA") else "BB"))
    assert intake.open_file(session, officer, "TIDAK-ADA/123") is None


def test_lookup_hook_for_unknown_numbers(session, officer, monkeypatch):
    seen = []
    monkeypatch.setattr(intake, "LOOKUPS", [lambda s, a, text: seen.append(text) or None])
    assert intake.open_file(session, officer, "SC/2026/777") is None
    assert seen == ["SC/2026/777"]


# --- checklist, accept -----------------------------------------------------------------

def test_accept_records_everything_in_one_go(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app), sheets=3)
    items[-1].present = False      # optional item missing is fine
    items[-1].sheets = None   # TIDAK ADA has no sheet count
    issued = intake.accept(session, officer, app.id, items, duration_seconds=412)
    session.expire_all()
    app = applications.get(session, app.no_permohonan)
    assert app.state == "RECEIVED" and app.holder_role == "BACKOFFICE"
    assert app.receipt_number == issued.number == f"TT/LOKET2-A/{issued.document.issued_at.year}/00001"
    # 5 working days from the day the file is complete
    from app.calendar import WorkCalendar
    from app.documents.base import local_time
    day = local_time(app.received_at).date()
    assert app.due_date == WorkCalendar.from_db(session).due_date(day, app.permit_type.service_days)
    ev = [e for e in applications.events(session, app.id) if e.action == "receive"][0]
    assert ev.data["receipt_number"] == issued.number and ev.data["duration_seconds"] == 412
    doc = session.scalars(select(IssuedDocument).where(IssuedDocument.application_id == app.id)).one()
    import hashlib
    assert doc.kind == "RECEIPT" and doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
    assert qrsign.verify(doc.data["qr"]).number == issued.number
    checks = {c.requirement.name: c for c in applications.checks(session, app.id)}
    assert len(checks) == len(items) and all(c.sheets == 3 for c in checks.values() if c.present)
    assert count(session, AuditRecord, AuditRecord.action == "intake.accept") == 1


def test_accept_refused_when_mandatory_missing_and_nothing_changes(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    items[1].present = False
    items[1].sheets = None   # TIDAK ADA has no sheet count
    audits = count(session, AuditRecord)
    with pytest.raises(ServiceError, match="belum lengkap") as e:
        intake.accept(session, officer, app.id, items)
    assert items[1].name in str(e.value)
    session.expire_all()
    app = applications.get(session, app.no_permohonan)
    assert app.state == "DRAFT" and app.receipt_number is None
    assert count(session, IssuedDocument) == 0 and count(session, RequirementCheck) == 0
    assert count(session, AuditRecord) == audits
    assert session.scalar(select(NumberSequence).where(NumberSequence.key.like("receipt/%"))) is None


def test_original_needed_but_copy_only_blocks(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    needs_original = next(it for it in items if it.original_needed)
    needs_original.original = False
    with pytest.raises(ServiceError, match="belum lengkap"):
        intake.accept(session, officer, app.id, items)


def test_draft_checklist_survives_a_crash(session, loket, officer):
    app = walkin(session, officer)
    items = intake.checklist(session, app)
    items[0].present, items[0].original, items[0].sheets, items[0].note = True, True, 2, "rangkap"
    assert intake.save_checks(session, officer, app.id, items) == 1
    # a new session (as after a restart) sees the saved line
    with loket.Session() as other:
        again = intake.checklist(other, applications.get(other, app.id))
    assert (again[0].present, again[0].original, again[0].sheets, again[0].note) == (True, True, 2, "rangkap")
    assert again[1].present is None


def test_crash_after_number_allocation_never_reuses_it(session, loket, officer, monkeypatch):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    from app.documents import receipt

    def boom(*a, **k):
        raise RuntimeError("printer driver crashed")
    monkeypatch.setattr(receipt, "build", boom)
    with pytest.raises(RuntimeError):
        intake.accept(session, officer, app.id, items)
    monkeypatch.undo()
    # nothing was kept: no number consumed, no event, no document
    with loket.Session() as fresh:
        assert fresh.scalar(select(NumberSequence).where(NumberSequence.key.like("receipt/%"))) is None
        assert applications.get(fresh, app.id).state == "DRAFT"
        assert count(fresh, WorkflowEvent, WorkflowEvent.action == "receive") == 0
    first = intake.accept(session, officer, app.id, items)
    assert first.number.endswith("/00001")
    # and once committed, a number is never handed out again
    other = walkin(session, officer, nik=NIK_L, gender="L", birth_date="01-01-1990")
    second = intake.accept(session, officer, other.id, complete(intake.checklist(session, other)))
    assert second.number.endswith("/00002")


def test_receipt_numbers_unique_across_workstations(session, actor_factory):
    a = actor_factory("LOKET2", workstation="LOKET2-A")
    b = actor_factory("LOKET2", workstation="LOKET2-B")
    numbers = []
    for i, actor in enumerate([a, b, a, b]):
        app = walkin(session, actor, nik=f"32760101019000{i + 10:02d}", gender="L", birth_date="01-01-1990")
        numbers.append(intake.accept(session, actor, app.id, complete(intake.checklist(session, app))).number)
    year = numbers[0].split("/")[2]
    assert numbers == [f"TT/LOKET2-A/{year}/00001", f"TT/LOKET2-B/{year}/00001",
                       f"TT/LOKET2-A/{year}/00002", f"TT/LOKET2-B/{year}/00002"]
    assert len(set(numbers)) == 4


def test_accept_twice_refused(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    intake.accept(session, officer, app.id, items)
    with pytest.raises(ServiceError, match="sudah berstatus"):
        intake.accept(session, officer, app.id, items)


# --- return and come back -----------------------------------------------------------------

def test_return_then_come_back_with_checks_prefilled(session, loket, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app), sheets=2)
    items[1].present = False
    items[1].sheets = None   # TIDAK ADA has no sheet count
    items[1].note = "KTP sudah kedaluwarsa"
    items[2].present = False
    items[2].sheets = None   # TIDAK ADA has no sheet count
    slip = intake.return_file(session, officer, app.id, items, reason="Lengkapi STR", duration_seconds=90)
    assert applications.get(session, app.id).state == "RETURNED"
    missing = slip.document.data["missing"]
    assert [m["name"] for m in missing] == [items[1].name, items[2].name]
    assert missing[0]["reason"] == "KTP sudah kedaluwarsa"
    assert missing[1]["reason"] == "Tidak ada / belum dilampirkan"
    ev = [e for e in applications.events(session, app.id) if e.action == "return"][0]
    assert ev.data["missing"] == [items[1].name, items[2].name] and ev.data["slip_number"] == slip.number
    assert slip.document.kind == "RETURN_SLIP" and slip.number.startswith("BP/LOKET2-A/")
    # the applicant comes back days later: the file opens with what was checked
    with loket.Session() as later:
        reopened = intake.open_file(later, officer, app.no_permohonan)
        again = intake.checklist(later, reopened)
        assert [(i.present, i.sheets) for i in again][:3] == [(True, 2), (False, None), (False, None)]
        assert again[1].note == "KTP sudah kedaluwarsa"
        for it in again[1:3]:
            it.present, it.original = True, it.original_needed
        issued = intake.accept(later, officer, reopened.id, again, duration_seconds=60)
        assert applications.get(later, app.id).state == "RECEIVED" and issued.number


def test_return_without_any_deficiency_is_refused(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    with pytest.raises(ServiceError, match="Tidak ada kekurangan"):
        intake.return_file(session, officer, app.id, items)
    assert applications.get(session, app.id).state == "DRAFT"


# --- roles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["BACKOFFICE", "LOKET4", "ADMIN", "SYSTEM"])
def test_only_loket2_may_change_intake(session, officer, actor_factory, role):
    app = walkin(session, officer)
    other = actor_factory(role)
    items = complete(intake.checklist(session, app))
    with pytest.raises(PermissionDenied):
        intake.register_walkin(session, other, form(nik=NIK_L, gender="L", birth_date="01-01-1990"))
    with pytest.raises(PermissionDenied):
        intake.save_checks(session, other, app.id, items)
    with pytest.raises(PermissionDenied):
        intake.accept(session, other, app.id, items)
    with pytest.raises(PermissionDenied):
        intake.return_file(session, other, app.id, items, reason="x")
    assert applications.get(session, app.id).state == "DRAFT"
    assert count(session, RequirementCheck) == 0


# --- prints, reprints ----------------------------------------------------------------------

def test_first_print_original_then_reprints_counted(session, officer):
    app = walkin(session, officer)
    issued = intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    kind, pdf = intake.record_print(session, officer, issued.document.id)
    assert kind == "PRINT" and pdf == issued.pdf
    kind, pdf2 = intake.record_print(session, officer, issued.document.id, reason="kertas macet")
    assert kind == "REPRINT" and pdf2 != issued.pdf
    copy3 = intake.reprint_receipt(session, officer, app.no_permohonan)
    kinds = session.scalars(select(DocumentPrint.kind).where(
        DocumentPrint.document_id == issued.document.id).order_by(DocumentPrint.at)).all()
    assert kinds == ["PRINT", "REPRINT", "REPRINT"]
    assert intake.print_count(session, issued.document.id) == 3
    import io

    import pdfplumber
    text = pdfplumber.open(io.BytesIO(copy3)).pages[0].extract_text()
    assert "SALINAN — cetak ulang ke-2" in text and issued.number in text


def test_reprint_of_unaccepted_application_refused(session, officer):
    app = walkin(session, officer)
    with pytest.raises(ServiceError, match="belum diterima"):
        intake.reprint_receipt(session, officer, app.no_permohonan)


# --- daily register --------------------------------------------------------------------------

def test_daily_register_per_officer_and_csv(session, actor_factory):
    siti = actor_factory("LOKET2", name="Siti Rahmawati")
    budi = actor_factory("LOKET2", name="Budi Santoso", workstation="LOKET2-B")
    a = walkin(session, siti)
    intake.accept(session, siti, a.id, complete(intake.checklist(session, a)), duration_seconds=330)
    b = walkin(session, budi, nik=NIK_L, name="Ζωή Παπαδοπούλου", gender="L", birth_date="01-01-1990")
    items = complete(intake.checklist(session, b))
    items[0].present = False
    items[0].sheets = None   # TIDAK ADA has no sheet count
    intake.return_file(session, budi, b.id, items, duration_seconds=120)
    rows = intake.daily_register(session, siti)
    assert [(r.officer, r.result) for r in rows] == [("Budi Santoso", "DIKEMBALIKAN"),
                                                     ("Siti Rahmawati", "DITERIMA")]
    csv_text = intake.register_csv(rows)
    lines = csv_text.splitlines()
    assert lines[0].startswith("Tanggal;Jam;Petugas;Hasil")
    assert "Ζωή Παπαδοπούλου" in lines[1] and lines[2].endswith(";5,5")
    # another day is empty
    from datetime import timedelta
    assert intake.daily_register(session, siti, rows[0].at_local.date() + timedelta(days=1)) == []


def test_audit_chain_intact_after_intake(session, officer):
    app = walkin(session, officer)
    items = intake.checklist(session, app)
    items[0].present = True
    intake.save_checks(session, officer, app.id, items)
    intake.accept(session, officer, app.id, complete(items))
    actions = session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)).all()
    assert actions == ["intake.register_walkin", "intake.save_checks", "intake.accept"]
    n, broken = audit.verify(session)
    assert n == 3 and broken is None
