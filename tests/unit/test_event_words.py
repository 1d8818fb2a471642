"""An event's data in words (app/event_words.py): the detail timeline's full
note and the tracking view's one sentence come from the same function."""
from __future__ import annotations

from app.event_words import note


def test_event_notes_are_words_not_machine_data():
    got = note(None, {"receipt_number": "TT/1", "sha256": "ab" * 32, "qr": "LOKET1:xyz",
                      "document_id": "9f3c", "due_date": "2026-12-01", "duration_seconds": 432,
                      "scheduled_at": "2026-11-19T09:00:00", "missing": ["KTP", "Denah"],
                      "by_proxy": False})
    assert got == ("No. tanda terima: TT/1 · Jatuh tempo: 01-12-2026 · "
                   "Lama pemeriksaan: 7 menit 12 detik · Jadwal: 19-11-2026 09:00 · "
                   "Kekurangan: KTP; Denah · Melalui kuasa: tidak")
    assert note(None, None) == "" and note(None, {"survey_id": "x"}) == ""


def test_a_step_with_a_sentence_says_it_once_in_both_forms():
    data = {"recommendation": "SETUJU", "bap_number": "BAP/7", "bap_date": "2026-11-26",
            "notes": "lokasi sesuai", "attachment_id": "ab12", "attachment_sha256": "cd" * 32}
    assert note("record_review", data, brief=True) == "Rekomendasi setuju; BAP BAP/7 tanggal 26 November 2026"
    # the full note: the same sentence, then only what it did not say (no machine data)
    assert note("record_review", data) == ("Rekomendasi setuju; BAP BAP/7 tanggal 26 November 2026 · "
                                           "Catatan: lokasi sesuai")


def test_a_review_says_only_what_was_recorded():
    # no bare code and no empty "BAP  tanggal " for what is missing
    assert note("record_review", {"recommendation": "TOLAK"}, brief=True) == "Rekomendasi tolak"
    assert note("record_review", {"recommendation": "DISETUJUI"}, brief=True) == "Rekomendasi setuju"
    assert note("record_review", {"recommendation": "DITUNDA", "bap_number": "BAP/9"},
                brief=True) == "Rekomendasi ditunda; BAP BAP/9"
    assert note("record_review", {"bap_date": "2026-11-26", "bap_number": ""},
                brief=True) == "BAP tanggal 26 November 2026"
    assert note("record_review", {}, brief=True) == ""


def test_codes_are_words_and_a_step_without_a_sentence_briefly_shows_its_note():
    data = {"result": "TIDAK_MEMENUHI", "note": "NIB tidak cocok"}
    assert note("verify", data, brief=True) == "Hasil verifikasi: tidak memenuhi syarat"
    assert note("verify", data) == "Hasil verifikasi: tidak memenuhi syarat · Catatan: NIB tidak cocok"
    assert note("kasi_approve", {"note": "lanjut"}, brief=True) == "lanjut"
    assert note("kasi_approve", {"note": "lanjut"}) == "Catatan: lanjut"
    # a code the labels do not know is still words, never "LENGKAP"
    assert note(None, {"outcome": "DITUNDA_SEMENTARA"}) == "Hasil akhir: Ditunda sementara"
    assert note(None, {"signature": "BASAH"}) == "Tanda tangan: Tanda tangan basah"


def test_a_review_without_its_label_is_named_by_the_code_table():
    data = {"review_kind": "LAPANGAN", "scheduled_at": "2026-11-30T09:00:00", "team": ["Tim A"]}
    assert note("schedule_review", data, brief=True) == "Peninjauan lapangan: 30 November 2026 pukul 09.00"
