"""The fictional 2026 draft shipped in seeds/ against the real 2025 seed: the
gap table must say what the draft's answer key says, row by row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from hjdesk.core.corrections import GapDecision
from hjdesk.core.gaps import report_gaps
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path

from ..conftest import GOLD, ROOT

KEY = json.loads((Path(__file__).resolve().parents[1] / "data" / "seed_2026_answer_key.json").read_text("utf-8"))


def load(rel):
    imported = read_path(ROOT / rel)
    parsed = parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint)
    return parsed, extract_indicators(parsed)


@pytest.fixture(scope="module")
def table():
    (old, old_found), (new, new_found) = load(KEY["old"]), load(KEY["new"])
    return report_gaps(old, new, old_found, new_found)


def test_the_draft_says_it_is_invented():
    first, title = (ROOT / KEY["new"]).read_text(encoding="utf-8").split("\n")[:2]
    assert "示例稿" in first and "数据为虚构" in first and "示例稿" in title


def _row_for(table, gold_row, key_row):
    start, end = int(gold_row["char_start"]), int(gold_row["char_end"])
    rows = [r for r in table.rows if r.target and r.target.char_start < end and start < r.target.char_end
            and abs(r.target.value - key_row["target"]["value"]) < 1e-9]
    assert rows, key_row["gold_id"]
    return max(rows, key=lambda r: min(r.target.char_end, end) - max(r.target.char_start, start))


def test_gap_table_matches_the_answer_key(table):
    if not (GOLD / "seed_indicators.csv").exists():
        pytest.skip("../shared/gold is not beside the checkout")
    with (GOLD / "seed_indicators.csv").open(encoding="utf-8") as handle:
        gold = {row["id"]: row for row in csv.DictReader(handle)}
    got, want = [], []
    for key_row in KEY["targets"]:
        row = _row_for(table, gold[key_row["gold_id"]], key_row)
        got.append((key_row["gold_id"], row.status, row.actual.value if row.actual else None))
        want.append((key_row["gold_id"], key_row["status"], key_row["actual"] and key_row["actual"]["value"]))
    assert got == want


def test_rows_come_by_tier_then_not_reported_first_and_results_without_target_last(table):
    order = [(["main", "task", "livelihood", "fiscal"].index(row.tier),
              ["not_reported", "missed", "unclear", "met", "no_target"].index(row.status)) for row in table.rows]
    assert order == sorted(order)
    main = {row.indicator for row in table.rows if row.tier == "main" and row.target}
    assert {"地区生产总值", "固定资产投资", "社会消费品零售总额", "非税收入占比"} <= main
    assert not any(row.tier == "main" for row in table.rows if row.indicator in ("老旧小区", "危旧房"))
    no_target = {(row.indicator, row.actual.value) for row in table.rows if row.status == "no_target"}
    assert {("高新技术产业增加值", 7.3), ("一般公共预算收入", 2.36)} <= no_target


def test_a_persons_decision_wins_over_the_machine():
    (old, old_found), (new, new_found) = load(KEY["old"]), load(KEY["new"])
    machine = report_gaps(old, new, old_found, new_found)
    gdp = next(r for r in machine.rows if r.indicator == "地区生产总值" and r.target.role == "target")
    decisions = {gdp.target.key: GapDecision(gdp.target.key, actual_key="", note="预计数不作数")}
    decided = report_gaps(old, new, old_found, new_found, decisions=decisions)
    row = next(r for r in decided.rows if r.target and r.target.key == gdp.target.key)
    assert (row.status, row.actual, row.decided, row.note) == ("not_reported", None, True, "预计数不作数")
    assert not any(r.actual and r.actual.key == gdp.actual.key for r in decided.rows)
    forced = report_gaps(old, new, old_found, new_found,
                         decisions={gdp.target.key: GapDecision(gdp.target.key, status="met", note="口径调整")})
    assert next(r for r in forced.rows if r.target and r.target.key == gdp.target.key).status == "met"


@pytest.fixture(scope="module")
def alignment():
    from hjdesk.core.align import align
    from hjdesk.core.textnorm import DiffOptions

    (old, _), (new, _) = load(KEY["old"]), load(KEY["new"])
    return align(old, new, "same", DiffOptions(ignore_punct_width=True, ignore_whitespace=True,
                                               ignore_line_breaks=True))


def test_moved_dropped_and_added_topics_match_the_answer_key(alignment):
    sections = KEY["sections"]
    (old, _), (new, _) = load(KEY["old"]), load(KEY["new"])
    old_review = {s.id for s in old.sections if s.part == "review"}
    new_review = {s.id for s in new.sections if s.part == "review"}
    topics = [p for p in alignment.pairs if p.kind == "topic"]
    moved = {(p.old_heading, p.new_heading) for p in topics if p.status == "moved"}
    assert moved == {(m["old_topic"], m["new_topic"]) for m in sections["moved"]}
    dropped = {p.old_heading for p in topics if p.status == "removed" and p.old_section in old_review}
    assert dropped == {d["old_topic"] for d in sections["dropped"]}
    added = {p.new_heading for p in topics if p.status == "added" and p.new_section in new_review}
    expected = {a["new_topic"] for a in sections["added"]}
    # A split may show one half as the old topic's counterpart and the other as added.
    split_halves = {t for s in sections["split"] for t in s["new_topics"]}
    assert expected <= added and len(added - expected) <= 1 and added - expected <= split_halves


def test_reworded_headings_still_pair(alignment):
    split = {s["old_topic"]: set(s["new_topics"]) for s in KEY["sections"]["split"]}
    found = {(p.old_heading, p.new_heading) for p in alignment.pairs if p.old_section and p.new_section}
    for renamed in KEY["sections"]["renamed"]:
        options = split.get(renamed["old"], {renamed["new"]})
        assert any((renamed["old"], new) in found for new in options), renamed
