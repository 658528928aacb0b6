"""Text normalisation for comparing reports, with a map back to the original.

A diff runs on normalised text so that differences the user chose to ignore
(punctuation width, spaces, line breaks) vanish, yet every highlight must land
on the stored text. :func:`normalize` therefore returns the normalised string
together with the runs of original characters it kept, and
:meth:`Normalized.span` turns a normalised span into original offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: Full-width forms U+FF01–U+FF5E and their ASCII twins (，→, ：→: （→( ０→0 Ａ→A …),
#: plus the ideographic space. One character maps to one, so offsets survive.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
_WIDTH_TABLE = str.maketrans(_WIDTH)

_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"
_SPACES = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class DiffOptions:
    """What a comparison ignores; the command line and the window expose all three."""

    ignore_punct_width: bool = False
    ignore_whitespace: bool = False
    ignore_line_breaks: bool = False


@dataclass(frozen=True)
class Normalized:
    """Normalised text and where its characters came from.

    Runs ``k`` of kept characters start at ``norm_starts[k]`` in :attr:`text`
    and at ``orig_starts[k]`` in the original; inside a run offsets advance
    together because folding maps one character to one.
    """

    text: str
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_end: int  # original offset just past the last kept character
    segment_starts: tuple[int, ...] = (0,)  # where each source segment begins in :attr:`text`

    def point(self, pos: int) -> int:
        """Original offset of normalised position ``pos`` (``len(text)`` maps past the end)."""
        if pos >= len(self.text):
            return self.orig_end
        run = bisect_right(self.norm_starts, pos) - 1
        return self.orig_starts[run] + pos - self.norm_starts[run]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised span ``[start, end)``.

        An empty span maps to an insertion point; a non-empty one ends just
        after its last character, so dropped spaces after it stay outside.
        """
        if end <= start:
            at = self.point(start)
            return at, at
        return self.point(start), self.point(end - 1) + 1


def fold_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space folded to half width."""
    return text.translate(_WIDTH_TABLE)


def dropped_characters(options: DiffOptions) -> str:
    """The characters ``options`` tell a comparison to drop."""
    return (_SPACES if options.ignore_whitespace else "") + (_BREAKS if options.ignore_line_breaks else "")


def normalize(text: str, options: DiffOptions, segments: tuple[tuple[int, int], ...] | None = None) -> Normalized:
    """Normalise ``text`` (or only its ``segments``, joined) under ``options``."""
    if segments is None:
        segments = ((0, len(text)),)
    drop = dropped_characters(options)
    keep = re.compile(f"[^{re.escape(drop)}]+") if drop else None
    pieces: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    segment_starts: list[int] = []
    length, orig_end = 0, segments[0][0] if segments else 0
    for segment in segments:
        segment_starts.append(length)
        for start, end in _kept_runs(text, segment, keep):
            norm_starts.append(length)
            orig_starts.append(start)
            pieces.append(text[start:end])
            length += end - start
            orig_end = end
    joined = "".join(pieces)
    if options.ignore_punct_width:
        joined = fold_width(joined)
    return Normalized(joined, tuple(norm_starts), tuple(orig_starts), orig_end, tuple(segment_starts))


def _kept_runs(text: str, segment: tuple[int, int], keep: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The runs of a segment that survive dropping; the whole segment when nothing is dropped."""
    start, end = segment
    if keep is None:
        return [(start, end)] if end > start else []
    return [found.span() for found in keep.finditer(text, start, end)]


def compact(text: str, options: DiffOptions) -> str:
    """``text`` normalised under ``options`` without the offset map: for equality tests."""
    drop = dropped_characters(options)
    if drop:
        text = text.translate(str.maketrans("", "", drop))
    return fold_width(text) if options.ignore_punct_width else text


def feature_text(text: str) -> str:
    """What alignment compares: width folded, only letters, digits and Han kept,
    every number masked to ``0`` so a changed quantity does not break a pair."""
    return _DIGIT_RUN.sub("0", _NOT_WORD.sub("", fold_width(text)))
