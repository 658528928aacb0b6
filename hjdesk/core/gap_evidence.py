"""What NEW says of a target row that has no figure of its own, and which
headline figures need no row: the statements, mentions, near-scope figures
and sibling figures a row points at (``evidence``), the targets set in words,
and the ``no_target`` rows that only echo a target row."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .gap_rows import GapRow, GapRules, label
from .mentions import kept, mention, related_mention, related_mentions, related_of
from .model import Indicator
from .names import direction, lookup
from .pairing import bare, name_similarity, overlap, things, unit_class
from .qualitative import LIVELIHOOD, WORDED, reference_of, statement_for


def figures_to_their_targets(rows: list[GapRow]) -> list[GapRow]:
    """A headline figure of an indicator OLD set a target for, in another
    measure (a growth for a level target, a change for a rate): no row of its
    own, but what the target's row points at when it has no figure."""
    figureless = {row.indicator: index for index, row in enumerate(rows)
            if row.target is not None and row.actual is None and row.status in ("not_reported", "unclear")
            and not row.decided and row.target.measure not in WORDED}
    staying, pointed = [], {}
    for row in rows:
        if row.status == "no_target" and row.indicator in figureless:
            pointed.setdefault(figureless[row.indicator], row.actual)
            continue
        staying.append(row)
    for index, figure in pointed.items():
        target_row = rows[index]
        if target_row.evidence is None or target_row.status == "not_reported":
            at = staying.index(target_row)
            staying[at] = replace(target_row, status="unclear", evidence=(figure.char_start, figure.char_end))
    return staying


def without_echoes(rows: list[GapRow]) -> list[GapRow]:
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


def worded_row(target: Indicator, results: Sequence[Indicator], said, review: str, rules: GapRules) -> GapRow:
    """A main target set in words: a relative one judged from the two
    results it relates (or from the parts of the first), else what the
    review says of it by name, else what it says where it speaks of it,
    else what it says of all main targets."""
    row = GapRow(label(target), "", target.measure, target, None, None, "", None, "not_reported", tier="main")
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


def with_mention(row: GapRow, review: str) -> GapRow:
    """An ``unclear`` row points at where NEW's review speaks of the indicator."""
    if row.status != "unclear" or row.evidence is not None or row.actual is not None:
        return row
    found = mention(row.target, review) or related_mention(row.target, review)
    return replace(row, evidence=found) if found is not None else row


def with_siblings(rows: list[GapRow], old_text: str) -> list[GapRow]:
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


def with_related(row: GapRow, review: str) -> GapRow:
    """A growth target NEW gives no word on may still be spoken of through a
    part of it (消费逐步回升, 工业投资增长): ``unclear``, pointing there."""
    if row.status != "not_reported" or row.decided or row.target.measure != "growth_rate":
        return row
    found = related_mention(row.target, review)
    return replace(row, status="unclear", evidence=found) if found is not None else row


#: 城镇新增就业完成年计划的118.2%: a result given as a share of the year's plan.
_OF_PLAN = re.compile(r"(?:年|年度|全年)(?:计划|目标|任务)+$")


def with_share_of_plan(row: GapRow, results: Sequence[Indicator]) -> GapRow:
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


def with_candidate(row: GapRow, alike: Mapping[tuple[str, str], Sequence[Indicator]]) -> GapRow:
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


def with_statement(row: GapRow, said) -> GapRow:
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
