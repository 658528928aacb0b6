"""Plain text: decode whatever encoding a Chinese office machine produced, then
one paragraph per line."""

from __future__ import annotations

import codecs
import re
import threading

from .base import MAX_LINES, Block, ImportFailure, ImportedText, assemble, too_many

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters other than tab, line feed, carriage return and form feed:
# real text never has them; random bytes and wrong decodings do.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Characters a GB18030 decoding of non-Chinese bytes produces in quantity:
# rare CJK extension A, private use, and the four-byte ranges.
_UNLIKELY = re.compile(r"[\u3400-\u4dbf\ue000-\uf8ff\U00010000-\U0010ffff\u0080-\u02ff]")


#: Stray bytes tolerated in a text that otherwise decodes cleanly: a byte
#: flipped on a USB stick, a character cut by a careless edit. More than this
#: is a wrong encoding or a damaged file, and is refused.
STRAY_MIN, STRAY_PER_BYTES, STRAY_MAX = 8, 4000, 64
_STRAY_SHOWN = 5


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, warnings)`` or raise :class:`ImportFailure`
    with a clear reason. A few undecodable bytes in an otherwise clean text
    become U+FFFD, and a warning says on which lines."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(encoding.replace("-sig", "")), encoding, ()
            except UnicodeDecodeError:
                tolerant = _with_stray_bytes(body, encoding.replace("-sig", "")) if "8" in encoding else None
                if tolerant:
                    return tolerant[0], encoding, tolerant[1]
                raise ImportFailure(f"{name}：文件开头标明是 {encoding} 编码，但内容无法按此编码读取，文件可能已损坏。")
    guessed = _utf16_without_bom(data)
    candidates = ([guessed] if guessed else []) + ["utf-8", "gb18030", "big5"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding, ()
    if not guessed:
        for encoding in ("utf-8", "gb18030"):
            tolerant = _with_stray_bytes(data, encoding)
            if tolerant:
                return tolerant[0], encoding, tolerant[1]
    raise ImportFailure(
        f"{name}：无法识别文件的文字编码（不是 UTF-8、GBK/GB18030 或 UTF-16），"
        "请在记事本或 WPS 中将其另存为 UTF-8 编码的文本后再导入。")


class _TooManyStray(Exception):
    pass


_stray = threading.local()


def _mark_stray(error: UnicodeDecodeError) -> tuple[str, int]:
    spots = _stray.spots
    spots.append(error.start)
    if len(spots) > _stray.limit:
        raise _TooManyStray
    return "\ufffd", error.end


codecs.register_error("hjdesk-stray", _mark_stray)


def _with_stray_bytes(data: bytes, encoding: str) -> tuple[str, tuple[str, ...]] | None:
    """The text with each undecodable byte run as U+FFFD and a warning naming
    the lines, when there are only a few such runs and the rest reads as a
    Chinese document; otherwise ``None``."""
    _stray.spots, _stray.limit = [], min(STRAY_MAX, max(STRAY_MIN, len(data) // STRAY_PER_BYTES))
    try:
        text = data.decode(encoding, errors="hjdesk-stray")
    except _TooManyStray:
        return None
    finally:
        spots, _stray.spots = _stray.spots, []
    if not spots or not _HAN.search(text) or not _plausible(text):
        return None
    return text, (_stray_warning(data, encoding, spots),)


def _stray_warning(data: bytes, encoding: str, spots: list[int]) -> str:
    """``第 12 行第 35 个字符处有 1 个无法识别的字节…`` for the first few places."""
    newline = b"\n" if b"\n" in data else b"\r"
    places = []
    for offset in spots[:_STRAY_SHOWN]:
        line_start = data.rfind(newline, 0, offset) + 1
        line = data.count(newline, 0, offset) + 1
        column = len(data[line_start:offset].decode(encoding, errors="replace")) + 1
        places.append(f"第 {line} 行第 {column} 个字符处")
    where = "、".join(places) + (f"等 {len(spots)} 处" if len(spots) > _STRAY_SHOWN else "")
    label = {"utf-8": "UTF-8", "gb18030": "GB18030"}.get(encoding, encoding)
    return (f"{where}有无法按 {label} 编码识别的字节，已替换为“\ufffd”，其余内容照常导入；"
            "如需原字，请核对原文件。")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as every other byte zero in ASCII runs, or as
    Han characters whose high byte is 0x4E-0x9F at a fixed parity."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 or sum(0x4E <= b <= 0x9F for b in odd) > len(odd) * 0.6:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 or sum(0x4E <= b <= 0x9F for b in even) > len(even) * 0.6:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """True when a decoding reads like a document: no stray control characters,
    and, where there is non-ASCII, mostly common Han characters."""
    if not text.strip():
        return True
    if _count(_CONTROL, text, max(2, len(text) // 1000)) > max(2, len(text) // 1000):
        return False
    non_ascii = 0 if text.isascii() else len(text) - len(_NON_ASCII.sub("", text))
    if not non_ascii:
        return True
    return _count(_UNLIKELY, text, int(non_ascii * 0.02)) <= non_ascii * 0.02


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """Matches of ``pattern``, counted only up to one past ``limit``."""
    count = 0
    for _ in pattern.finditer(text):
        count += 1
        if count > limit:
            break
    return count


def split_lines(text: str) -> list[str]:
    """Lines with any of CRLF, CR or LF (and the Unicode line separators)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n").split("\n")


def nonblank_lines(text: str):
    """The lines that hold anything but spaces; past :data:`MAX_LINES` of
    them the file is refused (millions of short lines are no report)."""
    count = 0
    for line in split_lines(text):
        if line and not line.isspace():
            count += 1
            if count > MAX_LINES:
                raise too_many(MAX_LINES, "行文字")
            yield line


def read_text(text: str, *, encoding: str = "", fmt: str = "txt") -> ImportedText:
    """Decoded plain text: one paragraph per non-empty line."""
    return assemble((Block(line) for line in nonblank_lines(text)), fmt, encoding=encoding)
