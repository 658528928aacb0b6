"""Reading and writing reports: plain functions over a Session.

Every function takes the caller's Session and leaves the transaction to the
caller (:func:`hjdesk.store.db.session_scope`), so one user action is all or
nothing. Results are frozen dataclasses, never ORM objects, so nothing outside
the store depends on a live session.

This module holds the reports themselves and is the one import for callers:
it re-exports the machine indicators (:mod:`.indicators_repo`) and people's
corrections and gap decisions (:mod:`.corrections_repo`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hjdesk.core.model import Indicator, Paragraph, ParsedReport, ReportMeta, Section

from .corrections_repo import (
    corrected_indicators,
    delete_gap_decision,
    delete_indicator_correction,
    indicator_from_json,
    indicator_to_json,
    load_gap_decisions,
    load_indicator_corrections,
    save_gap_decision,
    save_indicator_correction,
)
from .dismissals_repo import delete_dismissal, load_dismissals, save_dismissal
from .identity import ReportNotFound, content_hash, report_hash
from .indicators_repo import (
    bulk_insert,
    extractor_version,
    indicator_rows,
    load_indicators,
    save_indicators,
)
from .pins_repo import clear_pins, delete_pin, load_pins, save_pin
from .models import IndicatorRow, JurisdictionRow, ParagraphRow, ReportRow, SectionRow

__all__ = [
    "delete_dismissal",
    "load_dismissals",
    "save_dismissal",
    "ReportNotFound",
    "clear_pins",
    "load_pins",
    "save_pin",
    "ReportSummary",
    "SavedReport",
    "StoredReport",
    "content_hash",
    "corrected_indicators",
    "delete_gap_decision",
    "delete_indicator_correction",
    "delete_report",
    "extractor_version",
    "indicator_from_json",
    "indicator_to_json",
    "list_reports",
    "load_gap_decisions",
    "load_indicator_corrections",
    "load_indicators",
    "load_report",
    "report_hash",
    "save_gap_decision",
    "save_indicator_correction",
    "save_indicators",
    "save_report",
    "set_label",
    "update_report",
    "delete_pin",
]


@dataclass(frozen=True)
class SavedReport:
    """The outcome of :func:`save_report`: the id, and whether it is new."""

    id: int
    created: bool


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report library."""

    id: int
    jurisdiction: str
    year: int | None
    label: str
    title: str
    delivered_on: date | None
    source_name: str
    imported_at: datetime
    section_count: int
    chars: int  # length of the stored text


@dataclass(frozen=True)
class StoredReport(ReportSummary):
    """A report as stored, with its text, outline and paragraphs."""

    parsed: ParsedReport


def save_report(session: Session, parsed: ParsedReport, *, source_name: str,
                label: str = "", jurisdiction: str | None = None,
                year: int | None = None, indicators: Sequence[Indicator] = (),
                extractor_version: str = "") -> SavedReport:
    """Store ``parsed`` and its machine ``indicators`` unless a report with the
    same text is already stored.

    ``jurisdiction`` and ``year`` override what the title block said;
    ``extractor_version`` names what produced ``indicators``. Nothing is
    written for a duplicate, not even its indicators: re-extraction is
    :func:`save_indicators`. Rows are flushed, not committed, so report,
    outline and indicators stand or fall together in the caller's transaction.
    """
    digest = content_hash(parsed.text)
    existing = session.scalar(select(ReportRow.id).where(ReportRow.content_hash == digest))
    if existing is not None:
        return SavedReport(existing, created=False)
    name = parsed.meta.jurisdiction if jurisdiction is None else jurisdiction
    report_id = _insert_new(session, ReportRow, "content_hash", {
        "jurisdiction_id": _jurisdiction_id(session, name),
        "year": parsed.meta.year if year is None else year,
        "label": label.strip(),
        "title": parsed.meta.title,
        "speaker": parsed.meta.speaker,
        "delivered_on": parsed.meta.delivered,
        "source_name": source_name,
        "source_format": parsed.format,
        "encoding": parsed.encoding,
        "content_hash": digest,
        "imported_at": datetime.now(timezone.utc),
        "text": parsed.text,
        "char_count": len(parsed.text),
        "extractor_version": extractor_version,
    })
    if report_id is None:
        # Another program stored the same text since the check above.
        return SavedReport(session.scalar(select(ReportRow.id).where(ReportRow.content_hash == digest)),
                           created=False)
    bulk_insert(session, SectionRow, _section_rows(report_id, parsed.sections))
    bulk_insert(session, ParagraphRow, _paragraph_rows(report_id, parsed.paragraphs))
    bulk_insert(session, IndicatorRow, indicator_rows(report_id, indicators))
    session.flush()
    return SavedReport(report_id, created=True)


def _jurisdiction_id(session: Session, name: str) -> int | None:
    """The id of the named jurisdiction, created on first use; ``None`` if unnamed.

    Safe when several programs file reports under a new jurisdiction at once
    (on PostgreSQL they do not queue for one write lock as on SQLite): the
    insert yields to a row another transaction made, then the row is read.
    """
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(JurisdictionRow.id).where(JurisdictionRow.name == name))
    if found is not None:
        return found
    made = _insert_new(session, JurisdictionRow, "name", {"name": name})
    if made is not None:
        return made
    return session.scalar(select(JurisdictionRow.id).where(JurisdictionRow.name == name))


def _insert_new(session: Session, model: type[Any], unique: str, values: dict[str, Any]) -> int | None:
    """Insert a row unless one with the same ``unique`` column value exists
    (``INSERT … ON CONFLICT DO NOTHING``); its new id, or ``None`` if it
    existed. On PostgreSQL a conflicting row that another transaction is
    still writing is waited for, so the caller can then read it."""
    insert = {"sqlite": sqlite_insert, "postgresql": pg_insert}[session.get_bind().dialect.name]
    statement = (insert(model).values(**values)
                 .on_conflict_do_nothing(index_elements=[unique])
                 .returning(model.id))
    return session.scalar(statement)


def _section_rows(report_id: int, sections: Iterable[Section]) -> list[dict[str, Any]]:
    """Section rows as parameter dicts for a bulk insert."""
    return [
        {"report_id": report_id, "ordinal": s.id, "parent_ordinal": s.parent,
         "level": s.level, "kind": s.kind, "part": s.part, "heading": s.heading,
         "char_start": s.char_start, "char_end": s.char_end, "ref": s.ref}
        for s in sections
    ]


def _paragraph_rows(report_id: int, paragraphs: Iterable[Paragraph]) -> list[dict[str, Any]]:
    """Paragraph rows, numbered from 1 in text order, for a bulk insert."""
    return [
        {"report_id": report_id, "ordinal": ordinal, "char_start": p.start,
         "char_end": p.end, "heading_level": p.heading_level, "bold": p.bold,
         "lead_bold": p.lead_bold}
        for ordinal, p in enumerate(paragraphs, start=1)
    ]


def _summary_query() -> Select[Any]:
    """Report columns with jurisdiction name and section count (no text).
    The count is correlated, so one report's summary counts its own sections
    only (through the (report, ordinal) index), never the whole library's."""
    count = select(func.count()).where(SectionRow.report_id == ReportRow.id).correlate(ReportRow).scalar_subquery()
    return (
        select(ReportRow.id, func.coalesce(JurisdictionRow.name, "").label("jurisdiction"),
               ReportRow.year, ReportRow.label, ReportRow.title, ReportRow.delivered_on,
               ReportRow.source_name, ReportRow.imported_at,
               count.label("section_count"), ReportRow.char_count.label("chars"))
        .outerjoin(JurisdictionRow, ReportRow.jurisdiction_id == JurisdictionRow.id)
    )


def list_reports(session: Session) -> list[ReportSummary]:
    """Every stored report, by jurisdiction, then year (unknown last), then id."""
    query = _summary_query().order_by(
        func.coalesce(JurisdictionRow.name, ""), ReportRow.year.nulls_last(), ReportRow.id)
    return [ReportSummary(**row._asdict()) for row in session.execute(query)]


def load_report(session: Session, report_id: int) -> StoredReport:
    """One report with its outline and paragraphs rebuilt from the rows."""
    summary = session.execute(_summary_query().where(ReportRow.id == report_id)).one_or_none()
    if summary is None:
        raise ReportNotFound(report_id)
    body = session.execute(
        select(ReportRow.text, ReportRow.speaker, ReportRow.source_format, ReportRow.encoding)
        .where(ReportRow.id == report_id)).one()
    meta = ReportMeta(jurisdiction=summary.jurisdiction, year=summary.year,
                      delivered=summary.delivered_on, title=summary.title,
                      speaker=body.speaker)
    parsed = ParsedReport(text=body.text, paragraphs=_load_paragraphs(session, report_id),
                          sections=_load_sections(session, report_id), meta=meta,
                          format=body.source_format, encoding=body.encoding)
    return StoredReport(**summary._asdict(), parsed=parsed)


def _load_sections(session: Session, report_id: int) -> tuple[Section, ...]:
    """A report's outline in document order, as core sections."""
    rows = session.execute(
        select(SectionRow.ordinal, SectionRow.parent_ordinal, SectionRow.level,
               SectionRow.kind, SectionRow.part, SectionRow.heading,
               SectionRow.char_start, SectionRow.char_end, SectionRow.ref)
        .where(SectionRow.report_id == report_id).order_by(SectionRow.ordinal))
    return tuple(Section(id=r.ordinal, parent=r.parent_ordinal, level=r.level, kind=r.kind,
                         part=r.part, heading=r.heading, char_start=r.char_start,
                         char_end=r.char_end, ref=r.ref) for r in rows)


def _load_paragraphs(session: Session, report_id: int) -> tuple[Paragraph, ...]:
    """A report's paragraphs in text order, as core paragraphs."""
    rows = session.execute(
        select(ParagraphRow.char_start, ParagraphRow.char_end, ParagraphRow.heading_level,
               ParagraphRow.bold, ParagraphRow.lead_bold)
        .where(ParagraphRow.report_id == report_id).order_by(ParagraphRow.ordinal))
    return tuple(Paragraph(start=r.char_start, end=r.char_end, heading_level=r.heading_level,
                           bold=r.bold, lead_bold=r.lead_bold) for r in rows)


def set_label(session: Session, report_id: int, label: str) -> None:
    """Name a report's drafting round (初稿, 二稿, 征求意见稿, 定稿 …)."""
    update_report(session, report_id, label=label)


def update_report(session: Session, report_id: int, *, jurisdiction: str | None = None,
                  year: int | None = None, label: str | None = None) -> None:
    """Change what the library files a report under; ``None`` keeps a field."""
    values: dict[str, Any] = {}
    if jurisdiction is not None:
        values["jurisdiction_id"] = _jurisdiction_id(session, jurisdiction)
    if year is not None:
        values["year"] = year
    if label is not None:
        values["label"] = label.strip()
    if not values:
        report_hash(session, report_id)  # still say so when the report is missing
        return
    result = session.execute(update(ReportRow).where(ReportRow.id == report_id).values(**values))
    if result.rowcount == 0:
        raise ReportNotFound(report_id)


def delete_report(session: Session, report_id: int) -> None:
    """Delete a report; its sections, paragraphs and machine indicators go with
    it (ON DELETE CASCADE). Corrections and gap decisions stay, keyed by the
    text's hash, and apply again if the same text is imported later."""
    result = session.execute(delete(ReportRow).where(ReportRow.id == report_id))
    if result.rowcount == 0:
        raise ReportNotFound(report_id)

