"""A document's tables as an Excel workbook: the first table (the gap
table) on the first sheet with every column, sources included, a frozen
header, numbers stored as numbers with their formats, status colours and a
filter; a table that names a sheet of its own (the draft check) goes there
alike; the other tables follow on a sheet 附表, each under its name."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .document import Document, Table
from .words import STATUS_FILLS

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_FACE = "宋体"


def main_table(document: Document) -> Table:
    """The table a spreadsheet is about: the one with a status column, else the first."""
    tables = document.tables()
    if not tables:
        raise ValueError("这份文档没有表格，不能导出为 Excel 或 CSV。")
    return next((t for t in tables if t.status_column is not None), tables[0])


def write_xlsx(document: Document, path: Path) -> None:
    book = Workbook()
    first = main_table(document)
    _sheet(book.active, first, first.sheet or first.name)
    others = [t for t in document.tables() if t is not first and not t.sheet]
    if others:
        extra = book.create_sheet("附表")
        row = 1
        for table in others:
            extra.cell(row=row, column=1, value=table.name).font = Font(name=_FACE, bold=True, size=12)
            row = _put(extra, table, row + 1) + 2
    for table in document.tables():
        if table.sheet and table is not first:
            _sheet(book.create_sheet(), table, table.sheet)
    book.properties.title = document.title
    book.properties.creator = "hjdesk"
    book.save(str(path))


def _sheet(sheet, table: Table, title: str) -> None:
    """A sheet that holds ``table`` alone, its header frozen and filtered."""
    sheet.title = title[:31]
    _put(sheet, table, 1)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"


def _put(sheet, table: Table, top: int) -> int:
    """Write ``table`` from row ``top``; returns its last row."""
    for column, spec in enumerate(table.columns, start=1):
        cell = sheet.cell(row=top, column=column, value=spec.name)
        cell.font, cell.fill, cell.border = Font(name=_FACE, bold=True), _HEADER_FILL, _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        width = max(6.0, min(60.0, spec.width * 9))
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = max(sheet.column_dimensions[letter].width or 0, width)
    for offset, row in enumerate(table.rows, start=1):
        for column, (spec, data) in enumerate(zip(table.columns, row.cells), start=1):
            if spec.number:
                cell = sheet.cell(row=top + offset, column=column, value=data.value)
                if data.value is not None and data.number_format:
                    cell.number_format = data.number_format
            else:
                cell = sheet.cell(row=top + offset, column=column, value=data.text or None)
                cell.alignment = Alignment(vertical="top", wrap_text=spec.width >= 2)
            cell.font, cell.border = Font(name=_FACE), _BORDER
            if column - 1 == table.status_column and row.status:
                cell.fill = PatternFill("solid", fgColor=STATUS_FILLS.get(row.status, "FFFFFF"))
    return top + len(table.rows)
