"""The gap engine on tiny literal reports, then against hand-checked gold for
real pairs of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hjdesk.core.gaps import GapRules, judge, report_gaps
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.model import Indicator
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path
from hjdesk.importers.text import read_text

from ..conftest import CORPUS

DATA = Path(__file__).resolve().parents[1] / "data" / "gaps"


def report(lines, year):
    imported = read_text("\n".join(lines))
    parsed = parse_report(imported.text, imported.paragraphs, year=year)
    return parsed, extract_indicators(parsed)


def target(value, comparator="eq", canonical="地区生产总值", unit="%", high=None):
    return Indicator(canonical, canonical, "growth_rate", value, high, unit, comparator, "target", 2025, 0, 1, "")


@pytest.mark.parametrize("t, actual, status", [
    (target(6), 6.0, "met"), (target(6), 5.9, "missed"),
    (target(13, "ge"), 13, "met"), (target(4.5, "le", "城镇登记失业率"), 4.6, "missed"),
    (target(5.5, "approx"), 5.0, "met"), (target(5.5, "approx"), 4.9, "missed"),
    (target(3, "approx", "居民消费价格"), 3.4, "met"), (target(3, "approx", "居民消费价格"), 3.6, "missed"),
    (target(-5), -6, "met"), (target(-3, "ge", "单位地区生产总值能耗"), -2.5, "missed"),
    (target(1, "range", "项目", "个", 2), 1, "met"),
])
def test_judge(t, actual, status):
    assert judge(t, actual) == status


def test_tolerance_is_configurable():
    assert judge(target(5.5, "approx"), 5.2, GapRules(approx_points=0.2)) == "missed"


def test_statuses_and_their_order():
    old, old_found = report(["一、2024年工作回顾", "各项工作扎实推进，成效明显。", "二、2025年工作安排",
                             "主要预期目标是：地区生产总值增长6%，固定资产投资增长7.5%，旅游收入增长12%以上，"
                             "实际利用外资160万美元以上。"], 2025)
    new, new_found = report(["一、2025年工作回顾",
                             "全年地区生产总值增长6.2%，固定资产投资增长5%，旅游收入超额完成目标，"
                             "社会消费品零售总额增长6%。", "二、2026年工作安排", "地区生产总值增长6%。"], 2026)
    table = report_gaps(old, new, old_found, new_found)
    assert table.year == 2025
    assert [(row.indicator, row.status) for row in table.rows] == [
        ("实际利用外资", "not_reported"), ("固定资产投资", "missed"), ("旅游收入", "met"),
        ("地区生产总值", "met"), ("社会消费品零售总额", "no_target")]
    # 旅游收入超额完成目标: the review's own word on a target it gives no number for
    tourism = table.rows[2]
    assert new.text[slice(*tourism.evidence)] == "旅游收入超额完成目标" and tourism.actual is None
    missed = table.rows[1]
    assert (missed.gap, missed.gap_unit) == (-2.5, "个百分点")


def load(rel):
    imported = read_path(CORPUS / rel)
    parsed = parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint)
    return parsed, extract_indicators(parsed)


def _overlap(row_target, start, end):
    return max(0, min(row_target.char_end, end) - max(row_target.char_start, start))


@pytest.fixture(scope="module")
def gold_pairs(corpus):
    results = []
    for path in sorted(DATA.glob("*_20*_20*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        (old, old_found), (new, new_found) = load(gold["old"]), load(gold["new"])
        results.append((gold, old, report_gaps(old, new, old_found, new_found)))
    return results


def test_corpus_pairs_against_hand_gold(gold_pairs):
    targets = found = results = right = absent = detected = 0
    for gold, old, table in gold_pairs:
        for row in gold["rows"]:
            targets += 1
            start = old.text.find(row["target"]["quote"])
            end = start + len(row["target"]["quote"])
            candidates = [r for r in table.rows if r.target and _overlap(r.target, start, end)
                          and abs(r.target.value - row["target"]["value"]) < 1e-9]
            if not candidates:
                continue
            found += 1
            ours = max(candidates, key=lambda r: _overlap(r.target, start, end))
            if row["actual"] is None:
                absent += 1
                # no number paired; the status is 未提及/不明确, or what the review says in words
                detected += ours.actual is None and (ours.status in ("not_reported", "unclear")
                                                     or ours.evidence is not None)
            else:
                results += 1
                right += ours.actual is not None and abs(ours.actual.value - row["actual"]["value"]) < 1e-6
    assert found / targets >= 0.95, (found, targets)
    assert right / results >= 0.95, (right, results)
    assert detected / absent >= 0.95, (detected, absent)


def test_gdp_target_and_result_for_every_province(corpus):
    gold = json.loads((DATA / "province_gdp.json").read_text(encoding="utf-8"))
    wrong = []
    for province, years in gold.items():
        for year, expected in years.items():
            old, old_found = load(f"provinces/{province}/{year}.md")
            new, new_found = load(f"provinces/{province}/{int(year) + 1}.md")
            table = report_gaps(old, new, old_found, new_found)
            row = next((r for r in table.rows if r.indicator == "地区生产总值" and r.target
                        and r.measure == "growth_rate"), None)
            got = (row.target.value if row else None, row.actual.value if row and row.actual else None)
            want = (expected["target"] and expected["target"]["value"],
                    expected["actual"] and expected["actual"]["value"])
            if got != want:
                wrong.append((province, year, want, got))
    assert wrong == []


def test_units_scale_before_comparing():
    old, old_found = report(["一、2024年工作回顾", "各项工作扎实推进，成效明显。", "二、2025年工作安排",
                             "农产品出口额达到6500万元，粮食产量保持在1.3万亿斤以上。"], 2025)
    new, new_found = report(["一、2025年工作回顾", "农产品出口额0.7亿元，粮食产量12900亿斤。"], 2026)
    rows = {row.indicator: row for row in report_gaps(old, new, old_found, new_found).rows}
    export, grain = rows["农产品出口额"], rows["粮食产量"]
    assert (export.status, export.gap, export.gap_unit, export.gap_percent) == ("met", 500, "万元", 7.69)
    assert (grain.status, grain.gap, grain.gap_unit) == ("missed", -0.01, "万亿斤")


def test_main_targets_of_every_province_against_hand_gold(corpus):
    """The rates issue 8 measures on the hand gold of main targets (see
    tests/core/gap_gold.py for the per-class table). The floors are where the
    engine stands; they only go up."""
    from .gap_gold import measure

    tally = measure()["all"]
    assert tally.rows >= 300
    assert tally.rate("targets_found", "numeric_targets") >= 0.99
    assert tally.rate("results_right", "results") >= FLOORS["results_right"]
    assert tally.rate("absent_right", "absent") >= FLOORS["not_reported_right"]
    assert tally.rate("status_right", "rows") >= FLOORS["status_right"]
    assert tally.false_not_reported <= FLOORS["false_not_reported"]


def test_held_out_pairs_against_hand_gold(corpus):
    """The same rates on pairs read by hand after the rules were written
    (national and Hunan reports of 2019–2022, Huaihua 2019→2020)."""
    from .gap_gold import HELD_OUT, measure

    tally = measure(HELD_OUT)["all"]
    assert tally.rows >= 70
    assert tally.rate("targets_found", "numeric_targets") >= 0.95
    assert tally.rate("results_right", "results") >= 0.95
    assert tally.rate("status_right", "rows") >= 0.94
    assert tally.false_not_reported <= 1


def test_every_row_of_the_held_out_tables_against_the_hand_check(corpus):
    """All tiers of the held-out gap tables against the row-by-row hand check
    (tests/core/gap_rowcheck.py). The floor is where the engine stands."""
    from .gap_rowcheck import measure

    total, _ = measure()
    assert total["rows"] >= 2660
    assert total["right"] / total["rows"] >= 0.77


FLOORS = {"results_right": 0.99, "not_reported_right": 0.97, "status_right": 0.97, "false_not_reported": 0}
