"""Human corrections, kept apart from machine results and applied on top of
them, so re-running the extractor never overwrites a person's decision.

A correction is anchored to an indicator's key (span and subject); if the
offsets no longer hold it is found again by its quote and subject."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable, Mapping, Sequence

from .model import Indicator

ACTIONS = ("edit", "delete", "add")
#: Fields of an indicator a person may change.
EDITABLE = ("name", "canonical", "measure", "value", "value_high", "unit", "comparator", "role", "year")


@dataclass(frozen=True)
class IndicatorCorrection:
    """``edit`` changes fields of the anchored indicator, ``delete`` says it is
    not an indicator, ``add`` states one the machine missed (``added``)."""

    key: str
    quote: str
    action: str
    changes: tuple[tuple[str, Any], ...] = ()
    note: str = ""
    added: Indicator | None = None


@dataclass(frozen=True)
class GapDecision:
    """A person's word on one target of a gap table.

    ``actual_key``: None keeps the machine's pairing, ``""`` says NEW reports
    no result for it, any other value is the key of the result to use.
    ``status``: None keeps the computed status."""

    target_key: str
    actual_key: str | None = None
    status: str | None = None
    note: str = ""


def apply_corrections(machine: Sequence[Indicator], corrections: Iterable[IndicatorCorrection]) -> tuple[Indicator, ...]:
    """The indicators a person sees: machine results with corrections applied."""
    result = list(machine)
    for correction in corrections:
        if correction.action == "add" and correction.added is not None:
            result.append(replace(correction.added, corrected=True, note=correction.note))
            continue
        index = _find(result, correction)
        if index is None:
            continue
        if correction.action == "delete":
            del result[index]
        else:
            result[index] = _edited(result[index], correction)
    return tuple(sorted(result, key=lambda i: (i.char_start, i.char_end)))


def _find(indicators: Sequence[Indicator], correction: IndicatorCorrection) -> int | None:
    for index, indicator in enumerate(indicators):
        if indicator.key == correction.key:
            return index
    name = correction.key.partition(":")[2]
    for index, indicator in enumerate(indicators):
        if indicator.quote == correction.quote and indicator.name == name:
            return index
    return None


def _edited(indicator: Indicator, correction: IndicatorCorrection) -> Indicator:
    changes = {field: value for field, value in correction.changes if field in EDITABLE}
    if "value" in changes and changes["value"] is not None:
        changes["value"] = float(changes["value"])
    if changes.get("value_high") is not None:
        changes["value_high"] = float(changes["value_high"])
    return replace(indicator, **changes, corrected=True, note=correction.note or indicator.note, anchor=indicator.key)


def decisions_by_target(decisions: Iterable[GapDecision]) -> Mapping[str, GapDecision]:
    return {decision.target_key: decision for decision in decisions}
