"""The gap engine: last year's targets against the results this year's report
gives, including the targets it silently drops.

For OLD (the report for year Y) and NEW (the report for Y+1), every target OLD
sets for Y is paired with the result NEW reports for Y. A row's status:

- ``not_reported``: NEW never states the indicator, with or without a number;
- ``unclear``: NEW names the indicator but gives no comparable number
  (超额完成, 保持稳定);
- ``met`` / ``missed``: decided by the target's comparator (see :func:`judge`);
- ``no_target``: a headline result of NEW with no target in OLD.

Rows come in that order of importance: not reported first."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .corrections import GapDecision
from .gap_evidence import (
    figures_to_their_targets,
    with_candidate,
    with_mention,
    with_related,
    with_share_of_plan,
    with_siblings,
    with_statement,
    without_echoes,
    worded_row,
)
from .gap_rows import STATUSES, GapRow, GapRules, GapTable, PairRow, label
from .mentions import for_target, mention, review_text
from .model import Indicator, ParsedReport
from .names import direction, lookup
from .pairing import RATE_CLASSES, glossary_of, in_unit, pair_indicators, unit_class
from .qualitative import qualitative_targets, statements
from .tiers import TIERS, tier_of

__all__ = ["STATUSES", "GapRow", "GapRules", "GapTable", "PairRow", "compare_targets", "gap_table", "judge",
           "report_gaps"]


def gap_table(old: Sequence[Indicator], new: Sequence[Indicator], new_review_text: str, year: int | None,
              rules: GapRules = GapRules(), decisions: Mapping[str, GapDecision] | None = None,
              glossary: Mapping[str, str] | None = None, tiers: Mapping[str, str] | None = None,
              period_review_text: str | None = None) -> GapTable:
    """OLD's targets for ``year`` against NEW's results for ``year``.

    ``new_review_text`` is the text of NEW's review of the year, searched
    for indicators mentioned without a number; ``period_review_text`` (by
    default the same) is the review with its five-year passages, searched
    for targets of a whole plan period. ``decisions`` are a person's
    pairings and statuses by target key; they win over the machine's.
    ``glossary`` maps the reports' defined terms to their definitions;
    ``tiers`` gives each target's tier by key (rows come by tier, then status)."""
    decisions = decisions or {}
    tiers = dict(tiers or {})
    targets = _once([i for i in old if i.role == "target" and i.year == year], tiers)
    results = [i for i in new if i.role in ("actual", "estimate") and i.year == year]
    pairs = _decided_pairs(targets, results, new, decisions, rules, glossary)
    period_review_text = new_review_text if period_review_text is None else period_review_text
    rows = [replace(_decide(_gap_row(target, actual, for_target(target, new_review_text, period_review_text), rules),
                            decisions.get(target.key)),
                    tier=tiers.get(target.key, "task"))
            for target, actual in pairs]
    used = {id(actual) for _, actual in pairs if actual is not None}
    rows.extend(_no_target_rows(results, used, {f"{row.indicator}/{unit_class(row.target)}" for row in rows}))
    rows.sort(key=lambda row: (TIERS.index(row.tier), STATUSES.index(row.status)))
    return GapTable(year, tuple(rows))


def _once(targets: list[Indicator], tiers: dict[str, str] | None = None) -> list[Indicator]:
    """A target stated twice (in the list of main targets, then again where
    it is explained) is one target: the first statement stands for both,
    in the tier of either that is not a work-section one (a work section
    that repeats an item of the 民生实事 list keeps it on the list)."""
    first: dict[tuple, Indicator] = {}
    kept = []
    for target in targets:
        same = (label(target), target.measure, unit_class(target), target.unit, target.value, target.value_high,
                target.comparator)
        if same not in first:
            first[same] = target
            kept.append(target)
        elif tiers is not None and tiers.get(first[same].key, "task") == "task":
            tiers[first[same].key] = tiers.get(target.key, "task")
    return kept


def _decided_pairs(targets: list[Indicator], results: list[Indicator], new: Sequence[Indicator],
                   decisions: Mapping[str, GapDecision], rules: GapRules,
                   glossary: Mapping[str, str] | None) -> list[tuple[Indicator, Indicator | None]]:
    """Pairs a person fixed first; the machine pairs the rest among what is left."""
    by_key = {i.key: i for i in new}
    fixed: dict[str, Indicator | None] = {}
    for target in targets:
        decision = decisions.get(target.key)
        if decision is not None and decision.actual_key is not None:
            fixed[target.key] = by_key.get(decision.actual_key) if decision.actual_key else None
    taken = {id(actual) for actual in fixed.values() if actual is not None}
    free_targets = [t for t in targets if t.key not in fixed]
    free_results = [r for r in results if id(r) not in taken]
    machine = dict((t.key, a) for t, a in pair_indicators(free_targets, free_results, rules.name_threshold, glossary))
    pairs = [(t, fixed[t.key] if t.key in fixed else machine.get(t.key)) for t in targets]
    # 地区生产总值增长6%左右，力争达到6%以上: the stretch of a target is judged by the same result
    judged = {_stretch_key(t): a for t, a in pairs if a is not None and not t.stretch}
    return [(t, judged.get(_stretch_key(t)) if a is None and t.stretch and t.key not in fixed else a)
            for t, a in pairs]


def _stretch_key(target: Indicator) -> tuple:
    return label(target), target.measure, unit_class(target)


def _decide(row: GapRow, decision: GapDecision | None) -> GapRow:
    if decision is None:
        return row
    status = decision.status or row.status
    if decision.actual_key == "" and not decision.status:
        status = "not_reported"
    return replace(row, status=status, decided=True, note=decision.note)


def compare_targets(left: Sequence[Indicator], right: Sequence[Indicator],
                    rules: GapRules = GapRules()) -> tuple[PairRow, ...]:
    """Pair two lists (e.g. this year's targets with last year's results, or
    last year's targets with this year's) and give the change of each."""
    rows = []
    paired = pair_indicators(list(left), list(right), rules.name_threshold)
    for first, second in paired:
        delta = None if second is None else in_unit(first, second) - first.value
        rows.append(PairRow(label(first), first, second, delta))
    return tuple(rows)


def judge(target: Indicator, actual_value: float, rules: GapRules = GapRules()) -> str:
    """``met`` or ``missed``. ge: at least; le: at most; approx: within the
    tolerance on the unfavourable side; range: at least the low end (at most
    the high end when less is better); eq: at least (at most for declines and
    for indicators where less is better)."""
    lower_is_better = direction(target.canonical) in ("down", "ceiling") or target.value < 0
    tolerance = rules.approx_points if unit_class(target) in RATE_CLASSES else abs(target.value) * rules.approx_relative
    epsilon = 1e-9
    if target.value < 0 and target.comparator in ("ge", "le"):
        # 下降3%以上 is a decline of at least 3: -3 or lower.
        ok = actual_value <= target.value + epsilon if target.comparator == "ge" else actual_value >= target.value - epsilon
    elif target.comparator == "ge":
        ok = actual_value >= target.value - epsilon
    elif target.comparator == "le":
        ok = actual_value <= target.value + epsilon
    elif target.comparator == "approx":
        ok = (actual_value <= target.value + tolerance + epsilon if lower_is_better
              else actual_value >= target.value - tolerance - epsilon)
    elif target.comparator == "range":
        high = target.value_high if target.value_high is not None else target.value
        ok = actual_value <= high + epsilon if lower_is_better else actual_value >= target.value - epsilon
    else:
        ok = actual_value <= target.value + epsilon if lower_is_better else actual_value >= target.value - epsilon
    return "met" if ok else "missed"


def _gap_row(target: Indicator, actual: Indicator | None, review_text: str, rules: GapRules) -> GapRow:
    name = label(target)
    if actual is None:
        found = mention(target, review_text)
        if found is not None and lookup(target.name) is None and _DONE.search(review_text, *found):
            # 全面完成偏远农牧户电网延伸工程: NEW says the task itself is done
            return GapRow(name, target.unit, target.measure, target, None, None, "", None, "met", target.stretch,
                          evidence=found)
        status = "unclear" if found is not None else "not_reported"
        return GapRow(name, target.unit, target.measure, target, None, None, "", None, status, target.stretch)
    value = in_unit(target, actual)
    gap = value - target.value
    rate = unit_class(target) in RATE_CLASSES
    gap_unit = "个百分点" if rate else target.unit
    percent = None if rate or not target.value else round(gap / abs(target.value) * 100, 2)
    return GapRow(name, target.unit, target.measure, target, actual, round(gap, 4), gap_unit, percent,
                  judge(target, value, rules), target.stretch)


#: A clause that says a task was done in full: 全面完成, 任务全部完成 (not 未完成, 基本完成).
_DONE = re.compile(r"(?<![未没基])(?:全面完成|全部完成|圆满完成|如期完成|超额完成|提前完成|任务全部完成|全部建成|全面建成|全部兑现)")


def _no_target_rows(results: Iterable[Indicator], used: set[int], seen: set[str]) -> list[GapRow]:
    """Headline results of NEW (dictionary indicators) that no target asked for."""
    rows = []
    # a figure before a bound of the same thing (城镇化率突破60%、达60.3%)
    for result in sorted(results, key=lambda r: r.comparator != "eq"):
        if id(result) in used or lookup(result.name) is None:
            continue
        key = f"{label(result)}/{unit_class(result)}"
        if key in seen:
            continue
        seen.add(key)
        # A headline result no target asked for stands with the main targets.
        rows.append(GapRow(label(result), result.unit, result.measure, None, result, None, "", None, "no_target",
                           tier="main"))
    return rows


def report_gaps(old: ParsedReport, new: ParsedReport, old_indicators: Sequence[Indicator],
                new_indicators: Sequence[Indicator], rules: GapRules = GapRules(),
                decisions: Mapping[str, GapDecision] | None = None) -> GapTable:
    """OLD's targets for its own year against what NEW reports for that year."""
    glossary = {**glossary_of(old), **glossary_of(new)}
    tiers = {i.key: tier_of(i, old) for i in old_indicators if i.role == "target"}
    year_review, period_review = review_text(new), review_text(new, whole_period=True)
    table = gap_table(old_indicators, new_indicators, year_review, old.meta.year, rules, decisions, glossary, tiers,
                      period_review)
    said = statements(new, year_review)
    results = [i for i in new_indicators if i.role in ("actual", "estimate") and i.year == old.meta.year]
    decisions = decisions or {}
    worded = [_decide(worded_row(target, results, said, for_target(target, year_review, period_review), rules),
                      decisions.get(target.key))
              for target in qualitative_targets(old, [i for i in old_indicators if i.role == "target"])]
    # what NEW says of the indicator itself or of a part of it, and only then of all main targets
    alike: dict[tuple[str, str], list[Indicator]] = {}
    for result in results:
        alike.setdefault((result.measure, unit_class(result)), []).append(result)
    rows = [with_statement(with_related(with_candidate(with_share_of_plan(row, results), alike),
                                          for_target(row.target, year_review, period_review)), said)
            if row.target else row for row in table.rows]
    rows = [with_mention(row, for_target(row.target, year_review, period_review)) if row.target else row
            for row in rows + worded]
    rows = with_siblings(rows, old.text)
    rows = without_echoes(figures_to_their_targets(rows))
    if old.meta.jurisdiction == "全国":
        # the State Council's report speaks of the national product
        rows = [replace(row, indicator="国内生产总值") if row.indicator == "地区生产总值" else row for row in rows]
    rows.sort(key=lambda row: (TIERS.index(row.tier), STATUSES.index(row.status)))
    return GapTable(table.year, tuple(rows))


