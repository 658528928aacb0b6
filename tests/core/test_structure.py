"""The outline on tiny literal inputs, on the seed, and on every real report."""

from __future__ import annotations

import pytest

from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path
from hjdesk.importers.text import read_text

from ..conftest import SEED, corpus_files, expected_identity


def outline_of(lines: list[str], year: int | None = 2025):
    imported = read_text("\n".join(lines))
    return parse_report(imported.text, imported.paragraphs, year=year).sections


def test_numbering_styles_nest_in_order_met():
    sections = outline_of([
        "政府工作报告", "各位代表：", "现在，我代表市人民政府向大会报告工作。",
        "一、2024年工作回顾",
        "（一）经济运行稳中向好。全年地区生产总值增长5%。",
        "（二）改革开放持续深化。完成改革任务20项。",
        "二、2025年工作安排",
        "（一）抓产业",
        "1.发展制造业。新建项目10个。",
        "2.发展服务业。新增企业5家。",
        "（二）抓民生",
        "三、全面加强政府自身建设",
    ])
    tree = [(s.level, s.kind, s.part, s.heading) for s in sections]
    assert tree == [
        (1, "title", "other", "政府工作报告"),
        (1, "part", "review", "一、2024年工作回顾"),
        (2, "section", "review", "（一）经济运行稳中向好"),
        (2, "section", "review", "（二）改革开放持续深化"),
        (1, "part", "plan", "二、2025年工作安排"),
        (2, "section", "plan", "（一）抓产业"),
        (3, "section", "plan", "1.发展制造业"),
        (3, "section", "plan", "2.发展服务业"),
        (2, "section", "plan", "（二）抓民生"),
        (1, "self", "plan", "三、全面加强政府自身建设"),
    ]


def test_run_in_topics_need_most_paragraphs_to_have_them():
    topics = outline_of([
        "一、2024年工作回顾",
        "产业发展加快。新建项目10个，完成投资5亿元。",
        "民生持续改善。新增就业1000人。",
        "这一年，我们克服困难，成绩来之不易。",
    ])
    assert [(s.kind, s.heading) for s in topics[1:]] == [("topic", "产业发展加快"), ("topic", "民生持续改善")]
    prose = outline_of([
        "一、2024年工作回顾",
        "产业发展加快。新建项目10个。",
        "这一年，我们克服困难，成绩来之不易。",
        "回顾过去，我们倍感振奋。面对困难，我们迎难而上，成绩来之不易。",
        "2024年是极不平凡的一年。我们做了很多工作。",
    ])
    assert [s.kind for s in prose] == ["part"]


def test_spans_cover_heading_to_last_paragraph():
    lines = ["一、2024年工作回顾", "产业发展加快。新建项目10个。", "民生持续改善。新增就业1000人。"]
    text = "\n".join(lines)
    part, first, second = outline_of(lines)
    assert (part.char_start, part.char_end) == (0, len(text))
    assert text[first.char_start:first.char_end] == lines[1]
    assert second.parent == part.id and first.parent == part.id


def test_address_passages_close_a_part():
    sections = outline_of([
        "一、2024年工作回顾",
        "（一）产业发展",
        "各位代表！成绩来之不易。在肯定成绩的同时，我们也清醒看到，发展中还面临不少困难和问题。",
        "二、2025年工作安排",
        "各位代表！时代催人奋进。让我们团结一心，为建设美好家园而努力奋斗！",
    ])
    kinds = [(s.level, s.kind, s.part) for s in sections]
    assert kinds == [(1, "part", "review"), (2, "section", "review"), (2, "problems", "review"),
                     (1, "part", "plan"), (1, "closing", "other")]


def test_glossary_terms_with_page_references():
    sections = outline_of([
        "一、2024年工作回顾", "各项工作扎实推进，成效明显。",
        "名词解释",
        "“三高四新”(P1):着力打造三个高地。",
        "两新（P14）：大规模设备更新和消费品以旧换新。",
    ])
    glossary = [(s.kind, s.heading, s.ref) for s in sections if s.part == "other"]
    assert glossary == [("glossary", "名词解释", ""), ("term", "三高四新", "P1"), ("term", "两新", "P14")]


def seed_outline():
    imported = read_path(SEED)
    return parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint)


def children(sections, parent):
    return [s for s in sections if s.parent == parent.id]


def test_seed_outline_matches_the_report():
    report = seed_outline()
    sections = report.sections
    tops = [s for s in sections if s.level == 1]
    assert [(s.kind, s.part) for s in tops] == [
        ("title", "other"), ("part", "review"), ("part", "plan"), ("self", "plan"),
        ("closing", "other"), ("glossary", "other")]
    title, review, plan, self_part, closing, glossary = tops
    assert report.text[title.char_start:title.char_end].startswith("2025年洪江区管委工作报告")
    assert review.heading == "2024,我们真抓实干、拼搏进取"
    review_sections = [s for s in children(sections, review) if s.kind == "section"]
    assert [s.heading[:3] for s in review_sections] == ["一年来"] * 5
    assert [len(children(sections, s)) for s in review_sections] == [3, 3, 4, 3, 3]
    assert children(sections, review_sections[0])[0].heading == "文旅产业加快发展"
    assert any(s.kind == "problems" and s.heading.startswith("思危方能居安") for s in children(sections, review))
    plan_sections = [s for s in children(sections, plan) if s.kind == "section"]
    assert [s.heading[:2] for s in plan_sections] == ["一、", "二、", "三、", "四、", "五、"]
    assert all(len(children(sections, s)) == 3 for s in plan_sections)
    assert children(sections, plan_sections[0])[0].heading == "繁荣活跃文旅产业"
    targets = [s for s in children(sections, plan) if s.kind == "targets"]
    assert len(targets) == 1 and "地区生产总值增长6%" in report.text[targets[0].char_start:targets[0].char_end]
    assert [s.heading for s in children(sections, self_part)] == ["坚持忠诚为政", "积极担当作为", "守牢廉洁底线"]
    assert report.text[closing.char_start:].startswith("各位代表!时代的画卷")
    terms = children(sections, glossary)
    assert len(terms) == 22 and all(t.kind == "term" for t in terms)
    assert (terms[0].heading, terms[0].ref) == ("三高四新", "P1")
    assert (terms[-1].heading, terms[-1].ref) == ("政治三力", "P21")


def test_seed_sections_nest_inside_their_parents():
    sections = seed_outline().sections
    by_id = {s.id: s for s in sections}
    for s in sections:
        if s.parent:
            parent = by_id[s.parent]
            assert parent.char_start <= s.char_start < s.char_end <= parent.char_end
            assert s.level == parent.level + 1


@pytest.mark.parametrize("path", corpus_files(".md", ".txt", ".docx"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_report_has_review_and_plan_parts(path):
    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    assert (report.meta.jurisdiction, report.meta.year) == expected_identity(path)
    tops = [s for s in report.sections if s.level == 1]
    assert any(s.part == "review" for s in tops) and any(s.part == "plan" for s in tops)
    assert tops[0].kind == "title"
    assert sum(1 for s in report.sections if s.kind == "targets") <= 2
    assert sum(1 for s in report.sections if s.kind == "closing") <= 1
    review_at = min(s.char_start for s in tops if s.part == "review")
    plan_at = min(s.char_start for s in tops if s.part == "plan")
    assert review_at < plan_at


def _headed(path):
    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    return [(s.level, s.kind, s.part, "".join(ch for ch in s.heading if ch.isalnum()))
            for s in report.sections if s.kind in ("part", "section", "self", "targets", "problems")]


@pytest.mark.parametrize("province", [p.parent.name for p in corpus_files(".docx")])
def test_markdown_and_word_copies_give_the_same_headed_outline(corpus, province):
    folder = corpus / "provinces" / province
    assert _headed(folder / "2025.md") == _headed(folder / "2025.docx")


@pytest.mark.parametrize("path", corpus_files(".md", ".txt"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_review_part_whose_heading_names_no_review_is_found_by_its_content(path):
    """Each corpus report with its review part's heading replaced by one that
    says nothing of a review: the part is still the review, found from what
    its paragraphs report, and its passage on shortcomings is still found."""
    import re

    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    review = next(s for s in report.sections if s.level == 1 and s.part == "review")
    line_end = imported.text.find("\n", review.char_start)
    number = re.match(r"[#\s]*[一二三四五六七八九十]+、", imported.text[review.char_start:line_end])
    text = (imported.text[:review.char_start] + (number.group(0) if number else "") + "不负重托，在砥砺奋进中全省发展迈上新台阶"
            + imported.text[line_end:])
    renamed = read_text(text)
    again = parse_report(renamed.text, renamed.paragraphs, year=report.meta.year)
    parts = [s.part for s in again.sections if s.level == 1]
    assert "review" in parts and "plan" in parts
    assert any(s.kind == "problems" for s in again.sections) == any(s.kind == "problems" for s in report.sections)


def test_credits_signatures_and_dates_close_the_report_and_head_nothing():
    lines = ["2025年某某市政府工作报告", "——2025年1月10日在某某市第十届人民代表大会第五次会议上", "各位代表：",
             "现在，我代表市人民政府向大会报告工作。", "一、2024年工作回顾",
             "（一）经济运行持续向好。全年生产总值增长5.1%，规上工业增加值增长8.1%。", "二、2025年工作安排",
             "（一）扩大内需。实施提振消费专项行动，更新汽车50万辆。",
             "各位代表！新征程上，我们要更加紧密地团结在以习近平同志为核心的党中央周围，为全面建设社会主义现代化国家而努力奋斗！",
             "奋斗铸就辉煌，实干赢得未来！", "（新华社北京3月5日电）", "某某市人民政府", "2025年1月10日"]
    imported = read_text("\n".join(lines))
    report = parse_report(imported.text, imported.paragraphs)
    headings = [(s.level, s.kind, s.heading) for s in report.sections]
    assert headings[-1] == (1, "closing", "新征程上")
    assert not any(h in ("（新华社北京3月5日电）", "某某市人民政府", "2025年1月10日") for _, _, h in headings)


def test_a_five_year_passage_after_the_last_section_belongs_to_the_part():
    lines = ["政府工作报告", "各位代表：", "一、2025年工作和“十四五”发展回顾",
             "（一）经济运行回升向好。全年生产总值增长5.5%，规上工业增加值增长8%。",
             "（二）民生保障有力有效。城镇新增就业60万人，新建养老服务中心100个。",
             "这五年，综合实力大幅跃升，生产总值年均增长5.6%，城镇新增就业累计300万人。",
             "二、2026年工作安排", "（一）扩大内需。实施提振消费专项行动，更新汽车50万辆。"]
    imported = read_text("\n".join(lines))
    report = parse_report(imported.text, imported.paragraphs, year=2026)
    last = next(s for s in report.sections if s.heading == "（二）民生保障有力有效")
    assert report.text[last.char_start:last.char_end].endswith("新建养老服务中心100个。")
    part = next(s for s in report.sections if s.level == 1 and s.part == "review")
    assert "这五年" in report.text[last.char_end:part.char_end]


@pytest.mark.parametrize("path", [p for p in corpus_files(".md") if p.stem in ("2021", "2026")],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_section_swallows_the_five_year_review(path):
    from hjdesk.core.periods import plan_period_spans

    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    for start, _ in plan_period_spans(report):
        assert not [s.heading for s in report.sections if s.level >= 2 and s.kind in ("section", "topic")
                    and s.char_start < start < s.char_end]


def test_a_passage_on_shortcomings_found_by_its_other_wordings():
    from hjdesk.core import headings as hd

    assert hd.is_problems("我们要把成绩讲够，也要把问题说透。当前经济社会发展仍然面临不小压力和挑战。")
    assert hd.is_problems("同时也要看到，我们仍面临不少困难和挑战。")
    assert not hd.is_problems("我们坚持问题导向，推动各项工作落地见效。")


@pytest.mark.parametrize("path", corpus_files(".md", ".txt", ".docx"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sections_nest_and_siblings_do_not_overlap(path):
    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    by_id = {s.id: s for s in report.sections}
    assert [s.id for s in report.sections] == list(range(1, len(report.sections) + 1))
    for s in report.sections:
        if s.parent is not None:
            parent = by_id[s.parent]
            assert parent.id < s.id and s.level == parent.level + 1
            assert parent.char_start <= s.char_start < s.char_end <= parent.char_end
    for a, b in zip(report.sections, report.sections[1:]):
        siblings = [s for s in report.sections if s.parent == a.parent and s.id > a.id]
        if siblings:
            assert a.char_end <= siblings[0].char_start, (a.heading, siblings[0].heading)


@pytest.mark.parametrize("path", [p for p in corpus_files(".md") if p.stem in ("2021", "2023", "2026")],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_five_year_review_is_a_sub_part_of_its_own(path):
    from hjdesk.core.periods import plan_period_spans

    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    periods = [s for s in report.sections if s.kind == "period"]
    for start, end in plan_period_spans(report):
        holding = [s for s in periods if s.char_start <= start < s.char_end]
        inside_other = [s for s in report.sections if s.level == 2 and s.kind in ("problems",)
                        and s.char_start < start < s.char_end]
        assert holding or inside_other, (start, report.text[start:start + 20])
    for period in periods:
        assert period.part == "review" and period.level == 2
        assert any(word in report.text[period.char_start:period.char_end][:200] for word in ("五年", "十三五", "十四五"))
