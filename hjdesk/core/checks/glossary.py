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
#: A glossary's own heading line in an appendix: 《政府工作报告》有关名词解释, 附件2 名词解释.
_GLOSSARY_HEADING = re.compile(r"^[\s*#]*[^\n]{0,24}名词(?:解释|注释)[\s*]*$", re.M)
_LONGEST_TERM = 24
_BRACKETS = str.maketrans("［］〔〕", "[][]")
_NOTE_NUMBER = re.compile(r"^\s*(?:[\[［〔]\d{1,2}[\]］〕]|[①-⑳]|\d{1,2}[.、．](?!\d{1,3}(?:\D|$)))\s*")
#: A glossary line: an optional number, the term, a colon, the definition.
_ENTRY_LINE = re.compile(r"[\s*]*(?P<term>(?:[\[［〔]\d{1,2}[\]］〕]|[①-⑳]|\d{1,2}[.、．](?!\d{1,3}(?:\D|$)))?[^：:\n]{1,30}?)"
                         r"[*\s]*[：:]")
_QUOTE_MARKS = "“”‘’\"'「」『』"


@dataclass(frozen=True)
class Entry:
    """One glossary entry: its term, its page reference and its span."""

    term: str
    ref: str
    char_start: int
    char_end: int
    id: int
    number: str = ""  # the note number the text marks it with ([23])


def entries(report: ParsedReport) -> list[Entry]:
    """The glossary's entries: the outline's terms, or else the lines
    (term：definition) under a 名词解释 heading inside an appendix."""
    terms = [Entry(_term(s.heading), s.ref, s.char_start, s.char_end, s.id, _number(s.heading))
             for s in report.sections if s.kind == "term"]
    if terms:
        return terms
    text = report.text
    heading = next((m for m in _GLOSSARY_HEADING.finditer(text) if m.start() > len(text) // 2), None)
    if heading is None:
        return []
    holder = [s for s in report.sections if s.level == 1 and s.char_start <= heading.start() < s.char_end]
    end = holder[0].char_end if holder else len(text)
    found = []
    for number, paragraph in enumerate(p for p in report.paragraphs if heading.end() <= p.start < end):
        line = _ENTRY_LINE.match(text, paragraph.start, paragraph.end)
        if line and len(_term(line.group("term"))) <= _LONGEST_TERM:
            found.append(Entry(_term(line.group("term")), "", paragraph.start, paragraph.end, -1 - number,
                               _number(line.group("term"))))
    return found


def _term(heading: str) -> str:
    """An entry's term without its note number (［1］ 两重、两新) or quotation marks."""
    term = _NOTE_NUMBER.sub("", heading).strip("：: ")
    inner = term[1:-1]
    if len(term) > 2 and term[0] in "“\"「" and term[-1] in "”\"」" and not any(c in _QUOTE_MARKS for c in inner):
        return inner  # “三高四新” is 三高四新; “三块地”改革 keeps its marks
    return term


def _number(heading: str) -> str:
    """The note number of a bracketed entry ([23]); a numbered list (1.) marks nothing in the text."""
    found = _NOTE_NUMBER.match(heading)
    return re.sub(r"\D", "", found.group()) if found and not found.group().strip()[-1] in ".、．" else ""


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
    uses = {term.id: _first_use(report.text, term, body) for term in terms}
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


def _first_use(text: str, entry: Entry, body: list[tuple[int, int]]) -> int | None:
    """Where a term is first used, whatever quotation marks it is written
    with, or where its note number ([23]) first marks the text. An entry of
    several terms (“两重”、“两新”) is used where any of them is, and one
    named with its year (2025年10件民生实事) where it is named without."""
    names = [re.sub(r"^\d{4}年", "", name) for name in re.split(r"[、，,和]", _bare(entry.term)) if name]
    patterns = [f"[{_QUOTE_MARKS}]*".join(re.escape(c) for c in name) for name in names if len(name) >= 2]
    if entry.number:
        patterns.append(rf"[\[［〔]{entry.number}[\]］〕]")
    if not patterns:
        return None
    compiled = re.compile("|".join(patterns))
    for start, end in body:
        found = compiled.search(text, start, end)
        if found:
            return found.start()
    return None


def _bare(term: str) -> str:
    return "".join(c for c in term if c not in _QUOTE_MARKS)


def _missing(report: ParsedReport, terms: list[Entry], body: list[tuple[int, int]]) -> list[Finding]:
    names = [t.term for t in terms]
    noted = _noted_marks(report) | {f"[{t.number}]" for t in terms if t.number}
    findings = []
    for start, end in body:
        for match in _MARK.finditer(report.text, start, end):
            word = match.group("quoted") or match.group("bare")
            mark = match.group("mark").translate(_BRACKETS)
            if any(word.endswith(name) or name.endswith(word) for name in names) or mark in noted:
                continue
            where = "名词解释中没有这一条" if terms else "报告没有名词解释"
            findings.append(Finding("glossary_missing", match.start(), match.end(), match.group(),
                                    f"正文标注了需解释的“{word}”，但{where}"))
    return findings


def _noted_marks(report: ParsedReport) -> set[str]:
    """Marks that open a note of their own (①…, 注1…): they point at a footnote, not the glossary."""
    text = report.text
    opened = set()
    for paragraph in report.paragraphs:
        head = re.match(r"\s*(?:注[：:]?\s*)?([*＊]|[①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕|［\d{1,2}］)", text[paragraph.start:paragraph.end])
        if head:
            opened.add(head.group(1).translate(_BRACKETS))
    return opened


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
