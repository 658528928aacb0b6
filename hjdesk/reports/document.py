"""What a printed document is made of, before any format: titled blocks of
styled runs, tables whose cells keep their numbers, and a chart's plain data.

The builders (:mod:`.gap_summary`, :mod:`.redline`) make one
:class:`Document`; the painter (:mod:`.paint`: preview, printer, PDF) and the
writers (:mod:`.docx_writer`, :mod:`.xlsx_writer`, :mod:`.csv_writer`) each
render that same document, so every output says the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Run styles: plain, bold, a struck deletion, an underlined insertion, a
#: changed number, a moved passage, a person's correction, muted small print.
RUN_STYLES = ("", "bold", "del", "ins", "num", "moved", "person", "muted")
#: Paragraph styles, each with its face and size in :mod:`.paint` and the writers.
PARAGRAPH_STYLES = ("title", "subtitle", "heading", "subheading", "body", "note", "small")


@dataclass(frozen=True)
class Run:
    text: str
    style: str = ""


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def para(text: str, style: str = "body", run_style: str = "") -> Paragraph:
    """A paragraph of one run."""
    return Paragraph((Run(text, run_style),), style)


@dataclass(frozen=True)
class Column:
    """``width`` is relative to the other columns; ``number`` columns align
    right; ``printed`` False keeps a column out of the paged table (PDF,
    printer, Word) but in the spreadsheet and CSV."""

    name: str
    width: float = 1.0
    number: bool = False
    printed: bool = True


@dataclass(frozen=True)
class Cell:
    """What a cell shows (``runs``), and for spreadsheets the number behind
    it with its Excel format (``0.0#``, ``0.0"%"``)."""

    runs: tuple[Run, ...]
    value: float | None = None
    number_format: str = ""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def cell(text: str, style: str = "", value: float | None = None, number_format: str = "") -> Cell:
    return Cell((Run(text, style),) if text else (), value, number_format)


@dataclass(frozen=True)
class Row:
    """A table row; ``status`` colours it (a gap status code, or empty);
    ``printed`` False keeps it off paper (PDF, printer, Word: a paragraph
    says it there more briefly) but in the spreadsheet and CSV."""

    cells: tuple[Cell, ...]
    status: str = ""
    printed: bool = True


@dataclass(frozen=True)
class Table:
    """A table whose header repeats on every page; no row is cut across pages.
    A spreadsheet puts it on a ``sheet`` of its own when one is named."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    status_column: int | None = None  # the cell that carries the row's status colour
    sheet: str = ""

    def printed(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.columns) if c.printed)

    def printed_rows(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.printed)

    def on_paper(self) -> bool:
        """Whether the table is printed at all: not when no row of it goes on paper (a paragraph says so)."""
        return any(row.printed for row in self.rows)


@dataclass(frozen=True)
class Bar:
    """One row of the chart of targets against results, in % of the target:
    the result (None: no position), the band a range or 左右 target covers,
    and the two figures as written."""

    label: str
    result: float | None
    band: tuple[float, float] | None
    status: str
    figures: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    low: float
    high: float
    axis_label: str


Block = Paragraph | Table | Chart


@dataclass(frozen=True)
class Document:
    """A whole document: its blocks in order, and what every page's footer
    says besides the page number (the date and the library it came from).
    ``csv_table`` names the table a CSV holds when not the main one."""

    title: str
    blocks: tuple[Block, ...]
    footer: str = ""
    legend: tuple[tuple[str, str], ...] = field(default=())  # (run style, its meaning) for the redline's key
    csv_table: str = ""

    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))
