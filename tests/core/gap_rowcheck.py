"""Every row of the gap tables of the held-out pairs (all tiers, not only the
main targets), against a hand check of each row made at one commit
(``tests/data/gaps_rowcheck``; ``checked_at`` names it).

A row of today's table is matched to a checked row by its target quote (by
its result quote for a ``no_target`` row). It counts as right when the check
found that row right and nothing of it changed, or found it wrong and today's
row has the status the check asked for (and, for a bad name, another name). A
checked row that is no longer in the table counts as right when the check
said it was no target, a duplicate or a wrong ``no_target`` row, else as lost. Rows the check never saw are counted
apart: they need a new hand check.

    python3 -m tests.core.gap_rowcheck          # the rates per pair
    python3 -m tests.core.gap_rowcheck --rows   # and each row still wrong
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hjdesk.core.gaps import report_gaps
from hjdesk.core.pairing import dice

from .gap_gold import _load

CHECKED = Path(__file__).resolve().parents[1] / "data" / "gaps_rowcheck"


def _quote(text: str, indicator) -> str | None:
    return None if indicator is None else text[indicator.char_start:indicator.char_end]


def _ends(text: str):
    def ends(quote: str) -> list[int]:
        found, at = [], text.find(quote)
        while at >= 0:
            found.append(at + len(quote))
            at = text.find(quote, at + 1)
        return found
    return ends


def score(path: Path) -> tuple[Counter, list[str]]:
    checked = json.loads(path.read_text(encoding="utf-8"))
    (old, old_found), (new, new_found) = _load(checked["old"]), _load(checked["new"])
    table = report_gaps(old, new, old_found, new_found)
    # a quote's end (the number's end) stays where it is when a better name moves its start
    ends = {"target": _ends(old.text), "result": _ends(new.text)}
    by_key: dict[tuple, list[dict]] = {}
    for row in checked["rows"]:
        side, quote = ("target", row["target_quote"]) if row["target_quote"] else ("result", row["result_quote"])
        for end in ends[side](quote):
            by_key.setdefault((side, end), []).append(row)
    tally, wrong, seen, matched = Counter(), [], set(), {}
    # rows of one figure (A、B均保持100%) share a key: a row takes the check of its own name
    # first, then of the name most like it
    for exact in (True, False):
        for index, row in enumerate(table.rows):
            key = ("target", row.target.char_end) if row.target else ("result", row.actual.char_end)
            candidates = [c for c in by_key.get(key, []) if id(c) not in seen and (c["indicator"] == row.indicator) == exact]
            if index in matched or not candidates:
                continue
            check = max(candidates, key=lambda c: (dice(c["indicator"], row.indicator), -c["row"]))
            seen.add(id(check))
            matched[index] = check
    for index, row in enumerate(table.rows):
        result_quote = _quote(new.text, row.actual)
        check = matched.get(index)
        if check is None:
            tally["unchecked"] += 1
            continue
        tally["rows"] += 1
        same = (check["indicator"], check["status"], check["result_quote"]) == (row.indicator, row.status, result_quote)
        if check["right"]:
            ok = same or row.status == check["status"]
        elif check["why"] in ("not_a_target", "duplicate"):
            ok = False
        elif check["why"] == "bad_name":
            ok = row.indicator != check["indicator"] and row.status == (check["correct_status"] or check["status"])
        else:
            ok = row.status == check["correct_status"] and not same
        tally["right"] += ok
        tally[f"{check['tier']} rows"] += 1
        tally[f"{check['tier']} right"] += ok
        if not ok:
            wrong.append(f"{path.stem} #{check['row']} {row.indicator} {row.status}: {check['why']} → "
                         f"{check['correct_status']} ({check['note'][:60]})")
    for check in checked["rows"]:
        if id(check) in seen:
            continue
        tally["rows"] += 1
        tally[f"{check['tier']} rows"] += 1
        if not check["right"] and (check["why"] in ("not_a_target", "duplicate") or check["status"] == "no_target"):
            tally["right"] += 1  # gone, as it should be: no target, or a result row echoing a target row
            tally[f"{check['tier']} right"] += 1
        else:
            wrong.append(f"{path.stem} #{check['row']} {check['indicator']}: lost from the table")
    return tally, wrong


def measure() -> tuple[Counter, list[str]]:
    total, wrong = Counter(), []
    for path in sorted(CHECKED.glob("*.json")):
        tally, rows = score(path)
        total += tally
        wrong += rows
        print(f"{path.stem:<22}{tally['rows']:>5} rows {tally['right']:>5} right"
              f"{tally['right'] / max(tally['rows'], 1):>7.2f}{tally['unchecked']:>5} unchecked")
    return total, wrong


if __name__ == "__main__":
    total, wrong = measure()
    print(f"{'all':<22}{total['rows']:>5} rows {total['right']:>5} right{total['right'] / total['rows']:>7.2f}"
          f"{total['unchecked']:>5} unchecked")
    for tier in ("main", "task", "livelihood", "fiscal"):
        rows, right = total[f"{tier} rows"], total[f"{tier} right"]
        print(f"  {tier:<20}{rows:>5} rows {right:>5} right{right / max(rows, 1):>7.2f}")
    if "--rows" in sys.argv:
        print("\n".join(wrong))
