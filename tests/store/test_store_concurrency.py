"""Several programs importing into one library at once, on SQLite and PostgreSQL.

Each round starts the importers on a library that does not exist yet, so they
also race to create its schema. Every file must then be stored exactly once,
whole, and no importer may have reported an error: a busy library is waited
for. The full-size runs (20 rounds of 2 and of 4 importers) are
``python3 -m tests.store.stress``; these are a few rounds of each.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.store.stress import Reference, concurrency_round, deal, new_library

pytestmark = pytest.mark.usefixtures("corpus")

ROUNDS = 2
#: Files of its own per importer, besides the one every importer gets.
PER_PROCESS = 2


def _assert_round_held(result) -> None:
    """Every file stored once and whole, no importer failing."""
    assert result.errors == []
    assert result.imported == result.files
    assert result.missing == 0
    assert dict(result.created) == {digest: 1 for digest in result.created}, "a text was stored twice"
    assert result.duplicated == 0
    assert result.check.partial == []
    assert (result.check.integrity, result.check.foreign_keys) == ("ok", 0)
    assert result.check.reports == result.files


@pytest.mark.parametrize("processes", [2, 4])
def test_importers_at_once_store_every_file_once_and_whole(
        backend: str, processes: int, tmp_path: Path, stress_provinces: dict[str, list[Path]],
        stress_reference: Reference) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        hands = deal(processes, stress_provinces, PER_PROCESS, rng)
        spread = [{p.parent.name for p in hand} for hand in hands]
        assert set.intersection(*spread[:2]), "some province's years go to different importers"
        with new_library(backend, tmp_path) as url:
            result = concurrency_round(url, hands, stress_reference, tmp_path, launcher="fork")
        print(f"seed {seed}: {result}")
        _assert_round_held(result)


def test_two_command_lines_at_once(tmp_path: Path, stress_provinces: dict[str, list[Path]],
                                   stress_reference: Reference) -> None:
    """The same through ``python -m hjdesk import``, as two people run it."""
    hands = deal(2, stress_provinces, PER_PROCESS, random.Random())
    with new_library("sqlite", tmp_path) as url:
        result = concurrency_round(url, hands, stress_reference, tmp_path, launcher="cli")
    _assert_round_held(result)


def test_jurisdictions_are_not_duplicated(backend: str, tmp_path: Path, stress_provinces: dict[str, list[Path]],
                                          stress_reference: Reference) -> None:
    """Four importers filing one province's years at once make one jurisdiction."""
    province = sorted(stress_provinces)[0]
    hands = [[path] for path in stress_provinces[province]]
    with new_library(backend, tmp_path) as url:
        result = concurrency_round(url, hands, stress_reference, tmp_path, launcher="fork")
        _assert_round_held(result)
        from sqlalchemy import text

        from hjdesk.store.db import open_engine

        engine = open_engine(url)
        try:
            with engine.connect() as connection:
                names = connection.execute(text("SELECT name FROM jurisdiction")).scalars().all()
        finally:
            engine.dispose()
    assert names == [province]


def test_a_reader_is_not_blocked_by_a_writer(engine, db_path: Path, make_report) -> None:
    """While another program holds the write lock, reading sessions still read."""
    from hjdesk.store.db import session_scope
    from hjdesk.store.repository import list_reports, save_report

    with session_scope(engine) as session:
        save_report(session, make_report(), source_name="a.md")
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with session_scope(engine, write=False) as session:
            assert len(list_reports(session)) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
