"""The database schema as SQLAlchemy 2 typed declarative models.

The ORM classes end in ``Row`` so they never get mistaken for the frozen
:mod:`hjdesk.core.model` classes of the same idea; the repository converts
between the two and never hands a row object to its callers.

Every constraint is named through :data:`NAMING_CONVENTION`: SQLite batch
migrations can only drop or alter constraints they can name, and the same names
then work unchanged on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Server default for text columns, written as SQL so that SQLite reflects it
#: back exactly and Alembic's comparison sees no difference.
EMPTY = sql_text("''")


class Base(DeclarativeBase):
    """Declarative base whose metadata names every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    SQLite keeps no offset, so values are stored as naive UTC there and get
    their ``tzinfo`` back on load; PostgreSQL returns them in the session time
    zone, which is converted back to UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes: their zone would be a guess."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("imported_at must be timezone-aware")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Hand back an aware UTC datetime whatever the backend returned."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class JurisdictionRow(Base):
    """A province, city or county whose government delivers reports."""

    __tablename__ = "jurisdiction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, unique=True)


class ReportRow(Base):
    """One imported report and the one stored text all offsets refer to."""

    __tablename__ = "report"
    __table_args__ = (
        # Reports are listed and compared per jurisdiction, year by year.
        Index(None, "jurisdiction_id", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Nullable: a report whose title block names no jurisdiction is still kept.
    jurisdiction_id: Mapped[int | None] = mapped_column(ForeignKey("jurisdiction.id"))
    year: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)
    title: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)
    speaker: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    source_name: Mapped[str] = mapped_column(
        String, nullable=False, default="", server_default=EMPTY)
    source_format: Mapped[str] = mapped_column(String(16), nullable=False)
    encoding: Mapped[str] = mapped_column(
        String(32), nullable=False, default="", server_default=EMPTY)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class SectionRow(Base):
    """A node of a report's outline; ``ordinal`` is core ``Section.id``."""

    __tablename__ = "section"
    __table_args__ = (
        # Also the index behind report_id lookups and ON DELETE CASCADE.
        UniqueConstraint("report_id", "ordinal"),
        CheckConstraint("ordinal >= 1", name="ordinal"),
        CheckConstraint("char_start >= 0 AND char_end >= char_start", name="span"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    parent_ordinal: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    part: Mapped[str] = mapped_column(String(16), nullable=False)
    heading: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    char_start: Mapped[int] = mapped_column(Integer, nullable=False)
    char_end: Mapped[int] = mapped_column(Integer, nullable=False)
    ref: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)


class ParagraphRow(Base):
    """A paragraph of a report's text with the hints its source gave.

    The hints are kept so a stored report can be re-outlined by a later parser
    without the source file.
    """

    __tablename__ = "paragraph"
    __table_args__ = (
        UniqueConstraint("report_id", "ordinal"),
        CheckConstraint("ordinal >= 1", name="ordinal"),
        CheckConstraint("char_start >= 0 AND char_end >= char_start", name="span"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    char_start: Mapped[int] = mapped_column(Integer, nullable=False)
    char_end: Mapped[int] = mapped_column(Integer, nullable=False)
    heading_level: Mapped[int | None] = mapped_column(Integer)
    bold: Mapped[bool] = mapped_column(
        Boolean(create_constraint=False), nullable=False, default=False, server_default=false())
    lead_bold: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default=sql_text("0"))
