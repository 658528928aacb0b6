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
    Float,
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
            raise ValueError("stored datetimes must be timezone-aware")
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
    #: len(text), stored so that listing the library never reads the texts
    char_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default=sql_text("0"))
    # The extractor that produced the stored indicators ('' = none stored yet).
    extractor_version: Mapped[str] = mapped_column(
        String, nullable=False, default="", server_default=EMPTY)


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


class IndicatorRow(Base):
    """One machine-extracted indicator of a report.

    These rows are machine output only: re-extraction deletes and rewrites all
    of a report's rows, so nothing a person decided is ever kept here (see
    :class:`IndicatorCorrectionRow`). ``ordinal`` numbers them in text order.
    """

    __tablename__ = "indicator"
    __table_args__ = (
        UniqueConstraint("report_id", "ordinal"),
        CheckConstraint("ordinal >= 1", name="ordinal"),
        CheckConstraint("char_start >= 0 AND char_end >= char_start", name="span"),
        # Targets and results of one year, across reports (gap tables).
        Index(None, "role", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("report.id", ondelete="CASCADE"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    canonical: Mapped[str] = mapped_column(Text, nullable=False)
    measure: Mapped[str] = mapped_column(String(32), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    value_high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)
    comparator: Mapped[str] = mapped_column(String(16), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int | None] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer, nullable=False)
    char_end: Mapped[int] = mapped_column(Integer, nullable=False)
    quote: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    stretch: Mapped[bool] = mapped_column(
        Boolean(create_constraint=False), nullable=False, default=False, server_default=false())
    section_ordinal: Mapped[int | None] = mapped_column(Integer)


class IndicatorCorrectionRow(Base):
    """A person's correction of a report's indicators.

    Anchored to the report's ``content_hash``, deliberately not to its id: the
    correction outlives deleting the report and applies again when the same
    text is imported. ``key`` is the corrected indicator's key, for ``add``
    the added indicator's own key. ``changes`` holds JSON ``[[field, value],
    ...]``; ``added`` the JSON of the added indicator (``add`` only).
    """

    __tablename__ = "indicator_correction"
    __table_args__ = (
        UniqueConstraint("report_hash", "key", "action"),
        CheckConstraint("action IN ('edit', 'delete', 'add')", name="action"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    key: Mapped[str] = mapped_column(String, nullable=False, default="", server_default=EMPTY)
    quote: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    changes: Mapped[str] = mapped_column(
        Text, nullable=False, default="[]", server_default=sql_text("'[]'"))
    added: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class GapDecisionRow(Base):
    """A person's word on one target of the gap table between two reports.

    Both reports are named by content hash, like corrections, so the decision
    survives re-importing either of them. ``actual_key``: NULL keeps the
    machine's pairing, ``''`` means no result; ``status`` NULL keeps the
    computed status.
    """

    __tablename__ = "gap_decision"
    __table_args__ = (
        UniqueConstraint("old_hash", "new_hash", "target_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    new_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    target_key: Mapped[str] = mapped_column(String, nullable=False)
    actual_key: Mapped[str | None] = mapped_column(String)
    status: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class PinRow(Base):
    """A person's "this section of OLD is that section of NEW" (or "has no
    counterpart") for one comparison mode: an input to the aligner.

    Reports are named by content hash, like corrections. A section is named by
    where it starts and its heading, not by its number in the outline, so a
    pin still finds its section after the outline is recomputed.
    """

    __tablename__ = "pin"
    __table_args__ = (
        CheckConstraint("mode IN ('same', 'promise')", name="mode"),
        CheckConstraint("old_start IS NOT NULL OR new_start IS NOT NULL", name="side"),
        Index(None, "old_hash", "new_hash", "mode"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    new_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    mode: Mapped[str] = mapped_column(String(16), nullable=False)
    old_start: Mapped[int | None] = mapped_column(Integer)
    old_heading: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    new_start: Mapped[int | None] = mapped_column(Integer)
    new_heading: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class DismissalRow(Base):
    """A person's "this finding of the draft check is fine" with their note.

    The draft is named by content hash, like corrections, and the finding by
    its kind and words (:attr:`hjdesk.core.checks.Finding.key`), so the
    dismissal survives re-importing the draft and re-running the checks.
    """

    __tablename__ = "dismissal"
    __table_args__ = (
        UniqueConstraint("report_hash", "finding_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    finding_key: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default=EMPTY)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
