"""How much a target matters to a drafter: ``main`` (the main-targets
passage), ``task`` (a number in the plan's work sections), ``livelihood``
(the list of 民生实事) or ``fiscal`` (deficit, bonds, budget allotments)."""

from __future__ import annotations

import re

from .model import Indicator, ParsedReport
from .places import sections_at

TIERS = ("main", "task", "livelihood", "fiscal")

_FISCAL = re.compile(r"赤字|专项债|特别国债|超长期|一般债|政府债|预算内|预算支出|预算安排|财政支出|转移支付|减税降费|退税")
_LIVELIHOOD = re.compile(r"民生实事|为民办实事|惠民实事|民生工程|重点民生")
#: Words in a paragraph that open a list of 民生实事 (办好“十件民生实事”。（1）…), not a remark on them
#: (对票决出来的民生实事项目，集中力量攻坚).
_LIVELIHOOD_LIST = re.compile(r"(?:[\d一二三四五六七八九十]+(?:件|项|大)|十大)[^。；]{0,6}(?:民生实事|为民办实事|惠民实事|民生工程)"
                              r"|(?:民生实事|为民办实事|惠民实事|民生工程)[^。；]{0,12}[：:]")


def tier_of(indicator: Indicator, report: ParsedReport) -> str:
    """The tier of one of ``report``'s indicators, from what it names and where it stands."""
    if _FISCAL.search(indicator.name) or _FISCAL.search(indicator.quote):
        return "fiscal"
    holding = sections_at(report, indicator.char_start)
    if any(s.kind == "targets" for s in holding):
        return "main"
    # a list of 民生实事 is introduced before its items (…办好十项重点民生实事。 after a figure lists nothing)
    before = _paragraph_text(report, indicator.char_start)
    if _LIVELIHOOD_LIST.search(before):
        return "livelihood"
    for section in holding:
        if _LIVELIHOOD.search(section.heading):
            # （九）用心用情办好民生实事 … 扎实办好“十件民生实事”。（1）…: where the section introduces its list,
            # only what follows the introduction is on it
            body = report.text[section.char_start:section.char_end]
            opening = _LIVELIHOOD_LIST.search(body)
            if opening is None or section.char_start + opening.start() <= indicator.char_start:
                return "livelihood"
    return "task"


def _paragraph_text(report: ParsedReport, offset: int) -> str:
    """The text of the paragraph holding ``offset``, up to it."""
    for paragraph in report.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return report.text[paragraph.start:offset]
    return ""
