"""The SOP simulation: each demo application lives through the office's
workflow on the office's working-time clock.

Working time is one number (`Clock`): minutes of office hours since the first
working day of the span (Monday–Friday office hours minus holidays and
closures, app/calendar.py), so every officer action falls on a working day
within office hours and order is kept. A file's history (`Simulation.plan`):
an online submission or a walk-in registration, the visit to counter 2
(receipt, or a return slip and a later visit), back-office verification,
technical review where the permit type needs it, the draft, validation by the
section and division heads (who sometimes send it back), signing, printing,
the SKM survey, handover and archiving. It is cut at the end of the last
working day before today, so the file stands in whatever state it reached by
then. Every event is a transition of app/workflow.py taken by a role allowed
to take it, so the cached state always equals the state derived from the
events. For N ≥ 2 × the number of states one application is steered into
each state, so every worklist and every status filter has something to show.

Two random streams: the histories (which permit, online or not, when, who,
what happens) on one, the people and the paperwork (names, NIKs, checklists,
survey answers) on the other. The histories are run twice (app/demo/
numbers.py: first to learn the order of the numbers, then to write), and the
second run repeats the first exactly because nothing else draws from its
stream.

`Simulation.write` turns a history into rows for app/demo/bulk.py: tuples in
the column order of FIELDS, with values as the ORM would see them except keys
and times, made directly in the form the SQLite file stores (16 bytes;
integer microseconds, `Clock.us`), which the writer then passes through. Event data
carries the keys the services write (app/services/intake.py, backoffice.py,
survey.py, handover.py), so every screen reads demo files as it reads real
ones. Keys are UUIDv7 (time-ordered, RFC 9562), which keeps primary-key
inserts appending.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.context import Actor

import heapq
import random
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app import clock, config, numbering, workflow
from app.calendar import WorkCalendar, add_months
from app.demo import details, people
from app.demo.roster import BIDANG, SYSTEM, Officer, roster
from app.validation import name_key
from db.base import STAMPS_DERIVED
from db.models import Applicant, Application, Company, PermitType
from db.values import time_int, uuid_bytes, uuid_text

ONLINE_SHARE = 0.7
# The stored created_at of a row whose stamps are its own (db/base.py DERIVED_STAMPS).
_STAMPS_DERIVED = time_int(STAMPS_DERIVED)
KIND_WEIGHTS = (("BARU", 65), ("PERPANJANGAN", 25), ("PERUBAHAN", 10))
PERMIT_WEIGHTS = {"SIP-DOK": 10, "SIP-DRG": 4, "SIPB": 10, "SIPP": 14, "SIA": 5, "TOKO-OBAT": 3,
                  "OPTIK": 2, "REKLAME": 12, "PENELITIAN": 14, "PBG": 12, "SLF": 4, "TDUP": 5,
                  "SIUP-MIKOL": 2, "TPS-LB3": 3}
COMPANY_SHARE = {"SIA": .7, "TOKO-OBAT": .6, "OPTIK": .7, "REKLAME": .6, "PBG": .4, "SLF": .7,
                 "TDUP": .6, "SIUP-MIKOL": .9, "TPS-LB3": 1.0}
SKM_ANSWER = people.Weighted((1, 2, 3, 4), (2, 8, 55, 35))   # one of the nine answers of a survey
APPLICATIONS_PER_DAY_MIN = 8       # a small regency office
SPAN_DAYS_MAX = 1250               # five years of working days


# The columns of the rows `Simulation.write` hands over, in the order of its
# tuples (the tables' own column order: app/demo/bulk.py passes such rows to
# executemany as they are).
FIELDS = {
    "applicant": ("id_type", "nik", "name", "birth_place", "birth_date", "gender", "occupation", "npwp",
                  "address", "region_code", "postal_code", "phone", "mobile", "email", "updated_at",
                  "updated_by", "updated_ws", "version", "id", "created_at", "created_by", "created_ws"),
    "company": ("name", "nib", "npwp", "address", "region_code", "phone", "email", "updated_at", "updated_by",
                "updated_ws", "version", "id", "created_at", "created_by", "created_ws"),
    "application": ("no_permohonan", "kind", "old_permit_number", "permit_type_id", "applicant_type",
                    "applicant_id", "company_id", "location", "location_region_code", "source", "submitted_at",
                    "received_at", "due_date", "technical_data", "state", "state_since", "holder_role",
                    "holder_id", "outcome", "applicant_name", "applicant_nik", "name_key", "receipt_number",
                    "permit_number", "updated_at", "updated_by", "updated_ws", "version", "id", "created_at",
                    "created_by", "created_ws"),
    "requirement_check": ("application_id", "requirement_id", "present", "original", "sheets", "note",
                          "updated_at", "updated_by", "updated_ws", "version", "id", "created_at",
                          "created_by", "created_ws"),
    "workflow_event": ("application_id", "action", "from_state", "to_state", "actor_id", "actor_name",
                       "workstation", "at", "seq", "data", "id", "created_at", "created_by", "created_ws"),
    "survey_response": ("application_id", "answers", "age", "gender", "education", "occupation", "suggestion",
                        "declined", "decline_reason", "at", "id", "created_at", "created_by", "created_ws"),
    "handover": ("application_id", "permit_number", "sk_document_id", "receipt_document_id", "recipient_name",
                 "recipient_id_type", "recipient_id_number", "by_proxy", "proxy_letter_number",
                 "proxy_letter_date", "handed_at", "officer_id", "officer_name", "workstation", "id",
                 "created_at", "created_by", "created_ws"),
}


# --- ids and times -----------------------------------------------------------

class Ids:
    """UUIDv7 (RFC 9562, method 1: 12-bit counter in rand_a), monotonic within
    a run, so every primary-key insert appends to the index. Each key is made as
    its 16 bytes, the form the SQLite file stores (db/base.py UuidStr): the text,
    where a row needs one (an event's data), is `text(key)`."""

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self.rng, self.ms, self.counter = rng, start_ms, 0
        self.high = (self.ms << 16 | 0x7000) << 64     # 48-bit unix_ts_ms, then version 7

    def __call__(self) -> bytes:
        self.counter += 1
        if self.counter >= 4096:
            self.counter, self.ms = 0, self.ms + 1
            self.high = (self.ms << 16 | 0x7000) << 64
        n = self.rng.getrandbits(62) | 0x8000000000000000   # variant 10, 62 random bits
        return (self.high | self.counter << 64 | n).to_bytes(16, "big")

    def many(self, k: int) -> list[bytes]:
        """The next k keys, as k calls would make them."""
        out = []
        getrandbits, counter, ms, high = self.rng.getrandbits, self.counter, self.ms, self.high
        for _ in range(k):
            counter += 1
            if counter >= 4096:
                counter, ms = 0, ms + 1
                high = (ms << 16 | 0x7000) << 64
            out.append((high | counter << 64 | getrandbits(62) | 0x8000000000000000).to_bytes(16, "big"))
        self.counter, self.ms, self.high = counter, ms, high
        return out

    text = staticmethod(uuid_text)


def _ms(seconds: float) -> int:
    """round(round(seconds, 3) * 1000): whole milliseconds, rounded as round(x, 3)
    rounds (the float's exact decimal value, ties to even), without its decimal
    conversion (a microsecond a call, millions of calls). x * 1000 is off the exact
    product by far less than 0.01 ms here (seconds of one working day), so only
    near a tie can the two disagree: there, the long way."""
    y = seconds * 1000.0
    m = round(y)
    if m - y > 0.49 or y - m > 0.49:
        return round(round(seconds, 3) * 1000)
    return m


class Clock:
    """Working time as one number: minutes of office hours since the first
    working day of the span."""

    def __init__(self, cal: WorkCalendar, first: date, last: date, tz: ZoneInfo) -> None:
        self.open, close = cal.hours
        self.dm = (datetime.combine(first, close) - datetime.combine(first, self.open)).seconds // 60
        days, d = [], first
        while d <= last:
            if cal.is_working_day(d):
                days.append(d)
            d += timedelta(days=1)
        self.days = days
        self.tz = tz
        self._base = [self._utc(datetime.combine(d, self.open)) for d in days]
        self._base_us: list[int] = [time_int(b) for b in self._base]
        self._local = [datetime.combine(d, self.open) for d in days]
        self._year = [d.year for d in days]

    def _utc(self, local: datetime) -> datetime:
        return (local - self.tz.utcoffset(local)).replace(tzinfo=None)  # type: ignore[operator]

    def utc(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return self._base[day] + timedelta(milliseconds=_ms((wm - day * self.dm) * 60))

    def us(self, wm: float) -> int:
        """utc(wm) as the SQLite file stores it (db/values.py time_int: integer
        microseconds), without the datetime: the same millisecond rounding, in integers."""
        day = int(wm // self.dm)
        y = (wm - day * self.dm) * 60000.0
        m = round(y)
        if m - y > 0.49 or y - m > 0.49:    # (_ms inlined: this runs for every row)
            m = round(round((wm - day * self.dm) * 60, 3) * 1000)
        return self._base_us[day] + m * 1000

    def local(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return self._local[day] + timedelta(milliseconds=_ms((wm - day * self.dm) * 60))

    def year(self, wm: float) -> int:
        return self._year[int(wm // self.dm)]

    def day(self, wm: float) -> int:
        return int(wm // self.dm)

    def working_day_after(self, day_index: int, n: int) -> date:
        return self.days[day_index + n]


# --- the permit types as the generator needs them ---------------------------

@dataclass
class Permit:
    id: bytes          # as stored (16 bytes), like every key the rows carry
    code: str
    name: str
    service_days: int
    needs_review: bool
    review_days: int
    validity_months: int | None
    bidang: str
    fields: list[str]
    requirements: list[tuple[bytes, str, bool, bool]]   # id (as stored), name, mandatory, original_needed


# The numbers a history issues: the action, the counter's kind, scoped per workstation or not.
NUMBERED = {"register_walkin": ("walkin", True), "return": ("return_slip", True),
            "receive": ("receipt", True), "hand_over": ("handover", True)}


def numbered(steps: Any, outcome: str | None = None) -> Any:
    """(index, kind, scope, time) of each number a history issues, in step order;
    the same for the first run (which records them) and the second (which takes them)."""
    for k, (action, t, actor, data) in enumerate(steps):
        if action == "draft":
            outcome = data["outcome"]
        elif action == "sign":
            yield k, ("permit" if outcome == "IZIN" else "rejection"), "", t
        else:
            spec = NUMBERED.get(action)
            if spec is not None:
                yield k, spec[0], actor.workstation if spec[1] else "", t


class Simulation:
    def __init__(self, session: Session, n: int, seed: int, today: date | None, sicantik_base: int | None = None) -> None:
        self.n = n
        self.rng = people.Rng(seed)                 # people and paperwork
        self.prng = people.Rng(f"{seed}|history")   # histories (replayed: see the module docstring)
        self.today = today or clock.today()
        s = session
        self.permits = [
            Permit(uuid_bytes(p.id), p.code, p.name, p.service_days, bool(p.needs_review),
                   p.review_days or max(1, p.service_days // 3), p.validity_months,
                   BIDANG.get(p.unit or "", "NON"), list(p.technical_fields or []),
                   [(uuid_bytes(r.id), r.name, bool(r.mandatory), bool(r.original_needed))
                    for r in p.requirements if r.active])
            for p in s.scalars(select(PermitType).where(PermitType.active.is_(True)).order_by(PermitType.code))]
        if not self.permits:
            raise RuntimeError("no permit types loaded")
        self.cal = WorkCalendar.from_db(s)
        self.tz = ZoneInfo(config.get(s, "office.timezone"))
        self.fmt_permit = config.get(s, "numbering.permit")
        self.existing = s.scalar(select(func.count()).select_from(Application)) or 0
        self.workstation = config.get(s, "workstation.name")
        self.existing_companies = s.scalar(select(func.count()).select_from(Company)) or 0
        nik_counts = dict(s.execute(select(func.substr(Applicant.nik, 1, 6), func.count())  # type: ignore[var-annotated]
                                    .where(Applicant.nik.is_not(None))
                                    .group_by(func.substr(Applicant.nik, 1, 6))).all())
        self.permit_pick = people.Weighted(self.permits, [PERMIT_WEIGHTS.get(p.code, 3) for p in self.permits])
        self.review_permits = [p for p in self.permits if p.needs_review]
        self.officers = roster()
        self.by_role: dict[str, list[Officer]] = {}
        for o in self.officers:
            self.by_role.setdefault(o.role, []).append(o)
        self.by_unit: dict[tuple[str, str], list[Officer]] = {}
        for o in self.officers:
            if o.unit:
                self.by_unit.setdefault((o.role, o.unit), []).append(o)

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
        self.recent_applicants: deque[Any] = deque(maxlen=2000)
        # Keys differ between workstations even for the same seed: two workstations'
        # demo files are different files, never merged into one.
        self.ids = Ids(random.Random(f"{seed}|{self.workstation}"),
                       int(datetime.combine(self.today, dtime()).timestamp() * 1000) + self.existing)
        self.sicantik_base = self.existing if sicantik_base is None else sicantik_base
        forced_states = list(workflow.STATES)
        self.forced: dict[int, str] = {}
        if n >= 2 * len(forced_states):
            step = max(1, n // (4 * len(forced_states)))
            for k, st in enumerate(forced_states):
                self.forced[n - 1 - k * step] = st
        self._history_start = self.prng.getstate()
        self.add: dict[str, Any] = {}
        self.numbers = None
        self.bap_count = 0   # the BAP numbers, in the order the files are written
        # The hand-overs of the files last touched, kept back from the load: app/demo/papers.py
        # writes each with the receipt it stores for it (a hand-over row is append-only, never
        # completed by a later UPDATE). A heap by the file's last step; `hold` is set by the caller.
        self.hold = 0
        self._held: list[tuple[int, int, tuple[Any, ...]]] = []
        # The dashboard's totals of the rows written (app/reports/rollup.py Tally), where the
        # load stores them itself (a fresh load, without the rollup triggers); set by the caller.
        self.tally: Any = None

    def connect(self, writers: dict[str, Any]) -> None:
        """The bulk writers (app/demo/bulk.py TableWriter) the rows go to, by table."""
        self.add = {t: writers[t].fields(names) for t, names in FIELDS.items()}

    def replay(self) -> None:
        """Back to the first history, for the second run."""
        self.prng.setstate(self._history_start)

    # ---- people and companies ----
    def new_applicant(self, permit: Permit, wm: float, actor: Officer) -> Any:
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
        at = self.clock.us(wm)
        aid = self.ids()
        address = people.address_line(rng, home)
        mobile = people.mobile(rng)
        by, ws = actor.key, actor.workstation
        # never edited: its update stamps stored compact, as the file's trigger would
        # (db/base.py DERIVED_STAMPS, migration 0031)
        self.add["applicant"]((
            "KTP", nik, name, people.birth_place(nik_place), born, "P" if female else "L", occ, npwp,
            address, home.code, home.postal_code, phone, mobile, email, _STAMPS_DERIVED, None, None, 1, aid,
            at, by, ws))
        return (aid, name, nik, female, born, occ, home)

    def new_company(self, permit: Permit, wm: float, actor: Officer) -> tuple[bytes, str]:
        rng = self.rng
        c = self.company_counter
        self.company_counter += 1
        v = self.places.pick(rng, home_share=0.9)
        name = people.company_name(rng, permit.code)
        nib = f"{rng.choice(('91', '81', '12'))}{self.nib(c):011d}"
        npwp = people.npwp_for_company(c, self.npwp_serial, rng)
        at = self.clock.us(wm)
        cid = self.ids()
        slug = "".join(ch for ch in name.split(" ", 1)[1].lower() if ch.isalnum())[:20]
        address = people.address_line(rng, v)
        phone = f"(0264) {rng.randint(200000, 899999)}" if rng.random() < .6 else people.mobile(rng)
        email = f"admin@{slug}.co.id" if rng.random() < .5 else f"{slug}@gmail.com"
        by, ws = actor.key, actor.workstation
        # never edited: its update stamps stored compact (as the applicant's above)
        self.add["company"]((name, nib, npwp, address, v.code, phone, email, _STAMPS_DERIVED, None, None, 1,
                             cid, at, by, ws))
        return cid, name

    # ---- one application's history ----
    def plan(self, permit: Permit, online: bool, arrival: float, force: str | None) -> Any:
        """The actions of one application with their times, unbounded by now."""
        rng = self.prng
        exp = rng.expovariate
        dm = self.clock.dm
        steps: list[tuple[str, float, Officer, dict[str, Any]]] = []
        l2 = rng.choice(self.by_role["LOKET2"])
        bo_pool = self.by_unit.get(("BACKOFFICE", permit.bidang)) or self.by_role["BACKOFFICE"]
        analyst = rng.choice(bo_pool)
        kasi = (self.by_unit.get(("KASI", permit.bidang)) or self.by_role["KASI"])[0]
        kabid = (self.by_unit.get(("KABID", permit.bidang)) or self.by_role["KABID"])[0]
        kadin = self.by_role["KADIN"][0]
        t = arrival

        def add(action: Any, actor: Actor, data: Any, gap: Any, least: Any=1.0) -> Any:
            nonlocal t
            t += max(least, gap)
            steps.append((action, t, actor, data))  # type: ignore[arg-type]
            return force is not None and workflow.ACTIONS[action].to_state == force

        if online:
            steps.append(("submit_online", t, SYSTEM, {"source": "SiCantik"}))
            if force == "SUBMITTED" or (force is None and rng.random() < 0.02):
                return steps
            t += exp(1 / (1.5 * dm)) + 10
        else:
            steps.append(("register_walkin", t, l2, {}))
            if force == "DRAFT" or (force is None and rng.random() < 0.004):
                return steps
        visits = 0
        while True:
            visits += 1
            returned = (force == "RETURNED" and visits == 1) or (
                force is None and rng.random() < (0.12 if visits == 1 else 0.05))
            if returned:
                if add("return", l2, {"missing": [], "reason": None, "slip_number": "",
                                      "duration_seconds": int(rng.uniform(180, 900))}, rng.uniform(5, 20)):
                    return steps
                if force is None and rng.random() < 0.18:   # never came back
                    return steps
                t += exp(1 / (4 * dm)) + dm * 0.2
                l2 = rng.choice(self.by_role["LOKET2"])
                continue
            if add("receive", l2, {"receipt_number": "", "duration_seconds": int(rng.uniform(240, 1200))},
                   rng.uniform(5, 25)):
                return steps
            break
        if add("verify", analyst, {"result": "MEMENUHI"}, exp(1 / (0.8 * dm)) + 30):
            return steps
        outcome = "IZIN" if rng.random() > 0.03 else "PENOLAKAN"
        if permit.needs_review:
            kind = rng.choice(("RAPAT", "LAPANGAN", "RAPAT_LAPANGAN"))
            gap = exp(1 / (0.5 * dm)) + 20
            sched_day = self.clock.day(t + gap) + rng.randint(1, 3)
            # the meeting at 09.00 on its day, as the service stores it (date and time);
            # `write` keeps it on or before the BAP's day when a forced history is squeezed
            meeting = datetime.combine(self.clock.days[sched_day], self.clock.open) + timedelta(hours=1)
            if add("schedule_review", analyst, {"review_kind": kind,
                   "scheduled_at": meeting.isoformat()}, gap):
                return steps
            done = sched_day * dm + permit.review_days * dm * rng.uniform(0.3, 0.9) + rng.uniform(60, 300)
            positive = rng.random() > 0.07
            if not positive:
                outcome = "PENOLAKAN"
            if add("record_review", analyst, {"recommendation": "SETUJU" if positive else "TOLAK"},
                   done - t):
                return steps
        if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.7 * dm)) + 30):
            return steps
        while True:   # Kasi, Kabid, Kadis: approve, or send back one level
            if (force == "REVISION") or (force is None and rng.random() < 0.08):
                if add("kasi_send_back", kasi, {"reason": rng.choice(details.SEND_BACK_REASONS)},  # type: ignore[arg-type]
                       exp(1 / (0.5 * dm)) + 15):
                    return steps
                if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.5 * dm)) + 20):
                    return steps
                continue
            if add("kasi_approve", kasi, {}, exp(1 / (0.5 * dm)) + 15):  # type: ignore[arg-type]
                return steps
            if force is None and rng.random() < 0.04:
                add("kabid_send_back", kabid, {"reason": rng.choice(details.SEND_BACK_REASONS)},  # type: ignore[arg-type]
                    exp(1 / (0.5 * dm)) + 15)
                continue
            if add("kabid_approve", kabid, {}, exp(1 / (0.5 * dm)) + 15):  # type: ignore[arg-type]
                return steps
            if force is None and rng.random() < 0.02:
                add("kadin_send_back", kadin, {"reason": rng.choice(details.SEND_BACK_REASONS)},  # type: ignore[arg-type]
                    exp(1 / (0.8 * dm)) + 30)
                if add("kabid_approve", kabid, {}, exp(1 / (0.5 * dm)) + 15):  # type: ignore[arg-type]
                    return steps
            sign = {"signature": "TTE" if rng.random() < 0.9 else "BASAH", "signer_name": kadin.name,
                    "number": ""}
            if add("sign", kadin, sign, exp(1 / (0.8 * dm)) + 30):  # type: ignore[arg-type]
                return steps
            break
        if add("print_sk", rng.choice(self.by_role["LOKET4"]), {"copies": 1}, exp(1 / (0.3 * dm)) + 5):
            return steps
        l5 = rng.choice(self.by_role["LOKET5"])
        gap = exp(1 / (3 * dm)) + 30
        if force != "SURVEYED" and rng.random() < 0.08:
            if add("decline_survey", l5, {"reason": rng.choice(details.DECLINE_REASONS)}, gap):
                return steps
        elif add("survey", l5, {"survey_id": ""}, gap):
            return steps
        if add("hand_over", l5, {}, rng.uniform(2, 8)):
            return steps
        # counter 5 archives the file with the handover, a second later (app/services/handover.py)
        add("archive", l5, {"handover_receipt": ""}, 1 / 60, least=1 / 60)
        return steps

    def history(self, i: int) -> Any:
        """Application i's permit type, channel and history up to now."""
        rng = self.prng
        force = self.forced.get(i)
        permit = self.permit_pick(rng)
        if force in ("REVIEW_SCHEDULED", "REVIEWED") and not permit.needs_review:
            permit = rng.choice(self.review_permits)
        online = rng.random() < ONLINE_SHARE
        if force == "SUBMITTED":
            online = True
        elif force == "DRAFT":
            online = False
        arrival = self.start_wm + (i + rng.random()) * (self.end_wm - self.start_wm) / self.n
        steps = self.plan(permit, online, arrival, force)
        if force is not None and steps[-1][1] > self.end_wm:
            # Steer it into its state by now: squeeze the gaps, keeping their order.
            span = steps[-1][1] - arrival
            room = max(1.0, (self.end_wm - arrival) * 0.95)
            steps = [(a, arrival + (t - arrival) * room / span, o, d) for a, t, o, d in steps]
        end = self.end_wm
        if steps[-1][1] > end:
            steps = [s for s in steps if s[1] <= end]
        return permit, online, steps

    def record(self, i: int) -> None:
        """First run: when application i's numbers are issued."""
        _permit, _online, steps = self.history(i)
        rec = self.numbers.record  # type: ignore[attr-defined]
        for _k, kind, scope, t in numbered(steps):
            rec(kind, scope, t)

    def write(self, i: int) -> None:
        """Second run: application i's rows, with its numbers."""
        permit, online, steps = self.history(i)
        rng, clock = self.rng, self.clock
        first_action, t0, creator, _ = steps[0]
        if online:
            submitted_local = clock.local(t0) - timedelta(minutes=rng.uniform(3, 60 * 30))
            submitted = time_int((submitted_local - self.tz.utcoffset(submitted_local)).replace(tzinfo=None))  # type: ignore[operator]
        else:
            submitted = clock.us(t0)
        if self.recent_applicants and rng.random() < 0.1:
            person = rng.choice(self.recent_applicants)
        else:
            person = self.new_applicant(permit, t0, creator)
            self.recent_applicants.append(person)
        aid, name, nik, female, born, occ, home = person
        company_id = company_name = None
        is_company = rng.random() < COMPANY_SHARE.get(permit.code, 0.0)
        if is_company:
            company_id, company_name = self.new_company(permit, t0, creator)
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
        location = details.location(rng, permit, name, company_name, site)
        app_id = self.ids()
        no = None
        if online:   # SiCantik's number
            no = f"{submitted_local.year}{submitted_local.month:02d}{self.sicantik_base + i + 1:07d}"

        # this history's numbers, by step
        take = self.numbers.take  # type: ignore[attr-defined]
        number_at = {k: take(kind_, scope, t, clock.local(t)) for k, kind_, scope, t in numbered(steps)}
        receipt_number = permit_number = None
        state = received_at = due = outcome = None
        event = self.add["workflow_event"]
        checks_done: list[tuple[float, Officer, bool, list[Any]]] = []
        eids = self.ids.many(len(steps))
        # the BAP is dated the day it is recorded; the meeting it reports is on or before
        # that day (squeezing a forced history moves the steps, not the planned date)
        bap_day = next((clock.local(t).date() for a_, t, _o, _d in steps if a_ == "record_review"), None)
        handover_number = None
        state_since = None
        us, to, special = clock.us, _TO, _SPECIAL
        tally = self.tally
        source = "ONLINE" if online else "WALKIN"
        ats = []
        for k, (action, t, actor, data) in enumerate(steps):
            to_state = to[action][0]
            at = us(t)
            ats.append(at)
            if to_state != state:     # a step that keeps the state keeps its clock
                state_since = at
            # (`data` is this history's own: plan made it for this run)
            if action not in special:
                pass
            elif action == "register_walkin":
                no = number_at[k]
            elif action == "return":
                missing = details.missing(rng, permit)
                data["missing"] = [m[1] for m in missing]
                data["slip_number"] = number_at[k]
                checks_done.append((t, actor, False, missing))
            elif action == "receive":
                received_at = at
                due = clock.working_day_after(clock.day(t), permit.service_days)
                data["due_date"] = due.isoformat()
                data["receipt_number"] = receipt_number = number_at[k]
                checks_done.append((t, actor, True, ()))  # type: ignore[arg-type]
                if tally is not None:
                    tally.receive(at, source, permit.id)
            elif action == "schedule_review":
                meeting = datetime.fromisoformat(data["scheduled_at"])
                if bap_day is not None and meeting.date() > bap_day:
                    data["scheduled_at"] = datetime.combine(bap_day, meeting.time()).isoformat()
            elif action == "record_review":
                self.bap_count += 1
                day = clock.local(t).date()
                data["bap_number"] = f"{self.bap_count:03d}/BAP/{permit.bidang}/{day.year}"
                data["bap_date"] = day.isoformat()
                data["notes"] = ""
            elif action == "draft":
                outcome = data["outcome"]
            elif action == "sign":
                local = clock.local(t)
                data["number"] = number_at[k]
                if outcome == "IZIN":
                    permit_number = number_at[k]
                    data["valid_from"] = local.date().isoformat()
                    if permit.validity_months:
                        data["valid_until"] = add_months(local.date(), permit.validity_months).isoformat()
                if tally is not None:     # (the file's due date: set by its receive, never changed)
                    tally.sign(at, permit.id, due.isoformat() if due else None, data.get("valid_until"))
            elif action in ("survey", "decline_survey"):
                survey_id = self.ids()
                declined = action == "decline_survey"
                data["survey_id"] = Ids.text(survey_id)
                answers = None if declined else dict(zip(details.SKM_KEYS, [SKM_ANSWER(rng) for _ in range(9)],
                                                         strict=True))
                education = rng.choice(details.EDUCATION)
                suggestion = rng.choice(details.SUGGESTIONS) if not declined and rng.random() < 0.15 else None
                if tally is not None and not declined:
                    tally.survey(at, answers)
                # created_at (its `at`) stored compact, as the file's trigger would (db/base.py
                # DERIVED_STAMPS, migration 0031)
                self.add["survey_response"]((
                    app_id, answers, clock.local(t).year - born.year, "P" if female else "L", education, occ,
                    suggestion, declined, data.get("reason") if declined else None, at, survey_id, _STAMPS_DERIVED,
                    actor.key, actor.workstation))
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
                handover_number = number_at[k]
                data.update(recipient_name=recipient, recipient_id_type="KTP", recipient_id_number=rnik,
                            by_proxy=proxy, proxy_letter_number=letter,
                            proxy_letter_date=letter_date.isoformat() if letter_date else None,
                            receipt_number=handover_number)
                hid = self.ids()
                # its own stamps (created_*: handed_at, officer, workstation) stored compact, as for events
                handover = (app_id, permit_number, None, None, recipient, "KTP", rnik, proxy, letter, letter_date,
                            at, actor.key, actor.name, actor.workstation, hid, _STAMPS_DERIVED, None, None)
            elif action == "archive":
                data["handover_receipt"] = handover_number
            # its own stamps (created_*: at, actor, workstation) stored compact (db/base.py
            # DERIVED_STAMPS), as the file's trigger would
            event((app_id, action, state, to_state, actor.key, actor.name, actor.workstation, at, k + 1,
                   data or None, eids[k], _STAMPS_DERIVED, None, None))
            state = to_state
        last_actor = steps[-1][2]
        technical = None
        if state not in ("SUBMITTED", "DRAFT", "RETURNED", "RECEIVED"):
            technical = details.technical(rng, permit, name, location, site)
        created, last_at = ats[0], ats[-1]      # (clock.us of the first and the last step)
        # the application before its children (foreign keys stay checked): the event
        # rows above wait in their buffer, which is flushed after this one
        self.add["application"]((
            no, kind, old_permit, permit.id, "PERUSAHAAN" if is_company else "PERORANGAN", aid, company_id,
            location, site.code, source, submitted, received_at, due, technical,
            state, state_since, workflow.holder_of(state), _holder(steps), outcome, name, nik,  # type: ignore[arg-type]
            name_key(name), receipt_number, permit_number, last_at, last_actor.key, last_actor.workstation,
            len(steps), app_id, created, creator.key, creator.workstation))
        if checks_done:
            self.write_checks(app_id, permit, checks_done)
        if handover_number is not None:
            self._hand_over(last_at, i, handover)

    def _hand_over(self, last_at: int, i: int, row: tuple[Any, ...]) -> None:
        """A hand-over row to the load, or kept back while its file is among the `hold`
        last touched (by its last step: the order papers.finish picks files in)."""
        if not self.hold:
            self.add["handover"](row)
            return
        if len(self._held) < self.hold:
            heapq.heappush(self._held, (last_at, i, row))
            return
        # the least recent of the kept ones (or this one) goes to the load ((last_at, i) is unique)
        self.add["handover"](heapq.heappushpop(self._held, (last_at, i, row))[2])

    def held_handovers(self) -> list[tuple[Any, ...]]:
        """The hand-over rows kept back (FIELDS["handover"] order), in the files' order."""
        return [row for _at, _i, row in sorted(self._held, key=lambda x: x[1])]

    def write_checks(self, app_id: bytes, permit: Permit, rounds: Any) -> None:
        rng = self.rng
        first_t, first_actor = rounds[0][0], rounds[0][1]
        last_t, last_actor, complete, missing = rounds[-1]
        missing_ids = {m[0] for m in missing}
        created = self.clock.us(first_t)
        updated = self.clock.us(last_t)
        add = self.add["requirement_check"]
        version = len(rounds)
        by, ws, first_by, first_ws = last_actor.key, last_actor.workstation, first_actor.key, first_actor.workstation
        if updated == created and by == first_by and ws == first_ws:
            # never edited since it was written: its update stamps stored compact, as the
            # file's trigger would (db/base.py DERIVED_STAMPS, migration 0028)
            updated, by, ws = _STAMPS_DERIVED, None, None
        keys = self.ids.many(len(permit.requirements))
        for j, (req_id, _name, mandatory, original_needed) in enumerate(permit.requirements):
            if complete:
                present = mandatory or rng.random() < 0.4
            else:
                present = req_id not in missing_ids and (mandatory or rng.random() < 0.3)
            note = None
            if not present and mandatory:
                note = rng.choice(details.MISSING_NOTES)
            add((app_id, req_id, present, present and original_needed, rng.randint(1, 4) if present else None,
                 note, updated, by, ws, version, keys[j], created, first_by, first_ws))


# Each action's resulting state and that state's holder role.
_TO = {k: (a.to_state, workflow.holder_of(a.to_state)) for k, a in workflow.ACTIONS.items()}
# The actions whose rows `Simulation.write` completes (numbers, dates, checklists, survey, handover).
_SPECIAL = frozenset(("register_walkin", "return", "receive", "schedule_review", "record_review", "draft",
                      "sign", "survey", "decline_survey", "hand_over", "archive"))


def _holder(steps: Any) -> bytes | None:
    """Who the file waits on, by the back office's rule (app/services/backoffice.py
    _next_holder): the same officer while it stays with one role; otherwise the
    officer of the receiving role who last passed it on, or anyone of the role."""
    holder, last_by_role, from_role = None, {}, None  # type: ignore[var-annotated]
    to = _TO
    for action, _t, actor, _d in steps:
        _to_state, to_role = to[action]
        if to_role is None:
            holder = None
        elif to_role == from_role:
            holder = actor.key
        else:
            holder = last_by_role.get(to_role)
        if from_role and actor.key:
            last_by_role[from_role] = actor.key
        from_role = to_role
    return holder
