"""Screenshots of every page of the main window at 1366×768 (the window as it
opens on that screen: 1366 × 698 inside the taskbar and title bar), on demo data:

    LOKET_NOW=2026-11-26T03:00:00Z QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m tests.make_screenshots docs/screenshots

Writes `page-<key>.png` per page, plus the counter 2 checklist and the counter 5
confirmation. Look at them before calling a screen done.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path


def main(out: str, only: str = "") -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app import demo, workflow
    from app.runtime import open_loket
    from app.services.context import Actor
    from tests.layout_check import client_size, problems
    from ui import worker
    from ui.main import apply_style, make_application
    from ui.main_window import MainWindow

    app = make_application([])
    apply_style(app)
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        loket = open_loket(Path(tmp))
        demo.generate(loket, 300, seed=3, today=date(2026, 11, 26))
        # the officer on screen exists in the database: the admin pages ask it (require_admin)
        # and would show "Anda tidak berwenang" for an actor it does not know
        from db.models import Officer
        with loket.Session() as s:
            rina = Officer(username="rina.shots", full_name="Rina Marlina", nip="198804122010012003",
                           roles=",".join(sorted(workflow.ROLES)), active=True)
            s.add(rina)
            s.commit()
            rina_id = rina.id
        actor = Actor(rina_id, "rina.shots", "Rina Marlina", "198804122010012003", frozenset(workflow.ROLES),
                      loket.workstation)
        w = MainWindow(loket, actor)
        w.resize(*client_size(1366, 768, 1.0))
        w.show()

        def settle(n=6):
            for _ in range(n):
                app.processEvents()
                worker.wait_all()
                QApplication.processEvents()

        settle()
        written = []
        for row in range(w.nav.count()):
            key = w.nav.item(row).data(Qt.ItemDataRole.UserRole)
            if only and key not in only.split(","):     # a second argument: only these pages
                continue
            w.show_page(key)
            settle()
            page = w.stack.currentWidget()
            if key == "intake":        # a file open on the checklist, the status said in words
                from sqlalchemy import select

                from db.models import Application
                with loket.Session() as s:
                    app_id = s.scalar(select(Application.id).where(Application.state == "SUBMITTED").limit(1))
                page.open_application(app_id)
                page.model.toggle_present(0)
                settle()
            if key == "worklist" and page.model.rows:
                page.table.selectRow(0)
                settle()
            path = target / f"page-{key}.png"
            w.grab().save(str(path))
            left = problems(w)
            written.append(path)
            print(f"{path}  {'ok' if not left else 'PROBLEMS: ' + '; '.join(left[:3])}")
        w.close()
        worker.wait_all()
        loket.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", *sys.argv[2:3]))
