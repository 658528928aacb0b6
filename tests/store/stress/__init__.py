"""Stress runs for the store: imports at once into one library, imports killed.

Run the full size and read the figures it prints::

    python3 -m tests.store.stress                       # SQLite, and PostgreSQL if HJDESK_TEST_PG_URL is set
    python3 -m tests.store.stress --rounds 20 --processes 2,4 --kills 100

Concurrency: each round makes a new library (a SQLite file, or a new
PostgreSQL schema) and starts 2 or 4 ``hjdesk import`` processes at once on
it, before any of them has created the schema. Each process gets files of its
own, the years of one province spread over different processes (so they file
reports under one new jurisdiction at once), and one file that every process
imports. Then every file must be in the library exactly once, whole, and no
process may have reported an error.

Crash: an ``hjdesk import`` of a few files is killed (SIGKILL) at a random
moment while it imports, again and again on one SQLite library. After each
kill the file must pass ``PRAGMA integrity_check`` and ``foreign_key_check``,
and every report in it must be whole: the same sections, paragraphs and
indicators as a clean import of the same file. The files of the next run are
deleted from the library first, so that every run writes.

"Whole" is compared with a clean import of the same files into an in-memory
library, made in this process. The test suite runs smaller versions of both
(tests/store/test_store_concurrency.py, tests/store/test_store_crash.py).

Two ways to start an importer: ``cli`` runs ``python -m hjdesk import`` (what
a person runs; pays the interpreter's start-up each time), ``fork`` forks a
child that runs the same command-line entry point from a server process that
has hjdesk imported already (cheap, for the suite's many kills).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
PG_ENV = "HJDESK_TEST_PG_URL"
#: Modules the fork server imports once, so that a forked importer starts at once.
_PRELOAD = ["hjdesk.cli", "hjdesk.jobs", "hjdesk.importers", "hjdesk.core.parse", "hjdesk.core.indicators",
            "hjdesk.store.repository", "hjdesk.analysis", "sqlalchemy.dialects.sqlite",
            "sqlalchemy.dialects.postgresql", "psycopg", "alembic.command", "alembic.runtime.migration",
            "alembic.script", "tests.store.stress", "tests.store.stress._warm"]


def province_files() -> dict[str, list[Path]]:
    """The corpus's provincial reports (Markdown and Word), by province."""
    by_province: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((CORPUS / "provinces").glob("*/*")):
        if path.suffix in (".md", ".docx"):
            by_province[path.parent.name].append(path)
    return dict(by_province)


def child_env() -> dict[str, str]:
    """The environment of an importer: this checkout first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


# --- What a library holds ------------------------------------------------------------------------

@dataclass(frozen=True)
class Fingerprint:
    """A stored report as rows, without ids and import time: equal for two
    imports of the same file."""

    meta: tuple
    sections: tuple
    paragraphs: tuple
    indicators: tuple


def fingerprints(engine) -> dict[str, Fingerprint]:
    """Every stored report's fingerprint, by content hash."""
    from sqlalchemy import select

    from hjdesk.store.models import IndicatorRow, JurisdictionRow, ParagraphRow, ReportRow, SectionRow

    def rows(model, report_id: int) -> tuple:
        columns = [c for c in model.__table__.columns if c.name not in ("id", "report_id")]
        query = select(*columns).where(model.report_id == report_id).order_by(model.ordinal)
        return tuple(tuple(row) for row in connection.execute(query))

    found = {}
    with engine.connect() as connection:
        reports = connection.execute(
            select(ReportRow.id, ReportRow.content_hash, ReportRow.title, ReportRow.year, ReportRow.label,
                   ReportRow.source_format, ReportRow.text, ReportRow.extractor_version, JurisdictionRow.name)
            .outerjoin(JurisdictionRow, ReportRow.jurisdiction_id == JurisdictionRow.id)).all()
        for report in reports:
            found[report.content_hash] = Fingerprint(
                tuple(report[2:]), rows(SectionRow, report.id), rows(ParagraphRow, report.id),
                rows(IndicatorRow, report.id))
    return found


@dataclass(frozen=True)
class Reference:
    """What a clean import of each file stores: its content hash and fingerprint."""

    hashes: dict[Path, str]
    prints: dict[str, Fingerprint]

    @classmethod
    def of(cls, files: Sequence[Path]) -> Reference:
        """Import ``files`` one by one into a new in-memory library."""
        from hjdesk.jobs import import_files, run
        from hjdesk.store.db import open_engine
        from hjdesk.store.models import ReportRow

        engine = open_engine("sqlite://")
        try:
            outcomes = run(import_files(engine, list(files)))
            bad = [o.error for o in outcomes if o.error]
            if bad:
                raise RuntimeError(f"the reference import failed: {bad}")
            from sqlalchemy import select
            with engine.connect() as connection:
                by_id = dict(connection.execute(select(ReportRow.id, ReportRow.content_hash)).all())
            hashes = {Path(o.path): by_id[o.report_id] for o in outcomes}
            return cls(hashes, fingerprints(engine))
        finally:
            engine.dispose()


@dataclass
class Check:
    """What a library held after a round or a kill."""

    integrity: str = "ok"
    foreign_keys: int = 0  # rows pointing nowhere
    reports: int = 0
    whole: int = 0
    partial: list[str] = field(default_factory=list)  # hashes stored unlike a clean import
    hashes: list[str] = field(default_factory=list)  # every stored report's


def check_library(url: str, reference: Reference) -> Check:
    """Integrity (SQLite), then every stored report against the clean import."""
    from hjdesk.store.db import open_engine, sqlite_file

    check = Check()
    path = sqlite_file(url)
    if path is not None:
        connection = sqlite3.connect(path)
        try:
            check.integrity = "; ".join(r[0] for r in connection.execute("PRAGMA integrity_check"))
            check.foreign_keys = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        finally:
            connection.close()
    engine = open_engine(url)
    try:
        stored = fingerprints(engine)
    finally:
        engine.dispose()
    check.reports = len(stored)
    check.hashes = sorted(stored)
    for digest, print_ in stored.items():
        if reference.prints.get(digest) == print_:
            check.whole += 1
        else:
            check.partial.append(digest)
    return check


# --- Starting importers --------------------------------------------------------------------------

def _fork_main(argv: list[str], out: str) -> None:
    """A forked importer: the command line's entry point, stdout to ``out``."""
    from hjdesk.cli import main

    sys.stdout = open(out, "w", encoding="utf-8")
    sys.stderr = open(os.devnull, "w", encoding="utf-8")
    code = main(argv)
    sys.stdout.flush()
    sys.exit(code)


_fork_context = None


def _forks():
    """The fork server's context, its modules imported once on first use."""
    global _fork_context
    if _fork_context is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        _fork_context = context
    return _fork_context


class Importer:
    """One ``hjdesk import --json`` running on its own; its JSON goes to ``out``."""

    def __init__(self, url: str, files: Sequence[Path], out: Path, launcher: str = "cli") -> None:
        self.out = out
        self.files = list(files)
        argv = ["import", "--db", url, "--json", *map(str, files)]
        self._begun = threading.Event()
        if launcher == "fork":
            self._process = _forks().Process(target=_fork_main, args=(argv, str(out)))
            self._process.start()
            self._begun.set()
            self._popen = None
        else:
            with open(out, "wb") as stdout:
                self._popen = subprocess.Popen([sys.executable, "-m", "hjdesk", *argv], stdout=stdout,
                                               stderr=subprocess.PIPE, env=child_env(), cwd=ROOT)
            threading.Thread(target=self._watch_progress, daemon=True).start()

    def _watch_progress(self) -> None:
        """Drain stderr; note when the first file is being imported (the
        progress bar's first line), past the interpreter's start-up."""
        assert self._popen is not None and self._popen.stderr is not None
        seen = b""
        while chunk := self._popen.stderr.read1(4096):
            if not self._begun.is_set():
                seen += chunk
                if "导入 [".encode() in seen:
                    self._begun.set()
        self._begun.set()

    def begun(self, timeout: float = 120) -> bool:
        """Wait until the import is under way (or the process ended)."""
        return self._begun.wait(timeout)

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut of the program would."""
        if self._popen is not None:
            self._popen.send_signal(signal.SIGKILL)
        else:
            self._process.kill()

    def wait(self, timeout: float = 300) -> int:
        """The exit code; ``-9`` when killed before it ended."""
        if self._popen is not None:
            return self._popen.wait(timeout)
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise TimeoutError("the importer did not end")
        return self._process.exitcode

    def result(self) -> dict:
        """The ``--json`` output of an importer that ended by itself."""
        return json.loads(self.out.read_text(encoding="utf-8"))


# --- Libraries -----------------------------------------------------------------------------------

@contextmanager
def pg_schema(base_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL schema in the test database, as a library URL
    (its ``search_path``), dropped afterwards."""
    from sqlalchemy import create_engine, make_url

    schema = f"hjdesk_stress_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            with admin.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        admin.dispose()


@contextmanager
def new_library(backend: str, folder: Path) -> Iterator[str]:
    """The URL of a library that does not exist yet (not even its schema)."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'library-{uuid.uuid4().hex[:8]}.sqlite3'}"
        return
    with pg_schema(os.environ[PG_ENV]) as url:
        yield url


# --- Concurrency ---------------------------------------------------------------------------------

@dataclass
class RoundResult:
    """One round of importers at once."""

    files: int = 0  # distinct files given out
    imported: int = 0  # distinct files some process reports as stored
    created: Counter = field(default_factory=Counter)  # content hash → processes that created it
    errors: list[str] = field(default_factory=list)
    check: Check = field(default_factory=Check)
    missing: int = 0  # files whose report is not in the library

    @property
    def duplicated(self) -> int:
        """Texts created by more than one process, or stored more than once."""
        return sum(1 for n in self.created.values() if n > 1) + max(0, self.check.reports - len(self.created))

    @property
    def ok(self) -> bool:
        return (not self.errors and self.imported == self.files and not self.missing and not self.duplicated
                and not self.check.partial and self.check.integrity == "ok" and not self.check.foreign_keys
                and all(n == 1 for n in self.created.values()))


def deal(processes: int, provinces: dict[str, list[Path]], per_process: int, rng: random.Random) -> list[list[Path]]:
    """Each process's files: ``per_process`` of its own, a province's years
    dealt to different processes, and one file every process imports."""
    names = rng.sample(sorted(provinces), len(provinces))
    pool = [path for name in names for path in provinces[name]]
    shared, own = pool[0], pool[1:1 + processes * per_process]
    hands: list[list[Path]] = [[shared] for _ in range(processes)]
    for index, path in enumerate(own):  # consecutive files (one province) go to different processes
        hands[index % processes].append(path)
    for hand in hands:
        rng.shuffle(hand)
    return hands


def concurrency_round(url: str, hands: list[list[Path]], reference: Reference, folder: Path,
                      launcher: str = "cli") -> RoundResult:
    """Start one importer per hand at once on ``url``; what came of it."""
    importers = [Importer(url, hand, folder / f"out-{n}-{uuid.uuid4().hex[:6]}.json", launcher)
                 for n, hand in enumerate(hands)]
    result = RoundResult()
    ids: dict[str, set[int]] = defaultdict(set)
    for importer in importers:
        code = importer.wait()
        try:
            payload = importer.result()
        except (OSError, ValueError):
            result.errors.append(f"exit {code}, no JSON output")
            continue
        result.errors += [f"{e['file']}: {e['error']}" for e in payload["errors"]]
        for row in payload["reports"]:
            digest = reference.hashes[Path(row["file"])]
            ids[digest].add(row["id"])
            if row["created"]:
                result.created[digest] += 1
    expected = {reference.hashes[p] for hand in hands for p in hand}
    result.files = len(expected)
    result.imported = sum(1 for digest in expected if ids.get(digest))
    result.errors += [f"{digest[:8]} got ids {sorted(v)}" for digest, v in ids.items() if len(v) > 1]
    result.check = check_library(url, reference)
    stored = set(fingerprints_of(url))
    result.missing = len(expected - stored)
    for digest in expected:
        result.created.setdefault(digest, 0)
    return result


def fingerprints_of(url: str) -> dict[str, Fingerprint]:
    """The fingerprints of the library at ``url``."""
    from hjdesk.store.db import open_engine

    engine = open_engine(url)
    try:
        return fingerprints(engine)
    finally:
        engine.dispose()


# --- Kills ---------------------------------------------------------------------------------------

@dataclass
class KillResult:
    """Kills of importers on one SQLite library."""

    kills: int = 0
    interrupted: int = 0  # killed while still running (the others had finished first)
    integrity_ok: int = 0
    partial: int = 0  # reports found stored unlike a clean import, summed over the checks
    reports_seen: int = 0  # whole reports found, summed over the checks
    #: How many of its files each killed importer had stored: where the kills fell.
    stored_before_kill: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity_ok == self.kills and not self.partial and not self.failures


def forget(url: str, hashes: Sequence[str]) -> None:
    """Delete these texts' reports (their rows go with them), so the next
    importer writes them anew."""
    from hjdesk.store.db import sqlite_file

    connection = sqlite3.connect(sqlite_file(url), timeout=30)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            connection.executemany("DELETE FROM report WHERE content_hash = ?", [(h,) for h in hashes])
    finally:
        connection.close()


def time_import(url: str, files: Sequence[Path], folder: Path, launcher: str) -> float:
    """Seconds an uninterrupted importer of ``files`` runs once under way."""
    importer = Importer(url, files, folder / "calibrate.json", launcher)
    importer.begun()
    start = time.monotonic()
    code = importer.wait()
    if code != 0:
        raise RuntimeError(f"the uninterrupted import failed: {importer.out.read_text(encoding='utf-8')[:500]}")
    return time.monotonic() - start


def kill_run(kills: int, files: Sequence[Path], reference: Reference, folder: Path, *, per_run: int = 4,
             launcher: str = "cli", rng: random.Random | None = None, progress=None) -> KillResult:
    """Kill ``kills`` importers of ``per_run`` random files at a random moment
    while they import, checking the library after each kill."""
    from hjdesk.store.db import open_engine

    rng = rng or random.Random()
    url = f"sqlite:///{folder / 'killed.sqlite3'}"
    open_engine(url).dispose()
    span = time_import(url, files[:per_run], folder, launcher)
    result = KillResult()
    for n in range(kills):
        chosen = rng.sample(list(files), per_run)
        forget(url, [reference.hashes[p] for p in chosen])
        importer = Importer(url, chosen, folder / "killed.json", launcher)
        importer.begun()
        time.sleep(rng.uniform(0, span))  # the random moment; nothing is measured by it
        importer.kill()
        code = importer.wait()
        result.kills += 1
        result.interrupted += code == -signal.SIGKILL
        check = check_library(url, reference)
        result.integrity_ok += check.integrity == "ok" and not check.foreign_keys
        result.partial += len(check.partial)
        result.reports_seen += check.whole
        result.stored_before_kill[len(set(check.hashes) & {reference.hashes[p] for p in chosen})] += 1
        if check.integrity != "ok" or check.foreign_keys or check.partial:
            result.failures.append(f"kill {n + 1}: integrity {check.integrity!r}, {check.foreign_keys} dangling rows, "
                                   f"partial {[d[:8] for d in check.partial]}")
        if progress:
            progress(n + 1, result)
    return result


# --- The script ----------------------------------------------------------------------------------

def _concurrency(backend: str, processes: int, rounds: int, per_process: int, folder: Path, reference: Reference,
                 provinces: dict[str, list[Path]], rng: random.Random, launcher: str) -> bool:
    """Print one line per round and a total; whether every round held."""
    totals = Counter()
    started = time.monotonic()
    for n in range(rounds):
        hands = deal(processes, provinces, per_process, rng)
        with new_library(backend, folder) as url:
            result = concurrency_round(url, hands, reference, folder, launcher)
        totals.update(files=result.files, imported=result.imported, duplicated=result.duplicated,
                      partial=len(result.check.partial), missing=result.missing, errors=len(result.errors),
                      ok=int(result.ok))
        print(f"  {backend} {processes} importers, round {n + 1:>2}: files {result.files}, imported {result.imported}, "
              f"duplicated {result.duplicated}, partial {len(result.check.partial)}, missing {result.missing}, "
              f"errors {len(result.errors)}{'' if result.ok else '  FAILED ' + '; '.join(result.errors[:3])}",
              flush=True)
    print(f"{backend}, {processes} importers at once, {rounds} rounds: rounds held {totals['ok']}/{rounds}; "
          f"files {totals['files']}, imported {totals['imported']}, duplicated {totals['duplicated']}, "
          f"partial {totals['partial']}, missing {totals['missing']}, errors {totals['errors']} "
          f"({time.monotonic() - started:.0f} s)", flush=True)
    return totals["ok"] == rounds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tests.store.stress", description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both",
                        help="both: SQLite, and PostgreSQL when HJDESK_TEST_PG_URL is set (default)")
    parser.add_argument("--processes", default="2,4", help="importers at once, comma-separated (default 2,4)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-process", type=int, default=5, help="own files per importer (default 5)")
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--per-run", type=int, default=4, help="files per killed importer (default 4)")
    parser.add_argument("--launcher", choices=("cli", "fork"), default="cli")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not os.environ.get(PG_ENV):
        if args.backend == "postgresql":
            print(f"set {PG_ENV} to a PostgreSQL test database", file=sys.stderr)
            return 2
        backends.remove("postgresql")
    provinces = province_files()
    files = [p for paths in provinces.values() for p in paths]
    print(f"seed {seed}; {len(files)} corpus files in {len(provinces)} provinces; launcher {args.launcher}; "
          f"busy timeout {__import__('hjdesk.store.db', fromlist=['x']).BUSY_TIMEOUT_MS} ms", flush=True)
    reference = Reference.of(files)
    held = True
    with tempfile.TemporaryDirectory(prefix="hjdesk-stress-") as tmp:
        folder = Path(tmp)
        for backend in backends:
            for processes in (int(p) for p in args.processes.split(",") if p):
                held &= _concurrency(backend, processes, args.rounds, args.per_process, folder, reference,
                                     provinces, rng, args.launcher)
        if args.kills:
            started = time.monotonic()

            def report(n: int, result: KillResult) -> None:
                if n % 10 == 0 or n == args.kills:
                    print(f"  kills {n}: interrupted {result.interrupted}, integrity ok {result.integrity_ok}, "
                          f"partial {result.partial}, whole reports seen {result.reports_seen}", flush=True)

            result = kill_run(args.kills, files, reference, folder, per_run=args.per_run, launcher=args.launcher,
                              rng=rng, progress=report)
            print(f"sqlite, {result.kills} kills (SIGKILL) during import: killed while running {result.interrupted}, "
                  f"integrity ok {result.integrity_ok}/{result.kills}, partial reports {result.partial}, "
                  f"whole reports checked {result.reports_seen} ({time.monotonic() - started:.0f} s)", flush=True)
            where = ", ".join(f"{n} of {args.per_run}: {count}" for n, count in sorted(result.stored_before_kill.items()))
            print(f"  files the killed importer had stored: {where}", flush=True)
            for failure in result.failures[:10]:
                print(f"  FAILED {failure}", flush=True)
            held &= result.ok
    print("all held" if held else "SOME FAILED", flush=True)
    return 0 if held else 1
