"""Text normalisation and word diffs on tiny literal inputs: offsets back to the
original, punctuation as a hard boundary, numbers kept whole, value changes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hjdesk.core import worddiff
from hjdesk.core.textnorm import DiffOptions, compact, feature_text, fold_width, normalize
from hjdesk.core.worddiff import ValueChange, diff_segments, diff_texts, tokens

ALL = DiffOptions(ignore_punct_width=True, ignore_whitespace=True, ignore_line_breaks=True)


def edits(old: str, new: str, options: DiffOptions = DiffOptions()) -> list[tuple[str, str]]:
    """The non-equal spans of a diff as (op, text) in the order they come."""
    found = diff_texts(old, new, options)
    assert_tiles(found, old, new)
    return [(s.op, old[s.old_start:s.old_end] if s.op == "delete" else new[s.new_start:s.new_end])
            for s in found.spans if s.op != "equal"]


def assert_tiles(found: worddiff.WordDiff, old: str, new: str) -> None:
    """Spans cover each text once, in order, and equal spans are equal text."""
    old_cursor = new_cursor = 0
    for span in found.spans:
        assert span.old_start >= old_cursor and span.new_start >= new_cursor
        if span.op != "insert":
            assert old[old_cursor:span.old_start].strip() == ""
            old_cursor = span.old_end
        if span.op != "delete":
            assert new[new_cursor:span.new_start].strip() == ""
            new_cursor = span.new_end
    assert old[old_cursor:].strip() == "" and new[new_cursor:].strip() == ""


# textnorm

def test_fold_width_maps_full_width_forms_one_to_one():
    assert fold_width("，：；（）！？％０９ＡＺａ　") == ",:;()!?%09AZa "
    assert fold_width("。、“”") == "。、“”"  # no half-width twins: unchanged


def test_normalize_maps_spans_back_to_original_offsets():
    text = "增长５％ 以上，\n新的（一段）"
    found = normalize(text, ALL)
    assert found.text == "增长5%以上,新的(一段)"
    start = found.text.index("以上")
    assert text[slice(*found.span(start, start + 2))] == "以上"
    assert found.span(0, len(found.text)) == (0, len(text))
    assert found.span(2, 2) == (2, 2)  # an insertion point


def test_normalize_only_drops_what_the_options_say():
    text = "甲 乙\n丙，丁"
    assert normalize(text, DiffOptions()).text == text
    assert normalize(text, DiffOptions(ignore_whitespace=True)).text == "甲乙\n丙，丁"
    assert normalize(text, DiffOptions(ignore_line_breaks=True)).text == "甲 乙丙，丁"
    assert normalize(text, DiffOptions(ignore_punct_width=True)).text == "甲 乙\n丙,丁"


def test_normalize_joins_segments_and_remembers_where_each_starts():
    text = "标题\n第一段。\n插入的话题。\n第二段。"
    hole = text.index("插入")
    found = normalize(text, DiffOptions(), ((0, hole), (hole + 7, len(text))))
    assert found.text == "标题\n第一段。\n第二段。"
    assert found.segment_starts == (0, hole)
    assert found.point(hole) == hole + 7


def test_compact_and_feature_text():
    assert compact("增长 ５％，\n", ALL) == "增长5%,"
    assert feature_text("（一）增长５.2％以上，共3000余万元") == "一增长0以上共0余万元"


# word diff

def test_punctuation_keeps_two_edits_apart():
    assert edits("推动工业转型，加快项目建设", "推动工业升级，加强项目建设") == [
        ("delete", "转型"), ("insert", "升级"), ("delete", "加快"), ("insert", "加强")]
    assert edits("加快推进产业发展，持续优化环境", "大力推动产业升级，持续优化环境") == [
        ("delete", "加快推进产业发展"), ("insert", "大力推动产业升级")]  # a short equality without punctuation merges


def test_punctuation_width_is_no_change_when_ignored():
    old, new = "增长5%,达到(预计)", "增长5%，达到（预计）"
    assert edits(old, new, DiffOptions(ignore_punct_width=True)) == []
    assert edits(old, new) == [("delete", ","), ("insert", "，"), ("delete", "("), ("insert", "（"),
                               ("delete", ")"), ("insert", "）")]
    assert diff_texts(old, new, DiffOptions(ignore_punct_width=True)).inserted == 0


def test_spans_are_in_original_offsets_when_spaces_are_dropped():
    old, new = "增长 5% 以上", "增长6%以上"
    found = diff_texts(old, new, DiffOptions(ignore_whitespace=True))
    changed = [s for s in found.spans if s.op != "equal"]
    assert [(s.op, old[s.old_start:s.old_end], new[s.new_start:s.new_end]) for s in changed] == [
        ("delete", "5", ""), ("insert", "", "6")]
    assert (found.inserted, found.deleted) == (1, 1)


def test_numbers_stay_whole_and_other_words_narrow():
    assert edits("增长5.2%", "增长5.4%") == [("delete", "5.2"), ("insert", "5.4")]
    assert edits("面积20.5万亩", "面积25万亩") == [("delete", "20.5"), ("insert", "25")]
    assert edits("实施“十四五”规划", "实施“十五五”规划") == [("delete", "四"), ("insert", "五")]


def test_changed_numbers_stay_separate_edits():
    assert edits("2024年新增414家", "2025年新增500家") == [
        ("delete", "2024"), ("insert", "2025"), ("delete", "414"), ("insert", "500")]


def test_value_changes_name_the_quantities():
    old, new = "增长7.5%左右，完成投资3000余万元，新增1.32亿元", "增长7%左右，完成投资5000万元，新增1.5亿元"
    values = diff_texts(old, new).values
    assert [(old[v.old_start:v.old_end], new[v.new_start:v.new_end]) for v in values] == [
        ("7.5%左右", "7%左右"), ("3000余万元", "5000万元"), ("1.32亿元", "1.5亿元")]
    assert values[0] == ValueChange(7.5, 7.0, -0.5, "%", 2, 8, 2, 6, "approx", "approx")
    assert (values[1].delta, values[1].unit, values[1].old_comparator, values[1].new_comparator) == (
        2000.0, "万元", "ge", "eq")
    assert values[2].delta == pytest.approx(0.18)


def test_value_changes_convert_units_and_read_full_width_digits():
    (value,) = diff_texts("新增8000万元", "新增1.2亿元").values
    assert (value.old_value, value.new_value, value.delta, value.unit) == (8000.0, 12000.0, 4000.0, "万元")
    (value,) = diff_texts("增长５％以上", "增长6%以上").values
    assert (value.old_value, value.new_value) == (5.0, 6.0)


def test_years_names_and_unrelated_units_are_no_value_change():
    assert diff_texts("2024年工作回顾", "2025年工作回顾").values == ()
    assert diff_texts("三类500强企业", "三类100强企业").values == ()
    assert diff_texts("增长8%", "增长2个百分点").values == ()


def test_segments_keep_spans_off_the_holes():
    old = "（一）抓产业\n发展工业。内容甲。\n结尾一句话。"
    new = "（一）抓产业\n发展工业。内容乙。\n结尾两句话。"
    hole_old, hole_new = (old.index("发展"), old.index("结尾")), (new.index("发展"), new.index("结尾"))
    found = diff_segments(old, ((0, hole_old[0]), (hole_old[1], len(old))),
                          new, ((0, hole_new[0]), (hole_new[1], len(new))))
    for span in found.spans:
        assert not (span.old_start < hole_old[1] and span.old_end > hole_old[0])
        assert not (span.new_start < hole_new[1] and span.new_end > hole_new[0])
    deleted = [old[s.old_start:s.old_end] for s in found.spans if s.op == "delete"]
    assert len(deleted) == 1 and "一" in deleted[0] and old.index(deleted[0]) > hole_old[1]


def test_policy_terms_are_single_words():
    words = tokens(normalize("推动高质量发展，培育新质生产力，优化营商环境", DiffOptions()))
    assert {"高质量发展", "新质生产力", "营商环境"} <= set(words)


def test_without_the_fast_diff_the_pure_python_one_gives_the_same(monkeypatch):
    old, new = "推动工业转型，加快项目建设，增长7.5%左右", "推动工业升级，加强项目建设，增长7%左右"
    expected = edits(old, new)
    worddiff.clear_cache()
    monkeypatch.setitem(sys.modules, "fast_diff_match_patch", None)
    try:
        assert edits(old, new) == expected
    finally:
        worddiff.clear_cache()


def test_without_a_segmenter_han_characters_are_words(monkeypatch):
    monkeypatch.setitem(sys.modules, "rjieba", None)
    monkeypatch.setitem(sys.modules, "jieba", None)
    worddiff._segmenter.cache_clear()
    worddiff.clear_cache()
    try:
        assert tokens(normalize("推动工业2024年", DiffOptions())) == ["推", "动", "工", "业", "2024", "年"]
        assert edits("推动工业转型", "推动工业升级") == [("delete", "转型"), ("insert", "升级")]
    finally:
        worddiff._segmenter.cache_clear()
        worddiff.clear_cache()


def test_the_segmenter_loads_on_first_use_not_at_import():
    code = "import sys, hjdesk.core.worddiff, hjdesk.core.align; assert 'rjieba' not in sys.modules"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
