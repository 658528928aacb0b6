"""New and dropped formulations (新提法 / 删提法): the policy formulations
of this year's draft that last year's report never used, and last year's
that the draft no longer uses anywhere. A formulation is a short quoted term
(“两重”, “三高四新”), a numbered slogan written without quotation marks
(六稳六保) or a phrase of the form 以…为… (以科技创新为引领).

Formulations are taken from outside the review: a review's quoted words are
mostly last year's events, products and one-off measures, which a drafter
drops on purpose. A term counts as used wherever its words stand, quoted or
not and whatever 、 separate them, but not as a piece of a longer quoted
term (“两山” is not used by “三区两山两中心”)."""

from __future__ import annotations

import re

from ..model import ParsedReport
from ..places import sections_at
from . import Finding, Place
from .glossary import glossary_spans
from .places import Parts

_QUOTED = re.compile(r"“(?P<term>[^“”\n，。；：,;:！？!?]{2,12})”")
_ENDS = ("主题|主线|引领|牵引|抓手|根本动力|动力|支撑|重点|核心|目标|导向|中心|根本|关键|载体|突破口|统领|纲|底线|"
         "首要任务|根本遵循|落脚点|出发点|着力点|主攻方向|切入点|前提|保障|基础")
_WITH_AS = re.compile(r"(?<![\u4e00-\u9fff]{6})以(?P<what>[\u4e00-\u9fff]{2,10}?)为(?P<role>[\u4e00-\u9fff]{0,4}"
                      rf"(?:{_ENDS}))(?=[，。；、,;])")
#: A numbered slogan written without quotation marks: 六稳六保, 三高四新, 三去一降一补 (not 一年两次: a count).
_NUMERAL = "一二三四五六七八九十两"
_TAIL = rf"[^{_NUMERAL}\W\d年次个月日天人季周号批项件家处座条位名期届轮倍成]"
_NUMBERED = re.compile(rf"(?<![{_NUMERAL}])(?:[{_NUMERAL}]{_TAIL}){{2,4}}(?![{_NUMERAL}\u4e00-\u9fff]?[{_NUMERAL}])")
_QUOTE_MARKS = "“”‘’\"'「」『』"
_IGNORED = str.maketrans("", "", _QUOTE_MARKS + "、 \u3000\n")
#: Quoted words that are no formulation: a year, a small number, a word in Latin letters, a title (“12345”
#: is the hotline's name, “1+N” a formulation).
_NOT_FORMULATION = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2}|[A-Za-z ]+)$|[《》]")


class Uses:
    """Which terms a report uses anywhere in its text."""

    def __init__(self, report: ParsedReport) -> None:
        self._plain = report.text.translate(_IGNORED)
        self._quoted = [m.group("term").translate(_IGNORED) for m in _QUOTED.finditer(report.text)]

    def __contains__(self, term: str) -> bool:
        plain = term.translate(_IGNORED)
        total = self._plain.count(plain)
        within_longer = sum(quoted.count(plain) for quoted in self._quoted if quoted != plain)
        return total > within_longer


def term_changes(draft: ParsedReport, last: ParsedReport) -> list[Finding]:
    """New formulations of ``draft`` and dropped ones of ``last``."""
    now, then = Uses(draft), Uses(last)
    findings = []
    for term, start, end in _formulations(draft):
        if term not in then:
            findings.append(Finding("new_term", start, end, draft.text[start:end],
                                    f"新提法“{_plain(term)}”（见【{_where(draft, start)}】），上年报告没有"))
    dropped = [(term, start, end) for term, start, end in _formulations(last) if term not in now]
    pairs = _counterparts(draft, last) if dropped else {}
    for term, start, end in dropped:
        at = _counterpart(draft, last, start, pairs)
        findings.append(Finding("dropped_term", at, at, last.text[start:end],
                                f"上年报告【{_where(last, start)}】中的“{_plain(term)}”，本稿已不再出现",
                                Place(start, end, last.text[start:end])))
    return findings


def _formulations(report: ParsedReport) -> list[tuple[str, int, int]]:
    """Each distinct formulation once, at its first place outside the review,
    the title block and the glossary."""
    apart = glossary_spans(report) + [(s.char_start, s.char_end) for s in report.sections if s.kind == "title"]
    parts = Parts(report)
    seen: set[str] = set()
    found = []
    for pattern in (_QUOTED, _WITH_AS, _NUMBERED):
        for match in pattern.finditer(report.text):
            term = match.group()
            key = _plain(term)
            if key in seen or _NOT_FORMULATION.search(key) or parts.at(match.start()) == "review" or \
                    any(a <= match.start() < b for a, b in apart):
                continue
            seen.add(key)
            found.append((term, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def _plain(term: str) -> str:
    return "".join(c for c in term if c not in _QUOTE_MARKS)


def _where(report: ParsedReport, offset: int) -> str:
    holding = [s for s in sections_at(report, offset) if s.heading]
    return _plain(holding[-1].heading[:20]) if holding else "正文"


def _counterparts(draft: ParsedReport, last: ParsedReport) -> dict[int, int]:
    """Last year's section ids with the draft's section each is aligned to."""
    from ..align import align

    return {pair.old_section: pair.new_section for pair in align(last, draft).pairs
            if pair.old_section is not None and pair.new_section is not None}


def _counterpart(draft: ParsedReport, last: ParsedReport, offset: int, pairs: dict[int, int]) -> int:
    """Where in the draft the dropped words would have stood: the start of the
    section aligned with the one that held them (or with one around it), else
    of the same part."""
    holding = sections_at(last, offset)
    starts = {s.id: s.char_start for s in draft.sections}
    for section in reversed(holding):
        if section.id in pairs:
            return starts[pairs[section.id]]
    part = holding[0].part if holding else "other"
    return next((s.char_start for s in draft.sections if s.level == 1 and s.part == part), 0)
