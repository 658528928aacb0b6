"""Sanity check for the hand-made target/result gold data in this folder.

Usage: python tests/data/gaps/check_gaps.py [CORPUS_DIR]
(default corpus: /work/shared/corpus, or $HJDESK_CORPUS)

Checks that every quote is an exact substring of the file it names, that
the quoted text contains the recorded number, and that the recorded status
agrees with the default judgement rules (any disagreement must carry a note).
"""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else
              os.environ.get("HJDESK_CORPUS", "/work/shared/corpus"))

_cache = {}


def text(rel):
    if rel not in _cache:
        _cache[rel] = (CORPUS / rel).read_text(encoding="utf-8")
    return _cache[rel]


def num_str(v):
    v = abs(v)
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def check_quote(errors, where, rel, part):
    q, v = part["quote"], part["value"]
    doc = text(rel)
    if q not in doc:
        errors.append(f"{where}: quote not in {rel}: {q!r}")
    if num_str(v) not in q:
        errors.append(f"{where}: value {v} not in quote {q!r}")
    if part.get("value_high") is not None and num_str(part["value_high"]) not in q:
        errors.append(f"{where}: value_high not in quote {q!r}")


def default_status(row):
    t, a = row["target"], row["actual"]
    if a is None:
        return None
    tv, av, c = t["value"], a["value"], t["comparator"]
    if c == "approx" and row["indicator"] in ("居民消费价格", "城镇调查失业率"):
        c = "le"  # ceilings stated as 左右
    if tv < 0 and c in ("ge", "eq"):  # declines: "下降3%以上" means <= -3
        return "met" if av <= tv else "missed"
    if c == "ge" or c == "eq":
        return "met" if av >= tv else "missed"
    if c == "le":
        return "met" if av <= tv else "missed"
    if c == "range":
        return "met" if av >= tv else "missed"
    if c == "approx":
        tol = 0.5 if row["unit"] in ("%", "个百分点") else abs(tv) * 0.05
        return "met" if abs(av - tv) <= tol + 1e-9 else "missed"
    raise ValueError(c)


def main():
    errors, counts = [], {}
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if path.name == "province_gdp.json":
            assert len(data) == 15, len(data)
            for prov, years in data.items():
                for y, (old, new) in {"2024": ("2024", "2025"),
                                      "2025": ("2025", "2026")}.items():
                    e = years[y]
                    where = f"{path.name}:{prov}:{y}"
                    check_quote(errors, where + ":target",
                                f"provinces/{prov}/{old}.md", e["target"])
                    if e["actual"] is None:
                        if not e.get("note"):
                            errors.append(f"{where}: null actual without note")
                    else:
                        check_quote(errors, where + ":actual",
                                    f"provinces/{prov}/{new}.md", e["actual"])
            counts[path.name] = sum(len(v) for v in data.values())
            continue
        counts[path.name] = len(data["rows"])
        for i, row in enumerate(data["rows"]):
            where = f"{path.name}:{i}:{row['indicator']}"
            check_quote(errors, where + ":target", data["old"], row["target"])
            st = row["status"]
            assert st in ("met", "missed", "not_reported", "unclear"), st
            if row["actual"] is None:
                if st not in ("not_reported", "unclear"):
                    errors.append(f"{where}: null actual with status {st}")
                continue
            check_quote(errors, where + ":actual", data["new"], row["actual"])
            exp = default_status(row)
            if exp != st and not row.get("note"):
                errors.append(f"{where}: status {st} != default {exp}, no note")
    for e in errors:
        print("ERROR", e)
    for k, v in counts.items():
        print(f"{k}: {v} entries")
    print("FAILED" if errors else "all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
