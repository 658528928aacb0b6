"""The gap chart: every target of a gap table on one scale, the result as
a share of its target, because the rows have different units (%, 亿元, 个)."""

from __future__ import annotations

import html
import math
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QScrollBar
import pyqtgraph as pg  # after PySide6, so pyqtgraph binds to it

from hjdesk.core.gap_scale import Place, place, x_window
from hjdesk.core.gaps import GapRow, GapRules
from hjdesk.ui.gap_format import difference_text, number, status_name
from hjdesk.ui.palette import STATUS_COLORS

from .chart_base import (
    BAND_FILL,
    GAP_SYMBOLS,
    MUTED,
    NAME_CHARS,
    STRIPE,
    TARGET_INK,
    WHITE,
    _Chart,
    _HitBox,
    _PercentAxis,
    _RowsViewBox,
    indicator_tip,
    plain_target,
)


class GapChart(_Chart):
    """Targets against results for every row of a gap table, on one scale.

    Each row is a line: x is the result as a percentage of its target (100 is
    the target; right is more growth, or a deeper cut when the target is a
    cut), the target a band (range, 左右) or a bar with an arrow towards the
    side that meets it (≥, ≤), the result a dot coloured by status. A row with
    no position (not reported, unclear, no target) gets a hollow marker and
    its status at the left. ``row_clicked`` gives the index in the rows given."""

    row_clicked = Signal(int)

    def __init__(self, parent=None, rules: GapRules = GapRules()) -> None:
        super().__init__(parent, viewBox=_RowsViewBox(), axisItems={"bottom": _PercentAxis("bottom")})
        self._rules = rules
        self._rows: tuple[GapRow, ...] = ()
        plot = self.getPlotItem()
        plot.showAxis("right")
        plot.setLabel("bottom", self.tr("Result as a percentage of the target (dashed line: target met exactly)"))
        plot.getAxis("bottom").label.setFont(self.chart_font)
        for column, text in ((0, self.tr("Indicator")), (2, self.tr("Result / target"))):
            header = pg.LabelItem(html.escape(text), color=MUTED, size="9pt", justify="left" if column else "right")
            plot.layout.addItem(header, 1, column)
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.hide()
        plot.layout.setContentsMargins(0, 0, self._scroll.sizeHint().width() + 2, 0)
        self._scroll.valueChanged.connect(self._on_scroll_value_changed)
        plot.getViewBox().sigYRangeChanged.connect(self._on_view_y_range_changed)
        plot.getViewBox().sigResized.connect(self._place_scroll_bar)
        self.set_rows(())

    def set_rows(self, rows: Sequence[GapRow]) -> None:
        """Show ``rows`` (a gap table's rows, top down in the order given)."""
        self._rows = tuple(rows)
        self._reset()
        plot = self.getPlotItem()
        places = [place(row, self._rules) for row in self._rows]
        low, high = x_window(places)
        plot.setXRange(low, high, padding=0)
        odd = list(range(1, len(self._rows), 2))
        if odd:
            stripes = pg.BarGraphItem(x0=[low] * len(odd), x1=[high] * len(odd), y=odd, height=1.0, brush=STRIPE,
                                      pen=pg.mkPen(None))
            stripes.setZValue(-10)
            plot.addItem(stripes, ignoreBounds=True)
        plot.addItem(pg.InfiniteLine(100, angle=90, pen=pg.mkPen(MUTED, style=Qt.PenStyle.DashLine)))
        self._add_targets(places)
        self._add_results(places, low, high)
        for index, row in enumerate(self._rows):
            box = _HitBox(QRectF(low, index - 0.5, high - low, 1.0), self._tip(row),
                          lambda index=index: self.row_clicked.emit(index))
            box.setZValue(-5)
            plot.addItem(box, ignoreBounds=True)
        self._set_ticks()
        self.legend.setColumnCount(min(max(len(self.legend.items), 1), 4))
        plot.getViewBox().rows = len(self._rows)
        plot.getViewBox().fit_rows(top=-0.5)

    def save_image(self, path: str) -> None:
        """Write every row, not only those scrolled into view: an off-screen
        copy of the chart, tall enough for all of them, is exported."""
        copy = GapChart(rules=self._rules)
        copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        copy.set_rows(self._rows)
        copy.resize(max(self.width(), 900), 26 * max(len(self._rows), 4) + 150)
        copy.show()
        copy.getPlotItem().layout.activate()
        try:
            _Chart.save_image(copy, path)
        finally:
            copy.close()
            copy.deleteLater()

    def _add_targets(self, places: list[Place]) -> None:
        plot = self.getPlotItem()
        bands = [(index, place.band) for index, place in enumerate(places) if place.band]
        if bands:
            band_item = pg.BarGraphItem(x0=[b[0] for _, b in bands], x1=[b[1] for _, b in bands],
                                        y=[index for index, _ in bands], height=0.46, brush=BAND_FILL,
                                        pen=pg.mkPen(TARGET_INK))
            plot.addItem(band_item)
            self.legend.addItem(band_item, self.tr("Target range"))
        marks = [(index, place.mark) for index, place in enumerate(places) if place.mark]
        if marks:
            targets = pg.ScatterPlotItem(x=[100.0] * len(marks), y=[i for i, _ in marks], data=[i for i, _ in marks],
                                         symbol=[GAP_SYMBOLS[mark] for _, mark in marks], size=16,
                                         pen=pg.mkPen(TARGET_INK), brush=TARGET_INK)
            targets.opts["symbol"] = GAP_SYMBOLS["eq"]  # the legend's sample
            targets.sigClicked.connect(self._on_spot_clicked)
            plot.addItem(targets)
            self.legend.addItem(targets, self.tr("Target (arrow: at least / at most)"))

    def _add_results(self, places: list[Place], low: float, high: float) -> None:
        """One scatter per status, so the legend can name them."""
        step = (high - low) * 0.012
        for status in ("met", "missed", "unclear", "not_reported", "no_target"):
            indices = [i for i, row in enumerate(self._rows) if row.status == status]
            if not indices:
                continue
            color = STATUS_COLORS[status][0]
            xs = [places[i].result for i in indices]
            for index, x in zip(indices, xs):
                if x is None:
                    self._text(_unplaced_text(self._rows[index]), color, low + 2 * step, index)
                elif not low + step <= x <= high - step:  # off the scale: an arrow at the edge, and the figure
                    self._text(f"{number(round(x))}%", color, low + 2.5 * step if x < low else high - 2.5 * step,
                               index, anchor=(0 if x < low else 1, 0.5))
            symbols = ["o" if x is None or low + step <= x <= high - step else "t3" if x < low else "t2" for x in xs]
            dots = pg.ScatterPlotItem(x=[low + step if x is None else min(max(x, low + step), high - step) for x in xs],
                                      y=indices, data=indices, symbol=symbols, size=11, name=status_name(status),
                                      pen=pg.mkPen(color, width=1.6), brush=[WHITE if x is None else color for x in xs])
            dots.opts["brush"] = pg.mkBrush(WHITE if set(xs) == {None} else color)  # the legend's sample
            dots.setZValue(10)
            dots.sigClicked.connect(self._on_spot_clicked)
            self.getPlotItem().addItem(dots)
            self.legend.addItem(dots, status_name(status))

    def _on_spot_clicked(self, _item, spots, _event) -> None:
        # Without a hover first (a touch, a test), a dot takes the click before its row does.
        self.row_clicked.emit(int(spots[0].data()))

    def _set_ticks(self) -> None:
        """Names on the left, figures on the right; both axes sized to their
        widest label once, so scrolling does not make them jump."""
        plot = self.getPlotItem()
        names = [(index, _short(row.indicator)) for index, row in enumerate(self._rows)]
        figures = [(index, _figures(row)) for index, row in enumerate(self._rows)]
        metrics = QFontMetrics(self.chart_font)
        for side, ticks in (("left", names), ("right", figures)):
            plot.getAxis(side).setTicks([ticks])
            plot.getAxis(side).setWidth(max((metrics.horizontalAdvance(t) for _, t in ticks), default=40) + 16)

    def _tip(self, row: GapRow) -> str:
        extra = [self.tr("Status: %1").replace("%1", status_name(row.status))]
        if row.gap is not None:
            extra.append(self.tr("Gap: %1").replace("%1", difference_text(row.gap, row.gap_unit, row.gap_percent)))
        return indicator_tip(row.indicator, row.unit, row.target, row.actual, extra)

    def _place_scroll_bar(self) -> None:
        """Beside the rows, at the right edge of the widget."""
        area = self.mapFromScene(self.getPlotItem().getViewBox().sceneBoundingRect()).boundingRect()
        extent = self._scroll.sizeHint().width()
        self._scroll.setGeometry(self.width() - extent, area.top(), extent, area.height())

    def _on_view_y_range_changed(self, _viewbox, y_range) -> None:
        top, bottom = y_range
        rows, span = self.getPlotItem().getViewBox().rows, bottom - top
        self._scroll.blockSignals(True)
        self._scroll.setRange(0, max(0, math.ceil(rows - span - 1e-6)))
        self._scroll.setPageStep(max(1, int(span)))
        self._scroll.setValue(round(top + 0.5))
        self._scroll.blockSignals(False)
        self._scroll.setVisible(rows > span + 1e-6)

    def _on_scroll_value_changed(self, value: int) -> None:
        viewbox = self.getPlotItem().getViewBox()
        top, bottom = viewbox.viewRange()[1]
        viewbox.setYRange(value - 0.5, value - 0.5 + bottom - top, padding=0)


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…"



def _figures(row: GapRow) -> str:
    result = number(row.actual.value) + row.actual.unit if row.actual is not None else "—"
    return f"{result} / {plain_target(row.target) if row.target is not None else '—'}"


def _unplaced_text(row: GapRow) -> str:
    if row.actual is None or row.target is None:
        return status_name(row.status)
    return QCoreApplication.translate("GapChart", "%1 (target is 0: no scale)").replace("%1", status_name(row.status))
