"""The write services shared by the window and the command line, and the
snapshots that undo puts back."""

from __future__ import annotations

import pytest

from hjdesk import analysis
from hjdesk.core.corrections import GapDecision, IndicatorCorrection
from hjdesk.store.db import open_engine, session_scope


@pytest.fixture
def library(demo_pair):
    db, old, new = demo_pair
    engine = open_engine(db)
    yield engine, old, new
    engine.dispose()


def _call(engine, fn, *args, **kwargs):
    with session_scope(engine) as session:
        return fn(session, *args, **kwargs)


def test_a_gap_decision_is_restored_to_what_it_was(library):
    engine, old, new = library
    row = next(r for r in _call(engine, analysis.gaps_for, old, new).table.rows if r.target)
    key = row.target.key
    assert _call(engine, analysis.gap_decision, old, new, key) is None
    _call(engine, analysis.decide_gap, old, new, GapDecision(key, status="unclear", note="待核"))
    first = _call(engine, analysis.gap_decision, old, new, key)
    assert first.status == "unclear"
    _call(engine, analysis.decide_gap, old, new, GapDecision(key, status="met"))
    _call(engine, analysis.restore_gap_decision, old, new, key, first)
    assert _call(engine, analysis.gap_decision, old, new, key) == first
    _call(engine, analysis.restore_gap_decision, old, new, key, None)
    assert _call(engine, analysis.gap_decision, old, new, key) is None


def test_indicator_corrections_are_restored_to_what_they_were(library):
    engine, old, _ = library
    target = _call(engine, analysis.indicators_for, old)[0]
    before = _call(engine, analysis.indicator_corrections, old, target.key)
    assert before == ()
    _call(engine, analysis.correct_indicator, old, IndicatorCorrection(target.key, target.quote, "edit",
                                                                       (("value", 99.0),), "人工"))
    assert _call(engine, analysis.indicators_for, old)[0].value == 99.0
    _call(engine, analysis.restore_indicator_corrections, old, target.key, before)
    assert _call(engine, analysis.indicators_for, old)[0] == target


def test_pins_are_restored_and_removed(library):
    engine, old, new = library
    outline = _call(engine, analysis.report, old).parsed.sections
    other = _call(engine, analysis.report, new).parsed.sections
    a, b = outline[3].id, other[3].id
    _call(engine, analysis.pin_sections, old, new, "same", a, b)
    pins = _call(engine, analysis.pins_of, old, new, "same")
    assert pins == ((a, b),)
    assert _call(engine, analysis.unpin_sections, old, new, "same", a, None) == 1
    assert _call(engine, analysis.pins_of, old, new, "same") == ()
    _call(engine, analysis.restore_pins, old, new, "same", pins)
    assert _call(engine, analysis.pins_of, old, new, "same") == pins


def test_a_report_is_refiled_and_deleted(library):
    engine, old, _ = library
    _call(engine, analysis.edit_report, old, jurisdiction="洪江区管委", year=2030, label="二稿")
    stored = _call(engine, analysis.report, old)
    assert (stored.jurisdiction, stored.year, stored.label) == ("洪江区管委", 2030, "二稿")
    _call(engine, analysis.delete_report, old)
    with pytest.raises(analysis.NotFound):
        _call(engine, analysis.report, old)
    with pytest.raises(analysis.NotFound):
        _call(engine, analysis.edit_report, old, label="定稿")
