"""Signed QR payloads: a counter scanning a printed document can open its file,
and tell a real document from a forged or altered one.

Payload (one line, short enough for a small QR code)::

    LKT1.<kind>.<ref>.<number>.<yyyymmdd>.<mac>

- kind: a short document code (KINDS below; any [A-Z0-9]{1,8} is accepted, so
  counters 4–5 sign SKs and handovers with the same functions);
- ref: the application's no_permohonan; number: the document's number;
  in both, "%", "." and spaces are percent-encoded (dots stay separators, and a
  scanner never drops a space);
- mac: HMAC-SHA256 with the office key (app.secrets.office_key(), in the OS
  keyring) over everything before it, truncated to 80 bits, base32 without
  padding (16 characters). 80 bits leaves no room for guessing: a forger gets
  one try per scan at a counter.

`sign(kind, ref, number, day)` builds one; `verify(payload)` returns the
fields or raises `Invalid` (the message says "tidak sah" and never why in
detail, so it gives no oracle to a forger).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from app.i18n import tr

PREFIX = "LKT1"
MAC_BYTES = 10
KINDS = {
    "TT": "Tanda terima berkas",
    "BP": "Bukti pengembalian berkas",
    "SK": "Surat keputusan / izin",
    "TP": "Tanda terima penyerahan",
}
_KIND = re.compile(r"^[A-Z0-9]{1,8}$")
_FIELD = re.compile(r"^[^.\s]*$")


class Invalid(ValueError):
    """The payload is not one this office signed (altered, forged, or not ours)."""


@dataclass(frozen=True)
class Signed:
    kind: str
    ref: str          # no_permohonan
    number: str       # document number (receipt number, SK number…)
    day: date
    payload: str

    @property
    def kind_label(self) -> str:
        return tr(KINDS.get(self.kind, self.kind))

    def as_dict(self) -> dict:
        return {"kind": self.kind, "kind_label": self.kind_label, "ref": self.ref,
                "number": self.number, "date": self.day.isoformat(), "payload": self.payload}


def _enc(value: str) -> str:
    return value.replace("%", "%25").replace(".", "%2E").replace(" ", "%20")


def _dec(value: str) -> str:
    return re.sub(r"%(2E|2e|20|25)", lambda m: {"2E": ".", "2e": ".", "20": " ", "25": "%"}[m.group(1)], value)


def _key(key: bytes | None) -> bytes:
    if key is not None:
        return key
    from app.secrets import office_key
    return office_key()


def _mac(body: str, key: bytes) -> str:
    digest = hmac.new(key, body.encode("utf-8"), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.b32encode(digest).decode("ascii").rstrip("=")


def sign(kind: str, ref: str, number: str, day: date, key: bytes | None = None) -> str:
    if not _KIND.match(kind):
        raise ValueError(f"kind must be 1-8 of A-Z0-9, got {kind!r}")
    if any(c.isspace() and c != " " for c in ref + number):
        raise ValueError("ref and number must not contain tabs or line breaks")
    body = ".".join([PREFIX, kind, _enc(ref), _enc(number), day.strftime("%Y%m%d")])
    return f"{body}.{_mac(body, _key(key))}"


def looks_like(text: str) -> bool:
    """Whether scanned text is meant as a Loket QR payload (to route a scan)."""
    return (text or "").strip().upper().startswith(PREFIX + ".")


def verify(payload: str, key: bytes | None = None) -> Signed:
    """The signed fields, or Invalid("… tidak sah")."""
    text = (payload or "").strip()
    bad = Invalid(tr("Kode QR tidak sah: bukan dokumen yang diterbitkan kantor ini, atau telah diubah."))
    parts = text.split(".")
    if len(parts) != 6 or parts[0] != PREFIX or not _KIND.match(parts[1]):
        raise bad
    body, mac = text.rsplit(".", 1)
    # compare_digest: no timing oracle even for a forger with a stopwatch at the counter
    if not hmac.compare_digest(_mac(body, _key(key)).encode(), mac.encode()):
        raise bad
    try:
        day = date(int(parts[4][:4]), int(parts[4][4:6]), int(parts[4][6:8]))
    except ValueError:
        raise bad from None
    return Signed(parts[1], _dec(parts[2]), _dec(parts[3]), day, text)
