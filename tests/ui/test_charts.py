"""The gap and trend charts: what they plot, their labels, clicks and images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

import pyqtgraph as pg  # noqa: I001 (after PySide6)

from hjdesk.core.gaps import GapRow
from hjdesk.core.model import Indicator
from hjdesk.core.trend import TrendPoint, indicator_trend
from hjdesk.ui.chart_base import _HitBox
from hjdesk.ui.charts import GapChart, TrendChart
from hjdesk.ui.gap_format import status_name


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    qapp.setFont(QFont("WenQuanYi Micro Hei", 10))


def ind(name: str, value: float, role: str = "target", unit: str = "%", comparator: str = "eq",
        high: float | None = None, year: int = 2025, quote: str = "") -> Indicator:
    return Indicator(name, name, "growth_rate", value, high, unit, comparator, role, year, 0, 4,
                     quote or f"{name}{value:g}{unit}")


def gap_row(name: str, status: str, target: Indicator | None, actual: Indicator | None) -> GapRow:
    gap = None if target is None or actual is None else round(actual.value - target.value, 4)
    unit = (target or actual).unit
    return GapRow(name, unit, "growth_rate", target, actual, gap, unit, None, status)


GDP_TARGET = ind("地区生产总值", 6.0, quote="地区生产总值增长6%")
GDP_RESULT = ind("地区生产总值", 5.4, "estimate", quote="地区生产总值增长5.4%")
PROJECTS = "引进三类500强产业项目个数"
ROWS = (
    gap_row("森林覆盖率", "not_reported", ind("森林覆盖率", 58.98, comparator="ge"), None),
    gap_row("地区生产总值", "missed", GDP_TARGET, GDP_RESULT),
    gap_row("化肥农药使用强度", "missed", ind("化肥农药使用强度", -5.0), ind("化肥农药使用强度", -3.8, "estimate")),
    gap_row(PROJECTS, "met", ind(PROJECTS, 1, unit="个", comparator="range", high=2),
            ind(PROJECTS, 1, "actual", unit="个")),
    gap_row("城镇登记失业率", "met", ind("城镇登记失业率", 4.5, comparator="le"), ind("城镇登记失业率", 2.61, "estimate")),
    gap_row("高新技术产业增加值", "no_target", None, ind("高新技术产业增加值", 7.3, "estimate")),
)


def scatter(chart: pg.PlotWidget, name: str) -> pg.ScatterPlotItem:
    (item,) = [i for i in chart.getPlotItem().items if isinstance(i, pg.ScatterPlotItem) and i.name() == name]
    return item


def points(item: pg.ScatterPlotItem) -> list[tuple[float, float]]:
    xs, ys = item.getData()
    return [(round(float(x), 2), float(y)) for x, y in zip(xs, ys)]


def hit_boxes(chart: pg.PlotWidget) -> list[_HitBox]:
    return sorted((i for i in chart.getPlotItem().items if isinstance(i, _HitBox)), key=lambda b: b.rect().y())


def ticks(chart: pg.PlotWidget, side: str) -> list[tuple[float, str]]:
    return list(chart.getPlotItem().getAxis(side)._tickLevels[0])


@pytest.fixture
def gap_chart(qtbot):
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.set_rows(ROWS)
    return chart


def test_results_sit_at_their_share_of_the_target(gap_chart):
    # Missed: 5.4 of 6 is 90%; a 3.8% cut against a 5% one is 76%, left of the target.
    assert points(scatter(gap_chart, status_name("missed"))) == [(90.0, 1.0), (76.0, 2.0)]
    assert points(scatter(gap_chart, status_name("met"))) == [(100.0, 3.0), (58.0, 4.0)]


def test_a_range_target_is_a_band_and_one_sided_targets_point_to_the_side_that_meets_them(gap_chart):
    (band,) = [i for i in gap_chart.getPlotItem().items if isinstance(i, pg.BarGraphItem) and i.zValue() == 0]
    assert (list(band.opts["x0"]), list(band.opts["x1"]), list(band.opts["y"])) == ([100.0], [200.0], [3])
    targets = [i for i in gap_chart.getPlotItem().items if isinstance(i, pg.ScatterPlotItem) and not i.name()]
    spots = {int(spot.pos().y()): spot.symbol() for spot in targets[0].points()}
    assert spots[0] is not spots[1]  # ≥ has an arrow, = has none
    assert spots[4] is not spots[0]  # ≤ points the other way
    assert [y for _, y in points(targets[0])] == [0.0, 1.0, 2.0, 3.0, 4.0]  # no target, no mark


def test_rows_without_a_position_get_a_hollow_marker_at_the_axis_and_their_status(gap_chart):
    low = gap_chart.getPlotItem().viewRange()[0][0]
    for status, row in (("not_reported", 0), ("no_target", 5)):
        ((x, y),) = points(scatter(gap_chart, status_name(status)))
        assert y == row and x < low + 15
    labels = [i.toPlainText() for i in gap_chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    assert labels == [status_name("not_reported"), status_name("no_target")]


def test_names_label_the_rows_and_the_figures_sit_on_the_right(gap_chart):
    assert [name for _, name in ticks(gap_chart, "left")] == [
        "森林覆盖率", "地区生产总值", "化肥农药使用强度", "引进三类500强产业项…", "城镇登记失业率", "高新技术产业增加值"]
    right = dict(ticks(gap_chart, "right"))
    assert right[0] == "— / ≥58.98%" and right[1] == "5.4% / 6%" and right[5] == "7.3% / —"


def test_the_legend_names_the_statuses_present(gap_chart):
    labels = [label.text for _, label in gap_chart.legend.items]
    assert {status_name(s) for s in ("met", "missed", "not_reported", "no_target")} <= set(labels)
    assert status_name("unclear") not in labels


def test_hovering_a_row_shows_figures_and_the_sentences_they_come_from(gap_chart):
    tip = hit_boxes(gap_chart)[1].toolTip()
    assert "地区生产总值" in tip and "6%" in tip and "5.4%" in tip
    assert "地区生产总值增长6%" in tip and "地区生产总值增长5.4%" in tip
    assert status_name("missed") in tip


# QTest warns when the scene leaves a press unaccepted, as pyqtgraph's scene does.
@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")
@pytest.mark.parametrize("x, y", [(76.0, 2.0), (100.0, 0.0), (150.0, 3.0), (30.0, 4.0)],
                         ids=["dot", "target", "band", "row"])
def test_clicking_a_rows_dot_band_or_line_emits_its_index(gap_chart, qtbot, x, y):
    gap_chart.show()
    qtbot.waitExposed(gap_chart)
    scene_pos = gap_chart.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    with qtbot.waitSignal(gap_chart.row_clicked, timeout=1000) as clicked:
        qtbot.mouseClick(gap_chart.viewport(), Qt.MouseButton.LeftButton, pos=gap_chart.mapFromScene(scene_pos))
    assert clicked.args == [int(y)]


def test_no_rows_draw_an_empty_chart(qtbot):
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.set_rows([])
    assert hit_boxes(chart) == [] and ticks(chart, "left") == [] and chart.legend.items == []


def test_many_rows_scroll_instead_of_squeezing(qtbot):
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_rows(ROWS * 10)
    viewbox = chart.getPlotItem().getViewBox()
    top, bottom = viewbox.viewRange()[1]
    assert top == -0.5 and bottom - top < 20 and chart._scroll.isVisible()
    pos = QPointF(chart.mapFromScene(viewbox.mapViewToScene(QPointF(50.0, 3.0))))
    wheel = QWheelEvent(pos, QPointF(chart.viewport().mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.viewport(), wheel)
    assert viewbox.viewRange()[1][0] == pytest.approx(2.5) and chart._scroll.value() == 3  # three rows a notch
    chart._scroll.setValue(chart._scroll.maximum())
    assert viewbox.viewRange()[1][1] == pytest.approx(59.5)


def test_save_image_writes_every_row(gap_chart, tmp_path):
    last = gap_row("最后一行指标", "met", ind("最后一行指标", 1.0), ind("最后一行指标", 1.0))
    gap_chart.set_rows(ROWS * 5 + (last,))
    gap_chart.save_image(str(tmp_path / "gaps.png"))
    gap_chart.save_image(str(tmp_path / "gaps.svg"))
    image = QImage(str(tmp_path / "gaps.png"))
    assert image.width() >= 1200 and image.height() > image.width()
    svg = (tmp_path / "gaps.svg").read_text(encoding="utf-8")
    assert "地区生产总值" in svg and "最后一行指标" in svg  # scrolled out of view, still exported
    with pytest.raises(ValueError):
        gap_chart.save_image(str(tmp_path / "gaps.bmp"))


def test_the_seed_reports_gap_table(qtbot, demo_library):
    from hjdesk.analysis import gaps_for
    from hjdesk.store.db import open_engine, session_scope

    engine = open_engine(demo_library.url)
    with session_scope(engine) as session:
        rows = gaps_for(session, demo_library.old, demo_library.new).table.rows
    engine.dispose()
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.set_rows(rows)
    names = [name for _, name in ticks(chart, "left")]
    assert len(names) == len(rows) and "地区生产总值" in names
    assert all(len(name) <= 12 for name in names)
    for status in {row.status for row in rows}:
        assert len(points(scatter(chart, status_name(status)))) == sum(row.status == status for row in rows)
    gdp = names.index("地区生产总值")
    assert hit_boxes(chart)[gdp].toolTip().count("地区生产总值") >= 2  # title and quotes


TREND = (TrendPoint(2024, None, ind("GDP", 5.2, "estimate", year=2024)),
         TrendPoint(2025, ind("GDP", 6.0, comparator="ge"), ind("GDP", 5.4, "actual")),
         TrendPoint(2026, ind("GDP", 5.5, comparator="approx", year=2026), None))


@pytest.fixture
def trend_chart(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(700, 420)
    chart.set_points("地区生产总值", TREND)
    return chart


def test_trend_title_names_the_indicator_and_unit(trend_chart):
    assert trend_chart.getPlotItem().titleLabel.text == "地区生产总值（%）"


def test_trend_years_are_integer_ticks(trend_chart):
    assert [label for _, label in ticks(trend_chart, "bottom")] == ["2023", "2024", "2025", "2026", "2027"]


def test_trend_results_are_joined_and_estimates_hollow(trend_chart):
    assert points(scatter_named(trend_chart, "Result")) == [(2025.0, 5.4)]
    estimates = scatter_named(trend_chart, "Estimate (preliminary)")
    assert points(estimates) == [(2024.0, 5.2)]
    assert estimates.opts["brush"].color().name() == "#ffffff"
    (line,) = [i for i in trend_chart.getPlotItem().items if isinstance(i, pg.PlotCurveItem)]
    assert [list(a) for a in line.getData()] == [[2024, 2025], [5.2, 5.4]]


def scatter_named(chart: TrendChart, label: str) -> pg.ScatterPlotItem:
    (item,) = [sample.item for sample, text in chart.legend.items if text.text == label]
    return item


def test_trend_targets_are_bands_or_carets(trend_chart):
    (band,) = [i for i in trend_chart.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert list(band.opts["x"]) == [2026] and list(band.opts["y0"]) == [5.0] and list(band.opts["y1"]) == [6.0]
    marks = scatter_named(trend_chart, "Target (caret: at least / at most)")
    assert points(marks) == [(2025.0, 6.0), (2026.0, 5.5)]


def test_trend_hover_shows_values_and_quotes(trend_chart):
    tips = [box.toolTip() for box in hit_boxes_x(trend_chart)]
    assert "GDP6%" in tips[1] and "GDP5.4%" in tips[1] and "2025" in tips[1]


def hit_boxes_x(chart):
    return sorted((i for i in chart.getPlotItem().items if isinstance(i, _HitBox)), key=lambda b: b.rect().x())


def test_empty_trend_and_images(qtbot, trend_chart, tmp_path):
    trend_chart.save_image(str(tmp_path / "trend.png"))
    trend_chart.save_image(str(tmp_path / "trend.svg"))
    assert QImage(str(tmp_path / "trend.png")).width() >= 1200
    assert "地区生产总值" in (tmp_path / "trend.svg").read_text(encoding="utf-8")
    trend_chart.set_points("", ())
    assert hit_boxes_x(trend_chart) == [] and trend_chart.legend.items == []


def test_trend_of_the_seed_reports(qtbot, demo_library):
    from hjdesk.analysis import indicators_for
    from hjdesk.store.db import open_engine, session_scope

    engine = open_engine(demo_library.url)
    with session_scope(engine) as session:
        reports = [(2025, indicators_for(session, demo_library.old)),
                   (2026, indicators_for(session, demo_library.new))]
    engine.dispose()
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_points("城镇登记失业率", indicator_trend(reports, "城镇登记失业率"))
    assert points(scatter_named(chart, "Estimate (preliminary)")) == [(2024.0, 2.54), (2025.0, 2.61)]
    assert points(scatter_named(chart, "Target (caret: at least / at most)")) == [(2025.0, 4.5), (2026.0, 4.5)]
