"""Login, the first administrator, and changing a password.

`login(loket, parent)` is what ui/main.py calls before the main window: the
setup dialog on a database without officers (the first administrator chooses
their own password; there is no default password anywhere), otherwise the
login dialog. An officer whose password was set by an administrator chooses
their own before going further.

Services do the checking (app/services/officers.py); these screens only ask
and show the service's message.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import unit
from app.services.context import Actor
from ui import ops
from ui.widgets import ErrorLabel, FormDialog, PasswordEdit, PasswordPair, busy, fit_bold, refit, theme


def keyring_banner() -> QLabel | None:
    """A plain warning when this computer has no safe place for secrets."""
    from PySide6.QtCore import QCoreApplication

    from app import secrets
    status = secrets.backend_status()
    if status.safe:
        return None
    text = status.message
    if status.level == "missing":
        # on screen without the keyring's class name ("keyring.backends.fail.Keyring"), which
        # tells an officer nothing; `loket doctor` and the tooltip still name it
        text = QCoreApplication.translate("keyring_banner",
            "Komputer ini tidak punya penyimpanan rahasia (Windows Credential Manager, macOS "
            "Keychain, atau GNOME Keyring/KWallet). Kata sandi basis data pusat dan SiCantik belum "
            "dapat disimpan; dokumen tetap ditandatangani (kunci QR workstation ini tersimpan "
            "terenkripsi, terikat pada komputer ini).")
    label = QLabel(text)
    label.setToolTip(status.name)
    label.setObjectName("keyringWarning")
    label.setWordWrap(True)
    label.setStyleSheet("background: #fff4e5; color: #7a4100; border: 1px solid #f3c27a;"
                        "border-radius: 4px; padding: 8px;")
    return label


class LoginForm(QWidget):
    """Username + password; emits `authenticated(Actor)`. Used by the login
    dialog and by the lock screen's "another officer" part."""

    authenticated = Signal(object)

    def __init__(self, loket, parent=None) -> None:
        super().__init__(parent)
        self.loket = loket
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        self.username = QLineEdit()
        self.username.setObjectName("loginUsername")
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("mis. budi.santoso"))
        self.password = PasswordEdit()
        self.password.setObjectName("loginPassword")
        self.error = ErrorLabel()
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow(self.error)
        self.username.returnPressed.connect(self._next)
        self.password.returnPressed.connect(self.submit)

    def _next(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        from app.services import officers
        from ui.widgets import user_message
        username, password = self.username.text(), self.password.text()
        self.password.clear()
        try:
            workstation = self.loket.workstation
            actor = busy(lambda: ops.change_now(self, lambda s: officers.authenticate(
                s, username, password, workstation)))
        except Exception as e:
            self.error.show_message(user_message(e))
            (self.password if username.strip() else self.username).setFocus()
            return
        self.error.show_message("")
        self.authenticated.emit(actor)

    def reset(self) -> None:
        self.username.clear()
        self.password.clear()
        self.error.show_message("")


class LoginDialog(QDialog):
    def showEvent(self, e) -> None:
        super().showEvent(e)
        refit(self)

    def __init__(self, loket, parent=None) -> None:
        super().__init__(parent)
        self.loket = loket
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — Loket"))
        self.setWindowIcon(theme.app_icon())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(14)
        lay.addLayout(_title_row(self.tr("Masuk ke Loket"), _office_line(loket)))
        banner = keyring_banner()
        if banner is not None:
            lay.addWidget(banner)
        self.form = LoginForm(loket)
        self.form.authenticated.connect(self._done)
        lay.addWidget(self.form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        fit_bold(self.ok)
        quit_ = buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.form.submit)
        quit_.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)
        self.form.username.setFocus()

    def _done(self, actor) -> None:
        self.actor = actor
        self.accept()


class SetupDialog(QDialog):
    """First start: the first administrator, with a password they choose."""

    def __init__(self, loket, parent=None) -> None:
        super().__init__(parent)
        from app.auth import MIN_LENGTH
        self.loket = loket
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Administrator pertama — Loket"))
        self.setWindowIcon(theme.app_icon())
        # Everything above the buttons scrolls: with the no-keyring warning the dialog needs
        # ~650 px, and 1280×720 at 125 % gives 514. The buttons stay in view below it.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.body = QWidget()
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(28, 20, 28, 8)
        lay.setSpacing(12)
        lay.addLayout(_title_row(self.tr("Selamat datang di Loket"), _office_line(loket)))
        intro = QLabel(self.tr(
            "Belum ada petugas di basis data ini. Buat akun <b>administrator</b> pertama: "
            "administrator menambahkan petugas loket lain dan mengatur perannya. "
            "Loket tidak memiliki kata sandi bawaan; pilih kata sandi minimal {n} karakter, "
            "misalnya beberapa kata yang mudah Anda ingat.").format(n=MIN_LENGTH))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        banner = keyring_banner()
        if banner is not None:
            lay.addWidget(banner)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.username = QLineEdit()
        self.username.setObjectName("setupUsername")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("mis. admin.siti"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("setupFullName")
        self.full_name.setMaxLength(200)
        self.nip = QLineEdit()
        self.nip.setObjectName("setupNip")
        self.nip.setMaxLength(21)
        self.nip.setPlaceholderText(self.tr("18 digit; kosongkan bila bukan ASN"))
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("N&IP"), self.nip)
        self.pair = PasswordPair(form, self.tr("&Kata sandi"), self.tr("&Ulangi kata sandi"),
                                 ("setupPassword", "setupRepeat"),
                                 self.tr("minimal {n} karakter").format(n=MIN_LENGTH))
        self.password, self.repeat = self.pair.password, self.pair.repeat
        lay.addLayout(form)
        self.error = ErrorLabel()
        lay.addWidget(self.error)
        lay.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Buat administrator"), QDialogButtonBox.ButtonRole.AcceptRole)
        fit_bold(self.ok)
        self.ok.setDefault(True)
        cancel = buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        from ui import fit
        self.body_scroll = fit.scrolling(self.body)
        outer.addWidget(self.body_scroll, 1)
        self.button_row = QWidget()
        row = QVBoxLayout(self.button_row)
        row.setContentsMargins(28, 8, 28, 16)
        row.addWidget(buttons)
        outer.addWidget(self.button_row)
        self.fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                       "password": self.password}
        for w in self.fields.values():
            w.installEventFilter(self)
        self.username.setFocus()

    # wide enough that the introduction and the warning take few lines
    WIDTH = 640

    def sizeHint(self):
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QStyle
        width = max(self.WIDTH, self.minimumSizeHint().width())
        # measured as if the scroll bar were shown, so that the height found never makes one
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        body = self.body.layout().totalHeightForWidth(width - bar)
        return QSize(width, body + self.button_row.sizeHint().height())

    def showEvent(self, e) -> None:
        super().showEvent(e)
        from ui import fit
        hint = self.sizeHint()
        fit.within_screen(self, hint.width(), hint.height())

    def _error(self, text: str) -> None:
        self.error.show_message(text)
        self.body_scroll.ensureWidgetVisible(self.error)

    def eventFilter(self, obj, e) -> bool:
        from PySide6.QtCore import QEvent
        if e.type() == QEvent.Type.FocusIn and isinstance(obj, QWidget):
            # Tab to a field below the fold on a small screen: it scrolls into view
            self.body_scroll.ensureWidgetVisible(obj, 0, 24)
        return super().eventFilter(obj, e)

    def submit(self) -> None:
        from app.services import officers
        from app.validation import Invalid
        from ui.widgets import user_message
        if not self.pair.matches(self.error, self.tr("Kedua kata sandi tidak sama.")):
            return
        try:
            username, full_name, nip = self.username.text(), self.full_name.text(), self.nip.text()
            password, workstation = self.password.text(), self.loket.workstation
            actor = busy(lambda: ops.change_now(self, lambda s: officers.setup_first_admin(
                s, username, full_name, nip, password, workstation)))
        except Invalid as e:
            self._error(str(e))
            widget = self.fields.get(e.field)
            if widget is not None:
                widget.setFocus()
                widget.selectAll()
            return
        except Exception as e:
            self._error(user_message(e))
            return
        self.actor = actor
        self.accept()


class ChangePasswordDialog(FormDialog):
    """An officer chooses a new password. `forced`: an administrator set the
    current one, so the officer must replace it before working."""

    def __init__(self, loket, actor: Actor, forced: bool = False, parent=None) -> None:
        super().__init__(parent, margins=(28, 24, 28, 20), spacing=12)
        from app.auth import MIN_LENGTH
        self.loket, self.actor = loket, actor
        self.setWindowTitle(self.tr("Ganti kata sandi — {name}").format(name=actor.name))
        self.setWindowIcon(theme.app_icon())
        self.add_intro((self.tr("Kata sandi Anda diatur oleh administrator. Pilih kata sandi Anda sendiri "
                                "(minimal {n} karakter) sebelum mulai bekerja.") if forced else
                        self.tr("Kata sandi baru minimal {n} karakter.")).format(n=MIN_LENGTH))
        self.old = PasswordEdit()
        self.old.setObjectName("oldPassword")
        self.form.addRow(self.tr("Kata sandi &saat ini"), self.old)
        self.pair = PasswordPair(self.form, self.tr("Kata sandi &baru"), self.tr("&Ulangi kata sandi baru"),
                                 ("newPassword", "repeatPassword"))
        self.new, self.repeat = self.pair.password, self.pair.repeat
        self.finish(460)
        self.old.setFocus()

    def submit(self) -> None:
        from app.services import officers
        from ui.widgets import user_message
        if not self.pair.matches(self.error, self.tr("Kedua kata sandi baru tidak sama.")):
            return
        try:
            actor, new, old = self.actor, self.new.text(), self.old.text()
            busy(lambda: ops.change_now(self, lambda s: officers.change_password(
                s, actor, actor.username, new, old_password=old)))
        except officers.AuthError as e:
            self.error.show_message(user_message(e))
            self.old.clear()
            self.old.setFocus()
            return
        except Exception as e:
            self.error.show_message(user_message(e))
            return
        self.accept()


def _office_line(loket) -> str:
    from app import config
    office, ws = unit.query(loket, lambda s: (config.get(s, "office.name"),
                                              config.get(s, "workstation.name")))
    return f"{_titlecase(office)} · {ws}"


def _titlecase(text: str) -> str:
    small = {"dan", "dari", "di", "ke", "untuk", "atas", "pada"}
    words = text.split()
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words))


def _title_row(title: str, subtitle: str) -> QHBoxLayout:
    from PySide6.QtCore import QSize
    row = QHBoxLayout()
    row.setSpacing(14)
    logo = QLabel()
    logo.setPixmap(theme.app_icon().pixmap(QSize(44, 44)))
    row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
    col = QVBoxLayout()
    col.setSpacing(2)
    t = QLabel(title)
    t.setObjectName("pageTitle")
    t.setStyleSheet("font-size: 16pt; font-weight: 600;")
    col.addWidget(t)
    sub = QLabel(subtitle)
    sub.setObjectName("muted")
    sub.setWordWrap(True)
    col.addWidget(sub)
    row.addLayout(col, 1)
    return row


def ensure_own_password(loket, actor: Actor, parent=None) -> bool:
    """After a login with a password an administrator chose: ask for the
    officer's own. False when they declined (they are not let in)."""
    if not actor.extra.get("must_change_password"):
        return True
    dlg = ChangePasswordDialog(loket, actor, forced=True, parent=parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return False
    actor.extra.pop("must_change_password", None)
    return True


def login(loket, parent=None) -> Actor | None:
    """The officer for this window, or None when the person closed the dialog."""
    from app.services import officers
    first = unit.query(loket, officers.needs_setup)
    dlg: QDialog = SetupDialog(loket, parent) if first else LoginDialog(loket, parent)
    while True:
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.actor is None:  # type: ignore[attr-defined]
            return None
        actor = dlg.actor  # type: ignore[attr-defined]
        if ensure_own_password(loket, actor, parent):
            return actor
        # Declined to choose a password: back to the login screen.
        dlg = LoginDialog(loket, parent)


__all__ = ["login", "LoginDialog", "SetupDialog", "ChangePasswordDialog", "LoginForm",
           "ensure_own_password", "keyring_banner"]

