"""Units the aligner's passes left without a partner, paired by what is
left to go on: a section of one year that is a topic of the next, the one
unit of a kind on each side, children of two paired sections that are each
other's best, and units of the same field of government work whose facts
share few words (:func:`hjdesk.core.align.match_same` runs these after its
level passes, before splits and merges)."""

from __future__ import annotations

from . import units as un
from .align import Match, blend
from .units import Sides, Unit

_CLEAR_MARGIN = 1.4  # a leftover pair must be this much more alike than either unit is to any other

_ACROSS_MIN = 0.3  # a section that became a topic (or a topic a section) must be this alike,


def across_levels(sides: Sides, matches: list[Match], pinned) -> list[Match]:
    """A headed section of one year that is a topic paragraph of the next
    (（三）新兴产业加速成长 and, under a five-year review, 产业转型提质增效):
    leftovers of the two levels, in the same part, each the other's clearly
    best candidate among the leftovers."""
    used = ({m.old.section for m in matches} | pinned[0], {m.new.section for m in matches} | pinned[1])

    def leftovers(side: int, units: tuple[Unit, ...]) -> list[Unit]:
        return [u for u in units if u.section not in used[side] and u.section not in sides.containers[side]
                and u.kind in ("section", "topic")]

    olds, news = leftovers(0, sides.old_units), leftovers(1, sides.new_units)
    if not olds or not news:
        return []
    bodies = sides.weigher().similarities({i: sides.full(0, u) for i, u in enumerate(olds)},
                                          {j: sides.full(1, u) for j, u in enumerate(news)})
    heads = un.dices({i: sides.head(0, u) for i, u in enumerate(olds)}, {j: sides.head(1, u) for j, u in enumerate(news)})
    # headings of two levels are worded in two styles: they may add to the text's likeness, never take from it
    scores = {(i, j): max(cosine, blend(cosine, heads.get((i, j), 0.0), bool(olds[i].heading and news[j].heading)))
              for (i, j), (cosine, _) in bodies.items() if olds[i].part == news[j].part}
    best_old: dict[int, float] = {}
    best_new: dict[int, float] = {}
    found = []
    for (i, j), score in sorted(scores.items(), key=lambda item: -item[1]):
        runner_up = max(best_old.get(i, 0.0), best_new.get(j, 0.0))
        best_old[i], best_new[j] = max(best_old.get(i, 0.0), score), max(best_new.get(j, 0.0), score)
        if olds[i].level == news[j].level or score < _ACROSS_MIN or runner_up > 0:
            continue
        # the clearly best: no other leftover of either comes close
        rivals = [s for (a, b), s in scores.items() if (a == i) != (b == j) and (a == i or b == j)]
        if score >= _CLEAR_MARGIN * max(rivals, default=0.0):
            found.append(Match(olds[i], news[j], score, "chain"))
    return found


_FIELD_MIN = 0.85  # two leftovers whose fields (文化体育旅游, 城镇城市 …) weigh this alike, each the other's best


def by_field(sides: Sides, matches: list[Match], pinned) -> list[Match]:
    """Leftovers of one part that speak of the same field of government work
    though this year's facts share few words with last year's (文化体育事业增添新成果,
    文体事业加快发展): each the other's most alike by the fields their words
    name (``resources/policy_domains.tsv``), of one leading field, and clearly so."""
    used = ({m.old.section for m in matches} | pinned[0], {m.new.section for m in matches} | pinned[1])

    def leftovers(side: int) -> list[Unit]:
        return [u for u in sides.units[side] if u.section not in used[side] and u.section not in sides.containers[side]
                and u.kind in ("section", "topic") and u.section in sides.scope[side]]

    olds, news = leftovers(0), leftovers(1)
    if not olds or not news:
        return []
    old_fields = [un.fields(sides.texts[0], u) for u in olds]
    new_fields = [un.fields(sides.texts[1], u) for u in news]
    scores = {(i, j): un.cosine(a, b) for i, a in enumerate(old_fields) for j, b in enumerate(new_fields)
              if olds[i].part == news[j].part and a and b and max(a, key=a.get) == max(b, key=b.get)}
    found = []
    for (i, j), score in scores.items():
        rivals = [s for (a, b), s in scores.items() if (a == i) != (b == j)]
        if score >= _FIELD_MIN and all(score > rival for rival in rivals if rival):
            found.append(Match(olds[i], news[j], score, "chain"))
    return found


_LEFT_OVER_MIN = 0.1  # two leftovers of one pair of sections, each the other's best, need only be this alike
_ONE_OF_A_KIND = ("title", "targets", "problems", "self", "closing")


def left_over(sides: Sides, matches: list[Match], pinned) -> list[Match]:
    """What is left when the rest is paired: the one unit of a kind on each
    side (the government's self-construction part, however headed), and
    children of two paired sections that are each other's best candidate
    among the leftovers there (防范化解房地产市场风险, 推动房地产业健康发展)."""
    used = ({m.old.section for m in matches} | pinned[0], {m.new.section for m in matches} | pinned[1])
    partner = {m.old.section: m.new.section for m in matches}
    partnered_from = {new: old for old, new in partner.items()}
    found: list[Match] = []
    for kind in _ONE_OF_A_KIND:
        olds = [u for u in sides.old_units if u.kind == kind]
        news = [u for u in sides.new_units if u.kind == kind]
        if len(olds) == len(news) == 1 and olds[0].section not in used[0] and news[0].section not in used[1] \
                and olds[0].part == news[0].part:
            found.append(Match(olds[0], news[0], 0.0, "chain"))
            used[0].add(olds[0].section)
            used[1].add(news[0].section)
    groups: dict[int, tuple[list[Unit], list[Unit]]] = {}
    for side, units in ((0, sides.old_units), (1, sides.new_units)):
        for unit in units:
            parent = unit.parent if side == 0 else partnered_from.get(unit.parent)
            if unit.section in used[side] or parent is None or parent not in partner or \
                    unit.section in sides.containers[side] or unit.kind not in ("section", "topic"):
                continue
            groups.setdefault(parent, ([], []))[side].append(unit)
    weigher = sides.weigher()
    for olds, news in groups.values():
        if not olds or not news:
            continue
        bodies = weigher.similarities({i: sides.full(0, u) for i, u in enumerate(olds)},
                                      {j: sides.full(1, u) for j, u in enumerate(news)})
        best_old = {i: max((c for (a, _), (c, _) in bodies.items() if a == i), default=0.0) for i in range(len(olds))}
        best_new = {j: max((c for (_, b), (c, _) in bodies.items() if b == j), default=0.0) for j in range(len(news))}
        for (i, j), (cosine, _) in bodies.items():
            if cosine >= _LEFT_OVER_MIN and cosine == best_old[i] == best_new[j]:
                found.append(Match(olds[i], news[j], cosine, "chain"))
    return found


_MERGED_MIN = 0.2  # share of a leftover's rare words found in a unit under its section's partner,
_MERGED_ELSEWHERE = 0.25  # or in one elsewhere in the other report's same part


def into_siblings(sides: Sides, matches: list[Match], pinned) -> list[Match]:
    """A leftover whose words live on in one unit of the same part of the
    other report, paired or not (加快建设全球数字经济标杆城市 inside
    大力发展高精尖产业): merged into it, or split from it; that unit must hold
    clearly more of them than any other."""
    partner: dict[tuple[int, int], int] = {}
    for m in matches:
        partner.setdefault((0, m.old.section), m.new.section)
        partner.setdefault((1, m.new.section), m.old.section)
    used = ({m.old.section for m in matches} | pinned[0], {m.new.section for m in matches} | pinned[1])
    weigher = sides.weigher()
    found = []
    for side in (0, 1):
        other = 1 - side
        for unit in sides.units[side]:
            if unit.section in used[side] or unit.kind not in ("section", "topic"):
                continue
            grams = sides.own(side, unit)
            if len(grams) < 4:
                continue
            shares = sorted(((weigher.containment(grams, sides.own(other, u)), u) for u in sides.units[other]
                             if u.part == unit.part and u.section not in pinned[other]), key=lambda item: -item[0])
            if not shares:
                continue
            share, into = shares[0]
            runner_up = shares[1][0] if len(shares) > 1 else 0.0
            # under the partner of its own section a little of its words will do; elsewhere more
            least = _MERGED_MIN if into.parent == partner.get((side, unit.parent)) else _MERGED_ELSEWHERE
            if share >= least and share >= _CLEAR_MARGIN * runner_up:
                found.append(Match(unit, into, share, "attach") if side == 0 else Match(into, unit, share, "attach"))
    return found
