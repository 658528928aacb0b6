"""A document's main table as CSV (or the one it names for a CSV: the draft
check, when the gap summary carries one): UTF-8 with a byte-order mark (so
that Excel and WPS read the Chinese right), every column and row, numbers as
plain numbers, text as shown."""

from __future__ import annotations

import csv
from pathlib import Path

from .document import Document
from .words import number
from .xlsx_writer import main_table


def write_csv(document: Document, path: Path) -> None:
    named = [t for t in document.tables() if document.csv_table and t.name == document.csv_table]
    table = named[0] if named else main_table(document)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in table.columns])
        for row in table.rows:
            writer.writerow([(number(data.value) if data.value is not None else "") if spec.number else data.text
                             for spec, data in zip(table.columns, row.cells)])
