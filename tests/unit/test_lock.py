"""requirements.lock pins every dependency of pyproject.toml, with a version its range admits.

`make run`, `make test`, CI and the installer install from the lock, never from the
ranges; a dependency added to pyproject.toml without `make lock` would be missing on a
new machine, so this says so first, by name.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def pinned() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {canonicalize_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", text, re.M)}


def test_every_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"],
              *project["optional-dependencies"]["installer"]]
    lock = pinned()
    problems = []
    for spec in wanted:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        if name not in lock:
            problems.append(f"{req.name} is not in requirements.lock")
        elif not req.specifier.contains(lock[name], prereleases=True):
            problems.append(f"{req.name}=={lock[name]} does not satisfy {spec!r}")
    assert not problems, "; ".join(problems) + " — run `make lock`"


def test_every_pin_has_a_hash():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        if "==" in block.split("\n")[0]:
            assert "--hash=sha256:" in block, block.split("\n")[0]
