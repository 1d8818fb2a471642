"""The SK signing chain: Kabid approval → number and final PDF → signed by file or
through the (stand-in) BSrE service → checked with pyHanko → printed only while the
signature still holds. Every refusal: one Indonesian line, exit 1, nothing changed."""
from __future__ import annotations

import hashlib
import io
import sys
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from app import clock, config, qrsign, tte
from app.cli import main
from app.services import backoffice, issuance, officers, sksign
from app.services.context import ServiceError
from db.models import AuditRecord, DocumentPrint, IssuedDocument, NumberSequence, WorkflowEvent
from tests import counter45_helpers as h
from tests.tte_helpers import KADIS_NAME, KADIS_NIK, PASSPHRASE, SYSTEM, ca, kadis_signer, sign_draft
from tests.unit.test_counter45 import flat, qr_payloads, text_of

KADIS_PW = "Tanda-Tangan-2026!"


@pytest.fixture
def kadis(session, loket):
    """A real Kadis account (the CLI authenticates with --as and the password on stdin)."""
    admin = officers.setup_first_admin(session, "admin", "Admin Kantor", None, "Pengelola-Kantor-2026!",
                                       loket.workstation)
    officers.create(session, admin, "kadis", KADIS_NAME, "196801011990031001", ["KADIN"], KADIS_PW)
    officers.create(session, admin, "loket4", "Andi Loket Empat", None, ["LOKET4"], "Cetak-Empat-2026!")
    return "kadis"


def state(session, no: str) -> tuple:
    """Everything a refusal must leave as it was."""
    session.expire_all()
    app = issuance.open_file(session, no)
    return (app.state, app.permit_number, app.version,
            session.scalar(select(func.count()).select_from(WorkflowEvent)),
            session.scalar(select(func.count()).select_from(IssuedDocument)),
            session.scalar(select(func.count()).select_from(DocumentPrint)),
            tuple(session.execute(select(NumberSequence.key, NumberSequence.value)
                                  .order_by(NumberSequence.key)).all()))


def run(argv, stdin: str = "", monkeypatch=None) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def refused_cli(session, no, argv, stdin, match, capsys, monkeypatch):
    before = state(session, no)
    capsys.readouterr()
    assert run(argv, stdin, monkeypatch) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and match in err, err          # one clear line
    assert state(session, no) == before
    return err


# --- 1. the Kabid's approval prepares the SK -------------------------------------------------

def test_kabid_approval_numbers_and_stores_the_final_pdf(session):
    no = h.approved(session)
    app = issuance.open_file(session, no)
    assert app.state == "KABID_APPROVED" and app.permit_number == "503/0001/DPMPTSP/2026"
    doc = sksign.prepared(session, app)
    assert doc.kind == "SK_DRAFT" and doc.number == app.permit_number
    assert doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
    t = flat(text_of(doc.pdf))
    assert f"NOMOR {app.permit_number}" in t.replace("NOMOR:", "NOMOR") and "Balai Sertifikasi Elektronik (BSrE)" in t
    [payload] = qr_payloads(doc.pdf)
    assert qrsign.verify(payload).number == app.permit_number.replace(" ", "")
    # an empty signature field where the signature appears
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    fields = list(enumerate_sig_fields(PdfFileReader(io.BytesIO(doc.pdf))))
    assert [(f[0], f[1]) for f in fields] == [(tte.FIELD_NAME, None)]
    ev = session.scalar(select(WorkflowEvent).where(WorkflowEvent.action == "prepare_sign"))
    assert ev.data["number"] == app.permit_number and ev.data["document_id"] == doc.id
    assert app.state_since < ev.at              # preparing keeps the Kadis's clock running


def test_previews_are_marked_as_drafts(session):
    no = h.received(session)
    backoffice.verify(session, h.ANALYST, no, technical=h.TECH["SIP-DOK"], result="MEMENUHI")
    backoffice.draft(session, h.ANALYST, no, outcome="IZIN", conditions=["Papan nama."])
    pdf, caption = sksign.preview(session, no)            # the Kasi, before any number
    t = flat(text_of(pdf))
    assert sksign.DRAFT_MARK in t and "nomor diberikan setelah disetujui Kepala Bidang" in t
    assert qr_payloads(pdf) == [] and "Kepala Bidang" in caption
    backoffice.approve(session, h.KASI, no)
    backoffice.approve(session, h.KABID, no)
    pdf, caption = sksign.preview(session, no)            # the Kadis: the stored final PDF, stamped
    app = issuance.open_file(session, no)
    assert sksign.DRAFT_MARK in flat(text_of(pdf)) and app.permit_number in caption


def test_a_kadis_send_back_prepares_again_with_the_same_number(session):
    no = h.approved(session)
    first = sksign.prepared(session, issuance.open_file(session, no))
    backoffice.send_back(session, h.KADIN, no, reason="Perbaiki ketentuan kedua")
    backoffice.approve(session, h.KABID, no)
    app = issuance.open_file(session, no)
    again = sksign.prepared(session, app)
    assert again.id != first.id and again.number == first.number == app.permit_number


# --- 2. by file: loket sk draft / attach-signed ---------------------------------------------------

def test_cli_draft_and_attach_signed(session, kadis, tmp_path, capsys, monkeypatch):
    no = h.approved(session)
    out = tmp_path / "draft.pdf"
    capsys.readouterr()
    assert run(["sk", "draft", no, "--out", str(out)], "", monkeypatch) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    app = issuance.open_file(session, no)
    assert lines[-1] == app.permit_number
    assert out.read_bytes() == sksign.prepared(session, app).pdf
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(kadis_signer().sign_pdf(out.read_bytes(), clock.utcnow()))
    assert run(["sk", "attach-signed", no, str(signed), "--as", kadis], KADIS_PW + "\n", monkeypatch) == 0
    printed = capsys.readouterr().out
    assert app.permit_number in printed and KADIS_NIK in printed and "PERINGATAN" not in printed
    session.expire_all()
    app = issuance.open_file(session, no)
    assert app.state == "SIGNED"
    doc = issuance.signed_pdf_document(session, app)
    assert doc.pdf == signed.read_bytes() and doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
    assert run(["sk", "check", no], "", monkeypatch) == 0
    assert "SAH" in capsys.readouterr().out
    # counter 4 prints exactly that file
    assert issuance.print_sk(session, h.LOKET4, no).pdf == doc.pdf


def test_cli_draft_prepares_a_file_approved_before(session, capsys, monkeypatch, tmp_path):
    """Approved before Loket prepared at approval (older data): the draft is made on demand."""
    from app import workflow
    no = h.received(session)
    app = issuance.open_file(session, no)
    for action, actor, data in [("verify", h.ANALYST, {"result": "MEMENUHI"}),
                                ("draft", h.ANALYST, {"outcome": "IZIN"}),
                                ("kasi_approve", h.KASI, {}), ("kabid_approve", h.KABID, {})]:
        workflow.apply(session, app, action, actor, data)
    session.commit()
    assert sksign.prepared(session, app) is None and app.permit_number is None
    capsys.readouterr()
    assert run(["sk", "draft", no, "--out", str(tmp_path / "d.pdf")], "", monkeypatch) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "503/0001/DPMPTSP/2026"
    # not yet approved: refused
    other = h.received(session)
    refused_cli(session, other, ["sk", "draft", other, "--out", str(tmp_path / "x.pdf")], "",
                "belum disetujui Kepala Bidang", capsys, monkeypatch)


def _bad(kind: str, session, no: str, tmp_path):
    """The bad files of the issue, each for application `no`."""
    draft = sksign.draft_pdf(session, SYSTEM, no)[0]
    good = kadis_signer().sign_pdf(draft, clock.utcnow())
    if kind == "other":
        other = h.approved(session)
        return sign_draft(session, other)
    if kind == "unknown_ca":
        stranger = tte.TestCA("CA Tak Dikenal", clock.utcnow()).issue(KADIS_NAME, KADIS_NIK)
        return stranger.sign_pdf(draft, clock.utcnow())
    if kind == "altered":
        i = good.find(b"/Producer")
        return good[:i] + b"/Producex" + good[i + 9:]
    if kind == "appended":
        return good + b"\n99 0 obj\n<< /Title (diubah) >>\nendobj\n"
    if kind == "truncated":
        return good[: len(good) * 2 // 3]
    if kind == "encrypted":
        import pypdf
        w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(good)))
        w.encrypt("rahasia")
        buf = io.BytesIO()
        w.write(buf)
        return buf.getvalue()
    if kind == "expired":
        old = ca().issue(KADIS_NAME, KADIS_NIK, valid_from=clock.utcnow() - timedelta(days=800),
                         valid_to=clock.utcnow() - timedelta(days=1))
        return old.sign_pdf(draft, clock.utcnow())
    if kind == "unsigned":
        return draft
    raise AssertionError(kind)


@pytest.mark.parametrize("kind,match", [
    ("other", "adalah SK permohonan"),
    ("unknown_ca", "tidak berasal dari CA tepercaya"),
    ("altered", "telah diubah setelah ditandatangani"),
    ("appended", "tidak mencakup seluruh berkas"),
    ("truncated", "terpotong"),
    ("encrypted", "terenkripsi"),
    ("expired", "tidak berlaku pada waktu penandatanganan"),
    ("unsigned", "belum bertanda tangan elektronik"),
])
def test_cli_attach_signed_refuses_bad_files(session, kadis, tmp_path, capsys, monkeypatch, kind, match):
    no = h.approved(session)
    blob = _bad(kind, session, no, tmp_path)
    f = tmp_path / f"{kind}.pdf"
    f.write_bytes(blob)
    refused_cli(session, no, ["sk", "attach-signed", no, str(f), "--as", kadis], KADIS_PW + "\n", match,
                capsys, monkeypatch)


def test_name_and_nik_mismatch_is_a_warning(session, kadis, tmp_path, capsys, monkeypatch):
    no = h.approved(session)
    config.set_(session, "office.head_name", "Drs. Bambang Wijaya, M.Si.")
    config.set_(session, "tte.head_nik", "3201010101700009")
    session.commit()
    f = tmp_path / "s.pdf"
    f.write_bytes(sign_draft(session, no))
    capsys.readouterr()
    assert run(["sk", "attach-signed", no, str(f), "--as", kadis], KADIS_PW + "\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "PERINGATAN: Nama pada sertifikat" in out and "PERINGATAN: NIK pada sertifikat" in out
    ev = session.scalar(select(WorkflowEvent).where(WorkflowEvent.action == "sign"))
    assert len(ev.data["warnings"]) == 2


# --- 3. directly through the BSrE Esign Client (stand-in) ------------------------------------------

def test_sign_directly_through_bsre(session, kadis, bsre, capsys, monkeypatch, caplog):
    no = h.approved(session)
    assert sksign.certificate_status(session, KADIS_NIK)["status"] == "ISSUE"
    capsys.readouterr()
    assert run(["sk", "sign", no, "--as", kadis, "--nik", KADIS_NIK],
               f"{KADIS_PW}\n{PASSPHRASE}\n", monkeypatch) == 0
    session.expire_all()
    app = issuance.open_file(session, no)
    assert app.state == "SIGNED"
    ev = session.scalar(select(WorkflowEvent).where(WorkflowEvent.action == "sign"))
    assert ev.data["via"] == "BSRE" and ev.data["certificate"]["signer_nik"] == KADIS_NIK
    path, body = bsre.requests[-1]
    props = body["signatureProperties"][0]
    spot = sksign.prepared(session, app).data["spot"]
    assert path == "/api/v2/sign/pdf" and props["tampilan"] == "VISIBLE"
    assert (props["page"], props["originX"], props["width"]) == (spot["page"] + 1, spot["x"], spot["width"])
    # the passphrase went to the service and nowhere else
    assert PASSPHRASE not in caplog.text
    for table in (WorkflowEvent, AuditRecord, IssuedDocument):
        for row in session.scalars(select(table)):
            assert PASSPHRASE not in repr({c.name: getattr(row, c.name) for c in table.__table__.columns
                                           if c.name != "pdf"})


def test_passphrase_refused_by_bsre(session, kadis, bsre, capsys, monkeypatch):
    no = h.approved(session)
    err = refused_cli(session, no, ["sk", "sign", no, "--as", kadis, "--nik", KADIS_NIK],
                      f"{KADIS_PW}\nsalah-passphrase\n", "Passphrase anda salah", capsys, monkeypatch)
    assert "salah-passphrase" not in err


# --- 4. counter 4 and the handover check again ---------------------------------------------------------

def test_counter4_rechecks_the_signature_before_every_print(session):
    no = h.signed(session, tte=True)
    issuance.print_sk(session, h.LOKET4, no)
    # the office stops trusting the root that signed it: no reprint, no legalised copy
    config.set_(session, "tte.trust_roots", "")
    session.commit()
    before = state(session, no)
    for fn in (lambda: issuance.reprint_sk(session, h.LOKET4, no, reason="Kertas macet"),
               lambda: issuance.legalise(session, h.LOKET4, no, copies=2)):
        with pytest.raises(ServiceError, match="akar tepercaya TTE"):
            fn()
        assert state(session, no) == before
    # the stored draft it was signed on changes: refused too
    from tests.tte_helpers import install_trust
    install_trust(session)
    app = issuance.open_file(session, no)
    draft = sksign.prepared(session, app)
    session.execute(update(IssuedDocument).where(IssuedDocument.id == draft.id)
                    .values(pdf=draft.pdf + b"\n%% x\n"))
    session.commit()
    with pytest.raises(ServiceError, match="SHA-256"):
        issuance.reprint_sk(session, h.LOKET4, no, reason="Kertas macet")


# --- 5. the handover proves who receives the SK -----------------------------------------------------

def _ready_for_handover(session, **kw) -> str:
    from app.services import survey
    no = h.signed(session, **kw)
    issuance.print_sk(session, h.LOKET4, no)
    survey.decline(session, h.LOKET5, no, "Sedang terburu-buru")
    return no


def _handover_state(session, no):
    from db.models.documents import Handover
    return state(session, no) + (session.scalar(select(func.count()).select_from(Handover)),)


def test_handover_only_to_the_applicant_or_a_recorded_proxy(session):
    from datetime import date

    from app.services import handover
    no = _ready_for_handover(session)
    app = issuance.open_file(session, no)
    before = _handover_state(session, no)
    bad = [
        (handover.Recipient("Orang Lain", "SIM", "123456789", receipt_proof=app.receipt_number), "bukan pemohon"),
        (h.recipient(session, no, id_number="3201011204850099"), "berbeda dengan NIK pemohon"),
        (handover.Recipient("Bambang Sutrisno", "KTP", "3201011204850004", True, "SKU/1", date(2026, 11, 20),
                            receipt_proof=app.receipt_number), "tidak tercatat sebagai penerima kuasa"),
        (h.recipient(session, no, receipt_proof=""), "tanda terima hilang"),
        (h.recipient(session, no, receipt_proof="TT/LOKET2-A/2026/09999"), "bukan nomor tanda terima"),
    ]
    for r, msg in bad:
        with pytest.raises(ServiceError, match=msg):
            handover.hand_over(session, h.LOKET5, no, r)
        assert _handover_state(session, no) == before
    handover.record_proxy(session, h.LOKET5, no, letter_number="SKU/1", letter_date=date(2026, 11, 20),
                          proxy_name="Bambang Sutrisno", proxy_id_type="KTP", proxy_id_number="3201011204850004")
    # the proxy named in the letter, but another ID card: refused
    with pytest.raises(ServiceError, match="berbeda dengan yang tercatat pada surat kuasa"):
        handover.hand_over(session, h.LOKET5, no, handover.Recipient(
            "Bambang Sutrisno", "KTP", "3201011204850005", True, "SKU/1", date(2026, 11, 20),
            receipt_proof=app.receipt_number))
    handover.hand_over(session, h.LOKET5, no, handover.Recipient(
        "BAMBANG  SUTRISNO", "KTP", "3201011204850004", True, "SKU/1", date(2026, 11, 20),
        receipt_lost_reason="Tanda terima tercecer"))
    ev = session.scalar(select(WorkflowEvent).where(WorkflowEvent.action == "hand_over"))
    assert ev.data["proof_receipt_proof"] == "HILANG" and ev.data["proxy_id"]
    assert "tercecer" in ev.data["proof_receipt_lost_reason"]


def test_handover_takes_the_scanned_receipt_qr_as_proof(session):
    from app.services import handover
    no = _ready_for_handover(session)
    app = issuance.open_file(session, no)
    other = h.received(session)
    other_app = issuance.open_file(session, other)
    day = clock.today()
    wrong = qrsign.document_qr(session, "TT", other, other_app.receipt_number, day)
    session.commit()
    with pytest.raises(ServiceError, match="bukan tanda terima berkas permohonan"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no, receipt_proof=wrong))
    scanned = qrsign.document_qr(session, "TT", no, app.receipt_number, day)
    session.commit()
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no, receipt_proof=scanned))
    ev = session.scalar(select(WorkflowEvent).where(WorkflowEvent.action == "hand_over"))
    assert ev.data["proof_receipt_proof"] == "QR"


def test_no_tte_sk_is_handed_over_once_its_signature_fails(session):
    from app.services import handover
    no = _ready_for_handover(session, tte=True)
    config.set_(session, "tte.trust_roots", "")
    session.commit()
    before = _handover_state(session, no)
    with pytest.raises(ServiceError, match="akar tepercaya TTE"):
        handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert _handover_state(session, no) == before


# --- 6. the demo's SKs print --------------------------------------------------------------------------

def test_demo_sks_print_tte_really_signed_by_a_named_demo_ca(loket, session):
    from app import demo
    from app.demo import tte as demo_tte
    demo.generate(loket, 240, seed=3)
    session.expire_all()
    roots = tte.load_trust_roots(config.get(session, "tte.trust_roots"))
    assert any(demo_tte.DEMO_CA_NAME == r.subject.native["common_name"] for r in roots)
    from db.models import Application
    kinds = {True: 0, False: 0}
    for app in session.scalars(select(Application).where(Application.state.in_(demo_tte.PRINTABLE))):
        signed = issuance.signed_pdf_document(session, app)
        if signed is not None:
            assert sksign.recheck(session, app, signed).root == demo_tte.DEMO_CA_NAME
        elif issuance.signing(session, app).electronic:
            continue                      # beyond the demo's budget: refused plainly
        pdf, _doc = issuance.current_pdf(session, app)
        assert ("Balai Sertifikasi Elektronik" in flat(text_of(pdf))) == (signed is not None)
        kinds[signed is not None] += 1
    assert kinds[True] >= 3 and kinds[False] >= 1, kinds
    waiting = session.scalars(select(Application).where(Application.state == "KABID_APPROVED")).all()
    assert waiting and all(sksign.prepared(session, a) is not None for a in waiting)


def test_gui_kadis_signs_directly_with_the_passphrase_typed_each_time(qtbot, loket, session, bsre):
    from app.services import backoffice
    from ui.pages.worklist import dialog_for
    no = h.approved(session)
    dlg = dialog_for("sign", loket, h.KADIN, backoffice.work_item(session, h.KADIN, no))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    assert dlg.direct.isChecked() and dlg.nik.text() == KADIS_NIK
    dlg.passphrase.setText("bukan-passphrase")
    dlg.ok.click()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10_000)
    assert "Passphrase anda salah" in dlg.error.text() and dlg.passphrase.text() == ""
    assert issuance.open_file(session, no).state == "KABID_APPROVED"
    dlg.passphrase.setText(PASSPHRASE)
    dlg.ok.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    session.expire_all()
    assert issuance.open_file(session, no).state == "SIGNED"


def test_doctor_names_the_trust_roots(loket, session):
    import app.cli.sk  # noqa: F401  (registers the check)
    from app.cli import doctor
    from tests.tte_helpers import install_trust
    rows = {label: (value, ok) for label, value, ok in doctor.checks(loket)}
    assert rows["TTE: akar tepercaya"][1] is None          # not configured: a warning
    install_trust(session)
    rows = {label: (value, ok) for label, value, ok in doctor.checks(loket)}
    assert rows["TTE: akar tepercaya"] == ("Loket Test Root CA", True)


def test_the_visible_signature_is_on_screen_and_paper(qapp, session):
    """Qt's PDF renderer leaves form-field widgets out: the preview and the printout draw
    the signature's appearance into the page of a copy; the file printed is unchanged."""
    from PySide6.QtCore import QSize

    from ui.pdf_preview import _visible
    no = h.signed(session, tte=True)
    signed = issuance.signed_pdf_document(session, issuance.open_file(session, no)).pdf
    shown = _visible(signed)
    assert shown != signed

    def page_image(data):
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
        buf = QBuffer()
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buf)
        return doc.render(doc.pageCount() - 1, QSize(300, 425))
    assert page_image(shown) != page_image(signed)
    job = issuance.print_sk(session, h.LOKET4, no)
    assert job.pdf == signed
