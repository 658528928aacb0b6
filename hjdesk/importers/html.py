"""A report page saved from a government website: the article text only.

Page furniture is removed in three passes: elements that never hold article
text (scripts, navigation, forms, hidden parts, small blocks whose class or
id says "share", "footer", ...); then everything outside the smallest element
that still holds nearly all of the page's non-link Chinese text; then, inside
it, lines that read like a breadcrumb, a share or print bar, a source/date
line, a footer or a list of links.
"""

from __future__ import annotations

import itertools
import re

import lxml.html
from lxml import etree

from .base import MAX_ELEMENTS, Block, ImportedText, assemble, too_many

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template",
         "svg", "button", "select", "textarea", "input", "object", "embed", "canvas", "audio", "video",
         "map", "link", "meta")
_BLOCK = {"p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
          "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "center", "address", "figure",
          "figcaption", "hr", "caption", "fieldset", "body", "h1", "h2", "h3", "h4", "h5", "h6"}
_CELL_BLOCKS = tuple(_BLOCK - {"td", "th"}) + ("br",)  # a row of cells holding these is page layout
_CELL_GAP = "\x1f"  # stands for the tab between cells until whitespace is normalised
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HAN = re.compile(r"[\u3400-\u9fff]")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
# Class and id words of page furniture, matched as whole words of the attribute.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare\w*|footer|foot|copyright|sidebar|"
    r"side|related|relate|print|toolbar|topbar|header|position|location|dqwz|bottom|banner|search|login)"
    r"(?:$|[\s_\d-])", re.I)
#: The share of the page's non-link Chinese text the chosen container must hold.
_CONTAINER_SHARE = 0.9
_FURNITURE_MAX_HAN = 300  # a block with more Chinese than this is never furniture

_TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|——| - | — )\s*")
_ANYWHERE = re.compile(r"分享到|分享至|版权所有|copyright|©|ICP\s*备|网站标识码|主办单位|承办单位|公网安备|网站地图|"
                       r"联系我们|技术支持\s*[:：]|浏览器|分辨率|政府网站找错", re.I)
_LEADING = re.compile(r"^(?:当前位置|您当前的位置|您现在的位置|你的位置|您的位置|所在位置|当前栏目|相关链接|相关阅读|"
                      r"相关新闻|相关文章|相关稿件|延伸阅读|上一篇|下一篇|扫一扫|分享\s*[:：])|"
                      r"^(?:网站)?首页\s*(?:[>＞›»/|]|&gt;)")
_META = re.compile(r"(?:^|\s)(?:来源|信息来源|文章来源|发布时间|发布日期|发文日期|发布机构|时间|日期|作者|编辑|"
                   r"责任编辑|浏览次数|阅读次数|点击数|点击量|访问量|字号|字体)\s*[:：]")
_TOOLBAR_WORDS = re.compile(r"打印本页|打印|关闭窗口|关闭|收藏|字号|字体|默认|分享|返回顶部|纠错|放大|缩小|"
                            r"[大中小]|[\s【】\[\]()（）|｜:：/、·•]")
_SHORT = 120  # footer and meta patterns only apply to lines this short


def read_html(text: str, *, encoding: str = "") -> ImportedText:
    """Article paragraphs of a saved web page, with heading and bold hints."""
    # lxml refuses str input that still declares an encoding.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return assemble((), "html", encoding=encoding)
    if next(itertools.islice(root.iter(), MAX_ELEMENTS, None), None) is not None:
        raise too_many(MAX_ELEMENTS, "个网页元素")
    title = _title(root)
    _clean(root)
    body = root.find("body")
    container = _container(body if body is not None else root)
    emitter = _Emitter()
    emitter.walk(container, bold=False, link=False)
    emitter.flush()
    return assemble(emitter.blocks, "html", encoding=encoding, title_hint=title)


def _title(root: etree._Element) -> str:
    """The article title: a TRS ``ArticleTitle`` meta, the ``<h1>`` that the
    ``<title>`` contains, or the first part of the ``<title>``."""
    meta = root.xpath('//meta[translate(@name, "ARTICLETITLE", "articletitle")="articletitle"]/@content')
    if meta and meta[0].strip():
        return meta[0].strip()
    page_title = " ".join((root.findtext(".//title") or "").split())
    for heading in root.iter("h1"):
        words = " ".join(heading.text_content().split())
        if words and _HAN.search(words) and (words in page_title or not page_title):
            return words
    parts = [part for part in _TITLE_SEPARATORS.split(page_title) if part.strip()]
    return parts[0] if parts else ""


def _clean(root: etree._Element) -> None:
    """Remove elements that never carry article text."""
    doomed = [el for el in root.iter(etree.Comment, etree.ProcessingInstruction)]
    for el in root.iter(*_DROP):
        doomed.append(el)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if _HIDDEN.search(el.get("style", "")) or el.get("hidden") is not None:
            doomed.append(el)
        elif _FURNITURE.search(f'{el.get("class", "")} {el.get("id", "")}') \
                and len(_HAN.findall(el.text_content())) < _FURNITURE_MAX_HAN:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _container(body: etree._Element) -> etree._Element:
    """The deepest element holding nearly all non-link Chinese text."""
    han: dict[etree._Element, int] = {}
    # Reversed document order visits every child before its parent.
    for el in reversed(list(body.iter())):
        if el.tag == "a" and el.get("href") is not None:
            han[el] = 0
            continue
        han[el] = len(_HAN.findall(el.text or "")) + sum(
            han.get(child, 0) + len(_HAN.findall(child.tail or "")) for child in el)
    total = han.get(body, 0)
    node = body
    while total:
        best = max(node, key=lambda child: han.get(child, 0), default=None)
        if best is None or han.get(best, 0) < total * _CONTAINER_SHARE:
            break
        node = best
    return node


def _is_boilerplate(text: str) -> bool:
    """Breadcrumbs, share/print/font-size bars, source and date lines, footers."""
    if _LEADING.search(text):
        return True
    if len(text) <= _SHORT and (_ANYWHERE.search(text) or _META.search(text)):
        return True
    return not _TOOLBAR_WORDS.sub("", text)


class _Emitter:
    """Turns the container into blocks: one per block-level element, ``<br>``
    line or table row (cells joined by tabs)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._segments: list[tuple[str, bool, bool]] = []  # text, bold, inside a link

    def walk(self, el: etree._Element, *, bold: bool, link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
        elif tag == "tr" and not any(next(cell.iter(*_CELL_BLOCKS), None) is not None for cell in el):
            self.flush()
            self._row(el)
        else:
            if tag in _BLOCK:
                self.flush()
            inner_bold = bold or tag in ("strong", "b") or bool(_BOLD_STYLE.search(el.get("style", "")))
            inner_link = link or (tag == "a" and el.get("href") is not None)
            if el.text:
                self._segments.append((el.text, inner_bold, inner_link))
            for child in el:
                self.walk(child, bold=inner_bold, link=inner_link)
            if tag in _BLOCK:
                self.flush(_HEADINGS.get(tag))
        if el.tail:
            self._segments.append((el.tail, bold, link))

    def _row(self, row: etree._Element) -> None:
        """A table row of plain cells: one block, cells separated by tabs."""
        cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        for index, cell in enumerate(cells):
            if index:
                self._segments.append((_CELL_GAP, False, False))
            if cell.text:
                self._segments.append((cell.text, False, False))
            for child in cell:
                self.walk(child, bold=False, link=False)
        self.flush()

    def flush(self, heading_level: int | None = None) -> None:
        """End the current block; link-heavy blocks (menus, link lists) are dropped."""
        text, marks = _normalise(self._segments)
        self._segments = []
        visible = [(bold, link) for char, (bold, link) in zip(text, marks) if not char.isspace()]
        if not visible or sum(link for _, link in visible) > len(visible) * 0.5:
            return
        bold = all(b for b, _ in visible)
        self._add(Block(text, heading_level=heading_level, bold=bold, lead_bold=0 if bold else _lead(text, marks)))

    def _add(self, block: Block) -> None:
        if not _is_boilerplate(block.text.strip()):
            self.blocks.append(block)


def _normalise(segments: list[tuple[str, bool, bool]]) -> tuple[str, list[tuple[bool, bool]]]:
    """Join segments with HTML whitespace rules; a line break between two CJK
    characters vanishes (it is only source formatting), other runs become one space."""
    raw = "".join(text for text, _, _ in segments).replace("\xa0", " ")
    marks = [(bold, link) for text, bold, link in segments for _ in text]
    out: list[str] = []
    kept: list[tuple[bool, bool]] = []
    pos = 0
    for match in re.finditer(r"[ \t\r\n\f]+", raw):
        out.append(raw[pos:match.start()])
        kept.extend(marks[pos:match.start()])
        before = raw[match.start() - 1] if match.start() else _CELL_GAP
        after = raw[match.end()] if match.end() < len(raw) else _CELL_GAP
        joins_cjk = "\n" in match.group() and _CJK.match(before) and _CJK.match(after)
        if not (joins_cjk or _CELL_GAP in (before, after)):
            out.append(" ")
            kept.append(marks[match.start()])
        pos = match.end()
    out.append(raw[pos:])
    kept.extend(marks[pos:])
    return "".join(out).replace(_CELL_GAP, "\t"), kept


def _lead(text: str, marks: list[tuple[bool, bool]]) -> int:
    """Length of a bold run-in prefix, spaces counting as neither bold nor not."""
    lead = 0
    for index, (char, (bold, _)) in enumerate(zip(text, marks)):
        if char.isspace():
            continue
        if not bold:
            break
        lead = index + 1
    return lead
