"""Promise to delivery at the level of commitments.

A plan section holds many commitments (实施提振消费专项行动, 更新汽车50万辆);
next year's review answers them in passages of its own shape, often several
in one sentence and in another section than the plan's. Each commitment of
OLD's plan is looked for in NEW's review of that year (the five-year
passages left out): the review clause (with the clause after it) that holds most of its rare words
reports it, with a number when a figure stands in those clauses; a window in
the review unit the promise-mode alignment pairs with the commitment's plan
unit counts a little more; a window must also hold one of the words that say
what the commitment is about beyond the words of plans in general (银发 of
大力发展银发经济, not only 经济 and 发展).

Commitments are the clauses of the plan that begin with a word of doing; a
clause that begins otherwise (工业设备投资增长10%) belongs to the one
before. Words are weighed by character bigrams and their rarity across both
texts, as the aligner does, so that 推进 and 建设 count for little and
岳麓山 for much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .align import Alignment, align
from .mentions import review_text
from .model import Indicator, ParsedReport
from .subjects import word_tags
from .units import report_units

#: Statuses of a commitment: reported with a figure, reported in words, not reported.
STATUSES = ("number", "words", "no")
#: The share of a commitment's weighted words a review sentence must hold to report it.
REPORTED_MIN = 0.22
#: Kinds of plan units whose clauses are no commitments of the year's work.
_NOT_WORK = ("title", "closing", "glossary", "appendix", "targets", "address", "problems", "part")
#: Review units that report nothing done: shortcomings, thanks.
_NOT_DONE = ("problems", "address", "title", "closing")
#: Clauses that frame the work rather than promise any (今年是…, 坚持稳中求进工作总基调).
_FRAMING = re.compile(r"^(?:今年是|这是|我们|各级政府|坚持|必须|要以|做好政府工作)")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_CLAUSE = re.compile(r"[^，,：:。；;！!？?\n]+[，,：:。；;！!？?]?")
#: Words of manner before the verb of a clause (加快推进, 持续深化, 大力).
_MANNER = re.compile(r"^(?:[一二三四五六七八九十]+是|要|将|还要|同时|并|继续|持续|加快|加力|加大|全力|大力|着力|全面|深入|积极|稳步|有序|扎实"
                     r"|切实|进一步|更大力度|更好|坚决|统筹|协同|高质量|高水平|高标准|因地制宜|分类|稳妥|用心用情|全链条|系统)+")
#: Verbs that start a commitment even where the tagger reads them otherwise.
_DOING = re.compile(r"^(?:实施|推进|推动|建设|新建|建成|开工|完成|开展|培育|打造|深化|落实|健全|完善|强化|提升|提高|扩大|促进|支持|引导"
                    r"|加强|优化|发展|创建|组织|启动|谋划|抓好|办好|做好|用好|稳定|保障|巩固|拓展|构建|出台|制定|争创|争取|新增|改造"
                    r"|更新|引进|招引|设立|组建|举办|开通|实现|确保|力争|保持|严格|守住|防范|化解|整治|治理|修复|建立|探索|鼓励|聚焦"
                    r"|围绕|加速|壮大|释放|激发|增强|突出|抓住|用足|放大|迭代|升级|筑牢|夯实|延伸|畅通|打通|扩围|扩容|降低|减少|压减)")
_FIGURE = re.compile(r"(?<![第\d.])\d+(?:\.\d+)?(?!\d|[A-Za-z]|\s*(?:年|月|日|号|届|次会议))|翻番|翻一番|[十百千万]亿级|全覆盖|百分之")
_YEAR = re.compile(r"\d{4}年|\d{1,2}月|[一二三四五六七八九十]+是")
_QUOTED = re.compile(r"“([^”]{2,12})”")
_NOISE = re.compile(r"[\d\s.%％、，,：:。；;！!？?“”\"（）()《》·—\-]+")


@dataclass(frozen=True)
class Commitment:
    """One commitment of OLD's plan: its span and the unit it stands in."""

    start: int
    end: int
    section: int
    text: str


@dataclass(frozen=True)
class Delivery:
    """What NEW's review says of one commitment: ``number``, ``words`` or
    ``no``; the sentence that reports it and the unit it stands in; and, for
    a commitment with a target figure, whether the figure NEW reports meets it."""

    commitment: Commitment
    status: str
    passage: tuple[int, int] | None = None
    section: int | None = None
    score: float = 0.0
    meets: bool | None = None


def commitments(report: ParsedReport) -> list[Commitment]:
    """The commitments of a report's plan part, in reading order."""
    found: list[Commitment] = []
    for unit in report_units(report):
        if unit.part != "plan" or unit.kind in _NOT_WORK:
            continue
        # a section's heading names its commitments; a topic's heading (建强战略科技力量。) is one
        heading_end = unit.span[0] + len(unit.heading) + 1 if unit.kind == "section" else unit.span[0]
        for start, end in unit.segments:
            for sentence in _SENTENCE.finditer(report.text, max(start, min(heading_end, end)), end):
                found += _sentence_commitments(report.text, sentence.start(), sentence.end(), unit.section)
    return found


def _sentence_commitments(text: str, start: int, end: int, section: int) -> list[Commitment]:
    pieces: list[list[int]] = []
    for clause in _CLAUSE.finditer(text, start, end):
        words = clause.group(0).strip()
        if len(re.sub(r"\W", "", words)) < 2:
            continue
        if not pieces or _starts_with_doing(words) or _FRAMING.match(words):
            pieces.append([clause.start(), clause.end()])
        else:
            pieces[-1][1] = clause.end()
    return [Commitment(a, b, section, text[a:b].strip()) for a, b in pieces
            if len(_NOISE.sub("", text[a:b])) >= 4 and not _FRAMING.match(text[a:b].strip())]


def _starts_with_doing(clause: str) -> bool:
    core = _MANNER.sub("", clause.lstrip("“\"（("))
    if _DOING.match(core):
        return True
    tags = word_tags(core[:8])
    return bool(tags) and tags[0][1] == "v"


def deliveries(old: ParsedReport, new: ParsedReport, old_indicators: Sequence[Indicator] = (),
               met: Mapping[str, bool] | None = None, alignment: Alignment | None = None) -> list[Delivery]:
    """Each commitment of OLD's plan with what NEW's review of that year says
    of it. ``met`` maps a target's key to whether NEW's figure met it (from
    the gap table), for the commitments that hold a target; ``alignment`` is
    the promise-mode alignment of the two, made here when not given."""
    review = review_text(new)
    done = [u.span for u in report_units(new) if u.kind in _NOT_DONE]
    windows = [(a, b) for a, b in _windows(review) if not any(x <= a < y for x, y in done)]
    sections = _units_by_offset(new)
    headings = {u.span[0] for u in report_units(new) if u.heading}
    promised = commitments(old)
    grams_of = {id(c): _grams(_objects(c.text)) for c in promised}
    window_grams = [_grams(review[a:b]) for a, b in windows]
    sentences = [_grams(m.group(0)) for m in _SENTENCE.finditer(review)]
    weights = _rarity(list(grams_of.values()) + sentences)
    index: dict[str, list[int]] = {}
    for number, grams in enumerate(window_grams):
        for gram in grams:
            index.setdefault(gram, []).append(number)
    targets = [i for i in old_indicators if i.role == "target"]
    answering = _answering_units(new, alignment or align(old, new, "promise"))
    result = []
    for commitment in promised:
        near = answering.get(commitment.section, ())
        # a commitment is reported as a whole, or by what its first clause promises
        # (新建5G基站2000个 reported, 工业设备投资增长10% after it not)
        first = _objects(_CLAUSE.match(commitment.text).group(0)) if _CLAUSE.match(commitment.text) else ""
        whole = _objects(commitment.text)
        score, best = max(_best_window(grams_of[id(commitment)], weights, index, windows, review, _named(whole), near),
                          _best_window(_grams(first), weights, index, windows, review, _named(first), near),
                          key=lambda found: found[0])
        if best is not None and not _holds_key_word(whole, review[slice(*windows[best])]):
            score, best = 0.0, None  # alike in common words only (经济, 发展): not this commitment
        if best is None or score < REPORTED_MIN:
            result.append(Delivery(commitment, "no", score=round(score, 3)))
            continue
        start, end = windows[best]
        # a figure in the words that report it or right after them (健全养老服务体系，新建105家…),
        # after a heading of a sentence in the sentence that follows
        figure = _FIGURE.search(_YEAR.sub(" ", _figure_reach(review, start, end, headings)))
        held = [t for t in targets if commitment.start <= t.char_start < commitment.end and met and t.key in met]
        meets = all(met[t.key] for t in held) if held else None
        result.append(Delivery(commitment, "number" if figure else "words", (start, end), sections(start),
                               round(score, 3), meets))
    return result


def _best_window(grams: set[str], weights: Mapping[str, float], index: Mapping[str, list[int]],
                 windows: list[tuple[int, int]], review: str, named: list[str],
                 near: Sequence[tuple[int, int]] = ()) -> tuple[float, int | None]:
    """The share of ``grams``' weight the best window holds, and that window;
    a window in the review unit that answers the commitment's plan unit as a
    whole (``near``) counts a little more."""
    total = sum(weights.get(g, 0.0) for g in grams)
    scores: Counter = Counter()
    for gram in grams:
        for number in index.get(gram, ()):
            scores[number] += weights[gram]
    if near and total:
        for number in scores:
            if any(a <= windows[number][0] < b for a, b in near):
                scores[number] += PAIRED_BONUS * total
    if named:
        # a commitment known by a quoted name (“两清零”行动) is reported only where that name stands
        scores = Counter({n: v for n, v in scores.items() if any(name in review[slice(*windows[n])] for name in named)})
    best = max(scores, key=lambda n: (scores[n], -n), default=None)
    return (scores[best] / total if best is not None and total else 0.0), best


#: What a window in the review unit that answers the commitment's plan unit gains, as a share of the commitment's weight.
PAIRED_BONUS = 0.1


def _answering_units(new: ParsedReport, alignment: Alignment) -> dict[int, list[tuple[int, int]]]:
    """Plan unit → the spans of the review units the promise-mode alignment pairs with it."""
    spans = {u.section: u.span for u in report_units(new)}
    found: dict[int, list[tuple[int, int]]] = {}
    for pair in alignment.pairs:
        if pair.old_section is not None and pair.new_section is not None:
            found.setdefault(pair.old_section, []).append(spans[pair.new_section])
    return found


#: Words of plans in general, that single no commitment out.
_GENERIC_WORDS = frozenset("""经济 发展 建设 体系 机制 改革 产业 项目 企业 工作 能力 水平 服务 质量 重点 领域 创新 政策 制度 工程 行动 全面
    推进 推动 加快 加强 提升 实施 开展 完善 健全 优化 强化 深化 促进 支持 建立 构建 打造 培育 落实 高质量 新型 现代化 一批 行业 全省 全市
    全区 我省 我市 各类 相关 有效 持续 进一步 重大 国家 省级 市场""".split())


def _key_words(words: str) -> list[str]:
    found = []
    for word, flag in word_tags(re.sub(r"[^\u4e00-\u9fff]", "", words)):
        if len(word) >= 2 and word not in _GENERIC_WORDS and flag[:1] in ("n", "v", "a", "j", "l", "i") and word not in found:
            found.append(word)
    return found


def _holds_key_word(commitment: str, window: str) -> bool:
    """Whether a window holds one of the words that say what the commitment
    is about, beyond the words of plans in general (银发 of 大力发展银发经济)."""
    words = _key_words(_objects(commitment))
    return not words or any(word in window for word in words)


def _named(words: str) -> list[str]:
    """The quoted names a commitment is known by, when they are most of what
    it names (深入实施“两清零”行动, not 开展先进制造业投资“领跑”计划，制造业投资增长10%)."""
    names = _QUOTED.findall(words)
    plain = _NOISE.sub("", words)
    return names if names and sum(len(n) for n in names) * 2 >= len(plain) - 4 else []


def _objects(commitment: str) -> str:
    """A commitment without the words of doing that open its clauses: the
    review says 启动建设 where the plan said 开工建设, and 深入推进 names nothing."""
    kept = []
    for clause in re.split(r"[，,：:。；;]", commitment):
        core = _MANNER.sub("", clause.lstrip("“\"（("))
        verb = _DOING.match(core)
        if verb is None:
            tags = word_tags(core[:8])
            length = len(tags[0][0]) if tags and tags[0][1] == "v" else 0
        else:
            length = verb.end()
        kept.append(core[length:])
    return "，".join(kept)


def _figure_reach(review: str, start: int, end: int, headings: set[int]) -> str:
    """The words a reporting window's figure may stand in: the window and,
    when it is a unit's run-in heading (生态环境明显改善。), the sentence
    that follows it."""
    reach = review[start:end]
    if start in headings:
        sentence_end = end
        while sentence_end < len(review) and review[sentence_end - 1] not in "。；;！!？?\n":
            sentence_end += 1
        following = _SENTENCE.match(review, sentence_end)
        if following:
            reach += following.group(0)
    return reach


def _windows(review: str) -> list[tuple[int, int]]:
    """Each clause of the review with the one after it in its sentence: a
    report is a clause or two (新建5G基站2.3万个, 5G基站 then the count)."""
    found = []
    for sentence in _SENTENCE.finditer(review):
        clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(review, sentence.start(), sentence.end())
                   if len(_NOISE.sub("", m.group(0))) >= 2]
        found += [(a, clauses[min(k + 1, len(clauses) - 1)][1]) for k, (a, _) in enumerate(clauses)]
    return found


def _grams(text: str) -> set[str]:
    plain = _NOISE.sub(" ", _YEAR.sub(" ", text))
    return {plain[i:i + 2] for i in range(len(plain) - 1) if " " not in plain[i:i + 2]}


def _rarity(documents: Iterable[set[str]]) -> dict[str, float]:
    counts: Counter = Counter()
    documents = list(documents)
    for grams in documents:
        counts.update(grams)
    return {gram: math.log((1 + len(documents)) / (1 + n)) for gram, n in counts.items()}


def _units_by_offset(report: ParsedReport):
    units = sorted((u.span[0], u.span[1], u.section, u.level) for u in report_units(report))

    def innermost(offset: int) -> int | None:
        found = [(level, section) for start, end, section, level in units if start <= offset < end]
        return max(found)[1] if found else None
    return innermost
