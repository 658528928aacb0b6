"""Measure the gap engine against the hand gold of main targets in
``tests/data/gaps_main`` (every province of the corpus, 2024→2025 and
2025→2026): targets found, results right, not-reported right, statuses
right, false 未提及, overall and per class of error.

    python3 -m tests.core.gap_gold            # the table of rates
    python3 -m tests.core.gap_gold --rows     # and every row that is wrong
    python3 -m tests.core.gap_gold --held-out # on the held-out pairs (national, Hunan, Huaihua)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hjdesk.core.gaps import report_gaps
from hjdesk.core.pairing import dice
from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path

GOLD = Path(__file__).resolve().parents[1] / "data" / "gaps_main"
#: Pairs read by hand after the engine's rules were written, never tuned on.
HELD_OUT = Path(__file__).resolve().parents[1] / "data" / "gaps_heldout"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@dataclass
class Tally:
    """Counts of one class of rows (or of all)."""

    rows: int = 0
    numeric_targets: int = 0
    targets_found: int = 0
    results: int = 0
    results_right: int = 0
    absent: int = 0
    absent_right: int = 0
    status_right: int = 0
    false_not_reported: int = 0
    wrong: list = field(default_factory=list)

    def rate(self, part: str, whole: str) -> float | None:
        total = getattr(self, whole)
        return getattr(self, part) / total if total else None


@lru_cache(maxsize=None)
def _load(rel: str):
    imported = read_path(CORPUS / rel)
    parsed = parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)
    return parsed, extract_indicators(parsed)


def _ours(table, old_text: str, target: dict, indicator: str):
    """Our row for a gold target: the one whose target overlaps the gold quote
    and has its value (None for a target without a number: then any overlap)."""
    quote = target["quote"]
    # the quote may also stand in OLD's review of the year before: any place it stands
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), old_text)]
    candidates = [r for r in table.rows if r.target
                  and any(min(r.target.char_end, end) > max(r.target.char_start, start) for start, end in spans)]
    if target["value"] is not None:
        candidates = [r for r in candidates if abs(abs(r.target.value) - abs(target["value"])) < 1e-9]
    # several targets of one 分别 list may share a value: the one named as the gold names it first
    candidates.sort(key=lambda r: dice(r.indicator, indicator), reverse=True)
    return candidates[0] if candidates else None


def measure(gold: Path = GOLD) -> dict[str, Tally]:
    """Tallies by class ("all" for every row)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for path in sorted(gold.glob("*_20*_20*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        (old, old_found), (new, new_found) = _load(gold["old"]), _load(gold["new"])
        table = report_gaps(old, new, old_found, new_found)
        for row in gold["rows"]:
            ours = _ours(table, old.text, row["target"], row["indicator"])
            classes = ["all", *(row.get("classes") or ["plain"])]
            for name in classes:
                _count(tallies[name], row, ours, path.stem)
    return dict(tallies)


def _count(tally: Tally, row: dict, ours, where: str) -> None:
    tally.rows += 1
    numeric = row["target"]["value"] is not None
    tally.numeric_targets += numeric
    tally.targets_found += numeric and ours is not None
    actual = row["actual"]
    ok = ours is not None and ours.status == row["status"]
    if actual is not None and actual["value"] is not None and numeric:
        tally.results += 1
        right = ours is not None and ours.actual is not None and abs(abs(ours.actual.value) - abs(actual["value"])) < 1e-6
        tally.results_right += right
        ok = ok and right
    if row["status"] == "not_reported":
        tally.absent += 1
        tally.absent_right += ours is not None and ours.status == "not_reported"
    elif ours is not None and ours.status == "not_reported":
        tally.false_not_reported += 1
    tally.status_right += ok
    if not ok:
        got = None if ours is None else (ours.status, ours.actual.value if ours.actual else None)
        tally.wrong.append((where, row["indicator"], row["status"], actual and actual["value"], got))


def report(tallies: dict[str, Tally], rows: bool = False) -> str:
    lines = [f"{'class':<16}{'rows':>5}{'targets found':>15}{'results right':>15}{'not-reported':>14}"
             f"{'status right':>14}{'false 未提及':>12}"]
    for name, tally in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", -kv[1].rows)):
        cells = [tally.rate("targets_found", "numeric_targets"), tally.rate("results_right", "results"),
                 tally.rate("absent_right", "absent"), tally.rate("status_right", "rows")]
        lines.append(f"{name:<16}{tally.rows:>5}" + "".join(f"{'—' if c is None else f'{c:.2f}':>15}" for c in cells)
                     + f"{tally.false_not_reported:>12}")
    if rows:
        lines += ["", "wrong rows (file, indicator, gold status, gold result, ours):"]
        lines += [f"  {w}" for w in tallies["all"].wrong]
    return "\n".join(lines)


if __name__ == "__main__":
    tallies = measure(HELD_OUT if "--held-out" in sys.argv else GOLD)
    print(report(tallies, rows="--rows" in sys.argv))
    print(Counter(w[2] for w in tallies["all"].wrong))
