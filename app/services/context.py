"""Who is acting, where, and the errors services raise for the officer to read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.errors import LoketError
from app.i18n import tr
from app.workflow import NotAllowed, WorkflowError


class ServiceError(LoketError):
    """A refusal or failure the officer should read; nothing was changed."""


class PermissionDenied(ServiceError, NotAllowed):
    pass


@dataclass(frozen=True)
class Actor:
    officer_id: str | None
    username: str
    name: str
    nip: str | None
    roles: frozenset[str]
    workstation: str
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def system(cls, workstation: str) -> Actor:
        """The importer, the demo generator and maintenance commands."""
        return cls(None, "system", "Sistem", None, frozenset({"SYSTEM"}), workstation)

    @classmethod
    def from_officer(cls, officer: Any, workstation: str) -> Actor:
        return cls(officer.id, officer.username, officer.full_name, officer.nip,
                   officer.role_set, workstation, officer.unit)

    def require(self, *roles: str) -> None:
        if not (self.roles & set(roles)):
            raise PermissionDenied(tr("Anda tidak berwenang untuk tindakan ini (peran yang diperlukan: {roles}).")
                                   .format(roles=", ".join(roles)))


__all__ = ["Actor", "ServiceError", "PermissionDenied", "WorkflowError", "NotAllowed"]
