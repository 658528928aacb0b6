"""Form: full-width and half-width punctuation mixed in one draft (a lone
"," between Chinese words of a draft written with "，"), one indicator
written in two unit styles (亿元 here, 万元 there), and Chinese and Arabic
numerals mixed within one number, which GB/T 15835 advises against (3千5百,
二十5; 3万 and 1.5亿 are its accepted forms)."""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Indicator, ParsedReport
from ..quantities import WIDTH, Quantity, find_quantities, units
from . import Finding, Place
from .values import ROLE_GROUPS, comparable_subject

_HALF = re.compile(r"(?<=[\u4e00-\u9fff”’）])[,;:?!](?=[\u4e00-\u9fff“‘（])|(?<=[\u4e00-\u9fff])\((?=[\u4e00-\u9fff])")
_FULL = re.compile(r"(?<=[\u4e00-\u9fff”’）])[，；：？！](?=[\u4e00-\u9fff“‘（])|(?<=[\u4e00-\u9fff])（(?=[\u4e00-\u9fff])")
_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（"}
_NARROW = {wide: narrow for narrow, wide in _WIDE.items()}
#: A draft written one way may slip the other way this many times in a hundred before it is "mixed" on purpose.
_MINORITY = 0.1
_MIXED_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[十百千](?![伏瓦米克帕焦卡兆赫]|亿亿次)|[十百千]\d")
_MAGNITUDE = re.compile(r"^(万亿|亿|千万|百万|万)")


def form_findings(report: ParsedReport, found: Sequence[Indicator]) -> list[Finding]:
    styles = _unit_styles(report, found)
    seen = [(f.char_start, f.char_end) for f in styles]
    styles += [f for f in _same_sums(report) if not any(a < f.char_end and f.char_start < b for a, b in seen)]
    return _punctuation(report) + _numerals(report) + styles


def _punctuation(report: ParsedReport) -> list[Finding]:
    text = report.text
    half, full = list(_HALF.finditer(text)), list(_FULL.finditer(text))
    if not half or not full:
        return []
    wide_draft = len(full) >= len(half)
    slips = half if wide_draft else full
    if len(slips) > _MINORITY * (len(half) + len(full)):
        return []  # written both ways throughout: a style, not a slip
    findings = []
    for match in slips:
        mark = match.group()
        meant = _WIDE[mark] if wide_draft else _NARROW[mark]
        start, end = _around(text, match.start(), match.end())
        findings.append(Finding("form", start, end, text[start:end],
                                f"全文用{'全角' if wide_draft else '半角'}标点，此处是{'半角' if wide_draft else '全角'}"
                                f"的“{mark}”，应为“{meant}”"))
    return findings


def _numerals(report: ParsedReport) -> list[Finding]:
    text = report.text
    findings = []
    for match in _MIXED_NUMBER.finditer(text):
        start, end = _around(text, match.start(), match.end())
        findings.append(Finding("form", start, end, text[start:end],
                                f"“{match.group()}”把汉字数字和阿拉伯数字混在一个数里，GB/T 15835 建议只用一种"))
    return findings


def _around(text: str, start: int, end: int, reach: int = 6) -> tuple[int, int]:
    """A slip with a few characters either side, within its line: what a person reads it by."""
    left = max(0, start - reach, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end)
    right = min(len(text), end + reach, line_end if line_end >= 0 else len(text))
    return left, right


def _unit_styles(report: ParsedReport, found: Sequence[Indicator]) -> list[Finding]:
    """One amount of one indicator and year written in 亿元 in one place and 万元 in another."""
    groups: dict[tuple, list[Indicator]] = {}
    for indicator in found:
        if indicator.measure == "amount" and indicator.year is not None and indicator.comparator == "eq" and \
                comparable_subject(indicator.name):  # 突破1万美元 beside 达10675美元 is a threshold, not a second style
            base = _MAGNITUDE.sub("", indicator.unit)
            role = ROLE_GROUPS.get(indicator.role, indicator.role)
            groups.setdefault((indicator.canonical, indicator.year, role, base), []).append(indicator)
    findings = []
    for (canonical, _, _, _), stated in groups.items():
        styles: dict[str, list[Indicator]] = {}
        for indicator in sorted(stated, key=lambda i: i.char_start):
            styles.setdefault(indicator.unit, []).append(indicator)
        if len(styles) < 2:
            continue
        usual = max(styles, key=lambda unit: (len(styles[unit]), -styles[unit][0].char_start))
        for unit, odd in styles.items():
            if unit == usual:
                continue
            for indicator in odd:
                first = styles[usual][0]
                findings.append(Finding("form", indicator.char_start, indicator.char_end, indicator.quote,
                                        f"{canonical}在别处写作“{usual}”，此处写作“{unit}”：同一指标宜用同一单位",
                                        Place(first.char_start, first.char_end, first.quote)))
    return findings


def _same_sums(report: ParsedReport) -> list[Finding]:
    """One sum of money written in two styles: 4211亿元 in one place,
    42110000万元 in another (the same value, another magnitude)."""
    norm = report.text.translate(WIDTH)
    by_value: dict[float, list[Quantity]] = {}
    used: dict[str, int] = {}  # how often the draft writes each unit: the usual style of a sum is the draft's
    for quantity in find_quantities(norm, 0, len(norm)):
        used[quantity.unit] = used.get(quantity.unit, 0) + 1
        unit = units().get(quantity.unit)
        if unit is None or unit.unit_class != "money" or quantity.comparator not in ("eq", "approx") or \
                quantity.value_high is not None:
            continue
        by_value.setdefault(round(quantity.value * unit.factor, 2), []).append(quantity)
    findings = []
    for stated in by_value.values():
        styles: dict[str, list[Quantity]] = {}
        for quantity in stated:
            styles.setdefault(quantity.unit, []).append(quantity)
        if len(styles) < 2:
            continue
        usual = max(styles, key=lambda unit: (used[unit], -styles[unit][0].start))
        first = styles[usual][0]
        for unit, odd in styles.items():
            for quantity in odd if unit != usual else ():
                findings.append(Finding(
                    "form", quantity.start, quantity.end, report.text[quantity.start:quantity.end],
                    f"同一金额在别处写作“{report.text[first.start:first.end]}”，此处写作“{unit}”：宜用同一单位",
                    Place(first.start, first.end, report.text[first.start:first.end])))
    return findings
