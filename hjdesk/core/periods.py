"""The passages of a review that speak of the five years of a plan period
(这五年, 过去五年, “十四五”时期) rather than of the last year: their figures
are totals or period figures, never the year's result."""

from __future__ import annotations

import re

from .model import ParsedReport
from .quantities import WIDTH

#: A passage of a review about the whole plan period (这五年, "十四五"时期), and one about the last year.
_PERIOD = re.compile(r"五年来|过去的?五年|这五年|五年间|近五年|“?十[三四]五”?(?:时期|以来|期间|规划实施以来)")
_YEAR_START = re.compile(r"^[^，,。]{0,6}(?:\d{4}年|过去一年|一年来|今年|去年|这一年)")
#: The review's paragraph on its shortcomings speaks of now, not of the five years.
_PROBLEMS = re.compile(r"清醒(?:地)?(?:看到|认识到)|问题和不足|困难和挑战|困难和问题|存在的问题|不足之处|差距和不足")
_SALUTATION = re.compile(r"^各位代表[!！]?")
_OPENING = 60


def plan_period_spans(report: ParsedReport, norm: str | None = None) -> list[tuple[int, int]]:
    """Stretches of the review that speak of the five years of a plan period
    rather than of the last year: from a paragraph whose opening speaks of
    五年来, 过去五年, "十四五"时期… to the next one that opens with a year
    and does not, within one part (or to its paragraph on shortcomings).
    ``norm`` is the report's text after :data:`WIDTH` (made if not given)."""
    norm = report.text.translate(WIDTH) if norm is None else norm
    spans: list[tuple[int, int]] = []
    headings = {s.char_start for s in report.sections if s.kind in ("part", "section")}
    for part in (s for s in report.sections if s.part == "review" and s.level == 1):
        start = None
        for paragraph in report.paragraphs:
            # a heading (一、2025年及“十四五”时期工作回顾) names the part, not a passage of it
            if not part.char_start <= paragraph.start < part.char_end or paragraph.start in headings:
                continue
            opening = _SALUTATION.sub("", norm[paragraph.start:paragraph.start + _OPENING])
            if start is None and _PERIOD.search(opening):
                # 2025年主要目标任务的完成，标志着…。回望过去五年: from the sentence that turns to the five years
                period = _PERIOD.search(norm, paragraph.start, paragraph.start + _OPENING)
                start = max(paragraph.start, max(norm.rfind(c, paragraph.start, period.start()) for c in "。！!") + 1)
            elif start is not None and (_YEAR_START.search(opening) and not _PERIOD.search(opening)
                                        or _PROBLEMS.search(opening)):
                spans.append((start, paragraph.start))
                start = None
        if start is not None:
            spans.append((start, part.char_end))
    return spans
