"""The trend chart: one indicator across years, in its own unit: targets
as bands or one-sided markers, results as points joined by a line."""

from __future__ import annotations

import html
import math
from typing import Sequence

from PySide6.QtCore import QRectF
import pyqtgraph as pg  # after PySide6, so pyqtgraph binds to it

from hjdesk.core.gaps import GapRules
from hjdesk.core.model import Indicator
from hjdesk.core.trend import TrendPoint
from hjdesk.ui.gap_format import number

from .chart_base import (
    BAND_FILL,
    INK,
    MUTED,
    RESULT_INK,
    TARGET_INK,
    TREND_SYMBOLS,
    WHITE,
    _Chart,
    _HitBox,
    indicator_tip,
    plain_target,
    target_span,
)


class TrendChart(_Chart):
    """One indicator across years, in its own unit.

    Targets are a band (range, 左右) or a bar with a caret towards the side
    that meets it (≥ up, ≤ down, flipped for a cut); results are dots joined
    year to year, hollow where the figure was only an estimate (预计)."""

    def __init__(self, parent=None, rules: GapRules = GapRules()) -> None:
        super().__init__(parent)
        self._rules = rules
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(y=True, alpha=0.12)
        self.set_points("", ())

    def set_points(self, name: str, points: Sequence[TrendPoint]) -> None:
        """Show ``points`` (one indicator's trend) under the title ``name``."""
        self._reset()
        plot = self.getPlotItem()
        points = tuple(sorted(points, key=lambda point: point.year))
        unit = next((i.unit for p in points for i in (p.target, p.result) if i is not None), "")
        plot.setTitle(html.escape(f"{name}（{unit}）" if unit else name), color=INK, size="11pt")
        if not points:
            plot.getAxis("bottom").setTicks([[]])
            return
        first, last = points[0].year, points[-1].year
        slack = max(0.6, (4 - (last - first)) / 2)  # four years at least: a lone year is no slab
        low, high = self._y_window(points)
        plot.setXRange(first - slack, last + slack, padding=0)
        plot.setYRange(low, high, padding=0)
        years = range(math.ceil(first - slack), math.floor(last + slack) + 1)
        plot.getAxis("bottom").setTicks([[(year, str(year)) for year in years]])
        self._add_targets(points)
        self._add_results(points)
        for point in points:
            year = self.tr("Year %1").replace("%1", str(point.year))
            tip = indicator_tip(name, unit, point.target, point.result, [year])
            plot.addItem(_HitBox(QRectF(point.year - 0.5, low, 1.0, high - low), tip), ignoreBounds=True)
        self.legend.setColumnCount(max(len(self.legend.items), 1))

    def _y_window(self, points: Sequence[TrendPoint]) -> tuple[float, float]:
        values = [v for p in points if p.target is not None
                  for v in target_span(p.target, self._rules) or (p.target.value,)]
        values += [p.result.value for p in points if p.result is not None]
        low, high = min(values), max(values)
        pad = (high - low) * 0.18 or abs(high) * 0.1 or 1.0
        return low - pad, high + pad

    def _add_targets(self, points: Sequence[TrendPoint]) -> None:
        plot = self.getPlotItem()
        targets = [p for p in points if p.target is not None]
        spans = [(p.year, span) for p in targets if (span := target_span(p.target, self._rules))]
        if spans:
            bands = pg.BarGraphItem(x=[year for year, _ in spans], width=0.24, y0=[s[0] for _, s in spans],
                                    y1=[s[1] for _, s in spans], brush=BAND_FILL, pen=pg.mkPen(TARGET_INK))
            plot.addItem(bands)
            self.legend.addItem(bands, self.tr("Target range"))
        marked = [p for p in targets if p.target.comparator != "range"]
        if marked:
            marks = pg.ScatterPlotItem(x=[p.year for p in marked], y=[p.target.value for p in marked],
                                       symbol=[TREND_SYMBOLS[_caret(p.target)] for p in marked], size=26,
                                       pen=pg.mkPen(TARGET_INK), brush=TARGET_INK)
            marks.opts["symbol"] = TREND_SYMBOLS["eq"]  # the legend's sample
            plot.addItem(marks)
            self.legend.addItem(marks, self.tr("Target (caret: at least / at most)"))
        for point in targets:
            self._text(plain_target(point.target), MUTED, point.year - 0.16, point.target.value, anchor=(1, 0.5))

    def _add_results(self, points: Sequence[TrendPoint]) -> None:
        plot = self.getPlotItem()
        results = [p for p in points if p.result is not None]
        for start, end in zip(results, results[1:]):
            if end.year == start.year + 1:  # a year with no result breaks the line
                plot.addItem(pg.PlotCurveItem([start.year, end.year], [start.result.value, end.result.value],
                                              pen=pg.mkPen(RESULT_INK, width=2)))
        for estimate, label in ((False, self.tr("Result")), (True, self.tr("Estimate (preliminary)"))):
            chosen = [p for p in results if (p.result.role == "estimate") == estimate]
            if not chosen:
                continue
            dots = pg.ScatterPlotItem(x=[p.year for p in chosen], y=[p.result.value for p in chosen], symbol="o",
                                      size=11, pen=pg.mkPen(RESULT_INK, width=2),
                                      brush=WHITE if estimate else RESULT_INK)
            dots.setZValue(10)
            plot.addItem(dots)
            self.legend.addItem(dots, label)
            for point in chosen:
                self._text(number(point.result.value), RESULT_INK, point.year, point.result.value, anchor=(0.5, 1.25))


def _caret(target: Indicator) -> str:
    """Which way a target's caret points. 下降3%以上 (value -3, "ge") asks for
    -3 or lower, as the gap engine judges it, so its caret points down."""
    if target.comparator not in ("ge", "le"):
        return "eq"
    return target.comparator if target.value >= 0 else {"ge": "le", "le": "ge"}[target.comparator]
