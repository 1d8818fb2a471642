"""Administrator: the office's own SK templates (app/services/sk_templates.py).

Left, the decree templates (shipped, and the office's revisions of them or new
ones) with the permit types naming each. Middle, the template section by
section: title, TENTANG, Menimbang, Mengingat, Menetapkan, the dicta (one per
line, their detail rows under them starting with "- ") and the tembusan; a
refused section shows its one line under it and nothing is saved. Right, the
live preview of the SK with sample data for a permit type of choice (rendered
off the GUI thread half a second after the last keystroke), and the list of
placeholders: a double click inserts one where the cursor is.

Saving is one audited, signed administrator act (a new revision); SKs already
signed keep the revision they were signed with.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import ops, worker
from ui.pages.admin_permit_types import field_message
from ui.pdf_preview import PdfPreview
from ui.widgets import ErrorLabel, user_message

# Placeholders offered in the list, with what each prints (app/documents/sk.py PLACEHOLDERS;
# resources/templates/README.md explains them all).
# lupdate reads QT_TRANSLATE_NOOP; each text is translated where it is shown (self.tr).
HINTS = (
    ("{nama_pemohon}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama pemohon")),
    ("{nik}", QT_TRANSLATE_NOOP("TemplatesPage", "NIK pemohon")),
    ("{alamat_pemohon}", QT_TRANSLATE_NOOP("TemplatesPage", "Alamat pemohon")),
    ("{tempat_lahir}", QT_TRANSLATE_NOOP("TemplatesPage", "Tempat lahir")),
    ("{tanggal_lahir}", QT_TRANSLATE_NOOP("TemplatesPage", "Tanggal lahir")),
    ("{pekerjaan}", QT_TRANSLATE_NOOP("TemplatesPage", "Pekerjaan")),
    ("{nama_perusahaan}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama perusahaan")),
    ("{nib}", QT_TRANSLATE_NOOP("TemplatesPage", "NIB")),
    ("{npwp}", QT_TRANSLATE_NOOP("TemplatesPage", "NPWP")),
    ("{nama_pemegang}", QT_TRANSLATE_NOOP("TemplatesPage", "Pemegang izin (perusahaan atau pemohon)")),
    ("{alamat_pemegang}", QT_TRANSLATE_NOOP("TemplatesPage", "Alamat pemegang izin")),
    ("{lokasi}", QT_TRANSLATE_NOOP("TemplatesPage", "Lokasi izin")),
    ("{nama_izin}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama jenis izin")),
    ("{nama_izin_kapital}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama jenis izin, kapital")),
    ("{jenis_permohonan_kalimat}", QT_TRANSLATE_NOOP("TemplatesPage", "penerbitan / perpanjangan / perubahan")),
    ("{rujukan_permohonan}", QT_TRANSLATE_NOOP("TemplatesPage", "Nomor dan tanggal permohonan")),
    ("{masa_berlaku_kalimat}", QT_TRANSLATE_NOOP("TemplatesPage", "Kalimat masa berlaku")),
    ("{masa_berlaku}", QT_TRANSLATE_NOOP("TemplatesPage", "Masa berlaku")),
    ("{berlaku_sampai}", QT_TRANSLATE_NOOP("TemplatesPage", "Berlaku sampai tanggal")),
    ("{dasar_hukum}", QT_TRANSLATE_NOOP("TemplatesPage", "Dasar hukum jenis izin (satu butir per baris)")),
    ("{peraturan[perda_perangkat_daerah]}", QT_TRANSLATE_NOOP("TemplatesPage", "Perda perangkat daerah kantor")),
    ("{peraturan[perbup_pendelegasian]}", QT_TRANSLATE_NOOP("TemplatesPage", "Perbup pendelegasian kewenangan")),
    ("{jabatan_penandatangan}", QT_TRANSLATE_NOOP("TemplatesPage", "Jabatan penandatangan, kapital")),
    ("{jabatan_penandatangan_judul}", QT_TRANSLATE_NOOP("TemplatesPage", "Jabatan penandatangan")),
    ("{kantor}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama kantor dengan daerah")),
    ("{wilayah_judul}", QT_TRANSLATE_NOOP("TemplatesPage", "Nama daerah")),
    ("{tembusan_izin}", QT_TRANSLATE_NOOP("TemplatesPage", "Tembusan jenis izin (hanya di Tembusan)")),
    ("- {data_teknis}", QT_TRANSLATE_NOOP("TemplatesPage", "Diktum: satu baris rincian per data teknis")),
    ("- {ketentuan}", QT_TRANSLATE_NOOP("TemplatesPage", "Diktum: daftar ketentuan dari naskah back office")),
    ("title", QT_TRANSLATE_NOOP("TemplatesPage", "Nama &tampilan")),
    ("judul", QT_TRANSLATE_NOOP("TemplatesPage", "&Judul")),
    ("tentang", QT_TRANSLATE_NOOP("TemplatesPage", "T&entang")),
    ("menimbang", QT_TRANSLATE_NOOP("TemplatesPage", "&Menimbang")),
    ("mengingat", QT_TRANSLATE_NOOP("TemplatesPage", "Mengin&gat")),
    ("menetapkan", QT_TRANSLATE_NOOP("TemplatesPage", "Me&netapkan")),
    ("diktum", QT_TRANSLATE_NOOP("TemplatesPage", "&Diktum")),
    ("tembusan", QT_TRANSLATE_NOOP("TemplatesPage", "Tem&busan")),
)

# (section, label, multi-line, height)
SECTIONS = (
    ("title", QT_TRANSLATE_NOOP("TemplatesPage", "Nama &tampilan"), False, 0),
    ("judul", QT_TRANSLATE_NOOP("TemplatesPage", "&Judul"), False, 0),
    ("tentang", QT_TRANSLATE_NOOP("TemplatesPage", "T&entang"), False, 0),
    ("menimbang", QT_TRANSLATE_NOOP("TemplatesPage", "&Menimbang"), True, 96),
    ("mengingat", QT_TRANSLATE_NOOP("TemplatesPage", "Mengin&gat"), True, 110),
    ("menetapkan", QT_TRANSLATE_NOOP("TemplatesPage", "Me&netapkan"), False, 0),
    ("diktum", QT_TRANSLATE_NOOP("TemplatesPage", "&Diktum"), True, 180),
    ("tembusan", QT_TRANSLATE_NOOP("TemplatesPage", "Tem&busan"), True, 48),
)


class TemplatesPage(QWidget):
    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.rows: list = []
        self.current: str | None = None     # the template's name as loaded
        self.based_on: str | None = None
        self.pool = worker.serial_pool(self)
        self._last_text: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        title = QLabel(self.tr("Templat SK kantor"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("templatesSplit")
        lay.addWidget(split, 1)

        # the list
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        ll.addWidget(self.list, 1)
        self.copy_button = QPushButton(self.tr("Buat salinan…"))
        self.copy_button.setObjectName("copyTemplate")
        self.copy_button.setToolTip(self.tr("Salin templat ini sebagai templat baru dengan nama sendiri"))
        ll.addWidget(self.copy_button)
        split.addWidget(left)

        # the editor
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(8, 0, 8, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        ml.addWidget(self.heading)
        body = QWidget()
        form = QFormLayout(body)
        form.setVerticalSpacing(2)
        # labels above the inputs: the texts get the editor's whole width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 6, 0)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setObjectName("tpl_name")
        self.name.setMaxLength(64)
        self._add_row(form, "name", self.tr("Nama ber&kas"), self.name)
        for key, label, multi, height in SECTIONS:
            w: QLineEdit | QPlainTextEdit
            if multi:
                w = QPlainTextEdit()
                w.setFixedHeight(height)
                # the style sheet's min-height for inputs (resources/style.qss) would shrink it back
                w.setStyleSheet(f"QPlainTextEdit {{ min-height: {height - 14}px; }}")
                w.setTabChangesFocus(True)
                w.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            else:
                w = QLineEdit()
            w.setObjectName(f"tpl_{key}")
            self.inputs[key] = w
            self._add_row(form, key, self.tr(str(label)), w)
        self.inputs["menimbang"].setPlaceholderText(self.tr("Satu butir per baris (a, b, c… diberikan Loket)"))
        self.inputs["mengingat"].setPlaceholderText(self.tr("Satu peraturan per baris; diurutkan menurut hierarki"))
        self.inputs["diktum"].setPlaceholderText(self.tr(
            "Satu diktum per baris (KESATU, KEDUA… diberikan Loket); baris rincian di bawahnya diawali "
            "“- ”, mis. “- NIK: {nik}”"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        ml.addWidget(scroll, 1)
        bar = QHBoxLayout()
        self.error = ErrorLabel()
        self.error.setObjectName("templateError")
        bar.addWidget(self.error, 1)
        self.saved = QLabel()
        self.saved.setObjectName("templateSaved")
        bar.addWidget(self.saved)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.save_button = QPushButton(self.tr("Simpan (Ctrl+S)"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setProperty("primary", True)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        ml.addLayout(bar)
        split.addWidget(middle)

        # preview and placeholders
        right = QTabWidget()
        right.setObjectName("templateSide")
        # a narrow pane (125 % text) elides a tab's text rather than showing scroll arrows
        right.setUsesScrollButtons(False)
        right.setElideMode(Qt.TextElideMode.ElideRight)
        pv = QWidget()
        pl = QVBoxLayout(pv)
        pl.setContentsMargins(0, 4, 0, 0)
        row = QVBoxLayout()      # the label above: the combo gets the pane's whole width
        row.setSpacing(2)
        lab = QLabel(self.tr("Contoh jenis i&zin:"))
        self.sample = QComboBox()
        self.sample.setObjectName("templateSample")
        # a long permit-type name must not widen the preview pane
        self.sample.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sample.setMinimumContentsLength(10)
        lab.setBuddy(self.sample)
        row.addWidget(lab)
        row.addWidget(self.sample)
        pl.addLayout(row)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("muted")
        self.preview_note.setWordWrap(True)
        pl.addWidget(self.preview_note)
        self.preview = PdfPreview()
        self.preview.setObjectName("templatePreview")
        for b in (self.preview.print_button, self.preview.close_button):
            b.hide()
        self.preview.save_button.setText(self.tr("Simpan PDF…"))
        self.preview.caption.hide()
        self.preview.set_keys_enabled(False, "print", "save")
        pl.addWidget(self.preview, 1)
        right.addTab(pv, self.tr("Pratinjau"))
        self.hints = QListWidget()
        self.hints.setObjectName("templateHints")
        for text, what in HINTS:
            item = QListWidgetItem(f"{text}  —  {self.tr(str(what))}")
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.hints.addItem(item)
        hint_page = QWidget()
        hl = QVBoxLayout(hint_page)
        note = QLabel(self.tr("Klik dua kali untuk menyisipkan di tempat kursor. Data teknis: "
                              "{teknis[Nama isian]} persis seperti di jenis izin."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        hl.addWidget(note)
        hl.addWidget(self.hints, 1)
        right.addTab(hint_page, self.tr("Penampung"))
        split.addWidget(right)
        left.setMinimumWidth(180)
        right.setMinimumWidth(320)
        split.setSizes([210, 600, 380])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)

        self.preview_timer = QTimer(self, singleShot=True, interval=500)
        self.preview_timer.timeout.connect(self.render_preview)
        for w in self.inputs.values():
            if isinstance(w, QLineEdit):
                w.textEdited.connect(lambda *_: self.preview_timer.start())
            else:
                w.textChanged.connect(self.preview_timer.start)
        self.sample.currentIndexChanged.connect(lambda *_: self.preview_timer.start())
        self.list.currentRowChanged.connect(lambda *_: self._selected())
        self.hints.itemDoubleClicked.connect(self._insert)
        self.copy_button.clicked.connect(self.copy_as_new)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._selected)
        save = QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)  # type: ignore[call-overload]
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus)  # type: ignore[attr-defined]
        bus.master_changed.connect(self.refresh)
        self.refresh()

    def _add_row(self, form: QFormLayout, key: str, label: str, w: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(w)
        m = field_message()
        m.setObjectName(f"tplMessage_{key}")
        box.addWidget(m)
        self.messages[key] = m
        lab = QLabel(label)
        lab.setBuddy(w)
        form.addRow(lab, box)

    def _focus(self, _old, new) -> None:
        if new is not None and new in self.inputs.values():
            self._last_text = new

    # -- list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.services import sk_templates
        keep = self.current
        self.rows = ops.now(self, sk_templates.listing)
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rows:
            origin = (self.tr("kantor, revisi {n}").format(n=r.revision) if r.office else self.tr("bawaan Loket"))
            used = ", ".join(r.used_by[:4]) + ("…" if len(r.used_by) > 4 else "") if r.used_by else self.tr("belum dipakai")
            # the office reads the title; the file name (what `loket` and the permit types
            # name) on the second line tells two copies apart
            item = QListWidgetItem(f"{r.title or r.name}\n{r.name} · {origin} · {used}")
            item.setToolTip(f"{r.title}\n{r.name}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        target = next((i for i, r in enumerate(self.rows) if r.name == keep), 0 if self.rows else -1)
        if target >= 0:
            self.list.setCurrentRow(target)
            self._selected()

    def selected(self):
        i = self.list.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _selected(self) -> None:
        from app.services import sk_templates
        r = self.selected()
        if r is None:
            return
        form, types = ops.now(self, lambda s: (sk_templates.form_of(s, r.name), sk_templates.preview_types(s, r.name)))
        self.current = r.name
        self.load(form, types)
        self.heading.setText(self.tr("{name} — {state}").format(
            name=r.name, state=self.tr("revisi kantor {n}").format(n=r.revision) if r.office
            else self.tr("bawaan Loket; disimpan menjadi revisi kantor")))
        self.render_preview()

    def load(self, form, types: list[tuple[str, str]]) -> None:
        self.based_on = form.based_on
        self.name.setText(form.name)
        self.name.setReadOnly(True)
        for key, w in self.inputs.items():
            value = getattr(form, key)
            if isinstance(w, QLineEdit):
                w.setText(value)
            else:
                w.blockSignals(True)
                w.setPlainText(value)
                w.blockSignals(False)
        self.sample.blockSignals(True)
        self.sample.clear()
        for code, name in types:
            self.sample.addItem(f"{code} — {name}", code)
        self.sample.blockSignals(False)
        self.clear_messages()
        self.saved.setText("")

    def form(self):
        from app.services.sk_templates import TemplateForm
        values = {k: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for k, w in self.inputs.items()}
        return TemplateForm(name=self.name.text().strip(), based_on=self.based_on, **values)

    def copy_as_new(self) -> None:
        self.name.setReadOnly(False)
        self.name.setText((self.current or "templat") + "_kantor")
        self.inputs["title"].setText(self.tr("Salinan {name}").format(name=self.current or ""))  # type: ignore[union-attr]
        self.heading.setText(self.tr("Templat baru dari {name}: beri nama berkas, lalu simpan").format(
            name=self.current or ""))
        self.name.setFocus()
        self.name.selectAll()

    def _insert(self, item: QListWidgetItem) -> None:
        text = item.data(Qt.ItemDataRole.UserRole)
        w = self._last_text
        if isinstance(w, QPlainTextEdit):
            w.insertPlainText(text)
        elif isinstance(w, QLineEdit):
            w.insert(text)
        else:
            return
        w.setFocus()

    # -- saving --------------------------------------------------------------------------------
    def clear_messages(self) -> None:
        for m in self.messages.values():
            m.hide()
        self.error.show_message("")

    def show_invalid(self, field: str, message: str) -> None:
        m = self.messages.get(field)
        if m is None:
            self.error.show_message(message)
            return
        m.setText(message)
        m.show()
        target = self.name if field == "name" else self.inputs[field]
        target.setFocus()

    def save(self) -> None:
        from app.services import sk_templates
        from app.validation import Invalid
        self.clear_messages()
        self.saved.setText("")
        form, actor = self.form(), self.actor
        try:
            changes = ops.change_now(self, lambda s: sk_templates.save(s, actor, form))
        except Invalid as e:
            self.show_invalid(e.field, e.message)
            return
        except Exception as e:
            self.error.show_message(user_message(e))
            return
        self.current = form.name
        self.saved.setText(self.tr("Tersimpan sebagai revisi baru.") if changes else self.tr("Tidak ada yang berubah."))
        self.refresh()
        self.saved.setText(self.tr("Tersimpan sebagai revisi baru.") if changes else self.tr("Tidak ada yang berubah."))

    # -- preview -------------------------------------------------------------------------------
    def render_preview(self) -> None:
        from app.services import sk_templates
        form, code = self.form(), self.sample.currentData()
        self.preview_note.setText(self.tr("Memperbarui pratinjau…"))
        ops.query(self, lambda s: sk_templates.preview(s, form, code), self._show_preview,
                  on_error=self._preview_failed, pool=self.pool)

    def _show_preview(self, pdf: bytes) -> None:
        for m in self.messages.values():
            m.hide()
        self.preview_note.setText(self.tr("Data contoh, bukan dokumen resmi. Belum disimpan."))
        self.preview.show_pdf(pdf, self.tr("Pratinjau"))

    def _preview_failed(self, exc) -> None:
        from app.validation import Invalid
        if isinstance(exc, Invalid) and exc.field in self.messages:
            for m in self.messages.values():
                m.hide()
            self.messages[exc.field].setText(exc.message)
            self.messages[exc.field].show()
        self.preview_note.setText(self.tr("Pratinjau tidak dapat dibuat: {msg}").format(msg=user_message(exc)))
