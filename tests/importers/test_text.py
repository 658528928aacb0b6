"""Plain text and Markdown: every encoding and line ending gives the same
stored text and outline, and bad bytes get one clear sentence."""

from __future__ import annotations

import codecs
import os

import pytest

from hjdesk.core.parse import parse_report
from hjdesk.importers import ImportFailure, read_bytes
from hjdesk.importers.markdown import read_markdown

from ..conftest import CORPUS


def parsed(data: bytes, name: str):
    imported = read_bytes(data, name)
    return parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint)


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("gb18030"),
    lambda t: t.encode("gbk"),
    lambda t: t.encode("utf-16"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.replace("\n", "\r\n").encode("gb18030"),
    lambda t: t.replace("\n", "\r").encode("utf-8"),
    lambda t: "\n".join("\u3000\u3000" + line + "  " for line in t.split("\n")).encode("utf-8"),
], ids=["gb18030", "gbk", "utf-16", "utf-8-bom", "crlf", "crlf-gb18030", "cr", "indented"])
def test_seed_in_any_encoding_stores_the_same_text_and_outline(seed_text, encode):
    original = parsed(seed_text.encode("utf-8"), "seed.txt")
    assert original.text == seed_text  # the gold offsets refer to this text
    variant = parsed(encode(seed_text), "seed.txt")
    assert variant.text == original.text
    assert variant.sections == original.sections
    assert variant.meta == original.meta


def test_markdown_markup_is_removed_and_hints_kept():
    md = ("---\ntitle: 2025年某省政府工作报告\nsource: x\n---\n\n**政府工作报告**\n\n<!-- 图片说明 -->\n\n"
          "## 一、2024年工作回顾\n\n**（一）经济平稳。**全年生产总值增长5%。\n")
    imported = read_markdown(md)
    assert imported.text == "政府工作报告\n一、2024年工作回顾\n（一）经济平稳。全年生产总值增长5%。"
    assert imported.title_hint == "2025年某省政府工作报告"
    title, heading, runin = imported.paragraphs
    assert title.bold and heading.heading_level == 2 and runin.lead_bold == len("（一）经济平稳。")


@pytest.mark.parametrize("data, name, words", [
    (b"", "empty.txt", "空"),
    (b"  \r\n\r\n ", "blank.txt", "空"),
    (os.urandom(4096), "random.txt", "编码"),
    (b"\x89PNG\r\n\x1a\n" + os.urandom(100), "scan.txt", "图片"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(500), "old.doc", ".doc"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "report.wps", "WPS"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + bytes(500), "secret.docx", "密码"),
    ("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e na\u00efve \u00e0 la fa\u00e7on".encode("latin-1") * 50, "latin.txt", "编码"),
    ("just some English words, nothing Chinese here.".encode("ascii") * 20, "english.txt", "中文"),
])
def test_bad_input_gets_one_clear_sentence(data, name, words):
    with pytest.raises(ImportFailure) as failure:
        read_bytes(data, name)
    message = str(failure.value)
    assert message.startswith(name) and words in message and "\n" not in message


def test_huge_text_file_is_refused_cleanly(tmp_path):
    from hjdesk.importers import read_path
    big = tmp_path / "big.txt"
    line = ("各位代表，这是一行很长的测试文字。" * 20 + "\n").encode("utf-8")
    with big.open("wb") as handle:
        for _ in range(50 * 2**20 // len(line) + 1):
            handle.write(line)
    with pytest.raises(ImportFailure, match="MB"):
        read_path(big)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_crlf_national_copy_matches_markdown_headings():
    txt = parsed((CORPUS / "national" / "2022-alt.txt").read_bytes(), "2022-alt.txt")
    md = parsed((CORPUS / "national" / "2022.md").read_bytes(), "2022.md")
    assert "\r" not in txt.text
    heads = lambda r: [s.heading for s in r.sections if s.kind in ("part", "section", "topic")]  # noqa: E731
    assert heads(txt) == heads(md)
