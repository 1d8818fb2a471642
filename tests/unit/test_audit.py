"""The audit chain: tampering with raw SQL (edit, delete, reorder) is found and
named; each workstation's chain is verified on its own."""
from __future__ import annotations

import sqlite3

import pytest

from app import audit
from app.cli import main as cli
from app.services.context import Actor

WS = "LOKET2-A"


def _write(loket, n, workstation=WS, start=0):
    actor = Actor("officer-1", "budi", "Budi Santoso", None, frozenset({"LOKET2"}), workstation)
    with loket.Session() as s:
        for i in range(start, start + n):
            audit.record(s, actor, "test.action", "application", f"app-{i}", f"langkah {i}: a → b")
            s.commit()


def _sql(loket, *statements):
    loket.engine.dispose()
    con = sqlite3.connect(loket.db_path)
    for st in statements:
        con.execute(st)
    con.commit()
    con.close()


def _verify(loket):
    with loket.Session() as s:
        return audit.verify(s)


def test_intact_chain(loket):
    _write(loket, 5)
    _write(loket, 3, workstation="LOKET5-A")
    count, broken = _verify(loket)
    assert (count, broken) == (8, None)
    with loket.Session() as s:
        assert {r.workstation: r.count for r in audit.verify_all(s)} == {WS: 5, "LOKET5-A": 3}


def test_empty_database_verifies(loket):
    assert _verify(loket) == (0, None)


def test_records_link_to_each_other(loket):
    _write(loket, 3)
    con = sqlite3.connect(loket.db_path)
    rows = con.execute("SELECT seq, prev_hash, hash FROM audit_record ORDER BY seq").fetchall()
    con.close()
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[0][1] is None and rows[1][1] == rows[0][2] and rows[2][1] == rows[1][2]


def test_edited_record_is_named(loket):
    _write(loket, 6)
    _sql(loket, f"UPDATE audit_record SET summary = 'langkah 3: disamarkan' WHERE workstation='{WS}' AND seq=4")
    count, broken = _verify(loket)
    assert count == 6 and (broken.workstation, broken.seq) == (WS, 4)
    assert "diubah" in broken.reason and broken.record_id


@pytest.mark.parametrize("column,value", [("officer_name", "'Orang Lain'"), ("action", "'login'"),
                                          ("at", "'2020-01-01 00:00:00.000000'"), ("entity_id", "NULL")])
def test_any_field_edit_is_found(loket, column, value):
    _write(loket, 4)
    _sql(loket, f"UPDATE audit_record SET {column} = {value} WHERE seq=2")
    assert _verify(loket)[1].seq == 2


def test_edit_with_recomputed_hash_breaks_the_next_link(loket):
    _write(loket, 5)
    with loket.Session() as s:
        from db.models import AuditRecord
        rec = s.query(AuditRecord).filter_by(workstation=WS, seq=3).one()
        rec.summary = "dipalsukan dengan hash baru"
        forged = audit._digest(rec)
        s.rollback()
    _sql(loket, f"UPDATE audit_record SET summary='dipalsukan dengan hash baru', hash='{forged}' WHERE seq=3")
    broken = _verify(loket)[1]
    assert broken.seq == 4 and "#3" in broken.reason


def test_deleted_middle_record(loket):
    _write(loket, 6)
    _sql(loket, "DELETE FROM audit_record WHERE seq=3")
    count, broken = _verify(loket)
    assert count == 5 and broken.seq == 3 and "hilang" in broken.reason


def test_deleted_first_record(loket):
    _write(loket, 3)
    _sql(loket, "DELETE FROM audit_record WHERE seq=1")
    broken = _verify(loket)[1]
    assert broken.seq == 1 and "hilang" in broken.reason


def test_deleted_newest_records(loket):
    _write(loket, 6)
    _sql(loket, "DELETE FROM audit_record WHERE seq>=5")
    broken = _verify(loket)[1]
    assert broken.seq == 5 and "#5–#6" in broken.reason


def test_all_records_deleted(loket):
    _write(loket, 3)
    _sql(loket, "DELETE FROM audit_record")
    count, broken = _verify(loket)
    assert count == 0 and broken.seq == 1 and "hilang" in broken.reason


def test_reordered_records(loket):
    _write(loket, 5)
    _sql(loket, "UPDATE audit_record SET seq=-1 WHERE seq=2",
         "UPDATE audit_record SET seq=2 WHERE seq=3",
         "UPDATE audit_record SET seq=3 WHERE seq=-1")
    broken = _verify(loket)[1]
    assert broken.seq == 2 and "urutan" in broken.reason


def test_swapped_contents(loket):
    """Swap everything but the position: the chain still notices."""
    _write(loket, 4)
    cols = "officer_id, officer_name, at, action, entity, entity_id, summary"
    _sql(loket, "CREATE TEMP TABLE t AS SELECT seq, " + cols + " FROM audit_record WHERE seq IN (2,3)",
         *[f"UPDATE audit_record SET {c} = (SELECT {c} FROM t WHERE t.seq = 5 - audit_record.seq) "
           f"WHERE seq IN (2,3)" for c in cols.split(", ")])
    assert _verify(loket)[1].seq == 2


def test_record_inserted_behind_the_applications_back(loket):
    _write(loket, 3)
    with loket.Session() as s:
        from db.models import AuditRecord
        last = s.query(AuditRecord).filter_by(seq=3).one()
        fake = AuditRecord(id="fake", workstation=WS, seq=4, officer_id=None, officer_name="X",
                           at=last.at, action="x", entity=None, entity_id=None, summary=None,
                           prev_hash=last.hash)
        fake.hash = audit._digest(fake)
        h = fake.hash
        s.rollback()
    _sql(loket, f"INSERT INTO audit_record (id, workstation, seq, officer_name, at, action, prev_hash, "
                f"hash, created_at) SELECT 'fake', '{WS}', 4, 'X', at, 'x', hash, '{h}', at "
                f"FROM audit_record WHERE seq=3")
    broken = _verify(loket)[1]
    assert broken is not None and "di luar aplikasi" in broken.reason


def test_break_in_one_chain_does_not_hide_the_others(loket):
    _write(loket, 3, workstation="LOKET2-A")
    _write(loket, 4, workstation="LOKET5-A")
    _sql(loket, "UPDATE audit_record SET summary='x' WHERE workstation='LOKET5-A' AND seq=2")
    with loket.Session() as s:
        results = {r.workstation: r for r in audit.verify_all(s)}
    assert results["LOKET2-A"].broken is None and results["LOKET2-A"].count == 3
    assert results["LOKET5-A"].broken.seq == 2


def test_chain_arriving_from_another_workstation_without_head(loket):
    """Sync copies another workstation's records; their chain verifies alone."""
    _write(loket, 4, workstation="LOKET4-A")
    _sql(loket, "DELETE FROM audit_head WHERE workstation='LOKET4-A'")
    assert _verify(loket) == (4, None)
    _write(loket, 2, workstation="LOKET4-A", start=4)   # appending resumes from the records
    assert _verify(loket) == (6, None)


def test_appends_continue_after_reopen(data_dir):
    from app.runtime import open_loket
    lk = open_loket(data_dir)
    _write(lk, 2)
    lk.close()
    lk = open_loket(data_dir)
    _write(lk, 2, start=2)
    assert _verify(lk) == (4, None)
    lk.close()


def test_rolled_back_change_leaves_no_gap(loket):
    actor = Actor("o", "budi", "Budi", None, frozenset({"LOKET2"}), WS)
    with loket.Session() as s:
        audit.record(s, actor, "a")
        s.commit()
        audit.record(s, actor, "b")
        s.rollback()          # the service failed after writing its record
        audit.record(s, actor, "c")
        s.commit()
    assert _verify(loket) == (2, None)


def test_cli_verify(loket, capsys):
    _write(loket, 4)
    assert cli(["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "4 catatan" in out and "utuh" in out
    _sql(loket, "DELETE FROM audit_record WHERE seq=2")
    assert cli(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "LOKET2-A" in err and "#2" in err and "hilang" in err


def test_every_recorded_action_has_an_indonesian_label():
    """The audit screen's Tindakan column showed "intake.save_checks", "sk.prepare" (review):
    every action app/ records has a label, and the raw key stays for the tooltip."""
    import re
    from pathlib import Path

    from app.audit import action_label
    root = Path(__file__).resolve().parents[2] / "app"
    src = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    actions = set(re.findall(r'audit\.record\([^"]*?"([a-z_]+(?:\.[a-z_]+)+)"', src))
    actions |= set(re.findall(r'"(calendar\.closure_[a-z]+)"', src))     # passed through closures._commit
    assert {"intake.save_checks", "sk.prepare", "calendar.closure_add"} <= actions
    raw = sorted(a for a in actions if action_label(a) == a)
    assert raw == []
    assert action_label("intake.save_checks") == "Pemeriksaan berkas disimpan"
