"""Shared fixtures: offscreen Qt, isolated data folders, the shipped seed, and
the real reports beside the checkout in ../shared (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "hongjiang_2025.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path_factory, monkeypatch):
    """No test touches the user's real data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return CORPUS


def corpus_files(*suffixes: str) -> list[Path]:
    """Corpus files for parametrisation (empty when ../shared is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in suffixes)


def expected_identity(path: Path) -> tuple[str, int]:
    """The truth the corpus layout gives: jurisdiction and report year of a file."""
    rel = path.relative_to(CORPUS).parts
    jurisdiction = {"national": "全国", "hunan": "湖南省", "huaihua": "怀化市"}.get(rel[0], rel[1] if len(rel) > 2 else "")
    return jurisdiction, int(path.stem[:4])

DRAFT = ROOT / "seeds" / "hongjiang_2026_draft.txt"


def cli_json(capsys, *argv):
    """Run a command with ``--json``, require success, return the parsed output."""
    import json

    from hjdesk.cli import main

    code = main([*argv, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


@pytest.fixture
def demo_pair(tmp_path, capsys):
    """A library holding the seed (report 1) and the sample next-year draft (report 2)."""
    db = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    reports = cli_json(capsys, "import", str(SEED), str(DRAFT), "--db", db)["reports"]
    return db, reports[0]["id"], reports[1]["id"]


def import_failure(data: bytes, name: str) -> str:
    """The one sentence an import of bad bytes fails with; it names the file
    and says what is wrong in Chinese."""
    import re

    from hjdesk.importers import ImportFailure, read_bytes

    with pytest.raises(ImportFailure) as caught:
        read_bytes(data, name)
    message = str(caught.value)
    assert name in message and re.search(r"[\u4e00-\u9fff]{4}", message)
    return message


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


def planted_draft() -> str:
    """The sample draft with three planted mistakes: four sentences of last
    year's review carried over with their figures, the GDP growth stated a
    second time with another value, and 今年是“十四五”规划收官之年 in the plan."""
    last = SEED.read_text(encoding="utf-8").splitlines()
    lines = DRAFT.read_text(encoding="utf-8").splitlines()
    review = next(i for i, line in enumerate(lines) if line.startswith("这一年,我们顶住压力")) + 1
    plan = next(i for i, line in enumerate(lines) if line.startswith("2026年是“十五五”")) + 1
    carried = next(line for line in last if line.startswith("这一年,令人瞩目的是"))
    lines[plan:plan] = ["今年是“十四五”规划收官之年,各项工作要善始善终。"]
    lines[review:review] = [carried, "全年地区生产总值增长5.1%。"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def planted_library(tmp_path) -> DemoLibrary:
    """A library holding the seed (``old``) and the sample draft with planted mistakes (``new``)."""
    from hjdesk.jobs import import_files, run
    from hjdesk.store.db import open_engine

    draft = tmp_path / "hongjiang_2026_planted.txt"
    draft.write_text(planted_draft(), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'planted.sqlite3'}"
    engine = open_engine(url)
    outcomes = run(import_files(engine, [SEED, draft]))
    engine.dispose()
    assert not any(o.error for o in outcomes)
    return DemoLibrary(url, outcomes[0].report_id, outcomes[1].report_id)
