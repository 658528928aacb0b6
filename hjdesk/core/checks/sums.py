"""Parts that do not add up: a total whose 其中 parts pass it
(共实施项目120个，其中工业项目70个、文旅项目60个), shares of one whole that pass
100% (分别占…), and an industrial structure (三次产业结构) whose parts are not
a hundred. Parts that fall short of a total are left alone when 其中 lists
them (seldom the whole of it), not when 分别 divides a total said to be one
(共建成学校10所，小学、初中分别为6所、3所)."""

from __future__ import annotations

import re

from ..model import ParsedReport
from ..quantities import WIDTH, Quantity, find_quantities, units
from . import Finding
from .places import sentences

_WHOLE = re.compile(r"其中[：:，,]?|包括[：:]?|分别(?:为|是|达到?|有)")
#: A change is not a part of a total (其中出口增长12%, 其中新增…).
_TOTAL_WORD = re.compile(r"共|合计|总计|累计|总数|总量|总共|总体")
_CHANGE_BEFORE = re.compile(r"(?:增长|增加|下降|减少|提高|提升|降低|增速|增幅|新增|净增|净减|同比|比上年)[^，,、；。]{0,4}$")
_SHARES = re.compile(r"分别(?:占|占比|占全[省市区县国州盟]?)[^。；]{0,20}?(?P<list>\d+(?:\.\d+)?%(?:[、和及]\d+(?:\.\d+)?%)+)")
_RATIO = r"\s?[:：∶]\s?"
_STRUCTURE = re.compile(r"(?:三次产业|产业)(?:结构|比例)(?:比例?|之比|比)?(?:调整|优化|变|为|是|达到)*(?:为|到|至)?[：:]?\s?"
                        rf"(?P<list>\d+(?:\.\d+)?{_RATIO}\d+(?:\.\d+)?{_RATIO}\d+(?:\.\d+)?)")


def sum_mismatches(report: ParsedReport) -> list[Finding]:
    """Totals passed by their parts, shares past a hundred, structures that are not one."""
    text = report.text
    norm = text.translate(WIDTH)
    findings = []
    for start, end in sentences(text, 0, len(text)):
        findings += _totals(text, norm, start, end)
        findings += _shares(text, norm, start, end)
    return findings


def _totals(text: str, norm: str, start: int, end: int) -> list[Finding]:
    findings = []
    for whole in _WHOLE.finditer(norm, start, end):
        stop = min([i for i in (norm.find(mark, whole.end(), end) for mark in "；;。") if i >= 0] or [end])
        parts = [q for q in find_quantities(norm, whole.end(), stop)
                 if _countable(q) and not _is_change(norm, q, whole.end())]
        parts = [q for q in parts if q.unit_class == parts[0].unit_class] if parts else []
        clause_start = max(norm.rfind(mark, start, whole.start()) for mark in "；;。") + 1
        before = [q for q in find_quantities(norm, max(start, clause_start), whole.start())
                  if _countable(q) and parts and q.unit_class == parts[0].unit_class]
        if not before or not _next_to(norm, before[-1], whole):
            continue
        total = before[-1]
        if total.comparator != "eq":
            continue  # 突破120个, 约120个: no sum can pass a floor or a round figure
        size = _base(total)
        summed = sum(_base(q) for q in parts)
        listed = whole.group().startswith("分别")  # the parts of a total said to be one are all of it
        if summed > size + _tolerance(total, parts) or listed and summed < size - _tolerance(total, parts):
            relation = "超过" if summed > size else "不等于"
            findings.append(Finding(
                "sum_mismatch", total.start, stop, text[total.start:stop],
                f"所列各项之和为{_plain(summed / _factor(total))}{total.unit}，{relation}总数{text[total.start:total.end]}"))
    return findings


def _next_to(norm: str, total: Quantity, whole: re.Match[str]) -> bool:
    """Whether the parts are the total's: 其中 right after its clause, 分别 within the next."""
    between = norm[total.end:whole.start()]
    if whole.group().startswith("分别"):  # only a total said to be one: 共建成学校10所，小学、初中分别为6所、5所
        said_whole = _TOTAL_WORD.search(norm[max(0, total.start - 12):total.start])
        return bool(said_whole) and len(re.findall(r"[，,]", between)) <= 1 and len(between) <= 30
    return bool(re.fullmatch(r"[^，,、；;。]{0,6}[，,：:]?\s*", between))


def _countable(quantity: Quantity) -> bool:
    return quantity.comparator in ("eq", "ge", "approx") and quantity.unit not in ("%", "‰", "个百分点") and \
        quantity.value_high is None and quantity.unit_class not in ("flat", "rank", "doubling", "size_class")


def _is_change(norm: str, quantity: Quantity, floor: int) -> bool:
    before = norm[max(floor, quantity.start - 8):quantity.start]
    return bool(_CHANGE_BEFORE.search(before))


def _shares(text: str, norm: str, start: int, end: int) -> list[Finding]:
    findings = []
    for match in _SHARES.finditer(norm, start, end):
        values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", match.group("list"))]
        if sum(values) > 100 + 0.05 * len(values):
            findings.append(Finding("sum_mismatch", match.start(), match.end(), text[match.start():match.end()],
                                    f"同一总体中各部分占比之和为{_plain(sum(values))}%，超过100%"))
    for match in _STRUCTURE.finditer(norm, start, end):
        values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", match.group("list"))]
        if abs(sum(values) - 100) > 0.05 * len(values) + 1e-9:
            findings.append(Finding("sum_mismatch", match.start(), match.end(), text[match.start():match.end()],
                                    f"三次产业结构各项之和为{_plain(sum(values))}，不是100"))
    return findings


def _base(quantity: Quantity) -> float:
    return quantity.value * _factor(quantity)


def _factor(quantity: Quantity) -> float:
    unit = units().get(quantity.unit)
    return unit.factor if unit else 1.0


def _tolerance(total: Quantity, parts: list[Quantity]) -> float:
    """Rounding: half the last written digit of the total and of each part."""
    return sum(_half_step(q) * _factor(q) for q in [total, *parts])


def _half_step(quantity: Quantity) -> float:
    """Half the last written digit; a whole count (120个) is exact."""
    written = _plain(quantity.value)
    decimals = len(written.split(".")[1]) if "." in written else 0
    if not decimals and _factor(quantity) == 1:
        return 0.0
    return 0.5 * 10 ** -decimals


def _plain(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")
