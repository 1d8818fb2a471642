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

`Simulation.write` turns a history into rows — dicts of Python values keyed
by column name, as the ORM would see them — for app/demo/bulk.py. Event data
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

ONLINE_SHARE = 0.7
KIND_WEIGHTS = (("BARU", 65), ("PERPANJANGAN", 25), ("PERUBAHAN", 10))
PERMIT_WEIGHTS = {"SIP-DOK": 10, "SIP-DRG": 4, "SIPB": 10, "SIPP": 14, "SIA": 5, "TOKO-OBAT": 3,
                  "OPTIK": 2, "REKLAME": 12, "PENELITIAN": 14, "PBG": 12, "SLF": 4, "TDUP": 5,
                  "SIUP-MIKOL": 2, "TPS-LB3": 3}
COMPANY_SHARE = {"SIA": .7, "TOKO-OBAT": .6, "OPTIK": .7, "REKLAME": .6, "PBG": .4, "SLF": .7,
                 "TDUP": .6, "SIUP-MIKOL": .9, "TPS-LB3": 1.0}
APPLICATIONS_PER_DAY_MIN = 8       # a small regency office
SPAN_DAYS_MAX = 1250               # five years of working days


# --- ids and times -----------------------------------------------------------

class Ids:
    """UUIDv7 (RFC 9562, method 1: 12-bit counter in rand_a), monotonic within
    a run, so every primary-key insert appends to the index."""

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self.rng, self.ms, self.counter = rng, start_ms, 0
        # text → its 16 bytes, for each key made (the bulk writer's key memo, when it has one):
        # the bytes cost two integer operations here, a parse of the text there
        self.known: dict[str, bytes] | None = None
        self._prefix()

    def _prefix(self) -> None:
        h = f"{self.ms:012x}"                  # 48-bit unix_ts_ms, then version 7
        self.head = f"{h[:8]}-{h[8:12]}-7"
        self.high = (self.ms << 16 | 0x7000) << 64

    def __call__(self) -> str:
        self.counter += 1
        if self.counter >= 4096:
            self.counter, self.ms = 0, self.ms + 1
            self._prefix()
        n = self.rng.getrandbits(62) | 0x8000000000000000   # variant 10, 62 random bits
        r = f"{n:016x}"
        text = f"{self.head}{self.counter:03x}-{r[:4]}-{r[4:]}"
        if self.known is not None:
            self.known[text] = (self.high | self.counter << 64 | n).to_bytes(16, "big")
        return text


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
        self._local = [datetime.combine(d, self.open) for d in days]
        self._year = [d.year for d in days]

    def _utc(self, local: datetime) -> datetime:
        return (local - self.tz.utcoffset(local)).replace(tzinfo=None)  # type: ignore[operator]

    def utc(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return self._base[day] + timedelta(seconds=round((wm - day * self.dm) * 60, 3))

    def local(self, wm: float) -> datetime:
        day = int(wm // self.dm)
        return self._local[day] + timedelta(seconds=round((wm - day * self.dm) * 60, 3))

    def year(self, wm: float) -> int:
        return self._year[int(wm // self.dm)]

    def day(self, wm: float) -> int:
        return int(wm // self.dm)

    def working_day_after(self, day_index: int, n: int) -> date:
        return self.days[day_index + n]


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
        self.rng = random.Random(seed)                 # people and paperwork
        self.prng = random.Random(f"{seed}|history")   # histories (replayed: see the module docstring)
        self.today = today or clock.today()
        s = session
        self.permits = [
            Permit(p.id, p.code, p.name, p.service_days, bool(p.needs_review),
                   p.review_days or max(1, p.service_days // 3), p.validity_months,
                   BIDANG.get(p.unit or "", "NON"), list(p.technical_fields or []),
                   [(r.id, r.name, bool(r.mandatory), bool(r.original_needed))
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
        self.out: dict[str, Any] = {}
        self.numbers = None
        self.bap_count = 0   # the BAP numbers, in the order the files are written

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
        at = self.clock.utc(wm)
        aid = self.ids()
        self.out["applicant"].add({
            "id": aid, "id_type": "KTP", "nik": nik, "name": name, "birth_place": people.birth_place(nik_place),
            "birth_date": born, "gender": "P" if female else "L", "occupation": occ, "npwp": npwp,
            "address": people.address_line(rng, home), "region_code": home.code, "postal_code": home.postal_code,
            "phone": phone, "mobile": people.mobile(rng), "email": email,
            "updated_at": at, "updated_by": actor.id, "updated_ws": actor.workstation, "version": 1,
            "created_at": at, "created_by": actor.id, "created_ws": actor.workstation})
        return (aid, name, nik, female, born, occ, home)

    def new_company(self, permit: Permit, wm: float, actor: Officer) -> tuple[str, str]:
        rng = self.rng
        c = self.company_counter
        self.company_counter += 1
        v = self.places.pick(rng, home_share=0.9)
        name = people.company_name(rng, permit.code)
        nib = f"{rng.choice(('91', '81', '12'))}{self.nib(c):011d}"
        npwp = people.npwp_for_company(c, self.npwp_serial, rng)
        at = self.clock.utc(wm)
        cid = self.ids()
        slug = "".join(ch for ch in name.split(" ", 1)[1].lower() if ch.isalnum())[:20]
        self.out["company"].add({
            "id": cid, "name": name, "nib": nib, "npwp": npwp, "address": people.address_line(rng, v),
            "region_code": v.code,
            "phone": f"(0264) {rng.randint(200000, 899999)}" if rng.random() < .6 else people.mobile(rng),
            "email": f"admin@{slug}.co.id" if rng.random() < .5 else f"{slug}@gmail.com",
            "updated_at": at, "updated_by": actor.id, "updated_ws": actor.workstation, "version": 1,
            "created_at": at, "created_by": actor.id, "created_ws": actor.workstation})
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
                if add("return", l2, {"missing": [], "reason": None, "slip_number": "",  # type: ignore[arg-type]
                                      "duration_seconds": int(rng.uniform(180, 900))}, rng.uniform(5, 20)):
                    return steps
                if force is None and rng.random() < 0.18:   # never came back
                    return steps
                t += exp(1 / (4 * dm)) + dm * 0.2
                l2 = rng.choice(self.by_role["LOKET2"])
                continue
            if add("receive", l2, {"receipt_number": "", "duration_seconds": int(rng.uniform(240, 1200))},  # type: ignore[arg-type]
                   rng.uniform(5, 25)):
                return steps
            break
        if add("verify", analyst, {"result": "MEMENUHI"}, exp(1 / (0.8 * dm)) + 30):  # type: ignore[arg-type]
            return steps
        outcome = "IZIN" if rng.random() > 0.03 else "PENOLAKAN"
        if permit.needs_review:
            kind = rng.choice(("RAPAT", "LAPANGAN", "RAPAT_LAPANGAN"))
            gap = exp(1 / (0.5 * dm)) + 20
            sched_day = self.clock.day(t + gap) + rng.randint(1, 3)
            # the meeting at 09.00 on its day, as the service stores it (date and time);
            # `write` keeps it on or before the BAP's day when a forced history is squeezed
            meeting = datetime.combine(self.clock.days[sched_day], self.clock.open) + timedelta(hours=1)
            if add("schedule_review", analyst, {"review_kind": kind,  # type: ignore[arg-type]
                   "scheduled_at": meeting.isoformat()}, gap):
                return steps
            done = sched_day * dm + permit.review_days * dm * rng.uniform(0.3, 0.9) + rng.uniform(60, 300)
            positive = rng.random() > 0.07
            if not positive:
                outcome = "PENOLAKAN"
            if add("record_review", analyst, {"recommendation": "SETUJU" if positive else "TOLAK"},  # type: ignore[arg-type]
                   done - t):
                return steps
        if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.7 * dm)) + 30):  # type: ignore[arg-type]
            return steps
        while True:   # Kasi, Kabid, Kadis: approve, or send back one level
            if (force == "REVISION") or (force is None and rng.random() < 0.08):
                if add("kasi_send_back", kasi, {"reason": rng.choice(details.SEND_BACK_REASONS)},  # type: ignore[arg-type]
                       exp(1 / (0.5 * dm)) + 15):
                    return steps
                if add("draft", analyst, {"outcome": outcome}, exp(1 / (0.5 * dm)) + 20):  # type: ignore[arg-type]
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
        if add("print_sk", rng.choice(self.by_role["LOKET4"]), {"copies": 1}, exp(1 / (0.3 * dm)) + 5):  # type: ignore[arg-type]
            return steps
        l5 = rng.choice(self.by_role["LOKET5"])
        gap = exp(1 / (3 * dm)) + 30
        if force != "SURVEYED" and rng.random() < 0.08:
            if add("decline_survey", l5, {"reason": rng.choice(details.DECLINE_REASONS)}, gap):  # type: ignore[arg-type]
                return steps
        elif add("survey", l5, {"survey_id": ""}, gap):  # type: ignore[arg-type]
            return steps
        if add("hand_over", l5, {}, rng.uniform(2, 8)):  # type: ignore[arg-type]
            return steps
        # counter 5 archives the file with the handover, a second later (app/services/handover.py)
        add("archive", l5, {"handover_receipt": ""}, 1 / 60, least=1 / 60)  # type: ignore[arg-type]
        return steps

    def history(self, i: int) -> Any:
        """Application i's permit type, channel and history up to now."""
        rng = self.prng
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
            submitted = (submitted_local - self.tz.utcoffset(submitted_local)).replace(tzinfo=None)  # type: ignore[operator]
        else:
            submitted = clock.utc(t0)
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
        event = self.out["workflow_event"].add
        checks_done: list[tuple[float, Officer, bool, list[Any]]] = []
        eids = [self.ids() for _ in steps]
        # the BAP is dated the day it is recorded; the meeting it reports is on or before
        # that day (squeezing a forced history moves the steps, not the planned date)
        bap_day = next((clock.local(t).date() for a_, t, _o, _d in steps if a_ == "record_review"), None)
        handover_number = None
        state_since = None
        for k, (action, t, actor, data) in enumerate(steps):
            a = workflow.ACTIONS[action]
            at = clock.utc(t)
            if a.to_state != state:     # a step that keeps the state keeps its clock
                state_since = at
            data = dict(data)
            if action == "register_walkin":
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
            elif action in ("survey", "decline_survey"):
                survey_id = self.ids()
                declined = action == "decline_survey"
                data["survey_id"] = survey_id
                answers = None if declined else dict(zip(details.SKM_KEYS, rng.choices(
                    (1, 2, 3, 4), (2, 8, 55, 35), k=9), strict=True))
                self.out["survey_response"].add({
                    "id": survey_id, "application_id": app_id, "answers": answers,
                    "age": clock.local(t).year - born.year, "gender": "P" if female else "L",
                    "education": rng.choice(details.EDUCATION), "occupation": occ,
                    "suggestion": rng.choice(details.SUGGESTIONS) if not declined and rng.random() < 0.15 else None,
                    "declined": declined, "decline_reason": data.get("reason") if declined else None,
                    "at": at, "created_at": at, "created_by": actor.id, "created_ws": actor.workstation})
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
                handover = {
                    "id": self.ids(), "application_id": app_id, "permit_number": permit_number,
                    "sk_document_id": None, "receipt_document_id": None, "recipient_name": recipient,
                    "recipient_id_type": "KTP", "recipient_id_number": rnik, "by_proxy": proxy,
                    "proxy_letter_number": letter, "proxy_letter_date": letter_date, "handed_at": at,
                    "officer_id": actor.id, "officer_name": actor.name, "workstation": actor.workstation,
                    "created_at": at, "created_by": actor.id, "created_ws": actor.workstation}
            elif action == "archive":
                data["handover_receipt"] = handover_number
            event({"id": eids[k], "application_id": app_id, "action": action, "from_state": state,
                   "to_state": a.to_state, "actor_id": actor.id, "actor_name": actor.name,
                   "workstation": actor.workstation, "at": at, "data": data or None,
                   # its own stamps: stored compact (db/base.py DERIVED_STAMPS), as the file's trigger would
                   "created_at": STAMPS_DERIVED, "created_by": None, "created_ws": None, "seq": k + 1})
            state = a.to_state
        _last_action, t_last, last_actor, _ = steps[-1]
        technical = None
        if state not in ("SUBMITTED", "DRAFT", "RETURNED", "RECEIVED"):
            technical = details.technical(rng, permit, name, location, site)
        created = clock.utc(t0)
        last_at = clock.utc(t_last)
        # the application before its children (foreign keys stay checked): the event
        # rows above wait in their buffer, which is flushed after this one
        self.out["application"].add({
            "id": app_id, "no_permohonan": no, "kind": kind, "old_permit_number": old_permit,
            "permit_type_id": permit.id, "applicant_type": "PERUSAHAAN" if is_company else "PERORANGAN",
            "applicant_id": aid, "company_id": company_id, "location": location,
            "location_region_code": site.code, "source": "ONLINE" if online else "WALKIN",
            "submitted_at": submitted, "received_at": received_at, "due_date": due,
            "receipt_number": receipt_number, "permit_number": permit_number,
            "technical_data": technical, "state": state, "state_since": state_since,
            "holder_role": workflow.holder_of(state), "holder_id": _holder(steps), "outcome": outcome,  # type: ignore[arg-type]
            "applicant_name": name, "applicant_nik": nik, "name_key": name_key(name),
            "updated_at": last_at, "updated_by": last_actor.id, "updated_ws": last_actor.workstation,
            "version": len(steps), "created_at": created, "created_by": creator.id,
            "created_ws": creator.workstation})
        if checks_done:
            self.write_checks(app_id, permit, checks_done)
        if handover_number is not None:
            self.out["handover"].add(handover)

    def write_checks(self, app_id: str, permit: Permit, rounds: Any) -> None:
        rng = self.rng
        first_t, first_actor = rounds[0][0], rounds[0][1]
        last_t, last_actor, complete, missing = rounds[-1]
        missing_ids = {m[0] for m in missing}
        created = self.clock.utc(first_t)
        updated = self.clock.utc(last_t)
        add = self.out["requirement_check"].add
        version = len(rounds)
        for req_id, _name, mandatory, original_needed in permit.requirements:
            if complete:
                present = mandatory or rng.random() < 0.4
            else:
                present = req_id not in missing_ids and (mandatory or rng.random() < 0.3)
            note = None
            if not present and mandatory:
                note = rng.choice(details.MISSING_NOTES)
            add({"id": self.ids(), "application_id": app_id, "requirement_id": req_id, "present": present,
                 "original": present and original_needed, "sheets": rng.randint(1, 4) if present else None,
                 "note": note, "updated_at": updated, "updated_by": last_actor.id,
                 "updated_ws": last_actor.workstation, "version": version, "created_at": created,
                 "created_by": first_actor.id, "created_ws": first_actor.workstation})


def _holder(steps: Any) -> str | None:
    """Who the file waits on, by the back office's rule (app/services/backoffice.py
    _next_holder): the same officer while it stays with one role; otherwise the
    officer of the receiving role who last passed it on, or anyone of the role."""
    holder, last_by_role, state = None, {}, None  # type: ignore[var-annotated]
    for action, _t, actor, _d in steps:
        to_state = workflow.ACTIONS[action].to_state
        to_role = workflow.holder_of(to_state)
        from_role = workflow.holder_of(state) if state else None  # type: ignore[var-annotated]
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
