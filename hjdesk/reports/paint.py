"""A :class:`~hjdesk.reports.document.Document` on paper: laid out on A4 with
the margins of government documents, headers of tables repeated on every
page, no table row cut across a page break, the chart drawn as vectors, and
``第 N 页 共 M 页`` on every page. The same code paints the print preview,
the printer and the PDF (Qt's PDF writer embeds the faces, so the text can
be selected and searched). Needs a QGuiApplication, no widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from .document import Bar, Chart, Document, Paragraph, Run, Table
from .fonts import font
from .words import STATUS_FILLS, STATUS_INKS

#: Margins in mm (top, right, bottom, left): those of GB/T 9704 for 公文, a little less at top and bottom for tables.
MARGINS_MM = (30.0, 26.0, 28.0, 28.0)
LINE_SPACING = 1.35
GRID = QColor("#555555")
HEADER_FILL = QColor("#e8e8e8")


def a4_layout() -> QPageLayout:
    """A4 portrait with no printer margin: the painter keeps its own."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def run_format(style: str) -> QTextCharFormat:
    """How a run style looks: Word's Compare colours, which drafting staff know."""
    fmt = QTextCharFormat()
    if style == "bold":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif style == "del":
        fmt.setForeground(QColor("#c00000"))
        fmt.setFontStrikeOut(True)
    elif style == "ins":
        fmt.setForeground(QColor("#0645ad"))
        fmt.setFontUnderline(True)
    elif style == "num":
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(QColor("#ffd966"))
    elif style == "moved":
        fmt.setForeground(QColor("#2e7d32"))
        fmt.setBackground(QColor("#e3f2e5"))
    elif style == "person":
        fmt.setForeground(QColor("#5b2c8a"))
        fmt.setFontItalic(True)
    elif style == "muted":
        fmt.setForeground(QColor("#666666"))
    return fmt


@dataclass
class _Page:
    ops: list[Callable[[QPainter], None]] = field(default_factory=list)


class Composition:
    """Blocks laid out top-down in device pixels, pages opened as they fill.
    ``placed`` records each table row as (page, top, bottom, kind), kind
    ``header`` or ``row``: what the tests hold the layout to."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        top, right, bottom, left = (self.mm(m) for m in MARGINS_MM)
        page = device.pageLayout().fullRectPoints()  # A4 portrait unless a person chose another paper
        self.page_width = page.width() / 72 * self.dpi
        self.page_height = page.height() / 72 * self.dpi
        self.left, self.top = left, top
        self.width = self.page_width - left - right
        self.bottom = self.page_height - bottom
        self.pages: list[_Page] = [_Page()]
        self.placed: list[tuple[int, float, float, str]] = []
        self.y = top

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def pt(self, value: float) -> float:
        return value / 72 * self.dpi

    @property
    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.top

    def draw(self, op: Callable[[QPainter], None]) -> None:
        self.pages[-1].ops.append(op)

    def text_layout(self, runs: tuple[Run, ...], style: str, width: float,
                    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, indent: float = 0.0) -> tuple[QTextLayout, float]:
        """Runs laid out in lines ``width`` wide; returns the layout and its height."""
        text = "".join(run.text for run in runs).replace("\n", " ")
        layout = QTextLayout(text, font(style), self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        ranges, start = [], 0
        for run in runs:
            if run.style and run.text:
                fr = QTextLayout.FormatRange()
                fr.start, fr.length, fr.format = start, len(run.text), run_format(run.style)
                ranges.append(fr)
            start += len(run.text)
        layout.setFormats(ranges)
        layout.beginLayout()
        y = 0.0
        first = True
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            shift = indent if first else 0.0
            line.setLineWidth(max(1.0, width - shift))
            line.setPosition(QPointF(shift, y))
            y += line.height() * LINE_SPACING
            first = False
        layout.endLayout()
        return layout, y

    # -- blocks ---------------------------------------------------------------

    def paragraph(self, paragraph: Paragraph) -> None:
        style = paragraph.style
        align = Qt.AlignmentFlag.AlignHCenter if style in ("title", "subtitle") else Qt.AlignmentFlag.AlignLeft
        indent = self.pt(24) if style == "body" else 0.0  # 首行缩进两字
        before = {"title": 0, "subtitle": 4, "heading": 14, "subheading": 8, "body": 4, "note": 2, "small": 2}[style]
        after = {"title": 6, "subtitle": 10}.get(style, 0)
        layout, _ = self.text_layout(paragraph.runs, style, self.width, align, indent)
        self.y += self.pt(before) if self.y > self.top else 0
        keep_with_next = style in ("heading", "subheading")
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            height = line.height() * LINE_SPACING
            need = height * (3 if keep_with_next and index == 0 else 1)  # a heading is not left alone at a page's foot
            if need > self.room and self.y > self.top:
                self.new_page()
            origin = QPointF(self.left, self.y - line.y())
            self.draw(lambda p, line=line, origin=origin, owner=layout: line.draw(p, origin))  # the line lives in its layout
            self.y += height
        self.y += self.pt(after)

    def table(self, table: Table) -> None:
        columns = table.printed()
        weights = [table.columns[i].width for i in columns]
        widths = [self.width * w / sum(weights) for w in weights]
        pad = self.pt(3)
        header = self._row([(Run(table.columns[i].name, "bold"),) for i in columns], widths, pad,
                           [False] * len(columns), centred=True)
        self.y += self.pt(4)
        if header[0] * 2 > self.room:
            self.new_page()
        self._place_row(header, widths, HEADER_FILL, None, "header")
        for row in table.printed_rows():
            laid = self._row([row.cells[i].runs for i in columns], widths, pad,
                             [table.columns[i].number for i in columns])
            if laid[0] > self.room:
                self.new_page()
                self._place_row(header, widths, HEADER_FILL, None, "header")
            status_at = columns.index(table.status_column) if table.status_column in columns else None
            self._place_row(laid, widths, None, (status_at, row.status) if row.status and status_at is not None else None)
        self.y += self.pt(6)

    def _row(self, cells, widths, pad, numbers, centred: bool = False):
        laid = []
        for runs, width, is_number in zip(cells, widths, numbers):
            align = (Qt.AlignmentFlag.AlignHCenter if centred else
                     Qt.AlignmentFlag.AlignRight if is_number else Qt.AlignmentFlag.AlignLeft)
            laid.append(self.text_layout(tuple(runs), "table", width - 2 * pad, align))
        height = max((h for _, h in laid), default=0.0) + 2 * pad
        return height, laid, pad

    def _place_row(self, row, widths, fill: QColor | None, status: tuple[int, str] | None, kind: str = "row") -> None:
        height, laid, pad = row
        top, x = self.y, self.left
        self.placed.append((len(self.pages) - 1, top, top + height, kind))

        def paint(p: QPainter, top=top) -> None:
            left = x
            for index, ((layout, text_height), width) in enumerate(zip(laid, widths)):
                box = QRectF(left, top, width, height)
                colour = fill
                if status is not None and index == status[0]:
                    colour = QColor("#" + STATUS_FILLS.get(status[1], "FFFFFF"))
                if colour is not None:
                    p.fillRect(box, colour)
                p.setPen(QPen(GRID, max(1.0, self.pt(0.5))))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box)
                layout.draw(p, QPointF(left + pad, top + (height - text_height) / 2))
                left += width
        self.draw(paint)
        self.y += height

    def chart(self, chart: Chart) -> None:
        """Rows of the chart, split across pages when they do not fit, the
        scale repeated at each part."""
        row_height, scale_height = self.pt(15), self.pt(44)
        bars = list(chart.bars)
        while bars:
            if self.room < scale_height + 3 * row_height:
                self.new_page()
            fit = max(1, int((self.room - scale_height) // row_height))
            part, bars = bars[:fit], bars[fit:]
            top = self.y
            self.draw(lambda p, part=part, top=top: self._paint_chart(p, chart, part, top, row_height))
            self.y += len(part) * row_height + scale_height

    def _paint_chart(self, p: QPainter, chart: Chart, bars: list[Bar], top: float, row_height: float) -> None:
        names, figures = self.width * 0.25, self.width * 0.27
        plot_left, plot_width = self.left + names, self.width - names - figures
        span = chart.high - chart.low

        def x_of(value: float) -> float:
            return plot_left + (min(max(value, chart.low), chart.high) - chart.low) / span * plot_width

        small = font("footer")
        p.setFont(small)
        metrics = p.fontMetrics()
        bottom = top + len(bars) * row_height
        for index, bar in enumerate(bars):
            y = top + index * row_height
            if index % 2:
                p.fillRect(QRectF(self.left, y, self.width, row_height), QColor("#f4f4f4"))
            p.setPen(QColor("#222222"))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(names - self.pt(6)))
            p.drawText(QRectF(self.left, y, names - self.pt(4), row_height),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            shown = metrics.elidedText(bar.figures, Qt.TextElideMode.ElideRight, int(figures - self.pt(6)))
            p.drawText(QRectF(plot_left + plot_width + self.pt(4), y, figures - self.pt(4), row_height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            middle = y + row_height / 2
            if bar.band is not None:
                band = QRectF(x_of(bar.band[0]), middle - row_height * 0.22, x_of(bar.band[1]) - x_of(bar.band[0]),
                              row_height * 0.44)
                p.fillRect(band, QColor("#d9d9d9"))
                p.setPen(QPen(QColor("#7f7f7f"), self.pt(0.4)))
                p.drawRect(band)
            if bar.result is not None:
                ink = QColor("#" + STATUS_INKS.get(bar.status, "333333"))
                p.setPen(QPen(ink, self.pt(0.6)))
                p.setBrush(QBrush(ink))
                p.drawLine(QPointF(x_of(max(0.0, chart.low)), middle), QPointF(x_of(bar.result), middle))
                p.drawEllipse(QPointF(x_of(bar.result), middle), self.pt(2.6), self.pt(2.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#333333"), self.pt(0.5)))
        p.drawLine(QPointF(plot_left, bottom), QPointF(plot_left + plot_width, bottom))
        p.drawLine(QPointF(plot_left, top), QPointF(plot_left, bottom))
        step = _tick_step(span)
        tick = (int(chart.low // step) + 1) * step
        while tick < chart.high:
            x = x_of(tick)
            p.drawLine(QPointF(x, bottom), QPointF(x, bottom + self.pt(2)))
            p.drawText(QRectF(x - self.pt(20), bottom + self.pt(2), self.pt(40), self.pt(11)),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"{tick:g}%")
            tick += step
        dashed = QPen(QColor("#333333"), self.pt(0.6), Qt.PenStyle.DashLine)
        p.setPen(dashed)
        if chart.low < 100 < chart.high:
            p.drawLine(QPointF(x_of(100), top), QPointF(x_of(100), bottom))
        p.setPen(QColor("#444444"))
        p.drawText(QRectF(plot_left, bottom + self.pt(13), plot_width, self.pt(12)),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, chart.axis_label)
        self._legend(p, bottom + self.pt(27))

    def _legend(self, p: QPainter, y: float) -> None:
        """The status colours, and the grey band of a range or 左右 target."""
        from .words import STATUS_NAMES

        x = self.left + self.width * 0.25
        metrics = p.fontMetrics()
        for status in ("met", "missed", "unclear"):
            ink = QColor("#" + STATUS_INKS[status])
            p.setPen(QPen(ink, self.pt(0.6)))
            p.setBrush(QBrush(ink))
            p.drawEllipse(QPointF(x + self.pt(3), y + self.pt(5)), self.pt(2.6), self.pt(2.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QColor("#333333"))
            p.drawText(QPointF(x + self.pt(8), y + self.pt(8)), STATUS_NAMES[status])
            x += self.pt(14) + metrics.horizontalAdvance(STATUS_NAMES[status])
        band = QRectF(x, y + self.pt(2), self.pt(14), self.pt(6))
        p.fillRect(band, QColor("#d9d9d9"))
        p.setPen(QPen(QColor("#7f7f7f"), self.pt(0.4)))
        p.drawRect(band)
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(x + self.pt(18), y + self.pt(8)), "目标区间（区间目标、“左右”的容许范围）")


def _tick_step(span: float) -> float:
    for step in (10, 20, 25, 50, 100, 200):
        if span / step <= 8:
            return step
    return 500


def compose(document: Document, device: QPagedPaintDevice) -> Composition:
    """Lay ``document`` out for ``device`` without painting."""
    composer = Composition(device)
    for block in document.blocks:
        if isinstance(block, Paragraph):
            composer.paragraph(block)
        elif isinstance(block, Table) and block.on_paper():
            composer.table(block)
        elif isinstance(block, Chart):
            composer.chart(block)
    return composer


def render(document: Document, device: QPagedPaintDevice) -> int:
    """Paint ``document`` on ``device`` (a QPdfWriter or QPrinter, its page
    layout already set, A4 by default); returns the number of pages."""
    composer = compose(document, device)
    pages = composer.pages
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法在打印机或文件上绘制（它可能不可写）。")
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for op in page.ops:
                op(painter)
            _footer(painter, composer, document, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def _footer(p: QPainter, c: Composition, document: Document, number: int, total: int) -> None:
    p.setFont(font("footer"))
    p.setPen(QColor("#444444"))
    line_y = c.bottom + c.mm(6)
    box = QRectF(c.left, line_y, c.width, c.mm(6))
    p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"第 {number} 页 共 {total} 页")
    if document.footer:
        p.drawText(QRectF(c.left, line_y + c.mm(5), c.width, c.mm(6)),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, document.footer)
    if number > 1:
        p.drawText(QRectF(c.left, c.top - c.mm(9), c.width, c.mm(6)),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, document.title)

