"""`make run` and `loket` check what Qt's xcb platform needs before Qt starts,
and name every missing package in one message."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from app import qt_system

ROOT = Path(__file__).resolve().parents[2]


def lookup_without(*absent):
    return lambda soname: soname not in absent


def test_every_missing_package_is_named_once_with_the_apt_get_line():
    text = qt_system.check(lookup_without("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
                           platform="linux", env={})
    assert text is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    for so in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert so in text
    assert "libxcb-image0" not in text


def test_nothing_missing_means_no_message_and_other_platforms_are_not_checked():
    assert qt_system.check(lookup_without(), platform="linux", env={}) is None
    everything_missing = lambda _so: False  # noqa: E731
    assert qt_system.check(everything_missing, platform="win32", env={}) is None
    assert qt_system.check(everything_missing, platform="linux", env={"QT_QPA_PLATFORM": "offscreen"}) is None
    assert qt_system.check(everything_missing, platform="linux", env={"QT_QPA_PLATFORM": "wayland"}) is None
    text = qt_system.check(everything_missing, platform="linux", env={"QT_QPA_PLATFORM": "xcb"})
    assert text and all(pkg in text for pkg in qt_system.XCB_LIBRARIES.values())


def test_the_real_lookup_finds_the_c_library_and_not_a_made_up_one():
    present = qt_system.system_lookup()
    assert present("libc.so.6")
    assert not present("libloket-tidak-ada.so.9")


def test_make_run_checks_before_it_starts_and_the_readme_lists_the_packages():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = make.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    lines = [ln.strip() for ln in run.splitlines()[1:] if ln.strip()]
    assert "app.qt_system" in lines[0]          # before the database and the window
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt = re.search(r"apt-get install ([^\n`]+)", readme)
    assert apt and set(qt_system.XCB_LIBRARIES.values()) <= set(apt.group(1).split())
    assert all(f"apt-get install {pkg}" in readme for pkg in qt_system.OPTIONAL_LIBRARIES.values())


def test_the_check_as_a_command_exits_1_with_the_message(tmp_path):
    # a process whose loader finds nothing of X11: LD_LIBRARY_PATH cannot hide libraries,
    # so the command is run with a lookup that reports them gone
    code = ("import sys; from app import qt_system as q; "
            "q.system_lookup = lambda: (lambda so: so != 'libxcb-keysyms.so.1'); "
            "sys.exit(q.main())")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb"}, timeout=60)
    assert r.returncode == 1 and "apt-get install libxcb-keysyms1" in r.stderr


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what `readelf -d` lists)."""
    import struct
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)             # SHT_DYNAMIC
    strtab = sections[dynamic[6]]                                 # its sh_link: .dynstr
    out = []
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, val = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == 1:                                              # DT_NEEDED
            start = strtab[4] + val
            out.append(data[start:data.index(b"\0", start)].decode())
    return out


def test_the_list_covers_what_the_installed_qt_links_against():
    """Every system library the wheel's Qt needs (for what Loket loads) is in the list,
    so a PySide6 upgrade that links one more is caught here, not on a fresh counter."""
    import PySide6
    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so"] + [
        qt / "lib" / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets", "DBus", "OpenGL", "XcbQpa",
                                                 "Network", "Pdf", "PdfWidgets", "PrintSupport", "Charts")]
    in_wheel = {f.name for f in (qt / "lib").iterdir()}
    needed = {so for f in files if f.exists() for so in _needed(f)}
    assert "libxcb.so.1" in needed                       # the reader works
    system = needed - in_wheel - qt_system.BASE
    assert system <= set(qt_system.XCB_LIBRARIES), sorted(system - set(qt_system.XCB_LIBRARIES))
    printing = qt / "plugins" / "printsupport" / "libcupsprintersupport.so"
    if printing.exists():
        assert set(_needed(printing)) - in_wheel - qt_system.BASE - set(qt_system.XCB_LIBRARIES) \
            <= set(qt_system.OPTIONAL_LIBRARIES)


def test_a_missing_printing_library_is_a_note_not_a_refusal():
    lookup = lookup_without("libcups.so.2")
    assert qt_system.check(lookup, platform="linux", env={}) is None
    note = qt_system.optional_note(lookup, platform="linux", env={})
    assert note and "sudo apt-get install libcups2" in note
    assert qt_system.optional_note(lookup_without(), platform="linux", env={}) is None
