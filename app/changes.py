"""What a unit of work changed, as the screens need to know it.

Every mutating call that goes through `app.unit.change()` comes back with a
`Changes` value (as Anki's operations return `OpChanges`): which kinds of
data changed and which applications. The GUI announces it on its bus and
every screen decides from it alone whether to reload, so no screen has to
remember to tell the others.

The unit of work fills it from what its sessions actually wrote (table names
of the rows flushed and committed), so a service cannot forget a change; a
service whose change the database does not show (a secret in the keyring:
`office.save_page`) returns a value with a `changes` attribute, merged in.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

APPLICATIONS = "applications"   # a file's state, data, documents, prints, survey, handover
COMPLAINTS = "complaints"
OFFICERS = "officers"           # accounts, roles, workstations
SETTINGS = "settings"           # office and workstation settings, signing keys
PERMIT_TYPES = "permit_types"   # permit types, requirement lists, SiCantik mappings
CALENDAR = "calendar"           # closures: every due date may move
SYNC = "sync"                   # conflicts for the administrators
KINDS = (APPLICATIONS, COMPLAINTS, OFFICERS, SETTINGS, PERMIT_TYPES, CALENDAR, SYNC)
# Kinds that the "master data" screens (settings, lists of officers and permit types) show.
MASTER = frozenset({OFFICERS, SETTINGS, PERMIT_TYPES, CALENDAR})

# Which tables carry which kind. Tables not listed (audit chain, number sequences,
# sync bookkeeping) change as a side effect and are shown nowhere live.
TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "application": (APPLICATIONS,), "applicant": (APPLICATIONS,), "company": (APPLICATIONS,),
    "requirement_check": (APPLICATIONS,), "workflow_event": (APPLICATIONS,),
    "issued_document": (APPLICATIONS,), "document_print": (APPLICATIONS,),
    "survey_response": (APPLICATIONS,), "handover": (APPLICATIONS,),
    "sicantik_step": (APPLICATIONS,), "sicantik_waiting": (APPLICATIONS,),
    "complaint": (COMPLAINTS,), "complaint_update": (COMPLAINTS,),
    "officer": (OFFICERS,), "workstation": (OFFICERS,),
    "setting": (SETTINGS,), "signing_key": (SETTINGS,), "signing_key_revocation": (SETTINGS,),
    "permit_type": (PERMIT_TYPES,), "requirement": (PERMIT_TYPES,),
    "sicantik_permit_map": (PERMIT_TYPES,), "sicantik_value_map": (PERMIT_TYPES,),
    # a closure moves the due date of every open file
    "non_working_day": (CALENDAR, APPLICATIONS),
    "sync_conflict": (SYNC,),
}


@dataclass(frozen=True)
class Changes:
    """`kinds` that changed; `application_ids` are the files touched, or None
    when any file may have changed (a closure, a bulk update, a pull)."""

    kinds: frozenset[str] = frozenset()
    application_ids: frozenset[str] | None = frozenset()

    @classmethod
    def of(cls, *kinds: str, applications: Iterable[str] | None = ()) -> Changes:
        ids = None if applications is None else frozenset(applications)
        if ids and APPLICATIONS not in kinds:
            kinds = (*kinds, APPLICATIONS)
        return cls(frozenset(kinds), ids)

    @classmethod
    def for_applications(cls, *ids: str) -> Changes:
        return cls.of(APPLICATIONS, applications=ids)

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """What rows of these tables arriving from elsewhere (a sync pull) change:
        which files is not known, so any may have."""
        kinds = {k for t in tables for k in TABLE_KINDS.get(t, ())}
        return cls(frozenset(kinds), None) if kinds else cls()

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(KINDS), None)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        if self.application_ids is None or other.application_ids is None:
            ids = None
        else:
            ids = self.application_ids | other.application_ids
        return Changes(self.kinds | other.kinds, ids)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))

    @property
    def master(self) -> bool:
        """Settings, officers, permit types or the calendar changed."""
        return bool(self.kinds & MASTER)

    def application(self, app_id: str | None) -> bool:
        """May the file `app_id` have changed?"""
        if APPLICATIONS not in self.kinds:
            return False
        return self.application_ids is None or app_id in self.application_ids

    def ids(self) -> list[str]:
        """The changed files as the bus's `applications_changed` carries them
        (empty list = many or unknown)."""
        return sorted(self.application_ids or ())


NOTHING = Changes()

__all__ = ["Changes", "NOTHING", "APPLICATIONS", "COMPLAINTS", "OFFICERS", "SETTINGS",
           "PERMIT_TYPES", "CALENDAR", "SYNC", "KINDS", "MASTER", "TABLE_KINDS"]
