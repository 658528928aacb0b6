from datetime import date

import pytest

from hjdesk.core.metadata import detect


def test_seed_title_block(seed_text):
    meta = detect(seed_text.split("\n"))
    assert (meta.jurisdiction, meta.year, meta.delivered) == ("洪江区", 2025, date(2024, 12, 17))
    assert (meta.title, meta.speaker) == ("2025年洪江区管委工作报告", "钟跃波")


@pytest.mark.parametrize("lines, expected", [
    # A district delivers in December for the next year.
    (["政府工作报告", "——2023年12月20日在某某县第十八届人民代表大会第三次会议上", "县长 张三"], ("某某县", 2024)),
    # Provinces deliver in January of the report year, dates in Chinese numerals.
    (["政府工作报告——", "二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上", "北京市市长 殷勇"], ("北京市", 2024)),
    (["政府工作报告", "——2023年3月5日在第十四届全国人民代表大会第一次会议上", "国务院总理 李强"], ("全国", 2023)),
    # No date line: the title's year and the 'on behalf of' sentence decide.
    (["各位代表：", "现在，我代表江西省人民政府向大会报告工作。", "一、2024年工作回顾"], ("江西省", 2025)),
])
def test_jurisdiction_and_year(lines, expected):
    meta = detect(lines)
    assert (meta.jurisdiction, meta.year) == expected


def test_title_from_container_and_province_mentions():
    lines = ["各位代表：", "现在，我代表省人民政府，向大会报告工作。", "河南经济稳中向好，河南人民团结奋斗，河南发展迈上新台阶。"]
    meta = detect(lines, title_hint="2026年政府工作报告")
    assert (meta.jurisdiction, meta.year) == ("河南省", 2026)


def test_a_city_that_names_its_province_more_often_is_the_city():
    lines = ["政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
             "一、2024年工作回顾", "过去一年，在湖南省委、湖南省政府和市委的坚强领导下，怀化市经济稳中有进。",
             "湖南省下达的任务全面完成，在湖南省考核中排名靠前，湖南省重点项目落地。怀化市生产总值增长5%，怀化市新增就业3万人。"]
    assert detect(lines).jurisdiction == "怀化市"
    county = [line.replace("市人民政府", "县人民政府").replace("怀化市", "会同县") for line in lines]
    assert detect(county).jurisdiction == "会同县"


@pytest.mark.parametrize("jurisdiction, level", [
    ("全国", "national"), ("湖南省", "province"), ("北京市", "province"), ("广西壮族自治区", "province"),
    ("怀化市", "city"), ("湘西土家族苗族自治州", "city"), ("会同县", "county"), ("麻阳苗族自治县", "county"),
    ("洪江区", "district"), ("", ""),
])
def test_the_level_of_government_follows_the_name(jurisdiction, level):
    from hjdesk.core.metadata import level_of

    assert level_of(jurisdiction) == level
