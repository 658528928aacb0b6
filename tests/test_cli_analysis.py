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
    assert statuses[0] == "not_reported" and data["rows"][0]["tier"] == "main"
    main = [row for row in data["rows"] if row["tier"] == "main"]
    assert main[-1]["status"] == "no_target" and all(r["tier"] in ("main", "task", "livelihood", "fiscal")
                                                     for r in data["rows"])
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


def test_unknown_indicator_is_one_sentence(capsys, demo_pair):
    db, old, _ = demo_pair
    assert main(["correct", "indicator", str(old), "#9999", "--value", "1", "--db", db]) != 0
    err = capsys.readouterr().err
    assert "9999" in err and len(err.strip().splitlines()) == 1


def test_gaps_text_names_both_reports_and_shows_each_sides_quote(capsys, demo_pair):
    db, old, new = demo_pair
    assert main(["gaps", str(old), str(new), "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "2025年洪江区管委工作报告" in lines[0] and "2026年洪江区管委工作报告" in lines[1]
    assert lines[2].startswith("列：") and lines[4] == "【主要目标】"
    gdp = next(i for i, line in enumerate(lines) if "地区生产总值" in line and "目标 6%" in line)
    assert "未完成" in lines[gdp] and "结果 5.4%（预计）" in lines[gdp]
    assert "上年：" in lines[gdp + 1] and "地区生产总值增长6%" in lines[gdp + 1] and "〔" in lines[gdp + 1]
    assert "本年：" in lines[gdp + 2] and "5.4%" in lines[gdp + 2]


def test_gaps_main_lists_only_main_targets(capsys, demo_pair):
    db, old, new = demo_pair
    rows = cli_json(capsys, "gaps", str(old), str(new), "--db", db, "--main")["rows"]
    everything = cli_json(capsys, "gaps", str(old), str(new), "--db", db)["rows"]
    assert rows and all(r["tier"] == "main" and r["target"] for r in rows)
    assert len(rows) < len(everything)
