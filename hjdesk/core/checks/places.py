"""Where things stand in a draft, for the checks: its parts, its quoted
spans and its sentences."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import ParsedReport

_QUOTES = re.compile(r"《[^《》\n]{1,80}》|“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\"")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")


class Parts:
    """The part (review, plan, other) of each offset, by the top-level
    sections; text outside every top-level section is ``other``."""

    def __init__(self, report: ParsedReport) -> None:
        tops = sorted((s for s in report.sections if s.level == 1), key=lambda s: s.char_start)
        self._starts = [s.char_start for s in tops]
        self._sections = tops

    def at(self, offset: int) -> str:
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return "other"
        section = self._sections[index]
        return section.part if offset < section.char_end else "other"

    def spans(self, part: str) -> list[tuple[int, int]]:
        return [(s.char_start, s.char_end) for s in self._sections if s.part == part]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Titles of documents (《…》) and quoted words (“…”), inner spans."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTES.finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans`` (sorted)."""
    index = bisect_right(spans, (start, 1 << 60)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, ends included, blanks trimmed."""
    found = []
    for match in _SENTENCE.finditer(text, start, end):
        left, right = match.start(), match.end()
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            found.append((left, right))
    return found
