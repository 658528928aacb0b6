"""Canonical indicator names: one name for the many wordings of the main
indicators across jurisdictions and years, read from a data file the user can
extend (``resources/indicators.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .resources import read_lines


@dataclass(frozen=True)
class CanonicalIndicator:
    name: str
    direction: str  # up, down or ceiling
    wordings: tuple[str, ...]


@lru_cache(maxsize=1)
def dictionary() -> tuple[CanonicalIndicator, ...]:
    entries = []
    for line in read_lines("indicators.tsv"):
        name, direction, wordings = line.split("\t")
        entries.append(CanonicalIndicator(name, direction, tuple(wordings.split("|"))))
    return tuple(entries)


@lru_cache(maxsize=1)
def _wordings() -> tuple[tuple[str, CanonicalIndicator], ...]:
    """Every wording, longest first, so 城镇登记失业率 wins over 失业率."""
    pairs = [(wording, entry) for entry in dictionary() for wording in entry.wordings]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


#: What may follow a wording at the end of a subject phrase and keep its
#: meaning. A Chinese noun phrase ends with its head, so 单位生产总值能耗 (head
#: 能耗) is not 生产总值, but 居民消费价格涨幅 is 居民消费价格.
_SUFFIXES = ("", "涨幅", "增速", "增幅", "增长", "总量", "总额", "规模", "水平", "全年", "年末", "总计", "合计")


@lru_cache(maxsize=4096)
def lookup(name: str) -> CanonicalIndicator | None:
    """The dictionary entry for a subject phrase that ends with one of its wordings."""
    for wording, entry in _wordings():
        if wording.startswith("="):
            if name == wording[1:]:
                return entry
            continue
        at = name.rfind(wording)
        if at >= 0 and name[at + len(wording):] in _SUFFIXES:
            return entry
    return None


def canonical_name(name: str) -> str:
    entry = lookup(name)
    return entry.name if entry else name


def direction(canonical: str) -> str:
    for entry in dictionary():
        if entry.name == canonical:
            return entry.direction
    return "up"
