"""Every real report of the corpus imports (issue: one failed indicator
used to cost the whole report)."""

from __future__ import annotations

import pytest

from hjdesk.jobs import import_files, run
from hjdesk.store.db import open_engine

from .conftest import CORPUS, corpus_files


def test_every_corpus_report_imports(tmp_path):
    files = corpus_files(".md", ".docx", ".txt")
    if not files:
        pytest.skip("../shared/corpus is not beside the checkout")
    engine = open_engine(f"sqlite:///{tmp_path / 'corpus.sqlite3'}")
    outcomes = run(import_files(engine, files))
    engine.dispose()
    failed = [(o.path.replace(str(CORPUS), ""), o.error) for o in outcomes if o.error]
    assert failed == []
    assert all(o.report_id for o in outcomes)
