"""Opening a data folder at the head revision leaves SQLAlchemy for later
(app/runtime.py): the revision is read with sqlite3, the window's first page
with plain SQL on `Loket.read()`, and the engine with what every write needs
(sync capture triggers, report rollup, master data) comes on first use."""
from __future__ import annotations

import logging
import sqlite3

import pytest

from app import config, unit
from app.runtime import RotatingLog, StartupError, open_loket
from app.services import applications, search
from app.services.paging import Seek
from db import migrate


def test_a_current_file_opens_without_the_orm_and_gets_it_on_first_use(loket, data_dir):
    from app import demo
    demo.generate(loket, 30, seed=5)
    with loket.Session() as s:
        config.set_(s, "workstation.name", "LOKET2-B")
        s.commit()
    loket.close()
    # the triggers go, to see that the first use puts them back
    con = sqlite3.connect(str(loket.db_path))
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync_%'")]
    assert names
    for n in names:
        con.execute(f'DROP TRIGGER "{n}"')
    con.commit()
    con.close()

    again = open_loket(data_dir)
    try:
        assert not again.orm_ready
        assert again.workstation == "LOKET2-B"                 # read with sqlite3
        assert unit.read(again, lambda c: config.read(c, ["ui.language", "workstation.name"])) == {
            "ui.language": "id", "workstation.name": "LOKET2-B"}
        assert not again.orm_ready
        with again.read() as c:                                 # read-only
            with pytest.raises(sqlite3.OperationalError):
                c.execute("DELETE FROM setting")
        with again.Session() as s:                              # first use: engine, triggers
            assert config.get(s, "workstation.name") == "LOKET2-B"
        assert again.orm_ready
        with again.read() as c:
            back = {r[0] for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync_%'")}
        assert back == set(names)
    finally:
        again.close()


def test_plain_sql_reads_give_what_the_session_gives(loket):
    from app import demo
    demo.generate(loket, 40, seed=7)
    with loket.Session() as s:
        by_session = (applications.count_by_state(s),
                      [applications.search_page(s, applications.search_list(s, q), Seek(15)).rows
                       for q in ("", "a", "0")])
        total = applications.search_count(s, applications.search_list(s, ""))
    with loket.read() as c:
        by_driver = (search.count_by_state(c),
                     [search.search_page(c, search.search_list(c, q), Seek(15)).rows for q in ("", "a", "0")])
        assert search.search_count(c, search.search_list(c, "")) == total == 40
    assert by_driver == by_session
    assert sum(by_driver[0].values()) == 40 and by_driver[1][0]


def test_the_revision_check_without_sqlalchemy(data_dir, tmp_path):
    new = tmp_path / "new.sqlite3"
    assert migrate.stored_revision(new) is None and migrate.file_needs_upgrade(new)
    assert not new.exists()                                      # asking created nothing
    open_loket(data_dir).close()
    lk = open_loket(data_dir)       # at the head: the connection that read the revision serves the reads
    try:
        assert len(lk._idle) == 1
        first = lk._idle[0]
        with lk.read() as c:
            assert c is first and c.execute("PRAGMA query_only").fetchone() == (1,)
        assert lk._idle == [first]
    finally:
        lk.close()
    db = data_dir / "loket.sqlite3"
    assert migrate.stored_revision(db) == migrate.head_revision()
    assert not migrate.file_needs_upgrade(db)
    con = sqlite3.connect(str(db))
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(migrate.SchemaTooNew):
        migrate.file_needs_upgrade(db)
    with pytest.raises(StartupError, match="9999_future"):
        open_loket(data_dir)


def test_the_log_rotates_as_the_standard_handler_did(tmp_path):
    h = RotatingLog(tmp_path / "loket.log", max_bytes=300, backups=2)
    log = logging.getLogger("loket.test_rotation")
    log.addHandler(h)
    log.propagate = False
    log.setLevel(logging.INFO)
    try:
        for i in range(40):
            log.info("baris %03d %s", i, "x" * 30)
    finally:
        log.removeHandler(h)
        h.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["loket.log", "loket.log.1", "loket.log.2"]
    assert all((tmp_path / f).stat().st_size <= 300 for f in files)
    newest = (tmp_path / "loket.log").read_text().splitlines()
    older = (tmp_path / "loket.log.1").read_text().splitlines()
    assert newest[-1].startswith("baris 039") and older[-1] < newest[0]
