"""List numbering of Word documents: the visible label (一、 （一） 1.) of a
numbered paragraph, computed from ``numbering.xml`` as Word counts it."""

from __future__ import annotations

import re

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"


def is_on(element: etree._Element | None) -> bool | None:
    """An OOXML on/off property: present means on unless ``val`` says otherwise."""
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in ("0", "false", "off", "none")


def int_or(value: str | None, default: int = 0) -> int:
    """An integer attribute, or ``default`` when missing or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


#: Word's counters run from 0 to 32767; a start outside that is clamped, so a
#: start of 2,000,000,000 in a letter format cannot grow a label without end.
_MAX_START = 32767
_MAX_LVL_TEXT = 64  # "（%2）", "%1.%2.%3.": Word's own limit is lower still
_MAX_LETTERS = 26 * 30  # zz…z (30 letters); beyond, the number is written in digits


def start_value(value: str | None) -> int:
    """A ``w:start``/``w:startOverride`` value, malformed ones read as 1, clamped to 0-32767."""
    return max(0, min(int_or(value, 1), _MAX_START))


_ENCLOSED = {"decimalEnclosedCircle": 0x2460, "decimalEnclosedCircleChinese": 0x2460,
             "decimalEnclosedParen": 0x2474, "decimalEnclosedFullstop": 0x2488}
_COUNTING = {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    """One list counter in a ``w:numFmt`` style; unknown styles fall back to digits."""
    if fmt in _COUNTING:
        return _chinese(value, "零一二三四五六七八九", "十百千")
    if fmt == "chineseLegalSimplified":
        return _chinese(value, "零壹贰叁肆伍陆柒捌玖", "拾佰仟")
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[value - 1]
    if fmt in _ENCLOSED and 1 <= value <= 20:
        return chr(_ENCLOSED[fmt] + value - 1)
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= _MAX_LETTERS:
        # Word repeats the letter after z: y, z, aa, bb.
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman, rest = "", value
        for amount, digits in _ROMAN:
            count, rest = divmod(rest, amount)
            roman += digits * count
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalFullWidth":
        return str(value).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if fmt == "decimalZero":
        return f"{value:02d}"
    return "" if fmt == "none" else str(value)


def _chinese(value: int, digits: str, units: str) -> str:
    """Chinese counting numerals: 十, 十一, 二十, 一百零五, 一千."""
    if not 0 < value < 10000:
        return str(value)
    text, out, zero = str(value), "", False
    for index, char in enumerate(text):
        digit, place = int(char), len(text) - 1 - index
        if digit == 0:
            zero = bool(out)
            continue
        out += (digits[0] if zero else "") + digits[digit] + (units[place - 1] if place else "")
        zero = False
    return out[1:] if len(text) == 2 and units[0] == "十" and out.startswith("一十") else out


class Numbering:
    """List labels from ``numbering.xml``; counters run per ``numId`` and a
    deeper level restarts whenever a shallower one counts on."""

    def __init__(self, root: etree._Element | None, style_list):
        self._abstract: dict[str, etree._Element] = {}
        self._nums: dict[str, etree._Element] = {}
        self._style_list = style_list
        self._counts: dict[str, dict[int, int]] = {}
        self._levels: dict[tuple[str, int], tuple[etree._Element | None, int]] = {}
        if root is not None:
            self._abstract = {a.get(_W + "abstractNumId", ""): a for a in root.iter(_W + "abstractNum")}
            self._nums = {n.get(_W + "numId", ""): n for n in root.iter(_W + "num")}

    def _level(self, num_id: str, ilvl: int) -> tuple[etree._Element | None, int]:
        """The ``w:lvl`` in force and its start value, overrides applied
        (looked up once per list and level: a list may have thousands of levels)."""
        key = (num_id, ilvl)
        if key not in self._levels:
            self._levels[key] = self._find_level(num_id, ilvl)
        return self._levels[key]

    def _find_level(self, num_id: str, ilvl: int, depth: int = 0) -> tuple[etree._Element | None, int]:
        num = self._nums.get(num_id)
        if num is None or depth > 3:
            return None, 1
        override = next((o for o in num.iter(_W + "lvlOverride") if int_or(o.get(_W + "ilvl"), -1) == ilvl), None)
        start = override.find(_W + "startOverride") if override is not None else None
        level = override.find(_W + "lvl") if override is not None else None
        if level is None:
            ref = num.find(_W + "abstractNumId")
            abstract = self._abstract.get(ref.get(_VAL, "") if ref is not None else "")
            if abstract is None:
                return None, 1
            link = abstract.find(_W + "numStyleLink")
            linked = self._style_list(link.get(_VAL, "")) if link is not None else None
            if linked:
                level, linked_start = self._find_level(linked[0], ilvl, depth + 1)
                return level, start_value(start.get(_VAL)) if start is not None else linked_start
            level = next((lv for lv in abstract.iter(_W + "lvl") if int_or(lv.get(_W + "ilvl"), -1) == ilvl), None)
        if start is None and level is not None:
            start = level.find(_W + "start")
        return level, start_value(start.get(_VAL)) if start is not None else 1

    def label(self, num_id: str, ilvl: int) -> str:
        """Count this paragraph and return its visible label with separator."""
        level, start = self._level(num_id, ilvl)
        if level is None:
            return ""
        counts = self._counts.setdefault(num_id, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        fmt_el, text_el = level.find(_W + "numFmt"), level.find(_W + "lvlText")
        if text_el is None or (fmt_el is not None and fmt_el.get(_VAL) == "bullet"):
            return ""  # bullets are symbol-font glyphs, not text worth keeping
        legal = is_on(level.find(_W + "isLgl"))
        pattern = text_el.get(_VAL, "")[:_MAX_LVL_TEXT]
        label = re.sub(r"%([1-9])", lambda m: self._render(num_id, int(m.group(1)) - 1, legal), pattern)
        suffix = level.find(_W + "suff")
        if not label or (suffix is not None and suffix.get(_VAL) == "nothing"):
            return label
        # "一、" and "（一）" end in full-width punctuation and need no gap; "1." does.
        return label if re.search(r"[\u3000-\u303f\uff00-\uffef]$", label) else label + " "

    def _render(self, num_id: str, ilvl: int, legal: bool | None) -> str:
        level, start = self._level(num_id, ilvl)
        if level is None:
            return ""
        fmt_el = level.find(_W + "numFmt")
        fmt = "decimal" if legal else (fmt_el.get(_VAL, "decimal") if fmt_el is not None else "decimal")
        return format_number(self._counts.get(num_id, {}).get(ilvl, start), fmt)
