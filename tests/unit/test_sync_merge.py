"""The merge rule for mutable rows, on its own (app/sync/push.py:merge)."""
from __future__ import annotations

from datetime import datetime

from app.sync import tables as T
from app.sync.push import merge

SPEC = T.by_name()["applicant"]


def row(**kw):
    base = {c: None for c in SPEC.columns}
    base.update(id="p1", name="Budi", id_type="KTP", version=1, updated_at=datetime(2026, 3, 1, 8))
    base.update(kw)
    return base


def test_fields_changed_on_one_side_are_taken_from_that_side():
    base = row()
    local = row(phone="0811", version=2, updated_at=datetime(2026, 3, 1, 9), updated_ws="A")
    central = row(email="b@x.id", version=2, updated_at=datetime(2026, 3, 1, 10), updated_ws="B")
    merged, conflicts = merge(SPEC, local, base, central, "A")
    assert (merged["phone"], merged["email"]) == ("0811", "b@x.id")
    assert conflicts == [] and merged["version"] == 3
    # Pushing the same change again (a retry) changes nothing.
    assert merge(SPEC, local, base, merged, "A") == (None, [])


def test_both_sides_changed_the_later_edit_wins_and_the_loser_is_logged():
    base = row(phone="0800")
    early = row(phone="0811", version=2, updated_at=datetime(2026, 3, 1, 9), updated_ws="A")
    late = row(phone="0812", version=3, updated_at=datetime(2026, 3, 1, 10), updated_ws="B")
    merged, conflicts = merge(SPEC, early, base, late, "A")       # A is older: central stays
    assert merged is None
    assert [(c["field"], c["kept_value"], c["lost_value"], c["lost_ws"]) for c in conflicts] == \
        [("phone", "0812", "0811", "A")]
    merged, conflicts = merge(SPEC, late, base, early, "B")       # B is newer: B's value goes in
    assert merged["phone"] == "0812" and merged["updated_ws"] == "B"
    assert [(c["kept_value"], c["lost_value"], c["lost_ws"]) for c in conflicts] == [("0812", "0811", "A")]
    # The conflict record is keyed, so a retried push logs it once.
    assert merge(SPEC, late, base, early, "B")[1][0]["id"] == conflicts[0]["id"]


def test_a_requeued_stale_copy_is_not_a_conflict():
    stale = row(phone="0800")
    central = row(phone="0812", version=4, updated_at=datetime(2026, 3, 2), updated_ws="B")
    assert merge(SPEC, stale, None, central, "A") == (None, [])


def test_password_hashes_never_reach_the_conflict_log():
    spec = T.by_name()["officer"]
    def officer(h, hour):
        r = {c: None for c in spec.columns}
        r.update(id="o1", username="siti", full_name="Siti", roles="LOKET2", active=True, version=2,
                 password_hash=h, updated_at=datetime(2026, 3, 1, hour), updated_ws=f"W{hour}")
        return r
    base = officer("$argon2id$old", 7)
    _, conflicts = merge(spec, officer("$argon2id$a", 8), base, officer("$argon2id$b", 9), "W8")
    assert conflicts and all("argon2" not in (c["kept_value"] or "") + (c["lost_value"] or "")
                             for c in conflicts)
    assert "failed_attempts" not in spec.columns       # lock-out counters stay local


def test_every_table_is_classified_and_synced_tables_have_one_key():
    from db.models import Base
    for t in Base.metadata.sorted_tables:
        kind = T.classify(t)
        assert kind in (T.APPEND, T.MUTABLE, T.LOCAL)
    names = {s.name for s in T.synced()}
    assert {"application", "workflow_event", "officer", "setting", "handover"} <= names
    assert not names & {"number_sequence", "sync_outbox", "audit_head"}


def test_the_order_is_the_rows_logical_clock_never_the_wall_clock():
    """B's clock is hours slow: its edit carries the older updated_at, but it was
    made on a later version of the row (it had seen more edits), so it wins;
    with equal versions the workstation name decides, the same everywhere."""
    base = row(phone="0800", version=2)
    a = row(phone="0811", version=3, updated_at=datetime(2026, 3, 1, 12), updated_ws="A")
    b = row(phone="0812", version=4, updated_at=datetime(2026, 3, 1, 9), updated_ws="B")
    merged, conflicts = merge(SPEC, b, base, a, "B")
    assert merged["phone"] == "0812" and merged["version"] == 4
    assert [(c["kept_value"], c["lost_value"]) for c in conflicts] == [("0812", "0811")]
    assert merge(SPEC, a, base, b, "A")[0] is None          # from A's side: B's stands
    tie_a = row(phone="0811", version=3, updated_at=datetime(2026, 3, 1, 23), updated_ws="A")
    tie_b = row(phone="0812", version=3, updated_at=datetime(2026, 3, 1, 1), updated_ws="B")
    assert merge(SPEC, tie_b, base, tie_a, "B")[0]["phone"] == "0812"
    assert merge(SPEC, tie_a, base, tie_b, "A")[0] is None


def test_a_stale_copy_is_behind_by_version_even_with_a_newer_wall_clock():
    stale = row(phone="0800", version=2, updated_at=datetime(2026, 3, 9), updated_ws="FAST")
    central = row(phone="0812", version=4, updated_at=datetime(2026, 3, 2), updated_ws="B")
    assert merge(SPEC, stale, None, central, "FAST") == (None, [])
