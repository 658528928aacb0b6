"""Opening the database: engine, connection settings, schema migration, sessions.

The schema is brought to the newest Alembic revision every time the database is
opened. Alembic is driven in code, so no ``alembic.ini`` has to exist on disk.
It is imported only when a migration is due: the stamped revision is read with
one query and compared with :data:`SCHEMA_HEADS`, which keeps opening cheap
(importing Alembic costs more than the rest of opening a current library).
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

from ..schema_version import SCHEMA_HEADS  # noqa: E402  (kept light for hjdesk list)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
from ..quick_list import DB_FILENAME  # noqa: E402,F401  (the file name lives beside the quick reader)
#: How long a connection waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 5000
#: Key in a connection's ``info`` that overrides the next SQLite ``BEGIN``.
_BEGIN_KEY = "hjdesk_sqlite_begin"


class MigrationError(RuntimeError):
    """The schema could not be brought up to date."""


def default_url() -> str:
    """The SQLite file in the user's data folder. The folder is created only
    when the database is opened, never here."""
    from ..quick_list import default_file

    return URL.create("sqlite", database=str(default_file())).render_as_string(hide_password=False)


def sqlite_file(url: str | URL) -> Path | None:
    """The file behind a SQLite URL; ``None`` for in-memory or other databases."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def open_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Create the engine for ``url`` (default: :func:`default_url`) and, unless
    ``migrate`` is false, bring its schema to the newest revision."""
    sa_url = make_url(url or default_url())
    path = sqlite_file(sa_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _create_engine(sa_url, path)
    if migrate:
        migrate_to_head(engine)
    return engine


def _create_engine(url: URL, path: Path | None) -> Engine:
    """An engine with the SQLite connection settings installed."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    if path is None:
        # One shared connection: each new connection to ``sqlite://`` would be
        # a different, empty database without the migrated schema.
        engine = create_engine(url, poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)
    _install_sqlite_listeners(engine, wal=path is not None)
    return engine


def _install_sqlite_listeners(engine: Engine, *, wal: bool) -> None:
    """Set the pragmas on every new connection and let SQLAlchemy, not the
    sqlite3 module, emit ``BEGIN``.

    The sqlite3 module of Python 3.11 opens transactions only before DML, so
    DDL and SAVEPOINTs would run outside them; the recipe from the SQLAlchemy
    SQLite dialect documentation makes every transaction explicit.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if wal:
                # Readers (the UI) and one writer (an import) do not block each other.
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(connection.info.pop(_BEGIN_KEY, "BEGIN"))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code; ``connection`` is what env.py migrates."""
    from alembic.config import Config

    config = Config()
    # Config values go through configparser interpolation: escape "%".
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _shipped_revisions(script_location: str) -> tuple[frozenset[str], frozenset[str]]:
    """The newest revisions shipped with the package, and all of them (read
    once per process)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(script_location)
    return frozenset(script.get_heads()), frozenset(r.revision for r in script.walk_revisions())


def _current_revisions(connection: Connection) -> frozenset[str]:
    """The revisions the database is stamped with; empty when never migrated."""
    if not inspect(connection).has_table("alembic_version"):
        return frozenset()
    return frozenset(row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version"))


def migrate_to_head(engine: Engine) -> None:
    """Upgrade the schema to the newest revision if it is not there already."""
    with engine.connect() as connection:
        current = _current_revisions(connection)
        connection.rollback()
        if current == SCHEMA_HEADS:
            return
        heads, known = _shipped_revisions(str(MIGRATIONS_DIR))
        if current - known:
            # Written by a newer hjdesk: Alembic could not even find the path.
            newer = "、".join(sorted(current - known))
            raise MigrationError(f"报告库的结构版本 {newer} 比本程序新；请用更新版本的 hjdesk 打开。")
        if engine.dialect.name == "sqlite":
            _migrate_sqlite(connection, heads)
        else:
            from alembic import command

            with connection.begin():
                command.upgrade(alembic_config(connection), "head")


def _migrate_sqlite(connection: Connection, heads: frozenset[str]) -> None:
    """Back up and upgrade a SQLite database in one transaction.

    Foreign keys are switched off meanwhile, as SQLite's documentation asks
    for schema changes: a batch migration drops and recreates a table, and
    dropping ``report`` with them on would cascade-delete every section.
    ``BEGIN IMMEDIATE`` takes the write lock first, so a second process
    opening the same file waits and then finds the schema already current.
    """
    from alembic import command

    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        connection.info[_BEGIN_KEY] = "BEGIN IMMEDIATE"
        with connection.begin():
            current = _current_revisions(connection)
            if current == heads:
                return
            path = sqlite_file(connection.engine.url)
            if path is not None and _has_tables(connection):
                _backup_sqlite(path, current)
            command.upgrade(alembic_config(connection), "head")
            _check_foreign_keys(connection)
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _has_tables(connection: Connection) -> bool:
    """Whether the SQLite database holds any table at all."""
    query = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    return bool(connection.exec_driver_sql(query).scalar())


def _backup_sqlite(path: Path, current: frozenset[str]) -> Path:
    """Copy the database to ``<file>.bak-<revision>`` before migrating it.

    The SQLite backup API is used rather than a file copy: in WAL mode recent
    commits may still sit in the ``-wal`` file. It reads through a connection
    of its own, because the migrating one holds the write lock and a backup
    from it would wait forever. An existing backup is kept.
    """
    revision = "+".join(sorted(current)) or "none"
    target = path.with_name(f"{path.name}.bak-{revision}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.bak-{revision}-{counter}")
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def _check_foreign_keys(connection: Connection) -> None:
    """Fail the migration if it left rows pointing nowhere (checked by hand
    because foreign keys were off while it ran)."""
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise MigrationError(f"migration broke foreign keys: {problems[:5]}")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One session per user action: commit on success, roll back on error."""
    with Session(engine) as session, session.begin():
        yield session
