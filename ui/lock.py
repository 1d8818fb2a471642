"""Idle lock and switching officers, without losing anyone's work.

Design (one window per officer session):
- Each officer who logs in at this workstation gets their own main window.
  Locking covers the screen with the lock screen and hides the officer's other
  windows (detail views); nothing is closed, so every field keeps what was
  typed. Unlocking needs the same officer's password.
- "Ganti petugas" on the lock screen: another officer logs in. The first
  officer's window is hidden, not closed (their half-filled forms, open files
  and dialogs wait there), and the new officer gets their own window with
  only their pages. When the first officer logs in again at the lock screen,
  their window comes back exactly as it was.
- Closing a window logs that officer out. If other sessions are still open,
  the most recent one comes back locked, so nothing is lost and nothing is
  shown without a password.
- While locked, keyboard shortcuts of the hidden windows are swallowed.
- A switch is refused while the current officer has a dialog open (a modal
  dialog cannot be hidden without ending it, and ending it would drop what
  was typed into it); they unlock, finish or close it, then lock again.

Idle time: every key press, click, wheel or touch anywhere in the application
resets it (an event filter on QApplication); after `ui.idle_lock_minutes`
without input the screen locks (0 = never). Ctrl+L locks at once.

That filter is installed once the first window is on the screen (its first
paint, `MainWindow.first_painted`; at the latest at the first idle check, and
always before the screen locks), not when the window is built: a Python filter
on the whole application is called for each of the ~600 events of building and
first painting a window, and handing it Qt's internal objects (a plain QObject
such as the animation timer, the scroll areas' plain QWidget viewports) makes
PySide build the Python type of every QObject and QWidget subclass it has
(~100 types, ~15 ms of `loket --smoke`) before the officer sees anything.
No input can come before the window is shown.
"""
from __future__ import annotations

import logging
import time
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import ops

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("loket.ui")

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
_SHORTCUT = frozenset({QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride})
CHECK_INTERVAL_MS = 5000

_managers: list[SessionManager] = []
_creating: SessionManager | None = None


def _key(actor) -> str:
    return actor.officer_id or f"user:{actor.username}"


class SessionManager(QObject):
    """The officers' windows at this workstation, the idle timer and the lock screen."""

    def __init__(self, loket, bus) -> None:
        super().__init__()
        self.loket, self.bus = loket, bus
        self.windows: dict[str, MainWindow] = {}
        self.order: list[str] = []          # most recently active last
        self.hidden: dict[str, list[QWidget]] = {}
        self.current: MainWindow | None = None
        self.screen: LockScreen | None = None
        self.last_input = time.monotonic()
        self.idle_seconds = self._configured_seconds()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        self.watching = False               # the application-wide filter (watch_input)
        bus.master_changed.connect(self._reload_settings)

    def watch_input(self) -> None:
        """Install the filter on the whole application (see the module docstring
        for why not before the first window has been painted)."""
        app = QApplication.instance()
        if not self.watching and app is not None:
            app.installEventFilter(self)
            self.watching = True

    # -- settings -------------------------------------------------------------------------
    def _configured_seconds(self) -> float | None:
        from app import config
        minutes = ops.read_now(None, lambda c: config.read(c, ["ui.idle_lock_minutes"])["ui.idle_lock_minutes"],
                               loket=self.loket)
        return minutes * 60 if minutes and minutes > 0 else None

    def _reload_settings(self) -> None:
        self.idle_seconds = self._configured_seconds()

    # -- windows --------------------------------------------------------------------------
    def add(self, window: MainWindow) -> None:
        key = _key(window.actor)
        self.windows[key] = window
        self._touch(key)
        self.current = window
        window.installEventFilter(self)
        painted = getattr(window, "first_painted", None)
        if painted is None or window.has_painted:
            self.watch_input()
        else:
            painted.connect(self.watch_input)
        # No strong reference from the window's own signals back to it (a cycle
        # through a lambda would be collected in the middle of Qt's teardown).
        wid = id(window)
        window.destroyed.connect(lambda *_, k=key, i=wid: self._forget(k, i))
        act = QAction(window.tr("Kunci layar"), window)
        act.setShortcut(QKeySequence("Ctrl+L"))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(self.lock)
        window.addAction(act)
        password = QAction(window.tr("Ganti kata sandi…"), window)
        ref = weakref.ref(window)
        password.triggered.connect(lambda: self.change_password(ref()))
        try:
            from PySide6.QtWidgets import QMenu
            button = QToolButton()
            button.setObjectName("lockButton")
            button.setText(window.tr("Kunci layar"))
            button.setToolTip(window.tr("Kunci layar sekarang (Ctrl+L); pekerjaan tetap tersimpan"))
            button.setAutoRaise(True)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            menu = QMenu(button)
            menu.addAction(act)
            menu.addAction(password)
            button.setMenu(menu)
            button.clicked.connect(self.lock)
            window.statusBar().insertPermanentWidget(0, button)
        except Exception:       # a window without a status bar still locks with Ctrl+L
            log.debug("no status bar for the lock button", exc_info=True)

    def change_password(self, window) -> bool:
        """The officer of `window` chooses a new password (old one required)."""
        from ui.login import ChangePasswordDialog
        if window is None or not getattr(window.actor, "officer_id", None):
            return False
        return ChangePasswordDialog(self.loket, window.actor, parent=window).exec() == QDialog.DialogCode.Accepted

    def _touch(self, key: str) -> None:
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)

    def _forget(self, key: str, window_id: int) -> None:
        if key in self.windows and id(self.windows[key]) == window_id:
            del self.windows[key]
            self.hidden.pop(key, None)
            if key in self.order:
                self.order.remove(key)
        if self.current is not None and id(self.current) == window_id:
            self.current = None
        if not self.windows:
            self.shutdown()

    def shutdown(self) -> None:
        import shiboken6
        if shiboken6.isValid(self.timer):
            self.timer.stop()
        app = QApplication.instance()
        if app is not None and shiboken6.isValid(self) and self.watching:
            app.removeEventFilter(self)
            self.watching = False
        self._drop_screen()
        if self in _managers:
            _managers.remove(self)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    # -- events ---------------------------------------------------------------------------
    def eventFilter(self, obj, ev) -> bool:
        t = ev.type()
        if t in _INPUT:
            self.last_input = time.monotonic()
        elif t in _SHORTCUT and self.screen is not None and not self._inside_lock(obj):
            return True
        elif t == QEvent.Type.Close and obj in self.windows.values():
            self._closing(obj)
        return False

    def _inside_lock(self, obj) -> bool:
        w = obj if isinstance(obj, QWidget) else (obj.parent() if isinstance(obj.parent(), QWidget) else None)
        return w is not None and self.screen is not None and (w is self.screen or self.screen.isAncestorOf(w))

    def check_idle(self) -> None:
        self.watch_input()      # a window never painted (hidden): watched from the first check
        if self.idle_seconds is None or self.locked or self.current is None:
            return
        if time.monotonic() - self.last_input >= self.idle_seconds:
            log.info("idle for %.1f s: screen locked", time.monotonic() - self.last_input)
            self.lock()

    # -- lock, unlock, switch -------------------------------------------------------------
    def _hide_tops(self, key: str) -> None:
        """Hide the officer's detail windows (not dialogs: hiding a running dialog ends it)."""
        window = self.windows.get(key)
        keep = []
        for w in QApplication.topLevelWidgets():
            if w is window or w is self.screen or not w.isVisible() or isinstance(w, QDialog):
                continue
            if window is not None and (w.parent() is window or window.isAncestorOf(w)):
                w.hide()
                keep.append(w)
        self.hidden[key] = keep

    def _show_tops(self, key: str) -> None:
        for w in self.hidden.pop(key, []):
            try:
                w.show()
            except RuntimeError:   # closed meanwhile
                pass

    def lock(self) -> None:
        if self.locked or self.current is None or not getattr(self.current.actor, "officer_id", None):
            return
        self.watch_input()      # the hidden windows' shortcuts are swallowed by the filter
        key = _key(self.current.actor)
        self._hide_tops(key)
        self.screen = LockScreen(self, self.current.actor)
        self.screen.show_over(self.current)

    def unlock(self) -> None:
        """The same officer typed their password on the lock screen."""
        if self.screen is None:
            return
        self._drop_screen()
        if self.current is not None:
            self._show_tops(_key(self.current.actor))
            self.current.show()
            self.current.raise_()
            self.current.activateWindow()
        self.last_input = time.monotonic()

    def _drop_screen(self) -> None:
        import shiboken6
        screen, self.screen = self.screen, None
        if screen is not None and shiboken6.isValid(screen):
            screen.close()
            screen.deleteLater()

    def can_switch(self) -> str | None:
        """None when a switch is possible now, else the reason to show."""
        modal = next((w for w in QApplication.topLevelWidgets()
                      if w is not self.screen and w.isVisible() and isinstance(w, QDialog)), None)
        if modal is not None and self.screen is not None and self.current is not None:
            return self.screen.tr("{name} masih membuka dialog “{title}”. Buka kunci sebagai {name}, "
                                  "selesaikan atau tutup dialognya, lalu kunci lagi untuk berganti petugas.") \
                .format(name=self.current.actor.name, title=modal.windowTitle())
        return None

    def switch_to(self, actor) -> None:
        """Another officer logged in at the lock screen."""
        global _creating
        from ui.login import ensure_own_password
        key = _key(actor)
        if self.current is not None and _key(self.current.actor) == key:
            self.unlock()
            return
        if not ensure_own_password(self.loket, actor, self.screen):
            return
        old = self.current
        if key in self.windows:
            window = self.windows[key]
            self._touch(key)
            self.current = window
        else:
            from ui.main_window import MainWindow
            _creating = self
            try:
                window = MainWindow(self.loket, actor, bus=self.bus,
                                    settings=getattr(old, "settings", None))
            finally:
                _creating = None
            if _key(window.actor) not in self.windows:   # built without the hook
                self.add(window)
        log.info("officer switch at %s: %s → %s", self.loket.workstation,
                 old.actor.username if old is not None else "-", actor.username)
        window.show()
        if old is not None and old is not window:
            if old.isMaximized():
                window.showMaximized()
            else:
                window.setGeometry(old.geometry())
            old.hide()
        self.current = window
        self.unlock()

    def _closing(self, window) -> None:
        """A window closes: its officer logs out. Another open session comes back locked."""
        key = _key(window.actor)
        self.windows.pop(key, None)
        self.hidden.pop(key, None)
        if key in self.order:
            self.order.remove(key)
        others = [k for k in self.order if k in self.windows]
        if not others:
            self.current = None
            self.shutdown()
            return
        nxt = self.windows[others[-1]]
        # Shown before this window hides, so the application does not quit.
        self.current = nxt
        nxt.show()
        self._drop_screen()
        self.lock()
        # Ctrl+Q / closing = this officer logs out: the next person meets the login form
        # (the open sessions are listed there), not another officer's screen
        if self.screen is not None:
            self.screen.show_switch()
        # The logged-out officer's window (and what it held) is freed.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def sessions(self) -> list:
        """The officers with an open window, most recent first."""
        return [self.windows[k].actor for k in reversed(self.order) if k in self.windows]


class LockScreen(QWidget):
    """Covers the screen; the officer's password, or another officer's login."""

    def __init__(self, manager: SessionManager, actor) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        from app.clock import utcnow
        from ui.login import LoginForm
        from ui.widgets import ErrorLabel, PasswordEdit, fmt_datetime, theme
        self.manager, self.actor = manager, actor
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Loket — layar terkunci"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #1d2b3a; } #lockCard { background: #ffffff; "
                           "border-radius: 10px; } #lockTitle { font-size: 18pt; font-weight: 600; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setMinimumWidth(460)
        card.setMaximumWidth(520)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 24)
        lay.setSpacing(12)
        top = QHBoxLayout()
        from PySide6.QtCore import QSize
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(QSize(44, 44)))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        title = QLabel(self.tr("Layar terkunci"))
        title.setObjectName("lockTitle")
        col.addWidget(title)
        who = QLabel(self.tr("{name} · {ws} · sejak {time}").format(
            name=actor.name, ws=actor.workstation, time=fmt_datetime(utcnow())))
        who.setObjectName("muted")
        who.setWordWrap(True)
        col.addWidget(who)
        top.addLayout(col, 1)
        lay.addLayout(top)
        note = QLabel(self.tr("Pekerjaan yang sedang dikerjakan tetap tersimpan. "
                              "Masukkan kata sandi {name} untuk melanjutkan.").format(name=actor.name))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.password = PasswordEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setPlaceholderText(self.tr("Kata sandi {name}").format(name=actor.name))
        self.password.returnPressed.connect(self.try_unlock)
        lay.addWidget(self.password)
        self.error = ErrorLabel()
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("Ganti petugas…"))
        self.switch_button.setObjectName("switchButton")
        self.switch_button.clicked.connect(self.show_switch)
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay.addLayout(buttons)
        # Another officer
        self.switch_box = QFrame()
        sw = QVBoxLayout(self.switch_box)
        sw.setContentsMargins(0, 8, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        sw.addWidget(line)
        others = [a for a in manager.sessions() if _key(a) != _key(actor)]
        text = self.tr("Masuk sebagai petugas lain. Jendela {name} disembunyikan, tidak ditutup: "
                       "isiannya muncul lagi saat {name} masuk kembali di layar ini.").format(name=actor.name)
        if others:
            text += " " + self.tr("Sesi lain yang terbuka: {names}.").format(
                names=", ".join(a.name for a in others))
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        sw.addWidget(hint)
        self.form = LoginForm(manager.loket)
        self.form.authenticated.connect(self._switched)
        sw.addWidget(self.form)
        login_row = QHBoxLayout()
        login_row.addStretch(1)
        self.login_button = QPushButton(self.tr("Masuk sebagai petugas ini"))
        self.login_button.setObjectName("switchLogin")
        self.login_button.clicked.connect(self.form.submit)
        login_row.addWidget(self.login_button)
        sw.addLayout(login_row)
        self.switch_box.hide()
        lay.addWidget(self.switch_box)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def show_over(self, window) -> None:
        screen = window.screen() if window is not None else None
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def try_unlock(self) -> None:
        from app.services import officers
        from ui.widgets import busy, user_message
        password = self.password.text()
        self.password.clear()
        try:
            actor = self.actor
            busy(lambda: ops.change_now(self, lambda s: officers.check_password(s, actor, password),
                                         loket=self.manager.loket, bus=self.manager.bus))
        except Exception as e:
            self.error.show_message(user_message(e))
            self.password.setFocus()
            return
        self.manager.unlock()

    def show_switch(self) -> None:
        reason = self.manager.can_switch()
        if reason:
            self.error.show_message(reason)
            return
        self.error.show_message("")
        self.switch_box.show()
        self.switch_button.setEnabled(False)
        self.form.username.setFocus()

    def _switched(self, actor) -> None:
        self.manager.switch_to(actor)

    def keyPressEvent(self, e) -> None:
        # Esc must not close the lock screen.
        if e.key() == Qt.Key.Key_Escape:
            if self.switch_box.isVisible():
                self.switch_box.hide()
                self.switch_button.setEnabled(True)
                self.password.setFocus()
            return
        super().keyPressEvent(e)

    def closeEvent(self, e) -> None:
        # Only the manager closes the lock screen (Alt+F4 must not unlock).
        if self.manager.screen is self:
            e.ignore()
            return
        super().closeEvent(e)


def attach(window) -> SessionManager:
    """Called by the main window when it is built: join (or start) the
    session manager of this workstation."""
    manager = _creating
    if manager is None:
        manager = next((m for m in _managers if m.loket is window.loket), None)
    if manager is None:
        manager = SessionManager(window.loket, window.bus)
        _managers.append(manager)
    manager.add(window)
    return manager


def manager_of(window) -> SessionManager | None:
    return next((m for m in _managers if window in m.windows.values()), None)
