"""Every target of a gap table on one scale: the result as a percentage of
its target, because the rows have different units (%, 亿元, 个). The window's
chart and the printed chart place rows by the same arithmetic."""

from __future__ import annotations

from typing import NamedTuple, Sequence

from .gap_rows import GapRow, GapRules
from .model import Indicator
from .quantities import units

#: % of target shown; results beyond sit on its edge as arrows.
X_WINDOW = (-100.0, 300.0)


class Place(NamedTuple):
    """Where a gap row is drawn, in % of target: the result (None: nowhere),
    the band of a range or 左右 target, and the kind of target bar."""

    result: float | None
    band: tuple[float, float] | None
    mark: str | None


def target_span(target: Indicator, rules: GapRules) -> tuple[float, float] | None:
    """The values a range or 左右 target covers (None for one value); a 左右
    target spans the tolerance the gap engine judges it with."""
    if target.comparator == "range" and target.value_high is not None:
        return min(target.value, target.value_high), max(target.value, target.value_high)
    if target.comparator != "approx":
        return None
    unit = units().get(target.unit)
    rate = unit is not None and unit.unit_class in ("percent", "points")
    slack = rules.approx_points if rate else abs(target.value) * rules.approx_relative
    return target.value - slack, target.value + slack


def place(row: GapRow, rules: GapRules) -> Place:
    target = row.target
    if target is None or not target.value:
        return Place(None, None, None)
    # The engine's gap is in the target's unit, so 万元 against 亿元 comes out right.
    # A ratio of two cuts grows with the cut, so ≥ points right whatever the sign.
    result = None if row.gap is None else (target.value + row.gap) / target.value * 100
    span = target_span(target, rules)
    band = None if span is None else tuple(sorted(v / target.value * 100 for v in span))
    return Place(result, band, target.comparator if target.comparator in ("ge", "le") else "eq")


def x_window(places: Sequence[Place]) -> tuple[float, float]:
    """Room for every result and band, 0 and 150 always in view, clamped."""
    xs = [0.0, 150.0] + [p.result for p in places if p.result is not None]
    xs += [x for p in places if p.band for x in p.band]
    low, high = max(min(xs), X_WINDOW[0]), min(max(xs), X_WINDOW[1])
    pad = (high - low) * 0.06
    return low - pad, high + pad
