"""Documents built from the library, for the printer and every export: the
gap summary of two reports and their comparison (the redline, or promise to
delivery). Shared by ``hjdesk export`` and the window; headless."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

from .core.textnorm import DiffOptions
from .library_errors import library_name  # noqa: F401  (callers name the library in footers through here)
from .reports.document import Document




def gap_document(session: Session, old_id: int, new_id: int, *, main_only: bool = False,
                 library: str = "", checks: bool = False) -> Document:
    """OLD's targets against NEW's results, with the two extra tables; with
    ``checks``, the draft check of NEW against OLD (less what was dismissed) last."""
    from .analysis import ambition_for, check_for, gaps_for, targets_against_targets
    from .reports.gap_summary import GapSource, gap_summary

    analysis = gaps_for(session, old_id, new_id)
    rows = tuple(r for r in analysis.table.rows if r.tier == "main") if main_only else analysis.table.rows
    source = GapSource(analysis.old, analysis.new, analysis.table.year, rows,
                       ambition_for(session, old_id, new_id), targets_against_targets(session, old_id, new_id),
                       check_for(session, new_id, old_id) if checks else None)
    return gap_summary(source, library)


def compare_document(session: Session, old_id: int, new_id: int, *, mode: str = "same",
                     changes_only: bool = False, sections: Collection[int] = (),
                     options: DiffOptions = DiffOptions(), library: str = "") -> Document:
    """The redline of two reports, or in promise mode each commitment of
    OLD's plan with what NEW's review says of it."""
    from .analysis import compare_for, gaps_for, indicators_for
    from .core.compare import RowDiffs
    from .reports.redline import promise_document, redline

    comparison = compare_for(session, old_id, new_id, mode, options)
    indicators = (indicators_for(session, old_id), indicators_for(session, new_id))
    if mode == "promise":
        from .core.commitments import deliveries

        met = {row.target.key: row.status == "met" for row in gaps_for(session, old_id, new_id).table.rows
               if row.target is not None and row.status in ("met", "missed")}
        found = deliveries(comparison.old.parsed, comparison.new.parsed, indicators[0], met, comparison.alignment)
        return promise_document(comparison, found, library=library)
    rows = RowDiffs(comparison.old.parsed, comparison.new.parsed, comparison.alignment, indicators)
    return redline(comparison, rows, indicators, changes_only=changes_only, sections=sections, library=library)
