"""The office's own SK templates, edited on screen (page Admin — Templat SK).

Loket ships decree templates in resources/templates/*.toml (format:
templates/README.md). An administrator edits one of them, or a copy under a new
name, section by section: the title, TENTANG, Menimbang, Mengingat, the
Menetapkan line, the dicta and the tembusan. What is saved is office-wide data:

- one row per saved revision (`sk_template`, migration 0021), never edited
  afterwards. An office template named like a shipped one takes its place for
  every permit type that names it; a new name is chosen on the permit type page.
- signed with the administrator's proof (app/proof.py) and audited; other
  workstations honour a revision only with a valid proof (app/sync/trust.py
  refuses and keeps a forged one inactive).
- an SK renders with the revision in force when it was signed
  (`resolve(session, name, at=signed_at)`): an SK already issued keeps its text
  after the template changes. The time is the saving workstation's clock, kept
  to whole seconds (the same on every backend, so the signature holds).

On screen the lists are text, one item per line; a dictum's detail rows are the
lines under it that start with "- ": "- Label: {value}", "- {data_teknis}" (one
row per technical field) and "- {ketentuan}" (the numbered conditions of the
back office's draft). Validation names the section: an unknown placeholder, a
`teknis[...]` field a permit type using the template lacks, unbalanced braces,
an empty required section — Invalid(section, one Indonesian line), nothing saved.
Only decrees (jenis "keputusan") are edited here; the surat keterangan and the
rejection letter stay as shipped.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app import audit, clock, identity, proof, validation
from app.changes import NOTHING, PERMIT_TYPES, Changes
from app.i18n import tr
from app.services.context import Actor
from app.services.officers import require_admin
from app.validation import Invalid
from db.models import Officer, PermitType
from db.models.templates import SkTemplate

# The editor's sections, in the order of the decree.
SECTIONS = ("title", "judul", "tentang", "menimbang", "mengingat", "menetapkan", "diktum", "tembusan")
LISTS = ("menimbang", "mengingat", "tembusan")
REQUIRED = ("judul", "menimbang", "mengingat", "diktum")
SECTION_LABELS = {"title": "Nama tampilan", "judul": "Judul", "tentang": "Tentang", "menimbang": "Menimbang",
                  "mengingat": "Mengingat", "menetapkan": "Menetapkan", "diktum": "Diktum",
                  "tembusan": "Tembusan"}
NAME = re.compile(r"[a-z0-9][a-z0-9_\-]{0,63}")
# A placeholder is a plain name, or teknis[…] / peraturan[…]: no attribute or index
# access beyond that (str.format would follow `{nama.__class__}` into Python objects).
_FIELD = re.compile(r"(?P<root>[a-z_]+)(\[(?P<key>[^\[\]{}]+)\])?")
MAX_TEXT = 20_000


@dataclass(frozen=True)
class TemplateForm:
    """A decree template as the editor shows it: one text per section."""
    name: str
    title: str = ""
    judul: str = ""
    tentang: str = ""
    menimbang: str = ""       # one item per line
    mengingat: str = ""       # one item per line; "{dasar_hukum}" = the permit type's legal basis
    menetapkan: str = ""
    diktum: str = ""          # one dictum per line; detail rows under it start with "- "
    tembusan: str = ""        # one recipient per line
    based_on: str | None = None


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    office: bool              # the office's own (in the database), else only shipped
    shipped: bool             # a shipped file of this name exists
    revision: int             # the office's latest revision, 0 = as shipped
    saved_at: datetime | None
    saved_by: str | None
    used_by: tuple[str, ...]  # codes of the active permit types naming it


# --- reading ------------------------------------------------------------------------------

def _shipped_decrees() -> dict[str, dict[str, Any]]:
    from app.documents import sk
    out = {}
    for p in sorted(sk.templates_dir().glob("*.toml")):
        try:
            t = sk.load_template(p.stem)
        except sk.TemplateError:
            continue
        if t.get("jenis") == "keputusan":
            out[p.stem] = t
    return out


def _rows(session: Session, name: str | None = None) -> list[SkTemplate]:
    q = select(SkTemplate).where(SkTemplate.active.is_(True))
    if name is not None:
        q = q.where(SkTemplate.name == name)
    return list(session.scalars(q.order_by(SkTemplate.name, SkTemplate.revision)))


# built once (every SK asks): the newest active revision, and the one in force at a time
_LATEST = (select(SkTemplate).where(SkTemplate.name == bindparam("name"), SkTemplate.active.is_(True))
           .order_by(SkTemplate.revision.desc()).limit(1))
_LATEST_AT = (select(SkTemplate).where(SkTemplate.name == bindparam("name"), SkTemplate.active.is_(True),
                                       SkTemplate.valid_from <= bindparam("at"))
              .order_by(SkTemplate.revision.desc()).limit(1))


def _latest(session: Session, name: str, at: datetime | None = None) -> SkTemplate | None:
    if at is None:
        return session.scalar(_LATEST, {"name": name})
    return session.scalar(_LATEST_AT, {"name": name, "at": at})


def office_names(session: Session) -> list[str]:
    return sorted({r for (r,) in session.execute(select(SkTemplate.name).where(SkTemplate.active.is_(True)))})


def _as_template(row: SkTemplate) -> dict[str, Any]:
    t = dict(row.body)
    t["_name"], t["_revision"] = row.name, row.revision
    return t


def resolve(session: Session, name: str, at: datetime | None = None) -> dict[str, Any]:
    """The template an SK named `name` renders with: the office's revision in force at
    `at` (naive UTC; None = now), else the shipped file. An office-only template signed
    before its first revision existed (the permit type changed since) takes the first.
    Raises app.documents.sk.TemplateError when there is none."""
    from app.documents import sk
    row = _latest(session, name, at)
    if row is not None:
        return _as_template(row)
    try:
        return sk.load_template(name)
    except sk.TemplateError:
        first = session.scalar(select(SkTemplate).where(SkTemplate.name == name, SkTemplate.active.is_(True))
                               .order_by(SkTemplate.revision).limit(1))
        if first is None:
            raise
        return _as_template(first)


def revision_at(session: Session, name: str, at: datetime | None = None) -> int:
    """The office revision an SK signed at `at` uses (0: the shipped file)."""
    return int(resolve(session, name, at).get("_revision") or 0)


def office_templates(session: Session) -> dict[str, dict[str, Any]]:
    """name → the latest revision of each office template (a cache for permit-type checks)."""
    out: dict[str, dict[str, Any]] = {}
    for row in _rows(session):
        out[row.name] = _as_template(row)   # rows in revision order: the last one stays
    return out


def listing(session: Session) -> list[TemplateInfo]:
    shipped = _shipped_decrees()
    used: dict[str, list[str]] = {}
    for code, tname in session.execute(select(PermitType.code, PermitType.template)
                                       .where(PermitType.active.is_(True)).order_by(PermitType.code)):
        if tname:
            used.setdefault(tname, []).append(code)
    latest = {r.name: r for r in _rows(session)}
    names_ = {o.id: o.full_name for o in session.scalars(
        select(Officer).where(Officer.id.in_([r.updated_by for r in latest.values() if r.updated_by])))}
    out = []
    for name in sorted(set(shipped) | set(latest)):
        row = latest.get(name)
        title = row.title if row is not None else _default_title(name)
        out.append(TemplateInfo(name, title, row is not None, name in shipped, row.revision if row else 0,
                                row.valid_from if row else None,
                                names_.get(row.updated_by or "") if row else None, tuple(used.get(name, ()))))
    return out


def display_title(name: str) -> str:
    """A template's name as a person reads it ("sk_izin_usaha" → "SK izin usaha"), for a
    list that has no session to ask the office's own title."""
    return _default_title(name)


def _default_title(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").split()
    return " ".join(w.upper() if i == 0 and w == "sk" else w.capitalize() if i == 0 else w
                    for i, w in enumerate(words))


def form_of(session: Session, name: str) -> TemplateForm:
    """The editor's form for a template (the office's latest revision, else as shipped)."""
    from app.documents import sk
    try:
        t = resolve(session, name)
    except sk.TemplateError as e:
        raise Invalid("name", str(e)) from None
    if t.get("jenis") != "keputusan":
        raise Invalid("name", tr("Templat {name} bukan surat keputusan; hanya templat keputusan yang dapat "
                                 "disunting di sini.").format(name=name))
    row = _latest(session, name)
    return form_from_body(name, row.title if row is not None else _default_title(name), t,
                          row.based_on if row is not None else name)


def form_from_body(name: str, title: str, t: dict[str, Any], based_on: str | None = None) -> TemplateForm:
    lines = []
    for d in t.get("diktum", []):
        lines.append(str(d.get("teks", "")))
        for row in d.get("rincian", []):
            lines.append("- " + (row[0] if len(row) == 1 else f"{row[0]}: {row[1]}"))
        if d.get("daftar") == "ketentuan":
            lines.append("- {ketentuan}")
    return TemplateForm(name=name, title=title, judul=str(t.get("judul", "")), tentang=str(t.get("tentang", "")),
                        menimbang="\n".join(t.get("menimbang", [])), mengingat="\n".join(t.get("mengingat", [])),
                        menetapkan=str(t.get("menetapkan", "")), diktum="\n".join(lines),
                        tembusan="\n".join(t.get("tembusan", [])), based_on=based_on)


# --- checking -----------------------------------------------------------------------------

def _items(text: str) -> list[str]:
    return [" ".join(x.split()) for x in (text or "").splitlines() if x.strip()]


def _line(text: str) -> str:
    return " ".join((text or "").split())


def _placeholders(section: str, text: str) -> list[str]:
    """The placeholders of one text, or Invalid(section, …) for an unknown or malformed one."""
    from app.documents import sk
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise Invalid(section, tr("Kurung kurawal tidak seimbang: tulis {{ dan }} berpasangan, "
                                  "mis. {{nama_pemohon}}.").format()) from None
    out = []
    for _lit, f, spec, conv in parsed:
        if f is None:
            continue
        m = _FIELD.fullmatch(f)
        if not m or m.group("root") not in sk.PLACEHOLDERS or spec or conv or \
                (m.group("key") is not None and m.group("root") not in ("teknis", "peraturan")):
            raise Invalid(section, tr("Tempat penampung {{{field}}} tidak dikenal. Lihat daftar tempat penampung "
                                      "di samping.").format(field=f))
        if f == "teknis":
            raise Invalid(section, tr("Tulis data teknis sebagai {{teknis[Nama isian]}}.").format())
        out.append(f)
    return out


def _dicta(text: str) -> list[dict[str, Any]]:
    dicta: list[dict[str, Any]] = []
    for raw in (text or "").splitlines():
        s = " ".join(raw.split())
        if not s:
            continue
        if s.startswith("- ") or s == "-":
            if not dicta:
                raise Invalid("diktum", tr("Baris rincian (diawali “- ”) harus di bawah sebuah diktum."))
            item = s[1:].strip()
            d = dicta[-1]
            if item == "{data_teknis}":
                d.setdefault("rincian", []).append(["{data_teknis}"])
            elif item == "{ketentuan}":
                d["daftar"] = "ketentuan"
            else:
                label, sep, value = item.partition(":")
                if not sep or not label.strip():
                    raise Invalid("diktum", tr("Baris rincian ditulis “- Label: {{nilai}}”, mis. "
                                               "“- NIK: {{nik}}”.").format())
                d.setdefault("rincian", []).append([label.strip(), value.strip()])
        else:
            dicta.append({"teks": s})
    return dicta


def body_of(form: TemplateForm, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The template as the renderer reads it. Keys the editor does not show (e.g. a
    shipped template's `pembuka`) are kept from `base`."""
    body = {k: v for k, v in (base or {}).items() if not str(k).startswith("_")}
    body.update(jenis="keputusan", judul=_line(form.judul), tentang=_line(form.tentang),
                menimbang=_items(form.menimbang), mengingat=_items(form.mengingat),
                menetapkan=_line(form.menetapkan), diktum=_dicta(form.diktum), tembusan=_items(form.tembusan))
    if not body["tembusan"]:
        del body["tembusan"]
    return body


def _users(session: Session, name: str, also: str | None = None) -> list[PermitType]:
    q = select(PermitType).where(PermitType.active.is_(True), PermitType.template == name)
    types = list(session.scalars(q.order_by(PermitType.code)))
    if also and all(pt.code != also for pt in types):
        pt = session.scalar(select(PermitType).where(PermitType.code == also))
        if pt is not None:
            types.append(pt)
    return types


def check(session: Session, form: TemplateForm, permit_code: str | None = None) -> tuple[str, str, dict[str, Any]]:
    """(name, title, body) ready to save, or Invalid(section, message) for the first
    thing wrong. Every permit type naming the template (and `permit_code`, the one
    the preview shows) must have the `teknis[...]` fields it reads."""
    name = (form.name or "").strip()
    if not NAME.fullmatch(name):
        raise Invalid("name", tr("Nama templat: huruf kecil, angka, _ atau -, paling banyak 64, "
                                 "mis. sk_izin_usaha_kantor."))
    if name == "surat_penolakan":
        raise Invalid("name", tr("Nama surat_penolakan dipakai surat penolakan; pilih nama lain."))
    title = _line(form.title) or _default_title(name)
    if len(title) > 200:
        raise Invalid("title", tr("Nama tampilan paling banyak 200 karakter."))
    for section in SECTIONS:
        value = getattr(form, section) or ""
        validation.text(value, section, multiline=section in LISTS + ("diktum",))
        if len(value) > MAX_TEXT:
            raise Invalid(section, tr("Bagian ini paling banyak {n} karakter.").format(n=MAX_TEXT))
    base = None
    if form.based_on:
        from app.documents import sk
        try:
            base = resolve(session, form.based_on)
        except sk.TemplateError:
            base = None
    body = body_of(form, base)
    for section in REQUIRED:
        if not body.get(section):
            raise Invalid(section, tr("Bagian {label} wajib diisi.").format(label=tr(SECTION_LABELS[section])))
    refs: dict[str, str] = {}   # teknis field → the section that first reads it
    texts = [(s, getattr(form, s)) for s in SECTIONS if s not in ("title",)]
    texts += [("diktum", x) for d in body["diktum"] for row in d.get("rincian", []) for x in row]
    for section, text in texts:
        for f in _placeholders(section, text or ""):
            m = _FIELD.fullmatch(f)
            if m and m.group("root") == "teknis" and m.group("key"):
                refs.setdefault(m.group("key"), section)
    for pt in _users(session, name, permit_code):
        have = set(pt.technical_fields or [])
        for field_name, section in refs.items():
            if field_name not in have:
                raise Invalid(section, tr("Data teknis “{field}” tidak ada pada jenis izin {code} ({name}) yang "
                                          "memakai templat ini. Tambahkan isiannya di Admin — Jenis Izin, atau "
                                          "hapus dari templat.").format(field=field_name, code=pt.code,
                                                                         name=pt.name))
    from app.documents import sk
    body["_name"] = name
    try:
        sk.check_template(body, name)
    except sk.TemplateError as e:
        raise Invalid("diktum", str(e)) from None
    del body["_name"]
    return name, title, body


# --- saving -------------------------------------------------------------------------------

def save(session: Session, actor: Actor, form: TemplateForm) -> Changes:
    """Save a new revision (one audited administrator act, signed). NOTHING when it
    equals the latest revision; Invalid(section, message) and nothing written when
    the template is not usable."""
    require_admin(session, actor)
    try:
        name, title, body = check(session, form)
        latest = _latest(session, name)
        if latest is not None and latest.body == body and latest.title == title:
            return NOTHING
        if latest is None and form.based_on == name:
            from app.documents import sk
            try:
                shipped = {k: v for k, v in sk.load_template(name).items() if not k.startswith("_")}
            except sk.TemplateError:
                shipped = None
            if shipped == body:
                return NOTHING
        top = session.scalar(select(func.max(SkTemplate.revision)).where(SkTemplate.name == name)) or 0
        rev = int(top) + 1
        changed = _changed_sections(latest.body if latest is not None else (base_body(session, form.based_on)),
                                    body)
        row = SkTemplate(id=identity.key("sk_template", name, rev), name=name, revision=rev, title=title, body=body,
                         based_on=(form.based_on or None) if latest is None else latest.based_on,
                         valid_from=clock.utcnow().replace(microsecond=0), active=True,
                         created_by=actor.officer_id, created_ws=actor.workstation,
                         updated_by=actor.officer_id, updated_ws=actor.workstation)
        session.add(row)
        proof.stamp(row, actor)   # office data: other workstations honour it only signed
        audit.record(session, actor, "sk_template.save", "sk_template", row.id,
                     tr("Templat SK {name} revisi {rev} disimpan{base}; bagian diubah: {sections}").format(
                         name=name, rev=rev,
                         base=tr(" (dari {b})").format(b=form.based_on) if latest is None and form.based_on else "",
                         sections=", ".join(tr(SECTION_LABELS[s]) for s in changed) or "-"))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return Changes.of(PERMIT_TYPES)


def base_body(session: Session, name: str | None) -> dict[str, Any]:
    from app.documents import sk
    if not name:
        return {}
    try:
        return {k: v for k, v in resolve(session, name).items() if not k.startswith("_")}
    except sk.TemplateError:
        return {}


def _changed_sections(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [s for s in SECTIONS if s != "title" and old.get(s) != new.get(s)]


# --- preview --------------------------------------------------------------------------------

def preview_types(session: Session, name: str) -> list[tuple[str, str]]:
    """(code, name) of the permit types to preview a template with: those naming it first."""
    users = [(pt.code, pt.name) for pt in _users(session, name)]
    others = [(c, n) for c, n in session.execute(select(PermitType.code, PermitType.name)
                                                .where(PermitType.active.is_(True)).order_by(PermitType.code))
              if (c, n) not in users]
    return users + others


def preview(session: Session, form: TemplateForm, permit_code: str | None = None) -> bytes:
    """The SK of `permit_code` (or the first permit type using the template) filled with
    sample data, from the form as typed (not saved). Invalid(section, …) as `check`."""
    from app.services import permit_types
    name, _title, body = check(session, form, permit_code)
    code = permit_code or next(iter(c for c, _n in preview_types(session, name)), None)
    if code is None:
        raise Invalid("name", tr("Belum ada jenis izin untuk pratinjau."))
    spec = permit_types.get(session, code)
    body["_name"] = name
    return permit_types.sample_sk(session, spec, body)
