"""``hjdesk list`` from a cold start: a current SQLite library is read with
the standard ``sqlite3`` module, read-only, without importing SQLAlchemy
(which alone costs more than the whole command may). Anything else, a
library that needs migrating, another database, an unreadable file, returns
None and the command takes the store's usual path."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from .schema_version import SCHEMA_HEADS

DB_FILENAME = "hjdesk.sqlite3"

_QUERY = """
SELECT r.id, coalesce(j.name, ''), r.year, r.label, r.title, r.delivered_on, r.source_name, r.imported_at,
       (SELECT count(*) FROM section s WHERE s.report_id = r.id), r.char_count
FROM report r LEFT JOIN jurisdiction j ON j.id = r.jurisdiction_id
ORDER BY coalesce(j.name, ''), r.year IS NULL, r.year, r.id
"""
_FIELDS = ("id", "jurisdiction", "year", "label", "title", "delivered", "source", "imported_at", "sections", "chars")


def default_file() -> Path:
    """The SQLite file in the user's data folder (not created here)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("hjdesk", appauthor=False)) / DB_FILENAME


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (no query options), else None."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url[len("sqlite:///"):]
    return Path(path) if path and path != ":memory:" else None


def list_reports(url: str) -> list[dict] | None:
    """The library's reports as ``hjdesk list`` writes them, or None when this
    path cannot answer (the caller then opens the library the usual way)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    rows = _read(path, "mode=ro")
    if rows is None and not os.access(path.parent, os.W_OK):
        # A library in a read-only folder (a CD, a shared drive): SQLite cannot make the
        # WAL index beside it, but nobody can be writing there either.
        rows = _read(path, "immutable=1")
    return None if rows is None else [_row(values) for values in rows]


def _read(path: Path, options: str) -> list[tuple] | None:
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?{options}", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        stamped = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        return connection.execute(_QUERY).fetchall() if stamped == SCHEMA_HEADS else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _row(values: tuple) -> dict:
    row = dict(zip(_FIELDS, values))
    stamp = datetime.fromisoformat(row["imported_at"])
    row["imported_at"] = (stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)).isoformat()
    row["delivered"] = row["delivered"] or None
    return row
