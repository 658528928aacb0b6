"""The demo library: a fresh database holding the reports shipped in ``seeds/``."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from .core.resources import data_dir
from .jobs import ImportOutcome, import_files, run
from .store.db import open_engine, sqlite_file

DEMO_FILE = "demo.sqlite3"


def seed_files() -> list[Path]:
    """The shipped sample reports, oldest first."""
    return sorted(p for p in data_dir("seeds").iterdir() if p.suffix in (".txt", ".md", ".docx"))


def demo_url() -> str:
    folder = Path(platformdirs.user_data_dir("hjdesk", appauthor=False))
    return f"sqlite:///{folder / DEMO_FILE}"


def build_demo_library(url: str | None = None) -> tuple[str, list[ImportOutcome]]:
    """Rebuild the demo database from scratch and import every seed into it."""
    url = url or demo_url()
    path = sqlite_file(url)
    if path is not None:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    engine = open_engine(url)
    outcomes = []
    for path in seed_files():
        # The shipped draft is an invented first draft; the seed was delivered.
        label = "初稿" if "draft" in path.stem else "定稿"
        outcomes.extend(run(import_files(engine, [path], label=label)))
    engine.dispose()
    return url, outcomes
