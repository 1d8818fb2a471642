"""Electronic signatures (TTE) on the SK: the PDF side, with no database.

- `add_signature_field(pdf, spot)`: the empty signature field where the
  signature appears (an incremental update of the rendered SK; the result is
  the draft Loket stores and hashes).
- `check_signed(signed, draft, ...)`: accept a signed PDF only when it is a
  valid PAdES/CMS signature covering the whole file but the signature itself,
  its signed revision is byte for byte the draft, the signer's certificate
  chains to one of the configured roots and was valid when it signed.
  Otherwise `Refused` with the specific reason (one Indonesian line).
- `BsreClient`: the office's BSrE Esign Client service
  (`POST {url}/api/v2/sign/pdf`, `POST {url}/api/v2/user/check/status`).
  The passphrase is an argument, never stored, logged, or put in an error.
- `TestCA`: a certificate authority in memory (root + signer certificates,
  signing with pyHanko). The demo uses it as its named demo root, the tests
  as their test CA and behind the stand-in BSrE server.

Everything is checked with pyHanko and pyhanko-certvalidator, offline: the
validation time is the signing time the signature carries (never the wall
clock), and revocation is soft-fail (no OCSP/CRL fetching from here).
"""
from __future__ import annotations

import base64
import hashlib
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import tr

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate  # asn1crypto ships no types: this name is Any to mypy
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import BasePdfFileWriter
    from pyhanko.sign.signers.pdf_signer import PdfSigningSession
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

log = logging.getLogger("loket.tte")

FIELD_NAME = "TTE_KEPALA_DINAS"
MAX_PDF = 20 * 1024 * 1024
# How far the signing time the signature reports may lie outside the window
# [draft prepared, now]: workstation and signing-server clocks differ a little.
CLOCK_SKEW = timedelta(minutes=15)


class Refused(ValueError):
    """A signed PDF (or a signing request) that is not accepted; str() is the reason."""


@dataclass(frozen=True)
class Spot:
    """Where the signature appears: page (0-based) and box in PDF points."""
    page: int
    x: float
    y: float
    width: float
    height: float

    def as_dict(self) -> dict[str, float]:
        return {"page": self.page, "x": round(self.x, 2), "y": round(self.y, 2),
                "width": round(self.width, 2), "height": round(self.height, 2)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Spot:
        return cls(int(d["page"]), float(d["x"]), float(d["y"]), float(d["width"]), float(d["height"]))


@dataclass(frozen=True)
class Verdict:
    """What an accepted signature says about itself."""
    signer_name: str
    signer_nik: str
    issuer: str
    root: str
    serial: str
    signing_time: datetime          # naive UTC
    not_after: datetime             # naive UTC
    sha256: str
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, str | list[str]]:
        return {"signer_name": self.signer_name, "signer_nik": self.signer_nik, "issuer": self.issuer,
                "root": self.root, "serial": self.serial, "signing_time": self.signing_time.isoformat(),
                "not_after": self.not_after.isoformat(), "sha256": self.sha256,
                "warnings": list(self.warnings)}


# --- the draft ---------------------------------------------------------------------------

def add_signature_field(pdf: bytes, spot: Spot, name: str = FIELD_NAME) -> bytes:
    """The rendered SK plus an empty, visible signature field at `spot`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields.append_signature_field(w, fields.SigFieldSpec(
        name, on_page=spot.page,
        box=(int(spot.x), int(spot.y), int(spot.x + spot.width), int(spot.y + spot.height))))
    # SigFlags as a signed document has them (SignaturesExist | AppendOnly): signing the
    # field then changes nothing but the field itself, which the check below insists on
    fields.ensure_sig_flags(w, lock_sig_flags=True)
    out = io.BytesIO()
    w.write(out)  # type: ignore[no-untyped-call]  # pyhanko's IncrementalPdfFileWriter.write is unannotated
    return out.getvalue()


def revision_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader
    n: int = PdfFileReader(io.BytesIO(pdf), strict=False).xrefs.total_revisions
    return n


_EOF = re.compile(rb"%%EOF[ \t]*(\r\n|\r|\n)?")


def prefix_hashes(pdf: bytes) -> dict[str, int]:
    """SHA-256 of every prefix of `pdf` that ends a revision (at each %%EOF):
    a signed file's earlier revisions, to tell which draft it was signed on."""
    out = {}
    for m in _EOF.finditer(pdf):
        for end in {m.start() + 5, m.end()}:
            out[hashlib.sha256(pdf[:end]).hexdigest()] = end
    return out


# --- trust roots ---------------------------------------------------------------------------

def load_trust_roots(paths: list[str] | str) -> list[Certificate]:
    """The certificates of the PEM (or DER) files in `paths` (tte.trust_roots)."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509
    if isinstance(paths, str):
        paths = split_paths(paths)
    roots: list[Certificate] = []
    for p in paths:
        try:
            data = Path(p).read_bytes()
        except OSError as e:
            raise Refused(tr("Berkas akar tepercaya TTE tidak dapat dibaca: {p} ({err}).")
                          .format(p=p, err=e.strerror or type(e).__name__)) from None
        try:
            if pem.detect(data):
                for _kind, _hdr, der in pem.unarmor(data, multiple=True):
                    roots.append(ax509.Certificate.load(der))
            else:
                roots.append(ax509.Certificate.load(data))
        except (ValueError, TypeError):
            raise Refused(tr("Berkas akar tepercaya TTE bukan sertifikat PEM: {p}.").format(p=p)) from None
    return roots


def split_paths(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", text or "") if p.strip()]


def _name(cert: Certificate, attr: str = "common_name") -> str:
    try:
        return str(cert.subject.native.get(attr) or "")
    except (AttributeError, ValueError):
        return ""


def _naive_utc(d: datetime) -> datetime:
    return d.astimezone(UTC).replace(tzinfo=None) if d.tzinfo else d


def nik_of(cert: Certificate) -> str:
    """The NIK a BSrE certificate carries: its subject serialNumber (or any 16 digits)."""
    subject = cert.subject.native
    for key in ("serial_number", "unique_identifier", "pseudonym"):
        v = str(subject.get(key) or "")
        m = re.search(r"\d{16}", v)
        if m:
            return m.group(0)
    m = re.search(r"\d{16}", str(subject.get("common_name") or ""))
    return m.group(0) if m else ""


# --- the check ---------------------------------------------------------------------------

def _read(pdf: bytes) -> tuple[PdfFileReader, list[EmbeddedPdfSignature]]:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    if not pdf or pdf[:1024].find(b"%PDF-") < 0:
        raise Refused(tr("Berkas ini bukan PDF."))
    if len(pdf) > MAX_PDF:
        raise Refused(tr("PDF terlalu besar (maks. {n} MB).").format(n=MAX_PDF // (1024 * 1024)))
    if b"startxref" not in pdf[-2048:] or b"%%EOF" not in pdf[-1024:]:
        raise Refused(tr("PDF terpotong atau rusak: akhir berkasnya tidak ada."))
    try:
        r = PdfFileReader(io.BytesIO(pdf), strict=False)
        if r.encrypted:
            raise Refused(tr("PDF terenkripsi (dikunci kata sandi); lampirkan PDF hasil TTE apa adanya, "
                             "tanpa enkripsi."))
        sigs = r.embedded_signatures
    except Refused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as e:
        raise Refused(tr("PDF rusak atau tidak dapat dibaca ({err}).").format(err=type(e).__name__)) from None
    return r, sigs


def signing_time_of(embedded: EmbeddedPdfSignature) -> datetime | None:
    from pyhanko.sign.general import NonexistentAttributeError, find_unique_cms_attribute
    try:
        t: datetime | None = find_unique_cms_attribute(embedded.signer_info["signed_attrs"], "signing_time").native
    except (NonexistentAttributeError, KeyError, ValueError):
        t = embedded.self_reported_timestamp
    return t if t is None or t.tzinfo else t.replace(tzinfo=UTC)


def check_signed(signed: bytes, draft: bytes, trust_roots: list[Certificate], *, prepared_at: datetime,
                 now: datetime, expected_name: str = "", expected_nik: str = "") -> Verdict:
    """Accept `signed` as the signed form of `draft`, or raise Refused(reason).

    prepared_at / now: naive UTC; the signing time must lie between them
    (give or take CLOCK_SKEW), and the certificate must be valid then."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel, SuspiciousModification
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader, sigs = _read(signed)
    if not sigs:
        raise Refused(tr("PDF ini belum bertanda tangan elektronik (tidak ada tanda tangan digital di dalamnya)."))
    emb = sigs[-1]
    if emb.sig_object_type != "/Sig":
        raise Refused(tr("Tanda tangan di PDF ini bukan tanda tangan dokumen (/Sig)."))
    when = signing_time_of(emb)
    if when is None:
        raise Refused(tr("Tanda tangan tidak memuat waktu penandatanganan."))
    if not trust_roots:
        raise Refused(tr("Belum ada akar tepercaya TTE (tte.trust_roots); administrator perlu "
                         "memasang sertifikat Root CA BSrE."))
    cert = emb.signer_cert
    vc = ValidationContext(trust_roots=trust_roots, allow_fetching=False, moment=when,
                           revocation_mode="soft-fail", other_certs=list(emb.other_embedded_certs))
    try:
        status = validate_pdf_signature(emb, vc, skip_diff=True)
    except (SignatureValidationError, ValueError, KeyError, TypeError) as e:
        log.info("signature not validated: %s", type(e).__name__)
        raise Refused(tr("Tanda tangan elektronik di PDF ini tidak dapat diperiksa ({err}).")
                      .format(err=type(e).__name__)) from None
    if not status.intact:
        raise Refused(tr("Isi PDF telah diubah setelah ditandatangani (tanda tangan tidak cocok dengan isinya)."))
    if not status.valid:
        raise Refused(tr("Tanda tangan elektronik di PDF ini tidak sah (kriptografinya gagal diperiksa)."))
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise Refused(tr("PDF diubah setelah ditandatangani: tanda tangan tidak mencakup seluruh berkas."))
    nvb, nva = cert["tbs_certificate"]["validity"]["not_before"].native, \
        cert["tbs_certificate"]["validity"]["not_after"].native
    if not (nvb - CLOCK_SKEW <= when <= nva):
        raise Refused(tr("Sertifikat penanda tangan tidak berlaku pada waktu penandatanganan ({t}); "
                         "masa berlakunya {a} s.d. {b}.").format(
            t=when.strftime("%d-%m-%Y %H:%M UTC"), a=nvb.strftime("%d-%m-%Y"), b=nva.strftime("%d-%m-%Y")))
    if not status.trusted:
        issuer = str(cert.issuer.native.get("common_name") or cert.issuer.human_friendly)
        raise Refused(tr("Sertifikat penanda tangan tidak berasal dari CA tepercaya kantor (tte.trust_roots): "
                         "diterbitkan oleh “{issuer}”.").format(issuer=issuer))
    w = _naive_utc(when)
    if w < prepared_at - CLOCK_SKEW or w > now + CLOCK_SKEW:
        raise Refused(tr("Waktu penandatanganan ({t}) di luar rentang sejak draf disiapkan sampai sekarang.")
                      .format(t=w.strftime("%d-%m-%Y %H:%M UTC")))
    # the revision it signs is the draft, byte for byte, and the signing revision only signs
    if signed[:len(draft)] != draft:
        raise Refused(tr("PDF ini bukan draf yang disiapkan Loket untuk permohonan ini (isinya berbeda dari "
                         "draf, SHA-256 tidak cocok)."))
    base = revision_count(draft) - 1
    if emb.signed_revision != base + 1:
        raise Refused(tr("PDF ini memuat perubahan lain di antara draf dan tanda tangan."))
    diff = DEFAULT_DIFF_POLICY.review_file(reader, base)
    if isinstance(diff, SuspiciousModification) or diff.modification_level > ModificationLevel.FORM_FILLING:
        raise Refused(tr("Penandatanganan mengubah isi draf, bukan hanya menambah tanda tangan."))
    name, nik = _name(cert), nik_of(cert)
    warnings = []
    if expected_name and _key(name) != _key(expected_name) and _key(expected_name) not in _key(name):
        warnings.append(tr("Nama pada sertifikat (“{a}”) berbeda dengan Kepala Dinas yang tercatat (“{b}”).")
                        .format(a=name, b=expected_name))
    if expected_nik and nik and nik != expected_nik:
        warnings.append(tr("NIK pada sertifikat ({a}) berbeda dengan NIK Kepala Dinas yang tercatat ({b}).")
                        .format(a=nik, b=expected_nik))
    path = status.validation_path
    root = _name(path[0]) if path is not None else ""
    return Verdict(name, nik, str(cert.issuer.native.get("common_name") or ""), root,
                   format(cert.serial_number, "x"), w, _naive_utc(nva),
                   hashlib.sha256(signed).hexdigest(), warnings)


def _key(s: str) -> str:
    """Names compared without titles' punctuation, case or spacing."""
    s = re.sub(r"[^a-z0-9 ]", " ", (s or "").lower())
    return " ".join(s.split())


# --- BSrE Esign Client ---------------------------------------------------------------------

@dataclass(frozen=True)
class SignRequest:
    nik: str
    spot: Spot
    location: str = ""
    reason: str = ""


class BsreClient:
    """The office's BSrE Esign Client service. Errors come back as Refused with a
    sentence for the officer; the passphrase is never part of it."""

    def __init__(self, url: str, *, timeout: float = 30, ca_bundle: str = "") -> None:
        url = (url or "").strip().rstrip("/")
        if not url:
            raise Refused(tr("Layanan TTE belum diatur (tte.url kosong); gunakan TTE lewat berkas."))
        self.url, self.timeout, self.verify = url, timeout, (ca_bundle or True)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:   # a JSON body
        import requests
        try:
            r = requests.post(self.url + path, json=body, timeout=self.timeout, verify=self.verify)
        except requests.RequestException as e:
            raise Refused(tr("Layanan TTE tidak dapat dihubungi ({err}).").format(err=type(e).__name__)) from None
        try:
            data = r.json()
        except ValueError:
            data = {}
        if r.status_code >= 400 or not isinstance(data, dict):
            msg = ""
            if isinstance(data, dict):
                msg = str(data.get("error") or data.get("message") or "")[:200]
            raise Refused(tr("Layanan TTE menolak permintaan (HTTP {code}){msg}.").format(
                code=r.status_code, msg=f": {msg}" if msg else ""))
        return data

    def status(self, nik: str) -> dict[str, Any]:
        """The signer's certificate status (`/api/v2/user/check/status`)."""
        return self._post("/api/v2/user/check/status", {"nik": nik})

    def sign(self, pdf: bytes, req: SignRequest, passphrase: str) -> bytes:
        if not passphrase:
            raise Refused(tr("Passphrase TTE wajib diketik."))
        s = req.spot
        body = {"nik": req.nik, "passphrase": passphrase,
                "signatureProperties": [{
                    "tampilan": "VISIBLE", "page": s.page + 1, "originX": round(s.x, 2),
                    "originY": round(s.y, 2), "width": round(s.width, 2), "height": round(s.height, 2),
                    "location": req.location, "reason": req.reason}],
                "file": [base64.b64encode(pdf).decode("ascii")]}
        data = self._post("/api/v2/sign/pdf", body)
        files = data.get("file")
        if isinstance(files, str):
            files = [files]
        if not files:
            raise Refused(tr("Layanan TTE tidak mengembalikan berkas bertanda tangan."))
        try:
            return base64.b64decode(files[0], validate=True)
        except (ValueError, TypeError):
            raise Refused(tr("Berkas dari layanan TTE tidak terbaca (bukan base64).")) from None


# --- a CA in memory: the demo's and the tests' -----------------------------------------------

class TestCA:
    """A root CA and the certificates it issues, for the demo and the tests.
    `sign_pdf` signs into the draft's field with pyHanko, at the time given."""

    __test__ = False     # not a pytest class

    def __init__(self, name: str, now: datetime, years: int = 10) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        self.now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, name)])
        self.name = name
        self.cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                     .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(self.now - timedelta(days=3 * 365))
                     .not_valid_after(self.now + timedelta(days=365 * years))
                     .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                     .add_extension(_key_usage(ca=True), critical=True)
                     .sign(self.key, hashes.SHA256()))

    def pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def issue(self, name: str, nik: str, *, valid_from: datetime | None = None,
              valid_to: datetime | None = None) -> Signer:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        key = ec.generate_private_key(ec.SECP256R1())
        start = valid_from or self.now - timedelta(days=2 * 365)
        end = valid_to or self.now + timedelta(days=730)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                             x509.NameAttribute(NameOID.SERIAL_NUMBER, nik)])
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(self.cert.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start.replace(tzinfo=UTC) if start.tzinfo is None else start)
                .not_valid_after(end.replace(tzinfo=UTC) if end.tzinfo is None else end)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(_key_usage(ca=False), critical=True)
                .sign(self.key, hashes.SHA256()))
        return Signer(cert, key, self.cert)


def _key_usage(ca: bool) -> x509.KeyUsage:
    from cryptography import x509
    return x509.KeyUsage(digital_signature=True, content_commitment=not ca, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


@dataclass
class Signer:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    ca_cert: x509.Certificate

    def sign_pdf(self, pdf: bytes, when: datetime, *, field_name: str = FIELD_NAME,
                 reason: str = "", location: str = "", tz: str = "Asia/Jakarta") -> bytes:
        """Sign `pdf` (incrementally, PAdES) into `field_name`, dated `when` (naive UTC).

        The visible stamp in Indonesian with the office's local time (tz: WIB,
        WITA or WIT) and no pyHanko logo behind it, like a BSrE stamp."""
        from zoneinfo import ZoneInfo

        from asn1crypto import keys as akeys
        from asn1crypto import x509 as ax509
        from cryptography.hazmat.primitives import serialization
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
        from pyhanko.stamp import TextStampStyle
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der = serialization.Encoding.DER
        signer = signers.SimpleSigner(
            signing_cert=ax509.Certificate.load(self.cert.public_bytes(der)),
            signing_key=akeys.PrivateKeyInfo.load(self.key.private_bytes(
                der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]  # unannotated in pyhanko-certvalidator
                [ax509.Certificate.load(self.ca_cert.public_bytes(der))]))
        at = when.replace(tzinfo=UTC) if when.tzinfo is None else when

        class _AtTime(signers.PdfSigner):
            # the signing time is the caller's clock, not the machine's
            def init_signing_session(self, pdf_out: BasePdfFileWriter,
                                     existing_fields_only: bool = False) -> PdfSigningSession:
                session = super().init_signing_session(pdf_out, existing_fields_only)
                session.system_time = at
                return session

        meta = signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                            reason=reason or None, location=location or None)
        local = at.astimezone(ZoneInfo(tz))
        when_text = f"{local:%d-%m-%Y %H.%M} {local.tzname() or tz}".replace("%", "%%")
        # %(signer)s: pyHanko fills in the certificate's name
        style = TextStampStyle(stamp_text=tr("Ditandatangani secara elektronik oleh\n%(signer)s\n{when}")
                               .format(when=when_text), background=None, border_width=1)
        out = _AtTime(meta, signer, stamp_style=style).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                                             existing_fields_only=True)
        data: bytes = out.getvalue()
        return data


__all__ = ["Refused", "Spot", "Verdict", "add_signature_field", "check_signed", "load_trust_roots",
           "prefix_hashes", "BsreClient", "SignRequest", "TestCA", "Signer", "FIELD_NAME"]


def with_visible_signatures(pdf: bytes) -> bytes:
    """A copy of `pdf` for screen and paper whose signature widgets' appearances
    (the visible TTE stamp) are drawn into the page content: the Qt PDF renderer, and
    so the preview and the printout, leaves form-field widgets out. The signed file
    itself is never changed; without a visible signature this returns `pdf` as is."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    if b"/Sig" not in pdf:
        return pdf
    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            return pdf
        found = False
        writer = PdfWriter(clone_from=reader)
        for page in writer.pages:
            draws = []
            for i, ref in enumerate(page.get("/Annots") or []):
                annot = ref.get_object()
                ap = (annot.get("/AP") or {}).get("/N") if annot.get("/Subtype") == "/Widget" else None
                if ap is None or annot.get("/FT", (annot.get("/Parent") or {}).get("/FT")) != "/Sig":
                    continue
                ap_obj = ap.get_object()
                rect = [float(v) for v in annot["/Rect"]]
                rect = [min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])]
                b = [float(v) for v in ap_obj.get("/BBox", [0, 0, rect[2] - rect[0], rect[3] - rect[1]])]
                bbox = [min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3])]
                bw, bh = (bbox[2] - bbox[0]) or 1, (bbox[3] - bbox[1]) or 1
                sx, sy = (rect[2] - rect[0]) / bw, (rect[3] - rect[1]) / bh
                name = f"/LoketSig{i}"
                res = page.setdefault(NameObject("/Resources"), DictionaryObject())
                xo = res.setdefault(NameObject("/XObject"), DictionaryObject())
                xo[NameObject(name)] = ap if hasattr(ap, "idnum") else writer._add_object(ap_obj)
                draws.append(f"q {sx:.4f} 0 0 {sy:.4f} {rect[0] - bbox[0] * sx:.2f} {rect[1] - bbox[1] * sy:.2f} cm "
                             f"{name} Do Q")
            if draws:
                found = True
                extra = DecodedStreamObject()
                extra.set_data(("\n".join(draws) + "\n").encode("ascii"))
                # .get keeps the indirect reference (page[...] would resolve it); a page with drawings has one
                contents: Any = page.get("/Contents")
                current = contents.get_object()
                arr = ArrayObject(current if isinstance(current, ArrayObject) else [contents])
                arr.append(writer._add_object(extra))
                page[NameObject("/Contents")] = arr
        if not found:
            return pdf
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # a copy for the eyes only: never stop a preview or a print over it
        log.warning("signature appearance not drawn into the preview copy", exc_info=True)
        return pdf
