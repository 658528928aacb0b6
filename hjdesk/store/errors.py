"""What can go wrong with the library as a whole, as one Chinese sentence.

A file that cannot be read is the importers' business; these errors are about
the database itself: held by someone else past the wait, out of reach, only
readable, or not a library at all. Each names the library (a SQLite file's
path, a server's address without its password), never the file being
imported, and says whether trying again later can help (:attr:`retry`), so
the window can offer a retry and the command line can say "try later".

:func:`library_error` turns a driver's exception into one of them; it reads
only error codes, so this module imports no driver.
"""

from __future__ import annotations

from sqlalchemy import URL, make_url
from sqlalchemy.exc import DBAPIError


class LibraryError(Exception):
    """The library cannot be used for this action; ``str()`` is one sentence."""

    #: Whether the same action may succeed if tried again later.
    retry = False

    def __init__(self, library: str, sentence: str) -> None:
        super().__init__(sentence)
        self.library = library


class LibraryLocked(LibraryError):
    """Another program held the library's write lock past the wait."""

    retry = True

    def __init__(self, library: str, wait_s: float) -> None:
        super().__init__(library, f"报告库 {library} 正被其他程序占用，等了 {wait_s:g} 秒仍未释放，"
                                  "这次操作没有执行，报告库未改动；请稍后重试。")


class LibraryUnreachable(LibraryError):
    """The database server or the file's disk or folder cannot be reached."""

    retry = True

    def __init__(self, library: str, reason: str = "") -> None:
        why = f"（{reason}）" if reason else ""
        super().__init__(library, f"无法连接报告库 {library}{why}，这次操作没有执行；"
                                  "请检查数据库服务、网络或文件所在的磁盘后重试。")


class LibraryReadOnly(LibraryError):
    """The library can be read but not written (a read-only file or folder)."""

    def __init__(self, library: str, reason: str = "文件或所在文件夹不可写") -> None:
        super().__init__(library, f"报告库 {library} 是只读的（{reason}），只能查看，不能导入或修改。")


class LibraryNeedsUpgrade(LibraryReadOnly):
    """A read-only library written by an older hjdesk: its schema cannot be
    brought up to date where it lies."""

    def __init__(self, library: str) -> None:
        LibraryError.__init__(self, library, f"报告库 {library} 是只读的，而它由旧版 hjdesk 建立，需要先升级结构；"
                                             "请把它复制到可写的文件夹后再打开。")


class LibraryNotCreated(LibraryReadOnly):
    """A new library was asked for where no file can be made."""

    def __init__(self, library: str, reason: str) -> None:
        LibraryError.__init__(self, library, f"无法新建报告库 {library}（{reason}）；请换一个可写的文件夹。")


class LibraryDamaged(LibraryError):
    """The file is not a SQLite database, or its pages are damaged."""

    def __init__(self, library: str) -> None:
        super().__init__(library, f"报告库 {library} 已损坏或不是 hjdesk 的报告库；请从备份恢复，"
                                  "或用 --db 指向另一个报告库。")


def library_label(url: str | URL) -> str:
    """The library as a sentence names it: a SQLite file's path, another
    database's address without its password."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        return url.database or "（内存数据库）"
    where = f"{url.host or 'localhost'}{f':{url.port}' if url.port else ''}/{url.database or ''}"
    return f"{url.get_backend_name()}://{where}"


#: SQLite primary result codes by name (the extended names start with these).
_SQLITE_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
_SQLITE_UNREACHABLE = ("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_PERM", "SQLITE_PROTOCOL")
_SQLITE_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
#: PostgreSQL SQLSTATEs: lock_not_available, read_only_sql_transaction.
_PG_LOCKED = ("55P03",)
_PG_READ_ONLY = ("25006",)
#: Connection exceptions, operator intervention (shutdown), insufficient resources.
_PG_UNREACHABLE_CLASSES = ("08", "57", "53")


def library_error(exc: BaseException, url: str | URL, wait_s: float) -> LibraryError | None:
    """The library-level error that ``exc`` stands for, or ``None`` when it is
    something else (a bug, a constraint). ``exc`` is a SQLAlchemy DBAPIError
    or the driver's own exception (raised from a connect-time hook)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    invalidated = isinstance(exc, DBAPIError) and exc.connection_invalidated
    label = library_label(url)
    name = getattr(orig, "sqlite_errorname", None)
    if name is not None:
        return _sqlite_error(name, str(orig), label, wait_s)
    if not hasattr(orig, "sqlstate"):
        return None  # neither SQLite's nor PostgreSQL's: leave it to the caller
    return _server_error(orig, invalidated, label, wait_s)


def _sqlite_error(name: str, text: str, label: str, wait_s: float) -> LibraryError | None:
    """A SQLite result code as a library error."""
    if name.startswith(_SQLITE_LOCKED):
        return LibraryLocked(label, wait_s)
    if name.startswith("SQLITE_READONLY"):
        return LibraryReadOnly(label)
    if name.startswith(_SQLITE_DAMAGED):
        return LibraryDamaged(label)
    if name.startswith(_SQLITE_UNREACHABLE):
        return LibraryUnreachable(label, text)
    return None


def _server_error(orig: BaseException, invalidated: bool, label: str, wait_s: float) -> LibraryError | None:
    """A database server's error (PostgreSQL's SQLSTATE) as a library error."""
    state = getattr(orig, "sqlstate", None) or ""
    if state in _PG_LOCKED:
        return LibraryLocked(label, wait_s)
    if state in _PG_READ_ONLY:
        return LibraryReadOnly(label, "数据库只允许读取")
    if invalidated or state[:2] in _PG_UNREACHABLE_CLASSES or (
            not state and type(orig).__name__ == "OperationalError"):
        # No SQLSTATE on an OperationalError: the server never answered.
        return LibraryUnreachable(label, _first_line(str(orig)))
    return None


def _first_line(text: str) -> str:
    """The driver's message, first line only, for the sentence's parentheses."""
    return text.strip().splitlines()[0][:160] if text.strip() else ""
