"""Bytes in, plain text plus light structure hints out.

The format is told from the content (magic bytes, markup), the file name only
breaks ties, so a ``.txt`` that is really a Word file still imports.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from .base import MAX_PACKAGE_BYTES, MAX_TEXT_BYTES, ImportedText, ImportFailure, TooLarge
from .markdown import looks_like_markdown, read_markdown
from .text import decode, read_text

__all__ = ["ImportFailure", "ImportedText", "read_bytes", "read_path", "SUFFIXES"]

#: Suffixes offered in file dialogs; content decides the real format.
SUFFIXES = (".docx", ".txt", ".md", ".html", ".htm", ".pdf")

_MIN_HAN = 30  # fewer Han characters than this is not a report
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"II*\x00": "TIFF",
           b"MM\x00*": "TIFF", b"BM": "BMP"}


def read_path(path: str | os.PathLike[str]) -> ImportedText:
    """Read and convert one file; every failure is an :class:`ImportFailure`."""
    name = os.path.basename(os.fspath(path))
    try:
        size = os.path.getsize(path)
        if size > MAX_PACKAGE_BYTES:
            raise ImportFailure(f"{name}：文件有 {size / 2**20:.0f} MB，远大于一份工作报告，未导入；请确认选对了文件。")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ImportFailure(f"{name}：无法读取文件（{exc.strerror or exc}）。") from exc
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> ImportedText:
    """Convert a file's bytes; ``name`` is used for messages and tie-breaking."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFailure(f"{name}：文件是空的，没有可导入的内容。")
    try:
        result = _dispatch(data, name)
    except TooLarge as exc:
        raise ImportFailure(f"{name}：{exc.detail}") from exc
    if sum(1 for _, _ in zip(range(_MIN_HAN), _HAN.finditer(result.text))) < _MIN_HAN:
        raise ImportFailure(f"{name}：文件中几乎没有中文正文，不像一份工作报告，未导入。")
    return result


def _dispatch(data: bytes, name: str) -> ImportedText:
    suffix = os.path.splitext(name)[1].lower()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        from .docx import read_docx
        return read_docx(data, name)
    if data.startswith(_OLE):
        raise ImportFailure(_ole_message(data, name, suffix))
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        from .pdf import read_pdf
        return read_pdf(data, name)
    for magic, kind in _IMAGES.items():
        if data.startswith(magic):
            raise ImportFailure(f"{name}：这是 {kind} 图片，不是文字文件；请导入报告的 Word、文本或 PDF 文件。")
    if data.lstrip()[:5] == b"{\\rtf":
        raise ImportFailure(f"{name}：这是 RTF 格式；请在 Word 或 WPS 中另存为 .docx 后再导入。")
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFailure(f"{name}：文本文件有 {len(data) / 2**20:.0f} MB，远大于一份工作报告，未导入；请确认选对了文件。")
    text, encoding, warnings = decode(data, name)
    result = _read_decoded(text, encoding, suffix)
    return replace(result, warnings=result.warnings + warnings) if warnings else result


def _read_decoded(text: str, encoding: str, suffix: str) -> ImportedText:
    head = text[:4000].lstrip("\ufeff \r\n\t").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (suffix in (".html", ".htm") and "<" in head) \
            or re.search(r"<(?:body|div|p|table)[\s>]", head):
        from .html import read_html
        return read_html(text, encoding=encoding)
    if suffix == ".md" or looks_like_markdown(text):
        return read_markdown(text, encoding=encoding)
    return read_text(text, encoding=encoding)


def _ole_message(data: bytes, name: str, suffix: str) -> str:
    """Old binary Office files and encrypted .docx share the OLE container."""
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return f"{name}：文件设置了打开密码，无法读取；请在 Word 或 WPS 中取消密码后另存为 .docx 再导入。"
    if suffix == ".wps" or "WpsCustomData".encode("utf-16-le") in data:
        return f"{name}：这是 WPS 文字的旧格式（.wps）；请在 WPS 中“另存为” Word 文档（.docx）后再导入。"
    if suffix == ".doc" or "WordDocument".encode("utf-16-le") in data:
        return f"{name}：这是旧版 Word 文档（.doc）；请在 Word 或 WPS 中“另存为” .docx 格式后再导入。"
    return f"{name}：这是旧版 Office 二进制文件，无法读取；请另存为 .docx 后再导入。"
