"""Targets without a number, and what a report says of its own targets.

A main-targets passage sets targets in words as well as in numbers:
居民收入增长和经济增长同步 (``relative``: one indicator against another),
进出口促稳提质 or 生态环境质量持续改善 (``qualitative``). Drafting staff check
those first. And a review judges targets in words: 全年主要目标任务顺利完成
(every main target), 单位地区生产总值二氧化碳排放完成目标任务 (the ones it
names), 投资、消费等指标未完成年初目标. This module finds both; the gap
engine turns them into rows and statuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import related_of
from .model import Indicator, ParsedReport
from .names import canonical_name, lookup

#: A clause of a targets passage that sets a target in words, and its predicate.
_PREDICATE = re.compile(
    r"(?P<relative>(?:增长|增速)?(?:与|和|同)(?P<other>[\u4e00-\u9fff]{2,12}?)(?:增长|增速)?(?:基本)?"
    r"(?:同步|相适应|相协调|持平|一致)"
    r"|(?:增长|增速)?(?:高于|快于|不低于)(?P<above>[\u4e00-\u9fff]{2,14}?)(?:增长|增速|速度|平均水平|水平)?$"
    r"|(?:基本|总体)?同步)"
    r"|(?P<words>促稳提质|稳中提质|稳中有升|稳中有进|稳步(?:增长|提升|提高)|平稳(?:增长|运行)|保持稳定|基本平衡|总体平稳|"
    r"合理增长|持续(?:改善|提升|好转|向好)|进一步(?:改善|提升)|明显(?:改善|提升)|(?:稳定在|保持在)合理区间|保持优良|"
    r"总体稳定|只增不减|保持正增长|达到国家要求|保持(?:优秀|合理|良好|较高)?水平|(?:稳定)?保持在[ⅠⅡⅢⅣⅤ]类|"
    r"控制在国家下达|(?:全面|统筹|确保|如期)?完成[^，,；;。]{0,30}?(?:目标|任务|指标)|任务全面完成|"
    r"有效(?:防控|防范|化解|管控)|(?:基本|保持)稳定|(?:继续|持续|稳步)下降|全部(?:脱贫|摘帽)|量稳质升|保稳提质|"
    r"(?<=[产量])稳定$)")
_OBJECT = re.compile(r"^(?:全面|统筹|确保|如期)?完成|(?:国家)?(?:下达|规定)的?|“?十[四五]五”?(?:期间|规划期内)?|"
                     r"(?:考核)?(?:目标|任务)$")
_LEAD = re.compile(r"^.*?(?:主要预期目标|预期目标|主要目标)(?:是|为)?[:：]?|^(?:同时|全年|确保|力争|努力|推动|实现|促进)+")
_CLAUSE = re.compile(r"[^，,；;。:：\n]+?(?=[，,；;。:：\n]|、(?:高于|快于|不低于)|$)")
_DIGIT = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万]+(?:个百分点|%|倍)")

#: A review's words on its own targets: blanket (all main targets) or naming some.
_BLANKET = re.compile(
    r"(?:(?:全年|\d{4}年|年度)(?:经济社会)?(?:发展)?(?:的)?(?:主要)?(?:预期)?|(?:经济社会)?(?:发展)?(?:的)?主要(?:预期)?)"
    r"目标(?:任务)?(?:顺利|圆满|较好|全面|总体|基本)?的?(?:完成|实现)"
    r"|(?:顺利|圆满|较好|全面|总体|基本)(?:完成|实现)(?:了)?[^，,；;。]{0,24}?目标(?:任务)?"
    r"|完成(?:了)?(?:全年|\d{4}年|年初确定的|今年)(?:经济社会)?(?:发展)?的?主要(?:预期)?目标(?:任务)?")
_NAMED = re.compile(r"(?P<names>[\u4e00-\u9fffA-Za-z、和及与等“”]{0,40}?)(?:等)?(?:主要|预期性)?(?:指标)?(?:均|都|也)?"
                    r"(?:(?P<neg>未能?|没有)?(?:超额)?(?:完成|实现|达到|达)(?:了)?|好于|优于|高于|超过)"
                    r"(?:年初|年度|全年|国家下达的?)?(?:预期(?:目标)?|目标|任务)(?:任务)?"
                    r"|(?P<listed>[\u4e00-\u9fff\d、和及与等“”]{2,30}?指标)(?:全部|均|都|全面)(?P<neg2>未)?(?:完成|实现|达标)")
#: Words of a statement that name no indicator: 均超额完成 speaks of the clauses before it.
_ADVERBS = re.compile(r"^(?:去年|今年|全年|均|都|也|全部|超额|较好|顺利|增速|涨幅)+|(?:均|都|也|全部|超额|较好|顺利)+$")
#: The subject of a figure in a clause before (PM2.5平均浓度35.2微克/立方米).
_SUBJECT = re.compile(r"[\u4e00-\u9fffA-Za-z]+(?:2\.5|10)?[\u4e00-\u9fff]*")
#: 12件重点民生实事全部办成, 圆满完成12件重点民生实事, 完成十大重点民生实事: every item of the list.
_COUNT = r"(?:[\d一二三四五六七八九十]+件|十大|[\d一二三四五六七八九十]+项)"
_LIVELIHOOD_DONE = re.compile(rf"{_COUNT}(?:重点)?民生实事(?:项目)?”?(?:全部|全面|圆满|顺利)?(?:办成|完成|兑现|落实|落地)"
                              rf"|(?:圆满|全面|顺利)?(?:完成|办成|兑现)(?:了)?“?{_COUNT}(?:重点)?民生实事")
#: The name a statement on the whole 民生实事 list carries.
LIVELIHOOD = "民生实事"
#: What every statement on targets has (a cheap test before the costly ones).
_SAYS = re.compile(r"完成|实现|达到|达|好于|优于|高于|超过|办成|兑现|落实|落地")
_NOT_THIS_YEAR = re.compile(r"十[四五六]五|五年|规划|确保|力争|奋力|有信心|有条件|今年|明年")


#: Measures of targets set in words: their value means nothing.
WORDED = ("qualitative", "relative")


@dataclass(frozen=True)
class Statement:
    """What a review says of targets in words: ``names`` empty for all main
    targets; ``status`` ``met`` or ``missed``; the span in the report's text."""

    char_start: int
    char_end: int
    names: tuple[str, ...]
    status: str


def qualitative_targets(report: ParsedReport, numbered: list[Indicator]) -> tuple[Indicator, ...]:
    """The targets of the main-targets passage set in words; ``numbered`` are
    the passage's number targets, whose clauses are left alone. The value of
    such an indicator is 0 and means nothing: its ``measure`` says so."""
    taken = [(i.char_start, i.char_end) for i in numbered]
    found: list[Indicator] = []
    for section in (s for s in report.sections if s.kind == "targets"):
        for clause in _CLAUSE.finditer(report.text, section.char_start, section.char_end):
            if _DIGIT.search(clause.group(0)) or any(a < clause.end() and clause.start() < b for a, b in taken):
                continue
            found.extend(_targets(report, section.id, clause.start(), clause.group(0)))
    return tuple(found)


_PLAN = re.compile(r"“?十[三四五六]五”?(?:规划)?(?:期内|期间|时期)?")
#: How a target is to be met (不折不扣完成…) is no part of what it is.
_MANNER = re.compile(r"^(?:不折不扣|坚决|切实|全面|圆满|确保|力争|努力)+")
_RATE_END = re.compile(r"(?:增长|增速|水平|下降|降低)$")
#: 粮食产量及播种面积、生态环境质量等指标: a list of subjects, one target each.
_LISTED = re.compile(r"(?:等(?:指标|方面)?)$")


def _targets(report: ParsedReport, section: int, start: int, clause: str) -> list[Indicator]:
    predicate = _PREDICATE.search(clause)
    if predicate is None:
        return []
    lead = _LEAD.match(clause)
    offset = lead.end() if lead and lead.end() < predicate.start() else 0
    name = _RATE_END.sub("", _MANNER.sub("", clause[offset:predicate.start()].strip("“”\"（）() ")))
    if len(name) < 2:
        # 全面完成节能减排降碳和环境质量改善约束性指标: the subject is the object of 完成
        name = _RATE_END.sub("", _OBJECT.sub("", predicate.group(0)).strip("“”\"（）() "))
    if len(name) < 2:
        return []
    name = re.sub(r"[“”\"]", "", name)
    if re.fullmatch(r"“?十[一二三四五六七八九]五”?(?:规划)?", name):
        return []  # 努力完成“十三五”规划目标任务: the plan's goals, not one of the year
    if _PLAN.search(name):
        name = re.sub(r"在$", "", _PLAN.sub("", name))  # 能耗强度在“十四五”规划期内统筹完成: 能耗强度
    names = [name]
    if _LISTED.search(name):
        names = [n for n in re.split(r"[、及和与]", _LISTED.sub("", name)) if len(n) >= 2] or names
    elif re.fullmatch(r"[\u4e00-\u9fff]{4,}[和及][\u4e00-\u9fff]{2}", name):
        # 粮食播种面积和产量: a bare head after 和 shares the modifier of the first
        first, last = re.split(r"[和及]", name)
        names = [first, first[:2] + last]
    elif re.fullmatch(r"[^和及]{4,}[和及][^和及]{4,}", name) and any(map(lookup, re.split(r"[和及]", name))):
        names = re.split(r"[和及]", name)  # 单位国内生产总值能耗和主要污染物排放量: two indicators
    measure = "relative" if predicate.group("relative") else "qualitative"
    quote_start = start + offset
    quote_end = start + len(clause.rstrip())
    return [Indicator(name=n, canonical=canonical_name(n), measure=measure, value=0.0, value_high=None, unit="",
                      comparator="eq", role="target", year=report.meta.year, char_start=quote_start,
                      char_end=quote_end, quote=report.text[quote_start:quote_end], section=section)
            for n in names]


def reference_of(target: Indicator) -> str:
    """The indicator a relative target is set against (经济增长 → 地区生产总值)."""
    match = _PREDICATE.search(target.quote)
    other = match and (match.group("other") or match.group("above"))
    return canonical_name(other or "经济增长")


def statements(report: ParsedReport, text: str | None = None) -> tuple[Statement, ...]:
    """A review's words on its own targets for the year it reviews; ``text``
    is the report's text with what is not that review blanked (by default
    the whole text)."""
    found: list[Statement] = []
    text = report.text if text is None else text
    for section in (s for s in report.sections if s.part == "review" and s.level == 1):
        for sentence in re.finditer(r"[^。！!？?\n]+", text[section.char_start:section.char_end]):
            start = section.char_start + sentence.start()
            found.extend(_statements_in(sentence.group(0), start))
    return tuple(found)


def _statements_in(sentence: str, start: int) -> list[Statement]:
    found = []
    if not _SAYS.search(sentence):
        return found
    for clause in _CLAUSE.finditer(sentence):
        words = clause.group(0)
        if not _SAYS.search(words) or _NOT_THIS_YEAR.search(words):
            continue
        if _LIVELIHOOD_DONE.search(words):
            found.append(Statement(start + clause.start(), start + clause.end(), (LIVELIHOOD,), "met"))
            continue
        blanket = _BLANKET.search(words)
        if blanket:
            found.append(Statement(start + clause.start(), start + clause.end(), (), "met"))
            continue
        named = _NAMED.search(words)
        if named:
            listed = named.group("names") or named.group("listed") or ""
            names = tuple(n for n in (_ADVERBS.sub("", n) for n in re.split(r"[、和及与等]", listed.strip("“”")))
                          if len(n) >= 2)
            # …国考断面水质优良比例90.2%，均好于年度目标: the subjects of the clauses before
            names = names or _subjects(sentence[:clause.start()])
            if names:
                status = "missed" if named.group("neg") or named.group("neg2") else "met"
                found.append(Statement(start + clause.start(), start + clause.end(), names, status))
    return found


def _subjects(before: str) -> tuple[str, ...]:
    """The subjects of the figures in the clauses of a sentence before a statement."""
    found = []
    for item in re.split(r"[，,；;、]", before):
        subject = _SUBJECT.match(item.strip())
        if subject and re.search(r"\d", item[subject.end():]) and len(subject.group(0)) >= 2:
            found.append(re.sub(r"^(?:全省|全市|全区|全年)", "", subject.group(0)))
    return tuple(found)


def statement_for(target: Indicator, found: tuple[Statement, ...], main: bool) -> Statement | None:
    """The review's word on a target: one that names it, else (for a main
    target) a blanket one."""
    entry = lookup(target.name)
    related = [w for w in related_of(target) if not w.endswith("+")]
    for statement in found:
        for name in statement.names:
            if (entry is not None and lookup(name) is entry) or name in target.name or target.name in name:
                return statement
            if target.measure in WORDED and any(w in name for w in related):
                return statement  # 空气质量优良天数比率…均好于年度目标 for 生态环境质量
    if main:
        return next((s for s in found if not s.names), None)
    return None
