"""Loket services: everything the counters do, without Qt."""
from __future__ import annotations

import os
import sys


def _version() -> str:
    """The installed version. The package's own METADATA found on sys.path, as
    importlib.metadata would find it first: importing importlib.metadata (email,
    zipfile, csv…) costs a start 20–50 ms, and every start asks (the window's
    version, `loket --version`); importlib.metadata answers when this finds nothing."""
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("loket-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as f:
                        for line in f:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break
                except OSError:
                    pass
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("loket")
    except PackageNotFoundError:  # running from a source tree without install
        return "0.0.0"


__version__ = _version()
