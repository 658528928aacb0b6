"""Pins: a person's "this section of OLD is that section of NEW" (or "has no
counterpart"), stored per pair of reports and comparison mode, given back as
the ``(old id, new id)`` tuples the aligner takes.

A pin names its sections by start offset and heading, so it finds them again
after the outline is recomputed; a pin whose section is gone is left out."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from hjdesk.core.model import Section

from .identity import report_hash
from .models import PinRow

Pin = tuple[int | None, int | None]


def save_pin(session: Session, old_id: int, new_id: int, mode: str, old: Section | None,
             new: Section | None) -> None:
    """Fix ``old`` = ``new`` (either may be None: no counterpart). A section
    takes part in one pin at a time: older pins that name it are replaced."""
    if old is None and new is None:
        raise ValueError("a pin needs at least one section")
    old_hash, new_hash = report_hash(session, old_id), report_hash(session, new_id)
    clash = []
    if old is not None:
        clash.append(PinRow.old_start == old.char_start)
    if new is not None:
        clash.append(PinRow.new_start == new.char_start)
    session.execute(delete(PinRow).where(PinRow.old_hash == old_hash, PinRow.new_hash == new_hash,
                                         PinRow.mode == mode, or_(*clash)))
    session.add(PinRow(old_hash=old_hash, new_hash=new_hash, mode=mode,
                       old_start=old.char_start if old else None, old_heading=old.heading if old else "",
                       new_start=new.char_start if new else None, new_heading=new.heading if new else "",
                       updated_at=datetime.now(timezone.utc)))
    session.flush()


def load_pins(session: Session, old_id: int, new_id: int, mode: str, old_sections: tuple[Section, ...],
              new_sections: tuple[Section, ...]) -> tuple[Pin, ...]:
    """The pins of this comparison as section ids of the current outlines."""
    rows = session.scalars(select(PinRow).where(*_where(session, old_id, new_id, mode)).order_by(PinRow.id))
    pins = []
    for row in rows:
        old = _find(old_sections, row.old_start, row.old_heading)
        new = _find(new_sections, row.new_start, row.new_heading)
        if (row.old_start is None or old is not None) and (row.new_start is None or new is not None):
            pins.append((old, new))
    return tuple(pins)


def delete_pin(session: Session, old_id: int, new_id: int, mode: str, old: Section | None,
               new: Section | None) -> int:
    """Remove the pins that name ``old`` or ``new``; returns how many there were."""
    names = []
    if old is not None:
        names.append(PinRow.old_start == old.char_start)
    if new is not None:
        names.append(PinRow.new_start == new.char_start)
    if not names:
        return 0
    result = session.execute(delete(PinRow).where(*_where(session, old_id, new_id, mode), or_(*names)))
    return result.rowcount or 0


def clear_pins(session: Session, old_id: int, new_id: int, mode: str) -> int:
    """Remove every pin of this comparison; returns how many there were."""
    result = session.execute(delete(PinRow).where(*_where(session, old_id, new_id, mode)))
    return result.rowcount or 0


def _where(session: Session, old_id: int, new_id: int, mode: str):
    return (PinRow.old_hash == report_hash(session, old_id), PinRow.new_hash == report_hash(session, new_id),
            PinRow.mode == mode)


def _find(sections: tuple[Section, ...], start: int | None, heading: str) -> int | None:
    if start is None:
        return None
    for section in sections:
        if section.char_start == start and section.heading == heading:
            return section.id
    return None
