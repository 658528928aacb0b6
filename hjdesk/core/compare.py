"""From matched units to the rows of a comparison, and the word diff behind
each row.

A row's texts are the texts its units own; the rows of one split or merge
share a ``group`` and are diffed together (the old pieces against the new
pieces), so a paragraph that moved from one unit into its neighbour does not
show as deleted here and inserted there. :func:`pair_diff` gives the same diff
the counts came from (cached), for the side-by-side view.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import replace

from . import worddiff
from .align import AlignedPair, Alignment, Match, align
from .model import Indicator, ParsedReport
from .names import lookup
from .pairing import dice, flow_or_stock, name_similarity, things
from .textnorm import DiffOptions, compact
from .units import Sides, Unit, group_segments, joined_text, report_units
from .worddiff import ValueChange, WordDiff

NamedValue = tuple[ValueChange, Indicator | None, Indicator | None]


def build_pairs(sides: Sides, matches: list[Match]) -> tuple[AlignedPair, ...]:
    """Rows for the matches and for every unit left without a partner, in
    reading order of NEW with removed units after their old predecessor."""
    rows: list[tuple[tuple, AlignedPair]] = []
    for number, members in enumerate(_groups(matches), start=1):
        if len(members) == 1:
            rows.append(_row(sides, members[0]))
        else:
            rows.extend(_group_rows(sides, members, number))
    paired_old = {m.old.section for m in matches}
    paired_new = {m.new.section for m in matches}
    anchors = _anchors(sides, matches)
    for unit in sides.old_units:
        if unit.section not in paired_old and unit.section in sides.scope[0]:
            rows.append(_lonely(sides, unit, None, anchors))
    for unit in sides.new_units:
        if unit.section not in paired_new and unit.section in sides.scope[1]:
            rows.append(_lonely(sides, None, unit, anchors))
    return tuple(row for _, row in sorted(rows, key=lambda r: r[0]))


def _groups(matches: list[Match]) -> list[list[Match]]:
    """Matches joined by a split or merge (an ``attach``) into groups; every
    other match stands alone, so promise mode's many-to-one stays separate."""
    joined: dict[tuple[str, int], int] = {}
    groups: list[list[Match]] = []
    for match in sorted(matches, key=lambda m: m.how == "attach"):
        keys = (("old", match.old.section), ("new", match.new.section))
        found = [joined[k] for k in keys if k in joined] if match.how == "attach" else []
        index = found[0] if found else len(groups)
        if not found:
            groups.append([])
        groups[index].append(match)
        for key in keys:
            joined.setdefault(key, index)
    return [sorted(g, key=lambda m: (m.new.section, m.old.section)) for g in groups]


def _row(sides: Sides, match: Match) -> tuple[tuple, AlignedPair]:
    """The row of a one-to-one match, with its sort key."""
    o, n = match.old, match.new
    inserted, deleted = (0, 0) if match.exact else _counts(sides, [o], [n])
    changed = inserted or deleted
    status = "moved" if match.how == "move" else ("changed" if changed else "same")
    similarity = _similarity(sides, match, inserted, deleted) if changed else 1.0
    pair = AlignedPair(o.section, n.section, o.heading, n.heading, status, similarity, inserted, deleted,
                       o.level, o.kind, "pin" if match.how == "pin" else "")
    return (n.section, 0, o.section), pair


def _similarity(sides: Sides, match: Match, inserted: int, deleted: int) -> float:
    """The matcher's score; for pairs it took on structure alone (a pin, a
    section whose topics all went along) the share of text left unchanged."""
    if match.similarity < 1.0:
        return round(match.similarity, 3)
    size = sum(len(joined_text(text, unit.segments, sides.options))
               for text, unit in ((sides.old.text, match.old), (sides.new.text, match.new)))
    return round(max(0.0, 1 - (inserted + deleted) / size), 3) if size else 0.0


def _counts(sides: Sides, olds: list[Unit], news: list[Unit]) -> tuple[int, int]:
    """Inserted and deleted characters between the texts the units own."""
    old_segments, new_segments = group_segments(olds), group_segments(news)
    if joined_text(sides.old.text, old_segments, sides.options) == joined_text(sides.new.text, new_segments,
                                                                               sides.options):
        return 0, 0
    found = worddiff.diff_segments(sides.old.text, old_segments, sides.new.text, new_segments, sides.options)
    return found.inserted, found.deleted


def _group_rows(sides: Sides, members: list[Match], number: int) -> list[tuple[tuple, AlignedPair]]:
    """Rows of a split or merge: one diff for the group, its changes counted
    on the row that first shows the unit they fall in."""
    olds = sorted({m.old.section: m.old for m in members}.values(), key=lambda u: u.section)
    news = sorted({m.new.section: m.new for m in members}.values(), key=lambda u: u.section)
    link = "merge" if len(news) == 1 else "split"
    found = worddiff.diff_segments(sides.old.text, group_segments(olds), sides.new.text, group_segments(news),
                                   sides.options)
    counted: set[tuple[str, int]] = set()
    rows = []
    for m in members:
        inserted = _inside(sides, found, "insert", m.new) if ("new", m.new.section) not in counted else 0
        deleted = _inside(sides, found, "delete", m.old) if ("old", m.old.section) not in counted else 0
        counted.update((("new", m.new.section), ("old", m.old.section)))
        status = "changed" if found.inserted or found.deleted else "same"
        rows.append(((m.new.section, 0, m.old.section), AlignedPair(
            m.old.section, m.new.section, m.old.heading, m.new.heading, status, round(min(m.similarity, 1.0), 3),
            inserted, deleted, m.old.level, m.old.kind, link, number)))
    return rows


def _inside(sides: Sides, found: WordDiff, op: str, unit: Unit) -> int:
    """Normalised characters of ``op`` spans that fall in a unit's own text."""
    text = sides.new.text if op == "insert" else sides.old.text
    total = 0
    for span in found.spans:
        if span.op != op:
            continue
        start, end = (span.new_start, span.new_end) if op == "insert" else (span.old_start, span.old_end)
        if any(a <= start and end <= b for a, b in unit.segments):
            total += len(compact(text[start:end], sides.options))
    return total


def _anchors(sides: Sides, matches: list[Match]) -> dict[int, int]:
    """Old unit → the last new unit it went to."""
    anchors: dict[int, int] = {}
    for m in matches:
        anchors[m.old.section] = max(anchors.get(m.old.section, 0), m.new.section)
    return anchors


def _lonely(sides: Sides, old: Unit | None, new: Unit | None, anchors: dict[int, int]) -> tuple[tuple, AlignedPair]:
    """A removed or added unit; a removed one sorts after its nearest anchored predecessor."""
    unit = old or new
    text = sides.old.text if old else sides.new.text
    size = len(joined_text(text, unit.segments, sides.options))
    if new is not None:
        key = (new.section, 0, 0)
        return key, AlignedPair(None, new.section, "", new.heading, "added", 0.0, size, 0, new.level, new.kind)
    before = [anchors[u.section] for u in sides.old_units if u.section < old.section and u.section in anchors]
    key = (before[-1] if before else 0, 1, old.section)
    return key, AlignedPair(old.section, None, old.heading, "", "removed", 0.0, 0, size, old.level, old.kind)


class RowDiffs:
    """The texts and word diffs behind the rows of one alignment, in each
    report's own offsets; a split or merge row gives its whole group's diff.
    Diffs are cached: the counts in the rows were computed from the same.
    Given each side's indicators, a changed number is kept only where both
    sides speak of the same indicator (能耗降低2% is no earlier form of
    二氧化碳排放降低2.6%)."""

    def __init__(self, old: ParsedReport, new: ParsedReport, alignment: Alignment,
                 indicators: tuple[Sequence[Indicator], Sequence[Indicator]] | None = None) -> None:
        self.old, self.new, self.alignment = old, new, alignment
        self._units = ({u.section: u for u in report_units(old)}, {u.section: u for u in report_units(new)})
        self._indicators = indicators

    def segments(self, pair: AlignedPair) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """The ``(old segments, new segments)`` a row compares."""
        rows = [p for p in self.alignment.pairs if p.group == pair.group] if pair.group else [pair]
        olds = {p.old_section: self._units[0][p.old_section] for p in rows if p.old_section is not None}
        news = {p.new_section: self._units[1][p.new_section] for p in rows if p.new_section is not None}
        return group_segments(list(olds.values())), group_segments(list(news.values()))

    def texts(self, pair: AlignedPair) -> tuple[str, str]:
        """The two texts a row compares, as stored (not normalised)."""
        old_segments, new_segments = self.segments(pair)
        return ("".join(self.old.text[a:b] for a, b in old_segments),
                "".join(self.new.text[a:b] for a, b in new_segments))

    def diff(self, pair: AlignedPair) -> WordDiff:
        """The word diff of a row."""
        found = self._word_diff(pair)
        if self._indicators is None or not found.values:
            return found
        kept = tuple(value for value, _, _ in named_values(found.values, *self._indicators))
        return found if len(kept) == len(found.values) else replace(found, values=kept)

    def named_values(self, pair: AlignedPair) -> list[NamedValue]:
        """The row's changed numbers, each with the indicator it states on either side (None where none does)."""
        found = self._word_diff(pair)
        if self._indicators is None:
            return [(value, None, None) for value in found.values]
        return named_values(found.values, *self._indicators)

    def _word_diff(self, pair: AlignedPair) -> WordDiff:
        old_segments, new_segments = self.segments(pair)
        return worddiff.diff_segments(self.old.text, old_segments, self.new.text, new_segments, self.alignment.options)


def named_values(values: Sequence[ValueChange], old: Sequence[Indicator], new: Sequence[Indicator]) -> list[NamedValue]:
    """Changed numbers with the indicators they state, without those whose
    two sides state different indicators."""
    kept = []
    for value in values:
        before, after = _stated(old, value.old_start, value.old_end), _stated(new, value.new_start, value.new_end)
        if before is not None and after is not None and not _same_indicator(before, after):
            continue
        kept.append((value, before, after))
    return kept


def _stated(indicators: Sequence[Indicator], start: int, end: int) -> Indicator | None:
    """The indicator whose figure is the quantity at ``[start, end)``: its quote ends inside that quantity."""
    return next((i for i in indicators if i.char_start <= start and start < i.char_end <= end), None)


def _same_indicator(a: Indicator, b: Indicator) -> bool:
    """One indicator by the dictionary, by the pairing's measure of names, or
    by the things both count (建设省实验室 and 省实验室), new ones and all
    of them not mixed."""
    known_a, known_b = lookup(a.name), lookup(b.name)
    if known_a is not None and known_b is not None:
        return known_a.name == known_b.name
    if a.name == b.name or name_similarity(a, b) >= 0.5:
        return True
    if {flow_or_stock(a), flow_or_stock(b)} == {"flow", "stock"}:
        return False
    mine, other = (re.sub(r"[“”\"]", "", things(i.name)) for i in (a, b))
    shorter, longer = sorted((mine, other), key=len)
    return len(shorter) >= 3 and (shorter in longer or dice(mine, other) >= 0.6)


def pair_diff(old: ParsedReport, new: ParsedReport, alignment: Alignment, pair: AlignedPair) -> WordDiff:
    """The word diff of one row; use :class:`RowDiffs` for many."""
    return RowDiffs(old, new, alignment).diff(pair)


def bench_compare(old: ParsedReport, new: ParsedReport, runs: int = 15, mode: str = "same",
                  options: DiffOptions = DiffOptions()) -> dict[str, float]:
    """Median milliseconds of a full comparison (alignment and the word diff
    of every row, caches cleared each run) against a plain character diff of
    the two whole texts by fast_diff_match_patch, and their ratio."""
    import fast_diff_match_patch

    def full() -> None:
        worddiff.clear_cache()
        alignment = align(old, new, mode, options)
        rows = RowDiffs(old, new, alignment)
        for pair in alignment.pairs:
            if pair.old_section is not None and pair.new_section is not None:
                rows.diff(pair)

    def plain() -> None:
        fast_diff_match_patch.diff(old.text, new.text, timelimit=0, checklines=False, counts_only=True)

    full()  # the segmenter's dictionary loads once per process, not per comparison
    compare_ms, plain_ms = _median_ms(full, runs), _median_ms(plain, runs)
    return {"compare_ms": compare_ms, "plain_diff_ms": plain_ms, "ratio": compare_ms / plain_ms if plain_ms else 0.0,
            "pairs": float(len(align(old, new, mode, options).pairs))}


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
