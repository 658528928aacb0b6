"""Benchmarks on real reports; prints medians. Speed is measured here, never
in unit tests. Every figure an issue set a goal for is gathered and printed
again at the end, each with its goal and the ratio it is judged by.

    python3 -m bench            # all benchmarks, 15 runs each (window and library ones: fewer)
    python3 -m bench --runs 5
    python3 -m bench --no-window   # skip the window's start-up, scrolling and memory

The window's figures come from bench_window.py, which can also run alone.

Reports come from seeds/ and, when it is beside the checkout, ../shared/corpus.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "shared" / "corpus"


#: (figure, value, goal, unit, how it is judged): filled by the benchmarks, printed by main().
FIGURES: list[tuple[str, float, float, str, str]] = []


def record(figure: str, value: float, goal: float, unit: str = "ms", at_least: bool = False) -> None:
    """Keep a figure for the closing table; ``at_least`` when more is better (reports/s)."""
    FIGURES.append((figure, value, goal, unit, "at_least" if at_least else "at_most"))


def print_figures() -> None:
    """Each figure, its goal, and value/goal (at most 1.0 meets an upper bound; at least 1.0 a lower one)."""
    print()
    print(f"{'figure':<62} {'median':>10} {'goal':>10}  ratio  verdict")
    for figure, value, goal, unit, judged in FIGURES:
        ratio = value / goal if goal else float("nan")
        good = ratio >= 1 if judged == "at_least" else ratio <= 1
        sign = ">=" if judged == "at_least" else "<="
        print(f"{figure:<62} {value:>8.1f}{unit:<2} {sign}{goal:>6g}{unit:<2} {ratio:6.2f}  {'met' if good else 'MISSED'}")


def _median_ms(fn, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _samples() -> list[Path]:
    samples = [ROOT / "seeds" / "hongjiang_2025.txt"]
    for rel in ("national/2022.md", "hunan/2022.md", "provinces/山东省/2025.md", "provinces/北京市/2025.docx",
                "national/2022-alt.txt"):
        if (CORPUS / rel).exists():
            samples.append(CORPUS / rel)
    return samples


def bench_import(runs: int) -> None:
    """Decode + structure + indicators + store of one report into a warm SQLite
    file database, as ``hjdesk import`` does it (bar: <= 100 ms per 20,000 characters)."""
    from hjdesk.core.indicators import EXTRACTOR_VERSION, extract_indicators
    from hjdesk.core.parse import parse_report
    from hjdesk.importers import read_bytes
    from hjdesk.store.db import open_engine, session_scope
    from hjdesk.store.repository import delete_report, save_report

    folder = tempfile.mkdtemp(prefix="hjdesk-bench-")
    engine = open_engine(f"sqlite:///{folder}/bench.sqlite3")
    print("import (decode + structure + indicators + store, warm), median of", runs, "runs")
    for path in _samples():
        data = path.read_bytes()
        saved_ids: list[int] = []

        def once() -> None:
            imported = read_bytes(data, path.name)
            parsed = parse_report(imported.text, imported.paragraphs, fmt=imported.format,
                                  title_hint=imported.title_hint)
            found = extract_indicators(parsed)
            with session_scope(engine) as session:
                saved_ids.append(save_report(session, parsed, source_name=path.name, indicators=found,
                                             extractor_version=EXTRACTOR_VERSION).id)

        def forget() -> None:
            while saved_ids:
                with session_scope(engine) as session:
                    delete_report(session, saved_ids.pop())

        once()  # warm caches, regexes and the connection pool
        forget()
        chars = len(read_bytes(data, path.name).text)
        median = _median_ms(once, runs, setup=forget)
        forget()
        stages = _stage_medians(data, path.name, runs)
        print(f"  {path.parent.name + '/' + path.name:<28} {chars:>6} chars  {median:7.1f} ms  "
              f"per 20k chars {median * 20000 / chars:6.1f} ms   ({stages})")
        record(f"import per 20k chars: {path.parent.name}/{path.name}", median * 20000 / chars, 100)
    engine.dispose()


def _stage_medians(data: bytes, name: str, runs: int) -> str:
    from hjdesk.core.parse import parse_report
    from hjdesk.importers import read_bytes

    imported = read_bytes(data, name)
    read_ms = _median_ms(lambda: read_bytes(data, name), runs)
    parse_ms = _median_ms(lambda: parse_report(imported.text, imported.paragraphs, title_hint=imported.title_hint),
                          runs)
    return f"read {read_ms:.1f} ms, structure {parse_ms:.1f} ms"


def _parsed(path: Path):
    from hjdesk.core.parse import parse_report
    from hjdesk.importers import read_path

    imported = read_path(path)
    return parse_report(imported.text, imported.paragraphs, fmt=imported.format, title_hint=imported.title_hint)


def _pairs() -> list[tuple[Path, Path]]:
    pairs = [(ROOT / "seeds" / "hongjiang_2025.txt", ROOT / "seeds" / "hongjiang_2026_draft.txt")]
    for old, new in (("national/2022.md", "national/2023.md"), ("hunan/2022.md", "hunan/2023.md"),
                     ("provinces/山东省/2024.md", "provinces/山东省/2025.md")):
        if (CORPUS / old).exists():
            pairs.append((CORPUS / old, CORPUS / new))
    return pairs


def bench_indicators(runs: int) -> None:
    """Indicator extraction of one parsed report (bar: <= 30 ms per 20,000 characters)."""
    from hjdesk.core.indicators import extract_indicators

    print("indicator extraction, median of", runs, "runs")
    for path in _samples():
        parsed = _parsed(path)
        extract_indicators(parsed)
        median = _median_ms(lambda: extract_indicators(parsed), runs)
        count = len(extract_indicators(parsed))
        print(f"  {path.parent.name + '/' + path.name:<28} {len(parsed.text):>6} chars  {count:>4} indicators  "
              f"{median:6.1f} ms  per 20k chars {median * 20000 / len(parsed.text):6.1f} ms")
        record(f"indicators per 20k chars: {path.parent.name}/{path.name}", median * 20000 / len(parsed.text), 30)


def bench_gaps(runs: int) -> None:
    """The gap table of a pair from extracted indicators (bar: <= 50 ms)."""
    from hjdesk.core.gaps import report_gaps
    from hjdesk.core.indicators import extract_indicators

    print("gap table, median of", runs, "runs")
    for old_path, new_path in _pairs():
        old, new = _parsed(old_path), _parsed(new_path)
        old_found, new_found = extract_indicators(old), extract_indicators(new)
        median = _median_ms(lambda: report_gaps(old, new, old_found, new_found), runs)
        rows = len(report_gaps(old, new, old_found, new_found).rows)
        print(f"  {old_path.parent.name + '/' + old_path.name + ' -> ' + new_path.name:<40} {rows:>4} rows  "
              f"{median:6.1f} ms")
        record(f"gap table: {old_path.parent.name}/{old_path.stem}->{new_path.stem}", median, 50)


def bench_check(runs: int) -> None:
    """The draft check of a report against last year's, in process, from
    parsed reports with their indicators as the store holds them (bar: <= 1 s
    for a 20,000-character draft)."""
    from hjdesk.core.checks import check_draft
    from hjdesk.core.indicators import extract_indicators

    print("draft check against last year's report, median of", runs, "runs")
    for old_path, new_path in _pairs():
        old, new = _parsed(old_path), _parsed(new_path)
        old_found, new_found = extract_indicators(old), extract_indicators(new)
        median = _median_ms(lambda: check_draft(new, new_found, old, old_found), runs)
        count = len(check_draft(new, new_found, old, old_found))
        per_20k = median * 20000 / len(new.text)
        print(f"  {old_path.parent.name + '/' + old_path.name + ' -> ' + new_path.name:<40} {len(new.text):>6} chars  "
              f"{count:>4} findings  {median:6.1f} ms  per 20k chars {per_20k:6.1f} ms")
        record(f"draft check per 20k chars: {old_path.parent.name}/{old_path.stem}->{new_path.stem}", per_20k, 1000)
    bench_stored_check(runs)


def bench_stored_check(runs: int) -> None:
    """``hjdesk check DRAFT --against LAST`` in process as the command runs
    it: one session, both reports and their indicators read from a library."""
    from hjdesk.analysis import check_for
    from hjdesk.jobs import import_files, run
    from hjdesk.store.db import open_engine

    old_path, new_path = _pairs()[-1]
    with tempfile.TemporaryDirectory() as folder:
        engine = open_engine(f"sqlite:///{folder}/check.sqlite3")
        old_id, new_id = (o.report_id for o in run(import_files(engine, [old_path, new_path])))
        median = _median_ms(lambda: _in_session(engine, lambda session: check_for(session, new_id, old_id)), runs)
        chars = len(_parsed(new_path).text)
        engine.dispose()
    print(f"  through the library: {new_path.parent.name}/{new_path.name} {chars} chars  {median:6.1f} ms")
    record(f"check through the library per 20k chars: {new_path.parent.name}/{new_path.stem}",
           median * 20000 / chars, 1000)


def bench_compare(runs: int) -> None:
    """Full compare in process (alignment + word diff of every pair) against a
    plain fast-diff-match-patch character diff of the two whole texts, measured
    in the same run (bar: ratio <= 2)."""
    from hjdesk.core.compare import bench_compare as measure

    print("compare (alignment + word diffs) against a plain character diff, median of", runs, "runs")
    for old_path, new_path in _pairs():
        result = measure(_parsed(old_path), _parsed(new_path), runs)
        print(f"  {old_path.parent.name + '/' + old_path.name + ' -> ' + new_path.name:<40} "
              f"{int(result['pairs']):>4} pairs  compare {result['compare_ms']:7.1f} ms  "
              f"plain diff {result['plain_diff_ms']:7.1f} ms  ratio {result['ratio']:5.2f}")
        record(f"compare / plain diff: {old_path.parent.name}/{old_path.stem}->{new_path.stem}", result["ratio"], 2,
               unit="x")


def _stored(parsed, number: int):
    """What the documents read of a stored report, for a report never stored."""
    from types import SimpleNamespace

    meta = parsed.meta
    return SimpleNamespace(id=number, jurisdiction=meta.jurisdiction, year=meta.year, label="", title=meta.title,
                           source_name="", parsed=parsed)


def bench_export(runs: int) -> None:
    """Printed documents written to PDF in process, warm: a 40-row gap
    summary (bar: <= 2 s) and the redline of a pair, alignment and word diffs
    included (bar: <= 5 s for two 20,000-character reports)."""
    from hjdesk.core.align import align
    from hjdesk.core.compare import RowDiffs
    from hjdesk.core.gaps import report_gaps
    from hjdesk.core.indicators import extract_indicators
    from hjdesk.reports.gap_summary import GapSource, gap_summary
    from hjdesk.reports.output import write_pdf
    from hjdesk.reports.redline import redline

    folder = Path(tempfile.mkdtemp(prefix="hjdesk-bench-"))
    print("export to PDF (build the document, lay out, write, mend the text layer), median of", runs, "runs")
    for old_path, new_path in _pairs():
        old, new = _parsed(old_path), _parsed(new_path)
        old_found, new_found = extract_indicators(old), extract_indicators(new)
        table = report_gaps(old, new, old_found, new_found)
        name = old_path.parent.name + "/" + old_path.name + " -> " + new_path.name
        if len(table.rows) >= 40:
            source = GapSource(_stored(old, 1), _stored(new, 2), table.year, table.rows[:40])
            median = _median_ms(lambda: write_pdf(gap_summary(source), folder / "gaps.pdf"), runs)
            print(f"  {name:<40} gap summary of 40 rows  {median:7.1f} ms")
            record(f"gap summary of 40 rows to PDF: {old_path.parent.name}/{old_path.stem}", median, 2000)

        from types import SimpleNamespace

        def redline_pdf() -> None:
            comparison = SimpleNamespace(old=_stored(old, 1), new=_stored(new, 2), alignment=align(old, new))
            rows = RowDiffs(old, new, comparison.alignment, (old_found, new_found))
            write_pdf(redline(comparison, rows, (old_found, new_found)), folder / "redline.pdf")

        median = _median_ms(redline_pdf, runs)
        print(f"  {name:<40} redline of {len(old.text)} + {len(new.text)} chars  {median:7.1f} ms")
        record(f"redline to PDF per 20k chars: {old_path.parent.name}/{old_path.stem}->{new_path.stem}",
               median * 20000 / max(len(old.text), len(new.text)), 5000)


def library_of(count: int, folder: Path) -> str:
    """A SQLite library of ``count`` reports: the corpus's text reports stored
    again and again, each copy marked so that its text is new."""
    from dataclasses import replace

    from hjdesk.core.indicators import EXTRACTOR_VERSION, extract_indicators
    from hjdesk.store.db import open_engine, session_scope
    from hjdesk.store.repository import save_report

    files = [ROOT / "seeds" / "hongjiang_2025.txt", ROOT / "seeds" / "hongjiang_2026_draft.txt"]
    if CORPUS.is_dir():
        files += sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt"))
    parsed = [_parsed(p) for p in files]
    found = [extract_indicators(p) for p in parsed]
    url = f"sqlite:///{folder / 'library.sqlite3'}"
    engine = open_engine(url)
    with session_scope(engine) as session:
        for number in range(count):
            report = parsed[number % len(parsed)]
            copy = replace(report, text=report.text + f"\n（第{number + 1}份）")
            save_report(session, copy, source_name=f"copy{number}.md", indicators=found[number % len(parsed)],
                        extractor_version=EXTRACTOR_VERSION)
    engine.dispose()
    return url


def bench_library(runs: int, count: int = 500) -> None:
    """A library of 500 reports: hjdesk list as a whole process (goal <= 0.3 s)
    and in process (goal <= 50 ms), and importing files one by one (goal >= 10
    reports per second)."""
    import shutil
    import subprocess

    from hjdesk.analysis import library
    from hjdesk.jobs import import_files, run
    from hjdesk.quick_list import list_reports
    from hjdesk.store.db import open_engine, session_scope

    folder = Path(tempfile.mkdtemp(prefix="hjdesk-bench-"))
    url = library_of(count, folder)
    script = Path(sys.executable).with_name("hjdesk")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "hjdesk"]
    subprocess.run([*command, "list", "--db", url], check=True, capture_output=True)  # warm the file cache
    whole = _median_ms(lambda: subprocess.run([*command, "list", "--db", url], check=True, capture_output=True),
                       runs)
    quick = _median_ms(lambda: list_reports(url), runs)
    engine = open_engine(url)
    with session_scope(engine) as session:
        library(session)
    stored = _median_ms(lambda: _in_session(engine, library), runs)
    engine.dispose()
    print(f"a library of {count} reports, median of {runs} runs")
    print(f"  hjdesk list, whole process ({' '.join(Path(c).name for c in command)}) {whole:7.1f} ms   "
          f"in process: quick reader {quick:6.1f} ms, through the store {stored:6.1f} ms")
    record(f"hjdesk list on {count} reports, whole process", whole, 300)
    record(f"list on {count} reports in process (quick reader)", quick, 50)
    record(f"list on {count} reports in process (through the store)", stored, 50)
    files = [p for p in _samples() if p.suffix in (".md", ".txt")]
    copies = folder / "files"
    copies.mkdir()
    batch = []
    for number in range(30):
        source = files[number % len(files)]
        target = copies / f"copy{number}{source.suffix}"
        target.write_text(source.read_text(encoding="utf-8-sig") + f"\n（第{number + 1}稿）\n", encoding="utf-8")
        batch.append(target)
    start = time.perf_counter()
    outcomes = run(import_files(open_engine(url), batch))
    rate = len([o for o in outcomes if o.created]) / (time.perf_counter() - start)
    print(f"  importing {len(batch)} files into it one by one: {rate:5.1f} reports/s")
    record(f"import into a library of {count} reports", rate, 10, unit="/s", at_least=True)
    shutil.rmtree(folder, ignore_errors=True)


def _in_session(engine, fn):
    from hjdesk.store.db import session_scope

    with session_scope(engine) as session:
        return fn(session)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-window", action="store_true", help="skip the window benchmarks")
    args = parser.parse_args(argv)
    bench_import(args.runs)
    bench_indicators(args.runs)
    bench_gaps(args.runs)
    bench_check(args.runs)
    bench_compare(args.runs)
    bench_export(min(args.runs, 5))
    bench_library(min(args.runs, 5))
    if not args.no_window:
        import bench_window

        window_runs = min(args.runs, 5)
        bench_window.bench_start(window_runs)
        bench_window.bench_scroll(window_runs)
        bench_window.bench_memory(max(1, window_runs // 2))
    print_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
