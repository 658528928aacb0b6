"""Comparisons against a person's check of their rows made at one commit
(``tests/data/align_rowcheck``: every row of a same-kind comparison;
``tests/data/promise_rowcheck``: commitments sampled in promise mode).

A same-kind row of today counts as right when the check saw the same row
and found it right, or when it pairs two units the check named as partners
(a removed or added row found wrong, with the better heading); rows the check
never saw are counted apart. A commitment counts as right when today's status
is the one the check asked for, or the one it checked and found right (the
same status found wrong stays wrong: the words shown were not the report).

    python3 -m tests.core.compare_rowcheck
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hjdesk.core.align import align
from hjdesk.core.commitments import deliveries

from .gap_gold import _load

DATA = Path(__file__).resolve().parents[1] / "data"


def same_kind(path: Path) -> Counter:
    check = json.loads(path.read_text(encoding="utf-8"))
    seen = {(r["old_heading"], r["new_heading"], r["status"] in ("added", "removed")): r["right"] for r in check["rows"]}
    partners = set()
    for r in check["rows"]:
        if not r["right"] and r.get("better"):
            if r["status"] in ("removed", "changed", "same", "moved"):
                partners.add((r["old_heading"], r["better"]))
            if r["status"] in ("added", "changed", "same", "moved"):
                partners.add((r["better"], r["new_heading"]))
    (old, _), (new, _) = _load(check["old"]), _load(check["new"])
    tally = Counter()
    for pair in align(old, new).pairs:
        key = (pair.old_heading, pair.new_heading, pair.status in ("added", "removed"))
        if key in seen:
            tally["rows"] += 1
            tally["right"] += seen[key]
        elif pair.status not in ("added", "removed") and (pair.old_heading, pair.new_heading) in partners:
            tally["rows"] += 1
            tally["right"] += 1
        else:
            tally["unchecked"] += 1
    return tally


def promise(path: Path) -> Counter:
    check = json.loads(path.read_text(encoding="utf-8"))
    (old, old_found), (new, _) = _load(check["old"]), _load(check["new"])
    found = {d.commitment.text: d for d in deliveries(old, new, old_found)}
    tally = Counter()
    for item in check["commitments"]:
        ours = found.get(item["commitment"])
        if ours is None:
            tally["unchecked"] += 1
            continue
        correct = item["status"] if item["right"] else item["correct"]
        tally["rows"] += 1
        # the same status as checked keeps the check's verdict (it may have found the words wrong)
        tally["right"] += item["right"] if ours.status == item["status"] else ours.status == correct
        tally["false no"] += ours.status == "no" and correct != "no"
    return tally


def measure() -> tuple[Counter, Counter]:
    same = sum((same_kind(p) for p in sorted((DATA / "align_rowcheck").glob("*.json"))), Counter())
    promised = sum((promise(p) for p in sorted((DATA / "promise_rowcheck").glob("*.json"))), Counter())
    return same, promised


def main() -> None:
    for name, folder, score in (("same-kind", "align_rowcheck", same_kind), ("promise", "promise_rowcheck", promise)):
        total = Counter()
        for path in sorted((DATA / folder).glob("*.json")):
            tally = score(path)
            total += tally
            print(f"{name:10} {path.stem:22} {tally['rows']:4} rows {tally['right']:4} right "
                  f"{tally['right'] / max(tally['rows'], 1):5.2f}  {tally['unchecked']} unchecked")
        print(f"{name:10} {'all':22} {total['rows']:4} rows {total['right']:4} right "
              f"{total['right'] / max(total['rows'], 1):5.2f}  {total['unchecked']} unchecked"
              + (f"  {total['false no']} reported but shown 未见" if name == "promise" else ""))


if __name__ == "__main__":
    main()
