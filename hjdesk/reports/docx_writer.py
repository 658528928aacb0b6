"""A document as Word (.docx, which WPS also opens): A4 with the same
margins, real Word tables whose header row repeats and whose rows do not
break across pages, East Asian face names set on every run (Word and WPS
take the Chinese face from ``w:eastAsia``, not from the Latin name), the
redline as real struck-through and underlined runs, and the chart as a table
of its figures (Word draws no chart from plain data)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .document import Chart, Column, Document, Paragraph, Row, Run, Table
from .document import cell as text_cell
from .words import STATUS_FILLS, STATUS_NAMES

#: Paragraph style → (East Asian face, Latin face, size in points, bold).
FACES = {
    "title": ("方正小标宋简体", "Times New Roman", 20, False),
    "subtitle": ("仿宋_GB2312", "Times New Roman", 12, False),
    "heading": ("黑体", "Times New Roman", 14, False),
    "subheading": ("黑体", "Times New Roman", 12, False),
    "body": ("仿宋_GB2312", "Times New Roman", 12, False),
    "note": ("仿宋_GB2312", "Times New Roman", 9.5, False),
    "small": ("仿宋_GB2312", "Times New Roman", 9, False),
    "table": ("宋体", "Times New Roman", 9, False),
}


def write_docx(document: Document, path: Path) -> None:
    word = WordDocument()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = Mm(30), Mm(26), Mm(28), Mm(28)
    _page_number_footer(section, document.footer)
    word.core_properties.title = document.title
    word.core_properties.author = "hjdesk"
    for block in document.blocks:
        if isinstance(block, Paragraph):
            _paragraph(word, block)
        elif isinstance(block, Table) and block.on_paper():
            _table(word, block)
        elif isinstance(block, Chart):
            _chart(word, block)
    word.save(str(path))


def _set_faces(run, style: str) -> None:
    east, latin, size, bold = FACES[style]
    run.font.name = latin
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


def _add_run(paragraph, run: Run, style: str):
    out = paragraph.add_run(run.text)
    _set_faces(out, style)
    if run.style == "bold":
        out.font.bold = True
    elif run.style == "del":
        out.font.strike = True
        out.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    elif run.style == "ins":
        out.font.underline = True
        out.font.color.rgb = RGBColor(0x06, 0x45, 0xAD)
    elif run.style == "num":
        out.font.bold = True
        out.font.highlight_color = WD_COLOR_INDEX.YELLOW
    elif run.style == "moved":
        out.font.color.rgb = RGBColor(0x2E, 0x7D, 0x32)
    elif run.style == "person":
        out.font.italic = True
        out.font.color.rgb = RGBColor(0x5B, 0x2C, 0x8A)
    elif run.style == "muted":
        out.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    return out


def _paragraph(word, paragraph: Paragraph) -> None:
    out = word.add_paragraph()
    style = paragraph.style
    if style in ("title", "subtitle"):
        out.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "body":
        out.paragraph_format.first_line_indent = Pt(24)
    if style in ("heading", "subheading"):
        out.paragraph_format.keep_with_next = True
        out.paragraph_format.space_before = Pt(10 if style == "heading" else 6)
    for run in paragraph.runs:
        _add_run(out, run, style)


def _table(word, table: Table) -> None:
    columns = table.printed()
    out = word.add_table(rows=1, cols=len(columns))
    out.style = "Table Grid"
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    weights = [table.columns[i].width for i in columns]
    widths = [Mm(156 * w / sum(weights)) for w in weights]
    header = out.rows[0]
    _repeat_header(header)
    for cell, index, width in zip(header.cells, columns, widths):
        cell.width = width
        _fill(cell, "E8E8E8")
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_run(paragraph, Run(table.columns[index].name, "bold"), "table")
    for row in table.printed_rows():
        line = out.add_row()
        _keep_together(line)
        for cell, index, width in zip(line.cells, columns, widths):
            cell.width = width
            paragraph = cell.paragraphs[0]
            if table.columns[index].number:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in row.cells[index].runs:
                _add_run(paragraph, run, "table")
            if index == table.status_column and row.status:
                _fill(cell, STATUS_FILLS.get(row.status, "FFFFFF"))


def _chart(word, chart: Chart) -> None:
    """The chart's figures: each row's result as a share of its target."""
    rows = []
    for bar in chart.bars:
        share = "" if bar.result is None else f"{bar.result:.0f}%"
        rows.append(Row((text_cell(bar.label), text_cell(bar.figures), text_cell(share),
                         text_cell(STATUS_NAMES.get(bar.status, "")))))
    columns = (Column("指标", 2.2), Column("实绩 / 目标", 2.4), Column("实绩占目标", 1, True), Column("完成情况", 1))
    _table(word, Table(chart.title, columns, tuple(rows)))


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _keep_together(row) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _fill(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _page_number_footer(section, footer_text: str) -> None:
    """第 N 页 共 M 页 from Word's own PAGE and NUMPAGES fields, and the footer line."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页"):
        if piece in ("PAGE", "NUMPAGES"):
            _field(paragraph, piece)
        else:
            _set_faces(paragraph.add_run(piece), "small")
    if footer_text:
        line = section.footer.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_faces(line.add_run(footer_text), "small")


def _field(paragraph, code: str) -> None:
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        _set_faces(run, "small")
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._element.append(char)
        elif text.strip() == code:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        else:
            run.text = text
