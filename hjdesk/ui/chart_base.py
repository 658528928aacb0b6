"""What the charts share: pyqtgraph set up on PySide6, the target markers,
the tooltip text, hover boxes, the SVG export, and the chart base class.

Each row or year of a chart carries an invisible hit box that holds its
tooltip and takes its clicks: a dot a few pixels wide is hard to hover, a row is not."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsRectItem
import pyqtgraph as pg  # after PySide6, so pyqtgraph binds to it
from pyqtgraph.exporters import Exporter, ImageExporter

from hjdesk.core.gap_scale import target_span  # noqa: F401  (charts.py and the trend chart take it from here)
from hjdesk.core.model import Indicator
from hjdesk.ui.gap_format import number, result_text, target_text

ROW_PITCH = (22, 34)  # pixels a gap row gets: fewer and the rows scroll, more and they stop growing
NAME_CHARS = 12  # longer names are cut on the axis; the tooltip has them whole
INK, MUTED, STRIPE = QColor("#333333"), QColor("#8a8f98"), QColor("#f4f5f7")
TARGET_INK, BAND_FILL = QColor("#44546a"), QColor(68, 84, 106, 55)
RESULT_INK, WHITE = QColor("#1f5fa8"), QColor("white")
HOVER_FILL = QBrush(QColor(31, 95, 168, 28))


def _marker(bar: QRectF, *arrow: tuple[float, float]) -> QPainterPath:
    """A target bar, with an arrowhead towards the side that meets it.
    Scatter symbols are unit-sized and drawn in pixels, y pointing down."""
    path = QPainterPath()
    path.addRect(bar)
    if arrow:
        head = QPainterPath()
        head.addPolygon(QPolygonF([QPointF(x, y) for x, y in arrow]))
        path = path.united(head)
    return path


_UPRIGHT, _FLAT = QRectF(-0.05, -0.5, 0.1, 1.0), QRectF(-0.5, -0.05, 1.0, 0.1)
GAP_SYMBOLS = {"ge": _marker(_UPRIGHT, (0.05, -0.3), (0.5, 0), (0.05, 0.3)),
               "le": _marker(_UPRIGHT, (-0.05, -0.3), (-0.5, 0), (-0.05, 0.3)),
               "eq": _marker(_UPRIGHT)}
TREND_SYMBOLS = {"ge": _marker(_FLAT, (-0.3, -0.05), (0, -0.5), (0.3, -0.05)),
                 "le": _marker(_FLAT, (-0.3, 0.05), (0, 0.5), (0.3, 0.05)),
                 "eq": _marker(_FLAT)}


def indicator_tip(title: str, unit: str, target: Indicator | None, result: Indicator | None,
                  extra: Sequence[str] = ()) -> str:
    """Rich-text tooltip: the figures first, then the sentences they come from."""
    lines = [f"<b>{html.escape(title)}</b>" + (f"（{html.escape(unit)}）" if unit else "")]
    if target is not None:
        lines.append(QCoreApplication.translate("ChartTip", "Target: %1").replace("%1", target_text(target)))
    if result is not None:
        lines.append(QCoreApplication.translate("ChartTip", "Result: %1").replace("%1", result_text(result)))
    lines.extend(extra)
    lines = [lines[0]] + [html.escape(line) for line in lines[1:]]
    sources = ((QCoreApplication.translate("ChartTip", "Target source:"), target),
               (QCoreApplication.translate("ChartTip", "Result source:"), result))
    for label, source in sources:
        if source is not None and source.quote:
            quote = source.quote if len(source.quote) <= 160 else source.quote[:159] + "…"
            lines.append(f"<span style='color:#555'>{html.escape(label)} “{html.escape(quote)}”</span>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


class _HitBox(QGraphicsRectItem):
    """An invisible rectangle, in view coordinates, over one row or year: it
    carries the tooltip, tints on hover and reports left clicks."""

    def __init__(self, rect: QRectF, tip: str, on_click: Callable[[], None] | None = None) -> None:
        super().__init__(rect)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setToolTip(tip)
        self._on_click = on_click

    def hoverEvent(self, event) -> None:  # pyqtgraph's hover protocol, not Qt's
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush) if event.isExit() else HOVER_FILL)
        if not event.isExit() and self._on_click is not None:
            event.acceptClicks(Qt.MouseButton.LeftButton)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_click is not None:
            event.accept()
            self._on_click()


class _PercentAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):
        return [f"{number(v)}%" for v in values]


class _RowsViewBox(pg.ViewBox):
    """Keeps rows at a readable pitch: when they do not all fit, they scroll
    (wheel, drag, scroll bar) rather than squeeze their labels together."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.rows = 0
        self.setMouseEnabled(x=False, y=True)
        self.invertY(True)
        self.sigResized.connect(lambda: self.fit_rows())

    def fit_rows(self, top: float | None = None) -> None:
        height = max(self.height(), 1.0)
        span = max(min(self.rows, height / ROW_PITCH[0]), height / ROW_PITCH[1], 1.0)
        top = self.viewRange()[1][0] if top is None else top
        top = max(-0.5, min(top, self.rows - 0.5 - span))
        self.setLimits(yMin=-0.5, yMax=max(self.rows, span) - 0.5)
        self.setYRange(top, top + span, padding=0)

    def wheelEvent(self, event, axis=None) -> None:
        self.translateBy(y=-event.delta() / 40)  # three rows a notch
        event.accept()


class _SvgExporter(Exporter):
    """pyqtgraph's SVGExporter cannot read the closed paths ("… Z") that
    Qt 6.10+ writes (pyqtgraph#3495); Qt's own SVG generator, with the items
    in pyqtgraph's export mode, draws the same picture as vectors and text."""

    def export(self, fileName=None, toBytes=False, copy=False):
        source = self.getSourceRect()
        target = QRectF(QPointF(0, 0), source.size())
        generator = QSvgGenerator()
        # At the screen's resolution, or text in points comes out at 72 dpi, smaller than on screen.
        generator.setResolution(self.getScene().views()[0].logicalDpiX())
        generator.setFileName(fileName)
        generator.setSize(source.size().toSize())
        generator.setViewBox(target)
        painter = QPainter(generator)
        try:
            self.setExportMode(True, {"antialias": True, "background": WHITE, "painter": painter})
            painter.fillRect(target, WHITE)
            self.render(painter, target, source)
        finally:
            self.setExportMode(False)
            painter.end()


class _Chart(pg.PlotWidget):
    """What both charts share: a white, menu-less plot with a legend below it."""

    def __init__(self, parent=None, **kwargs) -> None:
        super().__init__(parent, background="w", **kwargs)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.chart_font = QFont(self.font())
        self.chart_font.setPointSizeF(9.5)
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(INK))
            axis.setStyle(tickFont=self.chart_font, tickLength=0, tickTextOffset=8)
        self.legend = pg.LegendItem(labelTextColor=INK, labelTextSize="9pt", horSpacing=18)
        plot.layout.addItem(self.legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)

    def _reset(self) -> None:
        self.getPlotItem().clear()
        self.legend.clear()

    def _text(self, text: str, color: QColor, x: float, y: float, anchor=(0, 0.5)) -> None:
        item = pg.TextItem(text, color=color, anchor=anchor)
        item.setFont(self.chart_font)
        item.setPos(x, y)
        self.getPlotItem().addItem(item, ignoreBounds=True)

    def save_image(self, path: str) -> None:
        """Write the chart to ``path``: PNG (at least 1200 px wide) or SVG, by suffix."""
        suffix = Path(path).suffix.lower()
        if suffix == ".svg":
            _SvgExporter(self.getPlotItem()).export(path)
        elif suffix == ".png":
            exporter = ImageExporter(self.getPlotItem())
            # Twice the size on screen, never under 1200 px: sharp in a printed report.
            exporter.parameters()["width"] = max(1200, 2 * self.width())
            exporter.export(path)
        else:
            raise ValueError(f"unsupported image type: {path}")

def plain_target(target: Indicator) -> str:
    """A target's words without 力争, which the tooltip gives: labels stay short."""
    return target_text(replace(target, stretch=False))
