"""A library that cannot be used, said in one sentence that names it: not
reachable, held by another program past the busy timeout, read-only, not a
library at all, from a newer hjdesk, or needing a driver that is missing.
The command line and the window say the same; the window offers to retry."""

from __future__ import annotations


class LibraryUnavailable(Exception):
    """The library cannot be read or written now; ``retry`` when waiting may help."""

    def __init__(self, sentence: str, retry: bool = False) -> None:
        super().__init__(sentence)
        self.retry = retry


def library_name(url: str) -> str:
    """A SQLite library by its file, another database by its address without the password."""
    from sqlalchemy.engine import make_url

    from .store.db import sqlite_file

    path = sqlite_file(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def explain(url: str | None, exc: BaseException) -> LibraryUnavailable | None:
    """The sentence for a database fault, or None when ``exc`` is no such fault."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    from .store.db import MigrationError, default_url, sqlite_file
    from .store.errors import LibraryError

    if isinstance(exc, LibraryError):  # the store's own sentence (locked, unreachable, read-only, damaged)
        return LibraryUnavailable(str(exc), exc.retry)
    url = url or default_url()
    library = library_name(url)
    if isinstance(exc, MigrationError):
        return LibraryUnavailable(str(exc))
    if isinstance(exc, ModuleNotFoundError):
        return LibraryUnavailable(f"没有安装连接报告库 {library} 所需的驱动（{exc.name}）；"
                                  "hjdesk 支持 SQLite 和 PostgreSQL（psycopg）。")
    if isinstance(exc, OperationalError):
        detail = (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[0].strip()
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return LibraryUnavailable(f"报告库 {library} 正被另一个程序长时间占用（正在导入或升级），请稍后再试。", True)
        if "readonly" in lowered.replace(" ", "") or "read-only" in lowered:
            return LibraryUnavailable(f"报告库 {library} 所在位置只读，无法写入；只能查看，导入、更正等需要可写的位置。")
        return LibraryUnavailable(f"无法打开报告库 {library}（{detail or type(exc).__name__}）；"
                                  "请检查地址、数据库服务是否启动和文件权限。", True)
    if isinstance(exc, DatabaseError) and sqlite_file(url) is not None:
        return LibraryUnavailable(f"{sqlite_file(url)} 不是 hjdesk 报告库（不是 SQLite 数据库文件，或文件已损坏）。")
    return None
