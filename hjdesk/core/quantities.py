"""Finding the quantities in a stretch of report text: a number (Arabic,
full-width or Chinese), its unit with any magnitude (万亩, 亿元), the words that
bound it (余, 以上, 以内, 左右, 不低于, 控制在…以内) and ranges (1—2个, 4.5%—5%).

Names that hold numbers are not quantities: years and dates, ordinals (第十一届),
numbers inside quotation marks or book titles (“三类500强”, 《…》), model names
(5A, 5G) and numbers with no unit (12345热线)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import read_lines

#: Full-width digits and signs mapped one-to-one, so offsets do not move.
WIDTH = str.maketrans("０１２３４５６７８９％．－～", "0123456789%.-~")
_MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4}
_SCALABLE = {"money", "usd", "people", "visits", "count", "households", "mass", "area", "power", "energy",
             "volume", "coal", "containers", "length"}
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = "零〇一二两三四五六七八九十百千"
_RANGE_DASH = "—–-~至到"
_LOWER = ("以上", "不低于", "不少于", "超过", "多于", "余", "多")
_UPPER = ("以下", "以内", "不超过", "不高于", "低于")


@dataclass(frozen=True)
class Unit:
    name: str
    unit_class: str
    factor: float  # to the class's base unit


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and bound, ``[start, end)`` in the text."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    unit_class: str
    comparator: str  # eq ge le approx range
    number_start: int


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Every accepted unit spelling, magnitudes included (万亩 → area ×10000)."""
    table: dict[str, Unit] = {}
    for line in read_lines("units.tsv"):
        name, unit_class, factor = line.split("\t")
        table[name] = Unit(name, unit_class, float(factor))
    for base in list(table.values()):
        if base.unit_class in _SCALABLE:
            for prefix, scale in _MAGNITUDES.items():
                table.setdefault(prefix + base.name, Unit(prefix + base.name, base.unit_class, base.factor * scale))
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # A number never starts inside a run of digits or numerals (_standalone
    # would refuse it): without the look-behinds a long run is quadratic.
    names = sorted(units(), key=len, reverse=True)
    unit = "|".join(re.escape(name) for name in names)
    return re.compile(
        rf"(?P<num>(?<![\dA-Za-z.第])\d+(?:\.\d+)?|(?<![{_CN_NUMBER}第])[{_CN_NUMBER}]+)(?:\s?(?:——|[—–~至到-])\s?(?P<num2>\d+(?:\.\d+)?))?"
        rf"\s?(?P<approx>余|多)?\s?(?P<unit>{unit})(?P<approx2>余|多)?"
        rf"(?:\s?(?P<bound>以上|以下|以内|左右))?")


_RANK = re.compile(r"(?:全国|全省|全市|全区|全县|全州|全盟|全球|世界)(?:排名|排位)?(?:第|前)(?P<num>\d{1,3})(?:位|名)?")


# 翻一番: a growth of 100% (翻两番 300%), written without a number.
_DOUBLING = re.compile(r"翻(?P<n>一|两|二|三)番")
_BARE_MAGNITUDE = re.compile(r"(?<=突破|超过)万(?P<unit>家|个|户|所|项|人)")
#: 交易额突破百亿, 营收突破100亿: a sum in 亿 with its 元 left unsaid, at the end of its clause.
_BARE_MONEY = re.compile(r"(?<=突破|超过|达到|迈上)(?P<num>\d+(?:\.\d+)?|[百千])亿(?=[，,；;。！!？?\n]|$)")
#: 居民消费价格指数持平, 涨幅基本持平: a change of zero, written without a number.
_FLAT = re.compile(r"(?:同比|比上年)?(?P<about>基本|总体)?(?<!支)持平(?!台)")
#: …与全国持平, 和上年基本持平: level with something else, not a change of zero.
_LEVEL_WITH = re.compile(r"[与和同跟][\u4e00-\u9fff“”]{0,8}$")
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}

# 百亿园区, 千亿产业, 万亿级: a size class named by its threshold, often in a
# slogan within quotation marks; a lower bound in money, never a measurement.
_SIZE_CLASS = re.compile(r"(?<![\d一二两三四五六七八九十百千万])(?P<num>百|千|万)亿(?=级?(?:园区|产业|企业|集群|工程|项目|台阶|市场|级))")


def find_quantities(norm: str, start: int, end: int) -> list[Quantity]:
    """Quantities in ``norm[start:end]``; ``norm`` is the text after :data:`WIDTH`."""
    found = _find_measures(norm, start, end)
    named: list[Quantity] = []
    for match in _SIZE_CLASS.finditer(norm, start, end):
        value, unit = (1.0, "万亿元") if match.group("num") == "万" else (cn_number(match.group("num")), "亿元")
        named.append(Quantity(match.start(), match.end(), value, None, unit, "size_class", "ge", match.start()))
    for match in _DOUBLING.finditer(norm, start, end):
        times = _DOUBLINGS[match.group("n")]
        named.append(Quantity(match.start(), match.end(), (2 ** times - 1) * 100.0, None, "%", "doubling", "eq",
                              match.start()))
    for match in _BARE_MAGNITUDE.finditer(norm, start, end):
        # 高新技术企业突破万家: a magnitude alone is one of it
        unit = "万" + match.group("unit")
        if unit in units():
            named.append(Quantity(match.start(), match.end(), 1.0, None, unit, units()[unit].unit_class, "ge",
                                  match.start()))
    for match in _BARE_MONEY.finditer(norm, start, end):
        number = match.group("num")
        value = float(number) if number[0].isdigit() else float(cn_number(number))
        named.append(Quantity(match.start(), match.end(), value, None, "亿元", units()["亿元"].unit_class, "ge",
                              match.start()))
    for match in _FLAT.finditer(norm, start, end):
        before = norm[max(start, match.start() - 10):match.start()]
        if not _LEVEL_WITH.search(re.split(r"[，,；;。：:]", before)[-1]):
            comparator = "approx" if match.group("about") else "eq"
            named.append(Quantity(match.start(), match.end(), 0.0, None, "%", "flat", comparator, match.start()))
    for match in _RANK.finditer(norm, start, end):
        le = "le" if "前" in match.group(0) else "eq"
        named.append(Quantity(match.start(), match.end(), float(match.group("num")), None, "名", "rank", le,
                              match.start("num")))
    return _without_overlaps(named, found)


def _without_overlaps(preferred: list[Quantity], others: list[Quantity]) -> list[Quantity]:
    """One quantity per stretch of text, in text order. A size class or a
    rank is read from its whole wording, so it wins over a plain measure read
    from part of it (千亿台阶 is no count of 台; 全球前20位 is a rank, not 20 位)."""
    kept: list[Quantity] = []
    for quantity in sorted(preferred, key=lambda q: q.start) + sorted(others, key=lambda q: q.start):
        if all(quantity.end <= k.start or k.end <= quantity.start for k in kept):
            kept.append(quantity)
    return sorted(kept, key=lambda q: q.start)


# 1.5万农村户籍人口: a magnitude whose unit is the people noun after it.
_PEOPLE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<mag>万|亿)(?=[\u4e00-\u9fff]{0,6}?(?:人口|人|群众|农户|户)"
                     r"(?![\u4e00-\u9fff]{0,2}[0-9]))")


_PEOPLE_BEFORE = re.compile(r"(?:人口|人员|群众|劳动力)(?:减少|增加|脱贫|新增|达到|超过|转移)?(?P<num>\d+(?:\.\d+)?)(?P<mag>万|亿)"
                            r"(?![\u4e00-\u9fff]{0,2}(?:元|吨|亩|平方|千瓦|公里|斤|立方|户|个|套|人|辆|头|只|件|次|项))")
_BOUND_AFTER = re.compile(r"以上|以内|以下|左右|多|余")


def _find_measures(norm: str, start: int, end: int) -> list[Quantity]:
    found = _find_units(norm, start, end)
    taken = {q.number_start for q in found}
    quoted = _quoted_spans(norm, start, end)
    for match in _PEOPLE_BEFORE.finditer(norm, start, end):
        # 农村贫困人口减少1000万以上: the people noun before the number is its unit
        if match.start("num") in taken or any(a < match.start("num") < b for a, b in quoted):
            continue
        bound = _BOUND_AFTER.match(norm, match.end())
        comparator = {"以上": "ge", "多": "ge", "余": "ge", "以内": "le", "以下": "le", "左右": "approx"}.get(
            bound.group(0) if bound else "", "eq")
        found.append(Quantity(match.start("num"), bound.end() if bound else match.end(), float(match.group("num")), None,
                              match.group("mag") + "人", "people", comparator, match.start("num")))
        taken.add(match.start("num"))
    for match in _PEOPLE.finditer(norm, start, end):
        if match.start() in taken or any(a < match.start() < b for a, b in quoted):
            continue
        unit = match.group("mag") + ("户" if norm[match.end():match.end() + 8].find("户") >= 0
                                     and norm[match.end():match.end() + 8].find("人") < 0 else "人")
        found.append(Quantity(match.start(), match.end(), float(match.group("num")), None, unit,
                              units()[unit].unit_class, "eq", match.start()))
    return sorted(found, key=lambda q: q.start)


def _find_units(norm: str, start: int, end: int) -> list[Quantity]:
    found: list[Quantity] = []
    quoted = _quoted_spans(norm, start, end)
    for match in _pattern().finditer(norm, start, end):
        quantity = _quantity(norm, match, quoted, start)
        if quantity is None:
            continue
        if found and _joins_range(norm, found[-1], quantity):
            quantity = _range(found.pop(), quantity)
        found.append(quantity)
    return found


def _quantity(norm: str, match: re.Match[str], quoted: list[tuple[int, int]], floor: int) -> Quantity | None:
    digits, unit_name = match.group("num"), match.group("unit")
    start = match.start("num")
    if any(a < start < b for a, b in quoted) or not _standalone(norm, match, floor):
        return None
    value = _number(digits)
    if value is None or _is_year_or_date(norm, match, digits):
        return None
    unit = units()[unit_name]
    if not digits[0].isdigit() and not _cn_quantity_ok(digits, unit):
        return None
    comparator = _comparator(norm, match, floor)
    high = float(match.group("num2")) if match.group("num2") else None
    if high is not None and comparator == "eq":
        comparator = "range"
    return Quantity(start, match.end(), value, high, unit_name, unit.unit_class, comparator, start)


def _standalone(norm: str, match: re.Match[str], floor: int) -> bool:
    """The number is not glued to letters or digits (5A, G20, 1915游客中心 has no unit anyway)."""
    before = norm[match.start() - 1] if match.start() > floor else ""
    after = norm[match.end()] if match.end() < len(norm) else ""
    if before and (before.isascii() and before.isalnum() or before == "."):
        return False
    if after and after.isascii() and after.isalpha():
        return False
    if before == "第" or (match.group("num")[0] in _CN_NUMBER and before in _CN_NUMBER + "第"):
        return False
    # 十四届, 3人制篮球场; but 17项制度创新成果 counts 制度
    return not norm.startswith(("届", "制"), match.end()) or norm.startswith("制度", match.end())


def _is_year_or_date(norm: str, match: re.Match[str], digits: str) -> bool:
    unit = match.group("unit")
    if unit == "年" and digits.isdigit() and len(digits) == 4 and digits[:2] in ("19", "20"):
        return True
    if unit in ("年", "个月") and norm.startswith(("度", "代"), match.end()):
        return True
    return False


def _cn_quantity_ok(digits: str, unit: Unit) -> bool:
    """Chinese numerals name things far more often than they count them
    (三类项目, 两个确立, 八大行动); only multiples and magnitudes count."""
    if unit.unit_class == "multiple":
        return digits not in ("百", "千", "万")  # 信心百倍, 千倍: a way of speaking
    return unit.name[:1] in "万亿" and unit.unit_class in _SCALABLE


def _comparator(norm: str, match: re.Match[str], floor: int) -> str:
    bound = match.group("bound")
    if bound == "以上" or match.group("approx") or match.group("approx2"):
        return "ge"
    if bound in ("以下", "以内"):
        return "le"
    if bound == "左右":
        return "approx"
    lead = norm[max(floor, match.start() - 4):match.start()]
    if lead.endswith(("不低于", "不少于", "超过", "超", "高于", "大于", "突破", "逾")):
        return "ge"
    if lead.endswith(("不超过", "不高于", "低于", "小于", "控制在")) and norm.startswith("以", match.end()):
        return "le"
    if lead.endswith(("不超过", "不高于")):
        return "le"
    if lead.endswith(("约", "近", "大约")):
        return "approx"
    return "eq"


def _joins_range(norm: str, first: Quantity, second: Quantity) -> bool:
    between = norm[first.end:second.number_start].strip()
    if between not in tuple(_RANGE_DASH) and between not in ("——", "－"):
        return False
    return first.unit_class == second.unit_class and first.comparator == "eq"


def _range(first: Quantity, second: Quantity) -> Quantity:
    return Quantity(first.start, second.end, first.value, second.value, second.unit, second.unit_class,
                    "range" if second.comparator == "eq" else second.comparator, first.number_start)


def _number(digits: str) -> float | None:
    if digits[0].isdigit():
        return float(digits)
    return cn_number(digits)


def cn_number(text: str) -> float | None:
    """Chinese numerals below ten thousand: 两, 十, 三百五十, 一千零八."""
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (current or 1) * _CN_UNIT[ch]
            current = 0
        else:
            return None
    return float(total + current)


def _quoted_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside “…” and 《…》, where numbers are part of names."""
    spans = []
    for match in re.finditer(r"“[^”]{0,40}”|《[^》]{0,60}》|\"[^\"]{0,40}\"", norm[start:end]):
        spans.append((start + match.start(), start + match.end()))
    return spans
