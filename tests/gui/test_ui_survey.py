"""The survey screen, answered with the keyboard alone, as an applicant would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import survey
from ui.survey import SurveyScreen

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

# the offscreen platform plugin's own notice, not a problem of the screen


def make(session, qtbot, submitted):
    q = survey.questionnaire(session)
    w = SurveyScreen(q, lambda a, p, s: submitted.append((a, p, s)), "PMH-2026-00001")
    w.thanks_ms = 50
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def press(qtbot, w, key, text=""):
    target = w.focusWidget() or w
    qtbot.keyClick(target, key)


def test_keyboard_only_survey(session, qtbot):
    submitted = []
    w = make(session, qtbot, submitted)
    # the configured order: the questionnaire's, sarana (U9) before pengaduan (U8)
    order = [s.key for s in w.steps[:9]]
    assert order == ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U9", "U8"]
    assert "kesesuaian persyaratan" in w.question.text()
    assert "Sangat sesuai" in w.choice_buttons[3].text()
    keys = [Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_4,
            Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_2]
    for i, k in enumerate(keys):
        assert w.index == i
        press(qtbot, w, k)
        qtbot.waitUntil(lambda i=i: w.index == i + 1, timeout=2000)
    # go back one, change the last element answer (U8 here), come forward
    press(qtbot, w, Qt.Key.Key_2)        # gender: Perempuan
    qtbot.waitUntil(lambda: w.step.key == "age", timeout=2000)
    qtbot.keyClicks(w.age_edit, "7")
    qtbot.keyClick(w.age_edit, Qt.Key.Key_Return)
    assert "tidak dapat diterima" in w.age_error.text() and w.step.key == "age"
    w.age_edit.clear()
    qtbot.keyClicks(w.age_edit, "34")
    qtbot.keyClick(w.age_edit, Qt.Key.Key_Return)
    assert w.step.key == "education"
    press(qtbot, w, Qt.Key.Key_4)        # S1
    qtbot.waitUntil(lambda: w.step.key == "occupation", timeout=2000)
    press(qtbot, w, Qt.Key.Key_Backspace)
    assert w.step.key == "education" and w.choice_buttons[3].property("chosen") is True
    press(qtbot, w, Qt.Key.Key_Return)
    assert w.step.key == "occupation"
    press(qtbot, w, Qt.Key.Key_5)        # WIRAUSAHA
    qtbot.waitUntil(lambda: w.step.key == "suggestion", timeout=2000)
    qtbot.keyClicks(w.text_edit, "Ruang tunggu nyaman.")
    qtbot.keyClick(w.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(submitted) == 1
    answers, profile, suggestion = submitted[0]
    assert answers == {"U1": 4, "U2": 3, "U3": 2, "U4": 4, "U5": 3, "U6": 4, "U7": 4, "U9": 1, "U8": 2}
    assert profile == {"age": 34, "gender": "P", "education": "S1", "occupation": "WIRAUSAHA"}
    assert suggestion == "Ruang tunggu nyaman."
    assert w.answers == {}                                   # nothing kept on the screen
    with qtbot.waitSignal(w.finished, timeout=2000) as sig:
        pass
    assert sig.args == [True]


def test_escape_twice_cancels_and_refusal_is_shown(session, qtbot):
    submitted = []
    w = make(session, qtbot, submitted)
    press(qtbot, w, Qt.Key.Key_Escape)
    assert "sekali lagi" in w.notice.text()
    with qtbot.waitSignal(w.finished, timeout=1000) as sig:
        press(qtbot, w, Qt.Key.Key_Escape)
    assert sig.args == [False] and submitted == []

    def refuse(a, p, s):
        from app.services.context import ServiceError
        raise ServiceError("SKM untuk permohonan ini sudah tercatat.")
    w2 = SurveyScreen(survey.questionnaire(session), refuse)
    qtbot.addWidget(w2)
    w2.show()
    w2.answers.update({f"U{i}": 3 for i in range(1, 10)}, age=30, gender="L", education="SMA",
                      occupation="PNS")
    w2.index = len(w2.steps) - 1
    w2.show_step()
    w2.next_step()
    assert "sudah tercatat" in w2.notice.text() and w2.answers["age"] == 30


def test_an_impossible_age_is_refused_beside_the_field_with_its_reason(session, qtbot):
    submitted = []
    w = make(session, qtbot, submitted)
    for i in range(9):
        press(qtbot, w, Qt.Key.Key_4)
        qtbot.waitUntil(lambda i=i: w.index == i + 1, timeout=2000)
    press(qtbot, w, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: w.step.key == "age", timeout=2000)
    lo, hi = w.age_range
    qtbot.keyClicks(w.age_edit, "342")
    # every key arrives (no silent "34"), and the reason is there before Enter
    assert w.age_edit.text() == "342"
    assert w.age_error.isVisible() and f"342 tahun tidak dapat diterima: isi angka {lo} sampai {hi}" in w.age_error.text()
    assert w.age_error.parentWidget() is w.age_edit.parentWidget()     # beside the field
    qtbot.keyClick(w.age_edit, Qt.Key.Key_Return)
    assert w.step.key == "age" and w.age_edit.selectedText() == "342"
    qtbot.keyClicks(w.age_edit, "52")                                 # typed over the selection
    assert w.age_error.text() == ""
    qtbot.keyClick(w.age_edit, Qt.Key.Key_Return)
    assert w.step.key == "education" and w.answers["age"] == 52


def test_gender_and_age_from_the_nik_are_not_asked(session, qtbot):
    q = survey.questionnaire(session)
    submitted = []
    w = SurveyScreen(q, lambda a, p, s: submitted.append((a, p, s)), "PMH-2026-00001",
                     known={"gender": "P", "age": 38})
    w.thanks_ms = 10
    qtbot.addWidget(w)
    w.show()
    assert "gender" not in [st.key for st in w.steps] and "age" not in [st.key for st in w.steps]
    for k in [Qt.Key.Key_3] * 9 + [Qt.Key.Key_4, Qt.Key.Key_1]:
        i = w.index
        press(qtbot, w, k)
        qtbot.waitUntil(lambda i=i: w.index == i + 1, timeout=2000)
    qtbot.keyClick(w.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert submitted and submitted[0][1]["gender"] == "P" and submitted[0][1]["age"] == 38
