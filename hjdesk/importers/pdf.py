"""Text PDFs: characters by position, lines by baseline, paragraphs rebuilt
from indentation and line ends, page numbers and running headers dropped.

pdfminer (which pdfplumber is built on) is used directly, without pdfplumber's
per-character dictionaries or layout analysis: it is twice as fast, and all
that is needed is each glyph's text and box.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from . import pdf_guard
from .base import Block, ImportFailure, ImportedText, assemble

# pdfminer logs its repairs in English ("Data-loss while decompressing…");
# they are not for the person importing, and must not reach the terminal.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
logging.getLogger("pdfminer").propagate = False

# CJK ideographs, radicals, CJK and full-width punctuation: no spaces between these.
_CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_PAGE_NUMBER = re.compile(r"[-—–－·•\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–－·•\s]*")
# Some fonts map ideographs to the look-alike Kangxi radicals (⼀ for 一).
_RADICALS = {code: ord(unicodedata.normalize("NFKC", chr(code))) for code in range(0x2F00, 0x2FD6)}
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture


@dataclass
class _Line:
    """One printed line: its text and where it sits (points, top-down)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int


def read_pdf(data: bytes, name: str) -> ImportedText:
    """Convert a text PDF; scans, encrypted and broken files raise :class:`ImportFailure`."""
    try:
        with pdf_guard.budget():
            pages, empty_pages, broken = _read_pages(data, name)
    except pdf_guard.PdfTooLarge as exc:
        if exc.kind == "stream":
            raise ImportFailure(f"{name}：PDF 中的压缩内容解压后异常巨大，不像正常的报告文件（可能是恶意构造的文件），"
                                "已拒绝导入；请改为导入报告的 Word 或文本文件。") from None
        raise ImportFailure(f"{name}：这个 PDF 的内容过于庞杂（绘制指令远多于一份工作报告），已停止读取；"
                            "请改为导入报告的 Word 或文本文件。") from None
    except RecursionError as exc:
        raise ImportFailure(_damaged(name)) from exc
    lines = _drop_furniture(pages)
    if not lines and broken:
        raise ImportFailure(_damaged(name))
    if not lines:
        raise ImportFailure(f"{name}：这个 PDF 没有文字层（很可能是扫描件或图片），无法提取文字；"
                            "请先用 OCR 软件识别成文字，或改为导入报告的 Word 或文本文件。")
    result = assemble(_paragraphs(lines), "pdf")
    if empty_pages:
        listed = "、".join(str(number) for number in empty_pages[:10]) + ("等" if len(empty_pages) > 10 else "")
        result = replace(result, warnings=(f"第 {listed} 页没有可提取的文字（可能是扫描图片或已损坏），这些页的内容未导入。",))
    return result


# --------------------------------------------------------------------------- reading

#: A work report runs to a few dozen pages; far more means a wrong file.
MAX_PAGES = 400
#: Pages read before a PDF with no text at all is judged a scan.
_SCAN_PROBE = 5

def _read_pages(data: bytes, name: str) -> tuple[list[list[_Line]], list[int], int]:
    """Lines of every page, the numbers of pages without usable text
    (pictures or damaged pages), and how many pages could not be read at all."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect as exc:
        raise ImportFailure(f"{name}：这个 PDF 设置了打开密码，无法读取；请用 PDF 阅读器输入密码后另存为无密码的 PDF，"
                            "或改为导入报告的 Word 或文本文件。") from exc
    except PDFEncryptionError as exc:
        raise ImportFailure(f"{name}：这个 PDF 使用了不支持的加密方式，无法读取；请另存为无密码的 PDF，"
                            "或改为导入报告的 Word 或文本文件。") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise ImportFailure(_damaged(name)) from exc
    resources = PDFResourceManager(caching=True)
    device = _CountingAggregator(resources, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    try:
        # Page objects are light; content streams are only parsed page by page below.
        page_list = list(PDFPage.create_pages(document))
    except Exception as exc:  # a broken page tree or xref: nothing reliable left
        raise ImportFailure(_damaged(name)) from exc
    if len(page_list) > MAX_PAGES:
        raise ImportFailure(f"{name}：这个 PDF 有 {len(page_list)} 页，远多于一份工作报告，未导入；请确认选对了文件。")
    pages: list[list[_Line]] = []
    skipped: list[int] = []
    unmapped = total = broken = 0
    for number, page in enumerate(page_list, 1):
        if number > _SCAN_PROBE and not total:
            # The first pages are all pictures: a scan. Say so now rather than
            # parse hundreds of image pages to reach the same verdict.
            skipped.extend(range(number, len(page_list) + 1))
            pages.extend([] for _ in range(number, len(page_list) + 1))
            break
        try:
            interpreter.process_page(page)
        except Exception:  # one damaged page should not cost the others
            broken += 1
            skipped.append(number)
            pages.append([])
            continue
        layout = device.get_result()
        chars, images = _collect(layout)
        unmapped += sum(1 for char in chars if char.get_text().startswith("(cid:"))
        total += len(chars)
        lines = _lines(chars, layout.height, number)
        if images and sum(len(line.text) for line in lines) < 10:
            skipped.append(number)
        pages.append(lines)
    if total and unmapped > total * 0.3:
        raise ImportFailure(f"{name}：这个 PDF 的字体没有文字编码信息，提取出来的是乱码；"
                            "请改为导入报告的 Word 或文本文件，或先用 OCR 软件识别。")
    return pages, skipped, broken


class _CountingAggregator(PDFPageAggregator):
    """Every glyph, path and picture drawn is a unit of work: one string in a
    content stream can draw millions of glyphs, each a layout object."""

    def render_char(self, *args, **kwargs):
        pdf_guard.spend(pdf_guard.GLYPH)
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args, **kwargs):
        pdf_guard.spend(pdf_guard.PATH)
        return super().paint_path(*args, **kwargs)

    def render_image(self, *args, **kwargs):
        pdf_guard.spend(pdf_guard.PATH)
        return super().render_image(*args, **kwargs)


def _damaged(name: str) -> str:
    return f"{name}：PDF 文件已损坏或不完整，无法读取；请重新下载，或改为导入报告的 Word 或文本文件。"


def _collect(container) -> tuple[list[LTChar], int]:
    """Upright characters (rotated watermarks are skipped) and the image count."""
    chars: list[LTChar] = []
    images = 0
    for item in container:
        if isinstance(item, LTChar):
            if item.upright and item.size > 0:
                chars.append(item)
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTContainer):
            inner, inner_images = _collect(item)
            chars.extend(inner)
            images += inner_images
    return chars, images


def _lines(chars: list[LTChar], height: float, page: int) -> list[_Line]:
    """Group characters whose vertical centres agree into lines, top to bottom."""
    ordered = sorted(chars, key=lambda c: (-(c.y0 + c.y1) / 2, c.x0))
    groups: list[list[LTChar]] = []
    centre = 0.0
    for char in ordered:
        middle = (char.y0 + char.y1) / 2
        if groups and abs(middle - centre) <= char.size * 0.5:
            groups[-1].append(char)
        else:
            groups.append([char])
            centre = middle
    lines = [_line(sorted(group, key=lambda c: c.x0), height, page) for group in groups]
    return [line for line in lines if line.text]


def _line(chars: list[LTChar], height: float, page: int) -> _Line:
    """Text of one line; a space is added only where a gap separates two
    non-CJK characters, since CJK text has no spaces and justification
    widens the gaps between ideographs."""
    parts: list[str] = []
    previous = None
    for char in chars:
        text = char.get_text()
        if text.startswith("(cid:"):
            continue
        if previous is not None:
            if text == previous.get_text() and abs(char.x0 - previous.x0) < char.size * 0.2:
                continue  # the same glyph drawn twice to fake bold
            gap = char.x0 - previous.x1
            if gap > char.size * 0.25 and not (_CJK.match(text) or _CJK.match(parts[-1][-1:] or " ")) \
                    and not text.isspace() and not parts[-1].endswith(" "):
                parts.append(" ")
        parts.append(text)
        previous = char
    text = re.sub(r"\s+", " ", "".join(parts)).translate(_RADICALS).strip()
    visible = [c for c in chars if c.get_text().strip() and not c.get_text().startswith("(cid:")]
    if not visible:
        return _Line("", 0, 0, 0, 0, 0, page)
    size = statistics.median(c.size for c in visible)
    return _Line(text, visible[0].x0, visible[-1].x1, height - max(c.y1 for c in visible),
                 height - min(c.y0 for c in visible), size, page)


# --------------------------------------------------------------------------- page furniture

def _drop_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """All body lines in order: page numbers and running headers/footers removed.

    A header or footer is a line at the top or bottom of a page whose text,
    digits aside, recurs there on a good share of the pages.
    """
    edges: Counter[str] = Counter()
    for lines in pages:
        edge_keys = {_key(line.text) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        edges.update(edge_keys)
    needed = max(2, 0.4 * len(pages))
    repeated = {key for key, count in edges.items() if count >= needed and len(pages) > 1}
    body: list[_Line] = []
    for lines in pages:
        for index, line in enumerate(lines):
            at_edge = index < _EDGE_LINES or index >= len(lines) - _EDGE_LINES
            if at_edge and (_PAGE_NUMBER.fullmatch(line.text) or _key(line.text) in repeated):
                continue
            body.append(line)
    return body


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


# --------------------------------------------------------------------------- paragraphs

def _paragraphs(lines: list[_Line]):
    """Join lines into paragraphs. A line starts a new paragraph when it is
    indented or centred, when the line before ended well short of the right
    margin, when the font size changes, or after a wider vertical gap."""
    if not lines:
        return
    margins = _margins(lines)
    pitch = _pitch(lines)
    current: list[str] = []
    previous: _Line | None = None
    for line in lines:
        left, right = margins[line.page]
        if previous is not None and _breaks(previous, line, margins[previous.page][1], left, pitch):
            yield Block("".join(current))
            current = []
        if current and re.search(r"[A-Za-z]$", current[-1]) and re.match(r"[A-Za-z]", line.text):
            current.append(" ")
        current.append(line.text)
        previous = line
    yield Block("".join(current))


def _breaks(previous: _Line, line: _Line, right: float, left: float, pitch: float) -> bool:
    size = max(line.size, previous.size)
    if line.x0 > left + size * 0.8 or previous.x1 < right - size * 1.5:
        return True
    if abs(line.size - previous.size) > size * 0.15:
        return True
    return line.page == previous.page and line.top - previous.top > pitch * 1.4


def _margins(lines: list[_Line]) -> dict[int, tuple[float, float]]:
    """Left and right text edges per page; pages with few lines use the
    whole document's, since a last page may hold a single short line."""
    def edges(group: list[_Line]) -> tuple[float, float]:
        return _supported(sorted(line.x0 for line in group), low=True), \
            _supported(sorted(line.x1 for line in group), low=False)

    overall = edges(lines)
    by_page: dict[int, list[_Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    return {page: edges(group) if len(group) >= 6 else overall for page, group in by_page.items()}


def _supported(values: list[float], *, low: bool) -> float:
    """The outermost edge shared by at least two lines (one stray line does not move a margin)."""
    ordered = values if low else values[::-1]
    for first, second in zip(ordered, ordered[1:]):
        if abs(first - second) <= 2.0:
            return first
    return ordered[0]


def _pitch(lines: list[_Line]) -> float:
    """The usual distance from one line's top to the next on the same page."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    return statistics.median(steps) if steps else float("inf")
