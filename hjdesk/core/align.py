"""Pair the units of two reports: which section of last year's report became
which section of this year's draft, and what kind of change it went through.

Same-kind mode (report Y against Y+1, or draft against draft) works like a
sequence alignment, headed sections first, then topic paragraphs:

1. pins (a person's "this is that" or "this has no counterpart"), which the
   order-preserving pass must go through, as Meld's sync points;
2. exact pairs: units whose text is equal under the options, unique on both
   sides; then sections most of whose children were paired to the children of
   one section. A near-identical draft is aligned by this step almost alone;
3. similarity of the rest (:mod:`hjdesk.core.units`) and the heaviest chain of
   pairs that keeps reading order on both sides (sparse dynamic programming);
4. moved units: leftovers that keep their order inside two paired sections,
   and pairs clearly better than anything else either unit has;
5. what is still left (:mod:`hjdesk.core.leftovers`): a section that became
   a topic, the one unit of a kind on each side, children of paired sections,
   units of one field of government work;

then splits and merges (a topic whose parent's partner is one undivided
section came from it): a unit left over whose text lives on inside the
partner of its neighbour is paired with it too (1-to-2, 2-to-1). Like parts
are compared: review with review, plan with plan; a plan against a review is
the promise-to-delivery mode (:mod:`hjdesk.core.promise`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import units as un
from .model import MODES, ParsedReport  # noqa: F401  (MODES is the aligner's too)
from .textnorm import DiffOptions
from .units import HEADED, TOPIC, Sides, Unit

STATUSES = ("same", "changed", "added", "removed", "moved")
Pin = tuple[int | None, int | None]

_CHAIN_MIN = 0.12     # below this a pair never enters the order-preserving pass
_MOVE_MIN = 0.12     # a pair out of order must be this alike to be "moved",
_MOVE_MARGIN = 1.4   # and this much more alike than either unit is to anything else
_DOMINANT = 0.75     # a topic pair in the chain scores at least this share of either unit's best
_OTHER_PART = 0.3    # review with review, plan with plan: across parts only near-identical text pairs
_OTHER_KIND = 0.5    # a targets passage pairs with a targets passage, not a topic
_STRICT_KINDS = frozenset(("title", "targets", "problems", "closing", "glossary", "appendix"))
_PARENT_BONUS = 0.05  # topics whose sections are paired are likelier a pair
_HEAD_WEIGHT = 0.3
_ATTACH_MIN = 0.6    # share of a leftover unit's text found in a neighbour's partner
_ATTACH_MARGIN = 0.3
_ATTACH_INTO_LEAF = 0.1  # a topic's text found in its parent's partner, when that partner is undivided
_PIN_WEIGHT = 1e6


@dataclass(frozen=True)
class AlignedPair:
    """One row of a comparison. Sections are :attr:`Section.id` values; a
    split or merge shows as several pairs sharing one side and one ``group``.

    ``level`` is 1 for headed sections, 2 for topic paragraphs; ``inserted``
    and ``deleted`` count normalised characters; ``link`` is ``split``,
    ``merge``, ``pin`` or empty.
    """

    old_section: int | None
    new_section: int | None
    old_heading: str
    new_heading: str
    status: str
    similarity: float
    inserted: int
    deleted: int
    level: int
    kind: str
    link: str = ""
    group: int = 0


@dataclass(frozen=True)
class Alignment:
    """The pairs of a comparison in reading order of NEW, removed units where
    they stood."""

    old_report_len: int
    new_report_len: int
    mode: str
    pairs: tuple[AlignedPair, ...]
    options: DiffOptions = DiffOptions()


@dataclass(frozen=True)
class Match:
    """Two paired units before diffing, and how they were found: ``chain``,
    ``move``, ``attach`` (split or merge) or ``pin``."""

    old: Unit
    new: Unit
    similarity: float
    how: str
    exact: bool = False  # equal texts under the options: nothing to diff


def align(old: ParsedReport, new: ParsedReport, mode: str = "same", options: DiffOptions = DiffOptions(),
          pins: tuple[Pin, ...] = ()) -> Alignment:
    """Align two reports; ``pins`` are fixed ``(old_id, new_id)`` pairs, with
    ``None`` on one side for "has no counterpart"."""
    from .compare import build_pairs  # rows are built there, from this module's types
    from .promise import match_promise

    if mode not in MODES:
        raise ValueError(f"unknown comparison mode {mode!r}")
    sides = Sides(old, new, options)
    for side, section in ((side, pin[side]) for pin in pins for side in (0, 1)):
        if section is not None and section not in sides.by_id[side]:
            raise ValueError(f"pin names section {section}, which the {('old', 'new')[side]} report has not")
    matches = match_promise(sides, pins) if mode == "promise" else match_same(sides, pins)
    return Alignment(len(old.text), len(new.text), mode, build_pairs(sides, matches), options)


def match_same(sides: Sides, pins: tuple[Pin, ...]) -> list[Match]:
    """Same-kind matching: pins, exact pairs, each level, then splits and merges."""
    pinned = ({o for o, _ in pins if o is not None}, {n for _, n in pins if n is not None})
    forced = [(sides.by_id[0][o], sides.by_id[1][n]) for o, n in pins if o is not None and n is not None]
    known = _exact_pairs(sides, pinned)
    known += _voted_pairs(sides, known, pinned)
    settled = ({m.old.section for m in known} | pinned[0], {m.new.section for m in known} | pinned[1])
    sides.weigh([u for u in sides.old_units if u.section not in settled[0]],
                [u for u in sides.new_units if u.section not in settled[1]])
    matches: list[Match] = []
    partner: dict[int, int] = {}
    for level in (HEADED, TOPIC):
        level_pins = [(o, n) for o, n in forced if o.level == level and n.level == level]
        olds = [u for u in sides.old_units if u.level == level and
                (u.section not in pinned[0] or any(o is u for o, _ in level_pins))]
        news = [u for u in sides.new_units if u.level == level and
                (u.section not in pinned[1] or any(n is u for _, n in level_pins))]
        seeds = [m for m in known if m.old.level == level]
        found = _LevelPass(sides, olds, news, partner, settled).run(level_pins, seeds)
        partner.update((m.old.section, m.new.section) for m in found)
        matches.extend(found)
    matches.extend(Match(o, n, 1.0, "pin") for o, n in forced if o.level != n.level)
    from .leftovers import across_levels, by_field, into_siblings, left_over

    matches.extend(across_levels(sides, matches, pinned))
    matches.extend(left_over(sides, matches, pinned))
    matches.extend(by_field(sides, matches, pinned))
    matches.extend(into_siblings(sides, matches, pinned))
    matches.extend(_attach(sides, matches, pinned))
    return matches


def _exact_pairs(sides: Sides, pinned) -> list[Match]:
    """Units of one level whose whole text is equal under the options, the
    text unique on both sides."""
    found = []
    for level in (HEADED, TOPIC):
        keys = [_unique_keys(sides, side, level, pinned[side]) for side in (0, 1)]
        found += [Match(sides.by_id[0][o], sides.by_id[1][keys[1][key]], 1.0, "chain", exact=True)
                  for key, o in keys[0].items() if key in keys[1]]
    return found


def _unique_keys(sides: Sides, side: int, level: int, pinned: set[int]) -> dict[str, int]:
    keys: dict[str, int] = {}
    repeated = set()
    for unit in sides.units[side]:
        if unit.level == level and unit.section not in pinned:
            key = sides.key(side, unit)
            if key in keys:
                repeated.add(key)
            keys[key] = unit.section
    return {key: section for key, section in keys.items() if key and key not in repeated}


def _voted_pairs(sides: Sides, known: list[Match], pinned) -> list[Match]:
    """Sections paired by their children: most of an old section's children
    went to one new section, and most of that section's children came from it.
    Deepest first, so a part can count its sections' votes."""
    partner = {m.old.section: m.new.section for m in known}
    taken = set(partner.values()) | pinned[1]
    new_parent = {u.section: u.parent for u in sides.new_units}
    new_counts = Counter(u.parent for u in sides.new_units)
    found = []
    for unit in reversed(sides.old_units):
        kids = sides.children[0].get(unit.section, [])
        if unit.level != HEADED or unit.section in partner or unit.section in pinned[0] or len(kids) < 2:
            continue
        votes = Counter(new_parent[partner[k.section]] for k in kids if k.section in partner)
        target, count = max(votes.items(), key=lambda item: (item[1], -(item[0] or 0)), default=(None, 0))
        if target is None or target in taken or 2 * count < len(kids) or 2 * count < new_counts[target]:
            continue
        partner[unit.section] = target
        taken.add(target)
        found.append(Match(unit, sides.by_id[1][target], count / len(kids), "chain"))
    return found


class _LevelPass:
    """Candidate points ``(i, j, weight, score)`` between the units of one
    level, and the matches taken from them."""

    def __init__(self, sides: Sides, olds: list[Unit], news: list[Unit], partner: dict[int, int], settled) -> None:
        self.sides, self.olds, self.news, self.partner, self.settled = sides, olds, news, partner, settled
        self.old_index = {u.section: i for i, u in enumerate(olds)}
        self.new_index = {u.section: j for j, u in enumerate(news)}
        self.points: list[tuple[int, int, float, float]] = []
        self.runners: dict[tuple[int, int], list[tuple[float, int]]] = {}
        self.used_old: set[int] = set()
        self.used_new: set[int] = set()
        self.matches: list[Match] = []
        self.exact: set[tuple[int, int]] = set()

    def run(self, pins: list[tuple[Unit, Unit]], seeds: list[Match]) -> list[Match]:
        self.points = [(self.old_index[o.section], self.new_index[n.section], _PIN_WEIGHT, 1.0) for o, n in pins]
        self.points += [(self.old_index[m.old.section], self.new_index[m.new.section],
                         m.similarity - _CHAIN_MIN, m.similarity) for m in seeds]
        self.exact = {(self.old_index[m.old.section], self.new_index[m.new.section]) for m in seeds if m.exact}
        rest_old = [i for i, u in enumerate(self.olds) if u.section not in self.settled[0]]
        rest_new = [j for j, u in enumerate(self.news) if u.section not in self.settled[1]]
        if rest_old and rest_new:
            self.points += self._similar(rest_old, rest_new)
        self._take([p for p in self.points if not self._dominated(*p)], "chain")
        self._local_chains()
        self._moves()
        return self.matches

    def _similar(self, rest_old: list[int], rest_new: list[int]) -> list[tuple[int, int, float, float]]:
        """Pairs of remaining units alike enough to consider, noting each
        unit's two best scores to judge later how distinct a match is."""
        sides = self.sides
        bodies = sides.weigher().similarities({i: sides.full(0, self.olds[i]) for i in rest_old},
                                              {j: sides.full(1, self.news[j]) for j in rest_new})
        old_heads = {i: sides.head(0, self.olds[i]) for i in rest_old}
        new_heads = {j: sides.head(1, self.news[j]) for j in rest_new}
        heads = un.dices(old_heads, new_heads)
        points = []
        for i, j in sorted(bodies.keys() | heads.keys()):
            body = self._body(i, j, *bodies.get((i, j), (0.0, 0.0)))
            text = blend(body, heads.get((i, j), 0.0), bool(old_heads[i] and new_heads[j]))
            score = _score(self.olds[i], self.news[j], text, self.partner)
            self._note((0, i), score, j)
            self._note((1, j), score, i)
            if score >= _CHAIN_MIN:
                points.append((i, j, score - _CHAIN_MIN, score))
        return points

    def _body(self, i: int, j: int, cosine: float, share: float) -> float:
        """Text similarity of two units. Between two sections that hold no
        sections, the share of the shorter found in the longer counts half,
        so this year's five-line summary of last year's page still pairs;
        containers of sections would hold everything, and topics are alike in
        length, so there cosine alone."""
        o, n = self.olds[i], self.news[j]
        if o.level == TOPIC or o.section in self.sides.containers[0] or n.section in self.sides.containers[1]:
            return cosine
        return (cosine + share) / 2

    def _note(self, key: tuple[int, int], score: float, other: int) -> None:
        best = self.runners.setdefault(key, [])
        best.append((score, other))
        if len(best) > 2:
            best.sort(reverse=True)
            del best[2:]

    def _take(self, points: list[tuple[int, int, float, float]], how: str) -> None:
        """Match the heaviest order-preserving chain of free points."""
        free = [p for p in points if p[0] not in self.used_old and p[1] not in self.used_new]
        for k in heaviest_chain([(i, j, weight) for i, j, weight, _ in free], len(self.news)):
            i, j, weight, score = free[k]
            self._match(i, j, score, "pin" if weight >= _PIN_WEIGHT else how)

    def _match(self, i: int, j: int, score: float, how: str) -> None:
        self.matches.append(Match(self.olds[i], self.news[j], score, how, (i, j) in self.exact))
        self.used_old.add(i)
        self.used_new.add(j)

    def _local_chains(self) -> None:
        """Topics of two paired sections keep their order there even when the
        sections moved: chain the leftovers inside each pair of sections, each
        pair the best either unit has anywhere."""
        groups: dict[tuple[int, int], list[tuple[int, int, float, float]]] = {}
        for point in self.points:
            o, n = self.olds[point[0]], self.news[point[1]]
            if (o.parent is not None and self.partner.get(o.parent) == n.parent
                    and point[3] >= self._runner_up(point[0], point[1])):
                groups.setdefault((o.parent, n.parent), []).append(point)
        for key in sorted(groups):
            self._take(groups[key], "move")

    def _moves(self) -> None:
        """Pins off the chain, then out-of-order pairs that stand out from
        both units' other candidates."""
        for i, j, weight, score in sorted(self.points, key=lambda p: (-p[2], -p[3], p[:2])):
            if i in self.used_old or j in self.used_new:
                continue
            if weight >= _PIN_WEIGHT:
                self._match(i, j, score, "pin")
            elif score >= _MOVE_MIN and score >= _MOVE_MARGIN * self._runner_up(i, j):
                self._match(i, j, score, "move")

    def _dominated(self, i: int, j: int, weight: float, score: float) -> bool:
        """Whether either topic has a clearly better candidate: then this pair
        must not win a place in the chain just by keeping order. Sections
        merge and split, so two may rightly share a best partner."""
        if weight >= _PIN_WEIGHT or self.olds[i].level != TOPIC:
            return False
        scores = [s for key in ((0, i), (1, j)) for s, _ in self.runners.get(key, [])]
        return score < _DOMINANT * max(scores, default=0.0)

    def _runner_up(self, i: int, j: int) -> float:
        """The best score either unit has with any other unit."""
        rows = [s for s, other in self.runners.get((0, i), []) if other != j]
        cols = [s for s, other in self.runners.get((1, j), []) if other != i]
        return max(rows[:1] + cols[:1] + [0.0])


def _score(o: Unit, n: Unit, score: float, partner: dict[int, int]) -> float:
    """Same-kind similarity weighed by structural context."""
    if o.part != n.part:
        score *= _OTHER_PART
    if o.kind != n.kind and (o.kind in _STRICT_KINDS or n.kind in _STRICT_KINDS):
        score *= _OTHER_KIND
    if o.level == TOPIC and o.parent is not None and partner.get(o.parent) == n.parent:
        score = min(1.0, score + _PARENT_BONUS)
    return score


def blend(body: float, head: float, headed: bool) -> float:
    """Body similarity with some heading similarity mixed in, when both have headings."""
    if not headed:
        return body
    return (1 - _HEAD_WEIGHT) * body + _HEAD_WEIGHT * head


def heaviest_chain(points: list[tuple[int, int, float]], width: int) -> list[int]:
    """Indexes of the heaviest subset of ``(i, j, weight)`` points strictly
    increasing in both ``i`` and ``j``, ``j < width``: an alignment with free
    gaps, in O(k log k) with a Fenwick tree of prefix maxima over ``j``."""
    tree = [(0.0, -1)] * (width + 1)
    best = [0.0] * len(points)
    back = [-1] * len(points)
    order = sorted(range(len(points)), key=lambda k: points[k][:2])
    start = 0
    while start < len(order):
        stop = start
        while stop < len(order) and points[order[stop]][0] == points[order[start]][0]:
            stop += 1
        batch = order[start:stop]  # one old unit's points: query all before any update
        for k in batch:
            best[k], back[k] = _prefix_max(tree, points[k][1])
            best[k] += points[k][2]
        for k in batch:
            _raise(tree, points[k][1] + 1, (best[k], k))
        start = stop
    chain = []
    k = max(range(len(points)), key=best.__getitem__, default=-1)
    while k >= 0:
        chain.append(k)
        k = back[k]
    return chain[::-1]


def _prefix_max(tree: list[tuple[float, int]], position: int) -> tuple[float, int]:
    found = (0.0, -1)
    while position > 0:
        found = max(found, tree[position])
        position -= position & -position
    return found


def _raise(tree: list[tuple[float, int]], position: int, value: tuple[float, int]) -> None:
    while position < len(tree):
        if value > tree[position]:
            tree[position] = value
        position += position & -position


def _attach(sides: Sides, matches: list[Match], pinned) -> list[Match]:
    """Pair leftover units with the partner of a neighbour that holds their
    text: the second half of a split, the absorbed part of a merge."""
    partners: dict[tuple[int, int], list[Unit]] = {}
    for m in matches:
        partners.setdefault((0, m.old.section), []).append(m.new)
        partners.setdefault((1, m.new.section), []).append(m.old)
    added: list[Match] = []
    for _ in range(3):  # a split into three attaches its pieces one after another
        if not _attach_round(sides, partners, pinned, added):
            break
    return added


def _attach_round(sides: Sides, partners, pinned, added: list[Match]) -> bool:
    grown = False
    for side in (0, 1):
        units = sides.units[side]
        for index, unit in enumerate(units):
            if (side, unit.section) in partners or unit.section in pinned[side]:
                continue
            host = _host(sides, side, index, partners, pinned[1 - side])
            if host is None:
                continue
            other, share = host
            added.append(Match(unit, other, share, "attach") if side == 0 else Match(other, unit, share, "attach"))
            partners.setdefault((side, unit.section), []).append(other)
            partners.setdefault((1 - side, other.section), []).append(unit)
            grown = True
    return grown


def _host(sides: Sides, side: int, index: int, partners, pinned: set[int]) -> tuple[Unit, float] | None:
    """The partner of a neighbour (parent, previous or next unit) holding
    most of this unit's text, when the neighbour itself does not; a pinned
    unit is a person's decision and takes in nothing more."""
    units = sides.units[side]
    unit = units[index]
    grams = sides.own(side, unit)
    if len(grams) < 4:
        return None
    neighbours = [sides.by_id[side][unit.parent]] if unit.parent is not None else []
    neighbours += [units[k] for k in (index - 1, index + 1) if 0 <= k < len(units)]
    weigher = sides.weigher()
    best: tuple[Unit, float] | None = None
    for neighbour in neighbours:
        kept = weigher.containment(grams, sides.own(side, neighbour))
        for other in partners.get((side, neighbour.section), []):
            if other.section in pinned:
                continue
            share = weigher.containment(grams, sides.own(1 - side, other))
            # a topic of a section whose partner holds no topics of its own (大力提振消费 under
            # （一）…扩大内需 of this year, last year's （一） one undivided section) came from that partner
            into_leaf = neighbour.section == unit.parent and other.section not in sides.containers[1 - side]
            least, margin = (_ATTACH_INTO_LEAF, _ATTACH_INTO_LEAF / 2) if into_leaf else (_ATTACH_MIN, _ATTACH_MARGIN)
            if share >= least and share - kept >= margin and (best is None or share > best[1]):
                best = (other, share)
    return best
