"""Promise to delivery, commitment by commitment: what the plan's clauses
promise, and where next year's review reports each."""

from __future__ import annotations

import pytest

from hjdesk.core.commitments import commitments, deliveries

from .test_align import CORPUS, HEAD, report

OLD_PLAN = [
    "二、2025年工作安排",
    "（一）全力抓产业发展",
    "壮大工业实力。实施“智赋千企”行动，新建5G基站2000个，工业设备投资增长10%，推动园区扩区调区。",
    "繁荣文旅产业。今年是文旅融合的关键一年，坚持以文塑旅，开发沅水夜游产品，办好龙舟文化节。",
]
NEW_REVIEW = [
    "一、2025年工作回顾",
    "工业经济提质增效。新建5G基站2300个，园区调区扩区获省政府批复。“智赋千企”行动深入实施。",
    "文旅产业加快发展。沅水夜游产品上线运营。接待游客增长12%。",
]
NEW_PLAN = ["二、2026年工作安排", "（一）全力抓产业发展", "做强工业。推动园区提质扩能。"]
OLD_REVIEW = ["一、2024年工作回顾", "工业稳步增长。"]


def delivered(culture_plan: str | None = None, culture_review: str | None = None, review: list[str] | None = None):
    """What the sample review says of each commitment of the sample plan, by
    commitment text; the culture paragraph of either side may be replaced."""
    plan = list(OLD_PLAN)
    if culture_plan is not None:
        plan[3] = culture_plan
    review = list(review or NEW_REVIEW)
    if culture_review is not None:
        review[2] = culture_review
    old = report(HEAD + OLD_REVIEW + plan)
    new = report(HEAD + review + NEW_PLAN, year=2026)
    return {d.commitment.text: d for d in deliveries(old, new)}, new


def test_clauses_that_begin_with_doing_are_commitments():
    old = report(HEAD + OLD_REVIEW + OLD_PLAN)
    found = [c.text for c in commitments(old)]
    # a clause without a verb of its own (工业设备投资增长10%) belongs to the one before;
    # framing (今年是…, 坚持…) promises nothing; a section's heading names its commitments
    assert found == ["壮大工业实力。", "实施“智赋千企”行动，", "新建5G基站2000个，工业设备投资增长10%，", "推动园区扩区调区。",
                     "繁荣文旅产业。", "开发沅水夜游产品，", "办好龙舟文化节。"]


def test_each_commitment_is_reported_with_a_number_in_words_or_not():
    found, new = delivered()
    assert found["新建5G基站2000个，工业设备投资增长10%，"].status == "number"
    assert found["开发沅水夜游产品，"].status == "words"
    assert found["办好龙舟文化节。"].status == "no"
    reported = found["实施“智赋千企”行动，"]
    assert reported.status == "words" and "“智赋千企”行动深入实施" in new.text[slice(*reported.passage)]
    heading = next(s.heading for s in new.sections if s.id == reported.section)
    assert heading == "工业经济提质增效"


def test_a_quoted_name_is_reported_only_where_it_stands():
    review = list(NEW_REVIEW)
    review[1] = review[1].replace("“智赋千企”行动深入实施", "“徽动消费”行动深入实施")
    found, _ = delivered(review=review)
    assert found["实施“智赋千企”行动，"].status == "no"


def test_a_window_alike_only_in_common_words_reports_nothing():
    found, _ = delivered("繁荣文旅产业。大力发展银发经济，开发沅水夜游产品。",
                         "文旅产业加快发展。数字经济加快发展，沅水夜游产品上线运营。")
    assert found["大力发展银发经济，"].status == "no"
    assert found["开发沅水夜游产品。"].status == "words"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_against_the_hand_gold():
    from .promise_gold import measure, rates

    tallies, _ = measure()
    total = sum(tallies.values(), start=type(next(iter(tallies.values())))())
    precision, recall, _ = rates(total)
    assert total["commitments"] >= 300
    assert precision >= 0.65 and recall >= 0.67, (precision, recall)


def test_any_count_is_a_figure_but_a_name_with_a_digit_is_not():
    from hjdesk.core.commitments import _FIGURE, _YEAR

    def figure(words: str) -> bool:
        return bool(_FIGURE.search(_YEAR.sub(" ", words)))

    assert figure("更新住宅电梯400多部") and figure("地区生产总值翻一番") and figure("培育千亿级产业集群")
    assert not figure("5G智慧旅游公共服务平台上线运行") and not figure("2025年第3次会议召开")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_against_a_persons_check_of_other_pairs():
    """Every row of sixteen same-kind comparisons and 720 commitments of
    sixteen promise comparisons, checked by a person in four batches, each at
    the commit it names (rows 65%, 80%, 79% and 81% right then, commitments
    72%, 52%, 69% and 71%); the floors keep what stands now."""
    from .compare_rowcheck import measure

    same, promised = measure()
    assert same["rows"] >= 1120 and same["right"] >= 0.82 * same["rows"], same
    assert promised["rows"] == 720 and promised["right"] >= 0.69 * promised["rows"], promised


def test_a_run_in_heading_that_reports_takes_the_figure_of_the_sentence_after_it():
    found, _ = delivered("繁荣文旅产业。推动绿色低碳发展，开发沅水夜游产品。",
                         "绿色低碳发展取得新成效。绿电交易规模增长38%。沅水夜游产品上线运营。")
    assert found["推动绿色低碳发展，"].status == "number"
    assert found["开发沅水夜游产品。"].status == "words"


def test_a_figure_right_after_the_words_that_report_it_counts():
    found, _ = delivered("繁荣文旅产业。健全居家养老服务体系，开发沅水夜游产品。",
                         "民生保障有力。健全养老服务体系，新建105家区域养老服务中心。沅水夜游产品上线运营。")
    assert found["健全居家养老服务体系，"].status == "number"
    assert found["开发沅水夜游产品。"].status == "words"
