"""The log of internal errors: a file in the user's data folder, so that a
person gets one sentence on the screen and a maintainer the whole trace."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "hjdesk.log"
#: Kept small: a few faults' traces, rotated twice.
MAX_BYTES = 1_000_000


def log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hjdesk", appauthor=False)) / LOG_NAME


def log_exception(context: str) -> Path | None:
    """Append the exception being handled, with ``context``, to the log;
    returns the log's path (None when it cannot be written either)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=2, encoding="utf-8")
        try:
            record = logging.LogRecord("hjdesk", logging.ERROR, "", 0,
                                       f"{datetime.now().isoformat(timespec='seconds')} {context}\n"
                                       f"{traceback.format_exc()}", None, None)
            handler.emit(record)
        finally:
            handler.close()
    except OSError:
        return None
    return path


class _LazyFileHandler(logging.handlers.RotatingFileHandler):
    """Makes its folder and file only when the first record comes."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def install(level: int = logging.WARNING) -> Path:
    """Send the program's own warnings and errors (and its libraries', such as
    pdfminer's) to the log file instead of the terminal; returns the log's path.
    Nothing is created until something is logged."""
    path = log_path()
    handler = _LazyFileHandler(path, maxBytes=MAX_BYTES, backupCount=2, encoding="utf-8", delay=True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path
