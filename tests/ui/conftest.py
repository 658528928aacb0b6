"""Fixtures for the window's tests: a demo library on disk and its reports."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import DRAFT, SEED


@dataclass(frozen=True)
class DemoLibrary:
    """A library holding the seed (``old``) and the sample next-year draft (``new``)."""

    url: str
    old: int
    new: int


@pytest.fixture
def demo_library(tmp_path) -> DemoLibrary:
    from hjdesk.jobs import import_files, run
    from hjdesk.store.db import open_engine

    url = f"sqlite:///{tmp_path / 'library.sqlite3'}"
    engine = open_engine(url)
    outcomes = run(import_files(engine, [SEED, DRAFT]))
    engine.dispose()
    assert not any(o.error for o in outcomes)
    return DemoLibrary(url, outcomes[0].report_id, outcomes[1].report_id)


@pytest.fixture
def library(demo_library):
    """The demo library opened as the window opens it."""
    from hjdesk.ui.library import Library

    opened = Library(demo_library.url)
    yield opened
    opened.dispose()
