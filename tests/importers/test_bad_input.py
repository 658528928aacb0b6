"""Bad input at scale: every importer and the extractor, on generated input,
end in a clean import or one clear sentence naming the file, never another
exception; the bounds on work refuse what no report is; a few stray bytes
decode with a warning that says where. The long run with timing and memory
limits is ``python3 -m tests.fuzz_importers`` (see its docstring)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hjdesk.core.indicators import _SectionFinder, _walk_back, extract_indicators
from hjdesk.core.model import Section
from hjdesk.core.parse import parse_report
from hjdesk.importers import ImportedText, ImportFailure, base, pdf_guard, read_bytes
from hjdesk.importers.docx_numbering import format_number, start_value
from hjdesk.importers.html import read_html
from hjdesk.importers.markdown import (_HEADING, _front_matter_title, _without_comments, _without_emphasis,
                                       _without_links, read_markdown)

from ..conftest import SEED, import_failure
from . import make_docx, make_hostile

SOME = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.data_too_large])
SEED_LINES = [line for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
SEED_DOCX = make_docx.plain_docx(SEED_LINES[:12])
FEATURE_DOCX = make_docx.feature_docx()[0]
SEED_PDF = make_hostile.raw_pdf(b"BT /F1 12 Tf 72 700 Td (Government work report 2025) Tj 0 -14 Td "
                                b"[(Growth) -250 (5.5%)] TJ ET 0 0 m 100 100 l S")
SENTENCE = re.compile(r"[\u4e00-\u9fff]{4}")


def outcome(data: bytes, name: str) -> ImportedText | str:
    """The import's result, or its refusal, checked against the promises."""
    try:
        result = read_bytes(data, name)
    except ImportFailure as exc:
        message = str(exc)
        assert message.startswith(name + "：") and message.endswith("。"), message
        assert "\n" not in message and SENTENCE.search(message), message
        return message
    assert "\r" not in result.text and len(result.text) <= base.MAX_TEXT_CHARS
    position = 0
    for hint in result.paragraphs:
        assert position <= hint.start < hint.end <= len(result.text)
        assert result.text[hint.start:hint.end].strip(base.EDGE_SPACE) == result.text[hint.start:hint.end]
        position = hint.end + 1
    for warning in result.warnings:
        assert SENTENCE.search(warning) and "\n" not in warning
    return result


def _damage(data: bytes, edits: list[tuple[int, int, bytes]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for where, length, replacement in edits:
        at = where % (len(buf) + 1)
        buf[at:at + length] = replacement
    return bytes(buf[:cut] if cut is not None else buf)


EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 64), st.binary(max_size=16)), max_size=6)
CUTS = st.none() | st.integers(0, 10**6)


# --------------------------------------------------------------------------- every importer on damaged files

@SOME
@given(EDITS, CUTS)
def test_damaged_docx_is_imported_or_refused_in_one_sentence(edits, cut):
    outcome(_damage(SEED_DOCX, edits, cut), "损坏.docx")


@SOME
@given(st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml", "_rels/.rels"]), EDITS)
def test_damaged_xml_inside_an_intact_package(part, edits):
    with zipfile.ZipFile(io.BytesIO(FEATURE_DOCX)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = _damage(parts[part], edits, None)
    outcome(make_docx.package(parts["word/document.xml"].decode("utf-8", "replace"), extra=parts), "部件.docx")


@SOME
@given(EDITS, CUTS)
def test_damaged_pdf_is_imported_or_refused_in_one_sentence(edits, cut):
    outcome(_damage(SEED_PDF, edits, cut), "损坏.pdf")


@SOME
@given(st.binary(max_size=4096), st.sampled_from([".txt", ".md", ".html", ".htm", ".docx", ".pdf", ""]))
def test_random_bytes_under_any_name(data, suffix):
    outcome(data, "随机" + suffix)


@SOME
@given(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5"]),
       EDITS, CUTS, st.sampled_from([".txt", ".md", ".html"]))
def test_damaged_text_in_every_encoding(encoding, edits, cut, suffix):
    data = "\n".join(SEED_LINES[:15]).encode(encoding, errors="replace")
    outcome(_damage(data, edits, cut), "文本" + suffix)


MARKUP = st.lists(st.sampled_from(["**", "*", "__", "_", "[", "](", ")", "![", "<!--", "-->", "#", "> ", "- ",
                                   "---", "\\", "\n", " ", "\t", "title: ", "洪江", "增长5%", "a", "。"]), max_size=300)


@SOME
@given(MARKUP)
def test_markdown_soup_reads(pieces):
    text = "".join(pieces)
    result = read_markdown(text)
    assert "\r" not in result.text and all(h.end <= len(result.text) for h in result.paragraphs)


TAGS = st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<table>", "<tr>", "<td>", "</td>",
                                 "<b>", "</b>", "<!--", "-->", "<script>", '<div class="nav">', "&nbsp;", "&#0;",
                                 "<h2>", "洪江区", "增长5%", " ", "\n", "<title>", "<a href=x>"]), max_size=300)


@SOME
@given(TAGS)
def test_tag_soup_reads(pieces):
    result = read_html("".join(pieces))
    assert all(h.end <= len(result.text) for h in result.paragraphs)


# --------------------------------------------------------------------------- the linear Markdown scans

LINE = st.text(alphabet="*_[]()!#' \"\t-a中", max_size=40)


@SOME
@given(LINE)
def test_linear_scans_match_the_old_expressions(line):
    """The scans that replaced the quadratic expressions find exactly what they found."""
    assert _without_emphasis(line) == re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
    assert _without_links(line) == re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    old = re.match(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$", line)
    new = _HEADING.match(line)
    assert bool(old) == bool(new)
    if old:
        assert old.group(2) == line[new.end():].rstrip(" \t#")
    front = "source: x\ntitle:" + line
    old_title = re.search(r"^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$", front, re.M)
    assert _front_matter_title(front) == old_title.group(1)


@SOME
@given(st.text(alphabet="<!-> a\n中", max_size=60))
def test_comment_removal_matches_the_old_expression(text):
    assert _without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.S)


@pytest.mark.parametrize("name", sorted(make_hostile.markdown_pathologies()))
def test_markdown_that_was_quadratic_reads(name):
    result = read_markdown(make_hostile.markdown_pathologies(80_000)[name])
    assert result.text.startswith("2025年政府工作报告")


# --------------------------------------------------------------------------- the extractor

REPORTISH = st.lists(st.sampled_from([
    "一、2024年工作回顾", "二、2025年工作安排", "（一）", "1.", "地区生产总值", "增长", "5.5%", "左右", "亿元", "万人",
    "1234567890", "—", "、", "，", "。", "；", "\n", "（预计数，下同）", "力争", "达到", "以上", "超过", "3—5年",
    "农业", "的", "个", "项目", "翻一番", "持平", "第", "十四五", "20", "%", "万", "千", "(", ")", "“", "”"]),
    max_size=400)


@SOME
@given(REPORTISH)
def test_extractor_on_report_like_text_keeps_every_span(pieces):
    imported = read_bytes(("洪江区政府工作报告正文内容说明" * 3 + "\n" + "".join(pieces)).encode("utf-8"), "报告.txt")
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format)
    for indicator in extract_indicators(report):
        assert 0 <= indicator.char_start < indicator.char_end <= len(report.text)
        assert indicator.quote == report.text[indicator.char_start:indicator.char_end]


SECTIONS = st.lists(st.tuples(st.integers(0, 200), st.integers(-3, 80), st.integers(1, 4)), min_size=1, max_size=120)


@SOME
@given(SECTIONS, st.lists(st.integers(-2, 290), min_size=1, max_size=30))
def test_section_finder_answers_as_the_walk_back(spans, offsets):
    from bisect import bisect_right

    leaves = sorted((Section(n, None, level, "section", "review", "", start, start + length)
                     for n, (start, length, level) in enumerate(spans, 1)), key=lambda s: (s.char_start, s.level))
    starts = [s.char_start for s in leaves]
    finder = _SectionFinder(leaves)
    for offset in offsets:
        index = bisect_right(starts, offset) - 1
        assert finder.find(index, offset) is _walk_back(leaves, index, offset)


def test_extractor_output_on_the_seed_is_unchanged_by_the_section_finder(monkeypatch):
    from hjdesk.core import indicators

    imported = read_bytes(SEED.read_bytes(), SEED.name)
    report = parse_report(imported.text, imported.paragraphs)
    monkeypatch.setattr(indicators, "_MANY_SECTIONS", 10**9)
    walked = extract_indicators(report)
    monkeypatch.setattr(indicators, "_MANY_SECTIONS", 0)
    assert extract_indicators(report) == walked


# --------------------------------------------------------------------------- bounds that were missing

@SOME
@given(st.one_of(st.integers(-10**40, 10**40).map(str), st.sampled_from(["2e9", "1e400", "NaN", "", "0x10", "9" * 5000])),
       st.sampled_from(["lowerLetter", "upperLetter", "decimalZero", "lowerRoman", "chineseCounting",
                        "decimalFullWidth", "decimalEnclosedCircle", "ideographTraditional", "decimal"]))
def test_list_numbers_stay_short_from_any_start(start, fmt):
    assert 0 <= start_value(start) <= 32767
    assert len(format_number(start_value(start) + 5000, fmt)) <= 40


def test_two_billion_in_letters_imports_with_short_labels():
    result = read_bytes(make_hostile.docx_numbering_from("2000000000", "lowerLetter"), "字母编号.docx")
    assert len(result.text) < 2000
    assert all(len(line.split("、")[0]) <= 30 for line in result.text.split("\n"))


def test_docx_cut_before_its_central_directory():
    assert "损坏或不完整" in import_failure(make_hostile.docx_cut_before_central_directory(), "截断.docx")


def test_entity_expansion_is_refused():
    assert "DOCTYPE" in import_failure(make_hostile.docx_billion_laughs(), "实体.docx")


def test_docx_with_too_many_paragraphs(monkeypatch):
    from hjdesk.importers import docx

    monkeypatch.setattr(docx, "MAX_ELEMENTS", 50)
    assert "个段落和表格行" in import_failure(make_docx.plain_docx(["洪江区政府工作报告正文" * 3] * 60), "段落.docx")


def test_pdf_stream_inflating_past_the_bound_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_guard, "MAX_STREAM_BYTES", 2 * 2**20)
    message = import_failure(make_hostile.pdf_inflating_to(3 * 2**20, b" " * 64), "炸弹.pdf")
    assert "解压后异常巨大" in message


@pytest.mark.parametrize("make", [
    lambda: make_hostile.pdf_inflating_to(2 * 2**20, b"q Q "),
    lambda: make_hostile.pdf_with_long_string(100_000),
    make_hostile.pdf_with_huge_cmap_range,
    lambda: make_hostile.pdf_inline_image_of_e(200_000),
], ids=["operators", "glyphs", "cmap-range", "inline-image"])
def test_pdf_work_past_the_budget_is_refused(monkeypatch, make):
    monkeypatch.setattr(pdf_guard, "MAX_WORK", 20_000)
    assert "过于庞杂" in import_failure(make(), "繁杂.pdf")


def test_pdf_budget_is_closed_after_a_refusal(monkeypatch):
    monkeypatch.setattr(pdf_guard, "MAX_WORK", 20_000)
    import_failure(make_hostile.pdf_with_long_string(100_000), "繁杂.pdf")
    assert getattr(pdf_guard._local, "account", None) is None


def test_pdfminer_warnings_do_not_reach_the_terminal():
    """In a process of its own: under pytest the root logger has handlers, so
    the last-resort handler that printed pdfminer's warnings is never used."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = (
        "import logging\n"
        "from hjdesk.importers import ImportFailure, read_bytes\n"
        "from tests.importers.test_bad_input import SEED_PDF\n"
        "data = bytearray(SEED_PDF)\n"
        "end = data.find(b'\\nendstream')\n"
        "data[end - 2:end] = b'\\x00\\x00'\n"
        "try:\n    read_bytes(bytes(data), 'x.pdf')\nexcept ImportFailure:\n    pass\n"
        "logging.getLogger('pdfminer.pdftypes').warning('Data-loss while decompressing corrupted data')\n"
        "print('done')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=root,
                          env=dict(os.environ, PYTHONPATH=str(root)))
    assert done.stdout.strip() == "done" and done.stderr == "", done.stderr


def test_text_past_the_character_bound(monkeypatch):
    monkeypatch.setattr(base, "MAX_TEXT_CHARS", 5000)
    message = import_failure(("洪江区政府工作报告正文内容\n" * 1000).encode("utf-8"), "长文.txt")
    assert "万字" in message


def test_millions_of_short_lines(monkeypatch):
    from hjdesk.importers import text

    monkeypatch.setattr(text, "MAX_LINES", 1000)
    message = import_failure(("洪江区政府工作报告正文内容\n" * 3 + "第一条。\n" * 2000).encode("utf-8"), "多行.txt")
    assert "行文字" in message


def test_empty_lines_cost_nothing():
    result = read_bytes(("\n".join(SEED_LINES) + "\n" * 1_000_000).encode("utf-8"), "空行.txt")
    assert result.text.split("\n") == SEED_LINES


def test_page_with_too_many_elements(monkeypatch):
    from hjdesk.importers import html

    monkeypatch.setattr(html, "MAX_ELEMENTS", 1000)
    assert "网页元素" in import_failure(make_hostile.html_pathologies(20_000)["br"].encode("utf-8"), "元素.html")


# --------------------------------------------------------------------------- stray bytes

def test_one_stray_byte_in_a_long_report_decodes_with_a_warning():
    text = "\n".join(SEED_LINES)
    data = text.encode("utf-8")
    line = 9
    at = len("\n".join(SEED_LINES[:line - 1]).encode("utf-8")) + 1 + len(SEED_LINES[line - 1][:5].encode("utf-8"))
    result = read_bytes(data[:at] + b"\xff" + data[at:], "一个坏字节.txt")
    assert result.text.replace("\ufffd", "") == text
    assert result.warnings == (f"第 {line} 行第 6 个字符处有无法按 UTF-8 编码识别的字节，已替换为“\ufffd”，"
                               "其余内容照常导入；如需原字，请核对原文件。",)


@SOME
@given(st.sampled_from(["utf-8", "gb18030"]), st.lists(st.integers(0, 10**6), min_size=1, max_size=6),
       st.sampled_from([b"\xff", b"\x80"]), st.sampled_from([".txt", ".md"]))
def test_a_few_stray_bytes_after_chinese_characters_say_where(encoding, spots, stray, suffix):
    """Bytes that can start no character in either encoding (0xFE starts a
    GB18030 pair and takes the next byte with it)."""
    lines = SEED_LINES[:40]
    han = [(n, i) for n, line in enumerate(lines) for i, ch in enumerate(line) if "\u4e00" <= ch <= "\u9fff"]
    chosen = sorted({han[spot % len(han)] for spot in spots})
    assume(len(chosen) <= 5)
    marked = [list(line) for line in lines]
    for n, i in reversed(chosen):
        marked[n].insert(i + 1, "\x00STRAY\x00")
    data = b"\n".join("".join(chars).encode(encoding).replace("\x00STRAY\x00".encode(encoding), stray)
                      for chars in marked)
    result = outcome(data, "坏字节" + suffix)
    assert isinstance(result, ImportedText), result
    assert result.text.count("\ufffd") == len(chosen)
    # columns count the decoded line, each earlier stray byte on it as one "\ufffd"
    places = [f"第 {n + 1} 行第 {i + 2 + sum(1 for m, j in chosen if m == n and j < i)} 个字符处" for n, i in chosen]
    assert result.warnings[0].startswith("、".join(places) + "有无法按")


def test_many_stray_bytes_are_still_refused():
    data = bytearray("\n".join(SEED_LINES[:20]).encode("utf-8"))
    for at in range(100, len(data), 97):
        data[at] = 0xFF
    assert "编码" in import_failure(bytes(data), "太多坏字节.txt")
