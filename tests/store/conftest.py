"""Fixtures for the store tests: a migrated temporary database (and
PostgreSQL when HJDESK_TEST_PG_URL is set), small reports and indicators."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, or_, select

from hjdesk.core.model import Indicator, Paragraph, ParsedReport, ReportMeta, Section
from hjdesk.store.db import open_engine, session_scope
from hjdesk.store.models import (
    Base,
    GapDecisionRow,
    IndicatorCorrectionRow,
    ReportRow,
)
from hjdesk.store.repository import content_hash

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


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request: pytest.FixtureRequest, engine: Engine) -> Iterator[Engine]:
    """The SQLite test database, and PostgreSQL when HJDESK_TEST_PG_URL is set
    and its driver is installed. The PostgreSQL database is shared between
    runs: tests on it must use unique texts and clean up (see ``tracked``)."""
    if request.param == "sqlite":
        yield engine
        return
    url = os.environ.get("HJDESK_TEST_PG_URL")
    if not url:
        pytest.skip("HJDESK_TEST_PG_URL is not set")
    try:
        pg_engine = open_engine(url)
    except ModuleNotFoundError as exc:
        pytest.skip(f"PostgreSQL driver not installed: {exc.name}")
    try:
        yield pg_engine
    finally:
        pg_engine.dispose()


class Tracker:
    """Makes reports unique to one test and remembers their hashes, so that
    the reports and the corrections keyed by their hashes can be removed."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4().hex[:8]
        self.hashes: set[str] = set()

    def report(self, suffix: str = "") -> ParsedReport:
        parsed = build_report(suffix=f"{suffix}#{self.tag}")
        self.hashes.add(content_hash(parsed.text))
        return parsed


@pytest.fixture
def tracked(any_engine: Engine) -> Iterator[Tracker]:
    """A :class:`Tracker` whose reports and decisions are deleted afterwards."""
    tracker = Tracker()
    yield tracker
    hashes = tracker.hashes
    with session_scope(any_engine) as session:
        session.execute(delete(IndicatorCorrectionRow)
                        .where(IndicatorCorrectionRow.report_hash.in_(hashes)))
        session.execute(delete(GapDecisionRow).where(or_(GapDecisionRow.old_hash.in_(hashes),
                                                         GapDecisionRow.new_hash.in_(hashes))))
        session.execute(delete(ReportRow).where(ReportRow.content_hash.in_(hashes)))


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def build_indicators(parsed: ParsedReport) -> tuple[Indicator, ...]:
    """What an extractor might find in :func:`build_report`: last year's
    result and this year's target, in text order."""
    text = parsed.text
    result = "地区生产总值增长5.2%"
    target = "地区生产总值增长5%左右"
    return (
        Indicator("地区生产总值", "地区生产总值", "growth_rate", 5.2, None, "%", "eq", "actual",
                  2024, *_span(text, result), result, section=3),
        Indicator("地区生产总值", "地区生产总值", "growth_rate", 5.0, None, "%", "approx",
                  "target", 2025, *_span(text, target), target, section=5),
    )


@pytest.fixture
def make_indicators() -> Callable[[ParsedReport], tuple[Indicator, ...]]:
    """The :func:`build_indicators` factory."""
    return build_indicators


@pytest.fixture
def make_report() -> Callable[..., ParsedReport]:
    """The :func:`build_report` factory, for tests that need several reports."""
    return build_report


def row_counts(engine: Engine) -> dict[str, int]:
    """How many rows each table of the models holds."""
    with engine.connect() as connection:
        return {table.name: connection.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


@pytest.fixture
def count_rows() -> Callable[[Engine], dict[str, int]]:
    """The :func:`row_counts` helper (fixtures avoid importing conftest)."""
    return row_counts


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL test database's URL; skips when HJDESK_TEST_PG_URL is unset."""
    url = os.environ.get("HJDESK_TEST_PG_URL")
    if not url:
        pytest.skip("HJDESK_TEST_PG_URL is not set")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Each back end a library can live on; PostgreSQL only when HJDESK_TEST_PG_URL is set."""
    if request.param == "postgresql" and not os.environ.get("HJDESK_TEST_PG_URL"):
        pytest.skip("HJDESK_TEST_PG_URL is not set")
    return request.param


#: The provinces whose reports the concurrency and crash tests import (every
#: year of each, Markdown and Word): enough for 4 importers, quick to import.
STRESS_PROVINCES = ("北京市", "吉林省", "安徽省", "山东省", "江西省", "湖北省")


@pytest.fixture(scope="session")
def stress_provinces(corpus: Path) -> dict[str, list[Path]]:
    """Corpus files by province, for the concurrency and crash tests."""
    from tests.store.stress import province_files

    found = {name: paths for name, paths in province_files().items() if name in STRESS_PROVINCES}
    assert len(found) == len(STRESS_PROVINCES), sorted(found)
    return found


@pytest.fixture(scope="session")
def stress_reference(stress_provinces: dict[str, list[Path]]):
    """What a clean import of each of those files stores."""
    from tests.store.stress import Reference

    return Reference.of([path for paths in stress_provinces.values() for path in paths])
