"""Every export read back by an independent reader: poppler's pdftotext and
pdffonts for PDF, python-docx for Word, openpyxl for Excel, the csv module
for CSV; and the layout held to its promises (headers repeated, no row cut
across a page)."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys

import pytest

from hjdesk.reports import words


def _pdftotext(path, *options) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def documents(demo_library, qapp):
    """The demo pair's gap summary and redline, and the analysis behind them."""
    from hjdesk.analysis import compare_for, gaps_for
    from hjdesk.exports import compare_document, gap_document
    from hjdesk.store.db import open_engine, session_scope

    engine = open_engine(demo_library.url)
    with session_scope(engine) as session:
        gaps = gap_document(session, demo_library.old, demo_library.new, library="测试库")
        redline = compare_document(session, demo_library.old, demo_library.new, library="测试库")
        analysis = gaps_for(session, demo_library.old, demo_library.new)
        comparison = compare_for(session, demo_library.old, demo_library.new)
    engine.dispose()
    return gaps, redline, analysis, comparison


def test_gap_summary_pdf_has_every_row_in_chinese_with_embedded_faces(documents, tmp_path):
    from hjdesk.reports.output import export

    gaps, _, analysis, _ = documents
    path = export(gaps, tmp_path / "gaps.pdf", "pdf")
    text = _flat(_pdftotext(path, "-raw"))
    assert "目标完成情况对照" in text and "原文摘录" in text
    assert not re.search("[\u2e80-\u2fdf]", text), "radicals in the text layer: 目标 would not be found"
    for row in analysis.table.rows:
        assert _flat(row.indicator) in text, row.indicator
        assert words.STATUS_NAMES[row.status] in text
        if row.target is not None:
            assert _flat(words.target_text(row.target, shorten=40)) in text
        if row.actual is not None:
            assert _flat(words.result_text(row.actual)) in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), "every face embedded"
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                                                               check=True).stdout).group(1))
    assert f"第1页共{pages}页" in _flat(_pdftotext(path, "-f", "1", "-l", "1"))
    assert f"第{pages}页共{pages}页" in _flat(_pdftotext(path, "-f", str(pages), "-l", str(pages)))


def test_no_table_row_is_cut_across_a_page_and_headers_repeat(documents, qapp):
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    from hjdesk.reports.document import Column, Document, Row, Table, cell
    from hjdesk.reports.paint import a4_layout, compose

    gaps = documents[0]
    tall = Table("高低不一", (Column("甲", 1), Column("乙", 3)),
                 tuple(Row((cell(str(i)), cell("很长的一格文字" * (i % 9)))) for i in range(160)))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    for document in (gaps, Document("测试", (tall,))):
        layout = compose(document, writer)
        assert len(layout.pages) > 1
        continued = set()
        for page, top, bottom, kind in layout.placed:
            assert bottom <= layout.bottom + 0.5, "a row runs past the page's foot"
            if kind == "header":
                continued.add(page)
        table_pages = {page for page, *_ in layout.placed}
        assert table_pages <= continued, "a page of a table without its header"


def test_word_export_has_real_tables_and_struck_and_underlined_runs(documents, tmp_path):
    import docx
    from docx.oxml.ns import qn

    from hjdesk.core.compare import RowDiffs
    from hjdesk.reports.output import export

    gaps, redline, analysis, comparison = documents
    table_file = docx.Document(str(export(gaps, tmp_path / "gaps.docx", "docx")))
    main = next(t for t in table_file.tables if t.rows[0].cells[0].text == "序号")
    assert len(main.rows) == len(analysis.table.rows) + 1
    names = [row.cells[2].text for row in main.rows[1:]]
    assert names == [row.indicator for row in analysis.table.rows]
    header = main.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None

    marked = docx.Document(str(export(redline, tmp_path / "redline.docx", "docx")))
    runs = [run for paragraph in marked.paragraphs for run in paragraph.runs]
    struck = "".join(run.text for run in runs if run.font.strike)
    underlined = "".join(run.text for run in runs if run.font.underline)
    old, new = comparison.old.parsed, comparison.new.parsed
    rows = RowDiffs(old, new, comparison.alignment)
    changed = [p for p in comparison.alignment.pairs if p.status == "changed"]
    spans = [s for p in changed for s in rows.diff(p).spans]
    deleted = [old.text[s.old_start:s.old_end].strip() for s in spans if s.op == "delete"]
    inserted = [new.text[s.new_start:s.new_end].strip() for s in spans if s.op == "insert"]
    assert deleted and inserted
    assert all(piece.replace("\n", "") in struck for piece in deleted if piece)
    assert sum(piece.replace("\n", "") in underlined for piece in inserted if piece) >= 0.95 * len(inserted)
    faces = {run._element.rPr.rFonts.get(qn("w:eastAsia")) for run in runs if run._element.rPr is not None}
    assert faces <= {"方正小标宋简体", "仿宋_GB2312", "黑体", "宋体"} and "仿宋_GB2312" in faces


def test_excel_export_keeps_numbers_as_numbers_and_status_colours(documents, tmp_path):
    import openpyxl

    from hjdesk.reports.output import export

    gaps, _, analysis, _ = documents
    book = openpyxl.load_workbook(export(gaps, tmp_path / "gaps.xlsx", "xlsx"))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2" and len(book.sheetnames) == 2
    assert sheet.max_row == len(analysis.table.rows) + 1
    column = {name: header.index(name) for name in header}
    for line, row in zip(sheet.iter_rows(min_row=2), analysis.table.rows):
        assert line[column["指标"]].value == row.indicator
        assert line[column["完成情况"]].value.startswith(words.STATUS_NAMES[row.status])
        assert line[column["完成情况"]].fill.fgColor.rgb.endswith(
            {"met": "D4EDDA", "missed": "FDE2C8", "not_reported": "F8D7DA", "unclear": "FFF3BF",
             "no_target": "E9ECEF"}[row.status])
        if row.actual is not None:
            value = line[column["实绩值"]]
            assert isinstance(value.value, (int, float)) and value.value == pytest.approx(row.actual.value)
            assert row.actual.unit.replace('"', "") in value.number_format
        if row.gap is not None:
            assert line[column["差距值"]].value == pytest.approx(row.gap)
    extra = [c.value for c in book.worksheets[1]["A"] if c.value]
    assert "新目标对照上年实绩" in extra and "上年目标对照新目标" in extra


def test_csv_export_is_utf8_with_bom_and_round_trips(documents, tmp_path):
    from hjdesk.reports.output import export
    from hjdesk.reports.xlsx_writer import main_table

    gaps = documents[0]
    path = export(gaps, tmp_path / "gaps.csv", "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    table = main_table(gaps)
    assert lines[0] == [c.name for c in table.columns]
    assert len(lines) == len(table.rows) + 1
    for line, row in zip(lines[1:], table.rows):
        for value, spec, data in zip(line, table.columns, row.cells):
            if spec.number and data.value is not None:
                assert float(value) == pytest.approx(data.value)
            elif not spec.number:
                assert value == data.text


def test_an_existing_file_is_kept_unless_forced_and_a_failed_write_leaves_it_whole(documents, tmp_path):
    from hjdesk.reports.output import ExportError, atomic_write, export

    gaps = documents[0]
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "gaps.csv"
    path.write_text("旧内容", encoding="utf-8")
    with pytest.raises(ExportError, match="已存在"):
        export(gaps, path, "csv")
    assert path.read_text(encoding="utf-8") == "旧内容"

    def broken(temporary):
        temporary.write_text("半个文件", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="无法写入"):
        atomic_write(path, broken, force=True)
    assert path.read_text(encoding="utf-8") == "旧内容"
    assert [p.name for p in folder.iterdir()] == ["gaps.csv"], "no temporary file left behind"
    export(gaps, path, "csv", force=True)
    assert path.read_text(encoding="utf-8-sig").startswith("序号")


def test_the_radicals_of_a_pdf_text_layer_become_ideographs_and_sources_stay():
    from hjdesk.reports.pdf_text import fix_cmap

    cmap = ("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<2F6C> <6807> <2F42> <2EA0>]\nendbfrange\n"
            "1 beginbfchar\n<2F6C> <2F6C>\nendbfchar\n1 beginbfrange\n<2F00> <2F00> <2F00>\nendbfrange")
    fixed = fix_cmap(cmap)
    assert "[<76EE> <6807> <6587> <6C11>]" in fixed  # 目 标 文 民
    assert "<2F6C> <76EE>" in fixed  # the source code stays, the character is mended
    assert "<2F00> <2F00> <4E00>" in fixed


def test_the_printed_documents_import_no_widget():
    code = ("import sys, hjdesk.reports.paint, hjdesk.reports.output, hjdesk.reports.gap_summary, "
            "hjdesk.reports.redline, hjdesk.reports.docx_writer, hjdesk.reports.xlsx_writer, hjdesk.exports; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'pyqtgraph', 'hjdesk.ui'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
