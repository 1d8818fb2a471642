"""Tracking an archived file: where it stands, never "Diarsipkan — —" (nobody holds a
finished file), on screen, on the printed tracking sheet and in `loket track`."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from PySide6.QtCore import Qt

from tests import counter45_helpers as h

pytestmark = pytest.mark.dates


def archived(session) -> str:
    from app.services import handover, issuance, survey
    no = h.signed(session)
    issuance.print_sk(session, h.LOKET4, no)
    survey.record(session, h.LOKET5, no, answers={f"U{i}": 4 for i in range(1, 10)}, age=41, gender="P",
                  education="S1", occupation="WIRAUSAHA")
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    return no


def test_an_archived_file_says_where_it_stands_without_a_holder(session, loket, qtbot):
    from ui.pages.tracking import TrackingPage
    no = archived(session)
    page = TrackingPage(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.input, no)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.timeline is not None, timeout=5000)
    position = page.view.fields["position"].text()
    assert position.startswith("Diarsipkan") and "— —" not in position and ", sejak" in position
    with qtbot.waitSignal(page.view.printed, timeout=10_000) as sig:
        page.view.print_sheet()
    with pdfplumber.open(io.BytesIO(sig.args[0])) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    line = next(x for x in text.splitlines() if "Posisi berkas" in x)
    assert "Diarsipkan sejak" in line and "pada" not in line.split("Diarsipkan")[1]
    if page.view.preview_dialog is not None:
        page.view.preview_dialog.close()


def test_track_cli_of_an_archived_file(session, data_dir, capsys):
    from app.cli import main
    no = archived(session)
    session.close()
    assert main(["--data-dir", str(data_dir), "track", no]) == 0
    out = capsys.readouterr().out
    assert "Posisi: Diarsipkan, sejak" in out and "— ," not in out
