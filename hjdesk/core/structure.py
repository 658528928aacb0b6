"""A report's outline: title block, review and plan parts, numbered and
unnumbered sections, run-in topics, the targets passage, problems, the
self-construction part, the closing and the glossary.

Headings nest by *style*, as a reader infers them: the first numbering style
met is the outer one, a new style nests inside the current section, and a style
already open closes everything opened after it. That handles ``一、 （一） 1.``
as well as the seed's unnumbered ``2024,我们…`` and ``一年来,我们…`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import headings as hd
from .model import Paragraph, Section

_TOPIC_SHARE = 0.4  # run-in heads on this share of a section's paragraphs make them topics
_REVIEW = re.compile(r"回顾|总结|过去一年|过去五年|发展成就|工作成就")
_PLAN = re.compile(r"工作安排|重点工作|主要目标|目标任务|工作任务|总体要求|政策取向|今年|建议|关于\d{4}年|工作思路"
                   r"|主要任务|重点任务|总体部署|主要考虑|总体考虑|主要工作|\d{4}年工作$")
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")


@dataclass(eq=False)
class _Node:
    kind: str
    heading: str
    first: int
    style: str = ""
    parent: _Node | None = None
    year: int | None = None
    ref: str = ""
    leaf: bool = False  # an unheaded passage: a later heading closes it
    last: int = -1
    part: str = ""
    body: list[int] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    @property
    def level(self) -> int:
        return 1 if self.parent is None else self.parent.level + 1


def outline(text: str, paragraphs: tuple[Paragraph, ...] | list[Paragraph], year: int | None) -> tuple[Section, ...]:
    """The outline of a report whose stored text and paragraphs are given."""
    strings = [text[p.start:p.end] for p in paragraphs]
    builder = _Builder(strings, paragraphs, year)
    roots = builder.build()
    return _to_sections(roots, paragraphs)


class _Builder:
    """One pass over the paragraphs with a stack of open sections."""

    def __init__(self, strings: list[str], paragraphs, year: int | None) -> None:
        self.strings = strings
        self.paragraphs = paragraphs
        self.year = year
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.mode = "body"
        # Each paragraph is judged once, with its source's hints.
        self.headings = [hd.heading_of(text, p.heading_level, p.bold) for text, p in zip(strings, paragraphs)]
        self.end_of_body = next((i for i, h in enumerate(self.headings) if h and h.style == "special"),
                                len(strings))
        self.closing = _closing_start(strings, self.end_of_body)

    def build(self) -> list[_Node]:
        title_end = _title_block_end(self.strings)
        if title_end >= 0:
            self._add(_Node("title", self.strings[0][:40], 0, last=title_end, part="other"), None)
        if self.year is None:
            self.year = _guess_year(self.strings)
        for index in range(title_end + 1, len(self.strings)):
            self._paragraph(index)
        for node in _walk(self.roots):
            _find_topics(node, self.strings, self.paragraphs)
        _assign_parts(self.roots, self.year, self.strings)
        return self.roots

    def _paragraph(self, i: int) -> None:
        text, heading = self.strings[i], self.headings[i]
        if heading and heading.style == "special":
            return self._special(i, heading)
        if self.mode == "glossary":
            return self._glossary_entry(i, text)
        if self.mode in ("closing", "appendix") and not heading:
            return self._own(i)
        if i == self.closing:
            self.stack.clear()
            self.mode = "closing"
            return self._open(_Node("closing", self._passage_heading(i), i, leaf=True))
        if heading:
            return self._heading(i, heading)
        kind = hd.address_kind(text)
        if kind:
            return self._address(i, kind)
        if hd.is_targets(text):
            return self._leaf(i, "targets", "主要预期目标")
        if hd.is_problems(text) and self._current_part(i) == "review":
            del self.stack[1:]  # the problems passage belongs to the part, not to a sub-section
            return self._leaf(i, "problems", "困难和问题")
        return self._own(i)

    def _heading(self, i: int, heading: hd.Heading) -> None:
        while self.stack and self.stack[-1].leaf:
            self.stack.pop()
        styles = [node.style for node in self.stack]
        if heading.style in styles:
            del self.stack[styles.index(heading.style):]
        self._open(_Node("section", heading.text, i, style=heading.style, year=heading.year))

    def _address(self, i: int, kind: str) -> None:
        """A 各位代表! passage: the self-construction part when it comes after
        the plan, otherwise a passage closing the current part."""
        if kind == "self" and self._current_part(i) in ("plan", "self", "other"):
            self.stack.clear()
        else:
            kind = "address" if kind == "self" else kind
            del self.stack[1:]
        self._open(_Node(kind, self._passage_heading(i), i, leaf=True))

    def _passage_heading(self, i: int) -> str:
        """A bare 各位代表! line takes its name from the paragraph after it."""
        heading = hd.address_heading(self.strings[i])
        if not heading and i + 1 < len(self.strings):
            heading = hd.address_heading(self.strings[i + 1])
        return heading

    def _special(self, i: int, heading: hd.Heading) -> None:
        self.stack.clear()
        glossary = "解释" in heading.text or "注释" in heading.text or "释义" in heading.text
        self.mode = "glossary" if glossary else "appendix"
        self._open(_Node("glossary" if glossary else "appendix", heading.text, i, style="special", part="other"))

    def _glossary_entry(self, i: int, text: str) -> None:
        term = hd.glossary_term(text)
        glossary = self.stack[0]
        if term:
            self._add(_Node("term", term[0], i, ref=term[1], last=i, part="other"), glossary)
        elif glossary.children:
            glossary.children[-1].last = i
        else:
            glossary.body.append(i)

    def _leaf(self, i: int, kind: str, heading: str) -> None:
        parent = self.stack[-1] if self.stack else None
        self._add(_Node(kind, heading, i, last=i), parent)

    def _open(self, node: _Node) -> None:
        self._add(node, self.stack[-1] if self.stack else None)
        self.stack.append(node)

    def _add(self, node: _Node, parent: _Node | None) -> None:
        node.parent = parent
        (parent.children if parent else self.roots).append(node)

    def _own(self, i: int) -> None:
        if self.stack:
            self.stack[-1].body.append(i)

    def _current_part(self, i: int) -> str:
        if not self.stack:
            return ""
        top = self.stack[0]
        return _classify(top.heading, top.year, self.year) or by_content(self.strings[top.first:i]) or ""


def _title_block_end(strings: list[str]) -> int:
    """Index of the last paragraph of the title block, or -1 if there is none."""
    salutation = -1
    for i, text in enumerate(strings[:15]):
        if text.startswith("现在") and "报告" in text[:40]:
            return i
        if re.match(r"^各位代表\s*[：:]", text):
            salutation = i
        elif salutation >= 0:
            return salutation
    if salutation >= 0:
        return salutation
    for i, text in enumerate(strings[:15]):
        heading = hd.heading_of(text)
        if len(text) >= 100 or (heading and heading.style in ("cn", "year", "h1", "h2")):
            return i - 1
    return -1


_SLOGAN = re.compile(r"^[\u4e00-\u9fff，,、]{4,24}[！!]$")


def _closing_start(strings: list[str], end_of_body: int) -> int:
    """Where the closing appeal starts: the last 各位代表! among the final
    paragraphs of the body when what follows it is an appeal, else the last
    appeal paragraph itself; -1 if the report has none."""
    last = end_of_body
    # a credit, a signature, a date or a slogan (奋斗铸就辉煌，实干赢得未来！) may follow the appeal
    while last > 0 and (hd.is_signature(strings[last - 1]) or _SLOGAN.match(strings[last - 1])):
        last -= 1
    window = range(max(0, last - 3), end_of_body)
    for i in reversed(window):
        if hd.is_address(strings[i]) and any(hd.is_closing(strings[j]) for j in range(i, end_of_body)):
            return i
    for i in reversed(window):
        if hd.is_closing(strings[i]):
            return i
    return -1


def _guess_year(strings: list[str]) -> int | None:
    years = [int(m.group(1)) for s in strings if len(s) <= 40 for m in [re.match(r"^((?:19|20)\d{2})年?[,，]", s)] if m]
    return max(years) if years else None


def _find_topics(node: _Node, strings: list[str], paragraphs) -> None:
    """Turn a section's paragraphs into topics when most open with a run-in head."""
    if node.kind in ("title", "glossary", "term", "targets", "problems", "topic") or not node.body:
        return
    heads = {i: hd.runin_head(strings[i], paragraphs[i].lead_bold) for i in node.body}
    starts = [i for i in node.body if heads[i]]
    if len(starts) < 2 or len(starts) < _TOPIC_SHARE * len(node.body):
        return
    remaining: list[int] = []
    topic: _Node | None = None
    for i in node.body:
        if heads[i]:
            topic = _Node("topic", heads[i], i, last=i, parent=node)
            node.children.append(topic)
        elif topic is not None and i == topic.last + 1:
            topic.last = i
        else:
            remaining.append(i)
    node.body = remaining
    node.children.sort(key=lambda child: child.first)


def _classify(heading: str, heading_year: int | None, year: int | None) -> str | None:
    """``review``, ``plan``, ``self``, ``other`` or None (no opinion) for a top-level heading."""
    if heading_year is not None and year is not None:
        if heading_year == year - 1:
            return "review"
        if heading_year == year:
            return "plan"
    if _REVIEW.search(heading):
        return "review"
    if hd.is_self_heading(heading):
        return "self"
    years = {int(y) for y in re.findall(r"(\d{4})年", heading)}
    if _FIVE_YEAR.search(heading) and (year not in years) and "今年" not in heading:
        return "other"
    if _PLAN.search(heading) or (year is not None and year in years):
        return "plan"
    return None


#: What a review says (last year's results, its figures) and what a plan says (this year's intentions).
_DONE = re.compile(r"去年|上年|过去一年|一年来|全年|同比|圆满完成|顺利完成|如期完成|取得|实现了|成功|获批|入选|建成|通车|投产"
                   r"|增长\d|下降\d|达到\d|\d+(?:\.\d+)?%")
_INTENDED = re.compile(r"今年|力争|确保|预期目标|要(?:坚持|加快|推动|着力|抓好|落实|以|把|在|深入|持续|大力|全力)"
                       r"|将(?:继续|着力|加快|坚持)|努力|争取|\d{4}年(?:要|将)|加快|着力|推动")
#: The corpus's review parts hold at least 1.6 such words of results per word of intention (one five-year review
#: 0.5), its plan parts at most 1.05.
_REVIEW_RATIO, _PLAN_RATIO = 1.3, 1.1


def by_content(paragraphs: list[str]) -> str | None:
    """``review`` or ``plan`` for a part whose heading says neither (一、不负重托，
    在砥砺奋进中全省发展迈上新台阶), from what its paragraphs say: last year's
    results and figures, or this year's intentions; None when too short to tell."""
    text = "".join(paragraphs[1:]) or "".join(paragraphs)
    if len(text) < 100:
        return None
    ratio = len(_DONE.findall(text)) / (len(_INTENDED.findall(text)) + 0.5)
    return "review" if ratio >= _REVIEW_RATIO else "plan" if ratio <= _PLAN_RATIO else None


def _assign_parts(roots: list[_Node], year: int | None, strings: list[str]) -> None:
    previous = "other"
    starts = [node.first for node in roots] + [len(strings)]
    for index, node in enumerate(roots):
        if node.kind in ("title", "glossary", "appendix", "closing"):
            node.part = "other"
        elif node.kind == "self":
            node.part = "plan"
        elif node.kind in ("problems", "address"):
            node.part = previous
        else:
            verdict = _classify(node.heading, node.year, year) or by_content(strings[node.first:starts[index + 1]])
            if verdict == "self":
                node.kind, verdict = "self", "plan"
            node.part = verdict or previous
            if node.kind == "section":
                node.kind = "part"
        previous = node.part if node.kind not in ("title",) else previous
        for child in _walk(node.children):
            child.part = node.part


def _walk(nodes: list[_Node]):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _extent(node: _Node) -> int:
    last = max([node.first, node.last, *node.body])
    for child in node.children:
        last = max(last, _extent(child))
    node.last = last
    return last


def _to_sections(roots: list[_Node], paragraphs) -> tuple[Section, ...]:
    for root in roots:
        _extent(root)
    ids: dict[int, int] = {}
    sections: list[Section] = []
    for node in _walk(roots):
        ids[id(node)] = len(sections) + 1
        sections.append(Section(
            id=len(sections) + 1,
            parent=ids[id(node.parent)] if node.parent else None,
            level=node.level,
            kind=node.kind,
            part=node.part or "other",
            heading=node.heading,
            char_start=paragraphs[node.first].start,
            char_end=paragraphs[node.last].end,
            ref=node.ref,
        ))
    return tuple(sections)
