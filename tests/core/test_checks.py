"""The draft check, one planted mistake per kind in copies of the shipped
draft (2026, invented) checked against the shipped seed (2025, real): each
test first makes sure the unplanted draft has no such finding there, so it
fails if the check stops finding what was planted."""

from __future__ import annotations

import re

import pytest

from hjdesk.core.checks import KINDS, MISTAKES, Finding, check_draft
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_bytes

from ..conftest import DRAFT, SEED


def parsed(text: str):
    imported = read_bytes(text.encode("utf-8"), "draft.txt")
    return parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint)


@pytest.fixture(scope="module")
def last():
    return parsed(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def draft_text() -> str:
    return DRAFT.read_text(encoding="utf-8")


def check(text: str, last=None) -> tuple[Finding, ...]:
    draft = parsed(text)
    return check_draft(draft, extract_indicators(draft), last, extract_indicators(last) if last else ())


def at(findings, kind: str, text: str, words: str) -> list[Finding]:
    """The findings of ``kind`` whose span covers the first ``words`` in ``text``."""
    start = text.index(words)
    return [f for f in findings if f.kind == kind and f.char_start <= start + len(words) and f.char_end >= start]


def planted(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def test_the_draft_as_shipped_has_no_mistake_of_the_three_kinds(draft_text, last):
    found = check(draft_text, last)
    assert {f.kind for f in found} <= set(KINDS)
    assert [f for f in found if f.kind in MISTAKES] == []


def test_a_year_left_from_last_years_report_is_found_in_either_part(draft_text, last):
    plan = planted(draft_text, "2026年工作的总体要求", "2025年工作的总体要求")
    review = planted(draft_text, "2025年是“十四五”规划的收官之年", "2024年是“十四五”规划的收官之年")
    claim = planted(draft_text, "2026年是“十五五”规划的开局之年", "今年是“十四五”规划的收官之年")
    assert not at(check(draft_text, last), "stale_year", draft_text, "2026年工作的总体要求")
    assert at(check(plan, last), "stale_year", plan, "2025年工作的总体要求")
    assert at(check(review, last), "stale_year", review, "2024年是")
    assert at(check(claim, last), "stale_year", claim, "今年是“十四五”规划的收官之年")


def test_comparisons_and_dates_are_not_stale_years(draft_text, last):
    text = planted(draft_text, "2026年工作的总体要求", "比2024年增长一倍。2026年工作的总体要求")
    text = planted(text, "2025年是“十四五”规划的收官之年", "2020年以来,2025年是“十四五”规划的收官之年")
    assert [f for f in check(text, last) if f.kind == "stale_year"] == []


def test_a_sentence_of_last_years_review_left_in_is_found_with_its_unchanged_figures(draft_text, last):
    old = re.search(r"全年地区生产总值增长5\.2%[^。]*。", SEED.read_text(encoding="utf-8")).group()
    new = re.search(r"全年地区生产总值增长5\.4%[^。]*。", draft_text).group()
    text = planted(draft_text, new, old)
    assert not at(check(draft_text, last), "carried_over", draft_text, new)
    found = at(check(text, last), "carried_over", text, old)
    assert len(found) == 1
    assert found[0].other is not None and "5.2%" in found[0].other.quote
    assert "5.2" in found[0].message


def test_one_indicator_stated_twice_with_two_values_is_found(draft_text, last):
    sentence = "全区地区生产总值增长5.7%。"
    text = planted(draft_text, "这一年,", sentence + "这一年,") if "这一年," in draft_text else \
        planted(draft_text, "社会消费品零售总额增长5.9%", "社会消费品零售总额增长5.9%。" + sentence[:-1])
    found = at(check(text, last), "inconsistent_value", text, "地区生产总值增长5.7%")
    assert found and found[0].other is not None and "5.4%" in found[0].other.quote


def test_parts_that_pass_their_total_are_found(draft_text, last):
    sentence = "全年共实施重点项目120个,其中工业项目70个、文旅项目60个。"
    fine = "全年共实施重点项目120个,其中工业项目70个、文旅项目40个。"
    anchor = "全年地区生产总值增长5.4%"
    assert not [f for f in check(planted(draft_text, anchor, fine + anchor), last) if f.kind == "sum_mismatch"]
    text = planted(draft_text, anchor, sentence + anchor)
    assert at(check(text, last), "sum_mismatch", text, "120个,其中")


def test_the_glossary_against_the_text_and_last_years_glossary(draft_text, last):
    entry = re.search(r"“三保”\(P9\):[^\n]*\n", draft_text).group()
    text = planted(draft_text, entry, "")                                        # 三保 loses its entry …
    text = planted(text, "“三保”", "“三保”*")                                     # … and is marked in the text
    text = planted(text, "“三争”(P1)", "“三争”(P7)")                              # pages out of order
    text = text.rstrip("\n") + "\n“五化同步”(P2):新型工业化、信息化、城镇化、农业现代化和绿色化同步发展。\n"
    defined = re.search(r"(“四类项目”\(P4\):)([^\n]*)", text)
    text = planted(text, defined.group(), defined.group(1) + "区里确定的四类重点工程。")
    found = check(text, last)
    assert at(found, "glossary_missing", text, "“三保”*")
    assert at(found, "glossary_ref", text, "“三争”(P7)")
    assert at(found, "glossary_unused", text, "“五化同步”(P2)")
    changed = at(found, "glossary_changed", text, "“四类项目”(P4)")
    assert changed and "中央预算内投资" in changed[0].other.quote
    assert not [f for f in check(draft_text, last) if f.kind in ("glossary_missing", "glossary_unused")]


def test_new_and_dropped_formulations(draft_text, last):
    text = planted(draft_text, "做好今年工作", "坚持“三链融合”,做好今年工作") if "做好今年工作" in draft_text else \
        planted(draft_text, "2026年工作的总体要求", "坚持“三链融合”。2026年工作的总体要求")
    text = text.replace("“三高四新”", "高质量发展")
    found = check(text, last)
    assert at(found, "new_term", text, "“三链融合”")
    dropped = [f for f in found if f.kind == "dropped_term" and "三高四新" in f.quote]
    assert len(dropped) == 1 and dropped[0].other is not None
    assert not [f for f in check(draft_text, last) if f.kind == "dropped_term" and "三高四新" in f.quote]
    assert not [f for f in check(draft_text) if f.kind in ("new_term", "dropped_term")]  # nothing to compare with


def test_form_slips_are_found(draft_text, last):
    anchor = "全年地区生产总值增长5.4%"
    text = planted(draft_text, anchor, "全区上下团结一心，砥砺前行。" + anchor)          # a full-width comma in a half-width draft
    text = planted(text, "社会消费品零售总额增长5.9%", "社会消费品零售总额增长5.9%,新增投资3千5百万元")
    found = check(text, last)
    assert at(found, "form", text, "一心，砥砺")
    assert at(found, "form", text, "3千5百")
    assert not at(check(draft_text, last), "form", draft_text, anchor)


def test_one_amount_in_two_unit_styles_is_a_form_finding(draft_text, last):
    anchor = "全年地区生产总值增长5.4%"
    text = planted(draft_text, anchor, "全年地区生产总值达到120.5亿元," + anchor)
    text = planted(text, "社会消费品零售总额增长5.9%", "社会消费品零售总额增长5.9%,全年地区生产总值1205000万元")
    assert at(check(text, last), "form", text, "1205000万元")


def test_findings_are_in_text_order_with_quotes_from_the_text(draft_text, last):
    draft = parsed(draft_text)
    found = check_draft(draft, extract_indicators(draft), last, extract_indicators(last))
    assert [f.char_start for f in found] == sorted(f.char_start for f in found)
    for finding in found:
        if finding.kind not in ("dropped_term", "form"):
            assert finding.quote.strip() in draft.text[finding.char_start:finding.char_end + 1] or \
                draft.text[finding.char_start:finding.char_end].strip() == finding.quote.strip()
        assert finding.message and len(finding.key) > len(finding.kind)


def test_a_term_is_used_whatever_its_marks_but_not_as_a_piece_of_a_longer_term():
    from types import SimpleNamespace

    from hjdesk.core.checks.terms import Uses

    uses = Uses(SimpleNamespace(text="坚持“迎老乡、回故乡、建家乡”,建设“三区两山两中心”,践行两新理念。"))
    assert "“迎老乡回故乡建家乡”" in uses and "“两新”" in uses
    assert "“两山”" not in uses  # only inside a longer quoted term


def test_a_glossary_in_an_appendix_with_numbered_and_bracketed_entries():
    filler = "坚持稳中求进工作总基调,推动经济持续回升向好。\n" * 30
    text = ("2026年某市政府工作报告\n一、2025年工作回顾\n推进农村“三块地”[1]改革,实施“两重”建设和“两新”工作,"
            "办好10件民生实事。\n" + filler + "二、2026年工作安排\n" + filler +
            "附件\n《政府工作报告》有关名词解释\n[1]“三块地”改革：农村土地征收、集体经营性建设用地入市、宅基地管理制度改革。\n"
            "2.“两重”、“两新”：国家重大战略实施和重点领域安全能力建设;大规模设备更新和消费品以旧换新。\n"
            "3.2026年10件民生实事：十个方面的民生实事。\n4.从未用到的提法：正文里没有它。\n")
    from hjdesk.core.checks.glossary import entries, glossary_findings

    report = parsed(text)
    assert [e.term for e in entries(report)] == ["“三块地”改革", "“两重”、“两新”", "2026年10件民生实事", "从未用到的提法"]
    found = glossary_findings(report)
    assert [(f.kind, f.quote[:10]) for f in found] == [("glossary_unused", "4.从未用到的提法：")]


def _report(review_heading: str, plan_heading: str, plan_opening: str = "今年是全面推进高质量发展的关键之年。") -> str:
    filler = "坚持稳中求进工作总基调,推动经济持续回升向好。\n" * 12
    return (f"2026年某市政府工作报告\n各位代表：\n{review_heading}\n过去一年,全市地区生产总值增长5.2%。\n{filler}"
            f"{plan_heading}\n{plan_opening}\n{filler}")


def test_a_stale_year_in_a_heading_is_read_by_the_headings_words():
    fine = _report("一、2025年工作回顾", "二、2026年工作安排")
    assert not [f for f in check(fine) if f.kind == "stale_year"]
    plan = _report("一、2025年工作回顾", "二、2025年工作安排")
    assert at(check(plan), "stale_year", plan, "2025年工作安排")
    review = _report("一、2024年工作回顾", "二、2026年工作安排")
    assert at(check(review), "stale_year", review, "2024年工作回顾")


def test_a_saying_about_the_year_copied_from_last_years_plan_is_stale():
    saying = "今年是全面贯彻党的二十届三中全会精神的开局之年。"
    last = parsed(_report("一、2024年工作回顾", "二、2025年工作安排", saying).replace("2026年某市", "2025年某市"))
    copied = _report("一、2025年工作回顾", "二、2026年工作安排", saying)
    found = at(check(copied, last), "stale_year", copied, saying)
    assert found and found[0].other is not None and found[0].other.quote.startswith("今年是")
    assert not [f for f in check(_report("一、2025年工作回顾", "二、2026年工作安排"), last) if f.kind == "stale_year"]


def test_an_industrial_structure_written_with_ratio_signs_must_make_a_hundred(draft_text, last):
    anchor = "全年地区生产总值增长5.4%"
    for ratio, wrong in (("10.2∶40.1∶50.6", True), ("10.2:39.2:50.6", False)):
        text = planted(draft_text, anchor, f"三次产业结构调整为{ratio}," + anchor)
        assert bool(at(check(text, last), "sum_mismatch", text, ratio)) is wrong


def test_an_unquoted_numbered_slogan_is_a_formulation(draft_text, last):
    text = planted(draft_text, "2026年工作的总体要求", "落实六稳六保要求。2026年工作的总体要求")
    assert at(check(text, last), "new_term", text, "六稳六保")


def test_one_sum_in_two_magnitudes_is_a_form_finding(draft_text, last):
    text = planted(draft_text, "社会消费品零售总额增长5.9%", "社会消费品零售总额增长5.9%,地方一般公共预算收入23600万元")
    found = at(check(text, last), "form", text, "23600万元")
    assert found and "2.36亿元" in found[0].message


def test_a_result_outside_the_dictionary_is_held_to_its_own_words(draft_text, last):
    base = planted(draft_text, "社会消费品零售总额增长5.9%", "社会消费品零售总额增长5.9%,民间投资增长2.7%")
    assert not [f for f in check(base, last) if f.kind == "inconsistent_value"]
    text = planted(base, "这一年,", "全年民间投资增长2.8%。这一年,") if "这一年," in base else \
        base.replace("民间投资增长2.7%", "民间投资增长2.7%,全年民间投资增长2.8%", 1)
    assert at(check(text, last), "inconsistent_value", text, "民间投资增长2.8%")
