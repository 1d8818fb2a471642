"""Starting the GUI: application object, style, language, database, officer,
main window; and `loket --smoke`.

`--smoke` starts exactly what an officer would get, waits until the main
window has been painted with data from the database (counts per state and the
first page of applications), prints the time since the process started and
exits 0. It skips the login dialog on purpose: it runs unattended (installers,
CI, benchmarks) where nobody can type a password, and no password may be
stored for it. It acts as a read-only actor without roles, so every service
refuses any change it might attempt.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from argparse import Namespace

_IMPORTED = time.monotonic()
log = logging.getLogger("loket.ui")


# -- time since the process started -------------------------------------------------------
def seconds_since_process_start() -> float:
    """Wall time since the OS started this process (Linux, Windows); elsewhere
    since this module was imported, which is before the window is built."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", "rb") as f:
                # field 22 (starttime, clock ticks after boot); the name in
                # field 2 may contain spaces, so count from the closing parenthesis
                fields = f.read().rsplit(b")", 1)[1].split()
            start = int(fields[19]) / os.sysconf("SC_CLK_TCK")
            with open("/proc/uptime", "rb") as f:
                uptime = float(f.read().split()[0])
            return max(0.0, uptime - start)
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes
            ft = [wintypes.FILETIME() for _ in range(4)]
            k32 = ctypes.windll.kernel32
            k32.GetProcessTimes(k32.GetCurrentProcess(), *[ctypes.byref(x) for x in ft])
            now = wintypes.FILETIME()
            k32.GetSystemTimeAsFileTime(ctypes.byref(now))
            as_int = lambda t: (t.dwHighDateTime << 32) | t.dwLowDateTime  # noqa: E731
            return max(0.0, (as_int(now) - as_int(ft[0])) / 1e7)
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return time.monotonic() - _IMPORTED


# -- uncaught exceptions ---------------------------------------------------------------------
_showing_error = False
_uncaught: list[BaseException] = []


def _excepthook(etype, value, tb) -> None:
    """Log every uncaught exception (slots included: PySide reports them here)
    and tell the officer calmly; the application keeps running."""
    global _showing_error
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(etype, value, tb)))
    _uncaught.append(value)
    if issubclass(etype, KeyboardInterrupt):
        from PySide6.QtWidgets import QApplication
        QApplication.quit()
        return
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None or _showing_error or app.property("smoke"):
        sys.__stderr__.write("".join(traceback.format_exception(etype, value, tb)))  # type: ignore[union-attr]
        return
    _showing_error = True
    try:
        from ui.widgets import error_box, user_message
        error_box(app.activeWindow(), user_message(value))  # type: ignore[attr-defined]
    finally:
        _showing_error = False


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = lambda a: log.error(
        "uncaught exception in thread %s:\n%s", a.thread.name if a.thread else "?",
        "".join(traceback.format_exception(a.exc_type, a.exc_value, a.exc_traceback)))


# -- pieces of the start ---------------------------------------------------------------------
def make_application(argv: list[str] | None = None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.paths import resources_dir

    app = QApplication.instance()
    styled = app is None
    if app is None:
        # Fractional scaling (125 %, 150 %) as the display asks, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        # The style is named on Qt's own command line: app.setStyle("Fusion") would
        # hand the new QStyle to Python, and PySide would build the Python types of
        # its eleven enums (~600 members, ~5 ms of every start) that nothing else
        # the start does needs.
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", STYLE])
    app.setApplicationName("Loket")
    app.setOrganizationName("DPMPTSP")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "loket.svg")))  # type: ignore[attr-defined]
    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setPointSizeF(11)
    app.setFont(font)  # type: ignore[attr-defined]
    apply_style(app, set_style=not styled)
    return app


STYLE = "Fusion"    # the same look on Windows and Linux, styled by style.qss


def apply_style(app, set_style: bool = True) -> None:
    """Fusion and Loket's style sheet; set_style=False: the application was
    made with Fusion already (make_application)."""
    from app.paths import resources_dir
    if set_style:
        app.setStyle(STYLE)
    # "@icons@" in the sheet: the icons folder as an absolute path (a url() in a style sheet
    # is read relative to the process's working folder, which is anything at a counter)
    icons = (resources_dir() / "icons").as_posix()
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8").replace("@icons@", icons))


_qt_translator = None      # Qt's own texts, installed by install_translator


def remove_qt_translator(app) -> None:
    global _qt_translator
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None


def install_translator(app, language: str):
    """English from loket_en.qm when chosen; Indonesian is the source text.
    Service messages (app.i18n.tr) go through the same translator."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app import i18n
    from app.paths import resources_dir
    translator = None
    app.setProperty("language", language or "id")
    if language and language != "id":
        qm = resources_dir() / "translations" / f"loket_{language}.qm"
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
        else:
            log.warning("translation %s not found; showing Indonesian", qm)
            translator = None
    # Qt's own texts (print and file dialogs, their buttons, context menus) in the same
    # language: Qt's qtbase_<lang>.qm where Qt ships one; Indonesian Qt does not ship, so
    # Loket carries its own (resources/translations/qtbase_id.ts, compiled by
    # `make translations`) for the print, page-setup and file dialogs and the standard buttons
    global _qt_translator
    from PySide6.QtCore import QLibraryInfo
    lang = language or "id"
    if _qt_translator is not None:         # a second call (another language) replaces it
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    app.setProperty("qt_translation", "")
    qt_translator = QTranslator(app)
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                   str(resources_dir() / "translations")):
        if qt_translator.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt_translator)
            app.setProperty("qt_translation", f"{folder}/qtbase_{lang}.qm")
            _qt_translator = qt_translator
            break
    i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    return translator


def collect_from_now() -> None:
    """Garbage collection back on after the window's first frame (app/cli turns it off
    for the start, and on again when run_gui returns). What exists by then (modules, classes, the window) lives as long as
    the session, so it goes to the permanent generation (gc.freeze, no pause) instead
    of being walked again by every full collection. Nothing to do when it was on."""
    import gc
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def smoke_actor(workstation: str):
    from app.services.context import Actor
    # No roles: read-only. See the module docstring for why smoke skips login.
    return Actor(None, "smoke", "Uji asap (hanya baca)", None, frozenset(), workstation)


def login_actor(loket, parent=None):
    """The officer for this session: ui.login when it exists, else a demo actor."""
    import importlib.util
    if importlib.util.find_spec("ui.login") is not None:
        from ui import login as login_module
        if hasattr(login_module, "login"):
            return login_module.login(loket, parent)
    # TODO(security): replaced by ui.login.login(); until then every role, for the demo.
    from app.services.context import Actor
    from app.workflow import ROLES
    log.warning("no login screen installed: using the demo officer with every role")
    return Actor(None, "demo", "Petugas Demo", None, frozenset(ROLES), loket.workstation)


class SmokeProbe:
    """Waits for the home page's data, then for the paint of its rows that shows it."""

    def __init__(self, app, window, timeout_s: float = 60.0) -> None:
        from PySide6.QtCore import QTimer
        self.app, self.window = app, window
        self.result: float | None = None
        home = window.home
        home.table.painted.connect(self._paint)
        home.ready.connect(home.table.repaint_rows)
        if home.is_ready():
            home.table.repaint_rows()
        QTimer.singleShot(int(timeout_s * 1000), self._timeout)

    def _paint(self) -> None:
        if self.window.home.is_ready() and self.result is None:
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, self._painted)     # once the frame with these rows is out

    def _painted(self) -> None:
        if self.result is None:
            self.result = seconds_since_process_start()
            home = self.window.home
            log.info("smoke: painted %d rows of %d applications in %.3f s", home.model.rowCount(),
                     sum(getattr(home, "counts", {}).values()), self.result)
            self.app.exit(0)

    def _timeout(self) -> None:
        if self.result is None:
            self.app.exit(3)


def _running_app():
    from PySide6.QtWidgets import QApplication
    return QApplication.instance()


# -- the entry point -------------------------------------------------------------------------
def run_gui(args: Namespace) -> int:
    from app.runtime import StartupError, open_loket
    from ui import worker
    from ui.widgets import set_office_timezone

    smoke = bool(getattr(args, "smoke", False))
    _uncaught.clear()
    from app import qt_system
    missing_libraries = qt_system.check()   # before Qt aborts on the first missing one
    if missing_libraries and _running_app() is None:
        print(missing_libraries, file=sys.stderr)
        return 1
    app = make_application()
    app.setProperty("smoke", smoke)
    install_excepthook()
    loket = None
    instance = None
    if not smoke:   # a smoke run only reads: it may run beside the officer's Loket
        from app import paths
        from ui import single_instance
        instance, note, answered = single_instance.claim(paths.data_dir(getattr(args, "data_dir", None)))
        if instance is None:    # another Loket on this folder: it has come to the front
            log.info("second copy: %s", note)
            print(note, file=sys.stderr)
            if not answered:
                from ui.widgets import error_box
                error_box(None, note, app.translate("main", "Loket tidak dapat dibuka"))
            return 0
    try:
        try:
            # open_loket copies the database file before migrating it
            loket = open_loket(getattr(args, "data_dir", None))
        except StartupError as e:
            log.error("startup refused: %s", e)
            if smoke:
                print(f"smoke: {e}", file=sys.stderr)
            else:
                from ui.widgets import error_box
                error_box(None, str(e), app.translate("main", "Loket tidak dapat dibuka"))
            return 1
        except Exception as e:
            log.exception("database could not be opened")
            if smoke:
                print(f"smoke: {type(e).__name__}: {e}", file=sys.stderr)
            else:
                from ui.widgets import error_box, user_message
                error_box(None, user_message(e), app.translate("main", "Loket tidak dapat dibuka"))
            return 1

        from app import config, unit
        got = unit.read(loket, lambda c: config.read(c, ["ui.language", "office.timezone"]))
        set_office_timezone(got["office.timezone"])
        install_translator(app, got["ui.language"])

        if smoke:
            actor = smoke_actor(loket.workstation)
        else:
            # SQLAlchemy and the models load on a worker thread while the login
            # screen shows (app/runtime.py); the smoke run's window needs neither
            loket.preload()
            actor = login_actor(loket)
            if actor is None:  # login cancelled
                return 0

        from ui.main_window import MainWindow
        window = MainWindow(loket, actor, background=not smoke)
        window.first_painted.connect(collect_from_now)
        from PySide6.QtCore import QTimer
        QTimer.singleShot(10_000, collect_from_now)     # a window never painted (started hidden)
        if not smoke:  # a smoke run never writes: no sync
            # Background sync with the central database (status bar; Ctrl+F5 = now).
            from PySide6.QtGui import QAction, QKeySequence

            from ui.sync_runner import SyncRunner
            window.sync_runner = SyncRunner(loket, window.bus, parent=window)  # type: ignore[attr-defined]
            sync_act = QAction(window.tr("Sinkronkan sekarang"), window)
            sync_act.setShortcut(QKeySequence("Ctrl+F5"))
            sync_act.triggered.connect(window.sync_runner.sync_now)  # type: ignore[attr-defined]
            window.addAction(sync_act)
            window.sync_runner.start()  # type: ignore[attr-defined]
        log.info("main window for %s (%s) on %s", actor.username, ",".join(sorted(actor.roles)),
                 loket.workstation)
        if smoke:
            window.remember_layout = False
            probe = SmokeProbe(app, window)
            window.show()
            rc = app.exec()
            if _uncaught:
                print(f"smoke: failed: {_uncaught[0]!r}", file=sys.stderr)
                return 1
            if rc != 0 or probe.result is None:
                print("smoke: failed: the main window did not show data in time", file=sys.stderr)
                return 1
            print(f"smoke: first paint with data in {probe.result:.3f} s", flush=True)
            window.close()
            return 0
        if instance is not None:
            instance.window = window
        window.show()
        return app.exec()
    finally:
        if instance is not None:
            instance.release()
        worker.wait_all()
        from app import i18n
        i18n.set_translator(None)
        if loket is not None:
            loket.close()
