"""One case per class of error the gap table made on real reports, each
written from corpus sentences of that class (issue: a gap table you can trust)."""

from __future__ import annotations

from hjdesk.core.gaps import report_gaps
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers.text import read_text


def _pair(targets: str, review: str):
    old = _report(["一、2023年工作回顾", "各项工作扎实推进，成效明显。", "二、2024年工作安排", targets], 2024)
    new = _report(["一、2024年工作回顾", review, "二、2025年工作安排", "地区生产总值增长5%左右。"], 2025)
    return {row.indicator: row for row in report_gaps(old[0], new[0], old[1], new[1]).rows if row.target}


def _report(lines: list[str], year: int):
    imported = read_text("\n".join(lines))
    parsed = parse_report(imported.text, imported.paragraphs, year=year)
    return parsed, extract_indicators(parsed)


def test_a_decline_against_a_decline_target():
    rows = _pair("主要预期目标是：单位地区生产总值能耗降低3%左右，二氧化碳排放强度下降3.2%。",
                 "全年单位地区生产总值能耗降幅超过4%，二氧化碳排放强度下降2.9%。")
    energy = rows["单位地区生产总值能耗"]
    assert (energy.target.value, energy.actual.value, energy.status) == (-3, -4, "met")
    carbon = rows["单位地区生产总值二氧化碳排放"]
    assert (carbon.actual.value, carbon.status) == (-2.9, "missed")


def test_a_rate_named_by_its_rise():
    rows = _pair("主要预期目标是：居民消费价格涨幅3%左右。", "全年居民消费价格涨幅0.4%。")
    assert (rows["居民消费价格"].actual.value, rows["居民消费价格"].status) == (0.4, "met")


def test_a_target_stated_twice_is_one_row():
    old = _report(["一、2023年工作回顾", "成效明显。", "二、2024年工作安排",
                   "主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业60万人以上。",
                   "经济增长预期目标为5.5%左右，主要考虑是稳就业、防风险需要一定的增长速度。"], 2024)
    new = _report(["一、2024年工作回顾", "全年地区生产总值增长5.6%，城镇新增就业62万人。",
                   "二、2025年工作安排", "地区生产总值增长5%左右。"], 2025)
    rows = [r for r in report_gaps(old[0], new[0], old[1], new[1]).rows if r.target]
    gdp = [r for r in rows if r.indicator == "地区生产总值"]
    assert [(r.target.value, r.status) for r in gdp] == [(5.5, "met")]
