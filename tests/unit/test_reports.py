"""Reports (app/reports): figures against an independent computation on demo data,
the formats (XLSX with real numbers and dates, PDF text, CSV), and bad input."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl
import pdfplumber
import pytest

from app import reports
from app.reports import export
from db import codes
from db.base import time_int, time_value
from tests.backoffice_support import KADIN, received_file, utc

pytestmark = pytest.mark.dates

TODAY = date(2026, 11, 26)
FROM, TO = date(2026, 1, 1), date(2026, 11, 25)
WIB = ZoneInfo("Asia/Jakarta")

# the actions as the SQLite file stores them (db/codes.py)
R, B, S = (codes.ACTION.sql(a) for a in ("receive", "return", "sign"))
V = codes.EVENT_DATA.path("valid_until")


@pytest.fixture(scope="module")
def demo_loket(tmp_path_factory):
    from app import demo
    from app.runtime import open_loket
    lk = open_loket(tmp_path_factory.mktemp("reports"))
    demo.generate(lk, 400, seed=11, today=TODAY)
    yield lk
    lk.close()


def build(lk, name, d_from=FROM, d_to=TO, **kw):
    with lk.Session() as s:
        return reports.build(s, name, reports.Params(d_from, d_to, **kw))


def bounds():
    lo = datetime.combine(FROM, datetime.min.time(), WIB).astimezone(UTC).replace(tzinfo=None)
    hi = datetime.combine(TO + timedelta(days=1), datetime.min.time(), WIB).astimezone(UTC).replace(tzinfo=None)
    return time_int(lo), time_int(hi)      # as SQLite stores times (db/base.py)


def raw(lk, sql, *args):
    con = sqlite3.connect(lk.db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_register_counts_equal_raw_events_and_its_rows(demo_loket):
    t = build(demo_loket, "register")
    lo, hi = bounds()
    (got, back), = raw(demo_loket, f"SELECT sum(action={R}), sum(action={B}) FROM workflow_event "
                                   f"WHERE action IN ({R}, {B}) AND at >= ? AND at < ?", lo, hi)
    assert got > 50 and back > 5
    total = t.total
    assert total[t.column("received")] == got == sum(t.values("received"))
    assert total[t.column("returned")] == back == sum(t.values("returned"))
    assert total[t.column("total")] == got + back
    assert all(FROM <= d <= TO for d in t.values("day"))


def test_sla_on_time_share_equals_plain_sql(demo_loket):
    t = build(demo_loket, "sla", by="year")
    lo, hi = bounds()
    signed = raw(demo_loket, "SELECT a.due_date, e.at FROM workflow_event e JOIN application a ON a.id = e.application_id "
                             f"WHERE e.action = {S} AND e.at >= ? AND e.at < ? AND a.received_at IS NOT NULL", lo, hi)
    assert len(signed) > 30

    def local_day(stored):
        return time_value(stored).replace(tzinfo=UTC).astimezone(WIB).date()
    on_time = sum(1 for due, at in signed if local_day(at) <= date.fromisoformat(due))
    total = t.total
    assert total[t.column("finished")] == len(signed)
    assert total[t.column("on_time")] == on_time
    assert total[t.column("on_time_pct")] == pytest.approx(on_time / len(signed))
    # the per permit type rows of the whole service add up to the total
    whole = [r for r in t.rows if r[t.column("step")] == "Seluruh layanan (hari kerja)"]
    assert sum(r[t.column("finished")] for r in whole) == len(signed)
    assert all(r[t.column("on_time")] + r[t.column("late")] == r[t.column("finished")] for r in t.rows)


def test_ikm_total_equals_loket_skm_ikm(demo_loket, capsys, monkeypatch):
    from app.cli import main
    monkeypatch.setenv("LOKET_DATA_DIR", str(demo_loket.data_dir))
    for weight in ("exact", "0.11"):
        t = build(demo_loket, "ikm", weight=weight, by="quarter")
        assert main(["skm", "ikm", "--from", FROM.isoformat(), "--to", TO.isoformat(), "--weight", weight,
                     "--json"]) == 0
        cli = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        total = t.total
        assert total[t.column("respondents")] == cli["respondents"] == sum(t.values("respondents")) > 20
        assert total[t.column("ikm")] == pytest.approx(cli["ikm"], abs=0.005)
        assert total[t.column("grade")] == cli["grade"]


def test_expiring_lists_signed_permits_ending_in_range(demo_loket):
    t = build(demo_loket, "expiring", TODAY, TODAY + timedelta(days=365 * 5))
    assert t.rows, "the demo office has permits with a validity period"
    ends = t.values("until")
    assert ends == sorted(ends) and all(TODAY <= d for d in ends)
    assert all(r[t.column("days_left")] == (r[t.column("until")] - TODAY).days for r in t.rows)
    # nothing of the applicant beyond the contact for a reminder: no NIK column
    assert not any("nik" in c.key for c in t.columns)


def test_workload_and_late_totals(demo_loket):
    w = build(demo_loket, "workload")
    assert w.total[w.column("count")] == sum(w.values("count")) > 0
    late = build(demo_loket, "late")
    days = late.values("days_late")
    assert days == sorted(days, reverse=True) and all(d > 0 for d in days)


def test_sla_counts_working_days_across_christmas_and_cuti_bersama(session):
    """Received Tue 22 Dec 2026, signed Mon 4 Jan 2027: 24 Dec (cuti bersama), 25 Dec
    (Natal), 1 Jan and the weekends are not working days: 6 working days, not 13."""
    from app import workflow
    app = received_file(session, "SIP-DOK", "SC-2026-0099001", datetime(2026, 12, 22, 9, 0))
    app.state = "KABID_APPROVED"
    session.commit()
    workflow.apply(session, app, "sign", KADIN, {"signature": "BASAH"}, at=utc(datetime(2027, 1, 4, 10, 0)))
    session.commit()
    t = reports.build(session, "sla", reports.Params(date(2027, 1, 1), date(2027, 1, 31), by="month"))
    whole = next(r for r in t.rows if r[t.column("step")] == "Seluruh layanan (hari kerja)")
    assert whole[t.column("median")] == 6.0
    assert whole[t.column("finished")] == 1


def test_an_empty_range_is_a_valid_empty_report_in_every_format(session, tmp_path):
    for name in ("register", "sla", "ikm", "workload", "expiring"):
        t = reports.build(session, name, reports.Params(date(2020, 1, 1), date(2020, 1, 31)))
        assert t.empty
        for ext in (".xlsx", ".pdf", ".csv"):
            out = export.write(t, tmp_path / f"{name}{ext}")
            assert out.stat().st_size > 0
        text = "\n".join(p.extract_text() or "" for p in pdfplumber.open(tmp_path / f"{name}.pdf").pages)
        assert "Tidak ada data dalam rentang ini." in text


def test_xlsx_has_real_numbers_dates_a_frozen_header_and_a_description(demo_loket, tmp_path):
    t = build(demo_loket, "register")
    out = export.write(t, tmp_path / "register.xlsx")
    wb = openpyxl.load_workbook(out)
    info, data = wb.worksheets
    assert info["A1"].value == "Register penerimaan berkas"
    assert any(c.value == "Rentang" for c in info["A"])
    assert data.freeze_panes == "A2"
    assert [c.value for c in data[1]][:3] == ["Tanggal", "Petugas", "Jenis izin"]
    first = [c.value for c in data[2]]
    assert isinstance(first[0], datetime) and isinstance(first[3], int)
    last = [c.value for c in data[data.max_row]]
    assert last[1] == "Jumlah" and last[3] == t.total[3]
    assert data.column_dimensions["C"].width >= 12


def test_pdf_has_letterhead_table_total_and_approval_line(demo_loket, tmp_path):
    t = build(demo_loket, "sla", by="quarter")
    with demo_loket.Session() as s:
        office, head = export.letter_parts(s)
    out = export.write(t, tmp_path / "sla.pdf", office, head)
    text = "\n".join(p.extract_text() or "" for p in pdfplumber.open(out).pages)
    assert "KEPATUHAN STANDAR PELAYANAN" in text and "Mengetahui," in text
    assert "DINAS PENANAMAN MODAL" in text and "Jumlah" in text


def test_csv_is_semicolon_utf8_with_total(demo_loket, tmp_path):
    t = build(demo_loket, "workload")
    out = export.write(t, tmp_path / "w.csv")
    raw_bytes = out.read_bytes()
    assert raw_bytes.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw_bytes.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Periode", "Petugas", "Langkah", "Berkas"]
    assert rows[-1][0] == "Jumlah" and int(rows[-1][3]) == t.total[3]


@pytest.mark.parametrize("argv, message", [
    (["report", "sla", "--from", "2026-11-30", "--to", "2026-11-01"], "terbalik"),
    (["report", "sla", "--from", "2026-13-01"], "tanggal tidak sah"),
    (["report", "omzet"], "Laporan tidak dikenal"),
    (["report", "sla", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "/nonexistent/dir/x.xlsx"],
     "Folder tujuan tidak ada"),
    (["report", "sla", "--out", "laporan.docx"], "Format berkas tidak dikenal"),
])
def test_bad_input_is_one_line_exit_1_and_no_file(loket, capsys, tmp_path, argv, message):
    from app.cli import main
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.replace("laporan.docx", str(out / "laporan.docx")) for a in argv]
    if "--out" not in argv:
        argv = argv + ["--out", str(out / "r.xlsx")]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert list(out.iterdir()) == []


def test_unwritable_target_leaves_no_partial_file(loket, capsys, tmp_path):
    """The target is a folder: the rename fails after the data is written; the part file goes."""
    from app.cli import main
    out = tmp_path / "out"
    (out / "r.csv").mkdir(parents=True)
    assert main(["report", "register", "--out", str(out / "r.csv")]) == 1
    err = capsys.readouterr().err.strip()
    assert "Tidak dapat menulis" in err and len(err.splitlines()) == 1
    assert [p.name for p in out.iterdir()] == ["r.csv"] and not any((out / "r.csv").iterdir())


def test_usage_error_exits_2(capsys):
    from app.cli import main
    with pytest.raises(SystemExit) as e:
        main(["report", "sla", "--by", "week"])
    assert e.value.code == 2


def test_cli_list_and_write(loket, capsys, tmp_path):
    from app.cli import main
    assert main(["report", "list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["register", "sla", "late", "ikm", "expiring", "workload"]
    assert main(["report", "register", "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


# --- the dashboard's running totals (app/reports/rollup.py) ---------------------------------

def _rollup(con):
    return sorted(con.execute("SELECT kind, day, permit_type_id, n FROM report_rollup").fetchall())


def test_running_totals_kept_by_triggers_equal_a_rebuild_from_the_events(demo_loket):
    from app.reports import rollup
    con = sqlite3.connect(demo_loket.db_path)
    kept = _rollup(con)
    assert {k for k, *_ in kept} >= {"receive_online", "receive_walkin", "sign", "sign_ok", "expires", "survey", "U1"}
    with demo_loket.engine.begin() as c:
        rollup.rebuild(c, 7)
    assert _rollup(con) == kept
    con.close()


def test_dashboard_figures_equal_plain_sql_over_the_events(demo_loket):
    from app.reports import dashboard
    from app.services import ikm
    with demo_loket.Session() as s:
        dash = dashboard.build(s, TODAY)
    con = sqlite3.connect(demo_loket.db_path)
    # times as SQLite stores them: integer microseconds (db/base.py)
    since = time_int(datetime.combine(TODAY - timedelta(days=90), datetime.min.time()) - timedelta(hours=7))
    raw = {name: round(100.0 * ok / n, 1) for name, n, ok in con.execute(
        "SELECT p.name, count(*), sum(date(e.at / 1000000, 'unixepoch', '+7 hours') <= a.due_date) "
        "FROM workflow_event e "
        "JOIN application a ON a.id = e.application_id JOIN permit_type p ON p.id = a.permit_type_id "
        f"WHERE e.action = {S} AND e.at >= ? AND a.due_date IS NOT NULL GROUP BY p.name", (since,))}
    assert {b.name: b.values[0] for b in dash.figures["on_time"].bars} == raw
    ends = [date.fromisoformat(u) for (u,) in con.execute(
        f"SELECT json_extract(data, {V}) FROM workflow_event WHERE action = {S} "
        f"AND json_extract(data, {V}) IS NOT NULL")]
    left = [(u - TODAY).days for u in ends if TODAY <= u <= TODAY + timedelta(days=90)]
    assert [b.values[0] for b in dash.figures["expiring"].bars] == [
        float(sum(x <= 30 for x in left)), float(sum(30 < x <= 60 for x in left)), float(sum(60 < x for x in left))]
    month = f"{TODAY.year}-{TODAY.month - 1:02d}"
    answers = [json.loads(a) for (a,) in con.execute(
        "SELECT answers FROM survey_response WHERE NOT declined "
        "AND strftime('%Y-%m', at / 1000000, 'unixepoch', '+7 hours') = ?", (month,))]
    con.close()
    bar = next(b for b in dash.figures["ikm"].bars if b.keys[0] == f"ikm:{month}")
    assert bar.values[0] == float(ikm.compute(answers, "exact").ikm)


def test_a_received_file_counts_at_once(session):
    """The totals grow in the receive's own transaction (a trigger), in the local week."""
    from app.reports import dashboard

    def this_week():
        return sum(dashboard.build(session, TODAY).figures["intake"].bars[-1].values)
    before = this_week()
    received_file(session, "SIPB", "T/1", datetime(2026, 11, 26, 6, 30))   # 23:30 UTC the day before
    assert this_week() == before + 1


def _bars(table):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    d = export._chart(table, 700)
    c = next(x for x in d.contents if isinstance(x, HorizontalBarChart))
    return list(reversed(c.categoryAxis.categoryNames)), list(reversed(c.data[0]))   # top to bottom


def test_pdf_charts_keep_time_in_order_and_rank_categories(demo_loket):
    """What a reader expects: periods (and the 30/60/90-day windows) in their own order,
    categories ranked by value; the on-time chart from the whole-service rows."""
    ikm = build(demo_loket, "ikm")
    labels, _ = _bars(ikm)
    assert labels == [r[0] for r in ikm.rows][-12:]                       # chronological
    sla = build(demo_loket, "sla")
    labels, values = _bars(sla)
    assert values == sorted(values, reverse=True)
    whole = [r for r in sla.rows if r[2] == "Seluruh layanan (hari kerja)"]
    first = [r for r in whole if r[1] == labels[0]]
    assert values[0] == pytest.approx(100 * sum(r[5] for r in first) / sum(r[4] for r in first))
    exp = build(demo_loket, "expiring", TODAY - timedelta(days=3 * 365), TODAY + timedelta(days=3 * 365))
    labels, values = _bars(exp)
    assert sum(values) == len(exp.rows)                                    # permits counted, not days summed
    # the windows keep their order whatever their counts
    from dataclasses import replace
    rows = [r for band in ("≤ 30", "≤ 60", "> 90") for r in [exp.rows[0][:2] + (band,) + exp.rows[0][3:]] * {
        "≤ 30": 1, "≤ 60": 3, "> 90": 2}[band]]
    labels, values = _bars(replace(exp, rows=rows))
    assert labels == ["≤ 30", "≤ 60", "> 90"] and values == [1, 3, 2]


def test_notes_speak_to_an_officer_not_in_iso_dates_or_cli_commands(demo_loket):
    """Review: "2026-11-26" and "sama dengan loket skm ikm" in the notes on screen and in the PDF."""
    import re
    for name in ("late", "expiring", "ikm", "register"):
        notes = " ".join(build(demo_loket, name).notes)
        assert not re.search(r"\d{4}-\d\d-\d\d", notes), notes
        assert "loket skm" not in notes and "notify." not in notes
    assert "26 November 2026" in " ".join(build(demo_loket, "late").notes)
    assert "26 November 2026" in " ".join(build(demo_loket, "expiring").notes)
