"""Services over stored reports, shared by the command line and the window:
indicators with a person's corrections applied, gap tables with a person's
decisions applied, comparisons around a person's pins, and every write a
person makes (corrections, decisions, pins, the library's filing). Each takes
the caller's Session (one per user action); results are frozen dataclasses.

Undo in the window works by snapshot: read what a write will replace
(:func:`indicator_corrections`, :func:`gap_decision`, :func:`pins_of`), and
give it back to the matching ``restore_*`` function."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from .core.align import Alignment, align
from .core.checks import Finding, check_draft
from .core.corrections import GapDecision, IndicatorCorrection, apply_corrections, decisions_by_target
from .core.gaps import GapRules, GapTable, PairRow, compare_targets, report_gaps
from .core.indicators import EXTRACTOR_VERSION, extract_indicators
from .core.model import Indicator, ParsedReport, Section
from .core.textnorm import DiffOptions
from .store import repository as repo
from .store.db import is_read_only


class NotFound(LookupError):
    """A report or indicator the user named does not exist; one Chinese sentence."""


@dataclass(frozen=True)
class GapAnalysis:
    old: repo.StoredReport
    new: repo.StoredReport
    table: GapTable


def indicators_for(session: Session, report_id: int) -> tuple[Indicator, ...]:
    """A report's indicators as a person should see them: the stored machine
    results (re-extracted first when the extractor has changed since they
    were stored) with that person's corrections on top."""
    report = _report(session, report_id)
    if _stale(session, report_id) and is_read_only(session.get_bind()):
        # A read-only library is read as it would be after re-extraction.
        return apply_corrections(extract_indicators(report.parsed),
                                 repo.load_indicator_corrections(session, report_id))
    refresh_indicators(session, report_id, report.parsed)
    return repo.corrected_indicators(session, report_id)


def _stale(session: Session, report_id: int) -> bool:
    """Whether a report's stored indicators come from another extractor."""
    return repo.extractor_version(session, report_id) != EXTRACTOR_VERSION


def refresh_indicators(session: Session, report_id: int, parsed: ParsedReport) -> bool:
    """Re-run the extractor when the stored results come from another version;
    corrections are stored apart and are not touched."""
    if not _stale(session, report_id):
        return False
    repo.save_indicators(session, report_id, extract_indicators(parsed), version=EXTRACTOR_VERSION)
    return True


def gaps_for(session: Session, old_id: int, new_id: int, rules: GapRules = GapRules()) -> GapAnalysis:
    """OLD's targets for its year against NEW's results for that year."""
    _two_reports(old_id, new_id)
    old, new = _report(session, old_id), _report(session, new_id)
    old_found, new_found = indicators_for(session, old_id), indicators_for(session, new_id)
    decisions = decisions_by_target(repo.load_gap_decisions(session, old_id, new_id))
    table = report_gaps(old.parsed, new.parsed, old_found, new_found, rules, decisions)
    return GapAnalysis(old, new, table)


def ambition_for(session: Session, old_id: int, new_id: int, rules: GapRules = GapRules()) -> tuple[PairRow, ...]:
    """NEW's targets for its year against NEW's own results for the year before."""
    new = _report(session, new_id)
    found = indicators_for(session, new_id)
    year = new.parsed.meta.year
    targets = [i for i in found if i.role == "target" and i.year == year]
    results = [i for i in found if i.role in ("actual", "estimate") and year and i.year == year - 1]
    return compare_targets(targets, results, rules)


def targets_against_targets(session: Session, old_id: int, new_id: int,
                            rules: GapRules = GapRules()) -> tuple[PairRow, ...]:
    """OLD's targets for its year against NEW's targets for the next."""
    old, new = _report(session, old_id), _report(session, new_id)
    old_targets = [i for i in indicators_for(session, old_id) if i.role == "target" and i.year == old.parsed.meta.year]
    new_targets = [i for i in indicators_for(session, new_id) if i.role == "target" and i.year == new.parsed.meta.year]
    return compare_targets(old_targets, new_targets, rules)


def resolve_indicator(indicators: tuple[Indicator, ...], ref: str) -> Indicator:
    """An indicator named by its key or by its number in a listing (``#12`` or ``12``)."""
    number = ref.lstrip("#")
    if number.isdigit():
        index = int(number) - 1
        if 0 <= index < len(indicators):
            return indicators[index]
        raise NotFound(f"没有第 {number} 个指标；用 hjdesk indicators 查看编号。")
    for indicator in indicators:
        if indicator.key == ref:
            return indicator
    raise NotFound(f"找不到指标 {ref!r}；用 hjdesk indicators --json 查看各指标的 key。")


def _two_reports(old_id: int, new_id: int) -> None:
    if old_id == new_id:
        raise NotFound(f"OLD 和 NEW 都是报告 {old_id}；请给出两份不同的报告（用 hjdesk list 查看编号）。")


def _report(session: Session, report_id: int) -> repo.StoredReport:
    try:
        return repo.load_report(session, report_id)
    except repo.ReportNotFound as exc:
        raise NotFound(str(exc)) from exc


@dataclass(frozen=True)
class Comparison:
    old: repo.StoredReport
    new: repo.StoredReport
    alignment: Alignment
    pins: tuple[tuple[int | None, int | None], ...]


def compare_for(session: Session, old_id: int, new_id: int, mode: str = "same",
                options: DiffOptions = DiffOptions()) -> Comparison:
    """Align two stored reports around the pins a person set for this pair."""
    _two_reports(old_id, new_id)
    old, new = _report(session, old_id), _report(session, new_id)
    pins = repo.load_pins(session, old_id, new_id, mode, old.parsed.sections, new.parsed.sections)
    return Comparison(old, new, align(old.parsed, new.parsed, mode, options, pins), pins)


def pin_sections(session: Session, old_id: int, new_id: int, mode: str, old_section: int | None,
                 new_section: int | None) -> None:
    """Store "OLD's section = NEW's section" (None: no counterpart) for this pair."""
    old, new = _report(session, old_id), _report(session, new_id)
    repo.save_pin(session, old_id, new_id, mode, _section(old, old_section), _section(new, new_section))


def _section(report: repo.StoredReport, section_id: int | None) -> Section | None:
    if section_id is None:
        return None
    for section in report.parsed.sections:
        if section.id == section_id:
            return section
    raise NotFound(f"报告 {report.id} 没有第 {section_id} 节；用 hjdesk outline {report.id} 查看结构编号。")


def unpin_sections(session: Session, old_id: int, new_id: int, mode: str, old_section: int | None,
                   new_section: int | None) -> int:
    """Withdraw the pins that name either section; returns how many there were."""
    old, new = _report(session, old_id), _report(session, new_id)
    return repo.delete_pin(session, old_id, new_id, mode, _section(old, old_section), _section(new, new_section))


def pins_of(session: Session, old_id: int, new_id: int, mode: str) -> tuple[tuple[int | None, int | None], ...]:
    """The pins of one comparison, as section ids of the current outlines."""
    old, new = _report(session, old_id), _report(session, new_id)
    return repo.load_pins(session, old_id, new_id, mode, old.parsed.sections, new.parsed.sections)


def restore_pins(session: Session, old_id: int, new_id: int, mode: str,
                 pins: tuple[tuple[int | None, int | None], ...]) -> None:
    """Make the pins of one comparison exactly ``pins`` (an earlier :func:`pins_of`)."""
    repo.clear_pins(session, old_id, new_id, mode)
    for old_section, new_section in pins:
        pin_sections(session, old_id, new_id, mode, old_section, new_section)


def clear_pins(session: Session, old_id: int, new_id: int, mode: str) -> int:
    """Withdraw every pin of one comparison; returns how many there were."""
    _report(session, old_id), _report(session, new_id)
    return repo.clear_pins(session, old_id, new_id, mode)


def correct_indicator(session: Session, report_id: int, correction: IndicatorCorrection) -> None:
    """Store a person's correction of one of a report's indicators."""
    _report(session, report_id)
    repo.save_indicator_correction(session, report_id, correction)


def indicator_corrections(session: Session, report_id: int, key: str) -> tuple[IndicatorCorrection, ...]:
    """The corrections stored for one indicator key, oldest first."""
    return tuple(c for c in repo.load_indicator_corrections(session, report_id)
                 if c.key == key or (c.added is not None and c.added.key == key))


def restore_indicator_corrections(session: Session, report_id: int, key: str,
                                  corrections: tuple[IndicatorCorrection, ...]) -> None:
    """Make the corrections of ``key`` exactly ``corrections`` (an earlier
    :func:`indicator_corrections`)."""
    for current in indicator_corrections(session, report_id, key):
        repo.delete_indicator_correction(session, report_id, current.added.key if current.added else current.key,
                                         current.action)
    for correction in corrections:
        repo.save_indicator_correction(session, report_id, correction)


def decide_gap(session: Session, old_id: int, new_id: int, decision: GapDecision) -> None:
    """Store a person's word on one target of the gap table OLD → NEW."""
    _report(session, old_id), _report(session, new_id)
    repo.save_gap_decision(session, old_id, new_id, decision)


def gap_decision(session: Session, old_id: int, new_id: int, target_key: str) -> GapDecision | None:
    """The stored decision on one target, if a person made one."""
    return decisions_by_target(repo.load_gap_decisions(session, old_id, new_id)).get(target_key)


def restore_gap_decision(session: Session, old_id: int, new_id: int, target_key: str,
                         decision: GapDecision | None) -> None:
    """Put back an earlier :func:`gap_decision` (None: the machine's row)."""
    if decision is None:
        clear_gap_decision(session, old_id, new_id, target_key)
    else:
        decide_gap(session, old_id, new_id, decision)


def clear_gap_decision(session: Session, old_id: int, new_id: int, target_key: str) -> None:
    """Withdraw the decision on one target: the computed row shows again."""
    _report(session, old_id), _report(session, new_id)
    repo.delete_gap_decision(session, old_id, new_id, target_key)


def library(session: Session) -> list[repo.ReportSummary]:
    """Every report in the library, by jurisdiction, year and id."""
    return repo.list_reports(session)


def edit_report(session: Session, report_id: int, *, jurisdiction: str | None = None, year: int | None = None,
                label: str | None = None) -> None:
    """File a report under another jurisdiction, year or drafting round."""
    try:
        repo.update_report(session, report_id, jurisdiction=jurisdiction, year=year, label=label)
    except repo.ReportNotFound as exc:
        raise NotFound(str(exc)) from exc


def delete_report(session: Session, report_id: int) -> None:
    """Delete a report; a person's corrections stay, keyed by its text."""
    try:
        repo.delete_report(session, report_id)
    except repo.ReportNotFound as exc:
        raise NotFound(str(exc)) from exc


def report(session: Session, report_id: int) -> repo.StoredReport:
    """One stored report with its text and outline."""
    return _report(session, report_id)


@dataclass(frozen=True)
class DraftCheck:
    """The draft check of one report, against last year's where one is given.

    ``findings`` holds every finding, numbered by position from 1;
    ``dismissed`` maps the key of each one a person dismissed to their note."""

    draft: repo.StoredReport
    against: repo.StoredReport | None
    findings: tuple[Finding, ...]
    dismissed: dict[str, str]

    def shown(self, include_dismissed: bool = False) -> list[tuple[int, Finding]]:
        """``(number, finding)`` of the findings a person still has to look at."""
        return [(n, f) for n, f in enumerate(self.findings, 1) if include_dismissed or f.key not in self.dismissed]


def check_for(session: Session, draft_id: int, against_id: int | None = None) -> DraftCheck:
    """What the draft wrongly inherited or contradicts, with a person's dismissals."""
    draft = _report(session, draft_id)
    found = indicators_for(session, draft_id)
    against, last, last_found = None, None, ()
    if against_id is not None:
        _two_reports(against_id, draft_id)
        against = _report(session, against_id)
        last, last_found = against.parsed, indicators_for(session, against_id)
    findings = check_draft(draft.parsed, found, last, last_found)
    return DraftCheck(draft, against, findings, repo.load_dismissals(session, draft_id))


def finding_by_number(check: DraftCheck, number: int) -> Finding:
    """A finding named by its number in :attr:`DraftCheck.findings`."""
    if not 1 <= number <= len(check.findings):
        raise NotFound(f"没有第 {number} 条检查结果；用 hjdesk check {check.draft.id} --all 查看编号。")
    return check.findings[number - 1]


def dismiss_finding(session: Session, draft_id: int, finding: Finding, note: str) -> None:
    """Store a person's "this finding is fine" with their note."""
    _report(session, draft_id)
    repo.save_dismissal(session, draft_id, finding.key, finding.kind, note)


def dismissal_of(session: Session, draft_id: int, key: str) -> str | None:
    """The note of a dismissed finding (None: not dismissed), for undo."""
    return repo.load_dismissals(session, draft_id).get(key)


def restore_dismissal(session: Session, draft_id: int, finding: Finding, note: str | None) -> None:
    """Put back an earlier :func:`dismissal_of` (None: the finding shows again)."""
    if note is None:
        repo.delete_dismissal(session, draft_id, finding.key)
    else:
        dismiss_finding(session, draft_id, finding, note)


def dismissals_of(session: Session, draft_id: int) -> dict[str, str]:
    """``{finding key: note}`` of every finding a person dismissed in a draft."""
    _report(session, draft_id)
    return repo.load_dismissals(session, draft_id)
