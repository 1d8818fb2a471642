"""Bukti pengembalian berkas (return slip): exactly what is missing, and why."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from app.documents import base as b
from app.documents.base import mm
from app.documents.receipt import applicant_rows, kind_text
from app.i18n import tr


@dataclass
class ReturnSlipData:
    number: str
    no_permohonan: str
    at_local: datetime
    applicant: dict[str, Any]
    permit_type: str
    kind: str
    missing: list[dict[str, Any]]               # {"name", "mandatory", "reason"}
    officer_name: str
    officer_nip: str | None
    qr_payload: str
    reason: str = ""                  # a general reason, beside the items
    company: dict[str, Any] | None = None
    old_permit_number: str | None = None
    received: list[str] = field(default_factory=list)   # what the applicant did bring (handed back)
    received_sheets: list[int | None] = field(default_factory=list)   # their sheets, same order

    def handed_back(self) -> list[tuple[str, int | None]]:
        sheets = list(self.received_sheets) + [None] * (len(self.received) - len(self.received_sheets))
        return list(zip(self.received, sheets, strict=True))

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["at_local"] = self.at_local.isoformat()
        return d


def story(data: ReturnSlipData, office: b.Office, paper: str = "A4") -> list[Any]:
    paper = paper.upper()
    width = b.frame_width(paper)
    compact = paper != "A4"
    body = "tiny" if paper == "ROLL80" else ("small" if compact else "cell")
    out = b.letterhead(office, width, compact=compact)
    out.append(b.para(tr("BUKTI PENGEMBALIAN BERKAS"), b.style("title", fontSize=11 if compact else 12.5)))
    out.append(b.para(tr("Nomor: {number}").format(number=data.number), "subtitle"))
    out.append(b.Spacer(1, 2.5 * mm))
    rows = [(tr("Nomor permohonan"), data.no_permohonan),
            (tr("Tanggal dan jam"), b.tanggal_jam(data.at_local)),
            (tr("Jenis izin"), data.permit_type),
            (tr("Jenis permohonan"), kind_text(data.kind, data.old_permit_number))]
    rows += applicant_rows(data)
    out.append(b.kv_table(rows, width, label_width=(24 if paper == "ROLL80" else 38) * mm, style_name=body))
    out.append(b.para(tr("Berkas dikembalikan karena persyaratan berikut belum dipenuhi:"), "h2"))
    table_rows = [[str(i), m["name"] + ("" if m.get("mandatory", True) else " " + tr("(tidak wajib)")),
                   m.get("reason") or tr("Tidak ada / belum dilampirkan")]
                  for i, m in enumerate(data.missing, 1)]
    if table_rows:
        out.append(b.grid_table([tr("No"), tr("Persyaratan"), tr("Alasan / yang harus dilengkapi")],
                                table_rows, [7 * mm, (width - 7 * mm) * 0.55, (width - 7 * mm) * 0.45],
                                style_name=body, align={0: "CENTER"}))
    if data.reason:
        out.append(b.Spacer(1, 2 * mm))
        out.append(b.kv_table([(tr("Catatan petugas"), data.reason)], width,
                              label_width=(24 if paper == "ROLL80" else 38) * mm, style_name=body))
    if data.received:
        out.append(b.para(tr("Dokumen yang diserahkan kembali kepada pemohon:"), "h2"))
        out.append(b.grid_table([tr("No"), tr("Dokumen"), tr("Jumlah")],
                                [[str(i), name, tr("{n} lembar").format(n=n) if n else "-"]
                                 for i, (name, n) in enumerate(data.handed_back(), 1)],
                                [7 * mm, width - 7 * mm - 22 * mm, 22 * mm], style_name=body,
                                align={0: "CENTER", 2: "CENTER"}))
    out.append(b.Spacer(1, 3 * mm))
    out.append(b.para(tr("Silakan lengkapi persyaratan di atas, lalu bawa kembali berkas beserta bukti ini "
                         "ke Loket 2. Permohonan Anda tetap tercatat; pemeriksaan tidak diulang dari awal."),
                      body))
    out.append(b.Spacer(1, 4 * mm))
    qr_w = 26 * mm
    sig = b.signature_block([{"heading": tr("Pemohon,"), "name": data.applicant.get("name")},
                             {"heading": tr("Petugas,"), "name": data.officer_name,
                              "nip": data.officer_nip}], width - qr_w - 6 * mm, style_name=body)
    t = b.Table([[[b.QR(data.qr_payload, qr_w)], sig]], colWidths=[qr_w + 6 * mm, width - qr_w - 6 * mm])
    t.setStyle(b.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(t)
    return out


def build(data: ReturnSlipData, office: b.Office, paper: str = "A4", watermark: str | None = None) -> bytes:
    return b.render(story(data, office, paper), paper,
                    title=tr("Bukti pengembalian berkas {number}").format(number=data.number),
                    author=data.officer_name, subject=data.no_permohonan, watermark=watermark,
                    footer=None if paper.upper() == "ROLL80" else
                    f"{office.short_name} · {data.number} · {data.no_permohonan}")
