"""Promise to delivery against the hand gold in ``tests/data/promise``: for
every commitment a person listed, the status hjdesk gives the commitment of
ours that holds its opening words, scored as precision and recall of
"reported" (a number or words) and the share of statuses right.

    python3 -m tests.core.promise_gold          # the rates per pair
    python3 -m tests.core.promise_gold --rows   # and each commitment it gets wrong
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from hjdesk.core.commitments import deliveries

from .gap_gold import _load

GOLD = Path(__file__).resolve().parents[1] / "data" / "promise"


def score(path: Path) -> tuple[Counter, list[str]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    (old, old_found), (new, _) = _load(gold["old"]), _load(gold["new"])
    found = deliveries(old, new, old_found)
    tally, wrong = Counter(), []
    for item in gold["commitments"]:
        at = old.text.find(item["old_quote"])
        ours = next((d for d in found if d.commitment.start <= at < d.commitment.end), None)
        status = ours.status if ours else "no"
        truth = item["reported"]
        tally["commitments"] += 1
        tally["covered"] += ours is not None
        tally["said reported"] += status != "no"
        tally["truly reported"] += truth != "no"
        tally["both reported"] += status != "no" and truth != "no"
        tally["status right"] += status == truth
        if (status != "no") != (truth != "no"):
            passage = new.text[ours.passage[0]:ours.passage[1]][:50] if ours and ours.passage else ""
            wrong.append(f"{path.stem} {item['old_quote']} → {status} (gold {truth}: {item['new_quote']}) "
                         f"{ours.score if ours else ''} {passage}")
    return tally, wrong


def measure() -> tuple[dict[str, Counter], list[str]]:
    tallies, wrong = {}, []
    for path in sorted(GOLD.glob("*.json")):
        tallies[path.stem], rows = score(path)
        wrong += rows
    return tallies, wrong


def rates(t: Counter) -> tuple[float, float, float]:
    precision = t["both reported"] / t["said reported"] if t["said reported"] else 1.0
    recall = t["both reported"] / t["truly reported"] if t["truly reported"] else 1.0
    return precision, recall, t["status right"] / t["commitments"]


def main() -> None:
    tallies, wrong = measure()
    print(f"{'pair':24} {'items':>5} {'precision':>10} {'recall':>7} {'status':>7}")
    total = Counter()
    for name, t in tallies.items():
        total += t
        print(f"{name:24} {t['commitments']:5} {rates(t)[0]:10.2f} {rates(t)[1]:7.2f} {rates(t)[2]:7.2f}")
    print(f"{'all':24} {total['commitments']:5} {rates(total)[0]:10.2f} {rates(total)[1]:7.2f} {rates(total)[2]:7.2f}")
    if "--rows" in sys.argv:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
