"""The subject phrase of a quantity: what a number in a report counts or
measures. Chinese puts the subject before the number (城镇新增就业70万人),
after a measure word (培育20个省级园区), in the clause or figure before it
(实施重点产业项目200个，年度投资300亿元), or shares it across a list
(城镇、农村居民人均可支配收入分别增长…)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .names import lookup
from .quantities import Quantity

#: Where a clause ends (an opening bracket too: what follows is an aside).
CLAUSE_END = "，,；;：:。！!？?\n（("
_CLAUSE_END = re.compile("[" + re.escape(CLAUSE_END) + "]")


def clause_end_before(norm: str, floor: int, at: int) -> int:
    """Index of the last clause end in ``norm[floor:at]``, or -1 (searched at C speed)."""
    return max(norm.rfind(char, floor, at) for char in CLAUSE_END)


def clause_end_after(norm: str, at: int, limit: int) -> int:
    """Index of the first clause end in ``norm[at:at + limit]``, or ``min(len(norm), at + limit)``."""
    found = _CLAUSE_END.search(norm, at, at + limit)
    return found.start() if found else min(len(norm), at + limit)

_LEADING = re.compile(r"^(?:[、并且而;；,，]|将(?![军来])|拟安排|安排(?=[\u4e00-\u9fff]{2})|\d{1,2}[、.．)）](?!\d)|[(（]?[新改扩续][)）]|(?:和|及|与)(?!美|谐|时|会)|[①②③④⑤⑥⑦⑧⑨⑩]|[(（][一二三四五六七八九十\d]+[)）]"
                      r"|\d{4}年(?:底|末)?|全年|今年|去年|当年|上年|全区|全市|全省|全县|全州|全国(?!重点)|力争|确保|预计"
                      r"|实现|完成|累计|共计|共|总计|同口径|同比|比上年|按可比价格计算|可比价|力促|达到|年末|年底|一年来|其中|以上|分别|全面|基本|努力|年内|计划)+")

_TRAILING = re.compile(r"(?:预计)?(?:同比|比上年|分别|均|都|年均|平均|人均)?(?:微|小幅|略有)?(?:增长|增加|下降|减少|提高|提升|上升|上涨|降低|回落|下滑"
                       r"|不低于|不少于|不高于|不超过|至少|压减|再压减|再降低|再降|拟按|拟安排|拟|要|新增|净增|高于|低于|再"
                       r"|缩减|收窄|回升|扩大|攀升|增|涨|降|减|达到|达|为|是|突破|超过|超|保持在|保持|稳定在|控制在|占|完成|实现"
                       r"|约|近|在|于|至|到|了|的|去年的|上年的|有|继续|力争|确保|努力|全部|连续|今年|全年)+$")

#: 国家级和30个省级临床重点专科: a level whose noun follows the next figure.
_LEVEL_ONLY = re.compile(r"^(?:国家|省|市|县|区|州)级$")
_SHARED_HEAD = re.compile(r"(?:和|、|及)\d+(?:\.\d+)?[个家所座项条批](?:国家|省|市|县|区|州)级(?P<head>[\u4e00-\u9fff]{2,12})")

#: Verbs that make the things counted do something: the name is what they do (县医院达到三级服务能力水平).
_CAUSING = re.compile(r"^(?:推动|促进|帮助|带动|引导|让|使)$")

#: A name that says what is done with its things has no need of the verb before it.
_OWN_VERB = re.compile(r"开工|完工|竣工|投用|投产|建成|改造|新增|新建|累计|总数|达到")

#: Words that open a means or a frame, not what is counted: 依托中心乡镇卫生院建设…
_MEANS = re.compile(r"依托|围绕|通过|利用|结合|借助|按照|聚焦|立足|面向")

#: A comparison inside a subject: what follows is the measure it is set against.
_COMPARED = re.compile(r"(?:增速|增幅|增长)?(?:高于|快于|低于|慢于|跑赢)[\u4e00-\u9fff]+$")

#: After a share: what the things of that share do (80%以上由企业牵头承担, 70%以上用于民生).
_SHARE_THAT = re.compile(r"(?:用于|由|投入|服务于|按照|来自|纳入|进入|投向|流向|布局在|集中在|达到|达标)")

#: A head noun after the number that names the things counted: 20项工程, 10大行动.
_HEAD_AFTER = re.compile(r"(?:工程|行动|项目|计划|专项行动)(?![\u4e00-\u9fff])")

#: What stands between two items of one list.
_ITEM_GAP = re.compile(r"(?:以上|左右)?[、和及]")

#: 对2万名…开展内镜检查: a preposition before the number says nothing of what is counted.
_PREPOSITION = re.compile(r"^(?:对|为|向|给|在)$")

#: 一是, 十三是: the number of an item in a list of them.
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff])")

#: 从2020年的53.2%…, 起征点从月销售额3万元…, 报销比例由50%…: the first figure of a from–to, a baseline.
_FROM_YEAR = re.compile(r"(?:从|(?<![自理经缘])由)(?:\d{4}年(?:底|末)?|[\u4e00-\u9fff]{0,6})$")

#: …提升到2025年的57.7%, …提高到10万元: the second, the figure of the subject said before.
_TO_YEAR = re.compile(r"^(?:提升|提高|增长|增加|扩大|上升|下降|降低|减少|缩小|缩减|压缩|达到|上调|下调|调整|降|升)?(?:到|至)"
                      r"(?:(?P<year>\d{4})年(?:底|末)?的?)?$")


@dataclass
class Found:
    """A quantity with its subject, before roles and distribution are settled."""

    quantity: Quantity
    name: str
    span_start: int
    verb: str
    post: str
    year: int | None = None  # 从2020年的53.2%提升到2025年的57.7%: the year the text gives the figure
    noun_end: int | None = None  # where the noun after the number ends, when the name took it


def subject(norm: str, text: str, sentence_start: int, quantity: Quantity, previous: Found | None) -> Found:
    """The subject phrase before a quantity, or after it for a measure word
    followed by its noun (完成300套保障性租赁住房改建)."""
    clause_start = sentence_start
    index = quantity.start
    while (index := clause_end_before(norm, sentence_start, index)) >= 0:
        if norm[index] in "（(" and re.match(r"[（(][^（()）]{1,4}[)）][\u4e00-\u9fff”+\d、]", norm[index:index + 8]):
            continue  # 自然村通水泥（沥青）路1.5万公里: a short aside inside the name
        clause_start = index + 1
        break
    left = clause_start
    if previous is not None and previous.quantity.end > clause_start:
        left = previous.quantity.end
        if previous.noun_end is not None and previous.noun_end <= quantity.start:
            left = max(left, previous.noun_end)  # 建设300个精品示范村、2500个提档升级村: that noun was the figure's before
        if previous.quantity.unit_class == "size_class" and re.match(r"[\u4e00-\u9fff]", norm[left:left + 1]):
            left = max(clause_start, previous.quantity.start)  # 千亿园区达到14家: the size names the thing counted
        elif (norm.startswith(("以上", "以下"), previous.quantity.end - 2) or norm.startswith("内", previous.quantity.end)) and \
                re.fullmatch(r"[\u4e00-\u9fff]{2,}", norm[previous.quantity.end:quantity.start] or "-"):
            left = max(clause_start, previous.span_start)  # 30户以上自然村寨…覆盖率80%: the bound picks out whose
    enumerator = _ENUMERATOR.match(norm, left, quantity.start)
    if enumerator:
        left = enumerator.end()  # 十三是完成4万户…: the item's number in a list
    raw = text[left:quantity.start]
    to_year = _TO_YEAR.match(norm[left:quantity.start])
    if previous is not None and to_year and previous.year == -1:
        year = int(to_year.group("year")) if to_year.group("year") else None
        return Found(quantity, previous.name, previous.span_start, to_year.group(0), "", year)
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
    counted = post and not listed and quantity.unit_class not in ("percent", "points", "multiple")
    verb_only = counted and _verb_only(name)
    whose = "" if verb_only or not counted else _before_verb(name)
    noun_end = None
    if verb_only or whose:
        # 建设10条具有国际范、中国味的精品线路: the noun may stand after a list of what it is like
        post = _post_noun(norm, text, quantity.end) or post
    if post and quantity.unit_class not in ("percent", "points", "multiple") and (verb_only or whose or listed):
        # 培育20个省级园区: the measure word's noun comes after the number;
        # 每个县至少办好1所优质高中: whose it is, then that noun;
        # 向阳坪、季家冲等49个老旧小区, 推动中方等县6所芙蓉学校: the list before 等 only gives examples.
        # 4911名科技特派员开展入企服务: the noun, without what is done with it, unless the list says what
        noun = post if listed or _CAUSING.match(name) else re.split(rf"(?<=[\u4e00-\u9fff”]{{2}}){_POST_STOP}", post)[0]
        if _CAUSING.match(name):
            name = ""  # 推动12所县医院达到三级服务能力水平: the things counted and what they are to reach
        shared = _LEVEL_ONLY.match(noun.rstrip("和及与、")) and _SHARED_HEAD.match(norm, quantity.end + len(noun.rstrip("和及与、")))
        if shared:
            # 新建5个国家级和30个省级临床重点专科: the level's noun is the one after the next figure
            noun = noun.rstrip("和及与、") + shared.group("head")
        name = noun if listed else (whose or _PREPOSITION.sub("", name)) + noun
        at = text.find(noun, quantity.end)
        noun_end = shared.start() if shared else at + len(noun) if at >= 0 else None
        if quantity.unit_class == "size_class":
            noun_end = None  # 培育百亿级集群25个: the size is part of the name of what the next figure counts
    elif previous is not None and name in _SHARED_MODIFIER and \
            lookup(_VERB_START.sub("", previous.name)[:2] + name) is not None and \
            not re.search(r"[；;。]", norm[previous.quantity.end:left]):
        # 粮食播种面积稳定在7135万亩以上、产量稳定在600亿斤以上: the head shares the modifier before
        name = _VERB_START.sub("", previous.name)[:2] + name
    elif previous is not None and not re.search(r"[，,；;]", norm[previous.quantity.end:left]) and \
            (name in _COUNT_HEADS or (_bare_verb(name) and name and not post)):
        # 新增限上企业1000家、总数突破1.2万家; 建成芙蓉学校37所、新开工39所: the noun of the figure before
        name = _VERB_START.sub("", previous.name) + name
    elif name in ("受益", "惠及") and previous is not None and quantity.unit_class == "people":
        # 开展农村供水工程维修养护1700处，受益180万人: the people the work before serves
        name = re.sub(r"^(?:开展|实施|推进|完成|建设|新建|改造)", "", previous.name) + "受益人口"
    elif name in _GENERIC_HEADS:
        # 实施重点产业项目200个，年度投资300亿元; 推动全域中药材种植，完成种植面积48万亩: whose it is was said before
        name = _topic(norm, text, sentence_start, clause_start, previous) + name
    if not name.strip("“”\"（）() ") and previous is not None and not re.search(r"[；;]", norm[previous.quantity.end:left]):
        if quantity.unit_class == previous.quantity.unit_class == "percent" and re.fullmatch(r"(?:力争)?(?:达到|达|超过|突破)", verb):
            verb = previous.verb  # 地区生产总值增长6%左右，力争达到6%以上: a stretch of the same growth
        return Found(quantity, previous.name, previous.span_start, verb or previous.verb, post)
    if name.startswith("的") and previous is not None and previous.quantity.end == left:
        # 将制造业等行业现行16%的税率降至13%: the head after 的 belongs to the subject before the first figure
        subject = re.sub(r"^(?:将|把|对)|现行$", "", previous.name)
        return Found(quantity, subject + name[1:].strip(), previous.span_start, verb, post)
    baseline = _FROM_YEAR.search(name)
    if baseline and baseline.start() > 0:
        # the first figure of 从2020年的53.2%提升到…: a baseline (year -1 marks it)
        return Found(quantity, name[:baseline.start()].strip(), span_start, verb, post, -1)
    name = name.strip().rstrip("和及与、")
    examples = re.search(r"^[^等]*?[、][^等]*等(?=[\u4e00-\u9fff]{6})", name)
    if examples and quantity.unit_class in ("percent", "points") and not verb_only:
        name = name[examples.end():]  # 推动大数据、集成电路等数字经济核心产业增长10%: the whole the examples belong to
    compared = _COMPARED.search(name)
    if compared and compared.start() >= 4:
        name = name[:compared.start()]  # 居民人均可支配收入增速高于经济增速、突破3万元: the income, not the economy
    what = _SHARE_THAT.match(post) if quantity.unit_class == "percent" and name else None
    if what:
        # 省级产业类科技计划项目80%以上由企业牵头承担: the share of them that does what follows
        name += _post_noun(norm, text, quantity.end).rstrip("，,") + "的比例"
    head = _HEAD_AFTER.match(post) if noun_end is None and quantity.unit_class == "count" else None
    if head and name and not name.endswith(head.group(0)):
        name += head.group(0)  # 实施现代服务业发展20项工程: what the number counts is named after it
    if previous is not None and name and previous.quantity.unit_class == quantity.unit_class and \
            not _MEASURE_HEAD.search(name) and _ITEM_GAP.fullmatch(norm[previous.quantity.end:span_start]):
        shared_head = _MEASURE_HEAD.search(previous.name)
        if shared_head and not previous.name.startswith(name):
            name += shared_head.group(0)  # 整车产量200万辆、新能源汽车140万辆: the list shares its measure
    if previous is not None and name and not _VERB_START.search(name) and not _OWN_VERB.search(name):
        shared = _VERB_START.match(_LEADING.sub("", previous.name))
        if shared and _ITEM_GAP.fullmatch(norm[previous.noun_end or previous.quantity.end:span_start if name else left]):
            # 新增高新技术企业3500家、科技型中小企业7533家: the list shares the verb of its first item
            name = shared.group(0) + name
    return Found(quantity, name, span_start if name else left, verb, post, noun_end=noun_end)

_VERB = re.compile(r"^(?:新建|改扩建|新改扩建|改建|扩建|新改建|新增|建设|建成|培育|实施|开工|引进|创建|打造|支持|壮大|开行|开展|举办|推出|认定|改造|"
                   r"新开|开通|布局|组建|设立|招引|落地|完成|推动|推进|发展|形成|带动|吸引|服务|帮扶|救助|资助|对|为|向|给|在)?$")

_MANNER = re.compile(r"^(?:坚决|继续|加快|重点|用心用情|同心协力|大规模|如期|深入|扎实|积极|持续|着力|统筹|新|全力|大力|全面|有序|稳步"
                    r"|稳妥|稳慎|高水平|高质量|高标准|因势利导|谋划|主要是|重点是|精准|分类|滚动|协同|切实|抓紧|加速|提速|超前|接续|梯次)+")

_MORE_VERBS = re.compile(r"^(?:落实|完工|竣工|投用|建成投用|守住|守牢|严守|引导|选择|办好|启动|发行|扩招|建成|开工建设|新开工|开工改造|改造提升|提质改造"
                         r"|选派|选聘|派驻|遴选|核准|认定|评选|创建|再核准|更新|新建)$")


def _topic(norm: str, text: str, sentence_start: int, clause_start: int, previous: Found | None) -> str:
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


def _verb_only(name: str) -> bool:
    """A subject that is only words of doing, by the list of them or by a
    part-of-speech tagger (建立, 促进, 加快推进): what is counted comes after
    the number (建立9个紧密型城市医疗集团)."""
    if _bare_verb(name) or (name.endswith("好") and len(name) > 2 and _bare_verb(name[:-1])):
        return True  # 打造好23个现代产业学院: a verb with its complement
    core = name.strip("“”\"（）() ")
    if re.search(r"[、和及与]", core) and all(_bare_verb(part) for part in re.split(r"[、和及与]", core)):
        return True  # 新建、改扩建208所中小学, 新建和改造2万座户厕: a list of verbs
    if re.fullmatch(r"[\u4e00-\u9fff]{1,2}[好大强优实]", core) and word_tags(core[:-1])[-1][1] in ("v", "vn", "p"):
        return True  # 建好5个平台, 做大13家园区: a verb and its result
    if len(core) > 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return False
    tags = word_tags(core)
    return bool(tags) and (tags[-1][1] in ("v", "vn") or bool(_MORE_VERBS.match(tags[-1][0]))) and all(
        flag in ("v", "vn", "d", "ad", "b", "c", "s", "f") or _VERB.match(word) or _MANNER.fullmatch(word)
        or _MORE_VERBS.match(word) for word, flag in tags) and tags[0][1] not in ("c", "f")


def _before_verb(name: str) -> str:
    """Whose things a subject ending in a verb speaks of, without that verb
    and the words of doing before it: 支持每个县至少办好 → 每个县. Empty
    when the subject does not end in a verb or says no more than it."""
    core = name.strip("“”\"（）() ")
    if len(core) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return ""
    tags = word_tags(core)
    if not tags or tags[-1][1] != "v" and not (tags[-1][1] == "vn" and _VERB.match(tags[-1][0])):
        return ""
    last = tags[-1][0]
    while tags and tags[-1][1] in ("v", "vn", "d", "ad"):
        tags.pop()
    while tags and (tags[0][1] == "v" or _VERB.match(tags[0][0])):
        tags.pop(0)
    kept = "".join(word for word, _ in tags)
    if re.match(r"每|各", kept) or re.search(r"每(?:人|户|个|名)$", kept):
        return re.sub(r"^(?:为|对|向|给)", "", kept)  # 为符合条件的孤儿每人发放1万元助学金
    # 依托中心乡镇卫生院建设100个县域医疗卫生次中心: the means before the verb name nothing counted
    return last if _MEANS.match(core) and _VERB.match(last) and len(last) >= 2 else ""


def word_tags(words: str) -> list[tuple[str, str]]:
    """Words with their parts of speech; none when no tagger is installed."""
    tagger = _tagger()
    return tagger(words) if tagger is not None else []


@lru_cache(maxsize=1)
def _tagger():
    try:
        import rjieba
    except ImportError:
        return None
    return rjieba.Jieba().tag  # its own instance: the module's default one is shared with others


def _post_noun(norm: str, text: str, end: int) -> str:
    """The noun phrase after a quantity up to its clause's end, after the
    last 的 of it (建设10条具有国际范、中国味、中原韵的精品线路: 精品线路)."""
    phrase = _noun_run(norm, text, end, 30, "、")
    # without a 的 the list is one of things counted apart: 1所优质初中、每个县…
    return phrase.rpartition("的")[2].strip("、") if "的" in phrase else phrase.partition("、")[0]


def _post_phrase(norm: str, text: str, end: int) -> str:
    """The noun right after a quantity, up to the next clause end or number."""
    return _noun_run(norm, text, end, 16, "")


#: What may stand in a noun after a number: 5G基站, 4A级以上旅游景区, 60条（段）幸福河湖.
_RUN = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,3}[)）])?(?:[\u4e00-\u9fff“”A-Za-z·+]|\d+(?:\.\d+)?[A-Za-z]+)+")
#: Where such a noun stops: a bound after it (…以上，), a figure (…1万个).
_RUN_STOP = re.compile(r"(?:以上|以下|以内|左右)(?![\u4e00-\u9fff])|(?:以上|以下|以内|左右)(?=的)")


def _noun_run(norm: str, text: str, end: int, limit: int, joiners: str) -> str:
    at, pieces = end, []
    while at < end + limit:
        match = _RUN.match(norm, at)
        if not match:
            break
        pieces.append(match.group(0))
        at = match.end()
        if at < len(norm) and norm[at] in joiners:
            pieces.append(norm[at])
            at += 1
            continue
        break
    phrase = "".join(pieces)[:limit]
    if phrase.startswith(("（", "(")):
        phrase = phrase[phrase.index("）" if "）" in phrase else ")") + 1:]
        end = end + len("".join(pieces)[:limit]) - len(phrase)
    stop = _RUN_STOP.search(phrase)
    length = stop.start() if stop else len(phrase)
    return text[end:end + length].rstrip("、")


_SHARED_MODIFIER = ("产量", "总产", "总产量", "单产", "面积")

_POST_STOP = (r"(?:开展|实施|达到|上线|投入|实现|建成|获得|入选|开工|运行|覆盖|参与|受益|通过|全部|全面|得到|纳入|落地|竣工|投产"
              r"|顺利|成功)")

_POST_VERB = re.compile(r"(?:全部|全面|基本)?(?:脱贫|完成|建成|投入使用|开工|实现|摘帽|出列|达标)$")

_GENERIC_HEADS = ("种植面积", "面积", "产值", "综合产值", "年度投资", "销售收入", "加工销售收入", "营业收入",
                  "主营业务收入")

_TOPIC_VERBS = re.compile(r"^(?:推动|加快|发展|推进|实施|做大做强|培育|壮大|支持|扩大|打造|新增|建设|建成|完成)+"
                          r"|^(?:全域|全面|大力|积极)+")

_COUNT_HEADS = ("总数", "总量", "总额", "总规模", "规模")

_VERB_START = re.compile(r"^(?:新增|净增|新建|建成|建设|新开工|开工|培育|引进|创建|打造|完成|实施|认定|更新|改造|新改建|改扩建)")


def split_subjects(name: str, count: int) -> list[str]:
    """Subjects for ``分别``: 城乡居民收入 → 城镇居民收入, 农村居民收入;
    A、B和C → A, B, C; 交通、水利分别完成投资 → 交通投资, 水利投资."""
    listed, _, shared = name.partition("分别")
    shared = _LEADING.sub("", shared)
    if listed.startswith("城乡") and count == 2:
        rest = listed[2:] + shared
        return [f"城镇{rest}", f"农村{rest}"]
    parts = list_parts(listed, count)
    if len(parts) == count:
        return [part + shared for part in _shared_tail(parts)]
    return [name] * count


#: What a list of sectors shares when the last of them names it: 增加值, 营业收入 …
_MEASURE_HEAD = re.compile(r"(?:增加值|总产值|产值|营业收入|营收|销售额|投资|产量|覆盖率|普及率|达标率|利用率|治理率)$")


def list_parts(listed: str, count: int | None = None) -> list[str]:
    """The items of a list of subjects: split at 、, and at 和/及/与 only
    where that gives the number of items wanted (自来水普及率 is one item)."""
    parts = [p for p in listed.split("、") if p]
    if count is not None and len(parts) == count:
        return parts
    joined = [p for p in re.split(r"、|和(?![美谐])|(?<!普)及(?!时|以[上下])|与", listed) if p]
    return joined if count is None or len(joined) == count else parts


def _shared_tail(parts: list[str]) -> list[str]:
    """粮食、油料、蔬菜产量 and 城镇、农村常住居民人均可支配收入: parallel short
    modifiers share the head written once after the last of them."""
    first, last = parts[0], parts[-1]
    modifiers = parts[:-1]
    head = _MEASURE_HEAD.search(last)
    if head and not any(_MEASURE_HEAD.search(m) for m in modifiers) and all(len(m) >= 2 for m in modifiers):
        # 装备制造业、高技术制造业增加值: each grows in value added
        return [m + head.group(0) for m in modifiers] + [last]
    if len(first) > 4 or len(last) < len(first) + 2 or any(len(m) != len(first) for m in modifiers):
        return parts
    tail = last[len(first):]
    return [m + tail for m in modifiers] + [last]
