"""Service calls the window runs on workers, each in one session, returning
frozen data for the views."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GapData:
    """Everything the gap view and the charts show for one pair of reports."""

    old_id: int
    new_id: int
    analysis: object  # hjdesk.analysis.GapAnalysis
    ambition: tuple
    targets: tuple
    history: tuple  # (report year, indicators) of every report of the jurisdiction, for trends


def load_gaps(session, old_id: int, new_id: int) -> GapData:
    """The gap table of OLD → NEW, its two companion tables, and the
    indicators of every report of OLD's jurisdiction for the trend chart."""
    from hjdesk import analysis

    gaps = analysis.gaps_for(session, old_id, new_id)
    ambition = analysis.ambition_for(session, old_id, new_id)
    targets = analysis.targets_against_targets(session, old_id, new_id)
    return GapData(old_id, new_id, gaps, tuple(ambition), tuple(targets), _history(session, gaps.old.jurisdiction))


def _history(session, jurisdiction: str) -> tuple:
    """(year, indicators) of each report of one jurisdiction: the newest
    drafting round of each year stands for that year."""
    from hjdesk import analysis

    newest: dict[int, int] = {}
    for report in analysis.library(session):
        if report.jurisdiction == jurisdiction and report.year:
            newest[report.year] = max(newest.get(report.year, 0), report.id)
    return tuple((year, analysis.indicators_for(session, report_id)) for year, report_id in sorted(newest.items()))


def load_report(session, report_id: int):
    """One stored report with its text and outline."""
    from hjdesk import analysis

    return analysis.report(session, report_id)


def load_check(session, draft_id: int, against_id: int | None):
    """The draft check of DRAFT against last year's report."""
    from hjdesk import analysis

    return analysis.check_for(session, draft_id, against_id)
