"""The static verification page (`loket verify-page --out FOLDER`).

One file, FOLDER/index.html: HTML, CSS and JavaScript with the office's public
keys embedded, no server code and nothing loaded from elsewhere, so the office
can put it on any web host (or open it from a file) and it verifies offline.
It reads the payload from the URL fragment (`index.html#LKT2.…`), checks the
Ed25519 signature (WebCrypto where the browser has it, else the pure
JavaScript verifier of resources/verify/verify.js) and writes "SAH" or
"TIDAK SAH" with the kind, number, date and office into the element `hasil`.
The fragment never reaches the web server: the office's site does not even
learn which documents were checked.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import qrkeys, qrsign
from app.paths import resources_dir


def data(session: Session) -> dict[str, Any]:
    """What the page embeds: the keys (public, with revocations) and the labels."""
    exported = qrkeys.export(session)
    from app import config
    return {"office": exported["office"], "government": config.get(session, "office.government"),
            "kinds": dict(qrsign.KINDS), "keys": exported["keys"]}


def render(session: Session) -> str:
    from app import config
    d = data(session)
    folder = resources_dir() / "verify"
    page = (folder / "index.html").read_text(encoding="utf-8")
    script = (folder / "verify.js").read_text(encoding="utf-8")
    # JSON inside <script>: no "</script>" or "<!--" can be formed by an office name
    embedded = json.dumps(d, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    values = {"OFFICE_TITLE": html.escape(d["office"]), "GOVERNMENT": html.escape(d["government"]),
              "OFFICE": html.escape(d["office"]), "CONTACT": html.escape(config.get(session, "office.contact")),
              "VERIFY_JS": script, "DATA": embedded}
    # one pass: a value that happens to contain a placeholder is never expanded
    return re.sub(r"__([A-Z_]+)__", lambda m: values.get(m.group(1), m.group(0)), page)


def write(session: Session, folder: Path) -> tuple[Path, int]:
    """Write FOLDER/index.html; returns its path and how many keys it holds.
    Refuses (ServiceError, nothing written) while the office has no public key."""
    from app.i18n import tr
    from app.services.context import ServiceError
    n = len(data(session)["keys"])
    if n == 0:
        raise ServiceError(tr("Belum ada kunci publik kantor: halaman tidak ditulis. Terbitkan dokumen pertama "
                              "di workstation ini atau impor kunci (`loket keys import`) lebih dulu."))
    text = render(session)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "index.html"
    tmp = target.with_name("index.html.part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target, n
