"""Counters 4 and 5: SK printing and legalised copies, the survey gate, handover, complaints."""
from __future__ import annotations

import io
import re
from datetime import date, datetime

import pdfplumber
import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import func, select, update

from app import config, qrsign, workflow
from app.documents import sk as skdoc
from app.services import complaints, handover, issuance, survey
from app.services.context import PermissionDenied, ServiceError
from db.models import AuditRecord, ComplaintUpdate, DocumentPrint, Handover, IssuedDocument, SurveyResponse, WorkflowEvent
from tests import counter45_helpers as h

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

ANSWERS = {f"U{i}": v for i, v in enumerate([4, 3, 3, 4, 3, 4, 4, 2, 3], 1)}
PROFILE = dict(age=41, gender="P", education="S1", occupation="WIRAUSAHA")


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def qr_payloads(pdf: bytes) -> list[str]:
    out = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            img = doc[i].render(scale=3).to_pil()
            out += [b.text for b in zxingcpp.read_barcodes(img)]
    finally:
        doc.close()
    return out


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def prints_of(session, app_id) -> list[DocumentPrint]:
    return list(session.scalars(select(DocumentPrint).join(
        IssuedDocument, IssuedDocument.id == DocumentPrint.document_id).where(
        IssuedDocument.application_id == app_id).order_by(DocumentPrint.at)))


# --- the whole journey --------------------------------------------------------------------

def test_journey_tte_pdf_from_counter4_to_archive(session):
    no = h.signed(session, tte=True)
    app = issuance.open_file(session, no)
    signed_pdf = session.scalar(select(IssuedDocument.pdf).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == "SK_SIGNED"))
    assert signed_pdf and no in text_of(signed_pdf)

    v = issuance.view(session, no)
    assert v.printable and v.has_signed_pdf and v.signing.electronic and v.prints == []

    # counter 5 cannot hand over before anything is printed
    with pytest.raises(workflow.WorkflowError, match="Ditandatangani"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))

    job = issuance.print_sk(session, h.LOKET4, no, copies=2)
    assert job.pdf == signed_pdf                     # exactly as signed
    session.refresh(app)
    assert app.state == "PRINTED"
    with pytest.raises(ServiceError, match="sudah pernah dicetak"):
        issuance.print_sk(session, h.LOKET4, no)
    with pytest.raises(ServiceError, match="alasan"):
        issuance.reprint_sk(session, h.LOKET4, no, reason="")
    again = issuance.reprint_sk(session, h.LOKET4, no, reason="Kertas macet di printer")
    assert again.pdf == signed_pdf
    legal = issuance.legalise(session, h.LOKET4, no, copies=3)
    assert page_count(legal.pdf) == 3 * 2
    t = text_of(legal.pdf)
    assert t.count("SALINAN SESUAI DENGAN ASLINYA") == 6
    # the authorised official of the settings (demo office), with room to sign and cap
    for needle in ("Drs. Bambang Suryadi, M.M.", "Kepala Bidang Pelayanan Perizinan,", "NIP. 19720515 200003 1 004",
                   "a.n. Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh",
                   "Salinan 3 dari 3"):
        assert needle in t, needle
    rows = prints_of(session, app.id)
    assert [(r.kind, r.copies, r.reason) for r in rows] == [
        ("PRINT", 2, None), ("REPRINT", 1, "Kertas macet di printer"), ("LEGALISIR", 3, None)]
    assert all(r.officer_id == h.LOKET4.officer_id for r in rows)
    assert [p.officer for p in issuance.view(session, no).prints] == ["Andi Loket Empat"] * 3

    # counter 5: the survey gate
    hv = handover.view(session, no)
    assert not hv.can_hand_over and "mengisi survei" in hv.blocked_reason
    assert "SKM belum diisi" not in hv.blocked_reason     # the survey box says that already (review)
    with pytest.raises(ServiceError, match="SKM"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert session.scalar(select(func.count()).select_from(Handover)) == 0

    survey.record(session, h.LOKET5, no, answers=ANSWERS, suggestion="Antrean sudah tertib, terima kasih.",
                  **PROFILE)
    hv = handover.view(session, no)
    assert hv.can_hand_over and hv.survey.code == survey.DONE
    # the officer's view carries no answer and no suggestion of this applicant
    assert "Antrean" not in repr(hv) and "answers" not in repr(hv)

    handover.record_proxy(session, h.LOKET5, no, letter_number="SKU/07/XI/2026", letter_date=date(2026, 11, 20),
                          proxy_name="Bambang Sutrisno", proxy_id_type="KTP", proxy_id_number="3201011204850003")
    ho = handover.hand_over(session, h.LOKET5, no, handover.Recipient(
        "Bambang Sutrisno", "KTP", "3201011204850003", by_proxy=True,
        proxy_letter_number="SKU/07/XI/2026", proxy_letter_date=date(2026, 11, 20),
        receipt_proof=app.receipt_number))
    session.refresh(app)
    assert app.state == "ARCHIVED"
    actions = [e.action for e in session.scalars(select(WorkflowEvent).where(
        WorkflowEvent.application_id == app.id).order_by(WorkflowEvent.at, WorkflowEvent.created_at))]
    assert actions[-4:] == ["print_sk", "survey", "hand_over", "archive"]
    assert workflow.state_from_events(list(session.scalars(select(WorkflowEvent).where(
        WorkflowEvent.application_id == app.id)))) == "ARCHIVED"
    assert ho.by_proxy and ho.proxy_letter_number == "SKU/07/XI/2026"

    receipt = handover.receipt_pdf(session, no)
    rt = flat(text_of(receipt))
    for needle in ("TANDA TERIMA PENYERAHAN", "Bambang Sutrisno", "KTP 3201011204850003",
                   "Dikuasakan", "SKU/07/XI/2026", "20 November 2026", app.permit_number,
                   "Salinan legalisir : 3 salinan (6 lembar)", "Maya Loket Lima"):
        assert needle in rt, needle
    [payload] = qr_payloads(receipt)
    signed_qr = qrsign.verify(payload)
    assert (signed_qr.kind, signed_qr.ref) == ("TP", no)

    with pytest.raises(ServiceError, match="sudah diserahkan kepada Bambang Sutrisno.*ditolak"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert session.scalar(select(func.count()).select_from(Handover)) == 1
    audited = set(session.scalars(select(AuditRecord.action)))
    assert {"sk.print", "sk.reprint", "sk.legalise", "survey.record", "sk.hand_over"} <= audited


def test_tampered_signed_pdf_is_refused_and_nothing_changes(session):
    no = h.signed(session, tte=True)
    doc = session.scalar(select(IssuedDocument).where(IssuedDocument.kind == "SK_SIGNED",
                                                      IssuedDocument.number.is_not(None)))
    # an incremental update appended after signing (how a PDF is changed without re-signing)
    tampered = doc.pdf + b"\n1 0 obj\n<< /Title (diubah) >>\nendobj\n%%EOF\n"
    session.execute(update(IssuedDocument).where(IssuedDocument.id == doc.id).values(pdf=tampered))
    session.commit()
    with pytest.raises(ServiceError, match="telah berubah.*SHA-256"):
        issuance.print_sk(session, h.LOKET4, no)
    session.expire_all()
    assert issuance.open_file(session, no).state == "SIGNED"
    assert session.scalar(select(func.count()).select_from(DocumentPrint)) == 0
    from app.cli import main
    assert main(["print", "sk", no, "--out", str(session.bind.url.database) + ".sk.pdf"]) == 1


def test_generated_sk_text_and_qr_verified_by_loket_verify(session, data_dir, capsys):
    # the head signed (the name on the sign event is the head's): the head's NIP with it
    config.set_(session, "office.head_name", "Dr. Hj. Siti Rahmawati, M.Si.")
    config.set_(session, "office.head_nip", "197001011995031001")
    session.commit()
    no = h.signed(session, company=False)
    job = issuance.print_sk(session, h.LOKET4, no)
    app = issuance.open_file(session, no)
    t = flat(text_of(job.pdf))
    for needle in ("PEMERINTAH KABUPATEN CONTOH", f"NOMOR {app.permit_number}", "TENTANG",
                   "SURAT IZIN PRAKTIK DOKTER", "Menimbang", "Mengingat", "MEMUTUSKAN",
                   "Menetapkan", "KESATU", "KEDUA", "KETIGA", "dr. Ahmad Fauzi <b>& Rekan</b>",
                   "3121100220145678", "5 (lima) tahun", "Memasang papan nama praktik.",
                   "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;", "Ditetapkan di : Contoh",
                   "Dr. Hj. Siti Rahmawati, M.Si.", "NIP. 19700101 199503 1 001"):
        assert needle in t, needle
    assert "Balai Sertifikasi Elektronik" not in t          # signed by hand: no BSrE footer
    [payload] = qr_payloads(job.pdf)
    s = qrsign.verify(payload)
    assert (s.kind, s.ref, s.number) == ("SK", no, app.permit_number)
    stored = session.get(IssuedDocument, job.document_id)
    assert stored.kind == "SK" and stored.pdf == job.pdf
    # a reprint is the very same document, not a new rendering
    assert issuance.reprint_sk(session, h.LOKET4, no, reason="Rusak terkena air").pdf == job.pdf
    from app.cli import main
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "verify", payload]) == 0
    out = capsys.readouterr().out
    assert "SAH" in out and app.permit_number in out and "belum ada" not in out
    forged = payload.replace(app.permit_number.replace("/", "/"), app.permit_number[:-1] + "9")
    assert main(["--data-dir", str(data_dir), "verify", forged]) == 1


def test_electronically_signed_without_attached_pdf_is_never_printed(session):
    """A file recorded as signed with TTE whose signed PDF never reached Loket: the BSrE
    sentence would be false on a rendering, so counter 4 prints nothing. Brought to
    SIGNED step by step through the workflow table."""
    no = h.received(session, "REKLAME", company=True)
    app = issuance.open_file(session, no)
    for action, actor, data in [("verify", h.ANALYST, {"result": "MEMENUHI"}),
                                ("schedule_review", h.ANALYST, {"scheduled_at": "2026-11-04", "review_kind": "LAPANGAN"}),
                                ("record_review", h.ANALYST, {"recommendation": "SETUJU"}),
                                ("draft", h.ANALYST, {"outcome": "IZIN"}),
                                ("kasi_approve", h.KASI, {}), ("kabid_approve", h.KABID, {}),
                                ("sign", h.KADIN, {"signature": "TTE", "signer_name": "Dr. Hj. Siti Rahmawati, M.Si."})]:
        workflow.apply(session, app, action, actor, data)
    app.permit_number = "503/0777/DPMPTSP/2026"
    app.technical_data = h.TECH["REKLAME"]
    session.commit()
    with pytest.raises(ServiceError, match="tidak ada PDF bertanda tangan yang sah"):
        issuance.print_sk(session, h.LOKET4, no)
    session.expire_all()
    assert issuance.open_file(session, no).state == "SIGNED"
    assert session.scalar(select(func.count()).select_from(DocumentPrint)) == 0


def test_rejection_letter(session):
    no = h.signed(session, outcome="PENOLAKAN")
    t = flat(text_of(issuance.print_sk(session, h.LOKET4, no).pdf))
    assert "Penolakan Permohonan Surat" in t and "Izin Praktik Dokter" in t   # "Hal" wraps in its column
    assert "1. Surat Tanda Registrasi (STR) sudah tidak berlaku." in t
    assert "DPMPTSP-TLK" in t and "MEMUTUSKAN" not in t


def test_only_signed_files_print_and_counter4_role(session):
    no = h.received(session)
    v = issuance.view(session, no)
    assert not v.printable and not v.reprintable and "Belum ditandatangani" in v.blocked_reason
    with pytest.raises(ServiceError, match="belum dapat dicetak"):
        issuance.print_sk(session, h.LOKET4, no)
    signed = h.signed(session)
    with pytest.raises(PermissionDenied):
        issuance.print_sk(session, h.LOKET5, signed)
    with pytest.raises(ServiceError, match="belum pernah dicetak"):
        issuance.legalise(session, h.LOKET4, signed, 2)
    with pytest.raises(ServiceError, match="antara 1 dan"):
        issuance.print_sk(session, h.LOKET4, signed, copies=0)
    assert issuance.open_file(session, signed).state == "SIGNED"


def test_open_by_receipt_qr_receipt_number_and_no(session):
    no = h.signed(session)
    app = issuance.open_file(session, no)
    payload = qrsign.sign("TT", no, app.receipt_number, date(2026, 11, 3))
    assert issuance.open_file(session, payload).id == app.id
    assert issuance.open_file(session, app.receipt_number).id == app.id
    assert issuance.view(session, "  " + no + " ").no_permohonan == no
    with pytest.raises(ServiceError, match="tidak sah"):
        issuance.open_file(session, payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB"))
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        issuance.open_file(session, "PMH-TIDAK-ADA")


def _printed(session, **kw) -> str:
    no = h.signed(session, **kw)
    issuance.print_sk(session, h.LOKET4, no)
    return no


def test_survey_validation_and_decline_policy(session):
    no = _printed(session)
    with pytest.raises(ServiceError, match="Waktu Penyelesaian.*belum dijawab"):
        survey.record(session, h.LOKET5, no, answers={**ANSWERS, "U3": 5}, **PROFILE)
    with pytest.raises(ServiceError, match="Umur"):
        survey.record(session, h.LOKET5, no, answers=ANSWERS, **{**PROFILE, "age": 7})
    with pytest.raises(ServiceError, match="Pendidikan"):
        survey.record(session, h.LOKET5, no, answers=ANSWERS, **{**PROFILE, "education": "SLTA"})
    assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0

    config.set_(session, "survey.allow_decline", False)
    session.commit()
    with pytest.raises(ServiceError, match="penolakan tidak diizinkan"):
        survey.decline(session, h.LOKET5, no, "Sedang terburu-buru")
    config.set_(session, "survey.allow_decline", True)
    session.commit()
    with pytest.raises(ServiceError, match="alasan"):
        survey.decline(session, h.LOKET5, no, "  ")
    survey.decline(session, h.LOKET5, no, "Sedang terburu-buru ke kantor")
    st = handover.view(session, no).survey
    assert st.code == survey.DECLINED and st.decline_reason == "Sedang terburu-buru ke kantor"
    with pytest.raises(ServiceError, match="sudah tercatat"):
        survey.record(session, h.LOKET5, no, answers=ANSWERS, **PROFILE)
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert issuance.open_file(session, no).state == "ARCHIVED"
    # a declined survey counts toward nothing in the index
    with pytest.raises(Exception, match="Belum ada responden"):
        survey.index(session)


def test_handover_recipient_checks_change_nothing(session):
    no = _printed(session)
    survey.record(session, h.LOKET5, no, answers=ANSWERS, **PROFILE)
    bad = [
        (handover.Recipient("", "KTP", "3201011204850003"), "Nama penerima"),
        (handover.Recipient("Bambang", "KTP", "12345"), "KTP"),
        (handover.Recipient("Bambang", "KARTU", "12345678"), "Jenis identitas"),
        (handover.Recipient("Bambang", "SIM", "123456789", by_proxy=True), "nomor surat kuasa"),
        (handover.Recipient("Bambang", "SIM", "123456789", True, "SK/1"), "tanggal surat kuasa"),
        (handover.Recipient("Bambang", "SIM", "123456789", True, "SK/1", date(2099, 1, 1)), "setelah hari ini"),
    ]
    for recipient, msg in bad:
        with pytest.raises(ServiceError, match=msg):
            handover.hand_over(session, h.LOKET5, no, recipient)
    assert issuance.open_file(session, no).state == "SURVEYED"
    assert session.scalar(select(func.count()).select_from(Handover)) == 0
    assert session.scalar(select(func.count()).select_from(IssuedDocument).where(
        IssuedDocument.kind == handover.RECEIPT_KIND)) == 0
    with pytest.raises(PermissionDenied):
        handover.hand_over(session, h.LOKET4, no, h.recipient(session, no))


def test_second_handover_from_another_workstation_refused_plainly(session, loket):
    """Office-wide: a handover already synced from another workstation blocks this one."""
    no = _printed(session)
    survey.record(session, h.LOKET5, no, answers=ANSWERS, **PROFILE)
    app = issuance.open_file(session, no)
    with loket.Session() as other:
        other.add(Handover(application_id=app.id, permit_number=app.permit_number,
                           recipient_name="Siti Aminah", recipient_id_type="KTP",
                           recipient_id_number="3201014101900001", by_proxy=False,
                           handed_at=datetime(2026, 11, 26, 3, 0), officer_name="Petugas Loket 5-B",
                           workstation="LOKET5-B"))
        other.commit()
    with pytest.raises(ServiceError, match="sudah diserahkan kepada Siti Aminah.*Penyerahan kedua ditolak"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert issuance.open_file(session, no).state == "SURVEYED"
    assert "Siti Aminah" in handover.view(session, no).blocked_reason


def test_handover_receipt_reprint_says_whether_the_file_was_handed_over(session, loket):
    """No stored handover receipt: "not handed over yet" only when that is true."""
    no = _printed(session)
    survey.record(session, h.LOKET5, no, answers=ANSWERS, **PROFILE)
    printed = session.scalar(select(func.count()).select_from(DocumentPrint))
    for call in (lambda: handover.receipt_pdf(session, no),
                 lambda: handover.record_receipt_print(session, h.LOKET5, no)):
        with pytest.raises(ServiceError, match="belum diserahkan"):
            call()
    app = issuance.open_file(session, no)
    with loket.Session() as other:    # handed over, its receipt PDF not on this computer
        other.add(Handover(application_id=app.id, permit_number=app.permit_number,
                           recipient_name="Siti Aminah", recipient_id_type="KTP",
                           recipient_id_number="3201014101900001", by_proxy=False,
                           handed_at=datetime(2026, 11, 26, 3, 0), officer_name="Petugas Loket 5-B",
                           workstation="LOKET5-B"))
        other.commit()
    for call in (lambda: handover.receipt_pdf(session, no),
                 lambda: handover.record_receipt_print(session, h.LOKET5, no)):
        with pytest.raises(ServiceError) as e:
            call()
        assert "belum diserahkan" not in str(e.value)
        assert "sudah diserahkan kepada Siti Aminah" in str(e.value) and "tidak tersimpan" in str(e.value)
    assert session.scalar(select(func.count()).select_from(DocumentPrint)) == printed   # nothing recorded


def test_complaints_register_progress_list_and_month_counts(session):
    no = h.received(session)
    c1 = complaints.register(session, h.LOKET5, channel="langsung", topic="Antrean lama",
                             text="Menunggu lebih dari satu jam di Loket 2.", contact="0812 3456 7890",
                             no_permohonan=no)
    c2 = complaints.register(session, h.LOKET5, channel="SUREL", topic="Informasi biaya",
                             text="Apakah izin praktik dokter dipungut biaya?")
    assert c1.ticket_number == f"ADU/{h.LOKET5.workstation}/{c1.received_at.year}/00001"
    assert c2.ticket_number.endswith("/00002") and c1.status == "DITERIMA"
    with pytest.raises(ServiceError, match="Saluran"):
        complaints.register(session, h.LOKET5, channel="MERPATI", topic="x", text="cukup panjang teksnya")
    with pytest.raises(ServiceError, match="terlalu singkat"):
        complaints.register(session, h.LOKET5, channel="SUREL", topic="x", text="pendek")
    with pytest.raises(ServiceError, match="tanggapan"):
        complaints.update(session, h.LOKET5, c2.ticket_number, "SELESAI", "")
    # every follow-up says something; one in progress may take several
    with pytest.raises(ServiceError, match="tanpa isi"):
        complaints.update(session, h.LOKET5, c1.ticket_number, "DIPROSES", "")
    complaints.update(session, h.LOKET5, c1.ticket_number, "DIPROSES", "Diteruskan ke Kepala Seksi.")
    complaints.update(session, h.LOKET5, c1.ticket_number, "DIPROSES", "Kepala Seksi menjadwalkan rapat.")
    complaints.update(session, h.LOKET5, c1.ticket_number, "SELESAI", "Petugas tambahan di jam sibuk.")
    with pytest.raises(ServiceError, match="tidak dapat diubah"):
        complaints.update(session, h.LOKET5, c1.ticket_number, "DIPROSES", "dibuka lagi")
    # a closed complaint still takes its final reply, and stays closed
    complaints.update(session, h.LOKET5, c1.ticket_number, "SELESAI", "Surat jawaban dikirim ke pengadu.")
    assert complaints.get(session, c1.ticket_number).response == "Surat jawaban dikirim ke pengadu."
    hist = complaints.history(session, c1.ticket_number)
    assert [u.status for u in hist] == ["DITERIMA", "DIPROSES", "DIPROSES", "SELESAI", "SELESAI"]
    assert [r.ticket_number for r in complaints.search(session, status="SELESAI")] == [c1.ticket_number]
    assert [r.no_permohonan for r in complaints.search(session, text="Antrean")] == [no]
    assert len(complaints.search(session, channel="SUREL")) == 1
    months = complaints.count_per_month(session)
    assert len(months) == 1 and months[0][1]["total"] == 2 and months[0][1]["SELESAI"] == 1
    assert complaints.count_open(session) == 1
    assert session.scalar(select(func.count()).select_from(ComplaintUpdate)) == 6


def test_template_errors_are_clear(tmp_path):
    (tmp_path / "rusak.toml").write_text('jenis = "keputusan"\njudul = "SK {nama_izn}"\n'
                                         'menimbang = []\nmengingat = []\n[[diktum]]\nteks = "x"\n')
    with pytest.raises(skdoc.TemplateError, match=r"\{nama_izn\} tidak dikenal"):
        skdoc.load_template("rusak", tmp_path)
    with pytest.raises(skdoc.TemplateError, match="tidak ada"):
        skdoc.load_template("tidak_ada", tmp_path)
    for name in ("sk_izin_praktik", "sk_izin_usaha", "sk_reklame", "sk_penelitian", "surat_penolakan"):
        assert skdoc.load_template(name)["_name"] == name


def test_every_shipped_permit_type_generates_its_sk(session):
    """Each permit type's template renders with that type's own data fields."""
    from app import masterdata
    codes = [pt["kode"] for pt in masterdata.shipped_permit_types()]
    for code in codes:
        no = h.signed(session, code, company=True)
        t = flat(text_of(issuance.generate(session, issuance.open_file(session, no))))
        assert issuance.open_file(session, no).permit_number in t, code


def test_survey_period_uses_office_days(session):
    """A survey taken at 01:00 WIB on 1 December (18:00 UTC on 30 November) is December's."""
    from app.services import ikm
    for at, v in ((datetime(2026, 11, 30, 16, 59), 4), (datetime(2026, 11, 30, 18, 0), 1)):
        session.add(SurveyResponse(answers=dict.fromkeys(ikm.KEYS, v), age=30, gender="L",
                                   education="SMA", occupation="SWASTA", at=at))
    session.commit()
    nov = survey.index(session, date(2026, 11, 1), date(2026, 11, 30))
    dec = survey.index(session, date(2026, 12, 1), date(2026, 12, 31))
    assert (nov.respondents, nov.ikm) == (1, ikm.round_half_up(ikm.Fraction(100), 2))
    assert (dec.respondents, str(dec.ikm)) == (1, "25.00")
    config.set_(session, "office.timezone", "Asia/Jayapura")     # WIT: 16:59 UTC is already 1 Dec
    session.commit()
    assert survey.index(session, date(2026, 12, 1), date(2026, 12, 1)).respondents == 2


def test_complaint_receipt_prints_are_recorded_like_every_document(session):
    """The complaint receipt goes to paper as a stored document with DocumentPrint rows
    (app/services/printing.py): the first print PRINT, the same receipt again REPRINT,
    and a receipt that reads differently after a follow-up stored anew."""
    c = complaints.register(session, h.LOKET5, channel="LANGSUNG", topic="Antrean lama",
                            text="Menunggu lebih dari satu jam di Loket 2.")
    first = complaints.record_receipt_print(session, h.LOKET5, c.ticket_number, copies=2)
    assert "TANDA TERIMA PENGADUAN" in text_of(first) and c.ticket_number in text_of(first)
    again = complaints.record_receipt_print(session, h.LOKET5, c.ticket_number)
    assert again == first                      # the stored bytes, not a new rendering
    docs = complaints.receipts(session, c.ticket_number)
    assert len(docs) == 1 and docs[0].kind == "PENGADUAN" and docs[0].number == c.ticket_number
    rows = list(session.scalars(select(DocumentPrint).where(DocumentPrint.document_id == docs[0].id)
                                .order_by(DocumentPrint.at, DocumentPrint.kind)))
    assert [(p.kind, p.copies, p.officer_id) for p in rows] == [
        ("PRINT", 2, h.LOKET5.officer_id), ("REPRINT", 1, h.LOKET5.officer_id)]
    audited = session.scalars(select(AuditRecord.entity_id).where(AuditRecord.action == "complaint.print")).all()
    assert sorted(audited) == sorted(p.id for p in rows)
    # after a follow-up the receipt shows the new status: that one is stored and printed
    complaints.update(session, h.LOKET5, c.ticket_number, "DIPROSES", "Diteruskan ke Kepala Seksi.")
    third = complaints.record_receipt_print(session, h.LOKET5, c.ticket_number)
    assert "Diproses" in text_of(third) and len(complaints.receipts(session, c.ticket_number)) == 2
    with pytest.raises(PermissionDenied):
        complaints.record_receipt_print(session, h.LOKET4, c.ticket_number)
