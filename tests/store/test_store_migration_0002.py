"""The shipped 0001 → 0002 migration: indicators, corrections, gap decisions.

A database at 0001 is made by opening it with a copy of the migrations folder
that stops at 0001; the report in it is written with plain SQL against the
0001 tables, as hjdesk of that time would have stored it.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, MetaData, inspect

from hjdesk.store import db
from hjdesk.store.db import alembic_config, open_engine, session_scope
from hjdesk.store.models import Base
from hjdesk.store.repository import (
    _paragraph_rows,
    _section_rows,
    content_hash,
    extractor_version,
    load_indicators,
    load_report,
    save_indicators,
    save_report,
)

NEW_TABLES = {"indicator", "indicator_correction", "gap_decision"}


#: The newest shipped revision: opening upgrades all the way to it.
HEAD = ScriptDirectory(str(db.MIGRATIONS_DIR)).get_current_head()


def _version(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]


def _store_as_0001(connection: Connection, parsed) -> int:
    """Write a report into 0001 tables with Core inserts on the reflected schema."""
    tables = MetaData()
    tables.reflect(bind=connection)
    report_id = connection.execute(tables.tables["report"].insert().values(
        year=parsed.meta.year, title=parsed.meta.title, speaker=parsed.meta.speaker,
        delivered_on=parsed.meta.delivered, source_name="old.md", source_format=parsed.format,
        encoding=parsed.encoding, content_hash=content_hash(parsed.text),
        imported_at=datetime(2025, 12, 1, 8, 0), text=parsed.text)).inserted_primary_key[0]
    connection.execute(tables.tables["section"].insert(), _section_rows(report_id, parsed.sections))
    connection.execute(tables.tables["paragraph"].insert(),
                       _paragraph_rows(report_id, parsed.paragraphs))
    return report_id


@pytest.fixture
def database_at_0001(db_url: str, db_path: Path, tmp_path: Path, make_report,
                     monkeypatch: pytest.MonkeyPatch) -> int:
    """A SQLite file at revision 0001 holding one report; returns its id."""
    folder = tmp_path / "migrations-0001"
    shutil.copytree(db.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if not later.name.startswith("0001_"):
            later.unlink()
    with monkeypatch.context() as patch:
        patch.setattr(db, "MIGRATIONS_DIR", folder)
        old = open_engine(db_url)
    try:
        assert _version(db_path) == ["0001"]
        assert not NEW_TABLES & set(inspect(old).get_table_names())
        with old.begin() as connection:
            return _store_as_0001(connection, make_report())
    finally:
        old.dispose()


def test_upgrade_from_0001_keeps_reports_and_backs_up(database_at_0001: int, db_url: str,
                                                      db_path: Path, make_report,
                                                      make_indicators, count_rows) -> None:
    engine = open_engine(db_url)
    try:
        assert _version(db_path) == [HEAD]
        backup = db_path.with_name(db_path.name + ".bak-0001")
        assert _version(backup) == ["0001"]
        counts = count_rows(engine)
        assert (counts["report"], counts["section"], counts["paragraph"]) == (
            1, len(make_report().sections), len(make_report().paragraphs))
        assert NEW_TABLES <= set(inspect(engine).get_table_names())
        with session_scope(engine) as session:
            assert load_report(session, database_at_0001).parsed.text == make_report().text
            assert load_report(session, database_at_0001).parsed.sections == make_report().sections
            assert extractor_version(session, database_at_0001) == ""
            assert load_indicators(session, database_at_0001) == ()
            save_indicators(session, database_at_0001, make_indicators(make_report()),
                            version="x1")
        with session_scope(engine) as session:
            assert load_indicators(session, database_at_0001) == make_indicators(make_report())
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_downgrade_and_upgrade_again_keep_reports(any_engine: Engine, tracked,
                                                  make_indicators) -> None:
    """Run inside one transaction that is rolled back: the shared PostgreSQL
    test database is left as it was."""
    parsed = tracked.report("降级")
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="a.md",
                            indicators=make_indicators(parsed), extractor_version="x1")
    with any_engine.connect() as connection:
        if any_engine.dialect.name == "sqlite":
            # As migrate_to_head does: a batch rebuild of report must not cascade.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        transaction = connection.begin()
        try:
            command.downgrade(alembic_config(connection), "0001")
            assert not NEW_TABLES & set(inspect(connection).get_table_names())
            assert "extractor_version" not in {
                c["name"] for c in inspect(connection).get_columns("report")}
            command.upgrade(alembic_config(connection), "head")
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            assert compare_metadata(context, Base.metadata) == []
            count = connection.exec_driver_sql(
                f"SELECT count(*) FROM section WHERE report_id = {saved.id}").scalar()
            assert count == len(parsed.sections)
        finally:
            transaction.rollback()
            if any_engine.dialect.name == "sqlite":
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
    with session_scope(any_engine) as session:
        assert load_indicators(session, saved.id) == make_indicators(parsed)
        assert extractor_version(session, saved.id) == "x1"
