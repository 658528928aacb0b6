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
from dataclasses import dataclass, field, replace

from .corrections import GapDecision
from .mentions import (
    for_target,
    kept,
    mention,
    related_mention,
    related_mentions,
    related_of,
    review_text,
)
from .model import Indicator, ParsedReport
from .names import direction, lookup
from .pairing import (
    RATE_CLASSES,
    bare,
    glossary_of,
    in_unit,
    name_similarity,
    overlap,
    pair_indicators,
    things,
    unit_class,
)
from .qualitative import (
    LIVELIHOOD,
    WORDED,
    qualitative_targets,
    reference_of,
    statement_for,
    statements,
)
from .tiers import TIERS, tier_of

STATUSES = ("not_reported", "missed", "unclear", "met", "no_target")


@dataclass(frozen=True)
class GapRules:
    """How targets are judged; the defaults are what a drafting clerk accepts.

    ``approx_points``: a 左右 target on a rate is met within this many
    percentage points below it (above it when less is better).
    ``approx_relative``: the same for levels, as a share of the target.
    ``name_threshold``: how alike two subject phrases must be to pair.
    """

    approx_points: float = 0.5
    approx_relative: float = 0.05
    name_threshold: float = 0.5


@dataclass(frozen=True)
class GapRow:
    """One target of OLD and what NEW says of it (or a result with no target)."""

    indicator: str
    unit: str
    measure: str
    target: Indicator | None
    actual: Indicator | None
    gap: float | None
    gap_unit: str
    gap_percent: float | None
    status: str
    stretch: bool = False
    decided: bool = False  # a person fixed the pairing or the status
    note: str = ""
    tier: str = "task"  # main, task, livelihood or fiscal (see hjdesk.core.tiers)
    evidence: tuple[int, int] | None = None  # NEW's words on it (全年主要目标任务顺利完成), as a span


@dataclass(frozen=True)
class GapTable:
    year: int | None
    rows: tuple[GapRow, ...] = field(default=())


@dataclass(frozen=True)
class PairRow:
    """Two indicators that measure the same thing (either side may be missing)."""

    indicator: str
    left: Indicator | None
    right: Indicator | None
    delta: float | None


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
        same = (_label(target), target.measure, unit_class(target), target.unit, target.value, target.value_high,
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
    return _label(target), target.measure, unit_class(target)


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
        rows.append(PairRow(_label(first), first, second, delta))
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
    label = _label(target)
    if actual is None:
        found = mention(target, review_text)
        if found is not None and lookup(target.name) is None and _DONE.search(review_text, *found):
            # 全面完成偏远农牧户电网延伸工程: NEW says the task itself is done
            return GapRow(label, target.unit, target.measure, target, None, None, "", None, "met", target.stretch,
                          evidence=found)
        status = "unclear" if found is not None else "not_reported"
        return GapRow(label, target.unit, target.measure, target, None, None, "", None, status, target.stretch)
    value = in_unit(target, actual)
    gap = value - target.value
    rate = unit_class(target) in RATE_CLASSES
    gap_unit = "个百分点" if rate else target.unit
    percent = None if rate or not target.value else round(gap / abs(target.value) * 100, 2)
    return GapRow(label, target.unit, target.measure, target, actual, round(gap, 4), gap_unit, percent,
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
        key = f"{_label(result)}/{unit_class(result)}"
        if key in seen:
            continue
        seen.add(key)
        # A headline result no target asked for stands with the main targets.
        rows.append(GapRow(_label(result), result.unit, result.measure, None, result, None, "", None, "no_target",
                           tier="main"))
    return rows


def _label(indicator: Indicator) -> str:
    return indicator.canonical or indicator.name


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
    worded = [_decide(_worded_row(target, results, said, for_target(target, year_review, period_review), rules),
                      decisions.get(target.key))
              for target in qualitative_targets(old, [i for i in old_indicators if i.role == "target"])]
    # what NEW says of the indicator itself or of a part of it, and only then of all main targets
    alike: dict[tuple[str, str], list[Indicator]] = {}
    for result in results:
        alike.setdefault((result.measure, unit_class(result)), []).append(result)
    rows = [_with_statement(_with_related(_with_candidate(_with_share_of_plan(row, results), alike),
                                          for_target(row.target, year_review, period_review)), said)
            if row.target else row for row in table.rows]
    rows = [_with_mention(row, for_target(row.target, year_review, period_review)) if row.target else row
            for row in rows + worded]
    rows = _with_siblings(rows, old.text)
    rows = _without_echoes(_figures_to_their_targets(rows))
    if old.meta.jurisdiction == "全国":
        # the State Council's report speaks of the national product
        rows = [replace(row, indicator="国内生产总值") if row.indicator == "地区生产总值" else row for row in rows]
    rows.sort(key=lambda row: (TIERS.index(row.tier), STATUSES.index(row.status)))
    return GapTable(table.year, tuple(rows))


def _figures_to_their_targets(rows: list[GapRow]) -> list[GapRow]:
    """A headline figure of an indicator OLD set a target for, in another
    measure (a growth for a level target, a change for a rate): no row of its
    own, but what the target's row points at when it has no figure."""
    bare = {row.indicator: index for index, row in enumerate(rows)
            if row.target is not None and row.actual is None and row.status in ("not_reported", "unclear")
            and not row.decided and row.target.measure not in WORDED}
    kept, pointed = [], {}
    for row in rows:
        if row.status == "no_target" and row.indicator in bare:
            pointed.setdefault(bare[row.indicator], row.actual)
            continue
        kept.append(row)
    for index, figure in pointed.items():
        target_row = rows[index]
        if target_row.evidence is None or target_row.status == "not_reported":
            rows_at = kept.index(target_row)
            kept[rows_at] = replace(target_row, status="unclear", evidence=(figure.char_start, figure.char_end))
    return kept


def _without_echoes(rows: list[GapRow]) -> list[GapRow]:
    """``no_target`` rows that repeat what a target row already shows: the
    same indicator (粮食产量 for 粮食产量保持稳定), a part of it (城镇居民
    收入 for 居民收入增长与经济增长同步), or a figure a row was judged by."""
    # a target in words covers every figure of its indicator; one in numbers those of its kind
    # (the level of an indicator whose growth was set is news of its own: 总量突破4万亿元)
    worded = {row.indicator for row in rows if row.target is not None and row.target.measure in WORDED}
    worded |= {part for name in list(worded) for part in _PARTS.get(name, ())}
    numbered = {(row.indicator, unit_class(row.target)) for row in rows if row.target is not None}
    # a figure a row was judged by (not one it merely points at) is that row's
    quoted = [row.evidence for row in rows if row.target is not None and row.evidence and row.status in ("met", "missed")]
    return [row for row in rows if row.status != "no_target" or not (
        row.indicator in worded or (row.indicator, unit_class(row.actual)) in numbered
        or any(a <= row.actual.char_start and row.actual.char_end <= b for a, b in quoted))]


#: A target in words that a growth of the indicator meets.
_STEADY = re.compile(r"稳中提质|促稳提质|保稳提质|量稳质升|(?<=[产量])稳定$|稳中有升|稳中有进|保持稳定|总体稳定|稳步(?:增长|提升|提高)|平稳增长|稳定增长|合理增长"
                     r"|保持正增长|只增不减")

#: An indicator whose parts a report may give instead of the whole.
_PARTS = {"居民人均可支配收入": ("城镇居民人均可支配收入", "农村居民人均可支配收入")}


def _worded_row(target: Indicator, results: Sequence[Indicator], said, review: str, rules: GapRules) -> GapRow:
    """A main target set in words: a relative one judged from the two
    results it relates (or from the parts of the first), else what the
    review says of it by name, else what it says where it speaks of it,
    else what it says of all main targets."""
    row = GapRow(_label(target), "", target.measure, target, None, None, "", None, "not_reported", tier="main")
    if target.measure == "relative":
        judged = _relative(row, results, rules)
        if judged is not None:
            return judged
    statement = statement_for(target, said, main=False)
    if statement is not None:
        return replace(row, status=_said_status(statement.status, row.target), evidence=(statement.char_start, statement.char_end))
    growth = _growth(results, target.canonical)
    if target.measure == "qualitative" and growth is not None and growth.value >= 0 and _STEADY.search(target.quote):
        return replace(row, actual=growth, status="met")  # 进出口稳中提质: the review gives it growing
    found = mention(target, review)
    if found is not None:
        status = "met" if kept(target, review[found[0]:found[1]]) else "unclear"
        return replace(row, status=status, evidence=found)
    related = list(related_mentions(target, review))
    if related:
        # one part said kept (水质优良率提高4个百分点) shows it; else the first part spoken of
        found = next((span for span in related if kept(target, review[span[0]:span[1]], related=True)), None)
        return replace(row, status="met" if found else "unclear", evidence=found or related[0])
    if target.measure == "relative" and lookup(reference_of(target)) is None:
        return row  # 增速高于全国平均水平: the report cannot show it met without the other figure
    statement = statement_for(target, said, main=True)
    if statement is not None:
        return replace(row, status=_said_status(statement.status, row.target), evidence=(statement.char_start, statement.char_end))
    return row


def _said_status(status: str, target: Indicator) -> str:
    """What the review's words make of a target: 未达年初预期 of a ceiling
    (居民消费价格涨幅3%左右) may mean it stayed under, so a person must judge."""
    return "unclear" if status == "missed" and direction(target.canonical) == "ceiling" else status


def _relative(row: GapRow, results: Sequence[Indicator], rules: GapRules) -> GapRow | None:
    target = row.target
    theirs = _growth(results, reference_of(target))
    mine = _growth(results, target.canonical)
    if mine is not None and theirs is not None:
        gap = round(mine.value - theirs.value, 4)
        status = "met" if gap >= -rules.approx_points - 1e-9 else "missed"
        return replace(row, actual=mine, gap=gap, gap_unit="个百分点", status=status)
    parts = [_growth(results, part) for part in _PARTS.get(target.canonical, ())]
    if theirs is not None and parts and all(parts):
        # the whole lies between its parts: both above the other is met, both below is missed
        gaps = [part.value - theirs.value for part in parts]
        if min(gaps) >= -rules.approx_points - 1e-9 or max(gaps) < -rules.approx_points:
            status = "met" if min(gaps) >= -rules.approx_points - 1e-9 else "missed"
            return replace(row, actual=parts[0], status=status, evidence=(parts[0].char_start, parts[-1].char_end))
    if mine is not None:
        return replace(row, actual=mine, status="unclear")
    return None


def _growth(results: Sequence[Indicator], canonical: str) -> Indicator | None:
    """The reported growth rate of an indicator (an actual figure before an estimate)."""
    found = [r for r in results if r.canonical == canonical and r.measure == "growth_rate"]
    return min(found, key=lambda r: r.role != "actual") if found else None


def _with_mention(row: GapRow, review: str) -> GapRow:
    """An ``unclear`` row points at where NEW's review speaks of the indicator."""
    if row.status != "unclear" or row.evidence is not None or row.actual is not None:
        return row
    found = mention(row.target, review) or related_mention(row.target, review)
    return replace(row, evidence=found) if found is not None else row


def _with_siblings(rows: list[GapRow], old_text: str) -> list[GapRow]:
    """One project stated by two figures with nothing between but its noun
    (49个老旧小区86栋老旧房屋改造): when NEW reports the one and says
    nothing of the other, the other is ``unclear``, pointing at that report."""
    reported = [row for row in rows if row.target is not None and row.actual is not None]
    changed = []
    for row in rows:
        if row.target is not None and row.status == "not_reported" and not row.decided:
            sibling = next((other for other in reported if _one_project(old_text, other.target, row.target)), None)
            if sibling is not None:
                row = replace(row, status="unclear", evidence=(sibling.actual.char_start, sibling.actual.char_end))
        changed.append(row)
    return changed


def _one_project(text: str, first: Indicator, second: Indicator) -> bool:
    a, b = sorted((first, second), key=lambda i: i.char_start)
    between = text[a.char_end:b.char_start]
    return a.char_end <= b.char_start and len(between) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]*", between) is not None


def _with_related(row: GapRow, review: str) -> GapRow:
    """A growth target NEW gives no word on may still be spoken of through a
    part of it (消费逐步回升, 工业投资增长): ``unclear``, pointing there."""
    if row.status != "not_reported" or row.decided or row.target.measure != "growth_rate":
        return row
    found = related_mention(row.target, review)
    return replace(row, status="unclear", evidence=found) if found is not None else row


#: 城镇新增就业完成年计划的118.2%: a result given as a share of the year's plan.
_OF_PLAN = re.compile(r"(?:年|年度|全年)(?:计划|目标|任务)+$")


def _with_share_of_plan(row: GapRow, results: Sequence[Indicator]) -> GapRow:
    """A target with no figure of its own kind, which NEW reports as a share
    of the year's plan (完成年计划的118.2%): met from 100% up."""
    if row.target is None or row.actual is not None or row.decided or row.target.measure in WORDED:
        return row
    for result in results:
        if result.measure != "share" or not _OF_PLAN.search(result.name):
            continue
        name = _OF_PLAN.sub("", result.name)
        if things(name) == things(row.target.name) or name_similarity(row.target, replace(result, name=name, canonical="")) >= 0.8:
            status = "met" if result.value >= 100 - 1e-9 else "missed"
            # 118.2% of a plan of 41万人 is 7.46万人 more than the target
            gap = round(row.target.value * (result.value - 100) / 100, 4)
            return replace(row, actual=result, status=status, gap=gap, gap_unit=row.target.unit,
                           gap_percent=round(result.value - 100, 2))
    return row


#: A figure that is a share of something (民间投资占比34%) is no part of the whole it names.
_SHARE_OF = re.compile(r"占|比重|占比")


def _with_candidate(row: GapRow, alike: Mapping[tuple[str, str], Sequence[Indicator]]) -> GapRow:
    """A target with no result may still have a figure of another scope in
    NEW (工业投资 for 固定资产投资, 出口 for 进出口, see
    ``resources/related_indicators.tsv``): a person must judge it, so the row
    is ``unclear`` and points at that figure; it is never paired. The figure
    must measure the same way (a growth for a growth): ``alike`` holds
    NEW's results by measure and unit class."""
    if row.target is None or row.actual is not None or row.decided or row.status != "not_reported":
        return row
    related = [w for w in related_of(row.target) if not w.endswith("+")]
    for result in alike.get((row.target.measure, unit_class(row.target)), ()):
        if _SHARE_OF.search(result.name) and not _SHARE_OF.search(row.target.name):
            continue
        if any(w in bare(result.name) for w in related) or _near(row.target, result):
            return replace(row, status="unclear", evidence=(result.char_start, result.char_end))
    return row


def _near(target: Indicator, result: Indicator) -> bool:
    """A result that counts things of a scope near the target's (高标准农田
    for 高标准农田示范区, 两品一标 for 三品一标): most character pairs of
    the shorter phrase are in the longer."""
    if lookup(target.name) is not None:
        return False  # a dictionary indicator's near scopes are listed (related_indicators.tsv)
    if target.unit.lstrip("万亿千百") != result.unit.lstrip("万亿千百"):
        return False  # 51栋 are not counted as 49个 are
    mine, theirs = things(target.name), things(result.name)
    return min(len(mine), len(theirs)) >= 4 and overlap(mine, theirs) >= 0.6


def _with_statement(row: GapRow, said) -> GapRow:
    """A row the review gives no number for takes what it says in words: of
    this indicator by name (also over a mere mention), or of every main
    target (only where the indicator is never mentioned)."""
    if row.target is None or row.actual is not None or row.decided or row.status not in ("not_reported", "unclear"):
        return row
    if row.tier == "livelihood" and row.status == "not_reported":
        # 12件重点民生实事全部办成: each item of the list NEW says nothing else of
        done = next((s for s in said if s.names == (LIVELIHOOD,)), None)
        if done is not None:
            return replace(row, status=done.status, evidence=(done.char_start, done.char_end))
    statement = statement_for(row.target, said, main=row.tier == "main" and row.status == "not_reported")
    if statement is None or (not statement.names and row.status != "not_reported"):
        return row
    return replace(row, status=_said_status(statement.status, row.target), evidence=(statement.char_start, statement.char_end))
