"""The planting of the held-out harness: each kind plants what it says, where
its span says, the same way for the same seed (no ``hjdesk check`` needed)."""

from __future__ import annotations

import re

import pytest

from tests.checks.heldout import CORPUS, HELD_OUT, load_pair
from tests.checks.plant import GLOSSARY_KINDS, KINDS, STYLES, clean_glossary, layout, plants

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")

#: One pair with a real glossary (numbered entries), one with ［n］ markers.
PAIRS = ("江西省", "海南省")
SEED = 3
GLOSSARY_START = "\n名词解释\n"


def _changed_region(before: str, after: str) -> tuple[int, int]:
    """The span of ``after`` that differs from ``before`` (common prefix and suffix left out)."""
    prefix = 0
    while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(before), len(after)) - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return prefix, len(after) - suffix


def _entry(text: str, term: str) -> str:
    """The glossary line of ``term`` ('' when it has none)."""
    glossary = text[text.index(GLOSSARY_START) :]
    return next((line for line in glossary.splitlines() if f"{term}(P" in line), "")


def _page(line: str) -> int:
    return int(re.search(r"\(P(\d+)\)", line)[1])


def _skeleton(statement: str) -> str:
    """A statement of a value with its numbers and qualifier taken out."""
    return re.sub(r"\d+(?:\.\d+)?|左右|以上|以内", "#", statement)


def _sentence(text: str, span: tuple[int, int]) -> str:
    start = max(text.rfind(c, 0, span[0]) for c in "。\n") + 1
    end = min(p for p in (text.find(c, span[1]) for c in "。\n") if p >= 0)
    return text[start:end]


def _check_stale_year(pair, plant, text, shown):
    lay = layout(text, pair.year)
    if plant.variant == "claim":
        assert shown.endswith("之年") and shown in pair.last
    elif shown == f"{pair.year - 1}年":
        assert lay.plan[0] <= plant.span[0] < lay.plan[1]
    else:
        assert shown == f"{pair.year - 2}年" and lay.review[0] <= plant.span[0] < lay.review[1]


def _check_carried_over(pair, plant, text, shown):
    lay = layout(text, pair.year)
    assert shown in pair.last and shown not in pair.draft
    assert lay.review[0] <= plant.span[0] < lay.review[1] and re.search(r"\d", shown)


def _check_inconsistent_value(pair, plant, text, shown):
    other = text[plant.also[0][0] : plant.also[0][1]]
    assert _skeleton(shown) == _skeleton(other) and shown != other


def _check_sum_mismatch(pair, plant, text, shown):
    assert re.search("其中|∶", _sentence(text, plant.span)) and re.search(r"\d", shown)


def _check_glossary_missing(pair, plant, text, shown):
    assert shown.startswith(plant.term) and len(shown) > len(plant.term)
    assert not _entry(text, plant.term)


def _check_glossary_unused(pair, plant, text, shown):
    assert shown == _entry(text, plant.term)
    assert plant.term.strip("“”") not in text[: text.index(GLOSSARY_START)]


def _check_glossary_ref(pair, plant, text, shown):
    other = text[plant.also[0][0] : plant.also[0][1]]
    body = text[: text.index(GLOSSARY_START)]
    other_term = re.search(r"“[^”]+”", other)[0]
    assert body.find(plant.term) < body.find(other_term) and _page(shown) > _page(other)


def _check_glossary_changed(pair, plant, text, shown):
    old = _entry(plant.last, plant.term)
    assert shown == _entry(text, plant.term) and old
    assert shown.partition("：")[2] != old.partition("：")[2]


def _check_new_term(pair, plant, text, shown):
    inner = shown.strip("“”")
    assert inner not in pair.draft and inner not in pair.last and text.count(inner) == 1


def _check_dropped_term(pair, plant, text, shown):
    assert shown == "" and plant.term in pair.last and plant.term in pair.draft
    assert plant.term.strip("“”") not in text


def _check_form(pair, plant, text, shown):
    assert shown == "," or shown.endswith("万元") or (re.search(r"\d", shown) and re.search("[十百千]", shown))


CHECKS = {kind: globals()[f"_check_{kind}"] for kind in KINDS}


def _base(pair, plant) -> str:
    """The text the plant was made from: the draft, or the draft with a clean glossary of the plant's style."""
    if plant.kind not in GLOSSARY_KINDS:
        return pair.draft
    return clean_glossary(pair, next(s for s in STYLES if s.name == plant.variant))[1]


@pytest.fixture(scope="module", params=PAIRS)
def pair(request):
    return load_pair(request.param)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_plants_what_it_says(pair, kind):
    found = plants(pair, kind, 3, SEED)
    assert found, f"no {kind} planted in {pair.name}"
    for plant in found:
        text = plant.text
        assert plant.kind == kind and text != _base(pair, plant)
        assert all(0 <= s <= e <= len(text) for s, e in (plant.span, *plant.also))
        CHECKS[kind](pair, plant, text, text[plant.span[0] : plant.span[1]])


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in GLOSSARY_KINDS + ("dropped_term",)])
def test_one_edit_at_the_span(pair, kind):
    """Apart from the plant (and the words around an added sentence) the draft is untouched."""
    for plant in plants(pair, kind, 3, SEED):
        start, end = _changed_region(pair.draft, plant.text)
        assert plant.span[0] - 6 <= start and end <= plant.span[1] + 6


def test_glossary_styles_take_turns(pair):
    assert {p.variant for p in plants(pair, "glossary_ref", len(STYLES), SEED)} == {s.name for s in STYLES}


def test_deterministic_for_a_seed(pair):
    for kind in KINDS:
        assert plants(pair, kind, 3, SEED) == plants(pair, kind, 3, SEED)
    assert plants(pair, "form", 3, SEED) != plants(pair, "form", 3, SEED + 1)


@pytest.mark.parametrize("name", HELD_OUT)
def test_layout_of_held_out_drafts(name):
    """The review part opens at its heading, the plan part at this year's work."""
    pair = load_pair(name)
    lay = layout(pair.draft, pair.year)
    review = pair.draft[lay.review[0] : lay.review[0] + 40]
    plan = pair.draft[lay.plan[0] : lay.plan[0] + 40]
    assert re.search("回顾|总结", review)
    assert f"{pair.year}年" in plan or plan.lstrip("* ").startswith("今年")
    assert lay.review[1] <= lay.plan[0] < lay.body_end
