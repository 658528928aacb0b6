"""The charts of the gap and trend views: pyqtgraph plots fed plain data
(:mod:`.gap_chart`, :mod:`.trend_chart`). Importing this module imports
pyqtgraph, which is slow: the window does it when a chart is first shown."""

from .chart_base import indicator_tip, target_span
from .gap_chart import GapChart
from .trend_chart import TrendChart

__all__ = ["GapChart", "TrendChart", "indicator_tip", "target_span"]
