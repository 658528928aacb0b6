"""Plant drafting mistakes into a real pair of reports, with the ground truth.

A plant is a copy of this year's report (the corpus file's text) with one
mistake of one kind, of the sort a drafter makes when editing last year's
report into this year's, together with where it is: the planted span
(character offsets into the planted text) and, where a finding may fairly
point elsewhere, other spans (the other mention of a value stated twice, a
glossary term's marked use).

Everything is decided by a ``random.Random`` seeded with the seed, the pair
and the kind: the same call gives the same plants. ``plants(pair, kind, n,
seed)`` gives up to ``n`` distinct plants, varying the places chosen and, where
a kind has several, the way of planting, so many cases come from one report.

The part of a report is found by a locator of its own (``layout``): the review
part starts at the first numbered heading that reviews (回顾/总结/成就), the
plan part at the first later heading naming this year (or, when that heading
also names the five-year plan, at the first paragraph opening with 今年 or
"2026年是"), and the body ends where an appended glossary (附件, 注释,
名词解释) starts.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations, zip_longest

KINDS = (
    "stale_year",
    "carried_over",
    "inconsistent_value",
    "sum_mismatch",
    "glossary_missing",
    "glossary_unused",
    "glossary_ref",
    "glossary_changed",
    "new_term",
    "dropped_term",
    "form",
)
GLOSSARY_KINDS = tuple(k for k in KINDS if k.startswith("glossary_"))


@dataclass(frozen=True)
class Pair:
    """Last year's and this year's report of one jurisdiction, as file texts."""

    name: str
    year: int  # this year's report year, the draft's
    last: str
    draft: str


@dataclass(frozen=True)
class Plant:
    """A planted draft and its ground truth.

    ``span`` is the planted span in ``text``; ``also`` are other spans of
    ``text`` a finding of the kind may point at instead; ``last`` is last
    year's text to check against (with a glossary for the glossary kinds);
    ``term`` is the dropped term of a ``dropped_term`` plant (its draft-side
    span is empty, where the first of its clauses was cut).
    """

    kind: str
    variant: str
    text: str
    last: str
    span: tuple[int, int]
    also: tuple[tuple[int, int], ...] = ()
    term: str = ""


@dataclass(frozen=True)
class Layout:
    """Where the review part, the plan part and the body (before any glossary) lie."""

    review: tuple[int, int]
    plan: tuple[int, int]
    body_end: int


# ---------------------------------------------------------------- locating

HEADING = re.compile(r"^[#* ]*[一二三四五六七八九十]+、(?P<title>[^\n]{2,60}?)[* ]*$", re.MULTILINE)
GLOSSARY_HEAD = re.compile(r"^[* ]*(?:附件|注释[：:]?|[^\n]{0,16}名词(?:解释|注释))[* ]*$", re.MULTILINE)
REVIEW_WORDS = re.compile(r"回顾|总结|成就")
SENTENCE = re.compile(r"[^。！？\n*#]+[。！？]")
CLAUSE = re.compile(r"[^，。；：、！？\n*（）()]+")
CJK = re.compile(r"[\u4e00-\u9fff]")


def layout(text: str, year: int) -> Layout:
    """Locate the review and plan parts of a report of ``year``."""
    body_end = _glossary_start(text)
    heads = list(HEADING.finditer(text, 0, body_end))
    if not heads:
        raise ValueError("no numbered part headings")
    review = next((h for h in heads if REVIEW_WORDS.search(h["title"])), heads[0])
    later = [h for h in heads if h.start() > review.start()]
    review_end = later[0].start() if later else body_end
    plan = next((h for h in later if f"{year}年" in h["title"] or "今年" in h["title"]), None)
    plan_start = plan.start() if plan else review_end
    if plan and "十五五" in plan["title"]:
        opening = re.compile(rf"^[* ]*(?:今年|{year}年是)", re.MULTILINE).search(text, plan.end(), body_end)
        plan_start = opening.start() if opening else plan_start
    return Layout((review.start(), review_end), (plan_start, body_end), body_end)


def _glossary_start(text: str) -> int:
    """Where an appended glossary starts (its 附件/注释/名词解释 heading), else the end."""
    for head in GLOSSARY_HEAD.finditer(text):
        if head.start() > len(text) * 0.6:
            return head.start()
    return len(text)


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences (ending 。！？, no markup inside) within ``text[lo:hi]``."""
    spans = []
    for m in SENTENCE.finditer(text, lo, hi):
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        spans.append((start, m.end()))
    return spans


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clauses (between Chinese punctuation) within ``text[lo:hi]``."""
    return [m.span() for m in CLAUSE.finditer(text, lo, hi)]


def _paragraph_ends(text: str, lo: int, hi: int, shortest: int = 40) -> list[int]:
    """Ends of body paragraphs (lines closing with 。, not headings) in ``[lo, hi)``."""
    ends = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        line = m[0].rstrip()
        if len(line) >= shortest and line.endswith("。") and not line.lstrip().startswith("#"):
            ends.append(lo + m.start() + len(line))
    return ends


def _in_book_title(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside 《…》."""
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


# ---------------------------------------------------------------- helpers


def _shuffled(items: Iterable, rng: random.Random) -> list:
    items = list(items)
    rng.shuffle(items)
    return items


def _round_robin(*lists: list) -> Iterator:
    """One from each list in turn, so every way of planting gets its share."""
    for row in zip_longest(*lists):
        yield from (item for item in row if item is not None)


def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _shift(span: tuple[int, int], at: int, by: int) -> tuple[int, int]:
    """A span after ``by`` characters were inserted at ``at``."""
    return (span[0] + by, span[1] + by) if span[0] >= at else span


def _nudge(num: str, rng: random.Random) -> str:
    """A number one step away in its last significant digit (5.2 → 5.3, 800 → 700)."""
    decimals = len(num.partition(".")[2])
    zeros = 0 if decimals else len(num) - len(num.rstrip("0"))
    step = 10.0**-decimals if decimals else 10.0 ** min(zeros, len(num) - 1)
    value = float(num) + rng.choice((-step, step))
    if value <= 0:
        value = float(num) + step
    return f"{value:.{decimals}f}"


def _far_ends(ends: list[int], span: tuple[int, int], distance: int = 300) -> list[int]:
    """Paragraph ends at least ``distance`` characters from ``span``."""
    return [e for e in ends if e < span[0] - distance or e > span[1] + distance]


def _insert_sentence(
    text: str, at: int, sentence: str, kind: str, variant: str, last: str, partner: tuple[int, int], lead: int = 0
) -> Plant:
    """A plant that adds ``sentence`` at ``at``; the span skips ``lead`` opening characters."""
    span = (at + lead, at + len(sentence) - 1)
    also = (_shift(partner, at, len(sentence)),) if partner else ()
    return Plant(kind, variant, _splice(text, at, at, sentence), last, span, also)


class _Ctx:
    """A pair with its parts located, shared by the planters of one call."""

    def __init__(self, pair: Pair):
        self.pair = pair
        self.draft = pair.draft
        self.lay = layout(pair.draft, pair.year)
        self.last_lay = layout(pair.last, pair.year - 1)


# ---------------------------------------------------------------- stale_year

YEAR_USE = r"(?<![\d—\-－~～至到比较与同])(?<!年、)({year})年(?![\d—\-－~～至到]|、\d)"
CLAIM = r"(?:今年|{year}年)是[^。\n]*?之年"


def _year_plants(ctx: _Ctx, part: tuple[int, int], year: int, variant: str, rng: random.Random) -> list:
    text = ctx.draft
    pattern = re.compile(YEAR_USE.format(year=year))
    sites = [m.start() for m in pattern.finditer(text, *part) if not _in_book_title(text, m.start())]
    new = f"{year - 1}年"
    return [
        Plant("stale_year", variant, _splice(text, s, s + len(new), new), ctx.pair.last, (s, s + len(new)))
        for s in _shuffled(sites, rng)
    ]


def _claim_plants(ctx: _Ctx) -> list:
    """Replace this year's "今年是…开局之年" with last year's claim."""
    year = ctx.pair.year
    mine = re.compile(CLAIM.format(year=year)).search(ctx.draft, *ctx.lay.plan)
    old = re.compile(CLAIM.format(year=year - 1)).search(ctx.pair.last, *ctx.last_lay.plan)
    if not (mine and old) or mine[0] == old[0]:
        return []
    text = _splice(ctx.draft, mine.start(), mine.end(), old[0])
    return [Plant("stale_year", "claim", text, ctx.pair.last, (mine.start(), mine.start() + len(old[0])))]


def _stale_year(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """This year's 2026年 made 2025年 in the plan part, the reviewed 2025年 made
    2024年 in the review part, or last year's "今年是…之年" left in."""
    year = ctx.pair.year
    plan = _year_plants(ctx, ctx.lay.plan, year, "plan_year", rng)
    review = _year_plants(ctx, ctx.lay.review, year - 1, "review_year", rng)
    yield from _round_robin(plan, review, _claim_plants(ctx))


# ---------------------------------------------------------------- carried_over

NUMBERED = re.compile(r"\d[\d.]*(?:%|个|家|项|万|亿|倍|元|人|所|公里|吨)")


def _numbered_sentences(text: str, part: tuple[int, int]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _sentences(text, *part) if 15 <= e - s <= 160 and NUMBERED.search(text[s:e])]


def _bigrams(sentence: str) -> set[str]:
    chars = "".join(CJK.findall(sentence))
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _carried_over(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """A sentence of this year's review replaced by a numbered sentence of last
    year's review: its nearest one (an unedited revert), or any."""
    text, last = ctx.draft, ctx.pair.last
    mine = _numbered_sentences(text, ctx.lay.review)
    theirs = [s for s in _numbered_sentences(last, ctx.last_lay.review) if last[s[0] : s[1]] not in text]
    if not mine or not theirs:
        return
    grams = {s: _bigrams(text[s[0] : s[1]]) for s in mine}
    reverts, others = {}, []
    for old in theirs:
        old_grams = _bigrams(last[old[0] : old[1]])
        best = max(mine, key=lambda s: _similarity(grams[s], old_grams))
        if _similarity(grams[best], old_grams) >= 0.3:
            reverts.setdefault(best, old)
        else:
            others.append((rng.choice(mine), old))
    for (start, end), old in _round_robin(_shuffled(reverts.items(), rng), _shuffled(others, rng)):
        sentence = last[old[0] : old[1]]
        variant = "revert" if reverts.get((start, end)) == old else "replace"
        yield Plant("carried_over", variant, _splice(text, start, end, sentence), last, (start, start + len(sentence)))


# ---------------------------------------------------------------- inconsistent_value

#: A value of one indicator (突破/超过 left out: two lower bounds need not disagree).
INDICATOR = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”]{2,14}?)(?P<verb>增长|下降|达到|提高到)"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|个百分点|万亿元|亿元|万元|万人|万吨|万户)(?P<qual>左右|以上|以内)?"
)
NOT_ONE_YEAR = re.compile(r"年均|累计|分别|其中|平均|五年|以来|力争|比|较")
OTHER_QUALIFIER = {"左右": "以上", "以上": "左右", "以内": "左右"}


def _mentions(text: str, part: tuple[int, int], targets: bool) -> list[re.Match]:
    """Indicator clauses in a part: results (no qualifier) or targets (左右/以上/以内)."""
    found = []
    for start, end in _clauses(text, *part):
        m = INDICATOR.fullmatch(text, start, end)
        if m and bool(m["qual"]) == targets and not NOT_ONE_YEAR.search(m["name"]):
            found.append(m)
    return found


def _restatements(ctx: _Ctx, rng: random.Random, targets: bool, qualifier: bool) -> list:
    """An indicator stated again elsewhere in its part with another value (or qualifier)."""
    text = ctx.draft
    part = ctx.lay.plan if targets else ctx.lay.review
    ends = _paragraph_ends(text, *part)
    plants = []
    for m in _shuffled(_mentions(text, part, targets), rng):
        places = _far_ends(ends, m.span())
        if not places:
            continue
        num = m["num"] if qualifier else _nudge(m["num"], rng)
        qual = OTHER_QUALIFIER[m["qual"]] if qualifier else m["qual"] or ""
        lead = "今年" if targets else "全年"
        sentence = f"{lead}{m['name']}{m['verb']}{num}{m['unit']}{qual}。"
        variant = "target_qualifier" if qualifier else ("target_value" if targets else "result_value")
        plants.append(
            _insert_sentence(
                text, rng.choice(places), sentence, "inconsistent_value", variant, ctx.pair.last, m.span(), len(lead)
            )
        )
    return plants


def _changed_twins(ctx: _Ctx, rng: random.Random) -> list:
    """One of two identical mentions of an indicator given another value."""
    text = ctx.draft
    groups = defaultdict(list)
    for part in (ctx.lay.review, ctx.lay.plan):
        for m in _mentions(text, part, False) + _mentions(text, part, True):
            groups[(part, m["name"], m["verb"], m["num"], m["unit"], m["qual"])].append(m)
    plants = []
    for twins in (g for g in groups.values() if len(g) > 1):
        for m in twins:
            num = _nudge(m["num"], rng)
            new = _splice(text, m.start("num"), m.end("num"), num)
            end = m.end() + len(num) - len(m["num"])
            also = tuple(_shift(t.span(), m.end(), len(num) - len(m["num"])) for t in twins if t is not m)
            plants.append(Plant("inconsistent_value", "changed_twin", new, ctx.pair.last, (m.start(), end), also))
    return _shuffled(plants, rng)


def _inconsistent_value(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """A result or target stated again with another value or qualifier, or one
    of two equal mentions changed."""
    yield from _round_robin(
        _restatements(ctx, rng, targets=False, qualifier=False),
        _restatements(ctx, rng, targets=True, qualifier=False),
        _restatements(ctx, rng, targets=True, qualifier=True),
        _changed_twins(ctx, rng),
    )


# ---------------------------------------------------------------- sum_mismatch

AMOUNT = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|亿|万)?"
    r"(?P<unit>个百分点|人次|千瓦时|千瓦|公里|平方米|[个家项户人元列吨亩所座条名辆台套处%])"
)
SCALE = {None: 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12}
RATE_WORDS = re.compile(r"增长|下降|增速|提高|提升|降低|年均|高于|快于|超过")
SHARE_WORDS = re.compile(r"占|比重")
PART_LABELS = {"项目": ("新建项目", "续建项目"), "企业": ("民营企业", "国有企业")}
RATIO3 = re.compile(r"(\d+(?:\.\d+)?)[∶:](\d+(?:\.\d+)?)[∶:](\d+(?:\.\d+)?)")
SYNTHETIC_TOTAL = re.compile(
    r"(?P<lead>(?:新建|建成|实施|引进|新增|开工|落地|培育|认定|创建|改造|建设|打造|签约|完成|累计)"
    r"[\u4e00-\u9fff“”]{1,12}?)(?P<num>\d+)(?P<unit>[个家项所座条])"
)


def _value(m: re.Match) -> float:
    return float(m["num"]) * SCALE[m["scale"]]


def _additive(text: str, m: re.Match) -> bool:
    """An amount that parts add up to: not a growth rate; a percentage only as a share."""
    before = text[max(0, m.start() - 8) : m.start()]
    if m["unit"] == "%":
        return bool(SHARE_WORDS.search(before)) and not RATE_WORDS.search(before[-3:])
    return not RATE_WORDS.search(before[-4:])


def _format_like(num: str, value: float, up: bool) -> str:
    """``value`` written with as many decimals as ``num``, rounded away from the truth."""
    decimals = len(num.partition(".")[2])
    scaled = value * 10**decimals
    whole = math.floor(scaled + 1e-6) + (1 if up else 0)
    return f"{whole / 10**decimals:.{decimals}f}"


def _breakdowns(text: str, lo: int, hi: int) -> list[tuple[re.Match, list[re.Match]]]:
    """Totals followed by "，其中" parts of the same unit that add up."""
    found = []
    for k in (m.start() for m in re.finditer("其中", text[lo:hi])):
        k += lo
        clause_start = max(text.rfind(d, 0, k - 1) for d in "，；。：\n") + 1
        end = min((p for p in (text.find(d, k) for d in "。；\n") if p >= 0), default=len(text))
        totals = [m for m in AMOUNT.finditer(text, clause_start, k) if _additive(text, m)]
        if not totals:
            continue
        total = totals[-1]
        parts = [m for m in AMOUNT.finditer(text, k, end) if m["unit"] == total["unit"] and _additive(text, m)]
        if parts and sum(map(_value, parts)) <= _value(total) * 1.001:
            found.append((total, parts))
    return found


def _exceeding(text: str, total: re.Match, parts: list[re.Match], last: str) -> list[Plant]:
    """Each way of making the parts exceed the total: one part raised, or the total lowered."""
    whole, summed = _value(total), sum(map(_value, parts))
    excess = max(whole * 0.15, SCALE[total["scale"]] * 10.0 ** -len(total["num"].partition(".")[2]))
    plants = []
    for m in parts:
        raised = (_value(m) + whole - summed + excess) / SCALE[m["scale"]]
        plants.append(_renumber(text, m, _format_like(m["num"], raised, True), "part_raised", last))
    lowered = _format_like(total["num"], (summed - excess) / SCALE[total["scale"]], False)
    if float(lowered) > 0:
        plants.append(_renumber(text, total, lowered, "total_lowered", last))
    return plants


def _renumber(text: str, m: re.Match, num: str, variant: str, last: str) -> Plant:
    new = _splice(text, m.start("num"), m.end("num"), num)
    return Plant("sum_mismatch", variant, new, last, (m.start(), m.end() + len(num) - len(m["num"])))


def _ratio_plants(text: str, lo: int, hi: int, last: str) -> list[Plant]:
    """Three shares of a whole (a∶b∶c adding to 100) made to pass 100."""
    plants = []
    for m in RATIO3.finditer(text, lo, hi):
        if abs(sum(float(g) for g in m.groups()) - 100) <= 1:
            for i in (1, 2, 3):
                num = _format_like(m[i], float(m[i]) + 12, False)
                new = _splice(text, m.start(i), m.end(i), num)
                plants.append(Plant("sum_mismatch", "shares", new, last, (m.start(), m.end() + len(num) - len(m[i]))))
    return plants


def _synthetic_breakdowns(ctx: _Ctx, rng: random.Random) -> list[Plant]:
    """A "，其中A…、B…" breakdown added after a count, its parts too many."""
    text = ctx.draft
    plants = []
    for start, end in _clauses(text, ctx.lay.review[0], ctx.lay.body_end):
        m = SYNTHETIC_TOTAL.fullmatch(text, start, end)
        if not m or int(m["num"]) < 10 or text[end : end + 1] not in ("，", "。"):
            continue
        labels = next((v for k, v in PART_LABELS.items() if k in m["lead"]), ("国家级", "省级"))
        over = int(m["num"]) + max(1, round(int(m["num"]) * 0.15))
        first = round(over * rng.uniform(0.4, 0.7))
        added = f"，其中{labels[0]}{first}{m['unit']}、{labels[1]}{over - first}{m['unit']}"
        plants.append(
            Plant(
                "sum_mismatch",
                "added_breakdown",
                _splice(text, end, end, added),
                ctx.pair.last,
                (end, end + len(added)),
            )
        )
    return _shuffled(plants, rng)


def _sum_mismatch(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """Parts that no longer add up: a "其中" part raised or its total lowered,
    shares passing 100, and (after those) an added breakdown whose parts exceed
    a count."""
    text, last = ctx.draft, ctx.pair.last
    natural = [
        p for total, parts in _breakdowns(text, 0, ctx.lay.body_end) for p in _exceeding(text, total, parts, last)
    ]
    natural += _ratio_plants(text, 0, ctx.lay.body_end, last)
    yield from _shuffled(natural, rng)
    yield from _synthetic_breakdowns(ctx, rng)


# ---------------------------------------------------------------- glossary

GLOSSARY_TERM = re.compile(r"“([^“”\n]{2,8})”")
NUMERAL = re.compile(r"[一二三四五六七八九十百千万两双]")
PLAN_NAME = re.compile(r"^十[一二三四五六七八九]五$")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAGE_CHARS = 700
MOST_ENTRIES = 10


@dataclass(frozen=True)
class Style:
    """How a glossary is tied to the text: the sign after a marked term's first
    use (the same ＊ each time, or a series ①②… / ［1］［2］… whose number the
    entry opens with) and, for ＊, whether the entries are numbered 1., 2.

    A lone "*" is not used: the Markdown importer drops the second of two on a line."""

    marker: str
    numbered: bool = False

    @property
    def name(self) -> str:
        return self.marker + ("1." if self.numbered else "")

    def mark(self, index: int) -> str:
        """The sign after the ``index``-th marked term (0 = the first)."""
        if self.marker == "①":
            return CIRCLED[index % len(CIRCLED)]
        if self.marker == "［1］":
            return f"［{index + 1}］"
        return self.marker


STYLES = (Style("＊"), Style("＊", numbered=True), Style("①"), Style("［1］"))


@dataclass(frozen=True)
class Entry:
    """A glossary entry: the quoted term, the page of its first use, its definition."""

    term: str
    page: int
    definition: str


@dataclass(frozen=True)
class Glossed:
    """A text with a glossary appended: where each marked use and each entry lies."""

    text: str
    uses: dict[str, tuple[int, int]]
    entries: dict[str, tuple[int, int]]


@dataclass(frozen=True)
class GlossaryBase:
    """Both years' bodies (any real glossary and its markers taken out), their
    glossary entries, and the style of both glossaries."""

    last_body: str
    draft_body: str
    last_entries: tuple[Entry, ...]
    draft_entries: tuple[Entry, ...]
    style: Style

    def last(self) -> Glossed:
        return glossed(self.last_body, self.last_entries, self.style)

    def draft(self, entries: Iterable[Entry] | None = None, marked: Iterable[str] | None = None) -> Glossed:
        entries = self.draft_entries if entries is None else tuple(entries)
        return glossed(self.draft_body, entries, self.style, marked)

    def plant(self, kind: str, g: Glossed, span: tuple[int, int], term: str, also=()) -> Plant:
        return Plant(kind, self.style.name, g.text, self.last().text, span, tuple(also), term)


def strip_glossary(text: str) -> str:
    """The body of a report without its appended glossary and ［n］ markers."""
    body = text[: _glossary_start(text)].rstrip() + "\n"
    return re.sub(r"［\d+］", "", body)


def _glossary_terms(body: str) -> list[str]:
    """Quoted formulations (“两重”, “四融一共”, “千万工程”) in order of first use."""
    terms = []
    for m in GLOSSARY_TERM.finditer(body):
        if not PLAN_NAME.match(m[1]) and not m[1].isdigit() and m[0] not in terms:
            terms.append(m[0])
    return terms


def _definition(term: str, text: str, skip: str = "") -> str:
    """A clause beside a use of ``term`` (no digits, quotes or markup), not ``skip``."""
    for m in re.finditer(re.escape(term), text):
        clauses = _clauses(text, max(0, m.start() - 120), min(len(text), m.end() + 120))
        here = next((i for i, c in enumerate(clauses) if c[0] <= m.start() < c[1]), None)
        if here is None:
            continue
        for i in (here + 1, here - 1):
            if 0 <= i < len(clauses):
                clause = text[clauses[i][0] : clauses[i][1]].strip()
                if 6 <= len(clause) <= 30 and not re.search(r"[\d“”*#]", clause) and clause != skip:
                    return clause
    return ""


def _pick(shared: list[str], terms: list[str], others: list[str], body: str) -> list[str]:
    """Up to MOST_ENTRIES terms: the ``shared`` ones (a glossary is kept from year
    to year) and the year's own, in order of first use."""
    own = [t for t in terms if t not in others]
    return sorted(shared + own[: MOST_ENTRIES - len(shared)], key=body.find)


def _entries(body: str, terms: list[str], known: dict[str, Entry]) -> tuple[Entry, ...]:
    """Entries for ``terms``; a term known from last year keeps last year's definition."""
    entries = []
    for term in terms:
        page = 1 + body.find(term) // PAGE_CHARS
        definition = known[term].definition if term in known else _definition(term, body) or "相关重点工作的统称"
        entries.append(Entry(term, page, definition))
    return tuple(entries)


def glossary_base(pair: Pair, style: Style) -> GlossaryBase:
    """Both years' bodies and clean glossaries of their own quoted formulations."""
    last_body, draft_body = strip_glossary(pair.last), strip_glossary(pair.draft)
    last_terms, draft_terms = _glossary_terms(last_body), _glossary_terms(draft_body)
    shared = [t for t in draft_terms if t in last_terms][: MOST_ENTRIES * 2 // 3]
    last_entries = _entries(last_body, _pick(shared, last_terms, draft_terms, last_body), {})
    known = {e.term: e for e in last_entries}
    draft_entries = _entries(draft_body, _pick(shared, draft_terms, last_terms, draft_body), known)
    return GlossaryBase(last_body, draft_body, last_entries, draft_entries, style)


def clean_glossary(pair: Pair, style: Style) -> tuple[str, str]:
    """Last year's and this year's texts with clean glossaries: the control of the glossary kinds."""
    base = glossary_base(pair, style)
    return base.last().text, base.draft().text


def glossed(body: str, entries: tuple[Entry, ...], style: Style, marked: Iterable[str] | None = None) -> Glossed:
    """``body`` with each ``marked`` term's first use marked (all the entries'
    terms when not given) and a 名词解释 glossary appended, one entry a line:
    its label, the term, its page reference (P3), "：" and the definition. An
    entry of a term not marked in the text gets the next number of a series."""
    wanted = [e.term for e in entries] if marked is None else marked
    marked = sorted({t for t in wanted if t in body}, key=body.find)
    marks = {t: style.mark(i) for i, t in enumerate(marked)}
    text, uses, shift = body, {}, 0
    for term in marked:
        at = body.find(term) + len(term) + shift
        text = _splice(text, at, at, marks[term])
        uses[term] = (at - len(term), at + len(marks[term]))
        shift += len(marks[term])
    text = text.rstrip() + "\n\n名词解释\n"
    spare = len(marked)
    spans = {}
    for i, e in enumerate(entries):
        if style.marker != "＊":
            label = marks.get(e.term) or style.mark(spare)
            spare += e.term not in marks
        else:
            label = f"{i + 1}." if style.numbered else ""
        line = f"{label}{e.term}(P{e.page})：{e.definition}"
        text += "\n"
        spans[e.term] = (len(text), len(text) + len(line))
        text += line + "\n"
    return Glossed(text, uses, spans)


def _missing_entries(base: GlossaryBase, rng: random.Random) -> list[Plant]:
    """A marked term whose entry was left out."""
    plants = []
    for gone in base.draft_entries:
        kept = [e for e in base.draft_entries if e != gone]
        g = base.draft(entries=kept, marked=[e.term for e in base.draft_entries])
        plants.append(base.plant("glossary_missing", g, g.uses[gone.term], gone.term))
    return _shuffled(plants, rng)


def _unused_entries(base: GlossaryBase, rng: random.Random) -> list[Plant]:
    """Last year's entry of a term this year's text no longer uses, kept at the end
    of the glossary (its page reference the last one's, so the order still holds)."""
    page = max((e.page for e in base.draft_entries), default=1)
    stale = [e.term for e in base.last_entries if e.term.strip("“”") not in base.draft_body]
    extra = [t for t in _glossary_terms(base.last_body) if t.strip("“”") not in base.draft_body and t not in stale]
    known = {e.term: e.definition for e in base.last_entries}
    plants = []
    for term in _shuffled(stale, rng) + _shuffled(extra, rng):
        definition = known.get(term) or _definition(term, base.last_body) or "相关重点工作的统称"
        g = base.draft(entries=[*base.draft_entries, Entry(term, page, definition)])
        plants.append(base.plant("glossary_unused", g, g.entries[term], term))
    return plants


def _swapped_refs(base: GlossaryBase, rng: random.Random) -> list[Plant]:
    """The page references of two entries swapped, out of the order of first use."""
    entries = base.draft_entries
    plants = []
    for i, j in combinations(range(len(entries)), 2):
        if entries[i].page < entries[j].page:
            swapped = list(entries)
            swapped[i] = Entry(entries[i].term, entries[j].page, entries[i].definition)
            swapped[j] = Entry(entries[j].term, entries[i].page, entries[j].definition)
            g = base.draft(entries=swapped)
            a, b = entries[i].term, entries[j].term
            plants.append(base.plant("glossary_ref", g, g.entries[a], a, (g.entries[b], g.uses[a], g.uses[b])))
    return _shuffled(plants, rng)


def _changed_definitions(base: GlossaryBase, rng: random.Random) -> list[Plant]:
    """An entry kept from last year with its definition reworded."""
    known = {e.term for e in base.last_entries}
    plants = []
    for e in (e for e in base.draft_entries if e.term in known):
        later = base.draft_body[base.draft_body.find(e.term) + len(e.term) :]
        other = _definition(e.term, later, skip=e.definition)
        definition = rng.choice([d for d in (other, e.definition + "等相关工作", "统筹推进" + e.definition) if d])
        g = base.draft(entries=[Entry(x.term, x.page, definition) if x == e else x for x in base.draft_entries])
        plants.append(base.plant("glossary_changed", g, g.entries[e.term], e.term, (g.uses[e.term],)))
    return _shuffled(plants, rng)


def _glossary_planter(plant_one_style):
    """A planter trying each glossary style in turn (their order seeded)."""

    def planter(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
        styles = _shuffled(STYLES, rng)
        yield from _round_robin(*(plant_one_style(glossary_base(ctx.pair, s), rng) for s in styles))

    planter.__doc__ = plant_one_style.__doc__
    return planter


# ---------------------------------------------------------------- new_term / dropped_term

NEW_QUOTED = (
    "“四链融合”",
    "“三个一批”",
    "“五区协同”",
    "“双轮驱动”",
    "“一县一特”",
    "“百链千企”",
    "“两端一链”",
    "“三新一高”",
    "“六大攻坚”",
    "“一城一策”",
    "“千企升级”",
    "“链长+链主”",
)
NEW_NUMBERED = ("三高四新", "六稳六保", "五区联动", "两带三区", "三链同构", "四水四定")
NEW_YI_WEI = (
    ("数实融合", "主线"),
    ("场景开放", "牵引"),
    ("链群协同", "抓手"),
    ("标准引领", "突破口"),
    ("平台共建", "支撑"),
)
QUOTED_FRAMES = ("深入实施{}。", "统筹推进{}工作。", "全面落实{}部署。")
NUMBERED_FRAMES = ("坚持{}工作导向。", "全面落实{}要求。")
QUOTED_TERM = re.compile(r"“[^“”\n]{2,10}”")
YI_WEI = re.compile(r"(?<=[，。；：\n])以[\u4e00-\u9fff]{2,10}?为[\u4e00-\u9fff]{2,4}(?=，)")


def _absent(ctx: _Ctx, term: str) -> bool:
    inner = term.strip("“”")
    return inner not in ctx.draft and inner not in ctx.pair.last


def _framed_terms(ctx: _Ctx, rng: random.Random, terms: tuple, frames: tuple, variant: str) -> list[Plant]:
    """A sentence naming a new term added at the end of a plan paragraph."""
    ends = _paragraph_ends(ctx.draft, *ctx.lay.plan)
    plants = []
    for term in (t for t in terms if _absent(ctx, t)):
        for at in _shuffled(ends, rng)[:4]:
            frame = rng.choice(frames)
            lead = frame.index("{}")
            sentence = frame.format(term)
            text = _splice(ctx.draft, at, at, sentence)
            plants.append(Plant("new_term", variant, text, ctx.pair.last, (at + lead, at + lead + len(term))))
    return _shuffled(plants, rng)


def _yi_wei_terms(ctx: _Ctx, rng: random.Random) -> list[Plant]:
    """A new "以…为…，" put before a sentence of the plan part."""
    starts = [m.end() for m in re.finditer("。(?=[\u4e00-\u9fff])", ctx.draft[: ctx.lay.body_end])]
    starts = [s for s in starts if ctx.lay.plan[0] < s < ctx.lay.plan[1]]
    plants = []
    for a, b in NEW_YI_WEI:
        if f"以{a}为" in ctx.draft or f"以{a}为" in ctx.pair.last:
            continue
        for at in _shuffled(starts, rng)[:4]:
            phrase = f"以{a}为{b}"
            text = _splice(ctx.draft, at, at, phrase + "，")
            plants.append(Plant("new_term", "yi_wei", text, ctx.pair.last, (at, at + len(phrase))))
    return _shuffled(plants, rng)


def _new_term(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """A formulation neither year has: quoted, a numbered slogan, or 以…为…."""
    yield from _round_robin(
        _framed_terms(ctx, rng, NEW_QUOTED, QUOTED_FRAMES, "quoted"),
        _framed_terms(ctx, rng, NEW_NUMBERED, NUMBERED_FRAMES, "numbered"),
        _yi_wei_terms(ctx, rng),
    )


def _cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span to delete to drop ``text[start:end]``: a 以…为… phrase with its comma,
    else its clause with one comma, else its whole sentence; None inside markup."""
    if text.startswith("以", start) and text[end : end + 1] == "，":
        return start, end + 1
    a = max(text.rfind(d, 0, start) for d in "，；。！？：\n") + 1
    b = min((p for p in (text.find(d, end) for d in "，；。！？\n") if p >= 0), default=len(text))
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if re.search(r"[*#]", text[a:b]) or (a == line_start and text[b : b + 1] == "\n"):
        return None
    if text[b : b + 1] in ("，", "；"):
        return a, b + 1
    if text[a - 1 : a] in ("，", "；"):
        return a - 1, b
    whole = (a, b + 1)
    return whole if whole != (line_start, line_end) else None


def _drop(text: str, term: str, body_end: int) -> tuple[str, int] | None:
    """``text`` with every clause using ``term`` cut, and where the first cut was."""
    first = None
    while term in text:
        at = text.find(term)
        cut = _cut(text, at, at + len(term)) if at < body_end else None
        if cut is None:
            return None
        text = text[: cut[0]] + text[cut[1] :]
        body_end -= cut[1] - cut[0]
        first = cut[0] if first is None else first
    return (text, first) if first is not None else None


def _by_shape(terms: Iterable[str], rng: random.Random) -> list[str]:
    """Terms shuffled, numbered ones (“两重”), other quoted ones and 以…为… taking turns."""
    terms = sorted(terms)
    yi_wei = [t for t in terms if t.startswith("以")]
    numbered = [t for t in terms if t not in yi_wei and NUMERAL.search(t)]
    quoted = [t for t in terms if t not in yi_wei and t not in numbered]
    return list(_round_robin(*(_shuffled(group, rng) for group in (numbered, quoted, yi_wei))))


def _dropped_term(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """One of last year's formulations, still in the draft, cut wherever it stands;
    terms of last year's plan part and terms it used only elsewhere (its review)
    take turns, told apart by the variant."""
    last_body = ctx.pair.last[: ctx.last_lay.body_end]
    last_plan = ctx.pair.last[slice(*ctx.last_lay.plan)]
    draft_body = ctx.draft[: ctx.lay.body_end]
    found = [m[0] for pattern in (QUOTED_TERM, YI_WEI) for m in pattern.finditer(last_body)]
    terms = {t for t in found if 0 < draft_body.count(t) <= 4}
    groups = {
        "in_last_plan": _by_shape((t for t in terms if t.strip("“”") in last_plan), rng),
        "not_in_last_plan": _by_shape((t for t in terms if t.strip("“”") not in last_plan), rng),
    }
    for variant, term in _round_robin(*([(v, t) for t in g] for v, g in groups.items())):
        dropped = _drop(ctx.draft, term, ctx.lay.body_end)
        if dropped and term.strip("“”") not in dropped[0]:
            text, at = dropped
            yield Plant("dropped_term", variant, text, ctx.pair.last, (at, at), term=term)


# ---------------------------------------------------------------- form

DIGITS_CN = "零一二三四五六七八九"
COUNTED = "个家项所人名户辆台套处座条"
MIXABLE = re.compile(rf"(?<![\d.第])(\d{{2,4}})(?=[{COUNTED}])")


def _comma_plants(ctx: _Ctx, rng: random.Random) -> list[Plant]:
    """One "，" between Chinese characters of a body paragraph made ","."""
    text = ctx.draft
    sites = [
        i
        for start in (e - 1 for e in _paragraph_ends(text, 0, ctx.lay.body_end, shortest=60))
        for i in range(text.rfind("\n", 0, start) + 1, start)
        if text[i] == "，" and CJK.match(text[i - 1]) and CJK.match(text[i + 1])
    ]
    return [
        Plant("form", "half_width_comma", _splice(text, i, i + 1, ","), ctx.pair.last, (i, i + 1))
        for i in _shuffled(sites, rng)
    ]


def _wan_yuan_plants(ctx: _Ctx, rng: random.Random) -> list[Plant]:
    """An amount of 亿元 stated again elsewhere in its part, in 万元."""
    text = ctx.draft
    plants = []
    for part, lead in ((ctx.lay.review, "全年"), (ctx.lay.plan, "今年")):
        ends = _paragraph_ends(text, *part)
        for start, end in _clauses(text, *part):
            m = re.fullmatch(r"([\u4e00-\u9fff“”]{2,16}?)(\d+(?:\.\d+)?)亿元", text[start:end])
            places = _far_ends(ends, (start, end)) if m else []
            if places:
                wan = f"{float(m[2]) * 10000:.0f}"
                sentence = f"{lead}{m[1]}{wan}万元。"
                at = rng.choice(places)
                plants.append(
                    _insert_sentence(text, at, sentence, "form", "wan_yuan", ctx.pair.last, (start, end), len(lead))
                )
    return _shuffled(plants, rng)


def _mixed_numeral(num: str) -> str:
    """How GB/T 15835 says not to write a number: 25 → 二十5, 350 → 3百5十, 3500 → 3千5百."""
    if len(num) == 2 and num[0] > "1" and num[1] != "0":
        return f"{DIGITS_CN[int(num[0])]}十{num[1]}"
    if len(num) == 3 and num[0] != "0" and num[1] != "0" and num[2] == "0":
        return f"{num[0]}百{num[1]}十"
    if len(num) == 4 and num[0] != "0" and num[1] != "0" and num[2:] == "00":
        return f"{num[0]}千{num[1]}百"
    return ""


def _numeral_plants(ctx: _Ctx, rng: random.Random) -> list[Plant]:
    """A counted number written with Chinese and Arabic numerals mixed."""
    text = ctx.draft
    plants = []
    for m in MIXABLE.finditer(text, 0, ctx.lay.body_end):
        mixed = _mixed_numeral(m[1])
        if mixed:
            new = _splice(text, m.start(), m.end(), mixed)
            plants.append(Plant("form", "mixed_numerals", new, ctx.pair.last, (m.start(), m.start() + len(mixed))))
    return _shuffled(plants, rng)


def _form(ctx: _Ctx, rng: random.Random) -> Iterator[Plant]:
    """A half-width comma in a full-width paragraph, an amount in 万元 beside its
    亿元, or Chinese and Arabic numerals mixed in one number."""
    yield from _round_robin(_comma_plants(ctx, rng), _wan_yuan_plants(ctx, rng), _numeral_plants(ctx, rng))


# ---------------------------------------------------------------- entry point

PLANTERS = {
    "stale_year": _stale_year,
    "carried_over": _carried_over,
    "inconsistent_value": _inconsistent_value,
    "sum_mismatch": _sum_mismatch,
    "glossary_missing": _glossary_planter(_missing_entries),
    "glossary_unused": _glossary_planter(_unused_entries),
    "glossary_ref": _glossary_planter(_swapped_refs),
    "glossary_changed": _glossary_planter(_changed_definitions),
    "new_term": _new_term,
    "dropped_term": _dropped_term,
    "form": _form,
}


def plants(pair: Pair, kind: str, n: int, seed: int = 0) -> list[Plant]:
    """Up to ``n`` distinct plants of ``kind`` in ``pair``, the same for the same seed."""
    rng = random.Random(f"{seed}:{pair.name}:{pair.year}:{kind}")
    chosen, texts = [], set()
    for plant in PLANTERS[kind](_Ctx(pair), rng):
        if plant.text not in texts:
            texts.add(plant.text)
            chosen.append(plant)
        if len(chosen) == n:
            break
    return chosen
