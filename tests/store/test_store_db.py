"""Opening the database: schema at head, connection settings, the fast path."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from hjdesk.store import db
from hjdesk.store.db import default_url, open_engine, session_scope, sqlite_file
from hjdesk.store.models import Base
from hjdesk.store.repository import load_report, save_report


def _revision(engine: Engine) -> tuple[str, ...]:
    """The revisions the database is stamped with."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_heads()


def test_empty_file_is_migrated_to_head(engine: Engine, db_path: Path) -> None:
    heads = ScriptDirectory(str(db.MIGRATIONS_DIR)).get_heads()
    assert _revision(engine) == tuple(heads)
    assert {"jurisdiction", "report", "section", "paragraph", "indicator",
            "indicator_correction", "gap_decision"} <= set(inspect(engine).get_table_names())
    assert not list(db_path.parent.glob("*.bak-*")), "a new database needs no backup"


def test_models_match_migrated_schema(any_engine: Engine) -> None:
    with any_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []


def test_wal_foreign_keys_and_busy_timeout_on_every_connection(engine: Engine) -> None:
    for _ in range(2):
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
        engine.dispose()  # the next round gets a fresh connection


def test_migrated_database_opens_without_alembic_commands(
        engine: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine.dispose()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("migrations ran on a database already at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    again = open_engine(db_url)
    try:
        assert _revision(again) == _revision(engine)
    finally:
        again.dispose()


def test_in_memory_url_works(make_report) -> None:
    engine = open_engine("sqlite://")
    try:
        assert sqlite_file(engine.url) is None
        with session_scope(engine) as session:
            saved = save_report(session, make_report(), source_name="a.md")
        with session_scope(engine) as session:
            assert load_report(session, saved.id).parsed == make_report()
    finally:
        engine.dispose()


def test_default_url_creates_folder_only_when_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data" / "hjdesk"
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(folder))
    url = default_url()
    assert sqlite_file(url) == folder / "hjdesk.sqlite3"
    assert not folder.exists()
    engine = open_engine()
    try:
        assert (folder / "hjdesk.sqlite3").is_file()
    finally:
        engine.dispose()


def test_session_scope_rolls_back_on_error(engine: Engine, make_report, count_rows) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        save_report(session, make_report(), source_name="a.md")
        raise RuntimeError("the user action failed after saving")
    assert set(count_rows(engine).values()) == {0}


def test_the_schema_head_constant_names_the_newest_migration():
    """Opening a current library compares with SCHEMA_HEADS instead of loading Alembic."""
    from alembic.script import ScriptDirectory

    from hjdesk.store.db import MIGRATIONS_DIR, SCHEMA_HEADS

    assert SCHEMA_HEADS == frozenset(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads())


def test_opening_a_current_library_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    open_engine(url).dispose()
    code = (f"import sys; from hjdesk.store.db import open_engine; open_engine({url!r}).dispose(); "
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
