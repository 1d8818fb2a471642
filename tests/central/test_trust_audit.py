"""Issue #14, finding 3: an audit chain cut short (its tail, or everything, with
its head) is caught once the chain has been synced, on the workstation that
wrote it and on every other one, against the real PostgreSQL and MariaDB."""
from __future__ import annotations

import pytest

from app import audit, config
from app.cli import main
from app.services.context import Actor
from app.sync import anchor
from tests.trust_helpers import raw_sql

pytestmark = pytest.mark.central


def _write(st, n):
    actor = Actor("officer-1", "budi", "Budi Santoso", None, frozenset({"LOKET2"}), st.name)
    with st.Session() as s:
        for i in range(n):
            audit.record(s, actor, "test.action", "application", f"app-{i}", f"langkah {i}")
            s.commit()




def _broken(st, live=None):
    with st.Session() as s:
        return {r.workstation: r.broken for r in audit.verify_all(s, live)}


def _point_at(st, url):
    with st.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()


def test_truncated_chains_are_caught(central, stations, capsys):
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    _write(a, 40)
    _write(b, 5)
    a.sync()
    b.sync()
    a.sync()
    assert _broken(a) == {"LOKET2-A": None, "LOKET2-B": None}
    assert _broken(b) == {"LOKET2-A": None, "LOKET2-B": None}

    # The finding: cut A's tail together with its head, in A's own file.
    raw_sql(a, "DELETE FROM audit_record WHERE workstation='LOKET2-A' AND seq>30",
         "DELETE FROM audit_head WHERE workstation='LOKET2-A'")
    brk = _broken(a)["LOKET2-A"]
    assert brk.seq == 31 and "#31–#40" in brk.reason and "pusat" in brk.reason
    # …and with the stored anchors gone too, the live central head still knows.
    raw_sql(a, "DELETE FROM sync_state WHERE key LIKE 'audit.anchor.%'")
    assert _broken(a)["LOKET2-A"] is None            # what a file alone can no longer tell
    _point_at(a, url)
    assert main(["--data-dir", str(a.loket.data_dir), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "LOKET2-A" in err and "#31" in err and "#40" in err
    # Deleting every record is no longer "intact: 0 records".
    raw_sql(a, "DELETE FROM audit_record WHERE workstation='LOKET2-A'")
    live = anchor.live(a.loket)
    assert live == {"LOKET2-A": (40, live["LOKET2-A"][1])}
    brk = _broken(a, live)["LOKET2-A"]
    assert brk.seq == 1 and "#1–#40" in brk.reason

    # The tail of another workstation's chain, cut in B's file: B's anchor for A.
    raw_sql(b, "DELETE FROM audit_record WHERE workstation='LOKET2-A' AND seq>35")
    brk = _broken(b)["LOKET2-A"]
    assert brk.seq == 36 and "#36–#40" in brk.reason
    raw_sql(b, "DELETE FROM audit_record WHERE workstation='LOKET2-A'", "DELETE FROM audit_head")
    assert _broken(b)["LOKET2-A"].seq == 1
    # A chain rewritten with recomputed hashes no longer matches the central copy.
    # (the first hex digit changed, to 'e' where it already was 'f': otherwise one run in 16 changed nothing)
    raw_sql(b, "UPDATE audit_record SET hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN 'e' ELSE 'f' END) || "
               "substr(hash, 2) WHERE workstation='LOKET2-B' AND seq=5",
         "DELETE FROM audit_head")
    assert "pusat" in _broken(b)["LOKET2-B"].reason


def test_unsynced_tail_is_the_documented_limit(central, stations):
    url, engine = central
    a = stations("LOKET2-A", engine)
    _write(a, 3)
    a.sync()
    _write(a, 2)                     # offline work, not yet synced…
    raw_sql(a, "DELETE FROM audit_record WHERE seq>3", "DELETE FROM audit_head")
    assert _broken(a, anchor.live(a.loket)) == {"LOKET2-A": None}   # …cut before it left: not anchored
