"""Migrating an older database: backup first, data kept, foreign keys intact.

A revision newer than the shipped ones is simulated: the migrations folder is
copied and given a test-only revision after the newest shipped one that rebuilds the ``report`` table the way
SQLite batch mode does (copy, drop, rename). Dropping ``report`` with foreign
keys on would cascade-delete every section, so this also checks that
migrations run with them off. The shipped 0001 → 0002 upgrade is tested in
test_store_migration_0002.py.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from hjdesk.store import db
from hjdesk.store.db import MigrationError, open_engine, session_scope
from hjdesk.store.repository import load_report, save_report

#: The newest shipped revision, which the test-only one follows.
HEAD = ScriptDirectory(str(db.MIGRATIONS_DIR)).get_current_head()

REVISION_NEXT = '''"""Test-only revision: add report.note by rebuilding the table."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("report", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(), nullable=True))


def downgrade():
    with op.batch_alter_table("report", recreate="always") as batch_op:
        batch_op.drop_column("note")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make open_engine see the shipped migrations plus a test-only revision 9999."""
    folder = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_note.py").write_text(REVISION_NEXT.replace("{head}", HEAD), encoding="utf-8")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(db, "SCHEMA_HEADS", frozenset({"9999"}))  # as a release with 9999 would declare
    return folder


def _version(path: Path) -> list[str]:
    """The revision stamped in a SQLite file, read without SQLAlchemy."""
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]


def test_upgrade_backs_up_and_keeps_data(engine: Engine, db_url: str, db_path: Path,
                                         make_report, count_rows,
                                         newer_migrations: Path) -> None:
    with session_scope(engine) as session:
        saved = save_report(session, make_report(), source_name="a.md")
    before = count_rows(engine)
    engine.dispose()

    upgraded = open_engine(db_url)
    try:
        backup = db_path.with_name(db_path.name + f".bak-{HEAD}")
        assert backup.is_file()
        assert _version(backup) == [HEAD]
        with sqlite3.connect(backup) as connection:
            assert connection.execute("SELECT count(*) FROM section").fetchone()[0] > 0
        assert _version(db_path) == ["9999"]
        assert "note" in {c["name"] for c in inspect(upgraded).get_columns("report")}
        assert count_rows(upgraded) == before
        with session_scope(upgraded) as session:
            assert load_report(session, saved.id).parsed == make_report()
        with upgraded.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        upgraded.dispose()


def test_unversioned_file_is_backed_up_as_none(db_path: Path, db_url: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.close()

    engine = open_engine(db_url)
    try:
        backup = db_path.with_name(db_path.name + ".bak-none")
        with sqlite3.connect(backup) as connection:
            assert connection.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
        connection.close()
        assert "report" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_existing_backup_is_not_overwritten(db_path: Path, db_url: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    earlier = db_path.with_name(db_path.name + ".bak-none")
    earlier.write_bytes(b"an earlier backup")

    open_engine(db_url).dispose()
    assert earlier.read_bytes() == b"an earlier backup"
    assert db_path.with_name(db_path.name + ".bak-none-2").is_file()


def test_failed_migration_leaves_database_unchanged(engine: Engine, db_url: str,
                                                    db_path: Path, make_report, count_rows,
                                                    newer_migrations: Path) -> None:
    with session_scope(engine) as session:
        save_report(session, make_report(), source_name="a.md")
    before = count_rows(engine)
    engine.dispose()
    broken = REVISION_NEXT.replace("def upgrade():\n",
                                   "def upgrade():\n    op.execute('SELECT no_such_function()')\n")
    (newer_migrations / "versions" / "9999_note.py").write_text(broken.replace("{head}", HEAD), encoding="utf-8")

    with pytest.raises(Exception, match="no_such_function"):
        open_engine(db_url)
    assert _version(db_path) == [HEAD]
    again = open_engine(db_url, migrate=False)
    try:
        assert count_rows(again) == before
        assert "note" not in {c["name"] for c in inspect(again).get_columns("report")}
    finally:
        again.dispose()


def test_database_from_newer_version_is_refused(engine: Engine, db_url: str,
                                                db_path: Path) -> None:
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()

    with pytest.raises(MigrationError, match="9999"):
        open_engine(db_url)
    assert not list(db_path.parent.glob("*.bak-*"))
