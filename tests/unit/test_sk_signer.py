"""The SK's signer block names one person (app/services/issuance.signer_of):
name, NIP and rank never come from two people."""
from __future__ import annotations

from app.services.issuance import signer_of
from db.models import Officer

TITLE = "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN CONTOH"
HEAD = {"office.head_name": "Dr. H. Iwan Sutisna, S.H., M.Si.", "office.head_nip": "196908171995031002",
        "office.head_rank": "Pembina Utama Muda (IV/c)"}


def _officer(name: str, nip: str | None) -> Officer:
    return Officer(username="x", full_name=name, nip=nip, roles="KADIN")


def test_the_head_signing_is_the_head_settings_whoever_spelled_the_name():
    # the certificate's plain capitals and the roster's degrees are the same person
    for who in ("Dr. H. Iwan Sutisna, S.H., M.Si.", "IWAN SUTISNA", "H. Iwan Sutisna, M.Si.", ""):
        s = signer_of(HEAD, TITLE, who, None)
        assert (s.acting, s.title, s.name, s.nip, s.rank) == ("", TITLE, HEAD["office.head_name"], HEAD["office.head_nip"],
                                                       HEAD["office.head_rank"]), who


def test_someone_else_signing_gets_their_own_nip_or_none_and_never_the_heads_rank():
    other = _officer("Drs. Bambang Wijaya, M.Si.", "197203151998031004")
    s = signer_of(HEAD, TITLE, "Drs. Bambang Wijaya, M.Si.", other)
    assert (s.name, s.nip, s.rank) == ("Drs. Bambang Wijaya, M.Si.", "197203151998031004", "")
    # the officer who recorded it is not the person named: no NIP rather than a wrong one
    s = signer_of(HEAD, TITLE, "Ir. Rina Marlina", other)
    assert (s.name, s.nip, s.rank) == ("Ir. Rina Marlina", "", "")
    # nobody configured as head: the named signer is still not paired with the head's NIP
    s = signer_of({"office.head_nip": "196908171995031002"}, TITLE, "Ir. Rina Marlina", None)
    assert (s.name, s.nip) == ("Ir. Rina Marlina", "")


def test_an_acting_head_signs_as_plt_or_plh_with_their_own_nip():
    plt = _officer("Drs. Bambang Wijaya, M.Si.", "197203151998031004")
    s = signer_of(HEAD, TITLE, "Plt. Drs. Bambang Wijaya, M.Si.", plt)
    assert (s.acting, s.title, s.name, s.nip, s.rank) == ("Plt.", TITLE, "Drs. Bambang Wijaya, M.Si.",
                                                         "197203151998031004", "")
    s = signer_of(HEAD, TITLE, "plh Ir. Rina Marlina", _officer("Ir. Rina Marlina", None))
    assert (s.acting, s.name, s.nip) == ("Plh.", "Ir. Rina Marlina", "")
    # even an acting head who is also the configured head keeps "Plt." (never silently dropped)
    assert signer_of(HEAD, TITLE, "Plt. Iwan Sutisna", None).acting == "Plt."
