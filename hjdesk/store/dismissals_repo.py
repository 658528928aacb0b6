"""Dismissals of draft-check findings: a person's "this is fine", with a
note, stored apart from anything the machine computes and keyed by the
draft's content hash and the finding's kind and words, so a dismissal
survives re-importing the draft and re-running the checks. As elsewhere in
the store, functions take the caller's Session and leave the transaction to
the caller."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .identity import report_hash
from .models import DismissalRow


def load_dismissals(session: Session, report_id: int) -> dict[str, str]:
    """``{finding key: note}`` for every dismissed finding of a draft."""
    rows = session.execute(select(DismissalRow.finding_key, DismissalRow.note)
                           .where(DismissalRow.report_hash == report_hash(session, report_id)))
    return {key: note for key, note in rows}


def save_dismissal(session: Session, report_id: int, finding_key: str, kind: str, note: str) -> None:
    """Dismiss one finding (a second dismissal replaces the note)."""
    digest = report_hash(session, report_id)
    row = session.scalar(select(DismissalRow).where(DismissalRow.report_hash == digest,
                                                    DismissalRow.finding_key == finding_key))
    if row is None:
        row = DismissalRow(report_hash=digest, finding_key=finding_key, kind=kind)
        session.add(row)
    row.note = note
    row.updated_at = datetime.now(timezone.utc)
    session.flush()


def delete_dismissal(session: Session, report_id: int, finding_key: str) -> bool:
    """Take a dismissal back; whether there was one."""
    result = session.execute(delete(DismissalRow).where(
        DismissalRow.report_hash == report_hash(session, report_id), DismissalRow.finding_key == finding_key))
    return bool(result.rowcount)
