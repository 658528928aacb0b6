"""Benchmarks on real reports; prints medians. Speed is measured here, never
in unit tests.

    python3 bench.py            # all benchmarks, 15 runs each (window ones: 5)
    python3 bench.py --runs 5
    python3 bench.py --no-window   # skip the window's start-up, scrolling and memory

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

        from types import SimpleNamespace

        def redline_pdf() -> None:
            comparison = SimpleNamespace(old=_stored(old, 1), new=_stored(new, 2), alignment=align(old, new))
            rows = RowDiffs(old, new, comparison.alignment, (old_found, new_found))
            write_pdf(redline(comparison, rows, (old_found, new_found)), folder / "redline.pdf")

        median = _median_ms(redline_pdf, runs)
        print(f"  {name:<40} redline of {len(old.text)} + {len(new.text)} chars  {median:7.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-window", action="store_true", help="skip the window benchmarks")
    args = parser.parse_args(argv)
    bench_import(args.runs)
    bench_indicators(args.runs)
    bench_gaps(args.runs)
    bench_compare(args.runs)
    bench_export(min(args.runs, 5))
    if not args.no_window:
        import bench_window

        window_runs = min(args.runs, 5)
        bench_window.bench_start(window_runs)
        bench_window.bench_scroll(window_runs)
        bench_window.bench_memory(max(1, window_runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
