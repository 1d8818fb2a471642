"""Sync with the office's central database (PostgreSQL or MariaDB/MySQL).

Modules, in the order a change travels:
- tables.py   which tables travel and how (APPEND / MUTABLE / LOCAL): one line per table
- capture.py  SQLite triggers put every local change in `sync_outbox`, in the same
              transaction as the change (offline first; bulk inserts included)
- push.py     the outbox goes up exactly once; per-field merge with a conflict log;
              single-shot actions and unique numbers enforced centrally; the change
              log numbered by a commit clock so pulls never skip a late commit
- derive.py   application state / permit number recomputed from the events that stand
- pull.py     changes of other workstations come down; bootstrap; a file on demand
- counters.py number counters kept in step office-wide (max-merge)
- session.py  one run: lock, connect, claim the workstation name, bootstrap, push, pull
- central.py  URL, keyring password, TLS, masked messages, `loket central upgrade`
- conflicts.py the conflict log for the administrator

Decisions worth knowing: receipt numbers carry the workstation name; permit and
ticket numbers come from per-office counters max-merged at every sync, and the
central unique constraints refuse (and report) a number two offline workstations
both used. Deleting rows does not travel (Loket's services never delete; events
are corrected by later events). See README, "Dua workstation dan satu basis data pusat".
"""
