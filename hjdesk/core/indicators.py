"""Every quantity a report states about a measured thing, as an indicator:
subject, measure, value, unit, comparator, role (target, actual, estimate,
other) and the year it refers to.

The role comes from where a quantity stands (the review part reports results,
the plan part sets targets) and from what surrounds it: ``(预计数,下同)`` turns
the results after it into estimates; capacities, durations, service radii and
five-year-plan goals are descriptors, not the year's targets or results."""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import replace

from .model import Indicator, ParsedReport, Section
from .names import canonical_name, wordings
from .periods import plan_period_spans
from .quantities import WIDTH, find_quantities, units
from .subjects import CLAUSE_END, Found, clause_end_after, clause_end_before, list_parts, split_subjects, subject, word_tags

log = logging.getLogger(__name__)

#: Stored indicators made by another version are extracted again on use.
EXTRACTOR_VERSION = "2026.12.01.41"

_SENTENCE_END = re.compile(r"[。！!？?\n]")
MAX_SENTENCE = 1000
_SKIP_KINDS = ("title", "glossary", "term", "closing", "appendix")
_GROWTH = ("增长", "增加", "提高", "提升", "上升", "上涨", "增", "涨", "回升", "扩大", "攀升")
_DECLINE = ("下降", "减少", "降低", "回落", "下滑", "缩减", "收窄", "降", "减")
_ESTIMATE_MARK = "预计数"
_DESCRIPTOR_BEFORE = re.compile(r"年产|年处理|年加工|年吞吐|年发电|年出栏|年接待能力|(?<!生)产能|(?<![力总])装机容量|规模为|届时")
#: 用3—5年时间，培养引进10名战略科学家…: a goal of several years, said once for the sentence.
_YEARS_TO_COME = re.compile(r"用\s*[\d一二三四五六七八九十]+(?:\s*[—–\-~～至到]\s*[\d一二三四五六七八九十]+)?\s*年(?:时间|左右)?")
#: 3500万三晋人民, 今年高校毕业生超过1000万人: how many people there are, not a target.
_PEOPLE_OF = re.compile(r"[\u4e00-\u9fff]{0,4}(?:人民|父老乡亲|儿女|同胞)")
_COHORT = re.compile(r"^(?:今年|明年|全年)?(?:高校)?毕业生(?:人数|规模)?$")
_LONG_TERM = re.compile(r"十[一二三四五六七八九]五|年均|五年|到20\d\d年|20\d\d年前|至20\d\d年")
_FIXED_STANDARD = re.compile(r"(?:提高|提标|调整|上调)(?:到|至)$")
_DATED_EVENT = re.compile(r"^(?:今年|去年|\d{4}年)?\d{1,2}月")
_DATED = re.compile(r"(20\d\d)年")
_THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2})?(?:/年)?(?:以上|以下|及以上|及以下|内)(?:的)?(?=[\u4e00-\u9fff]{2})(?!(?:的)?(?:目标|水平|增长|增速))"
                        r"|的?部分")
_THRESHOLD_NOUN = re.compile(r"(?:的)?(?:自然村|行政村|村|煤矿|企业|项目|城市|县|人口|家庭|户|工程|部分)")
#: 超/过 before a figure that modifies the noun after it: 产值超10亿元的龙头企业 (not 超10亿元的目标).
_OVER = re.compile(r"(?:超过|超|过)$")
_MODIFIES = re.compile(r"的(?!目标|水平|规模|大关|台阶|任务|预期)[\u4e00-\u9fff]{2}")
_COUNTED_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}(?:达到|增至|达|为)?\d")
_COUNTED_BEFORE = re.compile(r"\d(?:个|家|项|所|座)[\u4e00-\u9fff]{0,8}(?:超过|超|过)$")
#: Things that already stand (在建项目), and what is done for standing things: 支持N个开发区集约集聚发展.
_EXISTING = re.compile(r"(?:在建|现有|已有|既有)(?!住宅)")
_ACTED_ON = re.compile(r"(?:支持|推动|引导|帮助|加快|发挥好|组织|保障|促进)(?:$|\d)")
_DEVELOPS = re.compile(r"(?:发展|提升[\u4e00-\u9fff]{0,6}|提质[\u4e00-\u9fff]{0,4}|升级|做强|壮大|运行|多出成果|服务功能|作用)$")
_SIZE_OF = re.compile(r"级|制")
_ALREADY = re.compile(r"(?:已(?:批建|建成|获批|认定|开工|投运)的?|已经[\u4e00-\u9fff]{1,4}的近?|(?:我[区省市县州]|全[区省市县州]|还)有)$")
_BASE = re.compile(r"基础上$")
_OURS = re.compile(r"^我[区省市县州]")
_PLANT = re.compile(r"(?:/年)?[\u4e00-\u9fffA-Za-z]{2,12}?(?:项目|工程|装置|示范|一体化|基地|电站|切片|产业园)")
_AIMED = re.compile(r"力争|确保|要|将|计划|目标")
_EACH = re.compile(r"每个|各(?:市|县|区|地|州|盟)")
_LISTED_COUNT = re.compile(r"^[^、等]{2,}(?:、[^、等]{2,})+$")
_UNITS_OF = re.compile(r"\d[*×xX]$")
_USES = re.compile(r"(?:发挥|用好|用足|用活)$")
_USED = re.compile(r"(?:作用|效能|效益|效应)$")
_LEVIED = re.compile(r"(?:征收|计征|缴纳|执行)")
#: Words that push on work already in hand, and the works they push on (…项目建设, …集群建设, …试点).
_PUSHED = re.compile(r"(?:加快推进|加快建设|加快打造|加快培育|加快|着力推进|扎实推进|持续推进|积极推进|推进)(?!实施|开工|建成|完成)")
_WORKS = re.compile(r"(?:项目|工程|集群|产业链|基地|试点|平台|建设|进度|前期工作|改造|重组)$")
_LIVELIHOOD_LIST = re.compile(r"民生实事(?:项目)?(?:清单|安排|计划)")
_NO_NAME = re.compile(r"^(?:|.|比(?:去年|上年)[\u4e00-\u9fff]{0,3}|上述|同时[\u4e00-\u9fff]{0,2}|各地[\u4e00-\u9fff]?|的.*)$")


def extract_indicators(report: ParsedReport) -> tuple[Indicator, ...]:
    """All indicators of a report, in text order."""
    context = _Context(report)
    found: list[Indicator] = []
    for paragraph in report.paragraphs:
        section = context.section_at(paragraph.start)
        if section is not None and section.part == "other" and any(
                s.char_start <= paragraph.start < s.char_end and _LIVELIHOOD_LIST.search(s.heading)
                for s in context.livelihood_lists):
            section = replace(section, part="plan")  # 附件：自治区2024年33件民生实事清单: the year's items, each a target
        if section is None or section.part not in ("review", "plan") or section.kind in _SKIP_KINDS:
            continue
        for start, end in _sentences(context.norm, paragraph.start, paragraph.end):
            found.extend(_sentence(context, section, start, end))
    return tuple(i for i in found if _well_formed(i, report.text))


def _well_formed(indicator: Indicator, text: str) -> bool:
    """Whether an indicator's span and quote agree with the text. A malformed
    one is a bug of the extractor: it is dropped with a warning, so that the
    report it came from still imports."""
    if 0 <= indicator.char_start < indicator.char_end <= len(text) and \
            indicator.quote == text[indicator.char_start:indicator.char_end]:
        return True
    log.warning("dropped a malformed indicator %r at %d-%d", indicator.name, indicator.char_start, indicator.char_end)
    return False


class _Context:
    """What the extractor needs to know about the whole report."""

    def __init__(self, report: ParsedReport) -> None:
        self.report = report
        self.text = report.text
        self.norm = report.text.translate(WIDTH)
        self.year = report.meta.year
        self.leaves = sorted(report.sections, key=lambda s: (s.char_start, s.level))
        self.livelihood_lists = [s for s in report.sections if s.part == "other" and _LIVELIHOOD_LIST.search(s.heading)]
        self.starts = [s.char_start for s in self.leaves]
        review = [s for s in report.sections if s.part == "review" and s.level == 1]
        marker = -1
        for part in review:
            at = self.norm.find(_ESTIMATE_MARK, part.char_start, part.char_end)
            if at >= 0:
                # The flag follows the first figure it covers: 增长5.2%(预计数,下同).
                marker = max(self.norm.rfind(ch, part.char_start, at) for ch in CLAUSE_END[:-2]) + 1
                break
        self.estimate_from = marker
        self.period = plan_period_spans(report, self.norm)

        self._finder = _SectionFinder(self.leaves) if len(self.leaves) > _MANY_SECTIONS else None

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span holds ``offset``."""
        index = bisect_right(self.starts, offset) - 1
        if self._finder is not None:
            return self._finder.find(index, offset)
        return _walk_back(self.leaves, index, offset)


#: Past this many sections :class:`_SectionFinder` answers ``section_at``: the
#: walk back over every sibling would make thousands of sections quadratic.
_MANY_SECTIONS = 64


def _walk_back(leaves: list[Section], index: int, offset: int) -> Section | None:
    """From the last section starting at or before ``offset`` back: the
    deepest that holds it, stopping at a part once one is found."""
    best = None
    while index >= 0:
        section = leaves[index]
        if section.char_start <= offset < max(section.char_end, section.char_start + 1):
            if best is None or section.level > best.level:
                best = section
        if best is not None and section.level == 1:
            break
        index -= 1
    return best


class _SectionFinder:
    """:func:`_walk_back`'s answer in logarithmic steps: of the sections it
    passes, only those reaching past ``offset`` (they all start at or before
    it) and the parts, where it stops, matter. A sparse table of the largest
    end over runs of sections skips the rest."""

    def __init__(self, leaves: list[Section]) -> None:
        self.leaves = leaves
        ends = [max(s.char_end, s.char_start + 1) for s in leaves]
        self.ends = [ends]  # ends[k][j]: the largest end among leaves[j - 2**k + 1 .. j]
        width = 1
        while width * 2 <= len(leaves):
            below = self.ends[-1]
            self.ends.append([below[j] if j < width else max(below[j], below[j - width]) for j in range(len(leaves))])
            width *= 2
        self.part_before: list[int] = []  # index of the last part (level 1) at or before j, or -1
        last = -1
        for j, section in enumerate(leaves):
            last = j if section.level == 1 else last
            self.part_before.append(last)

    def _reaching(self, index: int, offset: int) -> int:
        """The last index at or before ``index`` whose section ends after ``offset``, or -1."""
        for k in range(len(self.ends) - 1, -1, -1):
            if index + 1 >= 1 << k and self.ends[k][index] <= offset:
                index -= 1 << k
        return index

    def find(self, index: int, offset: int) -> Section | None:
        best = None
        while index >= 0:
            holder = self._reaching(index, offset)
            if best is not None and self.part_before[index] > holder:
                break  # the walk reaches a part that does not hold the offset first
            if holder < 0:
                break
            section = self.leaves[holder]
            if best is None or section.level > best.level:
                best = section
            if section.level == 1:
                break
            index = holder - 1
        return best


def _sentences(norm: str, start: int, end: int):
    pos = start
    for match in _SENTENCE_END.finditer(norm, start, end):
        yield from _pieces(pos, match.end())
        pos = match.end()
    if pos < end:
        yield from _pieces(pos, end)


def _pieces(start: int, end: int):
    """A run of text longer than any sentence (the longest in the corpus has
    638 characters) is read in pieces, so the work per figure stays bounded."""
    while end - start > MAX_SENTENCE:
        yield start, start + MAX_SENTENCE
        start += MAX_SENTENCE
    yield start, end


def _sentence(context: _Context, section: Section, start: int, end: int) -> list[Indicator]:
    norm = context.norm
    quantities = find_quantities(norm, start, end)
    if not quantities:
        return []
    items: list[Found] = []
    for quantity in quantities:
        items.append(subject(norm, context.text, start, quantity, items[-1] if items else None))
    return _distribute(context, section, start, end, items)


def _distribute(context: _Context, section: Section, start: int, end: int, items: list[Found]) -> list[Indicator]:
    """Settle shared subjects (分别, 均为, 国控断面、省控断面…达标率) and build indicators."""
    out: list[Indicator] = []
    index = 0
    while index < len(items):
        item = items[index]
        group = [item]
        if "分别" in item.verb or "分别" in context.text[item.span_start:item.quantity.start]:
            while index + len(group) < len(items) and items[index + len(group)].name == item.name:
                group.append(items[index + len(group)])
        names = split_subjects(item.name, len(group)) if len(group) > 1 else [item.name]
        for found, name in zip(group, names):
            out.extend(_indicators(context, section, start, found, name))
        index += len(group)
    return out


def _indicators(context: _Context, section: Section, sentence_start: int, found: Found,
                name: str) -> list[Indicator]:
    """One indicator, or one per subject when a rate is given for a list of them."""
    measure = _measure(found)
    if not name.strip("“”\"（）() ") and measure == "growth_rate":
        name = _elidedsubject(context.norm, found.quantity.start) or name
    elif name in _BARE_HEADS or _TARGET_WORD.match(name):
        # 经济增速是综合性指标，今年预期目标设定为6%以上: the target of the indicator said before
        # 粮食生产再获丰收，总产达到557亿斤: the head alone, its noun said before
        name = _elidedsubject(context.norm, found.span_start) or name
    if measure == "growth_rate" and _BARE_INVESTMENT.match(name):
        name = "固定资产投资"  # 投资增长7%左右: investment as a whole grows; 投资6500万元 is a project's
    subjects = [name]
    if "均" in found.verb or (measure == "share" and "、" in name and "等" not in name):
        parts = list_parts(name)
        tail = re.search(r"(?:达到|达标|用于|由|投入)[\u4e00-\u9fff“”]*的比例$", parts[-1]) if len(parts) > 1 else None
        if tail:
            # 县级综合医院、基层医疗卫生机构100%达到国家标准: each of them, reaching it
            parts = [part if part.endswith(tail.group(0)) else part + tail.group(0) for part in parts]
        subjects = parts if len(parts) > 1 else subjects
    return [_indicator(context, section, sentence_start, found, subject, measure) for subject in subjects]


_BARE_INVESTMENT = re.compile(r"^(?:全年|全社会|全[省市区县州])?投资$")
#: What makes a figure of the five-year review a total, a change or an average over the period, not
#: where a thing stood at its end: 累计建成, 新增就业250万人, 年均增长, 提高5个百分点.
_OVER_THE_PERIOD = re.compile(r"累计|年均|平均|五年|这些年|新增|净增|新建|建成|完成|实施|培育|引进|创建|打造|新开工|开工|改造|招引"
                              r"|(?:增加|减少|提高|降低|提升|下降|增长)(?![到至])|翻|超额|共|合计|总计|其中|每年|历年|以来|期间|时期")
_ELIDED_REACH = 60
_TARGET_WORD = re.compile(r"^(?:今年|全年)?(?:增长)?(?:预期)?目标(?:设定|确定|定|设)?$")
_BARE_HEADS = ("总产", "总产量", "总量", "产量", "总额", "规模", "总规模")


def _elidedsubject(norm: str, at: int) -> str:
    """The indicator a growth rate with no subject speaks of: the nearest main
    indicator named before it in the same paragraph (地区生产总值突破5万亿元。
    全年增长4.9%; 经济总量迈上新台阶，比上年增长5.2%)."""
    start = max(norm.rfind("\n", 0, at) + 1, at - _ELIDED_REACH)
    window = norm[start:at]
    best: tuple[int, int, str] | None = None
    for wording, _entry in wordings():
        found = window.rfind(wording)
        if found >= 0 and (best is None or (found + len(wording), len(wording)) > best[:2]):
            best = (found + len(wording), len(wording), wording)
    return best[2] if best else ""


def _indicator(context: _Context, section: Section, sentence_start: int, found: Found, name: str,
               measure: str) -> Indicator:
    quantity = found.quantity
    value = quantity.value
    name, sign = _rate_word(name) if quantity.unit_class in ("percent", "points", "flat") else (name, 0)
    if sign:
        # 能耗降幅超过4%, 居民消费价格涨幅3%左右: the name says it is a rate of change, and which way.
        measure, value = "growth_rate", sign * value
    elif measure == "growth_rate" and found.verb.rstrip("了到至").endswith(_DECLINE):
        value = -value
    elif measure == "share" and _GROWTH_NAME.search(name):
        measure = "growth_rate"  # 经济增长预期目标为5.5%左右: the subject names a growth
    role, year = _role(context, section, sentence_start, found, measure)
    if _NO_NAME.match(name.strip("“”\"（）() ")):
        role, year = "other", None  # 比去年增加8000亿元, 的税率降至13%: no subject a person could track
    text = context.text
    return Indicator(
        name=name, canonical=canonical_name(name), measure=measure, value=value,
        value_high=quantity.value_high, unit=quantity.unit, comparator=quantity.comparator,
        role=role, year=year, char_start=found.span_start, char_end=quantity.end,
        quote=text[found.span_start:quantity.end], stretch="力争" in text[sentence_start:quantity.start],
        section=section.id)


_GROWTH_NAME = re.compile(r"增长|增速")
_RATE_WORD = re.compile(r"(?P<down>降幅|减幅|下降幅度|降低幅度|下降率)|(?P<up>涨幅|增幅|增速|增长率|上涨幅度)$")


def _rate_word(name: str) -> tuple[str, int]:
    """A subject ending in a word for a rate of change, without that word, and
    the sign it gives (-1 for 降幅, +1 for 涨幅; 0 when it has none)."""
    match = _RATE_WORD.search(name)
    if not match or match.end() != len(name) or match.start() == 0:
        return name, 0
    return name[:match.start()], -1 if match.group("down") else 1


_VERSUS = re.compile(r"(?:比|较)(?:上年|去年|上一年|年初)|同比")


def _is_change(found: Found) -> bool:
    """比上年增加0.9万亿元, 增加2000亿元: a change from a level, not a level
    (新增 is a flow of its own, 达到 a level)."""
    verb = found.verb.rstrip("了")
    if not verb.endswith(("增加", "减少", "增长", "下降", "多", "少")) or verb.endswith("新增"):
        return False
    return bool(_VERSUS.search(found.name + found.verb)) or verb.endswith(("增加", "减少"))


def _measure(found: Found) -> str:
    unit_class = found.quantity.unit_class
    verb = found.verb
    if unit_class in ("doubling", "flat"):
        return "growth_rate"
    if unit_class in ("percent", "points"):
        growing = verb.rstrip("了").endswith(_GROWTH + _DECLINE) and not verb.endswith(("到", "至"))
        return "growth_rate" if growing or unit_class == "points" else "share"
    if unit_class in ("money", "usd", "count", "people", "visits", "households") and _is_change(found):
        return "change"
    if unit_class in ("money", "usd", "size_class"):
        return "amount"
    if unit_class == "multiple":
        return "ratio_multiple"
    if unit_class == "rank":
        return "rank"
    if unit_class in ("count", "people", "visits", "households"):
        return "count"
    if unit_class in ("years", "months"):
        return "other"
    return "level"


def _role(context: _Context, section: Section, sentence_start: int, found: Found, measure: str) -> tuple[str, int | None]:
    quantity = found.quantity
    norm = context.norm
    clause = norm[_clause_start(norm, sentence_start, quantity.start):quantity.start]
    if found.year == -1:
        return "other", None  # the baseline of a from–to
    if found.year is not None:
        # a figure the text dates itself: the baseline describes, the year's figure is that year's
        reported = section.part == "review" and found.year == _previous(context.year)
        return ("actual", found.year) if reported else ("other", None)
    if _is_descriptor(norm, sentence_start, found, measure, clause):
        return "other", None
    year = context.year
    if section.part == "plan":
        dated = _DATED.search(norm, _clause_start(norm, sentence_start, found.span_start), quantity.start)
        if dated and year and int(dated.group(1)) > year:
            return "other", None  # 力争2025年新能源装机达到8000万千瓦 in the plan for 2024: a goal of a later year
        if _PUSHED.match(norm, _clause_start(norm, sentence_start, found.span_start)) and \
                _WORKS.search(_clause_rest(norm, quantity.end)):
            # 加快呼南高铁等1100个重大交通物流项目建设: the work to push on, not a figure to reach
            return "other", None
        return "target", year
    before = norm[sentence_start:quantity.start]
    if _FIXED_STANDARD.search(found.verb) and quantity.unit_class.startswith("money_per"):
        return "actual", _previous(year)
    if _DATED_EVENT.match(norm[sentence_start:sentence_start + 8]):
        return "actual", _previous(year)
    if re.search(r"(?:缩|降|减|压缩|缩短)(?:至|到)$", norm[sentence_start:quantity.start]):
        return "actual", _previous(year)
    if any(start <= quantity.start < end for start, end in context.period):
        if measure in ("level", "count", "share") and not _OVER_THE_PERIOD.search(
                clause + found.name + _clause_rest(norm, quantity.end)):
            # 高速公路通车里程突破9500公里 in the review of the plan just ended: where it stood at its end, last year
            return "actual", _previous(year)
        return "actual", None  # a figure of the five years reviewed: a total or a period figure, not last year's
    if 0 <= context.estimate_from < quantity.start or "预计" in before:
        return "estimate", _previous(year)
    return "actual", _previous(year)


def _is_descriptor(norm: str, sentence_start: int, found: Found, measure: str, clause: str) -> bool:
    """Capacities, voltages, durations, service radii, baselines and
    multi-year figures describe; they are not the year's targets or results."""
    quantity = found.quantity
    if measure == "other" or quantity.unit_class in ("voltage", "size_class"):
        return True
    if _DESCRIPTOR_BEFORE.search(clause):
        return True
    if quantity.unit_class in ("minutes", "hours") and found.post:
        return True
    if norm[max(0, quantity.start - 1):quantity.start] == "从" or clause.endswith("现行"):
        return True  # 从…, 现行16%的税率: the figure a change starts from
    if _THRESHOLD.match(norm, quantity.end) or (norm[quantity.start:quantity.end].endswith(("以上", "以下"))
                                                 and (_THRESHOLD_NOUN.match(norm, quantity.end)
                                                      or (quantity.unit_class not in ("count", "people", "visits")
                                                          and _noun_follows(norm, quantity.end)))):
        return True  # 25户100人以上自然村, 30万吨/年以下煤矿, 年收益50万元以上集体经济强村: what is meant
    if quantity.unit_class in ("mass", "power", "containers") and _PLANT.match(norm, quantity.end):
        return True  # 国能宁煤70万吨煤制烯烃项目, 80万吨煤制油升级示范: the size of a plant in its name
    if _OURS.match(found.name) and not _AIMED.search(clause):
        return True  # 我区60岁以上老年人546万: how things stand in the region
    if quantity.comparator == "range" and _EACH.search(norm, sentence_start, quantity.start):
        return True  # 每个县重点发展1—2个主导产业: guidance for each place, not a figure to reach
    if _ALREADY.search(clause) or _BASE.search(_clause_rest(norm, quantity.end)):
        return True  # 已批建的3家, 我区有20个口岸, 在去年布局5个点位基础上: what stands already
    if not re.search(r"\d", norm[quantity.number_start:quantity.end]) and _noun_follows(norm, quantity.end):
        return True  # 千亿斤粮食产能提升行动, 百万吨尼龙切片: a figure in words in a name
    if _LISTED_COUNT.match(found.name) and quantity.unit_class == "count" and \
            quantity.value == len(found.name.split("、")):
        return True  # 加快设置新疆工业职业技术大学、新疆铁道与能源职业技术大学2所: the count of those named
    if _SIZE_OF.match(norm, quantity.end) or _UNITS_OF.search(norm, max(0, quantity.number_start - 2),
                                                                 quantity.number_start):
        return True  # 千万千瓦级园区, 3人制篮球场, 2*66万千瓦机组: a size or a make-up, not a figure to reach
    if (_USES.search(clause) and _USED.search(_clause_rest(norm, quantity.end))) or _LEVIED.match(norm, quantity.end):
        return True  # 发挥10亿元专项资金作用, 所得税减按15%征收: what a tool is, not what it is to achieve
    if _OVER.search(norm, max(0, quantity.number_start - 2), quantity.number_start) and (
            _MODIFIES.match(norm, quantity.end) or _COUNTED_AFTER.match(norm, quantity.end)
            or _COUNTED_BEFORE.search(norm, max(0, quantity.number_start - 16), quantity.number_start)):
        return True  # 产值超10亿元龙头企业5家, 过2000万元的工业新增长点: a size that picks out what is counted
    if _EXISTING.match(norm, quantity.end) or (_ACTED_ON.search(clause) and _DEVELOPS.search(_clause_rest(norm, quantity.end))):
        return True  # 加快5个在建煤电项目建设, 支持55个产粮大县提升粮食生产能力: the standing set acted on
    if _YEARS_TO_COME.search(norm, sentence_start, quantity.start):
        return True
    if quantity.unit_class == "people" and (_PEOPLE_OF.match(norm, quantity.end) or _COHORT.match(found.name)):
        return True
    if quantity.unit_class == "people" and quantity.value * units()[quantity.unit].factor >= 1e8:
        return True  # 14亿人, 近3亿人领取养老金: the population, not a target
    if _names_a_list(found):
        return True
    return bool(_LONG_TERM.search(clause))


#: The counted nouns of a plan's standing framework, and the words that make new ones.
_STRUCTURE = re.compile(r"(?:产业链|产业集群|集群|产业基地|战略性新兴产业|重大工程|工业集中区|优势产业)$")
_NEW = re.compile(r"新增|新建|新培育|新认定|新创建|新打造|新组建")
_POLICY_NAME = re.compile(r"(?:经济|政策|措施|意见|规定|条例|举措)$")
_POLICY_AFTER = ("措施", "政策", "举措", "意见", "规定", "条款")
_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批")
_FOCUS = re.compile(r"^(?:紧盯|聚焦|围绕|瞄准|突出|抓住|坚持|紧扣|锚定)")


def _names_a_list(found: Found) -> bool:
    """Numbers in the names of policies and lists are no targets: 民营经济26条,
    出台20条措施, 第一批9项, 紧盯28个重点领域."""
    if found.quantity.unit in ("条", "项") and (_POLICY_NAME.search(found.name)
                                             or any(word in found.post[:6] for word in _POLICY_AFTER)):
        return True
    if _STRUCTURE.search(found.post) and not _NEW.search(found.name + found.verb):
        return True  # 做大做强10个战略性新兴产业, 4个万亿级产业基地: the standing set acted on, not a target
    if re.match(r"(?:重点|重要|十大)?民生实事|方面", found.post) or (found.name.endswith("方面") and found.quantity.unit == "件"):
        return True  # 办好12件重点民生实事: the size of the list, whose items are the targets
    return bool(_BATCH.search(found.name) or _FOCUS.match(found.name))


def _noun_follows(norm: str, at: int) -> bool:
    """A noun, not a verb or a word of the figure's own, stands right after ``at``."""
    following = re.match(r"[\u4e00-\u9fff]{2,6}", norm[at:at + 6])
    if following is None or re.match(r"的?(?:目标|水平|增长|增速|规模)", following.group(0)):
        return False
    tags = word_tags(following.group(0))
    return bool(tags) and tags[0][1] in ("n", "nz", "ns", "nt", "b", "an")


def _clause_rest(norm: str, at: int) -> str:
    """The clause from ``at`` to its end (read no further than a sentence may run)."""
    return norm[at:clause_end_after(norm, at, MAX_SENTENCE)]


def _clause_start(norm: str, floor: int, at: int) -> int:
    index = clause_end_before(norm, floor, at)
    return index + 1 if index >= 0 else floor


def _previous(year: int | None) -> int | None:
    return year - 1 if year else None


