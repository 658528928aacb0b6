"""Markdown as report archives keep it: YAML front matter, ``#`` headings,
``**bold**`` headings and run-in heads, HTML comments (photo captions)."""

from __future__ import annotations

import re

from .base import Block, ImportedText, assemble
from .text import split_lines

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_QUOTE_OR_LIST = re.compile(r"^(?:>[ \t]?|[-*+][ \t]+(?=\S))")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TITLE = re.compile(r"^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$", re.M)


def looks_like_markdown(text: str) -> bool:
    """Front matter, ``#`` headings or ``**bold**`` lines mark a Markdown file."""
    head = text[:20000]
    return bool(_FRONT_MATTER.match(text.lstrip("\ufeff"))
                or re.search(r"^#{1,6} \S", head, re.M)
                or re.search(r"^\*\*[^*\n]+\*\*", head, re.M))


def read_markdown(text: str, *, encoding: str = "") -> ImportedText:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    front = _FRONT_MATTER.match(text)
    if front:
        found = _TITLE.search(front.group(1))
        title = found.group(1) if found else ""
        text = text[front.end():]
    text = _COMMENT.sub("", text)
    return assemble((_block(line) for line in split_lines(text)), "md", encoding=encoding, title_hint=title)


def _block(line: str) -> Block:
    line = line.strip()
    if re.fullmatch(r"(?:[-*_][ \t]*){3,}", line):  # thematic break
        return Block("")
    level = None
    heading = _HEADING.match(line)
    if heading:
        level, line = len(heading.group(1)), heading.group(2)
    else:
        line = _QUOTE_OR_LIST.sub("", line)
    plain, lead = _strip_inline(line)
    bold = bool(plain) and lead >= len(plain.rstrip())
    return Block(plain, heading_level=level, bold=bold, lead_bold=0 if bold else lead)


def _strip_inline(line: str) -> tuple[str, int]:
    """Plain text of a line and the length of a bold prefix, if it opens bold."""
    line = _LINK.sub(r"\1", line)
    lead = 0
    opening = re.match(r"^\s*(?:\*\*|__)", line)
    pieces: list[str] = []
    pos = 0
    for match in _BOLD.finditer(line):
        pieces.append(line[pos:match.start()])
        inner = match.group(1) or match.group(2)
        if opening and match.start() == opening.start() + (len(opening.group(0)) - 2):
            lead = len(_plain("".join(pieces))) + len(_plain(inner))
        pieces.append(inner)
        pos = match.end()
    pieces.append(line[pos:])
    plain = _plain("".join(pieces))
    return plain, lead


def _plain(text: str) -> str:
    return _ESCAPE.sub(r"\1", _EMPHASIS.sub(r"\1", text))
