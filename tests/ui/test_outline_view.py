"""A report's outline beside the text of the chosen section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from hjdesk.core.model import KINDS, PARTS, Section
from hjdesk.ui.outline_view import KIND_NAMES, PART_NAMES, Col, ObjRole, OutlineModel, OutlineView

SECTIONS = (
    Section(1, None, 1, "title", "other", "2025年政府工作报告", 0, 12),
    Section(2, None, 1, "part", "review", "一、2024年工作回顾", 13, 40),
    Section(3, 2, 2, "topic", "review", "文旅产业加快发展", 20, 40),
    Section(4, None, 1, "part", "plan", "二、2025年工作安排", 41, 80),
    Section(5, 4, 2, "targets", "plan", "主要预期目标", 50, 60),
    Section(6, 4, 2, "section", "plan", "", 61, 80),
    Section(7, 99, 2, "term", "other", "孤立的词条", 81, 90),  # its parent is not in the outline
)


def test_model_passes_the_model_tester(qtmodeltester):
    model = OutlineModel()
    model.set_sections(SECTIONS)
    qtmodeltester.check(model)
    model.set_sections(())
    qtmodeltester.check(model)


def test_model_nests_sections_under_their_parents():
    model = OutlineModel()
    model.set_sections(SECTIONS)
    top = [model.index(r, Col.HEADING).data() for r in range(model.rowCount())]
    assert top == ["2025年政府工作报告", "一、2024年工作回顾", "二、2025年工作安排", "孤立的词条"]
    plan = model.index(2, 0)
    assert [model.index(r, Col.KIND, plan).data() for r in range(model.rowCount(plan))] == ["Main targets", "Section"]
    assert model.index(1, Col.HEADING, plan).data() == "(no heading)"
    assert model.index(0, Col.PART, plan).data() == "Plan" and model.index(0, Col.PART).data() == "—"
    assert model.index(0, 0, plan).data(ObjRole) == SECTIONS[4]
    assert model.index_of(3).parent().data() == "一、2024年工作回顾"
    assert not model.index_of(42).isValid() and model.parent(QModelIndex()) == QModelIndex()


def test_every_kind_and_part_has_a_name():
    assert set(KIND_NAMES) == set(KINDS) and set(PART_NAMES) == set(PARTS)


@pytest.fixture
def stored(library, demo_library):
    from hjdesk.store.repository import load_report

    return library.call(load_report, demo_library.old)


def test_the_view_shows_the_text_of_the_chosen_section(qtbot, stored):
    view = OutlineView()
    qtbot.addWidget(view)
    view.set_report(stored)
    first = stored.parsed.sections[0]
    assert view.tree.currentIndex().data(ObjRole) == first
    assert view.text_view.toPlainText().startswith(stored.parsed.text[first.char_start:first.char_end].split("\n")[0])
    topic = next(s for s in stored.parsed.sections if s.kind == "topic")
    with qtbot.waitSignal(view.section_selected) as blocker:
        view.select_section(topic.id)
    assert blocker.args == [topic.id]
    shown = view.text_view.toPlainText()
    assert shown.startswith(topic.heading) and shown.endswith(stored.parsed.text[topic.char_end - 10:topic.char_end])
    assert view.model.rowCount() == sum(1 for s in stored.parsed.sections if s.parent is None)
