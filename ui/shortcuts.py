"""Every keyboard shortcut of Loket, in one table.

One meaning per key across the application: a key listed for the whole window
("Semua halaman") means that everywhere, and no page uses it for anything
else (Ctrl+L always locks the screen). Keys of a page are live only while that
page (or that part of it) is shown. `tests/gui/test_shortcuts.py` walks the real
main window page by page, collects every shortcut Qt would answer there
(QShortcut, QAction, button mnemonics) and checks that no two share a key
where both are live, and that each one is in this table; the README's key
table is `markdown()` of it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    keys: str          # as QKeySequence writes it (PortableText), e.g. "Ctrl+L"
    where: str         # "Semua halaman" or the page / part of a page
    what: str


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("shortcuts", text)  # type: ignore[return-value]


WINDOW = _t("Semua halaman")

SHORTCUTS: list[Shortcut] = [
    Shortcut("Ctrl+F", WINDOW, _t("ke kotak Cari permohonan")),
    Shortcut("F5", WINDOW, _t("muat ulang halaman ini")),
    Shortcut("Ctrl+F5", WINDOW, _t("sinkronkan sekarang")),
    Shortcut("Ctrl+L", WINDOW, _t("kunci layar")),
    Shortcut("F1", WINDOW, _t("Tentang Loket (versi, folder data, berkas log)")),
    Shortcut("Ctrl+Q", WINDOW, _t("keluar: petugas ini keluar; bila petugas lain masih membuka sesi, "
                                  "layar masuk tampil, bila tidak aplikasi selesai")),
    Shortcut("Ctrl+1", WINDOW, _t("halaman Permohonan (beranda)")),
    Shortcut("F2", WINDOW, _t("Loket 2, kursor di kotak cari")),
    Shortcut("Ctrl+2", WINDOW, _t("halaman kedua di navigasi (dan seterusnya sampai Ctrl+9)")),
    Shortcut("Ctrl+3", WINDOW, _t("halaman ketiga di navigasi")),
    Shortcut("Ctrl+4", WINDOW, _t("halaman keempat di navigasi")),
    Shortcut("Ctrl+5", WINDOW, _t("halaman kelima di navigasi")),
    Shortcut("Ctrl+6", WINDOW, _t("halaman keenam di navigasi")),
    Shortcut("Ctrl+7", WINDOW, _t("halaman ketujuh di navigasi")),
    Shortcut("Ctrl+8", WINDOW, _t("halaman kedelapan di navigasi")),
    Shortcut("Ctrl+9", WINDOW, _t("halaman kesembilan di navigasi")),
    # counter 2
    Shortcut("Ctrl+N", _t("Loket 2"), _t("pendaftaran walk-in baru")),
    Shortcut("Ctrl+H", _t("Loket 2"), _t("register harian")),
    Shortcut("Ctrl+S", _t("Loket 2 — walk-in"), _t("daftarkan dan periksa berkas")),
    Shortcut("Esc", _t("Loket 2 — walk-in"), _t("batal (draf dihapus)")),
    Shortcut("Ctrl+Shift+A", _t("Loket 2 — berkas"), _t("semua persyaratan ADA")),
    Shortcut("Ctrl+Return", _t("Loket 2 — berkas"), _t("terima berkas, cetak tanda terima")),
    Shortcut("Ctrl+Enter", _t("Loket 2 — berkas"), _t("terima berkas (Enter di papan angka)")),
    Shortcut("Alt+T", _t("Loket 2 — berkas"), _t("terima berkas")),
    Shortcut("Alt+K", _t("Loket 2 — berkas"), _t("kembalikan berkas (ditanya dulu: Enter = ya, Esc = batal)")),
    Shortcut("Ctrl+P", _t("Loket 2 — berkas"), _t("lihat/cetak ulang tanda terima atau bukti pengembalian")),
    Shortcut("Esc", _t("Loket 2 — berkas"), _t("kembali ke kotak cari")),
    # the PDF preview (counter 2, 4, 5, SKM report)
    Shortcut("Ctrl+P", _t("Pratinjau PDF"), _t("cetak")),
    Shortcut("Ctrl+S", _t("Pratinjau PDF"), _t("simpan PDF")),
    Shortcut("Ctrl++", _t("Pratinjau PDF"), _t("perbesar")),
    Shortcut("Ctrl+=", _t("Pratinjau PDF"), _t("perbesar")),
    Shortcut("Ctrl+-", _t("Pratinjau PDF"), _t("perkecil")),
    Shortcut("Esc", _t("Pratinjau PDF"), _t("tutup")),
    # back office
    Shortcut("Return", _t("Laporan"), _t("buka berkas baris ini (di daftar)")),
    Shortcut("Ctrl+P", _t("Pelacakan"), _t("cetak lembar kendali")),
    # counter 4
    Shortcut("F4", _t("Loket 4, Loket 5"), _t("ke kotak pindai")),
    Shortcut("F6", _t("Loket 4"), _t("cetak SK")),
    Shortcut("F7", _t("Loket 4"), _t("cetak ulang (dengan alasan)")),
    Shortcut("F8", _t("Loket 4"), _t("legalisir")),
    # counter 5
    Shortcut("Alt+1", _t("Loket 5"), _t("tab Penyerahan SK")),
    Shortcut("Alt+2", _t("Loket 5"), _t("tab Pengaduan")),
    Shortcut("Alt+3", _t("Loket 5"), _t("tab Laporan SKM")),
    Shortcut("F6", _t("Loket 5 — penyerahan"), _t("mulai survei di layar pemohon")),
    Shortcut("F9", _t("Loket 5 — penyerahan"), _t("serahkan SK dan arsipkan (ditanya dulu: Enter = ya, Esc = batal)")),
    Shortcut("Ctrl+Return", _t("Loket 5 — pengaduan"), _t("catat pengaduan baru")),
    Shortcut("Ctrl+Enter", _t("Loket 5 — pengaduan"), _t("catat pengaduan baru (papan angka)")),
    Shortcut("F3", _t("Loket 5 — pengaduan"), _t("ke kotak saring")),
    Shortcut("Ctrl+S", _t("Loket 5 — pengaduan"), _t("simpan tindak lanjut")),
    # admin
    Shortcut("Ins", _t("Admin — Petugas, Admin — Jenis Izin"), _t("tambah")),
    Shortcut("Ctrl+S", _t("Admin — Jenis Izin"), _t("simpan jenis izin")),
    Shortcut("Alt+M", _t("Admin — Konflik Sinkronisasi, Admin — SiCantik"), _t("muat ulang")),
    Shortcut("Alt+I", _t("Admin — SiCantik"), _t("impor sekarang berkas yang jenis izinnya sudah dipetakan")),
]


def keys() -> set[str]:
    return {s.keys for s in SHORTCUTS}


def markdown() -> str:
    """The README's table (Indonesian, as the screens)."""
    tr = QCoreApplication.translate
    rows = ["| Tombol | Di mana | Fungsi |", "|---|---|---|"]
    for s in SHORTCUTS:
        rows.append(f"| `{s.keys}` | {tr('shortcuts', s.where)} | {tr('shortcuts', s.what)} |")
    return "\n".join(rows)
