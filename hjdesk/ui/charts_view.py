"""The charts tab (图表): targets against results for the open gap table,
and one indicator's targets and results across every year in the library.
pyqtgraph is imported here, when the tab is first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from hjdesk.core.trend import indicator_trend, trend_names

from .charts import GapChart, TrendChart


class ChartsView(QWidget):
    """``set_data`` takes the window's :class:`~hjdesk.ui.loaders.GapData`;
    ``row_clicked`` gives the gap-table row of a clicked bar."""

    row_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: tuple = ()
        self.gap_chart = GapChart(self)
        self.trend_chart = TrendChart(self)
        self.gap_chart.setAccessibleName(self.tr("Targets against results"))
        self.trend_chart.setAccessibleName(self.tr("Trend of one indicator"))
        self.indicator_box = QComboBox(self)
        self.indicator_box.setMinimumContentsLength(16)
        self.indicator_box.setAccessibleName(self.tr("Indicator"))
        save_gap = QPushButton(self.tr("Save chart…"), self)
        save_trend = QPushButton(self.tr("Save chart…"), self)
        save_gap.clicked.connect(lambda: self.save(self.gap_chart))
        save_trend.clicked.connect(lambda: self.save(self.trend_chart))
        top_bar = QHBoxLayout()
        top_bar.addWidget(QLabel(self.tr("Last year's targets against the results reported"), self))
        top_bar.addStretch(1)
        top_bar.addWidget(save_gap)
        trend_bar = QHBoxLayout()
        trend_bar.addWidget(QLabel(self.tr("Indicator across the years:"), self))
        trend_bar.addWidget(self.indicator_box, 1)
        trend_bar.addWidget(save_trend)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for bar, chart in ((top_bar, self.gap_chart), (trend_bar, self.trend_chart)):
            holder = QWidget(splitter)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(4, 4, 4, 4)
            layout.addLayout(bar)
            layout.addWidget(chart, 1)
            splitter.addWidget(holder)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.gap_chart.row_clicked.connect(self.row_clicked)
        self.indicator_box.currentTextChanged.connect(self._on_indicator)

    def set_data(self, data) -> None:
        """Draw the gap table's rows and offer the indicators with a history."""
        self.gap_chart.set_rows(data.analysis.table.rows)
        self._history = data.history
        names = trend_names(self._history)
        self.indicator_box.blockSignals(True)
        self.indicator_box.clear()
        self.indicator_box.addItems(names)
        self.indicator_box.blockSignals(False)
        if names:
            self._on_indicator(names[0])

    def _on_indicator(self, name: str) -> None:
        if name:
            self.trend_chart.set_points(name, indicator_trend(self._history, name))

    def save(self, chart) -> None:
        """Ask where to save ``chart`` (PNG or SVG by the name's suffix) and save it."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "",
                                              self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path:
            chart.save_image(path)
