"""The printed documents read like the office's own (issue 16): every permit type's SK
rendered from demo data, the rules of the tata naskah dinas (Permendagri 1/2023) and the
fixed points of the receipt, return slip, handover, legalised copy, register, SKM report
and tracking sheet — checked on the text pdfplumber extracts."""
from __future__ import annotations

import io
import random
import re
from types import SimpleNamespace

import pdfplumber
import pytest
from sqlalchemy import select

from app import config, demo, masterdata
from app.documents import base
from app.documents import sk as skdoc
from app.services import issuance
from app.services.context import ServiceError
from db.models import PermitType
from tests import counter45_helpers as h

pytestmark = pytest.mark.dates


def flat(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in doc.pages))


def lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [ln for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def demo_technical(session, code: str) -> dict:
    """The data teknis the demo generator writes for this permit type."""
    pt = session.scalar(select(PermitType).where(PermitType.code == code))
    permit = SimpleNamespace(code=code, fields=list(pt.technical_fields or []))
    site = SimpleNamespace(kecamatan="Sukamaju")
    return demo.technical(random.Random(code), permit, "Ahmad Fauzi",
                           "Klinik Pratama Sehat Sentosa, Jl. Merdeka No. 10, Contoh", site)


SHIPPED = masterdata.shipped_permit_types()


# --- templates and permit types ----------------------------------------------------------

@pytest.mark.parametrize("pt", SHIPPED, ids=lambda pt: pt["kode"])
def test_every_technical_field_a_template_reads_is_in_its_permit_type(pt):
    """The SIPB bug: the template read teknis[Nama fasilitas pelayanan kesehatan], a field
    the bidan permit type did not have, and every bidan SK printed "Tempat Praktik : -"."""
    template = skdoc.load_template(pt["template"])
    names = {f["nama"] if isinstance(f, dict) else f for f in pt.get("data_teknis", [])}
    missing = skdoc.technical_refs(template) - names
    assert not missing, f"{pt['kode']} ({pt['template']}): {sorted(missing)}"


@pytest.mark.parametrize("pt", SHIPPED, ids=lambda pt: pt["kode"])
def test_every_permit_type_sk_from_demo_data_has_no_empty_field(session, pt):
    code = pt["kode"]
    company = code not in ("SIP-DOK", "SIP-DRG", "SIPB", "SIPP", "PENELITIAN")
    no = h.signed(session, code, company=company, technical=demo_technical(session, code))
    pdf = issuance.generate(session, issuance.open_file(session, no))
    text = flat(pdf)
    every = lines(pdf)
    # no field the permit type requires prints empty, nothing left unfilled
    empty = [ln for ln in every if re.search(r":\s*-\s*$", ln)]
    assert not empty, (code, empty)
    assert "belum diisi" not in text and "isi " not in text
    # the signer's title carries the region; name, rank and NIP under it
    assert "SATU PINTU KABUPATEN CONTOH," in text
    assert "Pembina Utama Muda (IV/c)" in text and "NIP. 19700101 199503 1 001" in text
    # pages after the first are numbered at the top centre, "- 2 -"
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert "- 1 -" not in (doc.pages[0].extract_text() or "")
        for i, page in enumerate(doc.pages[1:], 2):
            top = page.crop((0, 0, page.width, 40)).extract_text() or ""
            assert f"- {i} -" in top, (code, i, top)
    # the Mengingat / Dasar list keeps the hierarchy order, each with number, year and title
    assert "Peraturan Daerah tentang" not in text
    if pt["template"] != "sk_penelitian":
        assert "MEMUTUSKAN" in text and "Ditetapkan di : Contoh" in text
        mengingat = text.split("Mengingat :", 1)[1].split("MEMUTUSKAN", 1)[0]
        items = [x.strip() for x in re.split(r"\s\d+\.\s", " " + mengingat) if x.strip()]
        ranks = [skdoc.legal_rank(x) for x in items]
        assert ranks == sorted(ranks), (code, items)
        assert all(" tentang " in x for x in items), (code, items)
    else:
        assert "MEMUTUSKAN" not in text and "SURAT KETERANGAN PENELITIAN" in text and "Dasar" in text
    # money in Rupiah, measures with their unit
    if code == "PBG":
        assert re.search(r"Nilai retribusi : Rp\d{1,3}(\.\d{3})+,00", text), text
        assert re.search(r"Luas bangunan : \d+ m²", text)
    if code == "REKLAME":
        assert re.search(r"Ukuran : \d+ × \d+ m", text)
    # an individual applicant gets no company rows
    if not company:
        assert "Nama Perusahaan" not in text and "NIB :" not in text


def test_menimbang_names_no_internal_walkin_number(session):
    no = h.signed(session, "SIA", company=False, technical=demo_technical(session, "SIA"))
    app = issuance.open_file(session, no)
    app.source, app.no_permohonan = "WALKIN", "WI/LOKET2-C/2026/00014"
    session.commit()
    text = flat(issuance.generate(session, app))
    assert "LOKET2-C" not in text and "WI/" not in text
    assert "permohonan penerbitan Surat Izin Apotek tanggal 2 November 2026" in text
    assert "Nama Perusahaan" not in text


def test_sk_refused_while_an_office_regulation_is_unfilled(session):
    no = h.signed(session, "REKLAME", company=True)
    config.set_(session, "office.legal_perda_reklame", "")
    session.commit()
    with pytest.raises(ServiceError, match=r"office\.legal_perda_reklame"):
        issuance.generate(session, issuance.open_file(session, no))
    config.set_(session, "office.legal_perda_reklame", demo.OFFICE_SETTINGS["office.legal_perda_reklame"])
    session.commit()
    assert "Penyelenggaraan Reklame" in flat(issuance.generate(session, issuance.open_file(session, no)))


def test_rejection_letter_layout(session):
    no = h.signed(session, outcome="PENOLAKAN")
    pdf = issuance.generate(session, issuance.open_file(session, no))
    text = flat(pdf)
    for needle in ("Contoh, 26 November 2026", "Nomor :", "Sifat : Biasa", "Lampiran : -", "Hal :",
                   "Penolakan Permohonan Surat", "Yth. dr. Ahmad Fauzi", "di", "Tempat",
                   "1. Surat Tanda Registrasi (STR) sudah tidak berlaku.", "Tembusan:",
                   "1. Kepala Dinas Kesehatan Kabupaten Contoh;", "2. Arsip."):
        assert needle in text, needle
    assert "MEMUTUSKAN" not in text and "Ditetapkan di" not in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        date_words = [w for w in page.extract_words() if w["text"] == "2026" and w["top"] < 200]
        assert date_words and date_words[0]["x1"] > page.width * 0.75   # place and date at the top right


def test_kop_surat_and_aligned_colons(session):
    no = h.signed(session)
    pdf = issuance.generate(session, issuance.open_file(session, no))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        first = doc.pages[0]
        size = {}
        for w in first.extract_words(extra_attrs=["size"]):
            size.setdefault(w["text"], w["size"])
        assert size["DINAS"] > size["PEMERINTAH"]          # the office name is the largest line
        kop = first.extract_text()
        assert "Telepon (0264) 200100, Laman dpmptsp.contohkab.go.id, Pos-el dpmptsp@contohkab.go.id" in kop
        words = page.extract_words()
        colon_x = {}
        for i, w in enumerate(words):
            if w["text"] in ("di", "tanggal") and i + 1 < len(words) and words[i + 1]["text"] == ":":
                colon_x[w["text"]] = round(words[i + 1]["x0"], 1)
        assert len(colon_x) == 2 and colon_x["di"] == colon_x["tanggal"], colon_x


def test_dictum_is_not_split_from_its_first_item(session):
    """Conditions long enough to push the list over a page: the dictum's sentence moves
    with its first item."""
    no = h.received(session)
    app = issuance.open_file(session, no)
    from app.services import backoffice
    backoffice.verify(session, h.ANALYST, no, technical=h.TECH["SIP-DOK"], result="MEMENUHI")
    conditions = [f"Ketentuan nomor {i} yang cukup panjang untuk memenuhi halaman dan menguji pemisahan "
                  "diktum dari butir pertamanya di batas halaman." for i in range(1, 15)]
    backoffice.draft(session, h.ANALYST, no, outcome="IZIN", conditions=conditions)
    backoffice.approve(session, h.KASI, no)
    backoffice.approve(session, h.KABID, no)
    backoffice.sign(session, h.KADIN, no, signer_name="Dr. Hj. Siti Rahmawati, M.Si.")
    pdf = issuance.generate(session, app)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            body = [ln for ln in (page.extract_text() or "").splitlines() if ln.strip()]
            if body and body[-1].strip().endswith("sebagai berikut:"):
                pytest.fail("a dictum ends a page without its first item")


def test_order_of_regulations_and_rupiah():
    items = ["Peraturan Bupati Contoh Nomor 12 Tahun 2022 tentang A",
             "Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek",
             "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
             "Peraturan Daerah Kabupaten Contoh Nomor 8 Tahun 2016 tentang B",
             "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
             "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang C",
             "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;"]
    assert [x.split(" Nomor")[0] for x in skdoc.order_legal(items)] == [
        "Undang-Undang", "Undang-Undang", "Peraturan Pemerintah", "Peraturan Menteri Kesehatan",
        "Peraturan Daerah Kabupaten Contoh", "Peraturan Bupati Contoh"]
    assert skdoc.order_legal(items)[0].startswith("Undang-Undang Nomor 23 Tahun 2014")   # older first
    assert base.rupiah(41700000) == "Rp41.700.000,00"
    assert base.rupiah(41700000, decimals=False) == "Rp41.700.000"
    assert skdoc.technical("Nilai retribusi (Rp)", 41700000) == ("Nilai retribusi", "Rp41.700.000,00")
    assert skdoc.technical("Ukuran (m × m)", "4 × 6") == ("Ukuran", "4 × 6 m")
    assert skdoc.technical("Luas bangunan (m²)", 120) == ("Luas bangunan", "120 m²")
    assert skdoc.technical("Jenis tempat (hotel/restoran/bar)", "Hotel") == ("Jenis tempat (hotel/restoran/bar)", "Hotel")
    assert base.nip("197001011995031001") == "19700101 199503 1 001"


def test_doctor_warns_while_office_identity_is_unfilled(loket, data_dir, capsys):
    from app.cli import doctor, main
    assert main(["--data-dir", str(data_dir), "doctor"]) == 0        # a warning, not a failure
    out = capsys.readouterr().out
    assert "?? " in out and "Identitas kantor" in out and "office.head_nip" in out
    results = doctor.checks(loket)
    warned = [(label, value) for label, value, ok in results if ok is None and "Identitas kantor" in label]
    assert warned and "office.head_nip" in warned[0][1] and "office.head_rank" in warned[0][1]
    assert not any(ok is False and "Identitas" in label for label, _, ok in results)
    with loket.Session() as s:
        demo.fill_office(s)
    after = [value for label, value, ok in doctor.checks(loket) if "Identitas kantor" in label]
    assert after and "office.head_nip" not in after[0] and "office.logo" in after[0]


# --- receipt, return slip, handover, legalised copy ----------------------------------------

def _walkin_items(session, officer):
    from app.services import intake
    from tests.intake_helpers import complete, walkin
    app = walkin(session, officer)
    return app, complete(intake.checklist(session, app), sheets=2)


def test_receipt_copy_items_no_sheets_for_missing_times_and_footer(session, actor_factory):
    from app.services import intake
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app, items = _walkin_items(session, officer)
    optional = next(it for it in items if not it.mandatory)
    optional.present, optional.sheets = False, 3
    with pytest.raises(Exception, match="TIDAK ADA"):        # the service refuses a sheet count
        intake.save_checks(session, officer, app.id, items)
    optional.sheets = None
    issued = intake.accept(session, officer, app.id, items, duration_seconds=300, paper="A4")
    every = lines(issued.pdf)
    ktp = next(ln for ln in every if "Fotokopi KTP pemohon" in ln)
    assert "Salinan" in ktp and "Asli" not in ktp              # a "Fotokopi …" line is a copy
    str_line = next(ln for ln in every if "Fotokopi Surat Tanda Registrasi" in ln)
    assert "Salinan" in str_line                                 # even when the original was shown
    sip = next(ln for ln in every if "SIP lama" in ln)
    assert "TIDAK ADA" in sip and sip.rstrip().endswith("-")    # no sheet count
    text = flat(issued.pdf)
    assert re.search(r"26 November 2026 pukul \d\d\.\d\d WIB", text)
    assert "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh · " + issued.number in text
    assert "· Loket" not in text


def test_return_slip_lists_what_is_handed_back(session, actor_factory):
    from app.services import intake
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app, items = _walkin_items(session, officer)
    items[2].present, items[2].sheets = False, None
    issued = intake.return_file(session, officer, app.id, items, reason="STR belum dilampirkan")
    text = flat(issued.pdf)
    assert "Dokumen yang diserahkan kembali kepada pemohon:" in text
    handed = text.split("Dokumen yang diserahkan kembali kepada pemohon:", 1)[1]
    for it in items:
        if it.present:
            assert it.name in handed, it.name
    assert items[2].name not in handed.split("Silakan")[0]
    assert "pukul" in text and "WIB" in text


def test_handover_and_legalised_copy(session):
    from app.services import handover, survey
    no = h.signed(session, tte=True)
    issuance.print_sk(session, h.LOKET4, no)
    legal = issuance.legalise(session, h.LOKET4, no, copies=2)
    text = flat(legal.pdf)
    for needle in ("SALINAN SESUAI DENGAN ASLINYA", "Kepala Bidang Pelayanan Perizinan,",
                   "Drs. Bambang Suryadi, M.M.", "NIP. 19720515 200003 1 004", "Salinan 2 dari 2"):
        assert needle in text, needle
    assert "Petugas Loket 4" not in text and "Andi Loket Empat" not in text
    # the stamp leaves blank room between the title and the name for signature and cap
    with pdfplumber.open(io.BytesIO(legal.pdf)) as doc:
        words = doc.pages[0].extract_words()
        title_top = next(w["bottom"] for w in words if w["text"] == "Perizinan,")
        name_top = next(w["top"] for w in words if w["text"] == "Bambang")
        assert name_top - title_top > 18          # points: about 7 mm for the signature
    survey.record(session, h.LOKET5, no, answers={f"U{i}": 3 for i in range(1, 10)}, age=30, gender="L",
                  education="SMA", occupation="SWASTA")
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    slip = flat(handover.receipt_pdf(session, no))
    assert "Salinan legalisir : 2 salinan (4 lembar)" in slip
    assert re.search(r"pukul \d\d\.\d\d WIB", slip)
    assert "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh · TP/" in slip


# --- registers and reports --------------------------------------------------------------

@pytest.mark.clock("2026-11-27T02:00:00Z")
def test_daily_register_signed_by_who_printed_it(session, actor_factory):
    from datetime import date

    from app.services import intake
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    demo.fill_office(session)
    pdf = intake.register_pdf(session, officer, date(2026, 11, 26))
    text = flat(pdf)
    assert "Kamis, 26 November 2026" in text                  # the register's subject
    assert "Contoh, 27 November 2026" in text                 # the day it was printed
    for needle in ("Mengetahui,", "Kepala Seksi Pelayanan,", "Rina Marlina, S.Sos.",
                   "Petugas Loket 2 yang mencetak,", "Siti Rahmawati", "NIP. 19900101 202012 1 001",
                   "Register harian Loket 2 · 26 November 2026"):
        assert needle in text, needle
    assert "2026-11-26" not in text


def test_skm_profile_tables_always_add_up_on_random_data():
    from app.documents import skm_report
    from app.services import ikm
    prof = ikm.profile()
    rng = random.Random(16)
    pool_edu = list(prof.educations) + ["D3", "D4", "", None, "S1 "]
    pool_occ = list(prof.occupations) + ["Perawat", "Dokter", "guru", None]
    for _ in range(40):
        n = rng.randint(1, 120)
        rows = [SimpleNamespace(gender=rng.choice(["L", "P", None, "X"]), age=rng.choice([None, 17, 25, 44, 70, 150]),
                                education=rng.choice(pool_edu), occupation=rng.choice(pool_occ))
                for _ in range(n)]
        for title, counts in skm_report.profile_tables(rows, prof).items():
            assert sum(c for _, c in counts) == n, title
            assert [label for label, _ in counts].count("Lainnya") == 1, title
    d3 = [SimpleNamespace(gender="L", age=30, education="D3", occupation="Perawat")] * 17
    tables = skm_report.profile_tables(d3, prof)
    assert dict(tables["Pendidikan"])["Diploma (D1–D4)"] == 17
    assert dict(tables["Pekerjaan utama"])["Lainnya"] == 17


def test_skm_report_and_paper_questionnaire(session, data_dir, tmp_path):
    from app.cli import main
    from app.documents import skm_form, skm_report
    from app.services import survey
    for edu, occ in (("SMA", "SWASTA"), ("S1", "PNS")):
        no = h.signed(session)
        issuance.print_sk(session, h.LOKET4, no)
        survey.record(session, h.LOKET5, no, answers={f"U{i}": 4 for i in range(1, 10)}, age=30,
                      gender="P", education=edu, occupation=occ)
    from db.models import SurveyResponse
    for r in session.scalars(select(SurveyResponse)):
        r.education, r.occupation = "D3", "Perawat"          # as stored by an older import
    session.commit()
    text = flat(skm_report.build(session, None, None))
    assert "Diploma (D1–D4) 2 100,0%" in text and "Lainnya 2 100,0%" in text
    assert text.count("Jumlah 2 100,0%") == 4                # every profile table totals its respondents
    assert "KABUPATEN CONTOH," in text and "NIP. 19700101 199503 1 001" in text
    form = skm_form.build(session)
    ft = flat(form)
    for needle in ("KUESIONER SURVEI KEPUASAN MASYARAKAT", "Jenis Layanan yang diterima", "Lainnya (sebutkan)",
                   "Umur", "Jenis kelamin", "Pendidikan", "Pekerjaan utama", "Saran dan masukan",
                   "Bagaimana pendapat Saudara", "d. Sangat", "d. Dikelola"):
        assert needle in ft, needle
    out = tmp_path / "kuesioner.pdf"
    assert main(["--data-dir", str(data_dir), "print", "skm-form", "--out", str(out)]) == 0
    assert out.read_bytes()[:4] == b"%PDF"


def test_shipped_permit_types_import_cleanly_and_doctor_names_template_field_gaps(session, data_dir, capsys):
    from app.cli import main
    from app.paths import resources_dir
    from app.services import permit_types
    specs = permit_types.parse_toml((resources_dir() / "permit_types.toml").read_text(encoding="utf-8"))
    assert len(specs) == len(SHIPPED)
    assert masterdata.copies_to("SIPB") == ["Kepala Dinas Kesehatan {wilayah_judul}"]
    # an office database loaded before the bidan fields were aligned with the template
    pt = session.scalar(select(PermitType).where(PermitType.code == "SIPB"))
    pt.technical_fields = ["Alamat tempat praktik mandiri", "Nomor STR"]
    session.commit()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "doctor"]) == 0
    out = capsys.readouterr().out
    assert "SIPB: Alamat tempat praktik, Nama fasilitas pelayanan kesehatan" in out


@pytest.mark.parametrize("font", ["arial", "dejavu", "bookman"])
def test_letter_faces_and_names_beyond_latin(session, font):
    config.set_(session, "documents.letter_font", font)
    session.commit()
    no = h.signed(session, name="Владимир Путинцев")
    pdf = issuance.generate(session, issuance.open_file(session, no))
    text = flat(pdf)
    assert "Владимир Путинцев" in text                       # printed in DejaVu where the face lacks it
    from pypdf import PdfReader
    fonts = {str(f) for page in PdfReader(io.BytesIO(pdf)).pages
             for f in (page["/Resources"]["/Font"].get_object().values())
             for f in [f.get_object()["/BaseFont"]]}
    expected = {"arial": "LiberationSans", "dejavu": "DejaVuSerif", "bookman": "LoketBonum"}[font]
    assert any(expected in f for f in fonts), fonts


def test_a_long_footer_wraps_and_keeps_the_document_number_whole():
    import io as _io

    import pdfplumber as _pdfplumber

    from app.documents import base as _b
    number = "TT/LOKET2-A/2026/00002"
    text = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh · " + number + " · PMH-2026-00003"
    pdf = _b.render([_b.Paragraph("isi", _b.style("cell"))], "A5", title="t", footer=text)
    with _pdfplumber.open(_io.BytesIO(pdf)) as doc:
        got = " ".join((doc.pages[0].extract_text() or "").split())
    assert number in got and "PMH-2026-00003" in got and "…" not in got
