"""Every indicator's span and quote agree with the report's text, on every
corpus report and on generated sentences; an indicator that does not is
dropped with a warning instead of failing the import of its report."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hjdesk.core import indicators as extractor
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path
from hjdesk.importers.text import read_text

from ..conftest import corpus_files

_MALFORMED = "dropped a malformed indicator"


def _report(lines: list[str]):
    imported = read_text("\n".join(["一、2024年工作回顾", *lines, "二、2025年工作安排", *lines]))
    return parse_report(imported.text, imported.paragraphs, year=2025)


def _assert_spans(report) -> None:
    for i in extract_indicators(report):
        assert 0 <= i.char_start < i.char_end <= len(report.text), i
        assert i.quote == report.text[i.char_start:i.char_end], i


@pytest.mark.parametrize("path", corpus_files(".md", ".docx", ".txt"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_extractor_makes_no_malformed_indicator_on_the_corpus(path, caplog):
    imported = read_path(path)
    report = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    with caplog.at_level(logging.WARNING, logger="hjdesk.core.indicators"):
        _assert_spans(report)
    assert _MALFORMED not in caplog.text


def test_size_classes_and_ranks_win_over_a_measure_read_from_part_of_them(caplog):
    report = _report(["企业营业收入迈过千亿台阶，28个百亿项目完成投资1142亿元。", "实现与全球前20位货运枢纽机场全部通航。"])
    with caplog.at_level(logging.WARNING, logger="hjdesk.core.indicators"):
        found = extract_indicators(report)
    assert _MALFORMED not in caplog.text
    units = {(i.quote[-6:], i.unit) for i in found}
    assert not any(unit == "台" for _, unit in units)
    assert any(i.unit == "名" and i.value == 20 for i in found)
    assert any(i.value == 1142 and i.unit == "亿元" for i in found)


def test_a_malformed_indicator_is_dropped_with_a_warning(monkeypatch, caplog):
    report = _report(["地区生产总值增长5%。"])
    real = extractor._indicator

    def broken(*args, **kwargs):
        made = real(*args, **kwargs)
        return made.__class__(**{**made.__dict__, "char_end": made.char_start - 1, "quote": ""})

    monkeypatch.setattr(extractor, "_indicator", broken)
    with caplog.at_level(logging.WARNING, logger="hjdesk.core.indicators"):
        assert extract_indicators(report) == ()
    assert _MALFORMED in caplog.text


_PIECES = st.sampled_from([
    "地区生产总值", "增长", "下降", "达到", "突破", "迈上", "迈过", "千亿", "百亿", "万亿", "台阶", "级", "园区",
    "项目", "完成投资", "6%", "5.5%", "左右", "以上", "以内", "1.2万亿元", "3000余万元", "两倍", "十万株",
    "１２％", "个百分点", "全球前20位", "全国第3", "分别", "、", "，", "和", "“十五五”", "第一批9项", "台", "套",
    "万人", "亿元", "4.5%—5%", "力争", "预计", "（预计数，下同）", "9% 以上", "〇", "Ⅲ", "翻一番", "全覆盖",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=14).map("".join), min_size=1, max_size=3))
def test_generated_sentences_give_only_well_formed_indicators(sentences):
    report = _report([s + "。" for s in sentences])
    handler = _Collect()
    logging.getLogger("hjdesk.core.indicators").addHandler(handler)
    try:
        _assert_spans(report)
    finally:
        logging.getLogger("hjdesk.core.indicators").removeHandler(handler)
    assert not handler.records, handler.records[0].getMessage()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
