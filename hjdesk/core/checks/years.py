"""Stale years: a year that belongs to last year's report left in this
year's draft. In the plan part "this year" is the report's year; in the
review part the year under review is the year before. An earlier year is
flagged unless it is a comparison (比2020年, 由2020年的), a "since"
(2020年以来), a date (2020年9月), a range of years, an annual round
(2023年度考核) or inside a quoted title; the five-year passage of a review
is left alone. Claims about the year itself are checked too: which year of
a five-year plan it is (今年是“十四五”规划收官之年) and which anniversary it
holds (新中国成立75周年)."""

from __future__ import annotations

import re

from ..model import ParsedReport
from ..periods import plan_period_spans
from ..quantities import cn_number
from . import Finding, Place
from .places import Parts, inside, quoted_spans

_YEAR = re.compile(r"(?<![\d.／/])(?:19|20)\d\d(?=年)")
_BEFORE = re.compile(r"(?:比|较|相比|对比|同比|从|由|自|截至|截止|与|和|同|回到|恢复到|超过|高于|低于|早于|继)[^，。；\d]{0,3}$")
_AFTER = re.compile(r"^年(?:以来|来|以前|之前|度|\d{1,2}月|同期|水平|的水平|基础上|的基础上|基数|为基|起|开始|前后|[—–\-~至到]|版|标准|"
                    r"的?(?:\d|[一二两三四五六七八九十]+倍)|[^，。；,;]{0,12}以来)")
_RANGE_BEFORE = re.compile(r"(?:\d|年)[—–\-~至到、和与及][ ]?$")
_PLAN_NAME = r"[“\"]?(?P<plan>十[一二三四五六七]五)[”\"]?"
_PLAN_YEAR_CLAIM = re.compile(
    r"(?P<when>今年|明年|去年|(?:19|20)\d\d年)是[^。；！？]{0,60}?" + _PLAN_NAME +
    r"[^。；！？]{0,12}?(?P<which>开局|起步|开篇|收官|最后一年|第一年|决胜|谋篇布局)")
_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031,
               "十七五": 2036}
_FIRST = ("开局", "起步", "开篇", "第一年", "谋篇布局")
_ANNIVERSARY = re.compile(r"(?P<event>新中国成立|中华人民共和国成立|建党|中国共产党成立|改革开放|抗日战争胜利|抗战胜利|"
                          r"世界反法西斯战争胜利|人民军队建军|建军|红军长征胜利|长征胜利)"
                          r"(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})周年")
_EVENT_YEAR = {"新中国成立": 1949, "中华人民共和国成立": 1949, "建党": 1921, "中国共产党成立": 1921, "改革开放": 1978,
               "抗日战争胜利": 1945, "抗战胜利": 1945, "世界反法西斯战争胜利": 1945, "人民军队建军": 1927, "建军": 1927,
               "红军长征胜利": 1936, "长征胜利": 1936}
_PART_NAMES = {"review": "工作回顾", "plan": "工作安排"}


#: A heading that names the plan part (三、2026年重点工作) or the review (一、2025年工作回顾).
_PLAN_HEADING = re.compile(r"工作安排|重点工作|工作任务|主要目标|预期目标|总体要求|工作部署|今年工作|政府工作")
_REVIEW_HEADING = re.compile(r"回顾|总结|过去一年|一年来")
#: What a plan says of its year: 今年是…之年, 2026年是…关键一年.
_YEAR_SAYING = re.compile(r"(?:今年|(?:19|20)\d\d年)是[^。！？!?\n]{2,80}?(?:之年|一年)")
_ANY_YEAR = re.compile(r"今年|(?:19|20)\d\d年")


def stale_years(report: ParsedReport, last: ParsedReport | None = None) -> list[Finding]:
    """Years, plan-year claims, anniversaries and sayings about the year
    that belong to last year's report."""
    year = report.meta.year
    if not year:
        return []
    found = _stale_year_words(report, year) + _stale_headings(report, year) + _stale_claims(report, year)
    return found + (_copied_sayings(report, last) if last is not None else [])


def _stale_headings(report: ParsedReport, year: int) -> list[Finding]:
    """A heading whose own words say which part it opens, with an earlier year
    than that part speaks of (三、2025年重点工作 in a report for 2026): the
    outline may have taken the part by its stale year, so the heading is read
    by its words."""
    findings = []
    for section in report.sections:
        if section.kind not in ("part", "section"):
            continue
        plan, review = _PLAN_HEADING.search(section.heading), _REVIEW_HEADING.search(section.heading)
        if bool(plan) == bool(review):
            continue
        current = year if plan else year - 1
        line_end = report.text.find("\n", section.char_start)
        line_end = section.char_end if line_end < 0 else min(line_end, section.char_end)
        for match in _YEAR.finditer(report.text, section.char_start, line_end):
            said = int(match.group())
            if said < current and _as_current(report.text, match.start(), match.end()):
                end = match.end() + 1
                findings.append(Finding(
                    "stale_year", match.start(), end, report.text[match.start():end],
                    f"标题“{section.heading[:20]}”写的是{said}年，本报告{'安排的是' if plan else '回顾的是'}{current}年："
                    f"可能沿用了上年报告未改"))
    return findings


def _copied_sayings(report: ParsedReport, last: ParsedReport) -> list[Finding]:
    """今年是…之年 said in the plan in last year's words: a saying about the
    year is true of one year only."""
    parts, last_parts = Parts(report), Parts(last)
    before = {}
    for match in _YEAR_SAYING.finditer(last.text):
        if last_parts.at(match.start()) == "plan":
            before.setdefault(_ANY_YEAR.sub("#", match.group()), match)
    findings = []
    for match in _YEAR_SAYING.finditer(report.text):
        old = before.get(_ANY_YEAR.sub("#", match.group()))
        if old is not None and parts.at(match.start()) == "plan":
            findings.append(Finding("stale_year", match.start(), match.end(), match.group(),
                                    "对本年的定位与上年报告一字不差：可能沿用了上年报告未改",
                                    Place(old.start(), old.end(), old.group())))
    return findings


def _stale_year_words(report: ParsedReport, year: int) -> list[Finding]:
    text, parts = report.text, Parts(report)
    quoted = quoted_spans(text)
    periods = plan_period_spans(report)
    findings = []
    for match in _YEAR.finditer(text):
        part = parts.at(match.start())
        current = {"plan": year, "review": year - 1}.get(part)
        said = int(match.group())
        if current is None or said >= current or not _as_current(text, match.start(), match.end()):
            continue
        if inside(quoted, match.start(), match.end()) or any(a <= match.start() < b for a, b in periods):
            continue
        end = match.end() + 1
        findings.append(Finding(
            "stale_year", match.start(), end, text[match.start():end],
            f"{_PART_NAMES[part]}中写的是{said}年，本报告{'安排的是' if part == 'plan' else '回顾的是'}{current}年："
            f"可能沿用了上年报告未改"))
    return findings


def _as_current(text: str, start: int, end: int) -> bool:
    """Whether a year is written as the year a passage speaks of, not as a
    point of comparison, a date, a range or a "since"."""
    before, after = text[max(0, start - 6):start], text[end:end + 16]
    return not (_BEFORE.search(before) or _AFTER.match(after) or _RANGE_BEFORE.search(before))


def _stale_claims(report: ParsedReport, year: int) -> list[Finding]:
    text, parts = report.text, Parts(report)
    periods = plan_period_spans(report)
    findings = []
    for match in _PLAN_YEAR_CLAIM.finditer(text):
        part = parts.at(match.start())
        meant = _meant_year(match.group("when"), year, part)
        start = _PLAN_START[match.group("plan")]
        claimed = start if match.group("which") in _FIRST else start + 4
        if meant is not None and meant != claimed:
            findings.append(Finding(
                "stale_year", match.start(), match.end(), match.group(),
                f"{meant}年不是“{match.group('plan')}”的{'第一年' if claimed == start else '最后一年'}"
                f"（那是{claimed}年）：可能沿用了上年报告未改"))
    for match in _ANNIVERSARY.finditer(text):
        part = parts.at(match.start())
        number = int(match.group("n")) if match.group("n").isdigit() else cn_number(match.group("n"))
        if number is None or part not in _PART_NAMES or any(a <= match.start() < b for a, b in periods):
            continue
        happened = _EVENT_YEAR[match.group("event")] + int(number)
        earliest = year if part == "plan" else year - 1
        if happened < earliest:
            findings.append(Finding(
                "stale_year", match.start(), match.end(), match.group(),
                f"{match.group('event')}{int(number)}周年在{happened}年，{_PART_NAMES[part]}说的是{earliest}年"
                f"{'' if part == 'plan' else '前后'}：可能沿用了上年报告未改"))
    return findings


def _meant_year(when: str, year: int, part: str) -> int | None:
    if when == "今年":
        return year if part == "plan" else None  # a review's 今年 may be the year it reviews
    if when == "明年":
        return year + 1 if part == "plan" else None
    if when == "去年":
        return year - 1
    return int(when[:4])
