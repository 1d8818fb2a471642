"""Run in a child process (its peak RSS is what we report): open the search
table's model (or the worklist's) over the data set, time the first rows, scroll
from the first row to the last, then jump to the end with Ctrl+End in a real
table view.

    python -m tests.bench.probe_model DATA_DIR [--table search|worklist] [--max-seconds S]
                                               [--jumps N]

Prints one JSON object: the process's RSS before any model (the floor: Qt, the
application's modules, the open database), its peak after the scroll, the
Ctrl+End times (key press to the last rows painted) and, beside them, the same
keyset query for the last rows on a bare sqlite3 connection (the floor)."""
from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time


def rss_mb() -> float:
    # VmHWM, not ru_maxrss: ru_maxrss carries the forking parent's peak over exec (a bench
    # process that has just built the data set would lend the probe its own peak)
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# The same keyset query as the model's Ctrl+End (the last rows, read from the end
# of the list), on a bare sqlite3 connection: what the database itself costs.
RAW_END = {
    "search": ("SELECT a.id, a.no_permohonan, a.state, a.applicant_name, a.applicant_nik, p.name, "
               "a.receipt_number, a.kind, a.submitted_at, a.due_date, a.id "
               "FROM application a CROSS JOIN permit_type p ON p.id = a.permit_type_id "
               "WHERE a.submitted_at IS NULL ORDER BY a.id LIMIT 100",
               "SELECT a.id, a.no_permohonan, a.state, a.applicant_name, a.applicant_nik, p.name, "
               "a.receipt_number, a.kind, a.submitted_at, a.due_date, a.submitted_at, a.id "
               "FROM application a CROSS JOIN permit_type p ON p.id = a.permit_type_id "
               "WHERE a.submitted_at IS NOT NULL ORDER BY a.submitted_at, a.id LIMIT 100"),
    # one role's list (the service walks one index range per role and merges them)
    "worklist": ("SELECT a.id, a.no_permohonan, a.state, a.applicant_name, a.permit_type_id, a.kind, "
                 "a.receipt_number, a.received_at, a.state_since, a.due_date, a.holder_id, a.state_since, a.id "
                 "FROM application a WHERE a.holder_role = 'BACKOFFICE' AND a.due_date IS NULL "
                 "ORDER BY a.state_since DESC, a.id DESC LIMIT 100",
                 "SELECT a.id, a.no_permohonan, a.state, a.applicant_name, a.permit_type_id, a.kind, "
                 "a.receipt_number, a.received_at, a.state_since, a.due_date, a.holder_id, a.due_date, "
                 "a.state_since, a.id FROM application a WHERE a.holder_role = 'BACKOFFICE' "
                 "AND a.due_date IS NOT NULL ORDER BY a.due_date DESC, a.state_since DESC, a.id DESC LIMIT 100"),
}


def raw_end_ms(db: str, table: str, repeats: int) -> list[float]:
    con = sqlite3.connect(db)
    out = []
    for _ in range(repeats + 1):
        t = time.perf_counter()
        rows = con.execute(RAW_END[table][0]).fetchall()
        if len(rows) < 100:
            rows += con.execute(RAW_END[table][1]).fetchall()
        out.append((time.perf_counter() - t) * 1000)
    con.close()
    return out[1:]


def main() -> int:
    args = sys.argv[1:]
    data_dir = args[0]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default  # noqa: E731
    table = opt("--table", "search")
    max_s = float(opt("--max-seconds", "600"))
    jumps = int(opt("--jumps", "7"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    from app.runtime import open_loket
    from app.services.context import Actor
    from ui.pages.worklist.model import WorklistModel
    from ui.search_model import SearchModel
    app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive)
    loket = open_loket(data_dir, backup=False)
    out: dict = {}
    head = Actor("bench-kadin", "bench.kadin", "Kepala Bench", None,
                 frozenset({"BACKOFFICE", "KASI", "KABID", "KADIN"}), "BENCH")

    def make():
        if table == "search":
            m = watch(SearchModel(loket))
            return m, lambda: m.set_query("")
        m = watch(WorklistModel(loket, head))
        return m, lambda: m.set_filters(mine_only=False)

    errors: list[str] = []

    def watch(m):
        # a fetch that fails never fills its page: say why at once instead of waiting it out
        m.failed.connect(errors.append)
        return m

    def wait(cond, limit_s: float = 120, what: str = "") -> None:
        loop = QEventLoop()
        end = time.perf_counter() + limit_s
        while not cond() and not errors and time.perf_counter() < end:
            # wait in Qt's event loop (a millisecond at most, woken by the page arriving),
            # as the window does: a loop spinning on the GUI thread holds the GIL the
            # fetching thread needs between its statements
            QTimer.singleShot(1, loop.quit)
            loop.exec()
        if errors or not cond():
            out["error"] = errors[0] if errors else f"{what}: nothing after {limit_s:.0f} s"
            print(json.dumps(out), flush=True)
            os._exit(3)

    # the floor: everything but the model
    with loket.Session() as s:
        s.connection()
    out.update(table=table, rss_bare_mb=current_rss_mb(), peak_before_mb=rss_mb())

    model, start = make()
    t0 = time.perf_counter()
    start()
    wait(lambda: model.pages_arrived > 0, what="first rows")
    out["first_rows_ms"] = (time.perf_counter() - t0) * 1000
    wait(lambda: model.counted and not model.is_loading(), what="count")
    out["rows"] = model.rowCount()
    out["rss_first_page_mb"] = current_rss_mb()

    # from the first row to the last, a page at a time, as a view scrolling down asks
    t1 = time.perf_counter()
    size, n = model.page_size, model.rowCount()
    i = 0
    while i < n and time.perf_counter() - t1 < max_s:
        if model.row(i) is None:
            wait(lambda i=i: model.row(i) is not None, what=f"row {i} while scrolling")
        i += size
    out.update(scroll_seconds=time.perf_counter() - t1, reached_end=i >= n, scrolled_rows=min(i, n),
               window_pages=len(model.loaded_pages()), peak_rss_mb=rss_mb(),
               rss_after_scroll_mb=current_rss_mb())

    class View(QTableView):
        """Notes the end of the first paint that had the last row's data: what the
        officer sees is that paint, not the rows' arrival."""
        shown_at: float | None = None
        last = -1

        def paintEvent(self, e) -> None:
            had = self.shown_at is None and self.last >= 0 and self.model().row(self.last) is not None
            super().paintEvent(e)
            if had:
                self.shown_at = time.perf_counter()

    # Ctrl+End in a real table view, each time on a freshly opened list (its last page unseen).
    # The clock stops when a paint with the last rows ends (the event loop paints on its own
    # once the page has arrived; a paint is forced only if it has not come by then). The
    # process's CPU time beside it: on two shared cores the wall time is mostly the others'.
    times, cpu, load = [], [], []
    for _ in range(jumps):
        m, go = make()
        view = View()
        view.setModel(m)
        view.resize(1000, 600)
        view.show()
        go()
        wait(lambda m=m: m.counted and not m.is_loading(), what="count before Ctrl+End")
        view.setCurrentIndex(m.index(0, 0))
        last = m.rowCount() - 1
        QApplication.processEvents()       # the first page painted before the clock starts
        view.last = last
        load.append(os.getloadavg()[0])
        t, c = time.perf_counter(), time.process_time()
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        wait(lambda m=m, last=last, view=view: view.shown_at is not None or m.row(last) is not None,
             limit_s=60, what="last row after Ctrl+End")
        if view.shown_at is None:
            QApplication.processEvents()          # the paint the page's arrival asked for
        if view.shown_at is None:
            view.viewport().repaint()
        times.append((view.shown_at - t) * 1000 if view.shown_at else (time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        ok = view.currentIndex().row() == last and m.data(m.index(last, 0))
        out.setdefault("ctrl_end_shows_last", True)
        out["ctrl_end_shows_last"] = bool(out["ctrl_end_shows_last"] and ok)
        view.deleteLater()
        m.deleteLater()
    out["ctrl_end_ms"] = times
    out["ctrl_end_median_ms"] = statistics.median(times)
    out["ctrl_end_p95_ms"] = sorted(times)[max(0, -(-len(times) * 95 // 100) - 1)]
    out["ctrl_end_cpu_ms"] = cpu
    out["load_1min"] = load
    out["raw_end_ms"] = raw_end_ms(str(loket.db_path), table, jumps)
    out["peak_rss_mb"] = rss_mb()
    print(json.dumps(out), flush=True)
    # leave without tearing Qt down (faster; nothing to flush)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
