"""The SK signing chain: from the Kabid's approval to a signed PDF counter 4 may print.

1. Prepare (`prepare`, workflow action prepare_sign, right after kabid_approve or
   later for a file approved before): the SK number is allocated
   (app.numbering), the final SK PDF is rendered with that number, the QR and an
   empty signature field where the signature appears, and stored with its SHA-256
   (IssuedDocument kind SK_DRAFT). That PDF is what the Kadis signs.
2. Kasi, Kabid and Kadis look at the SK before they act (`preview`): the stored
   draft, or before numbering the same rendering without number; either way
   stamped "DRAF — BELUM DITANDATANGANI", never a page that could pass as final.
3. Signed by file (`draft_pdf` exports the draft for the office's own BSrE
   tool; backoffice.sign(signed_pdf=…) takes it back) or directly (`sign_direct`:
   the BSrE Esign Client service, the passphrase typed each time). Either way
   `check_signed` accepts it only when app/tte.check_signed does.
4. Before every print, reprint, legalised copy and the handover (`final_pdf`):
   the stored signed PDF's hash and signature are checked again. An SK recorded
   as TTE without such a PDF is never printed.
"""
from __future__ import annotations

import hashlib
import io
import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock, config, numbering, tte, workflow
from app.calendar import add_months
from app.documents import base
from app.documents import sk as skdoc
from app.i18n import tr
from app.services import applications, tracking
from app.services.context import Actor, ServiceError
from db.base import new_id, stamp_order
from db.models import Application, IssuedDocument, Officer, WorkflowEvent

log = logging.getLogger("loket.sksign")

DRAFT_KIND = "SK_DRAFT"
SIGNED_KINDS = ("SK_SIGNED", "PENOLAKAN_SIGNED")
APPROVED_STATES = ("KABID_APPROVED", "SIGNED", "PRINTED", "SURVEYED", "HANDED_OVER", "ARCHIVED")
DRAFT_MARK = "DRAF — BELUM DITANDATANGANI"


# --- the Kadis on record -------------------------------------------------------------------

def kadis_on_record(session: Session) -> tuple[str, str, str]:
    """(name, NIP, NIK) of the head of office: the office settings, else the one
    active officer with the KADIN role."""
    name = config.get(session, "office.head_name") or ""
    nip = config.get(session, "office.head_nip") or ""
    if not name:
        for o in session.scalars(select(Officer).where(Officer.active.is_(True)).order_by(Officer.full_name)):
            if workflow.KADIN in o.role_set:
                # that officer's own NIP: a head's NIP without a head's name is nobody's to pair
                name, nip = o.full_name, o.nip or ""
                break
    return name, nip, (config.get(session, "tte.head_nik") or "").strip()


# --- rendering ----------------------------------------------------------------------------

def _render(session: Session, app: Application, number: str, when_utc: datetime, *,
            electronic: bool = True, with_qr: bool = True) -> tuple[bytes, dict[str, Any]]:
    """The SK as it will be signed: (pdf, spot of the signature)."""
    from app.services import issuance
    name, nip, _nik = kadis_on_record(session)
    office = base.Office.from_session(session)
    signer = skdoc.Signer(skdoc.full_title(config.get(session, "office.head_title"), office), name, nip,
                          config.get(session, "office.head_rank"))
    sig = issuance.Signing(when_utc, electronic, signer, number)
    from app.services import sk_templates
    try:
        # the office's template in force at signing (the shipped file when it has none)
        template = sk_templates.resolve(session, issuance.template_name(app), at=when_utc)
    except skdoc.TemplateError as e:
        raise ServiceError(str(e)) from None
    ctx = issuance.context(session, app, sig)
    unfilled = ctx.unfilled(template)
    if unfilled:
        raise ServiceError(tr(
            "SK {no} belum dapat disiapkan: peraturan daerah kantor yang disebut di bagian Mengingat belum diisi "
            "administrator ({keys}).").format(no=app.no_permohonan, keys=", ".join(unfilled)))
    qr = issuance.sk_qr(session, app, sig) if with_qr else None
    title = (tr("Surat Penolakan") if template["jenis"] == "surat" else tr("Surat Keputusan")) + f" {number}"
    spot: dict[str, Any] = {}
    token = skdoc.SIGNATURE_SPOT.set(spot)
    try:
        pdf = skdoc.render(template, ctx, office, signer, electronic=electronic, qr_payload=qr, title=title,
                           font=config.get(session, "documents.letter_font"))
    finally:
        skdoc.SIGNATURE_SPOT.reset(token)
    return pdf, spot


def stamp_draft(pdf: bytes, text: str = DRAFT_MARK, footer: str | None = None) -> bytes:
    """A copy of `pdf` with every page marked as a draft (for the in-app preview).

    footer: drawn over the SK's BSrE footer ("telah ditandatangani…"), which the
    bytes to be signed must keep (the signed SK is that draft plus an incremental
    signature, so it cannot change at signing); the preview, a copy, says what will
    happen instead."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas

    base.register_fonts()
    src = PdfReader(io.BytesIO(pdf))
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf)
    for page in src.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        c.setPageSize((w, h))
        c.saveState()
        c.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
        c.setFont(base.SANS_BOLD, 64)
        c.translate(w / 2, h / 2)
        c.rotate(45)
        c.drawCentredString(0, 0, "DRAF")
        c.restoreState()
        c.setFillColor(colors.HexColor("#9b1c1c"))
        c.setFont(base.SANS_BOLD, 9)
        c.drawCentredString(w / 2, h - 12, text)
        if footer:
            left, right = skdoc.MARGINS[0], skdoc.MARGINS[1]
            c.setFillColor(colors.white)   # the footer band of app/documents/sk._footer
            c.rect(left - 1, 4 * mm, w - left - right + 2, 12.5 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.setFont(base.SANS_ITALIC, 7)
            lines, cur = [], ""
            for word in footer.split():
                trial = (cur + " " + word).strip()
                if c.stringWidth(trial, base.SANS_ITALIC, 7) > w - left - right - 22 * mm and cur:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
            for i, line in enumerate(lines):
                c.drawString(left, 13.5 * mm - i * 3.4 * mm, line)
        c.showPage()
    c.save()
    marks = PdfReader(io.BytesIO(buf.getvalue())).pages
    out = PdfWriter()
    for page, mark in zip(src.pages, marks, strict=True):
        sheet = out.add_page(page)
        sheet.merge_page(mark)
    res = io.BytesIO()
    out.add_metadata({"/Title": text, "/Producer": "Loket"})
    out.write(res)
    return res.getvalue()


# --- 1. prepare -------------------------------------------------------------------------------

def _latest_draft(session: Session, app: Application) -> IssuedDocument | None:
    return session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == DRAFT_KIND)
        .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.created_at.desc()).limit(1))


def _approval_id(session: Session, app: Application) -> str | None:
    """The Kabid approval the file stands on now."""
    return session.scalar(select(WorkflowEvent.id).where(
        WorkflowEvent.application_id == app.id, WorkflowEvent.action == "kabid_approve")
        .order_by(WorkflowEvent.at.desc(), stamp_order(WorkflowEvent.__table__.c.created_at).desc()).limit(1))


def prepared(session: Session, app: Application) -> IssuedDocument | None:
    """The current draft of this application's SK (or rejection letter): the one made
    for the Kabid approval the file stands on. After a send-back and a new approval the
    text may have changed, so it is prepared again (with the same number)."""
    doc = _latest_draft(session, app)
    if doc is None or (doc.data or {}).get("approval_id") != _approval_id(session, app):
        return None
    return doc


def prepare(session: Session, actor: Actor, app: Application, at: datetime | None = None) -> IssuedDocument:
    """Allocate the number, render and store the draft, record prepare_sign.
    Runs inside the caller's transaction (the caller audits and commits)."""
    doc = prepared(session, app)
    if doc is not None:
        return doc
    workflow.check("prepare_sign", app, actor.roles, None)
    when = at or clock.utcnow()
    local = tracking.to_local(when, tracking.office_tz(session))
    outcome = app.outcome or "IZIN"
    kind = "permit" if outcome == "IZIN" else "rejection"
    stale = _latest_draft(session, app)
    # a number once given to this file stays its number (never reused, never wasted)
    number = (stale.number if stale is not None and stale.number and (stale.data or {}).get("outcome") == outcome
              else numbering.next_number(session, kind, local))
    if kind == "permit" and session.scalar(select(Application.id).where(
            Application.permit_number == number, Application.id != app.id)):
        raise ServiceError(tr("Nomor izin {n} sudah terpakai; periksa format dan urutan "
                              "penomoran.").format(n=number))
    pdf, spot = _render(session, app, number, when)
    if not spot:
        raise ServiceError(tr("Templat SK tidak menyisakan tempat tanda tangan elektronik."))
    s = tte.Spot(**spot)
    draft = tte.add_signature_field(pdf, s)
    data = {"outcome": outcome, "spot": s.as_dict(), "field": tte.FIELD_NAME,
            "approval_id": _approval_id(session, app),
            "prepared_at": when.replace(microsecond=0).isoformat(), "valid_from": local.date().isoformat()}
    months = app.permit_type.validity_months
    if kind == "permit" and months:
        data["valid_until"] = add_months(local.date(), months).isoformat()
    sha = hashlib.sha256(draft).hexdigest()
    doc = IssuedDocument(id=new_id(), application_id=app.id, kind=DRAFT_KIND, number=number,
                         sha256=sha, pdf=draft, issued_at=when,
                         issued_by=actor.officer_id, workstation=actor.workstation,
                         created_by=actor.officer_id, created_ws=actor.workstation, created_at=when,
                         data=data)
    session.add(doc)
    # the number, the state and the event change the application in one row update
    workflow.apply(session, app, "prepare_sign", actor,
                   {"number": number, "document_id": doc.id, "sha256": sha}, at=when,
                   holder_id=app.holder_id)
    if kind == "permit":
        app.permit_number = number
    audit.record(session, actor, "sk.prepare", "issued_document", doc.id,
                 f"{app.no_permohonan}: nomor {number}, PDF final disiapkan (SHA-256 {sha[:16]}…)")
    return doc


def _load(session: Session, no: str) -> Application:
    app = applications.get(session, no)
    return session.scalars(select(Application).where(Application.id == app.id).with_for_update()
                           .execution_options(populate_existing=True)).one()


def ensure_prepared(session: Session, actor: Actor, no: str) -> IssuedDocument:
    """The draft of a file the Kabid approved, prepared now if it was not yet (commits)."""
    with audit.transaction(session):
        app = _load(session, no)
        doc = prepared(session, app)
        if doc is None:
            if app.state not in APPROVED_STATES:
                raise ServiceError(tr("Permohonan {no} belum disetujui Kepala Bidang (status “{s}”); "
                                      "SK belum dapat disiapkan untuk tanda tangan.").format(
                    no=app.no_permohonan, s=tr(workflow.STATES[app.state].label)))
            if app.state != "KABID_APPROVED":
                raise ServiceError(tr("Permohonan {no} sudah ditandatangani tanpa draf Loket; tidak ada "
                                      "PDF final untuk diekspor.").format(no=app.no_permohonan))
            doc = prepare(session, actor, app)   # its audit record is written by prepare()
    return doc


def draft_pdf(session: Session, actor: Actor, no: str) -> tuple[bytes, str]:
    """The draft for the office's BSrE signing tool, exactly as stored: (pdf, SK number)."""
    doc = ensure_prepared(session, actor, no)
    return check_hash(doc, tr("Draf SK")), doc.number or ""


def check_hash(doc: IssuedDocument, what: str) -> bytes:
    if not doc.pdf or not doc.sha256 or hashlib.sha256(doc.pdf).hexdigest() != doc.sha256.lower():
        log.warning("SHA-256 mismatch on issued_document %s (%s)", doc.id, doc.kind)
        raise ServiceError(tr("{what} tidak dapat dipakai: berkasnya berubah sejak disimpan (SHA-256 tidak "
                              "cocok).").format(what=what))
    return doc.pdf


# --- 2. what Kasi, Kabid and Kadis look at ------------------------------------------------------

def preview(session: Session, no: str) -> tuple[bytes, str]:
    """(pdf, caption) of the SK as it will be signed, stamped as a draft."""
    app = applications.get(session, no)
    doc = prepared(session, app)
    if doc is not None:
        pdf = check_hash(doc, tr("Draf SK"))
        caption = tr("Draf SK {n} — PDF final yang akan ditandatangani (belum bertanda tangan)").format(n=doc.number)
    else:
        if app.state not in ("DRAFTED", "KASI_APPROVED", "KABID_APPROVED", "REVISION"):
            raise ServiceError(tr("Naskah permohonan {no} belum dibuat.").format(no=app.no_permohonan))
        pdf, _spot = _render(session, app, tr("(nomor diberikan setelah disetujui Kepala Bidang)"),
                             clock.utcnow(), with_qr=False)
        caption = tr("Pratinjau naskah — nomor, kode QR dan kolom tanda tangan diberikan setelah disetujui "
                     "Kepala Bidang")
    return stamp_draft(pdf, footer=tr(
        "Dokumen ini akan ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
        "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN")), caption


# --- 3. the signed file --------------------------------------------------------------------------

def trust_roots(session: Session) -> list[Any]:
    try:
        return tte.load_trust_roots(config.get(session, "tte.trust_roots") or "")
    except tte.Refused as e:
        raise ServiceError(str(e)) from None


def check_signed(session: Session, app: Application, draft: IssuedDocument, signed_pdf: bytes,
                 now: datetime | None = None) -> tte.Verdict:
    """Accept `signed_pdf` as the signed form of this application's draft, or refuse
    with the reason (ServiceError). Reads only."""
    pdf = check_hash(draft, tr("Draf SK"))
    hashes = tte.prefix_hashes(signed_pdf or b"")
    if draft.sha256 not in hashes and hashes:
        other = session.scalar(select(Application.no_permohonan).join(
            IssuedDocument, IssuedDocument.application_id == Application.id).where(
            IssuedDocument.kind == DRAFT_KIND, IssuedDocument.sha256.in_(list(hashes)),
            Application.id != app.id).limit(1))
        if other:
            raise ServiceError(tr("PDF ini adalah SK permohonan {other}, bukan permohonan {no}.")
                               .format(other=other, no=app.no_permohonan))
    name, _nip, nik = kadis_on_record(session)
    prepared_at = datetime.fromisoformat((draft.data or {}).get("prepared_at") or draft.issued_at.isoformat())
    try:
        return tte.check_signed(signed_pdf, pdf, trust_roots(session), prepared_at=prepared_at,
                                now=now or clock.utcnow(), expected_name=name, expected_nik=nik)
    except tte.Refused as e:
        raise ServiceError(tr("PDF TTE ditolak: {reason}").format(reason=str(e))) from None


def client(session: Session) -> tte.BsreClient:
    try:
        return tte.BsreClient(config.get(session, "tte.url"),
                              timeout=config.get(session, "tte.timeout_seconds"),
                              ca_bundle=config.get(session, "tte.ca_bundle"))
    except tte.Refused as e:
        raise ServiceError(str(e)) from None


def certificate_status(session: Session, nik: str) -> dict[str, Any]:
    try:
        return client(session).status(nik)
    except tte.Refused as e:
        raise ServiceError(str(e)) from None


def sign_direct(session: Session, actor: Actor, no: str, *, nik: str, passphrase: str,
                bsre: tte.BsreClient | None = None, at: datetime | None = None) -> Any:
    """Sign through the office's BSrE Esign Client service, then attach the result
    exactly as a file brought back would be (backoffice.sign). The passphrase goes
    to the service and nowhere else. Returns the sign event."""
    from app.services import backoffice
    app = applications.get(session, no)
    workflow.check("sign", app, actor.roles, None)
    nik = "".join((nik or "").split())
    if not (nik.isdigit() and len(nik) == 16):
        raise ServiceError(tr("NIK penanda tangan harus 16 angka."))
    if not passphrase:
        raise ServiceError(tr("Passphrase TTE wajib diketik."))
    doc = ensure_prepared(session, actor, no)
    pdf = check_hash(doc, tr("Draf SK"))
    spot = tte.Spot.from_dict((doc.data or {})["spot"])
    office = base.Office.from_session(session)
    req = tte.SignRequest(nik=nik, spot=spot, location=office.city or "",
                          reason=tr("Penetapan {what} {n}").format(
                              what=tr("Surat Penolakan") if app.outcome == "PENOLAKAN" else tr("Surat Keputusan"),
                              n=doc.number))
    try:
        signed = (bsre or client(session)).sign(pdf, req, passphrase)
    except tte.Refused as e:
        raise ServiceError(tr("Penandatanganan TTE gagal: {reason}").format(reason=str(e))) from None
    return backoffice.sign(session, actor, app.id, signed_pdf=signed, filename=f"{doc.number}-tte.pdf",
                           at=at, via="BSRE")


# --- 4. before every print and the handover -------------------------------------------------------

def recheck(session: Session, app: Application, signed: IssuedDocument) -> tte.Verdict:
    """The stored signed PDF again: its hash, and its signature against its draft."""
    from app.services.issuance import checked_pdf
    pdf = checked_pdf(signed, tr("SK bertanda tangan elektronik"))
    draft_id = (signed.data or {}).get("draft_id")
    draft = session.get(IssuedDocument, draft_id) if draft_id else None
    if draft is None:
        raise ServiceError(tr("SK bertanda tangan elektronik permohonan {no} tidak dicetak: draf Loket yang "
                              "ditandatangani tidak ditemukan, jadi tanda tangannya tidak dapat diperiksa.")
                           .format(no=app.no_permohonan))
    try:
        accepted = max(signed.issued_at, signed.created_at or signed.issued_at)
        return check_signed(session, app, draft, pdf, now=accepted + timedelta(minutes=1))
    except ServiceError as e:
        raise ServiceError(tr("SK tidak dicetak: {reason}").format(reason=str(e))) from None


__all__ = ["prepare", "prepared", "ensure_prepared", "draft_pdf", "preview", "check_signed",
           "sign_direct", "recheck", "certificate_status", "kadis_on_record", "stamp_draft",
           "DRAFT_KIND", "DRAFT_MARK"]
