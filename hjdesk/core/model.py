"""The document model shared by every layer: plain frozen data, no behaviour.

Every offset is a Python ``str`` index into :attr:`ParsedReport.text`, the one
stored text of a report, so highlights, quotes and source links agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: Comparison modes: same-kind (section to section) and promise (last year's plan to this year's review).
MODES = ("same", "promise")

PARTS = ("review", "plan", "other")

#: Section kinds, in the order a report usually has them.
KINDS = (
    "title",      # title block: title, meeting, date line, speaker, salutation
    "part",       # a top-level division (工作回顾, 工作安排, 政府自身建设 …)
    "section",    # a numbered or unnumbered heading below a part
    "topic",      # a paragraph opened by a run-in heading (文旅产业加快发展。…)
    "targets",    # the main-targets passage (主要预期目标是 …)
    "problems",   # the difficulties-and-problems passage
    "self",       # the government's self-construction part
    "address",    # a 各位代表! passage that is none of the above
    "period",     # the review of a whole plan period (这五年…), in a report that opens the next
    "closing",    # the closing appeal
    "glossary",   # 名词解释
    "term",       # one glossary entry
    "appendix",   # 附件 and what follows it
)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the stored text, ``[start, end)``, with the hints its
    source gave: a heading level (style, outline level, Markdown ``#``), whole
    paragraph bold, and the length of a bold run-in prefix."""

    start: int
    end: int
    heading_level: int | None = None
    bold: bool = False
    lead_bold: int = 0


@dataclass(frozen=True)
class Section:
    """A node of a report's outline.

    ``id`` is the 1-based position in document order within the report and
    ``parent`` the id of the enclosing section (``None`` at top level).
    """

    id: int
    parent: int | None
    level: int
    kind: str
    part: str
    heading: str
    char_start: int
    char_end: int
    ref: str = ""  # a glossary term's page reference (P1)


@dataclass(frozen=True)
class ReportMeta:
    """What the title block says about a report."""

    jurisdiction: str = ""
    year: int | None = None
    delivered: date | None = None
    title: str = ""
    speaker: str = ""


@dataclass(frozen=True)
class ParsedReport:
    """One report ready to store: text, paragraphs, outline and metadata."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    meta: ReportMeta
    format: str = "txt"
    encoding: str = ""


#: ``change``: a change from a level (比上年增加200亿元); ``relative`` and
#: ``qualitative``: targets set in words (hjdesk.core.qualitative).
MEASURES = ("growth_rate", "share", "amount", "level", "count", "ratio_multiple", "rank", "change", "relative",
            "qualitative", "other")
COMPARATORS = ("eq", "ge", "le", "approx", "range")
ROLES = ("target", "actual", "estimate", "other")


@dataclass(frozen=True)
class Indicator:
    """One stated quantity of a measured thing, with its exact span.

    ``name`` is the subject phrase as written, ``canonical`` the dictionary
    name that joins wordings across reports (``name`` when none applies).
    ``year`` is the year the quantity refers to (None for descriptors).
    ``stretch`` marks 力争 targets.
    """

    name: str
    canonical: str
    measure: str
    value: float
    value_high: float | None
    unit: str
    comparator: str
    role: str
    year: int | None
    char_start: int
    char_end: int
    quote: str
    stretch: bool = False
    section: int | None = None
    corrected: bool = False  # a person changed or added it
    note: str = ""
    anchor: str = ""  # the machine key a corrected indicator keeps

    @property
    def key(self) -> str:
        """A stable anchor for corrections: span and subject, not a list
        position; a corrected indicator keeps the key it was corrected under."""
        return self.anchor or f"{self.char_start}-{self.char_end}:{self.name}"
