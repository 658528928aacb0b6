"""Machine indicators: stored with the report, replaced on re-extraction."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from hjdesk.core.model import Indicator
from hjdesk.store.db import session_scope
from hjdesk.store.repository import (
    ReportNotFound,
    delete_report,
    extractor_version,
    load_indicators,
    save_indicators,
    save_report,
)


def _odd(parsed) -> Indicator:
    """An indicator using every optional field: a range, a stretch target, no year."""
    quote = "新质生产力"
    start = parsed.text.index(quote)
    return Indicator("新质生产力", "新质生产力指数", "level", 0.1 + 0.2, 1e-7, "万元", "range",
                     "other", None, start, start + len(quote), quote, stretch=True,
                     section=None)


def test_round_trip_returns_equal_indicators(any_engine: Engine, tracked, make_indicators) -> None:
    parsed = tracked.report("往返")
    indicators = (*make_indicators(parsed), _odd(parsed))
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=indicators,
                            extractor_version="extract-1")
    with session_scope(any_engine) as session:
        loaded = load_indicators(session, saved.id)
        assert extractor_version(session, saved.id) == "extract-1"
    assert loaded == indicators
    assert loaded[2].value == 0.1 + 0.2  # a double keeps every bit
    assert all(type(i.value) is float for i in loaded)
    assert type(loaded[2].value_high) is float
    assert (loaded[0].section, loaded[2].section, loaded[2].year) == (3, None, None)


def test_indicators_are_numbered_in_text_order(engine: Engine, make_report,
                                               make_indicators) -> None:
    parsed = make_report()
    indicators = make_indicators(parsed)
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md",
                            indicators=tuple(reversed(indicators)))
        assert load_indicators(session, saved.id) == indicators
        assert extractor_version(session, saved.id) == ""


def test_save_indicators_replaces_machine_rows(any_engine: Engine, tracked,
                                               make_indicators, count_rows) -> None:
    parsed = tracked.report("替换")
    first = make_indicators(parsed)
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=first,
                            extractor_version="extract-1")
    second = (dataclasses.replace(first[1], canonical="GDP"), _odd(parsed))
    with session_scope(any_engine) as session:
        save_indicators(session, saved.id, second, version="extract-2")
    with session_scope(any_engine) as session:
        assert load_indicators(session, saved.id) == second
        assert extractor_version(session, saved.id) == "extract-2"
        save_indicators(session, saved.id, (), version="extract-3")
    with session_scope(any_engine) as session:
        assert load_indicators(session, saved.id) == ()
        assert extractor_version(session, saved.id) == "extract-3"


def test_duplicate_import_leaves_indicators_alone(engine: Engine, make_report,
                                                  make_indicators) -> None:
    parsed = make_report()
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md",
                            indicators=make_indicators(parsed), extractor_version="extract-1")
    with session_scope(engine) as session:
        again = save_report(session, parsed, source_name="b.md", indicators=(),
                            extractor_version="extract-2")
        assert not again.created
        assert load_indicators(session, saved.id) == make_indicators(parsed)
        assert extractor_version(session, saved.id) == "extract-1"


@pytest.mark.parametrize("broken", [
    lambda i: dataclasses.replace(i, char_start=i.char_end + 1),  # CHECK span
    lambda i: dataclasses.replace(i, name=None),                  # NOT NULL name
])
def test_failing_indicator_rolls_back_the_import(engine: Engine, make_report, make_indicators,
                                                 count_rows, broken) -> None:
    parsed = make_report()
    good, target = make_indicators(parsed)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        save_report(session, parsed, source_name="a.md", indicators=(good, broken(target)))
    assert set(count_rows(engine).values()) == {0}


def test_failing_reextraction_keeps_the_old_indicators(engine: Engine, make_report,
                                                       make_indicators) -> None:
    parsed = make_report()
    good, target = make_indicators(parsed)
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=(good, target),
                            extractor_version="extract-1")
    bad = dataclasses.replace(target, char_start=-1)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        save_indicators(session, saved.id, (bad,), version="extract-2")
    with session_scope(engine) as session:
        assert load_indicators(session, saved.id) == (good, target)
        assert extractor_version(session, saved.id) == "extract-1"


def test_corrected_indicators_are_not_machine_results(engine: Engine, make_report,
                                                      make_indicators, count_rows) -> None:
    parsed = make_report()
    corrected = dataclasses.replace(make_indicators(parsed)[0], corrected=True)
    with pytest.raises(ValueError, match="corrections"), session_scope(engine) as session:
        save_report(session, parsed, source_name="a.md", indicators=(corrected,))
    assert set(count_rows(engine).values()) == {0}


def test_deleting_the_report_deletes_its_indicators(engine: Engine, make_report,
                                                    make_indicators, count_rows) -> None:
    parsed = make_report()
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md",
                            indicators=make_indicators(parsed))
    assert count_rows(engine)["indicator"] == 2
    with session_scope(engine) as session:
        delete_report(session, saved.id)
    assert count_rows(engine)["indicator"] == 0


def test_missing_report(engine: Engine) -> None:
    with session_scope(engine) as session:
        with pytest.raises(ReportNotFound):
            load_indicators(session, 9)
        with pytest.raises(ReportNotFound):
            extractor_version(session, 9)
        with pytest.raises(ReportNotFound):
            save_indicators(session, 9, (), version="x")
