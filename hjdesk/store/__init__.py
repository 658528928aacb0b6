"""The report library: a SQLite (or PostgreSQL) database behind plain functions.

Open it with :func:`open_engine`, wrap each user action in
:func:`session_scope`, and call the repository functions inside it. When the
library as a whole fails (locked past the wait, unreachable, read-only,
damaged), both raise a :class:`LibraryError`: one sentence naming the
library, and ``retry`` saying whether trying again later can help.
Machine indicators and people's corrections are stored apart
(:mod:`.indicators_repo` and :mod:`.corrections_repo`); :mod:`.repository`
re-exports both.
"""

from .db import default_url, is_read_only, open_engine, session_scope
from .errors import LibraryError, LibraryLocked, LibraryReadOnly, LibraryUnreachable
from .repository import (
    ReportNotFound,
    ReportSummary,
    SavedReport,
    StoredReport,
    corrected_indicators,
    delete_gap_decision,
    delete_indicator_correction,
    delete_report,
    extractor_version,
    list_reports,
    load_gap_decisions,
    load_indicator_corrections,
    load_indicators,
    load_report,
    save_gap_decision,
    save_indicator_correction,
    save_indicators,
    save_report,
    set_label,
)

__all__ = [
    "LibraryError",
    "LibraryLocked",
    "LibraryReadOnly",
    "LibraryUnreachable",
    "ReportNotFound",
    "ReportSummary",
    "SavedReport",
    "StoredReport",
    "corrected_indicators",
    "default_url",
    "delete_gap_decision",
    "delete_indicator_correction",
    "delete_report",
    "extractor_version",
    "is_read_only",
    "list_reports",
    "load_gap_decisions",
    "load_indicator_corrections",
    "load_indicators",
    "load_report",
    "open_engine",
    "save_gap_decision",
    "save_indicator_correction",
    "save_indicators",
    "save_report",
    "session_scope",
    "set_label",
]
