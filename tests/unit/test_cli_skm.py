"""`loket skm ikm|report` and `loket print sk|handover`, run in-process as a user would."""
from __future__ import annotations

import io
import json

import pdfplumber
import pytest

from app.cli import main
from app.services import handover, issuance, survey
from tests import counter45_helpers as h

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

HEADER = "no,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran\n"


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_ikm_from_csv_text_and_json(tmp_path, data_dir, capsys):
    f = tmp_path / "skm.csv"
    # element sums 13,12,10,16,11,14,15,9,12 → NRR as below; Σ NRR 28 → 77.78 / 77.70 / 77.00
    f.write_text(HEADER + "1,4,3,2,4,3,4,4,2,3,bagus\n2,3,3,3,4,3,3,4,3,3,\n"
                 "3,3,3,2,4,2,3,3,2,3,\n4,3,3,3,4,3,4,4,2,3,\n", encoding="utf-8")
    rc, out, _ = run(capsys, "skm", "ikm", "--csv", str(f))
    assert rc == 0
    assert "4 responden" in out and "NRR 3.2500" in out and "NRR 2.2500" in out
    assert "IKM 77.78 — mutu B (Baik)" in out
    for weight, ikm in (("exact", 77.78), ("0.111", 77.7), ("0.11", 77.0)):
        rc, out, _ = run(capsys, "skm", "ikm", "--csv", str(f), "--weight", weight, "--json")
        obj = json.loads(out)
        assert rc == 0 and obj["ikm"] == ikm and obj["grade"] == "B" and obj["label"] == "Baik"
        assert obj["respondents"] == 4
        assert obj["nrr"] == {"U1": 3.25, "U2": 3.0, "U3": 2.5, "U4": 4.0, "U5": 2.75, "U6": 3.5,
                              "U7": 3.75, "U8": 2.25, "U9": 3.0}


@pytest.mark.parametrize("content,message", [
    ("", "kosong"),
    ("U1,U2,U3,U4,U5,U6,U7,U9\n1,2,3,4,1,2,3,4\n", "baris 1: kolom U8"),
    (HEADER + "1,4,3,2,4,3,4,4,2,3,\n2,4,3,2,4,0,4,4,2,3,\n", "baris 3: nilai U5 harus 1–4"),
    (HEADER + "1,4,3,2,4,3,4,4,2,3,\n2,4,3,2,4,3,4,4,tiga,3,\n", "baris 3: nilai U8"),
    (HEADER + "1,4,3,2,4,3,4,4,2,\n", "baris 2: nilai U9"),
    (HEADER, "baris 2: tidak ada baris jawaban"),
])
def test_bad_csv_exits_1_naming_the_line(tmp_path, data_dir, capsys, content, message):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    rc, out, err = run(capsys, "skm", "ikm", "--csv", str(f))
    assert rc == 1 and out == ""
    assert message in err and err.startswith("loket: ")


def test_missing_csv_and_bad_dates(tmp_path, data_dir, capsys):
    rc, _, err = run(capsys, "skm", "ikm", "--csv", str(tmp_path / "nope.csv"))
    assert rc == 1 and "tidak ditemukan" in err
    rc, _, err = run(capsys, "skm", "ikm", "--from", "2026-13-01")
    assert rc == 1 and "--from" in err
    rc, _, err = run(capsys, "skm", "ikm", "--from", "2026-12-01", "--to", "2026-11-01")
    assert rc == 1 and "setelah" in err


def test_ikm_and_report_from_database(session, data_dir, tmp_path, capsys):
    rc, _, err = run(capsys, "skm", "ikm")
    assert rc == 1 and "Belum ada responden" in err
    for answers, sug in ((dict.fromkeys(("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"), 4), "Pelayanan cepat."),
                         (dict.fromkeys(("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"), 3), None)):
        no = h.signed(session)
        issuance.print_sk(session, h.LOKET4, no)
        survey.record(session, h.LOKET5, no, answers=answers, age=30, gender="L", education="SMA",
                      occupation="SWASTA", suggestion=sug)
    no = h.signed(session)
    issuance.print_sk(session, h.LOKET4, no)
    survey.decline(session, h.LOKET5, no, "Terburu-buru, ada rapat")
    rc, out, _ = run(capsys, "skm", "ikm", "--json")
    obj = json.loads(out)
    assert (obj["respondents"], obj["ikm"], obj["grade"]) == (2, 87.5, "B")   # Σ NRR 31.5 × 25/9
    rc, out, _ = run(capsys, "skm", "ikm", "--json", "--from", "2000-01-01", "--to", "2000-01-31")
    assert rc == 1
    pdf_path = tmp_path / "skm.pdf"
    rc, out, _ = run(capsys, "skm", "report", "--from", "2020-01-01", "--to", "2099-12-31",
                     "--out", str(pdf_path))
    assert rc == 0 and pdf_path.exists()
    with pdfplumber.open(pdf_path) as doc:
        text = "\n".join(p.extract_text() for p in doc.pages)
    assert "LAPORAN SURVEI KEPUASAN MASYARAKAT" in text and "87,50" in text
    assert "B — Baik" in text and "Pelayanan cepat." in text and "Perempuan" in text
    assert "menolak mengisi survei: 1" in " ".join(text.split())


def test_print_sk_and_handover(session, data_dir, tmp_path, capsys):
    no = h.signed(session, tte=True)
    out = tmp_path / "sk.pdf"
    rc, stdout, _ = run(capsys, "print", "sk", no, "--out", str(out))
    assert rc == 0 and "Ditulis" in stdout
    assert out.read_bytes() == handover_sk_bytes(session, no)
    rc, _, err = run(capsys, "print", "handover", no, "--out", str(tmp_path / "ho.pdf"))
    assert rc == 1 and "belum diserahkan" in err and not (tmp_path / "ho.pdf").exists()
    issuance.print_sk(session, h.LOKET4, no)
    survey.decline(session, h.LOKET5, no, "Tidak sempat, ada urusan lain")
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no, id_type="PASPOR", id_number="X1234567"))
    rc, _, _ = run(capsys, "print", "handover", no, "--out", str(tmp_path / "ho.pdf"))
    assert rc == 0
    with pdfplumber.open(io.BytesIO((tmp_path / "ho.pdf").read_bytes())) as doc:
        t = doc.pages[0].extract_text()
    assert "Paspor X1234567" in t and "SKM ditolak pemohon" in t


def handover_sk_bytes(session, no):
    from sqlalchemy import select

    from db.models import IssuedDocument
    app = issuance.open_file(session, no)
    return session.scalar(select(IssuedDocument.pdf).where(IssuedDocument.application_id == app.id,
                                                           IssuedDocument.kind == "SK_SIGNED"))


def test_doctor_checks_templates_and_order(session, data_dir, capsys):
    from app import config
    rc, out, _ = run(capsys, "doctor")
    assert "Templat SK" in out and "5 templat sah" in out and "Urutan unsur SKM" in out
    config.set_(session, "survey.element_order", "U1,U2,U3")
    session.commit()
    rc, out, _ = run(capsys, "doctor")
    line = next(x for x in out.splitlines() if "Urutan unsur SKM" in x)
    assert rc == 1 and line.startswith("!!") and "U1 sampai U9" in line
