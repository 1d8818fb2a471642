"""What Qt's xcb platform (the Linux desktop) needs from the system, checked
before Qt starts.

PySide6 wheels bring Qt itself but not the X11/xcb libraries of the system.
When one is missing, Qt aborts the process and names only the first library
it could not load. `missing()` looks every needed library up at once, so one
message names every missing package with the `apt-get install` line:

    python -m app.qt_system          # exit 0 when all is there, else 1 with the message
    make run                         # runs the same check first

No Qt here: this runs before Qt is imported. The lookup is injectable, so the
tests decide which libraries "exist".
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

# soname → Debian/Ubuntu package. What the wheel's libraries Loket loads (QtCore, QtGui,
# QtWidgets, QtNetwork for the single-instance socket, QtPdf, QtPrintSupport, QtCharts,
# the xcb platform plugin) link against outside the wheel (their ELF NEEDED entries,
# checked by tests/unit/test_qt_system.py against the installed wheel), less what every
# Debian/Ubuntu has (libc, libstdc++, zlib, zstd: `BASE`).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}

# Part of every Debian/Ubuntu system (essential or required packages): never missing.
BASE = frozenset({"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0",
                  "libdl.so.2", "librt.so.1", "libresolv.so.2", "libz.so.1", "libzstd.so.1",
                  "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"})

# Qt starts without these, but a counter needs them: the system's printers (Qt's CUPS
# plugin; without it the print dialog offers only a PDF file). Named as a warning.
OPTIONAL_LIBRARIES: dict[str, str] = {
    "libcups.so.2": "libcups2",
}


def _ldconfig_sonames() -> set[str] | None:
    """The sonames the dynamic loader's cache knows (`ldconfig -p`), or None."""
    import subprocess  # only on the Linux desktop (xcb); offscreen and the tests skip it
    for exe in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run([exe, "-p"], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        names = {line.split()[0] for line in out.splitlines()[1:] if line.strip()}
        if names:
            return names
    return None


def system_lookup() -> Callable[[str], bool]:
    """soname → present? From the loader cache; ctypes.util.find_library where
    there is no cache (LD_LIBRARY_PATH is honoured through find_library too)."""
    import ctypes.util
    cache = _ldconfig_sonames() or set()

    def present(soname: str) -> bool:
        if soname in cache:
            return True
        name = soname[3:].split(".so")[0]          # libxcb-icccm.so.4 → xcb-icccm
        found = ctypes.util.find_library(name)
        return bool(found) and os.path.basename(found) == soname  # type: ignore[type-var]
    return present


def applies(platform: str = sys.platform, env: dict[str, Any] | None = None) -> bool:
    """Only the Linux desktop uses xcb (not offscreen tests, not Wayland when asked for)."""
    env = os.environ if env is None else env  # type: ignore[assignment]
    if not platform.startswith("linux") or env.get("LOKET_SKIP_QT_CHECK"):  # type: ignore[union-attr]
        return False
    qpa = (env.get("QT_QPA_PLATFORM") or "").split(":")[0].split(";")[0].strip()  # type: ignore[union-attr]
    return qpa in ("", "xcb")


def missing(lookup: Callable[[str], bool] | None = None,
            libraries: dict[str, str] = XCB_LIBRARIES) -> list[tuple[str, str]]:
    """(soname, package) of every needed library the system lacks."""
    lookup = lookup or system_lookup()
    return [(so, pkg) for so, pkg in libraries.items() if not lookup(so)]


def message(gone: Iterable[tuple[str, str]]) -> str:
    """One message naming every missing package, with the line that installs them."""
    from app.i18n import tr
    gone = list(gone)
    packages = sorted({pkg for _so, pkg in gone})
    return tr("Loket belum dapat membuka jendelanya: Qt memerlukan pustaka sistem berikut yang belum "
              "terpasang: {libs}.\nPasang semuanya sekaligus:\n\n    sudo apt-get install {pkgs}\n\n"
              "lalu jalankan lagi.").format(libs=", ".join(so for so, _ in gone), pkgs=" ".join(packages))


def check(lookup: Callable[[str], bool] | None = None, platform: str = sys.platform,
          env: dict[str, Any] | None = None) -> str | None:
    """None when Qt's desktop platform can start, else the message."""
    if not applies(platform, env):
        return None
    gone = missing(lookup)
    return message(gone) if gone else None


def optional_note(lookup: Callable[[str], bool] | None = None, platform: str = sys.platform,
                  env: dict[str, Any] | None = None) -> str | None:
    """A warning naming the optional libraries the system lacks (printing), or None."""
    if not applies(platform, env):
        return None
    gone = missing(lookup, OPTIONAL_LIBRARIES)
    if not gone:
        return None
    from app.i18n import tr
    return tr("Catatan: tanpa {libs} Loket tidak melihat printer sistem (dialog cetak hanya "
              "menawarkan berkas PDF). Pasang dengan:\n\n    sudo apt-get install {pkgs}\n").format(
        libs=", ".join(so for so, _ in gone), pkgs=" ".join(sorted({pkg for _so, pkg in gone})))


def main() -> int:
    lookup = system_lookup() if applies() else None
    text = check(lookup)
    if text:
        print(text, file=sys.stderr)
        return 1
    note = optional_note(lookup)
    if note:
        print(note, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
