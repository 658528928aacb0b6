"""The PDF importer on real PDFs drawn with Qt: paragraphs rebuilt exactly,
page furniture removed, scans, broken and encrypted files refused clearly."""

from __future__ import annotations

import re

import pytest

from hjdesk.importers import read_bytes

from ..conftest import SEED, import_failure

make_pdf = pytest.importorskip("tests.importers.make_pdf")

HEADER = "洪江区管委工作报告（2025年）"
FOOTER = "洪江区人民政府办公室 2025年1月印发"


def _seed_paragraphs() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]


@pytest.fixture(scope="module")
def qt(qapp):
    if not make_pdf.font_available():
        pytest.skip(f"font {make_pdf.FONT_FAMILY} is not installed")
    return qapp


@pytest.fixture(scope="module")
def seed_pdf(qt) -> bytes:
    return make_pdf.make_pdf(_seed_paragraphs(), header=HEADER)


def test_seed_report_round_trips_exactly(seed_pdf):
    result = read_bytes(seed_pdf, "洪江区2025.pdf")
    assert result.format == "pdf" and not result.warnings
    assert result.text.split("\n") == _seed_paragraphs()
    assert HEADER not in result.text
    assert not any(re.fullmatch(r"-\s*\d+\s*-", line) for line in result.text.split("\n"))


@pytest.mark.parametrize("layout", [
    {"page_label": "第 {page} 页"},
    {"page_label": "— {page} —", "footer": FOOTER},
    {"page_label": "{page}"},
    {"page_label": "{page}/12", "header": ""},
    {"point_size": 12, "margin_mm": 20},
], ids=["di-n-ye", "dash-footer", "bare", "n-of-m", "small-type"])
def test_page_numbers_and_running_lines_are_dropped(qt, layout):
    paragraphs = _seed_paragraphs()[8:30]
    result = read_bytes(make_pdf.make_pdf(paragraphs, **layout), "版式.pdf")
    assert result.text.split("\n") == paragraphs
    assert FOOTER not in result.text


def test_single_page_loses_its_page_number(qt):
    # With one page nothing repeats, so only the page-number pattern can catch it.
    paragraphs = _seed_paragraphs()[8:10]
    result = read_bytes(make_pdf.make_pdf(paragraphs, header="", page_label="第 {page} 页"), "单页.pdf")
    assert result.text.split("\n") == paragraphs


def test_unindented_paragraphs_split_where_a_line_ends_short(qt):
    paragraphs = _seed_paragraphs()[8:30]
    result = read_bytes(make_pdf.make_pdf(paragraphs, indent_chars=0), "无缩进.pdf")
    assert result.text.split("\n") == paragraphs


def test_picture_pages_are_reported(qt):
    paragraphs = _seed_paragraphs()[8:14]
    result = read_bytes(make_pdf.make_pdf(paragraphs, scanned_pages=1), "混合.pdf")
    assert result.text.split("\n") == paragraphs
    assert len(result.warnings) == 1 and "第 3 页" in result.warnings[0]


def test_scanned_pdf_has_no_text_layer(qt):
    message = import_failure(make_pdf.make_image_pdf(), "扫描件.pdf")
    assert "文字层" in message and "OCR" in message and "Word" in message


def test_corrupt_pdf():
    noise = bytes((i * 7919 + 13) % 256 for i in range(6000))
    assert "损坏" in import_failure(b"%PDF-1.7\n" + noise, "损坏.pdf")


def test_truncated_pdf(seed_pdf):
    assert "损坏" in import_failure(seed_pdf[: len(seed_pdf) // 2], "截断.pdf")


def test_encrypted_pdf():
    assert "密码" in import_failure(make_pdf.encrypted_pdf(), "加密.pdf")


def test_a_long_scan_is_judged_from_its_first_pages(qt, monkeypatch):
    from hjdesk.importers import pdf

    parsed = []
    original = pdf.PDFPageInterpreter.process_page
    monkeypatch.setattr(pdf.PDFPageInterpreter, "process_page",
                        lambda self, page: (parsed.append(page), original(self, page))[1])
    assert "没有文字层" in import_failure(make_pdf.make_image_pdf(pages=12), "扫描件.pdf")
    assert len(parsed) == pdf._SCAN_PROBE


def test_far_too_many_pages_is_refused(seed_pdf, monkeypatch):
    from hjdesk.importers import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 10)
    message = import_failure(seed_pdf, "合订本.pdf")
    assert "15 页" in message and message.startswith("合订本.pdf")
