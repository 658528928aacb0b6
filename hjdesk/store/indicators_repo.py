"""A report's machine indicators: stored with the report, replaced wholesale
when the extractor runs again.

Only machine output lives here. What people decide lives apart, in
:mod:`.corrections_repo`, so re-extraction can never overwrite it.
Every function takes the caller's Session and leaves the transaction to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from hjdesk.core.model import Indicator

from .identity import ReportNotFound
from .models import IndicatorRow, ReportRow


def bulk_insert(session: Session, entity: type, rows: list[dict[str, Any]]) -> None:
    """ORM bulk INSERT: one executemany instead of one ORM object per row,
    about ten times faster for a report's few hundred rows."""
    if rows:
        session.execute(insert(entity), rows)


def save_indicators(session: Session, report_id: int, indicators: Sequence[Indicator], *,
                    version: str) -> None:
    """Replace a report's machine indicators with a new extraction's output.

    Only machine rows are touched; corrections live apart and apply on top.
    ``version`` names the extractor, see :func:`extractor_version`.
    """
    result = session.execute(
        update(ReportRow).where(ReportRow.id == report_id).values(extractor_version=version))
    if result.rowcount == 0:
        raise ReportNotFound(report_id)
    session.execute(delete(IndicatorRow).where(IndicatorRow.report_id == report_id))
    bulk_insert(session, IndicatorRow, indicator_rows(report_id, indicators))
    session.flush()


def indicator_rows(report_id: int, indicators: Iterable[Indicator]) -> list[dict[str, Any]]:
    """Indicator rows numbered from 1 in text order (stable for equal spans).

    A corrected indicator is refused: storing one as machine output would bake
    a person's decision into rows that re-extraction overwrites.
    """
    ordered = sorted(indicators, key=lambda i: (i.char_start, i.char_end))
    if any(i.corrected for i in ordered):
        raise ValueError("corrected indicators are stored as corrections, not machine results")
    return [
        {"report_id": report_id, "ordinal": ordinal, "name": i.name, "canonical": i.canonical,
         "measure": i.measure, "value": float(i.value),
         "value_high": None if i.value_high is None else float(i.value_high),
         "unit": i.unit, "comparator": i.comparator, "role": i.role, "year": i.year,
         "char_start": i.char_start, "char_end": i.char_end, "quote": i.quote,
         "stretch": i.stretch, "section_ordinal": i.section}
        for ordinal, i in enumerate(ordered, start=1)
    ]


def load_indicators(session: Session, report_id: int) -> tuple[Indicator, ...]:
    """A report's machine indicators in text order, without corrections."""
    if session.scalar(select(ReportRow.id).where(ReportRow.id == report_id)) is None:
        raise ReportNotFound(report_id)
    t = IndicatorRow
    rows = session.execute(
        select(t.name, t.canonical, t.measure, t.value, t.value_high, t.unit, t.comparator,
               t.role, t.year, t.char_start, t.char_end, t.quote, t.stretch,
               t.section_ordinal.label("section"))
        .where(t.report_id == report_id).order_by(t.ordinal))
    return tuple(Indicator(**row._asdict()) for row in rows)


def extractor_version(session: Session, report_id: int) -> str:
    """Which extractor produced the stored indicators; ``''`` if none has run."""
    found = session.scalar(select(ReportRow.extractor_version).where(ReportRow.id == report_id))
    if found is None:
        raise ReportNotFound(report_id)
    return found
