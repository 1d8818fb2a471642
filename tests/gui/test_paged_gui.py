"""The one paged model of the search table and the worklist (ui/widgets/paged.py):
the window of pages stays bounded however far the view scrolls, every row shown
is the row the plain query has there, scrolling on asks by key (no OFFSET), and
Ctrl+End shows the last rows, read from the end of the list (no OFFSET either)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services import applications, worklist

_TEMPLATE: dict = {}


@pytest.fixture
def demo(data_dir, tmp_path_factory):
    import shutil

    from app import demo as demo_data
    from app.runtime import open_loket
    if "dir" not in _TEMPLATE:
        d = tmp_path_factory.mktemp("paged")
        lk = open_loket(d)
        demo_data.generate(lk, 150, seed=7)
        lk.close()
        _TEMPLATE["dir"] = d
    shutil.copytree(_TEMPLATE["dir"], data_dir, dirs_exist_ok=True)
    lk = open_loket(data_dir, backup=False)
    yield lk
    from ui import worker
    worker.wait_all()
    lk.close()


def _watch(model):
    """Every Seek the model sends, and the largest window it ever held."""
    seen = {"seeks": [], "window": 0}
    fetch, store = model.fetch, model._store

    def spy_fetch(s, lst, seek):
        seen["seeks"].append(seek)
        return fetch(s, lst, seek)

    def spy_store(p, page):
        store(p, page)
        seen["window"] = max(seen["window"], len(model.loaded_pages()))
    model.fetch, model._store = spy_fetch, spy_store
    return seen


def _view(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.show()
    return view


def _scroll_through(qtbot, view, model, expected, column_text):
    """Down the whole list a screen at a time, each shown row checked against the plain list."""
    step = max(1, model.page_size // 2)
    for i in range(0, len(expected), step):
        view.scrollTo(model.index(i, 0), QTableView.ScrollHint.PositionAtTop)
        qtbot.waitUntil(lambda i=i: model.row(i) is not None and not model.is_loading(), timeout=5000)
        assert model.data(model.index(i, 0)) == column_text(expected[i]), i
        assert len(model.loaded_pages()) <= model.window_pages


def _ctrl_end(qtbot, view, model, expected, column_text, seen):
    seen["seeks"].clear()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))      # the screens choose the first row when a list opens
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = len(expected) - 1
    assert view.currentIndex().row() == last
    # the paint after the key has the last rows: read by key as it asked (no trip to a worker
    # thread and back, no paint of empty rows first)
    view.viewport().repaint()
    assert model.row(last) is not None and not model.is_loading()
    assert model.data(model.index(last, 0)) == column_text(expected[last])
    first_of_page = last - last % model.page_size
    assert [model.data(model.index(i, 0)) for i in range(first_of_page, last + 1)] == \
        [column_text(r) for r in expected[first_of_page:]]
    # read from the end of the list: no OFFSET at all
    assert seen["seeks"] and all(s.reverse and s.offset == 0 for s in seen["seeks"])


def test_search_table_window_stays_bounded_and_ctrl_end_shows_the_last_rows(qtbot, demo):
    from ui.search_model import SearchModel
    with demo.Session() as s:
        expected = applications.search(s, "", limit=10_000)
    assert len(expected) == 150
    model = SearchModel(demo, page_size=10, window_pages=3)
    seen = _watch(model)
    view = _view(qtbot, model)
    model.set_query("")
    qtbot.waitUntil(lambda: model.counted and not model.is_loading(), timeout=5000)
    assert model.rowCount() == 150           # every row reachable from the start (scroll bar, End)
    # a page that must skip rows (the scroll bar dragged into the middle) is read off the GUI
    # thread, from the nearest key it knows (the first page's last row: 60 rows skipped)
    seen["seeks"].clear()
    assert model.row(70) is None
    qtbot.waitUntil(lambda: model.row(70) is not None and not model.is_loading(), timeout=5000)
    assert model.data(model.index(70, 0)) == expected[70].no_permohonan
    assert [(s.offset, s.after is not None) for s in seen["seeks"]] == [(60, True)]
    _ctrl_end(qtbot, view, model, expected, lambda r: r.no_permohonan, seen)
    view.scrollToTop()
    seen["seeks"].clear()
    _scroll_through(qtbot, view, model, expected, lambda r: r.no_permohonan)
    assert seen["window"] <= 3 and len(model.loaded_pages()) <= 3
    # walking on from the page before (or back from the page after): by key, no OFFSET
    assert seen["seeks"] and all(s.offset == 0 and s.after is not None for s in seen["seeks"])
    # a jump into the middle skips only from the nearest page it knows
    model.row(70)
    qtbot.waitUntil(lambda: model.row(70) is not None and not model.is_loading(), timeout=5000)
    assert model.data(model.index(70, 0)) == expected[70].no_permohonan


def test_worklist_window_stays_bounded_and_ctrl_end_shows_the_last_rows(qtbot, demo, actor_factory):
    from ui.pages.worklist.model import WorklistModel
    kadin = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    with demo.Session() as s:
        expected = worklist.worklist(s, kadin, mine_only=False, limit=500).rows
    assert len(expected) > 20
    model = WorklistModel(demo, kadin, page_size=4, window_pages=3)
    seen = _watch(model)
    view = _view(qtbot, model)
    model.set_filters(mine_only=False)
    qtbot.waitUntil(lambda: model.counted and not model.is_loading(), timeout=5000)
    assert model.rowCount() == len(expected)
    _ctrl_end(qtbot, view, model, expected, lambda r: r.no_permohonan, seen)
    view.scrollToTop()
    _scroll_through(qtbot, view, model, expected, lambda r: r.no_permohonan)
    assert seen["window"] <= 3


def test_a_cells_font_colour_and_alignment_do_not_leak_into_the_next(qtbot, demo, actor_factory):
    """The delegate hands multiData the same role span from cell to cell: a role the model
    leaves unanswered must come back empty, not as the previous cell's bold/right/red."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.pages.worklist.model import WorklistModel
    kadin = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    model = WorklistModel(demo, kadin, page_size=50)
    view = _view(qtbot, model)
    model.set_filters(mine_only=False)
    qtbot.waitUntil(lambda: model.counted and not model.is_loading(), timeout=5000)
    cols = list(model.COLUMNS)
    row = next(i for i in range(model.rowCount()) if model.data(model.index(i, cols.index("due")),
                                                             Qt.ItemDataRole.FontRole) is not None)
    delegate = view.itemDelegate()
    styled, plain = QStyleOptionViewItem(), QStyleOptionViewItem()
    delegate.initStyleOption(styled, model.index(row, cols.index("left")))
    assert styled.font.bold() and styled.displayAlignment & Qt.AlignmentFlag.AlignRight
    delegate.initStyleOption(plain, model.index(row, cols.index("name")))
    assert not plain.font.bold()
    assert not plain.displayAlignment & Qt.AlignmentFlag.AlignRight


def test_a_worklist_paint_shows_what_its_cells_say(qtbot, demo, actor_factory):
    """What a paint asks for is worked out once per row (paint_row) instead of per cell
    and role (cell): for every row, late or not, and every column, the delegate gets
    the same text, font, colours and alignment from either."""
    from PySide6.QtGui import QBrush, QFont
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.pages.worklist.model import WorklistModel
    kadin = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    model = WorklistModel(demo, kadin, page_size=50)
    view = _view(qtbot, model)
    model.set_filters(mine_only=False)
    qtbot.waitUntil(lambda: model.counted and not model.is_loading(), timeout=5000)
    rows = [model.row(i) for i in range(min(model.rowCount(), 50))]
    assert any(r.overdue for r in rows) and any(not r.overdue for r in rows)
    for i, r in enumerate(rows):
        painted = model.paint_row(r)
        for c, col in enumerate(model.COLUMNS):
            index = model.index(i, c)
            for role in model.PAINT_ROLES:
                want = model.cell(r, col, role, index) if role in model.ROLES else None
                got = painted[c].get(role)
                if isinstance(want, QFont):
                    assert isinstance(got, QFont) and got.bold() == want.bold()
                elif isinstance(want, QBrush):
                    assert isinstance(got, QBrush) and got.color() == want.color()
                else:
                    assert got == want, (col, role)
            opt = QStyleOptionViewItem()
            view.itemDelegate().initStyleOption(opt, index)
            assert opt.text == model.cell(r, col, Qt.ItemDataRole.DisplayRole, index)
            assert opt.font.bold() == (r.overdue and col in ("due", "left"))
