"""Public keys and their revocation travel through the central database (real
PostgreSQL and MariaDB): a workstation verifies another's documents once synced,
and an administrator's revocation on one workstation holds on the other."""
from __future__ import annotations

from datetime import date

import keyring
import pytest

from app import qrkeys, qrsign
from app.services import officers
from tests.conftest import MemoryKeyring

pytestmark = pytest.mark.central


def _at(station, store):
    """Act as `station`: its own keyring and data folder."""
    keyring.set_keyring(store)
    qrkeys.use_folder(station.loket.data_dir)


def test_public_keys_and_revocation_travel_with_sync(central, stations):
    _, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    ka, kb = MemoryKeyring(), MemoryKeyring()
    _at(a, ka)
    with a.Session() as s:
        before = qrsign.document_qr(s, "TT", "A/1", "TT/1", date(2026, 11, 20))
        later = qrsign.document_qr(s, "TT", "A/2", "TT/2", date(2026, 11, 27))
        s.commit()
    kid = qrkeys.holder().kid
    a.sync()

    _at(b, kb)
    with b.Session() as s, pytest.raises(qrsign.Invalid):
        qrsign.verify(before, session=s)             # B has not synced yet: A's key is unknown here
    b.sync()
    with b.Session() as s:
        signed = qrsign.verify(before, session=s)
        assert (signed.number, signed.workstation, signed.kid) == ("TT/1", "LOKET2-A", kid)
        admin = officers.setup_first_admin(s, "kepala", "Kepala Kantor", None, "Kantor-Rahasia-Uji-7", b.name)
        qrkeys.revoke(s, admin, kid, date(2026, 11, 25), "laptop Loket 2-A hilang")
    assert kb.store == {}                            # verifying and revoking made no key on B
    b.sync()

    _at(a, ka)
    a.sync()
    with a.Session() as s:
        assert qrsign.verify(before, session=s).number == "TT/1"
        with pytest.raises(qrsign.Invalid, match="dicabut sejak 2026-11-25"):
            qrsign.verify(later, session=s)
