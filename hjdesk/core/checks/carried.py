"""Carried-over sentences: a sentence of this year's review that is the same,
or nearly the same, as one of last year's review. A review that repeats last
year's figures is almost always a copy left unedited (one whose figures all
changed was edited); a repeated sentence without figures is more often a set
phrase, so only long ones are shown, and never the thanks and the credit
every review closes with."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..model import ParsedReport
from . import Finding, Place
from .places import Parts, sentences

_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:%|‰|[万亿]?[\u4e00-\u9fff]{0,2})?|今年|去年|上年|明年")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[\u4e00-\u9fff\dA-Za-z%.]")
_GRAM = 3
_SHORTEST = 12          # characters of words a sentence needs to be compared
_SHORTEST_PLAIN = 30    # … and one without figures, to be worth showing
_NEAR = 0.85            # a sentence with figures this close to last year's is a copy
_SAME = 0.95            # one without figures must be all but the same
#: The set phrases of every review: thanks (向…表示衷心感谢) and credit (是…坚强领导的结果).
_FORMULA = re.compile(r"感谢|谢意|敬意|致以|的结果")


def carried_over(draft: ParsedReport, last: ParsedReport) -> list[Finding]:
    """Sentences of ``draft``'s review repeated from ``last``'s review."""
    olds = _review_sentences(last)
    if not olds:
        return []
    index: dict[str, list[int]] = {}
    for number, (_, _, words) in enumerate(olds):
        for gram in _grams(words):
            index.setdefault(gram, []).append(number)
    findings = []
    for start, end, words in _review_sentences(draft):
        match = _closest(words, olds, index)
        if match is None:
            continue
        number, ratio = match
        old_start, old_end, old_words = olds[number]
        figures = list(dict.fromkeys(_FIGURE.findall(words)))
        kept = [f for f in figures if f in _FIGURE.findall(old_words)]
        if figures and (ratio < _NEAR or len(kept) < len(figures)) or not figures and (
                ratio < _SAME or len(words) < _SHORTEST_PLAIN or _FORMULA.search(words)):
            continue
        message = "与上年报告工作回顾中的一句" + ("相同" if ratio >= 0.999 else f"几乎相同（相似度{ratio:.0%}）")
        if kept:
            message += "，数字未变：" + "、".join(kept[:6])
        findings.append(Finding("carried_over", start, end, draft.text[start:end], message,
                                Place(old_start, old_end, last.text[old_start:old_end])))
    return findings


def _review_sentences(report: ParsedReport) -> list[tuple[int, int, str]]:
    kept = []
    for part_start, part_end in Parts(report).spans("review"):
        headings = {s.char_start for s in report.sections if s.kind in ("part", "section")}
        for start, end in sentences(report.text, part_start, part_end):
            if start in headings:
                continue
            words = "".join(_WORD.findall(report.text[start:end]))
            if len(words) >= _SHORTEST:
                kept.append((start, end, words))
    return kept


def _grams(words: str) -> set[str]:
    return {words[i:i + _GRAM] for i in range(len(words) - _GRAM + 1)}


def _closest(words: str, olds: list[tuple[int, int, str]], index: dict[str, list[int]]) -> tuple[int, float] | None:
    """The most similar of last year's sentences, when any shares most of its words."""
    grams = _grams(words)
    counts: dict[int, int] = {}
    for gram in grams:
        for number in index.get(gram, ()):
            counts[number] = counts.get(number, 0) + 1
    best = None
    for number, shared in sorted(counts.items(), key=lambda item: -item[1])[:5]:
        if shared < 0.6 * len(grams):
            break
        ratio = SequenceMatcher(None, words, olds[number][2], autojunk=False).ratio()
        if best is None or ratio > best[1]:
            best = (number, ratio)
    return best
