"""`loket sync --once` and `loket sync status --json` with a change the
central database refused (a second hand-over of one SK), against the real
PostgreSQL and MariaDB: exit 1 with the count, and the counts as one JSON
object on one line."""
from __future__ import annotations

import json

import pytest

from app import config
from app.cli import main
from tests.sync_helpers import hand_over_at_both, new_file

pytestmark = pytest.mark.central


def test_a_refused_change_fails_the_sync_with_its_count_and_shows_in_status_json(central, stations, capsys):
    url, engine = central
    a, b = stations("LOKET5-A", engine), stations("LOKET5-B", engine)
    for st in (a, b):
        with st.Session() as s:
            config.set_(s, "central.url", url)
            s.commit()
    with a.Session() as s:
        app_id = new_file(s, "LOKET5-A", state="SURVEYED").id
        s.commit()
    a.sync()
    b.sync()
    hand_over_at_both(a, b, app_id)   # the same SK at two counters, both offline
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "--once"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(b.loket.data_dir), "sync", "--once"]) == 1
    out, err = capsys.readouterr()
    assert "2 perubahan ditolak basis data pusat" in err, (out, err)
    assert main(["--data-dir", str(b.loket.data_dir), "sync", "status", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    st = json.loads(lines[0])
    assert isinstance(st["pending"], int) and isinstance(st["refused"], int)
    assert st["refused"] == 2 and st["pending"] >= 2 and st["last_success"]
    # The refusal stays: the next sync fails the same way, nothing is dropped.
    assert main(["--data-dir", str(b.loket.data_dir), "sync", "--once"]) == 1
    capsys.readouterr()
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "status", "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert (st["pending"], st["refused"]) == (0, 0)
