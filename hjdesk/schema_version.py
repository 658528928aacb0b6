"""The newest schema revision this hjdesk writes, in a module of its own so
that reading it costs nothing (the store imports SQLAlchemy; ``hjdesk list``
on a current library never needs to)."""

#: The newest migration revision shipped (a test keeps it equal to the scripts' heads).
SCHEMA_HEADS = frozenset({"0005"})
