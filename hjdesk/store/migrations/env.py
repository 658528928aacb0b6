"""Alembic environment for the hjdesk store.

:func:`hjdesk.store.db.migrate_to_head` passes an open connection, inside a
transaction it owns, through ``config.attributes["connection"]``. Without one
(a developer generating a revision) an engine is made from the
``sqlalchemy.url`` option, which is then required.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext

from hjdesk.store.db import open_engine
from hjdesk.store.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render the custom column type as the plain type it stores, so revision
    files do not import application code that may change later."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: Any) -> None:
    """Settings shared by online and offline runs."""
    context.configure(
        target_metadata=target_metadata,
        # SQLite alters most things only by copying the table.
        render_as_batch=True,
        render_item=render_item,
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    """Emit the SQL as a script instead of running it."""
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the given connection, or one from ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        # Never fall back to the user's own database by accident.
        raise RuntimeError("set the sqlalchemy.url option to the database to migrate")
    engine = open_engine(url, migrate=False)
    try:
        with engine.connect() as own_connection:
            _configure(connection=own_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
