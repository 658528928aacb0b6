"""Where an offset stands in a report: the sections that hold it, and a
short quote around a span for one-line listings."""

from __future__ import annotations

from .model import ParsedReport, Section

_SENTENCE_ENDS = "。；;！!？?\n"


def sections_at(report: ParsedReport, offset: int) -> list[Section]:
    """The sections holding ``offset``, outermost first."""
    holding = [s for s in report.sections if s.char_start <= offset < s.char_end]
    return sorted(holding, key=lambda s: (s.level, s.char_start))


def heading_at(report: ParsedReport, offset: int) -> str:
    """The heading of the innermost section holding ``offset`` ("" if none)."""
    holding = sections_at(report, offset)
    return holding[-1].heading if holding else ""


def excerpt(text: str, start: int, end: int, reach: int = 10) -> str:
    """``text[start:end]`` with up to ``reach`` characters either side, kept
    within its sentence and marked with … where it was cut."""
    left = start
    while left > max(0, start - reach) and text[left - 1] not in _SENTENCE_ENDS:
        left -= 1
    right = end
    while right < min(len(text), end + reach) and text[right] not in _SENTENCE_ENDS:
        right += 1
    cut_left = left > 0 and text[left - 1] not in _SENTENCE_ENDS
    cut_right = right < len(text) and text[right] not in _SENTENCE_ENDS
    return ("…" if cut_left else "") + text[left:right].replace("\n", " ") + ("…" if cut_right else "")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: out to 。；！？ or a line break."""
    left = max((text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS), default=-1) + 1
    ends = [i for i in (text.find(mark, end) for mark in _SENTENCE_ENDS) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return left, right
