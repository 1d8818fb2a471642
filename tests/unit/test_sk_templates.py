"""The office's own SK templates (app/services/sk_templates.py): edited section by
section, refused with one line naming the section, signed, audited, and versioned so
an SK keeps the text of the revision in force when it was signed."""
from __future__ import annotations

import dataclasses
import io
import re
from datetime import timedelta

import pdfplumber
import pytest
from sqlalchemy import func, select

from app import clock, proof
from app.services import issuance, officers, sk_templates
from app.services.context import PermissionDenied
from app.validation import Invalid
from db.models import AuditRecord, IssuedDocument
from db.models.templates import SkTemplate
from tests import counter45_helpers as h

pytestmark = pytest.mark.dates

ADMIN_PW = "Kantor-Pusat-2026"
NEW_LINE = "bahwa pemohon telah mengikuti pembinaan praktik di {kantor};"


@pytest.fixture
def admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003", ADMIN_PW, "ADM-1")


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in doc.pages))


def rows(session) -> int:
    return session.scalar(select(func.count()).select_from(SkTemplate))


def test_shipped_template_round_trips_through_the_form(session):
    shipped = sk_templates.resolve(session, "sk_izin_usaha")
    form = sk_templates.form_of(session, "sk_izin_usaha")
    assert "- {data_teknis}" in form.diktum and "- {ketentuan}" in form.diktum
    assert "- NIK: {nik}" in form.diktum
    _name, _title, body = sk_templates.check(session, form)
    assert body == {k: v for k, v in shipped.items() if not k.startswith("_")}


def test_edit_saves_a_signed_audited_revision_and_the_sk_keeps_its_own(session, admin):
    early = h.signed(session, "SIP-DOK")              # signed under the shipped text
    clock.pin(clock.utcnow() + timedelta(minutes=5))
    form = sk_templates.form_of(session, "sk_izin_praktik")
    edited = dataclasses.replace(form, title="SK praktik kantor",
                                 menimbang=form.menimbang + "\n" + NEW_LINE)
    assert sk_templates.save(session, admin, edited)
    row = session.scalar(select(SkTemplate))
    assert (row.name, row.revision, row.title) == ("sk_izin_praktik", 1, "SK praktik kantor")
    assert row.proof_by == admin.officer_id and row.proof_sig
    signer = session.get(officers.Officer, admin.officer_id)
    assert proof.valid(signer.sign_key, row.proof_sig, "sk_template", row.id,
                       proof.signed_fields("sk_template", {f: getattr(row, f) for f in proof.PROTECTED["sk_template"]}),
                       row.proof_version, row.proof_by)
    audit_row = session.scalar(select(AuditRecord).where(AuditRecord.action == "sk_template.save"))
    assert "revisi 1" in audit_row.summary and "Menimbang" in audit_row.summary
    # the same form again: nothing new
    assert not sk_templates.save(session, admin, edited)
    assert rows(session) == 1

    clock.pin(clock.utcnow() + timedelta(minutes=5))
    late = h.signed(session, "SIP-DOK")               # signed after the revision
    new_text = "telah mengikuti pembinaan praktik"
    assert new_text in text_of(issuance.generate(session, issuance.open_file(session, late)))
    assert new_text not in text_of(issuance.generate(session, issuance.open_file(session, early)))
    job = issuance.print_sk(session, h.LOKET4, late)
    doc = session.get(IssuedDocument, job.document_id)
    assert doc.data["template_revision"] == 1
    assert new_text in text_of(job.pdf)


def test_unknown_placeholder_and_missing_teknis_field_are_refused_beside_the_section(session, admin):
    form = sk_templates.form_of(session, "sk_izin_praktik")
    bad = dataclasses.replace(form, menimbang=form.menimbang + "\nbahwa {nama_pemohonn} layak;")
    with pytest.raises(Invalid) as e:
        sk_templates.save(session, admin, bad)
    assert e.value.field == "menimbang" and "{nama_pemohonn}" in e.value.message
    # SIP-DOK (and the other types naming the template) have no such technical field
    bad = dataclasses.replace(form, diktum=form.diktum + "\nLuas ruang praktik {teknis[Luas ruang]} m².")
    with pytest.raises(Invalid) as e:
        sk_templates.save(session, admin, bad)
    assert e.value.field == "diktum" and "Luas ruang" in e.value.message and "SIP-" in e.value.message
    for text, field in (("bahwa {nama_pemohon layak;", "menimbang"), ("{nama_pemohon.__class__}", "menimbang"),
                        ("", "menimbang")):
        with pytest.raises(Invalid) as e:
            sk_templates.save(session, admin, dataclasses.replace(form, menimbang=text))
        assert e.value.field == field
    with pytest.raises(Invalid) as e:
        sk_templates.save(session, admin, dataclasses.replace(form, diktum="- NIK: {nik}"))
    assert e.value.field == "diktum"
    assert rows(session) == 0
    assert session.scalar(select(func.count()).select_from(AuditRecord)
                          .where(AuditRecord.action == "sk_template.save")) == 0


def test_only_an_administrator_saves(session, admin, actor_factory):
    form = sk_templates.form_of(session, "sk_izin_praktik")
    with pytest.raises(PermissionDenied):
        sk_templates.save(session, actor_factory("LOKET4"), dataclasses.replace(form, judul="KEPUTUSAN X"))
    assert rows(session) == 0


def test_preview_renders_the_unsaved_form_with_sample_data(session, admin):
    form = sk_templates.form_of(session, "sk_izin_praktik")
    pdf = sk_templates.preview(session, dataclasses.replace(form, menimbang=form.menimbang + "\n" + NEW_LINE),
                               "SIP-DOK")
    text = text_of(pdf)
    assert "pembinaan praktik" in text and "Siti Aminah" in text and "Surat Izin Praktik Dokter" in text
    assert rows(session) == 0


def test_a_new_office_template_is_offered_to_permit_types(session, admin):
    from app.services import permit_types
    form = sk_templates.form_of(session, "sk_izin_usaha")
    sk_templates.save(session, admin, dataclasses.replace(form, name="sk_kantor_usaha", based_on="sk_izin_usaha"))
    assert "sk_kantor_usaha" in permit_types.template_names(session)
    spec = permit_types.get(session, "SIPB")
    spec.template = "sk_kantor_usaha"
    permit_types.save(session, admin, spec, "SIPB")
    assert permit_types.get(session, "SIPB").template == "sk_kantor_usaha"


def test_permit_types_file_may_name_an_office_template(session, admin):
    from app.services import permit_types
    form = sk_templates.form_of(session, "sk_izin_usaha")
    sk_templates.save(session, admin, dataclasses.replace(form, name="sk_kantor_usaha", based_on="sk_izin_usaha"))
    text = permit_types.export_toml(session)
    text = text.replace('template = "sk_izin_usaha"', 'template = "sk_kantor_usaha"', 1)
    permit_types.import_toml(session, admin, text, "uji.toml")
    assert "sk_kantor_usaha" in {permit_types.get(session, r.code).template for r in permit_types.list_types(session)}
    # the shipped files alone do not know it
    with pytest.raises(permit_types.ImportError_):
        permit_types.parse_toml(text)
