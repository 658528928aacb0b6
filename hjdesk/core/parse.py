"""From imported text to a report ready to store: metadata, then outline."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from . import metadata
from .model import Paragraph, ParsedReport, Section
from .structure import outline


def parse_report(text: str, paragraphs: Sequence[Paragraph], *, fmt: str = "txt", encoding: str = "",
                 title_hint: str = "", jurisdiction: str | None = None, year: int | None = None) -> ParsedReport:
    """Detect metadata (overridden by ``jurisdiction``/``year`` when given) and the outline."""
    strings = [text[p.start:p.end] for p in paragraphs]
    meta = metadata.detect(strings, title_hint)
    if jurisdiction:
        meta = replace(meta, jurisdiction=jurisdiction)
    if year:
        meta = replace(meta, year=year)
    sections = outline(text, paragraphs, meta.year)
    report = ParsedReport(text, tuple(paragraphs), sections, meta, fmt, encoding)
    return _period_apart(report)


def _period_apart(report: ParsedReport) -> ParsedReport:
    """The five-year passage of a review (这五年…) that follows its last
    section without a heading of its own belongs to the part, not to that
    section: the section ends where the passage begins."""
    from .periods import plan_period_spans

    sections = list(report.sections)
    for start, _ in plan_period_spans(report):
        for index, section in enumerate(sections):
            inside = section.level >= 2 and section.kind in ("section", "topic") and \
                section.char_start < start < section.char_end
            if inside and not any(s.parent == section.id and s.char_start >= start for s in sections):
                end = start
                while end > section.char_start and report.text[end - 1].isspace():
                    end -= 1
                sections[index] = replace(section, char_end=end)
    for start, end in plan_period_spans(report):
        sections = _with_period(report.text, sections, start, end)
    if sections == list(report.sections):
        return report
    return replace(report, sections=tuple(sections))


def _with_period(text: str, sections: list[Section], start: int, end: int) -> list[Section]:
    """The review's five-year passage as a sub-part of its own (kind
    ``period``, headed by its opening words), holding the units inside it."""
    part = next((s for s in sections if s.level == 1 and s.part == "review" and s.char_start <= start < s.char_end), None)
    if part is None:
        return sections
    # the passage may already be a unit (过去五年，我们…, opened by 各位代表！), or lie inside one
    # that is no work of the five years (the shortcomings: 过去五年特别是2025年取得的成绩实属不易…)
    holder = next((s for s in sections if s.parent == part.id and s.char_start <= start < s.char_end), None)
    turn = start  # where the text turns to the five years: the period's name is read there
    if holder is not None and holder.kind == "address" and \
            start - holder.char_start <= (holder.char_end - holder.char_start) // 4:
        if holder.char_end >= end - 1:
            return [replace(s, kind="period") if s is holder else s for s in sections]
        start = holder.char_start  # 2025年主要目标任务的完成，标志着…。回望过去五年…: it opens the passage
    elif holder is not None and holder.char_start < start:
        return sections
    inside = {s.id for s in sections if s.parent == part.id and start <= s.char_start < end}
    moved = set(inside)
    for s in sections:  # and all they hold
        if s.parent in moved:
            moved.add(s.id)
    last = max([end] + [s.char_end for s in sections if s.id in inside])
    while last > start and text[last - 1].isspace():
        last -= 1
    opening = re.sub(r"^[\s—-]*(?:各位代表[！!，,：:]?)?\s*", "", text[turn:last])
    opening = re.split(r"[，,。；;！!？?：:\n]", opening, maxsplit=1)[0].strip()[:24]
    at = next((i for i, s in enumerate(sections) if s.id > part.id and s.char_start >= start), len(sections))
    period = Section(-1, part.id, part.level + 1, "period", part.part, opening, start, last)
    ordered = sections[:at] + [period] + sections[at:]
    numbers = {id(s): n for n, s in enumerate(ordered, start=1)}
    by_old_id = {s.id: s for s in sections}
    result = []
    for s in ordered:
        if s is period:
            parent = numbers[id(by_old_id[part.id])]
        elif s.id in inside:
            parent = numbers[id(period)]
        else:
            parent = numbers[id(by_old_id[s.parent])] if s.parent is not None else None
        level = s.level + 1 if s is not period and s.id in moved else s.level
        result.append(replace(s, id=numbers[id(s)], parent=parent, level=level))
    return result
