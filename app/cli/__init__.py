"""The `loket` command. No arguments: the GUI. A subcommand: that job, then exit.

Exit codes: 0 success, 1 failure (one clear line on stderr), 2 usage error.
Each area registers its subcommands from its own module (COMMANDS below).
"""
from __future__ import annotations

import argparse
import importlib
import sys
from argparse import Namespace
from typing import Any

from app import __version__
from app.i18n import tr

# Modules under app/cli/ that add subcommands; each has register(subparsers).
COMMANDS = [
    "db", "demo", "find", "doctor", "config", "officer", "secret", "audit", "printing", "verify", "keys",
    "sicantik", "sync", "central", "skm", "tracking", "permit_types", "closures", "report", "sk", "act", "notify",
]


class Failure(Exception):
    """Exit 1 with this message."""


def iso_date(value: str | None, flag: str) -> Any:
    """A --from/--to value as a date (None when not given); a bad one exits 1 naming the flag."""
    from datetime import date
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Failure(tr("{flag}: tanggal tidak sah “{v}” (format YYYY-MM-DD).").format(flag=flag, v=value)) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="loket",
        description=tr("Loket — aplikasi front office DPMPTSP. Tanpa subperintah: membuka aplikasi."))
    p.add_argument("--version", action="version", version=f"Loket {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help=tr("folder data (bawaan: LOKET_DATA_DIR atau folder data pengguna)"))
    p.add_argument("--smoke", action="store_true",
                   help=tr("buka jendela utama, tunggu sampai tergambar dengan data, cetak waktunya, keluar"))
    sub = p.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMANDS:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return p


def open_from(args: Namespace) -> Any:
    from app.runtime import StartupError, open_loket
    try:
        return open_loket(args.data_dir)
    except StartupError as e:
        raise Failure(str(e)) from None


def _gui_args(argv: list[str]) -> argparse.Namespace | None:
    """The options of a start without a subcommand (the window), or None. Building the
    whole parser imports every CLI module: a tenth of a second no window start needs;
    even a small ArgumentParser reads the locale's message catalogue (gettext, locale).
    Only the exact spellings are taken here: anything else (an abbreviation, a
    subcommand, --help, a mistake) goes to the full parser, which explains it."""
    data_dir, smoke = None, False
    words = iter(argv)
    for word in words:
        if word == "--smoke":
            smoke = True
        elif word == "--data-dir":
            data_dir = next(words, None)
            if data_dir is None or data_dir.startswith("-"):
                return None
        elif word.startswith("--data-dir="):
            data_dir = word.split("=", 1)[1]
        else:
            return None
    return argparse.Namespace(data_dir=data_dir, smoke=smoke, command=None)


def _end_smoke(rc: int) -> None:
    """End a `--smoke` process at once, once its report is out. It only read (the
    database read-only, ui.ini left as it was) and has nothing to save, while
    tearing down Qt's widget tree and the interpreter costs ~35 ms of CPU (a tenth
    of the run) that the installer or CI waiting on the check gains nothing from.
    A real session, and the tests calling run_gui, exit the normal way."""
    import logging
    import os
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(rc)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _gui_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        # No garbage collection while the window starts: importing Qt and building the
        # window make ~30,000 long-lived objects and next to no garbage, and the ~50
        # collections they would set off cost the start ~10 ms. ui/main.py turns it
        # back on once the window's first frame is out (ui.main.collect_from_now).
        import gc
        gc.disable()
        try:
            from ui.main import run_gui
            rc = run_gui(args)
        finally:
            gc.enable()
        if args.smoke:
            _end_smoke(rc)
        return rc
    try:
        return args.func(args) or 0
    except Failure as e:
        print(f"loket: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # one clear line, the traceback goes to the log
        from app.errors import LoketError
        if isinstance(e, LoketError):
            print(f"loket: {e}", file=sys.stderr)
            return 1
        import logging
        logging.getLogger("loket").exception("command %s failed", args.command)
        print(f"loket: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
