"""Sync with the office's central database (PostgreSQL or MariaDB/MySQL).

Offline first: every change commits locally and reaches `sync_outbox` in the same
transaction (capture.py). `sync_once` pushes the outbox (push.py), then pulls
what other workstations wrote (pull.py). See README, "Dua workstation dan satu
basis data pusat", and app/sync/push.py for the guarantees and how they hold.
"""
