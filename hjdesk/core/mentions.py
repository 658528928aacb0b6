"""Where a review speaks of an indicator without a number that can be set
against its target: in words (超额完成, 总体平稳) or with a figure of another
kind or scope (a level where the target is a growth, a part of the whole).
A person must read such a passage, so its row is ``unclear``, never
``not_reported``; and a target set in words may be judged from it
(生态环境质量继续保持全国一流 meets 生态环境质量保持优良).

The review is searched as a *masked* copy of the report's text: everything
outside the review, and the five-year passages for a target of one year, is
blanked, so offsets into it are offsets into the report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .model import Indicator, ParsedReport
from .names import fold, lookup
from .periods import plan_period_spans
from .resources import read_lines

#: Words that judge an outcome without a number: 超额完成, 稳中有升, 好于预期.
_QUALITATIVE = re.compile(r"完成|实现|达到|达标|超额|稳中有升|稳步提升|明显提升|持续提升|保持|稳定|平稳|好于|高于|低于|优于"
                          r"|增长|增速|提高|下降|回升|回落|持平|目标|良好|优良|改善|向好|提质|快于|慢于|一流|跨过|跨越|突破"
                          r"|迈上|大关|台阶|居全国|居全省|位居|排名|平衡|脱贫|摘帽|有效|提升|解决")
_CLAUSES = re.compile(r"[^，,；;。！!？?\n]+")
#: A number that counts things (132家企业, 20条措施) says nothing of an indicator measured otherwise.
_COUNTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:家|个|项|条|件|次|批|座|所|名|款|场)")
#: A rank (居全国第3位) is no figure of an indicator of another scope.
_RANKED = re.compile(r"第\d+(?:位|名)|前\d+(?:位|名)?")
#: Words of change: what a figure of another scope must say when it gives no number.
_CHANGED = re.compile(r"增长|增速|回升|回落|下降|下滑|放缓|提升|提高|改善|好转|向好|恢复|疲软|低迷|支撑|跨过|跨越|突破|迈上")
#: 对外投资, 民间投资: a bare word (投资+) after these is a part of its own, not the whole.
_SUB_SCOPE = re.compile(r"(?:对外|境外|外商|外资|民间|政府|招商|有效|项目|产业|工业|设备)$")
#: A wording followed by these is a modifier of another noun (进出口企业); one after 占 is the
#: whole of a share (税收占一般公共预算收入比重). Neither speaks of the indicator.
_OTHER_HEAD = re.compile(r"[^，,；;。\d]{0,2}?(?:企业|主体|平台|园区|基地|政策|措施|结构|系统|体制|机制|部门|领域)")
#: The share of a part (民间投资占比34%) says nothing of the whole.
_SHARE = re.compile(r"比重|占比|占")
#: A figure over several years (年均增长, 累计完成) is not the year's.
_MULTI_YEAR = re.compile(r"年均|累计")
#: A target of a whole plan period (“十四五”能耗强度下降目标) is reviewed in the five-year passages.
_PLAN_TARGET = re.compile(r"十[四五六]五|五年|规划期")
_MASK = re.compile(r"[^\n，,；;。！!？?：:]")  # punctuation stays: clauses keep their bounds
#: What must follow a bare word (消费+, 投资+ in the related file) for it to speak of the indicator:
#: 消费逐步回升, 投资增长支撑不够.
_CHANGE = re.compile(r"(?:分别|均)?(?:逐步|持续|稳步|明显|较快|总体|有所|保持|企稳)?(?:增速|增长|回升|回落|下降|下滑|放缓|平稳|疲软|支撑|恢复"
                     r"|向好|低迷)")
_MIN_SUFFIX = 4
#: The words of action a task's name may begin with (改造城镇老旧小区住房).
_ACTION = re.compile(r"^(?:新建|改扩建|新改建|改造|建设|实施|推进|开展|完成|打造|创建|提升|提质|整治)+")


def review_text(report: ParsedReport, whole_period: bool = False) -> str:
    """The report's text with all but its review blanked, and (unless
    ``whole_period``) the review's five-year passages too; same length."""
    keep = [(s.char_start, s.char_end) for s in report.sections if s.part == "review" and s.level == 1]
    blank = [] if whole_period else plan_period_spans(report)
    pieces, at = [], 0
    for start, end in sorted(keep):
        pieces.append(_MASK.sub(" ", report.text[at:start]))
        pieces.append(report.text[start:end])
        at = end
    pieces.append(_MASK.sub(" ", report.text[at:]))
    text = "".join(pieces)
    year = report.meta.year
    last_year = re.compile(rf"(?:去年|上年|过去一年|{year - 1}年)[^，,；;。！!？?\n]*" if year else r"(?:去年|上年|过去一年)[^，,；;。！!？?\n]*")
    for start, end in blank:
        # …“十四五”时期…，去年固定资产投资…也未达年初预期: a clause of the five-year passage that names last year
        kept_clauses = [m.span() for m in last_year.finditer(report.text, start, end)
                        if m.start() == start or report.text[m.start() - 1] in "，,；;。！!？?\n"]
        at = start
        for clause_start, clause_end in kept_clauses + [(end, end)]:
            text = text[:at] + _MASK.sub(" ", text[at:clause_start]) + text[clause_start:]
            at = clause_end
    return text


def for_target(target: Indicator, year_review: str, period_review: str) -> str:
    """The review text a target is looked for in."""
    return period_review if _PLAN_TARGET.search(target.quote) else year_review


def mention(target: Indicator, review: str) -> tuple[int, int] | None:
    """The first clause of ``review`` that speaks of ``target``'s indicator
    by one of its own wordings, with a number or a word that judges it."""
    # a task in numbers known by a long name of its own is spoken of by any clause that names it;
    # a main indicator or a target in words only by one that gives a number or a judgement
    anywhere = lookup(target.name) is None and target.measure not in ("qualitative", "relative")
    found = _first(target, review, _own_wordings(target), related="anywhere" if anywhere else "")
    return found if found is not None or not anywhere else _apart(target, review)


#: The head nouns of what tasks measure, found apart from their modifiers.
_HEADS = re.compile(r"(?:销售额|营业收入|营收|收入|产值|增加值|投资|产量|里程|面积|人次|人数|覆盖率|普及率|达标率|比例|比重)$")


def _apart(target: Indicator, review: str) -> tuple[int, int] | None:
    """A clause that names a task's modifier and, a few characters on, its
    head (离岛免税店销售额: 离岛免税经营主体销售额470.3亿元)."""
    name = _ACTION.sub("", fold(re.sub(r"[“”\"（）()]", "", target.name)))
    head = _HEADS.search(name)
    if head is None or head.start() < 4:
        return None
    modifier = name[:head.start()][:6]
    match = re.search(rf"{re.escape(modifier[:4])}[^，,；;。！!？?\n]{{0,10}}?{re.escape(head.group(0))}", review)
    return None if match is None else _clause(review, match.start(), match.group(0), False, "anywhere")


def related_mention(target: Indicator, review: str) -> tuple[int, int] | None:
    """The first clause of ``review`` that gives a figure or a change of
    another scope that speaks of ``target``'s indicator (工业投资增长11.3% for
    固定资产投资, 空气质量明显提升 for 生态环境质量; the wordings are in
    ``resources/related_indicators.tsv``)."""
    return next(related_mentions(target, review), None)


def related_mentions(target: Indicator, review: str) -> Iterator[tuple[int, int]]:
    """Every such clause, in the order of the related file's wordings."""
    own = _own_wordings(target)
    kind = "growth" if target.measure == "growth_rate" else "words"
    return _all(target, review, [w for w in related_of(target) if w not in own], related=kind)


def _first(target: Indicator, review: str, wordings: list[str], related: str) -> tuple[int, int] | None:
    return next(_all(target, review, wordings, related), None)


def _all(target: Indicator, review: str, wordings: list[str], related: str) -> Iterator[tuple[int, int]]:
    whole_period = bool(_PLAN_TARGET.search(target.quote))
    for wording in wordings:
        bare = wording.endswith("+")
        wording = wording.rstrip("+")
        start = review.find(wording)
        while start >= 0:
            if not bare or (_CHANGE.match(review, start + len(wording))
                            and not _SUB_SCOPE.search(review, max(0, start - 2), start)):
                found = _clause(review, start, wording, whole_period, related)
                if found is not None:
                    yield found
            start = review.find(wording, start + 1)


def _own_wordings(target: Indicator) -> list[str]:
    entry = lookup(target.name)
    if entry is not None:
        # =经济 is a whole subject; as a substring it names nothing in particular
        found = [w for w in entry.wordings if not w.startswith("=") and len(w) >= 2]
        # 规模工业等主要经济指标增速位居全国前列: a list names an indicator without its head
        short = {re.sub(r"(?:增加值|总额|总值)$", "", w) for w in found}
        return found + [s + mark for s in sorted(short - set(found)) if len(s) >= 3 for mark in ("等", "、")]
    name = fold(re.sub(r"[“”\"（）()]", "", target.name))
    last = re.split(r"[、及与]|和(?![美谐])", name)[-1]  # 和美乡村 is one word
    # 长江、黄河干流、澜沧江出省境断面水质: the report may name the tail alone;
    # 黑臭水体整治达标, 改造城镇老旧小区住房: or the name without what is to be done to it
    shortest = max(_MIN_SUFFIX, len(last) // 2)  # 补助标准 alone would name many things
    found = [last[i:] for i in range(len(last) - shortest + 1)] if len(last) >= _MIN_SUFFIX else []
    core = _ACTION.sub("", last)
    heads = [core[:len(core) - cut] for cut in (0, 1, 2) if len(core) - cut >= _MIN_SUFFIX + 1]
    found += [head for head in heads if head not in found]
    found += [last[:-cut] for cut in (1, 2) if len(last) - cut >= _MIN_SUFFIX + 1]
    # 项目建设, 产业增加值: a tail of general words names no task in particular
    found = [w for w in found if w == last or len(_GENERAL_WORDS.sub("", w)) >= 2]
    return [name, *found] if name != last and len(name) >= _MIN_SUFFIX else found


_GENERAL_WORDS = re.compile(r"项目|建设|工程|产业|增加值|企业|服务|中心|示范|基地|平台|体系|能力|水平|机制|行动|改造|发展|质量|规模"
                            r"|数量|比例|覆盖率|投资|营业收入|收入|产值|重点|主体|设施")


def _clause(review: str, start: int, wording: str, whole_period: bool, related: str) -> tuple[int, int] | None:
    after = start + len(wording)
    if _OTHER_HEAD.match(review, after) or review[start - 1:start] == "占" or (related and _SHARE.match(review, after)):
        return None
    clause = _CLAUSES.search(review, max(0, start - 20))
    while clause and clause.end() <= start:
        clause = _CLAUSES.search(review, clause.end() + 1)
    if clause is None:
        return None
    words = clause.group(0)
    if _MULTI_YEAR.search(words) and not whole_period:
        return None
    if related == "anywhere":
        return clause.start(), clause.end()  # a long name of its own (城镇老旧小区) is spoken of wherever it stands
    numbers = re.search(r"\d", _RANKED.sub("", _COUNTED.sub("", words)))
    # a figure of another scope must say how much or which way for a growth; a rank says nothing of it
    if numbers or (_CHANGED if related == "growth" else _QUALITATIVE).search(words):
        return clause.start(), clause.end()
    return None


#: A review clause that says a target set in words was kept (保持全国一流, 持续改善).
_KEPT = re.compile(r"有效(?:防范|化解|防控|管控|处置|整治)|成效明显|保持|持续(?:改善|提升|好转|向好)|明显(?:改善|提升|好转)|稳步提升|进一步(?:改善|提升)|改善|好转|一流"
                   r"|优良|达标|好于|优于|(?<![未没])(?:完成|实现)|平稳|稳定|稳中有")
_BETTER = re.compile(r"改善|提升|好转|向好|提高")
_RESTATED = re.compile(r"(?:目标|任务|指标)+$")
_SET_ELSEWHERE = re.compile(r"完成|下达|国家要求|约束性")
_RELATIVE_KEPT = re.compile(r"同步|相适应|相协调|一致|高于|快于")
_NOT_KEPT = re.compile(r"未|不足|滞后|恶化|差距|偏低|下滑|放缓|不及|不够|慢于|低于|需要|有待|亟待|仍需|尚需|还需|压力")


def kept(target: Indicator, clause: str, related: bool = False) -> bool:
    """Whether a review clause on a target set in words says it was kept:
    the relation of a relative target restated (居民收入增长与经济增长基本同步),
    words of change for a target of change (持续改善: 明显提升), words of a
    kept state for a target of a state (保持优良: 继续保持全国一流). The
    indicator's own words (优良天数比例) judge nothing. A ``related`` clause
    speaks of a part (空气质量明显改善): it can show a target of change or of
    a state kept, never one set by another body (完成国家下达的目标任务)."""
    for wording in sorted({*_own_wordings(target), *related_of(target)}, key=len, reverse=True):
        clause = clause.replace(wording.rstrip("+"), "")
    if not clause or _NOT_KEPT.search(clause) or (related and _SET_ELSEWHERE.search(target.quote)):
        return False
    if target.measure == "relative":
        return bool(_RELATIVE_KEPT.search(clause))
    if _RESTATED.sub("", target.quote)[-4:] in clause:
        return True  # the target's own words said as done: 主要污染物排放量继续下降, 国际收支基本平衡
    # a target of change (持续改善) wants words of change; one of a state (保持优良) any word of a kept state
    return bool((_BETTER if _BETTER.search(target.quote) else _KEPT).search(clause))


def related_of(target: Indicator) -> tuple[str, ...]:
    """Wordings of figures of another scope that speak of a target's
    indicator: by its canonical name, else by the longest name it ends with."""
    return related_to(target.canonical)


@lru_cache(maxsize=4096)
def related_to(canonical: str) -> tuple[str, ...]:
    """:func:`related_of` for an indicator's canonical name."""
    table = related_wordings()
    if canonical in table:
        return table[canonical]
    endings = [name for name in table if canonical.endswith(name)]
    return table[max(endings, key=len)] if endings else ()


@lru_cache(maxsize=1)
def related_wordings() -> dict[str, tuple[str, ...]]:
    """Canonical indicator → wordings of figures of another scope that speak of it."""
    table = {}
    for line in read_lines("related_indicators.tsv"):
        name, _, wordings = line.partition("\t")
        table[name] = tuple(w for w in wordings.split("|") if w)
    return table
