"""How a gap table's figures are written: targets with their qualifiers,
results, differences, status and tier names. Printed documents are Chinese;
the window passes its translated templates (:data:`TEMPLATES` keys) so both
write the same figures the same way."""

from __future__ import annotations

from collections.abc import Mapping

from hjdesk.core.model import Indicator
from hjdesk.core.qualitative import WORDED
from hjdesk.core.quantities import units

STATUS_NAMES = {"not_reported": "未提及", "missed": "未完成", "unclear": "不明确", "met": "完成", "no_target": "无目标"}
#: Status colours of every printed form (the window's palette has the same), as RRGGBB.
STATUS_FILLS = {"not_reported": "F8D7DA", "missed": "FDE2C8", "unclear": "FFF3BF", "met": "D4EDDA", "no_target": "E9ECEF"}
STATUS_INKS = {"not_reported": "8B0000", "missed": "B03A00", "unclear": "6B5B00", "met": "1E6B2E", "no_target": "4A4A4A"}
TIER_NAMES = {"main": "主要预期目标", "task": "工作任务", "livelihood": "民生实事", "fiscal": "财政安排"}

#: Templates with %1, %2 for the variable parts, as Qt's ``tr()`` writes them.
TEMPLATES = {
    "about": "%1左右", "range": "%1—%2", "down": "下降%1", "stretch": "%1（力争）", "estimate": "%1（预计）",
    "points": "%1个百分点", "with_percent": "%1（%2%）",
}
_RATE_CLASSES = ("percent", "points")


def fill(template: str, *parts: str) -> str:
    for index, part in enumerate(parts, start=1):
        template = template.replace(f"%{index}", part)
    return template


def number(value: float, signed: bool = False) -> str:
    """A value as the reports write it: no trailing zeros, no thousands commas."""
    text = f"{value:+.4f}" if signed else f"{value:.4f}"
    text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "+0") else text


def is_rate(unit: str) -> bool:
    known = units().get(unit)
    return known is not None and known.unit_class in _RATE_CLASSES


def target_text(target: Indicator, words: Mapping[str, str] = TEMPLATES, shorten: int | None = 16) -> str:
    """≥6%, ≤4.5%, 6%左右, 4.5%—5%, with 力争 for a stretch target; a target
    set in words (居民收入增长和经济增长同步) shows its words."""
    if target.measure in WORDED:
        if shorten is None or len(target.quote) <= shorten:
            return target.quote
        return target.quote[:shorten - 1] + "…"
    declining = target.value < 0 and target.measure == "growth_rate"
    amount = number(abs(target.value) if declining else target.value) + target.unit
    if target.comparator == "ge":
        text = "≥" + amount  # of a decline: 下降3%以上 is a cut of at least 3%
    elif target.comparator == "le":
        text = "≤" + amount
    elif target.comparator == "approx":
        text = fill(words["about"], amount)
    elif target.comparator == "range" and target.value_high is not None:
        low = number(target.value) + (target.unit if is_rate(target.unit) else "")
        text = fill(words["range"], low, number(target.value_high) + target.unit)
    else:
        text = amount
    if declining:
        text = fill(words["down"], text)
    return fill(words["stretch"], text) if target.stretch else text


def result_text(actual: Indicator, words: Mapping[str, str] = TEMPLATES) -> str:
    """5.2%, 下降5.1%, or 5.2%（预计） when the report gives an estimate."""
    if actual.value < 0 and actual.measure == "growth_rate":
        text = fill(words["down"], number(-actual.value) + actual.unit)
    else:
        text = number(actual.value) + actual.unit
    return fill(words["estimate"], text) if actual.role == "estimate" else text


def difference_text(value: float, unit: str, percent: float | None = None,
                    words: Mapping[str, str] = TEMPLATES) -> str:
    """+0.3个百分点, -0.7亿元（-11.5%）."""
    text = fill(words["points"], number(value, signed=True)) if is_rate(unit) else number(value, signed=True) + unit
    if percent is not None:
        text = fill(words["with_percent"], text, number(round(percent, 1), signed=True))
    return text
