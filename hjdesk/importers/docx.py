"""Word ``.docx`` (also WPS): body paragraphs and table rows in document order,
with heading, bold and list-number hints, read with zipfile and lxml only.

Headers, footers, comments, footnotes, deleted revisions, field codes and
drawings (including their text boxes) are never part of the report text.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import replace

from lxml import etree

from .base import EDGE_SPACE, MAX_ELEMENTS, Block, ImportFailure, ImportedText, assemble, too_many
from .docx_numbering import Numbering, int_or as _int, is_on as _on

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_W = "{%s}" % _W_NS
_VAL = _W + "val"
_P, _R, _T, _TBL, _TR, _TC = (_W + t for t in ("p", "r", "t", "tbl", "tr", "tc"))
_PPR, _RPR, _PSTYLE, _RSTYLE = (_W + t for t in ("pPr", "rPr", "pStyle", "rStyle"))
_NUMPR, _ILVL, _NUMID, _OUTLINE = (_W + t for t in ("numPr", "ilvl", "numId", "outlineLvl"))
_B, _VANISH, _FLDCHAR = _W + "b", _W + "vanish", _W + "fldChar"
_TAB_LIKE = {_W + "tab", _W + "ptab"}
_BREAKS = {_W + "br", _W + "cr"}
# Elements whose children are read as if they stood in the parent's place.
# Deleted text (w:del, w:moveFrom), drawings, comments and footnote marks are
# simply not in this set, so they are skipped with everything inside them.
_WRAPPERS = {_W + t for t in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "sdt",
                              "sdtContent", "fldSimple", "dir", "bdo", "ruby", "rubyBase")}

#: A part larger than this when unpacked is not a report (the largest real
#: document.xml seen is about 250 KB).
MAX_PART_BYTES = 16 * 1024 * 1024
_BOMB_RATIO, _BOMB_MIN = 200, 10 * 1024 * 1024

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)
_DOCTYPE = (re.compile(rb"<!DOCTYPE", re.I), re.compile("<!DOCTYPE".encode("utf-16-le"), re.I),
            re.compile("<!DOCTYPE".encode("utf-16-be"), re.I))
_OTHER_PACKAGES = (
    ("xl/workbook.xml", "Excel 表格（.xlsx）"),
    ("ppt/presentation.xml", "PowerPoint 演示文稿（.pptx）"),
    ("content.xml", "OpenDocument 文件（.odt/.ods）"),
)


def read_docx(data: bytes, name: str) -> ImportedText:
    """Convert a ``.docx`` package; every problem is an :class:`ImportFailure`."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise ImportFailure(f"{name}：文件已损坏或不完整，无法作为 Word 文档打开；请重新下载或在 Word/WPS 中重新保存后再导入。") from exc
    with package:
        main = _main_part(package, name)
        document = _parse(package, main, name)
        # Word, WPS and LibreOffice all name these parts this way, beside the document.
        folder = posixpath.dirname(main)
        styles = _Styles(_optional(package, posixpath.join(folder, "styles.xml"), name))
        lists = Numbering(_optional(package, posixpath.join(folder, "numbering.xml"), name), styles.list_of)
    body = document.find(_W + "body")
    if body is None:
        raise ImportFailure(f"{name}：文件中的 Word 正文部分是空的或格式不对，无法导入；请在 Word/WPS 中打开后另存为 .docx 再试。")
    reader = _BodyReader(styles, lists)
    result = assemble(reader.blocks(body), "docx")  # read lazily: assemble stops at its bounds
    return replace(result, title_hint=reader.title.strip(EDGE_SPACE)[:200])


# --------------------------------------------------------------------------- package

def _main_part(package: zipfile.ZipFile, name: str) -> str:
    """The main document part named by ``_rels/.rels``, else ``word/document.xml``."""
    names = set(package.namelist())
    if "_rels/.rels" in names:
        for rel in _parse(package, "_rels/.rels", name).iter(_REL_NS):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                # A workbook or presentation is named below rather than parsed as a document.
                if target in names and target.endswith(".xml") and "word" in target.lower():
                    return target
    if "word/document.xml" in names:
        return "word/document.xml"
    for marker, kind in _OTHER_PACKAGES:
        if marker in names:
            raise ImportFailure(f"{name}：这是 {kind}，不是 Word 文档；请导入报告的 Word（.docx）、文本或 PDF 文件。")
    raise ImportFailure(f"{name}：这是一个 ZIP 压缩包而不是 Word 文档（其中没有 word/document.xml）；请先解压，再导入其中的报告文件。")


def _optional(package: zipfile.ZipFile, part: str, name: str) -> etree._Element | None:
    """Styles and numbering may be missing; a document without them still reads."""
    if part in package.namelist():
        return _parse(package, part, name)
    return None


def _read_part(package: zipfile.ZipFile, part: str, name: str) -> bytes:
    """Unpack one part, refusing sizes and ratios no real document has, before
    and while decompressing (the declared size in the ZIP can lie)."""
    info = package.getinfo(part)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > MAX_PART_BYTES or (ratio > _BOMB_RATIO and info.file_size > _BOMB_MIN):
        raise ImportFailure(_bomb_message(name, part))
    try:
        with package.open(info) as stream:
            raw = stream.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError) as exc:
        # ValueError: a local header whose offset points before the file (negative seek)
        raise ImportFailure(f"{name}：文件已损坏或不完整（{part} 无法解压）；请重新下载或在 Word/WPS 中重新保存后再导入。") from exc
    except (RuntimeError, NotImplementedError) as exc:
        raise ImportFailure(f"{name}：文件内部经过加密或使用了不支持的压缩方式，无法读取；请在 Word/WPS 中另存为普通 .docx 后再导入。") from exc
    if len(raw) > MAX_PART_BYTES:
        raise ImportFailure(_bomb_message(name, part))
    return raw


def _bomb_message(name: str, part: str) -> str:
    return (f"{name}：文件中的 {part} 解压后异常巨大，不像正常的 Word 文档（可能是恶意构造的压缩包），"
            "已拒绝导入；请确认文件来源后用 Word/WPS 重新保存再试。")


def _parse(package: zipfile.ZipFile, part: str, name: str) -> etree._Element:
    """Parse one XML part safely: no DTD, no entities, no network."""
    raw = _read_part(package, part, name)
    head = raw[:4096]
    if any(pattern.search(head) for pattern in _DOCTYPE):
        raise ImportFailure(f"{name}：文件内部的 {part} 含有文档类型声明（DOCTYPE），Word 从不生成这种内容，"
                            "出于安全考虑已拒绝导入；请用 Word/WPS 重新保存后再试。")
    # Strict OOXML differs from the usual dialect only in its namespace names.
    raw = raw.replace(_STRICT_NS, _W_NS.encode())
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ImportFailure(f"{name}：文件内部的 {part} 格式错误，无法解析；请在 Word/WPS 中打开并另存为 .docx 后再导入。") from exc
    if root.getroottree().docinfo.doctype:
        raise ImportFailure(f"{name}：文件内部的 {part} 含有文档类型声明（DOCTYPE），出于安全考虑已拒绝导入；请用 Word/WPS 重新保存后再试。")
    return root


# --------------------------------------------------------------------------- styles

class _Styles:
    """Paragraph and character styles, each resolved through ``w:basedOn``."""

    def __init__(self, root: etree._Element | None):
        self._raw: dict[str, etree._Element] = {}
        self.default_paragraph = ""
        self.default_bold = False
        self._cache: dict[tuple[str, str], object] = {}
        if root is None:
            return
        for style in root.iter(_W + "style"):
            style_id = style.get(_W + "styleId", "")
            self._raw[style_id] = style
            if style.get(_W + "type") == "paragraph" and _on(style.find(_W + "default")) is True:
                self.default_paragraph = style_id
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_B}")
        self.default_bold = bool(_on(defaults))

    def _chain(self, style_id: str):
        """The style and its ancestors, nearest first; cycles are cut."""
        seen: set[str] = set()
        while style_id and style_id in self._raw and style_id not in seen:
            seen.add(style_id)
            style = self._raw[style_id]
            yield style
            based = style.find(_W + "basedOn")
            style_id = based.get(_VAL, "") if based is not None else ""

    def _memo(self, kind: str, style_id: str, compute):
        key = (kind, style_id)
        if key not in self._cache:
            self._cache[key] = compute(style_id)
        return self._cache[key]

    def heading_level(self, style_id: str) -> int | None:
        """Level 1-9 from a heading/Title style name or an outline level."""
        return self._memo("heading", style_id, self._heading_level)

    def _heading_level(self, style_id: str) -> int | None:
        for style in self._chain(style_id):
            level = _level_from_name(_name(style))
            if level:
                return level
            outline = style.find(f"{_W}pPr/{_OUTLINE}")
            if outline is not None:
                return _outline_level(outline)
        return None

    def is_title(self, style_id: str) -> bool:
        style = self._raw.get(style_id)
        return style is not None and _name(style).lower() in ("title", "标题")

    def bold(self, style_id: str) -> bool | None:
        """Bold set by the style or its ancestors, ``None`` when none says."""
        return self._memo("bold", style_id, lambda sid: next(
            (value for s in self._chain(sid) if (value := _on(s.find(f"{_W}rPr/{_B}"))) is not None), None))

    def list_of(self, style_id: str) -> tuple[str, int] | None:
        """``(numId, ilvl)`` a paragraph style attaches to its paragraphs."""
        return self._memo("list", style_id, self._list_of)

    def _list_of(self, style_id: str) -> tuple[str, int] | None:
        for style in self._chain(style_id):
            num_pr = style.find(f"{_W}pPr/{_NUMPR}")
            if num_pr is not None and num_pr.find(_NUMID) is not None:
                ilvl = num_pr.find(_ILVL)
                return num_pr.find(_NUMID).get(_VAL, ""), _int(ilvl.get(_VAL) if ilvl is not None else "0")
        return None


def _name(style: etree._Element) -> str:
    name = style.find(_W + "name")
    return name.get(_VAL, "").strip() if name is not None else ""


def _level_from_name(name: str) -> int | None:
    name = name.lower()
    match = re.fullmatch(r"(?:heading|标题)\s*([1-9])", name)
    if match:
        return int(match.group(1))
    return 1 if name in ("title", "标题") else None


def _outline_level(element: etree._Element) -> int | None:
    """``w:outlineLvl`` 0-8 are levels 1-9; 9 means body text."""
    value = _int(element.get(_VAL))
    return value + 1 if 0 <= value <= 8 else None


# --------------------------------------------------------------------------- body

class _BodyReader:
    """Walks the body once; field state spans paragraphs (a TOC field does)."""

    def __init__(self, styles: _Styles, lists: Numbering):
        self.styles, self.lists = styles, lists
        self.title = ""
        self._fields: list[bool] = []  # per open field: True once past "separate"
        self._count = 0  # paragraphs and table rows read, empty ones too

    def _counted(self) -> None:
        self._count += 1
        if self._count > MAX_ELEMENTS:
            raise too_many(MAX_ELEMENTS, "个段落和表格行")

    def blocks(self, container: etree._Element):
        for child in container:
            tag = child.tag
            if tag == _P:
                self._counted()
                yield self.paragraph(child)
            elif tag == _TBL:
                yield from (Block(row) for row in self.table_rows(child))
            elif tag in _WRAPPERS:
                yield from self.blocks(child)

    def table_rows(self, table: etree._Element) -> list[str]:
        """One tab-separated line per row; nested tables are flattened into their cell."""
        rows = []
        for row in _descendants(table, _TR):
            self._counted()
            cells = [" ".join(self._cell_texts(cell)) for cell in _descendants(row, _TC)]
            rows.append("\t".join(text.strip() for text in cells))
        return rows

    def _cell_texts(self, cell: etree._Element):
        for block in self.blocks(cell):
            text = block.text.strip()
            if text:
                yield " ".join(text.split("\t"))

    def paragraph(self, p: etree._Element) -> Block:
        ppr = p.find(_PPR)
        style_el = ppr.find(_PSTYLE) if ppr is not None else None
        style_id = style_el.get(_VAL, "") if style_el is not None else self.styles.default_paragraph
        runs: list[tuple[str, bool]] = []
        self._inline(p, runs, style_id)
        text = "".join(piece for piece, _ in runs)
        # An empty numbered paragraph still advances the count (Word shows its
        # number), but a bare label is not worth a paragraph.
        label = self._label(ppr, style_id)
        if not text.strip():
            label = ""
        level = self._heading(ppr, style_id)
        if not self.title and text.strip() and self.styles.is_title(style_id):
            self.title = text.strip()
        bold, lead = _bold_hints(runs)
        if label:
            lead = lead + len(label) if lead else 0
        return Block(label + text, heading_level=level, bold=bold, lead_bold=lead)

    def _heading(self, ppr: etree._Element | None, style_id: str) -> int | None:
        outline = ppr.find(_OUTLINE) if ppr is not None else None
        if outline is not None:
            return _outline_level(outline)
        return self.styles.heading_level(style_id)

    def _label(self, ppr: etree._Element | None, style_id: str) -> str:
        """The visible list number; ``numId`` 0 on the paragraph switches off a style's list."""
        num_pr = ppr.find(_NUMPR) if ppr is not None else None
        linked = self.styles.list_of(style_id)
        num_el = num_pr.find(_NUMID) if num_pr is not None else None
        ilvl_el = num_pr.find(_ILVL) if num_pr is not None else None
        num_id = num_el.get(_VAL, "") if num_el is not None else (linked[0] if linked else "")
        ilvl = _int(ilvl_el.get(_VAL)) if ilvl_el is not None else (linked[1] if linked else 0)
        if not num_id or num_id == "0":
            return ""
        return self.lists.label(num_id, ilvl)

    def _inline(self, element: etree._Element, runs: list[tuple[str, bool]], style_id: str) -> None:
        for child in element:
            if child.tag == _R:
                self._run(child, runs, style_id)
            elif child.tag in _WRAPPERS:
                self._inline(child, runs, style_id)

    def _run(self, run: etree._Element, runs: list[tuple[str, bool]], style_id: str) -> None:
        rpr = run.find(_RPR)
        if rpr is not None and _on(rpr.find(_VANISH)):
            return
        bold = self._run_bold(rpr, style_id)
        for child in run:
            tag = child.tag
            if tag == _FLDCHAR:
                self._field(child.get(_W + "fldCharType", ""))
            elif self._fields and not all(self._fields):
                continue  # inside a field code: keep only the result
            elif tag == _T:
                runs.append((child.text or "", bold))
            elif tag in _TAB_LIKE:
                runs.append(("\t", bold))
            elif tag in _BREAKS and child.get(_W + "type") not in ("page", "column"):
                runs.append((" ", bold))
            elif tag == _W + "noBreakHyphen":
                runs.append(("-", bold))
            elif tag in _WRAPPERS:
                self._inline(child, runs, style_id)

    def _field(self, kind: str) -> None:
        if kind == "begin":
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _run_bold(self, rpr: etree._Element | None, style_id: str) -> bool:
        """Direct formatting, then the character style, then the paragraph style.
        The paragraph mark's own ``w:rPr`` does not format the runs."""
        if rpr is not None:
            direct = _on(rpr.find(_B))
            if direct is not None:
                return direct
            char_style = rpr.find(_RSTYLE)
            if char_style is not None:
                value = self.styles.bold(char_style.get(_VAL, ""))
                if value is not None:
                    return value
        value = self.styles.bold(style_id)
        return self.styles.default_bold if value is None else value


def _descendants(element: etree._Element, tag: str):
    """Children with ``tag``, looking through wrappers (rows and cells may sit in content controls)."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _descendants(child, tag)


def _bold_hints(runs: list[tuple[str, bool]]) -> tuple[bool, int]:
    """``(whole paragraph bold, length of a bold run-in prefix)``; runs of
    spaces count as neither, since Word often leaves indents unformatted."""
    marks = [bold for text, bold in runs if text.strip()]
    if not marks:
        return False, 0
    if all(marks):
        return True, 0
    if not marks[0]:
        return False, 0
    lead = pos = 0
    for text, bold in runs:
        pos += len(text)
        if text.strip():
            if not bold:
                break
            lead = pos
    return False, lead


# --------------------------------------------------------------------------- numbering
