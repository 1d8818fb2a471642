"""Mutable fields merge in the order of the row's logical clock (its version,
counted by the capture trigger), never by the workstations' wall clocks: two
workstations whose injected clocks differ by hours, against the real
PostgreSQL and MariaDB."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from app import clock
from app.sync import skew
from db.models import Applicant
from tests.sync_helpers import new_file

pytestmark = pytest.mark.central


def phone_everywhere(engine, stations_, ap_id) -> set:
    got = set()
    with engine.connect() as c:
        got.add(c.execute(text("SELECT phone FROM applicant WHERE id = :i"), {"i": ap_id}).scalar())
    for st in stations_:
        with st.Session() as s:
            got.add(s.get(Applicant, ap_id).phone)
    return got


def test_each_local_edit_counts_in_the_rows_version(stations, central):
    url, engine = central
    a = stations("LOKET2-A", engine)
    with a.Session() as s:
        ap_id = new_file(s, "LOKET2-A").applicant_id
        s.commit()
    for phone in ("0811", "0812", "0813"):
        with a.Session() as s:
            s.get(Applicant, ap_id).phone = phone
            s.commit()
    with a.Session() as s:
        assert s.get(Applicant, ap_id).version == 4


def test_an_edit_made_after_seeing_another_wins_whatever_the_clocks_say(stations, central):
    """C's clock is two hours slow. A edits the phone and syncs; C pulls A's
    edit and edits the phone again (the last edit of all, made after seeing
    A's); B, offline since before A's edit, had edited the phone in between.
    When B syncs last, its edit meets C's: by wall clock B's looks two hours
    newer and would overwrite C's; by the row's version C's edit comes after
    A's, which came after the row B started from, so C's value stands
    everywhere and B's is in the conflict log."""
    url, engine = central
    a, b, c = (stations(n, engine) for n in ("LOKET2-A", "LOKET2-B", "LOKET2-C"))
    now = skew.server_utc(engine)
    with clock.pinned(now):
        with a.Session() as s:
            ap_id = new_file(s, "LOKET2-A").applicant_id
            s.commit()
        for st in (a, b, c):
            st.sync()
        with a.Session() as s:
            s.get(Applicant, ap_id).phone = "0811-A"
            s.commit()
        a.sync()
    with clock.pinned(now + timedelta(minutes=10)):
        with b.Session() as s:
            s.get(Applicant, ap_id).phone = "0812-B"           # offline, has not seen A's edit
            s.commit()
    with clock.pinned(now + timedelta(minutes=20) - timedelta(hours=2)):
        c.sync()
        with c.Session() as s:
            assert s.get(Applicant, ap_id).phone == "0811-A"
            s.get(Applicant, ap_id).phone = "0813-C"           # after seeing A's edit
            s.commit()
            assert s.get(Applicant, ap_id).updated_at < now      # its wall clock says "oldest"
        c.sync()
    with clock.pinned(now + timedelta(minutes=30)):
        res = b.sync()
        assert res.push.conflicts == 1
        for st in (a, c):
            st.sync()
    assert phone_everywhere(engine, (a, b, c), ap_id) == {"0813-C"}
    with engine.connect() as conn:
        log = conn.execute(text("SELECT field, kept_value, lost_value, lost_ws FROM sync_conflict "
                                "WHERE kind = 'FIELD'")).all()
    assert [tuple(r) for r in log] == [("phone", "0813-C", "0812-B", "LOKET2-B")]


def test_a_stale_copy_from_a_fast_clock_never_overwrites_a_newer_edit(stations, central):
    """B's clock is three hours fast and it still holds an old copy of the row
    when A edits it. `sync --rescan` queues B's copy again with no common
    ancestor; by wall clock it would look newest and overwrite A's edit. By the
    row's version it is behind, and nothing changes."""
    from app.sync import capture
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    now = skew.server_utc(engine)
    with clock.pinned(now + timedelta(hours=3)):
        with b.Session() as s:
            ap_id = new_file(s, "LOKET2-B").applicant_id
            s.get(Applicant, ap_id).phone = "0800-old"
            s.commit()
        b.sync()
    with clock.pinned(now):
        a.sync()
        with a.Session() as s:
            s.get(Applicant, ap_id).phone = "0811-A-new"
            s.commit()
        a.sync()
    with clock.pinned(now + timedelta(hours=3)):
        # B re-sends what it holds before it has pulled A's edit.
        from app.sync.push import Pusher
        capture.enqueue_all(b.engine)
        rep = Pusher(b.engine, engine, "LOKET2-B").run()
        assert rep.conflicts == 0 and not rep.rejected
        b.sync()
    with clock.pinned(now):
        a.sync()
    assert phone_everywhere(engine, (a, b), ap_id) == {"0811-A-new"}
