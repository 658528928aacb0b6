"""What the comparison view needs of one comparison, computed on a worker:
the alignment, each pair's segments on both sides, and the marks a pair's
word diff draws. Plain data; no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from hjdesk.core.align import AlignedPair
from hjdesk.core.textnorm import DiffOptions
from hjdesk.core.worddiff import WordDiff

Segments = tuple[tuple[int, int], ...]
Mark = tuple[int, int, str]


@dataclass(frozen=True)
class PairPlace:
    """Where one aligned pair stands in each report (empty on a missing side)."""

    pair: AlignedPair
    old: Segments
    new: Segments

    def extent(self, side: str) -> tuple[int, int] | None:
        segments = self.old if side == "old" else self.new
        return (segments[0][0], segments[-1][1]) if segments else None


@dataclass(frozen=True)
class ComparisonData:
    """A comparison ready for the view: the two reports, the pairs with
    their places, the units of each side (innermost last) for finding the
    section under an offset, and the object that diffs a pair."""

    old_id: int
    new_id: int
    mode: str
    options: DiffOptions
    old_title: str
    new_title: str
    old_meta: tuple  # (jurisdiction, year, label) of each report, for captions
    new_meta: tuple
    old_text: str
    new_text: str
    places: tuple[PairPlace, ...]
    units: dict  # side → tuple of (start, end, section id) sorted by start
    pins: tuple
    rows: object  # hjdesk.core.compare.RowDiffs
    #: promise mode: each plan unit's commitments, as (status, commitment text) pairs
    promises: dict = field(default_factory=dict)
    #: promise mode: (start, end, status) of each commitment in OLD, and the spans of NEW that report one
    commitment_spans: tuple = ()
    report_spans: tuple = ()
    #: promise mode: the review's words on each commitment (``None`` when not found), as commitment_spans
    commitment_passages: tuple = ()
    #: promise mode: review unit → how many commitments its words report
    answered: dict = field(default_factory=dict)

    def commitment_at(self, offset: int) -> int | None:
        """The index of the commitment whose words in OLD hold ``offset``."""
        return next((i for i, (a, b, _) in enumerate(self.commitment_spans) if a <= offset < b), None)

    def section_at(self, side: str, offset: int) -> int | None:
        """The innermost unit whose extent holds ``offset``."""
        found = None
        for start, end, section in self.units[side]:
            if start > offset:
                break
            if offset < end:
                found = section
        return found

    def pair_at(self, side: str, offset: int) -> int | None:
        """The index of the pair whose own text on ``side`` holds ``offset``."""
        for index, place in enumerate(self.places):
            for start, end in (place.old if side == "old" else place.new):
                if start <= offset < end:
                    return index
        return None


def load_comparison(session, old_id: int, new_id: int, mode: str, options: DiffOptions) -> ComparisonData:
    """Align two stored reports (service :func:`hjdesk.analysis.compare_for`)
    and place every pair; run it on a worker."""
    from hjdesk.analysis import compare_for, indicators_for
    from hjdesk.core.commitments import deliveries
    from hjdesk.core.compare import RowDiffs
    from hjdesk.core.units import report_units

    comparison = compare_for(session, old_id, new_id, mode, options)
    old, new = comparison.old.parsed, comparison.new.parsed
    # a changed number is marked only where both sides state the same indicator
    indicators = (indicators_for(session, old_id), indicators_for(session, new_id))
    rows = RowDiffs(old, new, comparison.alignment, indicators)
    places = []
    for pair in comparison.alignment.pairs:
        old_segments, new_segments = rows.segments(pair)
        places.append(PairPlace(pair, _nonempty(old_segments), _nonempty(new_segments)))
    units = {side: tuple(sorted((u.span[0], u.span[1], u.section) for u in report_units(report)))
             for side, report in (("old", old), ("new", new))}
    metas = [(r.jurisdiction, r.year, r.label) for r in (comparison.old, comparison.new)]
    promised = deliveries(old, new, indicators[0], alignment=comparison.alignment) if mode == "promise" else []
    promises: dict[int, list[tuple[str, str]]] = {}
    for delivery in promised:
        promises.setdefault(delivery.commitment.section, []).append((delivery.status, delivery.commitment.text))
    commitment_spans = tuple((d.commitment.start, d.commitment.end, d.status) for d in promised)
    report_spans = tuple(sorted({d.passage for d in promised if d.passage is not None}))
    passages = tuple(d.passage for d in promised)
    answered: dict[int, int] = {}
    for delivery in promised:
        if delivery.section is not None:
            answered[delivery.section] = answered.get(delivery.section, 0) + 1
    return ComparisonData(old_id, new_id, mode, options, comparison.old.title, comparison.new.title, *metas,
                          old.text, new.text, tuple(places), units, comparison.pins, rows,
                          {section: tuple(items) for section, items in promises.items()}, commitment_spans, report_spans,
                          passages, answered)


def _nonempty(segments: Segments) -> Segments:
    return tuple((a, b) for a, b in segments if b > a)


def diff_marks(data: ComparisonData, indices: list[int]) -> dict[int, tuple[tuple[Mark, ...], tuple[Mark, ...]]]:
    """Word-diff marks of the given pairs for the old and new pane (run on a
    worker); in promise mode, each commitment by what the review says of it
    and the review's words that report one, not a word diff of a plan
    against a review."""
    if data.mode == "promise":
        return {index: promise_marks(data, data.places[index]) for index in indices}
    return {index: pair_marks(data.places[index], _diff(data, data.places[index])) for index in indices}


def promise_marks(data: ComparisonData, place: PairPlace) -> tuple[tuple[Mark, ...], tuple[Mark, ...]]:
    """The commitments inside a pair's plan text, marked ``promise_number``,
    ``promise_words`` or ``promise_no``, and the reporting words inside its
    review text, marked ``promise_found``."""
    def inside(start: int, segments: Segments) -> bool:
        return any(a <= start < b for a, b in segments)

    old = tuple((a, b, f"promise_{status}") for a, b, status in data.commitment_spans if inside(a, place.old))
    new = tuple((a, b, "promise_found") for a, b in data.report_spans if inside(a, place.new))
    return old, new


def _diff(data: ComparisonData, place: PairPlace) -> WordDiff | None:
    if not place.old or not place.new or place.pair.status == "same":
        return None
    return data.rows.diff(place.pair)


def pair_marks(place: PairPlace, diff: WordDiff | None) -> tuple[tuple[Mark, ...], tuple[Mark, ...]]:
    """What a pair draws: a removed or added unit whole, a moved one shaded,
    deletions and insertions word by word, changed numbers on top."""
    status = place.pair.status
    if status == "removed":
        return tuple((a, b, "delete") for a, b in place.old), ()
    if status == "added":
        return (), tuple((a, b, "insert") for a, b in place.new)
    old: list[Mark] = []
    new: list[Mark] = []
    if status == "moved":
        old += [(a, b, "moved") for a, b in place.old]
        new += [(a, b, "moved") for a, b in place.new]
    if diff is not None:
        for span in diff.spans:
            if span.op == "delete":
                old.append((span.old_start, span.old_end, "delete"))
            elif span.op == "insert":
                new.append((span.new_start, span.new_end, "insert"))
        for value in diff.values:
            old.append((value.old_start, value.old_end, "value"))
            new.append((value.new_start, value.new_end, "value"))
    return tuple(old), tuple(new)


def sync_anchors(places: tuple[PairPlace, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start offsets of paired units that keep reading order on both sides:
    the points at which the two panes are held level while scrolling."""
    pairs = sorted((p.old[0][0], p.new[0][0]) for p in places
                   if p.old and p.new and p.pair.status != "moved")
    olds, news = [0], [0]
    for old, new in pairs:
        if old > olds[-1] and new > news[-1]:
            olds.append(old)
            news.append(new)
    return tuple(olds), tuple(news)
