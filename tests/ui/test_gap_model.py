"""The gap table's Qt models: what each cell says, how rows sort and filter."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from hjdesk.analysis import ambition_for, gaps_for, targets_against_targets
from hjdesk.core.gaps import STATUSES, GapRow
from hjdesk.core.model import Indicator, ParsedReport, ReportMeta, Section
from hjdesk.ui.gap_format import (difference_text, is_main, main_keys, result_text, sentence_span, status_icon,
                                  target_text)
from hjdesk.ui.gap_model import (Col, GapFilterProxy, GapTableModel, MainRole, ObjRole, PairCol, PairTableModel,
                                 SortRole)

DISPLAY, TOOLTIP, FONT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole
MAIN_TARGETS = {"地区生产总值", "一般公共预算收入", "非税收入占比", "规模以上工业增加值", "制造业增加值",
                "固定资产投资", "社会消费品零售总额", "城镇居民人均可支配收入", "农村居民人均可支配收入"}


def indicator(value=6.0, unit="%", comparator="eq", role="target", value_high=None, stretch=False,
              name="地区生产总值", start=0, quote="地区生产总值增长6%") -> Indicator:
    return Indicator(name=name, canonical=name, measure="growth_rate", value=value, value_high=value_high, unit=unit,
                     comparator=comparator, role=role, year=2025, char_start=start, char_end=start + len(quote),
                     quote=quote, stretch=stretch)


@pytest.fixture
def analysis(library, demo_library):
    return library.call(gaps_for, demo_library.old, demo_library.new)


@pytest.fixture
def gap_model(qapp, analysis):
    model = GapTableModel()
    old, new = analysis.old.parsed, analysis.new.parsed
    model.set_rows(analysis.table.rows, main_keys(old, [r.target for r in analysis.table.rows if r.target]),
                   texts=(old.text, new.text))
    return model


def cell(model, row: int, column: int, role=DISPLAY):
    return model.index(row, column).data(role)


def row_of(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if cell(model, r, 0, ObjRole).indicator == name)


# formatting -----------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "text"), [
    ({}, "6%"),
    ({"comparator": "ge"}, "≥6%"),
    ({"comparator": "le", "value": 4.5}, "≤4.5%"),
    ({"comparator": "approx"}, "about 6%"),
    ({"comparator": "range", "value": 4.5, "value_high": 5.0}, "4.5% to 5%"),
    ({"comparator": "range", "value": 1.0, "value_high": 2.0, "unit": "个"}, "1 to 2个"),
    ({"comparator": "ge", "stretch": True, "value": 160.0, "unit": "万美元"}, "≥160万美元 (stretch)"),
    ({"comparator": "ge", "value": -3.0}, "down ≥3%"),  # 下降3%以上: a cut of at least 3%
    ({"comparator": "approx", "value": -2.5}, "down about 2.5%"),
])
def test_target_text_shows_the_qualifier(qapp, kwargs, text):
    assert target_text(indicator(**kwargs)) == text


def test_result_text_flags_estimates(qapp):
    assert result_text(indicator(5.2, role="estimate")) == "5.2% (estimate)"
    assert result_text(indicator(1062.0, unit="人", role="actual")) == "1062人"
    assert result_text(indicator(-5.1, role="actual")) == "down 5.1%"


def test_difference_text_uses_points_for_rates_and_units_otherwise(qapp):
    assert difference_text(-0.6, "个百分点") == "-0.6 pp"
    assert difference_text(0.3, "%") == "+0.3 pp"
    assert difference_text(-0.7, "亿元", -11.48) == "-0.7亿元 (-11.5%)"
    assert difference_text(0.0, "个", 0.0) == "0个 (0%)"


def test_sentence_span_stops_at_sentence_marks_and_line_breaks():
    text = "上一句。今年目标是:地区生产总值增长6%;财政收入增长6%。\n下一段"
    start = text.index("地区")
    assert text[slice(*sentence_span(text, start, start + 10))] == "今年目标是:地区生产总值增长6%;"
    start = text.index("财政")
    assert text[slice(*sentence_span(text, start, start + 4))] == "财政收入增长6%。"
    assert text[slice(*sentence_span(text, len(text) - 2, len(text)))] == "下一段"


def test_main_keys_are_the_targets_inside_the_main_targets_passage():
    targets = [indicator(start=5), indicator(start=50, name="粮食产量")]
    report = ParsedReport("x" * 100, (), (Section(1, None, 1, "part", "plan", "", 0, 100),
                                         Section(2, 1, 2, "targets", "plan", "主要预期目标", 0, 30)), ReportMeta())
    assert main_keys(report, targets) == {targets[0].key}


def test_a_tier_given_by_the_engine_wins_over_the_passage():
    target = indicator()
    assert is_main(target, frozenset({target.key}))
    assert not is_main(target, frozenset({target.key}), SimpleNamespace(tier="other"))
    assert is_main(target, frozenset(), SimpleNamespace(tier="main"))


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_a_drawn_icon(qapp, status):
    assert not status_icon(status).pixmap(16, 16).isNull()


# the gap table model ------------------------------------------------------------


def test_gap_model_passes_the_model_tester(qtmodeltester, gap_model):
    qtmodeltester.check(gap_model)


def test_empty_models_pass_the_model_tester(qtmodeltester, qapp):
    qtmodeltester.check(GapTableModel())
    qtmodeltester.check(PairTableModel("ambition"))


def test_gap_model_cells(gap_model):
    row = row_of(gap_model, "地区生产总值")
    assert [cell(gap_model, row, c) for c in Col] == [
        "地区生产总值", "6%", "5.4% (estimate)", "-0.6 pp", "Missed", "地区生产总值增长6%", "地区生产总值增长5.4%"]
    assert cell(gap_model, row, Col.STATUS, Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2c8"
    assert not cell(gap_model, row, Col.STATUS, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(gap_model, row, Col.INDICATOR, MainRole) is True
    assert cell(gap_model, row, Col.INDICATOR, FONT).bold()


def test_source_tooltips_give_the_whole_sentence(gap_model):
    row = row_of(gap_model, "地区生产总值")
    tip = cell(gap_model, row, Col.OLD_SOURCE, TOOLTIP)
    assert "主要预期目标是:<b>地区生产总值增长6%</b>;" in tip
    assert "规模以上工业增加值增长8.6%" in cell(gap_model, row, Col.NEW_SOURCE, TOOLTIP)


def test_a_persons_corrections_are_marked(qapp, analysis):
    rows = list(analysis.table.rows)
    first = rows[0]
    rows[0] = replace(first, status="met", decided=True, note="见统计公报",
                      target=replace(first.target, value=31.0, corrected=True, note="原文有误"))
    model = GapTableModel()
    model.set_rows(rows)
    assert cell(model, 0, Col.STATUS) == "Met ✎"
    assert cell(model, 0, Col.STATUS, FONT).italic()
    assert "见统计公报" in cell(model, 0, Col.STATUS, TOOLTIP)
    assert cell(model, 0, Col.TARGET) == "≤31% ✎"
    assert "原文有误" in cell(model, 0, Col.TARGET, TOOLTIP)
    assert cell(model, 0, Col.RESULT) == "—"
    assert cell(model, 0, Col.RESULT, FONT) is None


def test_status_sorts_in_the_engines_order_of_importance(gap_model):
    """Main targets first, then by status within each tier: not reported first."""
    from hjdesk.core.tiers import TIERS

    proxy = GapFilterProxy()
    proxy.setSourceModel(gap_model)
    proxy.sort(Col.STATUS)
    rows = [proxy.index(r, 0).data(ObjRole) for r in range(proxy.rowCount())]
    assert (rows[0].tier, rows[0].status) == ("main", "not_reported")
    order = [(TIERS.index(r.tier), STATUSES.index(r.status)) for r in rows]
    assert order == sorted(order)


def test_blank_values_sort_last(gap_model):
    proxy = GapFilterProxy()
    proxy.setSourceModel(gap_model)
    proxy.sort(Col.RESULT)
    values = [proxy.index(r, Col.RESULT).data(SortRole) for r in range(proxy.rowCount())]
    known = [v for v in values if v is not None]
    assert values[:len(known)] == sorted(known) and values[len(known):] == [None] * (len(values) - len(known))


# filtering ------------------------------------------------------------------------


@pytest.fixture
def proxy(qtmodeltester, gap_model):
    proxy = GapFilterProxy()
    proxy.setSourceModel(gap_model)
    qtmodeltester.check(proxy)
    return proxy


def shown(proxy) -> list[GapRow]:
    return [proxy.index(r, 0).data(ObjRole) for r in range(proxy.rowCount())]


def test_filter_by_status(proxy, analysis):
    proxy.set_statuses({"missed", "unclear"})
    assert {row.status for row in shown(proxy)} == {"missed", "unclear"}
    assert len(shown(proxy)) == sum(1 for r in analysis.table.rows if r.status in ("missed", "unclear"))
    proxy.set_statuses(set())
    assert shown(proxy) == []


def test_filter_by_words_matches_names_and_quotes(proxy):
    proxy.set_text("地区生产总值")
    assert [row.indicator for row in shown(proxy)] == ["地区生产总值"]
    proxy.set_text("四类项目")  # only in the new report's wording of the result
    assert [row.actual.quote for row in shown(proxy)] == ["争取国家“四类项目”资金8.1亿元,增长7.6%"]
    proxy.set_text("")
    assert len(shown(proxy)) == proxy.sourceModel().rowCount()


def test_filter_to_main_targets(proxy):
    proxy.set_main_only(True)
    assert {row.indicator for row in shown(proxy)} == MAIN_TARGETS
    proxy.set_statuses({"met"})
    assert {row.indicator for row in shown(proxy)} == {"一般公共预算收入", "规模以上工业增加值", "制造业增加值",
                                                        "农村居民人均可支配收入"}


# the two side tables ----------------------------------------------------------------


@pytest.mark.parametrize(("service", "kind"), [(ambition_for, "ambition"), (targets_against_targets, "targets")])
def test_pair_model_passes_the_model_tester(qtmodeltester, library, demo_library, service, kind):
    model = PairTableModel(kind)
    model.set_rows(library.call(service, demo_library.old, demo_library.new))
    qtmodeltester.check(model)
    proxy = GapFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("地区生产总值")
    assert proxy.rowCount() == 1


def test_pair_model_cells(qapp, library, demo_library):
    model = PairTableModel("ambition")
    model.set_rows(library.call(ambition_for, demo_library.old, demo_library.new))
    row = row_of(model, "地区生产总值")
    # The new target is about 5.5%, last year's result 5.4%: the target is 0.1 point above.
    assert [cell(model, row, c) for c in PairCol] == ["地区生产总值", "about 5.5%", "5.4% (estimate)", "+0.1 pp"]
    assert model.headerData(PairCol.DELTA, Qt.Orientation.Horizontal) == "Target minus result"
    model = PairTableModel("targets")
    model.set_rows(library.call(targets_against_targets, demo_library.old, demo_library.new))
    row = row_of(model, "地区生产总值")
    assert [cell(model, row, c) for c in PairCol] == ["地区生产总值", "6%", "about 5.5%", "-0.5 pp"]
