"""The domain model, one module per domain; this package exports every table.

One table per thing the office keeps; see BRIEF.md. Modules: `office` (workstations,
officers, settings, closures, counters), `permits` (permit types, requirements),
`files` (applications, applicants, companies, checklists, workflow events),
`documents` (issued documents, prints, handovers), `keys` (QR signing keys),
`public` (surveys, complaints), `audit`, `sicantik` (the SiCantik import),
`sync` (the central-database sync), `notify` (messages to applicants) and `storage`
(the SQLite file's dictionary of repeated words). Each imports
only `db.base` and the modules before it in that list, so there is no import cycle; `db.models` imports them all,
which registers every table on `Base.metadata` (Alembic and the tests read it).

Conventions:
- Every table has a client-generated UUID key (`Synced`); rows edited in place
  also carry a version (`Mutable`). Events, issued documents, prints, survey
  responses and audit records are append-only.
- Dates and times are stored as naive UTC; the office time zone is a setting.
- `Application.state` is a cache of the last workflow event's `to_state`,
  written in the same transaction as the event (app/workflow.py).
"""
from __future__ import annotations

from db.base import Base, Mutable, Synced, utcnow
from db.models.audit import AuditHead, AuditRecord
from db.models.documents import DocumentPrint, Handover, IssuedDocument
from db.models.files import Applicant, Application, Company, RequirementCheck, WorkflowEvent
from db.models.keys import SigningKey, SigningKeyRevocation
from db.models.notify import NotifyMessage, NotifyPreference
from db.models.office import NonWorkingDay, NumberSequence, Officer, Setting, Workstation
from db.models.permits import PermitType, Requirement
from db.models.public import Complaint, ComplaintUpdate, SurveyResponse
from db.models.reports import ReportRollup
from db.models.sicantik import SicantikPermitMap, SicantikPull, SicantikStep, SicantikValueMap, SicantikWaiting
from db.models.storage import TextCode
from db.models.sync import NumberBlock, SyncChange, SyncClient, SyncClock, SyncConflict, SyncMute, SyncOutbox, SyncSingleShot, SyncState
from db.models.templates import SkTemplate

__all__ = [
    "Base", "Mutable", "Synced", "utcnow", "Workstation", "Officer", "Setting", "NonWorkingDay",
    "NumberSequence", "PermitType", "Requirement", "Applicant", "Company", "Application",
    "RequirementCheck", "WorkflowEvent", "IssuedDocument", "DocumentPrint", "Handover",
    "SigningKey", "SigningKeyRevocation", "SurveyResponse", "Complaint", "ComplaintUpdate",
    "AuditRecord", "AuditHead", "ReportRollup", "SicantikPermitMap", "SicantikStep", "SicantikPull",
    "SicantikValueMap", "SicantikWaiting", "SyncOutbox", "SyncState", "SyncMute", "SyncChange",
    "SyncClock", "NumberBlock", "SyncSingleShot", "SyncClient", "SyncConflict",
    "NotifyMessage", "NotifyPreference", "SkTemplate", "TextCode",
]
