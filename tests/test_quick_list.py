"""``hjdesk list`` reads a current SQLite library without SQLAlchemy; what it
writes is exactly what the store's path writes, and anything it cannot
answer goes the usual way."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from hjdesk.quick_list import list_reports
from tests.conftest import ROOT, cli_json


def test_the_quick_reader_gives_what_the_store_gives(demo_library, capsys):
    from argparse import Namespace

    from hjdesk.cli import _list_through_store

    quick = list_reports(demo_library.url)
    assert quick is not None and len(quick) == 2
    slow = _list_through_store(Namespace(db=demo_library.url))
    assert [{k: v for k, v in row.items() if k != "chars"} for row in quick] == slow
    assert all(row["chars"] > 10000 for row in quick)
    listed = cli_json(capsys, "list", "--db", demo_library.url)["reports"]
    assert [r["id"] for r in listed] == [r["id"] for r in slow] and listed[0]["level"] == "district"


def test_a_library_that_needs_migrating_or_is_not_sqlite_goes_the_usual_way(demo_library, tmp_path, capsys):
    path = demo_library.url[len("sqlite:///"):]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
        connection.execute("ALTER TABLE report DROP COLUMN char_count")
        connection.execute("DROP TABLE dismissal")
    assert list_reports(demo_library.url) is None
    assert len(cli_json(capsys, "list", "--db", demo_library.url)["reports"]) == 2  # migrated on the way
    assert list_reports(demo_library.url) is not None
    assert list_reports("postgresql+psycopg://u:p@localhost/x") is None
    assert list_reports(f"sqlite:///{tmp_path / 'missing.sqlite3'}") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert list_reports(f"sqlite:///{tmp_path / 'junk.sqlite3'}") is None


def test_listing_a_current_library_imports_no_sqlalchemy(demo_library):
    code = ("import sys, runpy; sys.argv = ['hjdesk', 'list', '--json', '--db', %r]; "
            "from hjdesk.cli import main; code = main(); "
            "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3])); sys.exit(code)"
            % demo_library.url)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "[]"
    assert len(json.loads(done.stdout)["reports"]) == 2


def test_a_library_in_a_read_only_folder_can_be_listed(demo_library, tmp_path, capsys):
    import os
    import shutil

    if os.geteuid() == 0:
        import pytest

        pytest.skip("root writes into read-only folders; the check needs an ordinary user")
    folder = tmp_path / "cd"
    folder.mkdir()
    shutil.copy(demo_library.url[len("sqlite:///"):], folder / "library.sqlite3")
    folder.chmod(0o555)
    try:
        url = f"sqlite:///{folder / 'library.sqlite3'}"
        assert len(cli_json(capsys, "list", "--db", url)["reports"]) == 2
        assert sorted(p.name for p in folder.iterdir()) == ["library.sqlite3"]
    finally:
        folder.chmod(0o755)
