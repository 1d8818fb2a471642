"""Tanda terima penyerahan: the receipt the recipient signs when the SK is handed over
(A5, the office letterhead, who received what, in person or by proxy, a signed QR)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.documents import base
from app.documents.base import Office, Spacer, mm, para


@dataclass(frozen=True)
class HandoverSlip:
    number: str
    no_permohonan: str
    receipt_number: str | None
    permit_type: str
    document_title: str          # "Surat Keputusan" / "Surat Penolakan"
    permit_number: str
    applicant_name: str
    company_name: str | None
    recipient_name: str
    recipient_id_type: str
    recipient_id_number: str
    by_proxy: bool
    proxy_letter_number: str | None
    proxy_letter_date: date | None
    handed_at_local: datetime
    officer_name: str
    officer_nip: str | None
    survey_note: str             # "SKM telah diisi" / "SKM ditolak pemohon" (no answers)
    qr_payload: str
    legal_copies: int = 0
    legal_sheets: int = 0        # legal_copies × the SK's pages


def render(slip: HandoverSlip, office: Office) -> bytes:
    width = base.frame_width("A5")
    story = list(base.letterhead(office, width, compact=True))
    story += [para("TANDA TERIMA PENYERAHAN", "title"),
              para(f"{slip.document_title.upper()}", "subtitle"),
              para(f"Nomor: {slip.number}", "subtitle"), Spacer(1, 3 * mm)]
    story.append(para("Telah diserahkan dokumen berikut:", "body"))
    rows = [("Nomor permohonan", slip.no_permohonan),
            ("Nomor tanda terima berkas", slip.receipt_number or "-"),
            ("Jenis izin", slip.permit_type),
            (f"Nomor {slip.document_title}", slip.permit_number),
            ("Pemohon", slip.applicant_name)]
    if slip.company_name:
        rows.append(("Perusahaan", slip.company_name))
    if slip.legal_copies:
        sheets = f" ({slip.legal_sheets} lembar)" if slip.legal_sheets else ""
        rows.append(("Salinan legalisir", f"{slip.legal_copies} salinan{sheets}"))
    story += [base.kv_table(rows, width, label_width=46 * mm), Spacer(1, 2 * mm),
              para("Kepada:", "body")]
    rec = [("Nama penerima", slip.recipient_name),
           ("Identitas", f"{slip.recipient_id_type} {slip.recipient_id_number}"),
           ("Cara penyerahan", "Dikuasakan (surat kuasa)" if slip.by_proxy else "Langsung kepada pemohon")]
    if slip.by_proxy:
        rec += [("Nomor surat kuasa", slip.proxy_letter_number or "-"),
                ("Tanggal surat kuasa", base.tanggal(slip.proxy_letter_date))]
    rec += [("Waktu penyerahan", base.tanggal_jam(slip.handed_at_local)),
            ("Survei Kepuasan (SKM)", slip.survey_note)]
    story += [base.kv_table(rec, width, label_width=46 * mm), Spacer(1, 4 * mm)]
    story.append(base.signature_block([
        {"heading": "Yang menyerahkan,", "title": "Petugas Loket 5", "name": slip.officer_name,
         "nip": slip.officer_nip},
        {"heading": "Yang menerima,", "title": "Penerima kuasa" if slip.by_proxy else "Pemohon",
         "name": slip.recipient_name},
    ], width, space=14 * mm))
    story += [Spacer(1, 3 * mm), base.QR(slip.qr_payload, size=20 * mm),
              para("Pindai kode QR untuk memeriksa keaslian tanda terima ini.", "tiny")]
    return base.render(story, "A5", title=f"Tanda Terima Penyerahan {slip.number}",
                       author=office.name, subject=slip.no_permohonan,
                       footer=f"{office.short_name} · {slip.number}")
