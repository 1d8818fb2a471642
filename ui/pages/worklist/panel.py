"""The right side of the worklist: what was recorded on the chosen file and the
buttons of the actions the workflow table allows this officer now."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app import workflow
from ui import ops, worker
from ui.pages.worklist.common import OVERDUE_BG, OVERDUE_FG, _d, _dt, _esc
from ui.pages.worklist.dialogs import ActionDialog, dialog_for, outcome_text
from ui.widgets import FlowLayout, app_tr, theme, user_message


def _code_words(code) -> str:
    """A stored code without a label ("LENGKAP") as words ("Lengkap"), never raw."""
    return str(code or "").replace("_", " ").capitalize()


class FilePanel(QWidget):
    """What was recorded on the chosen file, and its action buttons."""

    acted = Signal(str)          # application id
    feedback = Signal(str, str, str)   # application id, what happened and where the file went, undo action

    def __init__(self, loket, actor, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        self.item = None
        self._key = None
        self._pool = worker.serial_pool(self)
        self.dialog: ActionDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(10)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.send_back_note = QLabel()
        self.send_back_note.setWordWrap(True)
        self.send_back_note.setObjectName("sendBackNote")
        self.send_back_note.setStyleSheet(
            f"background: {OVERDUE_BG.name()}; color: {OVERDUE_FG.name()}; padding: 8px; border-radius: 6px;")
        self.send_back_note.hide()
        lay.addWidget(self.send_back_note)
        self.buttons_row = FlowLayout(spacing=8)       # wraps on a narrow screen, never cuts a label
        lay.addLayout(self.buttons_row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        lay.addWidget(scroll, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        self.clear()

    def clear(self) -> None:
        self.item = None
        self.header.setText(self.tr("Pilih berkas di daftar kerja."))
        self.details.setText("")
        self.send_back_note.hide()
        self._set_buttons([])

    def show_application(self, app_id: str | None) -> None:
        self._key = app_id  # type: ignore[assignment]
        if not app_id:
            self.clear()
            return
        from app.services import backoffice
        actor = self.actor
        ops.query(self, lambda s: backoffice.work_item(s, actor, app_id),
                  lambda it, k=app_id: self._show(k, it), on_error=lambda e, k=app_id: self._failed(k, e),  # type: ignore[misc]
                  pool=self._pool, loket=self.loket)

    def _failed(self, key, exc) -> None:
        if key == self._key:
            self.clear()
            self.header.setText(_esc(user_message(exc)))

    def _show(self, key, item) -> None:
        if key != self._key:
            return
        self.item = item
        self.header.setText(f"{_esc(item.no_permohonan)} — {_esc(item.applicant_name)}<br>"
                            f"<span style='font-size:10pt;font-weight:400;color:{theme.MUTED}'>"
                            f"{_esc(item.permit_type)} · {_esc(item.state_label)}</span>")
        sb = item.last_send_back
        if sb:
            self.send_back_note.setText(self.tr("Dikembalikan oleh {by} ({when}): {reason}").format(
                by=sb["by"] or "—", when=_dt(sb["at"]), reason=sb["reason"]))
            self.send_back_note.show()
        else:
            self.send_back_note.hide()
        self._set_buttons(item.actions)
        self.details.setText(self._details_html(item))

    def _set_buttons(self, actions) -> None:
        for b in self.action_buttons.values():
            self.buttons_row.removeWidget(b)
            b.deleteLater()
        self.action_buttons = {}
        while self.buttons_row.count():
            self.buttons_row.takeAt(0)
        for i, (key, label) in enumerate(actions):
            b = QPushButton(label.replace("&", "&&"))     # "Entri data & verifikasi" is text, not a mnemonic
            b.setObjectName(f"action_{key}")
            if i == 0 and not workflow.is_send_back(key):
                b.setProperty("primary", True)
            b.clicked.connect(lambda _=False, k=key: self.open_action(k))
            self.buttons_row.addWidget(b)
            self.action_buttons[key] = b
        if not actions and self.item is not None:
            lab = QLabel(self.tr("Tidak ada tindakan untuk Anda pada status ini."))
            lab.setObjectName("muted")
            self.buttons_row.addWidget(lab)
            self.action_buttons["_none"] = lab
        self.buttons_row.invalidate()

    def open_action(self, key: str) -> ActionDialog | None:
        if self.item is None:
            return None
        dlg = dialog_for(key, self.loket, self.actor, self.item, self)
        item = self.item
        dlg.done.connect(lambda r, it=item, k=key: self.feedback.emit(it.id, *outcome_text(k, it, r)))
        dlg.done.connect(lambda _r, app_id=self.item.id: self.acted.emit(app_id))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _details_html(self, it) -> str:
        from app.services import backoffice as bo
        rows: list[tuple[str, str]] = []
        if it.technical_data:      # an empty field is not shown as "label:"
            rows += [(k, v) for k, v in it.technical_data.items() if str(v or "").strip()]
        v = it.verification
        if v:
            result = v.get("result")
            rows.append((self.tr("Verifikasi"), (app_tr(bo.VERIFY_RESULT_LABELS.get(result, "")) or _code_words(result))
                         + (f" — {v['note']}" if v.get("note") else "")))
        if it.needs_review:
            plan = it.review_schedule
            if plan:
                when = _dt(datetime.fromisoformat(plan["scheduled_at"])) if plan.get("scheduled_at") else ""
                kind = plan.get("review_kind_label") or app_tr(
                    bo.REVIEW_KIND_LABELS.get(plan.get("review_kind") or "", ""))
                parts = [x for x in (kind, when) if x]
                if plan.get("place"):
                    parts.append(self.tr("di {place}").format(place=plan["place"]))
                text = ", ".join(parts)
                if plan.get("team"):
                    text += "; " + self.tr("tim: {team}").format(team=", ".join(plan["team"]))
                rows.append((self.tr("Kajian teknis"), text or self.tr("dijadwalkan")))
            else:
                rows.append((self.tr("Kajian teknis"), self.tr("belum dijadwalkan (standar {n} hari kerja)").format(
                    n=it.review_days or "—")))
            r = it.review_result
            if r:
                parts = [app_tr(bo.RECOMMENDATION_LABELS.get(r.get("recommendation"), ""))]
                if r.get("bap_number"):
                    parts.append(self.tr("BAP {no}").format(no=r["bap_number"]))
                if r.get("bap_date"):
                    parts.append(self.tr("tanggal {d}").format(d=_d(datetime.fromisoformat(r["bap_date"]))))
                text = "; ".join(x for x in parts if x) + (f" — {r['notes']}" if r.get("notes") else "")
                rows.append((self.tr("Rekomendasi / BAP"), text or self.tr("tercatat")))
        d = it.draft
        if d:
            text = app_tr(bo.OUTCOME_LABELS.get(d.get("outcome"), ""))
            if d.get("conditions"):
                text += "<br>" + "<br>".join("• " + _esc(c) for c in d["conditions"])
            if d.get("reasons"):
                text += "<br>" + "<br>".join("• " + _esc(c) for c in d["reasons"])
            rows.append((self.tr("Naskah"), text))
        if it.permit_number:
            rows.append((self.tr("Nomor izin"), it.permit_number))
        if not rows:
            return f"<p style='color:{theme.MUTED}'>{self.tr('Belum ada data back office untuk berkas ini.')}</p>"
        # the label above its value: beside the list the panel is a third of the screen, and
        # a label column there wrapped "Nama fasilitas pelayanan kesehatan" over four lines
        return "".join(
            f"<p style='margin:0 0 8px 0'><span style='color:{theme.MUTED}'>{_esc(k)}</span><br>"
            f"{v if k == self.tr('Naskah') else _esc(v)}</p>"
            for k, v in rows)
