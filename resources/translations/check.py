"""Exit 1 naming every message of a .ts file that has no finished English translation."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def unfinished(path: str) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip():
                if t is not None and t.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((name, m.findtext("source") or ""))
    return out


def main(path: str) -> int:
    missing = unfinished(path)
    for ctx, src in missing:
        print(f"no English: [{ctx}] {src!r}")
    if missing:
        print(f"{len(missing)} messages without English: translate them in {path} "
              "(pyside6-linguist resources/translations/loket_en.ts), then make translations")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
