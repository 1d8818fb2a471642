"""Persistence: SQLAlchemy 2 models, engine/session setup, Alembic migrations.

Only `app/` imports this package; `ui/` never does.
"""
