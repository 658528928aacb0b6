"""Migrations on both back ends: from an empty database, and from every earlier
shipped revision holding data, to the newest one.

A library at an earlier revision is made by opening it with a copy of the
migrations folder that stops there; its rows are written with plain SQL on the
tables that revision has, as hjdesk of that time would have stored them. On
PostgreSQL each library is a new schema of the test database, dropped after.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, inspect

from hjdesk.core.corrections import GapDecision
from hjdesk.store import db
from hjdesk.store.db import open_engine, session_scope
from hjdesk.store.indicators_repo import indicator_rows
from hjdesk.store.models import Base
from hjdesk.store.repository import (
    _paragraph_rows,
    _section_rows,
    content_hash,
    extractor_version,
    load_gap_decisions,
    load_indicator_corrections,
    load_indicators,
    load_pins,
    load_report,
    save_report,
)
from tests.store.stress import new_library

SCRIPTS = ScriptDirectory(str(db.MIGRATIONS_DIR))
HEAD = SCRIPTS.get_current_head()
#: Every shipped revision but the newest, oldest first.
EARLIER = [r.revision for r in reversed(list(SCRIPTS.walk_revisions())) if r.revision != HEAD]


def _revision(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_heads()


def _assert_schema_is_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []


@contextmanager
def _migrations_until(revision: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make open_engine see the shipped migrations up to ``revision`` only."""
    folder = tmp_path / f"migrations-{revision}"
    shutil.copytree(db.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    ordered = [r.revision for r in reversed(list(SCRIPTS.walk_revisions()))]
    later = set(ordered[ordered.index(revision) + 1:])
    for script in (folder / "versions").glob("*.py"):
        if script.name.split("_")[0] in later:
            script.unlink()
    with monkeypatch.context() as patch:
        patch.setattr(db, "MIGRATIONS_DIR", folder)
        yield


def _store_at(connection: Connection, parsed, indicators) -> dict[str, int]:
    """Write a report, and what the revision's tables hold besides, with
    Core inserts on the reflected schema; what was written, by table."""
    tables = MetaData()
    tables.reflect(bind=connection)
    t = tables.tables
    digest = content_hash(parsed.text)
    report = {"year": parsed.meta.year, "title": parsed.meta.title, "speaker": parsed.meta.speaker,
              "delivered_on": parsed.meta.delivered, "source_name": "old.md", "source_format": parsed.format,
              "encoding": parsed.encoding, "content_hash": digest, "imported_at": datetime(2025, 12, 1, 8, 0),
              "text": parsed.text}
    if "extractor_version" in t["report"].c:
        report["extractor_version"] = "x1"
    report_id = connection.execute(t["report"].insert().values(**report)).inserted_primary_key[0]
    connection.execute(t["section"].insert(), _section_rows(report_id, parsed.sections))
    connection.execute(t["paragraph"].insert(), _paragraph_rows(report_id, parsed.paragraphs))
    written = {"report": report_id}
    if "indicator" in t:
        connection.execute(t["indicator"].insert(), indicator_rows(report_id, indicators))
        connection.execute(t["indicator_correction"].insert().values(
            report_hash=digest, key=indicators[0].key, quote="", action="edit", changes='[["value", 5.5]]',
            note="人工", updated_at=datetime(2025, 12, 2, 8, 0)))
        connection.execute(t["gap_decision"].insert().values(
            old_hash=digest, new_hash=digest, target_key=indicators[1].key, actual_key="", status="missed",
            note="", updated_at=datetime(2025, 12, 2, 8, 0)))
        written["indicator"] = len(indicators)
    return written


@pytest.fixture
def library(backend: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a library that does not exist yet, on the back end."""
    with new_library(backend, tmp_path) as url:
        yield url


def test_an_empty_database_is_migrated_to_the_newest_revision(library: str, make_report) -> None:
    engine = open_engine(library)
    try:
        assert _revision(engine) == (HEAD,)
        _assert_schema_is_the_models(engine)
        with session_scope(engine) as session:
            saved = save_report(session, make_report(), source_name="a.md")
        with session_scope(engine, write=False) as session:
            assert load_report(session, saved.id).parsed == make_report()
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", EARLIER)
def test_an_earlier_revision_is_migrated_with_its_data(start: str, library: str, backend: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, make_report,
                                                       make_indicators) -> None:
    parsed = make_report()
    indicators = make_indicators(parsed)
    with _migrations_until(start, tmp_path, monkeypatch):
        old = open_engine(library)
        try:
            assert _revision(old) == (start,)
            with old.begin() as connection:
                written = _store_at(connection, parsed, indicators)
        finally:
            old.dispose()

    engine = open_engine(library)
    try:
        assert _revision(engine) == (HEAD,)
        _assert_schema_is_the_models(engine)
        report_id = written["report"]
        with session_scope(engine, write=False) as session:
            stored = load_report(session, report_id)
            assert stored.parsed.text == parsed.text
            assert stored.parsed.sections == parsed.sections
            assert stored.parsed.paragraphs == parsed.paragraphs
            if "indicator" in written:
                assert load_indicators(session, report_id) == indicators
                assert extractor_version(session, report_id) == "x1"
                assert [(c.key, c.changes) for c in load_indicator_corrections(session, report_id)] == [
                    (indicators[0].key, (("value", 5.5),))]
                assert load_gap_decisions(session, report_id, report_id) == (
                    GapDecision(indicators[1].key, "", "missed", ""),)
            else:
                assert load_indicators(session, report_id) == ()
                assert extractor_version(session, report_id) == ""
            assert load_pins(session, report_id, report_id, "same", parsed.sections, parsed.sections) == ()
        if backend == "sqlite":
            backup = db.sqlite_file(library).with_name(db.sqlite_file(library).name + f".bak-{start}")
            assert backup.is_file()
        assert {"pin", "indicator", "indicator_correction", "gap_decision"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()

