"""Benchmarks on real reports; prints medians. Speed is measured here, never
in unit tests.

    python3 bench.py            # all benchmarks, 15 runs each
    python3 bench.py --runs 5

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
    """Decode + structure + store of one report into a warm SQLite file database."""
    from hjdesk.core.parse import parse_report
    from hjdesk.importers import read_bytes
    from hjdesk.store.db import open_engine, session_scope
    from hjdesk.store.repository import delete_report, save_report

    folder = tempfile.mkdtemp(prefix="hjdesk-bench-")
    engine = open_engine(f"sqlite:///{folder}/bench.sqlite3")
    print("import (decode + structure + store, warm), median of", runs, "runs")
    for path in _samples():
        data = path.read_bytes()
        saved_ids: list[int] = []

        def once() -> None:
            imported = read_bytes(data, path.name)
            parsed = parse_report(imported.text, imported.paragraphs, fmt=imported.format,
                                  title_hint=imported.title_hint)
            with session_scope(engine) as session:
                saved_ids.append(save_report(session, parsed, source_name=path.name).id)

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    bench_import(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
