"""Tanda terima berkas (receipt) — A4, A5 or the 80 mm roll.

`build(data, office, paper)` lays out a `ReceiptData` (filled by
app/services/intake.py; no database access here, so the layout is testable on
its own). Everything the SOP and the issue ask for is on the page: letterhead,
number, date and time in the office zone, applicant, company, permit type and
kind, the checklist, service standard and estimated completion date, the
receiving officer, signature lines, the line that the receipt must be brought
back, and the signed QR code.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from app.documents import base as b
from app.documents.base import mm
from app.i18n import tr

KIND_LABELS = {"BARU": "Baru", "PERPANJANGAN": "Perpanjangan", "PERUBAHAN": "Perubahan"}
COPY_WORDS = ("fotokopi", "foto kopi", "fotocopy", "salinan", "scan ")


def is_copy_requirement(name: str) -> bool:
    """"Fotokopi KTP pemohon", "Salinan akta …": the requirement is a copy by its name."""
    low = (name or "").strip().lower()
    return low.startswith(COPY_WORDS)
ID_LABELS = {"KTP": "NIK", "PASPOR": "No. Paspor", "KITAS": "No. KITAS"}


@dataclass
class CheckLine:
    name: str
    mandatory: bool
    present: bool | None          # None = not examined
    original: bool = False
    sheets: int | None = None
    note: str = ""
    original_needed: bool = False

    @property
    def status(self) -> str:
        return tr("ADA") if self.present else tr("TIDAK ADA")

    @property
    def copy_item(self) -> bool:
        """A requirement that *is* a copy ("Fotokopi KTP"): what is handed in is a Salinan,
        even when the original had to be shown."""
        return is_copy_requirement(self.name)

    @property
    def form(self) -> str:
        if not self.present:
            return "-"
        if self.copy_item:
            return tr("Salinan")
        return tr("Asli") if self.original else tr("Salinan")

    @property
    def sheet_text(self) -> str:
        """A requirement marked TIDAK ADA has no sheet count."""
        return str(self.sheets) if self.present and self.sheets else "-"


@dataclass
class ReceiptData:
    number: str
    no_permohonan: str
    at_local: datetime                        # aware, office time zone
    applicant: dict[str, Any]                            # name, id_type, nik, address, phone, email
    permit_type: str
    kind: str                                  # BARU / PERPANJANGAN / PERUBAHAN
    checks: list[CheckLine]
    service_days: int
    due_date: date
    officer_name: str
    officer_nip: str | None
    qr_payload: str
    company: dict[str, Any] | None = None                # name, nib, npwp, address
    old_permit_number: str | None = None
    location: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["at_local"] = self.at_local.isoformat()
        d["due_date"] = self.due_date.isoformat()
        return d


def kind_text(kind: str, old_number: str | None) -> str:
    label = tr(KIND_LABELS.get(kind, kind))
    return f"{label} ({tr('izin lama')}: {old_number})" if old_number else label


def applicant_rows(data: Any) -> list[tuple[Any, ...]]:
    a = data.applicant
    rows = [(tr("Nama pemohon"), a.get("name")),
            (tr(ID_LABELS.get(a.get("id_type") or "KTP", "NIK")), a.get("nik") or "-")]
    if a.get("address"):
        rows.append((tr("Alamat"), a["address"]))
    phone = " / ".join(x for x in (a.get("phone"), a.get("email")) if x)
    if phone:
        rows.append((tr("Telepon / surel"), phone))
    c = data.company
    if c:
        rows.append((tr("Perusahaan"), c.get("name")))
        ids = ", ".join(f"{k} {v}" for k, v in (("NIB", c.get("nib")), ("NPWP", c.get("npwp"))) if v)
        if ids:
            rows.append((tr("NIB / NPWP"), ids))
        if c.get("address"):
            rows.append((tr("Alamat perusahaan"), c["address"]))
    return rows


def _checklist(data: ReceiptData, width: float, roll: bool) -> Any:
    def mark(c: CheckLine) -> str:
        return ("* " if c.mandatory else "") + c.name
    if roll:
        rows = [[str(i), mark(c), c.status + ("" if not c.present else f" ({c.form[0]})")]
                for i, c in enumerate(data.checks, 1)]
        return b.grid_table([tr("No"), tr("Persyaratan"), tr("Status")], rows,
                            [6 * mm, width - 24 * mm, 18 * mm], style_name="tiny",
                            align={0: "CENTER", 2: "CENTER"})
    # the note column only when a note was written: on A5 its width goes to the names
    notes = any(c.note for c in data.checks)
    rows = [[str(i), mark(c), c.status, c.form, c.sheet_text]
            + ([c.note or ""] if notes else []) for i, c in enumerate(data.checks, 1)]
    fixed = [7 * mm, 20 * mm, 15 * mm, 15 * mm] if width > 150 * mm else [6 * mm, 17.5 * mm, 13 * mm, 13.5 * mm]
    note_w = (30 * mm if width > 150 * mm else 22 * mm) if notes else 0
    header = [tr("No"), tr("Persyaratan"), tr("Status"), tr("Bentuk"), tr("Lembar")]
    widths = [fixed[0], width - sum(fixed) - note_w, fixed[1], fixed[2], fixed[3]]
    if notes:
        header.append(tr("Keterangan"))
        widths.append(note_w)
    return b.grid_table(header, rows, widths, style_name="cell" if width > 150 * mm else "small",
                        align={0: "CENTER", 2: "CENTER", 3: "CENTER", 4: "CENTER"})


def story(data: ReceiptData, office: b.Office, paper: str = "A4") -> list[Any]:
    paper = paper.upper()
    width = b.frame_width(paper)
    roll = paper == "ROLL80"
    compact = paper != "A4"
    body = "tiny" if roll else ("small" if compact else "cell")
    out = b.letterhead(office, width, compact=compact)
    out.append(b.para(tr("TANDA TERIMA BERKAS PERMOHONAN"),
                      b.style("title", fontSize=10 if roll else (11 if compact else 12.5))))
    out.append(b.para(tr("Nomor: {number}").format(number=data.number), b.style("subtitle", fontSize=8 if roll else 9.5)))
    out.append(b.Spacer(1, (2.5 if paper == "A4" else 1.5) * mm))
    when = b.tanggal_jam(data.at_local)
    rows = [(tr("Nomor permohonan"), data.no_permohonan),
            (tr("Tanggal dan jam"), when),
            (tr("Jenis izin"), data.permit_type),
            (tr("Jenis permohonan"), kind_text(data.kind, data.old_permit_number))]
    if data.location:
        rows.append((tr("Lokasi izin"), data.location))
    rows += applicant_rows(data)
    out.append(b.kv_table(rows, width, label_width=(24 if roll else 38 if not compact else 30) * mm, style_name=body))
    out.append(b.para(tr("Kelengkapan persyaratan") + (":" if roll else ""),
                      b.style("h2", fontSize=8 if roll else 9.5)))
    out.append(_checklist(data, width, roll))
    out.append(b.para(tr("* wajib") + ("; A = asli, S = salinan" if roll else ""), "tiny"))
    out.append(b.Spacer(1, (2 if paper == "A4" else 1) * mm))
    standard = [(tr("Standar pelayanan"), tr("{n} hari kerja sejak berkas lengkap").format(n=data.service_days)),
                (tr("Perkiraan selesai"), b.tanggal(data.due_date))]
    out.append(b.kv_table(standard, width, label_width=(24 if roll else 38 if not compact else 30) * mm,
                          style_name=body))
    out.append(b.Spacer(1, 2 * mm))
    notice = tr("Tanda terima ini WAJIB dibawa pada saat pengambilan izin.")
    out.append(b.para(notice, b.style("cell_bold", fontSize=7.5 if roll else 9, leading=9.5 if roll else 11.5)))
    out.append(b.Spacer(1, 2 * mm))

    officer = {"heading": tr("Petugas penerima,"), "name": data.officer_name, "nip": data.officer_nip}
    applicant = {"heading": tr("Pemohon,"), "name": data.applicant.get("name")}
    qr_caption = b.para(tr("Pindai untuk membuka berkas dan memeriksa keaslian tanda terima.") if paper != "A5"
                        else tr("Pindai: buka berkas, cek keaslian."), "tiny")
    if roll:
        out.append(b.signature_block([applicant, officer], width, space=12 * mm, style_name="tiny"))
        out.append(b.Spacer(1, 2 * mm))
        qr = b.Table([[b.QR(data.qr_payload, 32 * mm)], [qr_caption]], colWidths=[width])
        qr.setStyle(b.TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        out.append(qr)
    else:
        size = (30 if paper == "A4" else 21) * mm
        sig_w = width - size - 6 * mm
        qr_cell = [b.QR(data.qr_payload, size), qr_caption]
        sig = b.signature_block([applicant, officer], sig_w, space=(16 if paper == "A4" else 10) * mm,
                                style_name=body)
        t = b.Table([[qr_cell, sig]], colWidths=[size + 6 * mm, sig_w])
        t.setStyle(b.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(t)
    return out


def build(data: ReceiptData, office: b.Office, paper: str = "A4",
          watermark: str | None = None) -> bytes:
    return b.render(story(data, office, paper), paper, title=tr("Tanda terima berkas {number}").format(number=data.number),
                    author=data.officer_name, subject=data.no_permohonan, watermark=watermark,
                    footer=None if paper.upper() == "ROLL80" else
                    f"{office.short_name} · {data.number} · {data.no_permohonan}")
