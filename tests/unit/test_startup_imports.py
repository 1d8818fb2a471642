"""`loket --smoke` (a cold start to the painted window) imports none of the heavy
libraries it does not need: each one is paid by every officer at every start.
Measured with `python -X importtime`, the same tool the bench note uses."""
from __future__ import annotations

import os
import subprocess
import sys

# Loaded only when their work is asked for: SQLAlchemy and the mapped models (the
# first page is read with the sqlite3 driver, the ORM loads behind the login screen:
# app/runtime.py), migrations (Alembic, only when the stored revision is not the
# head), NIK/NPWP checks (stdnum pulls in pydoc), documents and their QR codes,
# spreadsheets, e-signatures, charts, HTTP clients, the OS keyring (app/secrets.py
# imports it on the first secret read), the demo generator, every CLI subcommand's
# module (app/cli: a start without a subcommand builds no parser of them), the
# pages and dialogs the window does not show yet, and the standard library's
# importlib.metadata (the version is read from METADATA itself, app/__init__.py)
# and logging.handlers (app.runtime.RotatingLog).
HEAVY = ("sqlalchemy", "db.models", "db.engine", "alembic", "stdnum", "pydoc", "reportlab", "openpyxl",
         "pyhanko", "PySide6.QtCharts", "keyring", "requests", "httpx", "urllib3", "zxingcpp", "holidays",
         "app.demo", "app.cli.demo", "app.cli.secret", "app.cli.sync", "app.cli.report",
         "app.services.applications", "ui.detail", "ui.pages.worklist.page", "ui.widgets.forms",
         "importlib.metadata", "logging.handlers")


def test_smoke_start_imports_no_heavy_module(loket, data_dir):
    from app import demo
    demo.generate(loket, 20, seed=3)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "app", "--data-dir", str(data_dir), "--smoke"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "smoke: first paint with data" in p.stdout
    imported = {line.split("|")[-1].strip() for line in p.stderr.splitlines() if line.startswith("import time:")}
    assert "PySide6.QtWidgets" in imported          # the measurement sees the imports at all
    heavy = sorted(m for m in imported if m.split(".")[0] in HEAVY or m in HEAVY
                   or any(m.startswith(h + ".") for h in HEAVY))
    assert not heavy, f"--smoke imported {heavy}"


# PySide6 builds the Python type of a Qt class (and of each of its enums, which is
# the costly part: Python's enum module takes ~20 µs a member) on first use. These
# come only with work the first page does not do: a plain QWidget or QObject made by
# Qt handed to Python (a scroll area's viewport, an event filter on the whole
# application) makes PySide build every QWidget or QObject subclass while it looks
# for the most derived one (ui/search.py ResultsTable, ui/lock.py), and
# app.setStyle builds QStyle (ui/main.py make_application).
LAZY_QT = {"PySide6.QtWidgets": ("QWizard", "QFileDialog", "QCalendarWidget", "QMdiArea", "QStyle",
                                 "QProgressDialog", "QDialogButtonBox", "QMessageBox"),
           "PySide6.QtCore": ("QProcess", "QSharedMemory", "QFileSystemWatcher", "QPropertyAnimation"),
           "PySide6.QtGui": ("QMovie", "QSyntaxHighlighter", "QTextDocument")}

SMOKE_THEN_LIST_QT_TYPES = """
import sys
from argparse import Namespace
from ui.main import run_gui
rc = run_gui(Namespace(data_dir=sys.argv[1], smoke=True, command=None))
for module, names in {lazy!r}.items():
    built = vars(sys.modules[module])
    print(module, *[n for n in names if n in built])
sys.exit(rc)
"""


def test_smoke_start_builds_no_python_type_it_does_not_need(loket, data_dir):
    from app import demo
    demo.generate(loket, 20, seed=3)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-c", SMOKE_THEN_LIST_QT_TYPES.format(lazy=LAZY_QT), str(data_dir)],
                       capture_output=True, text=True, timeout=120, env=env)
    assert p.returncode == 0, p.stderr[-2000:]
    lines = p.stdout.splitlines()
    assert lines[0].startswith("smoke: first paint with data")
    built = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert built == {m: [] for m in LAZY_QT}, f"--smoke built {built}"
