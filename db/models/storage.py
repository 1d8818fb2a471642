"""The SQLite file's own dictionary of the words its rows repeat (migration 0032,
db/base.py `CodedText`): an officer's name, a workstation's, stored once here and
as a short code in each event. Never synced, only ever appended to: a code keeps
its word for the life of the file. The servers have the table from the same
migrations, empty (they store the words themselves)."""
from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class TextCode(Base):
    __tablename__ = "text_code"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[str] = mapped_column(String(200), unique=True)
