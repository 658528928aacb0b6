"""An indicator across a chain of reports: targets and later results per year."""

from __future__ import annotations

from hjdesk.core.model import Indicator
from hjdesk.core.trend import TrendPoint, indicator_trend, trend_names


def ind(canonical: str, value: float, role: str, year: int, unit: str = "%", start: int = 0,
        comparator: str = "eq") -> Indicator:
    return Indicator(canonical, canonical, "growth_rate", value, None, unit, comparator, role, year, start,
                     start + 4, f"{canonical}{value:g}{unit}")


def values(points: tuple[TrendPoint, ...]) -> list[tuple[int, float | None, float | None]]:
    return [(p.year, p.target and p.target.value, p.result and p.result.value) for p in points]


GDP_2025 = (2025, [ind("GDP", 5.2, "estimate", 2024), ind("GDP", 6.0, "target", 2025)])
GDP_2026 = (2026, [ind("GDP", 5.4, "estimate", 2025), ind("GDP", 5.5, "target", 2026, comparator="approx")])


def test_a_chain_of_two_reports_gives_three_years():
    assert values(indicator_trend([GDP_2025, GDP_2026], "GDP")) == [
        (2024, None, 5.2), (2025, 6.0, 5.4), (2026, 5.5, None)]


def test_reports_may_come_in_any_order():
    assert indicator_trend([GDP_2026, GDP_2025], "GDP") == indicator_trend([GDP_2025, GDP_2026], "GDP")


def test_unknown_name_and_no_reports_give_nothing():
    assert indicator_trend([GDP_2025], "CPI") == ()
    assert indicator_trend([], "GDP") == ()


def test_a_target_counts_only_in_the_report_for_its_own_year():
    medium_term = (2025, [ind("GDP", 7.0, "target", 2027)])
    assert indicator_trend([medium_term], "GDP") == ()


def test_a_result_counts_only_from_a_later_report():
    same_year = (2025, [ind("GDP", 1.1, "estimate", 2025)])
    assert indicator_trend([same_year], "GDP") == ()


def test_actual_beats_estimate_and_next_year_beats_later_reports():
    reports = [(2026, [ind("GDP", 5.4, "estimate", 2025)]),
               (2027, [ind("GDP", 5.3, "estimate", 2025)]),
               (2028, [ind("GDP", 5.35, "actual", 2025)])]
    assert values(indicator_trend(reports, "GDP")) == [(2025, None, 5.35)]
    assert values(indicator_trend(reports[:2], "GDP")) == [(2025, None, 5.4)]


def test_the_first_figure_stated_in_a_report_wins():
    report = (2025, [ind("GDP", 8.0, "target", 2025, start=900), ind("GDP", 6.0, "target", 2025, start=10)])
    assert values(indicator_trend([report], "GDP")) == [(2025, 6.0, None)]


def test_a_later_report_for_the_same_year_replaces_its_draft():
    draft = (2026, [ind("GDP", 5.0, "target", 2026)])
    final = (2026, [ind("GDP", 5.5, "target", 2026)])
    assert values(indicator_trend([draft, final], "GDP")) == [(2026, 5.5, None)]


def test_figures_in_another_unit_are_left_out():
    reports = [(2025, [ind("revenue", 6.0, "target", 2025), ind("revenue", 2.2, "estimate", 2024, "亿元")]),
               (2026, [ind("revenue", 6.3, "estimate", 2025), ind("revenue", 2.36, "estimate", 2025, "亿元")])]
    points = indicator_trend(reports, "revenue")
    assert values(points) == [(2025, 6.0, 6.3)]
    assert {p.target.unit for p in points} == {"%"}


def test_the_point_keeps_the_indicators_themselves():
    (point,) = indicator_trend([(2026, [ind("GDP", 5.4, "estimate", 2025)])], "GDP")
    assert point == TrendPoint(2025, None, ind("GDP", 5.4, "estimate", 2025))


def test_names_need_two_years_and_come_longest_first():
    jobs = [ind("jobs", 1000, "target", 2025, "人", start=50), ind("jobs", 1062, "estimate", 2025, "人", start=5)]
    reports = [GDP_2025, (2025, [jobs[0], ind("once", 3.0, "target", 2025)]),
               (2026, [jobs[1], ind("GDP", 5.4, "estimate", 2025, start=20),
                       ind("jobs", 1000, "target", 2026, "人", start=60)])]
    # GDP has 2024 and 2025; jobs has 2025 and 2026; "once" has one year only.
    # Ties keep the newest report's order: jobs is stated first there.
    assert trend_names(reports) == ["jobs", "GDP"]
    assert trend_names([GDP_2025, GDP_2026]) == ["GDP"]
    assert trend_names([]) == []
