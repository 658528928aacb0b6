"""Promise-to-delivery matching: each unit of OLD's plan part with the unit of
NEW's review part that reports on it.

Last year's plan says 繁荣活跃文旅产业 and this year's review answers 文旅产业加快发展:
the same subject in other words, and not always in the same order, so every
plan unit simply takes the review unit most like it. Several plans may share
one report (a review paragraph often covers two plan topics); a plan unit
with no review unit alike enough was not reported on.
"""

from __future__ import annotations

from . import units as un
from .align import Match, Pin, blend
from .model import ParsedReport
from .units import Sides, Unit

_PROMISE_MIN = 0.1
_OWN_WORDS_MIN = 80  # a section's own words, beyond its heading, worth pairing on their own
_NOT_PROMISES = ("title", "closing", "glossary", "appendix")


def match_promise(sides: Sides, pins: tuple[Pin, ...]) -> list[Match]:
    """Each plan unit of OLD with its best review unit of NEW, pins first."""
    pinned = ({o for o, _ in pins if o is not None}, {n for _, n in pins if n is not None})
    matches = [Match(sides.by_id[0][o], sides.by_id[1][n], 1.0, "pin") for o, n in pins
               if o is not None and n is not None]
    plans, reviews = scope(sides.old_units, "plan"), scope(sides.new_units, "review")
    sides.scope = ({u.section for u in plans} | pinned[0], {u.section for u in reviews} | pinned[1])
    plans = [u for u in plans if u.section not in pinned[0]]
    reviews = [u for u in reviews if u.section not in pinned[1]]
    if not plans or not reviews:
        return matches
    sides.weigh(plans, reviews)
    for i, (score, j) in sorted(_best_reviews(sides, plans, reviews).items()):
        matches.append(Match(plans[i], reviews[j], score, "chain"))
    return matches


def _best_reviews(sides: Sides, plans: list[Unit], reviews: list[Unit]) -> dict[int, tuple[float, int]]:
    """Plan index → (score, review index) of the most alike review unit, when alike enough."""
    weigher = sides.weigher()
    bodies = weigher.similarities({i: sides.own(0, u) for i, u in enumerate(plans)},
                                  {j: sides.own(1, u) for j, u in enumerate(reviews)})
    old_heads = {i: sides.head(0, u) for i, u in enumerate(plans)}
    new_heads = {j: sides.head(1, u) for j, u in enumerate(reviews)}
    heads = un.dices(old_heads, new_heads)
    best: dict[int, tuple[float, int]] = {}
    for i, j in bodies.keys() | heads.keys():
        # a review paragraph often reports on several plans at once: what counts
        # is the share of the plan's wording found in it, not a symmetric likeness
        reported = weigher.containment(sides.own(0, plans[i]), sides.own(1, reviews[j])) if (i, j) in bodies else 0.0
        score = blend(reported, heads.get((i, j), 0.0), bool(old_heads[i] and new_heads[j]))
        current = best.get(i)
        if score >= _PROMISE_MIN and (current is None or (score, -j) > (current[0], -current[1])):
            best[i] = (score, j)
    return best


def promise_scope(report: ParsedReport, part: str) -> tuple[Unit, ...]:
    """The units of one part that promise mode pairs (``plan`` of OLD, ``review`` of NEW)."""
    return tuple(scope(un.report_units(report), part))


def scope(units: tuple[Unit, ...], part: str) -> list[Unit]:
    """A part's units that say something: leaves, and sections whose own
    words go well beyond their heading (a review's headline results)."""
    parents = {u.parent for u in units}
    chosen = []
    for unit in units:
        if unit.part != part or unit.kind in _NOT_PROMISES:
            continue
        words = sum(b - a for a, b in unit.segments) - len(unit.heading)
        if unit.section not in parents or words >= _OWN_WORDS_MIN:
            chosen.append(unit)
    return chosen
