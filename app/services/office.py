"""The office as the administrator describes it: identity (what the letterhead
and the signature block print), numbering formats, and connections.

Settings stay typed keys of app/config.py (this module adds none: the identity
form shows every `office.*` key declared there, so keys other areas add appear
by themselves). Saving is one audited act: one transaction, one audit record
listing each key's old and new value. Each OFFICE key saved carries the
administrator's proof (app/proof.py), as permit types and closures do: other
workstations honour an office setting only signed (app/sync/trust.py). Secrets are typed into the keyring
(app/secrets.py), never stored as settings and never read back for display.

Connection tests (`test_connection`) run without Qt, so the GUI calls them off
its thread; each answers (ok, one line in plain Indonesian). An area that owns a
connection (TTE signing, notifications) registers its own test in CONNECTIONS.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import audit, clock, config, numbering
from app.changes import NOTHING, SETTINGS, Changes
from app.i18n import tr
from app.services.context import Actor
from app.services.officers import clean_nip, require_admin
from app.validation import Invalid
from db.models import NumberSequence

# The identity form, in this order; any other office.* key follows. office.hours is on
# the calendar page, office.timezone and office.logo are here.
IDENTITY_ORDER = ("office.government", "office.region", "office.name", "office.head_title", "office.head_name",
                  "office.head_nip", "office.head_rank", "office.address", "office.city", "office.phone",
                  "office.email", "office.website", "office.contact", "office.logo", "office.timezone")
NOT_IDENTITY = frozenset({"office.hours"})
# Numbers that must carry the workstation (the sync scheme: receipts and walk-in numbers keep
# the workstation in them). Any other format without {workstation} is numbered office-wide,
# from blocks reserved in the central database (app/numbering.py, app/sync/blocks.py).
PER_WORKSTATION = frozenset({"receipt", "walkin"})
NUMBER_FIELDS = frozenset({"seq", "year", "month", "month_roman", "day", "workstation"})
NUMBER_LABELS = {"receipt": "Tanda terima berkas", "permit": "SK izin", "rejection": "Surat penolakan",
                 "walkin": "Permohonan walk-in", "return_slip": "Bukti pengembalian berkas",
                 "complaint": "Tiket pengaduan", "handover": "Tanda terima penyerahan SK"}


# Short labels for the form (the key's doc is its tooltip); other keys show their doc.
# The name ends in _LABELS so the translation extractor (resources/translations/extract.py)
# collects its values: label() passes them through tr() at run time.
SETTING_LABELS = {
    "office.government": "Pemerintah daerah", "office.region": "Daerah (wilayah)", "office.name": "Nama kantor",
    "office.head_title": "Jabatan kepala kantor", "office.head_name": "Nama kepala kantor",
    "office.head_nip": "NIP kepala kantor", "office.head_rank": "Pangkat/golongan", "office.address": "Alamat",
    "office.city": "Kota (tempat penetapan)", "office.phone": "Telepon", "office.email": "Surel",
    "office.website": "Laman", "office.contact": "Kontak (baris bebas)", "office.logo": "Logo kop surat",
    "office.timezone": "Zona waktu",
    "office.legaliser_title": "Pejabat legalisasi: jabatan", "office.legaliser_name": "Pejabat legalisasi: nama",
    "office.legaliser_nip": "Pejabat legalisasi: NIP",
    "office.register_supervisor_title": "Mengetahui register: jabatan",
    "office.register_supervisor_name": "Mengetahui register: nama",
    "office.register_supervisor_nip": "Mengetahui register: NIP",
    "office.legal_perda_perangkat_daerah": "Perda perangkat daerah (Mengingat)",
    "office.legal_perbup_pendelegasian": "Perbup pendelegasian kewenangan (Mengingat)",
    "office.legal_perda_reklame": "Perda reklame (Mengingat)", "office.legal_perbup_reklame": "Perbup reklame (Mengingat)",
    "numbering.receipt": "Tanda terima berkas", "numbering.permit": "SK izin",
    "numbering.rejection": "Surat penolakan", "numbering.walkin": "Permohonan walk-in",
    "numbering.return_slip": "Bukti pengembalian", "numbering.complaint": "Tiket pengaduan",
    "numbering.handover": "Tanda terima penyerahan", "central.url": "URL basis data pusat",
    "central.sslmode": "Mode TLS", "central.ca_file": "Berkas CA", "sicantik.base_url": "URL SiCantik",
    "sicantik.mode": "Cara akses", "sicantik.instansi_id": "instansi_id",
    # secrets (keyring names)
    "central.password": "Kata sandi", "sicantik.username": "Pengguna API", "sicantik.password": "Kata sandi API",
    "sicantik.apikey": "API key SPLP", "sicantik.saltkey": "Salt key SPLP",
    "tte.url": "URL layanan TTE", "tte.head_nik": "NIK Kepala Dinas (BSrE)", "tte.ca_bundle": "Berkas CA (TLS)",
    "tte.trust_roots": "Akar tepercaya (PEM)",
    "notify.enabled": "Kirim pemberitahuan", "notify.send_workstation": "Workstation pengirim",
    "notify.smtp.host": "Server SMTP", "notify.smtp.port": "Port SMTP", "notify.smtp.security": "Pengamanan SMTP",
    "notify.smtp.from": "Pengirim surel", "notify.smtp.username": "Pengguna SMTP", "notify.wa.url": "URL gateway",
    "notify.wa.method": "Metode HTTP", "notify.wa.token_header": "Header token",
    "notify.wa.number_field": "Isian nomor", "notify.wa.message_field": "Isian pesan",
    "notify.wa.format": "Bentuk isi", "notify.wa.extra": "Isian tambahan",
    "notify.wa.idempotency_header": "Header kunci idempotensi",
    "notify.smtp.password": "Kata sandi SMTP", "notify.wa.token": "Token gateway",
}


# What the office's documents need of its identity: the kop surat, the signer, the
# office's own regulations cited in the SKs. `loket doctor` warns (never fails) and the
# Admin — Kantor page names them while any is empty or still the shipped "Contoh" sample.
IDENTITY_NEEDED = ("office.government", "office.name", "office.address", "office.city", "office.phone",
                   "office.website", "office.email", "office.logo", "office.head_name", "office.head_nip",
                   "office.head_rank", "office.legaliser_title", "office.legaliser_name",
                   "office.legal_perda_perangkat_daerah", "office.legal_perbup_pendelegasian",
                   "office.legal_perda_reklame", "office.legal_perbup_reklame")


@dataclass(frozen=True)
class IdentityGaps:
    """What the office identity still lacks, told apart: an empty value is "belum diisi"; the shipped
    sample ("Pemerintah Kabupaten Contoh") is filled in on screen, so calling it "belum diisi" beside
    the value contradicted what the administrator sees."""
    empty: list[str]
    sample: list[str]


def identity_gaps(session: Session) -> IdentityGaps:
    from db.models import Setting
    empty, sample = [], []
    for key in IDENTITY_NEEDED:
        value = config.get(session, key)
        if not value:
            empty.append(key)
        elif session.get(Setting, key) is None and "contoh" in str(config.KEYS[key].default).lower():
            sample.append(key)
    return IdentityGaps(empty, sample)


def unfilled_identity(session: Session) -> list[str]:
    """The IDENTITY_NEEDED keys still empty, or still the shipped sample (never set)."""
    gaps = identity_gaps(session)
    return [k for k in IDENTITY_NEEDED if k in gaps.empty or k in gaps.sample]


def label(key: config.Key) -> str:
    return tr(SETTING_LABELS[key.name]) if key.name in SETTING_LABELS else tr(key.doc)


def identity_keys() -> list[config.Key]:
    office = [k for k in config.KEYS.values() if k.name.startswith("office.") and k.name not in NOT_IDENTITY]
    rank = {n: i for i, n in enumerate(IDENTITY_ORDER)}
    return sorted(office, key=lambda k: (rank.get(k.name, len(rank)), k.name))


def numbering_keys() -> list[config.Key]:
    """The number formats (numbering.* text keys; numbering.block_size and the like are not)."""
    return [k for k in config.KEYS.values() if k.name.startswith("numbering.") and k.type is str]


def values(session: Session, names: list[str]) -> dict[str, str]:
    out = {}
    for n in names:
        v = config.get(session, n)
        out[n] = ("ya" if v else "tidak") if isinstance(v, bool) else str(v)
    return out


# --- numbering -------------------------------------------------------------------------------

def _fields(fmt: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
    except ValueError:
        raise Invalid("format", tr("Kurung kurawal format tidak seimbang.")) from None


def check_format(kind: str, fmt: str) -> str:
    """A usable numbering format for `kind`, or Invalid naming what is wrong."""
    fmt = (fmt or "").strip()
    field = f"numbering.{kind}"
    if not fmt:
        raise Invalid(field, tr("Format nomor wajib diisi."))
    if len(fmt) > 80:
        raise Invalid(field, tr("Format nomor paling banyak 80 karakter."))
    try:
        names = _fields(fmt)
    except Invalid as e:
        raise Invalid(field, e.message) from None
    unknown = sorted({n for n in names if n not in NUMBER_FIELDS})
    if unknown:
        raise Invalid(field, tr("Tempat penampung tidak dikenal: {names}. Yang boleh: {allowed}.").format(
            names=", ".join("{" + n + "}" for n in unknown),
            allowed=", ".join("{" + n + "}" for n in sorted(NUMBER_FIELDS))))
    if "seq" not in names:
        raise Invalid(field, tr("Format harus memuat {seq} (nomor urut)."))
    if "year" not in names:
        raise Invalid(field, tr("Format harus memuat {year}: nomor urut dimulai lagi setiap tahun."))
    if kind in PER_WORKSTATION and "workstation" not in names:
        raise Invalid(field, tr("Format harus memuat {workstation}, agar dua workstation yang luring "
                                "tidak memberi nomor yang sama."))
    try:
        sample(fmt, 1, "LOKET2-A")
    except Exception as e:  # a bad spec such as {seq:abc}
        raise Invalid(field, tr("Format tidak dapat dipakai: {err}").format(err=e)) from None
    return fmt


def sample(fmt: str, seq: int, workstation: str) -> str:
    return numbering.format_number(fmt, seq, clock.now(), workstation=workstation)


def check_unique(formats: dict[str, str]) -> None:
    """Two kinds whose numbers could look the same (same format) are refused."""
    seen: dict[str, str] = {}
    for kind, fmt in formats.items():
        shape = re.sub(r"\{seq[^}]*\}", "{seq}", fmt.strip())
        if shape in seen:
            raise Invalid(f"numbering.{kind}", tr("Format ini sama dengan format {other}: nomornya bisa kembar. "
                                                  "Bedakan awalan atau kodenya.").format(
                other=tr(NUMBER_LABELS.get(seen[shape], seen[shape])).lower()))
        seen[shape] = kind


def preview_next(session: Session, kind: str, fmt: str, workstation: str) -> str:
    """The number the next document of `kind` would get with `fmt` (nothing taken)."""
    now = clock.now()
    row = session.get(NumberSequence, numbering.counter_key(kind, now, workstation, fmt))
    return sample(fmt, (row.value if row else 0) + 1, workstation)


# --- saving ------------------------------------------------------------------------------------

def _clean(session: Session, name: str, raw: str) -> Any:
    if name in {k.name for k in numbering_keys()}:
        return check_format(name.split(".", 1)[1], raw)
    if name.endswith("_nip") and name.startswith("office."):
        try:
            return clean_nip(raw) or ""
        except Invalid as e:
            raise Invalid(name, e.message) from None
    if name == "office.logo" and raw.strip():
        p = Path(raw.strip())
        if p.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise Invalid(name, tr("Logo harus berkas PNG atau JPG."))
        if not p.is_file():
            raise Invalid(name, tr("Berkas logo tidak ditemukan: {path}").format(path=p))
        return str(p)
    try:
        value = config.parse(name, raw.strip() if isinstance(raw, str) else raw)
    except config.ConfigError as e:
        raise Invalid(name, str(e)) from None
    if isinstance(value, str) and len(value) > 500:
        raise Invalid(name, tr("Isian paling banyak 500 karakter."))
    return value


def save(session: Session, actor: Actor, changes: dict[str, str]) -> list[str]:
    """Store the given settings (name → text as typed) after checking all of them.
    Returns the names that changed; Invalid(name, message) for the first bad one."""
    require_admin(session, actor)
    cleaned = {}
    for name, raw in changes.items():
        if name not in config.KEYS:
            raise Invalid(name, tr("Kunci pengaturan tidak dikenal: {name}").format(name=name))
        cleaned[name] = _clean(session, name, raw if raw is not None else "")
    if any(n in {k.name for k in numbering_keys()} for n in cleaned):
        formats = {k.name.split(".", 1)[1]: str(cleaned.get(k.name, config.get(session, k.name)))
                   for k in numbering_keys()}
        check_unique(formats)
    lines, changed = [], []
    try:
        for name, value in cleaned.items():
            old = config.get(session, name)
            if old == value:
                continue
            config.set_(session, name, value)
            sign(session, actor, name)
            changed.append(name)
            lines.append(f"{name}: {old or '-'} → {value or '-'}")
        if changed:
            audit.record(session, actor, "config.set", "setting", None, "; ".join(lines))
            session.commit()
    except BaseException:
        session.rollback()
        raise
    return changed


def sign(session: Session, actor: Actor, name: str) -> bool:
    """An OFFICE setting just set by `actor` (an administrator) carries their proof
    (app/proof.py), so other workstations honour it; a LOCAL one never travels."""
    from app import proof
    from db.models import Setting
    if config.KEYS[name].scope != "OFFICE":
        return False
    session.flush()
    row = session.get(Setting, name)
    return proof.stamp(row, actor)


def set_secret(session: Session, actor: Actor, name: str, value: str) -> None:
    """A secret typed on the Office page goes to the keyring; the audit record
    says that it was set, never what it is."""
    from app import secrets
    require_admin(session, actor)
    secrets.set_(name, value, session=session, actor=actor)
    session.commit()


# --- connections -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Connection:
    key: str
    title: str
    secrets: tuple[str, ...]         # keyring names typed on the page
    settings: tuple[str, ...]        # config keys shown beside it
    test: Callable[[object], tuple[bool | None, str]] | None


def _test_central(loket: Any) -> tuple[bool | None, str]:
    from app.sync import central as C
    with loket.Session() as s:
        if not config.get(s, "central.url"):
            return None, tr("Belum diatur: isi URL basis data pusat (Loket bekerja lokal saja).")
        try:
            target = C.target_from_settings(s)
        except C.CentralError as e:
            return False, str(e)
    try:
        engine = C.connect(target, timeout=5)
    except C.CentralError as e:
        return False, str(e)
    try:
        C.check(engine, target)
    except C.CentralError as e:
        return False, str(e)
    finally:
        engine.dispose()
    return True, tr("Tersambung ke basis data pusat {url}; skema mutakhir.").format(url=target.shown)


def _test_sicantik(loket: Any) -> tuple[bool | None, str]:
    from app.sicantik import client as sc
    with loket.Session() as s:
        settings = sc.Settings.from_session(s)
    if not settings.configured:
        return None, tr("Belum diatur: isi URL SiCantik Cloud (Loket tetap bisa menerima walk-in).")
    cl = sc.Client(settings)
    try:
        return True, tr("SiCantik {state}.").format(state=cl.check())
    except sc.SicantikError as e:
        return False, str(e)
    finally:
        cl.close()


# BSrE's certificate states (/api/v2/user/check/status), in plain words
TTE_STATUS_LABELS = {"ISSUE": "aktif", "EXPIRED": "kedaluwarsa", "REVOKE": "dicabut", "SUSPEND": "ditangguhkan",
              "NEW": "belum terbit", "WAITING_FOR_VERIFICATION": "menunggu verifikasi"}


def _test_tte(loket: Any) -> tuple[bool | None, str]:
    """The office's BSrE Esign Client: reachable, and the Kepala Dinas's certificate
    (tte.head_nik) known and active there; the trust roots that check every signed
    SK readable. No passphrase is asked: nothing is signed."""
    from app import tte
    with loket.Session() as s:
        url, nik = config.get(s, "tte.url"), str(config.get(s, "tte.head_nik") or "").strip()
        timeout, bundle = min(10, int(config.get(s, "tte.timeout_seconds"))), config.get(s, "tte.ca_bundle")
        roots = str(config.get(s, "tte.trust_roots") or "")
    problems = []
    if roots:
        try:
            n = len(tte.load_trust_roots(roots))
        except Exception as e:   # an unreadable or malformed PEM: say which, in one line
            problems.append(tr("akar tepercaya tidak terbaca: {err}").format(err=str(e)[:160] or type(e).__name__))
            n = 0
    else:
        n = 0
        problems.append(tr("akar tepercaya (tte.trust_roots) belum diatur: SK bertanda tangan tidak dapat diperiksa"))
    if not str(url or "").strip():
        if problems:
            return None, tr("TTE lewat berkas saja (tte.url kosong); {p}.").format(p="; ".join(problems))
        return None, tr("TTE lewat berkas saja (tte.url kosong); {n} akar tepercaya terbaca.").format(n=n)
    try:
        client = tte.BsreClient(url, timeout=timeout, ca_bundle=bundle)
        if not nik:
            return False, tr("Isi NIK Kepala Dinas (tte.head_nik) untuk menguji sertifikatnya di layanan TTE.")
        answer = client.status(nik)
    except tte.Refused as e:
        return False, str(e)
    status = str(answer.get("status") or "").strip().upper()
    said = TTE_STATUS_LABELS.get(status)
    state = tr(said) if said else (str(answer.get("message") or status or "-").strip()[:80])
    head = tr("Layanan TTE {url} tersambung; sertifikat Kepala Dinas: {state}").format(url=url, state=state)
    if status != "ISSUE":
        problems.append(tr("sertifikat tidak dapat dipakai menandatangani"))
    if problems:
        return False, head + "; " + "; ".join(problems) + "."
    return True, head + tr("; {n} akar tepercaya terbaca.").format(n=n)


def _test_notify(loket: Any) -> tuple[bool | None, str]:
    from app.notify import admin
    return admin.test_connection(loket)


def _not_here(what: str) -> Callable[..., Any]:
    def test(_loket: Any) -> tuple[bool | None, str]:
        return None, tr("{what} belum dapat diuji di versi Loket ini.").format(what=what)
    return test


CONNECTIONS: list[Connection] = [
    Connection("central", "Basis data pusat", ("central.password",),
               ("central.url", "central.sslmode", "central.ca_file"), _test_central),
    Connection("sicantik", "SiCantik Cloud",
               ("sicantik.username", "sicantik.password", "sicantik.apikey", "sicantik.saltkey"),
               ("sicantik.base_url", "sicantik.mode", "sicantik.instansi_id"), _test_sicantik),
    Connection("tte", "Tanda tangan elektronik (TTE/BSrE)", (),
               ("tte.url", "tte.head_nik", "tte.ca_bundle", "tte.trust_roots"), _test_tte),
    Connection("notify", "Notifikasi (WhatsApp, SMS, surel)", ("notify.smtp.password", "notify.wa.token"),
               ("notify.enabled", "notify.send_workstation", "notify.smtp.host", "notify.smtp.port",
                "notify.smtp.security", "notify.smtp.from", "notify.smtp.username", "notify.wa.url",
                "notify.wa.method", "notify.wa.token_header", "notify.wa.number_field", "notify.wa.message_field",
                "notify.wa.format", "notify.wa.extra", "notify.wa.idempotency_header"), _test_notify),
]


def connection(key: str) -> Connection:
    return next(c for c in CONNECTIONS if c.key == key)


def test_connection(loket: Any, key: str) -> tuple[bool | None, str]:
    """(ok, message): True works, False fails (the message says why), None not set up."""
    c = connection(key)
    try:
        return c.test(loket) if c.test else (None, tr("Tidak ada uji untuk koneksi ini."))
    except Exception as e:  # one plain line, never a traceback on the page
        import logging
        logging.getLogger("loket").exception("connection test %s", key)
        return False, tr("Uji koneksi gagal: {err}").format(err=type(e).__name__)


@dataclass(frozen=True)
class Saved:
    """What one save of the Office page changed: setting names (secrets included),
    and as `changes` for the screens — a secret lives in the keyring, where the
    unit of work does not see it, so the save says so itself."""
    names: list[str]

    @property
    def changes(self) -> Changes:
        return Changes.of(SETTINGS) if self.names else NOTHING


def save_page(session: Session, actor: Actor, values: dict[str, str],
              secrets_typed: dict[str, str] | None = None) -> Saved:
    """Settings, then the secrets typed beside them (connections), for the Office page."""
    names = save(session, actor, values)
    for name, value in (secrets_typed or {}).items():
        if value:
            set_secret(session, actor, name, value)
            names.append(name)
    return Saved(names)

