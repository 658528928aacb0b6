"""``hjdesk check`` names where a finding's other place is: last year's
report, or (two values of one indicator, two unit styles) the draft itself."""

from __future__ import annotations

from tests.conftest import cli_json


def test_a_second_value_in_the_draft_is_not_called_last_years(planted_library, capsys):
    from hjdesk.cli import main

    db = ["--db", planted_library.url]
    draft, last = str(planted_library.new), str(planted_library.old)
    found = cli_json(capsys, "check", draft, "--against", last, *db)["findings"]
    both = next(f for f in found if f["kind"] == "inconsistent_value")
    carried = next(f for f in found if f["kind"] == "carried_over")
    assert both["other"]["report"] == planted_library.new and "5.4%" in both["other"]["quote"]
    assert carried["other"]["report"] == planted_library.old
    assert main(["check", draft, "--against", last, "--kind", "inconsistent_value", *db]) == 0
    listing = capsys.readouterr().out
    assert "另见：地区生产总值增长5.4%" in listing and "上年：" not in listing
