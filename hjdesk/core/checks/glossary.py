"""The glossary (名词解释): terms the text marks for explanation with no
entry, entries the text never uses, page references (P3) out of the order in
which the terms are first used, and terms defined otherwise than in last
year's report."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from dataclasses import dataclass

from ..model import ParsedReport
from . import Finding, Place

#: A term marked for explanation: “两重”*, 两重①, 两重[1], 两重〔1〕 (the mark right after it).
_MARK = re.compile(r"(?:“(?P<quoted>[^“”\n]{1,20})”|(?P<bare>[\u4e00-\u9fffA-Za-z0-9]{2,12}))"
                   r"(?P<mark>[*＊]|[①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕|［\d{1,2}］)")
_PAGE = re.compile(r"\d+")
_DEFINITION_START = re.compile(r"^[^：:]{0,40}[：:]")
_SAME_DEFINITION = 0.9
_GLOSSARY_HEADING = re.compile(r"^[\s*#]*[^\n]{0,16}(?:名词解释|名词注释|释义)[^\n]{0,6}$", re.M)
_QUOTE_MARKS = "“”‘’\"'「」『』"


@dataclass(frozen=True)
class Entry:
    """One glossary entry: its term, its page reference and its span."""

    term: str
    ref: str
    char_start: int
    char_end: int
    id: int


def entries(report: ParsedReport) -> list[Entry]:
    """The glossary's entries: the outline's terms, or else the run-in
    headings under a 名词解释 line inside an appendix."""
    terms = [Entry(s.heading, s.ref, s.char_start, s.char_end, s.id) for s in report.sections if s.kind == "term"]
    if terms:
        return terms
    heading = _GLOSSARY_HEADING.search(report.text)
    if heading is None:
        return []
    return [Entry(s.heading.strip(_QUOTE_MARKS + "：: "), s.ref, s.char_start, s.char_end, s.id)
            for s in report.sections if s.kind == "topic" and s.char_start > heading.start()]


def glossary_spans(report: ParsedReport) -> list[tuple[int, int]]:
    """Where the glossary stands: its section, or its entries."""
    spans = [(s.char_start, s.char_end) for s in report.sections if s.kind == "glossary"]
    found = entries(report)
    if not spans and found:
        spans = [(found[0].char_start, found[-1].char_end)]
    return spans


def glossary_findings(report: ParsedReport, last: ParsedReport | None = None) -> list[Finding]:
    terms = entries(report)
    body = _body_spans(report)
    findings = _missing(report, terms, body)
    uses = {term.id: _first_use(report.text, term.term, body) for term in terms}
    for term in terms:
        if uses[term.id] is None:
            findings.append(Finding("glossary_unused", term.char_start, term.char_end, _line(report, term),
                                    f"名词解释中的“{term.term}”在正文中没有用到"))
    findings += _refs(report, terms, uses)
    if last is not None:
        findings += _changed(report, terms, last)
    return findings


def _body_spans(report: ParsedReport) -> list[tuple[int, int]]:
    """The text outside the glossary, where terms are used."""
    apart = sorted(glossary_spans(report))
    spans, at = [], 0
    for start, end in apart:
        spans.append((at, start))
        at = max(at, end)
    spans.append((at, len(report.text)))
    return [(a, b) for a, b in spans if b > a]


def _first_use(text: str, term: str, body: list[tuple[int, int]]) -> int | None:
    """Where a term is first used, whatever quotation marks it is written with."""
    bare = [c for c in term if c not in _QUOTE_MARKS]
    if not bare:
        return None
    pattern = re.compile(f"[{_QUOTE_MARKS}]?".join(re.escape(c) for c in bare))
    for start, end in body:
        found = pattern.search(text, start, end)
        if found:
            return found.start()
    return None


def _missing(report: ParsedReport, terms: list[Entry], body: list[tuple[int, int]]) -> list[Finding]:
    names = [t.term for t in terms]
    findings = []
    for start, end in body:
        for match in _MARK.finditer(report.text, start, end):
            word = match.group("quoted") or match.group("bare")
            if any(word.endswith(name) or name.endswith(word) for name in names):
                continue
            where = "名词解释中没有这一条" if terms else "报告没有名词解释"
            findings.append(Finding("glossary_missing", match.start(), match.end(), match.group(),
                                    f"正文标注了需解释的“{word}”，但{where}"))
    return findings


def _refs(report: ParsedReport, terms: list[Entry], uses: dict[int, int | None]) -> list[Finding]:
    """Entries whose page number breaks the order of first use: the entries
    outside the longest run whose pages rise with their first use."""
    paged = [(uses[t.id], int(_PAGE.search(t.ref).group()), t) for t in terms
             if uses[t.id] is not None and t.ref and _PAGE.search(t.ref)]
    paged.sort(key=lambda item: item[0])
    keep = _longest_rising([page for _, page, _ in paged])
    findings = []
    for index, (_, page, term) in enumerate(paged):
        if index in keep:
            continue
        neighbour = _neighbour(paged, keep, index)
        findings.append(Finding("glossary_ref", term.char_start, term.char_end, _line(report, term),
                                f"“{term.term}”标为P{page}，与它在正文中首次出现的位置不符{neighbour}"))
    return findings


def _neighbour(paged: list, keep: set[int], index: int) -> str:
    before = [i for i in keep if i < index]
    after = [i for i in keep if i > index]
    if before and paged[before[-1]][1] > paged[index][1]:
        return f"（它出现在标为P{paged[before[-1]][1]}的“{paged[before[-1]][2].term}”之后）"
    if after and paged[after[0]][1] < paged[index][1]:
        return f"（它出现在标为P{paged[after[0]][1]}的“{paged[after[0]][2].term}”之前）"
    return ""


def _longest_rising(pages: list[int]) -> set[int]:
    """Indices of a longest non-decreasing subsequence (the order most entries agree on)."""
    best: list[int] = [1] * len(pages)
    back: list[int] = [-1] * len(pages)
    for i in range(len(pages)):
        for j in range(i):
            if pages[j] <= pages[i] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    if not pages:
        return set()
    at = max(range(len(pages)), key=lambda i: (best[i], -i))
    kept = set()
    while at >= 0:
        kept.add(at)
        at = back[at]
    return kept


def _changed(report: ParsedReport, terms: list[Entry], last: ParsedReport) -> list[Finding]:
    before = {t.term: t for t in entries(last)}
    findings = []
    for term in terms:
        old = before.get(term.term)
        if old is None:
            continue
        now, then = _definition(report, term), _definition(last, old)
        if now and then and SequenceMatcher(None, now, then, autojunk=False).ratio() < _SAME_DEFINITION:
            findings.append(Finding("glossary_changed", term.char_start, term.char_end, _line(report, term),
                                    f"“{term.term}”的解释与上年报告不同",
                                    Place(old.char_start, old.char_end, _line(last, old))))
    return findings


def _definition(report: ParsedReport, term: Entry) -> str:
    entry = _line(report, term)
    return _DEFINITION_START.sub("", entry, count=1).strip()


def _line(report: ParsedReport, term: Entry) -> str:
    """An entry's text, its term and definition."""
    return report.text[term.char_start:term.char_end].strip()
