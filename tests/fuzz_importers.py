"""Fuzz the importers with bad input at scale.

    python3 -m tests.fuzz_importers --cases 10000 --format docx
    python3 -m tests.fuzz_importers --cases 2000 --format all --db-every 20
    python3 -m tests.fuzz_importers --replay pdf 1234      # one case, in process, with its traceback

Every case is generated from a fixed seed (format, case number, --seed), so a
failing number can be replayed. Each case runs in a forked worker: the
importer, then the structure and the extractor, as ``import_one`` does but
without a database; every ``--db-every``-th case also goes through the real
``hjdesk.jobs.import_one`` into a copy of a small SQLite library, and a
refused file must leave that library exactly as it was.

A case ends in one of: ``clean`` (imported, structured, extracted),
``refused`` (ImportFailure whose message is one Chinese sentence starting
with the file name), or a failure: ``traceback``, ``timeout`` (over
--time-limit seconds of processor time, so that a busy machine does not
count against the importer; or still running at three times the limit on
the clock, and killed), ``memory`` (MemoryError, or more than
--memory-limit MB above the worker's start), ``bad-message``, ``stderr``
(anything written to the terminal), ``partial-row`` (the library changed
after a refused file, or a clean import did not store its report).
The run prints a tally per format and the slowest case, and exits 1 when any
case failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import resource
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT / "seeds"
FORMATS = ("docx", "pdf", "md", "html", "txt")
BOMB_MB = (5, 50, 1024)
BOMB_UNITS = (b"0 0 m 1 1 l S\n", b" " * 64, b"q Q ", b"1 2 3 4 5 6 ", b"BT ET ")
FAILURES = ("traceback", "timeout", "memory", "bad-message", "stderr", "partial-row")

# --------------------------------------------------------------------------- seeds


def _paragraphs() -> list[str]:
    lines: list[str] = []
    for name in ("hongjiang_2025.txt", "hongjiang_2026_draft.txt"):
        lines += [line.strip() for line in (SEEDS / name).read_text(encoding="utf-8").split("\n") if line.strip()]
    return lines


class Seeds:
    """Valid files of every format to mutate, built once in the parent."""

    def __init__(self, pdf_cache: Path | None = None):
        from tests.importers import make_docx
        from tests.importers.test_html import gov_page

        self.paragraphs = _paragraphs()
        self.texts = [self._slice(n) for n in (12, 30, 60)]
        self.markdown = [self._markdown(n) for n in (12, 30)]
        self.markdown += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.md"))[:6]] if CORPUS.is_dir() else []
        self.html = [gov_page([(p, i % 7 == 0, 0) for i, p in enumerate(self.paragraphs[:n])], "2025年政府工作报告")
                     for n in (12, 30)]
        self.docx = [make_docx.feature_docx()[0], make_docx.plain_docx(self.paragraphs[:20]),
                     make_docx.plain_docx(self.paragraphs[:60])]
        self.docx += [p.read_bytes() for p in sorted(CORPUS.rglob("*.docx"))[:3]] if CORPUS.is_dir() else []
        self.pdf = _pdf_seeds(self.paragraphs, pdf_cache)
        self._bombs: dict[tuple[str, int, bytes], bytes] = {}

    def prepare(self, fmt: str) -> None:
        """Build the bombs once in the parent (a 1 GB one takes seconds to pack)."""
        if fmt == "docx":
            for size in BOMB_MB:
                self._bombs["docx", size, b""] = _streamed_zip_bomb(size * 2**20)
        elif fmt == "pdf":
            for size in BOMB_MB:
                for unit in BOMB_UNITS:
                    self._bombs["pdf", size, unit] = _inflating_pdf(size * 2**20, unit)

    def bomb(self, fmt: str, size: int, unit: bytes) -> bytes:
        key = (fmt, size, unit)
        if key not in self._bombs:  # --replay
            self._bombs[key] = _streamed_zip_bomb(size * 2**20) if fmt == "docx" else _inflating_pdf(size * 2**20, unit)
        return self._bombs[key]

    def _slice(self, n: int) -> str:
        return "\n".join(self.paragraphs[:n])

    def _markdown(self, n: int) -> str:
        out = ["---", "title: 2025年洪江区政府工作报告", "---", ""]
        for index, line in enumerate(self.paragraphs[:n]):
            if re.match(r"^[一二三四五六七八九十]+、", line):
                out.append("## " + line)
            elif index % 5 == 0:
                out.append(f"**{line[:8]}**{line[8:]}")
            else:
                out.append(line)
            out.append("")
        return "\n".join(out)


_PDF_MAKER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.importers import make_pdf
out = sys.argv[1]
lines = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
if not make_pdf.font_available():
    sys.exit(3)
open(os.path.join(out, "small.pdf"), "wb").write(make_pdf.make_pdf(lines[:10]))
open(os.path.join(out, "medium.pdf"), "wb").write(make_pdf.make_pdf(lines[:30], page_label="第 {page} 页"))
open(os.path.join(out, "full.pdf"), "wb").write(make_pdf.make_pdf(lines))
open(os.path.join(out, "scan.pdf"), "wb").write(make_pdf.make_image_pdf(2))
"""


def _pdf_seeds(paragraphs: list[str], cache: Path | None) -> list[bytes]:
    """Text PDFs drawn by Qt in a separate process (the workers never load Qt);
    without Qt or its font, simple PDFs written by hand."""
    from tests.importers import make_hostile

    folder = cache or Path(tempfile.gettempdir()) / "hjdesk-fuzz-pdf-seeds"
    names = ("small.pdf", "medium.pdf", "full.pdf", "scan.pdf")
    if not all((folder / name).exists() for name in names):
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-c", _PDF_MAKER, str(folder), str(SEEDS / "hongjiang_2025.txt")],
                              env=env, cwd=ROOT, capture_output=True, timeout=300)
        if done.returncode:
            print("fuzz: Qt could not draw seed PDFs; using hand-written ones", file=sys.stderr)
            text = b"BT /F1 12 Tf 72 700 Td (" + b"Work report " * 20 + b") Tj ET"
            return [make_hostile.raw_pdf(text), make_hostile.raw_pdf(text, flate=False)]
    return [(folder / name).read_bytes() for name in names]


# --------------------------------------------------------------------------- mutations

_TOKENS = [b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\r", b"\n" * 50, b"<", b">", b"&", b"<!--", b"]]>",
           b"**", b"*a ", b"[", b"](", b"#", b"\t" * 30, b"%PDF-", b"PK\x03\x04", b"stream", b"endobj", b"9" * 40,
           "洪江".encode("gb18030"), "洪江".encode("utf-8"), "洪江".encode("utf-16-le"), b"\x80", b"\xc3", b"\xe4\xb8"]


def mutate(rng: random.Random, data: bytes, rounds: int | None = None) -> tuple[bytes, str]:
    """Byte-level damage: flips, overwrites, inserts, deletions, repeats, cuts, tokens."""
    buf = bytearray(data)
    done = []
    for _ in range(rounds or rng.choice((1, 1, 2, 3, 5, 10))):
        kind = rng.choice(("flip", "byte", "insert", "delete", "repeat", "truncate", "token", "token", "swap"))
        at = rng.randrange(len(buf) + 1) if buf else 0
        if kind == "flip" and buf:
            at = min(at, len(buf) - 1)
            buf[at] ^= 1 << rng.randrange(8)
        elif kind == "byte" and buf:
            at = min(at, len(buf) - 1)
            buf[at] = rng.randrange(256)
        elif kind == "insert":
            buf[at:at] = rng.randbytes(rng.choice((1, 2, 8, 64)))
        elif kind == "delete":
            del buf[at:at + rng.choice((1, 4, 64, 1024))]
        elif kind == "repeat":
            piece = bytes(buf[at:at + rng.choice((1, 8, 64, 512))])
            buf[at:at] = piece * rng.choice((2, 10, 100, 1000))
        elif kind == "truncate":
            del buf[at:]
        elif kind == "token":
            buf[at:at] = rng.choice(_TOKENS) * rng.choice((1, 1, 3, 100))
        elif kind == "swap" and len(buf) > 2:
            other = rng.randrange(len(buf))
            a, b = sorted((at, other))
            buf[a:b] = buf[a:b][::-1] if b - a < 4096 else buf[a:b]
        done.append(kind)
        if len(buf) > 4 * 2**20:
            del buf[4 * 2**20:]
    return bytes(buf), "mutate:" + "+".join(done)


def _encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    encoding = rng.choice(("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5"))
    return text.encode(encoding, errors="replace"), encoding


def _stray(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    buf = bytearray(data)
    count = rng.choice((1, 1, 2, 5, 20, 200))
    for _ in range(count):
        buf.insert(rng.randrange(len(buf) + 1), rng.choice((0xFF, 0xFE, 0x80, 0xC3, 0x00, rng.randrange(256))))
    return bytes(buf), f"stray×{count}"


def _text_case(rng: random.Random, seeds: Seeds) -> tuple[str, bytes, str]:
    text = rng.choice(seeds.texts)
    kind = rng.randrange(10)
    if kind == 0:
        return "random.txt", rng.randbytes(rng.choice((16, 1024, 65536, 900_000))), "random bytes"
    if kind == 1:
        data, encoding = _encode(rng, text)
        data, how = _stray(rng, data)
        return "stray.txt", data, f"{encoding} {how}"
    if kind == 2:
        unit = rng.choice(("\n", "\r\n", " \n", "\u3000\n", "\r", "a\n", "洪江\n"))
        return "lines.txt", (text + unit * rng.choice((10**4, 10**5, 5 * 10**5))).encode("utf-8"), f"many lines {unit!r}"
    if kind == 3:
        piece = rng.choice(("洪江区", "a", "增长5%", "1234567890", "增长5%—", "、农业"))
        return "long.txt", (text + "\n" + piece * (rng.choice((10**4, 10**5, 3 * 10**5)) // len(piece))).encode("utf-8"), \
            f"long line of {piece!r}"
    if kind == 4:
        data, encoding = _encode(rng, text)
        garbage = rng.randbytes(rng.choice((100, 5000)))
        at = rng.randrange(len(data))
        return "mixed.txt", data[:at] + garbage + data[at:], f"{encoding} + random block"
    if kind == 5:
        half = len(text) // 2
        return "two-encodings.txt", text[:half].encode("utf-8") + text[half:].encode("gb18030"), "utf-8 then gb18030"
    data, encoding = _encode(rng, text)
    data, how = mutate(rng, data)
    return "report.txt", data, f"{encoding} {how}"


def _markdown_case(rng: random.Random, seeds: Seeds) -> tuple[str, bytes, str]:
    from tests.importers import make_hostile

    kind = rng.randrange(8)
    if kind < 2:
        name, text = rng.choice(sorted(make_hostile.markdown_pathologies(rng.choice((20_000, 80_000, 300_000))).items()))
        return "patho.md", text.encode("utf-8"), f"pathological {name}"
    text = rng.choice(seeds.markdown)
    if kind < 5:
        pieces = ["**", "*", "__", "_", "[", "](", ")", "![", "<!--", "-->", "#", "> ", "- ", "---\n", "\\", "`",
                  "\n", "title: ", "\n\n", "***"]
        chars = list(text)
        for _ in range(rng.choice((5, 50, 500, 5000))):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(pieces) * rng.choice((1, 1, 2, 50)))
        return "soup.md", "".join(chars).encode("utf-8"), "markup soup"
    data, encoding = _encode(rng, text)
    data, how = mutate(rng, data)
    return "report.md", data, f"{encoding} {how}"


def _html_case(rng: random.Random, seeds: Seeds) -> tuple[str, bytes, str]:
    from tests.importers import make_hostile

    kind = rng.randrange(8)
    if kind < 2:
        name, text = rng.choice(sorted(make_hostile.html_pathologies(rng.choice((50_000, 250_000, 900_000))).items()))
        return "patho.html", text.encode("utf-8"), f"pathological {name}"
    page = rng.choice(seeds.html)
    if kind < 5:
        tags = ["<div>", "</div>", "<p>", "</p>", "<br>", "<table><tr><td>", "</td></tr></table>", "<b>", "</b>",
                '<div class="nav">', "<script>", "</script>", "<!--", "-->", "<h1>", "&nbsp;", "&#x0;", "&#99999999;",
                '<p style="display:none">', "<![CDATA[", "<?xml ?>", "<title>", "<meta name=ArticleTitle content='x'>"]
        chars = list(page)
        for _ in range(rng.choice((5, 50, 500, 5000))):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(tags) * rng.choice((1, 1, 2, 100)))
        return "soup.html", "".join(chars).encode("utf-8"), "tag soup"
    data, encoding = _encode(rng, page)
    data, how = mutate(rng, data)
    return "report.html", data, f"{encoding} {how}"


def _zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _streamed_zip_bomb(size: int, part: str = "word/document.xml") -> bytes:
    """A package whose part unpacks to ``size`` bytes, written without holding them."""
    from tests.importers import make_docx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", make_docx.CONTENT_TYPES)
        archive.writestr("_rels/.rels", make_docx.PACKAGE_RELS)
        with archive.open(part, "w", force_zip64=True) as stream:
            head = f'<w:document {make_docx.NAMESPACES}><w:body><w:p><w:r><w:t>'.encode()
            stream.write(head)
            block = b"<w:p/>" * 10000
            for _ in range(size // len(block)):
                stream.write(block)
    return buffer.getvalue()


def _docx_case(rng: random.Random, seeds: Seeds) -> tuple[str, bytes, str]:
    from tests.importers import make_hostile

    kind = rng.randrange(12)
    seed = rng.choice(seeds.docx)
    if kind == 0:
        size = rng.choice(BOMB_MB)
        return "bomb.docx", seeds.bomb("docx", size, b""), f"zip bomb of {size} MB"
    if kind == 1:
        start = rng.choice(("2000000000", "2e9", "-5", "9" * 400, "1" + "0" * 30, "32768", "0x10"))
        fmt = rng.choice(("lowerLetter", "upperLetter", "decimalZero", "lowerRoman", "chineseCounting", "decimal"))
        return "numbering.docx", make_hostile.docx_numbering_from(start, fmt, rng.choice((3, 300, 3000))), \
            f"numbering start {start[:12]} {fmt}"
    if kind == 2:
        return "laughs.docx", make_hostile.docx_billion_laughs(), "entity expansion"
    if kind == 3:
        cut = rng.randrange(len(seed))
        return "cut.docx", seed[:cut], f"truncated at {cut}/{len(seed)}"
    if kind in (4, 5, 6):
        parts = _zip_parts(seed)
        target = rng.choice([n for n in parts if n.endswith(".xml") or n.endswith(".rels")])
        xml = parts[target]
        how = rng.randrange(4)
        if how == 0:
            xml, desc = mutate(rng, xml)
        elif how == 1:  # repeat an element many times
            found = list(re.finditer(rb"<w:(p|r|tbl|tr|tc|lvl|num|style)\b.*?</w:\1>", xml, re.S))
            if found:
                piece = rng.choice(found).group(0)
                xml = xml.replace(piece, piece * rng.choice((10, 1000, 20000)), 1)
            desc = "repeat element"
        elif how == 2:  # deep nesting
            depth = rng.choice((100, 300, 5000))
            xml = xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * depth, 1)
            desc = f"nesting {depth}"
        else:  # attribute values from the edges
            value = rng.choice((b"-1", b"99999999999999999999", b"1e400", b"NaN", b"\xe4\xb8", b"", b"9" * 5000))
            xml = re.sub(rb'w:val="[^"]*"', lambda m: b'w:val="' + value + b'"' if rng.random() < 0.3 else m.group(0), xml)
            desc = f"attribute values {value[:10]!r}"
        parts[target] = xml
        return "xml.docx", _zip(parts), f"{target}: {desc}"
    if kind == 7:
        parts = _zip_parts(seed)
        if rng.random() < 0.5:
            parts.pop(rng.choice(sorted(parts)))
        else:
            parts[rng.choice(sorted(parts))] = rng.randbytes(rng.choice((0, 10, 5000)))
        return "parts.docx", _zip(parts, rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))), "parts removed or replaced"
    data, how = mutate(rng, seed)
    return "report.docx", data, how


def _inflating_pdf(size: int, unit: bytes) -> bytes:
    """make_hostile.pdf_inflating_to without holding the inflated bytes."""
    from tests.importers import make_hostile

    packer = zlib.compressobj(9)
    block = unit * max(1, 2**20 // len(unit))
    stream = b"".join(packer.compress(block) for _ in range(max(1, size // len(block)))) + packer.flush()
    return make_hostile.raw_pdf(stream, flate=False, filters=b"/Filter /FlateDecode ")


def _pdf_case(rng: random.Random, seeds: Seeds) -> tuple[str, bytes, str]:
    from tests.importers import make_hostile

    kind = rng.randrange(12)
    if kind == 0:
        size, unit = rng.choice(BOMB_MB), rng.choice(BOMB_UNITS)
        return "bomb.pdf", seeds.bomb("pdf", size, unit), f"stream inflating to {size} MB of {unit[:8]!r}"
    if kind == 1:
        chars = rng.choice((10_000, 300_000, 3_000_000))
        return "string.pdf", make_hostile.pdf_with_long_string(chars), f"one Tj of {chars} glyphs"
    if kind == 2:
        return "cmap.pdf", make_hostile.pdf_with_huge_cmap_range(), "four-billion-entry ToUnicode range"
    if kind == 3:
        size = rng.choice((10_000, 1_000_000))
        return "inline.pdf", make_hostile.pdf_inline_image_of_e(size), f"inline image of {size} E"
    if kind == 4:
        ops = [b"q", b"Q", b"BT", b"ET", b"0 0 m", b"1 1 l", b"S", b"/F1 12 Tf", b"(a) Tj", b"[(a) 10 (b)] TJ",
               b"1 0 0 1 5 5 cm", b"72 700 Td", b"/Im1 Do", b"BI /W 1 ID x EI", b"<4e2d> Tj", b"T*", b"-1 Tz"]
        content = b" ".join(rng.choice(ops) for _ in range(rng.choice((100, 10_000, 200_000))))
        return "ops.pdf", make_hostile.raw_pdf(content), "operator soup"
    if kind == 5:
        seed = rng.choice(seeds.pdf)
        cut = rng.randrange(len(seed))
        return "cut.pdf", seed[:cut], f"truncated at {cut}/{len(seed)}"
    seed = rng.choice(seeds.pdf[:2] * 4 + seeds.pdf)
    data, how = mutate(rng, seed)
    return "report.pdf", data, how


MAKERS = {"txt": _text_case, "md": _markdown_case, "html": _html_case, "docx": _docx_case, "pdf": _pdf_case}


def make_case(fmt: str, number: int, seed: int, seeds: Seeds) -> tuple[str, bytes, str]:
    rng = random.Random(f"{fmt}:{seed}:{number}")
    name, data, label = MAKERS[fmt](rng, seeds)
    return f"{number:05d}-{name}", data, label


# --------------------------------------------------------------------------- one case

_SENTENCE = re.compile(r"[\u4e00-\u9fff]{4}")


def run_pipeline(name: str, data: bytes) -> dict:
    """Importer, structure, extractor, as import_one does; what came of it."""
    from hjdesk.core.indicators import extract_indicators
    from hjdesk.core.parse import parse_report
    from hjdesk.importers import ImportFailure, read_bytes

    try:
        imported = read_bytes(data, name)
    except ImportFailure as exc:
        message = str(exc)
        ok = message.startswith(name + "：") and "\n" not in message and bool(_SENTENCE.search(message)) \
            and message.endswith("。")
        return {"outcome": "refused" if ok else "bad-message", "message": message}
    for warning in imported.warnings:
        if not _SENTENCE.search(warning) or "\n" in warning:
            return {"outcome": "bad-message", "message": f"warning: {warning}"}
    parsed = parse_report(imported.text, imported.paragraphs, fmt=imported.format, encoding=imported.encoding,
                          title_hint=imported.title_hint)
    found = extract_indicators(parsed)
    return {"outcome": "clean", "chars": len(imported.text), "indicators": len(found),
            "warnings": list(imported.warnings)[:2]}


def _library_digest(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def run_through_library(name: str, data: bytes, template: Path, scratch: Path) -> dict:
    """The real import_one into a copy of a small library."""
    from hjdesk.jobs import import_one
    from hjdesk.store.db import open_engine

    library = scratch / "library.sqlite3"
    shutil.copyfile(template, library)
    before = _library_digest(library)
    source = scratch / name
    source.write_bytes(data)
    engine = open_engine(f"sqlite:///{library}")
    try:
        outcome = import_one(engine, source)
    finally:
        engine.dispose()
    after = _library_digest(library)
    if outcome.error:
        if "内部错误" in outcome.error:
            return {"outcome": "traceback", "message": outcome.error}
        return {"outcome": "refused" if before == after else "partial-row", "message": outcome.error}
    if outcome.report_id is None or (outcome.created and before == after):
        return {"outcome": "partial-row", "message": f"clean import stored nothing: {outcome}"}
    return {"outcome": "clean", "indicators": outcome.indicators}


def _child(fmt: str, number: int, seed: int, seeds: Seeds, writer: int, memory_mb: int, db_template: Path | None,
           scratch: Path) -> None:
    """In the forked worker: generate, then run under a memory ceiling; never returns."""
    result: dict
    try:
        name, data, label = make_case(fmt, number, seed, seeds)
        result = {"name": name, "size": len(data), "label": label}
        err = os.open(scratch / "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(err, 2)
        start_rss = _rss_mb()
        soft = (_vm_mb() + 2 * memory_mb) * 2**20  # a ceiling that protects the machine; the bar is checked below
        resource.setrlimit(resource.RLIMIT_AS, (soft, soft))
        began, cpu = time.perf_counter(), time.process_time()
        try:
            if db_template is not None:
                result.update(run_through_library(name, data, db_template, scratch))
                result["db"] = True
            else:
                result.update(run_pipeline(name, data))
        except MemoryError:
            result.update(outcome="memory", message="MemoryError")
        except BaseException as exc:  # noqa: BLE001 - the point is to see every one
            result.update(outcome="traceback", message="".join(traceback.format_exception(exc))[-1500:])
        result["seconds"] = time.perf_counter() - began
        result["cpu"] = time.process_time() - cpu
        result["start_rss"] = start_rss
        sys.stderr.flush()
        if os.path.getsize(scratch / "stderr"):
            result["stderr"] = (scratch / "stderr").read_text(errors="replace")[:500]
    except BaseException as exc:  # noqa: BLE001
        result = {"outcome": "traceback", "message": "generator: " + repr(exc)[:500], "seconds": 0.0}
    os.write(writer, json.dumps(result, ensure_ascii=False).encode())
    os._exit(0)


def _rss_mb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20


def _vm_mb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE") // 2**20


class _Running:
    """One forked worker and what it has written so far."""

    def __init__(self, fmt: str, number: int, seed: int, seeds: Seeds, *, time_limit: float, memory_mb: int,
                 db_template: Path | None):
        self.number, self.time_limit, self.memory_mb = number, time_limit, memory_mb
        self.through_db = db_template is not None
        self.scratch = Path(tempfile.mkdtemp(prefix="hjdesk-fuzz-"))
        self.reader, writer = os.pipe()
        self.began = time.monotonic()
        # generation and the library copy get room; the import's own time is checked on the result
        self.deadline = self.began + time_limit * 3 + 30
        self.chunks: list[bytes] = []
        self.pid = os.fork()
        if self.pid == 0:
            os.close(self.reader)
            _child(fmt, number, seed, seeds, writer, memory_mb, db_template, self.scratch)
        os.close(writer)

    def read(self) -> bool:
        """Take what is ready; True once the worker has closed its end."""
        chunk = os.read(self.reader, 65536)
        self.chunks.append(chunk)
        return not chunk

    def finish(self, killed: bool = False) -> dict:
        if killed:
            os.kill(self.pid, signal.SIGKILL)
        _, status, usage = os.wait4(self.pid, 0)
        os.close(self.reader)
        shutil.rmtree(self.scratch, ignore_errors=True)
        try:
            result = json.loads(b"".join(self.chunks)) if any(self.chunks) else {}
        except ValueError:
            result = {}
        result.setdefault("name", f"{self.number:05d}")
        result["number"] = self.number
        result["through_db"] = self.through_db
        result["peak_mb"] = usage.ru_maxrss // 1024
        if killed:
            result.update(outcome="timeout", message="killed by the wall-clock limit",
                          seconds=time.monotonic() - self.began)
        elif "outcome" not in result:
            result.update(outcome="memory" if status and os.WIFSIGNALED(status) else "traceback",
                          message=f"worker died (status {status})", seconds=time.monotonic() - self.began)
        fine = result["outcome"] in ("clean", "refused")
        if fine and result.get("cpu", 0) > self.time_limit:
            result.update(outcome="timeout", message=f"took {result['cpu']:.1f} s of processor time")
        elif fine and result["peak_mb"] - result.get("start_rss", 0) > self.memory_mb:
            result.update(outcome="memory", message=f"peak {result['peak_mb']} MB")
        elif fine and result.get("stderr"):
            result.update(outcome="stderr", message=result["stderr"])
        return result


def run_cases(fmt: str, numbers: range, seed: int, seeds: Seeds, *, jobs: int, time_limit: float, memory_mb: int,
              db_template: Path | None, db_every: int):
    """Yield the result of every case, running up to ``jobs`` workers at once."""
    pending = iter(numbers)
    running: dict[int, _Running] = {}
    while True:
        while len(running) < jobs:
            number = next(pending, None)
            if number is None:
                break
            through_db = db_template is not None and number % db_every == 0
            worker = _Running(fmt, number, seed, seeds, time_limit=time_limit, memory_mb=memory_mb,
                              db_template=db_template if through_db else None)
            running[worker.reader] = worker
        if not running:
            return
        wait = max(0.0, min(w.deadline for w in running.values()) - time.monotonic())
        ready, _, _ = select.select(list(running), [], [], wait)
        for reader in ready:
            if running[reader].read():
                yield running.pop(reader).finish()
        now = time.monotonic()
        for reader in [r for r, w in running.items() if w.deadline <= now]:
            yield running.pop(reader).finish(killed=True)


# --------------------------------------------------------------------------- driver

def _library_template(folder: Path) -> Path:
    """A library holding the seed report, so that 'unchanged' is not trivially true."""
    from hjdesk.jobs import import_one
    from hjdesk.store.db import open_engine

    path = folder / "template.sqlite3"
    engine = open_engine(f"sqlite:///{path}")
    outcome = import_one(engine, SEEDS / "hongjiang_2025.txt")
    engine.dispose()
    assert not outcome.error, outcome.error
    return path


def _warm_up(seeds: Seeds) -> None:
    """Load everything lazily loaded (the word tagger, pdfminer's tables) before forking."""
    from hjdesk.importers import read_bytes

    run_pipeline("warm.txt", seeds.texts[-1].encode("utf-8"))
    for data, name in ((seeds.docx[0], "warm.docx"), (seeds.pdf[0], "warm.pdf"), (seeds.html[0].encode(), "warm.html")):
        try:
            read_bytes(data, name)
        except Exception:  # noqa: BLE001
            pass


def fuzz(formats: list[str], cases: int, seed: int, *, time_limit: float, memory_mb: int, db_every: int,
         start: int = 0, jobs: int = 1, verbose: bool = False) -> int:
    seeds = Seeds()
    _warm_up(seeds)
    folder = Path(tempfile.mkdtemp(prefix="hjdesk-fuzz-lib-"))
    template = _library_template(folder) if db_every else None
    failed = 0
    try:
        for fmt in formats:
            seeds.prepare(fmt)
            tally = {key: 0 for key in ("clean", "refused", *FAILURES)}
            db_tally = {"clean": 0, "refused": 0, "failed": 0}
            slowest: dict | None = None
            began = time.monotonic()
            done = 0
            for result in run_cases(fmt, range(start, start + cases), seed, seeds, jobs=jobs, time_limit=time_limit,
                                    memory_mb=memory_mb, db_template=template, db_every=db_every):
                done += 1
                number = result["number"]
                tally[result["outcome"]] += 1
                if result["through_db"]:
                    db_tally[result["outcome"] if result["outcome"] in ("clean", "refused") else "failed"] += 1
                if slowest is None or result.get("cpu", 0) > slowest.get("cpu", 0):
                    slowest = result
                if result["outcome"] in FAILURES:
                    failed += 1
                    print(f"FAIL {fmt} #{number} {result['outcome']}: {result.get('label', '')} "
                          f"({result.get('size', '?')} bytes)\n    {str(result.get('message', ''))[-600:]}", flush=True)
                elif verbose:
                    print(f"{fmt} #{number} {result['outcome']} {result.get('seconds', 0):.2f}s "
                          f"{result.get('label', '')} {str(result.get('message', ''))[:80]}", flush=True)
                if done % 1000 == 0:
                    print(f"  {fmt}: {done}/{cases} "
                          + " ".join(f"{k}={v}" for k, v in tally.items() if v), flush=True)
            elapsed = time.monotonic() - began
            print(f"{fmt}: {cases} cases in {elapsed:.0f} s: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
            if db_every:
                print(f"{fmt}: through import_one into a library: " + ", ".join(f"{k} {v}" for k, v in db_tally.items()))
            if slowest:
                print(f"{fmt}: slowest #{slowest['number']} {slowest.get('cpu', 0):.2f} s of processor time "
                      f"({slowest.get('seconds', 0):.2f} s on the clock), "
                      f"{slowest.get('outcome')}, {slowest.get('label', '')} ({slowest.get('size', '?')} bytes), "
                      f"peak {slowest.get('peak_mb', '?')} MB", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


def replay(fmt: str, number: int, seed: int, save: Path | None) -> None:
    seeds = Seeds()
    name, data, label = make_case(fmt, number, seed, seeds)
    print(f"{name}: {label}, {len(data)} bytes")
    if save:
        (save / name).write_bytes(data)
        print(f"written to {save / name}")
    began = time.perf_counter()
    print(run_pipeline(name, data), f"{time.perf_counter() - began:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tests.fuzz_importers", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="cases per format (default 1000)")
    parser.add_argument("--format", default="all", help="docx, pdf, md, html, txt or all (default)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first case number")
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds per case (default 10)")
    parser.add_argument("--memory-limit", type=int, default=1024, help="MB per case (default 1024)")
    parser.add_argument("--db-every", type=int, default=50, help="every Nth case through import_one (0: none)")
    parser.add_argument("--replay", nargs=2, metavar=("FORMAT", "NUMBER"))
    parser.add_argument("--save", type=Path, help="with --replay: write the case's bytes into this folder")
    parser.add_argument("--jobs", type=int, default=1, help="workers at once (default 1)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.replay:
        replay(args.replay[0], int(args.replay[1]), args.seed, args.save)
        return 0
    formats = list(FORMATS) if args.format == "all" else args.format.split(",")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        parser.error(f"unknown format {unknown[0]}; choose from {', '.join(FORMATS)} or all")
    return fuzz(formats, args.cases, args.seed, time_limit=args.time_limit, memory_mb=args.memory_limit,
                db_every=args.db_every, start=args.start, jobs=args.jobs, verbose=args.verbose)


if __name__ == "__main__":
    sys.exit(main())
