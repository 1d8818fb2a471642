"""Realistic demo data: `loket demo --applications N [--seed S] [--if-empty]`.

Each application lives through the office's SOP as a small simulation on the
office's working-time clock (Monday–Friday office hours minus holidays and
closures, app/calendar.py): an online submission or a walk-in registration,
the visit to counter 2 (receipt, or a return slip and a later visit), back
office verification, technical review where the permit type needs it, the
draft, validation by the section and division heads (who sometimes send it
back), signing, printing, the SKM survey, handover and archiving. Its history
is cut at the end of the last working day before today, so the file stands in
whatever state it reached by then. Every event goes through the transitions
of app/workflow.py with a role that is allowed to take it, so the cached state
always equals the state derived from the events. For N ≥ 2 × the number of
states one application is steered into each state, so every worklist and
every status filter has something to show.

Every number the office issues (walk-in registrations, receipts, return
slips, permits, rejection letters, handover receipts) is allocated after the
simulation, in the order the documents were issued, in the office's
configured formats (app/numbering.py); the number sequences are moved past
them so the counters continue from there. Event data carries the keys the
services write (app/services/intake.py, backoffice.py, survey.py,
handover.py), so every screen reads demo files as it reads real ones. No
officer accounts are created: the actors are the names of a plausible
office roster, and accounts stay the administrator's job.

The sync capture triggers are muted during the load and the same outbox
entries are written set-based at the end, in the same transaction, so the
demo rows are pushed to the central database like any officer's.

Scale: a million applications are ~20 million rows. Rows are generated as a
stream and written with executemany in one transaction per run, so memory
stays flat and a failed run leaves nothing behind. On a database with no
applications yet the secondary indexes of the bulk tables are dropped and
rebuilt inside that same transaction (sorting once is far cheaper than
updating random B-tree pages 20 million times) and the rollback journal
replaces WAL during the load (pages appended to a fresh file need no journal);
WAL and the connection's durability settings are restored afterwards. Keys
are UUIDv7 (time-ordered, RFC 9562), which keeps primary-key inserts appending.
"""
from __future__ import annotations

import json
import logging
import random
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock, config, demo_tte, numbering, workflow
from app import demo_people as people
from app.calendar import WorkCalendar, add_months
from app.validation import name_key
from db.base import UuidStr, time_int, utcnow, uuid_bytes
from db.models import Applicant, Application, Company, PermitType

log = logging.getLogger("loket.demo")

ONLINE_SHARE = 0.7
KIND_WEIGHTS = (("BARU", 65), ("PERPANJANGAN", 25), ("PERUBAHAN", 10))
PERMIT_WEIGHTS = {"SIP-DOK": 10, "SIP-DRG": 4, "SIPB": 10, "SIPP": 14, "SIA": 5, "TOKO-OBAT": 3,
                  "OPTIK": 2, "REKLAME": 12, "PENELITIAN": 14, "PBG": 12, "SLF": 4, "TDUP": 5,
                  "SIUP-MIKOL": 2, "TPS-LB3": 3}
COMPANY_SHARE = {"SIA": .7, "TOKO-OBAT": .6, "OPTIK": .7, "REKLAME": .6, "PBG": .4, "SLF": .7,
                 "TDUP": .6, "SIUP-MIKOL": .9, "TPS-LB3": 1.0}
APPLICATIONS_PER_DAY_MIN = 8       # a small regency office
SPAN_DAYS_MAX = 1250               # five years of working days


# --- the office's officers -------------------------------------------------

@dataclass(frozen=True)
class Officer:
    id: str
    username: str
    name: str
    nip: str
    role: str
    workstation: str
    unit: str | None = None


_BIDANG = {"Bidang Perizinan Kesehatan": "KES", "Bidang Perizinan Pembangunan": "PEM",
           "Bidang Perizinan Usaha": "USH", "Bidang Perizinan Non-Usaha": "NON",
           "Bidang Perizinan Lingkungan": "LH"}

# username, full name, NIP (birth date, appointment, gender 1/2, serial), role, workstation, bidang
ROSTER = [
    ("euis.komalasari", "Euis Komalasari, S.Sos.", "198507122010012003", "LOKET2", "LOKET2-A", None),
    ("dadan.ramdani", "Dadan Ramdani, A.Md.", "199003042015031002", "LOKET2", "LOKET2-B", None),
    ("neneng.sumiati", "Neneng Sumiati", "198809212011012004", "LOKET2", "LOKET2-C", None),
    ("rizky.firmansyah", "Rizky Firmansyah, S.Kom.", "199301152019031005", "LOKET2", "LOKET2-A", None),
    ("hendra.gunawan", "Hendra Gunawan, S.KM.", "198702102012121001", "BACKOFFICE", "BO-KES-1", "KES"),
    ("rini.wulandari", "apt. Rini Wulandari, S.Farm.", "199106232017032002", "BACKOFFICE", "BO-KES-2", "KES"),
    ("agus.supriatna", "Agus Supriatna, S.T.", "198404052009011003", "BACKOFFICE", "BO-PEM-1", "PEM"),
    ("dedi.kusnadi", "Ir. Dedi Kusnadi", "197811172005011002", "BACKOFFICE", "BO-PEM-2", "PEM"),
    ("siti.nurjanah", "Siti Nurjanah, S.E.", "199208082019032006", "BACKOFFICE", "BO-USH-1", "USH"),
    ("asep.saepudin", "Asep Saepudin, S.IP.", "198612302011011004", "BACKOFFICE", "BO-NON-1", "NON"),
    ("fajar.nugraha", "Fajar Nugraha, S.T.", "199405192020121003", "BACKOFFICE", "BO-LH-1", "LH"),
    ("tati.rohayati", "Tati Rohayati, S.KM., M.Kes.", "197909142006042008", "KASI", "KASI-KES", "KES"),
    ("wawan.hermawan", "Wawan Hermawan, S.T., M.T.", "198001262006041005", "KASI", "KASI-PEM", "PEM"),
    ("ratna.marlina", "Ratna Marlina, S.E., M.M.", "198205032008012009", "KASI", "KASI-USH", "USH"),
    ("endang.sudrajat", "Endang Sudrajat, S.Sos.", "197803112003121006", "KASI", "KASI-NON", "NON"),
    ("iwan.setiawan", "Iwan Setiawan, S.Si.", "198107072009011007", "KASI", "KASI-LH", "LH"),
    ("lilis.suryani", "drg. Lilis Suryani, M.Kes.", "197504222002122003", "KABID", "KABID-KES", "KES"),
    ("yusuf.munandar", "Ir. Yusuf Munandar, M.T.", "197208151998031004", "KABID", "KABID-PEM", "PEM"),
    ("dadang.hidayat", "Dadang Hidayat, S.E., M.Si.", "197612012001121002", "KABID", "KABID-USH", "USH"),
    ("ujang.rohman", "Drs. Ujang Rohman, M.Si.", "197001191996031001", "KABID", "KABID-NON", "NON"),
    ("ade.permana", "Ade Permana, S.T., M.Si.", "197705302003121005", "KABID", "KABID-LH", "LH"),
    ("iwan.sutisna", "Dr. H. Iwan Sutisna, S.H., M.Si.", "196908171995031002", "KADIN", "KADIS", None),
    ("nunung.rahmawati", "Nunung Rahmawati", "198911112014032003", "LOKET4", "LOKET4-A", None),
    ("gilang.ramdani", "Gilang Ramdani, A.Md.", "199512252020121002", "LOKET4", "LOKET4-A", None),
    ("elis.maryani", "Elis Maryani, S.E.", "198604182010012005", "LOKET5", "LOKET5-A", None),
    ("deden.hamdani", "Deden Hamdani", "199107042017031004", "LOKET5", "LOKET5-B", None),
]
IMPORT_WORKSTATION = "LOKET2-A"   # the intake workstation that pulls SiCantik


def roster() -> list[Officer]:
    import uuid
    ns = uuid.UUID("6b0c1c8e-8f1e-4d3a-9a43-4c6f6b65742e")  # fixed: same officer ids every run
    return [Officer(str(uuid.uuid5(ns, u)), u, n, nip, r, ws, b) for u, n, nip, r, ws, b in ROSTER]


# --- ids and times -----------------------------------------------------------

class Ids:
    """UUIDv7 (RFC 9562, method 1: 12-bit counter in rand_a), monotonic within
    a run, so every primary-key insert appends to the index."""

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self.rng, self.ms, self.counter = rng, start_ms, 0

    def __call__(self) -> str:
        self.counter += 1
        if self.counter >= 4096:
            self.counter, self.ms = 0, self.ms + 1
        v = ((self.ms << 80) | (0x7 << 76) | (self.counter << 64) | (0b10 << 62)
             | self.rng.getrandbits(62))
        h = f"{v:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ts(dt: datetime) -> int:
    """A time as SQLite stores it (integer microseconds, db/base.py)."""
    return time_int(dt)


class Clock:
    """Working time as one number: minutes of office hours since the first
    working day of the span. Every officer action happens on this clock, so it
    falls on a working day within office hours and order is kept."""

    def __init__(self, cal: WorkCalendar, first: date, last: date, tz: ZoneInfo) -> None:
        self.open, close = cal.hours
        self.dm = (datetime.combine(first, close) - datetime.combine(first, self.open)).seconds // 60
        days, d = [], first
        while d <= last:
            if cal.is_working_day(d):
                days.append(d)
            d += timedelta(days=1)
        self.days = days
        self.index = {d: i for i, d in enumerate(days)}
        self.tz = tz
        self._base = [self._utc(datetime.combine(d, self.open)) for d in days]

    def _utc(self, local: datetime) -> datetime:
        return (local - self.tz.utcoffset(local)).replace(tzinfo=None)

    def utc(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return self._base[day] + timedelta(seconds=round((wm - day * self.dm) * 60, 3))

    def local(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return datetime.combine(self.days[day], self.open) + timedelta(
            seconds=round((wm - day * self.dm) * 60, 3))

    def day(self, wm: float) -> int:
        return int(wm // self.dm)

    def working_day_after(self, day_index: int, n: int) -> date:
        return self.days[day_index + n]


# --- bulk writing -------------------------------------------------------------

class Bulk:
    """executemany INSERT of tuples in a fixed column order. Columns another
    area adds later get their declared default, or NULL when nullable."""

    def __init__(self, cur, table, cols: tuple[str, ...]) -> None:
        self.cur, self.cols = cur, cols
        extra_cols, self.extra = [], []
        for c in table.columns:
            if c.name in cols:
                continue
            if c.default is not None and c.default.is_scalar:
                v = c.default.arg
                const = int(v) if isinstance(v, bool) else v
                self.extra.append(lambda v=const: v)
            elif c.default is not None and c.default.is_callable:
                fn = c.default.arg
                self.extra.append(lambda fn=fn: _db_value(fn(None)))
            elif c.server_default is not None or c.nullable:
                continue
            else:
                raise RuntimeError(f"demo: {table.name}.{c.name} needs a value")
            extra_cols.append(c.name)
        names = list(cols) + extra_cols
        # Keys go in as SQLite stores them (16 bytes, db/base.py); the demo
        # handles them as text like every other part of Loket.
        self.keys = [i for i, n in enumerate(names) if isinstance(table.c[n].type, UuidStr)]
        self.sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})")
        self.rows: list[tuple] = []
        self.count = 0

    def add(self, row: tuple) -> None:
        if self.extra:
            row = row + tuple(f() for f in self.extra)
        if self.keys:
            row = list(row)
            for i in self.keys:
                row[i] = uuid_bytes(row[i])
        self.rows.append(row)

    def flush(self) -> None:
        if self.rows:
            self.cur.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows.clear()


def _db_value(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, datetime):
        return ts(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (dict, list)):
        return json.dumps(v)
    return v


APPLICANT_COLS = ("id", "id_type", "nik", "name", "birth_place", "birth_date", "gender", "occupation",
                  "npwp", "address", "region_code", "postal_code", "phone", "mobile", "email",
                  "updated_at", "updated_by", "updated_ws", "version", "created_at", "created_by",
                  "created_ws")
COMPANY_COLS = ("id", "name", "nib", "npwp", "address", "region_code", "phone", "email", "updated_at",
                "updated_by", "updated_ws", "version", "created_at", "created_by", "created_ws")
APPLICATION_COLS = ("id", "no_permohonan", "kind", "old_permit_number", "permit_type_id",
                    "applicant_type", "applicant_id", "company_id", "location", "location_region_code",
                    "source", "submitted_at", "received_at", "due_date", "technical_data", "state",
                    "state_since", "holder_role", "holder_id", "outcome", "applicant_name",
                    "applicant_nik", "name_key", "updated_at", "updated_by", "updated_ws", "version",
                    "created_at", "created_by", "created_ws")
CHECK_COLS = ("id", "application_id", "requirement_id", "present", "original", "sheets", "note",
              "updated_at", "updated_by", "updated_ws", "version", "created_at", "created_by",
              "created_ws")
EVENT_COLS = ("id", "application_id", "action", "from_state", "to_state", "actor_id", "actor_name",
              "workstation", "at", "data", "created_at", "created_by", "created_ws", "seq")
SURVEY_COLS = ("id", "application_id", "answers", "age", "gender", "education", "occupation",
               "suggestion", "declined", "decline_reason", "at", "created_at", "created_by",
               "created_ws")
HANDOVER_COLS = ("id", "application_id", "permit_number", "sk_document_id", "receipt_document_id",
                 "recipient_name", "recipient_id_type", "recipient_id_number", "by_proxy",
                 "proxy_letter_number", "proxy_letter_date", "handed_at", "officer_id", "officer_name",
                 "workstation", "created_at", "created_by", "created_ws")
BULK_TABLES = ("applicant", "company", "application", "requirement_check", "workflow_event",
               "survey_response", "handover")

# The numbers the office issues (app/numbering.py), what each is written into.
NUMBER_FALLBACKS = {
    "walkin": "WI/{workstation}/{year}/{seq:05}", "receipt": "TT/{workstation}/{year}/{seq:05}",
    "return_slip": "BP/{workstation}/{year}/{seq:05}", "permit": "503/{seq:04}/DPMPTSP/{year}",
    "rejection": "503/{seq:04}/DPMPTSP-TLK/{year}", "handover": "TP/{workstation}/{year}/{seq:05}",
}
_EV = "UPDATE workflow_event SET data = json_set(data, '$.{key}', ?) WHERE id = ?"
NUMBER_UPDATES = {
    "walkin": [("UPDATE application SET no_permohonan = ? WHERE id = ?", "app")],
    "receipt": [("UPDATE application SET receipt_number = ? WHERE id = ?", "app"),
                (_EV.format(key="receipt_number"), "event")],
    "return_slip": [(_EV.format(key="slip_number"), "event")],
    "permit": [("UPDATE application SET permit_number = ? WHERE id = ?", "app"),
               ("UPDATE handover SET permit_number = ? WHERE application_id = ?", "app"),
               (_EV.format(key="number"), "event")],
    "rejection": [(_EV.format(key="number"), "event")],
    "handover": [(_EV.format(key="receipt_number"), "event"),
                 (_EV.format(key="handover_receipt"), "event2")],
}


class OfficeCounters:
    """The office's counters on its central database, when one is configured and
    answers: the demo's numbers (and its SiCantik numbers) continue from there in
    blocks reserved for this run (app/sync/blocks.py), so `loket demo` on several
    workstations of one office never issues a number twice."""

    def __init__(self, engine, ws: str) -> None:
        self.engine, self.ws = engine, ws

    @classmethod
    def open(cls, loket) -> OfficeCounters | None:
        from app.sync import central as C
        from app.sync import session as sync_session
        with loket.Session() as s:
            if not config.get(s, "central.url"):
                return None
            ws = config.get(s, "workstation.name")
        try:
            engine, target = sync_session.open_central(loket)
            C.check(engine, target)
        except C.CentralError as e:
            log.warning("demo: central database not usable (%s); numbering locally", e)
            return None
        return cls(engine, ws)

    def reserve(self, key: str, count: int) -> int:
        """The first of `count` numbers of `key` reserved for this run."""
        from app.sync import blocks
        return blocks.reserve(self.engine, key, max(1, count), self.ws)[0]

    def close(self) -> None:
        self.engine.dispose()


# --- the permit types as the generator needs them ---------------------------

@dataclass
class Permit:
    id: str
    code: str
    name: str
    service_days: int
    needs_review: bool
    review_days: int
    validity_months: int | None
    bidang: str
    fields: list[str]
    requirements: list[tuple[str, str, bool, bool]]   # id, name, mandatory, original_needed


# --- the generator -------------------------------------------------------------

class Generator:
    def __init__(self, loket, n: int, seed: int, today: date | None) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.today = today or clock.today()
        with loket.Session() as s:
            self.permits = [
                Permit(p.id, p.code, p.name, p.service_days, bool(p.needs_review),
                       p.review_days or max(1, p.service_days // 3), p.validity_months,
                       _BIDANG.get(p.unit or "", "NON"), list(p.technical_fields or []),
                       [(r.id, r.name, bool(r.mandatory), bool(r.original_needed))
                        for r in p.requirements if r.active])
                for p in s.scalars(select(PermitType).where(PermitType.active.is_(True))
                                   .order_by(PermitType.code))]
            self.cal = WorkCalendar.from_db(s)
            self.tz = ZoneInfo(config.get(s, "office.timezone"))
            self.formats = {}
            for kind, fallback in NUMBER_FALLBACKS.items():
                try:
                    self.formats[kind] = config.get(s, f"numbering.{kind}")
                except config.ConfigError:      # a key not (yet) declared in app/config.py
                    self.formats[kind] = fallback
            self.fmt_permit = self.formats["permit"]
            self.existing = s.scalar(select(func.count()).select_from(Application)) or 0
            self.workstation = config.get(s, "workstation.name")
            self.existing_companies = s.scalar(select(func.count()).select_from(Company)) or 0
            nik_counts = dict(s.execute(select(func.substr(Applicant.nik, 1, 6), func.count())
                                        .where(Applicant.nik.is_not(None))
                                        .group_by(func.substr(Applicant.nik, 1, 6))).all())
        if not self.permits:
            raise RuntimeError("no permit types loaded")
        self.permit_weights = [PERMIT_WEIGHTS.get(p.code, 3) for p in self.permits]
        self.review_permits = [p for p in self.permits if p.needs_review]
        self.officers = roster()
        self.by_role: dict[str, list[Officer]] = {}
        for o in self.officers:
            self.by_role.setdefault(o.role, []).append(o)
        self.by_unit: dict[tuple[str, str], list[Officer]] = {}
        for o in self.officers:
            if o.unit:
                self.by_unit.setdefault((o.role, o.unit), []).append(o)
        self.system = Officer(None, "system", "Sistem", "", "SYSTEM", IMPORT_WORKSTATION)

        # Time span: at least APPLICATIONS_PER_DAY_MIN a day, at most five years.
        per_day = max(APPLICATIONS_PER_DAY_MIN, n / SPAN_DAYS_MAX)
        span = max(10, min(SPAN_DAYS_MAX, int(n / per_day) + 1))
        first = self.today - timedelta(days=int(span * 7 / 5) + 30)
        last = self.today + timedelta(days=3 * 365)       # histories continue past "now" before the cut
        self.clock = Clock(self.cal, first, last, self.tz)
        today_idx = next(i for i, d in enumerate(self.clock.days) if d >= self.today)
        self.end_wm = today_idx * self.clock.dm - 0.01   # end of the last working day before today
        self.start_wm = max(0.0, self.end_wm - span * self.clock.dm)
        self.places = people.Places()
        self.niks = people.NikMaker(date(self.today.year - 70, 1, 1),
                                    date(self.today.year - 21, 12, 31), nik_counts)
        self.nib = people.Bijection(10**11, offset=seed)
        self.npwp_serial = people.Bijection(10**6, offset=seed)
        self.company_counter = self.existing_companies
        self.recent_applicants: deque = deque(maxlen=2000)
        # Keys differ between workstations even for the same seed: two workstations'
        # demo files are different files, never merged into one.
        self.ids = Ids(random.Random(f"{seed}|{self.workstation}"),
                       int(datetime.combine(self.today, dtime()).timestamp() * 1000) + self.existing)
        self.central = OfficeCounters.open(loket)
        self.sicantik_base = self.central.reserve("demo/sicantik", n) - 1 if self.central else self.existing
        forced_states = list(workflow.STATES)
        self.forced: dict[int, str] = {}
        if n >= 2 * len(forced_states):
            step = max(1, n // (4 * len(forced_states)))
            for k, st in enumerate(forced_states):
                self.forced[n - 1 - k * step] = st

    # ---- people and companies ----
    def new_applicant(self, permit: Permit, wm: float, actor: Officer):
        rng = self.rng
        female = rng.random() < (0.85 if permit.code in ("SIPB", "SIPP") and rng.random() < .8 else 0.45)
        home = self.places.pick(rng)
        nik_place = home if rng.random() < 0.9 else self.places.pick(rng, home_share=0.3)
        nik, born = self.niks.make(nik_place.code[:6], female)
        name = people.person_name(rng, nik_place.code[:2], female)
        occ = rng.choice(people.OCCUPATIONS.get(permit.code, people.GENERAL_OCCUPATIONS))
        npwp = nik if rng.random() < 0.35 else None
        email = people.email(rng, name, born) if rng.random() < 0.75 else None
        phone = f"(0264) {rng.randint(200000, 899999)}" if rng.random() < 0.08 else None
        at = ts(self.clock.utc(wm))
        aid = self.ids()
        self.applicant.add((aid, "KTP", nik, name, people.birth_place(nik_place), born.isoformat(),
                            "P" if female else "L", occ, npwp, people.address_line(rng, home),
                            home.code, home.postal_code, phone, people.mobile(rng), email,
                            at, actor.id, actor.workstation, 1, at, actor.id, actor.workstation))
        return (aid, name, nik, female, born, occ, home)

    def new_company(self, permit: Permit, wm: float, actor: Officer) -> tuple[str, str]:
        rng = self.rng
        c = self.company_counter
        self.company_counter += 1
        v = self.places.pick(rng, home_share=0.9)
        name = people.company_name(rng, permit.code)
        nib = f"{rng.choice(('91', '81', '12'))}{self.nib(c):011d}"
        npwp = people.npwp_for_company(c, self.npwp_serial, rng)
        at = ts(self.clock.utc(wm))
        cid = self.ids()
        slug = "".join(ch for ch in name.split(" ", 1)[1].lower() if ch.isalnum())[:20]
        self.company.add((cid, name, nib, npwp, people.address_line(rng, v), v.code,
                          f"(0264) {rng.randint(200000, 899999)}" if rng.random() < .6 else people.mobile(rng),
                          f"admin@{slug}.co.id" if rng.random() < .5 else f"{slug}@gmail.com",
                          at, actor.id, actor.workstation, 1, at, actor.id, actor.workstation))
        return cid, name

    # ---- one application's history ----
    def plan(self, permit: Permit, online: bool, arrival: float, force: str | None):
        """The actions of one application with their times, unbounded by now."""
        rng = self.rng
        exp = rng.expovariate
        dm = self.clock.dm
        steps: list[tuple[str, float, Officer, dict]] = []
        l2 = rng.choice(self.by_role["LOKET2"])
        bo_pool = self.by_unit.get(("BACKOFFICE", permit.bidang)) or self.by_role["BACKOFFICE"]
        analyst = rng.choice(bo_pool)
        kasi = (self.by_unit.get(("KASI", permit.bidang)) or self.by_role["KASI"])[0]
        kabid = (self.by_unit.get(("KABID", permit.bidang)) or self.by_role["KABID"])[0]
        kadin = self.by_role["KADIN"][0]
        t = arrival

        def add(action, actor, data, gap, least=1.0):
            nonlocal t
            t += max(least, gap)
            steps.append((action, t, actor, data))
            return force is not None and workflow.ACTIONS[action].to_state == force

        if online:
            steps.append(("submit_online", t, self.system, {"source": "SiCantik"}))
            if force == "SUBMITTED" or (force is None and rng.random() < 0.02):
                return steps, l2, analyst
            t += exp(1 / (1.5 * dm)) + 10
        else:
            steps.append(("register_walkin", t, l2, {}))
            if force == "DRAFT" or (force is None and rng.random() < 0.004):
                return steps, l2, analyst
        visits = 0
        while True:
            visits += 1
            returned = (force == "RETURNED" and visits == 1) or (
                force is None and rng.random() < (0.12 if visits == 1 else 0.05))
            if returned:
                if add("return", l2, {"missing": [], "reason": None, "slip_number": "",
                                      "duration_seconds": int(rng.uniform(180, 900))}, rng.uniform(5, 20)):
                    return steps, l2, analyst
                if force is None and rng.random() < 0.18:   # never came back
                    return steps, l2, analyst
                t += exp(1 / (4 * dm)) + dm * 0.2
                l2 = rng.choice(self.by_role["LOKET2"])
                continue
            if add("receive", l2, {"receipt_number": "", "duration_seconds": int(rng.uniform(240, 1200))},
                   rng.uniform(5, 25)):
                return steps, l2, analyst
            break
        if add("verify", analyst, {"result": "MEMENUHI"}, exp(1 / (0.8 * dm)) + 30):
            return steps, l2, analyst
        outcome = "IZIN" if rng.random() > 0.03 else "PENOLAKAN"
        if permit.needs_review:
            kind = rng.choice(("RAPAT", "LAPANGAN", "RAPAT_LAPANGAN"))
            gap = exp(1 / (0.5 * dm)) + 20
            sched_day = self.clock.day(t + gap) + rng.randint(1, 3)
            if add("schedule_review", analyst, {"review_kind": kind,
                   "scheduled_at": self.clock.days[sched_day].isoformat()}, gap):
                return steps, l2, analyst
            done = sched_day * dm + permit.review_days * dm * rng.uniform(0.3, 0.9) + rng.uniform(60, 300)
            positive = rng.random() > 0.07
            if not positive:
                outcome = "PENOLAKAN"
            if add("record_review", analyst, {"recommendation": "DISETUJUI" if positive else "DITOLAK"},
                   done - t):
                return steps, l2, analyst
        if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.7 * dm)) + 30):
            return steps, l2, analyst
        while True:   # Kasi, Kabid, Kadis: approve, or send back one level
            if (force == "REVISION") or (force is None and rng.random() < 0.08):
                if add("kasi_send_back", kasi, {"reason": rng.choice(SEND_BACK_REASONS)},
                       exp(1 / (0.5 * dm)) + 15):
                    return steps, l2, analyst
                if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.5 * dm)) + 20):
                    return steps, l2, analyst
                continue
            if add("kasi_approve", kasi, {}, exp(1 / (0.5 * dm)) + 15):
                return steps, l2, analyst
            if force is None and rng.random() < 0.04:
                add("kabid_send_back", kabid, {"reason": rng.choice(SEND_BACK_REASONS)},
                    exp(1 / (0.5 * dm)) + 15)
                continue
            if add("kabid_approve", kabid, {}, exp(1 / (0.5 * dm)) + 15):
                return steps, l2, analyst
            if force is None and rng.random() < 0.02:
                add("kadin_send_back", kadin, {"reason": rng.choice(SEND_BACK_REASONS)},
                    exp(1 / (0.8 * dm)) + 30)
                if add("kabid_approve", kabid, {}, exp(1 / (0.5 * dm)) + 15):
                    return steps, l2, analyst
            sign = {"signature": "TTE" if rng.random() < 0.9 else "BASAH", "signer_name": kadin.name,
                    "number": ""}
            if add("sign", kadin, sign, exp(1 / (0.8 * dm)) + 30):
                return steps, l2, analyst
            break
        if add("print_sk", rng.choice(self.by_role["LOKET4"]), {"copies": 1}, exp(1 / (0.3 * dm)) + 5):
            return steps, l2, analyst
        l5 = rng.choice(self.by_role["LOKET5"])
        gap = exp(1 / (3 * dm)) + 30
        if force != "SURVEYED" and rng.random() < 0.08:
            if add("decline_survey", l5, {"reason": rng.choice(DECLINE_REASONS)}, gap):
                return steps, l2, analyst
        elif add("survey", l5, {"survey_id": ""}, gap):
            return steps, l2, analyst
        if add("hand_over", l5, {}, rng.uniform(2, 8)):
            return steps, l2, analyst
        # counter 5 archives the file with the handover, a second later (app/services/handover.py)
        add("archive", l5, {"handover_receipt": ""}, 1 / 60, least=1 / 60)
        return steps, l2, analyst

    def application(self, i: int) -> None:
        rng = self.rng
        force = self.forced.get(i)
        permit = rng.choices(self.permits, self.permit_weights)[0]
        if force in ("REVIEW_SCHEDULED", "REVIEWED") and not permit.needs_review:
            permit = rng.choice(self.review_permits)
        online = rng.random() < ONLINE_SHARE
        if force == "SUBMITTED":
            online = True
        elif force == "DRAFT":
            online = False
        arrival = self.start_wm + (i + rng.random()) * (self.end_wm - self.start_wm) / self.n
        steps, l2, analyst = self.plan(permit, online, arrival, force)
        if force is not None and steps[-1][1] > self.end_wm:
            # Steer it into its state by now: squeeze the gaps, keeping their order.
            span = steps[-1][1] - arrival
            room = max(1.0, (self.end_wm - arrival) * 0.95)
            steps = [(a, arrival + (t - arrival) * room / span, o, d) for a, t, o, d in steps]
        steps = [s for s in steps if s[1] <= self.end_wm]
        self.write(i, permit, online, steps, analyst)

    def write(self, i, permit: Permit, online: bool, steps, analyst: Officer) -> None:
        rng, clock = self.rng, self.clock
        first_action, t0, creator, _ = steps[0]
        if online:
            submitted_local = clock.local(t0) - timedelta(minutes=rng.uniform(3, 60 * 30))
            submitted = (submitted_local - self.tz.utcoffset(submitted_local)).replace(tzinfo=None)
        else:
            submitted = clock.utc(t0)
        applicant_actor = creator
        if self.recent_applicants and rng.random() < 0.1:
            person = rng.choice(self.recent_applicants)
        else:
            person = self.new_applicant(permit, t0, applicant_actor)
            self.recent_applicants.append(person)
        aid, name, nik, female, born, occ, home = person
        company_id = None
        is_company = rng.random() < COMPANY_SHARE.get(permit.code, 0.0)
        if is_company:
            company_id, company_name = self.new_company(permit, t0, applicant_actor)
        kind = people.pick_weighted(rng, KIND_WEIGHTS)
        if kind == "PERPANJANGAN" and not permit.validity_months:
            kind = "PERUBAHAN" if rng.random() < 0.3 else "BARU"
        old_permit = None
        if kind != "BARU":
            old_year = clock.days[0].year - rng.randint(1, 5)
            old_permit = numbering.format_number(self.fmt_permit, rng.randint(1, 2400),
                                                 datetime(old_year, rng.randint(1, 12), 1),
                                                 workstation="", code=permit.code)
        site = self.places.pick(rng, home_share=1.0)
        location = _location(rng, permit, name, company_name if is_company else None, site)
        app_id = self.ids()
        seq = self.sicantik_base + i + 1
        if online:   # SiCantik's number
            no = f"{submitted_local.year}{submitted_local.month:02d}{seq:07d}"
        else:        # numbered at the counter (numbering.walkin), once the order is known
            no = f"WI-PENDING-{app_id}"

        state = None
        received_at = due = None
        outcome = None
        events = self.event
        checks_done: list[tuple[float, Officer, bool, list]] = []
        survey_id = None
        eids = [self.ids() for _ in steps]
        numbers = self.numbers
        for k, (action, t, actor, data) in enumerate(steps):
            a = workflow.ACTIONS[action]
            at = ts(clock.utc(t))
            eid = eids[k]
            data = dict(data)
            if action == "register_walkin":
                numbers.append(("walkin", actor.workstation, clock.local(t), at, eid, app_id, None))
            elif action == "return":
                missing = _missing(rng, permit)
                data["missing"] = [m[1] for m in missing]
                checks_done.append((t, actor, False, missing))
                numbers.append(("return_slip", actor.workstation, clock.local(t), at, eid, app_id, None))
            elif action == "receive":
                received_at = at
                due = clock.working_day_after(clock.day(t), permit.service_days).isoformat()
                data["due_date"] = due
                checks_done.append((t, actor, True, ()))
                numbers.append(("receipt", actor.workstation, clock.local(t), at, eid, app_id, None))
            elif action == "draft":
                outcome = data["outcome"]
            elif action == "sign":
                local = clock.local(t)
                if outcome == "IZIN":
                    data["valid_from"] = local.date().isoformat()
                    if permit.validity_months:
                        data["valid_until"] = add_months(local.date(), permit.validity_months).isoformat()
                numbers.append(("permit" if outcome == "IZIN" else "rejection", "", local, at, eid,
                                app_id, None))
            elif action in ("survey", "decline_survey"):
                survey_id = self.ids()
                declined = action == "decline_survey"
                data["survey_id"] = survey_id
                answers = None if declined else dict(zip(SKM_KEYS, rng.choices((1, 2, 3, 4), (2, 8, 55, 35), k=9), strict=True))
                age = clock.local(t).year - born.year
                self.survey.add((survey_id, app_id, json.dumps(answers) if answers else None, age,
                                 "P" if female else "L", rng.choice(EDUCATION), occ,
                                 rng.choice(SUGGESTIONS) if not declined and rng.random() < 0.15 else None,
                                 int(declined), data.get("reason") if declined else None,
                                 at, at, actor.id, actor.workstation))
            elif action == "hand_over":
                letter = letter_date = None
                if rng.random() < 0.85:
                    recipient, rnik, proxy = name, nik, False
                else:
                    pf = rng.random() < 0.5
                    rnik, _ = self.niks.make(home.code[:6], pf)
                    recipient, proxy = people.person_name(rng, home.code[:2], pf), True
                    letter_date = clock.local(t).date() - timedelta(days=rng.randint(1, 10))
                    letter = f"{rng.randint(1, 99):02d}/SK/{letter_date.year}"
                data.update(recipient_name=recipient, recipient_id_type="KTP", recipient_id_number=rnik,
                            by_proxy=proxy, proxy_letter_number=letter,
                            proxy_letter_date=letter_date.isoformat() if letter_date else None,
                            receipt_number="")
                self.handover.add((self.ids(), app_id, None, None, None, recipient, "KTP", rnik, int(proxy),
                                   letter, letter_date.isoformat() if letter_date else None, at,
                                   actor.id, actor.name, actor.workstation, at, actor.id, actor.workstation))
                numbers.append(("handover", actor.workstation, clock.local(t), at, eid, app_id,
                                eids[k + 1] if k + 1 < len(eids) else None))
            events.add((eid, app_id, action, state, a.to_state, actor.id, actor.name,
                        actor.workstation, at, json.dumps(data) if data else None, at, actor.id,
                        actor.workstation, k + 1))
            state = a.to_state
        last_action, t_last, last_actor, _ = steps[-1]
        if checks_done:
            self.write_checks(app_id, permit, checks_done)
        technical = None
        if state not in ("SUBMITTED", "DRAFT", "RETURNED", "RECEIVED"):
            technical = json.dumps(_technical(rng, permit, name, location, site), ensure_ascii=False)
        holder_role = workflow.holder_of(state)
        holder_id = _holder(steps)
        created = ts(clock.utc(t0))
        last_at = ts(clock.utc(t_last))
        self.app.add((app_id, no, kind, old_permit, permit.id,
                      "PERUSAHAAN" if is_company else "PERORANGAN", aid, company_id, location,
                      site.code, "ONLINE" if online else "WALKIN", ts(submitted), received_at, due,
                      technical, state, last_at, holder_role, holder_id, outcome, name, nik,
                      name_key(name), last_at, last_actor.id, last_actor.workstation, len(steps),
                      created, creator.id, creator.workstation))

    def write_checks(self, app_id: str, permit: Permit, rounds) -> None:
        rng = self.rng
        first_t, first_actor = rounds[0][0], rounds[0][1]
        last_t, last_actor, complete, missing = rounds[-1]
        missing_ids = {m[0] for m in missing}
        created = ts(self.clock.utc(first_t))
        updated = ts(self.clock.utc(last_t))
        for req_id, _name, mandatory, original_needed in permit.requirements:
            if complete:
                present = mandatory or rng.random() < 0.4
            else:
                present = req_id not in missing_ids and (mandatory or rng.random() < 0.3)
            note = None
            if not present and mandatory:
                note = rng.choice(MISSING_NOTES)
            self.check.add((self.ids(), app_id, req_id, int(present), int(present and original_needed),
                            rng.randint(1, 4) if present else None, note, updated, last_actor.id,
                            last_actor.workstation, len(rounds), created, first_actor.id,
                            first_actor.workstation))

    # ---- numbers, in the order they were issued ----
    def allocate_numbers(self, cur) -> None:
        cur.executemany("INSERT INTO temp.demo_number VALUES (?, ?, ?, ?, ?, ?, ?)", (
            (kind, scope, local.isoformat(sep=" "), at, eid, app_id, eid2)
            for kind, scope, local, at, eid, app_id, eid2 in self.numbers))
        self.numbers.clear()

    def finish_numbers(self, dbapi) -> dict[str, int]:
        """Every number, per kind (and workstation) and year, in the order the
        documents were issued, in the office's formats, continuing its sequences."""
        read, write = dbapi.cursor(), dbapi.cursor()
        seqs: dict[str, int] = {}
        existing = dict(read.execute("SELECT key, value FROM number_sequence").fetchall())
        if self.central is not None:
            # One office: every counter continues from the central database's, in a
            # block reserved for this run, so demo data of two workstations never collide.
            wanted = read.execute("SELECT kind, scope, substr(local, 1, 4), count(*) FROM temp.demo_number "
                                  "GROUP BY kind, scope, substr(local, 1, 4)").fetchall()
            for kind, scope, year, count in wanted:
                key = f"{kind}/{scope}/{year}" if scope else f"{kind}/{year}"
                existing[key] = self.central.reserve(key, count) - 1
        read.execute("SELECT kind, scope, local, event_id, app_id, event2_id FROM temp.demo_number "
                     "ORDER BY kind, scope, substr(local, 1, 4), at, event_id")
        while rows := read.fetchmany(20000):
            upd: dict[str, list] = {}
            for kind, scope, local, eid, app_id, eid2 in rows:
                when = datetime.fromisoformat(local)
                key = f"{kind}/{scope}/{when.year}" if scope else f"{kind}/{when.year}"
                n = seqs.get(key, existing.get(key, 0)) + 1
                seqs[key] = n
                number = numbering.format_number(self.formats[kind], n, when, workstation=scope)
                for sql, param in NUMBER_UPDATES[kind]:
                    target = {"app": app_id, "event": eid, "event2": eid2}[param]
                    if target is not None:
                        upd.setdefault(sql, []).append((number, uuid_bytes(target)))
            for sql, params in upd.items():
                write.executemany(sql, params)
        for key, value in seqs.items():
            write.execute("INSERT INTO number_sequence (key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)", (key, value))
        read.close()
        write.close()
        return seqs

    # ---- the run ----
    def run(self, dbapi, progress: Callable[[int, int], None] | None) -> int:
        cur = dbapi.cursor()
        from db.models import Base
        t = Base.metadata.tables
        self.applicant = Bulk(cur, t["applicant"], APPLICANT_COLS)
        self.company = Bulk(cur, t["company"], COMPANY_COLS)
        self.app = Bulk(cur, t["application"], APPLICATION_COLS)
        self.check = Bulk(cur, t["requirement_check"], CHECK_COLS)
        self.event = Bulk(cur, t["workflow_event"], EVENT_COLS)
        self.survey = Bulk(cur, t["survey_response"], SURVEY_COLS)
        self.handover = Bulk(cur, t["handover"], HANDOVER_COLS)
        self.numbers: list = []
        outbox = _outbox_tables(cur)
        if outbox:
            # The sync capture triggers queue one row at a time (three statements per
            # insert); muted here, the same outbox entries are written set-based below.
            cur.execute("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS demo_number (kind TEXT, scope TEXT, local TEXT, "
                    "at INTEGER, event_id TEXT, app_id TEXT, event2_id TEXT)")
        cur.execute("DELETE FROM temp.demo_number")
        batch = 2000
        step = max(batch, (self.n // 20) // batch * batch)
        for i in range(self.n):
            self.application(i)
            if (i + 1) % batch == 0 or i + 1 == self.n:
                # Parents before children: foreign keys stay checked.
                for b in (self.applicant, self.company, self.app, self.check, self.event, self.survey,
                          self.handover):
                    b.flush()
                self.allocate_numbers(cur)
                if progress and ((i + 1) % step == 0 or i + 1 == self.n):
                    progress(i + 1, self.n)
        self.finish_numbers(dbapi)
        cur.execute("DROP TABLE temp.demo_number")
        if outbox:
            now = ts(utcnow())
            for table, pk, row_filter, after in outbox:
                where = f"rowid > {int(after)}" + (f" AND {row_filter[0]} = '{row_filter[1]}'" if row_filter else "")
                cur.execute(f"INSERT INTO sync_outbox (table_name, row_id, gen, base_version, base, queued_at) "
                            f"SELECT '{table}', {pk}, 1, NULL, NULL, ? FROM {table} WHERE {where} "
                            f"ON CONFLICT (table_name, row_id) DO NOTHING", (now,))
            cur.execute("DELETE FROM sync_mute")
        self.rows_written = sum(b.count for b in (self.applicant, self.company, self.app, self.check,
                                                  self.event, self.survey, self.handover))
        return self.n


def _outbox_tables(cur) -> list[tuple[str, str, tuple | None, int]]:
    """Bulk tables the sync capture watches (app/sync/capture.py), with the
    highest rowid before this run: what this run adds is queued for the push."""
    names = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    if not {"sync_outbox", "sync_mute"} <= names:
        return []
    try:
        from app.sync import tables as sync_tables
        specs = sync_tables.by_name()
    except ImportError:
        return []
    out = []
    for table in BULK_TABLES:
        spec = specs.get(table)
        if spec is None or not any(n.startswith(f"sync_ai_{table}_") for n in names):
            continue
        after = cur.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        out.append((table, spec.pk, spec.row_filter, after))
    return out


SKM_KEYS = tuple(f"U{k}" for k in range(1, 10))
SEND_BACK_REASONS = (
    "Dasar hukum pada konsideran belum diperbarui.",
    "Nama pemohon pada naskah tidak sesuai KTP.",
    "Masa berlaku izin belum dicantumkan.",
    "Alamat lokasi izin perlu dilengkapi RT/RW.",
    "Lampiran rekomendasi teknis belum dirujuk dalam naskah.",
    "Nomor STR pada naskah berbeda dengan dokumen.",
)
DECLINE_REASONS = ("Pemohon terburu-buru.", "Pemohon diwakili kuasa dan enggan mengisi.",
                   "Pemohon tidak bersedia.")
MISSING_NOTES = ("Belum dilampirkan.", "Sudah kedaluwarsa.", "Fotokopi tidak terbaca.",
                 "Asli tidak dibawa.", "Belum ditandatangani.")
EDUCATION = ("SD", "SMP", "SMA", "D3", "S1", "S1", "S1", "S2", "S3")
SUGGESTIONS = ("Pelayanan cepat, terima kasih.", "Ruang tunggu perlu ditambah kursi.",
               "Mohon informasi persyaratan di laman diperbarui.", "Petugas ramah dan jelas.",
               "Parkir kurang luas.", "Antrean sebaiknya memakai nomor daring.")
UNIVERSITIES = ("Universitas Padjadjaran", "Institut Teknologi Bandung", "Universitas Pendidikan Indonesia",
                "Universitas Singaperbangsa Karawang", "Universitas Islam Negeri Sunan Gunung Djati",
                "Universitas Indonesia", "Politeknik Kesehatan Bandung", "STIKes Bhakti Husada")
TOPICS = ("Pengaruh pelayanan terpadu satu pintu terhadap kepuasan masyarakat",
          "Strategi pengembangan UMKM di sektor kuliner", "Analisis ketahanan pangan rumah tangga petani",
          "Efektivitas program posyandu dalam penurunan stunting", "Kualitas air Waduk Jatiluhur",
          "Pola konsumsi energi rumah tangga perdesaan", "Peran BUMDes dalam ekonomi desa")


def _holder(steps) -> str | None:
    """Who the file waits on, by the back office's rule (app/services/backoffice.py
    _next_holder): the same officer while it stays with one role; otherwise the
    officer of the receiving role who last passed it on, or anyone of the role."""
    holder, last_by_role, state = None, {}, None
    for action, _t, actor, _d in steps:
        to_state = workflow.ACTIONS[action].to_state
        to_role = workflow.holder_of(to_state)
        from_role = workflow.holder_of(state) if state else None
        if to_role is None:
            holder = None
        elif to_role == from_role:
            holder = actor.id
        else:
            holder = last_by_role.get(to_role)
        if from_role and actor.id:
            last_by_role[from_role] = actor.id
        state = to_state
    return holder




def _missing(rng: random.Random, permit: Permit) -> list[tuple[str, str]]:
    mandatory = [(r[0], r[1]) for r in permit.requirements if r[2]]
    return rng.sample(mandatory, k=min(len(mandatory), rng.choice((1, 1, 1, 2))))


def _facility(rng: random.Random, name: str, site) -> str:
    kind = rng.choice(("Klinik Pratama", "Klinik Utama", "Puskesmas", "Rumah Sakit", "Praktik Mandiri"))
    if kind == "Praktik Mandiri":
        return f"Praktik Mandiri {name}"
    if kind == "Puskesmas":
        return f"UPTD Puskesmas {site.kecamatan}"
    return f"{kind} {rng.choice(people.COMPANY_WORDS)} {rng.choice(('Medika', 'Husada', 'Sehat', 'Sentosa'))}"


def _location(rng, permit: Permit, name: str, company: str | None, site) -> str:
    # The street part only: the village and kecamatan come from location_region_code.
    addr = f"Jl. {rng.choice(people.STREETS).replace('_', ' ')} No. {rng.randint(1, 200)}"
    if permit.code.startswith("SIP"):
        return f"{_facility(rng, name, site)}, {addr}"
    if permit.code == "PENELITIAN":
        return rng.choice((f"Kantor Desa {site.name}", f"Wilayah kerja UPTD Puskesmas {site.kecamatan}",
                           "Sekolah dan masyarakat setempat", f"Kelompok tani di {site.name}"))
    brand = (company or "").split(" ", 1)[-1] or f"{rng.choice(people.COMPANY_WORDS)} {name.split()[0]}"
    label = {
        "SIA": f"Apotek {brand}", "TOKO-OBAT": f"Toko Obat {brand}", "OPTIK": f"Optik {brand}",
        "REKLAME": "Titik reklame", "PBG": company and f"Gedung {brand}" or f"Rumah tinggal {name}",
        "SLF": company and f"Gedung {brand}" or f"Rumah tinggal {name}",
        "SIUP-MIKOL": f"{rng.choice(('Restoran', 'Hotel', 'Bar'))} {brand}",
        "TPS-LB3": f"TPS limbah B3 {company or name}", "TDUP": f"{rng.choice(('Rumah Makan', 'Kafe', 'Homestay'))} {brand}",
    }.get(permit.code, company or name)
    head, _, rest = label.partition(" ")
    if rest and head.lower() in rest.lower():      # "Optik Gemilang Optik" → "Gemilang Optik"
        label = rest
    return f"{label}, {addr}"


def _technical(rng, permit: Permit, name: str, location: str, site) -> dict:
    out = {}
    for f in permit.fields:
        low = f.lower()
        if "nama fasilitas" in low:
            v = location.split(",")[0]
        elif low.startswith("alamat"):
            v = location.split(", ", 1)[-1]
        elif "str" in low and "nomor" in low:
            v = f"{rng.randint(10, 99)}{rng.randint(10**13, 10**14 - 1)}"
        elif "sipa" in low:
            v = f"503/{rng.randint(1, 999):03d}/SIPA/DPMPTSP/{rng.randint(2021, 2025)}"
        elif "jadwal" in low:
            v = rng.choice(("Senin–Jumat 16.00–21.00", "Senin–Sabtu 07.00–12.00", "Selasa, Kamis 17.00–20.00"))
        elif "hasil" in low:
            v = "Memenuhi syarat"
        elif low.startswith("nama apoteker"):
            v = f"apt. {name}, S.Farm."
        elif low.startswith("nama tenaga teknis"):
            v = f"{name}, A.Md.Farm."
        elif low.startswith("nama refraksionis"):
            v = f"{name}, A.Md.RO."
        elif low.startswith("nama"):
            v = location.split(",")[0]
        elif "luas" in low:
            v = rng.randint(36, 900)
        elif "jenis reklame" in low:
            v = rng.choice(("Billboard", "Baliho", "Neon box", "Papan nama", "Videotron"))
        elif "ukuran" in low:
            v = rng.choice(("4 × 6", "5 × 10", "2 × 1", "1 × 3", "3 × 4"))
        elif "jumlah muka" in low:
            v = rng.choice((1, 2))
        elif "koordinat" in low:
            v = f"-6.{rng.randint(480000, 720000)}, 107.{rng.randint(300000, 550000)}"
        elif "naskah" in low:
            v = rng.choice(("Promo produk", "Nama usaha", "Layanan masyarakat"))
        elif "judul" in low:
            v = rng.choice(TOPICS)
        elif "lembaga" in low:
            v = rng.choice(UNIVERSITIES)
        elif "lokasi penelitian" in low:
            v = f"{location}, Kec. {site.kecamatan}"
        elif "waktu penelitian" in low:
            v = f"{rng.choice((1, 2, 3, 6))} bulan"
        elif "fungsi" in low:
            v = rng.choice(("Hunian", "Usaha", "Sosial budaya", "Campuran"))
        elif "lantai" in low:
            v = rng.choice((1, 1, 2, 2, 3, 4))
        elif "kkpr" in low or "nomor pbg" in low:
            v = f"{rng.randint(10**12, 10**13 - 1)}"
        elif "retribusi" in low:
            v = rng.randint(5, 500) * 100_000
        elif "jenis usaha" in low:
            v = next((k for k in ("Rumah Makan", "Kafe", "Homestay") if location.startswith(k)),
                     "Daya tarik wisata")
        elif "kapasitas" in low:
            v = rng.randint(10, 200)
        elif "golongan" in low:
            v = rng.choice(("A", "A, B", "A, B, C"))
        elif "jenis tempat" in low:
            v = rng.choice(("Hotel", "Restoran", "Bar"))
        elif "limbah" in low:
            v = rng.choice(("Oli bekas", "Aki bekas", "Majun terkontaminasi", "Lampu TL bekas"))
        else:
            v = "-"
        out[f] = v
    return out


# --- the demo office -----------------------------------------------------------

# The identity a real office fills in (loket doctor flags what is still empty): the
# demo office "Kabupaten Contoh" fills every one, so every demo SK prints.
OFFICE_SETTINGS = {
    "office.phone": "(0264) 200100",
    "office.website": "dpmptsp.contohkab.go.id",
    "office.email": "dpmptsp@contohkab.go.id",
    "office.head_name": "Dr. Hj. Siti Rahmawati, M.Si.",
    "office.head_nip": "197001011995031001",
    "office.head_rank": "Pembina Utama Muda (IV/c)",
    "office.legaliser_title": "Kepala Bidang Pelayanan Perizinan",
    "office.legaliser_name": "Drs. Bambang Suryadi, M.M.",
    "office.legaliser_nip": "197205152000031004",
    "office.register_supervisor_name": "Rina Marlina, S.Sos.",
    "office.register_supervisor_nip": "198003102005022001",
    "office.legal_perda_perangkat_daerah": "Peraturan Daerah Kabupaten Contoh Nomor 8 Tahun 2016 tentang "
                                    "Pembentukan dan Susunan Perangkat Daerah",
    "office.legal_perbup_pendelegasian": "Peraturan Bupati Contoh Nomor 12 Tahun 2022 tentang Pendelegasian "
                                  "Kewenangan Penyelenggaraan Perizinan Berusaha dan Nonperizinan kepada "
                                  "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "office.legal_perda_reklame": "Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2019 tentang "
                           "Penyelenggaraan Reklame",
    "office.legal_perbup_reklame": "Peraturan Bupati Contoh Nomor 25 Tahun 2020 tentang Tata Cara Perizinan "
                            "Penyelenggaraan Reklame",
}


def fill_office(session: Session) -> int:
    """Give the demo office its identity; a value already set is kept. Returns how many
    settings were written (committed)."""
    n = 0
    for key, value in OFFICE_SETTINGS.items():
        if not config.get(session, key):
            config.set_(session, key, value)
            n += 1
    if n:
        session.commit()
    return n


# --- entry point ----------------------------------------------------------------

def generate(loket, n: int, seed: int = 1, if_empty: bool = False, *, today: date | None = None,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Add N demo applications. With if_empty, only when there are none yet.
    Returns how many were created."""
    if n < 0:
        raise ValueError("n must be >= 0")
    with loket.Session() as s:
        existing = s.scalar(select(func.count()).select_from(Application)) or 0
        if n and not existing:
            fill_office(s)
    if n == 0 or (if_empty and existing):
        return 0
    gen = Generator(loket, n, seed, today)
    fresh = existing == 0
    started = time.perf_counter()
    loket.engine.dispose()      # the load needs the file to itself to leave WAL
    raw = loket.engine.raw_connection()
    dbapi = raw.driver_connection
    old_isolation = dbapi.isolation_level
    dbapi.isolation_level = None
    cur = dbapi.cursor()
    journal = None
    try:
        if fresh:
            try:
                journal = cur.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError:   # another connection has the file open: stay in WAL
                journal = None
        cur.execute("PRAGMA cache_size=-131072")   # 128 MiB while loading
        cur.execute("PRAGMA temp_store=FILE")
        cur.execute("BEGIN IMMEDIATE")
        try:
            indexes = []
            if fresh:
                indexes = cur.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    f"AND tbl_name IN ({', '.join('?' * len(BULK_TABLES))})", BULK_TABLES).fetchall()
                for name, _sql in indexes:
                    cur.execute(f'DROP INDEX "{name}"')
            gen.run(dbapi, progress)
            for _name, sql in indexes:
                cur.execute(sql)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        # Fresh statistics let the planner pick the right index on a big file.
        cur.execute("PRAGMA analysis_limit=1000")
        cur.execute("ANALYZE")
    finally:
        if journal is not None:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA cache_size=-2000")
        cur.close()
        dbapi.isolation_level = old_isolation
        raw.close()
        loket.engine.dispose()
    if gen.central is not None:
        # From here on (the SKs prepared just below, then the officers) office-wide
        # numbers come from this workstation's blocks, as after a sync.
        try:
            from app.sync import blocks
            blocks.top_up(loket.engine, gen.central.engine, gen.workstation)
        finally:
            gen.central.close()
    done = demo_tte.finish(loket)
    log.info("demo: %d applications, %d rows in %.1f s (seed %d); TTE: %s", n, gen.rows_written,
             time.perf_counter() - started, seed, done)
    return n


def print_progress(done: int, total: int) -> None:
    print(f"  {done:>10,} / {total:,}".replace(",", "."), file=sys.stderr, flush=True)
