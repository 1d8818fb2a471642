"""The walk-in registration form of counter 2: the SiCantik pemohon fields,
the company for PERUSAHAAN, permit type, kind and location.

Every field is checked as the officer types (app.services.intake.check_field)
and its message appears beside it; the whole form (with the duplicate check)
is checked again on submit. Keyboard: Tab through the fields in reading order,
Ctrl+S registers, Esc cancels.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import regions, validation
from app.services import intake, known
from ui import ops
from ui.widgets import clear, theme

log = logging.getLogger("loket.ui")

ERROR_STYLE = theme.error_style()
WARN_STYLE = "color: #8a4b00;"


class RegionPicker(QWidget):
    """provinsi → kabupaten/kota → kecamatan → desa/kelurahan (Kemendagri codes)."""

    changed = Signal(str)                 # deepest chosen code, "" when none
    postal_code = Signal(str)

    LEVELS = ("Provinsi", "Kabupaten/kota", "Kecamatan", "Desa/kelurahan")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.combos: list[QComboBox] = []
        self._postal: dict[str, str] = {}
        for i, level in enumerate(self.LEVELS):
            c = QComboBox()
            c.setAccessibleName(self.tr(level))
            c.setMinimumContentsLength(8)
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.currentIndexChanged.connect(lambda _i, lvl=i: self._picked(lvl))
            lay.addWidget(c, i // 2, i % 2)   # 2×2: fits beside the labels on a 1366 screen
            self.combos.append(c)
        self._fill(0, None)

    def _fill(self, level: int, parent: str | None) -> None:
        c = self.combos[level]
        c.blockSignals(True)
        c.clear()
        c.addItem(f"— {self.tr(self.LEVELS[level])} —", "")
        if level == 0 or parent:
            for r in regions.children(parent):
                c.addItem(r.name, r.code)
                if r.postal_code:
                    self._postal[r.code] = r.postal_code
        c.setEnabled(c.count() > 1)
        c.blockSignals(False)
        for lower in self.combos[level + 1:]:
            lower.blockSignals(True)
            lower.clear()
            lower.setEnabled(False)
            lower.blockSignals(False)

    def _picked(self, level: int) -> None:
        code = self.combos[level].currentData() or ""
        if level < 3:
            self._fill(level + 1, code or None)
        self.changed.emit(self.code())
        if level == 3 and code in self._postal:
            self.postal_code.emit(self._postal[code])

    def code(self) -> str:
        for c in reversed(self.combos):
            if c.isEnabled() and c.currentData():
                return c.currentData()
        return ""

    def set_code(self, code: str) -> None:
        """Select a code (2/4/6/10 digits) level by level."""
        parts = [code[:n] for n in (2, 4, 6, 10) if len(code) >= n]
        for level, part in enumerate(parts):
            c = self.combos[level]
            i = c.findData(part)
            if i < 0:
                return
            c.setCurrentIndex(i)


class WalkInForm(QWidget):
    submitted = Signal(dict, bool)      # form values, duplicate confirmed
    cancelled = Signal()

    def __init__(self, loket, parent=None) -> None:
        super().__init__(parent)
        self.loket = loket
        # the form as typed so far, kept on disk: a crash or power cut mid-form loses nothing
        self.draft_path = Path(loket.data_dir) / "walkin-draft.json"
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(500)
        self.draft_timer.timeout.connect(self.save_draft)
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._duplicate: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Pendaftaran permohonan walk-in"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        hint = QLabel(self.tr("Isian bertanda * wajib. Tab: isian berikutnya · Ctrl+S: daftarkan · Esc: batal"))
        hint.setObjectName("muted")
        outer.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(12)
        # two columns: the whole form fits a 1366×768 counter screen without scrolling
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        self.columns = columns
        self.body = self.left
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.body_scroll = scroll
        scroll.installEventFilter(self)

        # --- permit first: the officer asks "izin apa?" before anything else
        g = self._group(self.tr("Permohonan"))
        self._combo(g, "permit_type", self.tr("Jenis izin *"), self._permit_choices())
        self._combo(g, "kind", self.tr("Jenis permohonan *"),
                    [(self.tr("Baru"), "BARU"), (self.tr("Perpanjangan"), "PERPANJANGAN"),
                     (self.tr("Perubahan"), "PERUBAHAN")])
        self._line(g, "old_permit_number", self.tr("Nomor izin lama"))
        self._combo(g, "applicant_type", self.tr("Tipe pemohon *"),
                    [(self.tr("Perorangan"), "PERORANGAN"), (self.tr("Perusahaan"), "PERUSAHAAN")])
        self._line(g, "location", self.tr("Lokasi izin"), self.tr("alamat lokasi kegiatan/usaha"))
        self.location_region = RegionPicker()
        self._row(g, "location_region_code", self.tr("Wilayah lokasi"), self.location_region)
        # the permit type's own technical data (data_teknis), typed as the administrator set them;
        # under the permit it belongs to, shown once a type that has some is chosen
        self.tech_group = self._group(self.tr("Data teknis"))
        self.tech_specs: dict[str, object] = {}
        self.tech_group.hide()

        self.body = self.right
        g = self._group(self.tr("Pemohon"))
        self._combo(g, "id_type", self.tr("Jenis identitas *"),
                    [("KTP", "KTP"), (self.tr("Paspor"), "PASPOR"), ("KITAS", "KITAS")])
        self._line(g, "nik", self.tr("NIK *"), self.tr("16 digit"))
        self._line(g, "name", self.tr("Nama lengkap *"))
        self._line(g, "birth_place", self.tr("Tempat lahir"))
        self._line(g, "birth_date", self.tr("Tanggal lahir"), self.tr("HH-BB-TTTT"))
        self._combo(g, "gender", self.tr("Jenis kelamin"),
                    [("—", ""), (self.tr("Laki-laki"), "L"), (self.tr("Perempuan"), "P")])
        self._line(g, "occupation", self.tr("Pekerjaan"))
        self._line(g, "npwp", self.tr("NPWP"))
        self._line(g, "address", self.tr("Alamat *"), self.tr("jalan, nomor, RT/RW"))
        self.region = RegionPicker()
        self._row(g, "region_code", self.tr("Wilayah"), self.region)
        self._line(g, "postal_code", self.tr("Kode pos"))

        self.right.addStretch(1)
        self.body = self.left
        g = self._group(self.tr("Kontak pemohon"))
        self._line(g, "mobile", self.tr("Nomor HP *"), "08…")
        self._line(g, "phone", self.tr("Telepon"))
        self._line(g, "email", self.tr("Surel"))
        # consent and channel for messages about this file (app/notify/); checked against the fields above
        self._combo(g, "notify_channel", self.tr("Pemberitahuan"),
                    [(self.tr("Tidak mau diberi tahu"), "NONE"), (self.tr("WhatsApp"), "WHATSAPP"),
                     (self.tr("SMS"), "SMS"), (self.tr("Surel (e-mail)"), "EMAIL")])
        self.inputs["notify_channel"].setToolTip(self.tr(
            "Pemohon setuju diberi tahu saat berkas diterima, dikembalikan, SK siap diambil, "
            "diserahkan, dan sebelum izin berakhir"))
        self.company_group = self._group(self.tr("Perusahaan"))
        g = self.company_group
        self._line(g, "company_name", self.tr("Nama perusahaan *"))
        self._line(g, "company_nib", self.tr("NIB *"), self.tr("13 digit"))
        self._line(g, "company_npwp", self.tr("NPWP perusahaan"))
        self._line(g, "company_address", self.tr("Alamat perusahaan"))
        self._line(g, "company_phone", self.tr("Telepon perusahaan"))
        self._line(g, "company_email", self.tr("Surel perusahaan"))
        self.body.addStretch(1)

        self.duplicate_label = QLabel()
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet(WARN_STYLE + "font-weight: 600;")
        self.duplicate_label.hide()
        outer.addWidget(self.duplicate_label)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Batal (Esc)"))
        self.submit_button = QPushButton(self.tr("Daftarkan && periksa berkas (Ctrl+S)"))
        self.submit_button.setProperty("primary", True)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        for seq, slot in ((QKeySequence.StandardKey.Save, self.submit),
                          (QKeySequence(Qt.Key.Key_Escape), self.cancelled.emit)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        for w in self.inputs.values():
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.draft_timer.start)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.draft_timer.start)
            elif isinstance(w, RegionPicker):
                w.changed.connect(self.draft_timer.start)
        self.region.postal_code.connect(self._postal_from_region)
        self.region.changed.connect(lambda code: self._check("region_code"))
        self.location_region.changed.connect(lambda code: self._check("location_region_code"))
        # the technical data that repeats the form ("Alamat tempat praktik" = "Lokasi izin",
        # "Nama apotek" = the company's name) follows it while the officer has not typed there
        self._copied: dict[str, str] = {}
        for src in ("location", "company_name"):
            self.line(src).textEdited.connect(lambda _t, s=src: self._copy_known(s))
        self._kind_changed()
        self._type_changed()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.body_scroll and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def _fit_columns(self) -> None:
        """Two columns side by side where they fit (1366×768 at 100 %), else one under the
        other (125 %, 1280×720): the scroll area scrolls down, never sideways, so a column
        that did not fit was cut at the window's edge."""
        m = self.columns.contentsMargins()
        need = (self.left.minimumSize().width() + self.right.minimumSize().width()
                + self.columns.spacing() + m.left() + m.right())
        room = self.body_scroll.width() - self.body_scroll.verticalScrollBar().sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # -- building -------------------------------------------------------------------
    def line(self, name: str) -> QLineEdit:
        """The text input `name` (`inputs` holds every kind of field)."""
        w = self.inputs[name]
        assert isinstance(w, QLineEdit), name
        return w

    def combo(self, name: str) -> QComboBox:
        w = self.inputs[name]
        assert isinstance(w, QComboBox), name
        return w

    def _group(self, title: str) -> QGroupBox:
        g = QGroupBox(title)
        grid = QGridLayout(g)
        # label | field; a field's message goes on a line of its own under it (shown only when
        # there is one): a third column for messages, 120 px at least in each of the two
        # columns, made the form 1,213 px wide and cut "Pemohon" off at 1366×768
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(5)
        self.body.addWidget(g)
        return g

    def _row(self, group: QGroupBox, name: str, label: str, widget: QWidget) -> None:
        grid: QGridLayout = group.layout()  # type: ignore[assignment]
        r = grid.rowCount()
        lab = QLabel(label)
        lab.setBuddy(widget if not isinstance(widget, RegionPicker) else widget.combos[0])
        msg = QLabel()
        msg.setTextFormat(Qt.TextFormat.PlainText)
        msg.setWordWrap(True)
        msg.setStyleSheet(ERROR_STYLE)
        msg.hide()
        grid.addWidget(lab, r, 0)
        grid.addWidget(widget, r, 1)
        grid.addWidget(msg, r + 1, 1)
        self.inputs[name] = widget
        self.messages[name] = msg
        widget.setAccessibleName(label.rstrip(" *"))

    def _line(self, group, name: str, label: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setPlaceholderText(placeholder)
        w.setMaxLength(2000 if name.endswith("address") or name == "location" else 200)
        w.textEdited.connect(lambda _t, n=name: self._check(n))
        self._row(group, name, label, w)
        return w

    def _combo(self, group, name: str, label: str, choices) -> QComboBox:
        w = QComboBox()
        w.setMinimumContentsLength(12)
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for text, data in choices:
            w.addItem(text, data)
        w.currentIndexChanged.connect(lambda _i, n=name: self._combo_changed(n))
        self._row(group, name, label, w)
        return w

    # -- the permit type's technical data ---------------------------------------------------
    def _rebuild_technical(self) -> None:
        """Rows for the chosen permit type's data_teknis (what was typed in a field of the
        same name stays)."""
        from app.services import permit_types
        from ui.pages import technical_fields as tf
        before = {n: tf.value_of(self.inputs[n]) for n in self.tech_specs}
        grid: QGridLayout = self.tech_group.layout()  # type: ignore[assignment]
        for name in self.tech_specs:
            for w in (self.inputs.pop(name), self.messages.pop(name)):
                grid.removeWidget(w)
                w.deleteLater()
        clear(grid)                               # the labels
        self.tech_specs = {}
        code = self.values().get("permit_type") or ""
        specs = []
        if code:
            from ui import ops
            # waited for: the form is being rebuilt for the chosen type; its inputs must
            # exist before the officer tabs on into them
            specs = ops.now(self, lambda s: permit_types.technical_fields_of(s, code), loket=self.loket)
        for f in specs:
            name = intake.TECH + f.name
            w = tf.make_input(f, before.get(name, ""))
            self._row(self.tech_group, name, tf.label(f), w)
            self.tech_specs[name] = f
            if isinstance(w, QLineEdit) and not w.text():
                src = known.source_of(f.name)
                value = self.line(src).text().strip() if src else ""
                if value:
                    w.setText(value)
                    self._copied[name] = value
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.draft_timer.start)
                w.textEdited.connect(lambda _t, n=name: self._check(n))
            else:
                w.currentIndexChanged.connect(self.draft_timer.start)  # type: ignore[attr-defined]
        self.tech_group.setVisible(bool(specs))
        self._fit_columns()

    def _copy_known(self, source: str) -> None:
        value = self.line(source).text().strip()
        for name, spec in self.tech_specs.items():
            w = self.inputs.get(name)
            if not isinstance(w, QLineEdit) or known.source_of(spec.name) != source:  # type: ignore[attr-defined]
                continue
            if not w.text() or w.text() == self._copied.get(name):   # never over what was typed there
                w.setText(value)
                self._copied[name] = value

    def refresh_permit_types(self) -> None:
        """The administrator changed the permit types: the list again, the choice kept."""
        w = self.combo("permit_type")
        current = w.currentData() or ""
        w.blockSignals(True)
        w.clear()
        for text, data in self._permit_choices():
            w.addItem(text, data)
        w.setCurrentIndex(max(0, w.findData(current)))
        w.blockSignals(False)
        self._rebuild_technical()

    def _permit_choices(self):
        from app import masterdata
        return [("— " + self.tr("pilih jenis izin") + " —", "")] + [
            # waited for: the choice list is part of the form being built
            (f"{name} ({code})", code) for name, code in ops.now(self, masterdata.permit_type_choices,
                                                                  loket=self.loket)]

    # -- values -------------------------------------------------------------------------
    def values(self) -> dict:
        out = {}
        for name, w in self.inputs.items():
            if isinstance(w, QLineEdit):
                out[name] = w.text()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData() or ""
            elif isinstance(w, RegionPicker):
                out[name] = w.code()
        return out

    def set_values(self, values: dict) -> None:
        for name, v in values.items():
            w = self.inputs.get(name)
            if isinstance(w, QLineEdit):
                w.setText(str(v))
            elif isinstance(w, QComboBox):
                i = w.findData(v)
                if i >= 0:
                    w.setCurrentIndex(i)
            elif isinstance(w, RegionPicker):
                w.set_code(str(v))

    # -- draft on disk -------------------------------------------------------------------
    def save_draft(self) -> None:
        self.draft_timer.stop()
        values = self.values()
        if not any(v for k, v in values.items() if k not in ("kind", "applicant_type", "id_type")):
            self.clear_draft()
            return
        tmp = self.draft_path.with_suffix(".part")
        tmp.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.draft_path)

    def load_draft(self) -> dict | None:
        try:
            data = json.loads(self.draft_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def clear_draft(self) -> None:
        self.draft_timer.stop()
        try:
            self.draft_path.unlink()
        except FileNotFoundError:
            pass

    def reset(self) -> None:
        for w in self.inputs.values():
            if isinstance(w, QLineEdit):
                w.clear()
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(0)
            elif isinstance(w, RegionPicker):
                w.combos[0].setCurrentIndex(0)
        for name in self.messages:
            self._show(name, None)
        self._duplicate = None
        self.duplicate_label.hide()
        self.inputs["permit_type"].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking -------------------------------------------------------------------------
    def _show(self, name: str, message: str | None, warning: bool = False) -> None:
        w, msg = self.inputs[name], self.messages[name]
        msg.setText(message or "")
        msg.setStyleSheet(WARN_STYLE if warning else ERROR_STYLE)
        msg.setVisible(bool(message))
        bad = bool(message) and not warning
        if isinstance(w, QLineEdit) and w.property("invalid") != bad:
            w.setProperty("invalid", bad)
            w.style().unpolish(w)
            w.style().polish(w)
        w.setAccessibleDescription(message or "")

    def _check(self, name: str) -> bool:
        """Check one field as typed. Empty required fields are not nagged
        about until submit (a message for an untouched field is noise)."""
        form = self.values()
        value = form.get(name)
        if name in self.tech_specs:
            from app.services import permit_types
            try:
                permit_types.clean_technical([self.tech_specs[name]], {self.tech_specs[name].name: value},  # type: ignore[attr-defined, list-item]
                                             enforce_required=False)
            except validation.Invalid as e:
                self._show(name, e.message)
                return False
            self._show(name, None)
            return True
        try:
            intake.check_field(name, value, form)
        except validation.Invalid as e:
            if value in (None, ""):
                self._show(name, None)
                return False
            self._show(name, e.message)
            return False
        self._show(name, None)
        if name in ("mobile", "email") and form.get("notify_channel") not in (None, "", "NONE"):
            self._check_channel()     # the chosen channel must still reach the applicant
        if name == "nik" and value:
            self._nik_hints(form)
        if name in ("nik", "permit_type"):
            self._check_duplicate(form)
        return True

    def _nik_hints(self, form: dict) -> None:
        if (form.get("id_type") or "KTP") != "KTP":
            return
        try:
            nik = validation.nik(form["nik"])
        except validation.Invalid:
            return
        born, gender = validation.nik_birth(nik)
        # fill what the NIK already says, when the officer has not typed it
        if born and not form.get("birth_date"):
            self.line("birth_date").setText(born.strftime("%d-%m-%Y"))
        if not form.get("gender"):
            self.set_values({"gender": gender})

    def _check_duplicate(self, form: dict) -> None:
        self._duplicate = None
        self.duplicate_label.hide()
        if not form.get("nik") or not form.get("permit_type"):
            return

        def show(checked: intake.Checked) -> None:
            if "duplicate" not in checked.warnings:
                return
            now = self.values()
            if (now.get("nik"), now.get("permit_type")) != (form.get("nik"), form.get("permit_type")):
                return      # typed on meanwhile: the check of the new values follows
            self._duplicate = checked.warnings["duplicate"]
            self.duplicate_label.setText("⚠ " + self._duplicate)
            self.duplicate_label.show()
        # a warning while typing: read off the GUI thread, shown when it is known
        ops.query(self, lambda s: intake.check_form(s, form), show,
                  on_error=lambda e: log.error("duplicate check: %s", type(e).__name__), loket=self.loket)

    def _combo_changed(self, name: str) -> None:
        if name == "kind":
            self._kind_changed()
        elif name == "applicant_type":
            self._type_changed()
        elif name in ("permit_type", "id_type"):
            self._check("nik" if name == "id_type" else name)
            if name == "permit_type":
                self._rebuild_technical()
                self._check_duplicate(self.values())
        elif name == "gender":
            self._check("gender")
        elif name == "notify_channel":
            self._check_channel()

    def _check_channel(self) -> None:
        """The chosen channel needs a mobile (WhatsApp/SMS) or an e-mail address: say so beside it."""
        form = self.values()
        from app.notify import consent
        try:
            consent.check(form.get("notify_channel"), form.get("mobile"), form.get("email"))
        except validation.Invalid as e:
            # the message stands beside the field that must change (the mobile or the e-mail)
            self._show(e.field if e.field in self.inputs else "notify_channel", e.message)
            return
        self._show("notify_channel", None)
        for name in ("mobile", "email"):     # a message the earlier choice caused is no longer true
            if self.messages[name].text() and form.get(name):
                try:
                    intake.check_field(name, form.get(name), form)
                    self._show(name, None)
                except validation.Invalid:
                    pass

    def _kind_changed(self) -> None:
        needs_old = self.values().get("kind") in ("PERPANJANGAN", "PERUBAHAN")
        self.inputs["old_permit_number"].setEnabled(needs_old)
        if not needs_old:
            self._show("old_permit_number", None)

    def _type_changed(self) -> None:
        self.company_group.setVisible(self.values().get("applicant_type") == "PERUSAHAAN")
        self._fit_columns()     # the company's fields may make its column wider

    def _postal_from_region(self, code: str) -> None:
        w = self.line("postal_code")
        if not w.text():
            w.setText(code)

    def submit(self) -> bool:
        """Check everything; show every message; emit `submitted` when clean."""
        form = self.values()
        if form.get("kind") == "BARU":
            form["old_permit_number"] = ""
        # waited for: submit() answers at once whether the form went through (the
        # messages beside the fields, the duplicate question) before anything is created
        checked = ops.now(self, lambda s: intake.check_form(s, form), loket=self.loket)
        for name in self.messages:
            self._show(name, checked.errors.get(name))
        if "nik" in checked.warnings and "nik" not in checked.errors:
            self._show("nik", checked.warnings["nik"], warning=True)
        if not checked.ok:
            first = next(n for n in self.inputs if n in checked.errors)
            w = self.inputs[first]
            (w.combos[0] if isinstance(w, RegionPicker) else w).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        confirmed = False
        if "duplicate" in checked.warnings:
            confirmed = self.confirm_duplicate(checked.warnings["duplicate"])
            if not confirmed:
                return False
        self.submitted.emit(form, confirmed)
        return True

    def confirm_duplicate(self, message: str) -> bool:
        from ui.widgets import confirm
        return confirm(self, message + "\n\n" + self.tr("Tetap daftarkan permohonan baru?"))
