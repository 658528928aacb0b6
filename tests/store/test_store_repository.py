"""Saving, listing, loading, labelling and deleting reports."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta, timezone

import pytest
from sqlalchemy import Engine, delete
from sqlalchemy.exc import IntegrityError

from hjdesk.core.model import Section
from hjdesk.store.db import session_scope
from hjdesk.store.models import ReportRow
from hjdesk.store.repository import (
    ReportNotFound,
    content_hash,
    delete_report,
    list_reports,
    load_report,
    save_report,
    set_label,
)


def test_round_trip_returns_equal_data(any_engine: Engine, make_report) -> None:
    parsed = make_report(suffix="（往返）")
    with session_scope(any_engine) as session:
        saved = save_report(session, parsed, source_name="青山市2025.md", label="定稿")
    try:
        assert saved.created
        with session_scope(any_engine) as session:
            stored = load_report(session, saved.id)
        assert stored.parsed == parsed
        assert stored.parsed.sections[2].parent == 2
        assert (stored.jurisdiction, stored.year, stored.label) == ("青山市", 2025, "定稿")
        assert stored.delivered_on == date(2025, 1, 14)
        assert stored.source_name == "青山市2025.md"
        assert stored.section_count == len(parsed.sections)
        assert stored.imported_at.utcoffset() == timedelta(0)
    finally:
        with session_scope(any_engine) as session:
            delete_report(session, saved.id)


def test_same_text_is_stored_once(engine: Engine, make_report, count_rows) -> None:
    with session_scope(engine) as session:
        first = save_report(session, make_report(), source_name="a.md")
    before = count_rows(engine)
    with session_scope(engine) as session:
        second = save_report(session, make_report(), source_name="copy of a.md", label="二稿")
    assert second == dataclasses.replace(first, created=False)
    assert count_rows(engine) == before
    with session_scope(engine) as session:
        assert load_report(session, first.id).source_name == "a.md"
        assert session.get(ReportRow, first.id).content_hash == content_hash(make_report().text)


@pytest.mark.parametrize("bad_section", [
    Section(7, 6, 2, "term", "other", "重复的序号", 0, 1),   # UNIQUE(report_id, ordinal)
    Section(8, None, 1, "part", "other", "倒置的范围", 5, 2),  # CHECK span
])
def test_failed_save_leaves_nothing(engine: Engine, make_report, count_rows,
                                    bad_section: Section) -> None:
    parsed = make_report()
    broken = dataclasses.replace(parsed, sections=(*parsed.sections, bad_section))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        save_report(session, broken, source_name="broken.md")
    assert set(count_rows(engine).values()) == {0}


def test_deleting_a_report_cascades(engine: Engine, make_report, count_rows) -> None:
    with session_scope(engine) as session:
        keep = save_report(session, make_report(suffix="甲"), source_name="a.md")
        gone = save_report(session, make_report(suffix="乙"), source_name="b.md")
    with session_scope(engine) as session:
        # Plain SQL DELETE: the database, not the ORM, removes the children.
        session.execute(delete(ReportRow).where(ReportRow.id == gone.id))
    sections = len(make_report().sections)
    assert count_rows(engine) == {"jurisdiction": 1, "report": 1, "section": sections,
                                  "paragraph": len(make_report().paragraphs), "indicator": 0,
                                  "indicator_correction": 0, "gap_decision": 0, "pin": 0, "dismissal": 0}
    with session_scope(engine) as session:
        assert load_report(session, keep.id).section_count == sections
        with pytest.raises(ReportNotFound):
            delete_report(session, gone.id)


def test_list_orders_by_jurisdiction_year_id(engine: Engine, make_report) -> None:
    with session_scope(engine) as session:
        ids = [save_report(session, make_report(suffix=str(i)), source_name=f"{i}.md",
                           jurisdiction=j, year=y).id
               for i, (j, y) in enumerate([("B市", 2025), ("A市", None), ("A市", 2024),
                                           ("B市", 2024), ("", 2023)])]
    with session_scope(engine) as session:
        listed = list_reports(session)
    assert [r.id for r in listed] == [ids[4], ids[2], ids[1], ids[3], ids[0]]
    assert [r.jurisdiction for r in listed] == ["", "A市", "A市", "B市", "B市"]
    assert {r.section_count for r in listed} == {len(make_report().sections)}
    assert all(r.imported_at.tzinfo == timezone.utc for r in listed)


def test_overrides_take_precedence_over_meta(engine: Engine, make_report) -> None:
    with session_scope(engine) as session:
        saved = save_report(session, make_report(), source_name="a.md",
                            jurisdiction=" 绿水县 ", year=2026)
        stored = load_report(session, saved.id)
    assert (stored.jurisdiction, stored.year) == ("绿水县", 2026)
    assert stored.parsed.meta.jurisdiction == "绿水县"


def test_set_label(engine: Engine, make_report) -> None:
    with session_scope(engine) as session:
        saved = save_report(session, make_report(), source_name="a.md", label="初稿")
    with session_scope(engine) as session:
        set_label(session, saved.id, "征求意见稿")
    with session_scope(engine) as session:
        assert load_report(session, saved.id).label == "征求意见稿"
        with pytest.raises(ReportNotFound):
            set_label(session, saved.id + 1, "定稿")


def test_missing_report_message(engine: Engine) -> None:
    with session_scope(engine) as session, pytest.raises(ReportNotFound) as caught:
        load_report(session, 7)
    assert isinstance(caught.value, LookupError)
    assert caught.value.report_id == 7
    assert str(caught.value) == "报告 7 不存在；用 hjdesk list 查看报告库。"
