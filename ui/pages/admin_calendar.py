"""Administrator: the office calendar — a year with national holidays and cuti
bersama (`holidays`), the office's own closures (added and removed here), and
the office hours. Adding or removing a closure recomputes the due dates of the
files already received; the page lists those that moved.

Every change goes through app/services/closures.py (administrator only, audited).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import ops
from ui.pages.admin_permit_types import field_message
from ui.widgets import confirm, fmt_date, info_box, theme, today_local, user_message

COLORS = {"NASIONAL": "#fde2e1", "CUTI_BERSAMA": "#fff1c2", "KANTOR": "#dbe8ff"}


class CalendarPage(QWidget):
    COLUMNS = ("Tanggal", "Hari", "Jenis", "Keterangan")

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        from app.services.closures import DAY_NAMES
        self.day_names = DAY_NAMES
        self.loket, self.actor, self.bus = loket, actor, bus
        self.days = []  # type: ignore[var-annotated]
        self._formatted: list[QDate] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        head = QHBoxLayout()
        title = QLabel(self.tr("Kalender kerja kantor"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("&Tahun")))
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today_local().year)
        head.itemAt(head.count() - 1).widget().setBuddy(self.year)  # type: ignore[union-attr]
        head.addWidget(self.year)
        lay.addLayout(head)

        body = QHBoxLayout()
        body.setSpacing(14)
        lay.addLayout(body, 1)
        left = QVBoxLayout()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("calendarDays")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        left.addWidget(self.summary)
        body.addLayout(left, 3)
        bottom = left      # the office hours go under the list, the right column holds the rest

        right = QVBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendarMonth")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumHeight(250)
        self.calendar.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        t = today_local()
        self.calendar.setSelectedDate(QDate(t.year, t.month, t.day))   # the office's today, not the PC's
        right.addWidget(self.calendar)
        legend = QLabel(" ".join(f"<span style='background:{c}'>&nbsp;{label}&nbsp;</span>" for c, label in (
            (COLORS["NASIONAL"], self.tr("libur nasional")), (COLORS["CUTI_BERSAMA"], self.tr("cuti bersama")),
            (COLORS["KANTOR"], self.tr("penutupan kantor")))))
        right.addWidget(legend)

        box = QGroupBox(self.tr("Penutupan kantor"))
        form = QFormLayout(box)
        self.day = QDateEdit()
        self.day.setObjectName("closureDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        t = today_local()
        self.day.setDate(QDate(t.year, t.month, t.day))
        self.reason = QLineEdit()
        self.reason.setObjectName("closureReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. Pemadaman listrik gedung"))
        self.day_message, self.reason_message = field_message(), field_message()
        for label, w, m in ((self.tr("Ta&nggal"), self.day, self.day_message),
                            (self.tr("&Alasan"), self.reason, self.reason_message)):
            col = QVBoxLayout()
            col.setSpacing(1)
            col.addWidget(w)
            col.addWidget(m)
            lab = QLabel(label)
            lab.setBuddy(w)
            form.addRow(lab, col)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah penutupan"))
        self.add_button.setObjectName("addClosure")
        self.add_button.setProperty("primary", True)
        self.remove_button = QPushButton(self.tr("Hapus yang dipilih"))
        self.remove_button.setObjectName("removeClosure")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        right.addWidget(box)

        hours = QGroupBox(self.tr("Jam layanan"))
        hl = QHBoxLayout(hours)
        hl.setContentsMargins(8, 4, 8, 4)
        self.hours = QLineEdit()
        self.hours.setObjectName("officeHours")
        self.hours.setPlaceholderText("08:00-16:00")
        self.hours_button = QPushButton(self.tr("Simpan jam"))
        self.hours_button.setObjectName("saveHours")
        self.hours_message = field_message()
        col = QVBoxLayout()
        col.addWidget(self.hours)
        col.addWidget(self.hours_message)
        hl.addLayout(col, 1)
        hl.addWidget(self.hours_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(hours)

        self.moved_title = QLabel()
        self.moved_title.setObjectName("sectionTitle")
        self.moved_title.setWordWrap(True)
        right.addWidget(self.moved_title)
        self.moved = QTableWidget(0, 3)
        self.moved.setObjectName("movedDueDates")
        self.moved.setHorizontalHeaderLabels([self.tr("No. permohonan"), self.tr("Semula"), self.tr("Menjadi")])
        self.moved.verticalHeader().hide()
        self.moved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moved.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.moved.hide()
        right.addWidget(self.moved, 1)
        right.addStretch(0)
        body.addLayout(right, 2)

        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.hours_button.clicked.connect(self.save_hours)
        self.reason.returnPressed.connect(self.add)
        bus.master_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from app import config
        from app.services import closures
        year = self.year.value()
        self.days, hours = ops.now(self, lambda s: (closures.year_view(s, year), config.get(s, "office.hours")))
        self.hours.setText(hours)
        self.table.setRowCount(len(self.days))
        for i, d in enumerate(self.days):
            values = (fmt_date(d.day), self.tr(self.day_names[d.day.weekday()]), d.label, d.name)
            for j, v in enumerate(values):
                it = QTableWidgetItem(v)
                it.setBackground(QColor(COLORS[d.kind]))
                self.table.setItem(i, j, it)
        n = {k: sum(1 for d in self.days if d.kind == k) for k in COLORS}
        self.summary.setText(self.tr("{y}: {a} libur nasional, {b} cuti bersama, {c} penutupan kantor").format(
            y=year, a=n["NASIONAL"], b=n["CUTI_BERSAMA"], c=n["KANTOR"]))
        for qd in self._formatted:
            self.calendar.setDateTextFormat(qd, QTextCharFormat())
        self._formatted = []
        for d in self.days:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(COLORS[d.kind]))
            fmt.setForeground(QColor(theme.ERROR if d.kind != "KANTOR" else "#1d4ed8"))
            fmt.setFontWeight(700)
            fmt.setToolTip(f"{d.label}: {d.name}")
            qd = QDate(d.day.year, d.day.month, d.day.day)
            self.calendar.setDateTextFormat(qd, fmt)
            self._formatted.append(qd)
        if self.calendar.yearShown() != year:
            self.calendar.setCurrentPage(year, self.calendar.monthShown())
        self._selected()

    def selected(self):
        i = self.table.currentRow()
        return self.days[i] if 0 <= i < len(self.days) else None

    def _selected(self) -> None:
        d = self.selected()
        self.remove_button.setEnabled(d is not None and d.kind == "KANTOR")
        if d is not None:
            self.calendar.setSelectedDate(QDate(d.day.year, d.day.month, d.day.day))

    def _show_moved(self, res, added: bool) -> None:
        what = self.tr("ditambahkan") if added else self.tr("dihapus")
        if not res.moved:
            self.moved_title.setText(self.tr("Penutupan {d} {what}. Tidak ada tanggal selesai berkas yang "
                                             "bergeser.").format(d=fmt_date(res.day), what=what))
            self.moved.hide()
            return
        self.moved_title.setText(self.tr("Penutupan {d} {what}. Tanggal selesai {n} berkas bergeser:").format(
            d=fmt_date(res.day), what=what, n=len(res.moved)))
        self.moved.setRowCount(len(res.moved))
        for i, m in enumerate(res.moved):
            for j, v in enumerate((f"{m.no_permohonan} — {m.applicant}", fmt_date(m.old), fmt_date(m.new))):
                self.moved.setItem(i, j, QTableWidgetItem(v))
        self.moved.show()

    def add(self) -> None:
        from app.services import closures
        from app.validation import Invalid
        for m in (self.day_message, self.reason_message):
            m.hide()
        qd = self.day.date()
        try:
            actor, reason = self.actor, self.reason.text()
            res = ops.change_now(self, lambda s: closures.add(s, actor, date(qd.year(), qd.month(), qd.day()),
                                                              reason))
        except Invalid as e:
            m = self.reason_message if e.field == "reason" else self.day_message
            m.setText(e.message)
            m.show()
            (self.reason if e.field == "reason" else self.day).setFocus()
            return
        except Exception as e:
            info_box(self, user_message(e))
            return
        self.reason.clear()
        if self.year.value() != res.day.year:
            self.year.setValue(res.day.year)
        self._show_moved(res, True)

    def remove(self) -> None:
        from app.services import closures
        d = self.selected()
        if d is None or d.kind != "KANTOR":
            return
        if not confirm(self, self.tr("Hapus penutupan kantor {d} ({name})? Tanggal selesai berkas dihitung "
                                     "ulang.").format(d=fmt_date(d.day), name=d.name)):
            return
        try:
            actor = self.actor
            res = ops.change_now(self, lambda s: closures.remove(s, actor, d.day))
        except Exception as e:
            info_box(self, user_message(e))
            return
        self._show_moved(res, False)

    def save_hours(self) -> None:
        from app.services import closures
        from app.validation import Invalid
        self.hours_message.hide()
        try:
            actor, text = self.actor, self.hours.text()
            value = ops.change_now(self, lambda s: closures.set_hours(s, actor, text))
        except Invalid as e:
            self.hours_message.setText(e.message)
            self.hours_message.show()
            return
        except Exception as e:
            info_box(self, user_message(e))
            return
        self.hours.setText(value)
