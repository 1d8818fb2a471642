"""Typed settings with defaults, stored in the `setting` table.

Every key is declared here once: its type, default, scope and meaning. LOCAL
settings belong to this workstation (its name, the central database URL);
OFFICE settings describe the office and travel with sync. Secrets are never
settings: they live in the OS keyring (app/secrets.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import LoketError
from app.i18n import tr

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any
    scope: str  # LOCAL | OFFICE
    doc: str
    choices: tuple[Any, ...] | None = None


def _notify_templates() -> Any:
    from app.notify.templates import config_entries
    return config_entries()


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("workstation.name", str, "LOKET-1", "LOCAL", "Nama workstation ini (unik di kantor), mis. LOKET2-A"),
    Key("ui.language", str, "id", "LOCAL", "Bahasa antarmuka: id atau en", ("id", "en")),
    Key("ui.idle_lock_minutes", int, 10, "LOCAL", "Menit tanpa aktivitas sebelum layar dikunci (0 = tidak pernah)"),
    Key("office.name", str, "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", "OFFICE", "Nama kantor pada kop surat"),
    Key("office.government", str, "PEMERINTAH KABUPATEN CONTOH", "OFFICE", "Baris pemerintah daerah pada kop surat"),
    Key("office.address", str, "Jl. Jenderal Sudirman No. 1, Contoh 12345", "OFFICE", "Alamat kantor pada kop surat"),
    Key("office.contact", str, "", "OFFICE", "Baris kontak bebas pada kop surat, bila telepon/laman/pos-el di bawah kosong"),
    Key("office.phone", str, "", "OFFICE", "Telepon kantor pada kop surat, mis. (0264) 200100"),
    Key("office.website", str, "", "OFFICE", "Laman kantor pada kop surat, mis. dpmptsp.contohkab.go.id"),
    Key("office.email", str, "", "OFFICE", "Pos-el (surel) kantor pada kop surat"),
    Key("office.region", str, "", "OFFICE",
        "Nama daerah pada jabatan penandatangan, mis. KABUPATEN CONTOH (kosong = dari baris pemerintah daerah)"),
    Key("office.city", str, "Contoh", "OFFICE", "Tempat penetapan surat"),
    Key("office.timezone", str, "Asia/Jakarta", "OFFICE", "Zona waktu kantor (WIB/WITA/WIT)",
        ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")),
    Key("office.logo", str, "", "LOCAL", "Berkas logo (PNG/JPG) untuk kop surat di workstation ini; kosong = tanpa logo"),
    Key("office.hours", str, "08:00-16:00", "OFFICE", "Jam layanan"),
    Key("office.head_title", str, "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", "OFFICE", "Jabatan penandatangan SK"),
    Key("office.head_name", str, "", "OFFICE", "Nama Kepala Dinas"),
    Key("office.head_nip", str, "", "OFFICE", "NIP Kepala Dinas"),
    Key("office.head_rank", str, "", "OFFICE", "Pangkat/golongan Kepala Dinas, mis. Pembina Utama Muda (IV/c)"),
    Key("office.legaliser_title", str, "", "OFFICE",
        "Jabatan pejabat yang melegalisasi salinan SK, mis. Kepala Bidang Pelayanan (kosong = a.n. Kepala Dinas oleh petugas Loket 4)"),
    Key("office.legaliser_name", str, "", "OFFICE", "Nama pejabat yang melegalisasi salinan SK"),
    Key("office.legaliser_nip", str, "", "OFFICE", "NIP pejabat yang melegalisasi salinan SK"),
    Key("office.register_supervisor_title", str, "Kepala Seksi Pelayanan", "OFFICE",
        "Jabatan pada baris Mengetahui di register harian Loket 2"),
    Key("office.register_supervisor_name", str, "", "OFFICE", "Nama pada baris Mengetahui di register harian Loket 2"),
    Key("office.register_supervisor_nip", str, "", "OFFICE", "NIP pada baris Mengetahui di register harian Loket 2"),
    Key("documents.letter_font", str, "bookman", "OFFICE",
        "Huruf SK dan surat: bookman (Loket Bonum, sepadan Bookman Old Style), arial (Liberation Sans, sepadan Arial) atau dejavu",
        ("bookman", "arial", "dejavu")),
    Key("documents.rupiah_decimals", bool, True, "OFFICE", "Rupiah dengan dua desimal (Rp41.700.000,00) atau tanpa (Rp41.700.000)"),
    Key("office.legal_perda_perangkat_daerah", str, "", "OFFICE",
        "Mengingat: Peraturan Daerah pembentukan dan susunan perangkat daerah (nomor, tahun, judul lengkap)"),
    Key("office.legal_perbup_pendelegasian", str, "", "OFFICE",
        "Mengingat: Peraturan Bupati/Wali Kota pendelegasian kewenangan perizinan kepada Kepala DPMPTSP (nomor, tahun, judul lengkap)"),
    Key("office.legal_perda_reklame", str, "", "OFFICE",
        "Mengingat: Peraturan Daerah penyelenggaraan reklame (nomor, tahun, judul lengkap)"),
    Key("office.legal_perbup_reklame", str, "", "OFFICE",
        "Mengingat: Peraturan Bupati/Wali Kota tata cara perizinan reklame (nomor, tahun, judul lengkap)"),
    Key("office.verify_url", str, "", "OFFICE",
        "Alamat halaman verifikasi QR di situs kantor (hasil `loket verify-page`), mis. "
        "https://dpmptsp.contoh.go.id/verifikasi/; QR berisi alamat#kode. Kosong = QR berisi kode saja"),
    Key("numbering.receipt", str, "TT/{workstation}/{year}/{seq:05}", "OFFICE", "Format nomor tanda terima"),
    Key("numbering.permit", str, "503/{seq:04}/DPMPTSP/{year}", "OFFICE", "Format nomor SK izin"),
    Key("numbering.rejection", str, "503/{seq:04}/DPMPTSP-TLK/{year}", "OFFICE", "Format nomor surat penolakan izin"),
    Key("numbering.walkin", str, "WI/{workstation}/{year}/{seq:05}", "OFFICE", "Format nomor permohonan walk-in (didaftarkan di loket)"),
    Key("numbering.return_slip", str, "BP/{workstation}/{year}/{seq:05}", "OFFICE", "Format nomor bukti pengembalian berkas"),
    Key("intake.receipt_paper", str, "A4", "LOCAL", "Kertas tanda terima di workstation ini", ("A4", "A5", "ROLL80")),
    Key("numbering.complaint", str, "ADU/{workstation}/{year}/{seq:05}", "OFFICE",
        "Format nomor tiket pengaduan (dengan {workstation} agar workstation luring tidak bertabrakan)"),
    Key("numbering.handover", str, "TP/{workstation}/{year}/{seq:05}", "OFFICE", "Format nomor tanda terima penyerahan SK"),
    Key("intake.standard_minutes", int, 10, "OFFICE", "Standar waktu pemeriksaan berkas di Loket 2 (menit)"),
    Key("survey.allow_decline", bool, True, "OFFICE", "Pemohon boleh menolak mengisi SKM (dengan alasan)"),
    Key("survey.element_order", str, "U1,U2,U3,U4,U5,U6,U7,U9,U8", "OFFICE",
        "Urutan unsur SKM di layar survei (kunci U1…U9; bawaan mengikuti contoh kuesioner PermenPANRB 14/2017)"),
    Key("central.url", str, "", "LOCAL", "URL basis data pusat, mis. postgresql+psycopg://loket@db.kantor.lan/loket"),
    Key("central.sslmode", str, "prefer", "LOCAL", "Mode TLS ke basis data pusat",
        ("disable", "prefer", "require", "verify-ca", "verify-full")),
    Key("central.ca_file", str, "", "LOCAL", "Berkas CA untuk TLS basis data pusat"),
    Key("sync.interval_seconds", int, 60, "LOCAL", "Selang sinkronisasi otomatis (detik)"),
    Key("sync.clock_skew_minutes", int, 5, "LOCAL",
        "Peringatan bila jam workstation ini berselisih lebih dari N menit dengan server pusat"),
    Key("numbering.block_size", int, 20, "OFFICE",
        "Banyak nomor sekantor (SK izin, surat penolakan…) yang dipesan sekaligus dari basis data pusat "
        "untuk dipakai workstation ini juga saat luring"),
    Key("sicantik.base_url", str, "", "LOCAL", "URL SiCantik Cloud atau gateway SPLP"),
    Key("sicantik.mode", str, "template", "LOCAL", "Cara akses SiCantik", ("template", "token", "splp")),
    Key("sicantik.template.by_number", str, "", "LOCAL", "ID template/UUID interop: satu permohonan per nomor"),
    Key("sicantik.template.by_range", str, "", "LOCAL", "ID template/UUID interop: permohonan per rentang tanggal"),
    Key("sicantik.param.number", str, "no_permohonan", "LOCAL", "Nama parameter nomor permohonan"),
    Key("sicantik.param.from", str, "date1", "LOCAL", "Nama parameter tanggal awal"),
    Key("sicantik.param.to", str, "date2", "LOCAL", "Nama parameter tanggal akhir"),
    Key("sicantik.page_size", int, 100, "LOCAL", "Baris per halaman saat menarik data"),
    Key("sicantik.ca_bundle", str, "", "LOCAL", "Berkas CA kantor untuk TLS ke SiCantik"),
    Key("sicantik.pull_minutes", int, 15, "LOCAL", "Selang penarikan terjadwal (menit, 0 = mati)"),
    Key("sicantik.overlap_days", int, 3, "LOCAL", "Hari tumpang-tindih penarikan terjadwal sebelum tanda air terakhir"),
    Key("sicantik.first_pull_days", int, 30, "LOCAL", "Penarikan terjadwal pertama: berapa hari ke belakang"),
    Key("sicantik.timeout_seconds", int, 10, "LOCAL",
        "Batas waktu total satu permintaan ke SiCantik (detik): sambungan, kepala dan isi jawaban"),
    Key("sicantik.instansi_id", str, "", "LOCAL", "instansi_id yang dikirim ke SiCantik/SPLP (kosong = tidak dikirim)"),
    Key("sicantik.token_url", str, "", "LOCAL", "URL token bila bukan {base_url}/api/pengguna/token"),
    Key("sicantik.param.date_format", str, "%Y-%m-%d", "LOCAL", "Format tanggal parameter rentang (strftime)"),
    Key("sicantik.fields", str, "", "LOCAL", "Nama kolom SiCantik kantor ini: kolom_loket=kolom_sicantik; …"),
    Key("tte.url", str, "", "OFFICE", "URL layanan BSrE Esign Client kantor (kosong = TTE lewat berkas saja)"),
    Key("tte.trust_roots", str, "", "LOCAL", "Berkas PEM akar tepercaya TTE, dipisah titik koma (Root CA Indonesia DS G1 BSrE)"),
    Key("tte.ca_bundle", str, "", "LOCAL", "Berkas CA untuk TLS ke layanan TTE"),
    Key("tte.timeout_seconds", int, 60, "LOCAL", "Batas waktu satu permintaan tanda tangan ke layanan TTE (detik)"),
    Key("tte.head_nik", str, "", "OFFICE", "NIK Kepala Dinas pada sertifikat elektronik BSrE"),
    Key("sicantik.pull_workstation", str, "", "OFFICE",
        "Workstation yang menjalankan penarikan terjadwal SiCantik (kosong = setiap workstation)"),
    Key("sicantik.max_answer_mb", int, 50, "LOCAL", "Ukuran terbesar satu jawaban SiCantik setelah dibuka (MB)"),
    Key("sicantik.number_pattern", str, "", "LOCAL",
        "Pola nomor permohonan kantor (regex); kosong = huruf, angka dan - / . _ saja"),
    Key("sicantik.token_source", str, "", "LOCAL",
        "Header Source ke API token SiCantik (android = token 30 hari)", ("", "android")),
    Key("sicantik.counter_mappers", str, "", "OFFICE",
        "Petugas Loket 2 (nama pengguna, dipisah koma) yang boleh memilih jenis izin Loket "
        "untuk jenis izin SiCantik yang belum dipetakan"),
    # Messages to applicants (app/notify/). Secrets (notify.smtp.password, notify.wa.token)
    # are in the keyring of the sending workstation, read only when a message goes out.
    Key("notify.enabled", bool, False, "OFFICE",
        "Kirim pemberitahuan ke pemohon (WhatsApp/SMS/surel) bila pemohon setuju di Loket 2"),
    Key("notify.send_workstation", str, "", "OFFICE",
        "Satu-satunya workstation yang mengirim pemberitahuan (`loket notify run`); kosong = setiap "
        "workstation mengirim pesan yang dibuatnya sendiri"),
    Key("notify.resend_uncertain", bool, True, "OFFICE",
        "Pesan yang terputus di tengah pengiriman dikirim ulang dengan kunci idempotensi yang sama "
        "(tidak = ditahan berstatus TIDAK PASTI sampai admin memutuskan)"),
    Key("notify.max_attempts", int, 12, "OFFICE", "Percobaan kirim paling banyak sebelum pesan dinyatakan gagal"),
    Key("notify.retry_seconds", int, 60, "OFFICE",
        "Jeda percobaan ulang pertama (detik); berlipat dua tiap kali gagal, paling lama 6 jam"),
    Key("notify.timeout_seconds", int, 10, "OFFICE", "Batas waktu satu pengiriman ke server surel/gateway (detik)"),
    Key("notify.smtp.host", str, "", "OFFICE", "Server SMTP untuk surel pemberitahuan (kosong = surel tidak dikirim)"),
    Key("notify.smtp.port", int, 587, "OFFICE", "Port SMTP (587 STARTTLS, 465 TLS, 25 tanpa enkripsi)"),
    Key("notify.smtp.security", str, "starttls", "OFFICE", "Pengamanan SMTP", ("starttls", "tls", "none")),
    Key("notify.smtp.from", str, "", "OFFICE", "Alamat pengirim surel, mis. DPMPTSP Contoh <layanan@contoh.go.id>"),
    Key("notify.smtp.username", str, "", "OFFICE",
        "Nama pengguna SMTP (kosong = tanpa login; kata sandi di keyring: notify.smtp.password)"),
    Key("notify.smtp.ca_file", str, "", "LOCAL", "Berkas CA untuk TLS ke server SMTP (kosong = CA sistem)"),
    Key("notify.wa.url", str, "", "OFFICE",
        "URL gateway WhatsApp/SMS, mis. https://api.fonnte.com/send (kosong = WhatsApp/SMS tidak dikirim)"),
    Key("notify.wa.method", str, "POST", "OFFICE", "Metode HTTP gateway", ("POST", "GET")),
    Key("notify.wa.token_header", str, "", "OFFICE",
        "Header yang membawa token gateway, mis. Authorization untuk Fonnte dan Wablas "
        "(kosong = tanpa token; token di keyring: notify.wa.token)"),
    Key("notify.wa.number_field", str, "target", "OFFICE", "Nama isian nomor tujuan (Fonnte: target, Wablas: phone)"),
    Key("notify.wa.message_field", str, "message", "OFFICE", "Nama isian isi pesan"),
    Key("notify.wa.format", str, "form", "OFFICE", "Bentuk isi permintaan ke gateway", ("json", "form")),
    Key("notify.wa.extra", str, "", "OFFICE",
        "Isian tetap tambahan untuk gateway: nama=nilai; … (mis. countryCode=62 untuk Fonnte)"),
    Key("notify.wa.idempotency_header", str, "", "OFFICE",
        "Header kunci idempotensi, bila gateway menolak kiriman kedua dengan kunci yang sama (mis. "
        "Idempotency-Key untuk gateway kantor sendiri); kosong = gateway tidak mengenalnya (Fonnte, Wablas)"),
    Key("notify.sms.url", str, "", "OFFICE",
        "URL gateway SMS bila berbeda dari gateway WhatsApp (kosong = gateway yang sama)"),
]}
# The texts of the messages, one setting per kind (placeholders checked on save).
KEYS.update({k.name: k for k in (
    Key(f"notify.template.{kind.lower()}", str, text, "OFFICE", doc) for kind, text, doc in _notify_templates())})


class ConfigError(LoketError, ValueError):
    pass


def _key(name: str) -> Key:
    try:
        return KEYS[name]
    except KeyError:
        raise ConfigError(tr("Kunci pengaturan tidak dikenal: {name}").format(name=name)) from None


def PASSWORD_IN_URL() -> str:   # noqa: N802 (a message, translated when shown)
    return tr("Kata sandi tidak boleh ditulis di URL basis data pusat: selama perintah berjalan siapa pun "
              "di komputer ini dapat melihatnya di daftar proses (ps), dan pengaturan bukan tempat rahasia. "
              "Tulis URL tanpa kata sandi, lalu simpan kata sandinya di keyring: loket secret set central.password")


def url_password(url: str) -> bool:
    """Does this database URL carry a password?"""
    from sqlalchemy.engine import make_url
    try:
        return bool(make_url(url).password)
    except Exception:
        return ":" in url.split("@", 1)[0].split("//", 1)[-1] if "@" in url else False


def parse(name: str, raw: str) -> Any:
    """Text from the command line or a form → typed value, or ConfigError."""
    k = _key(name)
    if k.type is bool:
        low = raw.strip().lower()
        if low in ("1", "true", "ya", "yes", "on"):
            value: Any = True
        elif low in ("0", "false", "tidak", "no", "off"):
            value = False
        else:
            raise ConfigError(tr("{name} harus ya/tidak (true/false)").format(name=name))
    elif k.type is int:
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(tr("{name} harus bilangan bulat").format(name=name)) from None
    else:
        value = raw
    if name == "office.verify_url" and value:
        value = value.strip()
        if not value.lower().startswith(("https://", "http://")) or "#" in value or any(c.isspace() for c in value):
            raise ConfigError(tr("{name} harus alamat http(s):// tanpa '#' dan tanpa spasi").format(name=name))
    if name == "central.url" and value and url_password(value):
        raise ConfigError(PASSWORD_IN_URL())
    if name.startswith("notify.template."):
        from app.notify.templates import TemplateError, check
        try:
            value = check(name.rsplit(".", 1)[1].upper(), value)
        except TemplateError as e:
            raise ConfigError(str(e)) from None
    if k.choices and value not in k.choices:
        raise ConfigError(tr("{name} harus salah satu dari: {choices}").format(
            name=name, choices=", ".join(map(str, k.choices))))
    return value


def get(session: Session, name: str) -> Any:
    from db.models import Setting
    k = _key(name)
    row = session.get(Setting, name)
    return k.default if row is None else json.loads(row.value)


_VALUES: Any = None


def values(session: Session, names: Any) -> dict[str, Any]:
    """Several settings in one query (a document's letterhead reads a dozen)."""
    from sqlalchemy import bindparam, select

    from db.models import Setting
    names = list(names)
    keys = {name: _key(name) for name in names}
    global _VALUES
    if _VALUES is None:     # built once (db.models is imported lazily here)
        _VALUES = select(Setting.key, Setting.value).where(Setting.key.in_(bindparam("names", expanding=True)))
    stored = dict(session.execute(_VALUES, {"names": names}).all())
    return {name: k.default if name not in stored else json.loads(stored[name]) for name, k in keys.items()}


def read(conn: sqlite3.Connection, names: Any) -> dict[str, Any]:
    """`values` straight from the SQLite file (app/runtime.py `Loket.read`): the
    window's first page reads its settings before SQLAlchemy is loaded."""
    names = list(names)
    keys = {name: _key(name) for name in names}
    marks = ", ".join("?" * len(names))
    stored = dict(conn.execute(f"SELECT key, value FROM setting WHERE key IN ({marks})", names).fetchall())
    return {name: k.default if name not in stored else json.loads(stored[name]) for name, k in keys.items()}


def set_(session: Session, name: str, value: Any) -> None:
    from db.models import Setting
    k = _key(name)
    if not isinstance(value, k.type):
        value = parse(name, str(value))
    elif name == "central.url" and value and url_password(str(value)):
        raise ConfigError(PASSWORD_IN_URL())
    elif name == "office.verify_url" or name.startswith("notify.template."):
        value = parse(name, str(value))
    row = session.get(Setting, name)
    if row is None:
        session.add(Setting(key=name, value=json.dumps(value), scope=k.scope))
    else:
        if row.value != json.dumps(value):
            row.proof_sig = None   # an administrator's proof covered the old value (app/services/office.py signs)
        row.value = json.dumps(value)
        row.version = (row.version or 0) + 1


def all_values(session: Session) -> dict[str, Any]:
    from sqlalchemy import select

    from db.models import Setting
    stored = {r.key: json.loads(r.value) for r in session.scalars(select(Setting))}
    return {name: stored.get(name, k.default) for name, k in KEYS.items()}
