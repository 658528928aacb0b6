"""Fixtures for the store tests: a migrated temporary database and small reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from hjdesk.core.model import Paragraph, ParsedReport, ReportMeta, Section
from hjdesk.store.db import open_engine
from hjdesk.store.models import JurisdictionRow, ParagraphRow, ReportRow, SectionRow

LINES = (
    "2025年青山市人民政府工作报告",
    "各位代表：",
    "一、2024年工作回顾",
    "经济运行稳中向好。全市地区生产总值增长5.2%。",
    "二、2025年工作安排",
    "主要预期目标是：地区生产总值增长5%左右。",
    "名词解释",
    "1.新质生产力：以创新起主导作用的先进生产力。",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test database file lives."""
    return tmp_path / "hjdesk.sqlite3"


@pytest.fixture
def db_url(db_path: Path) -> str:
    """The URL of the test database file."""
    return f"sqlite:///{db_path}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated SQLite file database, disposed of after the test."""
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


def build_report(lines: tuple[str, ...] = LINES, *, suffix: str = "") -> ParsedReport:
    """A small hand-made report: paragraphs are lines, with a nested outline.

    ``suffix`` is appended to the last line so that reports differ in content.
    """
    lines = (*lines[:-1], lines[-1] + suffix)
    text = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    spans = [(start, start + len(line)) for start, line in zip(starts, lines)]
    paragraphs = tuple(Paragraph(s, e, heading_level=1 if i in (2, 4) else None,
                                 bold=i == 6, lead_bold=4 if i == 3 else 0)
                       for i, (s, e) in enumerate(spans))
    end = len(text)
    sections = (
        Section(1, None, 1, "title", "other", lines[0], 0, spans[1][1]),
        Section(2, None, 1, "part", "review", lines[2], spans[2][0], spans[3][1]),
        Section(3, 2, 2, "topic", "review", "经济运行稳中向好", spans[3][0], spans[3][1]),
        Section(4, None, 1, "part", "plan", lines[4], spans[4][0], spans[5][1]),
        Section(5, 4, 2, "targets", "plan", "主要预期目标", spans[5][0], spans[5][1]),
        Section(6, None, 1, "glossary", "other", lines[6], spans[6][0], end),
        Section(7, 6, 2, "term", "other", "新质生产力", spans[7][0], end, ref="P1"),
    )
    meta = ReportMeta(jurisdiction="青山市", year=2025, delivered=date(2025, 1, 14),
                      title=lines[0], speaker="市长 张三")
    return ParsedReport(text, paragraphs, sections, meta, format="md", encoding="utf-8")


@pytest.fixture
def make_report() -> Callable[..., ParsedReport]:
    """The :func:`build_report` factory, for tests that need several reports."""
    return build_report


def row_counts(engine: Engine) -> dict[str, int]:
    """How many rows each table holds."""
    with engine.connect() as connection:
        return {row.__tablename__: connection.scalar(select(func.count()).select_from(row))
                for row in (JurisdictionRow, ReportRow, SectionRow, ParagraphRow)}


@pytest.fixture
def count_rows() -> Callable[[Engine], dict[str, int]]:
    """The :func:`row_counts` helper (fixtures avoid importing conftest)."""
    return row_counts
