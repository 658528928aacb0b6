"""One indicator across years: what each year's report aimed for and what a
later report said was achieved.

A jurisdiction's reports form a chain: the report for year Y sets targets for
Y and gives results for Y-1 (mostly 预计, estimates, because it is delivered in
January before the statistics are final). Reading the chain for one canonical
name gives, per year, a target and a result to draw as a trend."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .model import Indicator

_RESULT_ROLES = ("actual", "estimate")

Reports = Sequence[tuple[int, Sequence[Indicator]]]


@dataclass(frozen=True)
class TrendPoint:
    """One year of an indicator: the target the report for ``year`` set for
    ``year`` and the result a later report gave for ``year`` (either may be
    missing)."""

    year: int
    target: Indicator | None
    result: Indicator | None


def indicator_trend(reports: Reports, canonical: str) -> tuple[TrendPoint, ...]:
    """Targets and results of ``canonical`` per year, in year order.

    ``reports`` holds (report year, that report's indicators) for every
    report of one jurisdiction. Only the name's dominant unit is kept: a
    growth rate and an amount of the same thing are two different series.

    Choices when several indicators could serve:

    - a target comes from the report for its own year; of two reports for one
      year the later in ``reports`` wins (a final after its drafts), and within
      a report the first stated (the headline figure);
    - a result comes from a later report: an actual figure before an
      estimate (a final statistic beats a January guess), then the report of
      the next year, then the nearer report.
    """
    ordered = sorted(enumerate(reports), key=lambda item: item[1][0])
    found = [(position, report_year, indicator) for position, (report_year, indicators) in ordered
             for indicator in indicators if _counts(indicator, canonical)]
    unit = _dominant_unit(indicator for _, _, indicator in found)
    targets: dict[int, list[tuple[tuple, Indicator]]] = {}
    results: dict[int, list[tuple[tuple, Indicator]]] = {}
    for position, report_year, indicator in found:
        year = indicator.year
        if indicator.unit != unit:
            continue
        if indicator.role == "target" and year == report_year:
            targets.setdefault(year, []).append(((-position, indicator.char_start), indicator))
        elif indicator.role in _RESULT_ROLES and report_year > year:
            rank = (indicator.role != "actual", report_year != year + 1, report_year - year, -position,
                    indicator.char_start)
            results.setdefault(year, []).append((rank, indicator))
    return tuple(TrendPoint(year, _best(targets.get(year)), _best(results.get(year)))
                 for year in sorted(set(targets) | set(results)))


def trend_names(reports: Reports) -> list[str]:
    """Canonical names with a target or a result in at least two years, the
    longest series first; ties keep the order the newest report states them
    in, which puts the headline indicators (GDP, revenue …) at the top."""
    order: dict[str, int] = {}
    for _, indicators in sorted(reports, key=lambda report: report[0], reverse=True):
        for indicator in sorted(indicators, key=lambda i: i.char_start):
            if _counts(indicator, indicator.canonical):
                order.setdefault(indicator.canonical, len(order))
    # Each name's own slice of the reports (same order), so a library of many
    # years does not read every indicator once per name.
    slices: dict[str, list[tuple[int, list[Indicator]]]] = {}
    for report_year, indicators in reports:
        mine: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            mine.setdefault(indicator.canonical, []).append(indicator)
        for name, found in mine.items():
            slices.setdefault(name, []).append((report_year, found))
    lengths = {name: len(indicator_trend(slices[name], name)) for name in order}
    return sorted((name for name, length in lengths.items() if length >= 2),
                  key=lambda name: (-lengths[name], order[name]))


def _counts(indicator: Indicator, canonical: str) -> bool:
    return (indicator.canonical == canonical and indicator.year is not None
            and indicator.role in ("target", *_RESULT_ROLES))


def _dominant_unit(indicators: Iterable[Indicator]) -> str | None:
    """The unit most of the name's figures use; a tie goes to the unit seen
    first (the oldest report's)."""
    counts = Counter(indicator.unit for indicator in indicators)
    return max(counts, key=counts.__getitem__) if counts else None


def _best(candidates: list[tuple[tuple, Indicator]] | None) -> Indicator | None:
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: candidate[0])[1]
