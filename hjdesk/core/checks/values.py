"""One indicator, two values: the same main indicator for the same year and
role stated with different values in two places of one draft (the review
says 增长5.3%, an annex 5.2%), or one target stated twice with different
qualifiers (左右 and 以上).

Dictionary indicators are compared for the whole jurisdiction only: a
subject narrowed by a place or a field (园区规模工业增加值, 湘南地区…) is
another quantity. Other subjects are compared only with the same words
(民间投资 with 民间投资) and when they name one thing. Figures given for
several subjects at once (分别…), floors passed (突破4000亿元 beside
达到4211亿元) and the five-year passage's totals are never compared."""

from __future__ import annotations

import re
from itertools import combinations
from typing import Sequence

from ..model import Indicator, ParsedReport
from ..names import fold, lookup, wordings
from ..periods import plan_period_spans
from ..quantities import WIDTH
from . import Finding, Place

_MEASURES = ("growth_rate", "share", "amount", "level", "count")
#: What may stand before a main indicator's wording and still mean the whole jurisdiction.
_WHOLE = re.compile(r"^(?:全[省市区县州盟国]|我[省市区县州盟]|全年|地方|全口径)?$")
#: A subject outside the dictionary needs this many characters to name one thing (民间投资, not 投资).
_SPECIFIC = 4
#: … and no word that makes it a part or a kind of something (其中, 新增, 累计, 项目, 企业…).
_GENERIC = re.compile(r"其中|新增|累计|项目|企业|园区|分别|全国|高于|低于|以上|达到|突破|占比|比重")
_SEVERAL = re.compile(r"分别|均为|各为|和|、|及|与")
_SCALE = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4}
_COMPARATORS = {"eq": "", "ge": "以上", "le": "以内", "approx": "左右", "range": "区间"}
#: Roles compared together: an estimate (预计) and a result are both the year's result.
ROLE_GROUPS = {"target": "target", "actual": "result", "estimate": "result"}
_ROLE_NAMES = {"target": "目标", "result": "实绩"}


def inconsistent_values(report: ParsedReport, found: Sequence[Indicator]) -> list[Finding]:
    """Pairs of statements of one indicator, year and role that disagree."""
    periods = plan_period_spans(report)
    groups: dict[tuple, list[Indicator]] = {}
    for indicator in found:
        if _comparable(report.text, indicator) and not any(a <= indicator.char_start < b for a, b in periods):
            key = (indicator.canonical, indicator.year, ROLE_GROUPS[indicator.role], indicator.measure)
            groups.setdefault(key, []).append(indicator)
    findings = []
    for (canonical, year, role, _), stated in groups.items():
        for first, second in combinations(sorted(stated, key=lambda i: i.char_start), 2):
            why = _disagreement(first, second, role)
            if why:
                findings.append(Finding(
                    "inconsistent_value", second.char_start, second.char_end, second.quote,
                    f"{canonical}（{year}年{_ROLE_NAMES[role]}）{why}",
                    Place(first.char_start, first.char_end, first.quote)))
                break  # one pair per statement is enough to send a person to both
    return findings


def _comparable(text: str, indicator: Indicator) -> bool:
    if indicator.role not in ROLE_GROUPS or indicator.measure not in _MEASURES or indicator.year is None:
        return False
    if indicator.role != "target" and indicator.comparator not in ("eq", "approx"):
        return False
    if _SEVERAL.search(indicator.quote.translate(WIDTH)):
        return False
    return comparable_subject(indicator.name)


def comparable_subject(name: str) -> bool:
    """Whether two statements of a subject named so may be held to one value:
    a dictionary indicator of the whole jurisdiction, or another subject
    (compared only with the same words) that names one thing."""
    if lookup(name) is None:
        return len(name) >= _SPECIFIC and not _GENERIC.search(name)
    return whole_jurisdiction(name)


def whole_jurisdiction(name: str) -> bool:
    """Whether a subject phrase names the whole jurisdiction's indicator,
    not a part of it (园区规模工业增加值)."""
    folded = fold(name)
    for wording, _ in wordings():
        at = folded.rfind(wording)
        if at >= 0:
            return bool(_WHOLE.match(folded[:at]))
    return lookup(name) is not None  # a whole-phrase wording (经济 for the economy's growth)


def _disagreement(first: Indicator, second: Indicator, role: str) -> str:
    """Why two statements of one indicator disagree ("" when they agree)."""
    if first.stretch != second.stretch:
        return ""  # 力争 beside the plain target is a second, higher bar
    a, b = _scaled(first), _scaled(second)
    if a is None or b is None:
        return ""
    if not _same_value(a, b, first, second):
        return f"前后两处数值不一致：{_said(first)}，此处为{_said(second)}"
    if role == "target" and first.comparator != second.comparator:
        return f"前后两处说法不一致：{_said(first)}，此处为{_said(second)}"
    return ""


def _scaled(indicator: Indicator) -> tuple[float, float | None, str] | None:
    unit = indicator.unit
    for prefix, factor in _SCALE.items():
        if unit.startswith(prefix) and len(unit) > len(prefix):
            high = indicator.value_high * factor if indicator.value_high is not None else None
            return indicator.value * factor, high, unit[len(prefix):]
    return indicator.value, indicator.value_high, unit


def _same_value(a: tuple, b: tuple, first: Indicator, second: Indicator) -> bool:
    if a[2] != b[2]:
        return True  # another unit (个百分点 beside %) is another statement, not a contradiction
    if first.unit == second.unit:  # written alike, written to the same precision: 5% beside 5.3% disagrees
        tolerance = min(_half_step(first), _half_step(second)) * _factor(first)
    else:  # 5.2万亿元 may round 51850亿元
        tolerance = max(_half_step(first) * _factor(first), _half_step(second) * _factor(second))
    same_low = abs(a[0] - b[0]) <= tolerance + 1e-9
    same_high = (a[1] is None) == (b[1] is None) and (a[1] is None or abs(a[1] - b[1]) <= tolerance + 1e-9)
    return same_low and same_high


def _half_step(indicator: Indicator) -> float:
    """Half the last written digit: 5.3 may be a rounded 5.25."""
    written = _plain(indicator.value)
    decimals = len(written.split(".")[1]) if "." in written else 0
    return 0.5 * 10 ** -decimals


def _plain(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _factor(indicator: Indicator) -> float:
    for prefix, factor in _SCALE.items():
        if indicator.unit.startswith(prefix) and len(indicator.unit) > len(prefix):
            return factor
    return 1.0


def _said(indicator: Indicator) -> str:
    value = _plain(indicator.value)
    if indicator.value_high is not None:
        value += "—" + _plain(indicator.value_high)
    return f"{value}{indicator.unit}{_COMPARATORS.get(indicator.comparator, '')}"
