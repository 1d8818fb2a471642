"""One real thing, one primary key, on every workstation.

Rows that stand for the same real thing get the same UUID wherever they are
created, so the sync's per-field merge unites them instead of a unique
constraint refusing the second copy (app/sync/push.py). The keys are UUIDv5
(RFC 9562) of Loket's namespace and the thing's natural key:

- a permit type: its code; a requirement: its permit type's code, position and
  list version (the master data every workstation seeds from resources/permit_types.toml);
- an application imported from SiCantik: the office's SiCantik number
  (`no_permohonan`; one central database serves one office, so the office is
  the namespace the number lives in);
- a checklist row: its application and its requirement;
- an office closure: its day; a workstation: its name.

Settings need nothing: their key is their primary key. Rows that only one
workstation can create (walk-in applications, events, documents) keep random
UUIDs (UUIDv4, or UUIDv7 from `loket demo`).
"""
from __future__ import annotations

import uuid
from datetime import date

NAMESPACE = uuid.UUID("3f6c1a4e-0d52-5b7e-9c1d-6c6f6b65742e")


def key(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join([kind, *(str(p) for p in parts)])))


def permit_type(code: str) -> str:
    return key("permit_type", code.strip().upper())


def requirement(permit_code: str, position: int, since_version: int = 1) -> str:
    """A requirement of a permit type's list: one row per position and list version."""
    return key("requirement", code_of(permit_code), int(position), int(since_version))


def online_application(no_permohonan: str) -> str:
    return key("application/sicantik", no_permohonan.strip())


def requirement_check(application_id: str, requirement_id: str) -> str:
    return key("requirement_check", application_id, requirement_id)


def non_working_day(day: date) -> str:
    return key("non_working_day", day.isoformat())


def workstation(name: str) -> str:
    return key("workstation", name.strip())


def code_of(code: str) -> str:
    return code.strip().upper()
