"""People's corrections and gap decisions: stored apart from machine results,
keyed by the text's hash, so they survive re-extraction and re-import."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import Engine

from hjdesk.core.corrections import GapDecision, IndicatorCorrection
from hjdesk.core.model import Indicator
from hjdesk.store.corrections_repo import (
    corrected_indicators,
    delete_gap_decision,
    delete_indicator_correction,
    indicator_from_json,
    indicator_to_json,
    load_gap_decisions,
    load_indicator_corrections,
    save_gap_decision,
    save_indicator_correction,
)
from hjdesk.store.db import session_scope
from hjdesk.store.repository import (
    ReportNotFound,
    delete_report,
    load_indicators,
    save_indicators,
    save_report,
)


def _missed(parsed) -> Indicator:
    """An indicator the machine did not find, as a person would add it."""
    quote = "新质生产力"
    start = parsed.text.index(quote)
    return Indicator("新质生产力", "新质生产力", "count", 3.0, None, "项", "ge", "target", 2025,
                     start, start + len(quote), quote, section=7)


def _edit(indicator: Indicator, *changes: tuple[str, object], note: str = "") -> IndicatorCorrection:
    return IndicatorCorrection(indicator.key, indicator.quote, "edit", tuple(changes), note)


def _delete(indicator: Indicator, note: str = "") -> IndicatorCorrection:
    return IndicatorCorrection(indicator.key, indicator.quote, "delete", note=note)


def _add(indicator: Indicator, note: str = "") -> IndicatorCorrection:
    return IndicatorCorrection("", indicator.quote, "add", note=note, added=indicator)


def _correct(engine: Engine, report_id: int, *corrections: IndicatorCorrection) -> None:
    with session_scope(engine) as session:
        for correction in corrections:
            save_indicator_correction(session, report_id, correction)


def _seen(engine: Engine, report_id: int) -> tuple[Indicator, ...]:
    with session_scope(engine) as session:
        return corrected_indicators(session, report_id)


def _stored(engine: Engine, report_id: int) -> tuple[IndicatorCorrection, ...]:
    with session_scope(engine) as session:
        return load_indicator_corrections(session, report_id)


def test_corrections_survive_reextraction_and_reimport(any_engine: Engine, tracked,
                                                       make_indicators, count_rows) -> None:
    parsed = tracked.report("订正")
    result, target = make_indicators(parsed)
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=(result, target),
                            extractor_version="extract-1")
    _correct(any_engine, saved.id,
             _edit(target, ("value", 5.5), ("role", "estimate"), note="以定稿为准"),
             _delete(result, note="不是指标"),
             _add(_missed(parsed), note="漏提"))
    edited = dataclasses.replace(target, value=5.5, role="estimate", corrected=True, anchor=target.key,
                                 note="以定稿为准")
    added = dataclasses.replace(_missed(parsed), corrected=True, note="漏提")
    assert _seen(any_engine, saved.id) == (edited, added)
    assert type(_seen(any_engine, saved.id)[0].value) is float

    # Re-extraction: the machine's output changes, the person's decisions stay.
    found = parsed.text.index("经济运行")
    extra = Indicator("经济运行", "经济运行", "other", 1.0, None, "", "eq", "other", None,
                      found, found + 4, "经济运行", section=3)
    rerun = (result, dataclasses.replace(target, canonical="地区生产总值增速"), extra)
    with session_scope(any_engine) as session:
        save_indicators(session, saved.id, rerun, version="extract-2")
        assert load_indicators(session, saved.id) == (extra, result, rerun[1])
    after_rerun = (extra, dataclasses.replace(edited, canonical="地区生产总值增速"), added)
    assert _seen(any_engine, saved.id) == after_rerun

    # Delete the report, import the same text again: a new id, the same hash.
    with session_scope(any_engine) as session:
        other = save_report(session, tracked.report("另一份"), source_name="b.md")
        delete_report(session, saved.id)
    with session_scope(any_engine) as session:
        again = save_report(session, parsed, source_name="a again.md", indicators=rerun,
                            extractor_version="extract-2")
    assert again.created and again.id not in (saved.id, other.id)
    assert _seen(any_engine, again.id) == after_rerun
    assert len(_stored(any_engine, again.id)) == 3


def test_corrections_round_trip_in_updated_order(any_engine: Engine, tracked,
                                                 make_indicators) -> None:
    parsed = tracked.report("顺序")
    result, target = make_indicators(parsed)
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=(result, target))
    _correct(any_engine, saved.id, _edit(target, ("value", 5.5)), _add(_missed(parsed)),
             _delete(result), _edit(target, ("year", 2026), note="改年份"))
    missed = _missed(parsed)
    assert _stored(any_engine, saved.id) == (
        IndicatorCorrection(missed.key, missed.quote, "add", added=missed),
        IndicatorCorrection(result.key, result.quote, "delete"),
        IndicatorCorrection(target.key, target.quote, "edit",
                            (("value", 5.5), ("year", 2026)), "改年份"),
    )
    assert type(_stored(any_engine, saved.id)[2].changes[0][1]) is float


def test_delete_replaces_an_edit_and_an_edit_revives(engine: Engine, make_report,
                                                     make_indicators) -> None:
    parsed = make_report()
    result, target = make_indicators(parsed)
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=(result, target))
    _correct(engine, saved.id, _edit(target, ("value", 5.5)), _delete(target))
    assert [c.action for c in _stored(engine, saved.id)] == ["delete"]
    assert _seen(engine, saved.id) == (result,)
    _correct(engine, saved.id, _edit(target, ("unit", "个百分点")))
    assert [c.action for c in _stored(engine, saved.id)] == ["edit"]
    assert _seen(engine, saved.id)[1].unit == "个百分点"


def test_editing_an_added_indicator_changes_the_add(engine: Engine, make_report,
                                                    make_indicators) -> None:
    parsed = make_report()
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md",
                            indicators=make_indicators(parsed))
    missed = _missed(parsed)
    _correct(engine, saved.id, _add(missed, note="漏提"),
             _edit(missed, ("value", 4), ("name", "新质生产力项目")))
    # The renamed indicator keeps the key it was added under.
    renamed = dataclasses.replace(missed, value=4.0, name="新质生产力项目", anchor=missed.key)
    assert _stored(engine, saved.id) == (
        IndicatorCorrection(missed.key, renamed.quote, "add", note="漏提", added=renamed),)
    assert type(_stored(engine, saved.id)[0].added.value) is float
    assert _seen(engine, saved.id)[-1] == dataclasses.replace(renamed, corrected=True, note="漏提")
    _correct(engine, saved.id, _delete(renamed))
    assert [c.action for c in _stored(engine, saved.id)] == ["delete"]
    assert _seen(engine, saved.id) == make_indicators(parsed)


def test_withdrawing_corrections(engine: Engine, make_report, make_indicators) -> None:
    parsed = make_report()
    result, target = make_indicators(parsed)
    with session_scope(engine) as session:
        saved = save_report(session, parsed, source_name="a.md", indicators=(result, target))
    _correct(engine, saved.id, _edit(target, ("value", 5.5)), _add(_missed(parsed)),
             _delete(result))
    with session_scope(engine) as session:
        delete_indicator_correction(session, saved.id, target.key)
        delete_indicator_correction(session, saved.id, result.key, "edit")  # none: no-op
    assert [c.action for c in _stored(engine, saved.id)] == ["add", "delete"]
    with session_scope(engine) as session:
        delete_indicator_correction(session, saved.id, result.key, "delete")
        delete_indicator_correction(session, saved.id, _missed(parsed).key)
    assert _stored(engine, saved.id) == ()
    assert _seen(engine, saved.id) == (result, target)


@pytest.mark.parametrize("bad", [
    IndicatorCorrection("1-2:x", "", "rename"),
    IndicatorCorrection("", "", "add"),
    IndicatorCorrection("", "", "edit", (("value", 1.0),)),
    IndicatorCorrection("1-2:x", "", "edit", (("char_start", 0),)),
    IndicatorCorrection("1-2:x", "", "edit", (("value", object()),)),
])
def test_bad_corrections_are_refused(engine: Engine, make_report, bad, count_rows) -> None:
    with session_scope(engine) as session:
        saved = save_report(session, make_report(), source_name="a.md")
    with pytest.raises((ValueError, TypeError)), session_scope(engine) as session:
        save_indicator_correction(session, saved.id, bad)
    assert count_rows(engine)["indicator_correction"] == 0


def test_missing_report(engine: Engine) -> None:
    with session_scope(engine) as session:
        with pytest.raises(ReportNotFound):
            save_indicator_correction(session, 3, IndicatorCorrection("1-2:x", "", "delete"))
        with pytest.raises(ReportNotFound):
            corrected_indicators(session, 3)
        with pytest.raises(ReportNotFound):
            load_gap_decisions(session, 3, 4)


def test_indicator_json_round_trip(make_report, make_indicators) -> None:
    indicator = dataclasses.replace(make_indicators(make_report())[0], value_high=0.1 + 0.2,
                                    stretch=True, corrected=True, note="注")
    assert indicator_from_json(indicator_to_json(indicator)) == indicator
    data = json.loads(indicator_to_json(indicator))
    data.update(value=6, value_high=7, from_a_newer_version="ignored")
    del data["note"]
    back = indicator_from_json(json.dumps(data))
    assert (back.value, back.value_high, back.note) == (6.0, 7.0, "")
    assert type(back.value) is float and type(back.value_high) is float


def test_gap_decisions_round_trip_and_survive_reimport(any_engine: Engine, tracked,
                                                       make_indicators) -> None:
    old_report, new_report = tracked.report("旧"), tracked.report("新")
    with session_scope(any_engine) as session:
        old = save_report(session, old_report, source_name="old.md")
        new = save_report(session, new_report, source_name="new.md")
    _, target = make_indicators(old_report)
    first = GapDecision(target.key, actual_key="", status="未完成", note="新报告未提")
    second = GapDecision("9-20:居民收入")
    with session_scope(any_engine) as session:
        save_gap_decision(session, old.id, new.id, first)
        save_gap_decision(session, old.id, new.id, second)
    with session_scope(any_engine) as session:
        assert load_gap_decisions(session, old.id, new.id) == (first, second)
        assert load_gap_decisions(session, new.id, old.id) == ()
        changed = dataclasses.replace(first, actual_key="3-15:地区生产总值", status="完成")
        save_gap_decision(session, old.id, new.id, changed)
    with session_scope(any_engine) as session:
        assert load_gap_decisions(session, old.id, new.id) == (second, changed)
        delete_gap_decision(session, old.id, new.id, second.target_key)
        delete_report(session, old.id)
    with session_scope(any_engine) as session:
        again = save_report(session, old_report, source_name="old again.md")
        assert load_gap_decisions(session, again.id, new.id) == (changed,)
        with pytest.raises(ValueError):
            save_gap_decision(session, again.id, new.id, GapDecision(""))


def test_repository_is_the_one_import() -> None:
    from hjdesk.store import corrections_repo, repository
    for name in ("save_indicator_correction", "delete_indicator_correction",
                 "load_indicator_corrections", "corrected_indicators", "save_gap_decision",
                 "load_gap_decisions", "delete_gap_decision"):
        assert getattr(repository, name) is getattr(corrections_repo, name)


def test_pins_find_their_sections_again_and_replace_older_ones(engine: Engine, make_report) -> None:
    from hjdesk.store.repository import clear_pins, load_pins, save_pin

    old, new = make_report(), make_report(suffix="（二稿）")
    with session_scope(engine) as session:
        old_id = save_report(session, old, source_name="a.md").id
        new_id = save_report(session, new, source_name="b.md").id
    first, second = old.sections[1], old.sections[2]
    with session_scope(engine) as session:
        save_pin(session, old_id, new_id, "same", first, new.sections[2])
        save_pin(session, old_id, new_id, "same", second, None)
        save_pin(session, old_id, new_id, "same", first, new.sections[1])  # replaces the first pin
        save_pin(session, old_id, new_id, "promise", first, new.sections[2])
    with session_scope(engine) as session:
        pins = load_pins(session, old_id, new_id, "same", old.sections, new.sections)
        assert sorted(pins, key=str) == sorted([(second.id, None), (first.id, new.sections[1].id)], key=str)
        renumbered = tuple(dataclasses.replace(s, id=s.id + 100) for s in old.sections)
        assert (first.id + 100, new.sections[1].id) in load_pins(session, old_id, new_id, "same", renumbered,
                                                                 new.sections)
        assert clear_pins(session, old_id, new_id, "same") == 2
        assert load_pins(session, old_id, new_id, "promise", old.sections, new.sections) == (
            (first.id, new.sections[2].id),)
