"""The check command: the JSON contract, the listing by section, dismissals
with a note that hold across runs, and one sentence for a bad request."""

from __future__ import annotations

from hjdesk.cli import main
from hjdesk.core.checks import KINDS

from .conftest import DRAFT, SEED, cli_json

FINDING_KEYS = {"kind", "char_start", "char_end", "quote", "message", "other"}


def test_check_json_follows_the_contract(capsys, demo_pair):
    db, old, new = demo_pair
    data = cli_json(capsys, "check", str(new), "--against", str(old), "--db", db)
    assert (data["report"], data["against"]) == (new, old)
    text, last = DRAFT.read_text(encoding="utf-8"), SEED.read_text(encoding="utf-8")
    assert data["findings"]
    for finding in data["findings"]:
        assert FINDING_KEYS <= set(finding) and finding["kind"] in KINDS
        assert 0 <= finding["char_start"] <= finding["char_end"] <= len(text)
        if finding["kind"] not in ("dropped_term",):
            assert finding["quote"].strip("…") and text[finding["char_start"]:finding["char_end"]].strip()
        other = finding["other"]
        if other is not None:
            assert other["report"] == old
            assert last[other["char_start"]:other["char_end"]] == other["quote"]
    dropped = [f for f in data["findings"] if f["kind"] == "dropped_term"]
    assert any("两重" in f["quote"] for f in dropped)  # a formulation of the seed's plan the draft no longer uses


def test_without_last_years_report_only_the_drafts_own_checks_run(capsys, demo_pair):
    db, _, new = demo_pair
    data = cli_json(capsys, "check", str(new), "--db", db)
    assert data["against"] is None
    assert all(f["other"] is None or f["kind"] == "form" for f in data["findings"])
    assert not {f["kind"] for f in data["findings"]} & {"carried_over", "new_term", "dropped_term", "glossary_changed"}


def test_the_listing_is_by_section(capsys, demo_pair):
    db, old, new = demo_pair
    assert main(["check", str(new), "--against", str(old), "--db", db, "--kind", "glossary_ref"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"起草检查：报告 {new}，对照报告 {old}")
    assert "【D级化工园区】" in out and "[名词解释页码]" in out and "P3" in out


def test_a_dismissed_finding_leaves_the_list_keeps_its_number_and_comes_back(capsys, demo_pair):
    db, old, new = demo_pair
    first = cli_json(capsys, "check", str(new), "--against", str(old), "--db", db)["findings"]
    target = first[0]
    done = cli_json(capsys, "check", str(new), "--against", str(old), "--db", db,
                    "--dismiss", str(target["number"]), "--note", "标题中的全角标点是正式格式")
    assert done["dismissed"] and done["key"] == target["key"]
    after = cli_json(capsys, "check", str(new), "--against", str(old), "--db", db)["findings"]
    assert target["key"] not in {f["key"] for f in after} and len(after) == len(first) - 1
    listed = cli_json(capsys, "check", str(new), "--against", str(old), "--db", db, "--all")["findings"]
    again = next(f for f in listed if f["key"] == target["key"])
    assert again["number"] == target["number"] and again["dismissed"] and again["note"] == "标题中的全角标点是正式格式"
    assert main(["check", str(new), "--against", str(old), "--db", db]) == 0
    assert "另有 1 条已排除" in capsys.readouterr().out
    cli_json(capsys, "check", str(new), "--against", str(old), "--db", db, "--undismiss", str(target["number"]))
    assert len(cli_json(capsys, "check", str(new), "--against", str(old), "--db", db)["findings"]) == len(first)


def test_a_bad_request_is_one_sentence(capsys, demo_pair):
    db, old, new = demo_pair
    assert main(["check", str(new), "--against", str(old), "--db", db, "--dismiss", "9999"]) != 0
    assert "没有第 9999 条检查结果" in capsys.readouterr().err
    assert main(["check", str(new), "--against", str(new), "--db", db]) != 0
    assert "两份不同的报告" in capsys.readouterr().err
    assert main(["check", "77", "--db", db]) != 0
    err = capsys.readouterr().err
    assert "77" in err and len(err.strip().splitlines()) == 1
