"""Indicator extraction: literal expectations on tiny inputs, and precision,
recall and role accuracy against the hand annotation of the seed."""

from __future__ import annotations

import csv
import re

import pytest

from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers.text import read_text

from ..conftest import GOLD, SEED


def indicators(lines: list[str], year: int = 2025):
    imported = read_text("\n".join(lines))
    return extract_indicators(parse_report(imported.text, imported.paragraphs, year=year))


def plan(*sentences: str):
    return indicators(["一、2024年工作回顾", "各项工作扎实推进，成效明显。", "二、2025年工作安排", *sentences])


def row(i):
    return (i.name, i.measure, i.value, i.value_high, i.unit, i.comparator, i.role)


def test_qualifiers_decide_the_comparator():
    found = plan("全年接待游客人次增长13%以上，城镇登记失业率控制在4.5%以内，地区生产总值增长5.5%左右，"
                 "引进产业项目1—2个，农产品出口额3000余万元，粮食总产7000吨。")
    assert [(i.value, i.value_high, i.comparator) for i in found] == [
        (13, None, "ge"), (4.5, None, "le"), (5.5, None, "approx"), (1, 2, "range"), (3000, None, "ge"),
        (7000, None, "eq")]
    assert all(i.role == "target" and i.year == 2025 for i in found)


def test_declines_points_and_widths():
    found = plan("化肥农药使用强度下降5%，研发经费投入强度提高0.2个百分点，森林覆盖率稳定在58.98%以上，"
                 "进出口总额增长９％ 以上。")
    assert [(i.measure, i.value, i.unit, i.comparator) for i in found] == [
        ("growth_rate", -5, "%", "eq"), ("growth_rate", 0.2, "个百分点", "eq"), ("share", 58.98, "%", "ge"),
        ("growth_rate", 9, "%", "ge")]


def test_distribution_and_shared_subjects():
    found = plan("城乡居民人均可支配收入分别增长5.5%、7%，办复率和满意率均为100%，新增家庭农场6家、合作社4家。")
    assert [(i.name, i.value) for i in found] == [
        ("城镇居民人均可支配收入", 5.5), ("农村居民人均可支配收入", 7), ("办复率", 100), ("满意率", 100),
        ("新增家庭农场", 6), ("新增合作社", 4)]  # the list shares its verb
    assert found[0].canonical == "城镇居民人均可支配收入"


def test_numbers_in_names_are_not_quantities():
    found = plan("引进“三类500强”企业，创建国家5A旅游景区，办好第十一届大会，科学编制“十五五”规划，"
                 "2025年是关键之年，12345热线运行良好。")
    assert found == ()


def test_descriptors_and_five_year_goals_are_not_targets():
    found = plan("推进年产5万吨项目建设，启动220千伏输变电站建设，再延长30年，“十五五”时期年均增长6%，"
                 "地区生产总值增长6%。")
    assert [(i.value, i.role) for i in found] == [(5, "other"), (220, "other"), (30, "other"), (6, "other"),
                                                  (6, "target")]


def test_estimate_flag_covers_the_figure_it_follows_and_those_after():
    found = indicators(["一、2024年工作回顾", "全年地区生产总值增长5.2%(预计数,下同),固定资产投资增长12%。",
                        "城乡居民养老保险待遇提高到180元/月。", "二、2025年工作安排", "地区生产总值增长6%。"])
    assert [(i.canonical, i.role, i.year) for i in found] == [
        ("地区生产总值", "estimate", 2024), ("固定资产投资", "estimate", 2024),
        ("城乡居民养老保险待遇", "actual", 2024), ("地区生产总值", "target", 2025)]


def test_level_then_growth_shares_the_subject():
    (level, growth) = indicators(["一、2024年工作回顾", "实现规模工业总产值82亿元,增长10.2%。"])
    assert (level.measure, growth.measure, growth.name) == ("amount", "growth_rate", "规模工业总产值")
    assert growth.quote == "规模工业总产值82亿元,增长10.2%"


def _norm_unit(unit: str) -> str:
    return re.sub(r"[(（].*?[)）]", "", unit)


def match_gold(found, gold):
    """Greedy one-to-one matching on value, unit and overlapping span."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        start, end = int(g["char_start"]), int(g["char_end"])
        for index, i in enumerate(found):
            if (index not in used and abs(i.value - float(g["value"])) < 1e-9
                    and _norm_unit(i.unit) == _norm_unit(g["unit"]) and i.char_start < end and start < i.char_end):
                used.add(index)
                pairs.append((g, i))
                break
    return pairs


@pytest.fixture(scope="module")
def seed_gold():
    path = GOLD / "seed_indicators.csv"
    if not path.exists():
        pytest.skip("../shared/gold is not beside the checkout")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_seed_against_the_hand_annotation(seed_gold):
    imported = read_text(SEED.read_text(encoding="utf-8"))
    found = extract_indicators(parse_report(imported.text, imported.paragraphs))
    pairs = match_gold(found, seed_gold)
    precision, recall = len(pairs) / len(found), len(pairs) / len(seed_gold)
    role_accuracy = sum(g["role"] == i.role for g, i in pairs) / len(pairs)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    assert role_accuracy >= 0.95, role_accuracy
    comparator_accuracy = sum(g["comparator"] == i.comparator for g, i in pairs) / len(pairs)
    assert comparator_accuracy >= 0.95, comparator_accuracy
    for g, i in pairs:
        assert imported.text[i.char_start:i.char_end] == i.quote


def test_chinese_numerals_that_count():
    found = indicators(["一、2024年工作回顾", "上级补助资金1.32亿元,是去年的两倍,完成义务植树十万株。",
                        "二、2025年工作安排", "全力“创5A景区、建百亿园区”,培育千亿产业,推进三类项目、两个确立。"])
    assert [(i.value, i.unit, i.measure, i.comparator, i.role) for i in found] == [
        (1.32, "亿元", "amount", "eq", "actual"), (2, "倍", "ratio_multiple", "eq", "actual"),
        (10, "万株", "count", "eq", "actual"), (100, "亿元", "amount", "ge", "other"),
        (1000, "亿元", "amount", "ge", "other")]


def test_the_user_can_extend_the_dictionary(tmp_path, monkeypatch):
    from hjdesk.core import names

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "hjdesk").mkdir()
    (tmp_path / "hjdesk" / "indicators.tsv").write_text(
        "# 本地说法\n旅游总收入\tup\t旅游综合收入|文旅收入\n坏行\n", encoding="utf-8")
    for cached in (names.dictionary, names._wordings, names.lookup):
        cached.cache_clear()
    try:
        assert names.canonical_name("全年文旅收入") == "旅游总收入"
        assert names.canonical_name("地区生产总值") == "地区生产总值"
    finally:
        for cached in (names.dictionary, names._wordings, names.lookup):
            cached.cache_clear()


def test_respectively_with_a_shared_head():
    found = plan("交通、水利分别完成投资2500亿元、800亿元。")
    assert [(i.name, i.value, i.unit) for i in found] == [("交通投资", 2500, "亿元"), ("水利投资", 800, "亿元")]


def test_what_a_verb_counts_stands_after_the_number():
    found = plan("建立9个紧密型城市医疗集团，提升基层诊疗能力。使用1000亿元失业保险基金支持稳岗和培训。"
                 "建设10条具有国际范、中国味的精品线路。城镇新增就业70万人。")
    assert [i.name for i in found] == ["建立紧密型城市医疗集团", "使用失业保险基金支持稳岗和培训", "建设精品线路",
                                       "城镇新增就业"]


def test_a_verb_after_its_manner_or_before_its_result_still_counts_what_follows():
    found = plan("稳妥推进30个老旧片区综合更新。因势利导培育98个特色专业镇。建好5个人才效能提升重点平台。"
                 "做大13家省级消费品特色园区。")
    assert [i.name for i in found] == ["稳妥推进老旧片区综合更新", "因势利导培育特色专业镇", "建好人才效能提升重点平台",
                                       "做大省级消费品特色园区"]


def test_a_list_of_verbs_counts_the_noun_after_the_number_and_a_grade_and_above_is_one_item():
    found = plan("新建、改扩建60所城镇义务教育学校。主要河流出境断面水质优良率、县级及以上集中式饮用水水源地水质达标率均保持100%。")
    assert [i.name for i in found] == ["新建、改扩建城镇义务教育学校", "主要河流出境断面水质优良率",
                                       "县级及以上集中式饮用水水源地水质达标率"]


def test_a_size_over_which_things_are_counted_is_no_target():
    found = plan("新增产值超10亿元龙头企业5家。盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点。"
                 "年销售收入超10亿元的龙头企业达100家以上。营业收入超过1000亿元。")
    targets = [(i.value, i.unit) for i in found if i.role == "target"]
    assert (10, "亿元") not in targets and (2000, "万元") not in targets
    assert (1000, "亿元") in targets and (100, "家") in targets


def test_the_number_of_an_item_in_a_list_is_no_name():
    found = plan("十二是对2万名上消化道癌高风险人群开展内镜检查。十三是完成4万户特殊困难老年人家庭适老化改造。")
    assert [i.name for i in found] == ["上消化道癌高风险人群", "特殊困难老年人家庭适老化改造"]


def test_each_figure_of_a_list_counts_the_noun_after_it():
    found = plan("建设300个以上精品示范村、2500个左右提档升级村。打造“三峡”等10条精品旅游线路和100家精品旅游景区。"
                 "支持每个乡镇至少办好1所优质初中、每个县至少办好1所优质高中。")
    assert [i.name for i in found] == ["建设精品示范村", "建设提档升级村", "精品旅游线路", "精品旅游景区", "每个乡镇优质初中",
                                       "每个县优质高中"]


def test_a_standing_set_acted_on_is_no_target_and_a_level_shares_its_noun():
    found = plan("加快5个在建煤电项目建设。支持103个国家级省级开发区集约集聚发展。推动4个国家级和4个省级区域医疗中心错位发展，"
                 "新建5个国家级和30个省级临床重点专科。")
    assert [(i.name, i.value) for i in found if i.role == "target"] == [("新建国家级临床重点专科", 5),
                                                                         ("新建省级临床重点专科", 30)]


def test_names_keep_their_asides_drop_their_adverbs_and_say_what_is_caused():
    found = plan("建设社区嵌入式养老服务机构（综合体）100个。粮食产量继续保持500亿斤以上。"
                 "推动12所县医院达到三级服务能力水平，实施乡村医疗卫生机构建设。开展农村供水工程维修养护1700处，受益180万人。")
    assert [i.name for i in found] == ["建设社区嵌入式养老服务机构（综合体）", "粮食产量", "县医院达到三级服务能力水平",
                                       "开展农村供水工程维修养护", "农村供水工程维修养护受益人口"]


def test_the_items_of_a_list_share_its_verb():
    found = plan("新增高新技术企业3500家以上、科技型中小企业7533家。建成投用600个公共文化空间、182个口袋体育公园。"
                 "建成芙蓉学校37所、新开工39所。更新汽车50万辆、家电800万台。")
    assert [i.name for i in found] == ["新增高新技术企业", "新增科技型中小企业", "建成投用公共文化空间", "建成口袋体育公园",
                                       "建成芙蓉学校", "芙蓉学校新开工", "更新汽车", "更新家电"]


def test_a_size_class_names_what_the_next_figure_counts():
    found = plan("支持特色产业集群（基地）建设，培育百亿级集群25个。")
    assert [(i.name, i.value) for i in found if i.role == "target"] == [("百亿级集群", 25)]


def test_proper_names_and_heads_after_the_number_stay():
    found = plan("实施现代服务业发展20项工程。新增全国重点实验室2家。户籍人口城镇化率达47.1%左右。")
    assert [i.name for i in found] == ["实施现代服务业发展工程", "新增全国重点实验室", "户籍人口城镇化率"]
    assert found[2].canonical == "户籍人口城镇化率"  # not the resident-population rate


def test_nouns_after_the_number_with_grades_asides_and_bounds():
    found = plan("选派1200名以上科技特派员到基层开展科技服务。创建60条（段）幸福河湖。在161个国家4A级以上旅游景区实施“平安黔哨”工程。"
                 "新建1万个5G基站。30户以上自然村寨生活垃圾收运设施覆盖率提高至80%。")
    assert [i.name for i in found if i.role == "target"] == [
        "选派科技特派员到基层", "创建幸福河湖", "国家4A级以上旅游景区", "新建5G基站", "30户以上自然村寨生活垃圾收运设施覆盖率"]


def test_a_share_names_what_its_part_does():
    found = plan("省级产业类科技计划项目80%以上由企业牵头承担，将财政科技资金80%以上投入“六大产业基地”等领域。")
    assert [i.name for i in found] == ["省级产业类科技计划项目由企业牵头承担的比例", "财政科技资金投入“六大产业基地”等领域的比例"]


def test_sizes_make_ups_bounds_and_tools_are_no_targets():
    found = plan("创建年收益50万元以上集体经济强村100个。加快建设千万千瓦级绿能产业园区。建成社区健身路径或3人制篮球场200个。"
                 "发挥10亿元省级前期工作专项资金作用。用好企业所得税减按15%征收政策。实施100个以上重点项目。")
    assert [(i.name, i.value) for i in found if i.role == "target"] == [
        ("创建年收益50万元以上集体经济强村", 100), ("建成社区健身路径或3人制篮球场", 200), ("实施重点项目", 100)]


def test_what_was_done_before_figures_in_names_and_counts_of_named_things_are_no_targets():
    found = plan("持续推进已批建的3家省实验室建设。落实国家新一轮千亿斤粮食产能提升行动。"
                 "加快设置新疆工业职业技术大学、新疆铁道与能源职业技术大学2所。新增高新技术企业、科技型中小企业2000家。")
    assert [(i.value, i.unit) for i in found if i.role == "target"] == [(2000, "家")]


def test_a_stretch_of_the_same_growth_and_the_size_of_trade():
    found = plan("今年主要预期目标是：地区生产总值增长6%左右，力争达到6%以上。外贸规模突破2100亿元。")
    assert [(i.canonical, i.measure, i.comparator, i.stretch) for i in found] == [
        ("地区生产总值", "growth_rate", "approx", False), ("地区生产总值", "growth_rate", "ge", True),
        ("进出口总额", "amount", "ge", False)]


def test_verbs_joined_asides_in_lists_and_bounds_within_a_distance():
    found = plan("新建和更新60处群众身边的运动场地和健身设施。为符合条件的孤儿每人发放1万元助学金。"
                 "力争政务公开率（应公开）、行政机关负责人出庭应诉率全部达到100%。公交与轨道50米内换乘比例达到90%。")
    assert [i.name for i in found if i.role == "target"] == [
        "新建和更新运动场地和健身设施", "符合条件的孤儿每人助学金", "政务公开率（应公开）", "行政机关负责人出庭应诉率",
        "公交与轨道50米内换乘比例"]


def test_a_comparison_inside_a_subject_and_a_list_of_sectors_sharing_a_measure():
    found = indicators(["一、2025年工作回顾", "全体居民人均可支配收入增速高于经济增速、突破3万元。"
                        "装备制造业、高技术制造业增加值分别增长10.7%、9.5%。", "二、2026年工作安排", "地区生产总值增长5%。"], 2026)
    assert [(i.canonical, i.value) for i in found][:3] == [("居民人均可支配收入", 3), ("装备制造业增加值", 10.7),
                                                          ("高技术制造业增加值", 9.5)]


def test_a_list_shares_its_measure():
    found = plan("力争整车产量200万辆、新能源汽车140万辆。")
    assert [i.name for i in found] == ["整车产量", "新能源汽车产量"]


def test_a_list_is_split_where_its_items_are():
    found = plan("农村生活污水治理率、自来水普及率、生活垃圾分类屋（亭）行政村覆盖率分别达90%、96%、100%。")
    assert [(i.name, i.value) for i in found] == [("农村生活污水治理率", 90), ("自来水普及率", 96),
                                                  ("生活垃圾分类屋（亭）行政村覆盖率", 100)]


def test_a_verb_with_its_complement_counts_the_nouns_after_it():
    found = plan("打造好23个现代产业学院、6个专业特色学院、2个未来技术学院，努力输送更多人才。")
    assert [(i.name, i.value) for i in found] == [("打造好现代产业学院", 23), ("打造专业特色学院", 6), ("打造未来技术学院", 2)]


def test_work_to_push_on_is_no_figure_to_reach():
    found = plan("加快呼南高铁宜昌至常德段等1100个重大交通物流项目建设。新开工重大项目100个。推进9个全国重点实验室重组获批。"
                 "加快实施3所高职院校改迁建项目。")
    assert [(i.value, i.role) for i in found] == [(1100, "other"), (100, "target"), (9, "target"), (3, "target")]


def test_what_stands_already_is_no_target():
    found = plan("对已经谋划的近1400个重点工业项目，加快推进。我区有20个对外开放口岸。在去年布局5个点位基础上，再布局10个点位。")
    assert [(i.value, i.role) for i in found] == [(1400, "other"), (20, "other"), (5, "other"), (10, "target")]


def test_this_year_after_the_subject_is_no_part_of_it():
    assert [i.canonical for i in plan("固定资产投资今年增长10%以上。")] == ["固定资产投资"]


def test_a_list_shares_its_rate_and_what_its_share_reaches():
    found = plan("社区养老服务设施、乡镇（街道）综合养老服务中心、农村老饭桌覆盖率分别达到90%、60%、35%以上。"
                 "县级综合医院、基层医疗卫生机构100%达到国家标准。")
    assert [i.name for i in found] == ["社区养老服务设施覆盖率", "乡镇（街道）综合养老服务中心覆盖率", "农村老饭桌覆盖率",
                                       "县级综合医院达到国家标准的比例", "基层医疗卫生机构达到国家标准的比例"]


def test_plan_and_time_words_before_a_subject_are_no_part_of_it():
    assert [i.name for i in plan("计划实施项目2900个。年内开工城中村改造6000套。")] == ["实施项目", "开工城中村改造"]


def test_a_sum_in_yi_with_its_yuan_unsaid():
    found = plan("力争技术合同交易额突破百亿。营收突破100亿，粮食产量突破千亿斤。")
    assert [(i.canonical, i.value, i.unit) for i in found] == [("技术合同成交额", 100, "亿元"), ("营收", 100, "亿元"),
                                                               ("粮食产量", 1000, "亿斤")]


def test_the_count_of_short_items_named_one_by_one_is_no_target():
    found = plan("推动肉羊、玉米2个千亿级产业链提质增效。推进钢铁、有色、化工、建材4个重点行业绿色化改造全覆盖。新建学校、医院30个。")
    assert [(i.value, i.role) for i in found if i.unit in ("个",)] == [(2, "other"), (4, "other"), (30, "target")]


def test_how_the_region_stands_and_guidance_for_each_place_are_no_targets():
    found = plan("我区60岁以上老年人546万、占常住人口的22.8%。每个县重点发展1—2个主导产业。我省力争新增就业50万人。新建学校3-5所。")
    assert [(i.value, i.role) for i in found] == [(22.8, "other"), (22.8, "other"), (1, "other"), (50, "target"),
                                                  (3, "target")]


def test_standing_bodies_kept_running_are_no_targets():
    found = plan("发挥好9个国家区域医疗中心服务功能。推动6个省级区域医疗中心加快运行。新建3个省级区域医疗中心。")
    assert [(i.value, i.role) for i in found] == [(9, "other"), (6, "other"), (3, "target")]


def test_the_size_of_a_plant_in_its_name_is_no_target():
    found = plan("开工建设国能宁煤70万吨煤制烯烃项目，推进80万吨煤制油升级示范。新建光伏电站200万千瓦。")
    assert [(i.value, i.role) for i in found] == [(70, "other"), (80, "other"), (200, "target")]
