"""The units a comparison pairs, and how alike two of them are.

Units are headed sections and the topic paragraphs in them. Each unit owns
the text of its span minus the spans of the units inside it, so the units of
a report cover its text once: a section owns its heading and the paragraphs
that belong to no topic, a topic owns its paragraph. Glossary entries are not
units of their own; their glossary owns them.

Similarity reads character bigrams of a unit's text, numbers masked, and of
its heading, numbering removed: bigrams need no segmenter and match Chinese
well. IDF weights make the bigrams every paragraph has (发展, 推进) count
little and the rare ones (岳麓山, 湘商) much. Everything is computed only for
the units that need it, so two near-identical drafts cost almost nothing.
"""

from __future__ import annotations

import math
import operator
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from .headings import numbering_style
from .model import ParsedReport, Section
from .textnorm import DiffOptions, compact, feature_text

#: Unit levels: headed sections and topic paragraphs.
HEADED, TOPIC = 1, 2
_NOT_UNITS = ("term",)
_SAMPLE_EVERY, _GOLDEN = 3, 0x9E3779B1
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|这[一五十]年[，,]|——)")
_BLANK = re.compile(r"\s*")
_RECENT_SIZE = 8
_RECENT: dict[int, tuple[ParsedReport, tuple[Unit, ...]]] = {}  # id → (the report itself, its units)
_RECENT_LOCK = threading.Lock()


@dataclass(frozen=True)
class Unit:
    """One comparable unit of a report, referenced by its :attr:`Section.id`."""

    section: int
    level: int
    kind: str
    part: str
    heading: str
    parent: int | None          # the enclosing unit's section id
    span: tuple[int, int]       # the whole extent, children included
    segments: tuple[tuple[int, int], ...]  # the text this unit owns


def report_units(report: ParsedReport) -> tuple[Unit, ...]:
    """The units of a report in reading order. The last few reports' units
    are kept: aligning and then diffing rows asks for them again."""
    with _RECENT_LOCK:  # comparisons may run on worker threads
        cached = _RECENT.get(id(report))
        if cached is not None and cached[0] is report:
            return cached[1]
    units = _units_of(report)
    with _RECENT_LOCK:
        while len(_RECENT) >= _RECENT_SIZE:
            _RECENT.pop(next(iter(_RECENT)))
        _RECENT[id(report)] = (report, units)
    return units


def _units_of(report: ParsedReport) -> tuple[Unit, ...]:
    sections = [s for s in report.sections if s.kind not in _NOT_UNITS]
    ids = {s.id for s in sections}
    children: dict[int, list[Section]] = {}
    for section in sections:
        if section.parent in ids:
            children.setdefault(section.parent, []).append(section)
    return tuple(_unit(report.text, s, children.get(s.id, []), ids) for s in sections)


def _unit(text: str, section: Section, inner: list[Section], ids: set[int]) -> Unit:
    level = TOPIC if section.kind == "topic" else HEADED
    parent = section.parent if section.parent in ids else None
    span = (section.char_start, section.char_end)
    segments = own_segments(span, [(c.char_start, c.char_end) for c in inner])
    # the line breaks between a section's topics are no text of its own: a topic
    # more or less must not make the section "changed"
    segments = tuple((a, b) for a, b in segments if _BLANK.fullmatch(text, a, b) is None)
    return Unit(section.id, level, section.kind, section.part, section.heading, parent, span, segments)


def own_segments(span: tuple[int, int], holes: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """``span`` minus ``holes`` (child spans), empty pieces left out."""
    segments = []
    cursor, end = span
    for hole_start, hole_end in sorted(holes):
        if hole_start > cursor:
            segments.append((cursor, min(hole_start, end)))
        cursor = max(cursor, hole_end)
    if cursor < end:
        segments.append((cursor, end))
    return tuple(segments)


def group_segments(units: list[Unit]) -> tuple[tuple[int, int], ...]:
    """The owned segments of several units in reading order: one side of a split or merge."""
    return tuple(sorted(segment for unit in units for segment in unit.segments))


def joined_text(text: str, segments: tuple[tuple[int, int], ...], options: DiffOptions) -> str:
    """The text of some segments, normalised under ``options``, for equality tests."""
    return compact("".join(text[a:b] for a, b in segments), options)


class Sides:
    """Two reports side by side: their units, and what comparing them needs,
    each piece computed on first use and only for the units asked about.
    Side 0 is OLD, side 1 is NEW."""

    def __init__(self, old: ParsedReport, new: ParsedReport, options: DiffOptions) -> None:
        self.old, self.new, self.options = old, new, options
        self.texts = (old.text, new.text)
        self.units = (report_units(old), report_units(new))
        self.old_units, self.new_units = self.units
        self.by_id = tuple({u.section: u for u in units} for units in self.units)
        self.children = tuple(_children(units) for units in self.units)
        self.containers = tuple({u.parent for u in units if u.level == HEADED} for units in self.units)
        self._own: tuple[dict[int, frozenset[str]], ...] = ({}, {})
        self._full: tuple[dict[int, frozenset[str]], ...] = ({}, {})
        self._head: tuple[dict[int, frozenset[str]], ...] = ({}, {})
        self._keys: tuple[dict[int, str], dict[int, str]] = ({}, {})
        self._weigher: Weigher | None = None
        # the units a comparison reports on; promise mode narrows them to OLD's
        # plan and NEW's review
        self.scope: tuple[set[int], set[int]] = tuple({u.section for u in units} for units in self.units)

    def key(self, side: int, unit: Unit) -> str:
        """A unit's whole text normalised under the options: equal keys, equal units."""
        keys = self._keys[side]
        if unit.section not in keys:
            keys[unit.section] = joined_text(self.texts[side], (unit.span,), self.options)
        return keys[unit.section]

    def own(self, side: int, unit: Unit) -> frozenset[str]:
        """Sampled bigrams of the text a unit owns."""
        found = self._own[side].get(unit.section)
        if found is None:
            text = "".join(self.texts[side][a:b] for a, b in unit.segments)
            found = self._own[side][unit.section] = sampled_bigrams(feature_text(text))
        return found

    def full(self, side: int, unit: Unit) -> frozenset[str]:
        """Sampled bigrams of a unit's whole extent: the union of its own and
        its children's, so no text is read twice."""
        found = self._full[side].get(unit.section)
        if found is None:
            kids = self.children[side].get(unit.section, ())
            own = self.own(side, unit)
            found = own.union(*(self.full(side, kid) for kid in kids)) if kids else own
            self._full[side][unit.section] = found
        return found

    def head(self, side: int, unit: Unit) -> frozenset[str]:
        """All bigrams of a unit's heading, numbering removed."""
        found = self._head[side].get(unit.section)
        if found is None:
            found = self._head[side][unit.section] = bigrams(heading_key(unit.heading))
        return found

    def weigh(self, old_units: list[Unit], new_units: list[Unit]) -> None:
        """Base the weights on these units: the ones still to be paired."""
        self._weigher = Weigher([self.own(0, u) for u in old_units] + [self.own(1, u) for u in new_units])

    def weigher(self) -> Weigher:
        if self._weigher is None:
            self.weigh(list(self.old_units), list(self.new_units))
        return self._weigher


def _children(units: tuple[Unit, ...]) -> dict[int, list[Unit]]:
    children: dict[int, list[Unit]] = {}
    for unit in units:
        if unit.parent is not None:
            children.setdefault(unit.parent, []).append(unit)
    return children


def bigrams(text: str) -> frozenset[str]:
    """All character bigrams of a feature text (a one-character text is its own bigram)."""
    return frozenset(map(operator.add, text, text[1:])) if len(text) > 1 else frozenset((text,)) - {""}


def sampled_bigrams(text: str) -> frozenset[str]:
    """About a third of a text's bigrams: those whose first character a fixed
    hash picks. Two texts are sampled alike, so their similarity survives,
    while every later step handles a third of the data (mod-sampling, as in
    document fingerprinting)."""
    return frozenset(_sampler().findall(text))


@lru_cache(maxsize=1)
def _sampler() -> re.Pattern[str]:
    """Built on first use: the character class is large and takes a moment to compile."""
    picked = "".join(chr(code) for code in range(0x30, 0xA000)
                     if chr(code).isalnum() and (code * _GOLDEN >> 11) % _SAMPLE_EVERY == 0)
    return re.compile(f"(?=([{re.escape(picked)}].))")


def heading_key(heading: str) -> str:
    """A heading without its numbering (一、 （三） 2. 三是 ——), as features."""
    numbered = numbering_style(heading)
    if numbered:
        heading = heading[numbered[1]:]
    return feature_text(_ORDINAL.sub("", heading))


class Weigher:
    """IDF weights of the bigrams that some units own; a bigram none of them
    has weighs as much as the rarest. Pairs are scored through an inverted
    index, touching only pairs that share something."""

    def __init__(self, gram_sets: list[frozenset[str]]) -> None:
        counts: Counter[str] = Counter()
        for grams in gram_sets:
            counts.update(grams)
        total = len(gram_sets) + 1
        table = {count: math.log(total / count) + 0.1 for count in set(counts.values())}
        self.weights = {gram: table[count] for gram, count in counts.items()}
        self.top = math.log(total) + 0.1
        self._mass: dict[frozenset[str], float] = {}

    def mass(self, grams: frozenset[str]) -> float:
        found = self._mass.get(grams)
        if found is None:
            found = self._mass[grams] = sum(map(self.weights.get, grams, repeat(self.top)))
        return found

    def similarities(self, olds: dict[int, frozenset[str]],
                     news: dict[int, frozenset[str]]) -> dict[tuple[int, int], tuple[float, float]]:
        """``(cosine, share of the smaller in the larger)``, both weighted, of
        every pair of sets that share a bigram; pairs left out share none."""
        found = {}
        for (i, j), dot in overlaps(olds, news, self.weights, self.top).items():
            a, b = self.mass(olds[i]), self.mass(news[j])
            found[i, j] = (dot / math.sqrt(a * b), dot / min(a, b))
        return found

    def containment(self, inner: frozenset[str], outer: frozenset[str]) -> float:
        """Share of ``inner``'s weight found in ``outer``: is this text inside that one?"""
        if not inner:
            return 0.0
        return sum(map(self.weights.get, inner & outer, repeat(self.top))) / self.mass(inner)


def overlaps(olds: dict[int, frozenset[str]], news: dict[int, frozenset[str]],
             weights: dict[str, float] | None = None, default: float = 1.0) -> dict[tuple[int, int], float]:
    """Summed weight (or count, without weights) of the bigrams each pair of
    sets shares, through an inverted index of the new sets."""
    postings: dict[str, list[int]] = {}
    for j, grams in news.items():
        for gram in grams:
            postings.setdefault(gram, []).append(j)
    found: dict[tuple[int, int], float] = {}
    for i, grams in olds.items():
        sums: dict[int, float] = {}
        for gram in grams:
            hits = postings.get(gram)
            if hits:
                weight = weights.get(gram, default) if weights is not None else 1.0
                for j in hits:
                    sums[j] = sums.get(j, 0.0) + weight
        found.update(((i, j), total) for j, total in sums.items())
    return found


def dices(olds: dict[int, frozenset[str]], news: dict[int, frozenset[str]]) -> dict[tuple[int, int], float]:
    """Dice coefficient of every pair of heading bigram sets that share one:
    headings are too short for IDF to help."""
    return {(i, j): 2 * shared / (len(olds[i]) + len(news[j])) for (i, j), shared in overlaps(olds, news).items()}


@lru_cache(maxsize=1)
def _field_words() -> tuple[tuple[str, re.Pattern], ...]:
    from .resources import read_lines

    table = []
    for line in read_lines("policy_domains.tsv"):
        field, _, words = line.partition("\t")
        table.append((field, re.compile("|".join(sorted(words.split("|"), key=len, reverse=True)))))
    return tuple(table)


def fields(text: str, unit: Unit) -> dict[str, float]:
    """How much a unit's words speak of each field of government work, its
    heading counted three times over."""
    body = "".join(text[a:b] for a, b in unit.segments)
    counts = {}
    for field, words in _field_words():
        hits = len(words.findall(body)) + 3 * len(words.findall(unit.heading))
        if hits:
            counts[field] = float(hits)
    return counts


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(value * b.get(key, 0.0) for key, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
