"""``hjdesk export`` on the command line: every format of the gap summary,
the comparison in both modes, and its refusals, each in one sentence."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess

import pytest

from tests.conftest import CORPUS, cli_json


def _read_back(path, fmt: str, names: list[str]) -> None:
    """Every indicator name is found again by the format's own reader."""
    if fmt == "pdf":
        if shutil.which("pdftotext") is None:
            pytest.skip("poppler-utils is not installed")
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                                                 text=True, check=True).stdout)
        found = [re.sub(r"\s+", "", n) in text for n in names]
    elif fmt == "docx":
        import docx

        table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "序号")
        found = [row.cells[2].text == name for row, name in zip(table.rows[1:], names)]
        assert len(table.rows) == len(names) + 1
    elif fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path).worksheets[0]
        found = [line[2].value == name for line, name in zip(sheet.iter_rows(min_row=2), names)]
        assert sheet.max_row == len(names) + 1
    else:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.reader(handle))[1:]
        found = [line[2] == name for line, name in zip(lines, names)]
        assert len(lines) == len(names)
    assert all(found), [n for n, ok in zip(names, found) if not ok]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_export_gaps_of_the_demo_pair_in_every_format(demo_library, qapp, capsys, tmp_path, fmt):
    db = ["--db", demo_library.url]
    rows = cli_json(capsys, "gaps", str(demo_library.old), str(demo_library.new), *db)["rows"]
    out = cli_json(capsys, "export", "gaps", str(demo_library.old), str(demo_library.new), "--format", fmt,
                   "-o", str(tmp_path / f"gaps.{fmt}"), *db)
    assert out["format"] == fmt and out["file"].endswith(f"gaps.{fmt}")
    _read_back(tmp_path / f"gaps.{fmt}", fmt, [r["indicator"] for r in rows])


def test_export_refuses_what_it_cannot_do_in_one_sentence(demo_library, qapp, capsys, tmp_path):
    from hjdesk.cli import main

    db = ["--db", demo_library.url]
    target = tmp_path / "gaps.pdf"
    target.write_bytes(b"keep me")
    cases = [
        (["export", "gaps", "1", "2", "--format", "pdf", "-o", str(target)], "已存在"),
        (["export", "gaps", "1", "1", "--format", "csv", "-o", str(tmp_path / "x.csv")], "同一份报告"),
        (["export", "gaps", "1", "99", "--format", "csv", "-o", str(tmp_path / "x.csv")], "不存在"),
        (["export", "compare", "1", "2", "--format", "pdf", "-o", str(tmp_path / "no" / "x.pdf")], "文件夹不存在"),
    ]
    for argv, words in cases:
        assert main([*argv, *db]) == 1
        err = capsys.readouterr().err
        assert words in err and len(err.strip().splitlines()) == 1, err
    assert target.read_bytes() == b"keep me"
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith(("gaps.pdf", "library.sqlite3"))]


def test_export_compare_chosen_sections_changes_only_and_promise_mode(demo_library, qapp, capsys, tmp_path):
    import docx

    db = ["--db", demo_library.url]
    pair = [str(demo_library.old), str(demo_library.new)]
    pairs = cli_json(capsys, "compare", *pair, *db)["pairs"]
    changed = [p for p in pairs if p["status"] == "changed"]
    chosen = changed[1]
    cli_json(capsys, "export", "compare", *pair, "--format", "docx", "--sections", str(chosen["new_section"]),
             "-o", str(tmp_path / "one.docx"), *db)
    headings = [p.text for p in docx.Document(str(tmp_path / "one.docx")).paragraphs if p.text.startswith("【")]
    assert len(headings) == 1 and chosen["new_heading"] in headings[0]

    cli_json(capsys, "export", "compare", *pair, "--format", "docx", "--changes-only", "-o",
             str(tmp_path / "changed.docx"), *db)
    headings = [p.text for p in docx.Document(str(tmp_path / "changed.docx")).paragraphs if p.text.startswith("【")]
    assert len(headings) == sum(p["status"] != "same" for p in pairs)
    assert not any(h.startswith("【相同") for h in headings)

    promised = cli_json(capsys, "compare", *pair, "--mode", "promise", *db)["commitments"]
    cli_json(capsys, "export", "compare", *pair, "--format", "docx", "--mode", "promise", "-o",
             str(tmp_path / "promise.docx"), *db)
    lines = [p.text for p in docx.Document(str(tmp_path / "promise.docx")).paragraphs if p.text.startswith("［")]
    assert len(lines) == len(promised)
    assert sum(line.startswith("［未见") for line in lines) == sum(c["status"] == "no" for c in promised)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_a_held_out_pair_exports_through_the_command_line(qapp, capsys, tmp_path, fmt):
    """Hunan 2022 → 2023: a province pair the gap rules were not tuned on (held-out gold)."""
    old, new = CORPUS / "hunan" / "2022.md", CORPUS / "hunan" / "2023.md"
    if not (old.is_file() and new.is_file()):
        pytest.skip("../shared/corpus is not beside the checkout")
    db = ["--db", f"sqlite:///{tmp_path / 'held.sqlite3'}"]
    ids = [r["id"] for r in cli_json(capsys, "import", str(old), str(new), *db)["reports"]]
    rows = cli_json(capsys, "gaps", *map(str, ids), *db)["rows"]
    assert len(rows) >= 20
    cli_json(capsys, "export", "gaps", *map(str, ids), "--format", fmt, "-o", str(tmp_path / f"held.{fmt}"), *db)
    _read_back(tmp_path / f"held.{fmt}", fmt, [r["indicator"] for r in rows])


def test_a_persons_decision_and_note_are_marked_in_the_exports(demo_library, qapp, capsys, tmp_path):
    import docx

    db = ["--db", demo_library.url]
    pair = [str(demo_library.old), str(demo_library.new)]
    rows = cli_json(capsys, "gaps", *pair, *db)["rows"]
    row = next(r for r in rows if r["status"] == "not_reported" and r["target"])
    cli_json(capsys, "correct", "gap", *pair, row["target"]["key"], "--status", "met", "--note", "会上确认已完成", *db)
    cli_json(capsys, "export", "gaps", *pair, "--format", "docx", "-o", str(tmp_path / "g.docx"), *db)
    document = docx.Document(str(tmp_path / "g.docx"))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "序号")
    line = next(r for r in table.rows[1:] if r.cells[2].text == row["indicator"])
    assert line.cells[6].text == "完成✎"
    notes = [p.text for p in document.paragraphs if "人工备注" in p.text]
    assert len(notes) == 1 and "会上确认已完成" in notes[0] and row["indicator"] in notes[0]
    cli_json(capsys, "export", "gaps", *pair, "--format", "xlsx", "-o", str(tmp_path / "g.xlsx"), *db)
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "g.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    marked = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[header.index("人工")] == "✎"]
    assert len(marked) == 1 and marked[0][header.index("备注")] == "会上确认已完成"


def test_export_gaps_with_the_draft_check(planted_library, qapp, capsys, tmp_path):
    """--checks: the draft check of NEW against OLD, less what a person dismissed; a CSV holds it alone."""
    import openpyxl

    db = ["--db", planted_library.url]
    pair = [str(planted_library.old), str(planted_library.new)]
    found = cli_json(capsys, "check", pair[1], "--against", pair[0], *db)["findings"]
    gone = next(f for f in found if f["kind"] == "carried_over")["number"]
    cli_json(capsys, "check", pair[1], "--against", pair[0], "--dismiss", str(gone), "--note", "已核", *db)
    kept = [(f["number"], f["kind"]) for f in found if f["number"] != gone]
    for fmt in ("csv", "xlsx", "pdf"):
        out = cli_json(capsys, "export", "gaps", *pair, "--format", fmt, "--checks", "-o", str(tmp_path / f"c.{fmt}"),
                       *db)
        assert set(out) == {"file", "format", "title"} and out["title"].endswith("目标完成情况对照")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:5] == ["序号", "类别", "位置", "问题", "原文"]
    assert [(int(line[0]), line[5]) for line in lines[1:]] == kept
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    assert book.sheetnames[0] == "目标完成情况" and len(list(book["起草检查"].iter_rows(min_row=2))) == len(kept)
    if shutil.which("pdftotext") is not None:
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True,
                                                 text=True, check=True).stdout)
        assert "起草检查结果" in text and "另有1条已排除" in text
    cli_json(capsys, "export", "gaps", *pair, "--format", "csv", "-o", str(tmp_path / "plain.csv"), *db)
    with open(tmp_path / "plain.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["序号", "层级", "指标"], "without --checks the CSV is the gap table"


def test_a_draft_whose_check_finds_only_formulations_prints_two_lists(qapp, capsys, tmp_path):
    """Shandong 2025 → 2026 (../shared): nothing to correct, many new and dropped formulations."""
    import docx

    old, new = CORPUS / "provinces" / "山东省" / "2025.md", CORPUS / "provinces" / "山东省" / "2026.md"
    if not (old.is_file() and new.is_file()):
        pytest.skip("../shared/corpus is not beside the checkout")
    db = ["--db", f"sqlite:///{tmp_path / 'sd.sqlite3'}"]
    ids = [str(r["id"]) for r in cli_json(capsys, "import", str(old), str(new), *db)["reports"]]
    found = cli_json(capsys, "check", ids[1], "--against", ids[0], *db)["findings"]
    cli_json(capsys, "export", "gaps", *ids, "--format", "docx", "--checks", "-o", str(tmp_path / "sd.docx"), *db)
    document = docx.Document(str(tmp_path / "sd.docx"))
    printed = [f for f in found if f["kind"] not in ("new_term", "dropped_term")]
    tables = [t for t in document.tables if [c.text for c in t.rows[0].cells][:2] == ["序号", "类别"]]
    assert len(tables) == (1 if printed else 0) and (not tables or len(tables[0].rows) == len(printed) + 1)
    paragraphs = [p.text for p in document.paragraphs]
    for kind, name in (("new_term", "新提法"), ("dropped_term", "删去的提法")):
        terms = [f["quote"] for f in found if f["kind"] == kind]
        if terms:
            assert paragraphs[paragraphs.index(f"{name}（{len(terms)} 个）") + 1] == "、".join(terms)
