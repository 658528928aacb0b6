"""Long operations as generators: each ``yield`` is a progress event and a
cancellation point, the return value is a frozen result. The CLI drives them
with a progress bar; the window runs them on a worker thread."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Generator, Sequence

from sqlalchemy import Engine

from .core.indicators import EXTRACTOR_VERSION, extract_indicators
from .core.parse import parse_report
from .importers import ImportFailure, read_path
from .store.db import is_read_only, session_scope
from .store.errors import LibraryError, LibraryReadOnly, library_label
from .store.repository import load_indicators, load_report, save_report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` steps finished; ``message`` names the current one."""

    done: int
    total: int
    message: str


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: a stored report, or one sentence saying why not."""

    path: str
    report_id: int | None = None
    created: bool = False
    jurisdiction: str = ""
    year: int | None = None
    label: str = ""
    title: str = ""
    sections: int = 0
    indicators: int = 0
    error: str = ""
    #: The library itself failed (locked, unreachable, read-only), not the file.
    library_error: bool = False
    #: what was imported with a caveat (stray bytes replaced, pages without text), each a sentence
    warnings: tuple[str, ...] = ()


def import_files(engine: Engine, paths: Sequence[str | os.PathLike[str]], *, jurisdiction: str | None = None,
                 year: int | None = None, label: str = "") -> Generator[Progress, None, list[ImportOutcome]]:
    """Import each file in its own transaction: a failed file leaves the
    database exactly as it was and does not stop the others.

    A failure of the library itself (held past the wait, unreachable,
    read-only) stops the import: the remaining files would only fail the same
    way, each after a wait. That file's outcome carries the library's
    sentence; the files not tried say so."""
    outcomes: list[ImportOutcome] = []
    for done, path in enumerate(paths):
        yield Progress(done, len(paths), os.path.basename(os.fspath(path)))
        outcome = import_one(engine, path, jurisdiction=jurisdiction, year=year, label=label)
        outcomes.append(outcome)
        if outcome.library_error:
            outcomes += [_not_tried(later) for later in paths[done + 1:]]
            break
    yield Progress(len(paths), len(paths), "")
    return outcomes


def _not_tried(path: str | os.PathLike[str]) -> ImportOutcome:
    """A file left alone because the library failed on an earlier one."""
    name = os.fspath(path)
    return ImportOutcome(name, error=f"{os.path.basename(name)}：没有导入，因为报告库出错，导入已停止。",
                         library_error=True)


def import_one(engine: Engine, path: str | os.PathLike[str], *, jurisdiction: str | None = None,
               year: int | None = None, label: str = "") -> ImportOutcome:
    """Read, parse and store one file in one transaction; never raises."""
    name = os.fspath(path)
    try:
        if is_read_only(engine):
            # Refused before reading: the file is not at fault.
            raise LibraryReadOnly(library_label(engine.url))
        imported = read_path(path)
        parsed = parse_report(imported.text, imported.paragraphs, fmt=imported.format, encoding=imported.encoding,
                              title_hint=imported.title_hint, jurisdiction=jurisdiction, year=year)
        found = extract_indicators(parsed)
        with session_scope(engine) as session:
            saved = save_report(session, parsed, source_name=readable_name(os.path.basename(name)), label=label,
                                indicators=found, extractor_version=EXTRACTOR_VERSION)
            if not saved.created:
                return _existing(session, name, saved.id)
    except ImportFailure as exc:
        base = os.path.basename(name)
        return ImportOutcome(name, error=str(exc).replace(base, readable_name(base)))
    except LibraryError as exc:
        # The library's sentence, naming it; the file was fine.
        return ImportOutcome(name, error=str(exc), library_error=True)
    except Exception as exc:  # an unexpected fault must not stop the other files
        log.exception("import of %s failed", name)
        return ImportOutcome(name, error=f"{readable_name(os.path.basename(name))}：导入时发生内部错误（{type(exc).__name__}），"
                                         f"数据库未改动；请把此文件和日志（{_log_path()}）发给维护人员。")
    meta = parsed.meta
    return ImportOutcome(name, saved.id, saved.created, meta.jurisdiction, meta.year, label, meta.title,
                         len(parsed.sections), len(found), warnings=tuple(imported.warnings))


def _existing(session, name: str, report_id: int) -> ImportOutcome:
    """The report already stored under the same text, as the library has it."""
    stored = load_report(session, report_id)
    return ImportOutcome(name, report_id, False, stored.jurisdiction, stored.year, stored.label, stored.title,
                         stored.section_count, len(load_indicators(session, report_id)))


def run(job: Generator[Progress, None, object], on_progress=None):
    """Drive a job to the end, passing each progress event to ``on_progress``."""
    while True:
        try:
            event = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress:
            on_progress(event)


def readable_name(name: str) -> str:
    """A file name that can be stored and printed: a name that is not valid
    UTF-8 on disk reaches Python with its bytes escaped (Windows and Kylin
    users copy GBK-named files about); those bytes are read as GB18030."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")


def _log_path():
    from .logfile import log_path

    return log_path()
