"""How stored reports are named: by id within one database, by the hash of
their text across deletions and re-imports; and the error for a missing one.

People's corrections and gap decisions are keyed by the hash, so they outlive
a deleted report and apply again when the same text is imported.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ReportRow


class ReportNotFound(LookupError):
    """No report has the given id. ``str(exc)`` is one Chinese sentence."""

    def __init__(self, report_id: int) -> None:
        super().__init__(f"报告 {report_id} 不存在；用 hjdesk list 查看报告库。")
        self.report_id = report_id


def content_hash(text: str) -> str:
    """SHA-256 of the stored text: the identity used to skip duplicate imports."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def report_hash(session: Session, report_id: int) -> str:
    """The content hash of a stored report: what corrections are keyed by."""
    found = session.scalar(select(ReportRow.content_hash).where(ReportRow.id == report_id))
    if found is None:
        raise ReportNotFound(report_id)
    return found
