"""The satisfaction survey (SKM) screen the applicant answers alone.

Full screen, one question at a time, four large buttons with the worded
answers of PermenPANRB 14/2017's questionnaire. Keys 1–4 answer (1–6 for the
profile lists), Backspace goes back, Enter continues, Esc twice cancels.
After the nine elements: gender, age, education, main occupation, then an
optional suggestion, then "Terima kasih". Gender and age are not asked when the
respondent's NIK gives them (`known`); a refused age says why beside the field. The screen hands the answers to
`submit(answers, profile, suggestion)` and keeps nothing afterwards; the
counter officer never sees them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

STYLE = """
#surveyScreen { background: #f4f7fb; }
#surveyScreen QLabel#surveyTitle { font-size: 15pt; color: #1d3557; font-weight: 600; }
#surveyScreen QLabel#surveyStep { font-size: 13pt; color: #5b6673; }
#surveyScreen QLabel#surveyQuestion { font-size: 24pt; font-weight: 600; color: #102a43; }
#surveyScreen QLabel#surveyHint { font-size: 12pt; color: #5b6673; }
#surveyScreen QLabel#surveyNotice { font-size: 13pt; color: #9b1c1c; font-weight: 600; }
#surveyScreen QPushButton[answer="true"] {
    font-size: 19pt; padding: 10px 18px; min-height: 60px; text-align: left;
    border: 2px solid #9fb3c8; border-radius: 14px; background: white; color: #102a43; }
#surveyScreen QPushButton[answer="true"]:hover { border-color: #2e6da4; background: #eaf2fb; }
#surveyScreen QPushButton[answer="true"]:focus { border: 3px solid #2e6da4; }
#surveyScreen QPushButton[answer="true"][chosen="true"] { background: #2e6da4; color: white; border-color: #1d4f7c; }
#surveyScreen QPushButton[nav="true"] { font-size: 15pt; padding: 12px 28px; border-radius: 10px; }
#surveyScreen QPushButton[primary="true"] { background: #2e7d32; color: white; border: none; }
#surveyScreen QLineEdit, #surveyScreen QPlainTextEdit { font-size: 20pt; padding: 10px;
    border: 2px solid #9fb3c8; border-radius: 10px; background: white; }
#surveyScreen QProgressBar { height: 12px; border: none; background: #d9e2ec; border-radius: 6px; }
#surveyScreen QProgressBar::chunk { background: #2e6da4; border-radius: 6px; }
"""


@dataclass(frozen=True)
class Step:
    key: str                       # U1…U9, or gender / age / education / occupation / suggestion
    kind: str                      # "choice" | "age" | "text"
    question: str
    options: tuple[tuple[object, str], ...] = ()   # (value stored, label shown)


class SurveyScreen(QWidget):
    """`questionnaire` is app.services.survey.Questionnaire; `submit` stores and may raise."""

    finished = Signal(bool)        # True = submitted, False = cancelled

    def __init__(self, questionnaire, submit: Callable[[dict, dict, str], None],
                 permit_label: str = "", parent=None, known: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat"))
        self.submit = submit
        self.answers: dict[str, object] = {}
        self.index = 0
        self._esc_armed = False
        self.thanks_ms = 4000
        prof = questionnaire.profile
        self.steps: list[Step] = [
            Step(e.key, "choice", e.question, tuple((i + 1, a) for i, a in enumerate(e.answers)))
            for e in questionnaire.elements]
        self.steps += [
            Step("gender", "choice", self.tr("Jenis kelamin Anda?"), tuple(prof.genders)),
            Step("age", "age", self.tr("Berapa umur Anda (tahun)?")),
            Step("education", "choice", self.tr("Pendidikan terakhir Anda?"),
                 tuple((e, e) for e in prof.educations)),
            Step("occupation", "choice", self.tr("Pekerjaan utama Anda?"),
                 tuple((o, o) for o in prof.occupations)),
            Step("suggestion", "text", self.tr("Saran dan masukan untuk kami (boleh dikosongkan)")),
        ]
        self.age_range = (prof.age_min, prof.age_max)
        # what the respondent's NIK already says (gender, and age from the birth date) is
        # not asked: those steps are left out and their answers filled in
        self.known = {k: v for k, v in (known or {}).items() if k in ("gender", "age") and v is not None}
        if self.known.get("gender") not in [g for g, _ in prof.genders]:
            self.known.pop("gender", None)
        if not (isinstance(self.known.get("age"), int) and prof.age_min <= self.known["age"] <= prof.age_max):
            self.known.pop("age", None)
        self.steps = [st for st in self.steps if st.key not in self.known]
        self.answers.update(self.known)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 28, 60, 24)
        outer.setSpacing(14)
        head = QHBoxLayout()
        title = QLabel(self.tr("Survei Kepuasan Masyarakat"))
        title.setObjectName("surveyTitle")
        self.subtitle = QLabel(permit_label)
        self.subtitle.setObjectName("surveyStep")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.subtitle)
        outer.addLayout(head)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, len(self.steps))
        outer.addWidget(self.progress)
        self.step_label = QLabel()
        self.step_label.setObjectName("surveyStep")
        outer.addWidget(self.step_label)
        self.question = QLabel()
        self.question.setObjectName("surveyQuestion")
        self.question.setWordWrap(True)
        outer.addWidget(self.question)
        outer.addSpacing(10)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        # choice page: up to six large buttons in two columns
        self.choice_page = QWidget()
        self.choice_grid = QGridLayout(self.choice_page)
        self.choice_grid.setSpacing(16)
        self.choice_buttons: list[QPushButton] = []
        for i in range(6):
            b = QPushButton()
            b.setProperty("answer", True)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.clicked.connect(lambda _=False, n=i: self.choose(n))
            self.choice_buttons.append(b)
        self.stack.addWidget(self.choice_page)
        # age page
        self.age_page = QWidget()
        al = QVBoxLayout(self.age_page)
        self.age_edit = QLineEdit()
        # digits only, up to three: "342" can be typed and is then refused with its reason
        # beside the field (a range validator swallowed the last key without a word)
        self.age_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self))
        self.age_edit.setMaximumWidth(260)
        self.age_edit.setAccessibleName(self.tr("Umur dalam tahun"))
        self.age_edit.returnPressed.connect(self.next_step)
        self.age_edit.textEdited.connect(self._age_typed)
        self.age_error = QLabel()
        self.age_error.setObjectName("surveyNotice")
        self.age_error.setWordWrap(True)
        row_age = QHBoxLayout()
        row_age.addWidget(self.age_edit)
        row_age.addWidget(self.age_error, 1)
        al.addLayout(row_age)
        al.addStretch(1)
        self.stack.addWidget(self.age_page)
        # suggestion page
        self.text_page = QWidget()
        tl = QVBoxLayout(self.text_page)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Saran dan masukan"))
        self.text_edit.setTabChangesFocus(True)
        tl.addWidget(self.text_edit)
        self.stack.addWidget(self.text_page)
        # thank-you page
        self.thanks_page = QWidget()
        thl = QVBoxLayout(self.thanks_page)
        thanks = QLabel(self.tr("Terima kasih atas penilaian Anda.\nSilakan kembali ke petugas Loket 5 "
                                "untuk menerima dokumen Anda."))
        thanks.setObjectName("surveyQuestion")
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks.setWordWrap(True)
        thl.addWidget(thanks)
        self.stack.addWidget(self.thanks_page)

        self.notice = QLabel()
        self.notice.setObjectName("surveyNotice")
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        self.hint = QLabel()
        self.hint.setObjectName("surveyHint")
        outer.addWidget(self.hint)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Kembali"))
        self.back_button.setProperty("nav", True)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self.tr("Lanjut →"))
        self.next_button.setProperty("nav", True)
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next_step)
        for b in (self.back_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        send.activated.connect(lambda: self.step.kind == "text" and self.next_step())  # type: ignore[func-returns-value]
        self.show_step()

    # -- navigation -------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def show_step(self) -> None:
        st = self.step
        self.notice.clear()
        self._esc_armed = False
        self.progress.setValue(self.index)
        n_el = sum(1 for s in self.steps if s.key.startswith("U"))
        if st.key.startswith("U"):
            self.step_label.setText(self.tr("Pertanyaan {i} dari {n}").format(i=self.index + 1, n=n_el))
        else:
            self.step_label.setText(self.tr("Tentang Anda"))
        self.question.setText(st.question)
        self.back_button.setEnabled(self.index > 0)
        if st.kind == "choice":
            for b in self.choice_buttons:
                self.choice_grid.removeWidget(b)
                b.hide()
            cols = 1 if len(st.options) <= 4 else 2
            chosen = self.answers.get(st.key)
            for i, (value, label) in enumerate(st.options):
                b = self.choice_buttons[i]
                b.setText(f"  {i + 1}   {label}")
                b.setProperty("chosen", value == chosen)
                b.style().unpolish(b)
                b.style().polish(b)
                b.setAccessibleName(f"{i + 1} {label}")
                self.choice_grid.addWidget(b, i // cols if cols == 2 else i, i % cols if cols == 2 else 0)
                b.show()
            self.stack.setCurrentWidget(self.choice_page)
            self.hint.setText(self.tr("Tekan angka 1–{n} atau sentuh jawaban.").format(n=len(st.options)))
            self.next_button.setText(self.tr("Lanjut →"))
            self.next_button.setVisible(chosen is not None)
            # focus on the screen, not on answer 1: a focus ring must not look like a choice
            self.setFocus()
        elif st.kind == "age":
            self.age_error.clear()
            self.stack.setCurrentWidget(self.age_page)
            self.age_edit.setText(str(self.answers.get("age", "")))
            self.hint.setText(self.tr("Ketik umur Anda, lalu tekan Enter."))
            self.next_button.setText(self.tr("Lanjut →"))
            self.next_button.setVisible(True)
            self.age_edit.setFocus()
        else:
            self.stack.setCurrentWidget(self.text_page)
            self.hint.setText(self.tr("Tekan Ctrl+Enter atau “Kirim” bila selesai."))
            self.next_button.setText(self.tr("Kirim ✓"))
            self.next_button.setVisible(True)
            self.text_edit.setFocus()

    def choose(self, n: int) -> None:
        st = self.step
        if st.kind != "choice" or n >= len(st.options):
            return
        self.answers[st.key] = st.options[n][0]
        # a short pause so the applicant sees the choice light up
        for i, b in enumerate(self.choice_buttons[:len(st.options)]):
            b.setProperty("chosen", i == n)
            b.style().unpolish(b)
            b.style().polish(b)
        QTimer.singleShot(180, self._advance_from(self.index))

    def _advance_from(self, index: int):
        def go() -> None:
            if self.index == index:
                self.next_step()
        return go

    def next_step(self) -> None:
        st = self.step
        if st.kind == "choice" and st.key not in self.answers:
            self.notice.setText(self.tr("Silakan pilih salah satu jawaban."))
            return
        if st.kind == "age":
            text = self.age_edit.text().strip()
            why = self.age_problem(text)
            if why:
                self.age_error.setText(why)
                self.age_edit.selectAll()
                return
            self.answers["age"] = int(text)
        if st.kind == "text":
            self.finish()
            return
        self.index += 1
        self.show_step()

    def age_problem(self, text: str) -> str:
        """Why an age is refused, in words ("" when it is fine)."""
        lo, hi = self.age_range
        if not text:
            return self.tr("Ketik umur Anda dalam tahun, angka {a} sampai {b}.").format(a=lo, b=hi)
        if not text.isdigit() or not lo <= int(text) <= hi:
            return self.tr("Umur {n} tahun tidak dapat diterima: isi angka {a} sampai {b}.").format(
                n=text, a=lo, b=hi)
        return ""

    def _age_typed(self, text: str) -> None:
        # said while typing, once the number can only be wrong (past the top of the range)
        _lo, hi = self.age_range
        self.age_error.setText(self.age_problem(text) if text.isdigit() and int(text) > hi else "")

    def previous_step(self) -> None:
        if self.index > 0 and self.stack.currentWidget() is not self.thanks_page:
            self.index -= 1
            self.show_step()

    def finish(self) -> None:
        answers = {k: v for k, v in self.answers.items() if k.startswith("U")}
        profile = {k: self.answers.get(k) for k in ("age", "gender", "education", "occupation")}
        try:
            self.submit(answers, profile, self.text_edit.toPlainText().strip())
        except Exception as e:  # the service refused: say so on the big screen, keep the answers
            from ui.widgets import user_message
            self.notice.setText(user_message(e))
            return
        self.answers.clear()
        self.answers.update(self.known)
        self.text_edit.clear()
        self.age_edit.clear()
        self.progress.setValue(len(self.steps))
        self.step_label.clear()
        self.question.clear()
        self.hint.clear()
        self.back_button.hide()
        self.next_button.hide()
        self.stack.setCurrentWidget(self.thanks_page)
        QTimer.singleShot(self.thanks_ms, self._close_done)

    def _close_done(self) -> None:
        self.finished.emit(True)
        self.close()

    # -- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, ev: QKeyEvent) -> None:
        key = ev.key()
        st = self.step
        if self.stack.currentWidget() is self.thanks_page:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Escape):
                self._close_done()
            return
        if key == Qt.Key.Key_Escape:
            if self._esc_armed:
                self.answers.clear()
                self.finished.emit(False)
                self.close()
            else:
                self._esc_armed = True
                self.notice.setText(self.tr("Tekan Esc sekali lagi untuk membatalkan survei."))
            return
        if st.kind == "choice" and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_1)
            return
        if st.kind == "choice" and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_step()
            return
        if key == Qt.Key.Key_Backspace and st.kind == "choice":
            self.previous_step()
            return
        super().keyPressEvent(ev)
