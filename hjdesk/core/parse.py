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
    return ParsedReport(text, tuple(paragraphs), sections, meta, fmt, encoding)
