"""The command line contract of DESIGN.md section 4: JSON shapes, exit codes,
one sentence per failed file, and a database left as it was by bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hjdesk.cli import main

from .conftest import CORPUS, SEED


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'lib.sqlite3'}"


def run_json(capsys, *argv):
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else None, captured.err


def test_import_list_outline_json_shapes(capsys, db):
    code, imported, _ = run_json(capsys, "import", str(SEED), "--db", db, "--label", "定稿")
    assert code == 0
    (row,) = imported["reports"]
    assert set(row) >= {"id", "jurisdiction", "year", "label", "title", "sections", "indicators"}
    assert (row["jurisdiction"], row["year"], row["label"], row["created"]) == ("洪江区", 2025, "定稿", True)

    code, listed, _ = run_json(capsys, "list", "--db", db)
    assert [(r["id"], r["jurisdiction"], r["year"], r["delivered"]) for r in listed["reports"]] == [
        (row["id"], "洪江区", 2025, "2024-12-17")]

    code, outline, _ = run_json(capsys, "outline", str(row["id"]), "--db", db)
    assert outline["report"] == row["id"] and len(outline["sections"]) == row["sections"]
    first = outline["sections"][1]
    assert set(first) >= {"id", "parent", "level", "kind", "part", "heading", "char_start", "char_end"}
    assert {s["part"] for s in outline["sections"]} == {"review", "plan", "other"}
    text = SEED.read_text(encoding="utf-8")
    headed = [s for s in outline["sections"] if s["kind"] in ("part", "section", "topic", "glossary", "term")]
    assert all(s["heading"][:4] in text[s["char_start"]:s["char_start"] + 8] for s in headed)


def test_same_content_twice_is_not_duplicated(capsys, db, tmp_path):
    gbk = tmp_path / "seed-gbk.txt"
    gbk.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    _, first, _ = run_json(capsys, "import", str(SEED), "--db", db)
    code, second, _ = run_json(capsys, "import", str(gbk), "--db", db)
    assert code == 0
    assert second["reports"][0]["id"] == first["reports"][0]["id"]
    assert second["reports"][0]["created"] is False
    _, listed, _ = run_json(capsys, "list", "--db", db)
    assert len(listed["reports"]) == 1


def test_bad_files_fail_alone_and_leave_the_database_unchanged(capsys, db, tmp_path):
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "损坏.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    code, result, err = run_json(capsys, "import", str(empty), str(SEED), str(broken), str(tmp_path / "无此文件.txt"),
                                 "--db", db)
    assert code != 0
    assert len(result["reports"]) == 1 and len(result["errors"]) == 3
    lines = [line for line in err.splitlines() if line.startswith("hjdesk：")]
    assert len(lines) == 3 and all(("空文件" in l or "损坏" in l or "无此文件" in l) for l in lines)
    _, listed, _ = run_json(capsys, "list", "--db", db)
    assert len(listed["reports"]) == 1


def test_unknown_report_is_one_sentence(capsys, db):
    code = main(["outline", "42", "--db", db])
    captured = capsys.readouterr()
    assert code != 0 and captured.out == ""
    assert "42" in captured.err and len(captured.err.strip().splitlines()) == 1


def test_bad_database_url_is_one_sentence(capsys):
    code = main(["list", "--db", "nonsense://x"])
    captured = capsys.readouterr()
    assert code != 0 and captured.err.count("\n") == 1 and "数据库" in captured.err


def test_overrides_win_over_detection(capsys, db):
    _, result, _ = run_json(capsys, "import", str(SEED), "--db", db, "--jurisdiction", "某某区", "--year", "2031")
    row = result["reports"][0]
    assert (row["jurisdiction"], row["year"]) == ("某某区", 2031)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_console_script_imports_several_formats_with_clean_json_stdout(tmp_path):
    files = [str(SEED), str(CORPUS / "national" / "2022-alt.txt"), str(CORPUS / "provinces" / "北京市" / "2025.docx"),
             str(CORPUS / "hunan" / "2022.md")]
    done = subprocess.run([sys.executable, "-m", "hjdesk", "import", *files, "--json",
                           "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["reports"]
    assert [(r["jurisdiction"], r["year"]) for r in rows] == [("洪江区", 2025), ("全国", 2022), ("北京市", 2025),
                                                              ("湖南省", 2022)]
    assert [r["level"] for r in rows] == ["district", "national", "province", "province"]
    assert "4/4" in done.stderr  # the progress bar went to stderr


def test_demo_builds_a_fresh_library(capsys):
    assert main(["demo", "--json"]) == 0
    outline = json.loads(capsys.readouterr().out)
    assert any(s["kind"] == "glossary" for s in outline["sections"])
    assert main(["demo", "--json"]) == 0  # a second run starts again from scratch
    assert json.loads(capsys.readouterr().out) == outline


def test_common_options_work_before_and_after_the_command(capsys, db):
    assert main(["import", str(SEED), "--db", db]) == 0
    capsys.readouterr()
    for argv in (["--json", "--db", db, "list"], ["list", "--json", "--db", db], ["--db", db, "list", "--json"]):
        assert main(argv) == 0
        assert len(json.loads(capsys.readouterr().out)["reports"]) == 1, argv


def test_without_a_display_the_window_commands_say_so_and_print_text(demo_pair, capsys):
    """Offscreen (as here) nobody could see a window: one sentence, then text."""
    db, _, _ = demo_pair
    assert main(["--db", db]) == 0
    out = capsys.readouterr()
    assert "没有可用的显示器" in out.err and out.err.count("\n") == 1
    assert "洪江区" in out.out
