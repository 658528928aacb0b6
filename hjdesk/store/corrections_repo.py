"""People's corrections of indicators and decisions on gap tables.

Both are stored apart from the machine's indicators and keyed by the reports'
content hashes, not their ids: re-extraction rewrites only machine rows, and a
report deleted and imported again (same text, new id) finds its corrections
waiting. As in :mod:`hjdesk.store.repository`, every function takes the
caller's Session and leaves the transaction to the caller.

One correction per ``(report, key, action)``; what saving a correction does
to the others of the same key, so that the newest decision wins:

* ``edit`` merges its changes into an existing edit of that key and drops a
  ``delete`` of it; an edit of an indicator the person added is folded into
  that ``add`` instead (no separate edit is kept);
* ``delete`` drops an existing edit and add of that key;
* ``add`` is keyed by the added indicator's own key, whatever ``key`` says.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hjdesk.core.corrections import (
    ACTIONS,
    EDITABLE,
    GapDecision,
    IndicatorCorrection,
    apply_corrections,
)
from hjdesk.core.model import Indicator

from .identity import report_hash
from .indicators_repo import load_indicators
from .models import GapDecisionRow, IndicatorCorrectionRow

_INDICATOR_FIELDS = frozenset(f.name for f in dataclasses.fields(Indicator))


def indicator_to_json(indicator: Indicator) -> str:
    """An indicator as a JSON object of its fields."""
    return json.dumps(dataclasses.asdict(indicator), ensure_ascii=False)


def indicator_from_json(data: str) -> Indicator:
    """The indicator :func:`indicator_to_json` wrote. Unknown fields (from a
    newer hjdesk) are ignored, missing ones take their defaults, and values
    come back as floats even if an integer was stored."""
    fields = {k: v for k, v in json.loads(data).items() if k in _INDICATOR_FIELDS}
    fields["value"] = float(fields["value"])
    if fields.get("value_high") is not None:
        fields["value_high"] = float(fields["value_high"])
    return Indicator(**fields)


def save_indicator_correction(session: Session, report_id: int,
                              correction: IndicatorCorrection) -> None:
    """Store a correction of a report's indicators (see the module docstring
    for how it meets earlier corrections of the same key)."""
    _check(correction)
    digest = report_hash(session, report_id)
    if correction.action == "add":
        assert correction.added is not None
        _upsert(session, digest, correction.added.key, "add",
                quote=correction.quote or correction.added.quote,
                changes=(), added=correction.added, note=correction.note)
    elif correction.action == "delete":
        _drop(session, digest, correction.key, ("edit", "add"))
        _upsert(session, digest, correction.key, "delete", quote=correction.quote,
                changes=(), added=None, note=correction.note)
    else:
        _save_edit(session, digest, correction)
    session.flush()


def _check(correction: IndicatorCorrection) -> None:
    """Refuse corrections that could not be applied as stored."""
    if correction.action not in ACTIONS:
        raise ValueError(f"unknown correction action {correction.action!r}")
    if correction.action == "add":
        if correction.added is None:
            raise ValueError("an 'add' correction needs the added indicator")
        return
    if not correction.key:
        raise ValueError(f"an {correction.action!r} correction needs the indicator's key")
    unknown = [field for field, _ in correction.changes if field not in EDITABLE]
    if unknown:
        raise ValueError(f"fields that cannot be corrected: {', '.join(unknown)}")


def _save_edit(session: Session, digest: str, correction: IndicatorCorrection) -> None:
    """Merge an edit into the earlier edit, or into the person's own add."""
    add_row = _find(session, digest, correction.key, "add")
    if add_row is not None and add_row.added is not None:
        previous = indicator_from_json(add_row.added)
        edited = apply_corrections([previous], [correction])[0]
        edited = dataclasses.replace(edited, corrected=previous.corrected, note=previous.note)
        note = correction.note or add_row.note
        session.delete(add_row)
        session.flush()
        # The key follows the edit when it renames the indicator.
        _upsert(session, digest, edited.key, "add", quote=edited.quote, changes=(),
                added=edited, note=note)
        return
    _drop(session, digest, correction.key, ("delete",))
    earlier = _find(session, digest, correction.key, "edit")
    merged = dict(_changes(earlier.changes)) if earlier is not None else {}
    merged.update(correction.changes)
    note = correction.note or (earlier.note if earlier is not None else "")
    _upsert(session, digest, correction.key, "edit", quote=correction.quote,
            changes=tuple(merged.items()), added=None, note=note)


def _find(session: Session, digest: str, key: str, action: str) -> IndicatorCorrectionRow | None:
    return session.scalar(select(IndicatorCorrectionRow).where(
        IndicatorCorrectionRow.report_hash == digest, IndicatorCorrectionRow.key == key,
        IndicatorCorrectionRow.action == action))


def _drop(session: Session, digest: str, key: str, actions: Sequence[str]) -> None:
    session.execute(delete(IndicatorCorrectionRow).where(
        IndicatorCorrectionRow.report_hash == digest, IndicatorCorrectionRow.key == key,
        IndicatorCorrectionRow.action.in_(actions)))


def _upsert(session: Session, digest: str, key: str, action: str, *, quote: str,
            changes: tuple[tuple[str, Any], ...], added: Indicator | None, note: str) -> None:
    """Insert or overwrite the one correction of ``(digest, key, action)``."""
    row = _find(session, digest, key, action)
    if row is None:
        row = IndicatorCorrectionRow(report_hash=digest, key=key, action=action)
        session.add(row)
    row.quote = quote
    row.changes = json.dumps([list(pair) for pair in changes], ensure_ascii=False)
    row.added = None if added is None else indicator_to_json(added)
    row.note = note
    row.updated_at = _stamp(session, IndicatorCorrectionRow.updated_at,
                            IndicatorCorrectionRow.report_hash == digest)


def _stamp(session: Session, column: Any, *where: Any) -> datetime:
    """Now, but strictly after every earlier stamp of the same report (or
    pair), so "in updated order" holds even when the clock is coarse or
    stepped back."""
    now = datetime.now(timezone.utc)
    with session.no_autoflush:
        latest = session.scalar(select(func.max(column)).where(*where))
    if latest is not None and latest >= now:
        return latest + timedelta(microseconds=1)
    return now


def _changes(data: str) -> tuple[tuple[str, Any], ...]:
    return tuple((field, value) for field, value in json.loads(data))


def delete_indicator_correction(session: Session, report_id: int, key: str,
                                action: str | None = None) -> None:
    """Withdraw the corrections of ``key`` (only the one ``action`` if given):
    the machine's result shows again."""
    digest = report_hash(session, report_id)
    _drop(session, digest, key, ACTIONS if action is None else (action,))


def load_indicator_corrections(session: Session,
                               report_id: int) -> tuple[IndicatorCorrection, ...]:
    """A report's corrections, oldest decision first (the order they apply in)."""
    digest = report_hash(session, report_id)
    rows = session.scalars(
        select(IndicatorCorrectionRow).where(IndicatorCorrectionRow.report_hash == digest)
        .order_by(IndicatorCorrectionRow.updated_at, IndicatorCorrectionRow.id))
    return tuple(
        IndicatorCorrection(key=row.key, quote=row.quote, action=row.action,
                            changes=_changes(row.changes), note=row.note,
                            added=None if row.added is None else indicator_from_json(row.added))
        for row in rows)


def corrected_indicators(session: Session, report_id: int) -> tuple[Indicator, ...]:
    """The indicators a person sees: machine results with corrections applied."""
    return apply_corrections(load_indicators(session, report_id),
                             load_indicator_corrections(session, report_id))


def _pair(session: Session, old_id: int, new_id: int) -> tuple[str, str]:
    """The content hashes naming the gap table OLD → NEW."""
    return report_hash(session, old_id), report_hash(session, new_id)


def _where_pair(old_hash: str, new_hash: str) -> tuple[Any, ...]:
    return GapDecisionRow.old_hash == old_hash, GapDecisionRow.new_hash == new_hash


def save_gap_decision(session: Session, old_id: int, new_id: int,
                      decision: GapDecision) -> None:
    """Store a person's word on one target of the gap table OLD → NEW,
    replacing an earlier one on the same target."""
    if not decision.target_key:
        raise ValueError("a gap decision needs the target's key")
    old_hash, new_hash = _pair(session, old_id, new_id)
    pair = _where_pair(old_hash, new_hash)
    row = session.scalar(select(GapDecisionRow).where(
        *pair, GapDecisionRow.target_key == decision.target_key))
    if row is None:
        row = GapDecisionRow(old_hash=old_hash, new_hash=new_hash,
                             target_key=decision.target_key)
        session.add(row)
    row.actual_key = decision.actual_key
    row.status = decision.status
    row.note = decision.note
    row.updated_at = _stamp(session, GapDecisionRow.updated_at, *pair)
    session.flush()


def load_gap_decisions(session: Session, old_id: int, new_id: int) -> tuple[GapDecision, ...]:
    """The decisions on the gap table OLD → NEW, oldest first."""
    rows = session.execute(
        select(GapDecisionRow.target_key, GapDecisionRow.actual_key, GapDecisionRow.status,
               GapDecisionRow.note)
        .where(*_where_pair(*_pair(session, old_id, new_id)))
        .order_by(GapDecisionRow.updated_at, GapDecisionRow.id))
    return tuple(GapDecision(**row._asdict()) for row in rows)


def delete_gap_decision(session: Session, old_id: int, new_id: int, target_key: str) -> None:
    """Withdraw the decision on one target: the computed row shows again."""
    session.execute(delete(GapDecisionRow).where(
        *_where_pair(*_pair(session, old_id, new_id)), GapDecisionRow.target_key == target_key))
