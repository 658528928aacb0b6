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

#: Bounds on work, whatever the file's size: a small file can unpack or
#: repeat into far more text than any report (the longest seen is about
#: 26,000 characters in 130 paragraphs, a national report some 20,000). The
#: structure and the extractor downstream are bounded by these too.
MAX_TEXT_CHARS = 200_000
MAX_PARAGRAPHS = 20_000
#: Non-blank lines of a text or Markdown file, and elements of a web page.
MAX_LINES = 100_000
MAX_ELEMENTS = 200_000


class ImportFailure(Exception):
    """A file that cannot be imported. ``str(exc)`` is one clear Chinese sentence."""


class TooLarge(ImportFailure):
    """A bound on work was reached by code that does not know the file's name;
    :func:`hjdesk.importers.read_bytes` puts the name in front of ``detail``."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def _too_long() -> TooLarge:
    return TooLarge(f"正文超过 {MAX_TEXT_CHARS // 10000} 万字，远多于一份工作报告，未导入；请确认选对了文件。")


def too_many(count: int, what: str) -> TooLarge:
    """``文件有超过 20000 个段落，远多于一份工作报告…`` without the file name."""
    return TooLarge(f"文件有超过 {count} {what}，远多于一份工作报告，未导入；请确认选对了文件。")


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
        if pos > MAX_TEXT_CHARS:
            raise _too_long()
        raw = block.text
        stripped_left = len(raw) - len(raw.lstrip(EDGE_SPACE))
        if len(raw) > MAX_TEXT_CHARS:
            raw = raw[:MAX_TEXT_CHARS + 1]  # already more than the whole text may be
        text = raw.strip(EDGE_SPACE)
        if not text:
            continue
        text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
        lead = max(0, min(len(text), block.lead_bold - stripped_left)) if block.lead_bold else 0
        if len(hints) >= MAX_PARAGRAPHS:
            raise too_many(MAX_PARAGRAPHS, "个段落")
        if pos:
            pos += 1
        hints.append(ParagraphHint(pos, pos + len(text), block.heading_level, block.bold, lead))
        parts.append(text)
        pos += len(text)
    if pos > MAX_TEXT_CHARS:
        raise _too_long()
    return ImportedText("\n".join(parts), tuple(hints), fmt, encoding, title_hint.strip(EDGE_SPACE)[:200])
