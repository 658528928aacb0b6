"""What every importer returns, and the one way paragraphs become the stored text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from hjdesk.core.model import Paragraph as ParagraphHint

#: Characters stripped from both ends of every paragraph. Full-width spaces
#: (U+3000) are how Chinese documents indent; NBSP and zero-width marks come
#: from Word and web pages.
EDGE_SPACE = " \t\r\n\u3000\u00a0\u200b\u200c\u200d\ufeff\u2002\u2003\u2009"

#: Largest source file accepted. A real work report is well under 1 MB of text;
#: PDFs and .docx files carry images, so they get more room.
MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_PACKAGE_BYTES = 100 * 1024 * 1024


class ImportFailure(Exception):
    """A file that cannot be imported. ``str(exc)`` is one clear Chinese sentence."""


@dataclass(frozen=True)
class Block:
    """One paragraph as an importer sees it, before it is placed in the text.

    ``heading_level`` comes from a heading style, an outline level or a Markdown
    ``#``; ``bold`` means the whole paragraph is bold; ``lead_bold`` is the
    length of a bold run-in prefix (``**文旅产业加快发展。**其他…``).
    """

    text: str
    heading_level: int | None = None
    bold: bool = False
    lead_bold: int = 0


@dataclass(frozen=True)
class ImportedText:
    """The plain result of every importer: the one text all offsets refer to."""

    text: str
    paragraphs: tuple[ParagraphHint, ...]
    format: str
    encoding: str = ""
    title_hint: str = ""
    warnings: tuple[str, ...] = field(default=())


def assemble(blocks: Iterable[Block], fmt: str, *, encoding: str = "",
             title_hint: str = "") -> ImportedText:
    """Join blocks into the stored text: one paragraph per line, edges trimmed,
    empty paragraphs dropped, ``\\n`` between paragraphs and none at the end."""
    parts: list[str] = []
    hints: list[ParagraphHint] = []
    pos = 0
    for block in blocks:
        raw = block.text
        stripped_left = len(raw) - len(raw.lstrip(EDGE_SPACE))
        text = raw.strip(EDGE_SPACE)
        if not text:
            continue
        text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
        lead = max(0, min(len(text), block.lead_bold - stripped_left)) if block.lead_bold else 0
        if pos:
            pos += 1
        hints.append(ParagraphHint(pos, pos + len(text), block.heading_level, block.bold, lead))
        parts.append(text)
        pos += len(text)
    return ImportedText("\n".join(parts), tuple(hints), fmt, encoding, title_hint.strip(EDGE_SPACE))
