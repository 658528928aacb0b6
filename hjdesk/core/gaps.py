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
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .model import Indicator, ParsedReport
from .names import direction, lookup
from .quantities import units

STATUSES = ("not_reported", "missed", "unclear", "met", "no_target")
_RATE_CLASSES = ("percent", "points")


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
              rules: GapRules = GapRules()) -> GapTable:
    """OLD's targets for ``year`` against NEW's results for ``year``.

    ``new_review_text`` is the text of NEW's review part, searched for
    indicators mentioned without a number."""
    targets = [i for i in old if i.role == "target" and i.year == year]
    results = [i for i in new if i.role in ("actual", "estimate") and i.year == year]
    pairs = pair_indicators(targets, results, rules.name_threshold)
    rows = [_gap_row(target, actual, new_review_text, rules) for target, actual in pairs]
    used = {id(actual) for _, actual in pairs if actual is not None}
    rows.extend(_no_target_rows(results, used, {row.indicator for row in rows}))
    rows.sort(key=lambda row: STATUSES.index(row.status))
    return GapTable(year, tuple(rows))


def compare_targets(left: Sequence[Indicator], right: Sequence[Indicator],
                    rules: GapRules = GapRules()) -> tuple[PairRow, ...]:
    """Pair two lists (e.g. this year's targets with last year's results, or
    last year's targets with this year's) and give the change of each."""
    rows = []
    paired = pair_indicators(list(left), list(right), rules.name_threshold)
    for first, second in paired:
        delta = None if second is None else _in_unit(first, second) - first.value
        rows.append(PairRow(_label(first), first, second, delta))
    return tuple(rows)


def pair_indicators(targets: list[Indicator], results: list[Indicator],
                    threshold: float) -> list[tuple[Indicator, Indicator | None]]:
    """Each target with its best comparable result; a result serves one target."""
    scored = []
    for t_index, target in enumerate(targets):
        for r_index, result in enumerate(results):
            if comparable(target, result):
                score = name_similarity(target, result)
                if score >= threshold:
                    # Prefer the better name, then the headline (earlier) result.
                    scored.append((-score, r_index, t_index))
    scored.sort()
    chosen: dict[int, Indicator] = {}
    used: set[int] = set()
    for _, r_index, t_index in scored:
        if t_index not in chosen and r_index not in used:
            chosen[t_index] = results[r_index]
            used.add(r_index)
    return [(target, chosen.get(index)) for index, target in enumerate(targets)]


def comparable(a: Indicator, b: Indicator) -> bool:
    """Same kind of quantity: rates with rates, levels of the same dimension."""
    class_a, class_b = _unit_class(a), _unit_class(b)
    if class_a in _RATE_CLASSES or class_b in _RATE_CLASSES:
        return class_a == class_b
    return class_a == class_b and a.measure not in ("other",) and b.measure not in ("other",)


def name_similarity(a: Indicator, b: Indicator) -> float:
    """1 for the same dictionary indicator, 0 for two different ones, else
    the Dice coefficient of the character bigrams of the subject phrases."""
    entry_a, entry_b = lookup(a.name), lookup(b.name)
    if entry_a and entry_b:
        return 1.0 if entry_a.name == entry_b.name else 0.0
    core_a, core_b = _core(a.name), _core(b.name)
    if not set(core_a[-2:]) & set(core_b[-2:]):
        return 0.0  # different head nouns: 先进制造业集群 is not 先进制造业项目
    return _dice(core_a, core_b)


def judge(target: Indicator, actual_value: float, rules: GapRules = GapRules()) -> str:
    """``met`` or ``missed``. ge: at least; le: at most; approx: within the
    tolerance on the unfavourable side; range: at least the low end (at most
    the high end when less is better); eq: at least (at most for declines and
    for indicators where less is better)."""
    lower_is_better = direction(target.canonical) in ("down", "ceiling") or target.value < 0
    tolerance = rules.approx_points if _unit_class(target) in _RATE_CLASSES else abs(target.value) * rules.approx_relative
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
        status = "unclear" if _mentioned(target, review_text) else "not_reported"
        return GapRow(label, target.unit, target.measure, target, None, None, "", None, status, target.stretch)
    value = _in_unit(target, actual)
    gap = value - target.value
    rate = _unit_class(target) in _RATE_CLASSES
    gap_unit = "个百分点" if rate else target.unit
    percent = None if rate or not target.value else round(gap / abs(target.value) * 100, 2)
    return GapRow(label, target.unit, target.measure, target, actual, round(gap, 4), gap_unit, percent,
                  judge(target, value, rules), target.stretch)


def _no_target_rows(results: Iterable[Indicator], used: set[int], seen: set[str]) -> list[GapRow]:
    """Headline results of NEW (dictionary indicators) that no target asked for."""
    rows = []
    for result in results:
        if id(result) in used or lookup(result.name) is None:
            continue
        label = _label(result)
        key = f"{label}/{_unit_class(result)}"
        if label in seen or key in seen:
            continue
        seen.add(key)
        rows.append(GapRow(label, result.unit, result.measure, None, result, None, "", None, "no_target"))
    return rows


def _mentioned(target: Indicator, review_text: str) -> bool:
    """NEW names the indicator somewhere in its review part."""
    entry = lookup(target.name)
    wordings = entry.wordings if entry else (_core(target.name),)
    return any(len(w) >= 2 and w in review_text for w in wordings)


def _in_unit(target: Indicator, other: Indicator) -> float:
    """``other``'s value expressed in ``target``'s unit (亿元 vs 万元 …)."""
    table = units()
    if other.unit == target.unit or other.unit not in table or target.unit not in table:
        return other.value
    return other.value * table[other.unit].factor / table[target.unit].factor


def _unit_class(indicator: Indicator) -> str:
    unit = units().get(indicator.unit)
    return unit.unit_class if unit else ("rank" if indicator.measure == "rank" else indicator.unit)


def _label(indicator: Indicator) -> str:
    return indicator.canonical or indicator.name


_FILLER = re.compile(r"^(?:新增|新建|改造|完成|实现|实施|推动|推广|培育|引进|创建|帮助企业申请|争取)|[“”\"（）()]")


def _core(name: str) -> str:
    return _FILLER.sub("", name)


def _dice(a: str, b: str) -> float:
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def part_text(report: ParsedReport, part: str) -> str:
    """The text of a report's top-level sections of one part (review or plan)."""
    return "\n".join(report.text[s.char_start:s.char_end] for s in report.sections
                     if s.level == 1 and s.part == part)


def report_gaps(old: ParsedReport, new: ParsedReport, old_indicators: Sequence[Indicator],
                new_indicators: Sequence[Indicator], rules: GapRules = GapRules()) -> GapTable:
    """OLD's targets for its own year against what NEW reports for that year."""
    return gap_table(old_indicators, new_indicators, part_text(new, "review"), old.meta.year, rules)
