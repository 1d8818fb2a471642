"""Administrator: officers, their roles, counters, passwords and locks.

Every button calls app/services/officers.py, which checks the administrator
role itself; this page only shows the service's answer.
"""
from __future__ import annotations

from argparse import Namespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.workflow import ROLE_LABELS, ROLES
from ui import ops
from ui.widgets import FormDialog, PasswordPair, app_tr, busy, confirm, fmt_datetime, info_box, user_message

COUNTERS = ("Loket 2", "Back Office", "Loket 4", "Loket 5", "Pimpinan")


def fmt_nip(nip: str | None) -> str:
    """A civil servant's NIP as Indonesian documents write it, grouped 8 6 1 3: birth date,
    appointment month, sex, number ("19800101 200501 1 001"). Anything else as it is."""
    n = (nip or "").strip()
    if len(n) == 18 and n.isdigit():
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    return n


class OfficerDialog(FormDialog):
    """Add an officer (with a first password) or edit one (details and roles)."""

    def __init__(self, loket, actor, row=None, parent=None) -> None:
        super().__init__(parent)
        from app.auth import MIN_LENGTH
        self.loket, self.actor, self.row = loket, actor, row
        self.setWindowTitle(self.tr("Tambah petugas") if row is None
                            else self.tr("Ubah petugas {u}").format(u=row.username))
        form = self.form
        form.setVerticalSpacing(9)
        self.username = QLineEdit(row.username if row else "")
        self.username.setObjectName("officerUsername")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("mis. budi.santoso"))
        self.username.setReadOnly(row is not None)
        self.full_name = QLineEdit(row.full_name if row else "")
        self.full_name.setObjectName("officerFullName")
        self.nip = QLineEdit((row.nip or "") if row else "")
        self.nip.setObjectName("officerNip")
        self.nip.setPlaceholderText(self.tr("18 digit; kosongkan bila bukan ASN"))
        self.counter = QComboBox()
        self.counter.setObjectName("officerCounter")
        self.counter.setEditable(True)
        self.counter.addItems(["", *COUNTERS])
        self.counter.setCurrentText((row.counter or "") if row else "")
        self.unit = QLineEdit((row.unit or "") if row else "")
        self.unit.setObjectName("officerUnit")
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("N&IP"), self.nip)
        form.addRow(self.tr("L&oket"), self.counter)
        form.addRow(self.tr("&Unit kerja"), self.unit)
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for i, r in enumerate(ROLES):
            cb = QCheckBox(app_tr(ROLE_LABELS[r]).replace("&", "&&"))
            cb.setObjectName(f"role_{r}")
            cb.setChecked(bool(row and r in row.roles))
            grid.addWidget(cb, i // 2, i % 2)
            self.role_checks[r] = cb
        form.addRow(self.tr("Peran"), roles_box)
        self.pair = self.password = self.repeat = None
        if row is None:
            self.pair = PasswordPair(form, self.tr("Kata sandi &awal"), self.tr("Ulangi kata sandi"),
                                     ("officerPassword", "officerRepeat"),
                                     self.tr("minimal {n} karakter; petugas wajib menggantinya "
                                             "saat masuk pertama").format(n=MIN_LENGTH))
            self.password, self.repeat = self.pair.password, self.pair.repeat
        self.finish(620)
        self.fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                       "password": self.password, "roles": next(iter(self.role_checks.values()))}
        (self.full_name if row else self.username).setFocus()

    def roles(self) -> list[str]:
        return [r for r, cb in self.role_checks.items() if cb.isChecked()]

    def submit(self) -> None:
        from app.services import officers
        from app.validation import Invalid
        if self.pair is not None and not self.pair.matches(self.error, self.tr("Kedua kata sandi tidak sama.")):
            return
        try:
            actor, row, roles = self.actor, self.row, self.roles()
            username, full_name, nip = self.username.text(), self.full_name.text(), self.nip.text()
            password, counter, unit = self.password.text(), self.counter.currentText(), self.unit.text()  # type: ignore[union-attr]

            def save(s) -> None:
                if row is None:
                    officers.create(s, actor, username, full_name, nip, roles, password, counter, unit)
                    return
                officers.update_details(s, actor, row.username, full_name=full_name, nip=nip,
                                        counter=counter, unit=unit)
                officers.set_roles(s, actor, row.username, roles)
            # argon2 takes a moment: the busy cursor while it runs
            busy(lambda: ops.change_now(self, save, loket=self.loket))
        except Invalid as e:
            self.error.show_message(str(e))
            w = self.fields.get(e.field)
            if w is not None:
                w.setFocus()
            return
        except Exception as e:
            self.error.show_message(user_message(e))
            return
        self.accept()


class ResetPasswordDialog(FormDialog):
    def __init__(self, loket, actor, username: str, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.username = loket, actor, username
        self.setWindowTitle(self.tr("Atur ulang kata sandi {u}").format(u=username))
        self.add_intro(self.tr("Petugas wajib mengganti kata sandi ini saat masuk berikutnya."))
        self.pair = PasswordPair(self.form, self.tr("Kata sandi &baru"), self.tr("&Ulangi"),
                                 ("resetPassword", "resetRepeat"))
        self.password, self.repeat = self.pair.password, self.pair.repeat
        self.finish(440)

    def submit(self) -> None:
        from app.services import officers
        if not self.pair.matches(self.error, self.tr("Kedua kata sandi tidak sama.")):
            return
        try:
            actor, username, password = self.actor, self.username, self.password.text()
            busy(lambda: ops.change_now(self, lambda s: officers.change_password(s, actor, username, password),
                                        loket=self.loket))
        except Exception as e:
            self.error.show_message(user_message(e))
            return
        self.accept()


class OfficersPage(QWidget):
    COLUMNS = ("Nama pengguna", "Nama lengkap", "NIP", "Loket", "Peran", "Status", "Terakhir masuk")

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.rows = []  # type: ignore[var-annotated]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Petugas dan peran"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah petugas…"))
        self.add_button.setObjectName("addOfficer")
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("Ubah / peran…"))
        self.edit_button.setObjectName("editOfficer")
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        self.toggle_button.setObjectName("toggleOfficer")
        self.unlock_button = QPushButton(self.tr("Buka kunci akun"))
        self.unlock_button.setObjectName("unlockOfficer")
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.reset_button.setObjectName("resetOfficer")
        for b in (self.add_button, self.edit_button, self.toggle_button, self.unlock_button, self.reset_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("officersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # an officer of many roles has a long list: it takes the room left (elided, the
        # tooltip has it whole) so that its header, the status and the last login stay in sight
        hh.setSectionResizeMode(self.COLUMNS.index("Peran"), QHeaderView.ResizeMode.Stretch)
        hh.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Daftar petugas"))
        lay.addWidget(self.table, 1)
        self.hint = QLabel(self.tr("Insert: tambah · Enter: ubah · Petugas yang ditambahkan wajib "
                                   "mengganti kata sandinya saat masuk pertama."))
        self.hint.setObjectName("muted")
        lay.addWidget(self.hint)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.itemActivated.connect(lambda *_: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self.add)  # type: ignore[call-overload]
        bus.master_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from app.services import officers
        selected = self.selected()
        self.rows = ops.now(self, officers.list_officers)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            status = (self.tr("nonaktif") if not r.active else self.tr("terkunci") if r.locked
                      else self.tr("wajib ganti sandi") if r.must_change_password else self.tr("aktif"))
            values = (r.username, r.full_name, fmt_nip(r.nip), r.counter or "—",
                      ", ".join(app_tr(ROLE_LABELS[x]) for x in r.roles), status,
                      fmt_datetime(r.last_login_at) or self.tr("belum pernah"))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if self.COLUMNS[j] == "Peran":
                    item.setToolTip(v)
                if not r.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
        if selected is not None:
            for i, r in enumerate(self.rows):
                if r.username == selected.username:
                    self.table.selectRow(i)
        elif self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self):
        idx = self.table.currentRow()
        return self.rows[idx] if 0 <= idx < len(self.rows) else None

    def _update_buttons(self) -> None:
        r = self.selected()
        for b in (self.edit_button, self.toggle_button, self.reset_button):
            b.setEnabled(r is not None)
        self.unlock_button.setEnabled(bool(r and r.locked))
        self.toggle_button.setText(self.tr("Aktifkan") if r is not None and not r.active
                                   else self.tr("Nonaktifkan"))

    # the list reloads from the announced change (bus.master_changed), as every page does

    def add(self) -> None:
        OfficerDialog(self.loket, self.actor, None, self).exec()

    def edit(self) -> None:
        r = self.selected()
        if r is not None:
            OfficerDialog(self.loket, self.actor, r, self).exec()

    def _call(self, fn, *args: Namespace) -> bool:
        actor = self.actor
        try:
            ops.change_now(self, lambda s: fn(s, actor, *args))
        except Exception as e:
            info_box(self, user_message(e))
            return False
        return True

    def toggle(self) -> None:
        from app.services import officers
        r = self.selected()
        if r is None:
            return
        if r.active:
            if not confirm(self, self.tr("Nonaktifkan {name} ({u})? Petugas ini tidak dapat masuk lagi "
                                         "sampai diaktifkan kembali; catatannya tetap ada.")
                           .format(name=r.full_name, u=r.username)):
                return
            self._call(officers.disable, r.username)
        else:
            self._call(officers.enable, r.username)

    def unlock(self) -> None:
        from app.services import officers
        r = self.selected()
        if r is not None:
            self._call(officers.unlock, r.username)

    def reset_password(self) -> None:
        r = self.selected()
        if r is not None:
            ResetPasswordDialog(self.loket, self.actor, r.username, self).exec()
