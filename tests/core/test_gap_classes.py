"""One case per class of error the gap table made on real reports, each
written from corpus sentences of that class (issue: a gap table you can trust)."""

from __future__ import annotations

from hjdesk.core.gaps import report_gaps
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers.text import read_text


def _pair(targets: str, review: str):
    """The rows with a target of OLD (targets set for 2024) against NEW's review of 2024, by indicator."""
    return {row.indicator: row for row in _table(targets, review) if row.target}


def _table(targets: str | list[str], review: str | list[str]):
    """The rows of OLD's plan for 2024 (a paragraph, or several) against NEW's review of 2024."""
    targets = [targets] if isinstance(targets, str) else targets
    review = [review] if isinstance(review, str) else review
    old = _report(["一、2023年工作回顾", "各项工作扎实推进，成效明显。", "二、2024年工作安排", *targets], 2024)
    new = _report(["一、2024年工作回顾", *review, "二、2025年工作安排", "地区生产总值增长5%左右。"], 2025)
    return report_gaps(old[0], new[0], old[1], new[1]).rows


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


def test_targets_in_words_relative_ones_judged_from_the_numbers():
    rows = _pair("主要预期目标是：地区生产总值增长5.5%左右，居民收入增长和经济增长同步，进出口促稳提质，"
                 "生态环境质量持续改善。",
                 "全年地区生产总值增长5.1%，居民人均可支配收入增长5.4%，进出口总额8202亿元，生态环境质量保持良好。")
    income = rows["居民人均可支配收入"]
    assert (income.target.measure, income.actual.value, income.gap, income.status) == ("relative", 5.4, 0.3, "met")
    trade = rows["进出口总额"]
    assert (trade.target.measure, trade.status) == ("qualitative", "unclear")  # spoken of, with a level only
    assert trade.evidence is not None  # and the row points at where
    assert rows["生态环境质量"].status == "unclear"


def test_what_the_review_says_of_its_own_targets():
    old = ("主要预期目标是：地区生产总值增长6%，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右，固定资产投资增长8%，"
           "社会消费品零售总额增长7%。")
    rows = _pair(old, "全年经济社会发展主要目标任务顺利完成。地区生产总值增长6.1%。投资、消费等预期性指标未完成年初目标。")
    assert rows["城镇调查失业率"].status == "met" and rows["城镇调查失业率"].evidence is not None
    assert rows["固定资产投资"].status == "missed" and rows["社会消费品零售总额"].status == "missed"
    assert rows["地区生产总值"].status == "met" and rows["地区生产总值"].evidence is None
    plans = _pair(old, "明年要确保全年主要目标任务顺利完成。地区生产总值增长6.1%。")
    assert plans["城镇调查失业率"].status == "not_reported"  # an intention is no result


def test_a_figure_of_another_scope_is_shown_not_paired():
    rows = _pair("主要预期目标是：固定资产投资增长8%左右，进出口总额增长5%。",
                 "工业投资增长12.5%，出口增长9%。")
    investment, trade = rows["固定资产投资"], rows["进出口总额"]
    assert (investment.status, investment.actual) == ("unclear", None)
    assert investment.evidence is not None and trade.status == "unclear"


def test_parallel_subjects_share_the_head_written_once():
    rows = _pair("主要预期目标是：城镇、农村常住居民人均可支配收入分别增长5%、6.5%，粮食产量保持在118万吨以上。",
                 "城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%，粮食、油料、蔬菜产量分别达118.3万吨、36万吨、"
                 "190万吨。")
    assert (rows["城镇居民人均可支配收入"].actual.value, rows["城镇居民人均可支配收入"].status) == (4.4, "missed")
    assert (rows["农村居民人均可支配收入"].actual.value, rows["农村居民人均可支配收入"].status) == (5.9, "missed")
    assert (rows["粮食产量"].actual.value, rows["粮食产量"].status) == (118.3, "met")


def test_real_growth_of_income_is_that_income():
    rows = _pair("主要预期目标是：居民人均可支配收入增长5%。", "居民人均可支配收入实际增长4.4%。")
    assert rows["居民人均可支配收入"].actual.value == 4.4


def test_figures_of_the_five_year_review_are_not_last_years():
    old = _report(["一、2024年工作回顾", "成效明显。", "二、2025年工作安排",
                   "主要预期目标是：城镇新增就业110万人以上，常住人口城镇化率提高1个百分点。"], 2025)
    new = _report(["一、“十四五”和2025年工作回顾",
                   "五年来，我们砥砺奋进，城镇新增就业累计603.7万人，常住人口城镇化率提高6.2个百分点。",
                   "这五年，经济实力跃上新台阶，城镇新增就业年均超过120万人。",
                   "2025年，全省经济稳中向好，城镇新增就业121.7万人，常住人口城镇化率提高1.1个百分点。",
                   "二、2026年工作安排", "地区生产总值增长5%左右。"], 2026)
    rows = {r.indicator: r for r in report_gaps(old[0], new[0], old[1], new[1]).rows if r.target}
    assert rows["城镇新增就业"].actual.value == 121.7
    five_year = [i for i in new[1] if i.value in (603.7, 6.2)]
    assert five_year and all(i.year is None for i in five_year)


def test_a_change_is_never_paired_with_a_level():
    rows = _pair("主要预期目标是：一般公共预算收入达到3000亿元，城镇化率提高1个百分点。",
                 "一般公共预算收入比上年增加200亿元，城镇化率提高1.2个百分点。")
    revenue = rows["一般公共预算收入"]
    assert revenue.actual is None and revenue.status != "met"
    urban = rows["城镇化率"]
    assert (urban.actual.value, urban.status) == (1.2, "met")  # a change target takes a change


def test_a_change_is_measured_as_such():
    from hjdesk.core.indicators import extract_indicators as extract

    report = _report(["一、2024年工作回顾", "地区生产总值比上年增加0.9万亿元，财政收入增加200亿元，新增就业5万人。"], 2025)[0]
    measures = {(i.value, i.measure) for i in extract(report)}
    assert {(0.9, "change"), (200.0, "change"), (5.0, "count")} <= measures


def test_numbers_in_the_names_of_policies_and_lists_are_not_targets():
    from hjdesk.core.indicators import extract_indicators as extract

    report = _report(["一、2024年工作回顾", "成效明显。", "二、2025年工作安排",
                      "落实民营经济26条，紧盯28个重点领域，推出第一批9项改革举措，出台支持民营经济发展20条措施，"
                      "培育专精特新企业200家。"], 2025)[0]
    targets = [(i.value, i.unit) for i in extract(report) if i.role == "target"]
    assert targets == [(200.0, "家")]


def test_the_same_quantity_in_another_form():
    rows = _pair("主要预期目标是：高新技术企业数量增长100%，地表水达到或好于Ⅲ类水体比例达到90%，铺设管网3.2万公里。",
                 "高新技术企业数量实现翻一番，地表水达到或好于III类水体比例92%，铺设管网32000公里。")
    assert (rows["高新技术企业数量"].actual.value, rows["高新技术企业数量"].status) == (100.0, "met")
    assert (rows["地表水水质优良比例"].actual.value, rows["地表水水质优良比例"].status) == (92.0, "met")
    pipes = next(r for name, r in rows.items() if "管网" in name)
    assert (pipes.actual.value, pipes.status) == (32000.0, "met")


def test_a_growth_rate_without_a_subject_belongs_to_the_indicator_named_before_it():
    rows = _pair("主要预期目标是：地区生产总值增长5%左右。",
                 "全省地区生产总值突破5万亿元。全年增长4.9%，规上工业增加值增长6%。")
    gdp = rows["地区生产总值"]
    assert (gdp.actual.value, gdp.status) == (4.9, "met")


def test_names_a_person_can_read():
    from hjdesk.core.indicators import extract_indicators as extract

    report = _report(["一、2024年工作回顾", "海洋生产总值增长6%，和美乡村覆盖率达到60%，①建成5G基站1万个，"
                      "2024年底人均地区生产总值增长5%。"], 2025)[0]
    names = {i.name: i.canonical for i in extract(report)}
    assert names["海洋生产总值"] == "海洋生产总值"  # not the regional product
    assert "和美乡村覆盖率" in names and "建成5G基站" in names
    assert names["人均地区生产总值"] == "人均地区生产总值"


def test_the_national_report_speaks_of_the_national_product():
    old = _report(["一、2023年工作回顾", "成效明显。", "二、2024年工作安排", "主要预期目标是：国内生产总值增长5%左右。"], 2024)
    new = _report(["一、2024年工作回顾", "国内生产总值增长5%。", "二、2025年工作安排", "国内生产总值增长5%左右。"], 2025)
    from dataclasses import replace

    national = replace(old[0], meta=replace(old[0].meta, jurisdiction="全国"))
    rows = [r.indicator for r in report_gaps(national, new[0], old[1], new[1]).rows if r.target]
    assert rows == ["国内生产总值"]


def test_a_five_year_passage_opened_by_the_salutation_and_the_year():
    new = _report(["一、2025年及“十四五”时期工作回顾", "（一）民生福祉改善。城镇新增就业124.9万人。",
                   "各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托、感恩奋进。",
                   "——人民生活水平实现新跃升。居民人均可支配收入增长34.3%。",
                   "二、2026年工作安排", "地区生产总值增长5%左右。"], 2026)[1]
    income = [i for i in new if i.value == 34.3]
    assert income and income[0].year is None
    assert [i.year for i in new if i.value == 124.9] == [2025]


def _five_year_pair(targets: str, *review: str):
    old = _report(["一、2024年工作回顾", "成效明显。", "二、2025年工作安排", targets], 2025)
    new = _report(["一、“十四五”和2025年工作回顾", *review, "二、2026年工作安排", "地区生产总值增长5%左右。"], 2026)
    return {r.indicator: r for r in report_gaps(old[0], new[0], old[1], new[1]).rows if r.target}


def test_a_change_of_zero_written_in_words():
    rows = _pair("主要预期目标是：居民消费价格涨幅2%左右，固定资产投资增长3%。",
                 "居民消费价格指数持平，房地产开发投资与上年持平。")
    assert (rows["居民消费价格"].actual.value, rows["居民消费价格"].status) == (0, "met")
    # level with something else is no change of zero, nor the whole of investment
    assert rows["固定资产投资"].actual is None


def test_a_five_year_passage_figure_the_text_dates_to_last_year():
    rows = _five_year_pair("主要预期目标是：常住人口城镇化率达到58%左右。",
                           "2025年，全省经济稳中向好。",
                           "五年来，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。")
    assert (rows["城镇化率"].actual.value, rows["城镇化率"].status) == (57.7, "met")


def test_a_bare_head_takes_the_noun_said_before_it():
    rows = _pair("主要预期目标是：粮食产量880亿斤以上。", "——粮食生产再创新高。播种面积达到8780.7万亩，总产量达到853.2亿斤。")
    assert (rows["粮食产量"].actual.value, rows["粮食产量"].status) == (853.2, "missed")


def test_the_five_years_speak_only_of_targets_of_the_five_years():
    rows = _five_year_pair("主要预期目标是：城镇新增就业18万人以上，确保完成国家下达的“十四五”能耗强度下降目标。",
                           "2025年，全区经济稳中向好。",
                           "这五年，城镇新增就业累计106万人，单位GDP能耗累计下降18%。")
    assert rows["城镇新增就业"].status == "not_reported"  # a five-year total is no word on 2025
    energy = [r for r in rows.values() if r.target.measure == "qualitative"]
    assert [r.status for r in energy] == ["unclear"]  # a target of the plan period is spoken of there


def test_a_share_of_something_is_no_part_of_the_whole():
    rows = _pair("主要预期目标是：固定资产投资增长5%左右，研究与试验发展经费投入强度2.7%左右。",
                 "产业投资比重提升至55.7%，民间投资占比34%。企业研发投入占全社会比重达81.3%。")
    assert rows["固定资产投资"].status == "not_reported"
    assert rows["研究与试验发展经费投入强度"].status == "not_reported"


def test_a_bare_word_with_a_word_of_change_speaks_of_the_main_indicator():
    rows = _pair("主要预期目标是：固定资产投资增长4%以上，社会消费品零售总额增长5%以上。",
                 "重点领域消费逐步回升。投资政策持续发力。")
    assert rows["社会消费品零售总额"].status == "unclear" and rows["社会消费品零售总额"].evidence is not None
    assert rows["固定资产投资"].status == "not_reported"  # 投资政策 says nothing of its growth


def test_a_target_in_words_kept_in_the_reviews_words():
    rows = _pair("主要预期目标是：地区生产总值增长5.5%左右，生态环境质量保持优良，居民收入增长与经济增长基本同步。",
                 "地区生产总值增长5.1%。生态环境质量继续保持全国一流。预计居民收入增长与经济增长基本同步。")
    assert rows["生态环境质量"].status == "met" and rows["生态环境质量"].evidence is not None
    assert rows["居民人均可支配收入"].status == "met"
    spoken = _pair("主要预期目标是：地区生产总值增长6%，居民收入增长和经济增长同步。", "全年地区生产总值增长5.8%，城乡居民收入稳步增长。")
    assert spoken["居民人均可支配收入"].status == "unclear"  # spoken of, but the relation is not said


def test_a_relative_target_judged_from_the_parts_of_the_whole():
    rows = _pair("主要预期目标是：地区生产总值增长5%，居民人均可支配收入增长与经济增长基本同步。",
                 "地区生产总值增长3.7%，城镇和农村居民人均可支配收入分别增长4.3%、5.3%。")
    assert rows["居民人均可支配收入"].status == "met"
    below = _pair("主要预期目标是：地区生产总值增长5%，居民人均可支配收入增长与经济增长基本同步。",
                  "地区生产总值增长5.7%，城镇和农村居民人均可支配收入分别增长4.3%、5.1%。")
    assert below["居民人均可支配收入"].status == "missed"


def test_what_the_review_says_of_the_figures_before_it_and_of_last_year_in_the_five_years():
    rows = _pair("主要预期目标是：地区生产总值增长6%，生态环境质量持续改善。",
                 "全省PM2.5平均浓度35.2微克/立方米、国考断面水质优良比例90.2%，均好于年度目标。")
    assert rows["生态环境质量"].status == "met" and rows["生态环境质量"].evidence is not None
    five = _five_year_pair("主要预期目标是：居民消费价格涨幅2%左右，城镇调查失业率5.5%左右。",
                           "2025年，全省经济稳中向好，顺利完成全年经济社会发展主要目标。",
                           "需要说明的是，“十四五”时期，受多重因素影响，去年CPI涨幅也未达年初预期，但态势没有变。")
    # the review names it, over the blanket word; but a price rise short of its ceiling is no miss: a person judges
    cpi = five["居民消费价格"]
    assert cpi.status == "unclear" and cpi.evidence != five["城镇调查失业率"].evidence
    assert five["城镇调查失业率"].status == "met"


def test_a_need_is_no_result():
    rows = _pair("主要预期目标是：地区生产总值增长6%，生态环境质量持续改善。",
                 "我们清醒地认识到，生态环境质量需要持续提升。")
    assert rows["生态环境质量"].status == "unclear"


def test_a_listed_target_in_words_is_one_row_per_subject():
    rows = _pair("主要预期目标是：地区生产总值增长6%，粮食产量及播种面积、生态环境质量等指标完成国家下达年度目标任务。",
                 "粮食产量836.9亿斤，再创历史新高。")
    assert {"粮食产量", "播种面积", "生态环境质量"} <= set(rows)
    assert rows["粮食产量"].status == "unclear"  # a record, but the national figure is not given
    assert rows["播种面积"].status == "not_reported"


def test_targets_in_words_of_the_national_kind():
    rows = _pair("综合研判形势，我们对预期目标作了适当调整。今年要城镇新增就业900万人以上，城镇登记失业率5.5%左右；"
                 "国际收支基本平衡；农村贫困人口减少1000万以上；重大金融风险有效防控；"
                 "单位国内生产总值能耗和主要污染物排放量继续下降；确保粮食播种面积和产量稳定。",
                 "完成全年主要目标任务。城镇新增就业1186万人。国际收支基本平衡。农村贫困人口减少1109万。"
                 "主要污染物排放量继续下降。粮食总产达614.9亿斤，居近十年高位。")
    assert rows["城镇新增就业"].status == "met"  # the passage is found by 预期目标作了调整
    assert rows["城镇登记失业率"].status == "met"  # never spoken of: the blanket word
    assert rows["国际收支"].status == "met"  # its own words said as done
    assert (rows["农村贫困人口"].actual.value, rows["农村贫困人口"].status) == (1109, "met")
    assert rows["主要污染物排放量"].status == "met"
    assert rows["单位地区生产总值能耗"].status == "met"  # one row per subject of 和
    assert rows["粮食产量"].status == "unclear" and rows["粮食播种面积"].status == "met"


def test_rows_of_the_work_sections_that_are_no_targets():
    rows = _pair("主要预期目标是：地区生产总值增长6%。将制造业等行业现行16%的税率降至13%。"
                 "实施25户100人以上自然村通水泥路工程。保障好14亿人的粮食安全。国家支持平台企业发展。"
                 "经济增速是综合性指标，今年预期目标设定为6%以上。努力完成“十三五”规划目标任务。",
                 "地区生产总值增长6.1%。")
    # 16%, 100人, 14亿, 持平 in 支持平台: none a target; the restated growth target is the same row
    assert {r.indicator: r.target.value for r in rows.values()} == {"地区生产总值": 6, "制造业等行业税率": 13}


def test_a_flow_is_no_stock_and_a_share_no_growth():
    rows = _pair("主要预期目标是：地区生产总值增长6%。高新技术企业新增1000家，民间投资占比达60%以上，新增规模工业企业1000家以上。",
                 "地区生产总值增长6.1%。高新技术企业突破6000家。民间投资增长18.3%。净增“四上”企业3000多家。")
    assert rows["高新技术企业"].actual is None
    assert rows["民间投资占比"].actual is None
    wider = rows["新增规模工业企业"]
    assert wider.actual is None and wider.status == "unclear"  # 四上 is a wider scope: shown, not paired


def test_each_item_of_the_livelihood_list_meets_by_the_word_on_the_list():
    old = _report(["一、2023年工作回顾", "成效明显。", "二、2024年工作安排", "主要预期目标是：地区生产总值增长6%。",
                   "三、用心用情办好12件重点民生实事", "1.增加公办幼儿园学位25万个。2.新改建农村公路10000公里。"], 2024)
    new = _report(["一、2024年工作回顾", "地区生产总值增长6.1%。圆满完成12件重点民生实事。",
                   "二、2025年工作安排", "地区生产总值增长5%左右。"], 2025)
    rows = [r for r in report_gaps(old[0], new[0], old[1], new[1]).rows if r.target]
    items = [r for r in rows if r.tier == "livelihood"]
    assert [r.indicator for r in items] == ["增加公办幼儿园学位", "新改建农村公路"]  # list numbers gone, 12件 no item
    assert {r.status for r in items} == {"met"} and all(r.evidence for r in items)


def test_a_result_row_that_echoes_a_target_row_goes():
    rows = _pair("主要预期目标是：地区生产总值增长6%，居民收入增长与经济增长同步，粮食产量保持稳定。",
                 "地区生产总值增长6.1%。城乡居民人均可支配收入分别增长6.6%、8.2%。粮食总产达614.9亿斤。")
    table = {r.indicator: r for r in _table("主要预期目标是：地区生产总值增长6%，居民收入增长与经济增长同步，粮食产量保持稳定。",
                                            "地区生产总值增长6.1%。城乡居民人均可支配收入分别增长6.6%、8.2%。粮食总产达614.9亿斤。")
             if r.status == "no_target"}
    assert rows["居民人均可支配收入"].status == "met"
    assert not {"城镇居民人均可支配收入", "农村居民人均可支配收入", "粮食产量"} & set(table)



def test_names_of_figures_in_a_row_share_their_noun():
    rows = _pair("主要预期目标是：地区生产总值增长6%。力争千亿园区达到14家。力争新增限上企业1000家、总数突破1.2万家。"
                 "建成芙蓉学校37所、新开工39所。推动中方等县6所芙蓉学校投入使用。",
                 "地区生产总值增长6.1%。")
    assert {"千亿园区", "限上企业总数", "芙蓉学校新开工", "芙蓉学校投入使用"} <= set(rows)


def test_a_generic_head_takes_whose_it_is_from_the_clause_or_figure_before():
    rows = _pair("主要预期目标是：地区生产总值增长6%。推动全域中药材种植，完成种植面积48万亩，综合产值90亿元。"
                 "实施重点产业项目200个，年度投资300亿元。",
                 "地区生产总值增长6.1%。")
    assert {"中药材种植面积", "中药材综合产值", "重点产业项目年度投资"} <= set(rows)


def test_a_goal_dated_to_a_later_year_and_a_policy_count_are_no_targets_of_the_year():
    rows = _pair("主要预期目标是：地区生产总值增长6%。力争2025年新能源装机达到8000万千瓦。落实民营经济政策和我省33条具体措施。",
                 "地区生产总值增长6.1%。")
    assert set(rows) == {"地区生产总值"}


def test_an_aside_in_a_name_and_a_narrowed_result():
    rows = _pair("主要预期目标是：地区生产总值增长6%。新增自然村通水泥（沥青）路1.5万公里。办好34项重要民生实事。",
                 "地区生产总值增长6.1%。“票根经济”带动在线旅游收入增长近7倍。")
    assert set(rows) == {"地区生产总值", "新增自然村通水泥（沥青）路"}
    results = {r.indicator for r in _table("主要预期目标是：地区生产总值增长6%。", "地区生产总值增长6.1%。在线旅游收入增长近7倍。")
               if r.status == "no_target"}
    assert "旅游收入" not in results  # online tourism is not the tourism income of the jurisdiction


def test_the_standing_framework_of_a_plan_is_no_target():
    rows = _pair("主要预期目标是：地区生产总值增长6%。加快建设4个万亿级产业基地，做大做强机器人、生物医药等10个战略性新兴产业，"
                 "新培育省级特色产业集群5个。",
                 "地区生产总值增长6.1%。")
    assert {r.target.value for r in rows.values()} == {6, 5}  # 5 new clusters are a target; the standing sets are not


def test_a_figure_before_the_word_on_the_livelihood_list_is_no_item_of_it():
    old = _report(["一、2023年工作回顾", "成效明显。", "二、2024年工作安排", "主要预期目标是：地区生产总值增长6%。",
                   "完善生育支持政策体系，新增托位数8万个。办好十项重点民生实事。"], 2024)
    new = _report(["一、2024年工作回顾", "地区生产总值增长6.1%。十项重点民生实事顺利完成。",
                   "二、2025年工作安排", "地区生产总值增长5%左右。"], 2025)
    rows = {r.indicator: r for r in report_gaps(old[0], new[0], old[1], new[1]).rows if r.target}
    assert (rows["新增托位数"].tier, rows["新增托位数"].status) == ("task", "not_reported")


def test_a_list_names_an_indicator_without_its_head():
    rows = _pair("主要预期目标是：地区生产总值增长7.5%，规模工业增加值增长7%。",
                 "地区生产总值增长7.6%，规模工业等主要经济指标增速位居全国前列。")
    assert rows["规模以上工业增加值"].status == "unclear" and rows["规模以上工业增加值"].evidence is not None


def test_the_same_things_done_in_other_words_and_a_near_scope():
    rows = _pair("推动12万亩高标准农田建设，精细治理背街小巷1650条，新建高标准农田示范区40万亩。",
                 "建成高标准农田13.5万亩，整治提升背街小巷2100多条，新认证“两品一标”产品41个。")
    fields = [r for r in rows.values() if "农田" in r.indicator]
    assert sorted((r.status, r.actual is not None) for r in fields) == [("met", True), ("unclear", False)]
    assert rows["精细治理背街小巷"].status == "met"
    # a narrower scope than the only figure is shown, never paired or judged
    demonstration = next(r for r in fields if "示范区" in r.indicator)
    assert demonstration.evidence is not None


def test_a_result_given_as_a_share_of_the_plan():
    rows = _pair("城镇新增就业41万人，新增发放创业担保贷款160亿元。",
                 "城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、98.5%。")
    jobs, loans = rows["城镇新增就业"], rows["新增发放创业担保贷款"]
    assert (jobs.status, jobs.gap, jobs.gap_percent) == ("met", 7.462, 18.2)
    assert (loans.status, loans.actual.value) == ("missed", 98.5)


def test_the_second_figure_of_one_project():
    rows = _pair("实施向阳坪等49个老旧小区86栋老旧房屋改造。",
                 "完成向阳坪等49个老旧小区改造。")
    houses = next(r for r in rows.values() if r.target.value == 86)
    assert houses.status == "unclear" and houses.evidence is not None


def test_bare_investment_growth_is_fixed_asset_investment_and_a_part_of_consumption_is_spoken_of():
    rows = _pair("主要预期目标是：社会消费品零售总额增长5.5%左右。全年实施亿元以上项目1.6万个，投资增长7%左右。",
                 "规上工业增加值、固定资产投资等主要指标增速均高于全国平均水平。带动新能源汽车、家电类消费分别增长40.9%、24.8%。")
    assert rows["固定资产投资"].status == "unclear"
    assert rows["社会消费品零售总额"].status == "unclear"


def test_where_a_thing_stood_at_the_end_of_the_plan_is_last_years_level():
    rows = _five_year_pair("全省高速公路通车里程突破9500公里，培育高新技术企业2200家，城镇新增就业60万人。",
                           "2025年，全省经济稳中向好。",
                           "“十四五”时期，全省高速公路通车里程突破9500公里，有效期内高新技术企业达7800家，城镇新增就业累计300万人。")
    road = next(row for name, row in rows.items() if name.endswith("高速公路通车里程"))
    assert (road.status, road.actual.value) == ("met", 9500)
    # a stock is no count of new ones, and a five-year total is no year's figure
    assert rows["培育高新技术企业"].actual is None
    assert rows["城镇新增就业"].actual is None


def test_a_headline_figure_in_another_measure_is_pointed_at_by_its_target():
    table = _table("主要预期目标是：地区生产总值增长6%。今年海洋生产总值突破3100亿元。",
                   "全年地区生产总值增长6.1%，海洋生产总值增长10.4%。")
    ocean = [row for row in table if row.indicator == "海洋生产总值"]
    assert [(row.status, row.target is not None, row.evidence is not None) for row in ocean] == [("unclear", True, True)]


def test_a_task_is_spoken_of_with_words_between_its_modifier_and_its_head():
    rows = _pair("离岛免税店销售额增长10%。", "离岛免税经营主体销售额470.3亿元。")
    assert rows["离岛免税店销售额"].status == "unclear" and rows["离岛免税店销售额"].evidence is not None


def test_people_meet_a_count_of_visits_and_projects_count_their_things():
    rows = _pair("新增技能人才3万人次，新建改扩建公办幼儿园项目30个。", "新增技能人才12.1万人，新建、改扩建公办幼儿园30个。")
    assert (rows["新增技能人才"].status, rows["新增技能人才"].actual.value) == ("met", 12.1)
    assert rows["新建改扩建公办幼儿园项目"].status == "met"


def test_the_items_of_an_appended_livelihood_list_are_targets_met_by_the_word_on_the_list():
    table = _table(["地区生产总值增长6%左右。", "各位代表，让我们团结奋斗！", "附件1", "自治区2024年33件民生实事清单",
                    "一、促进群众就业增收方面5件", "1.帮扶就业困难人员实现就业5万人（牵头责任单位：自治区人力资源和社会保障厅）"],
                   "年初承诺的33项民生实事全部完成。")
    rows = [r for r in table if r.target and r.tier == "livelihood"]
    assert [(r.target.value, r.target.unit, r.status) for r in rows] == [(5, "万人", "met")]


def test_tourism_spending_is_tourism_revenue_and_names_drop_words_of_effort():
    rows = _pair("旅游收入增长10%以上，努力实现人大代表议案建议办复率全部达到100%。", "游客人次、旅游花费分别增长14%、11%。")
    assert (rows["旅游收入"].status, rows["旅游收入"].actual.value) == ("met", 11)
    assert "人大代表议案建议办复率" in rows


def test_a_task_said_done_in_full_is_met():
    rows = _pair("完成偏远农牧户电网延伸通电工程1.2万户，改造老旧小区1000个。",
                 "全面完成偏远农牧户电网延伸通电工程。老旧小区改造有序推进。")
    assert rows["偏远农牧户电网延伸通电工程"].status == "met"
    assert rows["改造老旧小区"].status == "unclear"


def test_a_stretch_target_is_judged_by_the_same_result():
    rows = [r for r in _table("今年主要预期目标是：地区生产总值增长6%左右，力争达到6%以上。", "全年地区生产总值增长5.4%。")
            if r.target is not None]
    assert [(r.target.comparator, r.target.stretch, r.actual.value, r.status) for r in rows] == [
        ("approx", False, 5.4, "missed"), ("ge", True, 5.4, "missed")]


def test_firms_in_households_or_units_abbreviations_and_a_scale_word():
    rows = _pair("新增规模以上工业企业80户，清洁能源装机突破8200万千瓦。", "培育规上工业企业85家，清洁能源发电装机规模超7900万千瓦。")
    assert (rows["新增规模以上工业企业"].status, rows["新增规模以上工业企业"].actual.value) == ("met", 85)
    assert (rows["清洁能源装机"].status, rows["清洁能源装机"].actual.value) == ("missed", 7900)


def test_a_figure_kept_for_years_running_is_the_years_figure():
    rows = _pair("新增高校毕业生就业创业40万人以上。", "吸引高校毕业生就业创业连续3年超过40万人。")
    assert rows["新增高校毕业生就业创业"].status == "met"


def test_the_word_on_the_livelihood_list_in_quotes():
    table = _table(["主要预期目标是：地区生产总值增长6%。", "今年将扎实办好“十件民生实事”。（1）新改建农村公路10000公里。"],
                   "地区生产总值增长6.1%。“十件民生实事”全面完成。")
    items = [r for r in table if r.target and r.tier == "livelihood"]
    assert [(r.target.value, r.status) for r in items] == [(10000, "met")]


def test_examples_before_a_whole_and_other_names_of_the_same_measures():
    rows = _pair("推动大数据、集成电路、智能终端等数字经济核心产业增长10%以上，旅游人次增长10%，电力总装机超过8900万千瓦。",
                 "数字经济核心产业增加值预计增长10%，全省接待游客人次增长10.4%，电力装机容量突破9200万千瓦。")
    assert rows["数字经济核心产业"].status == "met"
    assert rows["接待游客人次"].actual.value == 10.4
    assert rows["电力总装机"].status == "met"


def test_what_things_are_like_and_other_words_for_the_same_measure():
    rows = _pair("新增联山联水联社区的绿道1000公里，高铁通车里程突破1900公里，新增有进出口实绩企业200家。",
                 "新增绿道1000公里，高铁营业里程突破1900公里，有进出口实绩的企业242家。")
    assert rows["新增联山联水联社区的绿道"].status == "met"
    assert rows["高铁通车里程"].status == "met"
    assert rows["新增有进出口实绩企业"].actual is None  # all of them, not the new ones


def test_a_remark_on_the_livelihood_list_opens_no_list():
    rows = {r.indicator: r for r in _table(["主要预期目标是：地区生产总值增长6%。",
                                            "对票决出来的民生实事项目，集中力量攻坚。每千人口托位数达4.5个。"],
                                           "地区生产总值增长6.1%。10件民生实事圆满完成。") if r.target}
    assert (rows["每千人口托位数"].tier, rows["每千人口托位数"].status) == ("task", "not_reported")


def test_a_tail_of_general_words_names_no_task():
    rows = _pair("纺织服装产业增加值增长10%，新建公共服务平台8个。", "规模以上工业增加值增长8.2%，建成就业大数据智慧服务平台。")
    assert rows["纺织服装产业增加值"].status == "not_reported"
    assert rows["新建公共服务平台"].status == "not_reported"


def test_a_bare_head_is_no_near_scope():
    rows = _pair("地级城市再生水利用率达到30%。", "新能源投资增长70%、装机规模增长38%，利用率达94.5%。")
    assert rows["地级城市再生水利用率"].status == "not_reported"


def test_a_section_on_peoples_lives_holds_its_list_only_after_introducing_it():
    table = _table(["主要预期目标是：地区生产总值增长6%。", "（九）用心用情办好民生实事", "普惠性幼儿园覆盖率达84%。",
                    "今年将继续统筹财力，扎实办好“十件民生实事”。（1）新改建农村公路1万公里。"],
                   "地区生产总值增长6.1%。十件民生实事全面完成。")
    rows = {r.indicator: r for r in table if r.target}
    assert (rows["普惠性幼儿园覆盖率"].tier, rows["普惠性幼儿园覆盖率"].status) == ("task", "not_reported")
    road = next(r for r in rows.values() if r.target.value == 1)
    assert (road.tier, road.status) == ("livelihood", "met")


def test_a_level_reached_is_no_count_of_new_ones_nor_the_reverse():
    rows = _pair("科技型中小企业达到3000家，新开通5G基站4万个。", "净增科技型中小企业853家，5G基站达到24.2万个。")
    assert rows["科技型中小企业"].actual is None
    assert rows["新开通5G基站"].actual is None
