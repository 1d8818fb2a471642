"""GUI entry point (placeholder until the GUI shell lands)."""
from __future__ import annotations


def run_gui(args) -> int:
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication.instance() or QApplication(sys.argv)
    w = QLabel("Loket")
    w.show()
    if args.smoke:
        print("smoke ok")
        return 0
    return app.exec()
