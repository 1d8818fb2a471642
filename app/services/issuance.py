"""Counter 4: open a signed file, print the SK, reprint it, legalise copies.

The SK that is printed is one of two things:
- the PDF the head of office signed electronically (IssuedDocument kind
  SK_SIGNED, attached at signing) — printed byte for byte as it is, after its
  SHA-256 and its signature (app/services/sksign.recheck: intact, trusted root,
  signed on Loket's draft) are checked again; a changed file is refused, and an
  SK recorded as TTE without such a PDF is never printed;
- otherwise the SK generated from the permit type's template
  (resources/templates/), stored at its first print (kind SK, with its
  SHA-256) so every reprint and legalised copy is the same document.

Every print, reprint (with its reason) and legalised copy is a DocumentPrint row.
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app import audit, config, masterdata, qrsign, tte, workflow
from app.calendar import add_months
from app.documents import base
from app.documents import sk as skdoc
from app.documents.sk import technical
from app.i18n import tr
from app.services import applications, printing
from app.services.context import Actor, ServiceError
from app.workflow import LOKET4
from db.base import utcnow
from db.models import Application, AuditRecord, DocumentPrint, IssuedDocument, Officer, WorkflowEvent

log = logging.getLogger("loket.issuance")

# Recorded by the back office at signing (app/services/backoffice.sign): with the
# TTE-signed PDF and its SHA-256, or without a PDF for a hand signature.
SIGNED_KINDS = ("SK_SIGNED", "PENOLAKAN_SIGNED")
GENERATED_KIND = "SK"          # generated here from the template, stored at first print
AFTER_PRINT = ("PRINTED", "SURVEYED", "HANDED_OVER", "ARCHIVED")
MAX_COPIES = 20
MAX_LEGAL_COPIES = 50
ELECTRONIC_WORDS = ("TTE", "ELEKTRONIK", "ELECTRONIC", "BSRE")
# "permohonan {jenis_permohonan_kalimat} {nama_izin}": how a decree names the request
KIND_WORDS = {"BARU": "penerbitan", "PERPANJANGAN": "perpanjangan", "PERUBAHAN": "perubahan"}


@dataclass(frozen=True)
class Signing:
    at: datetime                 # naive UTC, from the sign event
    electronic: bool
    signer: skdoc.Signer
    number: str


@dataclass(frozen=True)
class PrintRow:
    kind: str                    # PRINT / REPRINT / LEGALISIR
    copies: int
    reason: str | None
    officer: str
    workstation: str | None
    at: datetime


@dataclass(frozen=True)
class View:
    """Everything counter 4 shows for one file."""
    id: str
    no_permohonan: str
    receipt_number: str | None
    applicant_name: str
    company_name: str | None
    permit_type: str
    permit_number: str | None
    outcome: str | None
    state: str
    state_label: str
    signing: Signing | None
    has_signed_pdf: bool
    printable: bool              # first print possible now
    reprintable: bool            # already printed: reprint / legalise
    blocked_reason: str | None   # why neither is possible
    prints: list[PrintRow]


@dataclass(frozen=True)
class PrintJob:
    pdf: bytes
    document_id: str
    print_id: str
    copies: int
    kind: str


# --- finding the file -------------------------------------------------------------------

def open_file(session: Session, text: str) -> Application:
    """A scanned receipt/SK QR payload, a receipt number or a no_permohonan."""
    text = (text or "").strip()
    if not text:
        raise ServiceError(tr("Pindai QR tanda terima atau ketik nomor tanda terima / nomor permohonan."))
    return applications.resolve(session, text)


def _sign_event(session: Session, app: Application,
                events: list[WorkflowEvent] | None = None) -> WorkflowEvent | None:
    # The file's own events (by the application's index), the latest sign event picked
    # here: asked for in SQL (action = 'sign' ORDER BY at DESC LIMIT 1), SQLite walked
    # the index on `at`, or on (action, at), through the whole office's events (100 ms
    # for an older file among 50,000).
    if events is None:
        events = applications.events(session, app.id)
    signs = [e for e in events if e.action == "sign"]
    return max(signs, key=lambda e: (e.at, e.created_at), default=None)


# built once: an SK reads it twice, and building the ORM expression cost as much as running it
_LATEST_DOC = (select(IssuedDocument).where(
    IssuedDocument.application_id == bindparam("app_id"), IssuedDocument.kind.in_(bindparam("kinds", expanding=True)))
    .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.created_at.desc()).limit(1))


def latest_doc(session: Session, app: Application, *kinds: str) -> IssuedDocument | None:
    return session.scalar(_LATEST_DOC, {"app_id": app.id, "kinds": list(kinds)})


def signed_pdf_document(session: Session, app: Application) -> IssuedDocument | None:
    """The signing record when it carries the signed PDF (TTE), else None."""
    doc = latest_doc(session, app, *SIGNED_KINDS)
    return doc if doc is not None and doc.pdf is not None else None


def _is_electronic(data: dict[str, Any] | None) -> bool:
    sig = (data or {}).get("signature")
    if isinstance(sig, dict):
        sig = sig.get("kind") or sig.get("type") or ""
    return any(w in str(sig or "").upper() for w in ELECTRONIC_WORDS)


HEAD_KEYS = ("office.head_name", "office.head_nip", "office.head_title", "office.head_rank")


def sk_settings(session: Session) -> dict[str, Any]:
    """Every setting an SK reads (letterhead, head of office, regulations, time zone,
    letter face, Rupiah format, the QR's verification page), in one query: generate() hands it to signing(),
    context() and sk_qr(), which otherwise read their own."""
    keys = {*base.Office.keys(), *HEAD_KEYS, "office.timezone", "office.verify_url", "documents.rupiah_decimals",
            "documents.letter_font", *(k for k in config.KEYS if k.startswith("office.legal_"))}
    return config.values(session, sorted(keys))


_ACTING = re.compile(r"^\s*(Plt|Plh)\.?\s+", re.IGNORECASE)


def _core_name(name: str) -> str:
    """A person's name without titles and degrees, for telling who is who:
    "Dr. H. Iwan Sutisna, S.H., M.Si." and the certificate's "IWAN SUTISNA" are one person."""
    words = _ACTING.sub("", name or "").split(",")[0].split()
    return " ".join(w for w in words if not w.endswith(".")).casefold()


def signer_of(head: dict[str, Any], title: str, who: str, officer: Officer | None) -> skdoc.Signer:
    """The signer block of one person, never two people's data mixed.

    who: the name recorded at signing (else the officer who took the step). The
    head of office (or nobody named) → the head-of-office settings: name, NIP,
    rank. Anyone else (an acting head, "Plt. …"/"Plh. …") → their own name and
    the NIP of their officer record when it is theirs, no rank (officers have
    none on record); "Plt."/"Plh." goes before the title, as a letter writes it."""
    head_name = (head.get("office.head_name") or "").strip()
    who = (who or "").strip()
    acting = _ACTING.match(who)
    if not acting and (not who or (head_name and _core_name(who) == _core_name(head_name))):
        nip = head.get("office.head_nip") or ""
        if not nip and officer is not None and head_name and _core_name(officer.full_name) == _core_name(head_name):
            nip = officer.nip or ""
        return skdoc.Signer(title, head_name or who, nip, head.get("office.head_rank") or "")
    name = _ACTING.sub("", who)
    nip = officer.nip or "" if officer is not None and _core_name(officer.full_name) == _core_name(name) else ""
    return skdoc.Signer(title, name, nip, "", f"{acting[1].capitalize()}." if acting else "")


def signing(session: Session, app: Application, settings: dict[str, Any] | None = None,
            events: list[WorkflowEvent] | None = None) -> Signing | None:
    ev = _sign_event(session, app, events)
    if ev is None:
        return None
    signed_doc = latest_doc(session, app, *SIGNED_KINDS)
    officer = session.get(Officer, ev.actor_id) if ev.actor_id else None
    head = settings if settings is not None else config.values(session, HEAD_KEYS)
    who = ((ev.data or {}).get("signer_name") or (officer.full_name if officer else None)
           or ev.actor_name or "")
    number = (app.permit_number or (ev.data or {}).get("number")
              or (signed_doc.number if signed_doc else None) or "")
    office = base.Office.from_values(settings) if settings is not None else base.Office.from_session(session)
    title = skdoc.full_title(head["office.head_title"], office)
    return Signing(ev.at, (signed_doc is not None and signed_doc.pdf is not None) or _is_electronic(ev.data),
                   signer_of(head, title, who, officer), number)


# --- the SK itself ---------------------------------------------------------------------

def _sha(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def checked_pdf(doc: IssuedDocument, what: str) -> bytes:
    if not doc.pdf or not doc.sha256 or _sha(doc.pdf) != doc.sha256.lower():
        log.warning("SHA-256 mismatch on issued_document %s (%s)", doc.id, doc.kind)
        raise ServiceError(tr(
            "{what} tidak dicetak: berkasnya telah berubah sejak ditandatangani (SHA-256 tidak cocok "
            "dengan yang dicatat). Hubungi Back Office agar dokumen ditandatangani ulang.").format(what=what))
    return doc.pdf


def _words(n: int) -> str:
    w = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas", "dua belas"]
    return w[n] if 0 <= n < len(w) else str(n)




def validity_text(day: date, months: int | None) -> tuple[str, str]:
    """({masa_berlaku}, {berlaku_sampai}) of a permit signed on `day`."""
    if not months:
        return tr("selama kegiatan/usaha masih berjalan"), tr("kegiatan/usaha tidak lagi berjalan")
    span = (f"{months // 12} ({_words(months // 12)}) tahun" if months % 12 == 0
            else f"{months} ({_words(months)}) bulan")
    return span, base.tanggal(add_months(day, months))


def context(session: Session, app: Application, sig: Signing,
            settings: dict[str, Any] | None = None, events: list[WorkflowEvent] | None = None) -> skdoc.Context:
    """The values a template can use (resources/templates/README.md)."""
    if settings is None:
        settings = sk_settings(session)
    tz = settings["office.timezone"]
    signed_day = base.local_time(sig.at, tz).date()
    pt, a, co = app.permit_type, app.applicant, app.company
    span, until_text = validity_text(signed_day, pt.validity_months)
    if pt.validity_months:
        validity = tr("berlaku selama {span} sejak tanggal ditetapkan, sampai dengan tanggal {until}").format(
            span=span, until=until_text)
    else:
        validity = tr("berlaku selama kegiatan/usaha masih berjalan sesuai dengan ketentuan dalam Keputusan ini")
    basis = [b.strip().rstrip(";") + ";" for b in (pt.legal_basis or "").replace("\n", ";").split(";") if b.strip()]
    decimals = bool(settings["documents.rupiah_decimals"])
    raw = dict(app.technical_data or {})
    tech = {k: technical(k, v, decimals)[1] for k, v in raw.items()}
    fields = list(pt.technical_fields or []) or list(raw)
    tech_rows = [technical(f, raw.get(f), decimals) for f in fields]
    reasons: list[str] = []
    conditions: list[str] = []
    for ev in reversed(events if events is not None else applications.events(session, app.id)):
        if ev.action == "draft":  # the back office's draft: reasons or conditions, one per line
            d = ev.data or {}
            reasons = [str(x) for x in (d.get("reasons") or [])]
            conditions = [str(x) for x in (d.get("conditions") or [])]
            break
    holder_is_company = app.applicant_type == "PERUSAHAAN" and co is not None
    office = base.Office.from_values(settings)
    submitted = app.submitted_at or app.received_at
    submitted_text = base.tanggal(base.local_time(submitted, tz).date()) if submitted else "-"
    # A SiCantik application number is the applicant's own reference; a walk-in number
    # (WI/<workstation>/…) is internal and stays out of the decree.
    if app.source == "ONLINE" and app.no_permohonan:
        reference = tr("Nomor {no} tanggal {day}").format(no=app.no_permohonan, day=submitted_text)
    else:
        reference = tr("tanggal {day}").format(day=submitted_text)
    region = office.region_name
    ctx_vals = {"wilayah_judul": skdoc.judul(region)}
    copies_to = [skdoc.Context(ctx_vals).fill(x) for x in masterdata.copies_to(pt.code)]
    regulations = {k.removeprefix("office.legal_"): v for k, v in settings.items() if k.startswith("office.legal_")}
    return skdoc.Context(
        nomor=sig.number, no_permohonan=app.no_permohonan,
        tanggal_permohonan=submitted_text, rujukan_permohonan=reference,
        jenis_permohonan=(app.kind or "").capitalize(), nomor_izin_lama=app.old_permit_number or "-",
        jenis_permohonan_kalimat=KIND_WORDS.get(app.kind or "", (app.kind or "").lower()),
        nama_izin=pt.name, nama_izin_kapital=pt.name.upper(), kode_izin=pt.code,
        nama_pemohon=a.name, nik=a.nik or "-", tempat_lahir=a.birth_place or "-",
        tanggal_lahir=base.tanggal(a.birth_date) if a.birth_date else "-",
        pekerjaan=a.occupation or "-", alamat_pemohon=a.address or "-",
        telepon=a.mobile or a.phone or "-",
        nama_perusahaan=co.name if co else "-", nib=(co.nib if co else None) or "-",
        npwp=(co.npwp if co and co.npwp else a.npwp) or "-",
        alamat_perusahaan=(co.address if co else None) or "-",
        ada_perusahaan=holder_is_company,
        nama_pemegang=co.name if holder_is_company and co else a.name,
        alamat_pemegang=((co.address if holder_is_company and co else a.address) or "-"),
        lokasi=app.location or "-",
        teknis=tech, data_teknis_list=tech_rows,
        dasar_hukum="; ".join(basis) or "-", dasar_hukum_list=basis,
        alasan_penolakan="\n".join(reasons) or "-", ketentuan_list=conditions,
        masa_berlaku=span, berlaku_sampai=until_text, masa_berlaku_kalimat=validity,
        peraturan=regulations, tembusan_izin_list=copies_to,
        tanggal_penetapan=base.tanggal(signed_day), tempat_penetapan=office.city or "-",
        jabatan_penandatangan=sig.signer.title.upper(),
        jabatan_penandatangan_judul=skdoc.judul(sig.signer.title),
        nama_penandatangan=sig.signer.name, nip_penandatangan=base.nip(sig.signer.nip),
        pangkat_penandatangan=sig.signer.rank or "-",
        kantor=office.short_name, kantor_judul=skdoc.judul(office.name),
        pemerintah=office.government, pemerintah_judul=skdoc.judul(office.government),
        wilayah=region, wilayah_judul=skdoc.judul(region),
    )


def template_name(app: Application) -> str:
    if app.outcome == "PENOLAKAN":
        return "surat_penolakan"
    if not app.permit_type.template:
        raise ServiceError(tr("Jenis izin {name} belum punya templat SK; administrator perlu mengisinya.")
                           .format(name=app.permit_type.name))
    return app.permit_type.template


def _template_revision(session: Session, app: Application, sig: Signing | None) -> int:
    """The office template revision the stored SK was rendered with (0: the shipped file)."""
    from app.services import sk_templates
    try:
        return sk_templates.revision_at(session, template_name(app), sig.at if sig else None)
    except skdoc.TemplateError:
        return 0


def sk_qr(session: Session, app: Application, sig: Signing, settings: dict[str, Any] | None = None) -> str:
    tz = settings["office.timezone"] if settings is not None else config.get(session, "office.timezone")
    return qrsign.document_qr(session, "SP" if app.outcome == "PENOLAKAN" else "SK", app.no_permohonan,
                              sig.number.replace(" ", ""), base.local_time(sig.at, tz).date(),
                              verify_url=settings["office.verify_url"] if settings is not None else None)


def generate(session: Session, app: Application) -> bytes:
    """Render the SK (or rejection letter) from its template. Stores nothing."""
    settings = sk_settings(session)
    events = applications.events(session, app.id)     # read once: the sign event, the draft
    sig = signing(session, app, settings, events)
    if sig is None:
        raise ServiceError(tr("Permohonan {no} belum ditandatangani Kepala Dinas.").format(no=app.no_permohonan))
    if not sig.number:
        raise ServiceError(tr("Nomor SK permohonan {no} belum dialokasikan saat penandatanganan.")
                           .format(no=app.no_permohonan))
    if sig.electronic:
        # the BSrE sentence is true only of a PDF whose signature was validated: an SK
        # recorded as TTE without one is never rendered here as if it were signed
        raise ServiceError(tr("SK permohonan {no} tercatat ditandatangani elektronik (TTE), tetapi tidak ada PDF "
                              "bertanda tangan yang sah. Kepala Dinas perlu melampirkan PDF hasil TTE.")
                           .format(no=app.no_permohonan))
    from app.services import sk_templates
    try:
        # the office's template as it read when the SK was signed (a later revision never
        # changes an SK already issued), else the shipped file
        template = sk_templates.resolve(session, template_name(app), at=sig.at)
    except skdoc.TemplateError as e:
        raise ServiceError(str(e)) from None
    ctx = context(session, app, sig, settings, events)
    unfilled = ctx.unfilled(template)
    if unfilled:
        raise ServiceError(tr(
            "SK {no} tidak dicetak: peraturan daerah kantor yang disebut di bagian Mengingat belum diisi "
            "administrator ({keys}). Isi di Admin — Kantor, atau `loket config set <kunci> \"<nomor, tahun dan judul lengkap>\"`.")
            .format(no=app.no_permohonan, keys=", ".join(unfilled)))
    # Every generated SK carries the office-signed QR (any counter can check a paper
    # copy with `loket verify`); signed by hand: no BSrE sentence, room for the signature.
    qr = sk_qr(session, app, sig, settings)
    title = (tr("Surat Penolakan") if template["jenis"] == "surat" else tr("Surat Keputusan")) + f" {sig.number}"
    return skdoc.render(template, ctx, base.Office.from_values(settings), sig.signer,
                        electronic=False, qr_payload=qr, title=title,
                        font=settings["documents.letter_font"])


def view_with_pdf(session: Session, text: str) -> tuple[View, bytes | None, str | None]:
    """Counter 4's screen: the file, and its SK as it would print when it may be
    printed (or, instead, why the PDF cannot be made)."""
    v = view(session, text)
    pdf, err = None, None
    if v.printable or v.reprintable:
        try:
            pdf, _doc = current_pdf(session, open_file(session, v.no_permohonan))
        except ServiceError as e:
            err = str(e)
    return v, pdf, err


def current_pdf(session: Session, app: Application) -> tuple[bytes, IssuedDocument | None]:
    """The SK as it is printed: the signed PDF (checked), else the stored generated one
    (checked), else a fresh generation (not stored)."""
    signed = signed_pdf_document(session, app)
    if signed is not None:
        # hash and signature again, before every print, reprint, legalised copy and handover
        from app.services import sksign
        sksign.recheck(session, app, signed)
        assert signed.pdf is not None   # recheck refused a signed document without its PDF
        return signed.pdf, signed
    stored = latest_doc(session, app, GENERATED_KIND)
    if stored is not None:
        return checked_pdf(stored, tr("SK yang tersimpan")), stored
    return generate(session, app), None


# --- counter actions ----------------------------------------------------------------------

def _copies(n: Any, limit: int) -> int:
    try:
        count = int(n)
    except (TypeError, ValueError):
        raise ServiceError(tr("Jumlah salinan harus berupa angka.")) from None
    if not 1 <= count <= limit:
        raise ServiceError(tr("Jumlah salinan harus antara 1 dan {n}.").format(n=limit))
    return count


def print_sk(session: Session, actor: Actor, no: str, copies: int = 1) -> PrintJob:
    """The first print of a signed file: SIGNED → PRINTED."""
    actor.require(LOKET4)
    copies = _copies(copies, MAX_COPIES)
    app = open_file(session, no)
    if app.state in AFTER_PRINT:
        raise ServiceError(tr("SK permohonan {no} sudah pernah dicetak. Gunakan “Cetak ulang” dengan alasan.")
                           .format(no=app.no_permohonan))
    if app.state != "SIGNED":
        raise ServiceError(tr("Permohonan {no} belum dapat dicetak: statusnya “{state}”. "
                              "Hanya berkas yang sudah ditandatangani yang dapat dicetak.")
                           .format(no=app.no_permohonan, state=tr(workflow.STATES[app.state].label)))
    workflow.check("print_sk", app, actor.roles, None)
    pdf, doc = current_pdf(session, app)
    now = utcnow()
    if doc is None:
        sig = signing(session, app)
        doc = IssuedDocument(application_id=app.id, kind=GENERATED_KIND, number=sig.number if sig else None,
                             sha256=_sha(pdf), pdf=pdf, issued_at=now, issued_by=actor.officer_id,
                             workstation=actor.workstation, created_by=actor.officer_id,
                             created_ws=actor.workstation, created_at=now,
                             data={"template": template_name(app), "electronic": bool(sig and sig.electronic),
                                   "template_revision": _template_revision(session, app, sig)})
        session.add(doc)
        session.flush()
    p = printing.record(session, actor, doc.id, printing.PRINT, copies=copies, at=now)
    workflow.transition(session, app, "print_sk", actor, {"document_id": doc.id, "copies": copies}, at=now,
                        summary=f"Cetak SK {doc.number or ''} ({app.no_permohonan}), {copies} lembar",
                        audit_action="sk.print", audit_entity=("document_print", p.id))
    return PrintJob(pdf, doc.id, p.id, copies, "PRINT")


def _printed_doc(session: Session, app: Application) -> tuple[bytes, IssuedDocument]:
    if app.state not in AFTER_PRINT:
        raise ServiceError(tr("SK permohonan {no} belum pernah dicetak; lakukan cetak pertama dulu.")
                           .format(no=app.no_permohonan))
    pdf, doc = current_pdf(session, app)
    if doc is None:  # printed before, yet nothing stored: refuse rather than print a different SK
        raise ServiceError(tr("Dokumen SK permohonan {no} tidak ditemukan.").format(no=app.no_permohonan))
    return pdf, doc


def reprint_sk(session: Session, actor: Actor, no: str, reason: str, copies: int = 1) -> PrintJob:
    actor.require(LOKET4)
    copies = _copies(copies, MAX_COPIES)
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise ServiceError(tr("Tuliskan alasan cetak ulang (paling sedikit 5 huruf), mis. “kertas macet”."))
    app = open_file(session, no)
    pdf, doc = _printed_doc(session, app)
    with audit.transaction(session):
        p = printing.record(session, actor, doc.id, printing.REPRINT, copies=copies, reason=reason[:1000])
        audit.record(session, actor, "sk.reprint", "document_print", p.id,
                     f"Cetak ulang SK {doc.number or ''} ({app.no_permohonan}), {copies} lembar: {reason[:200]}")
    return PrintJob(pdf, doc.id, p.id, copies, "REPRINT")


def legalise(session: Session, actor: Actor, no: str, copies: int) -> PrintJob:
    """N legalised copies, each page stamped with the legalising officer."""
    actor.require(LOKET4)
    copies = _copies(copies, MAX_LEGAL_COPIES)
    app = open_file(session, no)
    pdf, doc = _printed_doc(session, app)
    now = utcnow()
    office = base.Office.from_session(session)
    when = base.tanggal(base.local_time(now, office.timezone).date())
    head = skdoc.full_title(config.get(session, "office.head_title"), office)
    title = config.get(session, "office.legaliser_title")
    if title:   # the authorised official of the settings signs and caps the copies
        name = config.get(session, "office.legaliser_name") or "(" + "." * 30 + ")"
        nip = config.get(session, "office.legaliser_nip") or None
    else:       # no official named: the counter 4 officer, on behalf of the head of office
        title, name, nip = actor.extra.get("title") or tr("Petugas Loket 4"), actor.name, actor.nip
    # the visible signature stamp drawn into the copy (a merged page keeps no form widgets)
    out = skdoc.legalise(tte.with_visible_signatures(pdf), copies, officer_name=name, officer_nip=nip,
                         officer_title=skdoc.judul(title), when_text=when, office_name=office.short_name,
                         on_behalf=tr("a.n. {head}").format(head=skdoc.judul(head)))
    with audit.transaction(session):
        p = printing.record(session, actor, doc.id, printing.LEGALISED, copies=copies, at=now)
        audit.record(session, actor, "sk.legalise", "document_print", p.id,
                     f"Legalisir SK {doc.number or ''} ({app.no_permohonan}), {copies} salinan")
    return PrintJob(out, doc.id, p.id, copies, "LEGALISIR")


# --- what counter 4 sees -------------------------------------------------------------------

def prints(session: Session, app: Application) -> list[PrintRow]:
    docs = [d for d, in session.execute(select(IssuedDocument.id).where(
        IssuedDocument.application_id == app.id,
        IssuedDocument.kind.in_((*SIGNED_KINDS, GENERATED_KIND))))]
    if not docs:
        return []
    rows = list(session.scalars(select(DocumentPrint).where(DocumentPrint.document_id.in_(docs))
                                .order_by(DocumentPrint.at)))
    ids = [r.id for r in rows]
    names = dict(session.execute(select(AuditRecord.entity_id, AuditRecord.officer_name)
                                 .where(AuditRecord.entity_id.in_(ids))).all()) if ids else {}
    # a print without its audit record (the demo's, app/demo/papers.py): the officer's
    # name as the file's own history gives it, never a bare id on the screen
    unnamed = {r.officer_id for r in rows if r.id not in names and r.officer_id}
    actors = dict(session.execute(select(WorkflowEvent.actor_id, WorkflowEvent.actor_name).where(
        WorkflowEvent.application_id == app.id, WorkflowEvent.actor_id.in_(unnamed))).all()) if unnamed else {}
    return [PrintRow(r.kind, r.copies, r.reason, names.get(r.id) or actors.get(r.officer_id) or r.officer_id or "-",
                     r.workstation, r.at) for r in rows]


def view(session: Session, text: str) -> View:
    app = open_file(session, text)
    sig = signing(session, app)
    has_pdf = signed_pdf_document(session, app) is not None
    printable = app.state == "SIGNED"
    reprintable = app.state in AFTER_PRINT
    blocked = None
    if not printable and not reprintable:
        blocked = tr("Belum ditandatangani: status “{state}”. Hanya berkas yang sudah ditandatangani "
                     "Kepala Dinas yang dapat dicetak.").format(state=tr(workflow.STATES[app.state].label))
    return View(app.id, app.no_permohonan, app.receipt_number, app.applicant_name,
                app.company.name if app.company else None, app.permit_type.name,
                (sig.number if sig else None) or app.permit_number, app.outcome, app.state,
                tr(workflow.STATES[app.state].label), sig, has_pdf, printable, reprintable, blocked,
                prints(session, app))
