"""Fill unfinished messages of a .ts file from the English fragments in en.d/.

Each area keeps the English of its new messages in its own file,
`resources/translations/en.d/<area>.json`: one JSON object, Indonesian source →
English. A key "context|source" applies to that lupdate context only. Separate
files per area merge without conflicts; the .ts itself is regenerated from the
sources, its finished translations and these fragments (`make translations`), so
a conflict in loket_en.ts is resolved by taking either side and regenerating.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fragments(folder: Path = HERE / "en.d") -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted(folder.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(isinstance(v, str) and v.strip() for v in data.values()):
            raise SystemExit(f"{f}: must be one JSON object of non-empty strings")
        out.update(data)
    return out


def fill(ts: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") != "unfinished":
                continue
            src = m.findtext("source") or ""
            en = table.get(f"{name}|{src}", table.get(src))
            if en is None:
                continue
            if m.get("numerus") == "yes":
                for form in t.findall("numerusform"):
                    form.text = en
                if not t.findall("numerusform"):
                    ET.SubElement(t, "numerusform").text = en
            else:
                t.text = en
            del t.attrib["type"]
            n += 1
    if n:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


if __name__ == "__main__":
    print(f"{fill(Path(sys.argv[1]), fragments())} messages filled from en.d/")
