"""Held-out measurement of ``hjdesk check`` on planted drafting mistakes.

For each held-out pair (last year's → this year's report of a province), the
mistakes of ``tests/checks/plant.py`` are planted into copies of this year's
report; last year's report and every planted draft are imported into a fresh
temporary SQLite library, ``hjdesk check DRAFT --against LAST --json`` runs on
each, and a planted mistake counts as found when a finding of its kind
overlaps the planted span (mapped onto the stored text). The unplanted real
drafts are checked too, for the findings a clean draft draws.

The harness sees the detector only through the command line's JSON.

    python3 -m tests.checks.heldout                       # the default run
    python3 -m tests.checks.heldout --cases 2 --kinds form stale_year --reports 江西省
    python3 -m tests.checks.heldout --hjdesk "python3 other.py"  # another command
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.checks.plant import GLOSSARY_KINDS, KINDS, STYLES, Pair, Plant, clean_glossary, plants

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
HELD_OUT = ("江西省", "辽宁省", "青海省", "贵州省", "海南省", "山西省", "新疆维吾尔自治区", "宁夏回族自治区")
#: The pairs the checks were developed on: diagnose on these (--tuning), measure on HELD_OUT.
TUNING = ("北京市", "山东省", "河南省", "湖北省", "安徽省", "吉林省", "内蒙古自治区")
DRAFT_YEAR = 2026
#: The kinds whose findings on a clean draft are false alarms to keep few (≤ 5 a report).
ALARM_KINDS = ("stale_year", "inconsistent_value", "sum_mismatch")
UNPLANTED = "unplanted"
GLOSSARY_CONTROL = "glossary_control"


@dataclass
class Check:
    """One run of ``hjdesk check``: a planted case, or an unplanted control.

    ``spans`` are the planted span and the other acceptable spans in the
    stored draft text; ``last_spans`` the dropped term's places in last year's
    stored text."""

    report: str
    label: str
    variant: str
    draft: int
    last: int
    plant: Plant | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    last_spans: list[tuple[int, int]] = field(default_factory=list)
    context: str = ""
    findings: list[dict] | None = None
    error: str = ""


class Hjdesk:
    """The command line, run in child processes against one library at a time."""

    def __init__(self, command: str, home: Path):
        self.command = shlex.split(command)
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            self.env[name] = str(home / name.lower())

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.command, *args], capture_output=True, text=True, env=self.env, cwd=ROOT, timeout=600, check=False
        )

    def missing_check(self) -> str:
        """Why ``hjdesk check`` cannot run, or "" when it can."""
        done = self.run("check", "--help")
        if done.returncode == 0:
            return ""
        lines = (done.stderr or done.stdout).strip().splitlines()
        return lines[-1] if lines else f"exit code {done.returncode}"

    def import_files(self, db: str, files: list[Path], jurisdiction: str, year: int) -> dict[Path, int]:
        """Import ``files`` of one year; the stored report id of each file."""
        done = self.run(
            "import", *map(str, files), "--db", db, "--jurisdiction", jurisdiction, "--year", str(year), "--json"
        )
        if done.returncode != 0:
            raise RuntimeError(f"import failed: {done.stderr.strip()[-500:]}")
        out = json.loads(done.stdout)
        if out.get("errors"):
            raise RuntimeError(f"import failed: {out['errors']}")
        return {Path(r["file"]): r["id"] for r in out["reports"]}

    def check(self, db: str, run: Check) -> None:
        """Run the check of ``run``, keeping its findings or the error."""
        done = self.run("check", str(run.draft), "--against", str(run.last), "--json", "--db", db)
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines()
            run.error = lines[-1] if lines else f"exit code {done.returncode}"
            return
        try:
            run.findings = json.loads(done.stdout)["findings"]
        except (ValueError, KeyError) as e:
            run.error = f"unreadable output: {e}"


# ---------------------------------------------------------------- preparing a pair


def load_pair(name: str) -> Pair:
    folder = CORPUS / "provinces" / name
    last = (folder / f"{DRAFT_YEAR - 1}.md").read_text(encoding="utf-8")
    return Pair(name, DRAFT_YEAR, last, (folder / f"{DRAFT_YEAR}.md").read_text(encoding="utf-8"))


def _context(text: str, width: int, before: bool) -> str:
    """Up to ``width`` characters of the line beside a span, bold markup left out."""
    if before:
        line = text[text.rfind("\n") + 1 :]
    else:
        cut = text.find("\n")
        line = text if cut < 0 else text[:cut]
    line = line.replace("**", "")
    return line[-width:] if before else line[:width]


def locate(text: str, span: tuple[int, int], stored: str) -> tuple[int, int] | None:
    """``span`` of a file's ``text`` as a span of its ``stored`` text: the planted
    snippet found with as much of its line around it as makes it unique (the
    place nearest in relative position when it still is not)."""
    start, end = span
    core = text[start:end].replace("**", "")
    for width in (16, 8, 4, 0):
        left = _context(text[:start], width, True)
        right = _context(text[end:], width, False)
        needle = left + core + right
        hits, at = [], stored.find(needle)
        while at >= 0 and needle:
            hits.append(at + len(left))
            at = stored.find(needle, at + 1)
        if hits:
            where = start / max(1, len(text))
            best = min(hits, key=lambda h: abs(h / max(1, len(stored)) - where))
            return best, best + len(core)
    return None


def _places(term: str, stored: str) -> list[tuple[int, int]]:
    """Every place of ``term`` in a stored text."""
    spans, at = [], stored.find(term)
    while at >= 0:
        spans.append((at, at + len(term)))
        at = stored.find(term, at + 1)
    return spans


def _stored_texts(db_file: Path) -> dict[int, str]:
    with sqlite3.connect(db_file) as con:
        return dict(con.execute("SELECT id, text FROM report"))


def prepare(name: str, args: argparse.Namespace, folder: Path, cli: Hjdesk) -> tuple[str, list[Check]]:
    """Plant, write and import one pair's drafts; the checks to run, truth mapped."""
    pair = load_pair(name)
    folder.mkdir(parents=True)
    db_file = folder / "library.sqlite3"
    db = f"sqlite:///{db_file}"
    cases = [p for kind in args.kinds for p in plants(pair, kind, args.cases, args.seed)]
    glossaries = {style.name: clean_glossary(pair, style) for style in STYLES}
    lasts = _write(folder, "last", [pair.last, *(g[0] for g in glossaries.values()), *(p.last for p in cases)])
    drafts = _write(folder, "draft", [pair.draft, *(g[1] for g in glossaries.values()), *(p.text for p in cases)])
    last_ids = cli.import_files(db, sorted(set(lasts.values())), name, DRAFT_YEAR - 1)
    draft_ids = cli.import_files(db, sorted(set(drafts.values())), name, DRAFT_YEAR)
    stored = _stored_texts(db_file)

    def ids(draft: str, last: str) -> tuple[int, int]:
        return draft_ids[drafts[draft]], last_ids[lasts[last]]

    runs = [Check(name, UNPLANTED, "", *ids(pair.draft, pair.last))]
    runs += [Check(name, GLOSSARY_CONTROL, style, *ids(draft, last)) for style, (last, draft) in glossaries.items()]
    for plant in cases:
        run = Check(name, plant.kind, plant.variant, *ids(plant.text, plant.last), plant=plant)
        _map_truth(run, stored)
        runs.append(run)
    _write_manifest(folder / "cases.json", runs)
    return db, runs


def _write(folder: Path, stem: str, texts: list[str]) -> dict[str, Path]:
    """Each distinct text written once (a library refuses a duplicate text); its file."""
    files: dict[str, Path] = {}
    for text in texts:
        if text not in files:
            files[text] = folder / f"{stem}_{len(files):03d}.md"
            files[text].write_text(text, encoding="utf-8")
    return files


def _map_truth(run: Check, stored: dict[int, str]) -> None:
    """The planted spans as spans of the stored texts (an error when one cannot be found)."""
    plant, text = run.plant, stored[run.draft]
    mapped = [locate(plant.text, s, text) for s in (plant.span, *plant.also)]
    if mapped[0] is None:
        run.error = "planted span not found in the stored text"
        return
    run.spans = [s for s in mapped if s]
    if plant.kind == "dropped_term":
        run.last_spans = _places(plant.term, stored[run.last])
    s, e = run.spans[0]
    run.context = (text[max(0, s - 12) : s] + "【" + text[s:e] + "】" + text[e : e + 12]).replace("\n", "⏎")


def _write_manifest(path: Path, runs: list[Check]) -> None:
    """The planted cases with their stored spans, for reading a run kept with --keep."""
    rows = [
        {
            "draft": r.draft,
            "last": r.last,
            "kind": r.label,
            "variant": r.variant,
            "spans": r.spans,
            "last_spans": r.last_spans,
            "term": r.plant.term,
        }
        for r in runs
        if r.plant
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------------------------------------------------------------- scoring


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans overlap; an empty span counts when it lies within the other."""
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def _span(finding: dict) -> tuple[int, int]:
    return finding.get("char_start") or 0, finding.get("char_end") or 0


def found(run: Check) -> bool:
    """A finding of the planted kind at the plant: overlapping a planted span
    (itself or through ``other``), or for a dropped term quoting the term or
    pointing at it in last year's text."""
    for f in run.findings or ():
        if f.get("kind") != run.label:
            continue
        other = f.get("other") or {}
        if run.label == "dropped_term":
            if run.plant.term.strip("“”") in (f.get("quote") or ""):
                return True
            spans = [_span(other)] if other.get("report") == run.last else []
            truth = run.last_spans
        else:
            spans = [_span(f)] + ([_span(other)] if other.get("report") == run.draft else [])
            truth = run.spans
        if any(_overlaps(a, b) for a in spans for b in truth):
            return True
    return False


# ---------------------------------------------------------------- reporting


def print_planted(planted: list[Check], kinds: list[str]) -> None:
    """Planted and found per kind, and under each kind per way of planting."""
    print(f"{'kind':<20}{'planted':>8}{'found':>7}{'%':>7}")
    for kind in kinds:
        runs = [r for r in planted if r.label == kind]
        _row(kind, runs)
        for variant in sorted({r.variant for r in runs}):
            _row(f"  {variant}", [r for r in runs if r.variant == variant])
    _row("all", planted)


def _row(name: str, runs: list[Check]) -> None:
    hits = sum(found(r) for r in runs)
    print(f"{name:<20}{len(runs):>8}{hits:>7}{_percent(hits, len(runs)):>7}")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def print_controls(controls: list[Check], kinds: list[str]) -> None:
    """Findings on the unplanted real drafts and on the clean synthetic glossaries."""
    print(f"\nunplanted real drafts: findings of {' + '.join(ALARM_KINDS)} per report (bar: ≤ 5)")
    totals = Counter()
    for run in (r for r in controls if r.label == UNPLANTED):
        counts = Counter(f.get("kind") for f in run.findings)
        totals.update(counts)
        alarms = sum(counts[k] for k in ALARM_KINDS)
        others = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()) if k not in ALARM_KINDS)
        print(
            f"  {run.report:<10}{alarms:>4}{'  over the bar' if alarms > 5 else ''}   (other kinds: {others or 'none'})"
        )
    print("  total per kind: " + ", ".join(f"{k} {totals[k]}" for k in KINDS if totals[k] or k in kinds))
    print("\nclean synthetic glossaries (nothing planted): glossary findings per report and style")
    for run in (r for r in controls if r.label == GLOSSARY_CONTROL):
        counts = Counter(f.get("kind") for f in run.findings if f.get("kind") in GLOSSARY_KINDS)
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
        print(f"  {run.report:<10}{run.variant:<6}{sum(counts.values()):>4}   {kinds}")


def print_missed(planted: list[Check]) -> None:
    missed = [r for r in planted if not found(r)]
    print(f"\nmissed ({len(missed)}):")
    for run in missed:
        same = sum(f.get("kind") == run.label for f in run.findings)
        term = f" term {run.plant.term}" if run.label == "dropped_term" else ""
        print(
            f"  {run.label:<19}{run.report:<10}{run.variant:<18}{run.context}{term}   ({same} findings of this kind elsewhere)"
        )


def print_failures(failed: list[Check]) -> None:
    print(f"\n{len(failed)} runs could not be scored:")
    for run in failed[:20]:
        print(f"  {run.label:<19}{run.report:<10}draft {run.draft}: {run.error}")


# ---------------------------------------------------------------- main


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python3 -m tests.checks.heldout", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=4, help="plants per kind and report (default 4)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--reports", nargs="+", choices=HELD_OUT + TUNING, default=None)
    parser.add_argument("--tuning", action="store_true", help="plant into the pairs the checks were developed on")
    parser.add_argument("--jobs", type=int, default=2, help="commands run at once (default 2)")
    parser.add_argument("--hjdesk", default=f"{shlex.quote(sys.executable)} -m hjdesk", help="the command to run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (files, libraries, cases.json)")
    args = parser.parse_args(argv)
    if args.reports is None:
        args.reports = list(TUNING if args.tuning else HELD_OUT)
    return args


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="hjdesk-heldout-"))
    try:
        cli = Hjdesk(args.hjdesk, folder / "home")
        missing = cli.missing_check()
        if missing:
            print(f"cannot measure: `hjdesk check` is not available ({missing})")
            return 1
        runs = _measure(args, folder, cli)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"held-out planted mistakes: seed {args.seed}, {args.cases} per kind and report, {len(args.reports)} reports")
    scored = [r for r in runs if r.findings is not None]
    print_planted([r for r in scored if r.plant], args.kinds)
    print_controls([r for r in scored if not r.plant], args.kinds)
    print_missed([r for r in scored if r.plant])
    failed = [r for r in runs if r.findings is None]
    if failed:
        print_failures(failed)
    print(f"\n{len(runs)} checks in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


def _measure(args: argparse.Namespace, folder: Path, cli: Hjdesk) -> list[Check]:
    """Prepare every pair, then run every check, ``args.jobs`` commands at a time."""
    with ThreadPoolExecutor(args.jobs) as pool:
        prepared = list(
            pool.map(lambda i: prepare(args.reports[i], args, folder / str(i), cli), range(len(args.reports)))
        )
        todo = [(db, run) for db, runs in prepared for run in runs if not run.error]
        list(pool.map(lambda job: cli.check(*job), todo))
    return [run for _, runs in prepared for run in runs]


if __name__ == "__main__":
    sys.exit(main())
