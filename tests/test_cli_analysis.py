"""The analysis commands end to end: indicators, gaps (three tables) and a
person's corrections surviving re-extraction and re-import."""

from __future__ import annotations

from hjdesk.cli import main

from .conftest import SEED, cli_json


def test_indicators_json_shape(capsys, demo_pair):
    db, old, _ = demo_pair
    data = cli_json(capsys, "indicators", str(old), "--db", db, "--role", "target")
    assert len(data["indicators"]) >= 40
    first = data["indicators"][0]
    assert set(first) >= {"name", "canonical", "measure", "value", "value_high", "unit", "comparator", "role",
                          "year", "char_start", "char_end", "quote"}
    assert (first["canonical"], first["value"], first["role"], first["year"]) == ("地区生产总值", 6, "target", 2025)
    text = SEED.read_text(encoding="utf-8")
    assert all(text[i["char_start"]:i["char_end"]] == i["quote"] for i in data["indicators"])


def test_gaps_json_shape_and_order(capsys, demo_pair):
    db, old, new = demo_pair
    data = cli_json(capsys, "gaps", str(old), str(new), "--db", db)
    assert (data["old"], data["new"], data["year"]) == (old, new, 2025)
    statuses = [row["status"] for row in data["rows"]]
    assert statuses[0] == "not_reported" and statuses[-1] == "no_target"
    gdp = next(r for r in data["rows"] if r["indicator"] == "地区生产总值" and r["target"])
    assert {k: gdp["target"][k] for k in ("value", "value_high", "comparator", "quote", "char_start")} == {
        "value": 6, "value_high": None, "comparator": "eq", "quote": "地区生产总值增长6%",
        "char_start": SEED.read_text(encoding="utf-8").index("地区生产总值增长6%")}
    assert (gdp["actual"]["value"], gdp["actual"]["estimate"], gdp["gap"], gdp["status"]) == (5.4, True, -0.6, "missed")
    assert set(gdp["actual"]) >= {"value", "quote", "char_start", "estimate"}


def test_the_other_two_tables(capsys, demo_pair):
    db, old, new = demo_pair
    ambition = cli_json(capsys, "gaps", str(old), str(new), "--db", db, "--table", "ambition")
    gdp = next(r for r in ambition["rows"] if r["indicator"] == "地区生产总值")
    assert (gdp["left"]["value"], gdp["left"]["year"], gdp["right"]["value"], gdp["right"]["year"]) == (5.5, 2026, 5.4, 2025)
    targets = cli_json(capsys, "gaps", str(old), str(new), "--db", db, "--table", "targets")
    gdp = next(r for r in targets["rows"] if r["indicator"] == "地区生产总值")
    assert (gdp["left"]["value"], gdp["right"]["value"], gdp["delta"]) == (6, 5.5, -0.5)


def test_corrections_survive_reimport(capsys, demo_pair, tmp_path):
    db, old, new = demo_pair
    targets = cli_json(capsys, "indicators", str(old), "--db", db)["indicators"]
    number = next(i["number"] for i in targets if i["canonical"] == "地区生产总值" and i["role"] == "target")
    cli_json(capsys, "correct", "indicator", str(old), str(number), "--value", "6.5", "--note", "按定稿更正", "--db", db)
    gdp_key = next(i["key"] for i in targets if i["number"] == number)
    cli_json(capsys, "correct", "gap", str(old), str(new), gdp_key, "--status", "unclear", "--note", "口径待核", "--db", db)

    copy = tmp_path / "同一份报告.txt"
    copy.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    again = cli_json(capsys, "import", str(copy), "--db", db)["reports"][0]
    assert (again["id"], again["created"]) == (old, False)

    corrected = next(i for i in cli_json(capsys, "indicators", str(old), "--db", db)["indicators"] if i["key"] == gdp_key)
    assert (corrected["value"], corrected["corrected"], corrected["note"]) == (6.5, True, "按定稿更正")
    row = next(r for r in cli_json(capsys, "gaps", str(old), str(new), "--db", db)["rows"]
               if r["target"] and r["target"]["key"] == gdp_key)
    assert (row["status"], row["decided"], row["note"], row["target"]["value"]) == ("unclear", True, "口径待核", 6.5)
    cli_json(capsys, "correct", "gap", str(old), str(new), gdp_key, "--clear", "--db", db)
    row = next(r for r in cli_json(capsys, "gaps", str(old), str(new), "--db", db)["rows"]
               if r["target"] and r["target"]["key"] == gdp_key)
    assert (row["status"], row["decided"]) == ("missed", False)


def test_readable_gap_table(capsys, demo_pair):
    db, old, new = demo_pair
    assert main(["gaps", str(old), str(new), "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("洪江区 2025 年目标对照")
    assert lines[1].startswith("未提及") and any(line.startswith("未完成  地区生产总值") for line in lines)


def test_unknown_indicator_is_one_sentence(capsys, demo_pair):
    db, old, _ = demo_pair
    assert main(["correct", "indicator", str(old), "#9999", "--value", "1", "--db", db]) != 0
    err = capsys.readouterr().err
    assert "9999" in err and len(err.strip().splitlines()) == 1
