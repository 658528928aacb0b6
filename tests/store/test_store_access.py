"""A library that cannot be used as asked: locked past the wait, out of reach,
read-only, damaged. Each is one sentence naming the library (never blaming a
file being imported), says whether trying again can help, and leaves the
database as it was; a read-only library can still be read."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hjdesk import analysis
from hjdesk.cli import main
from hjdesk.core.indicators import extract_indicators
from hjdesk.jobs import import_files, run
from hjdesk.store import db
from hjdesk.store.db import is_read_only, open_engine, session_scope
from hjdesk.store.errors import (
    LibraryDamaged,
    LibraryError,
    LibraryLocked,
    LibraryNeedsUpgrade,
    LibraryNotCreated,
    LibraryReadOnly,
    LibraryUnreachable,
)
from hjdesk.store.repository import list_reports, load_report, save_report
from tests.conftest import DRAFT, SEED
from tests.store.stress import pg_schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    """Wait 0.2 s for a lock instead of 5 s (engines opened after this)."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    return 0.2


@pytest.fixture
def held_sqlite(db_path: Path, short_wait: float) -> Iterator[sqlite3.Connection]:
    """A migrated library whose write lock another program holds."""
    open_engine(f"sqlite:///{db_path}").dispose()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def _assert_library_sentence(message: str, library: str) -> None:
    """One sentence, naming the library, not an internal error."""
    assert library in message
    assert "内部错误" not in message and "维护人员" not in message
    assert message.count("。") == 1 and message.endswith("。")


# --- Locked ----------------------------------------------------------------------------------------

def test_an_import_into_a_library_locked_past_the_wait_names_the_library(
        held_sqlite, db_url: str, db_path: Path, count_rows) -> None:
    engine = open_engine(db_url)
    try:
        outcomes = run(import_files(engine, [SEED, DRAFT]))
        first, second = outcomes
        _assert_library_sentence(first.error, str(db_path))
        assert "占用" in first.error and SEED.name not in first.error
        assert first.library_error and second.library_error
        assert DRAFT.name in second.error and "没有导入" in second.error
        held_sqlite.execute("ROLLBACK")
        assert set(count_rows(engine).values()) == {0}, "the refused import changed the library"
        held_sqlite.execute("BEGIN IMMEDIATE")  # as the fixture expects to end it
    finally:
        engine.dispose()


def test_locked_is_an_error_worth_retrying(held_sqlite, db_url: str, make_report) -> None:
    engine = open_engine(db_url)
    try:
        with pytest.raises(LibraryLocked) as caught, session_scope(engine) as session:
            save_report(session, make_report(), source_name="a.md")
        assert caught.value.retry
        held_sqlite.execute("ROLLBACK")
        with session_scope(engine) as session:  # the retry, once the lock is free
            save_report(session, make_report(), source_name="a.md")
        with session_scope(engine, write=False) as session:
            assert len(list_reports(session)) == 1
        held_sqlite.execute("BEGIN IMMEDIATE")
    finally:
        engine.dispose()


def test_the_command_line_says_locked_in_one_sentence(held_sqlite, db_url: str, db_path: Path, capsys) -> None:
    assert main(["import", str(SEED), "--db", db_url]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    _assert_library_sentence(lines[0], str(db_path))


def test_a_locked_postgresql_library_names_the_library(pg_url: str, short_wait: float) -> None:
    from sqlalchemy import create_engine

    with pg_schema(pg_url) as url:
        engine = open_engine(url)
        holder = create_engine(url)
        try:
            with holder.begin() as connection:
                connection.exec_driver_sql("LOCK TABLE report IN ACCESS EXCLUSIVE MODE")
                outcome = run(import_files(engine, [SEED]))[0]
            _assert_library_sentence(outcome.error, db.library_label(url))
            assert outcome.library_error and "占用" in outcome.error
            assert run(import_files(engine, [SEED]))[0].created  # free again
        finally:
            holder.dispose()
            engine.dispose()


# --- Unreachable and damaged ----------------------------------------------------------------------

def test_an_unreachable_server_is_one_sentence_without_the_password(capsys) -> None:
    pytest.importorskip("psycopg")
    url = "postgresql+psycopg://hjdesk:s3cret@127.0.0.1:1/nowhere"  # nothing listens on port 1
    with pytest.raises(LibraryUnreachable) as caught:
        open_engine(url)
    assert caught.value.retry
    _assert_library_sentence(str(caught.value), "127.0.0.1:1/nowhere")
    assert "s3cret" not in str(caught.value)
    assert main(["list", "--db", url]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("hjdesk：无法连接报告库") and "s3cret" not in err and len(err.splitlines()) == 1


def test_a_folder_in_place_of_the_file_is_unreachable(tmp_path: Path) -> None:
    (tmp_path / "lib.sqlite3").mkdir()
    with pytest.raises(LibraryUnreachable) as caught:
        open_engine(f"sqlite:///{tmp_path / 'lib.sqlite3'}")
    _assert_library_sentence(str(caught.value), str(tmp_path / "lib.sqlite3"))


def test_a_file_that_is_no_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a database, " * 512)
    with pytest.raises(LibraryDamaged) as caught:
        open_engine(f"sqlite:///{path}")
    assert not caught.value.retry
    _assert_library_sentence(str(caught.value), str(path))
    assert path.read_bytes() == b"not a database, " * 512


# --- Read-only, as this program sees it ----------------------------------------------------------

@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's file and folder answer "not writable", as to a person
    without write rights (the tests run as root, who may write anyway)."""
    real = os.access
    monkeypatch.setattr(db.os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real(path, mode, **kw))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_library_reads_and_refuses_writes(demo_library, tmp_path: Path, unwritable,
                                                     make_report) -> None:
    path = db.sqlite_file(demo_library.url)
    before = _digest(path)
    engine = open_engine(demo_library.url)
    try:
        assert is_read_only(engine)
        with session_scope(engine) as session:  # a session that may write still reads
            assert [r.id for r in list_reports(session)] == [demo_library.old, demo_library.new]
            assert load_report(session, demo_library.old).parsed.text
        with pytest.raises(LibraryReadOnly) as caught, session_scope(engine) as session:
            save_report(session, make_report(), source_name="a.md")
        assert not caught.value.retry
        _assert_library_sentence(str(caught.value), str(path))
        first, second = run(import_files(engine, [tmp_path / "never-read.md", DRAFT]))
        _assert_library_sentence(first.error, str(path))
        assert "只读" in first.error and "never-read" not in first.error and second.library_error
    finally:
        engine.dispose()
    assert _digest(path) == before


def test_a_read_only_library_shows_indicators_of_the_current_extractor(demo_library, unwritable) -> None:
    path = db.sqlite_file(demo_library.url)
    with sqlite3.connect(path) as connection:  # as an older hjdesk stored them
        connection.execute("UPDATE report SET extractor_version = 'old'")
        connection.execute("DELETE FROM indicator")
    connection.close()
    engine = open_engine(demo_library.url)
    try:
        with session_scope(engine) as session:
            shown = analysis.indicators_for(session, demo_library.old)
            expected = extract_indicators(load_report(session, demo_library.old).parsed)
    finally:
        engine.dispose()
    assert shown == expected and shown
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT DISTINCT extractor_version FROM report").fetchall() == [("old",)]
    connection.close()


def test_a_read_only_library_of_an_older_schema_says_so(demo_library, unwritable) -> None:
    path = db.sqlite_file(demo_library.url)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.close()
    with pytest.raises(LibraryNeedsUpgrade) as caught:
        open_engine(demo_library.url)
    _assert_library_sentence(str(caught.value), str(path))


def test_no_new_library_in_a_folder_that_refuses_it(tmp_path: Path, unwritable) -> None:
    with pytest.raises(LibraryNotCreated) as caught:
        open_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    _assert_library_sentence(str(caught.value), str(tmp_path / "new.sqlite3"))
    assert not (tmp_path / "new.sqlite3").exists()


# --- Read-only, for real: a person without write rights ---------------------------------------

def _without_write_rights() -> list[str]:
    """The command prefix that runs a program without the right to write
    files it does not own the write bits of: nothing for an ordinary user;
    for root, dropping the capability to override file permissions."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot take the write rights away")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr[-200:]!r}")
    return prefix


def _hjdesk(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*_without_write_rights(), sys.executable, "-m", "hjdesk", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def read_only_folder(demo_library) -> Iterator[Path]:
    """The demo library's folder and file made read-only (write bits off)."""
    path = db.sqlite_file(demo_library.url)
    folder = path.parent
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield path
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_library_in_a_read_only_folder_can_be_listed(read_only_folder: Path, demo_library) -> None:
    before = sorted(p.name for p in read_only_folder.parent.iterdir())
    done = _hjdesk("list", "--db", demo_library.url)
    assert done.returncode == 0, done.stderr
    assert "洪江区" in done.stdout
    done = _hjdesk("indicators", str(demo_library.old), "--db", demo_library.url)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == before, "nothing written beside it"


def test_importing_into_a_read_only_library_is_refused_in_one_sentence(read_only_folder: Path,
                                                                      demo_library) -> None:
    before = _digest(read_only_folder)
    done = _hjdesk("import", str(SEED), "--db", demo_library.url)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("hjdesk：")]
    assert len(lines) == 1, done.stderr
    _assert_library_sentence(lines[0], str(read_only_folder))
    assert "只读" in lines[0]
    assert _digest(read_only_folder) == before


def test_a_read_only_file_in_a_writable_folder_can_be_listed(demo_library) -> None:
    path = db.sqlite_file(demo_library.url)
    path.chmod(0o444)
    try:
        done = _hjdesk("list", "--db", demo_library.url)
    finally:
        path.chmod(0o644)
    assert done.returncode == 0, done.stderr
    assert "洪江区" in done.stdout


def test_library_errors_are_one_family() -> None:
    """The window catches LibraryError and offers a retry when ``retry`` says so."""
    for kind in (LibraryLocked, LibraryUnreachable, LibraryReadOnly, LibraryNeedsUpgrade, LibraryNotCreated,
                 LibraryDamaged):
        assert issubclass(kind, LibraryError)
    assert [k.retry for k in (LibraryLocked, LibraryUnreachable, LibraryReadOnly, LibraryDamaged)] == [
        True, True, False, False]
