"""The compare and pin commands: the JSON contract, highlighted spans in each
report's own offsets, and a person's pin changing the alignment."""

from __future__ import annotations

from hjdesk.cli import main

from .conftest import DRAFT, SEED, cli_json


def test_compare_json_shape(capsys, demo_pair):
    db, _, _ = demo_pair
    data = cli_json(capsys, "compare", "1", "2", "--db", db, "--ignore-punct")
    assert (data["old"], data["new"], data["mode"]) == (1, 2, "same")
    keys = {"old_section", "new_section", "old_heading", "new_heading", "status", "similarity", "inserted", "deleted"}
    assert all(keys <= set(pair) for pair in data["pairs"])
    assert {pair["status"] for pair in data["pairs"]} == {"changed", "added", "removed", "moved"}
    moved = {(p["old_heading"], p["new_heading"]) for p in data["pairs"] if p["status"] == "moved"}
    assert ("营商环境不断优化", "营商环境持续优化") in moved


def test_spans_point_into_each_reports_text(capsys, demo_pair):
    db, _, _ = demo_pair
    old_text, new_text = (p.read_text(encoding="utf-8") for p in (SEED, DRAFT))
    data = cli_json(capsys, "compare", "1", "2", "--db", db, "--spans")
    targets = next(p for p in data["pairs"] if p["kind"] == "targets")
    changes = {(v["old_value"], v["new_value"], v["unit"]) for v in targets["value_changes"]}
    assert (6.0, 5.5, "%") in changes  # 地区生产总值增长6% → 增长5.5%左右
    for span in targets["spans"]:
        assert span["op"] in ("insert", "delete")
        assert 0 <= span["old_start"] <= span["old_end"] <= len(old_text)
        assert 0 <= span["new_start"] <= span["new_end"] <= len(new_text)
    change = next(v for v in targets["value_changes"] if v["old_value"] == 6.0)
    assert old_text[change["old_start"]:change["old_end"]].startswith("6%")
    assert new_text[change["new_start"]:change["new_end"]].startswith("5.5%")


def test_a_pin_is_an_input_to_the_aligner(capsys, demo_pair):
    db, _, _ = demo_pair
    outline = cli_json(capsys, "outline", "1", "--db", db)["sections"]
    dropped = next(s["id"] for s in outline if s["heading"] == "社会事业持续提升")
    draft = cli_json(capsys, "outline", "2", "--db", db)["sections"]
    target = next(s["id"] for s in draft if s["heading"] == "民生保障更加有力")
    before = cli_json(capsys, "compare", "1", "2", "--db", db)["pairs"]
    assert any(p["old_section"] == dropped and p["status"] == "removed" for p in before)
    cli_json(capsys, "pin", "1", "2", "--old-section", str(dropped), "--new-section", str(target), "--db", db)
    after = cli_json(capsys, "compare", "1", "2", "--db", db)
    assert [dropped, target] in after["pins"]
    assert any(p["old_section"] == dropped and p["new_section"] == target for p in after["pairs"])
    cli_json(capsys, "pin", "1", "2", "--clear", "--db", db)
    assert cli_json(capsys, "compare", "1", "2", "--db", db)["pairs"] == before


def test_promise_mode(capsys, demo_pair):
    db, _, _ = demo_pair
    data = cli_json(capsys, "compare", "1", "2", "--db", db, "--mode", "promise")
    old_plan_topics = [p for p in data["pairs"] if p["old_section"] is not None]
    assert len({p["old_section"] for p in old_plan_topics}) >= 15
    assert any(p["old_heading"] == "繁荣活跃文旅产业" and p["new_heading"] == "文旅融合提档升级" for p in data["pairs"])


def test_readable_comparison(capsys, demo_pair):
    db, _, _ = demo_pair
    assert main(["compare", "1", "2", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("旧：2025 ") and lines[1].startswith("新：2026 ")
    assert any(line.startswith("图例：[-删去的文字-] {+新增的文字+}") for line in lines)
    assert lines[-1].startswith("合计：") and any(line.startswith("  【移动】营商环境持续优化") for line in lines)
    # a changed pair shows its changed words inline and its changed numbers with their indicator
    assert any("[-繁荣活跃文旅产业-]{+全力冲刺景区创建+}" in line for line in lines)
    assert "      数字：接待游客人次 13%以上 → 10%以上；旅游收入 12%以上 → 10%以上" in lines
    # the targets passage indicator by indicator
    start = lines.index("    逐项目标（旧 → 新）：")
    block = lines[start + 1:start + 11]
    assert "      地区生产总值：6% → 约5.5%" in block
    assert "      制造业增加值：8% → （新报告未列）" in block
    assert "      城镇登记失业率：（旧报告未列） → ≤4.5%" in block
    assert "      城镇居民人均可支配收入：5.5% → 5.5%  未变" in block


def test_changes_only_leaves_out_the_unchanged(capsys, demo_pair, tmp_path):
    from tests.conftest import SEED, cli_json

    db, _, _ = demo_pair
    copy = tmp_path / "一字之差.txt"  # the seed with one sentence more at its end: almost every section the same
    copy.write_text(SEED.read_text(encoding="utf-8") + "\n本稿仅在末尾多此一句。\n", encoding="utf-8")
    other = str(cli_json(capsys, "import", str(copy), "--db", db)["reports"][0]["id"])
    main(["compare", "1", other, "--db", db])
    everything = capsys.readouterr().out.splitlines()
    assert sum(line.lstrip().startswith("【相同】") for line in everything) > 20
    main(["compare", "1", other, "--db", db, "--changes-only"])
    changed = capsys.readouterr().out.splitlines()
    assert not any(line.lstrip().startswith("【相同】") for line in changed) and changed[-1].startswith("合计：相同 ")
    assert len(changed) < len(everything) - 20


def test_promise_mode_commitment_by_commitment(capsys, demo_pair):
    db, _, _ = demo_pair
    data = cli_json(capsys, "compare", "1", "2", "--db", db, "--mode", "promise")
    found = {c["text"]: c for c in data["commitments"]}
    platform = found["搭建5G智慧旅游景区公共服务平台,"]
    assert platform["status"] == "words" and platform["new_section"] is not None
    new_text = DRAFT.read_text(encoding="utf-8")
    assert "5G智慧旅游公共服务平台上线运行" in new_text[platform["new_start"]:platform["new_end"]]
    assert {c["status"] for c in data["commitments"]} == {"number", "words", "no"}
    assert main(["compare", "1", "2", "--db", db, "--mode", "promise"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("方式：承诺兑现") and lines[-1].startswith("合计：承诺 ")
    assert any(line.startswith("【繁荣活跃文旅产业】承诺 ") for line in lines)
    assert "    有文字  搭建5G智慧旅游景区公共服务平台," in lines
