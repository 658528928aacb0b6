"""Word-level differences between two texts, with changed quantities named.

The texts are normalised (:mod:`hjdesk.core.textnorm`), cut into words by
jieba with the policy-term dictionary, and diffed as sequences of words: each
distinct word becomes one character, as diff-match-patch's ``linesToChars``
does with lines. Decisions that shape what a reader sees:

- Punctuation and spaces are hard boundaries: two edits separated by a comma
  stay two edits, while edits separated by a short run of words merge into one
  readable replacement (diff-match-patch's semantic rule, minus punctuation).
- A number is atomic. ``5.2%`` → ``5.4%`` shows ``5.2`` replaced by ``5.4``
  and the ``%`` unchanged, never a partial number such as ``0.`` in
  ``20.5`` → ``25``; the change itself is reported as a :class:`ValueChange`.
- Inside other words, a one-word replacement that keeps at least two thirds of
  the longer word is narrowed to the differing characters (十四五 → 十五五).
- diff-match-patch runs without a deadline, so output never depends on the
  machine's speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Callable

from . import quantities
from .resources import read_lines
from .textnorm import DiffOptions, Normalized, normalize

_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_NUMBER_SPLIT = re.compile(f"({_NUMBER.pattern})")
_HARD = re.compile(r"[\W_]+")
_HAN_OR_RUN = re.compile(r"[\u4e00-\u9fff]|[^\W_\u4e00-\u9fff]+|[\W_]")
_PRIVATE_USE, _PRIVATE_USE_SIZE, _PLANE_15 = 0xE000, 0x1900, 0xF0000
_REACH = 16  # characters around an edit searched for the quantity it touches


@dataclass(frozen=True)
class DiffSpan:
    """One run of a diff in each report's own offsets. An ``insert`` has an
    empty old range (where it goes), a ``delete`` an empty new range."""

    op: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class ValueChange:
    """A quantity replaced by another: ``增长7.5%左右`` → ``增长7%左右``.

    ``new_value`` is expressed in the old quantity's unit (1.2亿元 against
    8000万元 gives 12000 万元) so that ``delta = new_value - old_value``; the
    spans cover each whole quantity with its unit and qualifier, and the
    comparators are :mod:`hjdesk.core.quantities` codes (eq ge le approx range).
    """

    old_value: float
    new_value: float
    delta: float
    unit: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_comparator: str = "eq"
    new_comparator: str = "eq"


@dataclass(frozen=True)
class WordDiff:
    """A diff of two texts: spans covering both, value changes, and how many
    (normalised) characters were inserted and deleted."""

    spans: tuple[DiffSpan, ...]
    values: tuple[ValueChange, ...]
    inserted: int
    deleted: int


@dataclass(frozen=True)
class _Block:
    """Token ranges ``[i0, i1)`` of the old side and ``[j0, j1)`` of the new."""

    equal: bool
    i0: int
    i1: int
    j0: int
    j1: int


def diff_texts(old: str, new: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """Word diff of two whole strings, offsets into those strings."""
    return diff_segments(old, ((0, len(old)),), new, ((0, len(new)),), options)


def diff_segments(old_text: str, old_segments: tuple[tuple[int, int], ...], new_text: str,
                  new_segments: tuple[tuple[int, int], ...], options: DiffOptions = DiffOptions()) -> WordDiff:
    """Word diff of the given segments of two texts (a unit's own text), offsets
    into ``old_text`` and ``new_text``. No span crosses a segment boundary."""
    if _same_pieces(old_text, old_segments, new_text, new_segments):
        spans = tuple(DiffSpan("equal", a, b, c, d) for (a, b), (c, d) in zip(old_segments, new_segments))
        return WordDiff(spans, (), 0, 0)
    old = normalize(old_text, options, old_segments or ((0, 0),))
    new = normalize(new_text, options, new_segments or ((0, 0),))
    return _diff_normalized(old, new)


def _same_pieces(old_text: str, old_segments, new_text: str, new_segments) -> bool:
    """Whether both sides are the very same text in the same pieces: equal
    under any options, so no normalising is needed."""
    return len(old_segments) == len(new_segments) and all(
        b - a == d - c and old_text[a:b] == new_text[c:d] for (a, b), (c, d) in zip(old_segments, new_segments))


@lru_cache(maxsize=512)
def _diff_normalized(old: Normalized, new: Normalized) -> WordDiff:
    """Words, their minimal diff, short equalities folded in, value changes
    read off the edits, one-word replacements narrowed, spans mapped back."""
    if old.text == new.text:  # the common case between drafts: no words needed
        return WordDiff(tuple(_equal_spans(0, len(old.text), 0, len(new.text), old, new)), (), 0, 0)
    old_tokens, new_tokens = tokens(old), tokens(new)
    blocks = _merge_blocks(_raw_blocks(old_tokens, new_tokens), old_tokens, new_tokens)
    old_pos, new_pos = _positions(old_tokens), _positions(new_tokens)
    char_blocks = [(b.equal, old_pos[b.i0], old_pos[b.i1], new_pos[b.j0], new_pos[b.j1]) for b in blocks]
    values = _value_changes(old, new, [c for c in char_blocks if not c[0]])
    refined = [piece for block, chars in zip(blocks, char_blocks)
               for piece in _narrow(block, chars, old_tokens, new_tokens)]
    spans = _to_spans(refined, old, new)
    inserted = sum(n1 - n0 for equal, _, _, n0, n1 in refined if not equal)
    deleted = sum(o1 - o0 for equal, o0, o1, _, _ in refined if not equal)
    return WordDiff(tuple(spans), tuple(values), inserted, deleted)


def clear_cache() -> None:
    """Forget cached diffs (a benchmark measures them afresh)."""
    _diff_normalized.cache_clear()


def tokens(normalized: Normalized) -> list[str]:
    """The words of a normalised text, segment by segment; every number is a
    token of its own (``7.5%`` → ``7.5``, ``%``), the text between numbers is
    cut by jieba."""
    text, starts = normalized.text, (*normalized.segment_starts, len(normalized.text))
    cut = _segmenter()
    words: list[str] = []
    for start, end in zip(starts, starts[1:]):
        for index, piece in enumerate(_NUMBER_SPLIT.split(text[start:end])):
            if index % 2:
                words.append(piece)
            elif piece:
                words.extend(cut(piece))
    return words


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], list[str]]:
    """jieba's ``cut`` with the policy terms added, loaded on first use: the
    dictionary takes a tenth of a second to load and is never needed at import.
    rjieba (Rust, about ten times faster) is preferred to jieba (pure Python);
    without either, Han characters are single tokens."""
    terms = read_lines("policy_terms.txt")
    for make in (_rjieba, _jieba):
        cut = make(terms)
        if cut is not None:
            return cut
    return _HAN_OR_RUN.findall


def _rjieba(terms: list[str]) -> Callable[[str], list[str]] | None:
    try:
        import rjieba
    except ImportError:
        return None
    engine = rjieba.Jieba()  # our own instance: the module's default one is shared
    for term in terms:
        engine.add_word(term, None, None)
    return engine.cut


def _jieba(terms: list[str]) -> Callable[[str], list[str]] | None:
    try:
        import jieba
    except ImportError:
        return None
    engine = jieba.Tokenizer()
    for term in terms:
        engine.add_word(term)
    return lambda text: list(engine.cut(text, HMM=True))


def _positions(words: list[str]) -> list[int]:
    return list(accumulate(map(len, words), initial=0))


def _raw_blocks(old_tokens: list[str], new_tokens: list[str]) -> list[_Block]:
    """The minimal token diff as alternating equal and edit blocks."""
    codes = dict(zip(dict.fromkeys(old_tokens + new_tokens), _codes()))
    old_codes = "".join(map(codes.__getitem__, old_tokens))
    new_codes = "".join(map(codes.__getitem__, new_tokens))
    blocks: list[_Block] = []
    i = j = 0
    for op, count in _diff_codes(old_codes, new_codes):
        di, dj = (count, count) if op == "=" else ((count, 0) if op == "-" else (0, count))
        equal = op == "="
        if blocks and not equal and not blocks[-1].equal:
            last = blocks.pop()
            blocks.append(_Block(False, last.i0, i + di, last.j0, j + dj))
        else:
            blocks.append(_Block(equal, i, i + di, j, j + dj))
        i, j = i + di, j + dj
    return blocks


@lru_cache(maxsize=1)
def _codes() -> str:
    """The characters that stand for distinct tokens, in order: the private-use
    areas, so no code collides with a surrogate or with real text."""
    return "".join(map(chr, (*range(_PRIVATE_USE, _PRIVATE_USE + _PRIVATE_USE_SIZE),
                             *range(_PLANE_15, _PLANE_15 + 0xFFFE))))


def _diff_codes(old: str, new: str) -> list[tuple[str, int]]:
    """``(op, length)`` runs of a minimal diff: the C++ diff-match-patch when
    installed, else the pure-Python one; never a deadline."""
    if old == new:
        return [("=", len(old))] if old else []
    try:
        import fast_diff_match_patch
    except ImportError:
        return _diff_codes_python(old, new)
    return fast_diff_match_patch.diff(old, new, timelimit=0, checklines=False, cleanup="No", counts_only=True)


def _diff_codes_python(old: str, new: str) -> list[tuple[str, int]]:
    from diff_match_patch import diff_match_patch

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    ops = {0: "=", -1: "-", 1: "+"}
    return [(ops[op], len(text)) for op, text in engine.diff_main(old, new, False)]


def _merge_blocks(blocks: list[_Block], old_tokens: list[str], new_tokens: list[str]) -> list[_Block]:
    """Fold a short equality between two edits into one edit, unless it holds
    punctuation or space: the semantic rule with hard boundaries."""
    out: list[_Block] = []
    for block in blocks:
        if not block.equal and len(out) >= 2 and _absorbable(out[-1], out[-2], block, old_tokens, new_tokens):
            out.pop()
            previous = out.pop()
            block = _Block(False, previous.i0, block.i1, previous.j0, block.j1)
        out.append(block)
    return out


def _absorbable(equal: _Block, before: _Block, after: _Block, old_tokens, new_tokens) -> bool:
    words = old_tokens[equal.i0:equal.i1]
    if any(_HARD.fullmatch(word) for word in words):
        return False
    if _numeric(before, old_tokens, new_tokens) or _numeric(after, old_tokens, new_tokens):
        return False  # a changed number stays an edit of its own: 2024→2025 … 414→500
    size = sum(map(len, words))
    return size <= _edit_size(before, old_tokens, new_tokens) and size <= _edit_size(after, old_tokens, new_tokens)


def _numeric(block: _Block, old_tokens, new_tokens) -> bool:
    words = old_tokens[block.i0:block.i1] + new_tokens[block.j0:block.j1]
    return all(_NUMBER.fullmatch(word) for word in words)


def _edit_size(block: _Block, old_tokens, new_tokens) -> int:
    return max(sum(map(len, old_tokens[block.i0:block.i1])), sum(map(len, new_tokens[block.j0:block.j1])))


def _narrow(block: _Block, chars, old_tokens, new_tokens) -> list[tuple[bool, int, int, int, int]]:
    """Split a one-word replacement into kept and changed characters when the
    two words share at least two thirds of the longer one (numbers excepted)."""
    equal, o0, o1, n0, n1 = chars
    if equal or block.i1 - block.i0 != 1 or block.j1 - block.j0 != 1:
        return [chars]
    old, new = old_tokens[block.i0], new_tokens[block.j0]
    if _NUMBER.search(old) or _NUMBER.search(new) or max(len(old), len(new)) < 3:
        return [chars]
    prefix = _common_prefix(old, new)
    suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    if 3 * (prefix + suffix) < 2 * max(len(old), len(new)):
        return [chars]
    pieces = [(True, o0, o0 + prefix, n0, n0 + prefix),
              (False, o0 + prefix, o1 - suffix, n0 + prefix, n1 - suffix),
              (True, o1 - suffix, o1, n1 - suffix, n1)]
    return [p for p in pieces if p[2] > p[1] or p[4] > p[3]]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _to_spans(pieces, old: Normalized, new: Normalized) -> list[DiffSpan]:
    """Spans in original offsets, cut where either side's segments meet so no
    highlight runs over a child unit's text."""
    spans: list[DiffSpan] = []
    for equal, o0, o1, n0, n1 in pieces:
        if equal:
            spans.extend(_equal_spans(o0, o1, n0, n1, old, new))
            continue
        for a, b in _cut(o0, o1, old.segment_starts):
            spans.append(DiffSpan("delete", *old.span(a, b), *new.span(n0, n0)))
        for a, b in _cut(n0, n1, new.segment_starts):
            spans.append(DiffSpan("insert", *old.span(o1, o1), *new.span(a, b)))
    return spans


def _equal_spans(o0: int, o1: int, n0: int, n1: int, old: Normalized, new: Normalized) -> list[DiffSpan]:
    cuts = sorted({o0, o1, *(c for c in old.segment_starts if o0 < c < o1),
                   *(c - n0 + o0 for c in new.segment_starts if n0 < c < n1)})
    return [DiffSpan("equal", *old.span(a, b), *new.span(a - o0 + n0, b - o0 + n0)) for a, b in zip(cuts, cuts[1:])]


def _cut(start: int, end: int, boundaries: tuple[int, ...]) -> list[tuple[int, int]]:
    cuts = [start, *(c for c in boundaries if start < c < end), end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _value_changes(old: Normalized, new: Normalized, edits) -> list[ValueChange]:
    """A quantity on each side of one edit, of the same kind of unit, is one change."""
    edits = [e for e in edits if _NUMBER.search(old.text, e[1], e[2]) or _NUMBER.search(new.text, e[3], e[4])]
    if not edits:
        return []
    changes = []
    old_folded = old.text.translate(quantities.WIDTH)  # one character for one: offsets stay
    new_folded = new.text.translate(quantities.WIDTH)
    for _, o0, o1, n0, n1 in edits:
        before = [q for q in _quantities(old_folded, o0, o1) if _touches(q, o0, o1)]
        after = [q for q in _quantities(new_folded, n0, n1) if _touches(q, n0, n1)]
        if len(before) != len(after):
            continue
        for a, b in zip(before, after):
            change = _compare(a, b)
            if change is not None:
                changes.append(ValueChange(*change, a.unit, *old.span(a.start, a.end), *new.span(b.start, b.end),
                                           a.comparator, b.comparator))
    return changes


def _quantities(folded: str, start: int, end: int) -> list[quantities.Quantity]:
    """Quantities near ``[start, end)`` of a width-folded text: far enough
    either side to hold a whole number, unit and qualifier that overlaps it."""
    return quantities.find_quantities(folded, max(0, start - _REACH), min(len(folded), end + _REACH))


def _touches(quantity: quantities.Quantity, start: int, end: int) -> bool:
    """Whether an edit at ``[start, end)`` changes a quantity: it overlaps it,
    or inserts strictly inside it."""
    if end > start:
        return quantity.start < end and quantity.end > start
    return quantity.start < start < quantity.end


def _compare(old: quantities.Quantity, new: quantities.Quantity) -> tuple[float, float, float] | None:
    """``(old value, new value in the old unit, delta)`` when both measure the
    same kind of thing and differ in value or comparator; else None."""
    table = quantities.units()
    if old.unit_class != new.unit_class or old.unit not in table or new.unit not in table:
        return None
    new_value = new.value * table[new.unit].factor / table[old.unit].factor
    if new_value == old.value and new.comparator == old.comparator and new.value_high == old.value_high:
        return None
    return old.value, round(new_value, 9), round(new_value - old.value, 9)
