"""The gap summary's draft check part: the rows of a draft with planted
mistakes, a dismissed finding left out and counted, the formulations as two
lists on paper and as rows in spreadsheets, and every format read back by
its own reader."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess

import pytest

from hjdesk.core.checks import KIND_NAMES, KINDS
from hjdesk.reports.check_appendix import CHECK_SHEET, CHECK_TABLE, TERM_KINDS

PRINTED_HEADER = ["序号", "类别", "位置", "问题", "原文"]


@pytest.fixture
def checked(planted_library, qapp):
    """The planted pair's gap summary with and without the draft check, the
    check itself, and the number of the carried-over finding a person dismissed."""
    from hjdesk.analysis import check_for, dismiss_finding
    from hjdesk.exports import gap_document
    from hjdesk.store.db import open_engine, session_scope

    old, new = planted_library.old, planted_library.new
    engine = open_engine(planted_library.url)
    with session_scope(engine) as session:
        before = check_for(session, new, old)
        number, finding = next((n, f) for n, f in before.shown() if "1.14" in f.quote)
        dismiss_finding(session, new, finding, "上年数字，另有说明")
    with session_scope(engine) as session:
        plain = gap_document(session, old, new)
        with_check = gap_document(session, old, new, checks=True, library="测试库")
        check = check_for(session, new, old)
    engine.dispose()
    return plain, with_check, check, number


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_kind_has_a_chinese_name():
    assert set(KIND_NAMES) == set(KINDS) and all(re.fullmatch(r"[\u4e00-\u9fff]+", n) for n in KIND_NAMES.values())


def test_the_appendix_holds_the_planted_findings_less_the_dismissed_one(checked):
    plain, document, check, dismissed = checked
    assert not any(t.name == CHECK_TABLE for t in plain.tables()) and plain.csv_table == ""
    assert not any("起草检查" in getattr(b, "text", "") for b in plain.blocks)

    texts = [b.text for b in document.blocks if hasattr(b, "text")]
    heading = next(i for i, b in enumerate(document.blocks) if getattr(b, "text", "").endswith("、起草检查结果"))
    assert document.blocks[heading].style == "heading" and heading > len(document.blocks) - 10, "the last part"
    counts = document.blocks[heading + 1].text
    # The carried-over paragraph also restates last year's 上级各类补助资金 beside this year's: two values twice.
    for said in ("年份沿用 1 条", "照搬上年 3 条", "前后数值不一 2 条", "另有 1 条已排除"):
        assert said in counts, counts

    table = next(t for t in document.tables() if t.name == CHECK_TABLE)
    assert document.csv_table == CHECK_TABLE and table.sheet == CHECK_SHEET
    assert [c.name for c in table.columns if c.printed] == PRINTED_HEADER
    numbers = [row.cells[0].value for row in table.rows]
    assert numbers == [n for n, _ in check.shown()] and dismissed not in numbers
    assert len(check.shown(True)) == len(numbers) + 1
    printed = {row.cells[0].value: [c.text for c in row.cells] for row in table.rows if row.printed}
    assert all(check.findings[n - 1].kind not in TERM_KINDS for n in printed)
    assert len(printed) == sum(f.kind not in TERM_KINDS for _, f in check.shown())

    stale = next(r for r in printed.values() if r[1] == "年份沿用")
    assert stale[2] == "2026,我们开局起势、实干争先" and "十四五" in stale[3] and stale[4].startswith("今年是“十四五”")
    carried = [r for r in printed.values() if r[1] == "照搬上年"]
    assert len(carried) == 3 and all("上年：" in r[4] for r in carried)
    assert not any("1.14" in r[4] for r in carried), "the dismissed sentence is left out"
    twice = next(r for r in printed.values() if r[1] == "前后数值不一" and "生产总值" in r[4])
    assert twice[4] == "地区生产总值增长5.1%　另见：地区生产总值增长5.4%"

    for kind in TERM_KINDS:
        terms = [f.quote for _, f in check.shown() if f.kind == kind]
        at = texts.index(f"{KIND_NAMES[kind]}（{len(terms)} 个）")
        assert texts[at + 1] == "、".join(terms)


def _no_digits(text: str) -> str:
    return re.sub(r"[0-9]", "", text)


def _pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    return _flat(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                                check=True).stdout)


def _read_back(path, fmt: str) -> tuple[list[str], list[list[str]], str]:
    """The findings table's header and rows, and the rest of the file's words, as each format's reader sees them."""
    if fmt == "pdf":
        return [], [], _pdftotext(path)
    if fmt == "docx":
        import docx

        word = docx.Document(str(path))
        table = next(t for t in word.tables if [c.text for c in t.rows[0].cells] == PRINTED_HEADER)
        rows = [[c.text for c in row.cells] for row in table.rows]
        return rows[0], rows[1:], "".join(p.text for p in word.paragraphs)
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        assert book.sheetnames[0] == "目标完成情况", "the gap table stays first"
        rows = [["" if v is None else str(v) for v in line] for line in book[CHECK_SHEET].iter_rows(values_only=True)]
        return rows[0], rows[1:], ""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:], ""


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_each_format_carries_the_draft_check(checked, tmp_path, fmt):
    from hjdesk.reports.output import export

    _, document, check, dismissed = checked
    path = export(document, tmp_path / f"checked.{fmt}", fmt)
    header, rows, words = _read_back(path, fmt)
    shown = check.shown()
    mistakes = [(n, f) for n, f in shown if f.kind not in TERM_KINDS]
    if fmt == "pdf":
        assert "起草检查结果" in words and "另有1条已排除" in words
        # Digits shaped in a Latin run (the 3 of P3) are drawn as glyphs Qt leaves out of the text layer.
        text = _no_digits(words)
        for _, finding in mistakes:
            assert _no_digits(_flat(finding.message)) in text, finding.message
        assert text.count("与上年报告工作回顾中的一句相同") == 3, "four carried over, one of them dismissed"
        new_terms = [f.quote for _, f in shown if f.kind == "new_term"]
        assert f"新提法（{len(new_terms)}个）" in words and _flat("、".join(new_terms)) in words
        return
    if fmt == "docx":
        assert [int(r[0]) for r in rows] == [n for n, _ in mistakes], "on paper: no row for a formulation"
        assert [r[3] for r in rows] == [f.message for _, f in mistakes]
        assert "删去的提法（" in words and "另有 1 条已排除" in words
        return
    assert header == PRINTED_HEADER + ["类别代码"]
    assert [int(r[0]) for r in rows] == [n for n, _ in shown], "in a spreadsheet: every finding a row"
    assert [r[5] for r in rows] == [f.kind for _, f in shown]
    assert [r[1] for r in rows] == [KIND_NAMES[f.kind] for _, f in shown]


def test_a_table_with_no_row_for_paper_is_not_printed(qapp, tmp_path):
    import docx
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    from hjdesk.reports.document import Column, Document, Row, Table, cell, para
    from hjdesk.reports.paint import a4_layout, compose
    from hjdesk.reports.docx_writer import write_docx

    words_only = Table("提法", (Column("提法"),), tuple(Row((cell(f"提法{i}"),), printed=False) for i in range(3)))
    mixed = Table("混合", (Column("文字"),), (Row((cell("纸上"),)), Row((cell("表里"),), printed=False)))
    document = Document("测试", (para("正文"), words_only, mixed))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    assert [kind for *_, kind in compose(document, writer).placed] == ["header", "row"]
    write_docx(document, tmp_path / "t.docx")
    assert [[c.text for c in r.cells] for t in docx.Document(str(tmp_path / "t.docx")).tables for r in t.rows] == \
        [["文字"], ["纸上"]]
