"""One Loket per data folder on a workstation.

Two copies on one data folder would each keep their own idle lock, intake
autosave and sync runner on the same SQLite file; the officer would not know
which window is which. So the first copy holds a lock file in the data folder
(`loket-gui.lock`, QLockFile: a lock left by a crashed copy is taken over, its
process being gone) and listens on a local socket named after the folder (and
the OS user, so two users' sockets never meet). A second copy finds the lock
taken, asks the first over the socket to come to the front, and exits.

The lock decides who is first, not the socket: two copies started at the same
moment cannot both listen, and the socket file of a crashed copy is removed
only by the copy that holds the lock.
"""
from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("loket.ui.instance")
LOCK_NAME = "loket-gui.lock"
RAISE = b"raise\n"


def server_name(folder: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:     # no user name in this environment: the folder alone
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(folder).resolve()}".encode()).hexdigest()[:20]
    return f"loket-{digest}"


class Instance(QObject):
    """The first copy: holds the lock and brings its window forward when asked."""

    raised = Signal(str)           # the class name of the window brought forward

    def __init__(self, folder: Path, lock: QLockFile, parent=None):
        super().__init__(parent)
        self.folder, self.lock = folder, lock
        self.window: QWidget | None = None
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        QLocalServer.removeServer(name)     # a crashed copy's socket file; the lock is ours
        if self.server.listen(name):
            log.info("single instance: listening on %s for %s", name, folder)
        else:
            log.warning("single instance: cannot listen on %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll()).startswith(RAISE.strip()):  # type: ignore[call-overload]
            self.bring_to_front()
        sock.disconnectFromServer()

    def bring_to_front(self) -> None:
        """The window the officer would be looking at: a dialog in front (login, a
        confirmation), the lock screen, or the main window."""
        target = QApplication.activeModalWidget()
        if target is None:
            locked = [w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "lockScreen" and w.isVisible()]
            target = locked[0] if locked else self.window
        if target is None:
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
            target = shown[0] if shown else None
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()
        log.info("another Loket on this data folder started: brought %s to the front",
                 type(target).__name__)
        self.raised.emit(type(target).__name__)

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()


def claim(folder: Path, wait_ms: int = 3000) -> tuple[Instance | None, str, bool]:
    """(the Instance, "", True) when this copy is the first on `folder`; else (None,
    what to tell the officer, whether the other copy answered and came to the front)."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:     # before the translator is installed: Indonesian
        return QCoreApplication.translate("SingleInstance", text)
    folder = Path(folder)
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)          # stale only when its process is gone, never by age
    if lock.tryLock(0):
        return Instance(folder, lock), "", True
    # the other copy may still be starting (lock taken, socket not yet listening)
    name = server_name(folder)
    sock = QLocalSocket()
    for _ in range(max(1, wait_ms // 250)):
        sock.connectToServer(name)
        if sock.waitForConnected(250):
            sock.write(RAISE)
            sock.flush()
            sock.waitForBytesWritten(1000)
            sock.waitForDisconnected(1000)
            return None, tr("Loket sudah berjalan untuk folder data ini; jendelanya dibawa ke depan."), True
        if lock.tryLock(0):           # it has just ended
            return Instance(folder, lock), "", True
    _ok, pid, _host, _app = lock.getLockInfo()  # type: ignore[misc]
    log.warning("single instance: %s is locked by process %s, which does not answer", folder / LOCK_NAME, pid)
    return None, tr("Loket sudah berjalan untuk folder data ini (proses {pid}) tetapi tidak menjawab. "
                    "Tutup Loket itu dulu, atau mulai ulang komputer.").format(pid=pid), False
