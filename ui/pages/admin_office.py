"""Administrator: the office — identity (letterhead and signer), numbering
formats with a preview of the next number, and the connections (central
database, SiCantik, TTE, notifications), each with "Tes koneksi" run off the
GUI thread. Secrets are typed into the keyring and never shown back.

Everything is saved through app/services/office.py (administrator only, one
audited act per save).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import ops, worker
from ui.pages.admin_permit_types import field_message
from ui.widgets import ErrorLabel, PasswordEdit, info_box, theme, user_message


class SettingsForm(QWidget):
    """A form of config keys: one input and one message line per key."""

    def __init__(self, keys, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(4)
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.extras: dict[str, QLabel] = {}
        for k in keys:
            w: QWidget
            if k.type is bool:
                # a yes/no setting is a checkbox; office.values() and config.parse speak "ya"/"tidak"
                w = QCheckBox(self.label(k))
            elif k.choices:
                w = QComboBox()
                w.addItems([str(c) for c in k.choices])
            else:
                w = QLineEdit()
            w.setObjectName(f"setting_{k.name}")
            w.setToolTip(f"{k.name}\n{k.doc}")
            if isinstance(w, QLineEdit):
                w.setPlaceholderText(k.doc[:90])
            col = QVBoxLayout()
            col.setSpacing(1)
            row = QHBoxLayout()
            row.addWidget(w, 1)
            col.addLayout(row)
            extra = QLabel()
            extra.setObjectName("muted")
            extra.hide()
            col.addWidget(extra)
            m = field_message()
            col.addWidget(m)
            lab = QLabel("" if isinstance(w, QCheckBox) else self.label(k))
            lab.setBuddy(w)
            # a form's label column does not grow for a wrapped label: only long labels wrap
            lab.setWordWrap(len(lab.text()) > 40)
            lab.setToolTip(k.name)
            self.form.addRow(lab, col)
            self.inputs[k.name], self.messages[k.name], self.extras[k.name] = w, m, extra
            self.rows = getattr(self, "rows", {})
            self.rows[k.name] = row

    @staticmethod
    def label(k) -> str:
        from app.services.office import label
        return label(k)

    def load(self, values: dict[str, str]) -> None:
        for name, w in self.inputs.items():
            v = values.get(name, "")
            if isinstance(w, QCheckBox):
                w.setChecked(v == "ya")
            elif isinstance(w, QComboBox):
                w.setCurrentText(v)
            elif isinstance(w, QLineEdit):
                w.setText(v)
            self.messages[name].hide()

    def values(self) -> dict[str, str]:
        out = {}
        for n, w in self.inputs.items():
            if isinstance(w, QCheckBox):
                out[n] = "ya" if w.isChecked() else "tidak"
            elif isinstance(w, QComboBox):
                out[n] = w.currentText()
            elif isinstance(w, QLineEdit):
                out[n] = w.text()
        return out

    def show_invalid(self, name: str, message: str) -> bool:
        for m in self.messages.values():
            m.hide()
        m = self.messages.get(name)  # type: ignore[assignment]
        if m is None:
            return False
        m.setText(message)
        m.show()
        self.inputs[name].setFocus()
        return True


def tr_label(name: str) -> str:
    from app.i18n import tr
    from app.services.office import SETTING_LABELS
    return tr(SETTING_LABELS.get(name, name))


def _scroll(w: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(w)
    return area


class OfficePage(QWidget):
    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        from app.services import office
        self.loket, self.actor, self.bus = loket, actor, bus
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        title = QLabel(self.tr("Kantor: identitas, penomoran, koneksi"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("officeTabs")
        lay.addWidget(self.tabs, 1)

        # identity
        ident = QWidget()
        il = QVBoxLayout(ident)
        # what the printed documents still lack (kop surat, signer, the office's regulations)
        self.identity_gaps = QLabel()
        self.identity_gaps.setObjectName("identityGaps")
        self.identity_gaps.setWordWrap(True)
        self.identity_gaps.setStyleSheet("background: #fff4e5; color: #7a4100; border: 1px solid #f3c27a;"
                                         "border-radius: 4px; padding: 6px;")
        il.addWidget(self.identity_gaps)
        self.identity = SettingsForm(office.identity_keys())
        if "office.logo" in self.identity.inputs:
            browse = QPushButton(self.tr("Pilih…"))
            browse.setObjectName("chooseLogo")
            browse.clicked.connect(self.choose_logo)
            self.identity.rows["office.logo"].addWidget(browse)
        il.addWidget(self.identity)
        il.addStretch(1)
        self.tabs.addTab(self._with_save(ident, "identity"), self.tr("Identitas kantor"))

        # numbering
        num = QWidget()
        nl = QVBoxLayout(num)
        intro = QLabel(self.tr("Tempat penampung: {seq} nomor urut (mis. {seq:04} = 0001), {year}, {month}, "
                               "{month_roman}, {day}, {workstation}. Nomor urut mulai lagi setiap tahun. Tanpa "
                               "{workstation}, nomor berlaku untuk seluruh kantor (diambil dari blok yang dipesan "
                               "di basis data pusat); tanda terima dan walk-in selalu memuat {workstation}."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        nl.addWidget(intro)
        self.numbering = SettingsForm(office.numbering_keys())
        for name, w in self.numbering.inputs.items():
            w.textEdited.connect(lambda _t, n=name: self.preview_number(n))  # type: ignore[attr-defined]
        nl.addWidget(self.numbering)
        nl.addStretch(1)
        self.tabs.addTab(self._with_save(num, "numbering"), self.tr("Penomoran"))

        # connections
        conn = QWidget()
        cl = QGridLayout(conn)
        from app import config
        self.conn_forms: dict[str, SettingsForm] = {}
        self.secret_inputs: dict[str, PasswordEdit] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        for c in office.CONNECTIONS:
            box = QGroupBox(self.tr(c.title))
            box.setObjectName(f"conn_{c.key}")
            bl = QVBoxLayout(box)
            form = SettingsForm([config.KEYS[n] for n in c.settings if n in config.KEYS])
            self.conn_forms[c.key] = form
            bl.addWidget(form)
            if c.secrets:
                sform = QFormLayout()
                for name in c.secrets:
                    pw = PasswordEdit()
                    pw.setObjectName(f"secret_{name}")
                    self.secret_inputs[name] = pw
                    lab = QLabel(tr_label(name))
                    lab.setBuddy(pw)
                    lab.setToolTip(name)
                    sform.addRow(lab, pw)
                bl.addLayout(sform)
            row = QHBoxLayout()
            test = QPushButton(self.tr("Tes koneksi"))
            test.setObjectName(f"test_{c.key}")
            test.clicked.connect(lambda _=False, k=c.key: self.test(k))
            self.test_buttons[c.key] = test
            result = QLabel()
            result.setObjectName(f"result_{c.key}")
            result.setWordWrap(True)
            result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.results[c.key] = result
            row.addWidget(test, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(result, 1)
            bl.addLayout(row)
            n = len(self.conn_forms) - 1
            cl.addWidget(box, n // 2, n % 2)
        cl.setRowStretch(len(office.CONNECTIONS) // 2 + 1, 1)
        self.tabs.addTab(self._with_save(conn, "connections"), self.tr("Koneksi"))
        bus.master_changed.connect(self.refresh)
        self.refresh()

    def _with_save(self, content: QWidget, which: str) -> QWidget:
        outer = QWidget()
        ol = QVBoxLayout(outer)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(_scroll(content), 1)
        bar = QHBoxLayout()
        error = ErrorLabel()
        error.setObjectName(f"error_{which}")
        bar.addWidget(error, 1)
        bar.addStretch(1)
        done = QLabel()
        done.setObjectName(f"saved_{which}")
        bar.addWidget(done)
        save = QPushButton(self.tr("Simpan"))
        save.setObjectName(f"save_{which}")
        save.setProperty("primary", True)
        save.clicked.connect(lambda: self.save(which))
        bar.addWidget(save)
        ol.addLayout(bar)
        setattr(self, f"error_{which}", error)
        setattr(self, f"saved_{which}", done)
        return outer

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from app import secrets
        from app.services import office
        forms = [self.identity, self.numbering, *self.conn_forms.values()]
        loaded, gaps = ops.now(self, lambda s: ([office.values(s, list(f.inputs)) for f in forms],
                                                office.identity_gaps(s)))
        for f, values in zip(forms, loaded, strict=True):
            f.load(values)
        from app import config
        def names(keys: list[str]) -> str:
            return ", ".join(office.label(config.KEYS[k]) for k in keys)
        lines = []
        if gaps.empty:
            lines.append(self.tr("Belum diisi (kop surat, penandatangan, peraturan di Mengingat SK): {keys}.")
                         .format(keys=names(gaps.empty)))
        if gaps.sample:
            lines.append(self.tr("Masih contoh bawaan — ganti dengan data kantor Anda: {keys}.")
                         .format(keys=names(gaps.sample)))
        self.identity_gaps.setText("\n".join(lines))
        self.identity_gaps.setVisible(bool(lines))
        try:
            known: dict[str, bool] | None = {st.name: st.is_set for st in secrets.status()}
        except secrets.SecretError:
            # no safe keyring on this computer: the rest of the page still works; saving a
            # secret then says why it cannot be kept
            known = None
        for name, pw in self.secret_inputs.items():
            pw.clear()
            if known is None:
                pw.setPlaceholderText(self.tr("penyimpanan rahasia (keyring) tidak tersedia di komputer ini"))
            else:
                pw.setPlaceholderText(self.tr("tersimpan di keyring — ketik untuk mengganti") if known.get(name)
                                      else self.tr("belum diisi"))
        for name in self.numbering.inputs:
            self.preview_number(name)

    def preview_number(self, name: str) -> None:
        from app.services import office
        from app.validation import Invalid
        kind = name.split(".", 1)[1]
        w, extra, msg = self.numbering.inputs[name], self.numbering.extras[name], self.numbering.messages[name]
        typed = w.text()  # type: ignore[attr-defined]
        try:
            fmt = office.check_format(kind, typed)
        except Invalid as e:
            msg.setText(e.message)
            msg.show()
            extra.hide()
            return
        msg.hide()
        ws = self.actor.workstation

        def show(nxt: str) -> None:
            if w.text() != typed:  # type: ignore[attr-defined]
                return          # typed on meanwhile: the preview of the new text follows
            extra.setText(self.tr("Nomor berikutnya: {n}").format(n=nxt))
            extra.show()
        def failed(e: BaseException) -> None:
            msg.setText(user_message(e))
            msg.show()
        # read off the GUI thread: it follows every key typed into the format
        ops.query(self, lambda s: office.preview_next(s, kind, fmt, ws), show, on_error=failed)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, which: str) -> None:
        from app.services import office
        from app.validation import Invalid
        error, done = getattr(self, f"error_{which}"), getattr(self, f"saved_{which}")
        error.show_message("")
        done.setText("")
        forms = {"identity": [self.identity], "numbering": [self.numbering],
                 "connections": list(self.conn_forms.values())}[which]
        values = {}
        for f in forms:
            values.update(f.values())
        try:
            actor = self.actor
            typed = {n: pw.text() for n, pw in self.secret_inputs.items()} if which == "connections" else {}
            changed = ops.change_now(self, lambda s: office.save_page(s, actor, values, typed)).names
        except Invalid as e:
            if not any(f.show_invalid(e.field, e.message) for f in forms):
                error.show_message(e.message)
            return
        except Exception as e:
            error.show_message(user_message(e))
            return
        for pw in self.secret_inputs.values():
            pw.clear()
        done.setText(self.tr("Tersimpan ({n} diubah).").format(n=len(changed)) if changed
                     else self.tr("Tidak ada yang berubah."))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo kop surat"), "", "Gambar (*.png *.jpg *.jpeg)")
        if path:
            self.identity.inputs["office.logo"].setText(path)  # type: ignore[attr-defined]

    # -- connection tests ----------------------------------------------------------------------------
    def test(self, key: str) -> None:
        from app.services import office
        button, result = self.test_buttons[key], self.results[key]
        button.setEnabled(False)
        result.setStyleSheet("")
        result.setText(self.tr("Menguji… (pengaturan yang tersimpan)"))
        loket = self.loket

        def done(answer) -> None:
            ok, message = answer
            button.setEnabled(True)
            color = {True: "#067647", False: theme.ERROR, None: "#7a4100"}[ok]
            mark = {True: self.tr("Berhasil"), False: self.tr("Gagal"), None: self.tr("Belum siap")}[ok]
            result.setStyleSheet(f"color: {color};")
            result.setText(f"{mark}: {message}")

        def failed(exc) -> None:
            button.setEnabled(True)
            info_box(self, user_message(exc))

        worker.run(lambda: office.test_connection(loket, key), on_done=done, on_error=failed, context=self)
