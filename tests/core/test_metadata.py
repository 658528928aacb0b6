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
