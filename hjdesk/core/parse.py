"""From imported text to a report ready to store: metadata, then outline."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from . import metadata
from .model import Paragraph, ParsedReport
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
    if sections == list(report.sections):
        return report
    return replace(report, sections=tuple(sections))
