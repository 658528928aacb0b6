"""What a gap table is made of: the rules targets are judged by, the rows
(one target of OLD and what NEW says of it) and the table. The engine is in
:mod:`hjdesk.core.gaps`; what NEW says of a row without a figure of its own
is in :mod:`hjdesk.core.gap_evidence`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Indicator

STATUSES = ("not_reported", "missed", "unclear", "met", "no_target")


@dataclass(frozen=True)
class GapRules:
    """How targets are judged; the defaults are what a drafting clerk accepts.

    ``approx_points``: a 左右 target on a rate is met within this many
    percentage points below it (above it when less is better).
    ``approx_relative``: the same for levels, as a share of the target.
    ``name_threshold``: how alike two subject phrases must be to pair.
    """

    approx_points: float = 0.5
    approx_relative: float = 0.05
    name_threshold: float = 0.5


@dataclass(frozen=True)
class GapRow:
    """One target of OLD and what NEW says of it (or a result with no target)."""

    indicator: str
    unit: str
    measure: str
    target: Indicator | None
    actual: Indicator | None
    gap: float | None
    gap_unit: str
    gap_percent: float | None
    status: str
    stretch: bool = False
    decided: bool = False  # a person fixed the pairing or the status
    note: str = ""
    tier: str = "task"  # main, task, livelihood or fiscal (see hjdesk.core.tiers)
    evidence: tuple[int, int] | None = None  # NEW's words on it (全年主要目标任务顺利完成), as a span


@dataclass(frozen=True)
class GapTable:
    year: int | None
    rows: tuple[GapRow, ...] = field(default=())


@dataclass(frozen=True)
class PairRow:
    """Two indicators that measure the same thing (either side may be missing)."""

    indicator: str
    left: Indicator | None
    right: Indicator | None
    delta: float | None


def label(indicator: Indicator) -> str:
    """The name a row shows: the dictionary's where it knows the indicator."""
    return indicator.canonical or indicator.name
