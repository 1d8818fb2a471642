"""Indexes the back-office worklists need (no new tables).

A worklist is "files held by my role, soonest due first", paged: the
(holder_role, due_date) index serves it in index order without sorting the
backlog, and (holder_role, state) makes the counts per state an index-only
scan, however many closed files the database keeps.
"""
from __future__ import annotations

from sqlalchemy import Index

from db.models import Application

Index("ix_application_holder_due", Application.holder_role, Application.due_date)
Index("ix_application_holder_state", Application.holder_role, Application.state)
