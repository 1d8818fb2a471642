"""Sync with the office's central database (PostgreSQL or MariaDB/MySQL).

Modules, in the order a change travels:
- tables.py   which tables travel and how (APPEND / MUTABLE / LOCAL): one line per table
- capture.py  SQLite triggers put every local change in `sync_outbox`, in the same
              transaction as the change (offline first; bulk inserts included)
- push.py     the outbox goes up exactly once; per-field merge with a conflict log;
              single-shot actions and unique numbers enforced centrally; the change
              log numbered by a commit clock so pulls never skip a late commit
- bulk.py     many rows at the server's bulk speed: COPY (PostgreSQL), multi-row INSERT
              (MariaDB/MySQL), driver-level upserts into the local SQLite file
- derive.py   application state / permit number recomputed from the events that stand
- pull.py     changes of other workstations come down; bootstrap; a file on demand
- counters.py number counters kept in step office-wide (max-merge)
- blocks.py   blocks of office-wide numbers reserved centrally, used offline
- outbox.py   refused changes stay queued (marked, dependents wait): counts, list, discard
- skew.py     this workstation's clock against the server's, measured at each sync
- session.py  one run: lock, connect, claim the workstation name, bootstrap, push, pull
- central.py  URL, keyring password, TLS, masked messages, `loket central upgrade`
- conflicts.py the conflict log for the administrator

Decisions worth knowing: receipt numbers carry the workstation name; office-wide
numbers (permit, rejection) come from blocks each workstation reserved centrally
while online, so two offline workstations never use the same one. Rows standing
for one real thing share one key everywhere (app/identity.py). A refused change
never leaves the outbox silently. Events are ordered by their per-application
sequence, and edits of a mutable row by its version (a logical clock), never
by clocks. Deleting rows does not travel (Loket's services never delete;
events are corrected by later events). See README, "Dua workstation dan satu basis data pusat".
"""
