"""IKM (PermenPANRB 14/2017) against hand-computed cases.

With the exact weight IKM = Σ NRR × 1/9 × 25 = 25·S / (9·n), S being the sum of
all answers of n complete respondents. Each boundary case below picks n and S
so that 25·S/(9·n) is the value named in the test, computed by hand.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from app.services import ikm
from app.services.ikm import KEYS, IkmError

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def respondents_with_total(n: int, total: int) -> list[dict[str, int]]:
    """n complete responses whose answers sum to `total` (spread evenly)."""
    cells = 9 * n
    base, extra = divmod(total, cells)
    assert 1 <= base <= 4 and (base < 4 or extra == 0)
    values = [base + (1 if i < extra else 0) for i in range(cells)]
    return [dict(zip(KEYS, values[i * 9:(i + 1) * 9], strict=True)) for i in range(n)]


@pytest.mark.parametrize("n,total,expected,letter", [
    (2500, 79479, "88.31", "A"),   # 25·79479/22500 = 88.31 exactly: lowest A
    (250, 7947, "88.30", "B"),     # 88.30 exactly: highest B
    (2500, 68949, "76.61", "B"),   # lowest B
    (125, 3447, "76.60", "C"),     # highest C
    (5, 117, "65.00", "C"),        # lowest C
    (2500, 58491, "64.99", "D"),   # highest D
    (3, 27, "25.00", "D"),         # every answer 1
    (3, 108, "100.00", "A"),       # every answer 4
    (5000, 158949, "88.31", "A"),  # 88.305 exactly: a half, rounded up into A
    (5000, 137889, "76.61", "B"),  # 76.605 → 76.61: B, not C
    (5000, 116991, "65.00", "C"),  # 64.995 → 65.00: C, not D
])
def test_boundaries_and_halves(n, total, expected, letter):
    r = ikm.compute(respondents_with_total(n, total))
    assert r.ikm == Decimal(expected)
    assert r.grade == letter
    assert r.respondents == n
    assert r.ikm_exact == Fraction(25 * total, 9 * n)


def test_half_is_really_a_half_and_just_below_rounds_down():
    r = ikm.compute(respondents_with_total(5000, 158949))
    assert r.ikm_exact == Fraction(88305, 1000)
    # one answer less: 25·158948/45000 = 88.30444… → 88.30 → B
    r2 = ikm.compute(respondents_with_total(5000, 158948))
    assert (r2.ikm, r2.grade, r2.label) == (Decimal("88.30"), "B", "Baik")


def test_labels():
    assert ikm.grade(Decimal("88.31")) == ("A", "Sangat Baik")
    assert ikm.grade(Decimal("88.30")) == ("B", "Baik")
    assert ikm.grade(Decimal("76.60")) == ("C", "Kurang Baik")
    assert ikm.grade(Decimal("64.99")) == ("D", "Tidak Baik")


def test_per_element_nrr_and_three_weights_by_hand():
    # Four respondents; element sums U1..U9 = 13,12,10,16,11,14,15,9,12 (total 112).
    rows = [
        dict(U1=4, U2=3, U3=2, U4=4, U5=3, U6=4, U7=4, U8=2, U9=3),
        dict(U1=3, U2=3, U3=3, U4=4, U5=3, U6=3, U7=4, U8=3, U9=3),
        dict(U1=3, U2=3, U3=2, U4=4, U5=2, U6=3, U7=3, U8=2, U9=3),
        dict(U1=3, U2=3, U3=3, U4=4, U5=3, U6=4, U7=4, U8=2, U9=3),
    ]
    exact = ikm.compute(rows)
    assert exact.nrr_rounded(4) == {
        "U1": Decimal("3.2500"), "U2": Decimal("3.0000"), "U3": Decimal("2.5000"),
        "U4": Decimal("4.0000"), "U5": Decimal("2.7500"), "U6": Decimal("3.5000"),
        "U7": Decimal("3.7500"), "U8": Decimal("2.2500"), "U9": Decimal("3.0000")}
    # Σ NRR = 28; exact: 28/9·25 = 77.777… → 77.78 B
    assert (exact.ikm, exact.grade) == (Decimal("77.78"), "B")
    # 0.111: 28 × 0.111 × 25 = 77.70 B
    r111 = ikm.compute(rows, "0.111")
    assert (r111.ikm, r111.grade) == (Decimal("77.70"), "B")
    # 0.11: 28 × 0.11 × 25 = 77.00 B
    r11 = ikm.compute(rows, "0.11")
    assert (r11.ikm, r11.grade) == (Decimal("77.00"), "B")


def test_rounded_weights_change_the_grade_and_round_half_up():
    threes = [dict.fromkeys(KEYS, 3)] * 7
    assert ikm.compute(threes).ikm == Decimal("75.00")
    # 27 × 0.111 × 25 = 74.925 → 74.93 (a half, rounded up)
    assert ikm.compute(threes, "0.111").ikm == Decimal("74.93")
    assert ikm.compute(threes, "0.11").ikm == Decimal("74.25")
    fours = [dict.fromkeys(KEYS, 4)]
    assert [ikm.compute(fours, w).ikm for w in ("exact", "0.111", "0.11")] == [
        Decimal("100.00"), Decimal("99.90"), Decimal("99.00")]
    ones = [dict.fromkeys(KEYS, 1)]
    r = ikm.compute(ones, "0.11")
    assert (r.ikm, r.grade) == (Decimal("24.75"), "D")


def test_bad_input():
    with pytest.raises(IkmError, match="Belum ada responden"):
        ikm.compute([])
    with pytest.raises(IkmError, match="U3"):
        ikm.compute([dict(dict.fromkeys(KEYS, 3), U3=5)])
    with pytest.raises(IkmError, match="U9"):
        ikm.compute([{k: 2 for k in KEYS[:8]}])
    with pytest.raises(IkmError, match="Bobot"):
        ikm.compute([dict.fromkeys(KEYS, 3)], "0.1")


def test_elements_from_resources_and_order():
    els = ikm.elements()
    assert list(els) == list(KEYS)
    assert els["U4"].answers == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")
    assert "sarana" in els["U9"].name.lower()
    assert [e.key for e in ikm.ordered_elements("U1,U2,U3,U4,U5,U6,U7,U9,U8")][-2:] == ["U9", "U8"]
    with pytest.raises(IkmError, match="U1 sampai U9"):
        ikm.parse_order("U1,U2,U3")
    with pytest.raises(IkmError):
        ikm.parse_order("U1,U1,U3,U4,U5,U6,U7,U8,U9")


def test_csv_reader(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("no;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;3;2;4;3;4;4;2;3\n\n2;3;3;3;4;3;3;4;3;3\n",
                    encoding="utf-8")
    rows = ikm.read_csv(good)
    assert rows[1]["U8"] == 3 and len(rows) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,2,3,4,1,2,3,4,1\n1,2,3,4,5,2,3,4,1\n")
    with pytest.raises(IkmError, match="baris 3.*U5"):
        ikm.read_csv(bad)
    missing = tmp_path / "missing.csv"
    missing.write_text("U1,U2,U3,U4,U5,U6,U7,U8\n1,2,3,4,1,2,3,4\n")
    with pytest.raises(IkmError, match="baris 1.*U9"):
        ikm.read_csv(missing)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(IkmError, match="kosong"):
        ikm.read_csv(empty)
