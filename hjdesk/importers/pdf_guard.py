"""Bounds on what pdfminer may unpack and interpret for one PDF.

pdfminer trusts the file: a 77 KB PDF whose content stream inflates to 50 MB
is interpreted operator by operator for minutes, a stream can inflate to
gigabytes, a ToUnicode map can ask for four billion entries with six tokens,
and a few of its decoders are quadratic. None of that is a report.

:func:`budget` opens a per-thread account for one document; while it is
open, every decoded stream is bounded in size as it is inflated (never after),
and every unit of work (a token parsed, a map entry added, a glyph or path
drawn) is counted. Past a bound :class:`PdfTooLarge` is raised, which the
importer turns into one sentence. Outside :func:`budget` pdfminer behaves as
it always did.

The hooks are installed once, on the pdfminer classes and module names that
do the work (``install``); each keeps pdfminer's own behaviour within bounds.
"""

from __future__ import annotations

import re
import threading
import zlib
from contextlib import contextmanager
from types import SimpleNamespace

from pdfminer import cmapdb, pdfinterp, pdftypes, psparser

#: One decoded stream; a page's content stream is rarely above 1 MB.
MAX_STREAM_BYTES = 32 * 1024 * 1024
#: All streams decoded for one document (pdfminer keeps them in memory).
MAX_DECODED_BYTES = 256 * 1024 * 1024
#: Units of work for one document: a token parsed or a map entry added is
#: one, a glyph drawn two (each is a layout object of some 700 bytes), a path
#: or picture four. pdfminer does about 100,000 units a second here; the
#: seed report (13,400 characters drawn by Qt) takes about 113,000,
#: so this bound passes some 70,000 characters of PDF text and stops any
#: file within about 6 seconds and a few hundred MB.
MAX_WORK = 600_000
GLYPH, PATH = 2, 4
#: Input to the decoders written byte by byte in Python (run length, LZW
#: predictors, CCITT): larger inputs would take minutes.
MAX_SLOW_DECODER_INPUT = 4 * 1024 * 1024

_CHUNK = 16 * 1024  # zlib inflates at most ~1,030 times its input: 16 MB per step at worst


class PdfTooLarge(BaseException):
    """A bound was reached; ``kind`` is ``"stream"`` (unpacked size) or ``"work"``.

    A ``BaseException``, so that neither pdfminer's nor the importer's
    ``except Exception`` (kept for damaged pages) can swallow it."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


class _Account:
    __slots__ = ("decoded", "work")

    def __init__(self) -> None:
        self.decoded = 0
        self.work = 0


_local = threading.local()


@contextmanager
def budget():
    """Count and bound pdfminer's work on this thread until the block ends."""
    install()
    previous = getattr(_local, "account", None)
    _local.account = _Account()
    try:
        yield _local.account
    finally:
        _local.account = previous


def spend(units: int = 1) -> None:
    account = getattr(_local, "account", None)
    if account is not None:
        account.work += units
        if account.work > MAX_WORK:
            raise PdfTooLarge("work")


def _decoded(size: int) -> None:
    account = getattr(_local, "account", None)
    if account is not None:
        account.decoded += size
        if account.decoded > MAX_DECODED_BYTES:
            raise PdfTooLarge("stream")


def _active() -> bool:
    return getattr(_local, "account", None) is not None


# --------------------------------------------------------------------------- decoding

def _inflate(data: bytes, *, tolerant: bool) -> bytes:
    """``zlib.decompress`` (or, ``tolerant``, pdfminer's ``decompress_corrupted``)
    in steps, stopping as soon as the output passes :data:`MAX_STREAM_BYTES`."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    for at in range(0, len(data), _CHUNK):
        chunk = data[at:at + _CHUNK]
        try:
            saved = inflater.copy() if tolerant else None
            out = inflater.decompress(chunk)
        except zlib.error:
            if not tolerant:
                raise
            # as pdfminer does, byte by byte: data lost only in the last three bytes is forgiven
            inflater = saved
            for offset in range(len(chunk)):
                try:
                    out = inflater.decompress(chunk[offset:offset + 1])
                except zlib.error:
                    if at + offset < len(data) - 3:
                        raise
                    return b"".join(parts)
                size += len(out)
                if size > MAX_STREAM_BYTES:
                    raise PdfTooLarge("stream")
                parts.append(out)
            continue
        size += len(out)
        if size > MAX_STREAM_BYTES:
            raise PdfTooLarge("stream")
        parts.append(out)
        if inflater.eof:
            break
    if not inflater.eof and not tolerant:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return b"".join(parts)


def _bounded_zlib_decompress(data: bytes) -> bytes:
    if not _active():
        return zlib.decompress(data)
    return _inflate(data, tolerant=False)


def _bounded_decompress_corrupted(data: bytes) -> bytes:
    if not _active():
        return _original["decompress_corrupted"](data)
    return _inflate(data, tolerant=True)


def _bounded_lzwdecode(data: bytes) -> bytes:
    if not _active():
        return _original["lzwdecode"](data)
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    size = 0
    for piece in LZWDecoder(BytesIO(data)).run():
        size += len(piece)
        if size > MAX_STREAM_BYTES:
            raise PdfTooLarge("stream")
        parts.append(piece)
    return b"".join(parts)


def _slow(name: str):
    """A byte-by-byte decoder whose input is bounded while a budget is open."""
    original = _original[name]

    def bounded(*args):
        if _active() and len(args[-1] if name != "ccittfaxdecode" else args[0]) > MAX_SLOW_DECODER_INPUT:
            raise PdfTooLarge("stream")
        return original(*args)

    bounded.__name__ = name
    return bounded


def _counting_decode(self) -> None:
    _original["decode"](self)
    if _active():
        _decoded(len(self.data or b""))


# --------------------------------------------------------------------------- work

def _counting_nexttoken(self):
    spend()
    return _original["nexttoken"](self)


def _counting_cid2unichr(self, cid, code):
    spend()
    return _original["add_cid2unichr"](self, cid, code)


def _counting_code2cid(self, code, cid):
    spend()
    return _original["add_code2cid"](self, code, cid)


def _linear_inline_data(self, pos: int, target: bytes = b"EI") -> tuple[int, bytes]:
    """pdfminer's ``PDFContentParser.get_inline_data`` with its parts
    collected in a list: the same bytes, without ``data += c`` growing one
    string a byte at a time (quadratic on a long run of ``E``)."""
    self.seek(pos)
    i = 0
    parts: list[bytes] = []
    while i <= len(target):
        self.fillbuf()
        if i:
            ci = self.buf[self.charpos]
            c = bytes((ci,))
            parts.append(c)
            self.charpos += 1
            if (len(target) <= i and c.isspace()) or (i < len(target) and c == (bytes((target[i],)))):
                i += 1
            else:
                i = 0
        else:
            try:
                j = self.buf.index(target[0], self.charpos)
                parts.append(self.buf[self.charpos:j + 1])
                self.charpos = j + 1
                i = 1
            except ValueError:
                parts.append(self.buf[self.charpos:])
                self.charpos = len(self.buf)
        spend()
    data = b"".join(parts)
    data = data[:-(len(target) + 1)]
    data = re.sub(rb"(\x0d\x0a|[\x0d\x0a])$", b"", data)
    return pos, data


_original: dict[str, object] = {}
_lock = threading.Lock()


def install() -> None:
    """Put the bounded versions in place (once per process)."""
    with _lock:
        if _original:
            return
        _original.update(
            decompress_corrupted=pdftypes.decompress_corrupted, lzwdecode=pdftypes.lzwdecode,
            rldecode=pdftypes.rldecode, ccittfaxdecode=pdftypes.ccittfaxdecode,
            apply_png_predictor=pdftypes.apply_png_predictor, apply_tiff_predictor=pdftypes.apply_tiff_predictor,
            decode=pdftypes.PDFStream.decode, nexttoken=psparser.PSBaseParser.nexttoken,
            add_cid2unichr=cmapdb.FileUnicodeMap.add_cid2unichr, add_code2cid=cmapdb.CMap.add_code2cid)
        pdftypes.zlib = SimpleNamespace(decompress=_bounded_zlib_decompress, decompressobj=zlib.decompressobj,
                                        error=zlib.error)
        pdftypes.decompress_corrupted = _bounded_decompress_corrupted
        pdftypes.lzwdecode = _bounded_lzwdecode
        for name in ("rldecode", "ccittfaxdecode", "apply_png_predictor", "apply_tiff_predictor"):
            setattr(pdftypes, name, _slow(name))
        pdftypes.PDFStream.decode = _counting_decode
        psparser.PSBaseParser.nexttoken = _counting_nexttoken
        cmapdb.FileUnicodeMap.add_cid2unichr = _counting_cid2unichr
        cmapdb.CMap.add_code2cid = _counting_code2cid
        pdfinterp.PDFContentParser.get_inline_data = _linear_inline_data
