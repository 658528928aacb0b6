"""The report library: a SQLite (or PostgreSQL) database behind plain functions.

Open it with :func:`open_engine`, wrap each user action in
:func:`session_scope`, and call the repository functions inside it.
"""

from .db import default_url, open_engine, session_scope
from .repository import (
    ReportNotFound,
    ReportSummary,
    SavedReport,
    StoredReport,
    delete_report,
    list_reports,
    load_report,
    save_report,
    set_label,
)

__all__ = [
    "ReportNotFound",
    "ReportSummary",
    "SavedReport",
    "StoredReport",
    "default_url",
    "delete_report",
    "list_reports",
    "load_report",
    "open_engine",
    "save_report",
    "session_scope",
    "set_label",
]
