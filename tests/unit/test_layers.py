"""Layering, checked on the source (AST), so a shortcut cannot slip in:

- `ui/` never imports `db/` or SQLAlchemy, and never opens a database session
  (`Session`): the unit of work in `app/unit.py` does, through `ui/ops.py`;
- `ui/` calls no session method itself (`s.scalars(…)`, `s.commit()`…): it hands
  the session a unit of work gives it straight to a service;
- no screen announces a change by hand (`….applications_changed.emit`):
  `ops.change` announces what the unit of work recorded;
- `app/` and `db/` never import Qt.

- `ui/` never calls a service that hands out an ORM object (its return annotation
  names a model of db/models/), not even inside a unit of work: it calls the
  service's plain view instead.

ORM objects reaching a screen anyway are refused at run time by `app.unit.plain()`
(tests/gui/test_ops.py).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SESSION_METHODS = {"scalars", "scalar", "execute", "commit", "rollback", "flush", "add", "add_all",
                   "merge", "expire_all", "expunge", "refresh", "delete", "get", "query", "no_autoflush"}
SESSION_NAMES = {"s", "session", "sess", "db"}

# Files not yet moved onto ui/ops.py: the number of findings each may still have.
# Empty since every screen is on it; keep it so, or list a file with a date to fix it by.
NOT_YET: dict[str, int] = {}


def _py(folder: str):
    return sorted(p for p in (ROOT / folder).rglob("*.py"))


def _is_bus(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "bus") or \
        (isinstance(node, ast.Attribute) and node.attr == "bus")


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mods = [node.module or ""]
        else:
            mods = []
        for m in mods:
            if m == "db" or m.startswith(("db.", "sqlalchemy")):
                out.append(f"{node.lineno}: imports {m}")
        if isinstance(node, ast.Attribute) and node.attr == "Session":
            out.append(f"{node.lineno}: opens a session (.Session)")
        if isinstance(node, ast.Name) and node.id == "Session":
            out.append(f"{node.lineno}: names Session")
        if (isinstance(node, ast.Attribute) and node.attr in SESSION_METHODS
                and isinstance(node.value, ast.Name) and node.value.id in SESSION_NAMES):
            out.append(f"{node.lineno}: session method {node.value.id}.{node.attr}")
        if (isinstance(node, ast.Attribute) and node.attr == "emit"
                and isinstance(node.value, ast.Attribute)
                and (node.value.attr in ("applications_changed", "master_changed")
                     or (node.value.attr == "changed" and _is_bus(node.value.value)))
                and path.name != "bus.py"):
            out.append(f"{node.lineno}: announces by hand ({node.value.attr}.emit)")
    return out


def _models() -> set[str]:
    names = set()
    for path in _py("db/models"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Assign) and any(getattr(tg, "id", "") == "__tablename__" for tg in b.targets)
                    for b in node.body):
                names.add(node.name)
    return names


def orm_services() -> dict[str, set[str]]:
    """module name (last part) → functions of app/ whose return annotation names a model."""
    models = _models()
    out: dict[str, set[str]] = {}
    for path in _py("app"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.returns is not None and not node.name.startswith("_"):
                words = {n.id for n in ast.walk(node.returns) if isinstance(n, ast.Name)}
                if isinstance(node.returns, ast.Constant) and isinstance(node.returns.value, str):
                    words |= set(node.returns.value.replace("[", " ").replace("]", " ").replace("|", " ")
                                 .replace(",", " ").split())
                if words & models:
                    out.setdefault(path.stem, set()).add(node.name)
    return out


def orm_calls(path: Path, services: dict[str, set[str]]) -> list[str]:
    """Calls of ORM-returning services whose result the screen keeps. Fine: a call
    whose result is dropped (a statement), or one wrapped at once in a plain view
    (`workflow.Step.of(backoffice.verify(...))`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    alias = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for a in node.names:
                alias[a.asname or a.name] = a.name
    fine = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            fine.add(id(node.value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of":
            fine.update(id(a) for a in node.args)
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and id(node) not in fine
                and isinstance(node.func.value, (ast.Name, ast.Attribute))):
            mod = node.func.value.id if isinstance(node.func.value, ast.Name) else node.func.value.attr
            mod = alias.get(mod, mod)
            if node.func.attr in services.get(mod, ()):
                out.append(f"{node.lineno}: {mod}.{node.func.attr}() returns an ORM object")
    return out


def test_ui_calls_no_service_that_returns_orm_objects():
    services = orm_services()
    assert "open_file" in services["issuance"] and "get" in services["applications"]   # the check sees them
    found = {p.relative_to(ROOT).as_posix(): orm_calls(p, services) for p in _py("ui")}
    found = {k: v for k, v in found.items() if v}
    assert not found, "\n".join(f"{f}:\n  " + "\n  ".join(v) for f, v in found.items())


def test_ui_opens_no_session_imports_no_db_and_announces_nothing_by_hand():
    too_many = {}
    for path in _py("ui"):
        rel = path.relative_to(ROOT).as_posix()
        found = findings(path)
        if len(found) > NOT_YET.get(rel, 0):
            too_many[rel] = found
    assert not too_many, "\n".join(f"{f}:\n  " + "\n  ".join(v) for f, v in too_many.items())


def test_the_list_of_files_not_yet_moved_only_shrinks():
    stale = {rel: n for rel, n in NOT_YET.items()
             if not (ROOT / rel).exists() or len(findings(ROOT / rel)) < n}
    assert not stale, f"lower these NOT_YET entries to what is left: {stale}"


def test_app_and_db_have_no_qt():
    bad = []
    for folder in ("app", "db"):
        for path in _py(folder):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                mods = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                        [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                rel = path.relative_to(ROOT).as_posix()
                bad += [f"{rel}:{node.lineno} {m}" for m in mods
                        if m.startswith(("PySide6", "shiboken6"))
                        # `loket` without a command starts the GUI: the one way up
                        or (m.split(".")[0] == "ui" and (rel, m) != ("app/cli/__init__.py", "ui.main"))]
    assert not bad, bad


def test_the_checker_sees_what_it_must_refuse(tmp_path):
    bad = tmp_path / "page.py"
    bad.write_text("from db.models import Application\n"
                   "def load(self):\n"
                   "    with self.loket.Session() as s:\n"
                   "        s.commit()\n"
                   "    self.bus.applications_changed.emit([])\n")
    kinds = " ".join(findings(bad))
    assert "imports db.models" in kinds and ".Session" in kinds
    assert "s.commit" in kinds and "applications_changed.emit" in kinds
