"""Administrator: the office's permit types — list, search, add, edit,
deactivate; the requirement list (order, wajib, asli, note for the counter),
the technical-data fields, the SK template, and a live preview of the SK with
sample data and of the receipt's checklist.

Every button calls app/services/permit_types.py, which checks the
administrator role and writes the audit record; this page shows its answer
(a refusal: one line beside the field it names).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import ops, worker
from ui.pdf_preview import PdfPreview
from ui.widgets import ErrorLabel, confirm, info_box, theme, user_message

FIELD_TYPES = ("teks", "angka", "tanggal", "pilihan")


def field_message() -> QLabel:
    """The one line shown beside (under) a field that was refused."""
    m = QLabel()
    m.setObjectName("fieldMessage")
    m.setWordWrap(True)
    m.setStyleSheet(theme.error_style())
    m.hide()
    return m


def check_cell(checked: bool) -> QTableWidgetItem:
    it = QTableWidgetItem()
    it.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    it.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return it


def is_checked(table: QTableWidget, row: int, col: int) -> bool:
    it = table.item(row, col)
    return it is not None and it.checkState() == Qt.CheckState.Checked


def text_at(table: QTableWidget, row: int, col: int) -> str:
    it = table.item(row, col)
    return it.text() if it is not None else ""


class RowTable(QWidget):
    """A small editable table with Tambah / Hapus / Naik / Turun."""

    def __init__(self, columns: list[str], stretch: int, name: str, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.table.horizontalHeader()
        for c in range(len(columns)):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                      else QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Baris"))
        self.add_button.setToolTip(self.tr("Tambah baris"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.setToolTip(self.tr("Hapus baris terpilih"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Naikkan baris terpilih"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Turunkan baris terpilih"))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)

    def move(self, delta: int) -> None:  # type: ignore[override]
        t = self.table
        r = t.currentRow()
        to = r + delta
        if r < 0 or not 0 <= to < t.rowCount():
            return
        for c in range(t.columnCount()):
            a, b = t.takeItem(r, c), t.takeItem(to, c)
            t.setItem(r, c, b)
            t.setItem(to, c, a)
            wa, wb = t.cellWidget(r, c), t.cellWidget(to, c)
            if wa is not None or wb is not None:   # a combo box: swap its value
                va, vb = wa.currentText(), wb.currentText()  # type: ignore[attr-defined]
                wa.setCurrentText(vb)  # type: ignore[attr-defined]
                wb.setCurrentText(va)  # type: ignore[attr-defined]
        t.setCurrentCell(to, t.currentColumn())
        t.itemChanged.emit(t.item(to, 0))

    def remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.table.itemChanged.emit(None)


class Editor(QWidget):
    """One permit type being added or edited."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from app.services.permit_types import template_names
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        lay.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("permitTypeTabs")
        lay.addWidget(self.tabs, 1)
        self.messages: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        general = QWidget()
        form = QFormLayout(general)
        form.setVerticalSpacing(6)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("mis. SIP-DOK"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.sector = QLineEdit()
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" hari kerja"))
        # the row's label says what it is, so the box's own text stays short (the editor
        # pane then fits beside the list and the preview on a 1280×720 screen)
        self.review = QCheckBox(self.tr("Perlu (peninjauan lapangan)"))
        self.review_days = QSpinBox()
        self.review_days.setRange(0, 365)
        self.review_days.setSuffix(self.tr(" hari kerja"))
        self.validity = QSpinBox()
        self.validity.setRange(0, 1200)
        self.validity.setSuffix(self.tr(" bulan"))
        self.validity.setSpecialValueText(self.tr("selama usaha berjalan"))
        self.template = QComboBox()
        self.template.addItem(self.tr("(belum ada templat)"), "")
        from app.services.sk_templates import display_title
        for n in template_names():      # the readable name; the file name is the tooltip and the data
            self.template.addItem(display_title(n), n)
            self.template.setItemData(self.template.count() - 1, n, Qt.ItemDataRole.ToolTipRole)
        self.legal = QPlainTextEdit()
        self.legal.setPlaceholderText(self.tr("Satu dasar hukum per baris"))
        self.legal.setFixedHeight(64)
        rows = (("code", self.tr("&Kode"), self.code), ("name", self.tr("&Nama jenis izin"), self.name),
                ("unit", self.tr("&Unit / bidang"), self.unit), ("sector", self.tr("S&ektor"), self.sector),
                ("service_days", self.tr("&Standar pelayanan"), self.days),
                ("needs_review", self.tr("Kajian teknis"), self.review), ("review_days", self.tr("Lama ka&jian"), self.review_days),
                ("validity_months", self.tr("&Masa berlaku"), self.validity),
                ("template", self.tr("&Templat SK"), self.template),
                ("legal_basis", self.tr("&Dasar hukum"), self.legal))
        for key, label, w in rows:
            w.setObjectName(f"pt_{key}")
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            m = field_message()
            box.addWidget(m)
            self.messages[key] = m
            self.inputs[key] = w
            lab = QLabel(label)
            lab.setBuddy(w)
            form.addRow(lab, box)
        self.tabs.addTab(general, self.tr("Data umum"))

        reqs = QWidget()
        rl = QVBoxLayout(reqs)
        self.reqs = RowTable([self.tr("Persyaratan"), self.tr("Wajib"), self.tr("Asli"), self.tr("Catatan untuk loket")],
                             0, "requirementsTable")
        self.reqs.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.reqs.add_button.clicked.connect(lambda: self.add_requirement("", True, False, ""))
        rl.addWidget(self.reqs, 1)
        m = field_message()
        self.messages["requirements"] = m
        rl.addWidget(m)
        hint = QLabel(self.tr("Mengubah nama, wajib atau asli membuat versi baru daftar; berkas yang sudah "
                              "diperiksa tetap memakai daftar saat diperiksa."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        rl.addWidget(hint)
        self.tabs.addTab(reqs, self.tr("Persyaratan"))

        fields = QWidget()
        fl = QVBoxLayout(fields)
        self.fields = RowTable([self.tr("Nama isian"), self.tr("Jenis"), self.tr("Wajib"),
                                self.tr("Pilihan (pisah dengan ;)")], 0, "fieldsTable")
        self.fields.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.fields.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.fields.table.setColumnWidth(1, 118)
        self.fields.add_button.clicked.connect(lambda: self.add_field("", "teks", False, ()))
        fl.addWidget(self.fields, 1)
        m = field_message()
        self.messages["fields"] = m
        fl.addWidget(m)
        self.tabs.addTab(fields, self.tr("Data teknis"))
        self.tab_of = {"requirements": 1, "fields": 2}

        self.error = ErrorLabel()
        lay.addWidget(self.error)

    # -- rows -------------------------------------------------------------------------
    def add_requirement(self, name: str, mandatory: bool, original: bool, note: str, rid: str | None = None) -> None:
        t = self.reqs.table
        r = t.rowCount()
        t.insertRow(r)
        it = QTableWidgetItem(name)
        it.setData(Qt.ItemDataRole.UserRole, rid)
        t.setItem(r, 0, it)
        t.setItem(r, 1, check_cell(mandatory))
        t.setItem(r, 2, check_cell(original))
        t.setItem(r, 3, QTableWidgetItem(note))
        t.resizeRowToContents(r)
        if not name:
            t.setCurrentCell(r, 0)
            t.editItem(it)

    def add_field(self, name: str, kind: str, required: bool, choices) -> None:
        t = self.fields.table
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(name))
        combo = QComboBox()
        combo.addItems(FIELD_TYPES)
        combo.setCurrentText(kind)
        combo.currentTextChanged.connect(lambda *_: t.itemChanged.emit(None))
        t.setCellWidget(r, 1, combo)
        t.setItem(r, 2, check_cell(required))
        t.setItem(r, 3, QTableWidgetItem("; ".join(choices)))
        if not name:
            t.setCurrentCell(r, 0)
            t.editItem(t.item(r, 0))  # type: ignore[arg-type]

    # -- values ---------------------------------------------------------------------------
    def load(self, spec, new: bool) -> None:
        self.clear_messages()
        self.heading.setText(self.tr("Jenis izin baru") if new else f"{spec.code} — {spec.name}")
        self.code.setText(spec.code)
        self.name.setText(spec.name)
        self.unit.setText(spec.unit)
        self.sector.setText(spec.sector)
        self.days.setValue(int(spec.service_days or 0))
        self.review.setChecked(spec.needs_review)
        self.review_days.setValue(int(spec.review_days or 0))
        self.validity.setValue(int(spec.validity_months or 0))
        i = self.template.findData(spec.template or "")
        if i < 0 and spec.template:
            self.template.addItem(spec.template, spec.template)
            i = self.template.count() - 1
        self.template.setCurrentIndex(max(0, i))
        self.legal.setPlainText("\n".join(x.strip() for x in (spec.legal_basis or "").split(";") if x.strip()))
        self.reqs.table.setRowCount(0)
        for r in spec.requirements:
            self.add_requirement(r.name, r.mandatory, r.original, r.note, r.id)
        self.fields.table.setRowCount(0)
        for f in spec.fields:
            self.add_field(f.name, f.type, f.required, f.choices)
        self.tabs.setCurrentIndex(0)

    def spec(self):
        from app.services.permit_types import FieldSpec, PermitTypeSpec, RequirementSpec
        rt, ft = self.reqs.table, self.fields.table
        reqs = [RequirementSpec(text_at(rt, r, 0), is_checked(rt, r, 1), is_checked(rt, r, 2), text_at(rt, r, 3),
                                rt.item(r, 0).data(Qt.ItemDataRole.UserRole) if rt.item(r, 0) else None)
                for r in range(rt.rowCount())]
        fields = [FieldSpec(text_at(ft, r, 0), ft.cellWidget(r, 1).currentText(), is_checked(ft, r, 2),
                            tuple(x.strip() for x in text_at(ft, r, 3).split(";") if x.strip()))
                  for r in range(ft.rowCount())]
        return PermitTypeSpec(
            code=self.code.text(), name=self.name.text(), service_days=self.days.value(),
            unit=self.unit.text(), sector=self.sector.text(), needs_review=self.review.isChecked(),
            review_days=self.review_days.value() if self.review.isChecked() else None,
            validity_months=self.validity.value() or None, legal_basis="; ".join(
                x.strip() for x in self.legal.toPlainText().splitlines() if x.strip()),
            template=self.template.currentData() or "", fields=fields, requirements=reqs)

    def clear_messages(self) -> None:
        for m in self.messages.values():
            m.hide()
        self.error.show_message("")

    def show_invalid(self, field: str, message: str) -> None:
        self.clear_messages()
        m = self.messages.get(field)
        if m is None:
            self.error.show_message(message)
            return
        m.setText(message)
        m.show()
        self.tabs.setCurrentIndex(self.tab_of.get(field, 0))
        w = self.inputs.get(field)
        if w is not None:
            w.setFocus()

    def set_templates(self, names: list[str]) -> None:
        """The template choices (shipped and the office's own, Admin — Templat SK)."""
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("(belum ada templat)"), "")
        from app.services.sk_templates import display_title
        for n in names:      # the readable name; the file name is the tooltip and the data
            self.template.addItem(display_title(n), n)
            self.template.setItemData(self.template.count() - 1, n, Qt.ItemDataRole.ToolTipRole)
        i = self.template.findData(current)
        if i < 0 and current:
            self.template.addItem(current, current)
            i = self.template.count() - 1
        self.template.setCurrentIndex(max(0, i))
        self.template.blockSignals(False)

    def watch(self, slot) -> None:
        """Call `slot` on any edit (for the live preview)."""
        for w in (self.code, self.name, self.unit, self.sector):
            w.textEdited.connect(lambda *_: slot())
        for w in (self.days, self.review_days, self.validity):  # type: ignore[assignment]
            w.valueChanged.connect(lambda *_: slot())  # type: ignore[attr-defined]
        self.review.toggled.connect(lambda *_: slot())
        self.template.currentIndexChanged.connect(lambda *_: slot())
        self.legal.textChanged.connect(slot)
        self.reqs.table.itemChanged.connect(lambda *_: slot())
        self.fields.table.itemChanged.connect(lambda *_: slot())
        self.reqs.table.model().rowsInserted.connect(lambda *_: slot())


def _render(s, spec, which: str):
    from app.services import permit_types
    if which == "sk":
        return permit_types.preview_sk(s, spec)
    return permit_types.preview_receipt(s, spec)


class PermitTypesPage(QWidget):
    # two columns: the pane is narrow, and a third (status) left the name three letters
    # wide; an inactive type reads grey with "(nonaktif)" after its name
    COLUMNS = ("Kode", "Nama jenis izin")

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.rows = []  # type: ignore[var-annotated]
        self.editing: str | None = None     # code of the type being edited; None = a new one
        self.pool = worker.serial_pool(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        title = QLabel(self.tr("Jenis izin dan persyaratan"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("permitTypesSplit")
        lay.addWidget(split, 1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("permitTypeSearch")
        self.search.setPlaceholderText(self.tr("Cari kode, nama, bidang…"))
        self.search.setClearButtonEnabled(True)
        ll.addWidget(self.search)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("permitTypesTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ll.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah…"))
        self.add_button.setObjectName("addPermitType")
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        self.toggle_button.setObjectName("togglePermitType")
        self.sicantik_button = QPushButton(self.tr("Impor dari SiCantik…"))
        self.sicantik_button.setObjectName("importSicantik")
        # two rows: in one, the three buttons made the list pane too wide for 1280×720
        for b in (self.add_button, self.toggle_button):
            bar.addWidget(b)
        bar.addStretch(1)
        ll.addLayout(bar)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.sicantik_button)
        bar2.addStretch(1)
        ll.addLayout(bar2)
        split.addWidget(left)

        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(8, 0, 8, 0)
        self.editor = Editor()
        ml.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.save_button = QPushButton(self.tr("Simpan (Ctrl+S)"))
        self.save_button.setObjectName("savePermitType")
        self.save_button.setProperty("primary", True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        ml.addLayout(buttons)
        split.addWidget(middle)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        which = QVBoxLayout()       # one under the other: the preview pane stays narrow
        which.addWidget(QLabel(self.tr("Pratinjau:")))
        self.show_sk = QRadioButton(self.tr("SK (data contoh)"))
        self.show_sk.setObjectName("previewSk")
        self.show_receipt = QRadioButton(self.tr("Tanda terima"))
        self.show_receipt.setObjectName("previewReceipt")
        self.show_receipt.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.show_sk)
        group.addButton(self.show_receipt)
        which.addWidget(self.show_receipt)
        which.addWidget(self.show_sk)
        which.addStretch(1)
        rl.addLayout(which)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("muted")
        self.preview_note.setWordWrap(True)
        rl.addWidget(self.preview_note)
        self.preview = PdfPreview()
        self.preview.setObjectName("permitTypePreview")
        for b in (self.preview.print_button, self.preview.close_button):
            b.hide()
        # Ctrl+S saves the permit type on this page (below): the button does not offer it
        self.preview.save_button.setText(self.tr("Simpan PDF…"))
        self.preview.caption.hide()
        rl.addWidget(self.preview, 1)
        split.addWidget(right)
        split.setSizes([280, 540, 280])
        split.setStretchFactor(1, 1)

        self.preview_timer = QTimer(self, singleShot=True, interval=500)
        self.preview_timer.timeout.connect(self.render_preview)
        self.editor.watch(self.preview_timer.start)
        group.buttonToggled.connect(lambda *_: self.preview_timer.start())
        self.search.textChanged.connect(lambda *_: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.toggle_button.clicked.connect(self.toggle)
        self.sicantik_button.clicked.connect(self.import_sicantik)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._selected)
        # Ctrl+S saves the permit type here (the preview's own Ctrl+S/Ctrl+P are off: ui/shortcuts.py)
        self.preview.set_keys_enabled(False, "print", "save")
        save = QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)  # type: ignore[call-overload]
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add)  # type: ignore[call-overload]
        bus.master_changed.connect(self.refresh)
        self.refresh()

    # -- list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.services import permit_types
        keep = self.editing
        text = self.search.text()
        self.rows, names = ops.now(self, lambda s: (permit_types.list_types(s, text),
                                                    permit_types.template_names(s)))
        self.editor.set_templates(names)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            # how many files use the type is in the tooltip
            name = r.name if r.active else self.tr("{name} (nonaktif)").format(name=r.name)
            used = self.tr("\ndipakai {n} permohonan").format(n=r.in_use) if r.in_use else ""
            for j, v in enumerate((r.code, name)):
                item = QTableWidgetItem(v)
                item.setToolTip(self.tr("{name}\n{days} hari kerja · {n} persyaratan · templat {t}").format(
                    name=r.name, days=r.service_days, n=r.requirements, t=r.template or "-") + used)
                if not r.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
        self.table.blockSignals(False)
        target = next((i for i, r in enumerate(self.rows) if r.code == keep), 0 if self.rows else None)
        if target is not None:
            self.table.selectRow(target)
            self._selected()

    def selected(self):
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _selected(self) -> None:
        from app.services import permit_types
        r = self.selected()
        self.toggle_button.setEnabled(r is not None)
        if r is None:
            return
        self.toggle_button.setText(self.tr("Aktifkan") if not r.active else self.tr("Nonaktifkan"))
        spec = ops.now(self, lambda s: permit_types.get(s, r.code))
        self.editing = r.code
        self.editor.load(spec, new=False)
        self.render_preview()

    # -- actions --------------------------------------------------------------------------------
    def add(self) -> None:
        from app.services.permit_types import PermitTypeSpec
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.blockSignals(False)
        self.editing = None
        self.toggle_button.setEnabled(False)
        self.editor.load(PermitTypeSpec(code="", name="", service_days=5), new=True)
        self.editor.code.setFocus()
        self.render_preview()

    def save(self) -> None:
        from app.services import permit_types
        from app.validation import Invalid
        spec = self.editor.spec()
        try:
            actor, editing = self.actor, self.editing
            # the list reloads from the announcement, keeping the saved type chosen
            ops.change_now(self, lambda s: permit_types.save(s, actor, spec, editing),
                           lambda saved: setattr(self, "editing", saved.code))
        except Invalid as e:
            self.editor.show_invalid(e.field, e.message)
            return
        except Exception as e:
            self.editor.error.show_message(user_message(e))
            return
        self.editor.clear_messages()

    def toggle(self) -> None:
        from app.services import permit_types
        r = self.selected()
        if r is None:
            return
        if r.active and not confirm(self, self.tr(
                "Nonaktifkan {name}? Jenis izin ini tidak dapat dipilih lagi untuk permohonan baru; "
                "berkas yang sudah ada tidak berubah.").format(name=r.name)):
            return
        try:
            actor = self.actor
            ops.change_now(self, lambda s: permit_types.set_active(s, actor, r.code, not r.active))
        except Exception as e:
            info_box(self, user_message(e))
            return

    def import_sicantik(self) -> None:
        self.sicantik_dialog = SicantikImportDialog(self)
        self.sicantik_dialog.open()

    # -- preview ----------------------------------------------------------------------------------
    def render_preview(self) -> None:
        which = "sk" if self.show_sk.isChecked() else "receipt"
        spec = self.editor.spec()
        self.preview_note.setText(self.tr("Memperbarui pratinjau…"))
        ops.query(self, lambda s: _render(s, spec, which), self._show_preview,
                  on_error=self._preview_failed, pool=self.pool)

    def _show_preview(self, pdf: bytes) -> None:
        self.preview_note.setText(self.tr("Data contoh, bukan dokumen resmi."))
        self.preview.show_pdf(pdf, self.tr("Pratinjau"))

    def _preview_failed(self, exc) -> None:
        self.preview_note.setText(self.tr("Pratinjau tidak dapat dibuat: {msg}").format(msg=user_message(exc)))


class SicantikImportDialog(QDialog):
    """Permit types from the office's SiCantik Template Data, as a starting point
    (app/services/permit_types_sicantik.py): fetch, look at what would happen to
    each one (new, mapped to a type here, already mapped), then import all in one
    audited transaction. Fetching and importing run off the GUI thread."""

    COLUMNS = ("Tindakan", "Kode", "Nama di SiCantik", "Persyaratan", "Catatan")

    def __init__(self, page: PermitTypesPage) -> None:
        super().__init__(page)
        self.page, self.loket, self.actor, self.bus = page, page.loket, page.actor, page.bus
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Impor jenis izin dari SiCantik"))
        self.resize(900, 520)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Jenis izin dan daftar persyaratan dari Template Data SiCantik kantor menjadi titik awal: "
            "yang belum ada dibuat dan dipetakan sekaligus, yang sudah ada hanya dipetakan. "
            "Lengkapi standar waktu, templat SK dan data teknis sesudahnya."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.template = QLineEdit()
        self.template.setObjectName("sicantikTemplate")
        self.template.setPlaceholderText(self.tr("ID template, mis. 123"))
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(self.tr("tanpa rentang tanggal"))
        self.days.setSuffix(self.tr(" hari terakhir"))
        form.addRow(self.tr("Template Data"), self.template)
        form.addRow(self.tr("Rentang"), self.days)
        lay.addLayout(form)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("sicantikProposals")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("sicantikImportStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        lay.addWidget(self.status)
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.fetch_button = QPushButton(self.tr("Ambil usulan"))
        self.fetch_button.setObjectName("sicantikFetch")
        self.import_button = QPushButton(self.tr("Impor semua"))
        self.import_button.setObjectName("sicantikImport")
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Tutup"))
        buttons.addStretch(1)
        for b in (self.fetch_button, self.import_button, close):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.fetch_button.clicked.connect(self.fetch)
        self.import_button.clicked.connect(self.do_import)
        close.clicked.connect(self.reject)

    def _params(self) -> tuple[str, int]:
        return self.template.text().strip(), self.days.value()

    def fetch(self) -> None:
        from app.services import permit_types_sicantik as psc
        from ui import ops
        template, days = self._params()
        if not template:
            self.error.show_message(self.tr("Isi ID Template Data yang memuat jenis izin."))
            return
        self.error.show_message("")
        self.fetch_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Menghubungi SiCantik…"))
        loket = self.loket

        def work(s):
            rows = psc.fetch_rows(loket, template, psc.range_params(s, days))
            return rows, psc.proposals(s, rows)
        ops.query(self, work, self._proposed, on_error=self._failed, loket=loket)

    def _proposed(self, result) -> None:
        self.rows, props = result
        self.fetch_button.setEnabled(True)
        labels = {"baru": self.tr("baru"), "petakan": self.tr("dipetakan"), "sudah": self.tr("sudah ada")}
        self.table.setRowCount(len(props))
        for i, p in enumerate(props):
            for j, v in enumerate((labels[p.action], p.spec.code, p.sicantik_name, str(len(p.spec.requirements)),
                                   p.note)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        new = sum(p.action == "baru" for p in props)
        self.error.show_message("")
        self.status.setText(self.tr("{n} jenis izin baru, {m} dipetakan, dari {rows} baris SiCantik. "
                                    "Belum ada yang diubah.").format(
            n=new, m=sum(p.action == "petakan" for p in props), rows=len(self.rows)))
        self.import_button.setEnabled(any(p.action != "sudah" for p in props))

    def do_import(self) -> None:
        from app.services import permit_types_sicantik as psc
        from ui import ops
        rows, actor = self.rows, self.actor
        self.import_button.setEnabled(False)
        ops.change(self, lambda s: psc.import_rows(s, actor, rows), self._imported, on_error=self._failed,
                   loket=self.loket, bus=self.bus)

    def _imported(self, props) -> None:
        new = sum(p.action == "baru" for p in props)
        self.error.show_message("")
        self.status.setText(self.tr("Impor selesai: {n} jenis izin baru, semuanya dipetakan.").format(n=new))
        self.table.setRowCount(0)

    def _failed(self, exc) -> None:
        self.fetch_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.rows))
        self.status.setText("")
        self.error.show_message(user_message(exc))
