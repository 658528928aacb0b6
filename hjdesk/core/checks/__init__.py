"""Draft checks (起草检查): what a draft wrongly inherited from last year's
report, or contradicts within itself. These are not differences: they are
things that did not change and should have (a stale year, a sentence of last
year's review left as it was), or that changed in one place and not another
(two values for one indicator, parts that no longer add up).

Each check is a function of the draft (and last year's report where it
compares) returning :class:`Finding` objects; :func:`check_draft` runs them
all and orders the findings by place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Indicator, ParsedReport

#: Every kind of finding, in the order the checks are listed to a person.
KINDS = ("stale_year", "carried_over", "inconsistent_value", "sum_mismatch", "glossary_missing", "glossary_unused",
         "glossary_ref", "glossary_changed", "new_term", "dropped_term", "form")

#: What each kind is called in Chinese, in listings, printed documents and the window.
KIND_NAMES = {"stale_year": "年份沿用", "carried_over": "照搬上年", "inconsistent_value": "前后数值不一",
              "sum_mismatch": "分项与合计不符", "glossary_missing": "缺少名词解释", "glossary_unused": "名词解释未用",
              "glossary_ref": "名词解释页码", "glossary_changed": "解释与上年不同", "new_term": "新提法",
              "dropped_term": "删去的提法", "form": "体例"}

#: The kinds that say a draft is wrong (the rest ask for a look or inform).
MISTAKES = ("stale_year", "inconsistent_value", "sum_mismatch")

#: The kinds whose ``other`` is another place of the draft itself, not of last year's report.
WITHIN_DRAFT = ("inconsistent_value", "form")


@dataclass(frozen=True)
class Place:
    """A span that a finding compares with: of last year's report, or of the
    draft itself for the kinds in :data:`WITHIN_DRAFT`."""

    char_start: int
    char_end: int
    quote: str


@dataclass(frozen=True)
class Finding:
    """One thing a drafter should look at: ``[char_start, char_end)`` of the
    draft's stored text, quoted, with a one-line message in Chinese."""

    kind: str
    char_start: int
    char_end: int
    quote: str
    message: str
    other: Place | None = None

    @property
    def key(self) -> str:
        """What a dismissal is stored under: the kind and the words, not a list
        position, so it holds for the same finding in a re-imported draft."""
        other = self.other.quote if self.other else ""
        return f"{self.kind}:{self.quote}:{other}"


def check_draft(draft: ParsedReport, found: Sequence[Indicator], last: ParsedReport | None = None,
                last_found: Sequence[Indicator] = ()) -> tuple[Finding, ...]:
    """Every finding on ``draft`` (with ``found``, its indicators), compared
    with ``last`` (last year's report) where one is given, in text order."""
    from . import carried, form, glossary, sums, terms, values, years

    findings: list[Finding] = []
    findings += years.stale_years(draft, last)
    findings += values.inconsistent_values(draft, found)
    findings += sums.sum_mismatches(draft)
    findings += glossary.glossary_findings(draft, last)
    findings += form.form_findings(draft, found)
    if last is not None:
        findings += carried.carried_over(draft, last)
        findings += terms.term_changes(draft, last)
    return tuple(sorted(_unique(findings), key=lambda f: (f.char_start, KINDS.index(f.kind), f.char_end)))


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    kept = []
    for finding in findings:
        mark = (finding.kind, finding.char_start, finding.char_end, finding.other)
        if mark not in seen:
            seen.add(mark)
            kept.append(finding)
    return kept
