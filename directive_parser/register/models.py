"""The register's tables, as SQLAlchemy 2 ORM classes.

A directive received (``Received``) keeps its record as JSON (the corrected one when a user
corrected it), where it came from (the file's SHA-256, name and format; the bytes themselves
in ``Original``, apart, so listing the register never reads them) and the day it was received.
Each of its obligations (``Duty``) is a row with the values the register sorts and filters on
(due day, who, status) and a key that survives a re-read; each change of a duty's status is a
``StatusChange`` row (who and when), so the history is never overwritten. ``Profile`` is the
receiving unit ("who we are"), one row.

The schema is changed only by the Alembic migrations in ``migrations/versions``; a test checks
that the migrated database and these classes agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSES: tuple[str, ...] = ("open", "done", "not_ours", "withdrawn")
"""A duty's status: to do, done, not for our unit (a clerk's call), or dropped by a corrected
copy of the directive (kept, with its history, but shown nowhere)."""

KEY_CHARS = 64
"""Width of the key columns: a SHA-256 in hex, or a document key "symbol|date|issuer" cut short."""


class Base(DeclarativeBase):
    """The declarative base of the register's tables."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Profile(Base):
    """Who we are: the receiving unit whose duties the register tracks (a single row, id 1)."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(20))
    system: Mapped[str | None] = mapped_column(String(10))
    aliases: Mapped[str | None] = mapped_column(Text, doc="other names of the unit, one a line")
    feed_token: Mapped[str | None] = mapped_column(String(64), doc="required in the calendar feed's URL when set")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Received(Base):
    """One directive in the register (sổ văn bản đến)."""

    __tablename__ = "directive"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(String(400), unique=True, doc="issuer, symbol and date, folded")
    file_sha256: Mapped[str | None] = mapped_column(String(KEY_CHARS), index=True)
    file_name: Mapped[str | None] = mapped_column(String(300))
    file_format: Mapped[str | None] = mapped_column(String(10))
    symbol: Mapped[str | None] = mapped_column(String(100))
    issuer: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    document_type: Mapped[str | None] = mapped_column(String(100))
    subject: Mapped[str | None] = mapped_column(Text)
    received: Mapped[dt.date] = mapped_column(Date)
    arrival_number: Mapped[int | None] = mapped_column(
        Integer, doc="Số đến: numbered from 1 each calendar year of ``received`` (NĐ 30, Phụ lục IV)"
    )
    record: Mapped[dict[str, Any]] = mapped_column(JSON, doc="the record as the register uses it")
    parsed: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, doc="the record as the parser read it, kept when a user corrected it"
    )
    corrected_by: Mapped[str | None] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(100))

    duties: Mapped[list[Duty]] = relationship(
        back_populates="directive", cascade="all, delete-orphan", order_by="Duty.position"
    )


class Original(Base):
    """The bytes of a directive's source file, one row per directive (read only to export)."""

    __tablename__ = "original"

    directive_id: Mapped[int] = mapped_column(ForeignKey("directive.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Duty(Base):
    """One obligation of a received directive, with its status for our unit."""

    __tablename__ = "duty"
    __table_args__ = (UniqueConstraint("directive_id", "key", name="uq_duty_directive_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    directive_id: Mapped[int] = mapped_column(ForeignKey("directive.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_CHARS), doc="from the action's words and the due date")
    uid: Mapped[str] = mapped_column(String(120), unique=True, doc="the calendar event's UID, kept for life")
    position: Mapped[int] = mapped_column(Integer, doc="order in the record's obligations")
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(Text)
    deliver_to: Mapped[str | None] = mapped_column(Text)
    due_text: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    recurrence: Mapped[str | None] = mapped_column(String(200))
    ours: Mapped[bool] = mapped_column(doc="falls on our unit, by the profile at the last reading")
    status: Mapped[str] = mapped_column(String(10), default="open")
    status_by: Mapped[str | None] = mapped_column(String(100))
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    directive: Mapped[Received] = relationship(back_populates="duties")
    changes: Mapped[list[StatusChange]] = relationship(
        back_populates="duty", cascade="all, delete-orphan", order_by="StatusChange.id"
    )


class StatusChange(Base):
    """One change of a duty's status: to what, by whom, when."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    duty_id: Mapped[int] = mapped_column(ForeignKey("duty.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)

    duty: Mapped[Duty] = relationship(back_populates="changes")
