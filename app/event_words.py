"""A workflow event's data in words: the one place that turns what an action
recorded (`WorkflowEvent.data`) into text an officer or applicant reads.

`note(action, data)` serves the detail view's timeline (every input worth
reading) and, with `brief=True`, the tracking view and the printed tracking
sheet (one sentence per step, so that many steps still fit one page). Both
start with the same sentence for the actions that have one (a send-back's
reason, the verification result, the review, the BAP, the draft, the number,
the signature); the full note then lists the inputs the sentence did not say,
named by `field_labels()` and with stored codes in words (`*_LABELS` below, the
back office's choices). What is meant for machines (checksums, QR payloads,
ids) is never shown.

Field names keep the translation context "detail" they had in the detail
view; the sentences keep the context "app" of the tracking service.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app import workflow
from app.i18n import tr

# The codes the back office stores in an event's data, and their words
# (app.services.backoffice validates against these; screens offer them as choices).
VERIFY_RESULT_LABELS = {"MEMENUHI": "Memenuhi syarat", "TIDAK_MEMENUHI": "Tidak memenuhi syarat"}
REVIEW_KIND_LABELS = {"RAPAT": "Rapat kajian teknis", "LAPANGAN": "Peninjauan lapangan",
                      "RAPAT_LAPANGAN": "Rapat kajian teknis dan peninjauan lapangan"}
RECOMMENDATION_LABELS = {"SETUJU": "Direkomendasikan disetujui", "TOLAK": "Direkomendasikan ditolak"}
OUTCOME_LABELS = {"IZIN": "Naskah izin (SK)", "PENOLAKAN": "Surat penolakan"}
SIGNATURE_LABELS = {"TTE": "Tanda tangan elektronik (TTE)", "BASAH": "Tanda tangan basah"}

# Which input a code table names.
_CODES = {"result": VERIFY_RESULT_LABELS, "review_kind": REVIEW_KIND_LABELS,
          "recommendation": RECOMMENDATION_LABELS, "outcome": OUTCOME_LABELS,
          "signature": SIGNATURE_LABELS}

# Event inputs that are for machines (checksums, QR payloads, internal ids; also
# every key ending in _id or sha256).
_HIDDEN = {"qr", "sha256", "pages", "signature_fields", "paper", "template", "electronic"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")


def field_labels() -> dict[str, str]:
    """Names of the inputs workflow events carry (app/workflow.py `required`)."""
    return {
        "receipt_number": tr("No. tanda terima", "detail"),
        "missing": tr("Kekurangan", "detail"),
        "reason": tr("Alasan", "detail"),
        "result": tr("Hasil", "detail"),
        "note": tr("Catatan", "detail"),
        "notes": tr("Catatan", "detail"),
        "scheduled_at": tr("Jadwal", "detail"),
        "review_kind": tr("Jenis kajian", "detail"),
        "recommendation": tr("Rekomendasi", "detail"),
        "outcome": tr("Hasil akhir", "detail"),
        "signature": tr("Tanda tangan", "detail"),
        "permit_number": tr("No. SK", "detail"),
        "recipient_name": tr("Penerima", "detail"),
        "recipient_id_type": tr("Jenis identitas", "detail"),
        "recipient_id_number": tr("No. identitas", "detail"),
        "proxy": tr("Kuasa", "detail"),
        "by_proxy": tr("Melalui kuasa", "detail"),
        "proxy_letter_number": tr("No. surat kuasa", "detail"),
        "proxy_letter_date": tr("Tgl. surat kuasa", "detail"),
        "slip_number": tr("No. bukti pengembalian", "detail"),
        "due_date": tr("Jatuh tempo", "detail"),
        "duration_seconds": tr("Lama pemeriksaan", "detail"),
        "signer_name": tr("Penandatangan", "detail"),
        "number": tr("Nomor", "detail"),
        "valid_from": tr("Berlaku sejak", "detail"),
        "valid_until": tr("Berlaku sampai", "detail"),
        "validity_months": tr("Masa berlaku (bulan)", "detail"),
        "conditions": tr("Ketentuan", "detail"),
        "reasons": tr("Alasan", "detail"),
        "bap_number": tr("No. BAP", "detail"),
        "copies": tr("Jumlah salinan", "detail"),
        "handover_receipt": tr("No. tanda terima penyerahan", "detail"),
        "duplicate_of": tr("Duplikat dari", "detail"),
        "filename": tr("Berkas", "detail"),
        "source": tr("Sumber", "detail"),
    }


def value_words(key: str, v: Any) -> str:
    """One stored value in words: yes/no, lists, codes by their label, dates as dd-mm-yyyy."""
    if isinstance(v, bool):
        return tr("ya", "detail") if v else tr("tidak", "detail")
    if isinstance(v, (list, tuple)):
        return "; ".join(value_words(key, x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{a}: {value_words(a, b)}" for a, b in v.items())
    if key == "duration_seconds" and isinstance(v, (int, float)):
        m, sec = divmod(int(v), 60)
        return tr("{m} menit {s} detik", "detail").format(m=m, s=sec) if m else \
            tr("{s} detik", "detail").format(s=sec)
    text = str(v)
    codes = _CODES.get(key)
    if codes is not None:
        if text in codes:
            return tr(codes[text])
        if re.fullmatch(r"[A-Z][A-Z_]+", text):   # a code without a label: words, not "LENGKAP"
            return text.replace("_", " ").capitalize()
    if d := _ISO_DATE.match(text):
        return f"{d[3]}-{d[2]}-{d[1]}"
    if t := _ISO_TIME.match(text):
        return f"{t[3]}-{t[2]}-{t[1]} {t[4]}:{t[5]}"
    return text


def _dmy(iso: str) -> str:
    """'2026-03-25T09:00:00' → '25 Maret 2026 pukul 09.00'; '2026-03-25' → '25 Maret 2026'."""
    # imported here: the letter layout pulls in reportlab, which a screen showing
    # a timeline without such a date never needs
    from app.documents.base import tanggal
    try:
        dt = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso or "")
    return f"{tanggal(dt)} {tr('pukul')} {dt:%H.%M}" if "T" in iso else tanggal(dt)


def _send_back(d: dict[str, Any]) -> str:
    return tr("Dikembalikan: {reason}").format(reason=d.get("reason", ""))


def _verify(d: dict[str, Any]) -> str:
    res = {"MEMENUHI": tr("memenuhi syarat"), "TIDAK_MEMENUHI": tr("tidak memenuhi syarat")}
    r = d.get("result", "")
    return tr("Hasil verifikasi: {r}").format(r=res.get(r, r))


def _schedule_review(d: dict[str, Any]) -> str:
    # the label as written at the time, else the code's words (never the bare code)
    kind = d.get("review_kind_label") or value_words("review_kind", d.get("review_kind", ""))
    return tr("{kind}: {when}").format(kind=kind, when=_dmy(d.get("scheduled_at", "")))


def _record_review(d: dict[str, Any]) -> str:
    # DISETUJUI/DITOLAK: what demo data written before the fix stored for SETUJU/TOLAK
    rec = {"SETUJU": tr("setuju"), "TOLAK": tr("tolak"), "DISETUJUI": tr("setuju"), "DITOLAK": tr("tolak")}
    r = str(d.get("recommendation") or "")
    parts = []
    if r:   # a code no table knows still reads as words, never the bare code
        words = rec.get(r) or value_words("recommendation", r)
        parts.append(tr("Rekomendasi {r}").format(r=words.lower() if r.isupper() else words))
    no, when = str(d.get("bap_number") or ""), _dmy(d.get("bap_date") or "")
    # only what was recorded: never an empty "BAP  tanggal "
    if no and when:
        parts.append(tr("BAP {no} tanggal {d}").format(no=no, d=when))
    elif no:
        parts.append(tr("BAP {no}").format(no=no))
    elif when:
        parts.append(tr("BAP tanggal {d}").format(d=when))
    return "; ".join(parts)


def _draft(d: dict[str, Any]) -> str:
    o = d.get("outcome", "")
    return tr("Naskah: {o}").format(o={"IZIN": tr("izin"), "PENOLAKAN": tr("penolakan")}.get(o, o))


def _prepare_sign(d: dict[str, Any]) -> str:
    return tr("Nomor {n}; PDF final disiapkan").format(n=d.get("number", ""))


def _sign(d: dict[str, Any]) -> str:
    if d.get("signature") == "TTE":
        return tr("TTE; nomor {n}").format(n=d.get("number", ""))
    return tr("Tanda tangan basah oleh {s}; nomor {n}").format(s=d.get("signer_name", ""),
                                                               n=d.get("number", ""))


# The actions whose step reads as one sentence, and the inputs that sentence says.
_SENTENCES: dict[str, tuple[Callable[[dict[str, Any]], str], frozenset[str]]] = {
    "verify": (_verify, frozenset({"result"})),
    "schedule_review": (_schedule_review, frozenset({"review_kind", "review_kind_label", "scheduled_at"})),
    "record_review": (_record_review, frozenset({"recommendation", "bap_number", "bap_date"})),
    "draft": (_draft, frozenset({"outcome"})),
    "prepare_sign": (_prepare_sign, frozenset({"number"})),
    "sign": (_sign, frozenset({"signature", "signer_name", "number"})),
}


def _sentence(action: str | None) -> tuple[Callable[[dict[str, Any]], str], frozenset[str]] | None:
    if action and workflow.is_send_back(action):
        return _send_back, frozenset({"reason"})
    return _SENTENCES.get(action or "")


def note(action: str | None, data: dict[str, Any] | None, *, brief: bool = False) -> str:
    """The event's inputs in words.

    brief: the step's sentence (or the officer's note where the action has
    none), as the tracking view and sheet show it. Otherwise the sentence and
    then every other input worth reading, as the detail timeline shows it."""
    d = data or {}
    said = _sentence(action)
    if brief:
        return said[0](d) if said else str(d.get("note") or "")
    if not d:
        return ""
    parts = [said[0](d)] if said else []
    covered = said[1] if said else frozenset()
    labels = field_labels()
    for k, v in d.items():
        if k in covered or k.endswith(("_id", "sha256")) or k in _HIDDEN or v in (None, "", [], {}):
            continue
        parts.append(f"{labels.get(k, k.replace('_', ' '))}: {value_words(k, v)}")
    return " · ".join(parts)
