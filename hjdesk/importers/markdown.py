"""Markdown as report archives keep it: YAML front matter, ``#`` headings,
``**bold**`` headings and run-in heads, HTML comments (photo captions)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .base import Block, ImportedText, assemble
from .text import nonblank_lines

# Every pattern here runs in time linear in the line: markup that never
# closes (an open <!--, runs of "*a " or "[a](") must not make the work
# quadratic. Emphasis and links, whose regular expressions would be, are
# found by the scans below, which match exactly what these expressions did:
#   emphasis  (?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])
#   link      !?\[([^\]]*)\]\([^)]*\)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"(#{1,6})[ \t]+")
_QUOTE_OR_LIST = re.compile(r"^(?:>[ \t]?|[-*+][ \t]+(?=\S))")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


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
        title = _front_matter_title(front.group(1))
        text = text[front.end():]
    text = _without_comments(text)
    return assemble((_block(line) for line in nonblank_lines(text)), "md", encoding=encoding, title_hint=title)


def _front_matter_title(front: str) -> str:
    """The ``title:`` value, its quotes and edge spaces removed."""
    for line in front.split("\n"):
        if line.startswith("title:"):
            value = line[len("title:"):].lstrip(" \t")
            value = value[1:] if value[:1] in ("'", '"') else value
            value = value.rstrip(" \t")
            return value[:-1] if value[-1:] in ("'", '"') else value
    return ""


def _without_comments(text: str) -> str:
    """Text without HTML comments; an unclosed ``<!--`` is left as it is."""
    kept: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[pos:start])
        pos = end + 3
    kept.append(text[pos:])
    return "".join(kept)


def _block(line: str) -> Block:
    line = line.strip()
    if re.fullmatch(r"(?:[-*_][ \t]*){3,}", line):  # thematic break
        return Block("")
    level = None
    heading = _HEADING.match(line)
    if heading:
        level, line = len(heading.group(1)), line[heading.end():].rstrip(" \t#")
    else:
        line = _QUOTE_OR_LIST.sub("", line)
    plain, lead = _strip_inline(line)
    bold = bool(plain) and lead >= len(plain.rstrip())
    return Block(plain, heading_level=level, bold=bold, lead_bold=0 if bold else lead)


def _strip_inline(line: str) -> tuple[str, int]:
    """Plain text of a line and the length of a bold prefix, if it opens bold."""
    line = _without_links(line)
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
    return _ESCAPE.sub(r"\1", _without_emphasis(text))


def _positions(text: str, char: str) -> list[int]:
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _without_emphasis(text: str) -> str:
    """``*word*`` → ``word``: an opening star not after a word character or
    star and not before a space, closed by the first star after at least one
    character that follows no space and precedes no word character or star."""
    stars = _positions(text, "*")
    if len(stars) < 2:
        return text
    end = len(text)
    closers = [c for c in stars if c and not text[c - 1].isspace()
               and (c + 1 == end or not (_is_word(text[c + 1]) or text[c + 1] == "*"))]
    pieces: list[str] = []
    pos = 0
    for opener in stars:
        if opener < pos or (opener and (_is_word(text[opener - 1]) or text[opener - 1] == "*")) \
                or opener + 1 == end or text[opener + 1].isspace():
            continue
        index = bisect_left(closers, opener + 2)
        if index == len(closers):
            break  # no closer after this opener, so none after any later one
        closer = closers[index]
        pieces.append(text[pos:opener])
        pieces.append(text[opener + 1:closer])
        pos = closer + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def _without_links(text: str) -> str:
    """``[words](target)`` and ``![words](picture)`` → ``words``: the first
    ``]`` after the ``[`` must be followed by ``(``, and a ``)`` must follow."""
    if "[" not in text:
        return text
    closes, parens = _positions(text, "]"), _positions(text, ")")
    pieces: list[str] = []
    pos = 0
    for opener in _positions(text, "["):
        if opener < pos:
            continue
        index = bisect_left(closes, opener + 1)
        if index == len(closes):
            break
        close = closes[index]
        if not text.startswith("(", close + 1):
            continue
        paren = bisect_left(parens, close + 2)
        if paren == len(parens):
            continue
        start = opener - 1 if opener - 1 >= pos and text[opener - 1:opener] == "!" else opener
        pieces.append(text[pos:start])
        pieces.append(text[opener + 1:close])
        pos = parens[paren] + 1
    pieces.append(text[pos:])
    return "".join(pieces)
