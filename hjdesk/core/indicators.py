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
from dataclasses import dataclass

from .model import Indicator, ParsedReport, Section
from .names import canonical_name, lookup, wordings
from .periods import plan_period_spans
from .quantities import WIDTH, Quantity, find_quantities, units

log = logging.getLogger(__name__)

#: Stored indicators made by another version are extracted again on use.
EXTRACTOR_VERSION = "2026.12.01"

_SENTENCE_END = re.compile(r"[。！!？?\n]")
_CLAUSE_END = "，,；;：:。！!？?\n（("
_SKIP_KINDS = ("title", "glossary", "term", "closing", "appendix")
_GROWTH = ("增长", "增加", "提高", "提升", "上升", "上涨", "增", "涨", "回升", "扩大", "攀升")
_DECLINE = ("下降", "减少", "降低", "回落", "下滑", "缩减", "收窄", "降", "减")
_LEADING = re.compile(r"^(?:[、并且而;；,，]|拟安排|安排(?=[\u4e00-\u9fff]{2})|\d{1,2}[、.．)）](?!\d)|[(（]?[新改扩续][)）]|(?:和|及|与)(?!美|谐|时|会)|[①②③④⑤⑥⑦⑧⑨⑩]|[(（][一二三四五六七八九十\d]+[)）]"
                      r"|\d{4}年(?:底|末)?|全年|今年|去年|当年|上年|全区|全市|全省|全县|全州|全国|力争|确保|预计"
                      r"|实现|完成|累计|共计|共|总计|同口径|同比|比上年|按可比价格计算|可比价|力促|达到|年末|年底|一年来|其中|以上|分别|全面|基本)+")
_TRAILING = re.compile(r"(?:预计)?(?:同比|比上年|分别|均|都|年均|平均|人均)?(?:微|小幅|略有)?(?:增长|增加|下降|减少|提高|提升|上升|上涨|降低|回落|下滑"
                       r"|不低于|不少于|不高于|不超过|至少|压减|再压减|再降低|再降|拟按|拟安排|拟|要|新增|净增|高于|低于|再"
                       r"|缩减|收窄|回升|扩大|攀升|增|涨|降|减|达到|达|为|是|突破|超过|超|保持在|保持|稳定在|控制在|占|完成|实现"
                       r"|约|近|在|于|至|到|了|的|去年的|上年的|有)+$")
_ESTIMATE_MARK = "预计数"
_DESCRIPTOR_BEFORE = re.compile(r"年产|年处理|年加工|年吞吐|年发电|年出栏|年接待能力|(?<!生)产能|装机容量|规模为")
_LONG_TERM = re.compile(r"十[一二三四五六七八九]五|年均|五年|到20\d\d年|20\d\d年前|至20\d\d年")
_FIXED_STANDARD = re.compile(r"(?:提高|提标|调整|上调)(?:到|至)$")
_DATED_EVENT = re.compile(r"^(?:今年|去年|\d{4}年)?\d{1,2}月")
_FROM_TO = re.compile(r"从$")
_DATED = re.compile(r"(20\d\d)年")
_THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2})?(?:/年)?(?:以上|以下|及以上|及以下)(?:的)?(?=[\u4e00-\u9fff]{2})(?!(?:的)?(?:目标|水平|增长|增速))"
                        r"|的?部分")
_THRESHOLD_NOUN = re.compile(r"(?:的)?(?:自然村|行政村|村|煤矿|企业|项目|城市|县|人口|家庭|户|工程|部分)")
_NO_NAME = re.compile(r"^(?:|.|比(?:去年|上年)[\u4e00-\u9fff]{0,3}|上述|同时[\u4e00-\u9fff]{0,2}|各地[\u4e00-\u9fff]?|的.*)$")
#: 从2020年的53.2%…, 起征点从月销售额3万元…, 报销比例由50%…: the first figure of a from–to, a baseline.
_FROM_YEAR = re.compile(r"(?:从|(?<![自理经缘])由)(?:\d{4}年(?:底|末)?|[\u4e00-\u9fff]{0,6})$")
#: …提升到2025年的57.7%, …提高到10万元: the second, the figure of the subject said before.
_TO_YEAR = re.compile(r"^(?:提升|提高|增长|增加|扩大|上升|下降|降低|减少|缩小|缩减|压缩|达到|上调|下调|调整|降|升)?(?:到|至)"
                      r"(?:(?P<year>\d{4})年(?:底|末)?的?)?$")


@dataclass
class _Found:
    """A quantity with its subject, before roles and distribution are settled."""

    quantity: Quantity
    name: str
    span_start: int
    verb: str
    post: str
    year: int | None = None  # 从2020年的53.2%提升到2025年的57.7%: the year the text gives the figure


def extract_indicators(report: ParsedReport) -> tuple[Indicator, ...]:
    """All indicators of a report, in text order."""
    context = _Context(report)
    found: list[Indicator] = []
    for paragraph in report.paragraphs:
        section = context.section_at(paragraph.start)
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
        self.starts = [s.char_start for s in self.leaves]
        review = [s for s in report.sections if s.part == "review" and s.level == 1]
        marker = -1
        for part in review:
            at = self.norm.find(_ESTIMATE_MARK, part.char_start, part.char_end)
            if at >= 0:
                # The flag follows the first figure it covers: 增长5.2%(预计数,下同).
                marker = max(self.norm.rfind(ch, part.char_start, at) for ch in _CLAUSE_END[:-2]) + 1
                break
        self.estimate_from = marker
        self.period = plan_period_spans(report, self.norm)

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span holds ``offset``."""
        index = bisect_right(self.starts, offset) - 1
        best = None
        while index >= 0:
            section = self.leaves[index]
            if section.char_start <= offset < max(section.char_end, section.char_start + 1):
                if best is None or section.level > best.level:
                    best = section
            if best is not None and section.level == 1:
                break
            index -= 1
        return best


def _sentences(norm: str, start: int, end: int):
    pos = start
    for match in _SENTENCE_END.finditer(norm, start, end):
        yield pos, match.end()
        pos = match.end()
    if pos < end:
        yield pos, end


def _sentence(context: _Context, section: Section, start: int, end: int) -> list[Indicator]:
    norm = context.norm
    quantities = find_quantities(norm, start, end)
    if not quantities:
        return []
    items: list[_Found] = []
    for quantity in quantities:
        items.append(_subject(norm, context.text, start, quantity, items[-1] if items else None))
    return _distribute(context, section, start, end, items)


def _subject(norm: str, text: str, sentence_start: int, quantity: Quantity, previous: _Found | None) -> _Found:
    """The subject phrase before a quantity, or after it for a measure word
    followed by its noun (完成300套保障性租赁住房改建)."""
    clause_start = sentence_start
    for index in range(quantity.start - 1, sentence_start - 1, -1):
        if norm[index] in "（(" and re.match(r"[（(][^（()）]{1,4}[)）][\u4e00-\u9fff]", norm[index:index + 8]):
            continue  # 自然村通水泥（沥青）路1.5万公里: a short aside inside the name
        if norm[index] in _CLAUSE_END:
            clause_start = index + 1
            break
    left = clause_start
    if previous is not None and previous.quantity.end > clause_start:
        left = previous.quantity.end
        if previous.quantity.unit_class == "size_class" and re.match(r"[\u4e00-\u9fff]", norm[left:left + 1]):
            left = max(clause_start, previous.quantity.start)  # 千亿园区达到14家: the size names the thing counted
    raw = text[left:quantity.start]
    to_year = _TO_YEAR.match(norm[left:quantity.start])
    if previous is not None and to_year and previous.year == -1:
        year = int(to_year.group("year")) if to_year.group("year") else None
        return _Found(quantity, previous.name, previous.span_start, to_year.group(0), "", year)
    verb_match = _TRAILING.search(raw)
    verb = verb_match.group(0) if verb_match else ""
    core = raw[:len(raw) - len(verb)] if verb else raw
    lead = _LEADING.match(core)
    name = core[lead.end():] if lead else core
    post = _post_phrase(norm, text, quantity.end)
    span_start = left + (lead.end() if lead else 0)
    if raw.endswith("的") and post and quantity.unit_class in ("people", "count", "households"):
        # 现行标准下剩余的19.9万农村贫困人口全部脱贫: the number counts the noun after it
        name = name + _POST_VERB.sub("", post)
    listed = re.search(r"等[\u4e00-\u9fff]?$", name)
    if post and quantity.unit_class not in ("percent", "points", "multiple") and (_bare_verb(name) or listed):
        # 培育20个省级园区: the measure word's noun comes after the number;
        # 向阳坪、季家冲等49个老旧小区, 推动中方等县6所芙蓉学校: the list before 等 only gives examples.
        # 4911名科技特派员开展入企服务: the noun, without what is done with it, unless the list says what
        name = post if listed else name + re.split(rf"(?<=[\u4e00-\u9fff”]{{2}}){_POST_STOP}", post)[0]
    elif previous is not None and name in _SHARED_MODIFIER and \
            lookup(_VERB_START.sub("", previous.name)[:2] + name) is not None and \
            not re.search(r"[；;。]", norm[previous.quantity.end:left]):
        # 粮食播种面积稳定在7135万亩以上、产量稳定在600亿斤以上: the head shares the modifier before
        name = _VERB_START.sub("", previous.name)[:2] + name
    elif previous is not None and not re.search(r"[，,；;]", norm[previous.quantity.end:left]) and \
            (name in _COUNT_HEADS or (_bare_verb(name) and name and not post)):
        # 新增限上企业1000家、总数突破1.2万家; 建成芙蓉学校37所、新开工39所: the noun of the figure before
        name = _VERB_START.sub("", previous.name) + name
    elif name in _GENERIC_HEADS:
        # 实施重点产业项目200个，年度投资300亿元; 推动全域中药材种植，完成种植面积48万亩: whose it is was said before
        name = _topic(norm, text, sentence_start, clause_start, previous) + name
    if not name.strip("“”\"（）() ") and previous is not None and not re.search(r"[；;]", norm[previous.quantity.end:left]):
        return _Found(quantity, previous.name, previous.span_start, verb or previous.verb, post)
    if name.startswith("的") and previous is not None and previous.quantity.end == left:
        # 将制造业等行业现行16%的税率降至13%: the head after 的 belongs to the subject before the first figure
        subject = re.sub(r"^(?:将|把|对)|现行$", "", previous.name)
        return _Found(quantity, subject + name[1:].strip(), previous.span_start, verb, post)
    baseline = _FROM_YEAR.search(name)
    if baseline and baseline.start() > 0:
        # the first figure of 从2020年的53.2%提升到…: a baseline (year -1 marks it)
        return _Found(quantity, name[:baseline.start()].strip(), span_start, verb, post, -1)
    return _Found(quantity, name.strip().rstrip("和及与、"), span_start if name else left, verb, post)


_VERB = re.compile(r"^(?:新建|新增|建设|建成|培育|实施|开工|引进|创建|打造|支持|壮大|开行|开展|举办|推出|认定|改造|"
                   r"新开|开通|布局|组建|设立|招引|落地|完成|推动|推进|发展|形成|带动|吸引|服务|帮扶|救助|资助)?$")


_MANNER = re.compile(r"^(?:坚决|继续|加快|重点|用心用情|同心协力|大规模|如期|深入|扎实|积极|持续|着力|统筹|新)+")
_MORE_VERBS = re.compile(r"^(?:完工|竣工|投用|建成投用|守住|守牢|严守|引导|选择|办好|启动|发行|扩招|建成|开工建设|新开工|开工改造|改造提升|提质改造)$")


def _topic(norm: str, text: str, sentence_start: int, clause_start: int, previous: _Found | None) -> str:
    """What a generic head (年度投资, 种植面积) belongs to: the noun of the
    figure before it in the sentence, else of the clause before it."""
    if previous is not None and previous.quantity.start >= sentence_start:
        noun = previous.name
    else:
        before = norm[sentence_start:max(sentence_start, clause_start - 1)]
        noun = text[sentence_start + (before.rfind("，") + 1 if "，" in before else 0):max(sentence_start, clause_start - 1)]
    noun = _TOPIC_VERBS.sub("", _TOPIC_VERBS.sub("", _LEADING.sub("", noun)))
    noun = re.sub(rf"(?:{'|'.join(_GENERIC_HEADS)})$", "", noun)  # 中药材种植面积 → 中药材 for its 综合产值
    return re.sub(r"(?:种植|生产|建设|发展)$", "", noun) if len(noun) <= 12 else ""


def _bare_verb(name: str) -> bool:
    """A subject that is only a verb (or nothing), perhaps after a word of
    manner: 培育, 实施, 新建一批, 加快培育, 继续实施, 用心用情办好."""
    core = name.strip("“”\"（）() ")
    if not core or bool(_VERB.match(core)) or len(core) <= 1:
        return True
    core = _MANNER.sub("", core)
    return not core or bool(_VERB.match(core)) or bool(_MORE_VERBS.match(core))


def _post_phrase(norm: str, text: str, end: int) -> str:
    """The noun right after a quantity, up to the next clause end or number."""
    match = re.match(r"[\u4e00-\u9fff“”A-Za-z·]{1,16}", norm[end:end + 16])
    if not match:
        return ""
    phrase = match.group(0)
    stop = re.search(r"\d|以上|以下|以内|左右", phrase)
    return text[end:end + (stop.start() if stop else len(phrase))]


def _distribute(context: _Context, section: Section, start: int, end: int, items: list[_Found]) -> list[Indicator]:
    """Settle shared subjects (分别, 均为, 国控断面、省控断面…达标率) and build indicators."""
    out: list[Indicator] = []
    index = 0
    while index < len(items):
        item = items[index]
        group = [item]
        if "分别" in item.verb or "分别" in context.text[item.span_start:item.quantity.start]:
            while index + len(group) < len(items) and items[index + len(group)].name == item.name:
                group.append(items[index + len(group)])
        names = _split_subjects(item.name, len(group)) if len(group) > 1 else [item.name]
        for found, name in zip(group, names):
            out.extend(_indicators(context, section, start, found, name))
        index += len(group)
    return out


def _indicators(context: _Context, section: Section, sentence_start: int, found: _Found,
                name: str) -> list[Indicator]:
    """One indicator, or one per subject when a rate is given for a list of them."""
    measure = _measure(found)
    if not name.strip("“”\"（）() ") and measure == "growth_rate":
        name = _elided_subject(context.norm, found.quantity.start) or name
    elif name in _BARE_HEADS or _TARGET_WORD.match(name):
        # 经济增速是综合性指标，今年预期目标设定为6%以上: the target of the indicator said before
        # 粮食生产再获丰收，总产达到557亿斤: the head alone, its noun said before
        name = _elided_subject(context.norm, found.span_start) or name
    subjects = [name]
    if "均" in found.verb or (measure == "share" and "、" in name and "等" not in name):
        parts = [p for p in re.split(r"[、和及与]", name) if p]
        subjects = parts if len(parts) > 1 else subjects
    return [_indicator(context, section, sentence_start, found, subject, measure) for subject in subjects]


_ELIDED_REACH = 60
_SHARED_MODIFIER = ("产量", "总产", "总产量", "单产", "面积")
_POST_STOP = (r"(?:开展|达到|上线|投入|实现|建成|获得|入选|开工|运行|覆盖|参与|受益|通过|全部|全面|得到|纳入|落地|竣工|投产"
              r"|顺利|成功)")
_POST_VERB = re.compile(r"(?:全部|全面|基本)?(?:脱贫|完成|建成|投入使用|开工|实现|摘帽|出列|达标)$")
_GENERIC_HEADS = ("种植面积", "面积", "产值", "综合产值", "年度投资", "销售收入", "加工销售收入", "营业收入",
                  "主营业务收入")
_TOPIC_VERBS = re.compile(r"^(?:推动|加快|发展|推进|实施|做大做强|培育|壮大|支持|扩大|打造|新增|建设|建成|完成)+"
                          r"|^(?:全域|全面|大力|积极)+")
_COUNT_HEADS = ("总数", "总量", "总额", "总规模", "规模")
_VERB_START = re.compile(r"^(?:新增|净增|新建|建成|建设|新开工|开工|培育|引进|创建|打造|完成|实施|认定)")
_TARGET_WORD = re.compile(r"^(?:今年|全年)?(?:增长)?(?:预期)?目标(?:设定|确定|定|设)?$")
_BARE_HEADS = ("总产", "总产量", "总量", "产量", "总额", "规模", "总规模")


def _elided_subject(norm: str, at: int) -> str:
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


def _indicator(context: _Context, section: Section, sentence_start: int, found: _Found, name: str,
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


def _is_change(found: _Found) -> bool:
    """比上年增加0.9万亿元, 增加2000亿元: a change from a level, not a level
    (新增 is a flow of its own, 达到 a level)."""
    verb = found.verb.rstrip("了")
    if not verb.endswith(("增加", "减少", "增长", "下降", "多", "少")) or verb.endswith("新增"):
        return False
    return bool(_VERSUS.search(found.name + found.verb)) or verb.endswith(("增加", "减少"))


def _measure(found: _Found) -> str:
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


def _role(context: _Context, section: Section, sentence_start: int, found: _Found, measure: str) -> tuple[str, int | None]:
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
        return "target", year
    before = norm[sentence_start:quantity.start]
    if _FIXED_STANDARD.search(found.verb) and quantity.unit_class.startswith("money_per"):
        return "actual", _previous(year)
    if _DATED_EVENT.match(norm[sentence_start:sentence_start + 8]):
        return "actual", _previous(year)
    if re.search(r"(?:缩|降|减|压缩|缩短)(?:至|到)$", norm[sentence_start:quantity.start]):
        return "actual", _previous(year)
    if any(start <= quantity.start < end for start, end in context.period):
        return "actual", None  # a figure of the five years reviewed: a total or a period figure, not last year's
    if 0 <= context.estimate_from < quantity.start or "预计" in before:
        return "estimate", _previous(year)
    return "actual", _previous(year)


def _is_descriptor(norm: str, sentence_start: int, found: _Found, measure: str, clause: str) -> bool:
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
                                                 and _THRESHOLD_NOUN.match(norm, quantity.end)):
        return True  # 25户100人以上自然村, 30万吨/年以下煤矿: a bound that picks out what is meant
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


def _names_a_list(found: _Found) -> bool:
    """Numbers in the names of policies and lists are no targets: 民营经济26条,
    出台20条措施, 第一批9项, 紧盯28个重点领域."""
    if found.quantity.unit in ("条", "项") and (_POLICY_NAME.search(found.name)
                                             or any(word in found.post[:6] for word in _POLICY_AFTER)):
        return True
    if _STRUCTURE.search(found.post) and not _NEW.search(found.name + found.verb):
        return True  # 做大做强10个战略性新兴产业, 4个万亿级产业基地: the standing set acted on, not a target
    if re.match(r"(?:重点|重要|十大)?民生实事|方面", found.post):
        return True  # 办好12件重点民生实事: the size of the list, whose items are the targets
    return bool(_BATCH.search(found.name) or _FOCUS.match(found.name))


def _clause_start(norm: str, floor: int, at: int) -> int:
    for index in range(at - 1, floor - 1, -1):
        if norm[index] in _CLAUSE_END:
            return index + 1
    return floor


def _previous(year: int | None) -> int | None:
    return year - 1 if year else None


def _split_subjects(name: str, count: int) -> list[str]:
    """Subjects for ``分别``: 城乡居民收入 → 城镇居民收入, 农村居民收入;
    A、B和C → A, B, C; 交通、水利分别完成投资 → 交通投资, 水利投资."""
    listed, _, shared = name.partition("分别")
    shared = _LEADING.sub("", shared)
    if listed.startswith("城乡") and count == 2:
        rest = listed[2:] + shared
        return [f"城镇{rest}", f"农村{rest}"]
    parts = [p for p in re.split(r"[、和及与]", listed) if p]
    if len(parts) == count:
        return [part + shared for part in _shared_tail(parts)]
    return [name] * count


def _shared_tail(parts: list[str]) -> list[str]:
    """粮食、油料、蔬菜产量 and 城镇、农村常住居民人均可支配收入: parallel short
    modifiers share the head written once after the last of them."""
    first, last = parts[0], parts[-1]
    modifiers = parts[:-1]
    if len(first) > 4 or len(last) < len(first) + 2 or any(len(m) != len(first) for m in modifiers):
        return parts
    tail = last[len(first):]
    return [m + tail for m in modifiers] + [last]
