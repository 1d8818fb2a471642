"""Run in a child process (its peak RSS is what we report): open the search
table's model over the data set, time the first rows, then page to the end.

    python -m tests.bench.probe_model DATA_DIR [--max-seconds S]

Prints one JSON object. Uses ui/search_model.py (offscreen) when it exists,
else pages through the service the same way."""
from __future__ import annotations

import json
import os
import resource
import sys
import time


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# PySide6 6.12.0 drops a reference to True on every Signal.emit() made from
# Python (emit returns True without an incref): after a few thousand emits the
# interpreter aborts with "bool_dealloc". Scrolling a million rows emits far
# more than that, so this probe holds a ballast of references (8 MB, included
# in the RSS it reports). The GUI itself has the same exposure; see the report.
_TRUE_BALLAST = [True] * 1_000_000


def main() -> int:
    data_dir = sys.argv[1]
    max_s = float(sys.argv[sys.argv.index("--max-seconds") + 1]) if "--max-seconds" in sys.argv else 600
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.runtime import open_loket
    loket = open_loket(data_dir, backup=False)
    before = rss_mb()
    out = {"rss_before_mb": before}
    try:
        from ui.search_model import SearchModel  # noqa: F401
        have_model = True
    except ImportError:
        have_model = False
    if have_model:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from ui.search_model import SearchModel
        app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive)
        model = SearchModel(loket)
        loop = QEventLoop()
        state = {"exhausted": False}

        def loaded(rows, exhausted):
            state["exhausted"] = exhausted
            loop.quit()

        model.page_loaded.connect(loaded)
        model.failed.connect(lambda msg: (state.update(error=msg), loop.quit()))
        t0 = time.perf_counter()
        model.set_query("")
        loop.exec()
        out["first_rows_ms"] = (time.perf_counter() - t0) * 1000
        out["rss_first_page_mb"] = rss_mb()
        t1 = time.perf_counter()
        while not state["exhausted"] and time.perf_counter() - t1 < max_s and "error" not in state:
            if not model.canFetchMore():
                QTimer.singleShot(1, loop.quit)
                loop.exec()
                continue
            model.fetchMore()
            loop.exec()
        out.update(via="ui.search_model.SearchModel", rows=model.rowCount(),
                   scroll_seconds=time.perf_counter() - t1, reached_end=state["exhausted"],
                   error=state.get("error"))
    else:
        from app.services import applications
        t0 = time.perf_counter()
        with loket.Session() as s:
            page = applications.search(s, "", limit=100)
        out["first_rows_ms"] = (time.perf_counter() - t0) * 1000
        out["rss_first_page_mb"] = rss_mb()
        n, t1 = len(page), time.perf_counter()
        with loket.Session() as s:
            while len(page) == 100 and time.perf_counter() - t1 < max_s:
                page = applications.search(s, "", limit=100, offset=n)
                n += len(page)
        out.update(via="app.services.applications.search", rows=n,
                   scroll_seconds=time.perf_counter() - t1, reached_end=len(page) < 100)
    out["peak_rss_mb"] = rss_mb()
    print(json.dumps(out), flush=True)
    # Leave without finalising: freeing the ballast would hand True its missing
    # references back all at once and abort the interpreter (see above).
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
