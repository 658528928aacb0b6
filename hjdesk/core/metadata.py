"""Who delivered a report, when, and for which year, read from its title block."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from .model import ReportMeta
from .resources import read_lines

_TITLE_BLOCK_PARAGRAPHS = 12
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = r"(?:省|市|自治区|特别行政区|自治州|地区|州|盟|区|县|旗|新区)"
_NAME = rf"[\u4e00-\u9fff]{{1,12}}?{_UNIT}"
_DATE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_CONGRESS = re.compile(rf"(?:^|[在于\s—(（])(?P<j>{_NAME})第[一二三四五六七八九十]+届人民代表大会")
_NATIONAL = re.compile(r"全国人民代表大会")
_TITLE = re.compile(rf"(?P<y>\d{{4}})年(?P<j>{_NAME})?(?:人民)?(?:政府|管委会?|管理委员会)?工作报告")
_SPEAKER_ROLE = r"(?:代理?)?(?:省长|市长|主席|区长|县长|州长|盟长|旗长|主任|总理)"
_SPEAKER = re.compile(rf"^(?P<org>.{{0,30}}?){_SPEAKER_ROLE}\s*(?P<name>[\u4e00-\u9fff·]{{2,12}})$")
_ON_BEHALF = re.compile(rf"我代表(?P<j>{_NAME})(?:人民政府|管委会?|管理委员会)")
_YEAR_HEADING = re.compile(r"(\d{4})年(?:工作回顾|工作总结)|(\d{4})年(?:工作安排|重点工作|主要目标|目标任务|政府工作任务|工作总体要求)")
# Generic prefixes that a name pattern can swallow: "在湖南省" -> "湖南省".
_LEADING_NOISE = re.compile(r"^(?:在|于|的|和|及|向|——|—)+")


def detect(paragraphs: list[str], title_hint: str = "") -> ReportMeta:
    """Metadata from a report's paragraphs (and a title from its container)."""
    head = paragraphs[:_TITLE_BLOCK_PARAGRAPHS]
    delivered = _delivery_date(head)
    title = _title(head, title_hint)
    return ReportMeta(
        jurisdiction=_jurisdiction(head, paragraphs, title_hint),
        year=_report_year(head, paragraphs, title_hint, delivered),
        delivered=delivered,
        title=title,
        speaker=_speaker(head),
    )


def _delivery_date(head: list[str]) -> date | None:
    for line in head:
        match = _DATE.search(line)
        if match and ("会议" in line or "——" in line or line.startswith(("(", "（"))):
            try:
                return date(*(_number(group) for group in match.groups()))
            except ValueError:
                continue
    return None


def _number(text: str) -> int:
    """Arabic or Chinese numerals as written in dates (二〇二四, 二十一)."""
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGITS for ch in text) and len(text) == 4:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


def _title(head: list[str], title_hint: str) -> str:
    for line in head:
        if "工作报告" in line and len(line) <= 60:
            title = re.split(r"\s*——|\s*[(（]\d{4}年", line.replace("原标题：", ""))[0].strip("*# ")
            if title:
                return title
    return title_hint or "政府工作报告"


def _jurisdiction(head: list[str], paragraphs: list[str], title_hint: str) -> str:
    block = "\n".join(head)
    for source in (block, title_hint):
        found = _CONGRESS.search(source)
        if found:
            return _clean(found.group("j"))
    if _NATIONAL.search(block) or any("我代表国务院" in line for line in paragraphs[:20]):
        return "全国"
    for line in [title_hint, *head]:
        found = _TITLE.search(line)
        if found and found.group("j"):
            return _clean(found.group("j"))
    for line in head:
        found = _SPEAKER.match(line.strip("*# "))
        if found:
            names = re.findall(_NAME, found.group("org"))
            if names:
                return _clean(names[-1])
    for line in paragraphs[:40]:
        found = _ON_BEHALF.search(line)
        if found and len(found.group("j")) > 2:
            return _clean(found.group("j"))
    text = "\n".join(paragraphs)
    # 我代表市人民政府: a city's report names its province many times, but speaks as the city
    own = _OWN_LEVEL.search("\n".join(paragraphs[:40]))
    if own and own.group("unit") not in ("省", "自治区"):
        return _most_mentioned(text, own.group("unit")) or _most_mentioned_province(text)
    return _most_mentioned_province(text)


_OWN_LEVEL = re.compile(r"我代表(?P<unit>省|市|区|县|州|旗|盟|自治区|自治州|自治县)(?:人民政府|政府|委员会|管委会)")
#: Bare names of a level that are no place (本市, 全市, 各县): what stands before the unit word is too general.
_NOT_PLACES = re.compile(r"^(?:本|全|各|该|我|此|城|地|两|三|多|每|市|县|区|省|郊|新|城乡|重点|开发|园|社)")


def _most_mentioned(text: str, unit: str) -> str:
    """The place with that unit word (怀化市) the text names most, at least three times; not a province."""
    provinces = set(_provinces().values())
    names = (_LEADING_NOISE.sub("", re.split(r"在|于|和|及|与|对|到|是|的", name)[-1])
             for name in re.findall(rf"[\u4e00-\u9fff]{{2,4}}?{unit}", text))
    counts = Counter(name for name in names if len(name) >= 2 + len(unit) - 1 and not _NOT_PLACES.match(name)
                     and name not in provinces)
    best = [name for name, n in counts.most_common(1) if n >= 3]
    return best[0] if best else ""


#: Levels of government, by the unit word a jurisdiction's name ends with.
LEVELS = ("national", "province", "city", "county", "district")


def level_of(jurisdiction: str) -> str:
    """``national``, ``province``, ``city``, ``county``, ``district`` or ``""``:
    全国; 湖南省, 北京市 (a municipality), 广西壮族自治区; 怀化市, 湘西土家族苗族自治州;
    麻阳苗族自治县, 会同县; 洪江区 (a district or a zone under a city)."""
    if not jurisdiction:
        return ""
    if jurisdiction == "全国":
        return "national"
    if jurisdiction in set(_provinces().values()):
        return "province"
    if jurisdiction.endswith(("市", "州", "盟", "地区")):
        return "city"
    if jurisdiction.endswith(("县", "旗")):
        return "county"
    if jurisdiction.endswith(("区", "新区")):
        return "district"
    return ""


def _clean(name: str) -> str:
    name = _LEADING_NOISE.sub("", re.split(r"在|于", name)[-1])
    # "怀化市洪江区": the smallest unit is the jurisdiction whose report it is.
    units = re.findall(rf"[\u4e00-\u9fff]+?{_UNIT}", name)
    if len(units) > 1 and all(len(unit) >= 3 for unit in units):
        return _expand(units[-1])
    return _expand(name)


def _expand(name: str) -> str:
    """Short forms of provinces (湖南) become their full names (湖南省)."""
    return _provinces().get(name, name)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Short and full names of the provincial-level divisions, from resources."""
    table: dict[str, str] = {}
    for line in read_lines("jurisdictions.txt"):
        full, *short = line.split()
        table[full] = full
        for alias in short:
            table[alias] = full
    return table


def _most_mentioned_province(text: str) -> str:
    counts = Counter({full: 0 for full in set(_provinces().values())})
    for alias, full in _provinces().items():
        if alias != full:
            counts[full] += text.count(alias)
    best, hits = counts.most_common(1)[0] if counts else ("", 0)
    return best if hits >= 3 else ""


def _report_year(head: list[str], paragraphs: list[str], title_hint: str,
                 delivered: date | None) -> int | None:
    for line in [*head[:4], title_hint]:
        found = _TITLE.search(line) or re.search(r"(\d{4})年\s*[)）]?$", line) if "报告" in line else None
        if found:
            return int(found.group(1))
    if delivered:
        # A district delivers in December for the coming year; provinces and
        # the State Council deliver in January to March of the report year.
        return delivered.year + 1 if delivered.month >= 9 else delivered.year
    for line in paragraphs:
        found = _YEAR_HEADING.search(line) if len(line) <= 60 else None
        if found:
            return int(found.group(1)) + 1 if found.group(1) else int(found.group(2))
    return None


def _speaker(head: list[str]) -> str:
    for line in head:
        found = _SPEAKER.match(line.strip("*# "))
        if found:
            return found.group("name")
        inline = re.search(rf"{_SPEAKER_ROLE}\s*([\u4e00-\u9fff·]{{2,12}})\s*[)）]", line)
        if inline:
            return inline.group(1)
    return ""
