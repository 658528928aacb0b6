"""Plain text: decode whatever encoding a Chinese office machine produced, then
one paragraph per line."""

from __future__ import annotations

import codecs
import re

from .base import Block, ImportFailure, ImportedText, assemble

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
# Characters a GB18030 decoding of non-Chinese bytes produces in quantity:
# rare CJK extension A, private use, and the four-byte ranges.
_UNLIKELY = re.compile(r"[\u3400-\u4dbf\ue000-\uf8ff\U00010000-\U0010ffff\u0080-\u02ff]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`ImportFailure` with a clear reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError:
                raise ImportFailure(f"{name}：文件开头标明是 {encoding} 编码，但内容无法按此编码读取，文件可能已损坏。")
    guessed = _utf16_without_bom(data)
    candidates = ([guessed] if guessed else []) + ["utf-8", "gb18030", "big5"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    raise ImportFailure(
        f"{name}：无法识别文件的文字编码（不是 UTF-8、GBK/GB18030 或 UTF-16），"
        "请在记事本或 WPS 中将其另存为 UTF-8 编码的文本后再导入。")


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
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        return False
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii:
        return True
    return len(_UNLIKELY.findall(text)) <= non_ascii * 0.02


def split_lines(text: str) -> list[str]:
    """Lines with any of CRLF, CR or LF (and the Unicode line separators)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n").split("\n")


def read_text(text: str, *, encoding: str = "", fmt: str = "txt") -> ImportedText:
    """Decoded plain text: one paragraph per non-empty line."""
    return assemble((Block(line) for line in split_lines(text)), fmt, encoding=encoding)
