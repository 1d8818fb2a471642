"""Signed QR payloads: anyone scanning a printed document can tell a real one
from a forged or altered one, and a counter can open its file.

Payload (one line, fit for a URL fragment)::

    LKT2.<kind>.<ref>.<number>.<yyyymmdd>.<kid>.<signature>

- kind: a short document code (KINDS below; any [A-Z0-9]{1,8} is accepted, so
  other areas sign their documents with the same functions);
- ref: the application's no_permohonan; number: the document's number. Both
  are percent-encoded (UTF-8) except A-Z a-z 0-9 - _ ~ /, so dots stay
  separators and a browser or a phone passes the payload on unchanged;
- yyyymmdd: the document's date (office time zone);
- kid: 8 hex digits naming the workstation key that signed (app/qrkeys.py);
- signature: Ed25519 over everything before its dot, base64url without padding
  (86 characters). Verifying needs only the public key: `loket verify`, any
  workstation that has the office's public keys, and the static page of
  `loket verify-page` in a browser.

The payload never carries a NIK, an address or a phone number. With
`office.verify_url` set, the QR holds `{verify_url}#<payload>`, so a phone's
camera opens the office's verification page; every function here accepts that
URL as well as the bare payload.

`LKT1.<kind>.<ref>.<number>.<yyyymmdd>.<mac>` is the older form: an HMAC with the
office's shared key (`office.qr_key` in the keyring). Such codes still verify
on a workstation that holds that key; nothing here ever creates it.

API for the areas that print documents:

    document_qr(session, kind, ref, number, day[, verify_url=]) -> text to draw in the QR
    verify(text, session=session)               -> Signed, or raises Invalid
    looks_like(text)                            -> is this scanned text meant as a payload?

`verify` says "tidak sah" and never why in detail, so it is no oracle for a forger.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from app.i18n import tr

PREFIX = "LKT2"
LEGACY = "LKT1"
MAC_BYTES = 10
KINDS = {
    "TT": "Tanda terima berkas",
    "BP": "Bukti pengembalian berkas",
    "SK": "Surat keputusan / izin",
    "SP": "Surat penolakan",
    "TP": "Tanda terima penyerahan",
}
_KIND = re.compile(r"^[A-Z0-9]{1,8}$")
_DAY = re.compile(r"^[0-9]{8}$")
_KID = re.compile(r"^[0-9a-f]{8}$")
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~/")
_ENCODED = re.compile(r"^(?:[A-Za-z0-9\-_~/]|%[0-9A-F]{2})*$")


class Invalid(ValueError):
    """The payload is not one this office signed (altered, forged, revoked, or not ours)."""


def _bad() -> Invalid:
    return Invalid(tr("Kode QR tidak sah: bukan dokumen yang diterbitkan kantor ini, atau telah diubah."))


@dataclass(frozen=True)
class Signed:
    kind: str
    ref: str          # no_permohonan
    number: str       # document number (receipt number, SK number…)
    day: date
    payload: str
    office: str = ""        # the office the signing key belongs to
    workstation: str = ""   # the workstation that signed (LKT2)
    kid: str = ""           # the key id (LKT2); "" for an LKT1 code

    @property
    def kind_label(self) -> str:
        return tr(KINDS.get(self.kind, self.kind))

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "kind_label": self.kind_label, "ref": self.ref,
                "number": self.number, "date": self.day.isoformat(), "office": self.office,
                "workstation": self.workstation, "kid": self.kid, "payload": self.payload}


# --- encoding ----------------------------------------------------------------------------

def _enc(value: str) -> str:
    """LKT2 field encoding: percent-encoded UTF-8 outside A-Z a-z 0-9 - _ ~ /."""
    return "".join(c if c in _SAFE else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in value)


def _dec(value: str) -> str | None:
    if not _ENCODED.match(value):
        return None
    try:
        return re.sub(rb"%([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                      value.encode("ascii")).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _enc1(value: str) -> str:
    return value.replace("%", "%25").replace(".", "%2E").replace(" ", "%20")


def _dec1(value: str) -> str:
    return re.sub(r"%(2E|2e|20|25)", lambda m: {"2E": ".", "2e": ".", "20": " ", "25": "%"}[m.group(1)], value)


def _check(kind: str, ref: str, number: str) -> None:
    if not _KIND.match(kind):
        raise ValueError(f"kind must be 1-8 of A-Z0-9, got {kind!r}")
    if any(c.isspace() and c != " " for c in ref + number):
        raise ValueError("ref and number must not contain tabs or line breaks")


def _parse_day(text: str) -> date | None:
    if not _DAY.match(text):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


# --- signing -----------------------------------------------------------------------------

def _mac(body: str, key: bytes) -> str:
    digest = hmac.new(key, body.encode("utf-8"), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.b32encode(digest).decode("ascii").rstrip("=")


def sign_legacy(kind: str, ref: str, number: str, day: date, key: bytes) -> str:
    """An LKT1 code with an HMAC key (kept to read and test older documents)."""
    _check(kind, ref, number)
    body = ".".join([LEGACY, kind, _enc1(ref), _enc1(number), day.strftime("%Y%m%d")])
    return f"{body}.{_mac(body, key)}"


def sign(kind: str, ref: str, number: str, day: date, key: bytes | None = None, *, session: Session | None = None) -> str:
    """The LKT2 payload, signed with this workstation's key (made on first use).
    With a session the key is registered in that database (the caller commits),
    and a revoked key is replaced. `key` (bytes) makes a legacy LKT1 code."""
    if key is not None:
        return sign_legacy(kind, ref, number, day, key)
    from app import qrkeys
    _check(kind, ref, number)
    private = qrkeys.signing_key(session, day)
    kid = qrkeys.kid_of(qrkeys.raw_public(private))
    body = ".".join([PREFIX, kind, _enc(ref), _enc(number), day.strftime("%Y%m%d"), kid])
    return f"{body}.{qrkeys.b64u(private.sign(body.encode('ascii')))}"


def qr_text(session: Session, payload: str, verify_url: str | None = None) -> str:
    """What the QR code holds: `{office.verify_url}#<payload>`, or the payload.
    `verify_url`: that setting, when the caller has read it already (with others)."""
    if verify_url is None:
        from app import config
        verify_url = config.get(session, "office.verify_url") if session is not None else ""
    url = (verify_url or "").strip()
    return f"{url.split('#', 1)[0]}#{payload}" if url else payload


def document_qr(session: Session, kind: str, ref: str, number: str, day: date, *,
                verify_url: str | None = None) -> str:
    """The text to draw in a document's QR code: signed, registered, URL-wrapped
    when the office has a verification page. The one call the document areas make;
    `verify_url` as in qr_text."""
    return qr_text(session, sign(kind, ref, number, day, session=session), verify_url)


# --- reading -----------------------------------------------------------------------------

def payload_of(text: str) -> str:
    """The payload inside what a scanner or phone read: the text after '#' of a
    URL, or the text itself."""
    text = (text or "").strip()
    if "#" in text:
        text = text.rsplit("#", 1)[1].strip()
    return text


def looks_like(text: str) -> bool:
    """Whether scanned text is meant as a Loket QR payload (to route a scan)."""
    head = payload_of(text).upper()
    return head.startswith((PREFIX + ".", LEGACY + "."))


def _legacy_key(key: bytes | None) -> bytes | None:
    if key is not None:
        return key
    from app import secrets
    try:
        return secrets.office_key()
    except secrets.SecretError:
        return None


def _verify_legacy(text: str, key: bytes | None) -> Signed:
    parts = text.split(".")
    if len(parts) != 6 or parts[0] != LEGACY or not _KIND.match(parts[1]):
        raise _bad()
    key = _legacy_key(key)
    if key is None:
        raise Invalid(tr("Kode QR format lama (LKT1) tidak dapat diperiksa di workstation ini: kunci kantor "
                         "lama tidak ada di sini, jadi keasliannya tidak terbukti (tidak sah di sini)."))
    body, mac = text.rsplit(".", 1)
    # compare_digest: no timing oracle even for a forger with a stopwatch at the counter
    if not hmac.compare_digest(_mac(body, key).encode(), mac.encode()):
        raise _bad()
    day = _parse_day(parts[4])
    if day is None:
        raise _bad()
    return Signed(parts[1], _dec1(parts[2]), _dec1(parts[3]), day, text)


def verify(text: str, key: bytes | None = None, *, session: Session | None = None) -> Signed:
    """The signed fields of a payload (or of a URL holding one), or Invalid("… tidak sah").

    LKT2: checked against the public keys of `session`'s database plus this
    workstation's own key; a key revoked on or before the document's date fails.
    LKT1: checked with `key` or the office's old HMAC key, when this workstation has it.
    Never creates a key."""
    from cryptography.exceptions import InvalidSignature

    from app import qrkeys
    payload = payload_of(text)
    if payload.startswith(LEGACY + "."):
        signed = _verify_legacy(payload, key)
        if session is None:
            return signed
        from app import config
        return replace(signed, office=config.get(session, "office.name"))   # the office's shared key
    parts = payload.split(".")
    if len(parts) != 7 or parts[0] != PREFIX or not _KIND.match(parts[1]) or not _KID.match(parts[5]):
        raise _bad()
    day, ref, number = _parse_day(parts[4]), _dec(parts[2]), _dec(parts[3])
    signature = qrkeys.unb64u(parts[6])
    if day is None or ref is None or number is None or signature is None or len(signature) != 64:
        raise _bad()
    body = payload.rsplit(".", 1)[0].encode("ascii")
    for pk in qrkeys.trusted(session):
        if pk.kid != parts[5]:
            continue
        try:
            pk.verifier().verify(signature, body)
        except InvalidSignature:
            continue
        if pk.revoked_from is not None and day >= pk.revoked_from:
            raise Invalid(tr("Kode QR tidak sah: kunci penanda tangannya dicabut sejak {day}.").format(
                day=pk.revoked_from.isoformat()))
        return Signed(parts[1], ref, number, day, payload, pk.office, pk.workstation, pk.kid)
    raise _bad()
