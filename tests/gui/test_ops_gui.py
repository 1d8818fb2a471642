"""A change made on one page reaches every other page through the announced
changes alone: counter 4 prints an SK through ui/ops.change; the unit of work
records what was committed, the bus carries that `Changes` value, and the
applications list, the detail view, the tracking page and counter 5 — none of
which the printing page knows — reload themselves. No page emits anything by
hand (tests/unit/test_layers.py checks the source)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.changes import APPLICATIONS
from app.services import issuance
from db.models import Application
from tests import counter45_helpers as h

pytestmark = pytest.mark.dates


def test_a_print_at_counter_4_refreshes_every_other_page(loket, session, qtbot, tmp_path):
    from ui.bus import Bus
    from ui.detail import DetailView
    from ui.pages.counter4 import Counter4Page
    from ui.pages.counter5 import Counter5Page
    from ui.pages.tracking import TrackingPage
    from ui.search import ApplicationsPage
    no = h.signed(session)
    app_id = session.scalar(select(Application.id).where(Application.no_permohonan == no))
    bus = Bus()
    announced = []
    bus.changed.connect(announced.append)

    home = ApplicationsPage(loket, bus)
    detail = DetailView(loket, no, bus)
    tracking = TrackingPage(loket, h.LOKET5, bus)
    counter5 = Counter5Page(loket, h.LOKET5, bus)
    counter4 = Counter4Page(loket, h.LOKET4, bus)
    for w in (home, detail, tracking, counter5, counter4):
        qtbot.addWidget(w)
        w.resize(1200, 800)
    counter4.show()

    # every page shows the file as signed
    qtbot.waitUntil(lambda: home.state_items["SIGNED"].text(1) == "1", timeout=10_000)
    qtbot.waitUntil(lambda: detail.snapshot is not None, timeout=10_000)
    tracking.input.setText(no)
    tracking.lookup()
    qtbot.waitUntil(lambda: tracking.view.timeline is not None, timeout=10_000)
    ho = counter5.handover
    ho.open_text(no)
    qtbot.waitUntil(lambda: ho.view_data is not None, timeout=10_000)
    assert detail.snapshot.state == "SIGNED" and ho.view_data.state == "SIGNED"
    assert not ho.survey_button.isEnabled()
    steps_before = len(tracking.view.timeline.steps)

    # counter 4 prints (F6, as the officer does)
    qtbot.keyClicks(counter4.scan, issuance.open_file(session, no).receipt_number)
    qtbot.keyClick(counter4.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter4.view_data is not None and counter4.print_button.isEnabled(),
                    timeout=10_000)

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "sk.pdf"))
        printer.setResolution(72)
        return True
    counter4.preview.choose_printer = to_file
    with qtbot.waitSignal(counter4.printed, timeout=10_000):
        qtbot.keyClick(counter4.scan, Qt.Key.Key_F6)

    # one announcement, naming exactly this file
    qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    assert announced[0].touches(APPLICATIONS) and announced[0].application_ids == {app_id}

    # ... and every other page has reloaded itself from it
    qtbot.waitUntil(lambda: detail.snapshot.state == "PRINTED", timeout=10_000)
    qtbot.waitUntil(lambda: home.state_items["PRINTED"].text(1) == "1"
                    and home.state_items["SIGNED"].text(1) == "0", timeout=10_000)
    qtbot.waitUntil(lambda: len(tracking.view.timeline.steps) > steps_before, timeout=10_000)
    qtbot.waitUntil(lambda: ho.view_data.state == "PRINTED", timeout=10_000)
    assert ho.survey_button.isEnabled()                  # counter 5 may now start the survey
    qtbot.waitUntil(lambda: counter4.view_data.reprintable, timeout=10_000)
