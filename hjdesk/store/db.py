"""Opening the database: engine, connection settings, schema migration, sessions.

The schema is brought to the newest Alembic revision every time the database is
opened. Alembic is driven in code, so no ``alembic.ini`` has to exist on disk.
It is imported only when a migration is due: the stamped revision is read with
one query and compared with :data:`SCHEMA_HEADS`, which keeps opening cheap
(importing Alembic costs more than the rest of opening a current library).

Several programs may use one library at once (two people importing into a
shared SQLite file, or a team's PostgreSQL database). On SQLite a transaction
that may write starts as the writer (``BEGIN IMMEDIATE``, see
:func:`session_scope`), so it waits for the lock up to :data:`BUSY_TIMEOUT_MS`
instead of failing when it later upgrades from reading. A SQLite file whose
file or folder is not writable is opened read-only. Failures of the library
as a whole come out as :class:`~hjdesk.store.errors.LibraryError` sentences.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from .errors import LibraryError, LibraryNeedsUpgrade, LibraryNotCreated, library_error, library_label

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

from ..schema_version import SCHEMA_HEADS  # noqa: E402  (kept light for hjdesk list)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
from ..quick_list import DB_FILENAME  # noqa: E402,F401  (the file name lives beside the quick reader)
#: How long a connection waits for another process's lock before failing
#: (SQLite's busy timeout, PostgreSQL's ``lock_timeout``).
BUSY_TIMEOUT_MS = 5000
#: How long connecting to a database server may take before it counts as unreachable.
CONNECT_TIMEOUT_S = 10
#: Key in a connection's ``info`` that overrides the next SQLite ``BEGIN``.
_BEGIN_KEY = "hjdesk_sqlite_begin"
#: Execution option: the transaction about to begin may write.
_WRITE_OPTION = "hjdesk_write"
#: Engine execution option: the SQLite file was opened read-only.
_READ_ONLY_OPTION = "hjdesk_read_only"
#: Key of PostgreSQL's transaction-level advisory lock taken while migrating
#: ("hjdesk" in ASCII), so two programs opening a new database take turns.
_MIGRATION_LOCK = 0x686A6465736B


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
    ``migrate`` is false, bring its schema to the newest revision.

    A SQLite library whose file or folder is not writable is opened read-only
    (:func:`is_read_only`). Raises :class:`~hjdesk.store.errors.LibraryError`
    when the library cannot be reached, stays locked, or is read-only and
    would have to be created or upgraded.
    """
    sa_url = make_url(url or default_url())
    path = sqlite_file(sa_url)
    read_only = path is not None and _sqlite_read_only(sa_url, path)
    engine = _create_engine(sa_url, path, read_only)
    if migrate:
        try:
            migrate_to_head(engine)
        except BaseException as exc:
            engine.dispose()
            error = _library_error(exc, engine)
            if error is None:
                raise
            raise error from exc
    return engine


def _sqlite_read_only(url: URL, path: Path) -> bool:
    """Whether the SQLite file must be opened read-only; makes the folder of a
    new library. A new library cannot be made in a folder that refuses it."""
    if path.exists():
        # SQLite writes beside the file (-wal, -shm) as well as into it.
        return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryNotCreated(library_label(url), f"文件夹 {path.parent} 无法建立：{exc.strerror}") from exc
    if not os.access(path.parent, os.W_OK):
        raise LibraryNotCreated(library_label(url), f"文件夹 {path.parent} 不可写")
    return False


def is_read_only(engine: Engine) -> bool:
    """Whether the engine's SQLite file was opened read-only (reading only)."""
    return bool(engine.get_execution_options().get(_READ_ONLY_OPTION, False))


def _create_engine(url: URL, path: Path | None, read_only: bool) -> Engine:
    """An engine with the connection settings installed."""
    if url.get_backend_name() != "sqlite":
        return _create_server_engine(url)
    if path is None:
        # One shared connection: each new connection to ``sqlite://`` would be
        # a different, empty database without the migrated schema.
        engine = create_engine(url, poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    elif read_only:
        uri = _read_only_uri(path)
        # The creator keeps the URL the user gave (for sentences and backups).
        engine = create_engine(url, execution_options={_READ_ONLY_OPTION: True}, creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000))
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _install_sqlite_listeners(engine, wal=path is not None and not read_only)
    return engine


def _read_only_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` for reading only.

    A WAL database needs its ``-shm`` file even to read. Where the folder is
    not writable and there is none, none can be made; then no program has
    the library open (a writer keeps a ``-shm`` beside it), and the file is
    opened as immutable, which needs no ``-shm``. (A program that starts
    writing it while this one reads is not noticed: a folder this program
    may not write to is taken to be one nobody writes to.)
    """
    uri = f"file:{urllib.parse.quote(str(path.absolute()))}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri


def _create_server_engine(url: URL) -> Engine:
    """An engine for a database server: a bounded wait to connect and for
    locks, and connections checked before use, so a server that restarted
    while the window stayed open is connected to again."""
    if url.get_backend_name() != "postgresql":
        return create_engine(url, pool_pre_ping=True)
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record: object) -> None:
        # Without it a transaction waits forever behind a lock someone holds.
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.commit()

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
            # First, so that even switching to WAL waits for another opener.
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if wal:
                # Readers and one writer (an import) do not block each other.
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(connection.info.pop(_BEGIN_KEY, None) or _begin_statement(connection))


def _begin_statement(connection: Connection) -> str:
    """``BEGIN IMMEDIATE`` for a transaction that may write, so it queues for
    the write lock at its start. A deferred one that read first and then
    wants to write fails at once with "database is locked" whenever another
    program wrote meanwhile: SQLite cannot let it wait, its snapshot is stale.
    A read-only file takes no write lock at all."""
    options = connection.get_execution_options()
    if options.get(_WRITE_OPTION) and not options.get(_READ_ONLY_OPTION):
        return "BEGIN IMMEDIATE"
    return "BEGIN"


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
        if is_read_only(engine):
            raise LibraryNeedsUpgrade(library_label(engine.url))
        if engine.dialect.name == "sqlite":
            _migrate_sqlite(connection, heads)
        else:
            _migrate_server(connection, heads)


def _migrate_server(connection: Connection, heads: frozenset[str]) -> None:
    """Upgrade a server database in one transaction. On PostgreSQL an advisory
    lock makes programs opening a new database at once take turns: the
    second finds the schema current instead of creating the tables again."""
    from alembic import command

    with connection.begin():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            if _current_revisions(connection) == heads:
                return
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
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """One session per user action: commit on success, roll back on error.

    ``write`` says the action may write. On SQLite its transaction then starts
    as the writer and waits its turn behind another program's import (up to
    :data:`BUSY_TIMEOUT_MS`); a library opened read-only still reads, and only
    a write there fails. Pass ``write=False`` for an action that only reads:
    it reads one snapshot and never waits for a writer. Nothing is written
    until the block ends, and then at once: when ``session_scope`` returns,
    the action is on disk and survives the program being killed.

    Raises :class:`~hjdesk.store.errors.LibraryError` (locked past the wait,
    unreachable, read-only, damaged) with the transaction rolled back.
    """
    try:
        with Session(engine) as session, session.begin():
            # Taking the connection now begins the transaction the right way.
            session.connection(execution_options={_WRITE_OPTION: write})
            yield session
    except Exception as exc:
        error = _library_error(exc, engine)
        if error is None:
            raise
        raise error from exc


def _library_error(exc: BaseException, engine: Engine) -> LibraryError | None:
    """The library-level error a driver's exception stands for; ``None`` for
    one that is not about the library as a whole (or is one already)."""
    if isinstance(exc, LibraryError):
        return None
    return library_error(exc, engine.url, BUSY_TIMEOUT_MS / 1000)
