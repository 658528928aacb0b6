"""Canonical indicator names: one name for the many wordings of the main
indicators across jurisdictions and years, read from a data file the user can
extend (``resources/indicators.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import logging

from .resources import read_lines, read_user_lines, user_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CanonicalIndicator:
    name: str
    direction: str  # up, down or ceiling
    wordings: tuple[str, ...]


_DIRECTIONS = ("up", "down", "ceiling")


@lru_cache(maxsize=1)
def dictionary() -> tuple[CanonicalIndicator, ...]:
    """The user's entries (``indicators.tsv`` in their configuration folder)
    first, then the shipped ones; a user wording wins over a shipped one."""
    entries = [e for e in map(_entry, read_user_lines("indicators.tsv")) if e]
    if len(entries) < len(read_user_lines("indicators.tsv")):
        log.warning("%s 中有格式不对的行（应为：规范名<Tab>up/down/ceiling<Tab>说法1|说法2），已跳过",
                    user_file("indicators.tsv"))
    entries.extend(e for e in map(_entry, read_lines("indicators.tsv")) if e)
    return tuple(entries)


def _entry(line: str) -> CanonicalIndicator | None:
    fields = line.split("\t")
    if len(fields) != 3 or fields[1] not in _DIRECTIONS or not fields[0]:
        return None
    return CanonicalIndicator(fields[0], fields[1], tuple(w for w in fields[2].split("|") if w))


def wordings() -> tuple[tuple[str, CanonicalIndicator], ...]:
    """Every plain wording of the dictionary (``=`` whole-phrase ones left out), longest first."""
    return tuple((w, e) for w, e in _wordings() if not w.startswith("="))


@lru_cache(maxsize=1)
def _wordings() -> tuple[tuple[str, CanonicalIndicator], ...]:
    """Every wording, longest first, so 城镇登记失业率 wins over 失业率 (a
    stable sort keeps the user's entries ahead of shipped ones of equal length)."""
    pairs = [(fold(wording), entry) for entry in dictionary() for wording in entry.wordings]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


#: What may follow a wording at the end of a subject phrase and keep its
#: meaning. A Chinese noun phrase ends with its head, so 单位生产总值能耗 (head
#: 能耗) is not 生产总值, but 居民消费价格涨幅 is 居民消费价格.
_SUFFIXES = ("", "涨幅", "增速", "增幅", "增长", "总量", "总额", "总值", "规模", "水平", "全年", "年末", "总计", "合计",
             "降幅", "减幅", "预期目标", "目标", "预期", "目标确定", "预期目标确定", "目标设定", "目标定",
             "实际", "名义")  # 居民人均可支配收入实际增长4.4%: real growth of the same indicator


#: Modifiers that make a part of an indicator another indicator: 跨境电商进出口 is not 进出口总额.
_NARROWER = ("跨境电商", "装备", "汽车", "先进", "在线", "网上", "亩均", "服务", "服务贸易", "数字贸易", "农产品", "机电产品", "高新技术产品", "高技术产品", "加工贸易",
             "一般贸易", "民营企业", "外资企业", "国有企业", "边境", "对外", "中欧班列")


#: Look-alikes folded before names are compared: Roman numerals (Ⅲ, and the
#: Cyrillic Ш typed for it), full-width letters and digits, 〇.
_FOLD = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI", "Ш": "III", "〇": "0",
                       **{chr(0xFF10 + d): str(d) for d in range(10)},
                       **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                       **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}})


def fold(name: str) -> str:
    """A name with its look-alike characters made one: 好于Ⅲ类 = 好于III类 = 好于Ш类."""
    return name.translate(_FOLD)


@lru_cache(maxsize=4096)
def lookup(name: str) -> CanonicalIndicator | None:
    """The dictionary entry for a subject phrase that ends with one of its wordings."""
    name = fold(name)
    for wording, entry in _wordings():
        if wording.startswith("="):
            if name == wording[1:]:
                return entry
            continue
        at = name.rfind(wording)
        if at >= 0 and name[at + len(wording):] in _SUFFIXES and not name[:at].endswith(_NARROWER):
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
