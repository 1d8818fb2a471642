"""One base for every refusal the officer should read.

A service, the workflow table or a validator that refuses raises a subclass
of `LoketError` whose message is written for the officer (Indonesian, through
`tr()`), and nothing was changed. Screens and the CLI show `str(exc)` for a
`LoketError` and a calm pointer to the log for anything else, so a new kind
of refusal needs no change there: subclass this, and it reads right everywhere.

This module imports nothing from Loket, so every layer (validation, config,
workflow, services) can build on it without a cycle.
"""
from __future__ import annotations


class LoketError(Exception):
    """A refusal or failure with a message for the officer; nothing was changed."""


__all__ = ["LoketError"]
