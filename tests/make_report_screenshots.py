"""Screenshots of the heads' dashboard and of each report on the Laporan page (the
main window at 1366×768, a Kasi on 1,500 demo applications), each report also
saved as PDF and XLSX beside them, to open and look at:

    LOKET_NOW=2026-11-26T03:00:00Z QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m tests.make_report_screenshots OUT
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path


def main(out: Path) -> int:
    from PySide6.QtCore import QDate
    from PySide6.QtTest import QTest

    from app import demo
    from app.runtime import open_loket
    from app.services.context import Actor
    from ui import worker
    from ui.main import apply_style, make_application
    from ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        lk = open_loket(Path(tmp))
        demo.generate(lk, 1500, seed=3, today=date(2026, 11, 26))
        actor = Actor("shots", "kasi", "Rina Marlina", "198804122010012003", frozenset({"KASI"}), lk.workstation)
        w = MainWindow(lk, actor)
        w.resize(1366, 768)
        w.show()
        QTest.qWait(2500)               # the dashboard loads off the GUI thread
        worker.wait_all()
        QTest.qWait(500)
        w.grab().save(str(out / "dashboard.png"))
        w.show_page("reports")
        page = w.stack.currentWidget()
        for i in range(page.report.count()):
            page.report.setCurrentIndex(i)
            name = page.report.currentData()
            if name != "expiring":
                page.date_from.setDate(QDate(2026, 1, 1))
                page.date_to.setDate(QDate(2026, 11, 25))
            page.refresh()
            for _ in range(60):
                QTest.qWait(100)
                if page.grid.rowCount():
                    break
            worker.wait_all()
            QTest.qWait(300)
            w.grab().save(str(out / f"report-{name}.png"))
            for ext in ("pdf", "xlsx"):
                page.save(ext, str(out / f"report-{name}.{ext}"))
            worker.wait_all()
            QTest.qWait(300)
            print(name, page.grid.rowCount())
        lk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
