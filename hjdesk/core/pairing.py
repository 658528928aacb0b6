"""Which result of NEW measures what a target of OLD measures: comparable
quantities (same unit class, flow with flow, share with share, no part for
the whole) and alike names (one dictionary indicator, or subject phrases
whose character bigrams agree)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .mentions import related_to, related_wordings
from .model import Indicator, ParsedReport
from .names import fold, lookup
from .quantities import units

#: Unit classes of rates: compared in percentage points.
RATE_CLASSES = ("percent", "points")


def pair_indicators(targets: list[Indicator], results: list[Indicator], threshold: float,
                    glossary: Mapping[str, str] | None = None) -> list[tuple[Indicator, Indicator | None]]:
    """Each target with its best comparable result; a result serves one target."""
    scored = []
    by_class: dict[str, list[int]] = {}
    for r_index, result in enumerate(results):
        by_class.setdefault(unit_class(result), []).append(r_index)  # only one class compares with another
    features = [_features(result) for result in results]
    for t_index, target in enumerate(targets):
        mine = _features(target)
        kinds = {"visits": ("visits", "people"), "households": ("households", "count"),
                 "count": ("count", "households")}.get(unit_class(target), (unit_class(target),))
        for r_index in (index for kind in kinds for index in by_class.get(kind, ())):
            result = results[r_index]
            if _comparable(mine, features[r_index]):
                score = name_similarity(target, result, glossary)
                if score >= threshold:
                    # Prefer the better name, then a figure over a bound (突破60%、达60.3%), then the headline one.
                    scored.append((-score, result.comparator != "eq", r_index, t_index))
    scored.sort()
    chosen: dict[int, Indicator] = {}
    used: set[int] = set()
    for _, _, r_index, t_index in scored:
        if t_index not in chosen and r_index not in used:
            chosen[t_index] = results[r_index]
            used.add(r_index)
    return [(target, chosen.get(index)) for index, target in enumerate(targets)]


#: A flow (新增, 净增) and a stock (突破6000家, 总数) of the same things are different quantities.
_FLOW = re.compile(r"新增|净增|新建|新开工|开工|建成|完成|新培育|培育|引进|新认定|认定|创建|打造|实施|改造|招引|落地|新改建|吸引|安置|开通"
                   r"|新设|设立|组建|举办|开展|培训|扩招|出列|脱贫|摘帽|评定|评选|获批|入选")
_FIRMS = re.compile(r"企业|经营主体|市场主体|商户|个体工商户")

#: Words that say the things counted are new ones: a figure that does not say so counts them all.
_NEW_THINGS = re.compile(r"新增|新建|培育|新认定|新创建|新引进|新开工|新开通|净增")
_STOCK = re.compile(r"累计|总数|总量|突破|保有|拥有|达到")
_CUMULATIVE = re.compile(r"累计|总数|总量|保有|拥有|已建成|已有")


def flow_or_stock(indicator: Indicator) -> str:
    """``flow``, ``stock`` or ``""`` (the wording does not say)."""
    return _kind_of(indicator.quote + " " + indicator.name)  # 182个 of 建成投用600个…、182个口袋体育公园


@lru_cache(maxsize=4096)
def _kind_of(quote: str) -> str:
    if _CUMULATIVE.search(quote):
        return "stock"  # 累计建成100所 is a stock, though built
    return "flow" if _FLOW.search(quote) else "stock" if _STOCK.search(quote) else ""


def comparable(a: Indicator, b: Indicator) -> bool:
    """``b`` (a result) measures what ``a`` (a target) does: same kind of quantity: rates with rates, levels of the same dimension
    and of the same order of magnitude (6500万元 is not 300亿元)."""
    return _comparable(_features(a), _features(b))


def _features(indicator: Indicator) -> tuple:
    """What :func:`comparable` reads of an indicator, worked out once."""
    return (unit_class(indicator), indicator.measure, flow_or_stock(indicator), "累计" in indicator.quote,
            bool(_NEW_THINGS.search(indicator.quote)), bool(_FIRMS.search(indicator.name)), indicator.value,
            indicator.unit)


def _comparable(a: tuple, b: tuple) -> bool:
    class_a, measure_a, kind_a, cumulative_a, new_a, firms_a, value_a, unit_a = a
    class_b, measure_b, kind_b, cumulative_b, _, firms_b, value_b, unit_b = b
    if (measure_a == "change") != (measure_b == "change"):
        return False  # 增加200亿元 says nothing of a level target of 3000亿元
    if class_a in RATE_CLASSES or class_b in RATE_CLASSES:
        # a share (民间投资占比60%) is no growth (民间投资增长18.3%)
        return class_a == class_b and ({measure_a, measure_b} != {"share", "growth_rate"})
    if kind_a != kind_b and kind_a and kind_b or (cumulative_b and not cumulative_a):
        return False  # 新增1000家 is met by no 突破6000家; 建成37所 by no 累计建成70所
    if new_a and not kind_b:
        return False  # 新增高新技术企业1500家 is met by no 高新技术企业1.3万家, which counts them all
    if (class_a, class_b) == ("visits", "people"):
        class_b = class_a  # 12.1万人 trained are at least 12.1万人次: a count of people can meet a count of visits
    if {class_a, class_b} == {"households", "count"} and firms_a and firms_b:
        class_b = class_a  # 新增规上工业企业80户, 培育规上工业企业85家: firms are counted in 户 or 家
    if class_a != class_b or "other" in (measure_a, measure_b):
        return False
    value_a, value_b = abs(value_a), abs(_in_unit(unit_a, unit_b, value_b))
    return not (value_a and value_b) or 0.1 <= value_b / value_a <= 10


def name_similarity(a: Indicator, b: Indicator, glossary: Mapping[str, str] | None = None) -> float:
    """1 for the same dictionary indicator, 0 for two different ones, else
    the Dice coefficient of the character bigrams of the subject phrases,
    with quoted glossary terms (“四类项目”) read as their definitions."""
    return _similarity(a.name, a.canonical, _expand(a.name, glossary), b.name, b.canonical, _expand(b.name, glossary))


@lru_cache(maxsize=65536)
def _similarity(name_a: str, canonical_a: str, expanded_a: str, name_b: str, canonical_b: str, expanded_b: str) -> float:
    entry_a, entry_b = lookup(name_a), lookup(name_b)
    if entry_a and entry_b:
        return 1.0 if entry_a.name == entry_b.name else 0.0
    for canonical, mine, other in ((canonical_a, name_a, name_b), (canonical_b, name_b, name_a)):
        if any(w in bare(other) and w not in bare(mine) for w in related_to(canonical) if not w.endswith("+")):
            return 0.0  # 四上企业 is a wider scope than 规模工业企业: shown, never paired
    known = entry_a or entry_b
    if known is not None:
        other = name_b if entry_a else name_a
        if any(w.rstrip("+") in other for w in related_wordings().get(known.name, ()) if not w.endswith("+")):
            return 0.0  # a figure of a part (外贸出口总额 for 进出口总额) is no other wording of the whole
    if _level(name_a) and _level(name_b) and _level(name_a) != _level(name_b):
        return 0.0  # 国家级绿色工厂 are not 省级绿色工厂
    core_a, core_b = _core(expanded_a), _core(expanded_b)
    same_things = _same_things(core_a, core_b)
    if not same_things and not set(core_a[-2:]) & set(core_b[-2:]) and core_a not in core_b and core_b not in core_a:
        return 0.0  # different head nouns: 先进制造业集群 is not 先进制造业项目
    shorter, longer = sorted((core_a, core_b), key=len)
    if len(shorter) >= 4 and longer.endswith(shorter):
        return max(dice(core_a, core_b), 0.6)  # 龙头企业 and 市级农业产业化龙头企业: the same head, narrowed
    return max(dice(core_a, core_b), same_things)


#: Words of doing, not of the things done: 推动12万亩高标准农田建设 and 建成高标准农田13.5万亩 count one kind of field.
_DOING = re.compile(r"新开工|开工建设|开工|完工|新改扩建|改扩建|新改建|新建|建成|修建|建设|新增|完成|实现|实施|推进|推动|加快|开展"
                    r"|综合整治|整治提升|改造提升|更新改造|提质改造|改造|提升|整治|精细化治理|精细治理|治理|打造|培育|创建|引进|确保|力争"
                    r"|全面|持续|深入")


@lru_cache(maxsize=16384)
def things(name: str) -> str:
    """The things a subject phrase counts, its words of doing left out."""
    return _things_of(_core(name))


@lru_cache(maxsize=16384)
def _things_of(core: str) -> str:
    # 新建、改扩建公办幼儿园项目: the kindergartens, whether counted as projects or not;
    # 联山联水联社区的绿道: what they are like is no other kind of thing
    things = _PROJECT_OF.sub("", _DOING.sub("", core).replace("、", ""))
    described = things.rpartition("的")[2]
    return described if len(described) >= 2 and described not in _GENERIC_THINGS else things


#: Heads too general to stand for what a phrase counts: 有进出口实绩的企业 is no mere 企业.
_GENERIC_THINGS = {"企业", "项目", "单位", "人员", "主体", "产品", "机构", "人口", "群众"}


_PROJECT_OF = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:项目|工程|任务|规模|总量|数量|容量)$")


@lru_cache(maxsize=16384)
def _same_things(core_a: str, core_b: str) -> float:
    """0.55 when two subject phrases count the same things in other words
    (精细治理背街小巷, 整治提升背街小巷): most character pairs of the
    shorter are in the longer and each ends with a head the other has; else
    0. A narrower thing (无界公园 for 公园) is another scope."""
    a, b = _things_of(core_a), _things_of(core_b)
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < 2 or (longer.endswith(shorter) and len(longer) > len(shorter)):
        return 0.0
    if a[-2:] not in b or b[-2:] not in a:
        return 0.0
    return 0.55 if overlap(a, b) >= 0.6 else 0.0


@lru_cache(maxsize=16384)
def overlap(a: str, b: str) -> float:
    """The share of the shorter string's character pairs found in the other."""
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return len(grams_a & grams_b) / min(len(grams_a), len(grams_b))


_LEVELS = (("国家级", "national"), ("全国", "national"), ("国家重点", "national"), ("省级", "province"),
           ("省（重点）", "province"), ("省重点", "province"), ("市级", "city"), ("县级", "county"))


@lru_cache(maxsize=8192)
def _level(name: str) -> str:
    """The level of government a thing is recognised at, when its name says."""
    return next((level for word, level in _LEVELS if word in name), "")


def in_unit(target: Indicator, other: Indicator) -> float:
    """``other``'s value expressed in ``target``'s unit (亿元 vs 万元 …)."""
    return _in_unit(target.unit, other.unit, other.value)


def _in_unit(target_unit: str, other_unit: str, value: float) -> float:
    table = units()
    if other_unit == target_unit or other_unit not in table or target_unit not in table:
        return value
    return value * table[other_unit].factor / table[target_unit].factor


def unit_class(indicator: Indicator) -> str:
    return _class_of(indicator.unit, indicator.measure)


@lru_cache(maxsize=1024)
def _class_of(unit_name: str, measure: str) -> str:
    unit = units().get(unit_name)
    return unit.unit_class if unit else ("rank" if measure == "rank" else unit_name)


def bare(name: str) -> str:
    """A name without its quotation marks: “四上”企业 is 四上企业."""
    return re.sub(r"[“”\"]", "", name)


def _expand(name: str, glossary: Mapping[str, str] | None) -> str:
    if not glossary or "“" not in name:
        return name
    return re.sub(r"“([^”]+)”", lambda m: glossary.get(m.group(1), m.group(0)), name)


def glossary_of(report: ParsedReport) -> dict[str, str]:
    """Glossary terms of a report with their definitions (名词解释)."""
    terms = {}
    for section in report.sections:
        if section.kind == "term":
            body = report.text[section.char_start:section.char_end]
            terms[section.heading] = re.split(r"[:：]", body, maxsplit=1)[-1].rstrip("。")
    return terms


_FILLER = re.compile(r"^(?:新增|新建|改造|完成|实现|实施|推动|推广|培育|引进|创建|帮助企业申请|争取)|[“”\"（）()]")


@lru_cache(maxsize=8192)
def _core(name: str) -> str:
    # 规上工业企业 is 规模以上工业企业; 高铁营业里程 is its 通车里程
    return _FILLER.sub("", fold(name)).replace("规上", "规模以上").replace("营业里程", "通车里程")


def dice(a: str, b: str) -> float:
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))
