"""The texts of the messages: one template per message kind, with placeholders.

A template is plain text with `{name}` placeholders (Python's format syntax, cut down):
only the placeholders listed for its kind, no attribute or index access, no format
specs, no conversions. `check()` refuses anything else with one clear message, when
the administrator saves it (`config.parse` calls it for every `notify.template.*`
key), so a message never fails to render later at a counter.

The texts are stored as OFFICE settings (`notify.template.received`, …): typed, with
the defaults below, listed by `loket config list`, and travelling with the sync.
Messages carry what the applicant needs and nothing more: no NIK, no address.
"""
from __future__ import annotations

import string
from dataclasses import dataclass

from app.i18n import tr

RECEIVED, RETURNED, READY, HANDED_OVER, EXPIRY, COMPLAINT = (
    "RECEIVED", "RETURNED", "READY", "HANDED_OVER", "EXPIRY", "COMPLAINT")

# What each placeholder means (shown on the admin page); translated as data (`*_LABELS`).
PLACEHOLDER_LABELS = {
    "nama": "Nama pemohon",
    "nomor": "Nomor permohonan",
    "jenis_izin": "Jenis izin",
    "kantor": "Nama kantor",
    "telepon_kantor": "Telepon kantor",
    "jam_layanan": "Jam layanan",
    "tanda_terima": "Nomor tanda terima / bukti pengembalian",
    "perkiraan_selesai": "Perkiraan tanggal selesai",
    "kekurangan": "Yang harus dilengkapi",
    "dokumen": "SK izin atau surat penolakan",
    "penerima": "Nama penerima",
    "tanggal": "Tanggal penyerahan",
    "nomor_izin": "Nomor SK izin",
    "berlaku_sampai": "Tanggal akhir masa berlaku",
    "sisa_hari": "Sisa hari (90, 30 atau 7)",
    "tiket": "Nomor tiket pengaduan",
    "tanggapan": "Tanggapan petugas",
}
# Available in every template.
COMMON = ("nama", "nomor", "jenis_izin", "kantor", "telepon_kantor", "jam_layanan")

KIND_LABELS = {
    RECEIVED: "Berkas diterima", RETURNED: "Berkas dikembalikan", READY: "SK siap diambil",
    HANDED_OVER: "SK diserahkan", EXPIRY: "Izin akan berakhir", COMPLAINT: "Pengaduan ditanggapi",
}
SUBJECT_LABELS = {
    RECEIVED: "Berkas permohonan diterima", RETURNED: "Berkas permohonan perlu dilengkapi",
    READY: "Dokumen izin siap diambil", HANDED_OVER: "Dokumen izin telah diserahkan",
    EXPIRY: "Masa berlaku izin akan berakhir", COMPLAINT: "Tanggapan atas pengaduan Anda",
}


@dataclass(frozen=True)
class Kind:
    key: str
    placeholders: tuple[str, ...]       # names besides COMMON
    default: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.key]

    @property
    def subject(self) -> str:
        return SUBJECT_LABELS[self.key]


KINDS: dict[str, Kind] = {k.key: k for k in [
    Kind(RECEIVED, ("tanda_terima", "perkiraan_selesai"),
         "Yth. {nama}, berkas permohonan {jenis_izin} nomor {nomor} telah kami terima lengkap "
         "(tanda terima {tanda_terima}). Perkiraan selesai: {perkiraan_selesai}. Simpan tanda terima "
         "untuk pengambilan izin. — {kantor}"),
    Kind(RETURNED, ("kekurangan", "tanda_terima"),
         "Yth. {nama}, berkas permohonan {jenis_izin} nomor {nomor} belum lengkap dan kami kembalikan. "
         "Mohon lengkapi: {kekurangan}. Silakan datang kembali dengan kelengkapan tersebut "
         "({jam_layanan}). — {kantor}"),
    Kind(READY, ("dokumen",),
         "Yth. {nama}, {dokumen} untuk permohonan {jenis_izin} nomor {nomor} sudah dapat diambil di "
         "{kantor} ({jam_layanan}). Bawa tanda terima berkas dan KTP asli; bila diwakilkan, bawa surat "
         "kuasa dan KTP penerima kuasa."),
    Kind(HANDED_OVER, ("dokumen", "penerima", "tanggal"),
         "Yth. {nama}, {dokumen} untuk permohonan {jenis_izin} nomor {nomor} telah diserahkan kepada "
         "{penerima} pada {tanggal}. Terima kasih. — {kantor}"),
    Kind(EXPIRY, ("nomor_izin", "berlaku_sampai", "sisa_hari"),
         "Yth. {nama}, izin {jenis_izin} nomor {nomor_izin} berlaku sampai {berlaku_sampai} "
         "({sisa_hari} hari lagi). Ajukan perpanjangan melalui SiCantik Cloud atau di {kantor} "
         "sebelum tanggal tersebut."),
    Kind(COMPLAINT, ("tiket", "tanggapan"),
         "Yth. {nama}, pengaduan Anda nomor {tiket} telah ditanggapi: {tanggapan} — {kantor}"),
]}

MAX_LENGTH = 1000


class TemplateError(ValueError):
    """A template that cannot be saved; the message says why, in Indonesian."""


def allowed(kind: str) -> dict[str, str]:
    """placeholder → its meaning (untranslated), COMMON first."""
    return {n: PLACEHOLDER_LABELS[n] for n in (*COMMON, *KINDS[kind].placeholders)}


def check(kind: str, text: str) -> str:
    """The template, trimmed, or TemplateError naming the first problem."""
    if kind not in KINDS:
        raise TemplateError(tr("Jenis pesan tidak dikenal: {kind}").format(kind=kind))
    text = (text or "").strip()
    if not text:
        raise TemplateError(tr("Teks pesan tidak boleh kosong."))
    if len(text) > MAX_LENGTH:
        raise TemplateError(tr("Teks pesan paling banyak {n} karakter.").format(n=MAX_LENGTH))
    names = allowed(kind)
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateError(tr("Kurung kurawal tidak berpasangan; tulis placeholder sebagai {{nama}}, "
                               "dan {{{{ atau }}}} untuk kurung kurawal biasa.")) from None
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in names:
            raise TemplateError(tr("Placeholder tidak dikenal: {{{field}}}. Yang dapat dipakai: {names}.")
                                .format(field=field, names=", ".join("{" + n + "}" for n in names)))
        if spec or conversion:
            raise TemplateError(tr("Placeholder {{{field}}} tidak boleh memakai format atau konversi.")
                                .format(field=field))
    return text


def render(text: str, values: dict[str, object]) -> str:
    """Fill a checked template. A placeholder with no value becomes "-" (never an error
    at a counter: the template was checked when saved)."""
    safe = {k: ("-" if v in (None, "") else str(v)) for k, v in values.items()}

    class _Missing(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "-"
    return string.Formatter().vformat(text, (), _Missing(safe))


def config_entries() -> list[tuple[str, str, str]]:
    """(kind, default text, doc) for app/config.py's KEYS."""
    out = []
    for k in KINDS.values():
        names = ", ".join("{" + n + "}" for n in allowed(k.key))
        out.append((k.key, k.default, f"Teks pesan “{k.label}”; placeholder: {names}"))
    return out
