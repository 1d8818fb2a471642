"""Keyset paging (app/services/paging.py) gives exactly the rows the plain query
gives, in order, walking forward, walking back from the end, and jumping with an
offset from any key: for the search (every plan, with files that have no
submission time) and for the worklist (with files that have no due date)."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from app.services import applications
from app.services import worklist as wl_service
from app.services.paging import Seek
from db.models import Application

_TEMPLATE: dict = {}


@pytest.fixture
def s(data_dir, tmp_path_factory):
    """A demo database, built once for the module (inside the first test, so the
    in-memory keyring and the pinned clock are in force) and copied for each test."""
    import shutil

    from app import demo
    from app.runtime import open_loket
    if "dir" not in _TEMPLATE:
        d = tmp_path_factory.mktemp("paging")
        lk = open_loket(d)
        demo.generate(lk, 120, seed=5)
        with lk.Session() as sess:
            ids = list(sess.scalars(Application.__table__.select().with_only_columns(Application.id)
                                    .order_by(Application.id).limit(9)))
            # files without a submission time and without a due date: their own segments
            sess.execute(update(Application).where(Application.id.in_(ids[:5])).values(submitted_at=None))
            work = list(sess.scalars(Application.__table__.select().with_only_columns(Application.id)
                                     .where(Application.state.in_(("RECEIVED", "VERIFIED", "DRAFTED")))
                                     .order_by(Application.id).limit(4)))
            sess.execute(update(Application).where(Application.id.in_(ids[3:9] + work)).values(due_date=None))
            sess.commit()
        lk.close()
        _TEMPLATE["dir"] = d
    shutil.copytree(_TEMPLATE["dir"], data_dir, dirs_exist_ok=True)
    lk = open_loket(data_dir, backup=False)
    with lk.Session() as sess:
        yield sess
    lk.close()


def _walk_forward(page, size):
    out, after = [], None
    while True:
        got = page(Seek(size, after=after))
        if not got.rows:
            return out
        out += got.rows
        after = got.keys[-1]


def _walk_back(page, size):
    out, after = [], None
    while True:
        got = page(Seek(size, after=after, reverse=True))
        if not got.rows:
            return out[::-1]
        out += got.rows
        after = got.keys[-1]


def _check(page, full, keys_of):
    ids = [r.id for r in full]
    assert [r.id for r in _walk_forward(page, 7)] == ids
    assert [r.id for r in _walk_back(page, 6)] == ids
    first = page(Seek(len(full) + 5))
    keys = first.keys
    assert [r.id for r in first.rows] == ids and len(keys) == len(ids)
    n = len(ids)
    if n < 4:
        return
    for start in sorted({0, 1, n // 3, n // 2, n - 3}):
        for offset in (0, 2, n // 4):
            lo = start + 1 + offset
            got = page(Seek(5, after=keys[start], offset=offset))
            assert [r.id for r in got.rows] == ids[lo:lo + 5], (start, offset)
            hi = start - offset
            back = page(Seek(5, after=keys[start], offset=offset, reverse=True))
            assert [r.id for r in back.rows] == ids[max(hi - 5, 0):max(hi, 0)][::-1], (start, offset)
        # from either end, with an offset: Ctrl+End and a jump near the end
        assert [r.id for r in page(Seek(4, offset=start)).rows] == ids[start:start + 4]
        tail = page(Seek(4, reverse=True, offset=start)).rows
        assert [r.id for r in tail] == ids[max(n - start - 4, 0):n - start][::-1]


@pytest.mark.parametrize("query,state", [("", None), ("", "SUBMITTED"), ("s", None), ("@prefix", None),
                                         ("3", None), ("zzzz", None)])
def test_search_pages_by_key_give_the_plain_search(s, query, state):
    if query == "@prefix":     # the start of a real number: the as-you-type plan
        query = s.scalar(Application.__table__.select().with_only_columns(Application.no_permohonan).limit(1))[:6]
    full = applications.search(s, query, state=state, limit=100_000)
    lst = applications.search_list(s, query, state=state)
    assert applications.search_count(s, lst) == len(full)
    _check(lambda seek: applications.search_page(s, lst, seek), full, None)


def test_search_exact_number_is_one_short_list(s):
    no = s.scalar(Application.__table__.select().with_only_columns(Application.no_permohonan).limit(1))
    lst = applications.search_list(s, no)
    assert lst.plan == "exact" and applications.search_count(s, lst) == len(applications.search(s, no))
    _check(lambda seek: applications.search_page(s, lst, seek), applications.search(s, no, limit=1000), None)


@pytest.mark.parametrize("mine_only,overdue_only", [(False, False), (False, True), (True, False)])
def test_worklist_pages_by_key_give_the_plain_worklist(s, actor_factory, mine_only, overdue_only):
    kadin = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    full = wl_service.worklist(s, kadin, limit=500, mine_only=mine_only, overdue_only=overdue_only).rows
    wl = wl_service.worklist_list(s, kadin, mine_only=mine_only, overdue_only=overdue_only)
    assert wl_service.worklist_count(s, wl) == len(full)
    if mine_only:
        assert [r.id for r in _walk_forward(lambda k: wl_service.worklist_page(s, wl, k), 5)] == [r.id for r in full]
        return
    if not overdue_only:
        assert len(full) > 20 and any(r.due_date is None for r in full)
    got = wl_service.worklist_page(s, wl, Seek(3))
    assert got.rows == full[:3]          # the same WorkRow values (days left, overdue) as the plain call
    _check(lambda seek: wl_service.worklist_page(s, wl, seek), full, None)
    # the table reads its pages on a bare sqlite3 connection of the file (Loket.read)
    import sqlite3
    raw = sqlite3.connect(s.get_bind().url.database)
    try:
        assert wl_service.worklist_page(raw, wl, Seek(3)).rows == full[:3]
        _check(lambda seek: wl_service.worklist_page(raw, wl, seek), full, None)
    finally:
        raw.close()
