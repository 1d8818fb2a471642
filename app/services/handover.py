"""Counter 5: hand the SK over, then archive the file.

Refused until the applicant's survey is recorded or declined (survey.status).
The recipient is the applicant in person (the name on record, and the NIK when
they show a KTP), or a proxy named in a power of attorney recorded for this
file (`record_proxy`: the letter's number and date, the proxy's name and ID);
any other name is refused. The receipt the applicant was given at counter 2 is
asked for as proof (its QR scanned, or its number typed); when it is lost, the
reason is recorded instead. A TTE-signed SK is handed over only while its
signature still validates (issuance.current_pdf). The handover row, the
receipt PDF, the hand_over and archive events and the audit line are one
transaction. One handover per application office-wide: a second one is
refused plainly, locally and by the unique key when workstations sync.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, config, numbering, qrsign, validation, workflow
from app.documents import base
from app.documents import handover as slipdoc
from app.i18n import tr
from app.services import issuance, printing, survey
from app.services.context import Actor, ServiceError
from app.workflow import LOKET5
from db.base import utcnow
from db.models import Application, IssuedDocument
from db.models.documents import Handover

ID_TYPES = {"KTP": "KTP", "SIM": "SIM", "PASPOR": "Paspor", "KITAS": "KITAS/KITAP"}
RECEIPT_KIND = "HANDOVER"
PROXY_KIND = "SURAT_KUASA"
# Titles and degrees around a name on an ID card or a form: not part of who it is.
_TITLES = frozenset("""dr drs dra ir h hj prof st s t se sh sp mm msi si mkes mt mh skm skom spd amd
ners apt kh""".split())


@dataclass(frozen=True)
class Recipient:
    name: str
    id_type: str
    id_number: str
    by_proxy: bool = False
    proxy_letter_number: str | None = None
    proxy_letter_date: date | None = None
    receipt_proof: str = ""          # the receipt's QR as scanned (or its number, typed)
    receipt_lost_reason: str = ""    # why the receipt cannot be shown


@dataclass(frozen=True)
class Done:
    """Who received the SK, as the counter shows it after the handover."""
    recipient_name: str
    recipient_id_type: str
    recipient_id_number: str
    by_proxy: bool
    proxy_letter_number: str | None
    proxy_letter_date: date | None
    handed_at: datetime
    officer_name: str | None

    @classmethod
    def of(cls, h: Handover) -> Done:
        return cls(h.recipient_name, h.recipient_id_type, h.recipient_id_number, bool(h.by_proxy),
                   h.proxy_letter_number, h.proxy_letter_date, h.handed_at, h.officer_name)


@dataclass(frozen=True)
class View:
    """What the counter-5 officer sees before handing over. No survey answers."""
    id: str
    no_permohonan: str
    receipt_number: str | None
    applicant_name: str
    applicant_id_type: str
    applicant_nik: str | None
    company_name: str | None
    permit_type: str
    permit_number: str | None
    state: str
    state_label: str
    survey: survey.Status
    done: Done | None
    can_hand_over: bool
    blocked_reason: str | None


def existing(session: Session, app: Application) -> Handover | None:
    return session.scalar(select(Handover).where(Handover.application_id == app.id))


def _already(h: Handover, session: Session) -> ServiceError:
    tz = config.get(session, "office.timezone")
    return ServiceError(tr("SK ini sudah diserahkan kepada {name} pada {when} oleh {officer}. "
                           "Penyerahan kedua ditolak.").format(
        name=h.recipient_name, when=base.tanggal_jam(base.local_time(h.handed_at, tz)),
        officer=h.officer_name or "-"))


def view(session: Session, text: str) -> View:
    app = issuance.open_file(session, text)
    st = survey.status(session, app)
    done = existing(session, app)
    blocked = None
    if done is not None:
        tz = config.get(session, "office.timezone")
        blocked = tr("SK telah diserahkan kepada {name} pada {when} oleh {officer}; berkas diarsipkan.").format(
            name=done.recipient_name, when=base.tanggal_jam(base.local_time(done.handed_at, tz)),
            officer=done.officer_name or "-")
    elif app.state not in ("PRINTED", "SURVEYED"):
        blocked = tr("Belum dapat diserahkan: status “{state}”.").format(
            state=tr(workflow.STATES[app.state].label))
    elif not st.settled:
        # the survey box above already says "SKM belum diisi" in its colour: say only what to do
        blocked = tr("SK diserahkan setelah pemohon mengisi survei (atau penolakannya dicatat).")
    sig = issuance.signing(session, app)
    return View(app.id, app.no_permohonan, app.receipt_number, app.applicant_name,
                app.applicant.id_type if app.applicant else "KTP", app.applicant_nik,
                app.company.name if app.company else None, app.permit_type.name,
                (sig.number if sig else None) or app.permit_number, app.state,
                tr(workflow.STATES[app.state].label), st, Done.of(done) if done else None, blocked is None, blocked)


def check_recipient(r: Recipient, today: date) -> Recipient:
    try:
        name = " ".join(validation.text(r.name, "name").split())
    except validation.Invalid as e:
        raise ServiceError(tr("Nama penerima: {m}").format(m=e.message)) from None
    if len(name) < 3:
        raise ServiceError(tr("Nama penerima belum diisi."))
    id_type = (r.id_type or "").strip().upper()
    if id_type not in ID_TYPES:
        raise ServiceError(tr("Jenis identitas penerima harus salah satu dari: {c}.")
                           .format(c=", ".join(ID_TYPES.values())))
    number = (r.id_number or "").strip()
    if id_type == "KTP":
        try:
            number = validation.nik(number)
        except validation.Invalid as e:
            raise ServiceError(tr("Nomor KTP penerima: {msg}").format(msg=e.message)) from None
    elif len(number.replace(" ", "")) < 5:
        raise ServiceError(tr("Nomor identitas penerima belum lengkap."))
    letter, letter_date = None, None
    if r.by_proxy:
        letter = (r.proxy_letter_number or "").strip()
        if not letter:
            raise ServiceError(tr("Penyerahan melalui kuasa: nomor surat kuasa wajib diisi."))
        if r.proxy_letter_date is None:
            raise ServiceError(tr("Penyerahan melalui kuasa: tanggal surat kuasa wajib diisi."))
        if r.proxy_letter_date > today:
            raise ServiceError(tr("Tanggal surat kuasa tidak boleh setelah hari ini."))
        letter_date = r.proxy_letter_date
    return Recipient(name[:200], id_type, number[:64], bool(r.by_proxy), letter and letter[:100], letter_date,
                     (r.receipt_proof or "").strip()[:500], " ".join((r.receipt_lost_reason or "").split())[:500])


def person_key(name: str) -> str:
    """A name as compared at the handover: no case, punctuation, titles or degrees."""
    import re
    words = re.sub(r"[^0-9a-z]+", " ", (name or "").casefold()).split()
    return " ".join(w for w in words if w not in _TITLES)


@dataclass(frozen=True)
class Proxy:
    """A power of attorney recorded for an application: who may collect the SK."""
    id: str
    letter_number: str
    letter_date: date
    proxy_name: str
    proxy_id_type: str
    proxy_id_number: str
    recorded_by: str
    recorded_at: datetime


def proxies(session: Session, app: Application) -> list[Proxy]:
    rows = session.scalars(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == PROXY_KIND)
        .order_by(IssuedDocument.issued_at))
    out = []
    for d in rows:
        x = d.data or {}
        out.append(Proxy(d.id, d.number or "", date.fromisoformat(x["letter_date"]), x["proxy_name"],
                         x["proxy_id_type"], x["proxy_id_number"], x.get("recorded_by") or "", d.issued_at))
    return out


def counter_view(session: Session, text: str) -> tuple[View, bool, list[Proxy]]:
    """Counter 5's screen: the file, whether the office lets the applicant decline
    the survey, and the powers of attorney recorded for it."""
    v = view(session, text)
    app = issuance.open_file(session, v.no_permohonan)
    return v, bool(config.get(session, "survey.allow_decline")), proxies(session, app)


def record_proxy_view(session: Session, actor: Actor, no: str, **kw: Any) -> tuple[Proxy, list[Proxy]]:
    """`record_proxy`, with every power of attorney of the file now (the screen's list)."""
    p = record_proxy(session, actor, no, **kw)
    return p, proxies(session, issuance.open_file(session, no))


def record_proxy(session: Session, actor: Actor, no: str, *, letter_number: str, letter_date: date | None,
                 proxy_name: str, proxy_id_type: str, proxy_id_number: str,
                 letter_pdf: bytes | None = None) -> Proxy:
    """Record the power of attorney (surat kuasa) the applicant gave: the person it
    names may collect the SK. Counter 2 or counter 5, one transaction."""
    actor.require(LOKET5, workflow.LOKET2)
    app = issuance.open_file(session, no)
    if (given := existing(session, app)) is not None:
        raise _already(given, session)
    tz = config.get(session, "office.timezone")
    today = base.local_time(utcnow(), tz).date()
    r = check_recipient(Recipient(proxy_name, proxy_id_type, proxy_id_number, True, letter_number, letter_date), today)
    if person_key(r.name) == person_key(app.applicant_name):
        raise ServiceError(tr("Penerima kuasa tidak boleh pemohon sendiri."))
    if r.proxy_letter_date is None:   # check_recipient refuses a proxy without it
        raise ServiceError(tr("Penyerahan melalui kuasa: tanggal surat kuasa wajib diisi."))
    now = utcnow()
    doc = IssuedDocument(application_id=app.id, kind=PROXY_KIND, number=r.proxy_letter_number,
                         sha256=hashlib.sha256(letter_pdf).hexdigest() if letter_pdf else None, pdf=letter_pdf,
                         issued_at=now, issued_by=actor.officer_id, workstation=actor.workstation,
                         created_by=actor.officer_id, created_ws=actor.workstation, created_at=now,
                         data={"letter_date": r.proxy_letter_date.isoformat(), "proxy_name": r.name,
                               "proxy_id_type": r.id_type, "proxy_id_number": r.id_number,
                               "grantor": app.applicant_name, "recorded_by": actor.name})
    with audit.transaction(session):
        session.add(doc)
        session.flush()
        audit.record(session, actor, "handover.proxy", "issued_document", doc.id,
                     f"Surat kuasa {r.proxy_letter_number} ({app.no_permohonan}): {app.applicant_name} "
                     f"menguasakan pengambilan SK kepada {r.name}")
    return proxies(session, app)[-1]


def _check_who(session: Session, app: Application, r: Recipient) -> Proxy | None:
    """The recipient is the applicant or a recorded proxy; refused otherwise."""
    if not r.by_proxy:
        if person_key(r.name) != person_key(app.applicant_name):
            named = [p.proxy_name for p in proxies(session, app)]
            raise ServiceError(tr("“{name}” bukan pemohon ({applicant}). Penyerahan kepada orang lain hanya dengan "
                                  "surat kuasa yang dicatat{named}.").format(
                name=r.name, applicant=app.applicant_name,
                named=tr(" (tercatat: {n})").format(n=", ".join(named)) if named else ""))
        if r.id_type == "KTP" and app.applicant_nik and r.id_number != app.applicant_nik:
            raise ServiceError(tr("NIK pada KTP penerima ({n}) berbeda dengan NIK pemohon yang tercatat.")
                               .format(n=r.id_number))
        return None
    for p in proxies(session, app):
        if p.letter_number == r.proxy_letter_number and person_key(p.proxy_name) == person_key(r.name):
            if (p.proxy_id_type, p.proxy_id_number) != (r.id_type, r.id_number):
                raise ServiceError(tr("Identitas penerima ({t} {n}) berbeda dengan yang tercatat pada surat kuasa "
                                      "{letter} ({pt} {pn}).").format(t=ID_TYPES[r.id_type], n=r.id_number,
                                                                     letter=p.letter_number,
                                                                     pt=ID_TYPES[p.proxy_id_type], pn=p.proxy_id_number))
            return p
    raise ServiceError(tr("“{name}” tidak tercatat sebagai penerima kuasa dengan surat kuasa {letter} untuk permohonan "
                          "ini. Catat surat kuasanya dulu.").format(name=r.name, letter=r.proxy_letter_number))


def _check_receipt(session: Session, app: Application, r: Recipient) -> dict[str, Any]:
    """The receipt of counter 2 as proof the applicant took in this file."""
    proof = r.receipt_proof
    if proof:
        if qrsign.looks_like(proof) or proof.lower().startswith(("http://", "https://")):
            try:
                signed = qrsign.verify(proof, session=session)
            except qrsign.Invalid:
                raise ServiceError(tr("Kode QR tanda terima tidak sah.")) from None
            if signed.kind != "TT" or signed.ref != app.no_permohonan:
                raise ServiceError(tr("Kode QR itu bukan tanda terima berkas permohonan {no}.")
                                   .format(no=app.no_permohonan))
            return {"receipt_proof": "QR", "receipt_number": signed.number}
        if app.receipt_number and proof.replace(" ", "") == app.receipt_number.replace(" ", ""):
            return {"receipt_proof": "NOMOR", "receipt_number": app.receipt_number}
        raise ServiceError(tr("Nomor tanda terima {n} bukan nomor tanda terima permohonan ini.").format(n=proof))
    if len(r.receipt_lost_reason) < 5:
        raise ServiceError(tr("Pindai QR tanda terima berkas pemohon (atau ketik nomornya); bila tanda terima "
                              "hilang, tuliskan alasannya."))
    return {"receipt_proof": "HILANG", "receipt_lost_reason": r.receipt_lost_reason}


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(pdf)).pages)


def receipt_document(session: Session, app: Application, number: str, r: Recipient, local: datetime,
                     officer_name: str, officer_nip: str | None, permit_number: str, *, surveyed: bool,
                     legal_copies: int = 0, sk_pages: int = 0) -> bytes:
    """The handover receipt as `hand_over` renders it (the demo's recent handovers get
    theirs from here too, app/demo/papers.py)."""
    slip = slipdoc.HandoverSlip(
        number=number, no_permohonan=app.no_permohonan, receipt_number=app.receipt_number,
        permit_type=app.permit_type.name,
        document_title=tr("Surat Penolakan") if app.outcome == "PENOLAKAN" else tr("Surat Keputusan"),
        permit_number=permit_number, applicant_name=app.applicant_name,
        company_name=app.company.name if app.company else None, recipient_name=r.name,
        recipient_id_type=ID_TYPES[r.id_type], recipient_id_number=r.id_number, by_proxy=r.by_proxy,
        proxy_letter_number=r.proxy_letter_number, proxy_letter_date=r.proxy_letter_date,
        handed_at_local=local, officer_name=officer_name, officer_nip=officer_nip,
        survey_note=tr("SKM telah diisi") if surveyed else tr("SKM ditolak pemohon (alasan dicatat)"),
        qr_payload=qrsign.document_qr(session, "TP", app.no_permohonan, number.replace(" ", ""), local.date()),
        legal_copies=legal_copies, legal_sheets=legal_copies * sk_pages)
    return slipdoc.render(slip, base.Office.from_session(session))


def hand_over(session: Session, actor: Actor, no: str, recipient: Recipient,
              at: datetime | None = None) -> Handover:
    """Record the handover, issue its receipt, archive the file (one transaction)."""
    actor.require(LOKET5)
    app = issuance.open_file(session, no)
    done = existing(session, app)
    if done is not None:
        raise _already(done, session)
    if app.state not in ("PRINTED", "SURVEYED"):
        workflow.check("hand_over", app, actor.roles, None)   # the state's own message (e.g. not printed yet)
    st = survey.status(session, app)
    if not st.settled:
        raise ServiceError(tr("SK belum dapat diserahkan: SKM permohonan {no} belum diisi atau ditolak "
                              "dengan alasan. Persilakan pemohon mengisi survei dulu.").format(no=app.no_permohonan))
    workflow.check("hand_over", app, actor.roles, None)
    now = at or utcnow()
    tz = config.get(session, "office.timezone")
    local = base.local_time(now, tz)
    r = check_recipient(recipient, local.date())
    proxy = _check_who(session, app, r)
    proof = _check_receipt(session, app, r)
    # the SK handed over is the one printed: checked again (hash, and a TTE signature)
    issuance.current_pdf(session, app)
    sig = issuance.signing(session, app)
    sk_doc = issuance.latest_doc(session, app, *issuance.SIGNED_KINDS, issuance.GENERATED_KIND)
    number = numbering.next_number(session, "handover", local.replace(tzinfo=None),
                                   scope=actor.workstation, workstation=actor.workstation)
    legal = printing.total_copies(session, sk_doc.id if sk_doc else None, printing.LEGALISED)
    # legalised copies are counted in copies and in sheets (every copy is the whole SK)
    sk_pages = _page_count(sk_doc.pdf) if legal and sk_doc is not None and sk_doc.pdf else 0
    permit_number = (sig.number if sig else None) or app.permit_number or "-"
    pdf = receipt_document(session, app, number, r, local, actor.name, actor.nip, permit_number,
                           surveyed=st.code == survey.DONE, legal_copies=int(legal), sk_pages=sk_pages)
    doc = IssuedDocument(application_id=app.id, kind=RECEIPT_KIND, number=number,
                         sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, issued_at=now,
                         issued_by=actor.officer_id, workstation=actor.workstation,
                         created_by=actor.officer_id, created_ws=actor.workstation, created_at=now,
                         data={"permit_number": permit_number})
    session.add(doc)
    session.flush()
    h = Handover(application_id=app.id, permit_number=None if permit_number == "-" else permit_number,
                 sk_document_id=sk_doc.id if sk_doc else None, receipt_document_id=doc.id,
                 recipient_name=r.name, recipient_id_type=r.id_type, recipient_id_number=r.id_number,
                 by_proxy=r.by_proxy, proxy_letter_number=r.proxy_letter_number,
                 proxy_letter_date=r.proxy_letter_date, handed_at=now, officer_id=actor.officer_id,
                 officer_name=actor.name, workstation=actor.workstation, created_by=actor.officer_id,
                 created_ws=actor.workstation, created_at=now)
    session.add(h)
    data = {"recipient_name": r.name, "recipient_id_type": r.id_type, "recipient_id_number": r.id_number,
            "by_proxy": r.by_proxy, "proxy_letter_number": r.proxy_letter_number,
            "proxy_letter_date": r.proxy_letter_date.isoformat() if r.proxy_letter_date else None,
            "receipt_number": number, "document_id": doc.id, "proxy_id": proxy.id if proxy else None,
            **{f"proof_{k}": v for k, v in proof.items()}}
    summary = (f"SK {permit_number} ({app.no_permohonan}) diserahkan kepada {r.name}"
               f"{' (kuasa)' if r.by_proxy else ''}; tanda terima {number}"
               + (f"; tanda terima berkas hilang: {proof['receipt_lost_reason']}"
                  if proof["receipt_proof"] == "HILANG" else f"; bukti tanda terima: {proof['receipt_proof']}"))

    def archive(_ev: Any) -> None:
        # archived right after: one second later, so the event order survives backends
        # whose DATETIME drops fractions of a second (MariaDB)
        workflow.apply(session, app, "archive", actor, {"handover_receipt": number},
                       at=now + timedelta(seconds=1))
    try:
        workflow.transition(session, app, "hand_over", actor, data, at=now, summary=summary,
                            audit_action="sk.hand_over", also=archive)
    except IntegrityError:
        h2 = existing(session, app)
        if h2 is not None:
            raise _already(h2, session) from None
        raise
    return h


def _stored_receipt(session: Session, app: Application) -> IssuedDocument:
    """The handover receipt as stored, or why there is none: a file handed over whose
    receipt PDF is not here (recorded elsewhere, or before receipts were stored) is
    told apart from one not handed over at all."""
    doc = issuance.latest_doc(session, app, RECEIPT_KIND)
    if doc is not None:
        return doc
    h = existing(session, app)
    if h is not None:
        tz = config.get(session, "office.timezone")
        raise ServiceError(tr("SK permohonan {no} sudah diserahkan kepada {name} pada {when}, tetapi PDF tanda "
                              "terima penyerahannya tidak tersimpan di komputer ini.")
                           .format(no=app.no_permohonan, name=h.recipient_name,
                                   when=base.tanggal_jam(base.local_time(h.handed_at, tz))))
    raise ServiceError(tr("SK permohonan {no} belum diserahkan; belum ada tanda terima penyerahan.")
                       .format(no=app.no_permohonan))


def receipt_pdf(session: Session, no: str) -> bytes:
    """The stored handover receipt (the same bytes as printed at the handover)."""
    app = issuance.open_file(session, no)
    doc = _stored_receipt(session, app)
    return issuance.checked_pdf(doc, tr("Tanda terima penyerahan"))


def record_receipt_print(session: Session, actor: Actor, no: str, copies: int = 1) -> bytes:
    """A print of the handover receipt at counter 5 (the first is PRINT, later ones REPRINT)."""
    actor.require(LOKET5)
    app = issuance.open_file(session, no)
    doc = _stored_receipt(session, app)
    pdf = issuance.checked_pdf(doc, tr("Tanda terima penyerahan"))
    with audit.transaction(session):
        p = printing.record(session, actor, doc.id, copies=max(1, int(copies)))
        audit.record(session, actor, "handover.print", "document_print", p.id,
                     f"Cetak tanda terima penyerahan {doc.number} ({app.no_permohonan})")
    return pdf

